"""Turn a clause and an answer span into a wh-question (inversion, do-support)."""
from __future__ import annotations

import re

from lemminflect import getInflection, getLemma
from spacy.tokens import Token

from .clauses import CONTRACTIONS, Clause, aside_ends, island_free, render, tidy
from .kinds import human_noun, leans_elsewhere
from .nlp import PLACE_FIRST, PLACE_LAST

# Words that open a place's name ("Lake Baikal", "Fort Sumter"); "Saint" and "Port" name places too, but the
# entity fix of nlp.place_names leaves them out ("Saint Paul" is a person as often).
PLACE_FIRST_WORDS = frozenset(w.lower() for w in PLACE_FIRST) | {"port", "fort", "saint", "st."}
from .phrases import span_head

DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}


def keeps_case(tok: Token, lower_vocab: frozenset[str]) -> bool:
    """Whether a token keeps its capital when it no longer starts the sentence.

    ``lower_vocab`` holds the words the article writes in lower case inside
    sentences more often than capitalised: the article's own evidence beats
    the tagger's ("Ketamine" is NNP to the model, "ketamine" to the article).
    """
    if tok.text.isupper() and len(tok.text) > 1 or tok.text == "I":
        return True  # acronym
    doc = tok.doc
    if tok.text[:1].isupper() and tok.tag_ in ("NNP", "NNPS") and tok.i + 1 < len(doc) \
            and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].pos_ == "PROPN" \
            and (tok.lower_ in PLACE_FIRST_WORDS or doc[tok.i + 1].text in PLACE_LAST):
        return True  # "Lake Baikal", "Mount Everest" of an article that writes "the lake": a name keeps its capitals
    if tok.lower_ in lower_vocab or tok.tag_ in ("DT", "PDT", "CC", "PRP$") or tok.lower_ in ("the", "a", "an"):
        return False  # "The" of "The Korean War": "In what year did the Korean War end?"
    if tok.is_sent_start and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" \
            and not tok.whitespace_ and not tok.doc[tok.i + 1].whitespace_ and tok.doc[tok.i + 2].is_lower \
            and tok.doc[tok.i + 2].pos_ != "PROPN":  # (not "Kinkaku-ji", a name)
        return False  # "Ocean-going ships": a compound adjective that opens the sentence, not a name
    if tok.text.capitalize() in lower_vocab:
        return True
    return tok.tag_ in ("NNP", "NNPS") or tok.ent_type_ in ("PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "EVENT")


def _lower_first(clause: Clause, tokens: list[Token], lower_vocab: frozenset[str]) -> dict[int, str]:
    if not tokens:
        return {}
    first = tokens[0]
    text = clause.text_of(first)
    if first.text[:1].islower() or first.i in clause.subs and text != "People":
        return {}  # "she" became "Curie": what the editor put in is already in its mid-sentence case
    if text and not keeps_case(first, lower_vocab) and text[:1].isupper():
        return {first.i: text[:1].lower() + text[1:]}
    return {}


def base_form(verb: Token) -> str:
    lemmas = getLemma(verb.text, upos="VERB")
    return lemmas[0] if lemmas else verb.lemma_


def _open_class(clause: Clause) -> bool:
    """The clause puts its subject in a class and nothing narrows the class down: "X are filter feeders",
    "X is a star" (not "X is the largest star", "X is a device that measures pressure")."""
    root = clause.root
    if root.lemma_ != "be":
        return False
    kept = {t.i for t in clause.kept()}
    others = [c for c in root.children if c.i in kept and c.dep_ not in ("nsubj", "nsubjpass", "punct", "cc", "conj")]
    if len(others) == 1 and others[0].dep_ == "prep" and others[0].lower_ in ("in", "at", "on", "near") and all(
            t.ent_type_ in ("GPE", "LOC", "FAC") or t.is_punct or t.dep_ in ("det", "pobj", "compound") and t.ent_type_
            for t in others[0].subtree if t.i != others[0].i):
        return True  # "Woodward Park is in North Fresno": "What is in North Fresno?" has many right answers
    bare = [c for c in root.children if c.dep_ == "acomp" and c.i in kept and c.pos_ == "ADJ"]
    if len(bare) == 1 and not any(c.i in kept and c.dep_ not in ("punct",) for c in bare[0].children) and not any(
            c.i in kept and c.dep_ not in ("nsubj", "nsubjpass", "acomp", "punct", "cc", "conj") for c in root.children):
        return True  # "Deforestation is considerable": "What is considerable?" has no one answer
    attrs = [c for c in root.children if c.dep_ == "attr" and c.i in kept and c.pos_ == "NOUN"]
    if len(attrs) != 1 or any(c.dep_ in ("prep", "acomp", "advcl", "advmod", "npadvmod", "agent", "conj") and c.i in kept
                              for c in root.children):
        return False
    attr = attrs[0]
    return all(c.i not in kept or c.dep_ in ("amod", "compound") or c.dep_ == "det" and c.lower_ in ("a", "an")
               for c in attr.children) and attr.tag_ in ("NN", "NNS")


SCOPE_PREPS = frozenset("of in among on across within from".split())


def _unscoped_superlative(clause: Clause, kept: list[Token], removed: set[int]) -> bool:
    """A superlative in what a subject question keeps, with no "of", "in" or "among" to say of what."""
    kept_ids = {t.i for t in kept}
    for tok in kept:
        if tok.i in removed or tok.tag_ not in ("JJS", "RBS") or tok.lower_ in ("least",) and tok.dep_ == "advmod" \
                or tok.text[:1].isupper() and not tok.is_sent_start:
            continue  # (not "the NFL Most Valuable Player", a title)
        holders = [tok, clause.root]
        noun = tok
        while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i != noun.i and noun.head.i != clause.root.i:
            noun = noun.head
            holders.append(noun)
        holders.append(noun.head)  # "the game's most valuable player", "the most abundant element in organisms"
        if not any((c.dep_ == "prep" and c.lower_ in SCOPE_PREPS or c.dep_ == "poss") and c.i in kept_ids
                   for h in holders for c in h.children):
            return True
    return False


def _set_aside(answer: list[Token]) -> bool:
    """The answer follows "rather than" or "instead of" (a preposition may stand between): the sentence says what it
    is not, and a question would take it for what it is."""
    doc = answer[0].doc
    j = min(t.i for t in answer) - 1
    if j >= 0 and doc[j].tag_ == "IN" and doc[j].lower_ not in ("than", "of"):
        j -= 1  # "rather than by land plants"
    return j >= 1 and (doc[j - 1].lower_, doc[j].lower_) in (("rather", "than"), ("instead", "of"))


def ask(
    clause: Clause,
    answer: list[Token],
    wh: str,
    *,
    remove: list[Token] | None = None,
    absorb_prep: bool = False,
    adjunct: bool = False,
    lower_vocab: frozenset[str] = frozenset(),
) -> str | None:
    """The question ``wh ...?`` whose answer is ``answer``; None when no clean one exists."""
    subj = clause.subject
    if subj is None or not answer:
        return None
    if subj.dep_ == "expl" and subj.i not in {t.i for t in answer}:
        return None  # "there were rich Chinese": "What were there Chinese?"
    if any(t.dep_ in ("prep", "agent") and sum(c.dep_ == "pobj" for c in t.children) > 1 for t in clause.kept()):
        return None  # "In 20 BC the emperor Augustus set up ...": a preposition with two objects is a misparse, and
        # the question would end "... the emperor?"
    if _set_aside(answer):
        return None  # "carried out by phytoplankton rather than by land plants": not "Which plants carry out ...?"
    if any(c.dep_ == "neg" for c in clause.root.children) and not any(c.lower_ == "always" for c in clause.root.children):
        return None  # "What does not carry out research?": a negated question has no one answer ("not always" has)
    if clause.root.dep_ == "ROOT" and any(c.dep_ == "mark" for c in clause.root.children):
        return None  # a main clause parsed as a subordinate one ("As is customary ..., the NFL re-sodded")
    subjects = [c for c in clause.root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if len(subjects) > 1 or any(c.dep_ == "cc" for c in subj.children) and not any(c.dep_ == "conj" for c in subj.children):
        return None  # two subjects, or "X and" with no second conjunct: a parse not to build on
    kept = clause.kept()
    kept_ids = {t.i for t in kept}
    if any(c.dep_ in ("dep", "npadvmod", "nsubj", "appos") and c.pos_ in ("NOUN", "PROPN") and c.i < subj.left_edge.i
           and c.i in kept_ids and c.ent_type_ not in ("DATE", "TIME") and c.i != subj.i
           and c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].text == "," for c in clause.root.children):
        return None  # "A small road for most of its length, Kearney Boulevard is lined ...": a description of
        # the subject set before it has no place in the question
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i in kept_ids and c.left_edge.i >= 2
           and c.doc[c.left_edge.i - 1].dep_ == "cc" and c.doc[c.left_edge.i - 2].text == ","
           for c in clause.root.children):
        return None  # "discovered by Scheele, in Uppsala, and Priestley in Wiltshire": a noun the parser hung on the verb
    removed = {t.i for t in (remove or answer)}
    head = span_head(answer)
    if head.dep_ in ("nsubj", "nsubjpass") and _unscoped_superlative(clause, kept, removed):
        return None  # "What carries the most water?": the most of which rivers another sentence said
    if head.dep_ in ("nsubj", "nsubjpass") and _open_class(clause):
        return None  # "Sponges are filter feeders": "What are filter feeders?" has many right answers
    asked = removed | {t.i for t in answer} | ({head.head.i} if head.dep_ in ("compound", "nummod", "amod") else set())
    context = [t for t in kept if t.i not in asked
               and (t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or clause.text_of(t).lower() != t.lower_)]
    if not context:
        return None  # "Which output falls?": nothing but the verb is left to tell which output is meant
        # (a pronoun the clause replaced by its antecedent counts: "which would become" is "the call letters ...")
    if any(t.lower_ in ("its", "their", "his", "her", "our", "my") and t.i not in clause.subs for t in answer):
        return None  # "their surnames", "his writings": whose is in the question, not in the answer
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.i not in {t.i for t in answer} for c in head.children):
        return None  # "Gandhi's Satyagraha": the answer without its owner ("Who was ... inspired by ...?")
    if answer[0].tag_ == "VBG" and answer[0].i != head.i:
        return None  # "Threatening government officials": an act, not the "officials" a "Which officials" asks for
    if wh == "What" and head.tag_ in ("NNPS", "NNS") and head.ent_type_ in ("NORP", "PERSON", "") \
            and head.text[:1].isupper() and (head.i > head.sent.start or head.ent_type_ in ("NORP", "PERSON")):
        return None  # "What fought alongside the Dutch?" for "Some Huguenots": a people is no "what"
    if wh.startswith("Which ") and head.i > 0 and head.doc[head.i - 1].tag_ == "HYPH":
        return None  # "spin-offs": not "Which offs did ...?"
    as_person = any(t.lower_ == "as" and t.head.i == clause.root.i and t.i + 1 < len(t.doc)
                    and human_noun(t.doc[t.i + 1].lemma_) for t in kept)
    if wh == "What" and head.dep_ == "nsubj" and clause.root.lemma_ == "be" and any(
            c.dep_ == "attr" and human_noun(c.lemma_) for c in clause.root.children):
        return None  # "What was a physicist who studied gravity?": the answer is a person
    if wh == "What" and head.dep_ in ("nsubj", "nsubjpass") and (
            as_person or _is_name(answer) and clause.root.lemma_ in PERSON_VERBS
            or all(t.text[:1].isupper() for t in answer if t.is_alpha) and clause.root.lemma_ in MIND_VERBS):
        return None  # "What was born in the city?", "What returned as composer?": a person the model did not tag
    root = clause.root
    if head.dep_ in ("nsubj", "nsubjpass") and root.lemma_ == "be" and not any(
            c.dep_ in ("attr", "acomp") for c in root.children) and any(
            c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "where", "if") for m in c.children)
            for c in root.children):
        return None  # "Colonialism is when the imperial nation begins a conquest": not "What is when ...?"
    if wh == "What" and human_noun(head.lemma_) and head.dep_ != "oprd":
        return None  # "What have developed technologies ...?" for "Humans": people are no "what" (but the name
        # they are called by is: "What are scientists who study volcanoes called?")
    if absorb_prep and head.dep_ == "pobj" and head.head.dep_ == "prep":
        removed |= {t.i for t in head.head.subtree}  # "at Santa Clara, California" goes whole
    elif (head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "NOUN" and _is_name(answer)
          and head.head.dep_ != "conj" and (not _set_off(head) or head.right_edge.i == head.head.right_edge.i)):
        # "the NFC champion Carolina Panthers", "its host, Dick Clark": the name and its title leave together
        head = head.head
        removed |= {t.i for t in head.subtree}
    else:
        extent = phrase_extent(answer, head)
        if extent is None:
            return None
        removed |= extent
    removed |= _gloss_after(answer)
    left = kept_ids - asked - removed
    if leans_elsewhere([t for t in context if t.i in left], left):
        return None  # "When was the event held?": which event is in another sentence
    staying = [t for t in kept if t.i in left]
    if any(t.lower_ in ("him", "her") and t.dep_ in ("dobj", "dative") and t.i not in clause.subs
           and not _other_name_before(staying, t) for t in staying):
        return None  # "... when Toghtogha led ..., Toghun Temür dismissed him": the name left with the answer
    prep = head.head if head.dep_ == "pobj" and head.head.dep_ in ("prep", "agent", "dative") else None
    if prep is not None and prep.i > 0 and prep.doc[prep.i - 1].lower_ in COMPOUND_PREPOSITIONS.get(prep.lower_, ()):
        return None  # "According to Michael, ..." -> not "To whom did ... contain ... according?"
    if prep is not None and prep.dep_ == "agent" and prep.head.i == clause.root.i and (
            wh in ("Who", "What") or wh.startswith("Which ")):
        # "The game was televised by CBS" -> "Who televised the game?": the crowd's way, and no stranded "by"
        return _active_question(clause, kept, subj, removed | {t.i for t in prep.subtree}, wh, lower_vocab,
                                name=_is_name(answer), plural=wh.startswith("Which ") and head.tag_ == "NNS")
    if prep is not None and prep.i not in removed:  # the preposition stays behind: "What did X bind to?"
        if prep.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in prep.children) or any(
                c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i != prep.i for c in prep.head.children):
            return None  # "on land, in water, or beneath the surface", "by steamboat and later by rail": a list
        if prep.head.pos_ in ("NOUN", "PROPN"):
            return None  # "the activities of _", "the role in _": a preposition stranded inside a noun phrase
        start = min(t.i for t in subj.subtree)
        fronted = [t for t in kept if t.i < start and t.i not in removed and not t.is_punct]
        # A phrase before the subject moves to the end, and a stranded preposition then meets it ("... protest
        # in during the war?", "... from in the area of calligraphy?"); a preposition set off by a comma
        # cannot end a question either ("carry the game, with?"). Either clash moves it to the front or refuses.
        clash = bool(fronted) and (prep.lower_ not in PIED_PIPED or fronted[0].pos_ == "ADP") or \
            prep.i > 0 and prep.doc[prep.i - 1].text == ","
        if clash and any(t.pos_ in ("VERB", "AUX") for t in fronted):
            return None  # "What is the mace displayed in, presented to ...?": a clause cannot follow it
        if clash or any(t.i > prep.i and t.i not in removed and not t.is_punct for t in kept):
            if (prep.head.pos_ not in ("VERB", "AUX", "ADJ") or prep.head.i != clause.root.i and prep.head.head.i != clause.root.i
                    or prep.lower_ not in PIED_PIPED and not (clash and wh.startswith("Which "))  # "In which cities"
                    or any(t.i not in removed and t.i != prep.i for t in prep.subtree)  # "with X as announcer"
                    or not (wh == "Who" or wh == "What" and not _is_name(answer) or wh.startswith("Which "))):
                return None  # "a replica of _ alongside the ...": stranded mid-sentence
            # "wrote to Melanchthon about it on 1 August" -> "To whom did Luther write about it on 1 August?"
            wh = f"{prep.text.capitalize()} {'whom' if wh == 'Who' else wh[0].lower() + wh[1:]}"
            removed.add(prep.i)
            adjunct = True
    for tok in kept:  # "announced on May 1, that": the comma that closed the removed adjunct goes too
        if adjunct and tok.text == "," and tok.i - 1 in removed and tok.i - 1 >= 0:
            before = [t for t in kept if t.i < tok.i and t.i not in removed]
            if before and not before[-1].is_punct:
                removed.add(tok.i)
    for aside in clause.root.children:  # 'Conceived as "X", the character first appeared': the aside cannot move
        if aside.dep_ == "advcl" and aside.tag_ in ("VBN", "VBG") and aside.i < subj.left_edge.i \
                and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in aside.children) \
                and not {t.i for t in aside.subtree} & removed:
            end = aside.right_edge.i + 1
            while end < len(aside.doc) and aside.doc[end].is_punct and aside.doc[end].text != "(":
                end += 1
            removed = removed | {t.i for t in aside.subtree} | set(range(aside.right_edge.i + 1, end))
    subj_ids = {t.i for t in subj.subtree} & kept_ids
    if subj_ids and max(subj_ids) - min(subj_ids) + 1 != len(subj_ids | {i for i in removed if min(subj_ids) < i < max(subj_ids)}):
        return None  # the subject is split by other material: the parse is not to be trusted here
    if subj.i in removed:
        if not subj_ids <= removed:
            return None
        return _subject_question(clause, kept, subj, removed, wh, lower_vocab)
    if removed & subj_ids and not (adjunct and min(subj_ids) in removed):
        return None  # only a time phrase the parser glued to the front of the subject may go
    if not island_free(head, clause.root, allow=("conj",) if adjunct else ()):
        return None
    subj_ids -= removed  # a time phrase the parser hung on the subject ("for the past decade ketamine")
    if _comma_after_subject(kept, subj, subj_ids, removed, clause.root):
        return None  # "Annam, Burma, and Champa, recognized ...": "did Annam, Burma, and Champa, recognize?"
    return _object_question(clause, kept, subj, subj_ids, removed, wh, lower_vocab)


