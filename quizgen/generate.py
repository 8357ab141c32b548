"""Generation: every question type a fact supports, each already checked against the rubric."""
from __future__ import annotations

import dataclasses
import hashlib
import random
import re
from typing import Callable

from .answers import normalise, variants
from .distract import Term, distractors
from .lexicon import indefinite_article
from .quality import BLANK, check_question
from .types import Choice, Fact, Question, question_to_dict

MAX_ANSWER_WORDS = 6
# Answer types whose swap for a distractor makes a statement false beyond doubt.
SWAPPABLE = frozenset({"decade", "year", "multiplier", "range", "number", "percent", "money", "duration"})
# A value after one of these is a bound, not a point: another value can make the statement no less true.
BOUND_AFTER = re.compile(r"\s*(or (more|less|longer|shorter|fewer|later|earlier|so)|and (more|over|above|up))\b", re.I)
BOUNDED = re.compile(r"\b(less|more|fewer|greater|higher|lower|longer|shorter|than|under|over|below|above|up to|"
                     r"at least|at most|as \w+ as|since|by|before|after|until|till|within|nearly|almost)\s*$", re.I)
# "By what year ...?": a wrong option must fall on the side of the key where the statement is false. "By",
# "before" and "since" X stay true of any later X, "until" X of any earlier one; "after" X of either.
BOUNDED_TIME = re.compile(r"(By|Before|Since|Until|After|From) (?:what|when)\b")
TRUE_SIDE = {"by": 1, "before": 1, "since": 1, "until": -1}
MAX_STATEMENT_WORDS = 40
MIN_BLANK_CONTEXT = 5  # words a fill-in-the-blank statement needs besides its answer
MIN_STATEMENT_WORDS = 6  # words a true/false statement needs
TYPE_WEIGHT = {"multiple_choice": 1.0, "fill_in_blank": 0.95, "short_answer": 0.9, "true_false": 0.85}
DIFFICULTY = {"true_false": "easy", "multiple_choice": "medium", "fill_in_blank": "medium", "short_answer": "hard"}


def question_id(source_sha: str, fact: Fact, qtype: str) -> str:
    """Stable across runs: the same fact of the same source asked the same way keeps its id."""
    key = f"{source_sha}:{fact.answer_start}:{fact.answer_end}:{fact.kind}:{qtype}"
    return "q-" + hashlib.sha256(key.encode()).hexdigest()[:12]


class Context:
    """What generators need from the article besides the fact: plain strings only."""

    def __init__(self, source_sha: str, pool: tuple[Term, ...], sentences: tuple[str, ...],
                 headings: tuple[str, ...]) -> None:
        self.source_sha = source_sha
        self.pool = pool
        self.sentences = sentences
        self.headings = headings


def multiple_choice(fact: Fact, ctx: Context, rng: random.Random) -> list[Question]:
    if not fact.question or len(fact.answer.split()) > MAX_ANSWER_WORDS:
        return []
    bound = BOUNDED_TIME.match(fact.question)
    side = None
    if bound and fact.answer_type in ("year", "decade", "date"):
        side = TRUE_SIDE.get(bound.group(1).lower())
        if side is None or fact.answer_type == "date":
            return []  # "After what year did France begin ...?": an earlier or a later year may be as true
    # the item's own stream: a quiz's first items would otherwise draw the same numbers in every short text, and
    # their key would sit at one place (last, for 3 of 4 figures of the SQuAD paragraphs)
    rng = random.Random(f"{rng.random()}|{fact.answer}|{fact.statement}")
    wrong = distractors(fact.answer, fact.answer_type, head=fact.head, pool=ctx.pool,
                        context=fact.question, sentences=ctx.sentences, k=12 if side else 3, rng=rng)
    if side:  # "By 1978 the practice had stopped": "by 1984" would be true as well
        key = _number_key(fact.answer)
        wrong = [w for w in wrong if (_number_key(w) - key) * side < 0][:3]
    if len(wrong) < 3:
        return []
    key = _case_among(fact, wrong)
    options = [(key, True)] + [(w, False) for w in wrong]
    rng.shuffle(options)
    if fact.answer_type in ORDERED:  # figures and dates read best in order; the key's place still varies
        options.sort(key=lambda o: _number_key(o[0]))
    choices = tuple(Choice(chr(ord("a") + n), text, ok) for n, (text, ok) in enumerate(options))
    return [_question(fact, ctx, "multiple_choice", fact.question, choices=choices,
                      answer_text=key, accepted=variants(key, fact.answer_type))]


