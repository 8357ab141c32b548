"""Distractors: wrong options of the same kind and form as the answer, never a variant of it."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

from .answers import normalise
from .figures import NUMBER_WORDS, options_around, decade_options, duration_options, multiplier_options, number_options, range_options, span_options, year_options
from .lexicon import asked_kind, bare_term, group_forms, kind_related, kinds_of, lex_key, lexicon_groups, part_swaps, is_proper, shape_of, sibling_options, singular_form, topics_of, vocabulary, with_article, word_list, similar_length
from .nlp import PLACE_FIRST, PLACE_LAST

# "two atoms", "8 valence electrons": a count of something, whatever label the parser gave it.
COUNTED = re.compile(rf"^(?:\d[\d,]*(?:\.\d+)?|{'|'.join(NUMBER_WORDS)})(?:\s+[a-z][\w-]*){{0,3}}$", re.I)
FIGURES = frozenset(("decade", "year", "multiplier", "range", "number", "percent", "money", "duration"))
BOUND = re.compile(r"(less|more|fewer|[a-z]+er)\s+than\b|(under|over|below|above|up to|at least|at most)\b",
                   re.I)
# Words that make a noun phrase a poor option on their own: a quantity, a pointer, a vague head.
NOT_OPENING = frozenset(("more most some many several other such each every any all both few certain various same "
                         "different following this these those that its their our your his her my no own "
                         "much less least only further separate distinct additional extra").split()) | frozenset(NUMBER_WORDS)
VAGUE_HEADS = frozenset(("way kind type sort part form number amount lot thing example result use fact term name "
                         "word case instance variety majority bit piece couple addition side end top bottom front "
                         "back process one place time area level deal something anything everything others "
                         "question answer reason idea aspect feature").split())
# Suffixes that mark a technical term ("-osis", "-ase"): an option sharing one reads as the same kind of thing.
# ("-ism" is not one: "orientalism" and "astigmatism" share nothing but it.)
TECHNICAL = frozenset(("ase", "osis", "esis", "ysis", "cyte", "ology", "phyte", "plast", "some", "gen", "tropism"))
ADJ_SUFFIXES = frozenset(("ic", "al", "ous", "ive", "ar"))
SUFFIXES = ("ase", "osis", "esis", "ysis", "tropism", "ism", "tion", "sion", "gen", "cyte", "ology", "phyte", "plast", "some",
            "ide", "ate", "ite", "ine", "ium", "ity", "ance", "ence", "ment", "al", "ic", "ous", "ive", "ar")
PEER_AFTER = re.compile(r"(?:,?\s+(?:and|or)\s+|,\s*)((?:[\w-]+ ){0,2}[\w-]+)"
                        r"(?=\s*(?:[,.;)]|$)|\s+(?:and|or|are|were)\b)")
PEER_BEFORE = re.compile(r"(?:^|[,;(:]\s*|\b(?:and|or|of|include|includes|are|is)\s+|\s)((?:[\w-]+ ){0,2}[\w-]+)"
                         r"(?:,\s*|,?\s+(?:and|or)\s+)$")
NOT_PEER = frozenset(("such including especially like which that who whom whose where when while as for in on at by "
                      "with from to of the a an is are was were be it they this these those its their there then "
                      "so but also not and or").split())
# Adjectives too general to stand as an option for a technical one ("significant", "specific").
VAGUE_ADJECTIVES = frozenset(("significant specific general particular additional subsequent important different "
                              "similar various certain possible likely able main major minor common usual special "
                              "terminal adjustable necessary available useful good bad great new old many much few "
                              "whole entire total real true false free full own next last first second other same "
                              "such several certain overall basic actual typical normal extra entire proper").split())
# Class nouns so general ("process", "structure") that a question naming one says little about the answer.
BROAD_KINDS = frozenset(("process structure property level unit stage layer part change zone region device material "
                         "factor motion event problem role relationship interaction response pattern mechanism "
                         "category rank division source resource behavior phase state quantity molecule organism "
                         "compound particle reaction cell form period era age law principle rule theory equilibrium program "
                         "model engine study effect").split())
COORDINATED = re.compile(r"(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
IS_A = re.compile(r"^,?\s+(?:is|are|was|were)\s+(?:(?:a|an|one|the)\s+)?(?:(?:type|kind|form|class|example)s?\s+of\s+)?"
                  r"((?:[a-z-]+ ){0,2}[a-z-]+)", re.I)
SUCH_AS = re.compile(r"((?:[a-z-]+ ){0,2}[a-z-]+),?\s+(?:such as|including|like|especially)\s+(?:the\s+)?$", re.I)
ALIAS_AFTER = re.compile(r"^\s*(?:\(([^()]{1,40})\)|(?:,\s*or|,?\s*(?:also called|also known as|known as|called|"
                         r"i\.e\.,?))\s+((?:[\w-]+ ?){1,3}))", re.I)
ALIAS_BEFORE = re.compile(r"((?:[\w-]+ ){0,2}[\w-]+)\s*(?:\(\s*|,\s*or\s+|,?\s*(?:also called|also known as|known as|"
                          r"called)\s+)$", re.I)


@dataclass(frozen=True)
class Term:
    """A candidate option found in the article: a name or a noun phrase."""

    text: str
    label: str  # entity label, "" for a common noun phrase, "ADJ" for an adjective
    head: str  # lemma of the head noun
    plural: bool
    sentence: int  # index of the sentence it stands in


def distractors(answer: str, atype: str, *, head: str = "", pool: tuple[Term, ...] = (),
                context: str = "", sentences: tuple[str, ...] = (), k: int = 3, pos: str = "",
                rng: random.Random | None = None) -> list[str]:
    """Up to ``k`` wrong options like ``answer``: never a variant of it, never stated true.

    ``pool`` holds the text's names and noun phrases (and adjectives, labelled "ADJ"), ``context``
    is the question, ``sentences`` the source text, ``pos`` the answer's part of speech if known.
    """
    rng = rng or random.Random(0)
    if atype == "term" and COUNTED.match(answer.strip()):
        atype = "number"
    makers = {
        "decade": decade_options, "year": year_options, "multiplier": multiplier_options, "range": range_options,
        "number": number_options, "percent": number_options, "money": number_options,
    }
    if atype in FIGURES and BOUND.match(answer.strip()):
        return []  # "less than 1 percent": "less than 2 percent" would be as true
    if atype in ("duration", "number", "percent", "money") and (spans := span_options(answer)) is not None:
        found = options_around(answer, spans, k, rng)  # "three to five years": whole spans, none overlapping
    elif atype == "duration":
        counted = number_options(answer)  # "eight years" -> "ten years", not "eight centuries"
        found = options_around(answer, counted, k, rng) if counted else duration_options(answer)
        if not counted:
            rng.shuffle(found)  # "a few hours" -> "a few days"
    elif atype in makers:
        found = options_around(answer, makers[atype](answer), k, rng)
    else:
        body = " ".join((*sentences, *(t.text for t in pool)))
        evidence = f"{context} {body}"
        found = sibling_options(answer, evidence, body, rng, pos)
        if atype == "term" and COORDINATED.search(bare_term(answer)):
            found += _coordinated_options(answer, context, sentences, pos, rng)
        elif atype == "term":
            found += part_swaps(answer, rng, evidence, pos)
            found += _like_terms(answer, head, pos, pool, context, " ".join(sentences) or context, evidence, body, rng)
        else:
            found += _from_pool(answer, atype, pool, rng, body)
    text = " ".join(sentences) or context
    # Other names of the answer, and terms the text lists with it: either may be as true.
    others = _aliases(answer, text) + _peers(bare_term(answer), text)
    return _clean(answer, found, context, sentences, k, aliases=others)


def clear_caches() -> None:
    """Forget what earlier articles' texts gave (called once per quiz, so a benchmark's repeats start cold)."""
    for cached in (_aliases, _peers, _said_kind):
        cached.cache_clear()


def is_variant(option: str, answer: str) -> bool:
    """The same as ``answer`` up to case, articles, number, hyphens, stem, or a word-level part of it."""
    a, b = word_list(option), word_list(answer)
    if not a or not b:
        return True
    joined_a, joined_b = "".join(a), "".join(b)
    if joined_a == joined_b or set(a) <= set(b) or set(b) <= set(a):
        return True
    if not (re.search(r"[a-z]", joined_a) and re.search(r"[a-z]", joined_b)):
        return False  # figures: "1893" and "1889" differ though one digit string may hold another
    short, long = sorted((joined_a, joined_b), key=len)
    if len(short) >= 4 and short in long and not _negated(short, long):
        return True
    return len(a) == len(b) and all(_same_stem(x, y) for x, y in zip(a, b))


def _negated(short: str, long: str) -> bool:
    """"anaerobic" / "aerobic", "nonrenewable" / "renewable": an opposite, not a variant."""
    return any(long == neg + short or long.endswith(neg + short) or long.startswith(neg + short)
               for neg in ("non", "an", "un", "in", "im", "a", "dis", "de", "anti"))


def _same_stem(x: str, y: str) -> bool:
    """"mitochondria"/"mitochondrion", "nuclei"/"nucleus": a long shared beginning."""
    if not (x.isalpha() and y.isalpha()) or min(len(x), len(y)) < 4:
        return x == y
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n >= max(4, 0.75 * min(len(x), len(y)))


def _clean(answer: str, found: list[str], context: str, sentences: tuple[str, ...], k: int,
           aliases: tuple[str, ...] = ()) -> list[str]:
    out: list[str] = []
    for cand in found:
        if not normalise(cand) or any(is_variant(cand, other) for other in (answer, *out)):
            continue
        if any(is_variant(cand, alias) for alias in aliases) or kind_related(cand, answer) or \
                _stated_true(cand, context, sentences):
            continue
        out.append(cand)
        if len(out) == k:
            break
    return out


def _stated_true(cand: str, context: str, sentences: tuple[str, ...]) -> bool:
    """A sentence of the article holds the candidate and most of the question's words."""
    words = {w for w in re.findall(r"[a-z]{4,}", context.lower())}
    for sent in sentences:
        low = sent.lower()
        if cand.lower() in low and words:
            shared = sum(1 for w in words if w in low)
            if shared / len(words) >= 0.5:
                return True
    return False


