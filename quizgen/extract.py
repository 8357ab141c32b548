"""Extraction: find checkable facts in parsed paragraphs and phrase a question for each."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from .answers import MULTIPLIER, RANGE, answer_type, is_duration, kind_of, wh_word
from .asking import ask, finish, keeps_case
from .clauses import Clause, render, split_clauses, standalone, tidy
from .distract import Term
from .types import Article, Fact, Paragraph

# NORP ("French", "Saharan") is left out: an adjective makes a poor answer and a poorer option.
LABELS = frozenset("DATE TIME CARDINAL QUANTITY PERCENT MONEY PERSON GPE LOC FAC ORG EVENT WORK_OF_ART LAW".split())
PROPER_LABELS = frozenset("PERSON GPE LOC FAC ORG NORP EVENT WORK_OF_ART LAW".split())
KIND_WEIGHT = {
    "multiplier": 0.95, "definition": 0.9, "date": 0.85, "mechanism": 0.85, "quantity": 0.8,
    "duration": 0.78, "membership": 0.75, "comparison": 0.75, "cause": 0.75, "entity": 0.6,
}
DEFINE_VERBS = frozenset({"refer", "mean", "denote"})
MECHANISM_VERBS = frozenset({"work", "act", "function", "operate"})
MEMBER_VERBS = frozenset({"involve", "include", "comprise", "contain", "consist"})
CAUSE_VERBS = frozenset({"cause", "produce", "trigger", "prevent", "reduce", "increase", "create", "form", "release", "lead"})
OPPOSITES = {
    "less": "more", "more": "less", "fewer": "more", "faster": "slower", "slower": "faster",
    "higher": "lower", "lower": "higher", "larger": "smaller", "smaller": "larger", "bigger": "smaller",
    "greater": "smaller", "earlier": "later", "later": "earlier", "longer": "shorter", "shorter": "longer",
    "older": "younger", "younger": "older", "warmer": "colder", "colder": "warmer", "heavier": "lighter",
}
APPOSITION = re.compile(r"\b([A-Za-z][\w-]{3,})\s*(?:—|–|,)\s*(an?) ([a-z][\w -]{2,60}?)(?=[,.;—–]|$)")
MIN_ANSWER_CHARS = 2
# Prepositions that English leaves at the end of a question without strain ("What are they involved in?").
STRANDABLE = frozenset({None, "", "in", "on", "to", "for", "with", "from", "about", "of", "at", "into", "by"})


def extract_facts(article: Article, docs: list[Doc]) -> list[Fact]:
    """Every fact the article states plainly enough to ask about, in reading order."""
    lower_vocab = lower_case_words(docs)
    topic = _topic(docs)
    person = main_person(docs)
    facts: list[Fact] = []
    for para, doc in zip(article.paragraphs, docs):
        previous: str | None = None
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            for clause in split_clauses(sent):
                standalone(clause, previous_subject=previous, person=person, lower_vocab=lower_vocab)
                if clause.usable:
                    for found in _clause_facts(clause, lower_vocab, topic):
                        if found[1]:
                                facts.append(_fact(para, clause, *found, topic=topic))
                previous = _subject_text(clause, lower_vocab)
            facts.extend(_appositions(para, sent, topic))
    return _dedupe(facts)


def lower_case_words(docs: list[Doc]) -> frozenset[str]:
    """Words the article writes in lower case inside sentences at least as often as capitalised."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for doc in docs:
        for sent in doc.sents:
            for tok in sent[1:]:
                if tok.is_alpha:
                    (lower if tok.is_lower else upper)[tok.lower_] += 1
    # Lower-case forms mark common words; capitalised forms mark names the article never writes in lower case.
    return frozenset([w for w, n in lower.items() if n >= upper[w]] +
                     [w.capitalize() for w, n in upper.items() if n > lower[w]])