def _case_among(fact: Fact, wrong: list[str]) -> str:
    """The key in the case of its options: "carbon dioxide" among "hydrogen" and "methane".

    A term that opens its sentence has a capital the sentence gave it; as the only capitalised
    option it would stand out. A name keeps its capitals ("Penicillium", "Carbon Dioxide Ltd").
    """
    answer = fact.answer
    if fact.answer_type != "term" or fact.answer_in_statement[0] != 0 or not answer[:1].isupper() \
            or any(c.isupper() for c in answer[1:]) or not all(w[:1].islower() for w in wrong):
        return answer
    return answer[:1].lower() + answer[1:]


def short_answer(fact: Fact, ctx: Context, rng: random.Random) -> list[Question]:
    if not fact.question or len(fact.answer.split()) > MAX_ANSWER_WORDS:
        return []
    return [_question(fact, ctx, "short_answer", fact.question, answer_text=fact.answer,
                      accepted=variants(fact.answer, fact.answer_type))]


def fill_in_blank(fact: Fact, ctx: Context, rng: random.Random) -> list[Question]:
    a, b = fact.answer_in_statement
    if len(fact.answer.split()) > MAX_ANSWER_WORDS or len(fact.statement.split()) > MAX_STATEMENT_WORDS:
        return []
    if len(fact.statement.split()) - len(fact.answer.split()) < MIN_BLANK_CONTEXT:
        return []  # "Each _____ punted.": too little around the blank to tell the answer
    if fact.kind == "comparison":
        return []
    if re.search(r"\ban?\s*$", fact.statement[:a], re.I):
        return []  # "an _____" would give the answer's first sound away
    if EXAMPLE_BEFORE.search(fact.statement[:a]) or re.match(r",? etc\b", fact.statement[b:]) \
            or IN_EXAMPLE.search(fact.statement[:a]) or LIST_BEFORE.search(fact.statement[:a]):
        return []  # "In countries such as _____ ...": one example of many, which the rest cannot determine
    if (re.search(r"\d", fact.answer) or fact.answer_type == "number") and len(fact.answer.split()) == 1 and (
            re.match(r"\s+[A-Z][a-z]", fact.statement[b:]) and a > 0 or re.search(r"[\"“]\s*$", fact.statement[:a])):
        return []  # "the _____ Greatest Kids' TV shows", "to _____ Columbus Avenue", 'the "_____"': part of a name
    b = _past_conversion(fact)
    answer, accepted = fact.answer, variants(fact.answer, fact.answer_type)
    hedge = HEDGE.match(fact.answer) if a > 0 else None
    if hedge:  # "with an estimated _____ trees", not "with _____ 390 billion trees" for *an estimated*
        a, answer = a + hedge.end(), fact.answer[hedge.end():]
        accepted = tuple(dict.fromkeys(variants(answer, fact.answer_type) + accepted))
    unit = UNIT_AFTER.fullmatch(answer) if fact.answer_type in ("number", "percent", "duration") else None
    tail = ""
    if unit:  # "winds of _____ kilometres per hour": with the unit in sight, "157 miles" is no answer
        answer, tail = unit.group(1), " " + unit.group(2)
        accepted = tuple(dict.fromkeys(variants(answer, "number") + accepted))
    prompt = fact.statement[:a] + BLANK + tail + fact.statement[b:]
    if a == 0:
        prompt = BLANK + tail + fact.statement[b:]
    question = _question(fact, ctx, "fill_in_blank", prompt, answer_text=answer, accepted=accepted)
    if hedge or unit:  # the answer span cites the figure alone
        question = dataclasses.replace(question, fact=dataclasses.replace(
            fact, answer_start=fact.answer_start + (hedge.end() if hedge else 0),
            answer_end=fact.answer_end - (len(unit.group(0)) - len(unit.group(1)) if unit else 0)))
    return [question]


