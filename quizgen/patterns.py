"""Facts found by sentence pattern: definitions, mechanisms, memberships, causes, comparisons, key terms."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from spacy.tokens import Span, Token

from .asking import ask, keeps_case
from .clauses import Clause, sentence_text, tidy
from .kinds import which_word
from .phrases import STRANDABLE, Found, noun_phrase, same_root, span_head
from .types import Fact, Paragraph

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


ANAPHORIC_DETS = frozenset({"this", "that", "these", "those", "such", "latter", "former", "same"})


KIND_WEIGHT = {
    "multiplier": 0.95, "definition": 0.9, "date": 0.85, "mechanism": 0.85, "quantity": 0.8,
    "duration": 0.78, "membership": 0.75, "comparison": 0.75, "cause": 0.75, "entity": 0.6,
}


def key_terms(clause: Clause, kept_ids: set[int], lower_vocab: frozenset[str],
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
        if any(c.dep_ == "det" and c.lower_ in QUANTIFIER_WORDS for c in tok.lefts):
            continue  # "each class has multiple types": each of the classes the sentence named, not a term
        term = noun_phrase(tok)
        if not term or len(term) > 5 or not all(t.i in kept_ids for t in term):
            continue
        if any(t.pos_ in ("PRON", "NUM") or t.like_num for t in term) or term[0].lower_ in QUANTIFIER_WORDS:
            continue
        before = tok.doc[term[0].i - 1] if term[0].i > 0 else None
        if before is not None and before.text in ("-", "‐") and not before.whitespace_:
            continue  # "non-violence": "violence" is half a word
        if any(t.dep_ in ("nsubj", "nsubjpass", "dobj", "acl", "relcl") for t in term if t.i != tok.i):
            continue  # a clause folded into the noun phrase: the parse is not to be trusted
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("attr", "acomp") and any(ch.isdigit() for ch in c.text + "".join(t.text for t in c.subtree))
                                                     for c in clause.root.children):
            continue  # "Which high is 99°F?": ask about the figure, not the thing it measures
        if all(t.pos_ == "PROPN" for t in term):
            continue  # "Chief Hendrick", untagged: a person or a thing? "What said that ...?" would be wrong
        wh = which_word(term, tok) if tok.pos_ == "NOUN" and tok.is_alpha and len(term) > 1 and tok.dep_ != "attr" \
            else "What"
        if wh is None:
            continue  # "bold action": "Which action did Montcalm take ...?" has many right answers
        if wh != "What" and tok.dep_ in ("dobj", "pobj", "attr") and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts):
            wh = f"What kind of {tok.text}"  # "built a lock canal": a kind, not "Which canal ...?" (one named canal)
        if _vague_outcome(term, tok):
            continue
        if _idiom(term, tok):
            continue
        if tok.dep_ in ("dobj", "attr") and any(c.dep_ == tok.dep_ and c.i != tok.i for c in tok.head.children):
            continue  # "declared France a republic": not "What did the people declare France?"
        if any(c.dep_ == "conj" for c in tok.children):
            continue  # "is called a typhoon in the Pacific and a cyclone in the Indian Ocean": one of two answers
        if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and not any(True for _ in tok.lefts) and any(
                c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in clause.root.children):
            continue  # "Eruptions can affect the climate": "What can affect the climate?" has many right answers
        question = question_for_term(clause, term, wh, lower_vocab)
        if question:
            yield "entity", term, question, None, "term"


# Judging adjectives and the outcome nouns they leave unnamed: "serious problems", "major effects".
VAGUE_JUDGEMENTS = frozenset("serious major significant important great big huge severe considerable negative positive "
                             "various many several numerous some new other real".split())
VAGUE_OUTCOMES = frozenset("effect consequence damage harm benefit advantage disadvantage change difference impact "
                           "role outcome risk danger threat trouble difficulty".split())


def _vague_outcome(term: list[Token], head: Token) -> bool:
    """"can cause serious problems": "What can inflation cause?" wants a problem named, and the source names none.
    Also "thousands of synapses": a count, which "What ...?" does not ask for."""
    if term and term[0].lower_ in COUNT_NOUNS:
        return True
    return head.lemma_.lower() in VAGUE_CLASSES | VAGUE_OUTCOMES and all(
        t.lower_ in VAGUE_JUDGEMENTS or t.dep_ == "det" for t in term if t.i != head.i)


COUNT_NOUNS = frozenset("thousands millions billions hundreds dozens tens scores".split())


# Nouns that, bare after a preposition, make an idiom: "in advance", "on average", "by hand".
IDIOM_OBJECTS = frozenset("advance practice theory total return response addition general particular turn time place "
                          "order common part average random hand foot fact detail principle effect contrast "
                          "comparison question charge control use demand".split())
def _idiom(term: list[Token], head: Token) -> bool:
    """"in advance", "in practice", "on average": a bare noun after a preposition that makes an idiom, not a term."""
    return head.dep_ == "pobj" and len(term) == 1 and head.lemma_.lower() in IDIOM_OBJECTS \
        and head.head.lower_ in ("in", "at", "by", "on", "for")


QUANTIFIER_WORDS = frozenset("few many several some most all no any each every much more less other such".split())


GENERIC_NOUNS = frozenset("part way thing number lot kind type time year day people person one form example "
                          "use case fact result place area amount level".split())


def question_for_term(clause: Clause, term: list[Token], wh: str, lower_vocab: frozenset[str]) -> str | None:
    head = span_head(term)
    if head.dep_ == "pobj" and (head.head.lower_ not in STRANDABLE):
        return None
    return ask(clause, term, wh, lower_vocab=lower_vocab)


def pattern_facts(clause: Clause, kept_ids: set[int], lower_vocab: frozenset[str]) -> Iterator[Found]:
    root = clause.root
    lemma = root.lemma_.lower()
    subj = clause.subject
    preps = {c.lower_: c for c in root.children if c.dep_ == "prep"}
    if (lemma in DEFINE_VERBS and "to" in preps and root.tag_ == "VBZ" and subj is not None
            and subj.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "advmod" for c in root.children)):
        term = noun_phrase(subj)
        if all(t.i in kept_ids for t in term):
            question = ask(clause, term, "Which term", remove=sorted(subj.subtree, key=lambda t: t.i), lower_vocab=lower_vocab)
            if question:
                yield "definition", term, question, None, "term"
    if lemma in MECHANISM_VERBS and "by" in preps:
        by = preps["by"]
        inner = [t for t in by.subtree if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.dep_ == "pcomp"]
        for pobj in inner[:1]:
            term = noun_phrase(pobj)
            if _idiom(term, pobj):
                continue
            wh = which_word(term, pobj) if pobj.pos_ == "NOUN" and pobj.is_alpha and len(term) > 1 else "What"
            if wh is None:
                continue
            yield "mechanism", term, ask(clause, term, wh, lower_vocab=lower_vocab) or "", None, "term"
    if lemma in MEMBER_VERBS:
        for prep in preps.values():
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                members = [pobj] + [c for c in pobj.conjuncts]
                if len(members) >= 2:
                    for member in members:
                        yield "membership", chunk_no_conj(member), "", None, "term"
    if lemma in CAUSE_VERBS:
        for obj in (c for c in root.children if c.dep_ == "dobj"):
            term = noun_phrase(obj)
            if any(c.i > obj.i for c in obj.children):  # "the dissolution of the empire": the whole phrase
                whole = sorted(obj.subtree, key=lambda t: t.i)
                while whole and whole[0].dep_ in ("det", "poss", "predet") and whole[0].lower_ != "the":
                    whole = whole[1:]  # "the core of the army" keeps its article: "core of the army" is no phrase
                if len(whole) > 6 or any(t.dep_ in ("relcl", "acl", "advcl", "cc") or t.lower_ in ANAPHORIC_DETS
                                         for t in whole):
                    continue
                term = whole
            if _vague_outcome(term, obj):
                continue
            yield "cause", term, ask(clause, sorted(obj.subtree, key=lambda t: t.i), "What", lower_vocab=lower_vocab) or "", None, "term"
    named = _name_given(clause, kept_ids)
    if named:
        question = ask(clause, named, "What", lower_vocab=lower_vocab)
        if question:
            yield "definition", named, question, None, "term"
    cause = _causing_subject(clause, kept_ids)
    if cause:
        question = ask(clause, cause, "What", lower_vocab=lower_vocab)
        if question:
            yield "cause", cause, question, None, "term"
    for tok in clause.kept():
        if tok.lower_ in OPPOSITES and tok.tag_ in ("JJR", "RBR") and followed_by_than(tok) and not any(
                c.dep_ == "neg" for head in (root, tok.head) for c in head.children) and not (
                tok.dep_ == "amod" and any(c.dep_ == "conj" for c in tok.head.children)):
            # not "not more difficult than" (as true swapped), not "more people and history" (no one word fits both)
            yield "comparison", [tok], "", (tok.text, opposite(tok)), "term"


# Verbs (with their particle, if any) whose subject is a cause: "Overuse of antibiotics speeds up the spread".
CAUSING_VERBS = frozenset({"cause", "trigger", "prevent", "reduce", "increase", "lead", "speed up", "slow down",
                           "accelerate", "drive", "worsen", "damage", "destroy", "limit", "raise", "lower", "promote",
                           "inhibit", "block", "stimulate", "spread"})


def _name_given(clause: Clause, kept_ids: set[int]) -> list[Token] | None:
    """"Molten rock below the surface is called magma": the name, as the answer of "What is ... called?"."""
    root = clause.root
    if root.lemma_.lower() not in ("call", "name", "term") or root.tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" for c in root.children) or clause.subject is None \
            or clause.subject.pos_ not in ("NOUN", "PROPN") or clause.subject.ent_type_:
        return None
    name = next((c for c in root.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ in ("NOUN", "PROPN")), None)
    if name is None or any(c.i > name.i for c in name.children):
        return None
    term = noun_phrase(name)
    if not term or len(term) > 4 or not all(t.i in kept_ids for t in term) or any(t.is_punct or t.like_num
                                                                                 for t in term):
        return None
    described = [t.lower_ for t in clause.subject.subtree if t.is_alpha and len(t) >= 4]
    if any(same_root(t.lower_, d) for t in term if t.is_alpha and len(t) >= 4 for d in described):
        return None  # "The property of being prime is called primality": the question gives the name away
    return term


def _causing_subject(clause: Clause, kept_ids: set[int]) -> list[Token] | None:
    """"Overuse of antibiotics speeds up the spread of resistance": the cause, a common noun with its "of" phrase,
    as the answer of "What speeds up the spread of resistance?"."""
    root, subj = clause.root, clause.subject
    particle = next((c.lower_ for c in root.children if c.dep_ == "prt"), None)
    verb = root.lemma_.lower() + (f" {particle}" if particle else "")
    if verb not in CAUSING_VERBS or subj is None or subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or subj.ent_type_ \
            or root.tag_ not in ("VBZ", "VBP", "VBD") or any(c.dep_ in ("neg", "aux") for c in root.children) \
            or not any(c.dep_ == "dobj" for c in root.children) or subj.i in kept_ids and subj.lower_ in GENERIC_NOUNS:
        return None
    whole = sorted(subj.subtree, key=lambda t: t.i)
    while whole and whole[0].dep_ in ("det", "poss", "predet"):
        whole = whole[1:]
    post = [c for c in subj.children if c.i > subj.i]
    if not whole or len(whole) > 6 or not all(t.i in kept_ids for t in whole) \
            or [c.lower_ for c in post] not in ([], ["of"]) or any(
            t.dep_ in ("relcl", "acl", "advcl", "cc", "appos") or t.pos_ in ("PRON", "NUM") or t.lower_ in ANAPHORIC_DETS
            or t.is_punct for t in whole):
        return None
    if not post and not any(c.dep_ in ("amod", "compound") for c in subj.children):
        return None  # "Heat speeds up ...": one plain word is left to key_terms, which weighs it as a topic
    return whole


def chunk_no_conj(tok: Token) -> list[Token]:
    toks = [t for t in tok.subtree if t.i == tok.i or t.i < tok.i and t.dep_ not in ("cc", "conj", "punct", "det")]
    return sorted(toks, key=lambda t: t.i)


def opposite(tok: Token) -> str:
    """The comparative that makes the statement false, in the answer's case and grammar."""
    word = OPPOSITES[tok.lower_]
    if word == "less" and tok.dep_ == "amod" and tok.head.tag_ in ("NNS", "NNPS"):
        word = "fewer"  # "more people than" -> "fewer people", not "less people"
    return word.capitalize() if tok.text[:1].isupper() else word


