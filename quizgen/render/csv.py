"""The quiz as a spreadsheet: RFC 4180 CSV, one row per question, UTF-8 with a byte-order mark."""
from __future__ import annotations

import csv
import io

from .common import Question, Quiz, questions, text_of, true_false_value

MAX_OPTIONS = 6  # the schema allows 2-6 choices
COLUMNS = ("id", "type", "prompt", *(f"option_{chr(ord('a') + i)}" for i in range(MAX_OPTIONS)),
           "answer", "accepted", "explanation", "source_sentence", "source_section")
# A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(quiz: Quiz) -> str:
    """A header row and one row per question; accepted answers one per line inside their cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for question in questions(quiz):
        writer.writerow([spreadsheet_cell(value) for value in row(question)])
    # The byte-order mark makes Excel read the file as UTF-8; other readers skip it.
    return "\ufeff" + buffer.getvalue()


def row(question: Question) -> list[str]:
    """The cells of one question, in COLUMNS order."""
    qtype = str(question.get("type") or "")
    choices = [text_of(c.get("text")) for c in question.get("choices") or []]
    answer = question.get("answer") or {}
    if qtype == "true_false":
        key, accepted = ("True" if true_false_value(question) else "False"), []
    else:
        key = text_of(answer.get("text"))
        accepted = [text_of(a) for a in answer.get("accepted") or []]
    source = question.get("source") or {}
    options = (choices + [""] * MAX_OPTIONS)[:MAX_OPTIONS]
    return [str(question.get("id") or ""), qtype, text_of(question.get("prompt")), *options, key,
            "\n".join(accepted), text_of(question.get("explanation")), text_of(source.get("sentence")),
            text_of(source.get("section"))]


def spreadsheet_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading ``= + - @`` gets an apostrophe, as OWASP advises."""
    return "'" + value if value.startswith(_FORMULA_START) else value
