"""Distractors: same kind and form as the answer, never a variant of it (no model needed)."""
from __future__ import annotations

import random
import re

import pytest

from quizgen.answers import normalise
from quizgen.distract import Term, distractors, is_variant

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


# --- terms: closed classes, the question's class, opposite modifiers (no model needed) ----------

LIPIDS = "Carbohydrates, proteins, lipids, and nucleic acids are the four classes of biochemical compounds."


@pytest.mark.parametrize(
    ("answer", "kwargs", "allowed"),
    [
        ("protons", {}, {"neutrons", "electrons", "positrons", "photons", "neutrinos", "quarks"}),
        ("mitochondria", {}, {"ribosomes", "chloroplasts", "lysosomes", "vacuoles", "centrioles", "nucleoli",
                              "peroxisomes", "vesicles", "plastids", "chromoplasts", "nuclei"}),
        ("glucose", {}, {"fructose", "galactose", "sucrose", "lactose", "maltose", "ribose"}),
        ("Jupiter", {"atype": "place"}, {"Mercury", "Venus", "Earth", "Mars", "Saturn", "Uranus", "Neptune"}),
        ("kinetic", {"pos": "ADJ"}, {"potential", "thermal", "chemical", "nuclear", "electrical", "mechanical",
                                     "radiant", "sound", "light"}),
        ("Mitosis", {}, {"Meiosis", "Binary fission", "Cytokinesis", "Budding"}),
        ("a hormone", {}, {"a neurotransmitter", "an enzyme", "a receptor", "an antibody", "a vitamin"}),
        ("sedimentary rock", {}, {"igneous rock", "metamorphic rock"}),
        ("left ventricle", {}, {"right ventricle", "left atrium", "right atrium"}),
        ("lipids", {"sentences": (LIPIDS,)}, {"fats", "vitamins", "minerals", "fibers"}),
        ("pituitary gland", {"context": "Which gland makes growth hormone?", "head": "gland"},
         {"thyroid gland", "adrenal gland", "pineal gland", "parathyroid gland", "sweat gland", "salivary gland",
          "oil gland", "mammary gland", "tear gland"}),
        ("two atoms", {}, {"one atom", "three atoms", "four atoms", "five atoms", "six atoms"}),
        ("eight valence electrons", {}, {f"{n} valence electrons" for n in ("six", "seven", "nine", "ten", "eleven",
                                                                            "twelve", "sixteen")}),
    ],
)
def test_term_distractors_are_of_the_answers_class_and_form(answer: str, kwargs: dict, allowed: set[str]) -> None:
    kwargs = dict(kwargs)
    got = distractors(answer, kwargs.pop("atype", "term"), rng=random.Random(0), **kwargs)
    assert got and set(got) <= allowed, got
    assert len(set(map(normalise, got))) == len(got)
    assert not any(is_variant(d, answer) for d in got)
    if len(allowed) >= 3:
        assert len(got) == 3


@pytest.mark.parametrize(
    ("option", "answer", "variant"),
    [
        ("protons", "proton", True), ("Kinetic-energy", "kinetic energy", True),
        ("mitochondrion", "mitochondria", True), ("nuclei", "nucleus", True), ("carbon", "carbon dioxide", True),
        ("1960s", "the 1960s", True), ("Glucose", "glucose", True),
        ("aerobic respiration", "anaerobic respiration", False), ("nonrenewable", "renewable", False),
        ("carbon monoxide", "carbon dioxide", False), ("neutrons", "protons", False), ("1889", "1893", False),
        ("meiosis", "mitosis", False),
    ],
)
def test_is_variant(option: str, answer: str, variant: bool) -> None:
    assert is_variant(option, answer) is variant
    assert is_variant(answer, option) is variant


@pytest.mark.parametrize(
    ("answer", "kwargs", "never"),
    [
        # the text lists them with the answer: as likely to be true
        ("lipids", {"sentences": (LIPIDS,)}, {"proteins", "carbohydrates", "nucleic acids"}),
        # a kind of the answer is as true as the answer
        ("glutamate receptors", {"context": "Which receptors are involved?", "head": "receptor"}, {"NMDA receptors"}),
        # another name the text gives the answer
        ("magma", {"sentences": ("Magma, or molten rock, rises through the crust.",),
                   "pool": (Term("molten rock", "", "rock", False, 0),)}, {"molten rock"}),
    ],
)
def test_options_that_may_be_as_true_are_left_out(answer: str, kwargs: dict, never: set[str]) -> None:
    for seed in range(5):
        got = distractors(answer, "term", k=8, rng=random.Random(seed), **kwargs)
        assert not set(got) & never, got


