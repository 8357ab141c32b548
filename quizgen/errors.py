"""Errors that reach the user as one line and an exit code."""
from __future__ import annotations


class QuizgenError(Exception):
    """Base class: ``str(error)`` is the one line shown to the user."""

    exit_code = 1


class ModelError(QuizgenError):
    """No usable spaCy pipeline is installed."""

    exit_code = 3


class UsageError(QuizgenError):
    """An option or argument the user gave is not valid."""

    exit_code = 2
