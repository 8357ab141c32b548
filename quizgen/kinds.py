"""Whether "Which N ...?" has one answer: the answer's modifiers name a kind of N.

"Hospital pharmacies", "French refugees" and "clinical pharmacists" name kinds, so
"Which pharmacies ...?" asks for one of a set the reader knows. "Significant debt",
"bold action" and "larger instances" only describe: "Which debt does the wine industry
owe to the Huguenots?" has no answer a student could give. A describing modifier still
names a kind when the article sets it against another ("red ribbons ... blue ribbons",
"lower bounds ... upper bounds") or when the phrase is a term of the lexicon.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lemminflect import getAllLemmas
from spacy.tokens import Doc, Token

from .lexicon import is_term

# Adjectives that judge rather than classify: "the best method" is no kind of method.
EVALUATIVE = frozenset("good bad best worst great important major main key new old first last other same different "
                       "large small big little high low many few certain various several".split())
JUDGING_OPENERS = EVALUATIVE | frozenset("entire whole overall particular specific typical very particularly "
                                         "highly extremely relatively fairly quite rather only just even also".split())
# Modifiers that place a thing in time or relative to others but do not tell which it is: "Which scientists ...?"
# for "modern scientists", "Which findings ...?" for "recent findings" has many right answers.
RELATIVE_OPENERS = frozenset("additional modern recent local subsequent previous special extended further extra separate distinct "
                             "current present early earlier later former latter similar respective numerous own "
                             "initial final original corresponding usual common general widespread total".split())
# Adjectives whose ending is that of a classifying adjective ("clinical", "solar") but which judge or place.
QUALITATIVE = frozenset("actual central annual official traditional usual normal typical critical essential potential "
                        "crucial vital minimal maximal optimal substantial conventional exceptional ideal principal "
                        "fundamental practical dramatic drastic tragic basic classic specific primary ordinary necessary "
                        "contemporary temporary arbitrary extraordinary preliminary similar familiar particular regular "
                        "popular peculiar dynamic historic real virtual logical radical magic eventual gradual "
                        "occasional partial mutual marginal nominal literal informal".split())
# Endings of adjectives made from nouns, which sort things into kinds: "clinical", "Jurassic", "urban", "solar",
# "sensory", "marine", "Western".
CLASSIFYING_ENDINGS = ("ic", "al", "an", "ese", "ar", "ary", "ory", "ine", "ern")
# Classifying adjectives without such an ending: "civil law", "foreign policy".
CLASSIFYING = frozenset("civil foreign rural".split())
# Words that place a named period or region within itself: "the late Ming era", "Upper Egypt".
PART_OF_NAMED = frozenset("late early mid middle upper lower northern southern eastern western central".split())
# Nouns that name a word rather than a kind: "the term imperialism", "the concept environmental determinism".
NAMING_NOUNS = frozenset("term concept word name phrase idea notion label expression".split())
COLOURS = frozenset("red orange yellow green blue purple violet pink brown black white grey gray golden silver".split())
NAME_TYPES = frozenset("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split())
NOT_KINDS = EVALUATIVE | JUDGING_OPENERS | RELATIVE_OPENERS | QUALITATIVE
KINDS_KEY = "quizgen.kinds"


def modifier_kinds(docs: Iterable[Doc]) -> dict[str, frozenset[str]]:
    """For each noun, the modifiers it takes in the text: "ribbon" -> {"red", "blue"}."""
    kinds: dict[str, set[str]] = {}
    for doc in docs:
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            for mod in tok.lefts:
                if mod.dep_ in ("amod", "compound", "nmod") and mod.is_alpha and _sorts(mod):
                    kinds.setdefault(tok.lemma_.lower(), set()).add(mod.lemma_.lower())
    return {noun: frozenset(mods) for noun, mods in kinds.items()}


def share_kinds(docs: list[Doc]) -> None:
    """Give every paragraph of an article the modifiers of the whole article (see :func:`which_fits`)."""
    kinds = modifier_kinds(docs)
    for doc in docs:
        doc.user_data[KINDS_KEY] = kinds


def _sorts(mod: Token) -> bool:
    """A modifier that can set one kind against another: a noun, a name, a colour, a part ("upper"), or an
    adjective that classifies. "significant actions" does not make "bold action" a kind of action."""
    return (mod.pos_ in ("NOUN", "PROPN") or mod.dep_ == "compound" or mod.lower_ in COLOURS
            or mod.lower_ in PART_OF_NAMED or not _describes(mod))


def _kinds_of(doc: Doc) -> dict[str, frozenset[str]]:
    kinds = doc.user_data.get(KINDS_KEY)
    if kinds is None:
        kinds = doc.user_data[KINDS_KEY] = modifier_kinds([doc])
    return kinds


def _proper(tok: Token) -> bool:
    """"French", "Norman", "Block II": a name, which always tells which."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAME_TYPES:
        return True
    return tok.text[:1].isupper() and not tok.is_sent_start


