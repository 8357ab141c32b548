"""Distractors: wrong options of the same kind and form as the answer."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .answers import DECADE, MULTIPLIER, RANGE, TIME_UNITS, YEAR, normalise

# Co-members of small closed classes, for terms the article gives no siblings of.
SIBLINGS: tuple[tuple[str, ...], ...] = (
    ("neurotransmitter", "hormone", "enzyme", "receptor", "antibody", "vitamin"),
    ("dopamine", "serotonin", "glutamate", "GABA", "acetylcholine", "norepinephrine", "histamine"),
    ("NMDA receptors", "dopamine receptors", "serotonin receptors", "GABA receptors", "opioid receptors"),
    ("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"),
    ("Africa", "Antarctica", "Asia", "Australia", "Europe", "North America", "South America"),
    ("Atlantic Ocean", "Pacific Ocean", "Indian Ocean", "Arctic Ocean", "Southern Ocean"),
    ("oxygen", "nitrogen", "carbon dioxide", "hydrogen", "helium", "methane", "water vapor"),
    ("igneous", "sedimentary", "metamorphic"),
    ("solid", "liquid", "gas", "plasma"),
    ("evaporation", "condensation", "precipitation", "transpiration", "infiltration", "runoff"),
    ("mitochondria", "ribosomes", "chloroplasts", "nucleus", "Golgi apparatus", "vacuoles"),
    ("January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
)
LATEST_YEAR = 2026


@dataclass(frozen=True)
class Term:
    """A candidate option found in the article: a name or a noun phrase."""

    text: str
    label: str  # entity label, or "" for a common noun phrase
    head: str  # lemma of the head noun
    plural: bool
    sentence: int  # index of the sentence it stands in


def distractors(answer: str, atype: str, *, head: str = "", pool: tuple[Term, ...] = (),
                context: str = "", sentences: tuple[str, ...] = (), k: int = 3,
                rng: random.Random | None = None) -> list[str]:
    """Up to ``k`` wrong options like ``answer``: never a variant of it, never stated true."""
    rng = rng or random.Random(0)
    makers = {
        "decade": _decades, "year": _years, "multiplier": _multipliers, "range": _ranges,
        "number": _numbers, "percent": _numbers, "money": _numbers, "duration": _durations,
    }
    if atype in makers:
        found = _around(answer, makers[atype](answer), k, rng) if atype != "duration" else makers[atype](answer)
        if atype == "duration":
            rng.shuffle(found)
    else:
        found = _from_pool(answer, atype, head, pool, rng) + _siblings(answer, rng)
    return _clean(answer, found, context, sentences, k)


def _number(text: str) -> float:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(m.group().replace(",", "")) if m else 0.0


def _around(answer: str, found: list[str], k: int, rng: random.Random) -> list[str]:
    """Pick values below and above the answer so that, listed in order, the key's place varies."""
    value = _number(answer)
    below = sorted((f for f in found if _number(f) < value), key=_number, reverse=True)
    above = sorted((f for f in found if _number(f) > value), key=_number)
    n_below = rng.randrange(k + 1)
    n_below = min(n_below, len(below))
    n_below = max(n_below, k - len(above))
    chosen = below[:n_below] + above[: k - n_below]
    rest = [f for f in found if f not in chosen]
    return chosen + rest


def _clean(answer: str, found: list[str], context: str, sentences: tuple[str, ...], k: int) -> list[str]:
    taken = {normalise(answer)}
    out: list[str] = []
    for cand in found:
        key = normalise(cand)
        if not key or key in taken or key in normalise(answer) or normalise(answer) in key:
            continue
        if _stated_true(cand, context, sentences):
            continue
        taken.add(key)
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


def _decades(answer: str) -> list[str]:
    m = DECADE.match(answer)
    assert m
    base = int(m.group(3))
    prefix = answer[: m.start(3)]
    years = [base + d for d in (-20, -10, 10, 20, -30, 30, -40, 40) if base + d <= LATEST_YEAR]
    return [f"{prefix}{y}s" for y in years]


