"""The public Python API: one call per job, for developers and benchmarks."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .answers import answer_type
from .clauses import split_clauses, standalone
from .extract import PROPER_LABELS, lower_case_words, question_for
from .nlp import load_model
from .quality import question_problems

if TYPE_CHECKING:
    from spacy.tokens import Doc


def ask(text: str, start: int, end: int, *, model: str | None = None) -> str | None:
    """The question whose answer is ``text[start:end]``, or None when no clean one can be written.

    >>> ask("Ketamine gained popularity in the 1960s.", 30, 39)  # doctest: +SKIP
    'In what decade did Ketamine gain popularity?'
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"answer span {start}:{end} is outside the text ({len(text)} characters)")
    doc = load_model(model)(text)
    return ask_in_doc(doc, start, end, lower_vocab=lower_case_words([doc]))


def ask_in_doc(doc: "Doc", start: int, end: int, *, lower_vocab: frozenset[str]) -> str | None:
    """:func:`ask` on a text already parsed (benchmarks ask many questions of one paragraph)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span.text.strip():
        return None
    label = next((e.label_ for e in doc.ents if e.start <= span.root.i < e.end), "")
    if label in PROPER_LABELS and any(t.lower_ in lower_vocab for t in span if t.is_alpha):
        label = ""
    atype = answer_type(span.text, label)
    for clause in sorted(split_clauses(span.sent), key=lambda c: len(c.tokens)):  # innermost first
        ids = {t.i for t in clause.tokens}
        if all(t.i in ids for t in span if not t.is_punct):
            standalone(clause, previous_subject=None, lower_vocab=lower_vocab)
            question = question_for(clause, [t for t in span if t.i in ids], atype, lower_vocab)
            if question and not question_problems(question, answer=span.text, answer_type=atype):
                return question
    return None
