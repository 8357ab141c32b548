"""Classify answer strings by type and pick the question word that fits them."""
from __future__ import annotations

import re

DECADE = re.compile(r"^(the )?(early |mid-|mid |late )?(\d{3}0)['’]?s$", re.I)
YEAR = re.compile(r"^(in )?(1[0-9]{3}|20[0-9]{2})$")
MULTIPLIER = re.compile(r"^(\d+(?:\.\d+)?)\s*(x|×|times|-fold|fold)$", re.I)
RANGE = re.compile(r"^(\d+)\s*(?:-|–|to)\s*(\d+)$")
NUMBER = re.compile(r"^[\d,]+(\.\d+)?$")
UNITS = (
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries millennium millennia"
).split()
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100,
}


RELATIVE = frozenset("every each per later earlier that this next last following previous same ago mid".split())
QUANTIFIERS = frozenset("a an few several many some couple past one two three four five six seven eight nine ten".split())


def is_duration(text: str) -> bool:
    """"a few hours", "a month or longer", "the past decade", "three weeks" (not "every year")."""
    low = text.lower()
    words = re.findall(r"[a-z]+", low)
    if any(w in RELATIVE for w in words) or re.search(r"\d+(st|nd|rd|th)\b", low):
        return False
    has_amount = any(w in QUANTIFIERS for w in words) or bool(re.search(r"\d", low))
    return has_amount and any(w in UNITS for w in words) and not DECADE.match(text) and not YEAR.match(text)


CURRENCY = re.compile(r"[$£€¥₹]|\b(dollars?|cents?|pounds?|pence|euros?|yen|yuan|francs?|marks?|rupees?|pesos?|"
                      r"shillings?|guineas?|roubles?|rubles?|lire|lira|crowns?|kronor|krona|USD|GBP|EUR)\b", re.I)


def answer_type(text: str, label: str) -> str:
    """decade, year, date, duration, multiplier, range, number, percent, money, person, place, org, term."""
    stripped = text.strip()
    decade = DECADE.match(stripped)
    if decade and not decade.group(3).endswith("00"):
        return "decade"  # "the 1960s"; "the 1800s" usually means the century: a date
    if YEAR.match(stripped):
        return "year"
    if MULTIPLIER.match(stripped):
        return "multiplier"
    if label in ("DATE", "TIME") and is_duration(stripped):
        return "duration"
    if label in ("DATE", "TIME") and re.fullmatch(r"(?!(mid|early|late|pre|post|circa|ca)-)[A-Za-z]+-\d+", stripped, re.I):
        return "term"  # "oxygen-18", "carbon-14": an isotope the model took for a date
    if label in ("DATE", "TIME") and re.match(r"(at )?(age|aged|ages)\b", stripped, re.I):
        return "relative"  # "age 38": a time of life, counted from a birth the text may not give
    if label in ("DATE", "TIME"):
        return "date" if not any(w in RELATIVE for w in stripped.lower().split()) else "relative"
    if RANGE.match(stripped):
        return "range"
    if label == "PERCENT":
        return "percent"
    if label == "MONEY" and CURRENCY.search(stripped):
        return "money"  # not "27 punts" (kicks, not the Irish pound) or "60 yards"
    if label in ("CARDINAL", "QUANTITY", "MONEY") or NUMBER.match(stripped):
        return "number"
    if label == "PERSON":
        return "person"
    if label in ("GPE", "LOC", "FAC"):
        return "place"
    if label in ("ORG", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"):
        return "org"
    return "term"


def kind_of(atype: str) -> str:
    """The fact kind a bare answer of this type belongs to."""
    return {
        "decade": "date", "year": "date", "date": "date", "duration": "duration",
        "multiplier": "multiplier", "range": "quantity", "number": "quantity",
        "percent": "quantity", "money": "quantity",
    }.get(atype, "entity")


STRANDED_OK = frozenset({"", "by", "to", "with", "from", "for", "about", "against", "on", "into", "of"})


def wh_word(atype: str, prep: str | None) -> tuple[str, bool] | None:
    """(question word, whether it replaces the preposition) or None when none fits."""
    prep = (prep or "").lower()
    if atype in ("decade", "year"):
        if prep in ("in", "during"):
            return (f"In what {atype}", True)
        if prep in ("by", "since", "until", "before", "after", "from"):
            return (f"{prep.capitalize()} what {atype}", True)
        return (f"What {atype}", False) if not prep else None
    if atype == "century":
        if prep in ("in", "during"):
            return ("When", True)
        return (f"{prep.capitalize()} what century", True) if prep in ("by", "since", "until", "from") else None
    if atype == "date":
        if prep in ("in", "on", "at", "during"):
            return ("When", True)
        return None  # "By when had ...?", "Until when did ...?" read badly; a blank asks it better
    if atype == "duration":
        return ("How long", True) if prep in ("for", "") else None
    if atype == "person":
        # "Who was the record held by?"; a preposition that cannot end the question moves to the front
        return ("Who", False) if prep in STRANDED_OK else None
    if atype == "place":
        if prep == "from":
            return ("Where", False)  # "Where did the Normans come from?"
        return ("Where", True) if prep in ("in", "at", "near", "to") else None
    if atype in ("term", "org"):
        return ("What", False)
    if atype == "money" and not prep:
        return ("How much", False)
    return None


def variants(answer: str, atype: str) -> tuple[str, ...]:
    """Accepted spellings of an answer: case, articles, "3x" / "3 times", decades."""
    out: list[str] = [answer]
    bare = re.sub(r"^(the|a|an)\s+", "", answer, flags=re.I)
    out.append(bare)
    m = MULTIPLIER.match(answer)
    if m:
        n = m.group(1)
        out += [f"{n}x", f"{n} times", f"{n}×", f"{n}-fold"]
        word = {v: k for k, v in NUMBER_WORDS.items()}.get(int(float(n))) if float(n).is_integer() else None
        if word:
            out += [f"{word} times"]
    d = DECADE.match(answer)
    if d:
        out += [f"{d.group(3)}s", f"the {d.group(3)}s", f"{d.group(3)}'s"]
    r = RANGE.match(answer)
    if r:
        out += [f"{r.group(1)}-{r.group(2)}", f"{r.group(1)} to {r.group(2)}"]
    acronym = re.search(r"\(([A-Z][A-Za-z0-9-]+)\)", answer)
    if acronym:
        before = answer[: acronym.start()].strip()
        after = answer[acronym.end():].strip()
        out += [f"{acronym.group(1)} {after}".strip(), f"{before} {after}".strip()]
    seen: dict[str, None] = {}
    for v in out:
        v = re.sub(r"\s+", " ", v).strip()
        if v and v.lower() not in {s.lower() for s in seen}:
            seen[v] = None
    return tuple(seen)


def normalise(text: str) -> str:
    """Lower case, no articles or punctuation, number words as digits: for comparing answers."""
    text = text.lower().replace("×", "x")
    text = re.sub(r"(\d{3}0)['’]s\b", r"\1s", text)
    text = re.sub(r"[^\w\s.-]", " ", text)
    words = [str(NUMBER_WORDS.get(w, w)) for w in text.split() if w not in ("the", "a", "an")]
    text = " ".join(words)
    text = re.sub(r"\b(\d+(?:\.\d+)?) ?(x|times|fold|-fold)\b", r"\1x", text)
    text = re.sub(r"(\d{3}0)'?s\b", r"\1s", text)
    return text.strip(" .-")