# A figure and its unit: "252 kilometres", "390 billion trees", "9 percent" (not "$5 million", "9%", "three weeks").
UNIT_AFTER = re.compile(r"(\d[\d,.]*(?: (?:thousand|million|billion|trillion))?) ([^\W\d_][^\W\d_ -]*(?: [^\W\d_]+)?)")


# Words that introduce an example: what follows is one of many.
EXAMPLE_BEFORE = re.compile(r"\b(such as|including|e\.g\.,?|i\.e\.,?|for example,?|for instance,?|like)\s*$", re.I)
# Inside an example set off by commas: "Stratovolcanoes, such as Mount Fuji in _____, are ..." tests an aside.
IN_EXAMPLE = re.compile(r",\s+(?:such as|including|like|e\.g\.)\s[^,;:()]*$", re.I)
# The last of a list of three or more: "Tornadoes strike Canada, Argentina, Bangladesh and parts of _____".
LIST_BEFORE = re.compile(r"[^\W\d]\w*,\s[^,;:()\d]+,?\s(?:and|or)\s+(?:(?:the\s+)?(?:parts?|much|most|some|all|many|"
                         r"rest)\s+of\s+)?(?:the\s+)?$")
MODAL = re.compile(r"\b(?:could|can|may|might)\b", re.I)
# A hedge before a figure stays in a blank's sentence: "about _____", "more than _____ residents".
HEDGE = re.compile(r"(?:(?:at least|at most|more than|less than|over|under|only|just) )?"  # "at least about _____"
                   r"(?:an estimated|estimated|about|around|approximately|approx\.|roughly|nearly|almost|over|"
                   r"some|only|just|more than|less than|fewer than|at least|at most|up to|close to|as many as|"
                   r"as much as|as few as|well over|under|circa|c\.|ca\.|(?:taller|shorter|longer|wider|deeper|higher|lower|"
                   r"bigger|larger|smaller|heavier|lighter|older|younger|greater|hotter|colder|faster|slower) than)"
                   r"\s+(?=[\d$£€¥]|(?:one|two|three|four|five|"
                   r"six|seven|eight|nine|ten|eleven|twelve|a few|several|a dozen|dozens|hundreds|thousands)\b)", re.I)


def true_false(fact: Fact, ctx: Context, rng: random.Random) -> list[Question]:
    if len(fact.statement.split()) > MAX_STATEMENT_WORDS or fact.kind == "entity" and not fact.question:
        return []  # a name with no question is asked as a blank only: its statement has no checkable swap
    if len(fact.statement.split()) < MIN_STATEMENT_WORDS:
        return []  # "Only individuals act.": too slight a claim to test
    out = [_question(fact, ctx, "true_false", fact.statement, answer_value=True)]
    false = _false_statement(fact, ctx, rng)
    if false:
        out.append(_question(fact, ctx, "true_false", false, answer_value=False))
    return out