def main_person(docs: list[Doc]) -> str | None:
    """The person a biography is about: the most mentioned PERSON, by surname."""
    surnames: Counter[str] = Counter()
    full: dict[str, str] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent[-1].is_title:
                surnames[ent[-1].text] += 1
                full.setdefault(ent[-1].text, ent.text)
    if not surnames:
        return None
    (name, n), *rest = surnames.most_common(2) + [("", 0)]
    if n < 3 or (rest and rest[0][1] * 2 > n):
        return None  # no clear main person: leave "he" and "she" unresolved
    return name


def _topic(docs: list[Doc]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN") and not t.is_stop)
    return counts


def _subject_text(clause: Clause, lower_vocab: frozenset[str]) -> str | None:
    subj = clause.subject
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not clause.usable:
        return None
    skip = {t.i for c in subj.children if c.dep_ in ("appos", "relcl", "acl", "punct") for t in c.subtree}
    toks = sorted((t for t in subj.subtree if t.i not in skip), key=lambda t: t.i)
    if any(t.dep_ == "prep" or t.like_num or t.ent_type_ in ("DATE", "MONEY", "QUANTITY") for t in toks):
        return None  # "Production in 1890 alone": too specific to be what a later "it" means
    text = render(clause, toks)
    if not keeps_case(toks[0], lower_vocab):
        text = text[:1].lower() + text[1:]
    return text


# A found fact: (kind, answer tokens, question or "", contrast)
Found = tuple[str, list[Token], str, tuple[str, str] | None, str]


def _clause_facts(clause: Clause, lower_vocab: frozenset[str], topic: Counter[str]) -> Iterator[Found]:
    kept_ids = {t.i for t in clause.kept()}
    for span, label in _answer_spans(clause, lower_vocab):
        tokens = [t for t in span if t.i in kept_ids]
        if len(tokens) != len(span) or not _clean_answer(span, label):
            continue
        atype = answer_type(span.text, label)
        if atype == "relative" or atype == "duration" and (" of " in span.text or span.end < len(span.doc)
                                                           and span.doc[span.end].lower_ == "of"):
            continue  # "later that year", "six months of the year": no clean question or swap
        question = question_for(clause, tokens, atype, lower_vocab)
        kind = kind_of(atype)
        if kind == "entity" and not question:
            continue
        yield kind, tokens, question or "", None, atype
    yield from _pattern_facts(clause, kept_ids, lower_vocab)
    yield from _key_terms(clause, kept_ids, lower_vocab, topic)


def _key_terms(clause: Clause, kept_ids: set[int], lower_vocab: frozenset[str],
               topic: Counter[str]) -> Iterator[Found]:
    """Objects and complements that name a key term of the article ("What did Curie discover?")."""
    for tok in clause.kept():
        if tok.dep_ not in ("dobj", "attr", "pobj", "nsubjpass", "nsubj") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        specific = any(c.dep_ in ("compound", "amod") for c in tok.lefts)
        if tok.ent_type_ or tok.lemma_.lower() in GENERIC_NOUNS or (topic[tok.lemma_.lower()] < 2 and not specific):
            continue  # names are asked as entities; a plain word the article uses once is no key term
        owner = tok.head.head if tok.dep_ == "pobj" else tok.head
        if owner.i != clause.root.i:
            continue  # "inches of rain", "fleas accompanying caravans": not an argument of the clause's verb
        if any(c.i > tok.i and not c.is_punct for c in tok.children):
            continue  # "the recycling of materials": the post-modifier would dangle
        if tok.n_lefts == 1 and next(tok.lefts).lower_ in ("the", "this", "that", "these", "those"):
            continue  # "the region" points back at an earlier sentence
        term = _chunk(tok)
        if not term or len(term) > 5 or not all(t.i in kept_ids for t in term):
            continue
        if any(t.pos_ in ("PRON", "NUM") or t.like_num for t in term) or term[0].lower_ in QUANTIFIER_WORDS:
            continue
        if any(t.dep_ in ("nsubj", "nsubjpass", "dobj", "acl", "relcl") for t in term if t.i != tok.i):
            continue  # a clause folded into the noun phrase: the parse is not to be trusted
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("attr", "acomp") and any(ch.isdigit() for ch in c.text + "".join(t.text for t in c.subtree))
                                                     for c in clause.root.children):
            continue  # "Which high is 99°F?": ask about the figure, not the thing it measures
        wh = f"Which {tok.text}" if tok.pos_ == "NOUN" and len(term) > 1 and tok.dep_ != "attr" else "What"
        question = question_for_term(clause, term, wh, lower_vocab)
        if question:
            yield "entity", term, question, None, "term"