@lru_cache(maxsize=512)
def _aliases(answer: str, text: str) -> tuple[str, ...]:
    """Other names the text gives the answer: "X (Y)", "Y (X)", "X, or Y", "X, also called Y"."""
    bare = bare_term(answer)
    if not bare:
        return ()
    out = []
    for m in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", text, re.I):
        after = ALIAS_AFTER.match(text[m.end():m.end() + 80])
        before = ALIAS_BEFORE.search(text[max(0, m.start() - 80):m.start()])
        out += [g for g in (after.groups() if after else ()) if g] + ([before.group(1)] if before else [])
    return tuple(dict.fromkeys(a.strip() for a in out if a.strip()))


def _from_pool(answer: str, atype: str, pool: tuple[Term, ...], rng: random.Random, body: str = "") -> list[str]:
    """Names of the same label and shape from the article."""
    label_for = {"person": ("PERSON",), "place": ("GPE", "LOC", "FAC"), "org": ("ORG", "EVENT")}
    want = label_for.get(atype, ())
    if atype == "person" and len(answer.split()) < 2:
        return []  # "Curie": a surname alone may be the husband, the daughter or the birth name
    found = sorted({t.text for t in pool if t.label in want and _same_form_name(t.text, answer)
                    and (atype != "person" or _reads_as_person(t.text, body))
                    and (atype != "place" or _same_kind_of_place(t.text, answer))})
    rng.shuffle(found)
    return found


