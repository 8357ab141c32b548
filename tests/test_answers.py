"""Answer typing, question words, accepted variants and normalisation (no model needed)."""
from __future__ import annotations

import pytest

from quizgen.answers import answer_type, is_duration, normalise, variants, wh_word


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("the 1960s", "DATE", "decade"),
        ("the late 1890s", "DATE", "decade"),
        ("1867", "DATE", "year"),
        ("7 November 1867", "DATE", "date"),
        ("the 5th century BCE", "DATE", "date"),
        ("the past decade", "DATE", "duration"),
        ("a month or longer", "DATE", "duration"),
        ("a few hours", "TIME", "duration"),
        ("every year", "DATE", "relative"),
        ("later that year", "DATE", "relative"),
        ("3x", "CARDINAL", "multiplier"),
        ("10 times", "CARDINAL", "multiplier"),
        ("1-3", "CARDINAL", "range"),
        ("1856 to 1889", "CARDINAL", "range"),
        ("45%", "PERCENT", "percent"),
        ("$25.4 billion", "MONEY", "money"),
        ("6,650", "CARDINAL", "number"),
        ("Marie Curie", "PERSON", "person"),
        ("Warsaw", "GPE", "place"),
        ("NASA", "ORG", "org"),
        ("synaptogenesis", "", "term"),
    ],
)
def test_answer_type(text: str, label: str, expected: str) -> None:
    assert answer_type(text, label) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a few hours", True), ("several weeks", True), ("the 1960s", False), ("every day", False),
     ("the mid-20th century", False), ("daytime", False), ("three months", True)],
)
def test_is_duration(text: str, expected: bool) -> None:
    assert is_duration(text) is expected


@pytest.mark.parametrize(
    ("atype", "prep", "expected"),
    [
        ("decade", "in", ("In what decade", True)),
        ("decade", None, ("What decade", False)),
        ("year", "by", ("By what year", True)),
        ("year", "since", ("Since what year", True)),
        ("year", "of", None),
        ("date", "on", ("When", True)),
        ("date", "with", None),
        ("duration", "for", ("How long", True)),
        ("duration", "", ("How long", True)),
        ("person", None, ("Who", False)),
        ("person", "with", ("Who", False)),  # "Who did she work with?" (or "With whom ...")
        ("person", "in", None),
        ("place", "in", ("Where", True)),
        ("place", None, None),
        ("term", None, ("What", False)),
        ("money", None, ("How much", False)),
        ("multiplier", None, None),
    ],
)
def test_wh_word(atype: str, prep: str | None, expected: tuple[str, bool] | None) -> None:
    assert wh_word(atype, prep) == expected


@pytest.mark.parametrize(
    ("answer", "atype", "must_include"),
    [
        ("3x", "multiplier", {"3x", "3 times", "three times"}),
        ("the 1960s", "decade", {"the 1960s", "1960s"}),
        ("1-3", "range", {"1-3", "1 to 3"}),
        ("N-methyl-D-aspartate (NMDA) receptors", "term", {"NMDA receptors", "N-methyl-D-aspartate receptors"}),
        ("a neurotransmitter", "term", {"a neurotransmitter", "neurotransmitter"}),
    ],
)
def test_variants(answer: str, atype: str, must_include: set[str]) -> None:
    got = variants(answer, atype)
    assert got[0] == answer
    assert must_include <= set(got)
    assert len({v.lower() for v in got}) == len(got)


@pytest.mark.parametrize(
    ("a", "b"),
    [("3x", "3 times"), ("3x", "three times"), ("The 1960s", "1960s"), ("the 1960's", "1960s"),
     ("A neurotransmitter", "neurotransmitter"), ("3 ×", "3x")],
)
def test_normalise_makes_variants_equal(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(("a", "b"), [("3x", "5x"), ("the 1960s", "the 1970s"), ("glutamate", "dopamine")])
def test_normalise_keeps_different_answers_apart(a: str, b: str) -> None:
    assert normalise(a) != normalise(b)
