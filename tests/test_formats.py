"""The renderer table and the LMS formats through the CLI: files, bytes, warnings, golden output.

Golden files live in tests/data/golden/ (the sample quiz in each format; a
zip package as the folder of its files). After an intended change, rewrite
them with ``QUIZGEN_UPDATE_GOLDEN=1 python -m pytest tests/test_formats.py``
and review the diff.
"""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from format_validators import zip_members
from quizgen import cli
from quizgen.cli import main, parse_formats
from quizgen.errors import UsageError
from quizgen.render import FORMATS, get_format

DATA = Path(__file__).resolve().parent / "data"
SAMPLE_QUIZ = DATA / "sample-quiz.json"
GOLDEN = DATA / "golden"
UPDATE = bool(os.environ.get("QUIZGEN_UPDATE_GOLDEN"))
LMS_FORMATS = ["qti21", "qti12", "moodle", "gift", "h5p", "aiken", "csv"]
BINARY = {"qti21", "qti12", "h5p"}


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def run(*args: object, input: str | None = None) -> Result:
    try:  # click < 8.2 mixes stderr into stdout unless told not to
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args], input=input)


def stderr_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# -- the table ----------------------------------------------------------------------


def test_the_table_holds_every_format_in_order() -> None:
    assert list(FORMATS) == ["json", "html", *LMS_FORMATS]
    assert {name for name, fmt in FORMATS.items() if fmt.binary} == BINARY
    assert len({fmt.filename for fmt in FORMATS.values()}) == len(FORMATS)


@pytest.mark.parametrize("name", LMS_FORMATS)
def test_each_format_renders_the_type_it_declares(name: str) -> None:
    fmt = FORMATS[name]
    content = fmt.render(load(SAMPLE_QUIZ))
    assert isinstance(content, bytes if fmt.binary else str)
    if fmt.binary:
        assert zipfile.is_zipfile(io.BytesIO(content))


def test_a_miss_names_the_valid_formats() -> None:
    with pytest.raises(UsageError, match="choose from: json, html, qti21, qti12, moodle, gift, h5p, aiken, csv"):
        get_format("qti")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("gift", ["gift"]),
        ("QTI21, h5p,qti21", ["qti21", "h5p"]),
        ("all", list(FORMATS)),
        ("csv,all", ["csv", *[f for f in FORMATS if f != "csv"]]),
    ],
)
def test_parse_formats(value: str, expected: list[str]) -> None:
    assert parse_formats(value) == expected


def test_formats_command_lists_every_format() -> None:
    result = run("formats")
    assert result.exit_code == 0, result.output
    rows = [line.split()[:2] for line in result.stdout.splitlines()]
    assert rows == [[f.name, f.filename] for f in FORMATS.values()]


# -- same quiz, same bytes ------------------------------------------------------------


@pytest.mark.parametrize("name", LMS_FORMATS)
def test_rendering_is_byte_identical(name: str) -> None:
    quiz = load(SAMPLE_QUIZ)
    assert FORMATS[name].render(quiz) == FORMATS[name].render(json.loads(json.dumps(quiz)))


@pytest.mark.parametrize("name", sorted(BINARY))
def test_zip_packages_are_reproducible(name: str) -> None:
    with zipfile.ZipFile(io.BytesIO(FORMATS[name].render(load(SAMPLE_QUIZ)))) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.create_system == 3
        assert info.external_attr >> 16 in (0o100644, 0o40755)


# -- golden files -----------------------------------------------------------------------


def _golden_text(path: Path, actual: bytes) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual)
    assert path.exists(), f"no golden file {path}: run with QUIZGEN_UPDATE_GOLDEN=1"
    assert actual == path.read_bytes(), f"{path} differs: rerun with QUIZGEN_UPDATE_GOLDEN=1 and review the diff"


@pytest.mark.parametrize("name", LMS_FORMATS)
def test_sample_quiz_matches_the_golden_files(name: str) -> None:
    fmt = FORMATS[name]
    content = fmt.render(load(SAMPLE_QUIZ))
    if not fmt.binary:
        _golden_text(GOLDEN / f"sample.{fmt.filename.removeprefix('quiz.')}", content.encode("utf-8"))
        return
    folder = GOLDEN / f"sample.{name}"
    members = {n: data for n, data in zip_members(content).items() if not n.endswith("/")}
    if UPDATE and folder.exists():
        for old in sorted(folder.rglob("*"), reverse=True):
            old.unlink() if old.is_file() else old.rmdir()
    for member, data in members.items():
        _golden_text(folder / member, data)
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) == sorted(members)


# -- convert ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", LMS_FORMATS)
def test_convert_writes_each_format_to_a_file(name: str, tmp_path: Path) -> None:
    fmt = FORMATS[name]
    target = tmp_path / "out" / fmt.filename
    result = run("convert", SAMPLE_QUIZ, "--to", name, "-o", target)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    expected = fmt.render(load(SAMPLE_QUIZ))
    assert target.read_bytes() == (expected if fmt.binary else expected.encode("utf-8"))
    assert os.listdir(target.parent) == [fmt.filename]  # written atomically: no temporary file left
    assert stderr_lines(result) == [f"quizgen: warning: {w}" for w in fmt.warnings(load(SAMPLE_QUIZ))]


