"""Tests for the quiz JSON Schema, the semantic checks and the JSON renderer."""
from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from quizgen.render.json import render_json
from quizgen.types import QUESTION_TYPES, SCHEMA_VERSION, Choice, Fact, Question, Quiz, quiz_to_dict
from quizgen.validate import QuizValidationError, check_quiz, load_schema, validate_quiz

SAMPLE = Path(__file__).parent / "data" / "sample-quiz.json"

Mutation = Callable[[dict[str, Any]], None]


@pytest.fixture()
def quiz() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _walk(path: str) -> tuple[Any, str | int]:
    keys: list[str | int] = [int(k) if k.isdigit() else k for k in path.split(".")]
    return keys[:-1], keys[-1]


def _parent(data: dict[str, Any], keys: list[str | int]) -> Any:
    for key in keys:
        data = data[key]
    return data


def set_(path: str, value: Any) -> Mutation:
    """A mutation setting the value at a dotted path ("questions.0.id")."""
    keys, last = _walk(path)

    def mutate(data: dict[str, Any]) -> None:
        _parent(data, keys)[last] = copy.deepcopy(value)

    return mutate


def delete(path: str) -> Mutation:
    """A mutation deleting the key at a dotted path."""
    keys, last = _walk(path)

    def mutate(data: dict[str, Any]) -> None:
        del _parent(data, keys)[last]

    return mutate


TWO_CHOICES = [{"id": "a", "text": "true", "correct": True}, {"id": "b", "text": "false", "correct": False}]
SEVEN_CHOICES = [{"id": c, "text": f"the {c}", "correct": c == "a"} for c in "abcdefg"]

