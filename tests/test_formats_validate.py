"""Every LMS format of the sample quizzes, checked by the real schema or parser, and read back.

The quizzes are the sample quiz, the quizzes of output/ (generated from
source_texts/) and an escaping torture quiz. Each rendering is validated by
the format's own authority (format_validators.py says which) and then read
back into the same prompts, options, keys, explanations and ids as the JSON.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable

import pytest
from jsonschema import Draft202012Validator

import format_validators as fv
from quizgen.render import FORMATS
from quizgen.validate import load_schema, validate_quiz

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "tests" / "data" / "sample-quiz.json").read_text(encoding="utf-8"))
QUIZZES: list[tuple[str, dict]] = [
    ("sample", SAMPLE),
    ("torture", fv.torture_quiz(SAMPLE)),
    *[(p.parent.name, json.loads(p.read_text(encoding="utf-8"))) for p in sorted((ROOT / "output").glob("*/quiz.json"))],
]
IDS = [name for name, _ in QUIZZES]
CHOICE_TYPES = ("multiple_choice", "true_false")


def render(name: str, quiz: dict) -> Any:
    return FORMATS[name].render(quiz)


def h5p_ids(quiz: dict) -> dict[str, str]:
    return {fv.subcontent_id(q["id"]): q["id"] for q in quiz["questions"]}


READERS: dict[str, Callable[[dict], list[fv.View]]] = {
    "qti21": lambda quiz: fv.read_qti21(render("qti21", quiz)),
    "qti12": lambda quiz: fv.read_qti12(render("qti12", quiz)),
    "moodle": lambda quiz: fv.read_moodle(render("moodle", quiz)),
    "gift": lambda quiz: fv.read_gift(render("gift", quiz)),
    "h5p": lambda quiz: fv.read_h5p(render("h5p", quiz), h5p_ids(quiz)),
    "aiken": lambda quiz: fv.read_aiken(render("aiken", quiz)),
    "csv": lambda quiz: fv.read_csv(render("csv", quiz)),
}


def expected(name: str, quiz: dict) -> list[fv.View]:
    if name == "aiken":  # no ids, no feedback, choice questions only
        return [dict(v, id=None) for v in fv.expected_views(quiz, types=CHOICE_TYPES, explanations=False)]
    return fv.expected_views(quiz)


def test_the_quizzes_are_valid_and_cover_every_type() -> None:
    assert len(QUIZZES) >= 5, "output/ holds the quizzes of source_texts/"
    for name, quiz in QUIZZES:
        assert validate_quiz(quiz) == [], name
    types = {q["type"] for _, quiz in QUIZZES for q in quiz["questions"]}
    assert types == {"multiple_choice", "true_false", "fill_in_blank", "short_answer"}


# -- validity, each by its own authority ----------------------------------------------------


@pytest.mark.parametrize("name, quiz", QUIZZES, ids=IDS)
def test_json_is_valid_against_the_shipped_schema(name: str, quiz: dict) -> None:
    data = json.loads(render("json", quiz))
    assert list(Draft202012Validator(load_schema()).iter_errors(data)) == []
    assert data == quiz


@pytest.mark.parametrize("name, quiz", QUIZZES, ids=IDS)
def test_qti21_is_valid_against_the_official_xsds(name: str, quiz: dict) -> None:
    assert fv.validate_qti21(render("qti21", quiz)) == []


@pytest.mark.parametrize("name, quiz", QUIZZES, ids=IDS)
def test_qti12_has_the_structure_text2qti_writes(name: str, quiz: dict) -> None:
    assert fv.qti12_differences(render("qti12", quiz), fv.text2qti_package(quiz)) == []


@pytest.mark.parametrize("name, quiz", QUIZZES, ids=IDS)
def test_gift_parses_with_gift_pegjs(name: str, quiz: dict) -> None:
    parsed = fv.parse_gift(render("gift", quiz))
    assert [q["title"] for q in parsed] == [q["id"] for q in quiz["questions"]]


@pytest.mark.parametrize("name, quiz", QUIZZES, ids=IDS)
def test_h5p_holds_what_the_semantics_define(name: str, quiz: dict) -> None:
    assert fv.validate_h5p(render("h5p", quiz)) == []


# -- round trips: every format read back gives the JSON's questions ------------------------------


@pytest.mark.parametrize("fmt", list(READERS))
@pytest.mark.parametrize("name, quiz", QUIZZES, ids=IDS)
def test_read_back_gives_the_same_questions(fmt: str, name: str, quiz: dict) -> None:
    views = READERS[fmt](quiz)
    want = expected(fmt, quiz)
    assert [v["id"] for v in views] == [w["id"] for w in want]
    for got, wanted in zip(views, want):
        assert got == wanted, f"{fmt}: question {wanted['id']}"


@pytest.mark.parametrize("fmt", list(READERS))
def test_the_torture_strings_survive(fmt: str) -> None:
    views = READERS[fmt](fv.torture_quiz(SAMPLE))
    assert fv.NASTY in views[0]["prompt"]
    if fmt != "aiken":
        assert fv.norm(fv.NASTY) in views[0]["explanation"]
        assert views[2]["key"] == ["~=#{}:", "a/b*c:d & <e>", "😀 café"]
    assert views[0]["key"] == "~tilde {x} #1: a\\b"


# -- the escaping each format needs, as it stands in the file -----------------------------------


def test_gift_escapes_its_special_characters() -> None:
    gift = render("gift", fv.torture_quiz(SAMPLE))
    body = "\n".join(line for line in gift.splitlines() if not line.startswith("//"))
    assert r"\~tilde \=equals \#hash \{brace\} colon\: back\\slash" in body
    assert r"{=\~\=\#\{\}\: =a/b\\*c\:d & <e> =😀 café ####" in body  # "\\*": Moodle's literal asterisk
    # Outside the escapes, every remaining special character is GIFT syntax.
    unescaped = re.sub(r"\\.", "", body)
    assert unescaped.count("{") == unescaped.count("}") == 4


def test_moodle_xml_keeps_cdata_safe() -> None:
    xml = render("moodle", fv.torture_quiz(SAMPLE))
    assert "<![CDATA[<p>Which option" in xml
    assert "]]&gt;" in xml  # a text holding "]]>" is escaped instead of wrapped in CDATA
    assert "<text>a/b\\*c:d &amp; &lt;e&gt;</text>" in xml  # shortanswer: a literal "*", not a wildcard


def test_h5p_blanks_keep_separators_literal() -> None:
    content = json.loads(fv.zip_members(render("h5p", fv.torture_quiz(SAMPLE)))["content/content.json"])
    blank = content["questions"][2]["params"]["questions"][0]
    assert "*~=#{}&#58;/a&#47;b&#42;c&#58;d &amp; &lt;e&gt;/😀 café*" in blank
    assert blank.count("*") == 2  # the "*" of the running text is an entity


def test_csv_cells_never_start_a_formula() -> None:
    text = render("csv", fv.torture_quiz(SAMPLE))
    assert ",'=1+1 & <2>," in text and ",'-日本 / Ωmega * ]]>," in text and "'@less:than*" in text


# -- the validators reject what they should ------------------------------------------------------


def test_the_qti21_check_rejects_a_broken_item() -> None:
    members = fv.zip_members(render("qti21", SAMPLE))
    item = next(n for n in members if n.startswith("items/"))
    members[item] = members[item].replace(b'maxChoices="1"', b'maxChoices="one"')
    members[item] = members[item].replace(b'baseType="string"', b'baseType="text"')
    from quizgen.render.common import zip_package

    assert any(item in p for p in fv.validate_qti21(zip_package(members)))


def test_the_qti12_check_rejects_a_missing_feedback() -> None:
    quiz = json.loads(json.dumps(SAMPLE))
    package = render("qti12", quiz)
    quiz["questions"][0]["explanation"] = ""  # text2qti writes no feedback for it; ours still has one
    assert fv.qti12_differences(package, fv.text2qti_package(quiz))


def test_the_gift_parser_rejects_an_unescaped_brace() -> None:
    with pytest.raises(AssertionError, match="gift-pegjs rejects"):
        fv.parse_gift("::q::What is {this}? {=that}\n")


def test_the_h5p_check_rejects_unknown_fields_and_wrong_versions() -> None:
    members = fv.zip_members(render("h5p", SAMPLE))
    content = json.loads(members["content/content.json"])
    content["questions"][0]["params"]["answers"][0]["weight"] = 1
    content["questions"][1]["library"] = "H5P.TrueFalse 1.7"
    content["questions"][2]["params"]["behaviour"]["caseSensitive"] = "no"
    problems = fv.check_semantics(content, fv.h5p_library("H5P.QuestionSet")[1])
    assert any("answers[0].weight: not a field" in p for p in problems)
    assert any("H5P.TrueFalse 1.7" in p for p in problems)
    assert any("caseSensitive: a boolean" in p for p in problems)


def test_the_aiken_reader_follows_the_rules() -> None:
    with pytest.raises(AssertionError, match="an option before any question"):
        fv.read_aiken("A. one\nB. two\nANSWER: A\n")
    with pytest.raises(AssertionError, match="the key C is not an option"):
        fv.read_aiken("Question?\nA. one\nB. two\nANSWER: C\n")
