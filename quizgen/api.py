"""The public Python API: one call per job, for developers and benchmarks."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .answers import answer_type
from .extract import (PROPER_LABELS, as_person, lower_case_words, main_person, parse_title, people_named,
                      person_like, question_for, walk_clauses, written_as_common)
from .kinds import share_subject
from .nlp import load_model, parse
from .quality import question_problems

if TYPE_CHECKING:
    from spacy.tokens import Doc


def ask(text: str, start: int, end: int, *, title: str = "", model: str | None = None) -> str | None:
    """The question whose answer is ``text[start:end]``, or None when no clean one can be written.

    ``title`` is the article's title when the text is part of one: it tells
    who "he" or "she" is in a biography, and which nouns name the article's own subject
    ("the game" of an article on Super Bowl 50 needs no antecedent in the question).

    >>> ask("Ketamine gained popularity in the 1960s.", 30, 39)  # doctest: +SKIP
    'In what decade did Ketamine gain popularity?'
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"answer span {start}:{end} is outside the text ({len(text)} characters)")
    nlp = load_model(model)
    doc = parse(nlp, [text])[0]
    return ask_in_doc(doc, start, end, lower_vocab=lower_case_words([doc]), title=title,
                      title_doc=parse_title(nlp, title))


def ask_in_doc(doc: "Doc", start: int, end: int, *, lower_vocab: frozenset[str], title: str = "",
               title_doc: "Doc | None" = None) -> str | None:
    """:func:`ask` on a text already parsed (benchmarks ask many questions of one paragraph)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    while span is not None and len(span) and (span[-1].is_punct and span[-1].text not in (")", "]", '"', "”")
                                              or span[-1].is_space):
        span = span[:-1]  # "Super Bowl LI." -> "Super Bowl LI"
    while span is not None and len(span) and (span[0].is_punct and span[0].text not in ("(", "[", '"', "“")
                                              or span[0].is_space):
        span = span[1:]
    if span is None or not span.text.strip():
        return None
    ent = next((e for e in doc.ents if e.start <= span.root.i < e.end), None)
    label = ent.label_ if ent is not None else ""
    if label in PROPER_LABELS and written_as_common(span, lower_vocab):
        label = ""
    if label == "PERSON" and not person_like(ent):
        label = ""
    person = main_person([doc], title, title_doc=title_doc)
    share_subject([doc], title)
    atype = as_person(span, answer_type(span.text, label), people_named([doc], person), lower_vocab)
    for sent, clauses in walk_clauses(doc, lower_vocab, person):
        if sent.start != span.sent.start:
            continue
        for clause in sorted(clauses, key=lambda c: len(c.tokens)):  # innermost first
            ids = {t.i for t in clause.tokens}
            if clause.usable and all(t.i in ids for t in span if not t.is_punct):
                question = question_for(clause, [t for t in span if t.i in ids], atype, lower_vocab)
                if question and not question_problems(question, answer=span.text, answer_type=atype):
                    return question
        break
    return None


def suggest_distractors(answer: str, context: str, *, k: int = 3, model: str | None = None,
                        seed: int = 0) -> list[str]:
    """Up to ``k`` wrong options for ``answer``, the question and its source text being ``context``.

    The options come from the context's names and noun phrases and from a lexicon of closed
    classes (planets, organelles, energy forms, ...), in the answer's kind and form; none is a
    variant of the answer or stated as the answer in the context. Same arguments, same result.

    >>> suggest_distractors("protons", "What particles have a positive charge? ...")  # doctest: +SKIP
    ['neutrons', 'electrons', 'photons']
    """
    import random
    import re

    from .distract import Term, distractors
    from .extract import extract_terms

    answer = answer.strip()
    if not answer:
        return []
    doc = load_model(model)(context)
    found = re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", context, re.I)
    span = doc.char_span(found.start(), found.end(), alignment_mode="expand") if found else None
    if span is None:
        span = load_model(model)(answer)[:]
    label = next((e.label_ for e in span.doc.ents if e.start <= span.root.i < e.end), "")
    if label in PROPER_LABELS and any(t.lower_ in lower_case_words([doc]) for t in span if t.is_alpha):
        label = ""
    sentences = tuple(s.text.strip() for s in doc.sents if s.text.strip())
    question = context[: context.index("?") + 1] if "?" in context else (sentences[0] if sentences else context)
    adjectives = tuple(Term(t.text, "ADJ", t.lemma_.lower(), False, n) for n, sent in enumerate(doc.sents)
                       for t in sent if t.pos_ == "ADJ" and t.tag_ == "JJ" and t.is_alpha and t.is_lower and len(t) > 3)
    return distractors(answer, answer_type(answer, label), head=span.root.lemma_.lower(), pos=span.root.pos_,
                       pool=extract_terms([doc]) + adjectives, context=question, sentences=sentences, k=k,
                       rng=random.Random(seed))