# (mutation, expected substring of one error); q0 multiple_choice, q1 true_false,
# q2 fill_in_blank, q3 short_answer in the sample.
BROKEN: list[tuple[Mutation, str]] = [
    # quiz level
    (delete("schema_version"), "$: 'schema_version' is a required property"),
    (set_("schema_version", "2.0"), "$.schema_version: '1.0' was expected"),
    (set_("id", "quiz-123"), "$.id: 'quiz-123' does not match"),
    (set_("id", "quiz-0123456789ABCDEF"), "$.id: 'quiz-0123456789ABCDEF' does not match"),
    (delete("title"), "$: 'title' is a required property"),
    (set_("title", ""), "$.title: '' should be non-empty"),
    (set_("language", "eng"), "$.language: 'eng' does not match"),
    (set_("language", "EN"), "$.language: 'EN' does not match"),
    (set_("colour", "red"), "$: Additional properties are not allowed ('colour' was unexpected)"),
    (delete("generator"), "$: 'generator' is a required property"),
    (set_("generator.name", "other"), "$.generator.name: 'quizgen' was expected"),
    (set_("generator.seed", 1.5), "$.generator.seed: 1.5 is not of type 'integer'"),
    (set_("generator.version", 1), "$.generator.version: 1 is not of type 'string'"),
    (delete("generator.model"), "$.generator: 'model' is a required property"),
    (set_("generator.host", "x"), "$.generator: Additional properties are not allowed ('host' was unexpected)"),
    (set_("source.sha256", "abc"), "$.source.sha256: 'abc' does not match"),
    (set_("source.sha256", "A" * 64), "$.source.sha256: 'AAAA"),
    (set_("source.characters", -1), "$.source.characters: -1 is less than the minimum of 0"),
    (delete("source.name"), "$.source: 'name' is a required property"),
    (set_("source.path", "/tmp"), "$.source: Additional properties are not allowed ('path' was unexpected)"),
    (set_("options", []), "$.options: [] is not of type 'object'"),
    (delete("options"), "$: 'options' is a required property"),
    (set_("requested", -1), "$.requested: -1 is less than the minimum of 0"),
    (set_("requested", 2.5), "$.requested: 2.5 is not of type 'integer'"),
    (set_("notes", "short"), "$.notes: 'short' is not of type 'array'"),
    (set_("notes", [1]), "$.notes[0]: 1 is not of type 'string'"),
    (set_("questions", {}), "$.questions: {} is not of type 'array'"),
    (set_("questions.0", []), "$.questions[0]: [] is not of type 'object'"),
    # every question
    (set_("questions.0.id", "q-0001"), "$.questions[0].id: 'q-0001' does not match"),
    (set_("questions.1.id", "q-3f1c9a27b604"), "$.questions[1].id: duplicate question id 'q-3f1c9a27b604' (also questions[0])"),
    (set_("questions.0.type", "essay"), "$.questions[0].type: 'essay' is not one of"),
    (delete("questions.0.type"), "$.questions[0]: 'type' is a required property"),
    (set_("questions.0.prompt", ""), "$.questions[0].prompt: '' should be non-empty"),
    (delete("questions.0.explanation"), "$.questions[0]: 'explanation' is a required property"),
    (set_("questions.0.explanation", None), "$.questions[0].explanation: None is not of type 'string'"),
    (set_("questions.0.hint", "x"), "$.questions[0]: Additional properties are not allowed ('hint' was unexpected)"),
    (set_("questions.0.difficulty", "trivial"), "$.questions[0].difficulty: 'trivial' is not one of"),
    (set_("questions.0.score", 1.1), "$.questions[0].score: 1.1 is greater than the maximum of 1"),
    (set_("questions.0.score", -0.1), "$.questions[0].score: -0.1 is less than the minimum of 0"),
    (set_("questions.0.score", "0.9"), "$.questions[0].score: '0.9' is not of type 'number'"),
    (set_("questions.0.notes", "x"), "$.questions[0].notes: 'x' is not of type 'array'"),
    (set_("questions.0.notes", [None]), "$.questions[0].notes[0]: None is not of type 'string'"),
    # multiple_choice
    (delete("questions.0.choices"), "$.questions[0]: 'choices' is a required property"),
    (set_("questions.0.choices", TWO_CHOICES[:1]), "$.questions[0].choices: [{'id': 'a'"),
    (set_("questions.0.choices", SEVEN_CHOICES), "is too long"),
    (set_("questions.0.choices.0.id", "A"), "$.questions[0].choices[0].id: 'A' does not match '^[a-z]$'"),
    (set_("questions.0.choices.0.id", "ab"), "$.questions[0].choices[0].id: 'ab' does not match"),
    (set_("questions.0.choices.0.text", ""), "$.questions[0].choices[0].text: '' should be non-empty"),
    (set_("questions.0.choices.0.correct", "no"), "$.questions[0].choices[0].correct: 'no' is not of type 'boolean'"),
    (delete("questions.0.choices.0.correct"), "$.questions[0].choices[0]: 'correct' is a required property"),
    (set_("questions.0.choices.0.feedback", "x"), "$.questions[0].choices[0]: Additional properties are not allowed"),
    (set_("questions.0.choices.0.correct", True), "$.questions[0].choices: multiple_choice needs exactly one correct choice, found 2"),
    (set_("questions.0.choices.1.correct", False), "$.questions[0].choices: multiple_choice needs exactly one correct choice, found 0"),
    (set_("questions.0.choices.2.id", "a"), "$.questions[0].choices[2].id: duplicate choice id 'a' (also choices[0])"),
    (set_("questions.0.choices.2.text", " The  1940S "), "$.questions[0].choices[2].text: duplicate choice text ' The  1940S ' (same as choices[0])"),
    (set_("questions.0.answer", {"value": True}), "$.questions[0].answer: 'text' is a required property"),
    (set_("questions.0.answer.text", "the 1970s"), "$.questions[0].answer.accepted: answer.text 'the 1970s' is not in answer.accepted"),
    (set_("questions.0.choices.1.text", "the 1970s"), "$.questions[0].answer.accepted: correct choice text 'the 1970s' is not in answer.accepted"),
    # true_false
    (set_("questions.1.answer", {"text": "x", "accepted": ["x"]}), "$.questions[1].answer: 'value' is a required property"),
    (set_("questions.1.answer.value", "false"), "$.questions[1].answer.value: 'false' is not of type 'boolean'"),
    (set_("questions.1.answer.text", "false"), "$.questions[1].answer: Additional properties are not allowed ('text' was unexpected)"),
    (set_("questions.1.choices", TWO_CHOICES), "$.questions[1].choices: choices are allowed only when type is multiple_choice"),
    # fill_in_blank / short_answer
    (set_("questions.2.answer", {"value": True}), "$.questions[2].answer: 'accepted' is a required property"),
    (set_("questions.2.answer.text", ""), "$.questions[2].answer.text: '' should be non-empty"),
    (set_("questions.2.answer.accepted", []), "$.questions[2].answer.accepted: [] should be non-empty"),
    (set_("questions.2.answer.accepted", ["3x", "3x"]), "$.questions[2].answer.accepted: ['3x', '3x'] has non-unique elements"),
    (set_("questions.2.answer.accepted", ["3x", ""]), "$.questions[2].answer.accepted[1]: '' should be non-empty"),
    (set_("questions.2.answer.accepted", ["3x", 3]), "$.questions[2].answer.accepted[1]: 3 is not of type 'string'"),
    (delete("questions.2.answer.accepted"), "$.questions[2].answer: 'accepted' is a required property"),
    (set_("questions.2.answer.value", True), "$.questions[2].answer: Additional properties are not allowed ('value' was unexpected)"),
    (set_("questions.2.choices", TWO_CHOICES), "$.questions[2].choices: choices are allowed only when type is multiple_choice"),
    (set_("questions.3.choices", TWO_CHOICES), "$.questions[3].choices: choices are allowed only when type is multiple_choice"),
    (set_("questions.3.answer.text", "synapse formation"), "$.questions[3].answer.accepted: answer.text 'synapse formation' is not in answer.accepted"),
    # source
    (delete("questions.0.source"), "$.questions[0]: 'source' is a required property"),
    (set_("questions.0.source.sentence", ""), "$.questions[0].source.sentence: '' should be non-empty"),
    (set_("questions.0.source.start", -1), "$.questions[0].source.start: -1 is less than the minimum of 0"),
    (set_("questions.0.source.end", "750"), "$.questions[0].source.end: '750' is not of type 'integer'"),
    (set_("questions.0.source.section", 3), "$.questions[0].source.section: 3 is not of type 'string', 'null'"),
    (delete("questions.0.source.section"), "$.questions[0].source: 'section' is a required property"),
    (set_("questions.0.source.page", 1), "$.questions[0].source: Additional properties are not allowed ('page' was unexpected)"),
    (set_("questions.0.source.end", 682), "$.questions[0].source.end: source.end 682 must be greater than source.start 682"),
    (set_("questions.0.source.sentence", "Ketamine."), "$.questions[0].source: source.sentence has 9 characters but end - start is 68"),
    (set_("source.characters", 700), "$.questions[0].source.end: source.end 750 is past the end of the source (700 characters)"),
    # answer_span
    (delete("questions.0.answer_span"), "$.questions[0]: 'answer_span' is a required property"),
    (set_("questions.0.answer_span.start", "712"), "$.questions[0].answer_span.start: '712' is not of type 'integer'"),
    (set_("questions.0.answer_span.start", -5), "$.questions[0].answer_span.start: -5 is less than the minimum of 0"),
    (set_("questions.0.answer_span.text", "x"), "$.questions[0].answer_span: Additional properties are not allowed"),
    (set_("questions.0.answer_span.start", 600), "$.questions[0].answer_span: answer_span [600, 721) is outside source [682, 750)"),
    (set_("questions.0.answer_span.end", 760), "$.questions[0].answer_span: answer_span [712, 760) is outside source [682, 750)"),
    (set_("questions.0.answer_span.end", 712), "$.questions[0].answer_span.end: answer_span.end 712 must be greater than answer_span.start 712"),
    # fact
    (delete("questions.0.fact"), "$.questions[0]: 'fact' is a required property"),
    (set_("questions.0.fact.kind", "opinion"), "$.questions[0].fact.kind: 'opinion' is not one of"),
    (set_("questions.0.fact.answer_type", 3), "$.questions[0].fact.answer_type: 3 is not of type 'string'"),
    (set_("questions.0.fact.answer", ""), "$.questions[0].fact.answer: '' should be non-empty"),
    (delete("questions.0.fact.statement"), "$.questions[0].fact: 'statement' is a required property"),
    (set_("questions.0.fact.salience", 1.5), "$.questions[0].fact.salience: 1.5 is greater than the maximum of 1"),
    (set_("questions.0.fact.salience", "high"), "$.questions[0].fact.salience: 'high' is not of type 'number'"),
    (set_("questions.0.fact.head", "decade"), "$.questions[0].fact: Additional properties are not allowed ('head' was unexpected)"),
]

