"""Extraction: find checkable facts in parsed paragraphs and phrase a question for each."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from lemminflect import getAllLemmas
from spacy.tokens import Doc, Span, Token

from .answers import MULTIPLIER, NUMBER_WORDS, TIME_UNITS, answer_type, is_duration, kind_of, normalise, wh_word
from .asking import ask, finish, human_noun, keeps_case
from .clauses import Clause, counts, name_text, referent, render, sentence_text, split_clauses, standalone
from .distract import Term
from .kinds import (EVALUATIVE, JUDGING_OPENERS, NAME_KEY, RELATIVE_OPENERS, TITLE_KEY, event_frame, place_frame,
                    share_kinds, share_subject, which_word)
from .nlp import ERAS, NAME_WH_WORDS, parse
from .patterns import appositions, key_terms, pattern_facts, salience
from .phrases import STRANDABLE, Found, in_brackets, same_root, span_head
from .quality import which_modifier_given
from .types import Article, Fact, Paragraph

# NORP ("French", "Saharan") is left out: an adjective makes a poor answer and a poorer option.
LABELS = frozenset("DATE TIME CARDINAL QUANTITY PERCENT MONEY PERSON GPE LOC FAC ORG EVENT WORK_OF_ART LAW".split())
PROPER_LABELS = frozenset("PERSON GPE LOC FAC ORG NORP EVENT WORK_OF_ART LAW".split())
MIN_ANSWER_CHARS = 2
RELATIVE_AFTER = frozenset({"of", "later", "earlier", "ago", "afterwards", "afterward"})
MIN_BLANK_CONTEXT = 8  # words a statement needs besides a blanked name to make it determinable


def extract_facts(article: Article, docs: list[Doc], *, title_doc: Doc | None = None) -> list[Fact]:
    """Every fact the article states plainly enough to ask about, in reading order.

    ``title_doc`` is the parsed title: when it names a person, "he"/"she" is that person.
    """
    lower_vocab = lower_case_words(docs)
    topic = _topic(docs)
    person = main_person(docs, article.title, title_doc=title_doc)
    people = people_named(docs, person)
    share_kinds(docs)
    share_subject(docs, article.title)
    frame = _frame_text(docs, lower_vocab)
    facts: list[Fact] = []
    for para, doc in zip(article.paragraphs, docs):
        for sent, clauses in walk_clauses(doc, lower_vocab, person):
            for clause in clauses:
                if clause.usable:
                    for found in _clause_facts(clause, lower_vocab, topic, people):
                        if found[1]:
                            if (fact := _fact(para, clause, *found, topic=topic, frame=frame)) is not None:
                                facts.append(fact)
            facts.extend(appositions(para, sent, topic))
    title = normalise(article.title)
    acronyms = title_acronyms(article.title)
    return _dedupe([f for f in facts if _worth_asking(f, title, acronyms)])


def _whole_words_in(part: str, whole: str) -> bool:
    return bool(part) and f" {part} " in f" {whole} "


def _title_in_other_words(answer: str, title: str) -> bool:
    """An answer of two words or more each a form of a title word: "civil disobedients" in
    "Civil disobedience" names the article's subject, and the question gives it away."""
    words = [w for w in normalise(answer).split() if w.isalpha()]
    title_words = normalise(title).split()
    return len(words) >= 2 and all(any(same_root(w, t) for t in title_words) for w in words)