def test_a_phrase_that_merely_occurs_in_the_text_is_no_option() -> None:
    pool = (Term("pull", "", "pull", False, 0), Term("land", "", "land", False, 0),
            Term("main cause", "", "cause", False, 1), Term("result", "", "result", False, 2))
    assert distractors("friction pull", "term", pool=pool, rng=random.Random(0)) == []


def test_the_question_that_names_the_head_keeps_it() -> None:
    pool = (Term("glutamate receptors", "", "receptor", True, 0), Term("neurons", "", "neuron", True, 0),
            Term("synapses", "", "synapse", True, 1))
    got = distractors("NMDA receptors", "term", head="receptor", pool=pool,
                      context="Which receptors does ketamine bind to?", k=8, rng=random.Random(0))
    assert got and all(d.endswith("receptors") for d in got), got


def test_a_word_with_a_sense_outside_science_needs_its_class_in_the_text() -> None:
    assert distractors("current", "term", rng=random.Random(0)) == []
    got = distractors("current", "term", sentences=("Voltage drives a current through a resistance.",),
                      rng=random.Random(0))
    assert len(got) == 3 and set(got) <= {"voltage", "resistance", "electric charge", "capacitance"}


def test_opposite_modifier_and_coordinated_answers() -> None:
    assert "right ventricle" in distractors("left ventricle", "term", k=8, rng=random.Random(0))
    got = distractors("protons and neutrons", "term", rng=random.Random(0))
    assert len(got) == 3 and all(" and " in d for d in got)
    assert not any(is_variant(d, "protons and neutrons") for d in got)


def test_a_bounded_figure_has_no_distractors() -> None:
    assert distractors("less than 1 percent", "percent", rng=random.Random(0)) == []
    assert distractors("1 percent", "percent", rng=random.Random(0))


def test_same_seed_same_term_distractors() -> None:
    assert distractors("protons", "term", rng=random.Random(3)) == distractors("protons", "term",
                                                                               rng=random.Random(3))


@pytest.mark.model
def test_suggest_distractors_reads_the_context() -> None:
    from quizgen.api import suggest_distractors

    context = ("What particles in the nucleus of an atom have a positive charge? The nucleus of an atom holds "
               "protons, which have a positive charge, and neutrons, which have no charge.")
    got = suggest_distractors("protons", context)
    assert len(got) == 3 and "neutrons" not in got  # named beside the answer: left out
    assert not any(is_variant(d, "protons") for d in got)
    assert got == suggest_distractors("protons", context)
    assert suggest_distractors("protons", context, k=1, seed=4)[:1] and suggest_distractors("", context) == []


@pytest.mark.parametrize("answer", ["a month or longer", "at least three weeks", "up to two years"])
def test_open_ended_durations_get_no_options(answer: str) -> None:
    """A shorter span also satisfies "a month or longer": any option could be as true."""
    assert distractors(answer, "duration", rng=random.Random(0)) == []


def test_a_surname_alone_gets_no_people_as_options() -> None:
    pool = (Term("Pierre Curie", "PERSON", "curie", False, 1), Term("Maria", "PERSON", "maria", False, 0),
            Term("Hela", "PERSON", "hela", False, 2), Term("Lippmann", "PERSON", "lippmann", False, 3))
    assert distractors("Curie", "person", pool=pool, rng=random.Random(0)) == []


@pytest.mark.parametrize(
    ("answer", "kwargs", "expected"),
    [
        # an opposite modifier anywhere in the phrase, the rest kept
        ("stronger gravitational force", {}, {"weaker gravitational force"}),
        ("early adulthood", {}, {"middle adulthood", "late adulthood"}),
        ("intensive property", {}, {"extensive property"}),
        # verbs in the answer's own form
        ("solubility increases", {}, {"solubility decreases", "solubility doubles", "solubility stays the same"}),
        ("raises it", {}, {"lowers it"}),
        ("they emit radiation", {}, {"they absorb radiation", "they reflect radiation"}),
        ("shrinking", {"pos": "VERB"}, {"growing"}),
        # an adverb from its adjective, an article where the swap needs one
        ("sexually", {"pos": "ADV"}, {"asexually"}),
        ("with opposite charges", {}, {"with the same charges"}),
        ("constant", {"pos": "ADJ"}, {"increasing", "decreasing"}),
    ],
)
def test_a_word_of_the_answer_is_swapped_for_its_opposite(answer: str, kwargs: dict, expected: set[str]) -> None:
    got = distractors(answer, "term", k=8, rng=random.Random(0), **kwargs)
    assert expected <= set(got), got


