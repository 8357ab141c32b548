"""The sample articles end to end: rubric, schema, the reference facts, determinism, output/ current."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import main
from quizgen.pipeline import Options, build_quiz
from quizgen.quality import check_question, check_quiz
from quizgen.readers import read_path
from quizgen.render import FORMATS
from quizgen.types import quiz_to_dict
from quizgen.validate import validate_quiz

ROOT = Path(__file__).resolve().parents[1]
SOURCE_TEXTS = ROOT / "source_texts"

pytestmark = pytest.mark.model

REFERENCE = SOURCE_TEXTS / "ketamine-infusion-therapy.txt"
# The command README.md documents for regenerating output/ (its defaults: json,html, 10 questions, seed 0).
REGENERATE = ["generate", "source_texts", "-o", "output"]


@pytest.fixture(scope="module")
def quizzes(sample_articles) -> dict[str, dict]:
    return {a.name: quiz_to_dict(build_quiz(a, Options(count=15))) for a in sample_articles}


def test_there_are_samples_of_every_kind() -> None:
    names = [p.name for p in SOURCE_TEXTS.glob("*.txt")]
    for kind in ("history", "science", "geography", "biography"):
        assert any(n.startswith(kind) for n in names), kind
    sources = (SOURCE_TEXTS / "SOURCES.md").read_text(encoding="utf-8")
    assert all(n in sources for n in names)


def test_every_question_of_every_sample_passes_the_rubric(quizzes, sample_articles) -> None:
    headings = {a.name: tuple(h.text for h in a.headings) for a in sample_articles}
    for name, quiz in quizzes.items():
        assert validate_quiz(quiz) == [], name
        assert check_quiz(quiz, headings=headings[name]) == [], name
        for q in quiz["questions"]:
            assert check_question(q, headings=headings[name]) == [], (name, q["prompt"])
        assert quiz["questions"], name


def test_sources_and_answers_are_cited_exactly(quizzes, sample_articles) -> None:
    texts = {a.name: a.text for a in sample_articles}
    for name, quiz in quizzes.items():
        text = texts[name]
        for q in quiz["questions"]:
            src = q["source"]
            assert text[src["start"]:src["end"]] == src["sentence"]
            span = q["answer_span"]
            assert src["start"] <= span["start"] < span["end"] <= src["end"]
            if q["type"] != "true_false":
                cited = text[span["start"]:span["end"]]
                assert re.sub(r"\W", "", cited.lower())[:3] in re.sub(r"\W", "", q["answer"]["text"].lower()), (cited, q)


def _answers(quiz: dict) -> list[tuple[str, str]]:
    out = []
    for q in quiz["questions"]:
        key = q["answer"].get("text") or q["fact"]["answer"]
        out.append((key, q["prompt"] + " " + q["explanation"]))
    return out


def test_the_reference_quiz_asks_what_a_teacher_would(quizzes) -> None:
    quiz = quizzes["ketamine-infusion-therapy.txt"]
    answers = _answers(quiz)
    assert any(a == "3x" for a, _ in answers), answers
    assert any(a == "the 1960s" for a, _ in answers), answers
    themes = {
        "NMDA receptors": r"NMDA",
        "glutamate": r"[Gg]lutamate",
        "synaptogenesis and synapses": r"[Ss]ynap",
        "a month for antidepressants": r"a month or longer",
        "a few hours for ketamine": r"few (hours|minutes|days|weeks)",
        "a lower dose than anesthesia": r"(less|more) of a dose",
        "the first 1-3 infusions": r"1-3",
    }
    text = " ".join(t for _, t in answers)
    missing = [name for name, pattern in themes.items() if not re.search(pattern, text)]
    assert len(missing) <= 1, missing
    keyed = [q for q in quiz["questions"] if q["answer"].get("text") in ("3x", "the 1960s")]
    for q in keyed:
        assert "depression" not in q["answer"]["text"]
        if q["type"] == "multiple_choice":
            assert [c["text"] for c in q["choices"] if c["correct"]] == [q["answer"]["text"]]


def test_the_heading_is_never_the_start_of_a_question(quizzes) -> None:
    for q in quizzes["ketamine-infusion-therapy.txt"]["questions"]:
        assert "Fundamentals" not in q["prompt"] and "Swift Effects" not in q["prompt"]


def test_same_input_and_seed_give_byte_identical_output(sample_articles) -> None:
    article = next(a for a in sample_articles if a.name == REFERENCE.name)
    first = quiz_to_dict(build_quiz(article, Options(count=15, seed=3)))
    again = quiz_to_dict(build_quiz(read_path(REFERENCE), Options(count=15, seed=3)))
    for fmt in FORMATS.values():
        assert fmt.render(first) == fmt.render(again), fmt.name


def test_ids_are_stable_across_seeds_and_counts(sample_articles) -> None:
    article = next(a for a in sample_articles if a.name == REFERENCE.name)
    a = quiz_to_dict(build_quiz(article, Options(count=15, seed=0)))
    b = quiz_to_dict(build_quiz(article, Options(count=15, seed=9)))
    ids_a = {(q["answer_span"]["start"], q["type"]): q["id"] for q in a["questions"]}
    ids_b = {(q["answer_span"]["start"], q["type"]): q["id"] for q in b["questions"]}
    shared = ids_a.keys() & ids_b.keys()
    assert shared and all(ids_a[k] == ids_b[k] for k in shared)
    assert a["id"] != b["id"]  # the options are part of the quiz id


def test_output_folder_is_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """output/ must be what the documented command makes now (see README, 'Sample quizzes')."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, REGENERATE[:-1] + [str(tmp_path)])
    assert result.exit_code == 0, result.output
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    kept = sorted(p.relative_to(ROOT / "output") for p in (ROOT / "output").rglob("*") if p.is_file())
    assert made == kept, "output/ has other files than the command makes: run " + " ".join(["quizgen", *REGENERATE])
    stale = [str(p) for p in made if (tmp_path / p).read_bytes() != (ROOT / "output" / p).read_bytes()]
    assert not stale, "output/ is stale; regenerate it with: " + " ".join(["quizgen", *REGENERATE])
