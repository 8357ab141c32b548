"""The closed-class lexicon: members matched in the answer's form, siblings offered in it."""
from __future__ import annotations

import random

import pytest

from quizgen.lexicon import (PART_OF, bare_term, kind_related, lex_key, lexicon_groups, shape_of, sibling_options,
                             word_list)


def siblings(answer: str, evidence: str = "") -> list[str]:
    return sibling_options(answer, evidence, evidence, random.Random(0), "NOUN")


# --- a member's capital "A" is no article ------------------------------------------------------

@pytest.mark.parametrize(("text", "bare"), [
    ("A horizon", "A horizon"), ("the A horizon", "A horizon"), ("The A horizons", "A horizons"),
    ("A mitochondrion", "mitochondrion"), ("A cell divides in two", "cell divides in two"),
    ("a horizon", "horizon"), ("an organelle", "organelle"), ("the B horizon", "B horizon"),
])
def test_bare_term_keeps_the_letter_of_a_member(text: str, bare: str) -> None:
    assert bare_term(text) == bare


def test_the_a_horizon_takes_the_other_horizons_in_its_form() -> None:
    assert "the B horizon" in siblings("the A horizon")
    got = siblings("A horizon")
    assert "B horizon" in got and "O horizon" in got
    assert not any(o.startswith(("a ", "an ")) for o in got)  # "A horizon" has no article to copy


def test_word_lists_keep_the_letter_so_horizons_are_no_variants_of_each_other() -> None:
    assert word_list("the A horizon") == ["a", "horizon"]
    assert word_list("the C horizon") == ["c", "horizon"]
    assert word_list("A mitochondrion") == ["mitochondrion"]


# --- names keep their capitals -------------------------------------------------------------------

def test_names_keep_their_capitals_beside_a_lower_case_answer() -> None:
    assert shape_of("Krebs cycle", "glycolysis") == "Krebs cycle"
    got = siblings("glycolysis")
    assert "Krebs cycle" in got and "krebs cycle" not in got


def test_a_name_written_in_lower_case_takes_lower_case_siblings() -> None:
    assert shape_of("Venus", "mars") == "venus"
    assert shape_of("Southern Hemisphere", "northern hemisphere") == "southern hemisphere"
    assert shape_of("Meiosis", "Mitosis") == "Meiosis" and shape_of("meiosis", "Mitosis") == "Meiosis"


# --- plurals of phrases with a preposition --------------------------------------------------------

def test_the_plural_of_a_phrase_with_of_is_made_on_its_head() -> None:
    members = {one: many for group in lexicon_groups()[0] for one, many in group.members}
    assert members["law of conservation of mass"] == "laws of conservation of mass"
    assert members["theory of evolution"] == "theories of evolution"
    assert members["change in odor"] == "changes in odor"
    assert "laws of conservation of energy" in siblings("laws of conservation of mass")


# --- no class holds a part beside its whole ----------------------------------------------------

def test_no_class_holds_a_member_beside_its_whole() -> None:
    for group in lexicon_groups()[0]:
        keys = {lex_key(one) for one, _ in group.members}
        assert not any(PART_OF.get(k) in keys for k in keys), keys


def test_earth_spheres_and_the_lithosphere_are_not_siblings() -> None:
    assert "lithosphere" not in siblings("geosphere")
    assert "hydrosphere" in siblings("geosphere")
    got = siblings("lithosphere")
    assert "geosphere" not in got and "asthenosphere" in got
    assert kind_related("the geosphere", "lithosphere")


def test_microbes_keep_one_level() -> None:
    got = siblings("protists")
    assert "fungi" in got and not {"algae", "protozoa", "yeasts"} & set(got)
    got = siblings("algae")  # a part with no other class keeps the level without its whole
    assert "protozoa" in got and "protists" not in got


# --- a whole-word member does not hide the modifier reading the text shows ------------------------

def test_a_modifier_the_text_writes_before_its_head_takes_that_heads_siblings() -> None:
    # "transverse" is a member of its own (transverse / longitudinal) and the modifier of "transverse plane"
    got = siblings("transverse", "The transverse plane divides the body into upper and lower parts.")
    assert "sagittal" in got and "longitudinal" not in got


def test_a_member_the_text_writes_alone_stays_a_noun() -> None:
    got = siblings("transverse", "In this wave the motion is transverse, across the direction of travel.")
    assert "longitudinal" in got and "sagittal" not in got
