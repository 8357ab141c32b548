"""Shared fixtures: the real spaCy model (tests that use it are marked ``model``)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_TEXTS = ROOT / "source_texts"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline quizgen loads by default."""
    from quizgen.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def sample_articles():
    """Every article in source_texts/, read."""
    from quizgen.readers import iter_sources, read_path

    return [read_path(p) for p in iter_sources([str(SOURCE_TEXTS)])]