# The words that say what kind of place a name is ("Lake Itasca", "the Ohio River"), and the continents.
PLACE_WORDS = frozenset(w.lower() for w in PLACE_FIRST | PLACE_LAST) | frozenset(
    "lakes rivers mountain range forest park street avenue road bridge square".split())
CONTINENTS = frozenset({"africa", "asia", "europe", "north america", "south america", "antarctica", "australia",
                        "oceania", "central america", "latin america"})


def _same_kind_of_place(candidate: str, answer: str) -> bool:
    """"Lake Itasca" among lakes, a continent among continents, a city or country among names with no such word:
    not "North America" (which holds the lake) nor "the Ohio River" for where a river rises."""
    def kind(name: str) -> str:
        words = re.sub(r"^the\s+", "", name.lower()).split()
        if " ".join(words) in CONTINENTS:
            return "continent"
        return next((w for w in (words[-1], words[0]) if w in PLACE_WORDS), "")

    return kind(candidate) == kind(answer)


def _reads_as_person(name: str, text: str) -> bool:
    """A name the model tagged as a person that reads as one: not "Matthew 16:18" (a verse), "Eldon Square"
    or "Family Guy" (its last word a common noun the text writes in lower case) nor "Non Russian Marxists"."""
    if any(c.isdigit() for c in name):
        return False
    last = name.split()[-1].strip(".,’'").lower()
    if last in vocabulary(text)[1]:
        return False  # "Green Market", "Chagatai Khanate": a place or a state named after a common noun
    one = singular_form(last)
    return not (one != last and one.endswith(("ist", "ian", "er")))  # "Marxists", "Christians": a group


