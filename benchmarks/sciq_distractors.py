"""Are our distractors good? SciQ, answer given: count, kind, variants, overlap with the exam writers.

    python benchmarks/sciq_distractors.py ../shared/eval/sciq-valid.json [--items N] [--json OUT]

For every SciQ item with a support paragraph, quizgen is given the correct answer
and the context "question support" and suggests 3 distractors
(quizgen.api.suggest_distractors). Reported per system:

- full: share of items that get 3 distractors;
- same kind: share of distractors of the answer's kind, which here means all of
  (a) a figure for a figure, with the same unit words ("two atoms" / "six atoms"),
  (b) a name for a name and a common term for a common term (a capitalised
  word that is not an acronym marks a name), and (c) similar length (at most one
  word apart, and within twice or 4 characters of each other);
- variants: share of distractors equal to the answer or a variant of it (case,
  articles, plural, hyphens, stem, or a word-level part of it: the check of
  quizgen.distract.is_variant); it must be 0;
- P@1 / P@3: share of the first / first three distractors that are one of the
  exam writers' three, compared after normalisation (case, articles,
  punctuation, hyphens, plural).

The same run scores a baseline (3 random noun chunks of the support, seeded)
and, for kind and variants only, the exam writers' own distractors. ``--json``
writes the figures; ``--examples`` adds every item's answer and options (SciQ
text: keep such a file outside the repository, the data stays in ../shared).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from lemminflect import getLemma

from quizgen.answers import normalise
from quizgen.api import suggest_distractors
from quizgen.distract import NUMBER_WORDS, is_variant
from quizgen.nlp import load_model

K = 3


def key(text: str) -> str:
    """The form two options are compared in: normalised, hyphens as spaces, nouns singular."""
    words = normalise(text).replace("-", " ").split()
    return " ".join(getLemma(w, "NOUN")[0] if w.isalpha() else w for w in words)


def _figure(word: str) -> bool:
    return bool(re.fullmatch(r"[\d.,]+%?", word)) or word in NUMBER_WORDS


def kind_checks(option: str, answer: str) -> dict[str, bool]:
    """The three parts of 'the same kind as the answer'."""
    def unit(text: str) -> tuple[str, ...] | None:
        words = key(text).split()
        return tuple(w for w in words if not _figure(w)) if any(_figure(w) for w in words) else None

    def proper(text: str) -> bool:
        return any(re.match(r"[A-Z][a-z]", w) for w in re.sub(r"^(the|a|an) ", "", text.strip()).split())

    lo, la = len(option.strip()), len(answer.strip())
    length = abs(len(option.split()) - len(answer.split())) <= 1 and (max(lo, la) <= 2 * min(lo, la)
                                                                     or abs(lo - la) <= 4)
    return {"figure": unit(option) == unit(answer), "name": proper(option) == proper(answer), "length": length}


def baseline(support_doc, answer: str, rng: random.Random) -> list[str]:
    """K random noun chunks of the support paragraph (only the answer itself left out)."""
    chunks = {}
    for chunk in support_doc.noun_chunks:
        text = re.sub(r"^(the|a|an|this|these|those|its|their) ", "", chunk.text, flags=re.I).strip()
        if text and normalise(text) != normalise(answer):
            chunks.setdefault(text.lower(), text)
    found = sorted(chunks.values())
    rng.shuffle(found)
    return found[:K]


def score(rows: list[tuple[str, list[str], list[str]]], *, overlap: bool = True) -> dict:
    """Figures for (answer, options, exam writers' distractors) rows."""
    options = [(answer, o) for answer, opts, _ in rows for o in opts]
    checks = [kind_checks(o, a) for a, o in options]
    n = max(len(options), 1)
    out = {
        "items": len(rows),
        "full": round(100 * sum(len(opts) >= K for _, opts, _ in rows) / max(len(rows), 1), 1),
        "per_item": round(len(options) / max(len(rows), 1), 2),
        "same_kind": round(100 * sum(all(c.values()) for c in checks) / n, 1),
        **{f"same_{part}": round(100 * sum(c[part] for c in checks) / n, 1) for part in ("figure", "name", "length")},
        "variants": round(100 * sum(is_variant(o, a) for a, o in options) / n, 2),
    }
    if overlap:
        hits = [[key(o) in {key(g) for g in gold} for o in opts[:K]] for _, opts, gold in rows]
        out["p_at_1"] = round(100 * sum(h[:1] == [True] for h in hits) / max(len(rows), 1), 1)
        answered = [h for h in hits if h]
        out["p_at_1_answered"] = round(100 * sum(h[0] for h in answered) / max(len(answered), 1), 1)
        out["p_at_3"] = round(100 * sum(sum(h) for h in hits) / (K * max(len(rows), 1)), 1)
    return out


def run(path: Path, items: int | None, seed: int, skip: int = 0, with_examples: bool = False) -> dict:
    data = [x for x in json.loads(path.read_text(encoding="utf-8")) if x.get("support", "").strip()]
    data = data[skip:][:items]
    nlp = load_model()
    ours, base, gold, examples = [], [], [], []
    started = time.perf_counter()
    for item in data:
        answer, context = item["correct_answer"], item["question"] + " " + item["support"]
        writers = [item[f"distractor{i}"] for i in (1, 2, 3)]
        got = suggest_distractors(answer, context, k=K, seed=seed)
        ours.append((answer, got, writers))
        examples.append({"question": item["question"], "answer": answer, "ours": got, "writers": writers})
        gold.append((answer, writers, writers))
    seconds = time.perf_counter() - started
    for n, (item, doc) in enumerate(zip(data, nlp.pipe(x["support"] for x in data))):
        answer = item["correct_answer"]
        base.append((answer, baseline(doc, answer, random.Random(seed * 100_003 + n)), ours[n][2]))
    return {
        "file": path.name, "skip": skip, "seed": seed, "k": K, "seconds": round(seconds, 1),
        "systems": {"quizgen": score(ours), "baseline": score(base), "writers": score(gold, overlap=False)},
        **({"examples": examples} if with_examples else {}),
    }


def table(result: dict) -> str:
    head = ("| system | items | 3 distractors | per item | same kind | figure+unit | name/term | length "
            "| variants | P@1 | P@3 |")
    lines = [head, "|---|" + "---:|" * 10]
    names = {"quizgen": "quizgen", "baseline": "baseline: 3 random noun chunks", "writers": "exam writers (reference)"}
    for name, s in result["systems"].items():
        cells = [names[name], s["items"], f"{s['full']}%", s["per_item"], f"{s['same_kind']}%", f"{s['same_figure']}%",
                 f"{s['same_name']}%", f"{s['same_length']}%", f"{s['variants']}%",
                 f"{s['p_at_1']}%" if "p_at_1" in s else "–", f"{s['p_at_3']}%" if "p_at_3" in s else "–"]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="sciq-valid.json (../shared/eval/sciq-valid.json)")
    parser.add_argument("--items", type=int, default=None, help="only the first N items with a support paragraph")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N items with a support paragraph")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--examples", action="store_true", help="also write every item's answer and options")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"error: no SciQ file at {args.path}", file=sys.stderr)
        return 2
    result = run(args.path, args.items, args.seed, args.skip, args.examples)
    print(table(result))
    ours, base = result["systems"]["quizgen"], result["systems"]["baseline"]
    print(f"\nP@1 over the items that get at least one distractor: quizgen {ours['p_at_1_answered']}%, "
          f"baseline {base['p_at_1_answered']}%.")
    print(f"{ours['items']} items with a support paragraph; quizgen took {result['seconds']} s "
          "(model loaded beforehand).")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
