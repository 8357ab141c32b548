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
