"""The command line through click's CliRunner: options, output files, one-line errors, atomic writes."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner, Result

import quizgen
from quizgen import files
from quizgen.cli import main

DATA = Path(__file__).resolve().parent / "data"
SAMPLE_QUIZ = DATA / "sample-quiz.json"

WATER_CYCLE = """\
The Water Cycle and Earth's Climate

science

The water cycle is the continuous movement of water between the oceans, the atmosphere and the land. \
Evaporation is the process by which liquid water turns into water vapour when it is heated by the Sun. \
About 86 percent of global evaporation happens over the oceans, which cover roughly 71 percent of the \
planet's surface.

How Clouds Form

Condensation is the change of water vapour back into liquid droplets. When warm, moist air rises, it cools \
by about 10 degrees Celsius for every 1,000 metres of height, and the vapour condenses into clouds. In 1802, \
the English chemist Luke Howard proposed the cloud names that meteorologists still use today.

Measuring Rainfall

Precipitation falls as rain, snow, sleet or hail. The wettest place on Earth, Mawsynram in India, receives \
about 11,870 millimetres of rain each year. Scientists at the Met Office began keeping continuous weather \
records in 1854, and those records show that heavy rainfall has become more frequent since the 1960s.

Groundwater is water that fills the cracks and pores of rock beneath the surface. Because it moves slowly, \
a single drop can stay underground for more than 10,000 years before it returns to a river or the sea.
"""
WATER_TITLE = "The Water Cycle and Earth's Climate"

VOLCANOES_MD = """\
# Volcanoes of Iceland

Iceland has about 130 volcanoes, and Hekla is the most famous of them. A volcano is an opening in the \
crust through which molten rock escapes to the surface. Hekla erupted in 1104 and again in 1947.

## The Laki Eruption

The Laki eruption of 1783 lasted eight months. It killed about 20 percent of the population of Iceland, \
mostly through the famine that followed when poisonous gases destroyed the crops and the livestock.
"""

VOLCANOES_HTML = (
    "<!DOCTYPE html><html><head><title>Volcanoes of Iceland</title></head><body>"
    "<h1>Volcanoes of Iceland</h1>"
    "<p>Iceland has about 130 volcanoes. Hekla erupted in 1104 and again in 1947. "
    "A volcano is an opening in the crust through which molten rock escapes.</p>"
    "<p>The Laki eruption of 1783 lasted eight months and killed about 20 percent of the population.</p>"
    "</body></html>"
)

# A realistic Windows-1252 file: curly quotes (0x93 0x94) and an e-acute (0xe9).
CP1252 = (
    b"Caf\xe9 Culture and the \x93Third Place\x94\r\n\r\n"
    b"The sociologist Ray Oldenburg introduced the idea of a \x93third place\x94 in 1989. A third place is a "
    b"public setting, separate from home and work, where people meet regularly. The first coffee house in "
    b"London opened in 1652, and by 1700 the city had more than 500 of them.\r\n\r\n"
    b"In Paris, the Caf\xe9 Procope opened in 1686 and is often called the oldest caf\xe9 in the city. "
    b"About 40 percent of French adults say they visit a caf\xe9 at least once a week.\r\n"
)
CP1252_TITLE = "Caf\u00e9 Culture and the \u201cThird Place\u201d"


# -- helpers -----------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told not to
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:  # click >= 8.2 always keeps result.stdout and result.stderr apart
        return CliRunner()


def run(runner: CliRunner, *args: object, input: str | bytes | None = None) -> Result:
    return runner.invoke(main, [str(a) for a in args], input=input)


def assert_ok(result: Result) -> None:
    assert result.exit_code == 0, result.output
    assert result.exception is None, result.exception


def assert_one_line_error(result: Result, *needles: str, exit_code: int | None = None) -> str:
    """Exactly one line on stderr, "quizgen: error: ...", a non-zero exit and no traceback."""
    assert result.exit_code != 0, result.output
    if exit_code is not None:
        assert result.exit_code == exit_code, result.output
    # An exception other than SystemExit means it escaped the CLI: a user would see a traceback.
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("quizgen: error: "), lines[0]
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def facts_of(quiz: dict) -> set[tuple[str, int]]:
    """Which facts a quiz asks about: (answer, sentence offset), whatever the question type."""
    return {(q["fact"]["answer"], q["source"]["start"]) for q in quiz["questions"]}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file in a folder with its bytes, inode and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "src" / "the-water-cycle.txt"
    path.parent.mkdir()
    path.write_text(WATER_CYCLE, encoding="utf-8")
    return path


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if a test that should not need the model loads one."""
    import spacy

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("this test must not load a spaCy model")

    monkeypatch.setattr(spacy, "load", forbidden)


