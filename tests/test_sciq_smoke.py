"""Smoke test of benchmarks/sciq_distractors.py on 5 SciQ items (the data lives in ../shared/eval)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "sciq_distractors.py"
SCIQ = ROOT.parent / "shared" / "eval" / "sciq-valid.json"


@pytest.mark.model
def test_sciq_benchmark_runs_on_five_items(tmp_path: Path) -> None:
    if not SCIQ.exists():
        pytest.skip(f"no SciQ file at {SCIQ}: the evaluation data lives in ../shared/eval, outside the repo")
    out = tmp_path / "sciq.json"
    result = subprocess.run([sys.executable, str(SCRIPT), str(SCIQ), "--items", "5", "--json", str(out),
                             "--examples"],
                            capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "| quizgen | 5 |" in result.stdout and "| baseline: 3 random noun chunks | 5 |" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    ours = report["systems"]["quizgen"]
    assert ours["items"] == 5 and ours["variants"] == 0
    assert {"full", "same_kind", "p_at_1", "p_at_3"} <= ours.keys()
    assert len(report["examples"]) == 5 and all(len(e["ours"]) <= 3 for e in report["examples"])


def test_a_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "nope.json")],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2 and result.stderr.startswith("error: no SciQ file")