VALID_VARIANTS: list[Mutation] = [
    delete("notes"),
    set_("notes", ["Only 4 questions: the article has 4 good facts."]),
    set_("options", {}),
    set_("requested", 0),
    set_("questions", []),
    set_("questions.0.notes", ["Only 2 plausible distractors."]),
    set_("questions.0.choices", [{"id": "a", "text": "the 1960s", "correct": True}, {"id": "b", "text": "the 1980s", "correct": False}]),
    set_("questions.0.source.section", None),
    set_("questions.1.answer.value", True),
    set_("questions.3.answer.text", "  SynaptoGenesis "),
    set_("questions.0.answer_span", {"start": 682, "end": 750}),
]


def _broken(quiz: dict[str, Any], mutation: Mutation) -> list[str]:
    mutation(quiz)
    return validate_quiz(quiz)


def test_schema_is_valid_draft_2020_12() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert load_schema() is schema  # cached


def test_schema_matches_types_constants() -> None:
    schema = load_schema()
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert tuple(schema["$defs"]["question"]["properties"]["type"]["enum"]) == QUESTION_TYPES


def _titled(schema: dict[str, Any], defs: dict[str, Any], where: str) -> list[str]:
    """Every property (recursively) that lacks a title or a description."""
    missing = []
    for name, sub in schema.get("properties", {}).items():
        sub = defs[sub["$ref"].rsplit("/", 1)[1]] if "$ref" in sub else sub
        if not (sub.get("title") and sub.get("description")):
            missing.append(f"{where}.{name}")
        missing += _titled(sub, defs, f"{where}.{name}")
    items = schema.get("items")
    if isinstance(items, dict) and "$ref" in items:
        missing += _titled(defs[items["$ref"].rsplit("/", 1)[1]], defs, f"{where}[]")
    return missing