LIST_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*(?:\(|:|,|–|—)\s*([^().;]*)")


def _counted_list_after(fact: Fact) -> bool:
    """A small count whose noun is followed by the very items it counts, so the reader need only count them."""
    words = normalise(fact.answer).split()
    if fact.answer_type != "number" or len(words) != 1:
        return False
    count = int(words[0]) if words[0].isdigit() else NUMBER_WORDS.get(words[0])  # "two streams, the Brigach and ..."
    if count is None or not 2 <= count <= 12:
        return False
    m = LIST_AFTER.match(fact.statement[fact.answer_in_statement[1]:])
    if m is None:
        return False
    listed = re.split(r",\s*(?:who|which|that|where|when|whose)\b", m.group(1))[0]  # "..., who taught him"
    first = listed.split(",")[0]
    if re.search(r"\b(?:and|or)\b", first):
        listed = first  # "two streams, the Brigach and the Breg, meet": the pair ends at its comma
    items = [x for x in re.split(r",|\band\b|\bor\b", listed) if x.strip()]
    return len(items) == count


def title_acronyms(title: str) -> frozenset[str]:
    """The short forms of a name of three words or more: "Intergovernmental Panel on Climate Change"
    -> "ipcc" (its capitalised words, the small words left out) and "ipocc" (every word)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    if len(words) < 3:
        return frozenset()
    forms = {"".join(w[0] for w in words)}
    if all(w[0].isupper() or w.lower() in ACRONYM_SKIPS for w in words):
        forms.add("".join(w[0] for w in words if w[0].isupper()))
    return frozenset(a.lower() for a in forms)


ACRONYM_SKIPS = frozenset({"of", "on", "the", "and", "for", "in", "to", "a", "an", "at", "by", "&"})


# The rest of one figure written in two units: "21 hours, 36 minutes", "5 feet 11 inches".
PART_BEFORE = re.compile(r"\d\s*(?:minutes?|seconds?|hours?|days?|months?|weeks?|years?|feet|foot|pounds?),?"
                         r"\s*(?:and\s+)?$", re.I)
PART_AFTER = re.compile(r",?\s*(?:and\s+)?\d+(?:\.\d+)?\s*(?:minutes?|seconds?|hours?|days?|months?|weeks?|"
                        r"inch(?:es)?|ounces?)\b", re.I)


def _worth_asking(fact: Fact, title: str, acronyms: frozenset[str] = frozenset()) -> bool:
    """The answer is a key term or figure a question can stand on, not one the sentence or title gives away."""
    answer = fact.answer
    if re.search(rf"\b(?:this|these|those)\s+{re.escape(answer)}(?!\w)", fact.statement, re.I):
        return False  # "triggers this phase": which phase is in another sentence
    if re.fullmatch(r"(?:the )?(?:earth|world|planet)", answer, re.I) and fact.kind == "entity":
        return False  # "The Moon's gravity causes ocean tides on _____": any student guesses Earth
    if fact.answer_type in ("date", "term") and not ANNUAL.search(fact.statement) \
            and not YEAR_IN.search(fact.statement) and re.fullmatch(rf"(?:(?:early|late|mid|mid-)\s*)?(?:{'|'.join(MONTHS[:12])})",
                                                           answer.strip(), re.I):
        return False  # "When did the Assembly adopt ...?" for *August*: of a year another sentence gives
    if fact.answer_type == "term" and answer.split()[-1].lower() in MONTHS[:12]:
        return False  # "open April" of "open April through October": a date the parser took for a noun phrase
    if fact.kind in ("duration", "quantity") and (PART_AFTER.match(fact.statement[fact.answer_in_statement[1]:])
                                                  or PART_BEFORE.search(fact.statement[:fact.answer_in_statement[0]])):
        return False  # "21 hours, 36 minutes": half of one figure
    before = fact.statement[:fact.answer_in_statement[0]]
    if before.count("(") > before.count(")"):
        return False  # "John the Steadfast (1525–32)", "(c. 1455)": an aside in brackets is trivia, not a key fact
    if fact.answer_type == "date" and DAY_AND_MONTH.fullmatch(answer.lower()) and not YEAR_IN.search(fact.statement) \
            and not RECURRING.search(fact.statement):  # "is held annually in June" needs no year
        return False  # "On _____, a feasibility study competition was announced." for *August 30*: of which year?
    if _counted_list_after(fact):
        return False  # "the three western khanates (Golden Horde, Chagatai Khanate and Ilkhanate)": the list counts itself
    if FIGURE_REFERENCE.search(fact.statement):
        return False  # "Figure 9.14 shows ...", "Table _____ gives ...": the reader has no figure, and its number is trivia
    if answer in PERSON_TITLES:
        return False  # "King": a title, not the person who bore it
    if answer.strip("()").lower() in acronyms:
        return False  # "IPCC" in "Intergovernmental Panel on Climate Change": the article's own subject
    if fact.answer_type == "term" and answer.split()[0].lower() in JUDGING_OPENERS | RELATIVE_OPENERS:
        return False  # "entire international conflict", "very low fees", "modern scientists": no key term
    if fact.answer_type == "term" and answer.split()[0].lower() in PREPOSITION_LIKE and len(answer.split()) > 1:
        return False  # "officials sit opposite members": a preposition the tagger took for an adjective
    if any(w.lower() in ANAPHORIC_WORDS for w in answer.split()) or re.fullmatch(r"(only |just )?one", answer.lower()):
        return False  # "following table" points elsewhere; "one" ("from one actor to another") counts nothing
    if fact.question and which_modifier_given(fact.question, answer, elsewhere=title):
        return False  # "Which mercenaries ...?" for *Norman mercenaries* in a quiz on the Normans
    if fact.kind != "entity":
        return True
    if _title_in_other_words(answer, title):
        return False
    if fact.question:
        # the article's own subject is no answer, nor the name in it ("Apollo" of "Apollo program")
        return normalise(answer) != title and not (answer[:1].isupper() and _whole_words_in(normalise(answer), title))
    # A blank: not (part of) the article's subject ("Much of the work of _____"), and enough words
    # around it to tell the answer ("Even _____ returned.").
    return normalise(answer) not in title and len(fact.statement.split()) >= MIN_BLANK_CONTEXT + len(answer.split())


def walk_clauses(doc: Doc, lower_vocab: frozenset[str], person: str | None) -> Iterator[tuple[Span, list[Clause]]]:
    """Each sentence of a paragraph with its clauses, in reading order, edited to stand alone.

    A subject pronoun is resolved against the chain of subjects before it: "X
    ... . It ... . It ..." keeps X; "he"/"she" become the article's main
    person, else the person the previous sentence was about.
    """
    previous: str | None = None
    previous_person: str | None = None
    title_words = set(re.findall(r"\w+", doc.user_data.get(TITLE_KEY, "")))
    states = title_states(doc.user_data.get(TITLE_KEY, ""))
    last_subject: str | None = None  # the last person who was a sentence's subject, and how many sentences ago
    person_age = 0
    rival_genders: set[str] = set()  # the personal pronouns of that sentence, which are someone else's
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        sent_person: str | None = None
        clauses = split_clauses(sent)
        # the article's main person, unless the sentence before was about someone else: "Möngke Khan commenced a
        # campaign ... . The Mongol force ... . He died in 1259" is not about Kublai, however often Kublai is named
        rival = last_subject is not None and person is not None and last_subject not in person \
            and person not in last_subject and person_age <= 2
        for clause in clauses:
            standalone(clause, previous_subject=previous, person=person or previous_person, lower_vocab=lower_vocab)
            made = [t for t in clause.tokens if t.lower_ in HE_SHE and person and clause.subs.get(t.i, "").startswith(person)]
            if rival and clause.usable and any(HE_SHE[t.lower_] not in rival_genders for t in made):
                # not when the other person's sentence had a "her" of its own: "Einstein praised her work. In 1903
                # she shared ..." is still about Curie
                clause.usable, clause.why = False, "ambiguous pronoun: the article's person or the one just named"
            elif made and clause.usable and person in title_words and any(
                    t.pos_ == "PROPN" and t.text != person and t.text in title_words and t.i not in clause.subs
                    for t in clause.kept()):
                clause.usable, clause.why = False, "'he' acts on the article's person, so is someone else"  # "His
                # father ... . He sent Martin to Latin schools": not Luther
            subj = clause.subject
            if clause.root.dep_ not in ("ROOT", "conj"):
                pass  # "..., which is one fifth of all the fresh water": a relative or adverbial clause's subject
                # is no topic of the sentence
            elif subj is not None and clause.subs.get(subj.i) and clause.usable:
                previous = referent(clause.subs[subj.i], subj)  # "X ... . It ... . It ...": the chain keeps it
            else:
                previous = _subject_text(clause, lower_vocab)
            if subj is not None and subj.ent_type_ == "PERSON" and subj.pos_ == "PROPN" and subj.text not in states:
                sent_person = _person_name(subj)  # "Manning ... . He ...": the surname carries over
            elif subj is not None and subj.lower_ in ("he", "she") and clause.subs.get(subj.i) and clause.usable:
                sent_person = clause.subs[subj.i]
        yield sent, clauses
        edited = {i for clause in clauses for i in clause.subs}
        person_age += 1
        if any(t.lower_ in ("him", "her", "his", "hers") and t.i not in edited for t in sent) and not person:
            previous_person = None  # "Einstein praised her work": a second person is about
        elif sent_person:
            previous_person = sent_person
        if sent_person:
            last_subject, person_age = sent_person, 1
            rival_genders = {HE_SHE[t.lower_] for t in sent if t.lower_ in HE_SHE}
        elif any(e.label_ == "PERSON" and e[-1].text != previous_person for e in sent.ents):
            previous_person = None  # another person came up: a later "he" could be either


HE_SHE = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


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


def written_as_common(tokens, lower_vocab: frozenset[str]) -> bool:  # noqa: ANN001 - a Span or Tokens
    """A capitalised phrase the article writes in lower case: "Ketamine" of a sentence start is the common
    "ketamine". Every capitalised word must be: "World Health Organization" stays a name in a text that
    writes "global health"."""
    caps = [t for t in tokens if t.is_alpha and not t.is_lower]
    return bool(caps) and all(t.lower_ in lower_vocab for t in caps)


def parse_title(nlp, title: str) -> Doc | None:  # noqa: ANN001 - a spaCy Language
    """The parsed title when it could be a person's name (2-4 capitalised words), else None: no parse to pay."""
    words = title.split()
    if 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words):
        return parse(nlp, [title])[0]
    return None


