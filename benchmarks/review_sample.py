"""A blind review sheet of quizgen's wh-questions on SQuAD, to judge their form by hand.

Three steps, so that two code versions can be compared without the reviewer
knowing which wrote what:

    # 1. in each checkout, dump the wh-questions of the SQuAD quizzes
    python benchmarks/review_sample.py dump ../shared/eval/squad-v1.1-dev-half.json --out old.json
    python benchmarks/review_sample.py dump ../shared/eval/squad-v1.1-dev-half.json --out new.json

    # or every item of every type, with its options and source sentence, also as text to read whole
    python benchmarks/review_sample.py dump ../shared/eval/squad-v1.1-dev-half.json --all-types --out all.json --text all.txt

    # 2. a shuffled, numbered sheet of questions and answer keys, and the key to it
    python benchmarks/review_sample.py sheet old.json new.json --changed --sheet sheet.txt --key key.json

    # 3. once every item is labelled OK, VAGUE or UNGRAMMATICAL ({"1": "OK", ...})
    python benchmarks/review_sample.py score key.json labels.json

``dump`` builds each paragraph's quiz as ``squad_answers.py`` does (the
paragraph is the article, the title its heading, as many questions as the crowd
asked) and keeps the short-answer and multiple-choice items. ``sheet`` takes
``--sample N`` items of each dump (seeded), or with ``--changed`` every
question one version wrote and the other did not. The labels are the
rubric's first five rules (``../shared/docs/quality.md``): UNGRAMMATICAL for
broken English, VAGUE when the question cannot be answered without the source,
has many right answers or the wrong question word, OK otherwise.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

LABELS = ("OK", "VAGUE", "UNGRAMMATICAL")
WH_TYPES = ("short_answer", "multiple_choice")


def dump(data: Path, out: Path, articles: int | None, paragraphs: int | None, *, all_types: bool = False,
         text: Path | None = None) -> int:
    from quizgen.pipeline import Options, build_quiz
    from quizgen.readers import read_bytes

    items = []
    for art in json.loads(data.read_text(encoding="utf-8"))["data"][:articles]:
        title = art["title"].replace("_", " ")
        for n, para in enumerate(art["paragraphs"][:paragraphs]):
            article = read_bytes(f"{title}\n\n{para['context']}\n".encode(), name=f"{title}#{n}", format="txt")
            quiz = build_quiz(article, Options(count=len(para["qas"])))
            for q in quiz.questions:
                if not all_types and q.type not in WH_TYPES:
                    continue
                item = {"paragraph": f"{title}#{n}", "question": q.prompt, "answer": q.answer_text}
                if all_types:
                    item.update(key=f"{title}#{n}/{q.id}", type=q.type, source=q.fact.sentence,
                                choices=[c.text for c in q.choices], true=q.answer_value)
                items.append(item)
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if text is not None:  # one block per item, to read whole: every type, with options and source sentence
        blocks = []
        for it in items:
            lines = [f"[{it.get('key', it['paragraph'])}] {it.get('type', 'wh')}", f"  PROMPT: {it['question']}",
                     f"  ANSWER: {it['true'] if it.get('type') == 'true_false' else it['answer']}"]
            if it.get("choices"):
                lines.append("  OPTIONS: " + " | ".join(it["choices"]))
            if it.get("source"):
                lines.append(f"  SOURCE: {it['source']}")
            blocks.append("\n".join(lines))
        text.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    print(f"{len(items)} {'items' if all_types else 'wh-questions'} -> {out}")
    return 0


def sheet(first: Path, second: Path, *, changed: bool, sample: int, seed: int, sheet_out: Path, key_out: Path) -> int:
    versions = {"A": json.loads(first.read_text(encoding="utf-8")), "B": json.loads(second.read_text(encoding="utf-8"))}
    rng = random.Random(seed)
    picked: list[tuple[str, dict]] = []
    if changed:  # questions only one version wrote
        asked = {name: {item["question"] for item in items} for name, items in versions.items()}
        for name, other in (("A", "B"), ("B", "A")):
            picked += [(name, item) for item in versions[name] if item["question"] not in asked[other]]
    else:
        for name, items in versions.items():
            picked += [(name, item) for item in rng.sample(items, min(sample, len(items)))]
    rng.shuffle(picked)
    lines, key = [], {}
    for n, (name, item) in enumerate(picked, 1):
        key[str(n)] = name
        lines.append(f"{n}. Q: {item['question']}\n   A: {item['answer']}")
    sheet_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    key_out.write_text(json.dumps({"A": str(first), "B": str(second), "items": key}, indent=1) + "\n", encoding="utf-8")
    counts = Counter(key.values())
    print(f"{len(picked)} items ({counts['A']} from {first}, {counts['B']} from {second}) -> {sheet_out}; key -> {key_out}")
    return 0


def score(key_path: Path, labels_path: Path) -> int:
    key = json.loads(key_path.read_text(encoding="utf-8"))
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    missing = sorted(set(key["items"]) - set(labels), key=int)
    unknown = sorted({v for v in labels.values()} - set(LABELS))
    if missing or unknown:
        print(f"error: {len(missing)} items unlabelled, unknown labels {unknown}", file=sys.stderr)
        return 1
    print(f"| version | items | {' | '.join(LABELS)} |")
    print("|---|---:|" + "---:|" * len(LABELS))
    for name in ("A", "B"):
        got = Counter(labels[n] for n, v in key["items"].items() if v == name)
        total = sum(got.values())
        cells = " | ".join(f"{got[label]} ({100 * got[label] / total:.0f}%)" if total else "0" for label in LABELS)
        print(f"| {name}: {key[name]} | {total} | {cells} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    d = steps.add_parser("dump", help="the wh-questions of the SQuAD quizzes, as JSON")
    d.add_argument("data", type=Path)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--articles", type=int, default=None, help="only the first N articles")
    d.add_argument("--paragraphs", type=int, default=None, help="only the first N paragraphs of each article")
    d.add_argument("--all-types", action="store_true",
                   help="every item (true/false and fill-in-the-blank too), with its options and source sentence")
    d.add_argument("--text", type=Path, default=None, help="also write the items as blocks of text to read whole")
    s = steps.add_parser("sheet", help="a blind, shuffled sheet of two dumps and its key")
    s.add_argument("first", type=Path)
    s.add_argument("second", type=Path)
    s.add_argument("--changed", action="store_true", help="every question only one of the two dumps holds")
    s.add_argument("--sample", type=int, default=100, help="items drawn from each dump (without --changed)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--sheet", type=Path, required=True)
    s.add_argument("--key", type=Path, required=True)
    c = steps.add_parser("score", help="label counts per version")
    c.add_argument("key", type=Path)
    c.add_argument("labels", type=Path)
    args = parser.parse_args(argv)
    if args.step == "dump":
        if not args.data.exists():
            print(f"error: no SQuAD file at {args.data}", file=sys.stderr)
            return 1
        return dump(args.data, args.out, args.articles, args.paragraphs, all_types=args.all_types, text=args.text)
    if args.step == "sheet":
        return sheet(args.first, args.second, changed=args.changed, sample=args.sample, seed=args.seed,
                     sheet_out=args.sheet, key_out=args.key)
    return score(args.key, args.labels)


if __name__ == "__main__":
    sys.exit(main())