def _describes(tok: Token) -> bool:
    """"significant", "larger", "updated", "bold": a modifier that describes rather than sorts into kinds."""
    low = tok.lower_
    if low in CLASSIFYING:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if low in PART_OF_NAMED and nxt is not None and _proper(nxt):
        return False  # "the late Ming era": a part of a named period is a period of its own
    if low in NOT_KINDS or tok.tag_ in ("JJR", "JJS", "RBR", "RBS", "VBN", "VBG", "VBD"):
        return True
    return not (low.endswith(CLASSIFYING_ENDINGS) and len(low) > 4)


def which_fits(tokens: list[Token], head: Token, *, lexicon_term: bool = False) -> bool:
    """Whether "Which <head> ...?" has the answer ``tokens`` (its modifiers, then ``head``) and no other.

    ``lexicon_term`` says the phrase is a term of the lexicon ("smooth muscle"), which names a
    kind whatever its words.
    """
    doc = head.doc
    mods = [t for t in tokens if t.i < head.i and not (t.dep_ == "det" and t.lower_ in ("the", "a", "an"))]
    describing = []
    for tok in mods:
        if tok.is_punct:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "‐", "–") and not tok.whitespace_:
            continue  # "high-altitude", "non-deterministic": the last part says what the word is
        if _proper(tok):
            continue
        if tok.pos_ in ("DET", "ADV", "PART", "PRON", "CCONJ", "ADP", "NUM") or tok.dep_ in ("cc", "conj", "det"):
            return False  # "Almost all the rocks", "Not every prime", "doctrinal and polemical writings"
        if tok.pos_ == "NOUN" or tok.dep_ == "compound":
            if tok.lower_ in NAMING_NOUNS:
                return False  # "the term imperialism": "Which imperialism ...?"
            continue  # "hospital pharmacies", "fuel lines", "gold footballs"
        if _describes(tok):
            describing.append(tok.lemma_.lower())
    if not describing or lexicon_term:
        return True
    others = _kinds_of(doc).get(head.lemma_.lower(), frozenset()) - {t.lemma_.lower() for t in mods}
    return any(other not in NOT_KINDS for other in others)  # "red ribbons ... blue ribbons"


# Endings of nouns that name a process or a quality, and the like that the endings miss.
PROCESS_ENDINGS = re.compile(r"(?:tion|sion|ment|ance|ence|ism|ity|ness|ing)$")
PROCESS_NOUNS = frozenset("transfer growth decay flow loss control spread release uptake breakdown exchange repair "
                          "response behaviour behavior change".split())


# The second word of a chemical name: "carbon dioxide" is no kind of dioxide a reader could choose among.
CHEMICAL_HEADS = frozenset("dioxide monoxide trioxide oxide chloride fluoride bromide iodide sulfide sulphide hydroxide "
                           "peroxide hydride nitride carbonate bicarbonate sulfate sulphate nitrate nitrite phosphate "
                           "silicate".split())


def names_a_process(head: Token) -> bool:
    """"natural selection", "horizontal gene transfer", "carbon dioxide": a fixed term whose noun names a process or
    a chemical's second word, not a class of things the reader could list, so "Which selection ...?" is no
    teacher's question and "What ...?" is.

    A noun the article also uses in the plural is a class ("chemical reactions"), whatever its ending.
    """
    low = head.lower_
    if low in CHEMICAL_HEADS:
        return True  # "carbon dioxide": "What enters the leaf ...?", not "Which dioxide ...?"
    return head.tag_ == "NN" and bool(PROCESS_ENDINGS.search(low) or low in PROCESS_NOUNS) and not _made_plural(head)


def names_an_activity(head: Token) -> bool:
    """"water cycling", "coal mining": a noun in -ing the article never makes plural names an activity, and
    "Which cycling ...?" no kind of anything ("Which building ...?" of "buildings" still does)."""
    low = head.lower_
    return head.tag_ == "NN" and low.endswith("ing") and len(low) > 5 and not _made_plural(head)