@pytest.fixture(scope="module")
def quiz(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """One default `generate` run on the water-cycle article, shared by the tests that only read it."""
    root = tmp_path_factory.mktemp("generated")
    source = root / "the-water-cycle.txt"
    source.write_text(WATER_CYCLE, encoding="utf-8")
    out = root / "out"
    result = CliRunner().invoke(main, ["generate", str(source), "-o", str(out)])
    assert_ok(result)
    folder = out / "the-water-cycle"
    return SimpleNamespace(result=result, source=source, out=out, folder=folder,
                           json=folder / "quiz.json", html=folder / "quiz.html")


# -- generate ------------------------------------------------------------------


@pytest.mark.model
def test_generate_writes_json_and_html_in_the_article_folder(quiz: SimpleNamespace) -> None:
    assert sorted(os.listdir(quiz.out)) == ["the-water-cycle"]
    assert sorted(os.listdir(quiz.folder)) == ["quiz.html", "quiz.json"]
    data = load(quiz.json)
    assert data["title"] == WATER_TITLE
    assert data["source"]["name"] == "the-water-cycle.txt"
    # Enough questions that "-n 3" below really limits something.
    assert len(data["questions"]) > 3
    html = quiz.html.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "The Water Cycle and Earth" in html
    assert f"{len(data['questions'])} questions" in quiz.result.stdout
    assert "quiz.json, quiz.html" in quiz.result.stdout


@pytest.mark.model
def test_generate_leaves_no_temporary_files(quiz: SimpleNamespace) -> None:
    assert sorted(os.listdir(quiz.folder)) == ["quiz.html", "quiz.json"]
    assert not list(quiz.out.rglob("*.tmp"))


@pytest.mark.model
def test_generate_json_only(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    result = run(runner, "generate", article, "-o", tmp_path / "out", "-f", "json")
    assert_ok(result)
    assert os.listdir(tmp_path / "out" / "the-water-cycle") == ["quiz.json"]
    assert "(quiz.json)" in result.stdout


@pytest.mark.model
def test_generate_count_limits_the_questions(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    result = run(runner, "generate", article, "-o", tmp_path, "-n", "3")
    assert_ok(result)
    data = load(tmp_path / "the-water-cycle" / "quiz.json")
    assert 1 <= len(data["questions"]) <= 3
    assert data["requested"] == 3


@pytest.mark.model
@pytest.mark.parametrize(
    "types, expected",
    [
        ("mc", {"multiple_choice"}),
        ("tf,fib", {"true_false", "fill_in_blank"}),
        ("short_answer", {"short_answer"}),
    ],
)
def test_generate_types_restrict_the_question_types(
    runner: CliRunner, article: Path, tmp_path: Path, types: str, expected: set[str]
) -> None:
    result = run(runner, "generate", article, "-o", tmp_path, "--types", types, "-f", "json")
    assert_ok(result)
    data = load(tmp_path / "the-water-cycle" / "quiz.json")
    assert data["questions"]
    assert {q["type"] for q in data["questions"]} <= expected
    assert set(data["options"]["types"]) == expected


@pytest.mark.model
def test_generate_seed_is_reproducible_and_keeps_the_facts(
    runner: CliRunner, quiz: SimpleNamespace, article: Path, tmp_path: Path
) -> None:
    for name in ("a", "b"):
        assert_ok(run(runner, "generate", article, "-o", tmp_path / name, "--seed", "5"))
    first, second = tmp_path / "a" / "the-water-cycle", tmp_path / "b" / "the-water-cycle"
    for filename in ("quiz.json", "quiz.html"):
        assert (first / filename).read_bytes() == (second / filename).read_bytes(), filename
    seeded, default = load(first / "quiz.json"), load(quiz.json)
    assert seeded["generator"]["seed"] == 5 and default["generator"]["seed"] == 0
    assert seeded["id"] != default["id"]
    assert facts_of(seeded) == facts_of(default)


@pytest.mark.model
def test_generate_title_option(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    result = run(runner, "generate", article, "-o", tmp_path, "--title", "Weather Week Quiz")
    assert_ok(result)
    folder = tmp_path / "the-water-cycle"  # the folder still comes from the file name
    assert load(folder / "quiz.json")["title"] == "Weather Week Quiz"
    assert "Weather Week Quiz" in (folder / "quiz.html").read_text(encoding="utf-8")


def test_version_through_python_m() -> None:
    done = subprocess.run([sys.executable, "-m", "quizgen", "--version"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"quizgen, version {quizgen.__version__}"


# -- other sources ---------------------------------------------------------------


@pytest.mark.model
def test_generate_from_stdin_takes_the_slug_from_the_title(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "generate", "-", "-o", tmp_path, "-f", "json", input=WATER_CYCLE)
    assert_ok(result)
    assert os.listdir(tmp_path) == ["the-water-cycle-and-earth-s-climate"]
    data = load(tmp_path / "the-water-cycle-and-earth-s-climate" / "quiz.json")
    assert data["title"] == WATER_TITLE
    assert data["source"]["name"] == "stdin"
    assert data["questions"]


@pytest.mark.model
def test_generate_sniffs_html_on_stdin(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "generate", "-", "-o", tmp_path, "-f", "json", input=VOLCANOES_HTML)
    assert_ok(result)
    assert os.listdir(tmp_path) == ["volcanoes-of-iceland"]
    data = load(tmp_path / "volcanoes-of-iceland" / "quiz.json")
    assert data["title"] == "Volcanoes of Iceland"
    assert data["questions"]
    for question in data["questions"]:  # read as text, the markup would leak into the questions
        assert "<" not in question["prompt"] and "<" not in question["source"]["sentence"]


@pytest.mark.model
def test_generate_from_a_folder_skips_readme_and_sources(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "the-water-cycle.txt").write_text(WATER_CYCLE, encoding="utf-8")
    (folder / "volcanoes-of-iceland.md").write_text(VOLCANOES_MD, encoding="utf-8")
    # Both would make (or fail to make) a quiz of their own if they were not skipped.
    (folder / "README.md").write_text(VOLCANOES_MD.replace("Iceland", "Hawaii"), encoding="utf-8")
    (folder / "SOURCES.md").write_text("# Sources\n\nThe water cycle text was written in 2024 for a class of 30.\n",
                                       encoding="utf-8")
    out = tmp_path / "out"
    result = run(runner, "generate", folder, "-o", out, "-f", "json")
    assert_ok(result)
    assert sorted(os.listdir(out)) == ["the-water-cycle", "volcanoes-of-iceland"]
    assert len(result.stdout.splitlines()) == 2
    assert load(out / "volcanoes-of-iceland" / "quiz.json")["questions"]


@pytest.mark.model
def test_generate_reads_cp1252(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "cafe-culture.txt"
    source.write_bytes(CP1252)
    result = run(runner, "generate", source, "-o", tmp_path / "out")
    assert_ok(result)
    folder = tmp_path / "out" / "cafe-culture"
    data = load(folder / "quiz.json")
    assert data["title"] == CP1252_TITLE
    assert data["questions"]
    assert "\ufffd" not in (folder / "quiz.json").read_text(encoding="utf-8")
    assert CP1252_TITLE in (folder / "quiz.html").read_text(encoding="utf-8")


# -- facts -----------------------------------------------------------------------


@pytest.mark.model
def test_facts_prints_a_table(runner: CliRunner, article: Path) -> None:
    result = run(runner, "facts", article)
    assert_ok(result)
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["salience", "kind", "answer", "statement"]
    assert rows
    salience, kind, *_ = rows[0].split()
    assert 0 < float(salience) <= 1
    assert kind in {"date", "duration", "quantity", "multiplier", "definition", "mechanism", "cause",
                    "membership", "comparison", "entity"}


@pytest.mark.model
def test_facts_json_lines(runner: CliRunner, article: Path) -> None:
    result = run(runner, "facts", "--json", article)
    assert_ok(result)
    lines = result.stdout.splitlines()
    assert lines
    text = WATER_CYCLE
    for line in lines:
        fact = json.loads(line)
        assert {"kind", "answer", "statement", "salience", "start", "end"} <= set(fact)
        assert fact["answer"] in fact["statement"]
        assert 0 <= fact["start"] < fact["end"] <= len(text)
    saliences = [json.loads(line)["salience"] for line in lines]
    assert saliences == sorted(saliences, reverse=True)  # best first


# -- validate ----------------------------------------------------------------------


@pytest.mark.model
def test_validate_accepts_a_generated_quiz(runner: CliRunner, quiz: SimpleNamespace) -> None:
    result = run(runner, "validate", quiz.json)
    assert_ok(result)
    count = len(load(quiz.json)["questions"])
    assert result.stdout == f"{quiz.json}: ok ({count} questions)\n"


def test_validate_accepts_the_sample_quiz(runner: CliRunner) -> None:
    result = run(runner, "validate", SAMPLE_QUIZ)
    assert_ok(result)
    assert result.stdout == f"{SAMPLE_QUIZ}: ok (4 questions)\n"


def _without_title(data: dict) -> None:
    del data["title"]


def _without_prompt(data: dict) -> None:
    del data["questions"][1]["prompt"]


def _two_correct(data: dict) -> None:
    choices = data["questions"][0]["choices"]
    next(c for c in choices if not c["correct"])["correct"] = True


@pytest.mark.parametrize(
    "breaks, expected",
    [
        (_without_title, "$: 'title' is a required property"),
        (_without_prompt, "$.questions[1]: 'prompt' is a required property"),
        (_two_correct, "$.questions[0].choices: multiple_choice needs exactly one correct choice, found 2"),
    ],
    ids=["no-title", "no-prompt", "two-correct"],
)
def test_validate_reports_the_json_path(runner: CliRunner, tmp_path: Path, breaks, expected: str) -> None:
    data = load(SAMPLE_QUIZ)
    assert data["questions"][0]["type"] == "multiple_choice"
    breaks(data)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    result = run(runner, "validate", SAMPLE_QUIZ, broken)
    assert result.exit_code == 1, result.output
    assert f"{broken}: {expected}" in result.stdout.splitlines()
    assert f"{SAMPLE_QUIZ}: ok (4 questions)" in result.stdout  # the good one is still checked
    assert "Traceback" not in result.output


def test_validate_non_json(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("{ this is not json", encoding="utf-8")
    assert_one_line_error(run(runner, "validate", path), str(path), "is not valid JSON")


def test_validate_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    assert_one_line_error(run(runner, "validate", path), f"no such file: {path}")


# -- convert and formats ------------------------------------------------------------


@pytest.mark.model
def test_convert_to_html_file_matches_generate(runner: CliRunner, quiz: SimpleNamespace, tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    result = run(runner, "convert", quiz.json, "--to", "html", "-o", target)
    assert_ok(result)
    assert result.stdout == ""
    assert target.read_bytes() == quiz.html.read_bytes()
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


@pytest.mark.model
def test_convert_to_json_round_trips(runner: CliRunner, quiz: SimpleNamespace) -> None:
    result = run(runner, "convert", quiz.json, "--to", "json")
    assert_ok(result)
    assert result.stdout_bytes == quiz.json.read_bytes()


def test_convert_sample_to_json_round_trips(runner: CliRunner) -> None:
    result = run(runner, "convert", SAMPLE_QUIZ, "--to", "json")
    assert_ok(result)
    assert result.stdout_bytes == SAMPLE_QUIZ.read_bytes()


def test_convert_to_an_unknown_format(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "quiz.pdf"
    result = run(runner, "convert", SAMPLE_QUIZ, "--to", "pdf", "-o", target)
    assert_one_line_error(result, "'pdf'", "json, html", exit_code=2)
    assert not target.exists()


def test_convert_refuses_an_invalid_quiz(runner: CliRunner, tmp_path: Path) -> None:
    data = load(SAMPLE_QUIZ)
    _two_correct(data)
    broken, target = tmp_path / "broken.json", tmp_path / "quiz.html"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert_one_line_error(run(runner, "convert", broken, "--to", "html", "-o", target),
                          "invalid quiz", "$.questions[0].choices")
    assert not target.exists()


def test_formats_lists_json_and_html(runner: CliRunner) -> None:
    result = run(runner, "formats")
    assert_ok(result)
    rows = [line.split()[:2] for line in result.stdout.splitlines()]
    assert ["json", "quiz.json"] in rows and ["html", "quiz.html"] in rows


# -- errors: one line, never a traceback --------------------------------------------------


def _write(name: str, data: bytes):
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return make


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "no-such-article.txt"


def _empty_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    (folder / "README.md").write_text("# Readme\n\nNot an article.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "make, needles, exit_code",
    [
        (_missing, ["no such file:", "no-such-article.txt"], 1),
        (_write("empty.txt", b""), ["empty.txt is empty"], 1),
        (_write("blank.txt", b"  \n\t \r\n\xc2\xa0\n"), ["blank.txt is empty"], 1),
        (_write("data.txt", b"PK\x03\x04\x14\x00\x00\x00binary\x00\x00data" * 20), ["data.txt", "binary"], 1),
        (_write("paper.pdf", b"%PDF-1.7 A real article would be here."), ["paper.pdf", ".txt", ".html"], 1),
        (_empty_folder, ["no article files"], 1),
    ],
    ids=["missing", "empty", "whitespace", "binary", "pdf-suffix", "empty-folder"],
)
def test_unreadable_sources(runner: CliRunner, tmp_path: Path, no_model: None, make, needles, exit_code) -> None:
    out = tmp_path / "out"
    result = run(runner, "generate", make(tmp_path), "-o", out)
    assert_one_line_error(result, *needles, exit_code=exit_code)
    assert result.stdout == ""
    assert not out.exists()


BAD_OPTIONS = [
    (["-f", "json,pdf"], ["unknown format 'pdf'", "json, html"], 2),
    (["--format", ","], ["--format names no format"], 2),
    (["--types", "mc,essay"], ["unknown question type 'essay'", "multiple_choice"], 2),
    (["-n", "0"], ["-n/--count", "0"], 2),
    (["-n", "201"], ["-n/--count", "201"], 2),
    (["--model", "no_such_model_xyz"], ["no_such_model_xyz"], 3),
]
BAD_IDS = ["format", "no-format", "types", "count-0", "count-201", "model"]


@pytest.mark.parametrize("args, needles, exit_code", BAD_OPTIONS, ids=BAD_IDS)
def test_bad_options(runner: CliRunner, article: Path, tmp_path: Path, no_model: None,
                     args: list[str], needles: list[str], exit_code: int) -> None:
    out = tmp_path / "out"
    result = run(runner, "generate", article, "-o", out, *args)
    assert_one_line_error(result, *needles, exit_code=exit_code)
    assert result.stdout == ""
    assert not out.exists()


@pytest.mark.parametrize("command", [["facts"], ["facts", "--json"], ["convert", "--to", "html"], ["validate"]])
def test_other_commands_report_a_missing_file(runner: CliRunner, tmp_path: Path, no_model: None,
                                              command: list[str]) -> None:
    path = tmp_path / "gone.txt"
    assert_one_line_error(run(runner, *command[:1], path, *command[1:]), "no such file", "gone.txt")


# -- atomic writes: nothing lost ------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("args, needles, exit_code", BAD_OPTIONS, ids=BAD_IDS)
def test_a_failed_rerun_keeps_the_earlier_output(runner: CliRunner, quiz: SimpleNamespace, tmp_path: Path,
                                                  args: list[str], needles: list[str], exit_code: int) -> None:
    out = tmp_path / "out"
    shutil.copytree(quiz.out, out)
    before = snapshot(out / "the-water-cycle")
    # A different seed, so that a write before the error would change the bytes, not just the inode.
    result = run(runner, "generate", quiz.source, "-o", out, "--seed", "9", *args)
    assert_one_line_error(result, *needles, exit_code=exit_code)
    assert snapshot(out / "the-water-cycle") == before


@pytest.mark.model
def test_a_failed_write_keeps_the_earlier_output(runner: CliRunner, quiz: SimpleNamespace, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    shutil.copytree(quiz.out, out)
    before = snapshot(out / "the-water-cycle")

    def disk_full(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device", src, None, str(dst))  # as os.replace reports it

    monkeypatch.setattr(files.os, "replace", disk_full)
    result = run(runner, "generate", quiz.source, "-o", out, "--seed", "9")
    assert_one_line_error(result, "No space left on device", exit_code=1)
    assert snapshot(out / "the-water-cycle") == before  # no half-written file, no leftover .tmp


def test_write_atomic_writes_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "quiz.json"
    files.write_atomic(path, "first\n")
    files.write_atomic(path, "second\r\nline\n")
    assert path.read_bytes() == b"second\r\nline\n"  # written as given, no newline translation
    assert os.listdir(path.parent) == ["quiz.json"]


@pytest.mark.parametrize(
    "text, patch_replace",
    [("new text\n", True), ("a lone surrogate \ud800 cannot be encoded\n", False)],
    ids=["replace-fails", "encode-fails"],
)
def test_write_atomic_keeps_the_old_file_when_the_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, patch_replace: bool
) -> None:
    path = tmp_path / "quiz.json"
    path.write_text("old text\n", encoding="utf-8")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error", str(dst))

    if patch_replace:
        monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises((OSError, UnicodeEncodeError)):
        files.write_atomic(path, text)
    assert path.read_text(encoding="utf-8") == "old text\n"
    assert os.listdir(tmp_path) == ["quiz.json"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_write_atomic_honours_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    path = tmp_path / "quiz.html"
    old = os.umask(umask)
    try:
        files.write_atomic(path, "<!DOCTYPE html>\n")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == mode



@pytest.mark.parametrize(
    "args",
    [["generate"], ["generate", "x.txt", "--seed", "abc"], ["no-such-command"], ["convert", "q.json"]],
)
def test_click_usage_errors_are_one_line_too(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    lines = [line for line in (result.stderr or result.output).splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("quizgen: error:"), lines


def test_lint_reports_each_violation(tmp_path: Path) -> None:
    import json as _json

    data = _json.loads((Path(__file__).parent / "data" / "sample-quiz.json").read_text(encoding="utf-8"))
    ok = CliRunner().invoke(main, ["lint", str(Path(__file__).parent / "data" / "sample-quiz.json")])
    assert ok.exit_code == 0 and "ok (4 questions)" in ok.output
    data["questions"][0]["prompt"] = "however, in what decade did it gain popularity"
    bad = tmp_path / "bad.json"
    bad.write_text(_json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(bad)])
    assert result.exit_code == 1
    out = result.output
    assert "capital letter" in out and "end with one '?'" in out and "pronoun" in out


def test_validate_checks_the_contract_and_lint_the_rubric_too(tmp_path: Path) -> None:
    import json as _json

    data = _json.loads((Path(__file__).parent / "data" / "sample-quiz.json").read_text(encoding="utf-8"))
    data["questions"][0]["prompt"] = "however, in what decade did it gain popularity"  # valid JSON, poor question
    path = tmp_path / "edited.json"
    path.write_text(_json.dumps(data), encoding="utf-8")
    assert CliRunner().invoke(main, ["validate", str(path)]).exit_code == 0
    assert CliRunner().invoke(main, ["lint", str(path)]).exit_code == 1


def test_a_fault_of_quizgen_is_one_line_and_code_70(runner: CliRunner, article: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise ValueError("substring not found")

    monkeypatch.setattr("quizgen.cli.build_quiz", broken)
    result = runner.invoke(main, ["generate", str(article), "-o", str(tmp_path / "out")])
    assert result.exit_code == 70
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == ["quizgen: internal error (ValueError: substring not found); please report it with the input"]
    assert "Traceback" not in result.output