@pytest.mark.parametrize(
    ("answer", "kwargs", "never"),
    [
        ("heat sink", {"pos": "NOUN"}, {"cool sink"}),  # "heat" is a noun here, not the verb
        ("heat", {"pos": "NOUN"}, {"cool"}),
        ("mechanical digestion", {}, {"transverse digestion", "longitudinal digestion"}),  # wave words suit waves
        ("higher to lower", {}, {"higher to upper", "higher to raise"}),
        ("speed of sound", {}, {"slow down of sound"}),
        ("staying cool", {}, {"increasing cool", "doubling cool"}),
        ("in the blood", {}, {"in the bone", "in the cartilage"}),  # no noun swapped inside a phrase
    ],
)
def test_a_swap_that_reads_as_a_blunder_is_refused(answer: str, kwargs: dict, never: set[str]) -> None:
    got = distractors(answer, "term", k=8, rng=random.Random(0), **kwargs)
    assert not never & set(got), got


@pytest.mark.parametrize(
    ("answer", "kwargs", "allowed"),
    [
        ("molality", {}, {"molarity", "mole fraction", "mass percent", "parts per million"}),
        ("digestion", {"context": "Peristalsis is necessary for what basic bodily function?"},
         {"respiration", "circulation", "excretion", "reproduction", "locomotion", "ingestion", "absorption",
          "elimination"}),
        ("mucus", {}, {"blood", "lymph", "saliva", "bile", "sweat", "urine", "tears"}),
        ("atoms", {}, {"molecules", "organelles", "cells", "tissues", "organs", "organ systems"}),
        ("acidity", {}, {"flammability", "reactivity", "toxicity", "alkalinity"}),
        ("dietitians", {}, {"physicians", "pharmacists", "nurses", "surgeons", "dentists", "physical therapists"}),
    ],
)
def test_school_science_classes_give_co_members(answer: str, kwargs: dict, allowed: set[str]) -> None:
    got = distractors(answer, "term", rng=random.Random(0), **kwargs)
    assert len(got) == 3 and set(got) <= allowed, got


def test_a_longer_shared_ending_ranks_first() -> None:
    got = distractors("geotropism", "term", context="What is the term for growing towards gravity?",
                      rng=random.Random(0))
    assert got and all(g.endswith("tropism") for g in got), got


def test_the_answers_own_head_names_its_class_when_the_text_names_a_member() -> None:
    sentences = ("Sigma bonds form when orbitals overlap end to end.", "Hydrogen bonds hold water molecules together.")
    got = distractors("sigma bonds", "term", head="bond", pos="NOUN", sentences=sentences, rng=random.Random(0))
    assert len(got) == 3 and all(g.endswith(" bonds") for g in got), got
    # a modifier that makes no class of the head ("bare rock") gets no classes of rock from the lexicon alone
    assert distractors("bare rock", "term", head="rock", pos="NOUN", rng=random.Random(0),
                       sentences=("The glacier left bare rock behind.",)) == []


@pytest.mark.parametrize(
    ("answer", "kwargs", "allowed"),
    [
        ("salivation", {}, {"perspiration", "lactation", "ovulation", "menstruation", "urination", "defecation",
                            "coagulation"}),
        ("reabsorption", {}, {"filtration", "secretion", "excretion"}),
        ("frontal lobe", {}, {"parietal lobe", "temporal lobe", "occipital lobe"}),
        ("moraine", {}, {"cirque", "fjord", "kettle lake"}),
        ("Boyle's law", {}, {"Charles's law", "Gay-Lussac's law", "Avogadro's law", "ideal gas law"}),
        ("ectoderm", {}, {"mesoderm", "endoderm"}),
        ("endothermic", {"pos": "ADJ"}, {"exothermic"}),
        ("intrusive rock", {}, {"extrusive rock"}),
    ],
)
def test_new_school_science_classes_give_co_members(answer: str, kwargs: dict, allowed: set[str]) -> None:
    got = distractors(answer, "term", rng=random.Random(0), **kwargs)
    assert got and set(got) <= allowed, got
    assert len(got) == min(3, len(allowed)), got


