"""Do we word questions as people do? SQuAD, answer given: BLEU-4 and ROUGE-L against the crowd.

    python benchmarks/squad_wording.py ../shared/eval/squad-v1.1-dev-half.json [--articles N] [--json OUT]

For every crowd question, quizgen is given the paragraph and the crowd's answer
span and writes its own question (quizgen.api.ask_in_doc); the pairs are
scored with corpus BLEU-4 (sacrebleu, lowercased) and mean ROUGE-L F1
(rouge-score). A missing question counts as an empty string. The same run
scores an in-situ baseline: the answer's sentence with the answer replaced by
"what" and a question mark (the simplest answer-aware question).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quizgen.api import ask_in_doc
from quizgen.extract import lower_case_words, parse_title
from quizgen.nlp import load_model, parse
from quizgen.quality import question_problems


def locate(context: str, answer: str, hint: int) -> int:
    """The occurrence of ``answer`` nearest the (rebuilt, possibly shifted) ``answer_start``."""
    spots = [i for i in range(len(context)) if context.startswith(answer, i)]
    return min(spots, key=lambda i: abs(i - hint)) if spots else -1


def in_situ(doc, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    sent = span.sent
    text = doc.text[sent.start_char:span.start_char] + "what" + doc.text[span.end_char:sent.end_char]
    return text.strip().rstrip(".!?") + "?"


def form_ok(question: str) -> bool:
    """The question passes the rubric's form checks (those that do not depend on the answer)."""
    return not [p for p in question_problems(question) if "answer" not in p and "who" not in p]


def run(path: Path, articles: int | None) -> dict:
    import sacrebleu
    from rouge_score import rouge_scorer

    data = json.loads(path.read_text(encoding="utf-8"))["data"][:articles]
    nlp = load_model()
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    refs, ours, base = [], [], []
    asked = grammatical = 0
    for article in data:
        title = article["title"].replace("_", " ")
        title_doc = parse_title(nlp, title)
        for para in article["paragraphs"]:
            doc = parse(nlp, [para["context"]])[0]  # as quizgen.ask parses
            vocab = lower_case_words([doc])
            for qa in para["qas"]:
                answer = qa["answers"][0]
                start = locate(para["context"], answer["text"], answer["answer_start"])
                if start < 0:
                    continue
                end = start + len(answer["text"])
                question = ask_in_doc(doc, start, end, lower_vocab=vocab, title=title, title_doc=title_doc) or ""
                asked += bool(question)
                grammatical += bool(question) and form_ok(question)
                refs.append(qa["question"])
                ours.append(question)
                base.append(in_situ(doc, start, end))
    def scores(hyps: list[str]) -> dict:
        bleu = sacrebleu.corpus_bleu(hyps, [refs], lowercase=True).score
        rouge = sum(scorer.score(r, h)["rougeL"].fmeasure for r, h in zip(refs, hyps)) / max(len(refs), 1)
        return {"bleu4": round(bleu, 2), "rougeL": round(100 * rouge, 2)}
    answered = [i for i, q in enumerate(ours) if q]
    sub = lambda xs: [xs[i] for i in answered]  # noqa: E731
    only = sacrebleu.corpus_bleu(sub(ours), [sub(refs)], lowercase=True).score if answered else 0.0
    return {
        "articles": len(data), "questions": len(refs), "asked": asked,
        "coverage": round(asked / max(len(refs), 1), 4),
        "form_ok_share": round(grammatical / max(asked, 1), 4),
        "quizgen": scores(ours), "quizgen_answered_only_bleu4": round(only, 2),
        "in_situ_baseline": scores(base),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("squad", type=Path)
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--json", type=Path, default=None, help="also write the table as JSON here")
    args = parser.parse_args(argv)
    if not args.squad.is_file():
        print(f"squad_wording: no such file: {args.squad}", file=sys.stderr)
        return 2
    result = run(args.squad, args.articles)
    print(f"{'system':<20} {'BLEU-4':>7} {'ROUGE-L':>8}")
    print(f"{'quizgen':<20} {result['quizgen']['bleu4']:>7.2f} {result['quizgen']['rougeL']:>8.2f}")
    print(f"{'in-situ baseline':<20} {result['in_situ_baseline']['bleu4']:>7.2f} {result['in_situ_baseline']['rougeL']:>8.2f}")
    print(f"questions {result['questions']}, asked {result['asked']} ({100 * result['coverage']:.1f}%), "
          f"form checks passed {100 * result['form_ok_share']:.1f}%, BLEU-4 on asked only "
          f"{result['quizgen_answered_only_bleu4']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