def _gloss_after(answer: list[Token]) -> set[int]:
    """'the motto "Fortiter Defendit Triumphans" ("Triumphing by a brave defence")': the brackets gloss the answer
    and go with it."""
    doc = answer[-1].doc
    i = answer[-1].i + 1
    while i < len(doc) and doc[i].text in ('"', "”", "'", "’"):
        i += 1
    if i >= len(doc) or doc[i].text != "(":
        return set()
    for j in range(i + 1, min(len(doc), i + 40)):
        if doc[j].text == ")":
            return set(range(i, j + 1))
        if doc[j].text == "(":
            break
    return set()


def _other_name_before(staying: list[Token], pronoun: Token) -> bool:
    """A name before an object "him"/"her" that is not its own verb's subject, which it can never be."""
    subj = next((c for c in pronoun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = range(subj.left_edge.i, subj.right_edge.i + 1) if subj is not None else range(0)
    return any(t.i < pronoun.i and t.pos_ == "PROPN" and t.i not in own for t in staying)


def _comma_after_subject(kept: list[Token], subj: Token, subj_ids: set[int], removed: set[int], root: Token) -> bool:
    """The subject ends in a comma that closes no aside: a list the writer set off from its verb."""
    rest = [t for t in kept if t.i not in removed and (t.i in subj_ids or subj_ids and t.i > max(subj_ids))]
    last = next((n for n, t in enumerate(rest) if t.i >= root.i or t.i not in subj_ids), len(rest)) - 1
    comma = rest[last] if last >= 0 and rest[last].text == "," else (
        rest[last + 1] if 0 <= last + 1 < len(rest) and rest[last + 1].text == "," and rest[last + 1].i < root.i else None)
    if comma is None:
        return False
    return not any(t.dep_ in ("appos", "relcl", "acl", "advmod", "prep") and t.head.i in subj_ids and t.i in subj_ids
                   and t.i > subj.i and root.doc[min(x.i for x in t.subtree) - 1].text == "," for t in rest)


# Verbs whose subject is a person: a name doing them is no "what".
PERSON_VERBS = frozenset("bear die marry divorce retire resign graduate baptize baptise ordain crown knight "
                         "widow".split())
# Verbs of a mind: their subject is someone, whatever the model tagged the name ("What admits that ...?" for Thoreau).
MIND_VERBS = frozenset("admit observe feel surmise hope think believe recall remember realize realise fear doubt wish "
                       "regret confess wonder imagine suspect insist remark contend".split())
# Prepositions that read well at the front: "To whom ...", "With what ..."; "At what did they stay" does not.
PIED_PIPED = frozenset({"to", "with", "from", "for", "about", "into", "by", "against", "toward", "towards", "upon"})
# Two-word prepositions, by their second word: the first would be left behind by a fronted or stranded one.
COMPOUND_PREPOSITIONS = {"to": ("according", "due", "prior", "thanks", "owing", "next", "close", "contrary"),
                         "of": ("because", "instead", "ahead", "regardless", "irrespective", "out"),
                         "from": ("apart", "aside", "away"), "with": ("along", "together"),
                         "than": ("rather", "other")}
NEGATIVE_DETS = frozenset({"no", "neither", "nor", "not", "never", "few", "little", "without"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod", "det", "npadvmod"})


TITLE_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "quantmod", "npadvmod", "det", "poss", "predet",
                        "punct", "cc", "conj", "case"})


def phrase_extent(answer: list[Token], head: Token) -> set[int] | None:
    """The tokens that leave the sentence with the answer, or None when the answer is not a phrase of its own.

    The answer's own determiner and possessive go with it ("the savanna",
    "Africa's rainforest"); so do a title before a name ("Denver linebacker
    Von Miller", "NFL Commissioner Roger Goodell") and a non-restrictive
    apposition or relative clause after it ("Jaime Weston, the league's vice
    president", "John Elway, who led ...", "1985 (Super Bowl XIX)"). A
    modifier of another noun, half a coordination or a restrictive clause
    cut from its noun is not a phrase of its own.
    """
    ids = {t.i for t in answer}
    doc = head.doc
    if head.dep_ == "conj":
        return None  # half of "the impact and the decline"
    if head.dep_ in MODIFIER_DEPS and head.head.i not in ids and (head.head.pos_ in ("NOUN", "PROPN")
                                                                  or head.dep_ == "poss"):
        return None  # (a possessive of a gerund too: "WBAI's broadcasting the track" would leave "'s broadcasting")
    extent = set(ids)
    first, last = min(ids), max(ids)
    if 0 < first and last + 1 < len(doc) and doc[first - 1].is_quote and doc[last + 1].is_quote:
        extent |= {first - 1, last + 1}  # 'seen as "less civilized"': the quotes leave with the answer
    for child in head.children:
        if child.i in ids or child.i < head.i:
            continue
        if child.dep_ in ("conj", "cc"):
            return None  # removing the answer would leave "and X" behind
        if child.dep_ == "prep":  # "the evening of the same day", "disturbances, including a revolt" go whole
            extent |= {t.i for t in child.subtree} | (_brackets_around(child) if _set_off(child) else set())
        if child.dep_ in ("relcl", "acl", "appos"):
            if not _set_off(child):
                return None  # "the template introduced at Super Bowl XLV": the clause restricts the noun
            extent |= {t.i for t in child.subtree} | _brackets_around(child)
    if head.pos_ not in ("NOUN", "PROPN"):
        missing = [t for t in head.subtree if t.i < head.i and t.i not in ids and t.dep_ not in ("det", "poss", "predet", "punct")]
        return None if missing else extent
    left = [t for t in doc[head.left_edge.i:head.i] if t.i not in ids]
    if any(t.lower_ in NEGATIVE_DETS for t in left):
        return None  # "with no rain": the answer is not "rain", and the question would lose the "no"
    name = _is_name(answer) and head.pos_ == "PROPN"
    if any(t.dep_ not in ("det", "poss", "predet", "punct") and t.head.i in ids | {t.i for t in left} for t in left):
        if not name or any(t.dep_ not in TITLE_DEPS for t in left):
            return None  # "Super Bowl 50" of "the Super Bowl 50 halftime show"
    return extent | {t.i for t in left} | {head.i}


def _is_name(answer: list[Token]) -> bool:
    return all(t.pos_ == "PROPN" or t.is_punct for t in answer)


def _set_off(child: Token) -> bool:
    """A comma, dash or bracket sets the clause or apposition off from its noun."""
    first = child.left_edge.i
    return first > 0 and child.doc[first - 1].text in (",", "(", "—", "–", "[")


def _brackets_around(child: Token) -> set[int]:
    """The comma or brackets that set ``child`` off, so none is left behind."""
    doc = child.doc
    before, after = child.left_edge.i - 1, child.right_edge.i + 1
    out = {before} if before >= 0 else set()
    if after < len(doc) and doc[after].text in (")", "]") or (after < len(doc) and doc[after].text == ","
                                                              and doc[before].text == ","):
        out.add(after)
    return out


def _active_question(clause, kept, subj, removed, wh, lower_vocab, *, name: bool, plural: bool) -> str | None:
    """A passive clause asked about its agent, in the active voice: "Who sacked Newton?"."""
    verb = clause.root
    if subj.dep_ != "nsubjpass" or any(c.dep_ == "neg" for c in verb.children):
        return None
    if wh == "What" and name:
        return None  # "What sacked Newton?": a name doing something is a person or a body, not a "what"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    passive = [a for a in auxes if a.dep_ == "auxpass"]
    if len(passive) != 1 or any(c.dep_ == "auxpass" and c.i > verb.i for c in verb.children):
        return None
    others = [a for a in auxes if a.dep_ == "aux"]
    be = passive[0].lower_
    if others and others[0].tag_ == "MD" and be == "be":
        prefix, tag = others[0].lower_, "VB"  # "will be shown" -> "will show"
    elif others and others[0].lemma_ == "have" and be == "been":
        prefix, tag = others[0].lower_ if others[0].lower_ == "had" else ("have" if plural else "has"), "VBN"
    elif not others and be in ("was", "were"):
        prefix, tag = "", "VBD"
    elif not others and be in ("is", "are"):
        prefix, tag = "", "VBP" if plural else "VBZ"
    else:
        return None  # "is being shown", "could have been": not worth the risk
    forms = getInflection(verb.lemma_, tag=tag)
    if not forms:
        return None
    subj_ids = {t.i for t in subj.subtree}
    obj = [t for t in kept if t.i in subj_ids and t.i not in removed]
    fronted = [t for t in kept if t.i < min(subj_ids) and t.i not in removed]
    particles = [c for c in verb.children if c.dep_ == "prt" and c.i in {t.i for t in kept}]
    moved = {a.i for a in auxes} | {verb.i} | {p.i for p in particles}
    rest = [t for t in kept if t.i > verb.i and t.i not in removed and t.i not in moved]
    if not obj:
        return None
    obj_text = render(clause, obj, _lower_first(clause, obj, lower_vocab))
    tail = render(clause, fronted, _lower_first(clause, fronted, lower_vocab))
    verb_text = " ".join([forms[0]] + [p.lower_ for p in particles])  # "was picked up by X" -> "X picked up ..."
    return finish(" ".join(x for x in (wh, prefix, verb_text, obj_text, render(clause, rest), tail) if x))


def _subject_question(clause, kept, subj, removed, wh, lower_vocab) -> str | None:
    for child in clause.root.children:  # "X, having improved its finances, had bought": "What had bought ...?"
        if child.dep_ in ("advcl", "prep", "npadvmod") and subj.right_edge.i < child.i < clause.root.i and _set_off(child) \
                and child.right_edge.i + 1 < len(child.doc) and child.doc[child.right_edge.i + 1].text == ",":
            removed = removed | {t.i for t in child.subtree} | {child.left_edge.i - 1, child.right_edge.i + 1}
    rest = [t for t in kept if t.i not in removed]
    fronted = [t for t in rest if t.i < subj.left_edge.i]
    after = [t for t in rest if t.i > subj.right_edge.i]
    if not after:
        return None
    overrides: dict[int, str] = {}
    words = [t for t in after if not t.is_punct]
    for n, t in enumerate(words):
        if t.i not in clause.subs and (t.lower_ in ("its", "their", "itself", "themselves", "they", "it") or
                                       t.lower_ in ("his", "her", "he", "she", "him", "himself", "herself")
                                       and not any(w.pos_ == "PROPN" for w in words[:n])):
            return None  # "What has pores in their bodies?": the pronoun points at the answer
    if wh == "What":  # "What is highlighted in red?", not "What are ...": "what" takes a singular verb
        finite = next((t for t in words if t.i == clause.root.i or t.head.i == clause.root.i
                       and t.dep_ in ("aux", "auxpass")), None)
        plural_attr = any(c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS") for c in clause.root.children)
        if plural_attr and clause.root.lemma_ == "be":
            finite = None  # "What are secondary schools run by private individuals?": the plural stays
        if finite is not None and finite.i == words[0].i or finite is not None and all(
                t.pos_ in ("ADV", "PART") for t in words[:words.index(finite)]):
            overrides = {finite.i: _singular(finite)} if _singular(finite) else {}
            if finite.i == clause.root.i and overrides:  # "What absorbs blue light and reflects ...?": the verbs
                # that share the subject agree with "what" too
                ids = {t.i for t in words}
                for c in finite.children:  # (the tagger reads such a second verb as "VBP" or as a bare "VB")
                    if c.dep_ == "conj" and c.tag_ in ("VBP", "VB") and c.i in ids and c.lemma_ != "be" and not any(
                            g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children):
                        forms = getInflection(c.lemma_, tag="VBZ")
                        if forms:
                            overrides[c.i] = forms[0]
    tail = render(clause, fronted, _lower_first(clause, fronted, lower_vocab))
    return finish(f"{wh} {_before_aside(clause, after, tail, overrides)}")


SINGULAR_FORMS = {"are": "is", "were": "was", "have": "has", "do": "does", "'re": "is", "’re": "is"}


def _singular(verb: Token) -> str | None:
    """The third person singular of a plural finite verb: "are" -> "is", "complete" -> "completes"."""
    if verb.lower_ in SINGULAR_FORMS:
        return SINGULAR_FORMS[verb.lower_]
    if verb.tag_ == "VBP" and verb.lemma_ != "be":
        forms = getInflection(verb.lemma_, tag="VBZ")
        return forms[0] if forms else None
    return None


def _object_question(clause, kept, subj, subj_ids, removed, wh, lower_vocab) -> str | None:
    verb = clause.root
    kept_ids = {t.i for t in kept}
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i in kept_ids]
    overrides: dict[int, str] = {}
    if auxes:
        inv = clause.text_of(auxes[0]).strip()
        inv = CONTRACTIONS.get(inv, inv)
        if inv in ("’s", "'s"):
            return None
        moved = {auxes[0].i}
    elif verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP", "VBD"):
        inv, moved = verb.text.lower(), {verb.i}
    else:
        inv = DO_SUPPORT.get(verb.tag_)
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            inv = "did"  # "The Broncos practiced at ...": a past tense the tagger read as a participle
        if verb.tag_ == "VBP" and verb.lower_ in SAME_IN_PAST and _in_the_past(verb):
            inv = "did"  # "On 31 December 1687 the first group of Huguenots set sail": not "When do ... set sail?"
        if inv is None:
            return None
        overrides[verb.i] = base_form(verb)
        moved = set()
    for tok in kept:
        if tok.dep_ == "neg" and tok.text in CONTRACTIONS:
            overrides[tok.i] = "not"
    for conj in verb.children:  # "was awarded a degree and began work": ask about the first verb only
        if conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and conj.i > verb.i:
            cut = {t.i for t in conj.subtree} | {c.i for c in verb.children if c.dep_ in ("cc", "punct") and verb.i < c.i < conj.i}
            if cut & removed:
                return None  # "crushed and defeated the Mongols at X": X belongs to the second verb
            removed = removed | cut
    for aside in verb.children:  # "The skin forms _, while mucous membranes ... trap invaders": a contrast of its own
        if aside.dep_ == "advcl" and aside.i > verb.i and _set_off(aside) and any(
                c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in aside.children):
            removed = removed | {t.i for t in aside.subtree} | {aside.left_edge.i - 1}
    for aside in verb.children:  # "was _, later causing much strife": the aside cannot follow the question's gap
        if aside.dep_ == "advcl" and aside.tag_ in ("VBG", "VBN") and aside.i > verb.i and _set_off(aside) \
                and aside.left_edge.i - 2 in removed and not any(c.dep_ in ("mark", "nsubj") for c in aside.children):
            removed = removed | {t.i for t in aside.subtree} | {aside.left_edge.i - 1}
    subject = [t for t in kept if t.i in subj_ids]
    first_subj = min(subj_ids) if subj_ids else subj.i
    last_subj = max(subj_ids) if subj_ids else subj.i
    fronted = [t for t in kept if t.i < first_subj and t.i not in removed and t.i not in moved]
    if any(t.is_quote for t in fronted):
        return None  # '"We won," the coach said in 2015': quoted words cannot move behind the verb
    predicate = [t for t in kept if t.i > last_subj and t.i not in removed and t.i not in moved]
    if not predicate and not moved:
        return None
    if verb.lemma_ == "be" and not any(not t.is_punct for t in predicate + fronted) and subj.ent_type_ == "PERSON" \
            and (wh == "What" or wh.startswith("Which ")):
        return None  # "What was Luther?": a person is many things; the sentence must say which one is asked
    subj_text = render(clause, subject, _lower_first(clause, subject, lower_vocab))
    if "," in subj_text and not subj_text.endswith(",") and aside_ends(subject):
        subj_text += ","  # close a parenthetical: "treatments, such as antidepressants, take"; not "A, B and C,"
    tail = render(clause, fronted, _lower_first(clause, fronted, lower_vocab))
    return finish(f"{wh} {inv} {subj_text} {_before_aside(clause, predicate, tail, overrides)}")


ASIDE_DEPS = frozenset({"appos", "relcl", "acl", "advcl"})


def _before_aside(clause: Clause, words: list[Token], tail: str, overrides: dict[int, str]) -> str:
    """``words`` with a phrase moved from the front of the sentence (``tail``) after them, but before an aside
    they end in: "How many people live in the Sahara today, mostly nomadic herders ...?", not "... where
    underground water reaches the surface today?"."""
    if not tail:
        return render(clause, words, overrides)
    ids = [t.i for t in words if not t.is_punct]
    for n, tok in enumerate(words):
        if tok.text != "," or n == 0 or n + 1 >= len(words) or not ids:
            continue
        start = words[n + 1]
        if any(t.left_edge.i == start.i and t.dep_ in ASIDE_DEPS and t.right_edge.i >= ids[-1] and t.head.i < tok.i
               for t in start.sent if t.i >= start.i):
            return f"{render(clause, words[:n], overrides)} {tail}, {render(clause, words[n + 1:], overrides)}"
    return f"{render(clause, words, overrides)} {tail}"


# Verbs whose past tense is their present: the tagger often reads a past "set" or "put" as present.
SAME_IN_PAST = frozenset("set put cut hit let spread cast cost quit shut split burst broadcast upset bet thrust "
                         "beat read shed".split())


def _in_the_past(verb: Token) -> bool:
    """The sentence tells of the past: a year before now, or another verb in the past tense."""
    sent = verb.sent
    return any(t.tag_ == "VBD" for t in sent if t.i != verb.i) or any(
        t.ent_type_ == "DATE" and re.fullmatch(r"1\d{3}|20[01]\d", t.text) for t in sent)


def finish(text: str, end: str = "?") -> str:
    """Capitalise, tidy and close a question or statement."""
    text = tidy(text).rstrip(".?!,;: ")
    if end == "?":  # "Who coached both teams ... coincidentally?": a sentence adverb cannot end the question
        text = SENTENCE_ADVERB_LAST.sub("", text).rstrip(",;: ")
    if not text:
        return ""
    return text[0].upper() + text[1:] + end


# Adverbs that comment on or place the whole sentence; at the end of a question they read as an afterthought.
SENTENCE_ADVERB_LAST = re.compile(r",?\s+(?:finally|initially|traditionally|coincidentally|eventually|originally|"
                                  r"subsequently|ultimately|interestingly|notably|ironically|surprisingly|"
                                  r"unfortunately|fortunately|meanwhile)$", re.I)
