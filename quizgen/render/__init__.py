"""Renderers: one function per output format, from the quiz JSON dict to text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..errors import UsageError
from .html import render_html
from .json import render_json


@dataclass(frozen=True)
class Format:
    """An output format: how to render it and the file name it is written to."""

    name: str
    render: Callable[[dict[str, Any]], str]
    filename: str
    description: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", render_json, "quiz.json", "quiz JSON, schema 1.0 (the canonical form)"),
        Format("html", render_html, "quiz.html", "self-contained interactive HTML page"),
    )
}


def get_format(name: str) -> Format:
    """The format called ``name``; a miss names the valid ones."""
    try:
        return FORMATS[name.strip().lower()]
    except KeyError:
        raise UsageError(f"unknown format {name!r}; choose from: {', '.join(FORMATS)}") from None
