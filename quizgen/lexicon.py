"""Closed classes of terms (quizgen/data/siblings.json) and the word forms distractors are matched in."""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lemminflect import getInflection, getLemma

from .answers import normalise

WH_KIND = re.compile(r"\b(?:what|which)\s+(?:(?:is|are|was|were)\s+(?:the|an?)\s+)?"
                     r"(?:(?:type|kind|form|class|group|category|sort)s?\s+of\s+)?"
                     r"((?:[a-z]+\s){0,2}[a-z]+)", re.I)


AUXILIARIES = frozenset("do does did is are was were be been can could will would shall should may might must has have "
                        "had".split())


def word_list(text: str) -> list[str]:
    kept = bare_term(text)
    letter = ["a"] if re.match(r"A\s", kept) else []  # the "A" of "A horizon" is no article
    return letter + [singular_form(w) for w in normalise(kept[1:] if letter else text).replace("-", " ").split()]


@lru_cache(maxsize=4096)
def singular_form(word: str) -> str:
    return getLemma(word, "NOUN")[0].lower() if word.isalpha() else word


def bare_term(text: str) -> str:
    """The text without its article; the capital "A" of a member ("A horizon", "the A horizon") is kept."""
    text = text.strip()
    article = re.match(r"(an?|the)\s+", text, re.I)
    if not article or article.group(1) == "A" and _letter_member(text):
        return text
    return text[article.end():]


def _letter_member(text: str) -> bool:
    """"A horizon ...": the text opens with a member whose first word is the capital letter "A"."""
    words = text.split()
    forms = _all_forms()
    return any(lex_key(" ".join(words[:n])) in forms for n in range(2, min(len(words), 4) + 1))


@lru_cache(maxsize=1)
def _all_forms() -> frozenset[str]:
    """Every member form of every class, as lexicon keys."""
    return frozenset(lex_key(f) for g in lexicon_groups()[0] for m in g.members for f in m if f)


def is_term(text: str) -> bool:
    """The text, without its article, is a member of a class of the lexicon: "smooth muscle", "white dwarfs"."""
    return lex_key(bare_term(text)) in _all_forms()


def similar_length(a: str, b: str) -> bool:
    """Options alike in length: at most one word apart, and within twice (or 4 characters) of each other."""
    la, lb = len(a.strip()), len(b.strip())
    if abs(len(a.split()) - len(b.split())) > 1:
        return False
    return max(la, lb) <= 2 * min(la, lb) or abs(la - lb) <= 4


def is_proper(text: str, evidence: str = "") -> bool:
    """A name rather than a common term: a capitalised word the text never writes in lower case."""
    lower = vocabulary(evidence)[1]
    return any(re.match(r"[A-Z][a-z]", w) and w.lower() not in lower for w in bare_term(text).split())