def test_every_property_is_documented() -> None:
    schema = load_schema()
    assert _titled(schema, schema["$defs"], "$") == []


def test_sample_is_valid(quiz: dict[str, Any]) -> None:
    assert validate_quiz(quiz) == []
    check_quiz(quiz)


@pytest.mark.parametrize("mutation", VALID_VARIANTS)
def test_valid_variants(quiz: dict[str, Any], mutation: Mutation) -> None:
    assert _broken(quiz, mutation) == []


@pytest.mark.parametrize(("mutation", "expected"), BROKEN, ids=[expected[:60] for _, expected in BROKEN])
def test_broken_variant(quiz: dict[str, Any], mutation: Mutation, expected: str) -> None:
    errors = _broken(quiz, mutation)
    assert any(expected in error for error in errors), errors


@pytest.mark.parametrize(("mutation", "expected"), BROKEN[:10] + BROKEN[50:60], ids=[e[:60] for _, e in BROKEN[:10] + BROKEN[50:60]])
def test_errors_are_sorted_one_line_paths(quiz: dict[str, Any], mutation: Mutation, expected: str) -> None:
    errors = _broken(quiz, mutation)
    assert errors and all(error.startswith("$") and "\n" not in error for error in errors)
    assert errors == sorted(errors)


def test_errors_in_document_order(quiz: dict[str, Any]) -> None:
    template = quiz["questions"][1]
    quiz["questions"] = [dict(template, id=f"q-{i:012x}") for i in range(11)]
    quiz["questions"][2]["score"] = 2
    quiz["questions"][10]["score"] = 2
    assert [e.split(":")[0] for e in validate_quiz(quiz)] == ["$.questions[2].score", "$.questions[10].score"]


