"""Records passed between pipeline stages: plain strings and character offsets."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

QUESTION_TYPES = ("multiple_choice", "true_false", "fill_in_blank", "short_answer")


@dataclass(frozen=True)
class Heading:
    """A heading line of the article, with its offsets into ``Article.text``."""

    text: str
    start: int
    end: int
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """A block of running text; ``text`` equals ``article.text[start:end]``."""

    text: str
    start: int
    end: int
    section: str | None = None


@dataclass(frozen=True)
class Article:
    """A decoded source document split into title, headings and paragraphs.

    ``text`` is the text exactly as read after decoding (odd spaces replaced
    one-for-one by plain spaces, so offsets are unchanged); every offset in
    every later record points into it.
    """

    name: str
    text: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    headings: tuple[Heading, ...] = ()
    sha256: str = ""
    format: str = "txt"


@dataclass(frozen=True)
class Fact:
    """One checkable fact: an answer span inside a standalone statement.

    ``statement`` is the source sentence rewritten to stand alone (discourse
    words dropped, pronouns resolved, second person removed) and
    ``statement[answer_in_statement[0]:answer_in_statement[1]] == answer``.
    ``question`` is the wh-question whose answer is ``answer``.
    """

    kind: str  # date, duration, quantity, multiplier, definition, mechanism, cause, membership, comparison, entity
    answer: str
    answer_type: str  # decade, year, date, duration, multiplier, number, percent, money, person, place, org, term, phrase
    question: str
    statement: str
    answer_in_statement: tuple[int, int]
    sentence: str
    start: int
    end: int
    answer_start: int
    answer_end: int
    section: str | None = None
    salience: float = 0.0
    head: str = ""  # head noun / unit of the answer, for distractors of the same kind
    contrast: tuple[str, str] | None = None  # (word in statement, its opposite) for a clean false statement
    alternatives: tuple[str, ...] = ()  # other answers of the same kind found in the article


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    explanation: str
    fact: Fact
    choices: tuple[Choice, ...] = ()
    answer_text: str | None = None
    accepted: tuple[str, ...] = ()
    answer_value: bool | None = None
    difficulty: str = "medium"
    score: float = 0.0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    questions: tuple[Question, ...]
    source_name: str
    source_sha256: str
    source_characters: int
    model: str
    version: str
    seed: int
    language: str = "en"
    requested: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
    options: dict[str, Any] = field(default_factory=dict)


def question_to_dict(q: Question) -> dict[str, Any]:
    """The schema-1.0 JSON object of one question."""
    f = q.fact
    out: dict[str, Any] = {"id": q.id, "type": q.type, "prompt": q.prompt}
    if q.choices:
        out["choices"] = [{"id": c.id, "text": c.text, "correct": c.correct} for c in q.choices]
    if q.type == "true_false":
        out["answer"] = {"value": bool(q.answer_value)}
    else:
        out["answer"] = {"text": q.answer_text or "", "accepted": list(q.accepted)}
    out["explanation"] = q.explanation
    out["source"] = {"sentence": f.sentence, "start": f.start, "end": f.end, "section": f.section}
    out["answer_span"] = {"start": f.answer_start, "end": f.answer_end}
    out["fact"] = {
        "kind": f.kind,
        "answer_type": f.answer_type,
        "answer": f.answer,
        "statement": f.statement,
        "salience": round(f.salience, 4),
    }
    out["difficulty"] = q.difficulty
    out["score"] = round(q.score, 4)
    if q.notes:
        out["notes"] = list(q.notes)
    return out


def quiz_to_dict(quiz: Quiz) -> dict[str, Any]:
    """The schema-1.0 JSON object of a quiz (see docs/schema.md)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": quiz.id,
        "title": quiz.title,
        "language": quiz.language,
        "generator": {"name": "quizgen", "version": quiz.version, "model": quiz.model, "seed": quiz.seed},
        "source": {"name": quiz.source_name, "sha256": quiz.source_sha256, "characters": quiz.source_characters},
        "options": dict(sorted(quiz.options.items())),
        "requested": quiz.requested,
        "notes": list(quiz.notes),
        "questions": [question_to_dict(q) for q in quiz.questions],
    }