def main_person(docs: list[Doc], title: str = "", *, title_doc: Doc | None = None) -> str | None:
    """The person a biography is about: the one its title names, else the most mentioned, by surname."""
    if title_doc is not None:
        words = [t for t in title_doc if t.is_alpha]
        if 2 <= len(words) <= 4 and all(t.ent_type_ == "PERSON" for t in words) and words[-1].is_title:
            # the title is a person's name: "Martin Luther", "Marie Curie"; by the name the article calls them
            # by when it uses one alone ("Galileo" of "Galileo Galilei", whose father was "Vincenzo Galilei")
            return max(reversed(words), key=lambda w: _alone(docs, w.text, {t.text for t in words})).text
    surnames: Counter[str] = Counter()
    lower = {t.text for doc in docs for t in doc if t.is_lower}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent[-1].is_title and ent[-1].lower_ not in NAME_WH_WORDS \
                    and ent[-1].lower_ not in lower and person_like(ent) and ent[-1].tag_ != "NNPS":
                # not "Oxygen was liquified" (the article writes "liquid oxygen"), not "the Aztecs" (a people)
                # never "Who" of "Doctor Who": "Who explores the universe"; "Louis XIV" whole, not "XIV"
                surnames[ent.text if _regnal(ent) or ent[-1].text in PERSON_TITLES else ent[-1].text] += 1
    title_words = set(re.findall(r"\w+", title))
    names = title.split()
    if 2 <= len(names) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in names) and names[-1] not in surnames \
            and names[-1].lower() not in NAME_WH_WORDS:
        uses = [t.ent_type_ in ("", "PERSON") for doc in docs for t in doc if t.text == names[-1] and t.pos_ == "PROPN"]
        if uses and sum(uses) * 2 > len(uses):  # not "Scottish Parliament": "Parliament" is tagged an organisation
            surnames[names[-1]] += 1  # "Marie Curie": the title's surname, which the model did not tag a person
    for name in list(surnames) if title else ():  # "Mali" of "The Mali Empire": the title's state, no person
        if name in title_states(title):
            del surnames[name]
    if not surnames:
        return None
    named = [s for s in surnames if s in title_words]
    if len(named) == 1 and len(title_words) <= 4:
        # "Martin Luther", "Marie Curie": the title is the person, called by the surname unless the article uses
        # another of the title's names alone more ("Galileo" of "Galileo Galilei", whose father is "Vincenzo Galilei")
        if 2 <= len(names) <= 3 and named[0] == names[-1] and all(w[:1].isupper() and w[1:].islower() for w in names):
            return max(reversed(names), key=lambda w: _alone(docs, w, set(names)))
        return named[0]
    (name, n), *rest = surnames.most_common(2) + [("", 0)]
    if n < 3 or (rest and rest[0][1] * 2 > n):
        return None  # no clear main person: leave "he" and "she" unresolved
    return name


# What a place, not a person, becomes: "La Trinité-du-Mont became a centre of musical composition".
PLACE_ROLES = frozenset("centre center capital hub site seat city town port destination base headquarters "
                        "stronghold market refuge".split())


# Words after a name in a title that make the name a state's, a people's or a place's, not a person's.
STATE_WORDS = ("empire", "kingdom", "dynasty", "republic", "league", "river", "sea", "ocean", "lake", "mountains",
               "culture", "civilization", "civilisation", "war", "revolution", "company", "island", "islands")


def title_states(title: str) -> frozenset[str]:
    """Names the title gives a state, a people or a place: "Mali" of "The Mali Empire", "Ming" of "Ming dynasty"."""
    return frozenset(re.findall(rf"\b(\w+)\s+(?:{'|'.join(STATE_WORDS)})\b", title, re.I))


def _alone(docs: list[Doc], word: str, name: set[str]) -> int:
    """How often ``word`` of a person's ``name`` stands without the name's other words beside it."""
    n = 0
    for doc in docs:
        for t in doc:
            if t.text == word and not (t.i > 0 and doc[t.i - 1].text in name) \
                    and not (t.i + 1 < len(doc) and doc[t.i + 1].text in name):
                n += 1
    return n


def _topic(docs: list[Doc]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN") and not t.is_stop)
    return counts


def _person_name(tok: Token) -> str:
    """What a later "he" or "she" stands for: the surname ("Manning"), or a ruler's whole name ("Louis XIV",
    "Möngke Khan"; not "XIV", "Khan")."""
    if ROMAN_NUMBER.fullmatch(tok.text) or tok.text in PERSON_TITLES:  # "Louis XIV", "Möngke Khan"
        names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names:
            return " ".join(t.text for t in [*names, tok])
    return tok.text



def _subject_text(clause: Clause, lower_vocab: frozenset[str]) -> str | None:
    subj = clause.subject
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not clause.usable:
        return None
    if any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in subj.children):
        return None  # "The river's volume is enormous. On average it discharges ...": the river, not its volume
    alias = any(c.dep_ == "cc" and c.lower_ == "or" for c in subj.children)  # "MRSA, or methicillin-resistant ..."
    skip = {t.i for c in subj.children if c.dep_ in ("appos", "relcl", "acl") or c.dep_ == "punct" and c.tag_ != "HYPH"
            or c.dep_ == "prep" and subj.pos_ == "PROPN" and _set_off(c) or alias and c.dep_ in ("cc", "conj")
            for t in c.subtree}
    toks = sorted((t for t in subj.subtree if t.i not in skip), key=lambda t: t.i)
    # a number in a name counts nothing: "The Super Bowl 50 halftime show ... . It ..."
    if any(t.dep_ == "prep" or t.ent_type_ in ("DATE", "MONEY", "QUANTITY") or counts(t) for t in toks):
        return None  # "Production in 1890 alone": too specific to be what a later "it" means
    if any(t.tag_ in ("PRP", "PRP$") and t.i not in clause.subs for t in toks):
        return None  # "Its fuselage ...": a phrase that points elsewhere itself
    text = render(clause, toks)
    if not keeps_case(toks[0], lower_vocab):
        text = text[:1].lower() + text[1:]
    return referent(text, subj)


