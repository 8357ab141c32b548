"""The command line: parse options, call the pipeline, write files, turn errors into one line."""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any, Callable

import click

from . import __version__
from .errors import QuizgenError, UsageError
from .files import write_atomic
from .pipeline import DEFAULT_COUNT, Options, build_quiz, facts_of
from .quality import check_quiz as lint_quiz
from .readers import ReadError, iter_sources, looks_like_html, read_bytes, read_path
from .render import FORMATS, get_format
from .types import QUESTION_TYPES, Article, quiz_to_dict
from .validate import check_quiz, validate_quiz

TYPE_ALIASES = {"mc": "multiple_choice", "tf": "true_false", "fib": "fill_in_blank", "blank": "fill_in_blank",
                "sa": "short_answer", "short": "short_answer"}
MAX_COUNT = 200


def parse_types(value: str) -> tuple[str, ...]:
    """"mc,tf" or "multiple_choice,true_false" -> the question types, in the given order."""
    out = []
    for raw in filter(None, (v.strip().lower() for v in value.split(","))):
        name = TYPE_ALIASES.get(raw, raw)
        if name not in QUESTION_TYPES:
            valid = ", ".join(QUESTION_TYPES + tuple(TYPE_ALIASES))
            raise UsageError(f"unknown question type {raw!r}; choose from: {valid}")
        if name not in out:
            out.append(name)
    if not out:
        raise UsageError("--types names no question type")
    return tuple(out)


def parse_formats(value: str) -> list[str]:
    """"json,gift" -> the format names, in the given order; "all" stands for every format."""
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    if not names:
        raise UsageError("--format names no format")
    expanded = [f for n in names for f in (FORMATS if n == "all" else [n])]
    return [get_format(n).name for n in dict.fromkeys(expanded)]


def slug(text: str) -> str:
    """A folder name for an article: lower case, ASCII letters, digits and dashes."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:60].strip("-") or "quiz"


def _read(source: str) -> tuple[Article, str]:
    if source == "-":
        data = sys.stdin.buffer.read()
        fmt = "html" if looks_like_html(data) else "txt"
        article = read_bytes(data, name="stdin", format=fmt)
        return article, slug(article.title)
    path = Path(source)
    return read_path(path), slug(path.stem)


def _run(action: Callable[[], Any]) -> Any:
    """Run a command body; any error becomes one line on stderr and an exit code."""
    try:
        return action()
    except QuizgenError as exc:
        click.echo(f"quizgen: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:
        click.echo(f"quizgen: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), err=True)
        sys.exit(1)
    except BrokenPipeError:  # "quizgen facts x | head": the reader left; that is not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep Python from complaining at exit
        sys.exit(0)
    except KeyboardInterrupt:
        click.echo("quizgen: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - a bug of quizgen's: one line and a code, never a traceback
        click.echo(f"quizgen: internal error ({type(exc).__name__}: {exc}); please report it with the input",
                   err=True)
        sys.exit(70)


class OneLineErrors(click.Group):
    """Click's usage errors as one line too ("quizgen: error: …"), like every other error."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # noqa: D102
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"quizgen: error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("quizgen: interrupted", err=True)
            sys.exit(130)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quizgen")
def main() -> None:
    """Turn educational articles into quizzes: HTML for the class, JSON for the LMS."""


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "output", default="output", show_default=True,
              help="Folder for the quizzes; each article gets <folder>/<article-slug>/.")
@click.option("-f", "--format", "formats", default="json,html", show_default=True,
              help=f"Comma-separated output formats: {', '.join(FORMATS)} (or all).")
# A plain int checked in the body: click's IntRange error would be three lines, not one.
@click.option("-n", "--count", default=DEFAULT_COUNT, show_default=True, type=int,
              help=f"How many questions to ask, 1-{MAX_COUNT} (fewer when the article has fewer good facts).")
@click.option("-t", "--types", default=",".join(QUESTION_TYPES), show_default=True,
              help="Comma-separated question types (mc, tf, fib, sa or their full names).")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed for option order and choices.")
@click.option("--title", default=None, help="Quiz title (default: the article's title).")
@click.option("--model", default=None, help="spaCy pipeline to load (default: en_core_web_sm).")
def generate(sources: tuple[str, ...], output: str, formats: str, count: int, types: str,
             seed: int, title: str | None, model: str | None) -> None:
    """Generate a quiz from each SOURCE (a .txt/.md/.html file, a folder, or - for stdin)."""

    def body() -> None:
        if not 1 <= count <= MAX_COUNT:
            raise UsageError(f"-n/--count must be between 1 and {MAX_COUNT}, not {count}")
        options = Options(count=count, types=parse_types(types), seed=seed, title=title, model=model)
        chosen = parse_formats(formats)
        paths = iter_sources(sources)
        if not paths:
            raise ReadError("no article files (.txt, .md, .html) found in " + ", ".join(sources))
        show = len(paths) > 1 and sys.stderr.isatty()
        with click.progressbar(paths, label="Generating quizzes", file=sys.stderr, hidden=not show,
                               item_show_func=lambda p: str(p) if p else None) as bar:
            for path in bar:
                _generate_one(str(path), Path(output), chosen, options)

    _run(body)


def _generate_one(source: str, output: Path, formats: list[str], options: Options) -> None:
    article, name = _read(source)
    quiz = quiz_to_dict(build_quiz(article, options))
    check_quiz(quiz)  # never write a quiz that breaks its own schema
    # Render everything before writing anything: a format that fails leaves no file changed.
    rendered = {FORMATS[f].filename: FORMATS[f].render(quiz) for f in formats}
    warnings = [w for f in formats for w in FORMATS[f].warnings(quiz)]
    folder = output / name
    for filename, content in rendered.items():
        write_atomic(folder / filename, content)
    shown = len(quiz["questions"])
    click.echo(f"{source}: {shown} questions -> {folder}/ ({', '.join(rendered)})")
    for note in quiz["notes"]:
        click.echo(f"  note: {note}", err=True)
    for warning in warnings:
        click.echo(f"  warning: {warning}", err=True)