def _same_form_name(candidate: str, answer: str) -> bool:
    """Another name of the same shape, sharing no word (or near-spelling) with the answer."""
    a, c = answer.split(), candidate.split()
    if abs(len(a) - len(c)) > 1 or (len(a) > 1) != (len(c) > 1):
        return False
    return not any(_near(x, y) for x in a for y in c)


def _near(x: str, y: str) -> bool:
    x, y = x.lower().strip(".,’'s"), y.lower().strip(".,’'s")
    if x == y or x.startswith(y) or y.startswith(x):
        return True
    if abs(len(x) - len(y)) > 1:
        return False
    return sum(1 for p, q in zip(x, y) if p != q) + abs(len(x) - len(y)) <= 1


def _like_terms(answer: str, head: str, pos: str, pool: tuple[Term, ...], context: str, text: str,
                evidence: str, body: str, rng: random.Random) -> list[str]:
    """Terms of the text and of the lexicon that are plausibly of the answer's class, best first.

    All have the answer's part of speech and grammatical number, a similar length and no name
    or figure, and each needs a reason to be of the answer's class: a phrase of the text shares
    its head noun ("immune system" / "nervous system") or a telling suffix ("-osis", "-ase"); a
    lexicon term belongs to the class the question asks for ("Which gland ..."), the class the
    text puts the answer in ("X is a hormone", "X and Y" with Y a member), or shares that suffix.
    A phrase that merely occurs in the text is no option: it reads as a blunder, not a lure.
    Members the text coordinates with the answer are left out (they may be as true), and when
    the question names the head ("Which receptors ..."), only terms with that head qualify.
    """
    if pos not in ("", "NOUN", "PROPN", "ADJ"):
        return []
    bare = bare_term(answer)
    adjective = pos == "ADJ"
    plural = not adjective and _is_plural(bare, pool)
    suffix = _suffix(bare)
    asked = set(re.findall(r"[a-z]+", context.lower()))
    named = bool(head) and re.search(rf"\b(which|what) (?:(?:type|kind|sort|form|class)s? of )?{re.escape(head)}",
                                     context, re.I) is not None
    peers = _peers(bare, text)
    scores: dict[str, int] = {}

    def consider(option: str, score: int, same_head: bool) -> None:
        if score <= 0 or (named and not same_head) or not _like(option, bare, evidence) or \
                any(word_list(option) == word_list(p) for p in peers):
            return
        score += (len(option.split()) == len(bare.split())) - 2 * all(w in asked for w in option.lower().split())
        scores[option] = max(scores.get(option, score), score)

    def telling(option: str) -> bool:
        return bool(suffix) and _suffix(option) == suffix and (suffix in TECHNICAL or
                                                               adjective and suffix in ADJ_SUFFIXES)

    for term in pool:
        if term.label == ("ADJ" if adjective else "") and term.plural == plural and \
                term.text.lower() not in VAGUE_ADJECTIVES:
            same_head = " " in bare and term.head == head
            score = 4 * same_head + 2 * telling(term.text)
            if score:
                consider(_match_case(term.text, bare, evidence), score, same_head)
    groups, _ = lexicon_groups()
    topics, hits = topics_of(body)
    kind = asked_kind(context) or _said_kind(bare, text)
    proper = is_proper(bare)
    peer_forms = {lex_key(w) for p in peers for w in (p, p.split()[-1])}
    for group, n in zip(groups, hits):
        if group.pos != ("ADJ" if adjective else "NOUN"):
            continue
        in_topic = group.topic in topics
        # a broad kind ("Which stage ...?") takes a class of the text's topic only when the text names a
        # member: the stages of stress are no options for a stage of translation
        asked_for = kind in group.kinds and (kind not in BROAD_KINDS or in_topic and n > 0) and (
            n > 0 or not proper) or bool(peer_forms & group_forms(group))
        # (a name the lexicon does not know is of the asked class only when the text names a member:
        # "During which period ...?" -> *Yuan* takes no geologic periods)
        weight = (2 if kind in BROAD_KINDS else 5) + min(n, 2) + in_topic
        # The answer's own head names the class: "cancer cells" -> "nerve cells", "stem cells".
        own_kind = len(bare.split()) == 2 and not adjective and head in group.kinds and head not in BROAD_KINDS \
            and n > 0  # and the text names a member: "bare rock" is no class of rock
        if not (asked_for or own_kind or suffix in TECHNICAL):
            continue  # no member of this class can score
        for one, many in group.members:
            same_head = singular_form(one.split()[-1].lower()) == head
            # a shared suffix alone is a reason only within the text's topic ("technology" is no "cytology",
            # "symbiosis" no "mitosis"), unless a long ending is shared ("geotropism" / "phototropism")
            score = weight * asked_for + 2 * (suffix in TECHNICAL and _suffix(one) == suffix and (
                in_topic or _shared_ending(one, bare) >= 7))
            score += 2 * (score > 0 and _shared_ending(one, bare) >= len(suffix) + 3)  # "-tropism", not "-ism"
            score += 3 * (own_kind and same_head and " " in one)
            if score and (many or not plural):
                consider(shape_of(many if plural else one, bare), score, same_head)
    ranked = sorted(scores)
    rng.shuffle(ranked)
    ranked.sort(key=lambda t: -scores[t])
    return [with_article(t, answer) for t in ranked]