@pytest.mark.parametrize(
    ("answer", "never"),
    [
        ("plasma membrane", {"cell membrane"}),  # two names of one thing
        ("cell membrane", {"plasma membrane"}),
        ("taiga", {"boreal forest"}),
        ("fallopian tube", {"oviduct"}),
        ("geotropism", {"gravitropism"}),
        ("gymnosperms", {"conifers", "cycads"}),  # a kind of the answer is as true
        ("angiosperm", {"monocot", "dicot"}),
        ("covalent bond", {"peptide bond", "polar covalent bond", "double bond", "sigma bond"}),
        ("carboxyl group", {"carbonyl group", "hydroxyl group"}),  # a part of it
        ("brainstem", {"medulla", "pons"}),
    ],
)
def test_synonyms_and_kinds_of_the_answer_are_never_options(answer: str, never: set[str]) -> None:
    for seed in range(5):
        got = distractors(answer, "term", k=8, rng=random.Random(seed))
        assert not set(got) & never, got


def test_a_shared_suffix_outside_the_texts_topic_gives_no_options() -> None:
    # a history text that names "Europe" and "superior" is about neither the earth nor the body:
    # "-ism" and "-ology" make no class ("orientalism" / "astigmatism", "technology" / "cytology")
    sentences = ("Orientalism allowed Europe to establish itself as the superior and the norm.",)
    assert distractors("orientalism", "term", pos="NOUN", sentences=sentences, rng=random.Random(0)) == []
    sentences = ("New technology changed how farms worked in the nineteenth century.",)
    assert distractors("technology", "term", pos="NOUN", sentences=sentences, rng=random.Random(0)) == []


def test_a_name_the_lexicon_does_not_know_takes_no_class_of_the_asked_kind() -> None:
    # "During which period ...?" with *Yuan*: geologic periods are no options for a dynasty, even in a text that
    # names hills, lakes and mountains (an earth-science topic by count)
    from quizgen.api import suggest_distractors
    context = ("During which period did Beijing become the terminus of the Grand Canal? The city was rebuilt with "
               "palace grounds that included artificial lakes, hills and mountains. During the Yuan period, "
               "Beijing became the terminus of the Grand Canal.")
    got = suggest_distractors("Yuan", context)
    assert not {"Triassic", "Devonian", "Jurassic", "Cambrian", "Tertiary", "Permian"} & set(got), got


def test_a_broad_asked_kind_needs_a_member_of_the_class_in_the_text() -> None:
    # "Which stage ...?" in a text about translation, counted as a text about the body: the stages of the
    # stress response (alarm, resistance, exhaustion) are no options for a stage of protein synthesis
    from quizgen.api import suggest_distractors
    context = ("Which stage of translation adds amino acids to the growing chain? Translation in the cells of the "
               "body has three steps. In the elongation stage, the ribosome reads each codon of the messenger RNA "
               "and the tRNA brings the matching amino acid to the growing protein in the cell.")
    got = suggest_distractors("elongation stage", context)
    assert not {"alarm stage", "resistance stage", "exhaustion stage"} & set(got), got


def test_effect_is_a_broad_kind() -> None:
    # "Which effect ...?" in a text on oxygen therapy: physics effects are no options for the placebo effect
    from quizgen.api import suggest_distractors
    context = ("Which effect is a more likely explanation of the results? Patients breathed pure oxygen in a "
               "pressure chamber, but the placebo effect is a more likely explanation of their improvement.")
    got = suggest_distractors("placebo effect", context)
    assert not {"Doppler effect", "Coriolis effect", "greenhouse effect", "photoelectric effect",
                "butterfly effect"} & set(got), got


def test_coordinated_modifiers_of_one_head_swap_a_modifier_only() -> None:
    # "fragmented or whole chromosomes": "whole" has no class, so no option; a kind of chromosome in its place
    # ("Fragmented or Y chromosomes") would read as nonsense
    sentences = ("Fragmented or whole chromosomes can be separated by gel electrophoresis.",)
    got = distractors("Fragmented or whole chromosomes", "term", pos="NOUN", sentences=sentences, rng=random.Random(0),
                      context="Which chromosomes can be separated by gel electrophoresis?")
    assert not any(o.endswith(("Y chromosomes", "sex chromosomes", "metacentric chromosomes")) for o in got), got
    got = distractors("sodium and potassium ions", "term", pos="NOUN", sentences=sentences, rng=random.Random(0))
    assert got and all(o.endswith(" ions") and len(o.split()) == 4 for o in got), got


