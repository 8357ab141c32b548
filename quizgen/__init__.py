"""quizgen: turn an educational article into a quiz (JSON, HTML and LMS formats)."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