@lru_cache(maxsize=512)
def _peers(answer: str, text: str) -> tuple[str, ...]:
    """Terms the text lists with the answer ("A, B, the answer and C"): its class, and maybe as true."""
    out = []
    for m in re.finditer(rf"(?<!\w){re.escape(answer)}(?!\w)", text, re.I):
        left, right = text[max(0, m.start() - 200):m.start()], text[m.end():m.end() + 200]
        for _ in range(6):  # walk the list both ways, one item at a time
            before = PEER_BEFORE.search(left)
            after = PEER_AFTER.match(right)
            out += [f.group(1) for f in (before, after) if f and f.group(1).split()[0].lower() not in NOT_PEER]
            left = left[: before.start(1)] if before else ""
            right = right[after.end(1):] if after else ""
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=512)
def _said_kind(answer: str, text: str) -> str:
    """The class the text puts the answer in: "X is a hormone", "hormones such as X"."""
    kinds = kinds_of()
    spans = []
    for m in re.finditer(rf"(?<!\w){re.escape(answer)}(?!\w)", text, re.I):
        after = IS_A.match(text[m.end():m.end() + 80])
        before = SUCH_AS.search(text[max(0, m.start() - 80):m.start()])
        spans += [after.group(1)] if after else []
        spans += [before.group(1)] if before else []
    for span in spans:
        words = span.lower().split()
        for end in range(len(words), 0, -1):
            for start in range(end):
                key = " ".join(words[start:end - 1] + [singular_form(words[end - 1])])
                if key in kinds:
                    return key
    return ""


