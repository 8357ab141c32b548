"""quizgen: turn an educational article into a quiz (JSON, HTML and LMS formats)."""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "ask", "suggest_distractors"]


def ask(text: str, start: int, end: int, **options: Any) -> str | None:
    """The question whose answer is ``text[start:end]`` (see :func:`quizgen.api.ask`)."""
    from .api import ask as _ask  # spaCy loads only when a question is asked

    return _ask(text, start, end, **options)


def suggest_distractors(answer: str, context: str, **options: Any) -> list[str]:
    """Up to ``k`` wrong options for ``answer`` given its context (see :func:`quizgen.api.suggest_distractors`)."""
    from .api import suggest_distractors as _suggest

    return _suggest(answer, context, **options)