def which_word(tokens: list[Token], head: Token) -> str | None:
    """The question word for ``tokens`` (a noun phrase ending in ``head``) where "Which <head>" is the first
    thought: "Which <head>" when it has one answer, "What" for a fixed term that names a process or a chemical,
    None when neither asks well ("Which debt ...?" for "significant debt", "Which cycling ...?")."""
    lexicon_term = is_term(" ".join(t.text for t in tokens))
    if lexicon_term and names_a_process(head):
        return "What"  # "natural selection": not "Which selection does resistance arise through?"
    if names_an_activity(head) or not which_fits(tokens, head, lexicon_term=lexicon_term):
        return None
    if not getAllLemmas(head.text.lower(), "NOUN"):
        return None  # "Latin vacca": "From which vacca ...?" asks for the word it names
    return f"Which {head.text}"


PLURALS_KEY = "quizgen.plural_lemmas"


def _made_plural(noun: Token) -> bool:
    """The article writes this noun in the plural somewhere (the lemmas of its plurals are read once per text)."""
    doc = noun.doc
    plurals = doc.user_data.get(PLURALS_KEY)
    if plurals is None:
        plurals = doc.user_data[PLURALS_KEY] = frozenset(t.lemma_.lower() for t in doc if t.tag_ == "NNS")
    return noun.lemma_.lower() in plurals


SUBJECT_KEY = "quizgen.subject_nouns"


def subject_nouns(docs: list[Doc], title: str = "") -> frozenset[str]:
    """The common nouns an article uses for its own subject, from its title and what it says its subject is.

    "Super Bowl 50 was an American football game ..." gives "game", so "the game" of a later
    sentence needs no antecedent in the question; "the event" does.
    """
    title_words = {w.lower() for w in re.findall(r"\w+", title)}
    # a plural title is about the class: "Coral Reefs. ... The reef was declared ..." means one reef named elsewhere,
    # but "the reefs" are the title's: a plural title word is kept as written, and matches only a plural mention
    nouns = {w for w in title_words if w.isalpha()}
    first = True
    for doc in docs:
        for sent in doc.sents:
            root = sent.root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            about = first or any(t.lower_ in title_words and t.pos_ == "PROPN" for t in subj.subtree)
            if first and title and subj.pos_ == "NOUN" and [c.lower_ for c in subj.lefts] == ["the"]:
                nouns.add(subj.lemma_.lower())  # "Rome. The city fell to the Visigoths ...": the title says which
            first = False
            if not about:
                continue
            named = [c for c in root.children if c.dep_ == "attr"] if root.lemma_ == "be" else []
            named += [c for c in subj.children if c.dep_ == "appos"]
            for noun in named + [c for n in named for c in n.conjuncts]:
                if noun.pos_ == "NOUN":
                    nouns.add(noun.lemma_.lower())
    return frozenset(nouns)


def share_subject(docs: list[Doc], title: str) -> None:
    """Give every paragraph the nouns of the article's subject (see :func:`leans_elsewhere`) and its name."""
    nouns = subject_nouns(docs, title)
    name = subject_name(docs[0], title) if docs else None
    first = title.split(",")[0].strip()
    town = bool(re.fullmatch(r"[A-Z][\w .'-]+, [A-Z][\w .'-]+", title)) or bool(first) and any(  # "Fresno, California"
        e.label_ == "GPE" and len(e.text) > 3 and (e.text == first or first.startswith(e.text + " "))
        for doc in docs for e in doc.ents)  # "Newcastle" of "Newcastle upon Tyne"
    for doc in docs:
        doc.user_data[SUBJECT_KEY] = nouns
        doc.user_data[NAME_KEY] = name
        doc.user_data[TITLE_KEY] = title
        doc.user_data[TOWN_KEY] = town


NAME_KEY = "quizgen.subject_name"
TOWN_KEY = "quizgen.title_is_a_town"  # the title names a place the text tags as one: "Jacksonville, Florida"
TITLE_KEY = "quizgen.title"


@dataclass(frozen=True)
class SubjectName:
    """How an article's first sentence names its subject: "The Panama Canal is an artificial waterway ..."."""

    tokens: tuple[Token, ...]  # "The Panama Canal"
    nouns: frozenset[str]  # the common nouns that stand for it: "canal", "waterway"
    plural: bool

    @property
    def head(self) -> Token:
        return self.tokens[-1]