def _coordinated_options(answer: str, context: str, sentences: tuple[str, ...], pos: str,
                         rng: random.Random) -> list[str]:
    """"protons and neutrons" -> "electrons and neutrons": one part swapped for an option of its own."""
    parts = [p for p in COORDINATED.split(answer) if p and not COORDINATED.fullmatch(p)]
    if not 2 <= len(parts) <= 4 or any(len(p.split()) > 2 for p in parts):
        return []
    if len(parts[-1].split()) == 2 and all(len(p.split()) == 1 for p in parts[:-1]):
        # "fragmented or whole chromosomes": the modifiers share the head, so a modifier is swapped for one
        # of its own class ("Southern and northern blotting" -> "Southern and western blotting"), never the
        # whole last part for a kind of the head ("Fragmented or Y chromosomes")
        parts, pos = parts[:-1] + [parts[-1].split()[0]], ""
        shared = _shared_class(parts)
        if shared is not None:  # "male and female flowers": the class the modifiers share, or nothing
            rng.shuffle(shared)
            return [re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", other[:1].upper() + other[1:] if part[:1].isupper()
                           else other, answer, count=1) for part in reversed(parts) for other in shared][:4]
    # Options for a part come from the lexicon only: a phrase of the text beside a term reads as a blunder.
    swaps = [[(part, o) for o in distractors(part, "term", context=context, sentences=sentences,
                                              k=4, pos=pos, rng=rng)] for part in parts]
    out = []
    for round_ in range(4):
        for options in swaps:
            if round_ < len(options):
                part, option = options[round_]
                out.append(re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", option, answer, count=1))
    return out


def _shared_class(words: list[str]) -> list[str] | None:
    """The other members of a lexicon class that holds every one of ``words`` ("male", "female": none left),
    or None when no class holds them all."""
    keys = {lex_key(w) for w in words}
    for group in lexicon_groups()[0]:
        if keys <= group_forms(group):
            return [one for one, _ in group.members if lex_key(one) not in keys]
    return None


def _like(candidate: str, answer: str, evidence: str) -> bool:
    """Same kind and form: no figure, no quantifier or vague head, similar length, name for name."""
    words = candidate.split()
    if not words or words[0].lower() in NOT_OPENING or words[-1].lower() in VAGUE_HEADS:
        return False
    if re.search(r"\d", candidate) and not re.search(r"\d", answer) or not re.fullmatch(r"\w[\w' -]*", candidate):
        return False
    if is_proper(candidate, evidence) != is_proper(answer, evidence):
        return False
    return similar_length(candidate, answer)


def _match_case(candidate: str, answer: str, evidence: str) -> str:
    """Write a candidate in the answer's case when the text shows the word is not a name."""
    first = candidate.split()[0] if candidate.split() else ""
    if answer[:1].islower() and re.fullmatch(r"[A-Z][a-z-]*", first) and first.lower() in vocabulary(evidence)[1]:
        return candidate[:1].lower() + candidate[1:]  # "Glutamate receptors" began a sentence
    if re.match(r"[A-Z][a-z]", answer) and candidate[:1].islower() and not is_proper(answer, evidence):
        return candidate[:1].upper() + candidate[1:]  # "Synaptogenesis" began the statement
    return candidate


def _is_plural(bare: str, pool: tuple[Term, ...]) -> bool:
    same = next((t for t in pool if t.text.lower() == bare.lower()), None)
    if same is not None:
        return same.plural
    last = bare.split()[-1] if bare.split() else ""
    return last.isalpha() and last.islower() and singular_form(last) != last


def _shared_ending(a: str, b: str) -> int:
    """How many letters the last words of ``a`` and ``b`` end alike: "gravitropism" / "geotropism" 7."""
    x, y = (t.split()[-1].lower() if t.split() else "" for t in (a, b))
    n = 0
    while n < min(len(x), len(y)) and x[-1 - n] == y[-1 - n]:
        n += 1
    return n


def _suffix(text: str) -> str:
    last = text.split()[-1].lower() if text.split() else ""
    return next((s for s in SUFFIXES if last.endswith(s) and len(last) > len(s) + 2), "")


# --- the closed-class lexicon (quizgen/data/siblings.json) -------------------------------------


