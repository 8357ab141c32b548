"""Distractors: same kind and form as the answer, never a variant of it (no model needed)."""
from __future__ import annotations

import random
import re

import pytest

from quizgen.answers import normalise
from quizgen.distract import Term, distractors

FORMS = {
    "decade": r"^the \d{3}0s$",
    "year": r"^\d{4}$",
    "multiplier": r"^\d+x$",
    "range": r"^\d+-\d+$",
    "percent": r"^\d+%$",
}


@pytest.mark.parametrize(
    ("answer", "atype"),
    [("the 1960s", "decade"), ("1867", "year"), ("3x", "multiplier"), ("1-3", "range"), ("45%", "percent")],
)
def test_numeric_distractors_have_the_answer_form(answer: str, atype: str) -> None:
    got = distractors(answer, atype, rng=random.Random(1))
    assert len(got) == 3
    for d in got:
        assert re.match(FORMS[atype], d), d
        assert normalise(d) != normalise(answer)
    assert len(set(got)) == 3


@pytest.mark.parametrize(
    ("answer", "unit_words"),
    [("a few hours", ("minutes", "days", "weeks", "seconds", "months")),
     ("a month or longer", ("week", "year", "day", "decade")),
     ("several weeks", ("days", "months", "years", "hours"))],
)
def test_duration_distractors_swap_the_unit_only(answer: str, unit_words: tuple[str, ...]) -> None:
    got = distractors(answer, "duration", rng=random.Random(0))
    assert len(got) == 3
    frame = re.sub(r"\b(hour|day|week|month|year|decade|minute|second)s?\b", "U", answer)
    for d in got:
        assert any(w in d.split() for w in unit_words), d
        assert re.sub(r"\b(hour|day|week|month|year|decade|minute|second|centur(y|ies))s?\b", "U", d) == frame


def test_decades_never_pass_the_present() -> None:
    got = distractors("the 2010s", "decade", rng=random.Random(0))
    assert all(int(d[4:8]) <= 2020 for d in got)


def test_small_numbers_never_become_zero_or_negative() -> None:
    for seed in range(5):
        got = distractors("1 percent", "percent", rng=random.Random(seed))
        assert got and all(int(re.match(r"\d+", d).group()) > 0 for d in got)


def test_terms_take_siblings_with_the_same_article() -> None:
    got = distractors("a neurotransmitter", "term", rng=random.Random(0))
    assert len(got) == 3
    assert all(re.match(r"^an? \w", d) for d in got)
    assert all(d.startswith("an ") == (d.split()[1][0] in "aeiou") for d in got)


def test_people_come_from_the_article_and_are_not_the_answer() -> None:
    pool = (
        Term("Wilhelm Röntgen", "PERSON", "röntgen", False, 3),
        Term("Gabriel Lippmann", "PERSON", "lippmann", False, 4),
        Term("Henri Becquerel", "PERSON", "becquerel", False, 5),
        Term("Maria Skłodowska", "PERSON", "skłodowska", False, 0),  # the same person by another name
        Term("Pierre Curie", "PERSON", "curie", False, 6),  # shares a name with the answer
        Term("Józef", "PERSON", "józef", False, 1),  # a first name only: not the same form
    )
    got = distractors("Marie Curie", "person", pool=pool, rng=random.Random(0))
    assert sorted(got) == ["Gabriel Lippmann", "Henri Becquerel", "Wilhelm Röntgen"]


def test_a_distractor_the_article_states_is_rejected() -> None:
    sentences = ("Ketamine gained popularity in the 1950s for its anesthetic effects.",)
    got = distractors("the 1960s", "decade", context="In what decade did ketamine gain popularity?",
                      sentences=sentences, k=8, rng=random.Random(0))
    assert "the 1950s" not in got


def test_no_distractors_rather_than_wrong_kind() -> None:
    assert distractors("the formation of synapses", "term", rng=random.Random(0)) == []


def test_same_seed_same_distractors() -> None:
    a = distractors("the 1960s", "decade", rng=random.Random(7))
    b = distractors("the 1960s", "decade", rng=random.Random(7))
    assert a == b
