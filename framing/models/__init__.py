"""Supervised framing models: scikit-learn features and classifiers, honest evaluation, persistence.

>>> from framing.models import FramingClassifier, evaluate  # doctest: +SKIP
"""

from __future__ import annotations

from framing.models._masking import PLACEHOLDERS, mask_outlets, outlet_name_variants
from framing.models.classifier import FramingClassifier
from framing.models.evaluation import boilerplate_baseline, evaluate, grouped_splits
from framing.models.features import (
    FeatureBlock,
    FramingFeatures,
    available_feature_blocks,
    register_feature_block,
)
from framing.models.persistence import TRUSTED_TYPES, load, model_info, save

__all__ = [
    "PLACEHOLDERS",
    "TRUSTED_TYPES",
    "FeatureBlock",
    "FramingClassifier",
    "FramingFeatures",
    "available_feature_blocks",
    "boilerplate_baseline",
    "evaluate",
    "grouped_splits",
    "load",
    "mask_outlets",
    "model_info",
    "outlet_name_variants",
    "register_feature_block",
    "save",
]
