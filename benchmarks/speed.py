"""Speed benchmark: what quizgen costs on top of bare spaCy parsing, as ratios measured in one process.

    python benchmarks/speed.py [PATHS...] [--repeat N] [--json OUT] [--stages] [--clock {wall,cpu}]
                               [--squad PATH [--squad-paragraphs K]]

Every figure is a median over repeats of a run over all texts of a corpus, and
every ratio divides by the bare spaCy parse of the same texts timed in the same
repeat, so the numbers travel between machines far better than seconds do.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence, TypeVar

import spacy

import quizgen
from quizgen.errors import QuizgenError
from quizgen.distract import clear_caches
from quizgen.extract import extract_facts, extract_terms, parse_title
from quizgen.generate import Context, generate_questions
from quizgen.nlp import _load, analyse, load_model, model_label
from quizgen.pipeline import Options, build_quiz
from quizgen.readers import ReadError, iter_sources, read_bytes, read_path
from quizgen.render import FORMATS
from quizgen.select import select_questions
from quizgen.types import Article, Quiz, quiz_to_dict

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = ROOT / "source_texts"
OPTIONS = Options(count=10)
RENDERED = ("json", "html")
# The stages of quizgen.pipeline.build_quiz, in order; building the Context's sentence list is
# counted with extract_terms, since both walk the parsed docs once more.
STAGES = ("analyse", "extract_facts", "extract_terms", "generate_questions", "select_questions")

# wall: time.perf_counter, what a user waits for. cpu: time.process_time, this process's CPU
# seconds (all its threads), far less moved by other programs on a shared machine.
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}
NOISY = 0.15  # spread of repeats above which the report says the figures are unreliable

T = TypeVar("T")


@dataclass(frozen=True)
class Corpus:
    """A named list of articles timed together."""

    name: str
    articles: tuple[Article, ...]
    skipped: int = 0

    @property
    def characters(self) -> int:
        return sum(len(p.text) for a in self.articles for p in a.paragraphs)

    @property
    def words(self) -> int:
        return sum(len(p.text.split()) for a in self.articles for p in a.paragraphs)


@dataclass
class Runs:
    """Seconds of every repeat, by measurement name, read from ``clock``."""

    clock: Callable[[], float] = time.perf_counter
    seconds: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.seconds.setdefault(name, []).append(value)

    def median(self, name: str) -> float:
        return statistics.median(self.seconds[name])

    def spread(self, name: str) -> float:
        """(slowest - fastest) / median: large when something else was using the CPUs."""
        values = self.seconds[name]
        return (max(values) - min(values)) / statistics.median(values)


# ---- reading -------------------------------------------------------------------------------


def read_corpus(paths: Sequence[str]) -> Corpus:
    """The articles at ``paths`` (files or folders; "-" is stdin), or those of source_texts/."""
    sources = iter_sources(paths or [str(DEFAULT_SOURCES)])
    if not sources:
        raise ReadError("no article files (.txt, .md, .html) found in " + ", ".join(paths or [str(DEFAULT_SOURCES)]))
    articles = [
        read_bytes(sys.stdin.buffer.read(), name="stdin") if str(path) == "-" else read_path(path)
        for path in sources
    ]
    return Corpus("source_texts" if not paths else "articles", tuple(articles))


def read_squad(path: str, limit: int) -> Corpus:
    """The first ``limit`` paragraph contexts of a SQuAD-format JSON file, one Article each."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        contexts = [
            (entry.get("title", "squad"), n, paragraph["context"])
            for entry in data["data"]
            for n, paragraph in enumerate(entry["paragraphs"])
        ]
    except FileNotFoundError:
        raise ReadError(f"no such file: {path}") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ReadError(f"{path} is not SQuAD-format JSON: {error}") from None
    articles: list[Article] = []
    skipped = 0
    for title, n, context in contexts[:limit]:
        try:
            articles.append(read_bytes(context.encode(), name=f"{title}#{n}", format="txt"))
        except ReadError:
            skipped += 1  # e.g. an empty context: nothing to time
    return Corpus("squad", tuple(articles), skipped)


# ---- the three measurements ----------------------------------------------------------------


def timed(work: Callable[[], T], clock: Callable[[], float]) -> tuple[float, T]:
    """Seconds ``work`` takes, and what it returns; garbage from earlier work is collected first."""
    gc.collect()
    start = clock()
    result = work()
    return clock() - start, result


def parse_only(nlp: "Language", articles: Sequence[Article]) -> None:
    """(a) the baseline: bare spaCy parsing, paragraph by paragraph as quizgen parses."""
    for article in articles:
        list(nlp.pipe(p.text for p in article.paragraphs))


def quizzes(articles: Sequence[Article]) -> list[Quiz]:
    """(b) the whole pipeline, which parses again and then extracts, generates and selects."""
    return [build_quiz(article, OPTIONS) for article in articles]