def subject_name(doc: Doc, title: str) -> SubjectName | None:
    """The phrase the first sentence names the article's subject with, when it is a name of the title's.

    Not "A volcano" (any one), not "The Romans" of "Roman Roads" (another thing), not a phrase
    longer than a name.
    """
    sent = next(iter(doc.sents), None)
    if sent is None or not title:
        return None
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    toks = [t for t in subj.subtree if t.i <= subj.i or t.head.i == subj.i and t.dep_ in ("nummod", "compound")]
    if len(toks) > 5 or toks[-1].i - toks[0].i + 1 != len(toks) or any(
            t.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or t.dep_ not in ("det", "compound", "amod", "nummod")
            and t.i != subj.i for t in toks):
        return None
    if any(t.pos_ == "DET" and (t.lower_ != "the" or t.i != toks[0].i) for t in toks):
        return None
    title_words = {w.lower() for w in re.findall(r"\w+", title)}
    if not any(t.lower_ in title_words for t in toks if t.pos_ != "DET"):
        return None
    nouns = {subj.lemma_.lower()}
    if root.lemma_ == "be":
        for attr in (c for c in root.children if c.dep_ == "attr"):
            if attr.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in attr.children):
                nouns.add(attr.lemma_.lower())  # "... is an artificial waterway": "the waterway" is the canal
                nouns.update(c.lemma_.lower() for c in attr.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                             and c.i == attr.i - 1)  # "an island nation": "the island" is Madagascar too
    # "The Byzantine Empire was the eastern part of the Roman Empire": a later "the empire" could be either
    named = {t.i for t in toks}
    nouns -= {t.lemma_.lower() for t in sent if t.i not in named and t.pos_ in ("NOUN", "PROPN")
              and (t.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in t.lefts))}
    if not nouns:
        return None
    return SubjectName(tuple(toks), frozenset(nouns), subj.tag_ in ("NNS", "NNPS"))


# What the first sentence may call a subject that a fact can be "in": "Borneo is the third-largest island".
LAND_NOUNS = frozenset("island archipelago desert country region continent peninsula state province nation kingdom "
                       "empire republic territory colony city".split())
# A name with one of these is a water or a range, which nothing is "in" the way a country is: "the Mississippi River".
WATER_WORDS = frozenset("river lake sea ocean gulf bay canal strait stream creek falls mountains range".split())


# What the first sentence may call a subject that a past fact can be "during": "The Great Depression was a decline".
EVENT_FRAME_NOUNS = frozenset("war depression revolution crisis pandemic epidemic plague famine recession decline "
                              "downturn period era age movement reformation renaissance restoration rush".split())


def event_frame(name: SubjectName | None) -> bool:
    """Whether the article's subject is a named event or period, so that a past fact that names nothing is of it:
    "World trade declined sharply" (during the Great Depression)."""
    return name is not None and not name.plural and bool(name.nouns & EVENT_FRAME_NOUNS) \
        and name.head.pos_ == "PROPN"


def place_frame(name: SubjectName | None) -> bool:
    """Whether the article's subject is a land or a state, so that a sentence with no name of its own is about
    what happens in it: "Many areas receive more than 3,000 millimetres of rain" (of Borneo)."""
    if name is None or name.plural or not name.nouns & LAND_NOUNS:
        return False
    return name.head.pos_ == "PROPN" and not any(t.lower_ in WATER_WORDS for t in name.tokens)


def bare_definite(tok: Token, kept: set[int] | None = None) -> bool:
    """"the event": a common noun whose only word beside it is "the", so which one is in another sentence.

    ``kept`` holds the words still in the sentence (all of them when None)."""
    return (tok.pos_ == "NOUN" and [c.lower_ for c in tok.lefts if kept is None or c.i in kept] == ["the"]
            and not any((kept is None or c.i in kept) and not c.is_punct for c in tok.rights))


def _own_nouns(doc: Doc) -> frozenset[str]:
    """The nouns of the article's own subject, shared by :func:`share_subject` (else this paragraph's)."""
    own = doc.user_data.get(SUBJECT_KEY)
    if own is None:
        own = doc.user_data[SUBJECT_KEY] = subject_nouns([doc])
    return own


# Modifiers that leave "the N" pointing at another sentence: "the new building", "the first episode", "the two battles".
POINTER_MODIFIERS = EVALUATIVE | RELATIVE_OPENERS | frozenset(
    "second third fourth fifth final original current former latter same following entire whole".split())


