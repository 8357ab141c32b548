"""The quiz as Aiken text: multiple-choice questions (true/false as two options); other types are skipped."""
from __future__ import annotations

import re

from .common import Question, Quiz, count_types, explanation, one_line, plural, questions, true_false_value

# Lines an Aiken reader takes for an option or the key, whatever comes before them.
_OPTION_LINE = re.compile(r"^[A-Z][.)][ \t]")
_KEY_LINE = re.compile(r"^ANSWER:")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def render_aiken(quiz: Quiz) -> str:
    """Aiken (Question bank > Import > Aiken format): the question on one line, ``A. ...`` options, ``ANSWER: X``."""
    blocks = [aiken_question(q) for q in questions(quiz) if _fits(q)]
    return "\n\n".join(blocks) + "\n" if blocks else ""


def aiken_warnings(quiz: Quiz) -> list[str]:
    """How many questions Aiken cannot hold, and that it drops every explanation and citation."""
    skipped = [q for q in questions(quiz) if not _fits(q)]
    kept = len(questions(quiz)) - len(skipped)
    out = []
    if skipped:
        out.append(f"aiken: skipped {plural(len(skipped), 'question')} that Aiken cannot hold "
                   f"({count_types(skipped)}); it holds multiple choice and true/false only")
    if kept and any(explanation(q) for q in questions(quiz) if _fits(q)):
        out.append(f"aiken: the explanations and source citations of {plural(kept, 'question')} are not carried; "
                   "see docs/formats.md")
    return out


def _choices(question: Question) -> list[tuple[str, bool]]:
    if question.get("type") == "true_false":
        value = true_false_value(question)
        return [("True", value), ("False", not value)]
    return [(one_line(c.get("text")), bool(c.get("correct"))) for c in question.get("choices") or []]


def _fits(question: Question) -> bool:
    """A choice question with one key, whose prompt no Aiken reader would take for an option or the key."""
    if question.get("type") not in ("multiple_choice", "true_false"):
        return False
    prompt = one_line(question.get("prompt"))
    choices = _choices(question)
    return (bool(prompt) and not _OPTION_LINE.match(prompt) and not _KEY_LINE.match(prompt)
            and 2 <= len(choices) <= len(LETTERS) and sum(correct for _, correct in choices) == 1)


def aiken_question(question: Question) -> str:
    choices = _choices(question)
    lines = [one_line(question.get("prompt"))]
    lines += [f"{LETTERS[i]}. {text}" for i, (text, _) in enumerate(choices)]
    lines.append(f"ANSWER: {LETTERS[next(i for i, (_, correct) in enumerate(choices) if correct)]}")
    return "\n".join(lines)