def _set_off(phrase: Token) -> bool:
    """"The Great Barrier Reef, off the coast of Queensland, is ...": a phrase between commas."""
    doc = phrase.doc
    start, end = phrase.left_edge.i, phrase.right_edge.i
    return start > 0 and doc[start - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","


def people_named(docs: list[Doc], person: str | None) -> frozenset[str]:
    """The names the article gives people, whole and by surname, and its main person.

    Only names of two words or more count ("Martin Luther", so also "Luther"): the model
    tags a lone capitalised word as a person too readily ("Oxygen").
    """
    names: Counter[str] = Counter()
    other: Counter[str] = Counter()  # how often a name's words are tagged as something else
    surnames: dict[str, str] = {}
    given: dict[str, str] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and person_like(ent) and all(t.pos_ == "PROPN" for t in ent):
                names.update({ent.text, ent[-1].text})
                surnames[ent.text] = ent[-1].text
                if ent[0].text not in PERSON_TITLES and ent[0].is_title and len(ent[0]) > 1:
                    names[ent[0].text] += 1  # "Zhu" of "Zhu Shijie": a family name can come first
                    given[ent.text] = ent[0].text
            elif ent.label_ != "PERSON":
                other.update({ent.text, ent[-1].text})
    titled = {tok.text for doc in docs for tok in doc if _titled_name(tok)}
    # a name the model tags as something else more often is no person ("Nova Scotia" is a place); the
    # surname of a person's full name is the person's unless tagged otherwise more often ("Schmitt"
    # tagged a person in "Harrison Schmitt" and an organisation once)
    full = [n for n in surnames if names[n] > other[n]]
    return frozenset(full + [surnames[n] for n in full if names[surnames[n]] >= other[surnames[n]]]
                     + [given[n] for n in full if n in given and names[given[n]] > other[given[n]]]
                     + sorted(titled) + ([person] if person else []))


def _titled_name(tok: Token) -> bool:
    """"Baron Dieskau", "Administrator Webb", "the mathematician Zhu Shijie": a name after a title or a word for a
    person is a person's, whatever the model tagged it."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.dep_ == "compound" or len(tok) < 3:
        return False
    before = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and not c.is_punct]
    if not before:
        return False
    word = before[0]
    if len(before) > 1 and before[-1].pos_ == "PROPN":
        word = next((c for c in before if c.pos_ != "PROPN"), before[0])  # "the mathematician Zhu Shijie"
    if word.text in ("General", "Saint", "Major", "Lord") and word.ent_type_ not in ("", "PERSON"):
        return False  # "General Motors", "Saint Louis": a title word that opens the names of bodies and places
    return word.text in PERSON_TITLES or human_noun(word.lemma_.lower())


def as_person(span: Span, atype: str, people: frozenset[str], lower_vocab: frozenset[str] = frozenset()) -> str:
    """A name the model did not tag a person here is a person when it was tagged one elsewhere
    ("Luther") or opens with a title ("Chief Hendrick", "King Louis XV"); never a word the
    article writes in lower case ("Oxygen" opening a sentence)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if atype in ("term", "org") and all(t.pos_ == "PROPN" and (t.lower_ not in lower_vocab or t.i == span.start
                                                                 and t.text in PERSON_TITLES) for t in span) and (
            span.text in people or len(span) > 1 and span[0].text in PERSON_TITLES or _regnal(span)) and not (
            before is not None and before.lower_ == "the"):  # "The Yuan undertook ...": a dynasty, not a man
        return "person"
    if atype == "person" and len(span) == 1 and span.start == span.sent.start and span.root.dep_ == "nsubj" \
            and span.root.head.lemma_ == "be" and getAllLemmas(span.text.lower(), upos="NOUN") and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" and not human_noun(c.lemma_) for c in span.root.head.children):
        return "term"  # "Glass is one example of an amorphous solid": a word opening the sentence, not Mr Glass
    if atype == "person" and span[-1].text in PLACE_HEADS:
        return "place" if span[-1].text in ("Park", "Street", "River", "Square", "Road", "Lake", "Bay") else "org"
    return atype


# Names that monarchs and popes take with a number: "Philip II", "Louis XIV", "Pius XII" (not "Saturn V").
REGNAL_NAMES = frozenset("Henry Edward George William Richard John James Charles Louis Philip Frederick Ferdinand "
                         "Alfonso Afonso Pedro Peter Ivan Nicholas Alexander Catherine Elizabeth Mary Anne Victoria "
                         "Gregory Innocent Pius Leo Benedict Clement Urban Boniface Paul Otto Conrad Sigismund "
                         "Wenceslaus Casimir Sancho Manuel Constantine Basil Michael Justinian Ramesses Thutmose "
                         "Amenhotep Ptolemy Antiochus Seleucus Darius Xerxes Artaxerxes Mehmed Murad Suleiman Selim "
                         "Bayezid Gustav Gustavus Christian Haakon Olaf Magnus Eric Harald Malcolm David Robert "
                         "Duncan Kenneth Stephen Ladislaus Matthias Rudolf Maximilian Leopold Joseph Francis Franz "
                         "Wilhelm Ludwig Umberto Victor Juan Felipe Carlos João Sebastian Vasily Dmitry Fyodor "
                         "Alexei Pepin Lothair Baldwin Raymond Bohemond Roger Tancred Guaimar Hugh Odo Sargon "
                         "Shalmaneser Nebuchadnezzar Cyrus Cambyses Hadrian Adrian Julius Sixtus Eugene Eugenius "
                         "Honorius Celestine Martin Callixtus Alexios Andronikos Isaac".split())


def _regnal(span: Span) -> bool:
    """"Philip II", "Louis XIV": a monarch's or a pope's name and number."""
    return len(span) == 2 and span[0].text in REGNAL_NAMES and ROMAN_NUMBER.fullmatch(span[1].text) is not None


# The last word of a name that names a place or a body, whatever the model tagged it: "Woodward Park" is no "who".
PLACE_HEADS = frozenset("Park Street Road Square River Lake Bay Bridge Station Airport Stadium Arena Hall Church "
                        "Cathedral Abbey Castle Palace Tower Museum Gallery Library Theatre Theater University "
                        "College School Academy Institute Hospital Company Corporation Group Foundation Society "
                        "Council Parliament Court Market Centre Center House Building Gardens Garden".split())


PERSON_TITLES = frozenset("King Queen Prince Princess Emperor Empress Chief President Sir Lord Lady General Captain "
                          "Colonel Admiral Pope Saint Dr. Duke Duchess Bishop Archbishop Cardinal Senator Governor "
                          "Mayor Rev. Reverend Professor Baron Baroness Count Countess Earl Marquis Marquess Viscount "
                          "Lieutenant Major Commander Marshal Sergeant Khan Sultan Tsar Czar".split())


def _clause_facts(clause: Clause, lower_vocab: frozenset[str], topic: Counter[str],
                  people: frozenset[str] = frozenset()) -> Iterator[Found]:
    kept_ids = {t.i for t in clause.kept()}
    for span, label in _answer_spans(clause, lower_vocab):
        tokens = [t for t in span if t.i in kept_ids]
        if len(tokens) != len(span) or not _clean_answer(span, label):
            continue
        atype = as_person(span, answer_type(span.text, label), people, lower_vocab)
        if atype == "relative" or atype == "duration" and (" of " in span.text or span.end < len(span.doc)
                                                           and span.doc[span.end].lower_ in RELATIVE_AFTER):
            continue  # "later that year", "six months of the year", "a year later": no clean question or swap
        question = question_for(clause, tokens, atype, lower_vocab)
        kind = kind_of(atype)
        if kind == "entity" and not question and not (atype in ("person", "place", "org") and _blankable(span)):
            continue  # a name with no clean question can still be a blank in its statement
        yield kind, tokens, question or "", None, atype
    yield from pattern_facts(clause, kept_ids, lower_vocab)
    yield from key_terms(clause, kept_ids, lower_vocab, topic)


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
        if ent.label_ in ("CARDINAL", "DATE") and _part_of_name(ent):
            continue  # "Apollo 11", "the Scotland Act 2012": a number of a name
        if in_brackets(ent):
            continue  # "(NMDA)": an acronym, asked about with the phrase it abbreviates
        if any(ent.start < e and ent.end > s for s, e in seen):
            continue  # already found as a range or a multiplier
        if ent.label_ == "CARDINAL" and len(ent) == 1 and ent.root.dep_ == "nummod" and ent.root.head.tag_ == "CD":
            continue  # one number of a pair ("1 - 3")
        if ent.label_ == "CARDINAL" and (ent.text.lower() == "one" and ent.end < len(doc) and doc[ent.end].lower_ == "of"
                                         or re.search(r"[^\W\d_]\d|\d[^\W\d_]|:", ent.text)):
            continue  # "One of the roles", "2CO", "Π2", "2:8": no count of anything
        label = ent.label_
        years = [t for t in ent if t.like_num and len(t.text) == 4 and t.text.isdigit()]
        if label == "DATE" and len(years) == 1 and any(t.pos_ == "NOUN" for t in ent):
            yield doc[years[0].i:years[0].i + 1], "DATE"  # "the 2015 season": the year is the answer
            continue
        if label in PROPER_LABELS and written_as_common(ent, lower_vocab):
            continue  # the article writes it in lower case: a common noun, whatever the model said
        if label == "PERSON" and not person_like(ent):
            label = ""
        yield _extend(ent), label


def _blankable(span: Span) -> bool:
    """A name that reads well as a blank: a whole proper noun phrase of capitalised words, alone.

    Not a modifier of another noun ("_____ v. Schoon"), not after a determiner the
    blank would leave behind ("defections to the _____"), not a member of a list.
    """
    root, doc = span.root, span.doc
    words = [t for t in span if t.is_alpha and t.lower_ not in ("the", "of", "and", "de", "for")]
    if not words or not all(t.is_title or t.is_upper for t in words) or any(not (t.is_alpha or t.text in ".'’-&")
                                                                          for t in span):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.dep_ in ("det", "poss") and before.head.i in range(span.start, span.end)
                               or before.text in ("v.", "vs.")):
        return False
    if after is not None and (after.is_title or after.pos_ in ("NOUN", "PROPN", "NUM")
                              or after.text in ("v.", "vs.", "(", "-", "–")):  # "_____ 11 landed"
        return False
    return root.dep_ not in ("compound", "amod", "poss", "nmod", "npadvmod", "conj", "appos") and \
        not any(c.dep_ in ("compound", "amod", "conj", "cc", "appos") and c.i not in range(span.start, span.end)
                for c in root.children)


