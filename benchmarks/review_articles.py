"""A blind review sheet of every item of quizgen's quizzes on a folder of articles, to compare versions by hand.

    # 1. in a checkout of each version, write the quizzes (JSON only is enough)
    python -m quizgen generate benchmarks/heldout -o old -f json
    python -m quizgen generate benchmarks/heldout -o new -f json

    # 2. one shuffled, numbered sheet of every item, with nothing that tells the versions apart;
    #    an item both versions wrote alike is on it once
    python benchmarks/review_articles.py sheet old new --sheet sheet.txt --key key.json

    # 3. once every item is labelled ({"1": {"verdict": "usable" | "reject", "rule": ..., "reason": ...}, ...})
    python benchmarks/review_articles.py score key.json labels.json

The reviewer is given ``../shared/docs/quality.md`` and the sheet, nothing else. Each item shows its
type, prompt, key (a true/false item's truth value), options and the source sentence. ``score`` counts,
per version, the items, those labelled usable and those rejected, over all articles and over the
articles both versions made a quiz of.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path


def items(folder: Path) -> list[tuple[str, str]]:
    """(article/question-id, item text) for every question of every quiz under ``folder``."""
    out = []
    for path in sorted(folder.glob("*/quiz.json")):
        quiz = json.loads(path.read_text(encoding="utf-8"))
        for q in quiz["questions"]:
            answer = q.get("answer") or {}
            key = answer.get("text") if "text" in answer else answer.get("value")
            lines = [q["type"], f"  PROMPT: {q['prompt']}", f"  ANSWER: {key}"]
            if q.get("choices"):
                lines.append("  OPTIONS: " + " | ".join(c["text"] for c in q["choices"]))
            lines.append(f"  SOURCE: {(q.get('source') or {}).get('sentence', '')}")
            out.append((f"{path.parent.name}/{q['id']}", "\n".join(lines)))
    return out


def make_sheet(folders: list[Path], names: list[str], seed: int) -> tuple[str, dict[str, list[str]]]:
    where: dict[str, list[str]] = {}
    for name, folder in zip(names, folders):
        for key, text in items(folder):
            where.setdefault(text, []).append(f"{name}:{key}")
    texts = sorted(where)
    random.Random(seed).shuffle(texts)
    sheet = [f"### item {n} — {text}" for n, text in enumerate(texts)]
    return "\n\n".join(sheet) + "\n", {str(n): where[text] for n, text in enumerate(texts)}


def score(key: dict[str, list[str]], labels: dict[str, dict]) -> dict[str, dict]:
    missing = sorted(set(key) - set(labels), key=int)
    if missing:
        raise SystemExit(f"review_articles: no label for items {', '.join(missing[:10])}")
    made: dict[str, set[str]] = {}
    for versions in key.values():
        for v in versions:
            name, article = v.split(":", 1)[0], v.split(":", 1)[1].split("/")[0]
            made.setdefault(name, set()).add(article)
    common = set.intersection(*made.values()) if made else set()
    out: dict[str, dict] = {}
    for n, versions in key.items():
        usable = labels[n]["verdict"] == "usable"
        for v in versions:
            name, article = v.split(":", 1)[0], v.split(":", 1)[1].split("/")[0]
            row = out.setdefault(name, {"items": 0, "usable": 0, "common_items": 0, "common_usable": 0,
                                        "rules": Counter()})
            row["items"] += 1
            row["usable"] += usable
            if article in common:
                row["common_items"] += 1
                row["common_usable"] += usable
            if not usable:
                row["rules"][labels[n].get("rule", "")] += 1
    for row in out.values():
        row["rules"] = dict(row["rules"].most_common())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sheet", help="a blind sheet of every item of the quizzes in the given output folders")
    s.add_argument("folders", nargs="+", type=Path)
    s.add_argument("--names", nargs="+", help="a name for each folder (default: the folder names)")
    s.add_argument("--sheet", type=Path, required=True)
    s.add_argument("--key", type=Path, required=True)
    s.add_argument("--seed", type=int, default=0)
    c = sub.add_parser("score", help="usable items per version from a labelled sheet")
    c.add_argument("key", type=Path)
    c.add_argument("labels", type=Path)
    c.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if args.command == "sheet":
        names = args.names or [f.name for f in args.folders]
        if len(names) != len(args.folders):
            parser.error("--names needs one name per folder")
        text, key = make_sheet(args.folders, names, args.seed)
        args.sheet.write_text(text, encoding="utf-8")
        args.key.write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
        print(f"{len(key)} items on the sheet")
        return 0
    result = score(json.loads(args.key.read_text(encoding="utf-8")),
                   json.loads(args.labels.read_text(encoding="utf-8")))
    print("| version | items | usable | share | on articles both made: items | usable |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, row in result.items():
        print(f"| {name} | {row['items']} | {row['usable']} | {row['usable'] / max(row['items'], 1):.0%} "
              f"| {row['common_items']} | {row['common_usable']} |")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