# Nouns of events, acts and documents that, as a bare "the N", all but always mean one another sentence told of:
# "hosted the event", "authorized the transaction", "after suppressing the revolt", "argued against the graph".
EVENT_NOUNS = frozenset("""event occasion incident episode affair transaction deal agreement arrangement decision move
plan project proposal study report survey findings result results revolt rebellion uprising deportation conversion
controversy dispute scandal merger acquisition sale purchase takeover announcement ceremony wedding marriage funeral
visit trip journey expedition voyage campaign operation mission attack raid assault invasion siege battle war truce
treaty negotiations talks meeting conference summit session vote election trial case lawsuit ruling verdict
investigation inquiry experiment test attempt effort change changes reform reforms restructuring reorganisation
reorganization move transition graph figure table diagram list document letter book article paper
invention discovery innovation device
""".split())


# Kinds of which one, as a bare "the N" in a past event, is the one another sentence named: "identified the bacterium".
KIND_POINTERS = frozenset("bacterium virus parasite pathogen microbe element compound mineral species".split())
# Places that, as a bare "the N", are one another sentence named: "killed a large part of the city's population".
PLACE_POINTERS = frozenset("city town village capital region province colony".split())
# What a place has, which as a bare "the N" is a place's another sentence named: "25 percent of the workforce".
OWNED_BY_A_PLACE = frozenset("population workforce army navy government economy parliament".split())


def points_elsewhere(tok: Token) -> bool:
    """A bare "the N" of an event, act or document ("the event", "the transaction") or of a place ("the city's
    population") that the article does not use for its own subject: which one is in another sentence."""
    if tok.pos_ != "NOUN" or _proper(tok):
        return False
    lemma = tok.lemma_.lower()
    if lemma in PLACE_POINTERS | OWNED_BY_A_PLACE:
        if [c.lower_ for c in tok.lefts] != ["the"] or any(c.dep_ not in ("case", "appos") and not c.is_punct
                                                            for c in tok.rights):
            return False  # (an aside says what it is, not whose: "the workforce, some 13 million people")
        if (lemma in ("city", "town") or lemma in OWNED_BY_A_PLACE) and tok.doc.user_data.get(TOWN_KEY):
            return False  # "born in the city" of an article on Newcastle: the title's
        if lemma in OWNED_BY_A_PLACE and place_frame(tok.doc.user_data.get(NAME_KEY)):
            return False  # "the army" of an article on the Ottoman Empire: the empire's, which the item names
        if any(t.ent_type_ in ("GPE", "LOC") and t.i < tok.i for t in tok.sent):
            return False  # "A French church in Portarlington ... serve the community in the town": that one
    elif lemma in KIND_POINTERS and bare_definite(tok):
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or not (verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                         for c in verb.children)):
            return False  # "The virus enters the cell": any one, in a timeless statement
    elif lemma not in EVENT_NOUNS or not bare_definite(tok):
        return False
    return not is_own_noun(tok)


def is_own_noun(tok: Token) -> bool:
    """A noun of the article's own subject: its lemma ("game" of a title or first sentence), or the very plural of a
    plural title ("the roads" of "Roads of the Roman Empire", not "the road")."""
    own = _own_nouns(tok.doc)
    return tok.lemma_.lower() in own or tok.lower_ in own


def subject_points_elsewhere(subj: Token, root: Token) -> bool:
    """Whether a clause's subject is a "the N" that another sentence named, in a clause about a past event.

    "The theater was built in 1939", "The unit was dissolved in 1980", "the series was cancelled
    in 1999": which theater, unit or series is in another sentence, and the item would not stand
    alone. A described or named noun ("the Tower Theatre", "the bubonic plague", "the theater on
    Olive Avenue") says which; a noun the article uses for its own subject needs no antecedent;
    and a generic "the N" of a timeless present-tense statement ("The heart pumps blood") is no
    pointer. "Another example is ...", "Both terms ..." point back whatever their tense.
    """
    lefts = list(subj.lefts)
    if subj.pos_ == "NOUN" and any(c.lower_ in ("other", "later", "earlier", "subsequent") and c.dep_ == "amod"
                                   for c in lefts) \
            and not any(c.lower_ == "than" for c in subj.subtree):
        return True  # "Other major routes followed, such as ...": other than those of another sentence
    if subj.pos_ != "NOUN" or _proper(subj) or any(not c.is_punct for c in subj.rights) or subj.text[:1].isdigit():
        return False  # "the Scots", "the theater on Olive Avenue", "The 1960s saw ..."
    dets = [c.lower_ for c in lefts if c.dep_ in ("det", "predet")]
    if subj.lemma_.lower() == "example":
        return True  # "Another example is from ...", "A more recent example is ...": an example of what?
    if dets[:1] in (["another"], ["both"]) and all(c.dep_ in ("det", "predet", "punct") or c.like_num for c in lefts):
        return True  # "Both terms can refer to ...", "another gangster film"
    if dets != ["the"] or any(c.dep_ not in ("det", "predet", "punct") and not c.like_num
                              and c.lower_ not in POINTER_MODIFIERS for c in lefts):
        return False
    if is_own_noun(subj):
        return False
    if root.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "PROPN" for c in root.children):
        return False  # "the two finalists were Sun Life Stadium and Levi's Stadium": the names say which
    past = root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)
    dated = any(t.ent_type_ == "DATE" for t in root.subtree)
    return past or dated