def person_like(ent: Span) -> bool:
    """The model's PERSON is believable: not "the Sahel", not "the Nile"; people take no article."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if any(c.isdigit() for c in ent.text):
        return False  # "O2", "R2-D2": a formula or a code, no person
    return not (ent[0].lower_ == "the" or before is not None and before.lower_ == "the")


NAME_NOUNS = frozenset({"name", "surname", "title", "nickname", "pseudonym", "word", "term"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# A pointer to a figure, table or equation of the source ("Figure 11.18", "see Figure above", "Table 2").
FIGURE_REFERENCE = re.compile(r"\b(?:Figures?|Figs?\.|Tables?|Diagrams?|Graphs?|Equations?|Eqs?\.)\s+"
                              r"(?:\d|[IVX]+\b|[A-Z]\b|above\b|below\b)")
ANAPHORIC_WORDS = frozenset({"latter", "former", "aforementioned", "same", "such", "said", "certain", "various",
                             "following", "above", "mentioned"})
# Verbs whose "to" names who receives, not where something goes: "France ceded Canada to Great Britain".
TRANSFER_VERBS = frozenset({"cede", "give", "sell", "grant", "hand", "lend", "loan", "transfer", "award", "lease",
                            "pay", "offer", "donate", "surrender", "bequeath", "return", "license", "sublet"})
# Words that are prepositions at least as often as adjectives before a noun.
PREPOSITION_LIKE = frozenset({"opposite", "near", "next", "like", "unlike", "past", "beside", "amid", "via"})

MONTHS = ("january february march april may june july august september october november december "
          "century centuries spring summer autumn fall winter").split()
# A day and month with no year ("August 30", "30 August"), a year, and words of what recurs every year.
DAY_AND_MONTH = re.compile(rf"(?:on )?(?:the )?(?:\d{{1,2}} )?(?:{'|'.join(MONTHS[:12])})(?: \d{{1,2}}(?:st|nd|rd|th)?)?")
YEAR_IN = re.compile(r"\b(1\d{3}|20\d{2})\b")
ROMAN_NUMBER = re.compile(r"[IVX]{1,5}")  # "XIV" of "Louis XIV"
ANNUAL = re.compile(r"\b(annually|every|each|yearly|(?:is|are) held|takes? place|runs?)\b")
RECURRING = re.compile(r"\b(annually|every|each|yearly|is|are|takes?)\b")


def _clean_answer(span: Span, label: str) -> bool:
    """A whole, checkable answer: not half of "between X and Y", not "daytime"."""
    doc = span.doc
    first, last = span[0], span[-1]
    if last.dep_ in ("cc", "punct") or first.dep_ == "cc" or first.lower_ in ("between", "and", "or", "to", "until",
                                                                             "till", "through") or \
            last.pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
        return False  # "the Establishment Clause of": the model's entity stopped short
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    if nxt is not None and nxt.lower_ in ("and", "or", "to", "-", "–") and span.end + 1 < len(doc) and (
            doc[span.end + 1].like_num or doc[span.end + 1].ent_type_ == span.root.ent_type_):
        return False
    if prev is not None and prev.lower_ in ("between", "and", "or") and label in ("DATE", "TIME", "CARDINAL", "QUANTITY"):
        return False
    if span.root.dep_ == "conj" or any(c.dep_ == "conj" for c in span.root.children if c.i >= span.end):
        return False
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES and c.i < span.start for c in span.root.children):
        return False  # "triggers this phase": which phase is in another sentence
    if _half_a_word(first, last):
        return False  # "non-violence": "violence" is half a word
    if span.text in ERAS:
        return False  # "BCE" of "in the fifth century BCE": the era of a date, not a name
    if label == "CARDINAL" and len(span) == 1 and first.dep_ in ("dobj", "nsubj", "nsubjpass") \
            and (first.is_alpha or first.text.isdigit()) and not any(True for _ in first.children) \
            and not re.fullmatch(r"1\d{3}|20\d{2}", first.text) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in first.head.children):  # "Of the 131 seats, 129 are"
        return False  # "the first person to win two": two of what the sentence said before
    if prev is not None and prev.tag_ in ("JJ", "JJR", "JJS") and prev.dep_ in ("conj", "amod", "compound") \
            and not span.start <= prev.head.i < span.end and not prev.n_rights:
        return False  # "Jacksonville and nearby St. Augustine": the parser cut the answer out of its phrase
    if label in ("DATE", "TIME") and sum(not span.start <= t.head.i < span.end or t.head.i == t.i for t in span) > 1:
        return False  # "January to 82" of "53 F in January to 82 F": the entity is no phrase of the sentence
    if label in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") and not any(
            t.like_num or re.search(r"\d", t.text) or re.fullmatch(r"[IVXLC]+", t.text) for t in span):
        return False  # "with an estimated 390 billion trees": the model's QUANTITY "an estimated" holds no number
    if label in ("DATE", "TIME") and not (any(c.isdigit() for c in span.text) or any(t.lower_ in MONTHS for t in span)
                                          or is_duration(span.text)):
        return False
    return "/" not in span.text


def _half_a_word(first: Token, last: Token) -> bool:
    """The tokens ``first``..``last`` are half of a hyphenated word: "violence" of "non-violence", "third" of "third-most"."""
    doc = first.doc
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (prev is not None and (prev.text.endswith("-") or prev.tag_ == "HYPH") and not prev.whitespace_
            or nxt is not None and nxt.tag_ == "HYPH" and not last.whitespace_)


def _part_of_name(ent: Span) -> bool:
    """"Apollo 11", "three-person": a number that is part of a word or a name."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text in ("-", "‐") and not after.whitespace_:
        return True
    return before is not None and before.tag_ in ("NNP", "NNPS") and ent.root.dep_ in ("nummod", "appos", "compound")


