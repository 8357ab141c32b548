"""Distractors for figures and dates: neighbouring values in the answer's own format."""
from __future__ import annotations

import math
import random
import re

from lemminflect import getInflection, getLemma

from .answers import DECADE, MULTIPLIER, RANGE, TIME_UNITS, YEAR

LATEST_YEAR = 2026


NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen twenty").split()


UNCOUNTED = frozenset("percent times fold hundred thousand million billion trillion dozen".split())


def number_value(text: str) -> float:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if m:
        return float(m.group().replace(",", ""))
    word = re.match(r"[a-z]+", text.strip().lower())
    return float(NUMBER_WORDS.index(word.group())) if word and word.group() in NUMBER_WORDS else 0.0


def options_around(answer: str, found: list[str], k: int, rng: random.Random) -> list[str]:
    """Pick values below and above the answer so that, listed in order, the key's place varies."""
    value = number_value(answer)
    below = sorted((f for f in found if number_value(f) < value), key=number_value, reverse=True)
    above = sorted((f for f in found if number_value(f) > value), key=number_value)
    n_below = rng.randrange(k + 1)
    n_below = min(n_below, len(below))
    n_below = max(n_below, k - len(above))
    chosen = below[:n_below] + above[: k - n_below]
    rest = [f for f in found if f not in chosen]
    return chosen + rest


def decade_options(answer: str) -> list[str]:
    m = DECADE.match(answer)
    assert m
    base = int(m.group(3))
    prefix = answer[: m.start(3)]
    years = [base + d for d in (-20, -10, 10, 20, -30, 30, -40, 40) if base + d <= LATEST_YEAR]
    return [f"{prefix}{y}s" for y in years]


def year_options(answer: str) -> list[str]:
    m = YEAR.match(answer)
    assert m
    year = int(m.group(2))
    prefix = answer[: m.start(2)]
    return [f"{prefix}{year + d}" for d in (-12, -5, 6, 11, -20, 20) if year + d <= LATEST_YEAR]


def multiplier_options(answer: str) -> list[str]:
    m = MULTIPLIER.match(answer)
    assert m
    n = float(m.group(1))
    sep = answer[m.end(1):m.start(2)]
    fmt = (lambda v: str(int(v)) if v.is_integer() else f"{v:g}")
    values = [v for v in (n + 1, n * 2, n + 2, n - 1, n * 3) if v > 1 and v != n]
    return [f"{fmt(v)}{sep}{m.group(2)}" for v in dict.fromkeys(values)]


def range_options(answer: str) -> list[str]:
    m = RANGE.match(answer)
    assert m
    a, b = int(m.group(1)), int(m.group(2))
    sep = answer[m.end(1):m.start(2)]
    width = max(b - a, 1)
    return [f"{a + s}{sep}{b + s}" for s in (width + 1, 2 * width + 2, 3 * width + 3)]


def number_options(answer: str) -> list[str]:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", answer)
    if not m:
        return _number_words(answer)
    raw = m.group(0)
    value = float(raw.replace(",", ""))
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    percent = "%" in answer or "percent" in answer.lower()
    if value < 10 and decimals == 0:
        values = [value + 1, value + 2, value * 3, value + 4, value - 1]
    else:  # as many below the answer as above, none more than twice or less than half of it
        values = [value * f for f in ((0.5, 1.5, 0.75, 1.25) if percent else (0.5, 0.6, 0.75, 1.25, 1.5, 2))]
    digits = raw.replace(",", "").replace(".", "").lstrip("0")
    significant = max(len(digits if decimals else digits.rstrip("0")), 2)
    out = []
    for v in values:
        v = round(_round_to(v, significant), decimals)
        if v <= 0 or v == value or (percent and v >= 100):
            continue
        text = f"{v:,.{decimals}f}" if "," in raw else f"{v:.{decimals}f}"
        out.append(_agree(answer[: m.start()] + text + answer[m.end():], value, v))
    return out