def followed_by_than(tok: Token) -> bool:
    doc = tok.doc
    window = doc[tok.i + 1: min(tok.i + 6, tok.sent.end)]
    return any(t.lower_ == "than" for t in window)


def appositions(para: Paragraph, sent: Span, topic: Counter[str]) -> Iterator[Fact]:
    """"glutamate — a neurotransmitter found in the brain", "a vector, an organism that ..."."""
    for tok in sent:
        term = defined_term(tok)
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
            statement=statement, answer_in_statement=(a, b), sentence=sentence_text(sent),
            start=start, end=start + len(sent.text.strip()), answer_start=ans_start,
            answer_end=para.start + tok.idx + len(tok.text), section=para.section,
            salience=salience("definition", statement, term_text, topic), head=tok.lemma_.lower(),
        )


# Classes too broad to tell what a term is: "large losses of colonies, a problem known as ..." gives no
# "What are large losses?" -> "a problem".
VAGUE_CLASSES = frozenset("problem sight thing way event phenomenon situation issue matter idea practice process".split())
CLASS_NOUNS_AFTER = frozenset("that which who found used made known responsible produced located consisting composed".split())


def defined_term(tok: Token) -> list[Token] | None:
    """The noun phrase that ``tok`` (an "a/an N" appositive) defines, if it is one."""
    dets = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
    if not dets or tok.pos_ != "NOUN" or tok.i == 0 or tok.lemma_.lower() in VAGUE_CLASSES:
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
    if any(target.i < c.i < sep.i and not c.is_punct for c in target.children):
        return None  # '"the righteousness of God" – a discovery': not "What is the righteousness?"
    left = sorted((t for t in target.subtree if t.i <= target.i and t.dep_ != "punct"), key=lambda t: t.i)
    left = [t for t in left if t.i >= max((c.i + 1 for c in left if c.dep_ in ("prep", "case")), default=left[0].i)]
    while left and left[0].dep_ == "advmod" or left and left[0].lower_ in ("more", "less", "most", "some"):
        left = left[1:]
    if any(t.tag_.startswith("VB") for t in left):
        return None  # "Tears and saliva contain lysozyme, an enzyme ...": a verb the parser took for a modifier
    return left or None


def salience(kind: str, statement: str, answer: str, topic: Counter[str]) -> float:
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
