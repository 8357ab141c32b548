"""Check a quiz JSON dict against the shipped JSON Schema and the rules a schema cannot express."""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from quizgen.errors import QuizgenError

SCHEMA_FILE = "quiz-1.0.schema.json"

JsonPath = tuple[str | int, ...]
Problem = tuple[JsonPath, str]

_MAX_REPR = 60
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class QuizValidationError(QuizgenError, ValueError):
    """A quiz breaks schema 1.0; ``errors`` holds every problem, one line each."""

    def __init__(self, errors: list[str], *, shown: int = 3) -> None:
        self.errors = list(errors)
        more = f" (and {len(errors) - shown} more)" if len(errors) > shown else ""
        super().__init__("invalid quiz: " + "; ".join(errors[:shown]) + more)


@functools.cache
def load_schema() -> dict[str, Any]:
    """The quiz JSON Schema shipped as package data (cached and shared: do not mutate)."""
    resource = resources.files("quizgen").joinpath("schema").joinpath(SCHEMA_FILE)
    return json.loads(resource.read_text(encoding="utf-8"))


@functools.cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema())


def validate_quiz(data: dict[str, Any]) -> list[str]:
    """Every problem of a quiz as ``"<JSON path>: <message>"``, sorted; empty when valid."""
    problems = set(_schema_problems(data)) | set(_semantic_problems(data))
    return [f"{_format_path(path)}: {message}" for path, message in sorted(problems, key=_sort_key)]


def check_quiz(data: dict[str, Any]) -> None:
    """Raise :class:`QuizValidationError` unless the quiz is valid."""
    errors = validate_quiz(data)
    if errors:
        raise QuizValidationError(errors)


# -- schema errors ---------------------------------------------------------


def _schema_problems(data: Any) -> Iterator[Problem]:
    for error in _validator().iter_errors(data):
        path = tuple(error.absolute_path)
        forbidden = _forbidden_property(error)
        if forbidden == "choices":
            yield path + (forbidden,), "choices are allowed only when type is multiple_choice"
        elif forbidden:
            yield path + (forbidden,), "is not allowed here"
        else:
            yield path, _schema_message(error)


def _forbidden_property(error: ValidationError) -> str | None:
    """The property named by a ``{"not": {"required": [name]}}`` rule the instance broke."""
    value = error.validator_value
    if error.validator == "not" and isinstance(value, dict) and list(value) == ["required"]:
        names = value["required"]
        return names[0] if len(names) == 1 else None
    return None


def _schema_message(error: ValidationError) -> str:
    message, instance = error.message, repr(error.instance)
    if len(instance) > _MAX_REPR and message.startswith(instance):
        message = _shorten(instance) + message[len(instance):]
    return " ".join(message.split())


def _shorten(text: str) -> str:
    return text[: _MAX_REPR - 1] + "…"


# -- semantic checks -------------------------------------------------------


def _semantic_problems(data: Any) -> Iterator[Problem]:
    questions = _get(data, "questions")
    if not isinstance(questions, list):
        return
    yield from _duplicate_question_ids(questions)
    characters = _get(_get(data, "source"), "characters")
    for index, question in enumerate(questions):
        if isinstance(question, dict):
            path: JsonPath = ("questions", index)
            yield from _choice_problems(question, path)
            yield from _answer_problems(question, path)
            yield from _offset_problems(question, path, characters)


def _duplicate_question_ids(questions: list[Any]) -> Iterator[Problem]:
    ids = [_get(q, "id") for q in questions]
    for index, first in _duplicates(ids):
        yield ("questions", index, "id"), f"duplicate question id {ids[index]!r} (also questions[{first}])"