TIME_WORDS = frozenset(TIME_UNITS) | {"longer", "more", "later", "earlier", "less", "fewer", "so"}


def _extend(ent: Span) -> Span:
    """Grow "a month" to "a month or longer": coordinated words of a time expression."""
    root = ent.root
    if ent.label_ not in ("DATE", "TIME"):
        return ent
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in ERAS:
        return doc[ent.start:ent.end + 1]
    sub = list(root.subtree)
    if any(t.dep_ == "conj" and t not in ent and not (t.ent_type_ in ("DATE", "TIME") or t.like_num
                                                        or t.lemma_.lower() in TIME_WORDS or t.lower_ in TIME_WORDS) for t in sub):
        return ent  # "in 1893 and another in mathematics": "another" is a degree, not a time
    if all(t.dep_ in ("cc", "conj", "det", "amod", "advmod", "nummod", "compound", "quantmod") or t.i == root.i or t in ent for t in sub):
        start, end = min(t.i for t in sub), max(t.i for t in sub) + 1
        if end - start <= 6 and end - start == len(sub) and ent.doc[end - 1].dep_ not in ("cc", "punct"):
            return ent.doc[start:end]
    return ent


def question_for(clause: Clause, tokens: list[Token], atype: str, lower_vocab: frozenset[str]) -> str | None:
    head = span_head(tokens)
    if atype == "term" and all(t.pos_ == "PROPN" for t in tokens) and not any(t.ent_type_ for t in tokens):
        return None  # "Katharina von Bora", "Dieskau", untagged: a person or a thing? "What planned ...?" would be wrong
    if atype == "multiplier":
        return _multiplier_question(clause, tokens, lower_vocab)
    if len(tokens) > 1 and tokens[0].lower_ in PREPOSITION_LIKE:
        return None  # "officials sit opposite members": not "Which members do officials sit?"
    if head.dep_ in ("compound", "nummod", "amod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
        return _pied_piped(clause, tokens, atype, lower_vocab)
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ not in ("VERB", "AUX"):
        return None  # "a congregation as L'Église française": the model made the name a subject of a noun
    if head.dep_ == "npadvmod" and head.pos_ == "PROPN" and head.ent_type_ not in ("DATE", "TIME"):
        return None  # "a star out of its host, Dick Clark": a name the parser hung on the verb as an adverb
    if head.dep_ in ("attr", "dobj", "nsubj", "nsubjpass") and any(
            c.dep_ == head.dep_ and c.i != head.i for c in head.head.children):
        return None  # "are the CBSE and the CISCE, NENBSE": a verb with two objects is a misparsed list
    first = tokens[0]
    doc = first.doc
    before = doc[max(first.i - 3, 0):first.i]
    if atype == "duration" and [t.lower_ for t in before] == ["as", "soon", "as"]:
        return ask(clause, tokens, "How soon", remove=list(before) + tokens, adjunct=True, lower_vocab=lower_vocab)
    prep_tok = head.head if head.dep_ == "pobj" and head.head.dep_ in ("prep", "agent") else None
    if prep_tok is None and first.i > 0 and doc[first.i - 1].tag_ == "IN" and doc[first.i - 1].dep_ in ("prep", "agent"):
        prep_tok = doc[first.i - 1]  # the parser attached the phrase elsewhere; its preposition is still here
    prep = prep_tok.lower_ if prep_tok is not None else None
    if _half_a_word(first, tokens[-1]):
        return None  # "third" of "the third-most watched broadcast"
    if atype == "duration" and any(t.dep_ == "npadvmod" and t.head.pos_ == "ADV" and t.head.i not in {x.i for x in tokens}
                                   for t in tokens):
        return None  # "approximately one week later": not "How long did Johnson respond later?"
    if atype == "duration" and head.dep_ == "npadvmod" and head.head.pos_ not in ("VERB", "AUX"):
        return None  # "two days out, a tank exploded": not "How long did a tank explode ... out?"
    if atype == "duration" and head.dep_ in ("dobj", "npadvmod") and prep_tok is None:
        prep = ""
    if atype == "number" and (unit := _unit_question(tokens, head, prep)) is not None:
        return ask(clause, tokens, unit, remove=([prep_tok] if prep else []) + tokens, adjunct=bool(prep),
                   lower_vocab=lower_vocab)
    if head.pos_ == "VERB" and head.dep_ in ("xcomp", "ccomp", "advcl", "conj"):
        return None  # a title the parser read as a verb: 'a campaign, "Start Here"' gives no "What did ABC ...?"
    if first.dep_ == "prep" and len(tokens) > 1:
        return None  # "on three grounds": a phrase with its own preposition has no plain question word
    if prep == "by" and len(tokens) == 1 and head.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in head.children):
        return None  # "reported revenue by department": a manner ("by car", "by hand"), not "By what ...?"
    if atype == "place" and prep == "to" and prep_tok.head.lower_ == "home":
        return None  # "Borneo is home to Rafflesia": what lives there, not "Where is Borneo home?"
    if atype == "place" and any(c.isdigit() for t in tokens for c in t.text):
        return None  # "ranks tornadoes from EF0": a grade the model took for a place, no "Where"
    if atype == "place" and prep == "to" and prep_tok.head.lemma_ in TRANSFER_VERBS and (
            prep_tok.head.lemma_ != "return" or any(c.dep_ in ("dobj", "nsubjpass") for c in prep_tok.head.children)):
        return None  # "ceded its territory to Great Britain": a recipient, not a "Where"
    if atype == "place" and prep_tok is not None and (prep_tok.head.dep_ == "prep" or {"from", "to"} <= {
            c.lower_ for c in prep_tok.head.children if c.dep_ == "prep"}):
        return None  # "flows from the Andes of Peru to the Atlantic Ocean in northern Brazil": one end of a route, or
        # a place inside another phrase, has no one "Where"
    if atype == "decade" and prep in ("by", "since", "until", "before", "after", "from") and \
            any(t.lower_ in ("early", "mid", "late") for t in tokens):
        atype = "date"  # "By the early 1980s": "By when ...?", not "By what decade ...?" (the decade had begun)
    if atype in ("year", "decade", "date") and prep_tok is not None and any(
            c.dep_ == "prep" and c.lower_ == prep_tok.lower_ and c.i != prep_tok.i and any(
                g.dep_ == "pobj" and (g.ent_type_ == "DATE" or re.fullmatch(r"1\d{3}|20\d{2}", g.text)) for g in c.children)
            for c in prep_tok.head.children):
        return None  # "earned a degree in physics in 1893 and another in mathematics in 1894": which "in what year"?
    century = atype == "date" and re.fullmatch(r"(?:the )?(?:(?:early|mid|late|mid-)\s*)?[\w-]+ century", " ".join(
        t.lower_ for t in tokens))  # "By the late 15th century" -> "By what century ...?"
    choice = wh_word("century" if century else atype, prep)
    if choice is None:
        return None
    wh, absorb = choice
    if not absorb and prep not in STRANDABLE:
        return None  # "What did the plague have effects throughout?" reads badly
    if prep_tok is not None and (prep_tok.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in prep_tok.children)):
        return None  # "on land, in water, or beneath the surface": one of a list of places
    if absorb and prep_tok is not None and prep_tok.head.pos_ in ("NOUN", "PROPN") and prep_tok.head.i not in {t.i for t in tokens}:
        return None  # "the war in 1905": "In what year did Japan ...?" would date the verb instead
    if (atype in ("term", "org") and head.pos_ == "NOUN" and head.is_lower and len(tokens) > 1 and head.i == tokens[-1].i
            and all(t.whitespace_ for t in tokens[:-1])):
        wh = which_word(tokens, head)  # "the town council" -> "Which council"; not "analysis of algorithms"
        if wh is None:
            return None  # "significant debt": "Which debt does the wine industry owe ...?" has no one answer
        if any(t.lemma_ == head.lemma_ and t.i not in {x.i for x in tokens} for t in clause.kept()):
            wh = "What"  # "Which population contributed to ... the Cajun population?" asks two populations
    if any(t.lower_ in ANAPHORIC_WORDS for t in tokens):
        return None  # "these latter efforts", "the same year": the answer itself points elsewhere
    subj = clause.subject
    if wh == "Who" and head.dep_ == "attr" and subj is not None and subj.lemma_.lower() in NAME_NOUNS:
        wh = "What"  # "The surname of his wife was Li": "What was the surname ...?", not "Who was ...?"
    if wh == "Who" and head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in ("be", "become") and any(
            c.dep_ == "attr" and c.lemma_.lower() in PLACE_ROLES for c in head.head.children):
        return None  # "La Trinité-du-Mont became a centre of musical composition": a place the model tagged a person
    if wh == "Who" and head.dep_ == "dobj" and head.head.lemma_ in ("include", "comprise", "contain", "feature") \
            and subj is not None and subj.pos_ == "NOUN" and not human_noun(subj.lemma_):
        return None  # "Smaller settlements included Killeshandra": a member of the subject's kind, not a "Who"
    remove = ([prep_tok] if absorb and prep_tok is not None else []) + tokens
    return ask(clause, tokens, wh, remove=remove, adjunct=absorb, lower_vocab=lower_vocab)


