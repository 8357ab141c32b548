"""Stable ids in every format: regenerating an article gives the same item ids, so a re-import updates."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

import format_validators as fv
from quizgen.pipeline import Options, build_quiz
from quizgen.readers import read_path
from quizgen.render import FORMATS
from quizgen.types import quiz_to_dict

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "source_texts" / "ketamine-infusion-therapy.txt"
SAMPLE = json.loads((ROOT / "tests" / "data" / "sample-quiz.json").read_text(encoding="utf-8"))


def item_ids(fmt: str, quiz: dict) -> list[str]:
    """The identifier each format gives each question (Aiken has none)."""
    content = FORMATS[fmt].render(quiz)
    if fmt == "qti21":
        files = fv.zip_members(content)
        manifest = etree.fromstring(files["imsmanifest.xml"])
        resources = manifest.iterfind(".//{*}resource[@type='imsqti_item_xmlv2p1']")
        return [r.get("identifier") for r in resources]
    if fmt == "qti12":
        return [v["id"] for v in fv.read_qti12(content)]
    if fmt == "moodle":
        root = etree.fromstring(content.encode("utf-8"))
        return [q.findtext("idnumber") for q in root.iterfind("question") if q.get("type") != "category"]
    if fmt == "gift":
        return [q["title"] for q in fv.parse_gift(content)]
    if fmt == "h5p":
        return [q["subContentId"] for q in json.loads(fv.zip_members(content)["content/content.json"])["questions"]]
    if fmt == "csv":
        return [v["id"] for v in fv.read_csv(content)]
    raise AssertionError(fmt)


def quiz_id(fmt: str, quiz: dict) -> str | None:
    """The identifier each format gives the quiz as a whole."""
    content = FORMATS[fmt].render(quiz)
    if fmt == "qti21":
        manifest = etree.fromstring(fv.zip_members(content)["imsmanifest.xml"])
        return manifest.find(".//{*}resource[@type='imsqti_test_xmlv2p1']").get("identifier")
    if fmt == "qti12":
        manifest = etree.fromstring(fv.zip_members(content)["imsmanifest.xml"])
        return manifest.find(".//{*}resource[@type='imsqti_xmlv1p2']").get("identifier")
    if fmt == "moodle":
        return etree.fromstring(content.encode("utf-8")).find("question[@type='category']").findtext("idnumber")
    return None


ID_FORMATS = ["qti21", "qti12", "moodle", "gift", "h5p", "csv"]


@pytest.mark.parametrize("fmt", ID_FORMATS)
def test_every_format_identifies_items_by_the_question_id(fmt: str) -> None:
    ids = [q["id"] for q in SAMPLE["questions"]]
    expected = [fv.subcontent_id(i) for i in ids] if fmt == "h5p" else ids
    assert item_ids(fmt, SAMPLE) == expected
    if fmt in ("qti21", "qti12", "moodle"):
        assert quiz_id(fmt, SAMPLE) == SAMPLE["id"]


@pytest.mark.model
def test_regenerating_an_article_keeps_every_id_in_every_format() -> None:
    first = quiz_to_dict(build_quiz(read_path(ARTICLE), Options(count=10, seed=0)))
    again = quiz_to_dict(build_quiz(read_path(ARTICLE), Options(count=10, seed=0)))
    assert first["questions"], "the reference article gives questions"
    for fmt in ID_FORMATS:
        assert item_ids(fmt, first) == item_ids(fmt, again), fmt
        assert quiz_id(fmt, first) == quiz_id(fmt, again), fmt
    for fmt in FORMATS:
        assert FORMATS[fmt].render(first) == FORMATS[fmt].render(again), fmt


@pytest.mark.model
def test_a_longer_quiz_keeps_the_ids_of_the_questions_it_shares() -> None:
    short = quiz_to_dict(build_quiz(read_path(ARTICLE), Options(count=4, seed=0)))
    long = quiz_to_dict(build_quiz(read_path(ARTICLE), Options(count=10, seed=0)))
    key = {(q["type"], q["source"]["start"], q["answer_span"]["start"]): q["id"] for q in long["questions"]}
    shared = [q for q in short["questions"] if (q["type"], q["source"]["start"], q["answer_span"]["start"]) in key]
    assert shared, "the longer quiz asks some of the same questions"
    for fmt in ID_FORMATS:
        ids_short, ids_long = item_ids(fmt, short), set(item_ids(fmt, long))
        for question, item in zip(short["questions"], ids_short):
            if question in shared:
                assert item in ids_long, f"{fmt}: {question['id']} got a new id"