def _years(answer: str) -> list[str]:
    m = YEAR.match(answer)
    assert m
    year = int(m.group(2))
    prefix = answer[: m.start(2)]
    return [f"{prefix}{year + d}" for d in (-12, -5, 6, 11, -20, 20) if year + d <= LATEST_YEAR]


def _multipliers(answer: str) -> list[str]:
    m = MULTIPLIER.match(answer)
    assert m
    n = float(m.group(1))
    sep = answer[m.end(1):m.start(2)]
    fmt = (lambda v: str(int(v)) if v.is_integer() else f"{v:g}")
    values = [v for v in (n + 1, n * 2, n + 2, n - 1, n * 3) if v > 1 and v != n]
    return [f"{fmt(v)}{sep}{m.group(2)}" for v in dict.fromkeys(values)]


def _ranges(answer: str) -> list[str]:
    m = RANGE.match(answer)
    assert m
    a, b = int(m.group(1)), int(m.group(2))
    sep = answer[m.end(1):m.start(2)]
    width = max(b - a, 1)
    return [f"{a + s}{sep}{b + s}" for s in (width + 1, 2 * width + 2, 3 * width + 3)]


def _numbers(answer: str) -> list[str]:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", answer)
    if not m:
        return []
    raw = m.group(0)
    value = float(raw.replace(",", ""))
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    percent = "%" in answer or "percent" in answer.lower()
    if value < 10 and decimals == 0:
        values = [value + 1, value + 2, value * 3, value + 4, value - 1]
    else:
        values = [value * f for f in ((0.5, 1.5, 0.75, 1.25) if percent else (0.5, 2, 1.5, 0.75, 3))]
    out = []
    for v in values:
        v = round(v, decimals)
        if v <= 0 or v == value or (percent and v >= 100):
            continue
        text = f"{v:,.{decimals}f}" if "," in raw else f"{v:.{decimals}f}"
        out.append(answer[: m.start()] + text + answer[m.end():])
    return out


def _durations(answer: str) -> list[str]:
    out = []
    for n, unit in enumerate(TIME_UNITS):
        m = re.search(rf"\b{unit}(s?)\b", answer, re.I)
        if not m:
            continue
        near = [TIME_UNITS[j] for j in (n - 1, n + 1, n + 2, n - 2) if 0 <= j < len(TIME_UNITS)]
        for other in near:
            plural = m.group(1)
            word = ("centuries" if other == "century" else other + "s") if plural else other
            new = answer[: m.start()] + word + answer[m.end():]
            out.append(re.sub(r"\ba (?=[aeiou]|hour)", "an ", new))
        break
    return [re.sub(r"\ban (?=[bcdfgjklmnpqrstvwxyz])", "a ", o) for o in out]


def _from_pool(answer: str, atype: str, head: str, pool: tuple[Term, ...], rng: random.Random) -> list[str]:
    label_for = {"person": "PERSON", "place": ("GPE", "LOC", "FAC"), "org": ("ORG", "EVENT")}
    want = label_for.get(atype)
    plural = answer.lower().endswith("s")
    found = []
    for term in pool:
        if want is not None:
            ok = term.label in (want if isinstance(want, tuple) else (want,))
        else:
            ok = term.label == "" and term.head == head and term.plural == plural and head != ""
        if ok:
            found.append(term.text)
    if want is not None:
        found = [f for f in found if _same_form_name(f, answer)]
    found = sorted(dict.fromkeys(found))
    rng.shuffle(found)
    return found


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


def _siblings(answer: str, rng: random.Random) -> list[str]:
    article = re.match(r"^(an?|the) ", answer, re.I)
    bare = answer[article.end():] if article else answer
    for group in SIBLINGS:
        if bare.lower() in (g.lower() for g in group):
            others = [g for g in group if g.lower() != bare.lower()]
            rng.shuffle(others)
            if article and article.group(1).lower() in ("a", "an"):
                return [("an " if o[0].lower() in "aeiou" else "a ") + o for o in others]
            prefix = article.group(0) if article else ""
            lower = bare[:1].islower()
            return [prefix + (o[:1].lower() + o[1:] if lower and not o.isupper() and o[1:2].islower() else o)
                    for o in others]
    return []
