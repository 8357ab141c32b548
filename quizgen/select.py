"""Selection: a ranked, de-duplicated quiz spread over sections and question types."""
from __future__ import annotations

import dataclasses
import random
from collections import Counter, defaultdict

from .answers import normalise
from .generate import ORDERED
from .types import Choice, Question

# The type each kind of fact is best asked as, best first.
PREFERENCE = {
    "multiplier": ("multiple_choice", "fill_in_blank", "true_false", "short_answer"),
    "date": ("multiple_choice", "short_answer", "true_false", "fill_in_blank"),
    "duration": ("multiple_choice", "true_false", "fill_in_blank", "short_answer"),
    "quantity": ("fill_in_blank", "multiple_choice", "true_false", "short_answer"),
    "definition": ("multiple_choice", "short_answer", "fill_in_blank", "true_false"),
    "mechanism": ("multiple_choice", "fill_in_blank", "short_answer", "true_false"),
    "membership": ("fill_in_blank", "multiple_choice", "short_answer", "true_false"),
    "cause": ("short_answer", "fill_in_blank", "multiple_choice", "true_false"),
    "comparison": ("true_false",),
    "entity": ("multiple_choice", "short_answer", "fill_in_blank", "true_false"),
}


def select_questions(candidates: list[Question], *, count: int, types: tuple[str, ...],
                     rng: random.Random) -> tuple[list[Question], list[str]]:
    """Pick ``count`` questions: one per fact, sections and types in turn; notes say why fewer."""
    by_fact: dict[tuple[int, int, str], list[Question]] = defaultdict(list)
    for q in candidates:
        by_fact[(q.fact.answer_start, q.fact.answer_end, q.fact.kind)].append(q)
    facts = sorted(by_fact, key=lambda k: (-max(q.fact.salience for q in by_fact[k]), k))
    picked: list[Question] = []
    per_section: Counter[str | None] = Counter()
    per_type: Counter[str] = Counter()
    asked: set[str] = set()
    answers: set[str] = set()
    tf_values: list[bool] = []
    prompts: set[str] = set()
    held: list[tuple[int, int, str]] = []  # facts whose answer another question already has
    second: list[tuple[int, int, str]] = []  # facts of a statement another question already asks about
    while (facts or held or second) and len(picked) < count:
        # an answer asked twice clues one item from the other, and a second question on one statement
        # spreads the quiz less: both only to fill it
        pool = facts or held or second
        key = min(pool, key=lambda k: (per_section[by_fact[k][0].fact.section],
                                       -by_fact[k][0].fact.salience, k))
        pool.remove(key)
        options = by_fact[key]
        if pool is facts and normalise(options[0].fact.answer) in answers:
            held.append(key)
            continue
        if pool is not second and _topic_key_of(options[0].fact) in asked:
            second.append(key)
            continue
        if pool is second:
            if normalise(options[0].fact.answer) in answers:
                continue
            options = [q for q in options if not _gives_away(q, picked)]
        question = _choose_type(options, types, per_type, tf_values, rng) if options else None
        if question is None or pool is not second and _repeats(question, asked) or \
                question.type != "true_false" and normalise(question.prompt) in prompts:
            continue  # the same prompt twice ("Which state occurs when ...?" -> "VBNC" / "VBNC state") is one question
        prompts.add(normalise(question.prompt))
        picked.append(question)
        asked.add(_topic_key(question))
        answers.add(normalise(question.fact.answer))
        per_section[question.fact.section] += 1
        per_type[question.type] += 1
        if question.type == "true_false":
            tf_values.append(bool(question.answer_value))
    picked.sort(key=lambda q: (q.fact.start, q.fact.answer_start, q.type))
    _vary_key_places(picked)
    notes = []
    if len(picked) < count:
        notes.append(
            f"Only {len(picked)} of the {count} questions asked for: the article has no more facts "
            f"that pass every quality check without repeating a fact."
        )
    return picked, notes


def _key_place(q: Question) -> int:
    return next((n for n, c in enumerate(q.choices) if c.correct), -1)


def _vary_key_places(picked: list[Question]) -> None:
    """Rule 11: the correct option's place varies. When every multiple-choice item of a quiz (4 or more) has its
    key in one place, the first whose options are not listed in order has its key swapped with its neighbour."""
    items = [n for n, q in enumerate(picked) if q.type == "multiple_choice"]
    if len(items) < 4 or len({_key_place(picked[n]) for n in items}) > 1:
        return
    for n in items:
        q = picked[n]
        if q.fact.answer_type in ORDERED:
            continue  # figures and dates read in order
        options = [(c.text, c.correct) for c in q.choices]
        key = _key_place(q)
        other = key - 1 if key > 0 else key + 1
        options[key], options[other] = options[other], options[key]
        choices = tuple(Choice(chr(ord("a") + i), text, ok) for i, (text, ok) in enumerate(options))
        picked[n] = dataclasses.replace(q, choices=choices)
        return


def _choose_type(options: list[Question], types: tuple[str, ...], per_type: Counter[str],
                 tf_values: list[bool], rng: random.Random) -> Question | None:
    kind = options[0].fact.kind
    prefer = PREFERENCE.get(kind, types)
    available = {q.type for q in options}
    ranked = sorted(
        (t for t in types if t in available),
        key=lambda t: (per_type[t], prefer.index(t) if t in prefer else len(prefer)),
    )
    for qtype in ranked:
        matching = [q for q in options if q.type == qtype]
        if qtype != "true_false":
            return matching[0]
        trues, falses = tf_values.count(True), tf_values.count(False)
        want_false = trues > falses or (trues == falses and rng.random() < 0.5)
        matching.sort(key=lambda q: q.answer_value != (not want_false))
        if bool(matching[0].answer_value) == (not want_false) or trues == falses:
            return matching[0]
        # only the over-represented value is left: ask this fact another way, if it can be
    tf = [q for q in options if q.type == "true_false"]
    return tf[0] if tf and len(ranked) == 1 and abs(tf_values.count(True) - tf_values.count(False)) < 2 else None


def _topic_key(q: Question) -> str:
    return _topic_key_of(q.fact)


def _topic_key_of(fact) -> str:  # noqa: ANN001 - a Fact
    return normalise(fact.statement)


def _gives_away(q: Question, picked: list[Question]) -> bool:
    """A second question on a statement: neither item may show the other's answer.

    A true/false or fill-in-the-blank item shows its whole statement, so it
    shares a statement with no other item; a question shows its own words.
    """
    for other in picked:
        if _topic_key(other) != _topic_key(q):
            continue
        if "true_false" in (q.type, other.type) or "fill_in_blank" in (q.type, other.type):
            return True
        for a, b in ((q, other), (other, q)):
            shown = normalise(" ".join([a.prompt] + [c.text for c in a.choices]))
            if normalise(b.fact.answer) in shown:
                return True
    return False


def _repeats(q: Question, asked: set[str]) -> bool:
    """Two questions on one statement test the same fact in all but name."""
    return _topic_key(q) in asked