@main.command()
@click.argument("source")
@click.option("--model", default=None, help="spaCy pipeline to load (default: en_core_web_sm).")
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON lines.")
def facts(source: str, model: str | None, as_json: bool) -> None:
    """Show the facts found in SOURCE, best first: why each question was asked."""

    def body() -> None:
        article, _ = _read(source)
        found = facts_of(article, model=model)
        if as_json:
            for f in found:
                click.echo(json.dumps({"kind": f.kind, "answer": f.answer, "answer_type": f.answer_type,
                                       "salience": f.salience, "question": f.question,
                                       "statement": f.statement, "start": f.start, "end": f.end,
                                       "section": f.section}, ensure_ascii=False))
            return
        click.echo(f"{'salience':>8}  {'kind':<10}  {'answer':<28}  statement")
        for f in found:
            answer = f.answer if len(f.answer) <= 28 else f.answer[:27] + "…"
            click.echo(f"{f.salience:>8.2f}  {f.kind:<10}  {answer:<28}  {f.statement}")

    _run(body)


@main.command()
@click.argument("source")
@click.option("-a", "--answer", required=True, help="The answer, exactly as the article writes it.")
@click.option("--occurrence", type=click.IntRange(min=1), default=1, show_default=True,
              help="Which occurrence of the answer in the article to ask about.")
@click.option("--model", default=None, help="spaCy pipeline to load (default: en_core_web_sm).")
def ask(source: str, answer: str, occurrence: int, model: str | None) -> None:
    """Write the question whose answer is ANSWER, as SOURCE states it.

    Prints one question, or says why none is written (exit 1): quizgen
    writes no question that fails the quality rubric.
    """
    from .api import ask as ask_question

    def body() -> None:
        article, _ = _read(source)
        wanted = answer.strip()
        if not wanted:
            raise UsageError("--answer is empty")
        seen = 0
        for para in article.paragraphs:
            for found in re.finditer(re.escape(wanted), para.text):
                seen += 1
                if seen == occurrence:
                    question = ask_question(para.text, found.start(), found.end(), title=article.title, model=model)
                    if question is None:
                        raise QuizgenError(f"no question passes the rubric for {wanted!r} in that sentence "
                                           f"(try another occurrence, or a whole phrase)")
                    click.echo(question)
                    return
        where = f"occurs {seen} time{'s' if seen != 1 else ''}" if seen else "does not occur"
        raise UsageError(f"the answer {wanted!r} {where} in {source}" +
                         (f"; there is no occurrence {occurrence}" if seen else ""))

    _run(body)


def _load_quiz(path: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReadError(f"no such file: {path}") from None
    except UnicodeDecodeError:
        raise ReadError(f"{path} is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict):
        raise ReadError(f"{path} is not a quiz: the top level is not an object")
    return data


def _check_files(paths: tuple[str, ...], *, rubric: bool) -> None:
    """Print each problem of each quiz file, one per line; exit 1 when any file has one."""

    def body() -> int:
        failed = 0
        for path in paths:
            data = _load_quiz(path)
            problems = validate_quiz(data)  # the rubric needs the structure the schema promises
            if rubric and not problems:
                problems = lint_quiz(data)
            for p in problems:
                click.echo(f"{path}: {p}")
            failed += bool(problems)
            if not problems:
                click.echo(f"{path}: ok ({len(data.get('questions', []))} questions)")
        return failed

    if _run(body):
        sys.exit(1)


@main.command()
@click.argument("quizzes", nargs=-1, required=True)
def validate(quizzes: tuple[str, ...]) -> None:
    """Check quiz JSON files against schema 1.0: will an LMS import them?"""
    _check_files(quizzes, rubric=False)


@main.command()
@click.argument("quizzes", nargs=-1, required=True)
def lint(quizzes: tuple[str, ...]) -> None:
    """Schema 1.0 and every quality-rubric violation, one per line (hand-edited quizzes too)."""
    _check_files(quizzes, rubric=True)


@main.command()
@click.argument("quiz")
@click.option("--to", "to", required=True, help=f"Target format: {', '.join(FORMATS)}.")
@click.option("-o", "--output", "output", default=None, help="File to write (default: standard output).")
def convert(quiz: str, to: str, output: str | None) -> None:
    """Render a quiz JSON file (generated or edited by hand) to another format."""

    def body() -> None:
        fmt = get_format(to)
        if fmt.binary and not output and _stdout_is_terminal():
            raise UsageError(f"{fmt.name} is a zip package; write it to a file with -o {fmt.filename}")
        data = _load_quiz(quiz)
        check_quiz(data)
        content = fmt.render(data)
        if output:
            write_atomic(Path(output), content)
        elif isinstance(content, bytes):
            click.echo(content, nl=False)  # click writes bytes to the binary stream underneath
        else:
            click.echo(content, nl=False)
        for warning in fmt.warnings(data):
            click.echo(f"quizgen: warning: {warning}", err=True)

    _run(body)


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


@main.command()
def formats() -> None:
    """List the output formats."""
    for fmt in FORMATS.values():
        click.echo(f"{fmt.name:<8} {fmt.filename:<16} {fmt.description}")


if __name__ == "__main__":  # pragma: no cover
    main()