UNIT_DEPS = ("dobj", "npadvmod", "attr")
DIRECTIONS = frozenset("upstream downstream upriver inland offshore uphill downhill underground away".split())


def _unit_question(tokens: list[Token], head: Token, prep: str | None) -> str | None:
    """"covers about 7 million square kilometres" -> "How many square kilometres ...?": a figure with its unit,
    asked with the unit, when it is the verb's object or measure ("sail about 1,500 kilometres upstream") or
    follows "for" ("stretches for more than 2,300 kilometres"). None when anything of the noun phrase would be
    left behind ("209,000 cubic metres of water per second")."""
    if head.tag_ != "NNS" or head.i != tokens[-1].i or not head.is_alpha or head.is_upper:
        return None
    number = next((t for t in tokens if t.dep_ == "nummod" and t.head.i == head.i and t.like_num), None)
    if number is None or any(c.i > head.i for c in head.children):
        return None
    if not (prep == "for" and head.dep_ == "pobj" or prep is None and head.dep_ in UNIT_DEPS):
        return None
    if prep == "for" and any(c.dep_ in ("dobj", "attr") for c in head.head.head.children):
        return None  # "caught four passes for 80 yards": a measure of the passes, not of the catching
    host = head.head.head if head.dep_ == "pobj" else head.head
    if host.pos_ not in ("VERB", "AUX") and not (head.dep_ == "npadvmod" and host.lower_ in DIRECTIONS):
        return None  # "water less than 50 metres deep": "How deep", not "How many metres ... deep"
    between = tokens[tokens.index(number) + 1:-1]
    if any(t.tag_ not in ("JJ", "NN") or not t.is_alpha for t in between):
        return None
    return "How many " + "".join(t.text_with_ws for t in between) + head.text


def _pied_piped(clause: Clause, tokens: list[Token], atype: str, lower_vocab: frozenset[str]) -> str | None:
    """"for the 2015 season" -> "For what season ...?"; "three picks" -> "How many picks ...?"."""
    noun = tokens[-1].head
    if any(t.i > tokens[-1].i and t.i < noun.i and t.dep_ not in ("compound", "amod") for t in noun.doc[tokens[-1].i + 1:noun.i]):
        return None
    if noun.lower_ in ("times", "percent", "fold") or any(t.is_punct for t in noun.doc[tokens[-1].i:noun.i]):
        return None
    if any(c.dep_ in ("prep", "appos") and c.i > noun.i and any(t.pos_ == "PROPN" for t in c.subtree)
           for c in noun.children):
        return None  # "the 1978 Supreme Court case of FCC v. Pacifica": the name after the noun says which case
    if atype == "number" and tokens[-1].dep_ == "nummod" and noun.tag_ == "NNS":
        mods = noun.doc[tokens[-1].i + 1:noun.i]  # "four Pro Bowl selections" -> "how many Pro Bowl selections"
        wh = f"how many {''.join(t.text_with_ws for t in mods)}{noun.text}"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
        if of is not None:  # "about 5 litres of blood" -> "How many litres of blood ...?", not "How many litres"
            words = sorted(of.subtree, key=lambda t: t.i)
            if len(words) > 4 or not all(t.is_alpha for t in words) or any(t.pos_ in ("PRON", "PROPN") for t in words):
                return None
            wh += " " + " ".join(t.text for t in words)
        for rate in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "per"):
            words = sorted(rate.subtree, key=lambda t: t.i)  # "cells per microlitre of blood": the rate is the unit
            if len(words) > 5 or not all(t.is_alpha for t in words):
                return None
            wh += " " + " ".join(t.text for t in words)
    elif atype == "year" and noun.tag_ == "NN" and tokens[-1].i == noun.i - 1 and noun.lower_ in DATED_NOUNS:
        wh = f"what {noun.text}"  # "the 2015 season" -> "what season"
    elif (atype in ("term", "org") and noun.tag_ in ("NN", "NNS") and noun.dep_ != "compound" and noun.is_alpha
          and all(t.tag_ in ("NN", "NNS", "JJ", "NNP", "HYPH") for t in tokens) and tokens[-1].i == noun.i - 1
          and not any(t.lower_ in lower_vocab and t.tag_ == "JJ" and t.lower_ in EVALUATIVE for t in tokens)):
        # "a telecommunications company" -> "What kind of company ...?"; "the Spanish army" -> "Which army"
        # a name is one of its class, not a kind of it: "the Yuan period" -> "which period"
        wh = f"which {noun.text}" if atype == "org" or all(t.pos_ == "PROPN" for t in tokens) else f"what kind of {noun.text}"
    else:
        return None
    phrase = sorted((t for t in noun.subtree if t.i <= noun.i), key=lambda t: t.i)
    remove = list(noun.subtree)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        wh = f"{noun.head.text} {wh}"
        remove = list(noun.head.subtree)
    return ask(clause, phrase, wh[0].upper() + wh[1:], remove=sorted(remove, key=lambda t: t.i),
               lower_vocab=lower_vocab)


