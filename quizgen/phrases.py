"""Token-level helpers shared by extraction and question writing: heads, noun phrases, brackets."""
from __future__ import annotations

from spacy.tokens import Span, Token

# Prepositions that English leaves at the end of a question without strain ("What are they involved in?").
STRANDABLE = frozenset({None, "", "in", "on", "to", "for", "with", "from", "about", "of", "at", "into", "by", "through",
                        "against"})


def same_root(x: str, y: str) -> bool:
    """"disobedients"/"disobedience", "random"/"randomized": a shared beginning of most of the shorter word."""
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return x == y or n >= max(4, 0.75 * min(len(x), len(y)))


def span_head(tokens: list[Token]) -> Token:
    ids = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[-1])


def noun_phrase(tok: Token) -> list[Token]:
    """A noun and its pre-modifiers: "N-methyl-D-aspartate (NMDA) receptors"."""
    doc = tok.doc
    start = tok.left_edge.i
    toks = [t for t in doc[start:tok.i + 1]]
    while toks and (toks[0].dep_ in ("det", "poss", "predet", "case") or toks[0].is_punct):
        toks = toks[1:]
    return toks


def in_brackets(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"


# A found fact: (kind, answer tokens, question or "", contrast)
# A fact found in a clause: (kind, answer tokens, question or "", contrast pair, answer type).
Found = tuple[str, list[Token], str, tuple[str, str] | None, str]
