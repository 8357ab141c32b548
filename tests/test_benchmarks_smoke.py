"""Smoke test of benchmarks/speed.py: it runs and reports its ratios; no timing is asserted."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEED = ROOT / "benchmarks" / "speed.py"
SHORT_ARTICLE = ROOT / "source_texts" / "ketamine-infusion-therapy.txt"
SQUAD = ROOT.parent / "shared" / "eval" / "squad-v1.1-dev-half.json"


def run_speed(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SPEED), str(SHORT_ARTICLE), "--repeat", "1", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)


@pytest.mark.model
def test_speed_reports_ratios(tmp_path: Path) -> None:
    out = tmp_path / "speed.json"
    result = run_speed("--stages", "--json", str(out))
    assert result.returncode == 0, result.stderr
    assert "articles: ratio quizgen/baseline = " in result.stdout
    assert "| extract_facts" in result.stdout
    assert "WARNING" not in result.stdout  # the staged run still mirrors build_quiz
    (corpus,) = json.loads(out.read_text(encoding="utf-8"))["corpora"]
    assert corpus["texts"] == 1 and corpus["ratios"]["quizgen/baseline"] > 0


@pytest.mark.model
def test_speed_on_squad_paragraphs() -> None:
    if not SQUAD.exists():
        pytest.skip(f"no SQuAD file at {SQUAD}: the evaluation data lives in ../shared/eval, outside the repo")
    result = run_speed("--squad", str(SQUAD), "--squad-paragraphs", "3")
    assert result.returncode == 0, result.stderr
    assert "squad: ratio quizgen/baseline = " in result.stdout
    assert "from 3 texts" in result.stdout


REVIEW = ROOT / "benchmarks" / "review_sample.py"


def run_review(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REVIEW), *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_review_sheet_is_blind_and_scores_per_version(tmp_path: Path) -> None:
    old = [{"paragraph": "X#0", "question": q, "answer": "a"} for q in ("Who won?", "When did it end?", "Where?")]
    new = [{"paragraph": "X#0", "question": q, "answer": "a"} for q in ("Who won?", "When did the war end?")]
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), encoding="utf-8")
    sheet, key = tmp_path / "sheet.txt", tmp_path / "key.json"
    result = run_review("sheet", str(tmp_path / "old.json"), str(tmp_path / "new.json"), "--changed",
                        "--sheet", str(sheet), "--key", str(key))
    assert result.returncode == 0, result.stderr
    text = sheet.read_text(encoding="utf-8")
    assert "Who won?" not in text and text.count(". Q: ") == 3  # only what one version wrote, numbered
    assert "old.json" not in text and "new.json" not in text  # nothing on the sheet tells the versions apart
    items = json.loads(key.read_text(encoding="utf-8"))["items"]
    labels = {n: ("OK" if version == "B" else "UNGRAMMATICAL") for n, version in items.items()}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    result = run_review("score", str(key), str(tmp_path / "labels.json"))
    assert result.returncode == 0, result.stderr
    assert "| 2 | 0 (0%) | 0 (0%) | 2 (100%) |" in result.stdout and "| 1 | 1 (100%) | 0 (0%) | 0 (0%) |" in result.stdout
    (tmp_path / "labels.json").write_text(json.dumps({"1": "OK"}), encoding="utf-8")
    assert run_review("score", str(key), str(tmp_path / "labels.json")).returncode == 1  # unlabelled items


@pytest.mark.model
def test_review_dump_writes_the_wh_questions(tmp_path: Path) -> None:
    if not SQUAD.exists():
        pytest.skip(f"no SQuAD file at {SQUAD}: the evaluation data lives in ../shared/eval, outside the repo")
    out = tmp_path / "dump.json"
    result = run_review("dump", str(SQUAD), "--out", str(out), "--articles", "1", "--paragraphs", "2")
    assert result.returncode == 0, result.stderr
    items = json.loads(out.read_text(encoding="utf-8"))
    assert items and all(item["question"].endswith("?") and item["answer"] for item in items)


@pytest.mark.model
def test_review_dump_of_every_item_type(tmp_path: Path) -> None:
    # a tiny SQuAD-shaped file made here, so the smoke test needs nothing from ../shared
    data = {"data": [{"title": "Super_Bowl_50", "paragraphs": [{"context": (
        "Super Bowl 50 was an American football game played on February 7, 2016, at Levi's Stadium in Santa "
        "Clara, California. The Denver Broncos defeated the Carolina Panthers 24-10 to earn their third Super "
        "Bowl title."), "qas": [{"question": "q", "id": str(n), "answers": []} for n in range(4)]}]}]}
    (tmp_path / "squad.json").write_text(json.dumps(data), encoding="utf-8")
    result = run_review("dump", str(tmp_path / "squad.json"), "--all-types", "--out", str(tmp_path / "all.json"),
                        "--text", str(tmp_path / "all.txt"))
    assert result.returncode == 0, result.stderr
    items = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert items and all(it["key"].startswith("Super Bowl 50#0/q-") and it["source"] for it in items)
    text = (tmp_path / "all.txt").read_text(encoding="utf-8")
    assert text.count("  PROMPT: ") == len(items) and "  SOURCE: " in text


ARTICLES_REVIEW = ROOT / "benchmarks" / "review_articles.py"


def _quiz_folder(root: Path, article: str, prompts: list[str]) -> None:
    (root / article).mkdir(parents=True)
    questions = [{"id": f"q-{n}", "type": "short_answer", "prompt": p, "answer": {"text": "x"},
                  "source": {"sentence": "X."}} for n, p in enumerate(prompts)]
    (root / article / "quiz.json").write_text(json.dumps({"questions": questions}), encoding="utf-8")


def test_article_review_sheet_is_blind_and_scores_per_version(tmp_path: Path) -> None:
    _quiz_folder(tmp_path / "old", "canal", ["When did the canal open?", "Who built it?"])
    _quiz_folder(tmp_path / "new", "canal", ["When did the Panama Canal open?", "Who built it?"])
    _quiz_folder(tmp_path / "new", "brain", ["How many neurons does the brain have?"])  # the old version made none
    sheet, key = tmp_path / "sheet.txt", tmp_path / "key.json"
    run = [sys.executable, str(ARTICLES_REVIEW)]
    result = subprocess.run([*run, "sheet", str(tmp_path / "old"), str(tmp_path / "new"), "--sheet", str(sheet),
                             "--key", str(key)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = sheet.read_text(encoding="utf-8")
    assert text.count("### item ") == 4 and text.count("Who built it?") == 1  # an item both wrote alike, once
    assert "old" not in text and "new" not in text
    items = json.loads(key.read_text(encoding="utf-8"))
    labels = {n: {"verdict": "usable" if any("Panama" in t or "neurons" in t for t in [text.split(f"### item {n} ")[1][:80]])
                  else "reject", "rule": "R2"} for n in items}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    result = subprocess.run([*run, "score", str(key), str(tmp_path / "labels.json")], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "| old | 2 | 0 | 0% | 2 | 0 |" in result.stdout
    assert "| new | 3 | 2 | 67% | 2 | 1 |" in result.stdout
    (tmp_path / "labels.json").write_text(json.dumps({"0": {"verdict": "usable"}}), encoding="utf-8")
    assert subprocess.run([*run, "score", str(key), str(tmp_path / "labels.json")], capture_output=True,
                          text=True, timeout=120).returncode != 0  # unlabelled items
