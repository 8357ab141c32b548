"""Do we ask about what people ask about? SQuAD answer precision / recall / F1 against two baselines.

    python benchmarks/squad_answers.py ../shared/eval/squad-v1.1-dev-half.json [--articles N] [--json OUT]

Each paragraph is treated as an article; quizgen asks as many questions as the
crowd did (k). Our answer matches a crowd answer when SQuAD's normalised token
F1 >= 0.5. Precision: share of our questions whose answer matches some crowd
answer. Recall: share of crowd questions whose answer one of ours matches.
Baselines in the same run on the same paragraphs: ``random`` (k spans drawn,
seeded, from the paragraph's named entities and noun chunks) and
``entities-first`` (named entities in order, then noun chunks, k of them).

Two more rows separate answer choice from the quiz's own limits (one item per
statement, no item showing another's answer), which cap how many questions a
paragraph yields: ``quizgen facts`` takes the k best distinct answers of the
facts quizgen finds (``quizgen.pipeline.facts_of``), before any question is
written or selected; ``entities-first @ quiz size`` takes only as many spans
per paragraph as the quiz asked questions, so its precision compares with
quizgen's at the same count.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

from quizgen.answers import normalise
from quizgen.pipeline import Options, build_quiz, facts_of
from quizgen.readers import read_bytes

THRESHOLD = 0.5


def squad_normalise(text: str) -> list[str]:
    """SQuAD v1.1's answer normalisation: lower case, no punctuation, no articles, single spaces."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return text.split()


def token_f1(pred: str, gold: str) -> float:
    p, g = squad_normalise(pred), squad_normalise(gold)
    common = Counter(p) & Counter(g)
    same = sum(common.values())
    if not p or not g or same == 0:
        return 0.0
    precision, recall = same / len(p), same / len(g)
    return 2 * precision * recall / (precision + recall)


def score(ours: list[str], crowd: list[list[str]]) -> tuple[int, int]:
    """(our answers that match a crowd answer, crowd questions matched by one of ours)."""
    hit_ours = sum(any(token_f1(a, g) >= THRESHOLD for golds in crowd for g in golds) for a in ours)
    hit_crowd = sum(any(token_f1(a, g) >= THRESHOLD for a in ours for g in golds) for golds in crowd)
    return hit_ours, hit_crowd


def candidates(doc) -> tuple[list[str], list[str]]:
    ents = [e.text for e in doc.ents]
    chunks = [c.text for c in doc.noun_chunks if c.root.pos_ != "PRON"]
    return ents, chunks


def quizgen_answers(article, k: int) -> list[str]:
    quiz = build_quiz(article, Options(count=k))
    return [q.answer_text if q.answer_text else q.fact.answer for q in quiz.questions]


def fact_answers(article, k: int) -> list[str]:
    """The k best distinct answers among the facts quizgen finds: answer choice without the quiz's limits."""
    out: dict[str, str] = {}
    for fact in facts_of(article):
        out.setdefault(normalise(fact.answer), fact.answer)
    return list(out.values())[:k]


class Tally:
    def __init__(self) -> None:
        self.ours = self.hit_ours = self.crowd = self.hit_crowd = 0

    def add(self, answers: list[str], crowd: list[list[str]]) -> None:
        h_ours, h_crowd = score(answers, crowd)
        self.ours += len(answers)
        self.hit_ours += h_ours
        self.crowd += len(crowd)
        self.hit_crowd += h_crowd

    def figures(self) -> dict:
        p = self.hit_ours / self.ours if self.ours else 0.0
        r = self.hit_crowd / self.crowd if self.crowd else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "questions": self.ours, "crowd_questions": self.crowd}


def run(path: Path, articles: int | None, seed: int = 0) -> dict:
    from quizgen.nlp import load_model

    nlp = load_model()
    data = json.loads(path.read_text(encoding="utf-8"))["data"][:articles]
    rng = random.Random(seed)
    systems = ("quizgen", "random", "entities-first", "quizgen facts", "entities-first @ quiz size")
    total = {s: Tally() for s in systems}
    per_article = []
    for art in data:
        tallies = {s: Tally() for s in systems}
        for n, para in enumerate(art["paragraphs"]):
            crowd = [[a["text"] for a in qa["answers"]] for qa in para["qas"]]
            k = len(crowd)
            title = art["title"].replace("_", " ")  # "Martin_Luther" is the page name; the title is "Martin Luther"
            article = read_bytes(f"{title}\n\n{para['context']}\n".encode(), name=f"{art['title']}-{n}.txt")
            ents, chunks = candidates(nlp(para["context"]))
            pool = list(dict.fromkeys(ents + chunks))
            ours = quizgen_answers(article, k)
            answers = {
                "quizgen": ours,
                "random": rng.sample(pool, min(k, len(pool))),
                "entities-first": list(dict.fromkeys(ents + chunks))[:k],
                "quizgen facts": fact_answers(article, k),
                "entities-first @ quiz size": list(dict.fromkeys(ents + chunks))[:len(ours)],
            }
            for s in systems:
                tallies[s].add(answers[s], crowd)
                total[s].add(answers[s], crowd)
        per_article.append({"title": art["title"], **{s: tallies[s].figures() for s in systems}})
    return {"articles": len(data), "total": {s: total[s].figures() for s in systems}, "per_article": per_article}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("squad", type=Path)
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if not args.squad.is_file():
        print(f"squad_answers: no such file: {args.squad}", file=sys.stderr)
        return 2
    result = run(args.squad, args.articles)
    print(f"{'article':<42} {'quizgen P/R/F1':>20} {'random F1':>10} {'ents-first F1':>14}")
    for row in result["per_article"]:
        q = row["quizgen"]
        print(f"{row['title'][:42]:<42} {q['precision']:>6.2f} {q['recall']:>6.2f} {q['f1']:>6.2f} "
              f"{row['random']['f1']:>10.2f} {row['entities-first']['f1']:>14.2f}")
    for s, fig in result["total"].items():
        print(f"TOTAL {s:<26} P {fig['precision']:.3f}  R {fig['recall']:.3f}  F1 {fig['f1']:.3f}  "
              f"({fig['questions']} questions for {fig['crowd_questions']} crowd questions)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