QUANTIFIER_WORDS = frozenset("few many several some most all no any each every much more less other such".split())
GENERIC_NOUNS = frozenset("part way thing number lot kind type time year day people person one form example "
                          "use case fact result place area amount level".split())


def question_for_term(clause: Clause, term: list[Token], wh: str, lower_vocab: frozenset[str]) -> str | None:
    head = _head(term)
    if head.dep_ == "pobj" and (head.head.lower_ not in STRANDABLE):
        return None
    return ask(clause, term, wh, lower_vocab=lower_vocab)


def _answer_spans(clause: Clause, lower_vocab: frozenset[str]) -> Iterator[tuple[Span, str]]:
    sent = clause.sent
    doc = sent.doc
    seen: set[tuple[int, int]] = set()
    for m in re.finditer(r"\b\d+(?:\.\d+)?\s*(?:[-–]|to)\s*\d+\b", sent.text):
        span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            seen.add((span.start, span.end))
            yield span, "CARDINAL"
    for tok in sent:
        if MULTIPLIER.match(tok.text):
            seen.add((tok.i, tok.i + 1))
            yield doc[tok.i:tok.i + 1], "CARDINAL"
    for ent in sent.ents:
        if ent.label_ not in LABELS or (ent.start, ent.end) in seen:
            continue
        if ent.label_ == "CARDINAL" and _part_of_name(ent):
            continue
        if _in_brackets(ent):
            continue  # "(NMDA)": an acronym, asked about with the phrase it abbreviates
        if any(ent.start < e and ent.end > s for s, e in seen) or ent.label_ == "CARDINAL" and len(ent) == 1 and ent.root.dep_ == "nummod" and ent.root.head.tag_ == "CD":
            continue
        label = ent.label_
        years = [t for t in ent if t.like_num and len(t.text) == 4 and t.text.isdigit()]
        if label == "DATE" and len(years) == 1 and any(t.pos_ == "NOUN" for t in ent):
            yield doc[years[0].i:years[0].i + 1], "DATE"  # "the 2015 season": the year is the answer
            continue
        if label in PROPER_LABELS and any(t.lower_ in lower_vocab for t in ent if t.is_alpha):
            label = ""  # the article writes it in lower case: a common noun, whatever the model said
            continue
        yield _extend(ent), label


ERAS = ("BCE", "BC", "CE", "AD", "B.C.", "A.D.", "B.C.E.", "C.E.")
MONTHS = ("january february march april may june july august september october november december "
          "century centuries spring summer autumn fall winter").split()


def _clean_answer(span: Span, label: str) -> bool:
    """A whole, checkable answer: not half of "between X and Y", not "daytime"."""
    doc = span.doc
    first, last = span[0], span[-1]
    if last.dep_ in ("cc", "punct") or first.dep_ == "cc" or first.lower_ in ("between", "and", "or"):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    if nxt is not None and nxt.lower_ in ("and", "or", "to", "-", "–") and span.end + 1 < len(doc) and (
            doc[span.end + 1].like_num or doc[span.end + 1].ent_type_ == span.root.ent_type_):
        return False
    if prev is not None and prev.lower_ in ("between", "and", "or") and label in ("DATE", "TIME", "CARDINAL", "QUANTITY"):
        return False
    if span.root.dep_ == "conj" or any(c.dep_ == "conj" for c in span.root.children if c.i >= span.end):
        return False
    if label in ("DATE", "TIME") and not (any(c.isdigit() for c in span.text) or any(t.lower_ in MONTHS for t in span)
                                          or is_duration(span.text)):
        return False
    return "/" not in span.text