def test_coordinated_modifiers_of_one_class_take_options_from_that_class_only() -> None:
    from quizgen.api import suggest_distractors

    # "male" and "female" are the whole class: no "leaf and female flowers", no "male and domain flowers"
    assert suggest_distractors("male and female flowers",
                               "Male and female flowers are borne on different plants in other species.", k=3) == []
    options = suggest_distractors("Southern and northern blotting", "Southern and northern blotting are techniques.", k=3)
    assert options and all(o.endswith(" blotting") and {"eastern", "western"} & set(o.lower().split()) for o in options)
    assert all(o[0].isupper() for o in options)


def test_a_phrase_that_only_sets_a_thing_apart_is_no_option() -> None:
    from quizgen.api import suggest_distractors

    context = ("The apical meristem is a cap of cells at the shoot tip. A separate meristem, called the lateral "
               "meristem, produces cells that increase the diameter of stems.")
    assert "separate meristem" not in suggest_distractors("apical meristem", context, k=3)


def test_the_moon_as_a_name_takes_other_bodies_of_the_solar_system() -> None:
    # "the Moon" is no kind of celestial body beside "star" and "galaxy"; "a moon" still is
    text = ("All samples returned from the Moon are highly brecciated. "
            "The Apollo 13 landing was prevented by an explosion in transit to the Moon.")
    got = distractors("Moon", "term", context="What did all samples return from?", sentences=(text,))
    assert got and set(got) <= {"Sun", "Mars", "Venus", "Jupiter"}, got
    common = distractors("moon", "term", context="What orbits a planet?",
                         sentences=("A moon orbits a planet, as planets orbit a star.",))
    assert common and all(o.islower() for o in common), common


def test_no_option_that_came_to_be_after_the_texts_latest_year() -> None:
    # the NASA of 1967 has no ESA (1975), JAXA (2003) or CNSA (1993) beside it
    early = distractors("NASA", "org", context="What convened an accident review board?",
                        sentences=("In 1967 NASA immediately convened an accident review board.",))
    assert not {"ESA", "JAXA", "CNSA", "Roscosmos", "ISRO"} & set(early), early
    late = distractors("NASA", "org", context="What flew the mission?",
                       sentences=("In 2010 NASA and other agencies flew missions.",))
    assert {"ESA", "JAXA"} & set(late), late


def test_people_options_read_as_people() -> None:
    # names the model tags as people that are a verse, a square or a group are no options for a person
    text = ("Johann Eck debated Andreas Karlstadt. Karl von Miltitz met Luther, who cited Matthew 16:18. "
            "The market stood in a square, Eldon Square. Non Russian Marxists disagreed.")
    pool = tuple(Term(name, "PERSON", name.split()[-1].lower(), False, 0) for name in
                 ("Andreas Karlstadt", "Karl von Miltitz", "Matthew 16:18", "Eldon Square", "Non Russian Marxists"))
    got = distractors("Johann Eck", "person", pool=pool, sentences=(text,), k=5)
    assert set(got) == {"Andreas Karlstadt", "Karl von Miltitz"}, got


@pytest.mark.parametrize(
    ("answer", "atype"),
    [("three to five years", "duration"), ("3 to 5 years", "duration"), ("10-20 percent", "percent"),
     ("between 1,000 and 2,000 people", "number")],
)
def test_a_span_is_swapped_whole_and_never_overlaps(answer: str, atype: str) -> None:
    # "A queen may live for two to five years" was offered as false for "three to five years": partly true
    import re

    def ends(text: str) -> tuple[int, int]:
        words = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen".split()
        found = [int(x.replace(",", "")) if x[0].isdigit() else words.index(x)
                 for x in re.findall(r"\d[\d,]*|\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b",
                                     text)]
        return found[0], found[1]

    lo, hi = ends(answer)
    options = distractors(answer, atype, rng=random.Random(0))
    assert len(options) == 3
    for option in options:
        a, b = ends(option)
        assert b - a == hi - lo and (b < lo or a > hi), option


def test_a_half_keeps_its_plural() -> None:
    assert "one and a half hour" not in distractors("two and a half hours", "duration", rng=random.Random(0))