# Nouns a year names one of: "the 2015 season" -> "What season ...?"; not "a 2019 study" ("What study ...?" asks for
# the study, not its year).
DATED_NOUNS = frozenset("season census election campaign championship tournament edition olympics cup budget draft "
                        "session vintage harvest term semester festival".split())


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


def _frame_text(docs: list[Doc], lower_vocab: frozenset[str]) -> str:
    """"In Borneo, " (an article on a land), "During the Great Depression, " (on a named event): what a fact says
    when it names no name of its own; "" for any other article."""
    name = docs[0].user_data.get(NAME_KEY) if docs else None
    if place_frame(name):
        return f"In {name_text(name, lower_vocab)}, "
    return f"During {name_text(name, lower_vocab)}, " if event_frame(name) else ""


# Entities that say where or of whom a statement is: "Indonesian", "the Heart of Borneo".
ANCHOR_LABELS = PROPER_LABELS | {"LANGUAGE", "PRODUCT"}


def _anchored(clause: Clause, answer: list[Token]) -> bool:
    """The words a question keeps beside its answer include a name ("Kalimantan", "the Sahara", "Dutch")."""
    ids = {t.i for t in answer}
    for tok in clause.kept():
        text = clause.text_of(tok)
        if tok.i in ids or not text:
            continue
        if tok.i in clause.subs and any(w[:1].isupper() for w in text.split()):
            return True  # "it" -> "the Sahara"
        if tok.i not in clause.subs and tok.text[:1].isupper() and (
                tok.ent_type_ in ANCHOR_LABELS or tok.pos_ == "PROPN" and not tok.is_sent_start):
            return True  # not "lowland forest", which the model took for a name
    return False


def _framed(clause: Clause, tokens: list[Token], frame: str, statement: str, span: tuple[int, int],
            question: str) -> tuple[str, tuple[int, int], str]:
    """"In Borneo, many areas receive more than 3,000 millimetres of rain annually": the frame before a statement
    and question that name nothing to say where, so that neither leans on the article around it."""
    if not frame or _anchored(clause, tokens) or {w.strip(",") for w in frame.split()[1:] if w[:1].isupper()} & set(
            statement[span[0]:span[1]].split()):
        return statement, span, question  # nor "In the Ottoman Empire, the Ottoman government was ..."
    root = clause.root
    if frame.startswith("During ") and not (root.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)) or frame.startswith("During ") \
            and any(t.ent_type_ in ("DATE", "TIME") or re.fullmatch(r"1\d{3}|20\d{2}", t.text) for t in clause.kept()):
        return statement, span, question  # an event frames what happened in it, and only when no time says when
    first = next((t for t in clause.kept() if clause.text_of(t)), None)
    keep = first is not None and first.i not in clause.subs and (first.pos_ == "PROPN" or first.ent_type_
                                                                 or first.text == "I")
    statement = frame + (statement if keep else statement[:1].lower() + statement[1:])
    if question:
        question = frame + question[:1].lower() + question[1:]
    return statement, (span[0] + len(frame), span[1] + len(frame)), question


def _fact(para: Paragraph, clause: Clause, kind: str, tokens: list[Token], question: str,
          contrast: tuple[str, str] | None, atype: str, *, topic: Counter[str], frame: str = "") -> Fact | None:
    while tokens and (clause.text_of(tokens[-1]) == "" or tokens[-1].is_punct):
        tokens = tokens[:-1]  # "thousands of synapses ,": the parser gave the phrase the comma after it
    while tokens and (clause.text_of(tokens[0]) == "" or tokens[0].is_punct):
        tokens = tokens[1:]
    if not tokens:
        return None
    if len(tokens) == 1 and re.search(rf"\bfrom {re.escape(tokens[0].text)} to {re.escape(tokens[0].text)}\b",
                                      clause.sent.text):
        return None  # "marched from town to town": an idiom, not a place to ask for
    statement, (a, b) = _statement(clause, tokens)
    statement, (a, b), question = _framed(clause, tokens, frame, statement, (a, b), question)
    sent = clause.sent
    lead = len(sent.text) - len(sent.text.lstrip())
    start = para.start + sent.start_char + lead
    sentence = sentence_text(sent)
    ans_start = para.start + tokens[0].idx
    ans_end = para.start + tokens[-1].idx + len(tokens[-1].text)
    return Fact(
        kind=kind, answer=statement[a:b], answer_type=atype, question=question, statement=statement,
        answer_in_statement=(a, b), sentence=sentence, start=start, end=start + len(sentence),
        answer_start=ans_start, answer_end=ans_end, section=para.section,
        salience=salience(kind, statement, statement[a:b], topic), head=span_head(tokens).lemma_.lower(),
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
            name = ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent  # "Ron Grainer's" -> "Ron Grainer"
            if ent.label_ in PROPER_LABELS and not in_brackets(ent) and not written_as_common(name, lower_vocab):
                terms.append(Term(name.text, ent.label_, name.root.lemma_.lower(), name.root.tag_.endswith("S"),
                                  sent_of[ent.start]))
        for chunk in doc.noun_chunks:  # once per document: per sentence costs five times as much
            toks = [t for t in chunk if t.dep_ not in ("det", "poss") and not t.is_punct]
            if toks and chunk.root.pos_ == "NOUN" and 1 <= len(toks) <= 4 and not any(t.pos_ == "PRON" for t in toks):
                text = chunk.doc[toks[0].i:toks[-1].i + 1].text
                terms.append(Term(text, "", chunk.root.lemma_.lower(), chunk.root.tag_ == "NNS", sent_of[chunk.start]))
        offset += len(list(doc.sents))
    return tuple(terms)