def test_long_values_are_shortened(quiz: dict[str, Any]) -> None:
    quiz["questions"][0] = list(range(1000))
    (error,) = validate_quiz(quiz)
    assert len(error) < 120 and error.endswith("is not of type 'object'")


def test_check_quiz_raises_with_first_errors(quiz: dict[str, Any]) -> None:
    for question in quiz["questions"]:
        question["score"] = 7
    with pytest.raises(QuizValidationError) as caught:
        check_quiz(quiz)
    assert isinstance(caught.value, ValueError)
    assert len(caught.value.errors) == 4
    assert str(caught.value).startswith("invalid quiz: $.questions[0].score: 7 is greater than the maximum of 1; ")
    assert str(caught.value).endswith("(and 1 more)")


def _built_quiz() -> Quiz:
    fact = Fact(
        kind="date", answer="the 1960s", answer_type="decade",
        question="When did ketamine gain popularity?", statement="Ketamine gained popularity in the 1960s.",
        answer_in_statement=(30, 39), sentence="Ketamine gained popularity in the 1960s.",
        start=10, end=50, answer_start=40, answer_end=49, salience=0.91234,
    )
    choices = (Choice("a", "the 1940s", False), Choice("b", "the 1960s", True))
    questions = (
        Question("q-0123456789ab", "multiple_choice", "In what decade did ketamine gain popularity?",
                 fact.statement, fact, choices=choices, answer_text="the 1960s", accepted=("the 1960s", "1960s"),
                 notes=("Only 1 plausible distractor.",)),
        Question("q-0123456789ac", "true_false", "Ketamine gained popularity in the 1980s.", fact.statement, fact,
                 answer_value=False, difficulty="easy", score=0.5),
        Question("q-0123456789ad", "fill_in_blank", "Ketamine gained popularity in _____.", fact.statement, fact,
                 answer_text="the 1960s", accepted=("the 1960s",), difficulty="hard", score=1.0),
    )
    return Quiz(id="quiz-0123456789abcdef", title="Ketamine", questions=questions, source_name="k.txt",
                source_sha256="ab" * 32, source_characters=60, model="en_core_web_sm 3.8.0", version="0.1.0",
                seed=7, requested=5, notes=("Only 3 questions.",), options={"types": ["true_false"], "count": 5})


def test_quiz_to_dict_output_is_valid() -> None:
    assert validate_quiz(quiz_to_dict(_built_quiz())) == []


def test_render_json_matches_the_golden_sample(quiz: dict[str, Any]) -> None:
    assert render_json(quiz) == SAMPLE.read_text(encoding="utf-8")


def test_render_json_is_deterministic_and_round_trips() -> None:
    data = quiz_to_dict(_built_quiz())
    text = render_json(data)
    assert text == render_json(quiz_to_dict(_built_quiz()))
    assert json.loads(text) == data
    assert list(json.loads(text)) == list(data)  # key order kept, not sorted
    assert text.endswith("}\n") and text.count("\n") > 10


def test_render_json_keeps_non_ascii(quiz: dict[str, Any]) -> None:
    assert "it’s anesthetic" in render_json(quiz)


def test_render_json_refuses_nan(quiz: dict[str, Any]) -> None:
    quiz["questions"][0]["score"] = float("nan")
    with pytest.raises(ValueError):
        render_json(quiz)
