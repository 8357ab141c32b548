"""quizgen: turn an educational article into a quiz (JSON, HTML and LMS formats)."""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "ask"]


def ask(text: str, start: int, end: int, **options: Any) -> str | None:
    """The question whose answer is ``text[start:end]`` (see :func:`quizgen.api.ask`)."""
    from .api import ask as _ask  # spaCy loads only when a question is asked

    return _ask(text, start, end, **options)
