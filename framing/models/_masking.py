"""Leakage protection: replace outlet names, URLs, bylines, datelines and credits with placeholders.

A classifier trained to predict an outlet-level label (the outlet's leaning) learns the cheapest
signal first: the outlet's own name, its URLs, its wire credits and its staff bylines. Those
tokens say nothing about framing and do not transfer to unseen outlets, so they are replaced by
fixed placeholder tokens before featurising.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["PLACEHOLDERS", "mask_outlets", "outlet_name_variants"]

#: The placeholder tokens, one per kind of masked span. They are single lowercase words so that
#: every tokenizer keeps them whole.
PLACEHOLDERS = {
    "outlet": "xxoutlet",
    "url": "xxurl",
    "email": "xxemail",
    "handle": "xxhandle",
    "byline": "xxbyline",
    "dateline": "xxdateline",
    "credit": "xxcredit",
}

_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co\.uk|news)\b(?:/[^\s<>\"')\]]*)?",
    re.I,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
# Wire credits at the head of a story: "(Reuters) -", "(AP) —", "(CNN)". The parenthesised
# name is masked even when the outlet list does not know it.
_CREDIT = re.compile(
    r"\((?:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\)\s*[-–—:]|(?m:^[ \t]*\((?:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\))"
)
# Datelines: an upper-case place at the start of a line, optionally with a state or country
# and a date, ending in a dash or a credit: "WASHINGTON —", "BEIRUT, Lebanon (AP) —".
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?=\(|[-–—])"
)
# Bylines: "By Jane Doe", "By Jane Doe and John Roe, CNN", on a line of their own or at the start.
_BYLINE = re.compile(
    r"(?m)^[ \t]*(?:By|BY|by)\s+[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|and|de|van|von|der|al-\w+)){0,6}"
    r"(?:\s*,\s*[A-Z][\w.'& -]{0,40})?[ \t]*$"
)
_GENERIC = {"the", "news", "online", "daily", "times", "post", "web", "media", "press", "tv"}


def outlet_name_variants(names: Iterable[str]) -> list[str]:
    """The surface forms of outlet names that are masked in text.

    For each name: the name itself; the name without a parenthesised note ("CNN (Web News)" ->
    "CNN"); without a leading "The" when at least two words remain ("The Washington Post" ->
    "Washington Post"). A variant that is a single ordinary word is kept only when it is an
    acronym (all capitals, as "CNN", "NPR"), so that "The Hill" never masks the word "Hill".

    Examples
    --------
    >>> outlet_name_variants(["CNN (Web News)", "The Hill"])
    ['CNN (Web News)', 'CNN', 'The Hill']
    """
    out: list[str] = []
    for raw in names:
        name = " ".join(str(raw).split())
        if not name:
            continue
        candidates = [name]
        bare = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
        candidates.append(bare)
        if bare.lower().startswith("the ") and len(bare.split()) > 2:
            candidates.append(bare[4:])
        for c in candidates:
            if not c or c in out:
                continue
            single = len(c.split()) == 1
            if single and c.lower() in _GENERIC:
                continue
            if single and not (c.isupper() and len(c) >= 2) and c != name:
                continue
            out.append(c)
    return out


def _outlet_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    variants = sorted(set(outlet_name_variants(names)), key=len, reverse=True)
    if not variants:
        return None
    body = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in variants)
    # Word boundaries that also hold for names ending in punctuation ("Yahoo!").
    return re.compile(rf"(?<!\w)(?:{body})(?:'s|’s)?(?!\w)", re.I)


def mask_outlets(text: str, *, outlets: Iterable[str] = ()) -> str:
    """Replace outlet names, URLs, e-mail addresses, social handles, bylines, datelines and wire
    credits in ``text`` with placeholder tokens.

    Parameters
    ----------
    text : str
        One document.
    outlets : iterable of str, default ()
        Outlet names to mask (case-insensitive, with the variants of
        :func:`outlet_name_variants`). URLs, e-mails, handles, bylines, datelines and credits are
        masked whether or not names are given.

    Returns
    -------
    str
        The text with each masked span replaced by its placeholder from :data:`PLACEHOLDERS`
        (``xxoutlet``, ``xxurl``, ``xxemail``, ``xxhandle``, ``xxbyline``, ``xxdateline``,
        ``xxcredit``), with a space on either side. Offsets are not preserved: the result is for
        featurising, not for span extraction.

    Notes
    -----
    Order matters: URLs and e-mails go first (they contain outlet names), then bylines and
    datelines (line-anchored), then wire credits, then names.

    Examples
    --------
    >>> mask_outlets("WASHINGTON (Reuters) - Senators met. Read more at www.wire.com", outlets=["Reuters"])
    ' xxdateline  xxcredit  Senators met. Read more at  xxurl '
    """
    return _mask(text, _outlet_pattern(outlets))


_TLDS = (".com", ".org", ".net", ".gov", ".edu", ".co.uk", ".news", "http", "www.")


def _mask(text: str, names: re.Pattern[str] | None) -> str:
    p = PLACEHOLDERS
    # The cheap substring tests skip regexes that cannot match, which keeps masking at about
    # a millisecond per article.
    if "@" in text:
        text = _EMAIL.sub(f" {p['email']} ", text)
        text = _HANDLE.sub(f" {p['handle']} ", text)
    lowered = text.lower()
    if any(t in lowered for t in _TLDS):
        text = _URL.sub(f" {p['url']} ", text)
    text = _BYLINE.sub(f" {p['byline']} ", text)
    text = _DATELINE.sub(f" {p['dateline']} ", text)
    text = _CREDIT.sub(f" {p['credit']} ", text)
    if names is not None:
        text = names.sub(f" {p['outlet']} ", text)
    return text