def render_all(built: Sequence[Quiz]) -> None:
    """(c) what the CLI does with a quiz: its JSON dict, then every rendered format."""
    for quiz in built:
        data = quiz_to_dict(quiz)
        for name in RENDERED:
            FORMATS[name].render(data)


def staged(nlp: "Language", articles: Sequence[Article], runs: Runs) -> list[tuple[str, ...]]:
    """The stages of build_quiz called one by one, each timed; the question ids each article gets."""
    totals = dict.fromkeys(STAGES, 0.0)
    picked: list[tuple[str, ...]] = []
    gc.collect()
    for article in articles:
        clear_caches()  # as build_quiz does: each article starts cold
        last = runs.clock()

        def lap(stage: str) -> None:
            nonlocal last
            now = runs.clock()
            totals[stage] += now - last
            last = now

        docs = analyse(article, nlp)
        lap("analyse")
        facts = extract_facts(article, docs, title_doc=parse_title(nlp, article.title))
        lap("extract_facts")
        sentences = tuple(s.text for doc in docs for s in doc.sents)
        ctx = Context(article.sha256, extract_terms(docs), sentences, tuple(h.text for h in article.headings))
        lap("extract_terms")
        rng = random.Random(OPTIONS.seed)
        candidates = [q for fact in facts for q in generate_questions(fact, ctx, types=OPTIONS.types, rng=rng)]
        lap("generate_questions")
        questions, _ = select_questions(candidates, count=OPTIONS.count, types=OPTIONS.types, rng=rng)
        lap("select_questions")
        picked.append(tuple(q.id for q in questions))
    for stage, seconds in totals.items():
        runs.add(stage, seconds)
    return picked


def measure(nlp: "Language", corpus: Corpus, *, repeat: int, stages: bool,
            clock: Callable[[], float]) -> tuple[Runs, list[Quiz], bool]:
    """Warm up once, then time every measurement ``repeat`` times on the same articles."""
    articles = corpus.articles
    parse_only(nlp, articles)  # warm-up: lazy imports, vocabulary strings, compiled templates
    render_all(quizzes(articles))
    runs = Runs(clock)
    built: list[Quiz] = []
    same = True
    for _ in range(repeat):
        runs.add("baseline", timed(lambda: parse_only(nlp, articles), clock)[0])
        seconds, built = timed(lambda: quizzes(articles), clock)
        runs.add("quizgen", seconds)
        runs.add("render", timed(lambda: render_all(built), clock)[0])
        if stages:
            picked = staged(nlp, articles, runs)
            same = same and picked == [tuple(q.id for q in quiz.questions) for quiz in built]
    return runs, built, same


# ---- reporting -----------------------------------------------------------------------------


def environment(nlp: "Language") -> dict[str, Any]:
    """What the figures depend on besides the code; nothing time-of-day related."""
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "spacy": spacy.__version__,
        "model": model_label(nlp),
        "pipes": list(nlp.pipe_names),
        "quizgen": quizgen.__version__,
        "models_loaded": _load.cache_info().misses,  # 1 unless the pipeline loads its own copy
        "cpu_count": os.cpu_count(),
        "machine": platform.machine(),
        "system": platform.system(),
    }


def summary(corpus: Corpus, runs: Runs, built: Sequence[Quiz], *, stages: bool, same: bool) -> dict[str, Any]:
    """One corpus's medians and ratios, ready for the table and the JSON file."""
    base, full, render = runs.median("baseline"), runs.median("quizgen"), runs.median("render")
    out: dict[str, Any] = {
        "name": corpus.name,
        "texts": len(corpus.articles),
        "skipped": corpus.skipped,
        "characters": corpus.characters,
        "words": corpus.words,
        "questions": sum(len(q.questions) for q in built),
        "seconds": {"baseline": round(base, 4), "quizgen": round(full, 4), "render": round(render, 4)},
        "ratios": {
            "quizgen/baseline": round(full / base, 3),
            "(quizgen+render)/baseline": round((full + render) / base, 3),
        },
        "quizgen_words_per_second": round(corpus.words / full),
        "spread": {name: round(runs.spread(name), 3) for name in ("baseline", "quizgen")},
        "repeats": {name: [round(s, 4) for s in values] for name, values in runs.seconds.items()},
    }
    if stages:
        out["stages"] = {
            stage: {"seconds": round(runs.median(stage), 4), "ratio": round(runs.median(stage) / base, 3)}
            for stage in STAGES
        }
        out["stages_match_build_quiz"] = same
    return out