def _choice_problems(question: dict[str, Any], path: JsonPath) -> Iterator[Problem]:
    choices = question.get("choices")
    if question.get("type") != "multiple_choice" or not isinstance(choices, list):
        return
    choices = [c if isinstance(c, dict) else {} for c in choices]
    correct = [c for c in choices if c.get("correct") is True]
    if len(correct) != 1:
        yield path + ("choices",), f"multiple_choice needs exactly one correct choice, found {len(correct)}"
    ids = [c.get("id") for c in choices]
    for index, first in _duplicates(ids):
        yield path + ("choices", index, "id"), f"duplicate choice id {ids[index]!r} (also choices[{first}])"
    texts = [_normal(c.get("text")) for c in choices]
    for index, first in _duplicates(texts):
        message = f"duplicate choice text {choices[index]['text']!r} (same as choices[{first}])"
        yield path + ("choices", index, "text"), message
    if len(correct) == 1 and isinstance(correct[0].get("text"), str):
        yield from _accepts(question, path, correct[0]["text"], "correct choice text")


def _answer_problems(question: dict[str, Any], path: JsonPath) -> Iterator[Problem]:
    text = _get(question.get("answer"), "text")
    if question.get("type") != "true_false" and isinstance(text, str):
        yield from _accepts(question, path, text, "answer.text")


def _accepts(question: dict[str, Any], path: JsonPath, text: str, what: str) -> Iterator[Problem]:
    accepted = _get(question.get("answer"), "accepted")
    if isinstance(accepted, list) and _normal(text) not in {_normal(a) for a in accepted}:
        yield path + ("answer", "accepted"), f"{what} {text!r} is not in answer.accepted"


def _offset_problems(question: dict[str, Any], path: JsonPath, characters: Any) -> Iterator[Problem]:
    source = question.get("source")
    start, end = _int(_get(source, "start")), _int(_get(source, "end"))
    if start is not None and end is not None:
        yield from _source_problems(source, path + ("source",), start, end, _int(characters))
        yield from _span_problems(question.get("answer_span"), path + ("answer_span",), start, end)


def _source_problems(
    source: Any, path: JsonPath, start: int, end: int, characters: int | None
) -> Iterator[Problem]:
    if end <= start:
        yield path + ("end",), f"source.end {end} must be greater than source.start {start}"
    sentence = _get(source, "sentence")
    if end > start and isinstance(sentence, str) and len(sentence) != end - start:
        yield path, f"source.sentence has {len(sentence)} characters but end - start is {end - start}"
    if characters is not None and end > characters:
        yield path + ("end",), f"source.end {end} is past the end of the source ({characters} characters)"


def _span_problems(span: Any, path: JsonPath, start: int, end: int) -> Iterator[Problem]:
    span_start, span_end = _int(_get(span, "start")), _int(_get(span, "end"))
    if span_start is None or span_end is None:
        return
    if span_end <= span_start:
        message = f"answer_span.end {span_end} must be greater than answer_span.start {span_start}"
        yield path + ("end",), message
    if span_start < start or span_end > end:
        yield path, f"answer_span [{span_start}, {span_end}) is outside source [{start}, {end})"


# -- helpers ---------------------------------------------------------------


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else None


def _int(value: Any) -> int | None:
    # bool is an int subclass, but true/false is never an offset
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _normal(text: Any) -> Any:
    """Case- and whitespace-insensitive form of a string, for comparing answers and choices."""
    return " ".join(text.casefold().split()) if isinstance(text, str) else text


def _duplicates(values: Iterable[Any]) -> Iterator[tuple[int, int]]:
    """(index, index of first occurrence) of every repeated string or integer."""
    first: dict[Any, int] = {}
    for index, value in enumerate(values):
        if not isinstance(value, (str, int)):
            continue
        if value in first:
            yield index, first[value]
        else:
            first[value] = index


def _format_path(path: JsonPath) -> str:
    parts = ["$"]
    for part in path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif _IDENTIFIER.match(part):
            parts.append(f".{part}")
        else:
            parts.append(f"[{json.dumps(part, ensure_ascii=False)}]")
    return "".join(parts)


def _sort_key(problem: Problem) -> tuple[tuple[tuple[int, int, str], ...], str]:
    """Document order: numeric indexes compare as numbers, so [2] comes before [10]."""
    path, message = problem
    key = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in path)
    return key, message