def _round_to(value: float, significant: int) -> float:
    """``value`` to as many significant figures as the answer has: 6,400 x 0.6 is 3,800, not 3,840."""
    if value <= 0:
        return value
    return round(value, significant - 1 - math.floor(math.log10(value)))


SPAN = re.compile(rf"^(between )?(\d[\d,]*|{'|'.join(NUMBER_WORDS)})(\s*(?:-|–|to|and)\s*)(\d[\d,]*|"
                  rf"{'|'.join(NUMBER_WORDS)})\b", re.I)


def span_options(answer: str) -> list[str] | None:
    """"three to five years" -> "six to eight years", "one to two years" (whole spans that do not overlap it);
    None when the answer is no span of two figures. A span with one end changed ("two to five years") would
    share years with the answer and be partly true."""
    m = SPAN.match(answer.strip())
    if not m:
        return None
    words = not m.group(2)[0].isdigit()
    a, b = (NUMBER_WORDS.index(g.lower()) if words else int(g.replace(",", "")) for g in (m.group(2), m.group(4)))
    if b <= a:
        return None
    step = 2 * (b - a) if a % 10 == 0 and b % 10 == 0 else b - a + 1  # "1,000 and 2,000" -> "3,000 and 4,000"
    percent = "percent" in answer.lower() or "%" in answer
    out = []
    for lo in (a + step, a - step, a + 2 * step, a + 3 * step):
        hi = lo + b - a
        if lo <= 0 or words and hi >= len(NUMBER_WORDS) or percent and hi >= 100:
            continue
        low, high = (NUMBER_WORDS[lo], NUMBER_WORDS[hi]) if words else (f"{lo:,}" if "," in m.group(2) else str(lo),
                                                                         f"{hi:,}" if "," in m.group(4) else str(hi))
        if words and m.group(2)[0].isupper():
            low = low.capitalize()
        out.append(f"{m.group(1) or ''}{low}{m.group(3)}{high}{answer.strip()[m.end():]}")
    return out


def _number_words(answer: str) -> list[str]:
    """"two atoms" -> "three atoms", "one atom"; "Six" -> "Seven"."""
    # "about ten years" -> "about eight years" (the hedge kept); not "one-tenth" -> "two-tenth"
    m = re.match(rf"((?:about|around|roughly|nearly|almost|approximately|some|over|only|just) )?"
                 rf"({'|'.join(NUMBER_WORDS)})\b(?![-‐])", answer.strip(), re.I)
    if not m:
        return []
    value = NUMBER_WORDS.index(m.group(2).lower())
    out = []
    for v in (value + 1, value + 2, value - 1, value * 2, value + 3, value - 2, value + 4):
        if v != value and 0 < v < len(NUMBER_WORDS):
            word = NUMBER_WORDS[v].capitalize() if m.group(2)[0].isupper() else NUMBER_WORDS[v]
            out.append(_agree((m.group(1) or "") + word + answer.strip()[m.end():], value, v))
    return list(dict.fromkeys(out))


SCALED = re.compile(r"\d\.\d|\b(?:thousand|million|billion|trillion)\b", re.I)


def _agree(text: str, old: float, new: float) -> str:
    """Make a counted noun agree with the new figure: "1 atom" / "2 atoms" (units like "cm" kept)."""
    words = text.split(" ")
    last = words[-1]
    if " and a half" in text or len(words) < 2 or 1 not in (old, new) or old == new or not (last.isalpha() and last.islower()) \
            or len(last) <= 3 or last in UNCOUNTED or SCALED.search(text):
        return text  # "1.0 billion cubic kilometres", "1.5 metres": plural whatever the figure
    words[-1] = getInflection(last, "NNS")[0] if new != 1 else getLemma(last, "NOUN")[0]
    return " ".join(words)


OPEN_ENDED = re.compile(r"\b(or (longer|more|less|shorter|so)|at (least|most)|up to|more than|less than|over|under)\b", re.I)


def duration_options(answer: str) -> list[str]:
    """"a few hours" -> "a few days"; nothing for "a month or longer", which a shorter span would also satisfy."""
    if OPEN_ENDED.search(answer):
        return []
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