def _part_of_name(ent: Span) -> bool:
    """"Apollo 11", "three-person": a number that is part of a word or a name."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text in ("-", "‐") and not after.whitespace_:
        return True
    return before is not None and before.tag_ in ("NNP", "NNPS") and ent.root.dep_ in ("nummod", "appos", "compound")


def _in_brackets(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"


def _extend(ent: Span) -> Span:
    """Grow "a month" to "a month or longer": coordinated words of a time expression."""
    root = ent.root
    if ent.label_ not in ("DATE", "TIME"):
        return ent
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in ERAS:
        return doc[ent.start:ent.end + 1]
    sub = list(root.subtree)
    if all(t.dep_ in ("cc", "conj", "det", "amod", "advmod", "nummod", "compound", "quantmod") or t.i == root.i or t in ent for t in sub):
        start, end = min(t.i for t in sub), max(t.i for t in sub) + 1
        if end - start <= 6 and end - start == len(sub) and ent.doc[end - 1].dep_ not in ("cc", "punct"):
            return ent.doc[start:end]
    return ent


def question_for(clause: Clause, tokens: list[Token], atype: str, lower_vocab: frozenset[str]) -> str | None:
    head = _head(tokens)
    if atype == "multiplier":
        return _multiplier_question(clause, tokens, lower_vocab)
    if head.dep_ in ("compound", "nummod", "amod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
        return _pied_piped(clause, tokens, atype, lower_vocab)
    first = tokens[0]
    doc = first.doc
    before = doc[max(first.i - 3, 0):first.i]
    if atype == "duration" and [t.lower_ for t in before] == ["as", "soon", "as"]:
        return ask(clause, tokens, "How soon", remove=list(before) + tokens, adjunct=True, lower_vocab=lower_vocab)
    prep_tok = head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    if prep_tok is None and first.i > 0 and doc[first.i - 1].tag_ == "IN" and doc[first.i - 1].dep_ == "prep":
        prep_tok = doc[first.i - 1]  # the parser attached the phrase elsewhere; its preposition is still here
    prep = prep_tok.lower_ if prep_tok is not None else None
    if atype == "duration" and head.dep_ in ("dobj", "npadvmod") and prep_tok is None:
        prep = ""
    choice = wh_word(atype, prep)
    if choice is None:
        return None
    wh, absorb = choice
    if not absorb and prep not in STRANDABLE:
        return None  # "What did the plague have effects throughout?" reads badly
    if atype in ("term", "org") and head.pos_ == "NOUN" and len(tokens) > 1:
        wh = f"Which {head.text}"
    remove = ([prep_tok] if absorb and prep_tok is not None else []) + tokens
    return ask(clause, tokens, wh, remove=remove, adjunct=absorb, lower_vocab=lower_vocab)


def _pied_piped(clause: Clause, tokens: list[Token], atype: str, lower_vocab: frozenset[str]) -> str | None:
    """"for the 2015 season" -> "For what season ...?"; "three picks" -> "How many picks ...?"."""
    noun = tokens[-1].head
    if any(t.i > tokens[-1].i and t.i < noun.i and t.dep_ not in ("compound", "amod") for t in noun.doc[tokens[-1].i + 1:noun.i]):
        return None
    if noun.lower_ in ("times", "percent", "fold") or any(t.is_punct for t in noun.doc[tokens[-1].i:noun.i]):
        return None
    if atype == "number" and tokens[-1].dep_ == "nummod" and noun.tag_ == "NNS":
        wh = f"how many {noun.text}"
    elif atype == "year" and noun.tag_ == "NN":
        wh = f"what {noun.text}"  # "the 2015 season" -> "what season"
    else:
        return None
    phrase = sorted((t for t in noun.subtree if t.i <= noun.i), key=lambda t: t.i)
    remove = list(noun.subtree)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        wh = f"{noun.head.text} {wh}"
        remove = list(noun.head.subtree)
    return ask(clause, phrase, wh[0].upper() + wh[1:], remove=sorted(remove, key=lambda t: t.i),
               lower_vocab=lower_vocab)


def _multiplier_question(clause: Clause, tokens: list[Token], lower_vocab: frozenset[str]) -> str | None:
    doc = tokens[0].doc
    nxt = tokens[-1].i + 1
    grown = list(tokens)
    if nxt < len(doc) and doc[nxt].lower_ in ("times",):
        grown.append(doc[nxt])
        nxt += 1
    comp = []
    while nxt < len(doc) and (doc[nxt].tag_ in ("JJR", "RBR", "JJ", "RB") and len(comp) < 2):
        comp.append(doc[nxt])
        nxt += 1
    if not comp or comp[0].tag_ not in ("JJR", "RBR"):
        return None
    wh = "How many times " + " ".join(t.text for t in comp)
    return ask(clause, grown + comp, wh, remove=grown + comp, lower_vocab=lower_vocab)


def _head(tokens: list[Token]) -> Token:
    ids = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[-1])


def _chunk(tok: Token) -> list[Token]:
    """A noun and its pre-modifiers: "N-methyl-D-aspartate (NMDA) receptors"."""
    doc = tok.doc
    start = tok.left_edge.i
    toks = [t for t in doc[start:tok.i + 1]]
    while toks and (toks[0].dep_ in ("det", "poss", "predet", "case") or toks[0].is_punct):
        toks = toks[1:]
    return toks


def _pattern_facts(clause: Clause, kept_ids: set[int], lower_vocab: frozenset[str]) -> Iterator[Found]:
    root = clause.root
    lemma = root.lemma_.lower()
    subj = clause.subject
    preps = {c.lower_: c for c in root.children if c.dep_ == "prep"}
    if (lemma in DEFINE_VERBS and "to" in preps and root.tag_ == "VBZ" and subj is not None
            and subj.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "advmod" for c in root.children)):
        term = _chunk(subj)
        if all(t.i in kept_ids for t in term):
            question = ask(clause, term, "Which term", remove=sorted(subj.subtree, key=lambda t: t.i), lower_vocab=lower_vocab)
            if question:
                yield "definition", term, question, None, "term"
    if lemma in MECHANISM_VERBS and "by" in preps:
        by = preps["by"]
        inner = [t for t in by.subtree if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.dep_ == "pcomp"]
        for pobj in inner[:1]:
            term = _chunk(pobj)
            wh = f"Which {pobj.text}" if pobj.pos_ == "NOUN" and len(term) > 1 else "What"
            yield "mechanism", term, ask(clause, term, wh, lower_vocab=lower_vocab) or "", None, "term"
    if lemma in MEMBER_VERBS:
        for prep in preps.values():
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                members = [pobj] + [c for c in pobj.conjuncts]
                if len(members) >= 2:
                    for member in members:
                        yield "membership", _chunk_no_conj(member), "", None, "term"
    if lemma in CAUSE_VERBS:
        for obj in (c for c in root.children if c.dep_ == "dobj"):
            term = _chunk(obj)
            yield "cause", term, ask(clause, sorted(obj.subtree, key=lambda t: t.i), "What", lower_vocab=lower_vocab) or "", None, "term"
    for tok in clause.kept():
        if tok.lower_ in OPPOSITES and tok.tag_ in ("JJR", "RBR") and _followed_by_than(tok):
            yield "comparison", [tok], "", (tok.text, OPPOSITES[tok.lower_]), "term"


def _chunk_no_conj(tok: Token) -> list[Token]:
    toks = [t for t in tok.subtree if t.i == tok.i or t.i < tok.i and t.dep_ not in ("cc", "conj", "punct", "det")]
    return sorted(toks, key=lambda t: t.i)


def _followed_by_than(tok: Token) -> bool:
    doc = tok.doc
    window = doc[tok.i + 1: min(tok.i + 6, tok.sent.end)]
    return any(t.lower_ == "than" for t in window)


def _fact(para: Paragraph, clause: Clause, kind: str, tokens: list[Token], question: str,
          contrast: tuple[str, str] | None, atype: str, *, topic: Counter[str]) -> Fact:
    statement, (a, b) = _statement(clause, tokens)
    sent = clause.sent
    lead = len(sent.text) - len(sent.text.lstrip())
    start = para.start + sent.start_char + lead
    sentence = sent.text.strip()
    ans_start = para.start + tokens[0].idx
    ans_end = para.start + tokens[-1].idx + len(tokens[-1].text)
    return Fact(
        kind=kind, answer=statement[a:b], answer_type=atype, question=question, statement=statement,
        answer_in_statement=(a, b), sentence=sentence, start=start, end=start + len(sentence),
        answer_start=ans_start, answer_end=ans_end, section=para.section,
        salience=_salience(kind, statement, statement[a:b], topic), head=_head(tokens).lemma_.lower(),
        contrast=contrast,
    )


def _statement(clause: Clause, tokens: list[Token]) -> tuple[str, tuple[int, int]]:
    first, last = tokens[0], tokens[-1]
    marks = {first.i: "\x02" + clause.text_of(first)}
    marks[last.i] = marks.get(last.i, clause.text_of(last)) + "\x03"
    text = finish(render(clause, clause.kept(), marks), ".")
    if text.startswith("\x02"):
        text = "\x02" + text[1:2].upper() + text[2:]
    a = text.index("\x02")
    text = text.replace("\x02", "")
    b = text.index("\x03")
    return text.replace("\x03", ""), (a, b)


def _appositions(para: Paragraph, sent: Span, topic: Counter[str]) -> Iterator[Fact]:
    """"glutamate — a neurotransmitter found in the brain", "a vector, an organism that ..."."""
    for tok in sent:
        term = _defined_term(tok)
        if term is None:
            continue
        first = min(c.i for c in tok.children if c.dep_ == "det")
        what_toks = sorted((t for t in tok.subtree if t.i >= first and not t.is_space), key=lambda t: t.i)
        while what_toks and what_toks[-1].is_punct:
            what_toks.pop()
        what = tidy(re.sub(r"\byour\b", "the", "".join(t.text_with_ws for t in what_toks)))
        head = tok.text
        if len(what.split()) > 14 or "you" in what.lower().split():
            continue
        # "a vector, an organism that spreads plague": the class alone ("an organism") would be a vague answer
        asks = not any(c.dep_ == "relcl" for c in tok.children)
        term_text = "".join(t.text_with_ws for t in term).strip()
        verb = "are" if term[-1].tag_ in ("NNS", "NNPS") else "is"
        subject = term_text[0].upper() + term_text[1:]
        statement = f"{subject} {verb} {what}."
        a = len(subject) + len(verb) + 2
        det = what_toks[0].text + " " if what_toks[0].dep_ == "det" else ""
        b = a + len(det) + len(head)
        if statement[a:b] != det + head:
            continue
        lead = len(sent.text) - len(sent.text.lstrip())
        start = para.start + sent.start_char + lead
        ans_start = para.start + what_toks[0].idx
        yield Fact(
            kind="definition", answer=statement[a:b], answer_type="term",
            question=(f"What {verb} {term_text[0].lower() + term_text[1:] if not keeps_case(term[0], frozenset()) else term_text}?"
                      if asks else ""),
            statement=statement, answer_in_statement=(a, b), sentence=sent.text.strip(),
            start=start, end=start + len(sent.text.strip()), answer_start=ans_start,
            answer_end=para.start + tok.idx + len(tok.text), section=para.section,
            salience=_salience("definition", statement, term_text, topic), head=tok.lemma_.lower(),
        )


CLASS_NOUNS_AFTER = frozenset("that which who found used made known responsible produced located consisting composed".split())


def _defined_term(tok: Token) -> list[Token] | None:
    """The noun phrase that ``tok`` (an "a/an N" appositive) defines, if it is one."""
    dets = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
    if not dets or tok.pos_ != "NOUN" or tok.i == 0:
        return None
    doc = tok.doc
    sep = doc[dets[0].i - 1] if dets[0].i > 0 else None
    if sep is None or sep.text not in (",", "—", "–"):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in CLASS_NOUNS_AFTER):
        return None
    if tok.dep_ == "appos":
        target = tok.head
    elif sep.text != ",":
        target = doc[sep.i - 1]  # the parser lost the dash apposition: the word before the dash
    else:
        return None
    if target.pos_ not in ("NOUN", "PROPN", "ADJ") or target.is_stop:
        return None
    left = sorted((t for t in target.subtree if t.i <= target.i and t.dep_ != "punct"), key=lambda t: t.i)
    left = [t for t in left if t.i >= max((c.i + 1 for c in left if c.dep_ in ("prep", "case")), default=left[0].i)]
    while left and left[0].dep_ == "advmod" or left and left[0].lower_ in ("more", "less", "most", "some"):
        left = left[1:]
    return left or None


def _salience(kind: str, statement: str, answer: str, topic: Counter[str]) -> float:
    score = KIND_WEIGHT.get(kind, 0.5)
    top = {w for w, _ in topic.most_common(8)}
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", statement)}
    score += 0.05 * min(len(words & top), 2)
    n_words = len(statement.split())
    if n_words > 30:
        score -= 0.1
    if len(answer.split()) > 5:
        score -= 0.1
    return max(0.0, min(1.0, round(score, 4)))


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per answer span and kind; a version with a question beats one without."""
    kept: dict[tuple[int, int, str], Fact] = {}
    for fact in facts:
        key = (fact.answer_start, fact.answer_end, fact.kind)
        if len(fact.answer) < MIN_ANSWER_CHARS:
            continue
        if key not in kept or (fact.question and not kept[key].question):
            kept[key] = fact
    return list(kept.values())