@lru_cache(maxsize=32)
def vocabulary(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a text, lower-cased, and the words it writes in lower case."""
    return frozenset(re.findall(r"[\w-]+", text.lower())), frozenset(re.findall(r"\b[a-z][\w-]*", text))


def indefinite_article(word: str) -> str:
    """"a" or "an" by the sound of what follows: "an enzyme", "a unit", "an 80% stake", "an 11-year", "a 60%"."""
    lead = re.match(r"[$£€¥]?(\d+)", word)
    if lead:
        return "an" if lead.group(1).startswith("8") or lead.group(1) in ("11", "18") else "a"
    vowel = word[:1].lower() in "aeiou" and not word.lower().startswith(("one", "uni", "eu"))
    return "an" if vowel else "a"


def with_article(text: str, answer: str) -> str:
    article = re.match(r"^(an?|the) ", answer, re.I)
    if not article or bare_term(answer) == answer.strip():  # "A horizon" has no article
        return text
    if article.group(1).lower() == "the":
        return article.group(0) + text
    return f"{indefinite_article(text)} {text}"


Member = tuple[str, str]  # (singular, plural); the plural is "" for a mass noun


@dataclass(frozen=True)
class Group:
    """A closed class of terms (planets, organelles, energy forms) and the science topic it belongs to."""

    members: tuple[Member, ...]
    topic: str = ""
    pos: str = "NOUN"
    kinds: tuple[str, ...] = ()  # what a question calls a member: "gland", "type of rock"
    swap: bool = False  # opposite modifiers: "left" / "right"
    since: tuple[tuple[str, int], ...] = ()  # the year a member came to be: ("ESA", 1975)


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen").joinpath("data/siblings.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _subtypes() -> dict[str, frozenset[str]]:
    """Class -> its kinds, both as singular keys: "glutamate receptor" -> {"nmda receptor", ...}."""
    return {_key(k): frozenset(_key(v) for v in vs) for k, vs in _data().get("subtypes", {}).items()}


def _key(text: str) -> str:
    return " ".join(word_list(text))


def kind_related(option: str, answer: str) -> bool:
    """One is a kind or a part of the other ("NMDA receptors" / "glutamate receptors"): both may be true."""
    a, o = _key(bare_term(answer)), _key(bare_term(option))
    table = _subtypes()
    return o in table.get(a, ()) or a in table.get(o, ()) or PART_OF.get(a) == o or PART_OF.get(o) == a


# Members a class of siblings.json holds beside their whole, each with that whole: a member is left out
# of any class that holds its whole, so no class offers a term that includes another. The lithosphere is
# part of the geosphere (its class of earth zones keeps it); algae and protozoa are protists and yeast is
# a fungus, so "microbes" keeps one level: bacteria, archaea, viruses, prions, fungi, protists. A part
# with no other class ("alga") keeps the class's other level: the class without the wholes.
PART_OF = {"lithosphere": "geosphere", "alga": "protist", "protozoan": "protist", "yeast": "fungus"}

PREPOSITIONS = frozenset("of in by for to on at with from into".split())


def _plural_of(one: str) -> str:
    """The regular plural of a member, its head made plural: "laws of conservation of mass"; "" if none."""
    words = one.split(" ")
    at = next((n for n, w in enumerate(words) if n and w in PREPOSITIONS), len(words))
    head = words[at - 1]
    forms = getInflection(head, "NNS") if head.isalpha() and head.islower() else ()
    return " ".join(words[: at - 1] + [forms[0]] + words[at:]) if forms else ""


@lru_cache(maxsize=1)
def lexicon_groups() -> tuple[tuple[Group, ...], frozenset[str]]:
    """The closed classes, plurals filled in, and the words whose class depends on the text."""
    raw = _data()
    homes: dict[str, int] = {}
    for group in raw["groups"].values():
        for key in {lex_key(e.partition("|")[0]) for e in group["members"]}:
            homes[key] = homes.get(key, 0) + 1
    groups = []
    for group in raw["groups"].values():
        members = []
        for entry in group["members"]:
            one, _, many = entry.partition("|")
            if not many and not group.get("mass"):
                many = _plural_of(one)
            members.append((one, many))
        keys = {lex_key(one) for one, _ in members}
        wholes = {PART_OF[k] for k in keys if PART_OF.get(k) in keys}
        levels = [[m for m in members if PART_OF.get(lex_key(m[0])) not in wholes]]
        if any(homes[k] == 1 for k in keys if PART_OF.get(k) in wholes):  # "alga": its level without "protist"
            levels.append([m for m in members if lex_key(m[0]) not in wholes])
        groups += [Group(tuple(level), group.get("topic", ""), group.get("pos", "NOUN"),
                         tuple(group.get("kinds", ())), group.get("swap", False),
                         tuple(sorted(group.get("since", {}).items()))) for level in levels]
    return tuple(groups), frozenset(w.lower() for w in raw["ambiguous"])


_FORMS: dict[int, tuple[Group, frozenset[str]]] = {}


def group_forms(group: Group) -> frozenset[str]:
    """Every member form of a class, as lexicon keys; computed once per class.

    Keyed by identity: hashing a class (all its members) on each of the thousands of calls per
    quiz cost more than the sets themselves, and an LRU cache smaller than the lexicon missed on
    every call once the lexicon outgrew it.
    """
    entry = _FORMS.get(id(group))
    if entry is None or entry[0] is not group:
        entry = _FORMS[id(group)] = (group, frozenset(lex_key(f) for m in group.members for f in m if f))
    return entry[1]


def lex_key(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower()).strip()


def sibling_options(answer: str, evidence: str, body: str, rng: random.Random, pos: str = "") -> list[str]:
    """Co-members of the answer's closed classes, in the answer's number, case and article.

    ``pos`` is the answer's part of speech if known: a noun in its base form ("heat") takes no
    verb class ("cool").
    """
    bare = re.sub(r"\s*\([^()]*\)$", "", bare_term(answer))  # "hydrogen (H)" is hydrogen
    key = lex_key(bare)
    groups, ambiguous = lexicon_groups()
    noun_form = pos in ("NOUN", "PROPN") and key.isalpha() and getLemma(key, "VERB")[0].lower() == key
    matches = [(group, _member_match(key, group.members)) for group in groups
               if not (group.pos == "VERB" and noun_form)]  # "increases" may be tagged a noun, "heat" is one
    # A word that is a member somewhere is a noun: "water" of "water cycle" is not a modifier like "kinetic",
    # unless the text only ever writes it before the head of its modifier classes ("the transverse plane").
    heads = _heads_after(bare, evidence)
    if not heads <= {m[2] for _, m in matches if m is not None}:
        heads = frozenset()
    noun = not heads and any(m is not None and m[2] is None for _, m in matches)
    out: list[str] = []
    for group, matched in matches:
        members = group.members
        if matched is None or noun and matched[2] is not None or heads and matched[2] not in heads:
            continue
        index, plural, modifier = matched
        if modifier is None and _case_clash(members[index][0], bare, evidence):
            continue  # "the Moon" is no kind of celestial body beside "star" and "comet"; "a moon" is no Moon
        if (key in ambiguous or singular_form(key) in ambiguous) and not (
                _names_another(members, index, evidence) or group.topic in _topics_besides(body, bare)):
            continue  # "mouse" in a text about computers: the word itself does not make a text about animals
        latest = _latest_year(evidence) if group.since else None
        others = [m for n, m in enumerate(members) if n != index and not _later_than(m[0], group, latest)]
        rng.shuffle(others)
        for one, many in others:
            if modifier is not None:  # "kinetic" of "kinetic energy" -> "thermal" of "thermal energy"
                prefix = lex_key(one)[: -len(modifier) - 1]
                if not lex_key(one).endswith(" " + modifier) or not prefix or " " in prefix:
                    continue
                form = one[: len(prefix)]
            elif plural and not many:
                continue
            else:
                form = many if plural else one
            out.append(with_article(shape_of(form, bare), answer))
    # Options alike in length and form first: "brain" is better matched by "liver" than "small intestine".
    return sorted(dict.fromkeys(out), key=lambda o: (not similar_length(o, answer), is_proper(o) != is_proper(answer)))


def _capitalised(member: str) -> bool:
    return any(c.isupper() for c in member)


def _case_clash(member: str, answer: str, text: str) -> bool:
    """The answer's own entry in a class is a name and the answer a common term, or the other way round.

    "the Moon" (a text that writes it capitalised inside sentences and never in lower case) is no
    kind of celestial body beside "star" and "comet"; "a moon" is no body of the solar system.
    A capital the text shows only at a sentence start ("Air is ...") decides nothing.
    """
    if _capitalised(member):  # an answer whose case was lost ("venus") is the name if the text never says otherwise
        return not _capitalised(answer) and not re.search(rf"(?<![\w-]){re.escape(member)}(?![\w-])", text) \
            and bool(re.search(rf"(?<![\w-]){re.escape(answer)}(?![\w-])", text))
    if not _capitalised(answer) or re.search(rf"(?<![\w-]){re.escape(answer.lower())}(?![\w-])", text):
        return False
    return answer.isupper() or bool(re.search(rf"[\w,;:(] +(?:\w+ +)?{re.escape(answer)}(?![\w-])", text))


def _latest_year(text: str) -> int | None:
    return max((int(y) for y in re.findall(r"(?<![\d,.])(1[5-9]\d\d|20\d\d)(?![\d,])", text)), default=None)


def _later_than(member: str, group: Group, latest: int | None) -> bool:
    """A member that came to be after the latest year the text names: no ESA beside the NASA of 1967."""
    since = dict(group.since).get(member) if latest is not None else None
    return since is not None and latest < since


def _heads_after(word: str, text: str) -> frozenset[str]:
    """The words the text writes after ``word`` (singular), if it never writes it without one."""
    pattern = rf"(?<![\w-]){re.escape(word)}(?:[\s-]+([A-Za-z]+))?(?![\w-])"
    found = [m.group(1) for m in re.finditer(pattern, text, re.I)]
    if not found or None in found:
        return frozenset()
    return frozenset(singular_form(w.lower()) for w in found)


def _topics_besides(body: str, answer: str) -> frozenset[str]:
    """The topics of ``body`` with the answer left out: an ambiguous answer cannot vouch for its own sense."""
    return topics_of(re.sub(rf"(?<!\w){re.escape(answer)}(?:e?s)?(?!\w)", " ", body, flags=re.I))[0]


def part_swaps(answer: str, rng: random.Random, evidence: str = "", pos: str = "") -> list[str]:
    """One word or the head of the answer swapped for a co-member of its class, the rest kept.

    "stronger gravitational force" -> "weaker gravitational force", "stronger magnetic force";
    "solubility increases" -> "solubility decreases"; "shrinking" -> "growing"; "sexually" ->
    "asexually". A word is swapped only through a class of adjectives or verbs (an opposite or a
    co-member: "igneous" / "sedimentary"); a verb only where it reads as one ("raises it", "they
    emit", not the "heat" of "heat sink"). Nouns are never swapped inside a phrase: "in the blood"
    -> "in the bone", "prefrontal cortex" -> "prefrontal phloem" read as blunders.
    """
    bare = re.sub(r"\s*\([^()]*\)$", "", bare_term(answer))
    words = bare.split()
    if not 1 <= len(words) <= 5:
        return []
    groups, ambiguous = lexicon_groups()
    out: list[str] = []
    keys = [lex_key(w) for w in words]
    for n, word in enumerate(words):
        for group in groups:
            if not group.swap:
                continue  # "transverse" suits "wave" only: "mechanical digestion" -> "transverse digestion"
            others = _co_forms(word, group)
            if others and group.pos == "VERB" and not _reads_as_verb(words, n, pos):
                continue
            if others and any(k in group_forms(g) for g in groups if g.swap and keys[n] in group_forms(g)
                              for m, k in enumerate(keys) if m != n):
                continue  # "higher to lower": a swap of one of the two reads "higher to upper"
            if others and lex_key(word) in ambiguous and not _names_another(
                    group.members, next(i for i, (one, _) in enumerate(group.members)
                                        if lex_key(one) not in {lex_key(o) for o in others}), evidence):
                continue
            rng.shuffle(others)
            out += [with_article(" ".join(words[:n] + [o] + words[n + 1:]), answer) for o in others]
    return list(dict.fromkeys(re.sub(r"\b(with|of|in|at|on|by|for|to|have|has) (same)\b", r"\1 the \2", o)
                              for o in out))


VERB_BEFORE = frozenset("i we you they it he she will can may must should would could does do did not".split())


def _reads_as_verb(words: list[str], n: int, pos: str = "") -> bool:
    """"raises it", "they emit radiation", "shrinking": a verb, not the noun "heat" of "heat sink"."""
    word = words[n].lower()
    if len(words) == 1 and pos == "VERB" or n and words[n - 1].lower() in VERB_BEFORE:
        return True
    if n + 1 < len(words) and words[n + 1].lower() in ("it", "them", "its", "their", "the", "a", "an"):
        return True  # "raises it"
    lemma = getLemma(word, "VERB")[0].lower() if word.isalpha() else word
    if lemma == word:
        return False
    return not word.endswith("s") or n == len(words) - 1 > 0  # "shrinking", "solubility increases"


@lru_cache(maxsize=None)
def _group_keys(group: Group) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A class's members, their lexicon keys and (for verbs) lemmas: computed once, not per question."""
    members = tuple(one for one, _ in group.members)
    keys = tuple(lex_key(m) for m in members)
    lemmas = tuple(_verb_lemma(k) if " " not in k else k for k in keys) if group.pos == "VERB" else ()
    return members, keys, lemmas


@lru_cache(maxsize=4096)
def _verb_lemma(word: str) -> str:
    return getLemma(word, "VERB")[0].lower()


def _co_forms(word: str, group: Group) -> list[str]:
    """The other members of an adjective or verb class, written in the form ``word`` has in it."""
    key = lex_key(word)
    members, keys, lemmas = _group_keys(group)
    if key in keys:
        return [shape_of(m, word) for m, k in zip(members, keys) if k != key]
    if group.pos == "VERB":
        lemma = _verb_lemma(key) if key.isalpha() else key
        if lemma in lemmas:
            tag = "VB" if lemma == key else _verb_tag(key, lemma)
            if tag:
                return [shape_of(_inflect(m, tag), word) for m, l in zip(members, lemmas) if l != lemma]
    if group.pos == "ADJ" and key.endswith("ly") and key[:-2] in keys:  # "sexually" -> "asexually"
        return [shape_of(m + "ly", word) for m, k in zip(members, keys) if k != key[:-2] and " " not in m]
    return []


def _verb_tag(form: str, lemma: str) -> str:
    for tag in ("VBZ", "VBG", "VBD", "VBN"):
        if form in (f.lower() for f in getInflection(lemma, tag)):
            return tag
    return ""


def _inflect(member: str, tag: str) -> str:
    """"stay the same" + VBG -> "staying the same"; members are written in the base or -s form."""
    first, _, rest = member.partition(" ")
    lemma = getLemma(first, "VERB")[0]
    forms = getInflection(lemma, tag)
    return " ".join(filter(None, (forms[0] if forms else first, rest)))


def _member_match(key: str, members: tuple[Member, ...]) -> tuple[int, bool, str | None] | None:
    """(member index, plural, shared head for an adjective answer) of the answer in a group, if any."""
    forms, modifiers = _member_index(members)
    if key in forms:
        return forms[key]
    return modifiers.get(key) if " " not in key else None


@lru_cache(maxsize=1024)
def _member_index(members: tuple[Member, ...]) -> tuple[dict, dict]:
    """Written form -> (index, plural, None); modifier ("kinetic" of "kinetic energy") -> (index, False, head)."""
    forms: dict[str, tuple[int, bool, str | None]] = {}
    modifiers: dict[str, tuple[int, bool, str | None]] = {}
    for n, (one, many) in enumerate(members):
        forms.setdefault(lex_key(one), (n, False, None))
        if many:
            forms.setdefault(lex_key(many), (n, many != one, None))
        first, _, rest = lex_key(one).partition(" ")
        if rest and " " not in rest and sum(lex_key(m).endswith(" " + rest) for m, _ in members) >= 3:
            modifiers.setdefault(first, (n, False, rest))
    return forms, modifiers


def _names_another(members: tuple[Member, ...], index: int, evidence: str) -> bool:
    words = vocabulary(evidence)[0]
    return any(_mentioned(f, words) for n, m in enumerate(members) if n != index for f in m if f)


def _mentioned(form: str, words: frozenset[str]) -> bool:
    return all(w in words for w in form.lower().split())


@lru_cache(maxsize=1)
def _named_forms() -> frozenset[str]:
    """The member forms written with a capitalised word ("Mars", "Krebs cycle"), as lexicon keys."""
    return frozenset(lex_key(f) for g in lexicon_groups()[0] for m in g.members for f in m
                     if f and re.search(r"\b[A-Z][a-z]", f))


@lru_cache(maxsize=16)
def asked_kind(question: str) -> str:
    """The class a question asks for: "Which gland ..." -> "gland", "What type of rocks ..." -> "rock"."""
    kinds = kinds_of()
    for m in WH_KIND.finditer(question):
        words = m.group(1).lower().split()
        verb = next((n for n, w in enumerate(words) if w in AUXILIARIES), len(words))
        words = words[:verb]  # "which way do particles move": the class is "way", not "particles"
        for n in range(len(words), 0, -1):
            for start in range(n):
                key = " ".join(words[start: n - 1] + [singular_form(words[n - 1])])
                if key in kinds:
                    return key
    return ""


@lru_cache(maxsize=1)
def kinds_of() -> frozenset[str]:
    groups, _ = lexicon_groups()
    return frozenset(k for g in groups for k in g.kinds)


@lru_cache(maxsize=16)
def topics_of(evidence: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """The science topics a text is clearly about, and how many members of each class it names.

    A topic qualifies when the text names one of its terms for every four sentences (at least
    one), so a long history article that mentions "fever" once is not about the body.
    """
    groups, _ = lexicon_groups()
    words = vocabulary(evidence)[0]
    named: dict[str, set[str]] = {}
    hits = []
    for group in groups:
        found = {one.lower() for one, many in group.members
                 if _mentioned(one, words) or many and _mentioned(many, words)}
        hits.append(len(found))
        if group.topic:
            named.setdefault(group.topic, set()).update(found)
    sentences = max(1, len(re.findall(r"[.!?](?:\s|$)", evidence)))
    return frozenset(t for t in named if len(named[t]) >= max(1, sentences / 4)), tuple(hits)


def shape_of(member: str, answer: str) -> str:
    """A co-member written like the answer: "mars" -> "venus", "Mitosis" -> "Meiosis" (acronyms kept).

    A name keeps its capitals ("glycolysis" -> "Krebs cycle") unless the answer is itself a name
    written in lower case.
    """
    if answer.islower() and lex_key(answer) in _named_forms():
        return re.sub(r"\b[A-Z](?=[a-z])", lambda m: m.group().lower(), member)
    if re.fullmatch(r"[A-Z][a-z-]+", answer) and member[:1].islower():
        return member[:1].upper() + member[1:]
    return member