# A census or climate figure whose place is in another sentence: "The population density was 4,404.5 people per
# square mile", "The average household size was 3.07", "Average nighttime lows are as cool as 68°F".
STATISTIC_NOUNS = frozenset("density makeup size age income".split())
CLIMATE_NOUNS = frozenset("high low temperature rainfall precipitation humidity".split())
AVERAGING = frozenset("average median mean racial population".split())


def unplaced_statistic(subj: Token) -> bool:
    """"The average household size was 3.07", "Highs can reach up to 120°F": a figure of a place with no "of",
    "in" or place name in its clause, so of where (and when) is in another sentence."""
    lemma = subj.lemma_.lower()
    if lemma in CLIMATE_NOUNS:
        if not any(t.like_num for t in subj.head.subtree):
            return False  # "Temperature affects the rate of reaction": no figure
    elif lemma not in STATISTIC_NOUNS or [c.lower_ for c in subj.lefts if c.dep_ == "det"] != ["the"]:
        return False
    elif lemma == "makeup" and any(t.lower_ == "racial" for t in subj.lefts):
        return True  # "The racial makeup of Fresno was 245,306 (49.6%) White, 40,960 (8.3%) ...": a census list
    elif not any(t.lower_ in AVERAGING for t in subj.lefts) and lemma not in ("density", "makeup"):
        return False  # "the size of the fleet", "the age of 19" are no census figures
    if any(c.dep_ == "prep" for c in subj.children):
        return False  # "the population density of Fresno", "temperatures at the core"
    return not any(t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN" for t in subj.head.subtree)


def leans_elsewhere(context: list[Token], kept: set[int]) -> bool:
    """Whether the words a question keeps beside its answer are only "the N" phrases that point at another sentence.

    "When was the event held?", "In what year was the unit dissolved?": nothing tells which
    event or unit. A noun the article uses for its own subject ("the game" in an article on
    Super Bowl 50) is no such pointer, nor is a name, a number or a described noun.
    """
    if not context:
        return False
    pointers = [t for t in context if bare_definite(t, kept)]
    return bool(pointers) and len(pointers) == len(context) and not any(is_own_noun(t) for t in pointers)


# Nouns for people: an answer headed by one is no "what".
HUMAN_NOUNS = frozenset(("human person people man woman child adult scientist researcher doctor physician "
                         "patient farmer worker settler member student teacher citizen soldier colonist "
                         "merchant trader missionary explorer engineer chemist physicist biologist "
                         "pharmacist pharmacologist scholar historian author writer speaker leader ruler king queen "
                         "emperor president minister official officer priest monk bishop pope artist musician "
                         "composer singer actor actress poet philosopher theologian reformer protester refugee "
                         "immigrant resident voter employee player coach athlete politician critic journalist "
                         "nurse surgeon lawyer judge expert specialist technician director producer founder "
                         "owner investor manager candidate delegate representative senator governor mayor "
                         "noble peasant slave servant prisoner pilgrim crusader knight warrior administrator "
                         "secretary chancellor commissioner chairman ambassador consul prefect deputy treasurer "
                         "inspector son daughter father mother wife husband brother sister grandson granddaughter "
                         "uncle aunt nephew niece heir successor predecessor ancestor descendant friend rival "
                         "winner champion victim hero").split())
# Nouns in -ist and -ian that name no person.
NOT_HUMAN = frozenset("schist playlist checklist shortlist waitlist median meridian amphibian reptilian mammalian "
                      "ovarian hamiltonian lagrangian".split())


def human_noun(lemma: str) -> bool:
    """A noun for people: "pharmacist", "activists", "historian", "settler" (not the period "Devonian")."""
    if lemma.lower() in HUMAN_NOUNS:
        return True
    return lemma.islower() and len(lemma) > 5 and lemma.endswith(("ist", "ian")) and lemma not in NOT_HUMAN