def extract_terms(docs: list[Doc]) -> tuple[Term, ...]:
    """Names and noun phrases of the article: candidate options for multiple choice."""
    terms: list[Term] = []
    offset = 0
    for doc in docs:
        lower_vocab = {t.lower_ for t in doc if t.is_lower}
        sent_of = {t.i: n for n, sent in enumerate(doc.sents, start=offset) for t in sent}
        for ent in doc.ents:
            if ent.label_ in PROPER_LABELS and not _in_brackets(ent) and not any(t.lower_ in lower_vocab for t in ent):
                terms.append(Term(ent.text, ent.label_, ent.root.lemma_.lower(), ent.root.tag_.endswith("S"),
                                  sent_of[ent.start]))
        for chunk in doc.noun_chunks:  # once per document: per sentence costs five times as much
            toks = [t for t in chunk if t.dep_ not in ("det", "poss") and not t.is_punct]
            if toks and chunk.root.pos_ == "NOUN" and 1 <= len(toks) <= 4 and not any(t.pos_ == "PRON" for t in toks):
                text = chunk.doc[toks[0].i:toks[-1].i + 1].text
                terms.append(Term(text, "", chunk.root.lemma_.lower(), chunk.root.tag_ == "NNS", sent_of[chunk.start]))
        offset += len(list(doc.sents))
    return tuple(terms)