def table(rows: Sequence[Sequence[str]]) -> str:
    """Rows as a GitHub-markdown table, so the output pastes into benchmarks/README.md as is."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]) + " |"

    rule = "|:" + "-" * (widths[0] + 1) + "|" + "|".join("-" * (w + 1) + ":" for w in widths[1:]) + "|"
    lines = [line(rows[0]), rule] + [line(row) for row in rows[1:]]
    return "\n".join(lines)


def main_table(results: Sequence[dict[str, Any]]) -> str:
    header = ("corpus", "texts", "chars", "words", "baseline s", "quizgen s", "render s",
              "quizgen/baseline", "(quizgen+render)/baseline", "quizgen words/s")
    rows = [header] + [
        (r["name"], str(r["texts"]), str(r["characters"]), str(r["words"]),
         f"{r['seconds']['baseline']:.3f}", f"{r['seconds']['quizgen']:.3f}", f"{r['seconds']['render']:.3f}",
         f"{r['ratios']['quizgen/baseline']:.2f}x", f"{r['ratios']['(quizgen+render)/baseline']:.2f}x",
         str(r["quizgen_words_per_second"]))
        for r in results
    ]
    return table(rows)


def stage_table(result: dict[str, Any]) -> str:
    stages = result["stages"]
    rows = [("stage", "seconds", "/ baseline parse")]
    rows += [(name, f"{s['seconds']:.3f}", f"{s['ratio']:.2f}x") for name, s in stages.items()]
    total = sum(s["seconds"] for s in stages.values())
    rows.append(("all stages", f"{total:.3f}", f"{total / result['seconds']['baseline']:.2f}x"))
    return table(rows)


def report(env: dict[str, Any], results: Sequence[dict[str, Any]], repeat: int, clock: str) -> str:
    lines = [
        f"python {env['python']}, spaCy {env['spacy']}, model {env['model']}, quizgen {env['quizgen']}, "
        f"{env['cpu_count']} CPUs; {clock} clock, median of {repeat} repeat(s), Options(count={OPTIONS.count}); "
        f"spaCy pipelines loaded: {env['models_loaded']}",
        "",
        main_table(results),
        "",
    ]
    for r in results:
        ratios = r["ratios"]
        lines.append(f"{r['name']}: ratio quizgen/baseline = {ratios['quizgen/baseline']:.2f}x, "
                     f"(quizgen+render)/baseline = {ratios['(quizgen+render)/baseline']:.2f}x "
                     f"({r['questions']} questions from {r['texts']} texts"
                     + (f", {r['skipped']} unreadable skipped)" if r["skipped"] else ")"))
    for r in results:
        noisy = [f"{name} {spread:.0%}" for name, spread in r["spread"].items() if spread > NOISY]
        if noisy:
            lines.append(f"note: {r['name']} repeats varied by {', '.join(noisy)} (slowest - fastest) / median; "
                         "the machine was busy: rerun with a larger --repeat or --clock cpu")
    for r in results:
        if "stages" in r:
            lines += ["", f"stages of build_quiz on {r['name']}, against the baseline parse:", "", stage_table(r)]
            if not r["stages_match_build_quiz"]:
                lines.append("WARNING: the staged run picked other questions than build_quiz: "
                             "benchmarks/speed.py no longer mirrors quizgen.pipeline.build_quiz")
    return "\n".join(lines)


# ---- command line --------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="articles or folders (default: source_texts/)")
    parser.add_argument("--repeat", type=int, default=5, help="timed repeats; the median is reported (default 5)")
    parser.add_argument("--json", dest="json_out", metavar="OUT", help="also write the results as JSON to OUT")
    parser.add_argument("--stages", action="store_true", help="also time each stage of build_quiz on its own")
    parser.add_argument("--clock", choices=CLOCKS, default="wall",
                        help="wall: time.perf_counter (default); cpu: time.process_time, for a busy machine")
    parser.add_argument("--squad", metavar="PATH", help="also time the first paragraphs of a SQuAD-format JSON file")
    parser.add_argument("--squad-paragraphs", type=int, default=200, metavar="K",
                        help="how many SQuAD paragraphs (default 200)")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.squad_paragraphs < 1:
        parser.error("--repeat and --squad-paragraphs must be at least 1")
    return args


def run(args: argparse.Namespace) -> int:
    corpora = [read_corpus(args.paths)]
    if args.squad:
        corpora.append(read_squad(args.squad, args.squad_paragraphs))
    # Called exactly as build_quiz calls it, so the baseline and quizgen share one loaded pipeline.
    nlp = load_model(OPTIONS.model)
    results = []
    for corpus in corpora:
        if not corpus.articles:
            raise ReadError(f"{corpus.name}: no readable texts")
        runs, built, same = measure(nlp, corpus, repeat=args.repeat, stages=args.stages, clock=CLOCKS[args.clock])
        results.append(summary(corpus, runs, built, stages=args.stages, same=same))
    env = environment(nlp)
    print(report(env, results, args.repeat, args.clock))
    if args.json_out:
        document = {"environment": env, "settings": {"repeat": args.repeat, "clock": args.clock,
                                                     "options": OPTIONS.as_dict(),
                                                     "squad_paragraphs": args.squad_paragraphs if args.squad else None},
                    "corpora": results}
        Path(args.json_out).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return run(args)
    except QuizgenError as error:
        print(f"speed.py: {error}", file=sys.stderr)
        return error.exit_code


if __name__ == "__main__":
    sys.exit(main())