@pytest.mark.parametrize("name", sorted(BINARY))
def test_convert_writes_a_package_to_a_pipe(name: str) -> None:
    result = run("convert", SAMPLE_QUIZ, "--to", name)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == FORMATS[name].render(load(SAMPLE_QUIZ))


def test_convert_will_not_write_a_package_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_stdout_is_terminal", lambda: True)
    result = run("convert", SAMPLE_QUIZ, "--to", "qti21")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["quizgen: error: qti21 is a zip package; write it to a file with -o quiz.qti21.zip"]
    assert result.stdout_bytes == b""


def test_convert_reports_what_a_format_loses() -> None:
    result = run("convert", SAMPLE_QUIZ, "--to", "aiken")
    assert result.exit_code == 0, result.output
    assert stderr_lines(result) == [
        "quizgen: warning: aiken: skipped 2 questions that Aiken cannot hold (1 fill in the blank, "
        "1 short answer); it holds multiple choice and true/false only",
        "quizgen: warning: aiken: the explanations and source citations of 2 questions are not carried; "
        "see docs/formats.md",
    ]
    assert result.stdout.count("ANSWER:") == 2


@pytest.mark.parametrize("name, warned", [("json", False), ("csv", False), ("qti21", False), ("gift", True),
                                          ("moodle", True), ("qti12", True), ("h5p", True)])
def test_only_formats_that_drop_the_citation_warn_about_it(name: str, warned: bool) -> None:
    warnings = FORMATS[name].warnings(load(SAMPLE_QUIZ))
    assert bool(warnings) == warned
    assert all(w.startswith(f"{name}: the source citations of 4 questions are not carried") for w in warnings)


def test_a_quiz_a_format_cannot_hold_is_a_one_line_error(tmp_path: Path) -> None:
    quiz = load(SAMPLE_QUIZ)
    quiz["questions"] = []
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps(quiz), encoding="utf-8")
    target = tmp_path / "quiz.h5p"
    result = run("convert", empty, "--to", "h5p", "-o", target)
    assert result.exit_code == 1
    assert stderr_lines(result) == ["quizgen: error: h5p: the quiz has no questions, and an H5P Question Set "
                                    "needs at least one"]
    assert not target.exists()
    assert run("convert", empty, "--to", "gift").exit_code == 0


def test_convert_validates_a_hand_edited_quiz_first(tmp_path: Path) -> None:
    quiz = load(SAMPLE_QUIZ)
    quiz["questions"][2]["answer"]["accepted"] = []
    broken = tmp_path / "edited.json"
    broken.write_text(json.dumps(quiz), encoding="utf-8")
    result = run("convert", broken, "--to", "qti21", "-o", tmp_path / "quiz.zip")
    assert result.exit_code == 1
    assert len(stderr_lines(result)) == 1 and "invalid quiz" in result.stderr
    assert not (tmp_path / "quiz.zip").exists()


def test_text_that_xml_cannot_hold_is_dropped_not_fatal() -> None:
    quiz = load(SAMPLE_QUIZ)
    quiz["questions"][0]["prompt"] = "In what decade\x0b did ketamine\x00 gain popularity?"
    for name in LMS_FORMATS:
        content = FORMATS[name].render(quiz)
        text = content if isinstance(content, str) else b"".join(zip_members(content).values()).decode("utf-8")
        assert "\x0b" not in text and "\x00" not in text
        assert "In what decade did ketamine gain popularity?" in text, name


# -- generate -------------------------------------------------------------------------------

ARTICLE = """\
The Water Cycle

The water cycle is the continuous movement of water between the oceans, the atmosphere and the land. \
Evaporation is the process by which liquid water turns into water vapour when it is heated by the Sun. \
About 86 percent of global evaporation happens over the oceans, which cover roughly 71 percent of the \
planet's surface. In 1802, the English chemist Luke Howard proposed the cloud names that meteorologists \
still use today. The wettest place on Earth, Mawsynram in India, receives about 11,870 millimetres of rain \
each year.
"""


@pytest.mark.model
def test_generate_writes_every_format(tmp_path: Path) -> None:
    source = tmp_path / "water.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run("generate", source, "-o", out, "-f", "all")
    assert result.exit_code == 0, result.output
    folder = out / "water"
    assert sorted(os.listdir(folder)) == sorted(f.filename for f in FORMATS.values())
    quiz = load(folder / "quiz.json")
    for name in BINARY:
        assert (folder / FORMATS[name].filename).read_bytes() == FORMATS[name].render(quiz)
    for name in set(LMS_FORMATS) - BINARY:
        assert (folder / FORMATS[name].filename).read_bytes().decode("utf-8") == FORMATS[name].render(quiz)
    warnings = [line.strip() for line in stderr_lines(result) if "warning:" in line]
    assert warnings == [f"warning: {w}" for f in FORMATS.values() for w in f.warnings(quiz)]
    assert f"({', '.join(f.filename for f in FORMATS.values())})" in result.stdout