def _false_statement(fact: Fact, ctx: Context, rng: random.Random) -> str | None:
    a, b = fact.answer_in_statement
    if fact.contrast:
        word, opposite = fact.contrast
        if opposite.lower() in fact.statement.lower().split():
            return None  # "more ... than ... less": swapping one word would not make it false
        if MODAL.search(re.split(r"[,;:]", fact.statement[:a])[-1]):
            return None  # "could take a scribe more than a year": "less than a year" could be as true
        return fact.statement[:a] + opposite + fact.statement[b:]
    if fact.answer_type not in SWAPPABLE:
        return None  # a swapped name or term may still be true of the world: not worth the risk
    if BOUNDED.search(fact.statement[:a]) or BOUND_AFTER.match(fact.statement[b:]):
        return None  # "less than 1 percent" -> "less than 2 percent" would still be true
    if re.search(rf"(?<![\w.]){re.escape(fact.answer)}(?![\w])", fact.statement[:a] + " " + fact.statement[b:]):
        return None  # "revived in 2004 when, on September 27 of 2004, ...": one swapped, the other gives it away
    wrong = distractors(fact.answer, fact.answer_type, head=fact.head, pool=ctx.pool,
                        context=fact.statement, sentences=ctx.sentences, k=3, rng=rng)
    wrong = [w for w in wrong if _singular(w) == _singular(fact.answer)]  # not "One of the expeditions were"
    total = PART_OF.match(fact.statement[b:])
    whole = _value(total.group(1)) if total else None
    if whole is not None:  # "two of the three expeditions": a part is no larger than its whole
        wrong = [w for w in wrong if (_value(w) or whole) < whole]
    if not wrong:
        return None
    text = _article_for(fact.statement[:a], wrong[0]) + wrong[0] + fact.statement[_past_conversion(fact):]
    return text[0].upper() + text[1:]


def _article_for(before: str, figure: str) -> str:
    """"an 80% stake" -> "a 60% stake": the indefinite article before a swapped figure follows its sound."""
    m = re.search(r"\b(an?) $", before, re.I)
    if m is None:
        return before
    word = indefinite_article(figure)
    return before[:m.start(1)] + (word.capitalize() if m.group(1)[0].isupper() else word) + " "


# A figure's conversion in brackets right after it: "about 20 mi (32 km)", "90.20 K (−182.95 °C, −297.31 °F)".
CONVERSION = re.compile(r"\s*\((?:about |approximately |approx\. |c\. |ca\. |~)?[−–-]?[$£€¥]?\d[^()]{0,40}\)")


def _past_conversion(fact: Fact) -> int:
    """Where the statement goes on after the answer, past a conversion of the answer's figure: left in, it
    would give a blank away ("_____ (32 km)") and contradict a swapped figure ("about 30 mi (32 km)")."""
    b = fact.answer_in_statement[1]
    m = CONVERSION.match(fact.statement[b:]) if re.search(r"\d", fact.answer) else None
    return b + m.end() if m else b


def _singular(figure: str) -> bool:
    return normalise(figure).split()[:1] == ["1"]


PART_OF = re.compile(r"\s+(?:of|out of)\s+(?:the\s+|all\s+|its\s+|their\s+)?(\w+)\b", re.I)


def _value(figure: str) -> float | None:
    first = normalise(figure).replace(",", "").split()[:1]
    try:
        return float(first[0]) if first else None
    except ValueError:
        return None


ORDERED = frozenset({"decade", "year", "multiplier", "range", "number", "percent", "money"})


def _number_key(text: str) -> float:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(m.group().replace(",", "")) if m else 0.0


GENERATORS: dict[str, Callable[[Fact, Context, random.Random], list[Question]]] = {
    "multiple_choice": multiple_choice,
    "true_false": true_false,
    "fill_in_blank": fill_in_blank,
    "short_answer": short_answer,
}


def _question(fact: Fact, ctx: Context, qtype: str, prompt: str, **fields) -> Question:
    prompt = re.sub(r"\s+", " ", prompt).strip()
    qid = question_id(ctx.source_sha, fact, qtype)
    score = round(fact.salience * TYPE_WEIGHT[qtype], 4)
    return Question(id=qid, type=qtype, prompt=prompt, explanation=fact.statement, fact=fact,
                    difficulty=DIFFICULTY[qtype], score=score, **fields)


def generate_questions(fact: Fact, ctx: Context, *, types: tuple[str, ...], rng: random.Random) -> list[Question]:
    """All questions of the wanted types for one fact that pass every rubric check."""
    out = []
    for qtype in types:
        for q in GENERATORS[qtype](fact, ctx, rng):
            if not check_question(question_to_dict(q), headings=ctx.headings):
                out.append(q)
    return out
