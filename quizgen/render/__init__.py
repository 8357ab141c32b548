"""Renderers: one function per output format, from the quiz JSON dict to text or a zip package."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..errors import UsageError
from .aiken import aiken_warnings, render_aiken
from .csv import render_csv
from .gift import gift_warnings, render_gift
from .h5p import h5p_warnings, render_h5p
from .html import render_html
from .json import render_json
from .moodle import moodle_warnings, render_moodle
from .qti12 import qti12_warnings, render_qti12
from .qti21 import render_qti21

Warnings = Callable[[dict[str, Any]], list[str]]


def no_warnings(data: dict[str, Any]) -> list[str]:
    """For formats that carry everything a learner or a teacher sees."""
    return []


@dataclass(frozen=True)
class Format:
    """An output format: how to render it, the file it is written to, and what it loses.

    ``render`` returns ``str`` for text formats and ``bytes`` for zip packages
    (``binary=True``). ``warnings`` names, one line each, what this quiz loses
    in this format (questions skipped, explanations or citations dropped); the
    CLI prints them on stderr.
    """

    name: str
    render: Callable[[dict[str, Any]], str | bytes]
    filename: str
    description: str
    binary: bool = False
    warnings: Warnings = no_warnings


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", render_json, "quiz.json", "quiz JSON, schema 1.0 (the canonical form)"),
        Format("html", render_html, "quiz.html", "self-contained interactive HTML page"),
        Format("qti21", render_qti21, "quiz.qti21.zip", "IMS QTI 2.1 content package (Blackboard, Brightspace, "
               "Inspera, TAO)", binary=True),
        Format("qti12", render_qti12, "quiz.qti12.zip", "QTI 1.2 package as Canvas Classic Quizzes imports it",
               binary=True, warnings=qti12_warnings),
        Format("moodle", render_moodle, "quiz.moodle.xml", "Moodle XML question bank", warnings=moodle_warnings),
        Format("gift", render_gift, "quiz.gift.txt", "Moodle GIFT text", warnings=gift_warnings),
        Format("h5p", render_h5p, "quiz.h5p", "H5P Question Set package (Moodle, Canvas, WordPress, Drupal H5P hosts)",
               binary=True, warnings=h5p_warnings),
        Format("aiken", render_aiken, "quiz.aiken.txt", "Aiken text (multiple choice and true/false only)",
               warnings=aiken_warnings),
        Format("csv", render_csv, "quiz.csv", "spreadsheet, one row per question (RFC 4180, UTF-8)"),
    )
}


def get_format(name: str) -> Format:
    """The format called ``name``; a miss names the valid ones."""
    try:
        return FORMATS[name.strip().lower()]
    except KeyError:
        raise UsageError(f"unknown format {name!r}; choose from: {', '.join(FORMATS)}") from None
