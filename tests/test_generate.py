"""Question generation and selection from hand-built facts (no model needed)."""
from __future__ import annotations

import random

import pytest

from quizgen.generate import Context, generate_questions, question_id
from quizgen.quality import BLANK, check_question
from quizgen.select import select_questions
from quizgen.types import QUESTION_TYPES, Fact, Question, question_to_dict


def make_fact(statement: str, answer: str, *, question: str = "", kind: str = "date", atype: str = "decade",
              section: str | None = None, salience: float = 0.9, offset: int = 0,
              contrast: tuple[str, str] | None = None) -> Fact:
    a = statement.index(answer)
    return Fact(kind=kind, answer=answer, answer_type=atype, question=question, statement=statement,
                answer_in_statement=(a, a + len(answer)), sentence=statement, start=offset,
                end=offset + len(statement), answer_start=offset + a, answer_end=offset + a + len(answer),
                section=section, salience=salience, contrast=contrast)


CTX = Context("ab" * 32, (), (), ())
DECADE = make_fact("Ketamine gained popularity in the 1960s for its anesthetic effects.", "the 1960s",
                   question="In what decade did ketamine gain popularity for its anesthetic effects?")
TIMES = make_fact("People experiencing chronic pain are 3x more likely to be depressed.", "3x",
                  question="How many times more likely are people experiencing chronic pain to be depressed?",
                  kind="multiplier", atype="multiplier", offset=200)
LESS = make_fact("The treatment requires less of a dose than anesthesia.", "less", kind="comparison", atype="term",
                 contrast=("less", "more"), offset=400)


def _by_type(fact: Fact, seed: int = 0) -> dict[str, list]:
    out: dict[str, list] = {}
    for q in generate_questions(fact, CTX, types=QUESTION_TYPES, rng=random.Random(seed)):
        out.setdefault(q.type, []).append(q)
    return out


def test_a_date_fact_gives_every_type() -> None:
    got = _by_type(DECADE)
    assert set(got) == set(QUESTION_TYPES)
    mc = got["multiple_choice"][0]
    assert mc.prompt == DECADE.question
    assert [c.text for c in mc.choices if c.correct] == ["the 1960s"]
    assert len(mc.choices) == 4 and all(c.text.startswith("the 1") for c in mc.choices)
    fib = got["fill_in_blank"][0]
    assert fib.prompt == f"Ketamine gained popularity in {BLANK} for its anesthetic effects."
    assert {"the 1960s", "1960s"} <= set(fib.accepted)
    tf_values = sorted(q.answer_value for q in got["true_false"])
    assert tf_values == [False, True]
    false = next(q for q in got["true_false"] if q.answer_value is False)
    assert "the 1960s" not in false.prompt and false.prompt.startswith("Ketamine gained popularity in the 19")
    assert false.explanation == DECADE.statement


def test_every_generated_question_passes_the_rubric() -> None:
    for fact in (DECADE, TIMES, LESS):
        for qs in _by_type(fact).values():
            for q in qs:
                assert check_question(question_to_dict(q)) == [], q.prompt


def test_a_comparison_is_asked_as_true_false_by_swapping_the_word() -> None:
    got = _by_type(LESS)
    assert set(got) == {"true_false"}
    false = next(q for q in got["true_false"] if q.answer_value is False)
    assert false.prompt == "The treatment requires more of a dose than anesthesia."


def test_a_fact_without_a_question_gives_no_mc_or_short_answer() -> None:
    fact = make_fact("Production in 1890 alone was 175 metric tons.", "1890", atype="year")
    assert set(_by_type(fact)) == {"fill_in_blank", "true_false"}


def test_the_correct_option_moves_around() -> None:
    positions = {next(n for n, c in enumerate(_by_type(DECADE, seed)["multiple_choice"][0].choices) if c.correct)
                 for seed in range(12)}
    assert len(positions) >= 3


def test_figures_are_listed_in_order() -> None:
    for seed in range(5):
        texts = [c.text for c in _by_type(TIMES, seed)["multiple_choice"][0].choices]
        assert texts == sorted(texts, key=lambda t: int(t.rstrip("x")))


def test_ids_are_stable_and_distinct() -> None:
    assert question_id("x", DECADE, "multiple_choice") == question_id("x", DECADE, "multiple_choice")
    assert question_id("x", DECADE, "multiple_choice") != question_id("x", DECADE, "short_answer")
    assert question_id("x", DECADE, "multiple_choice") != question_id("y", DECADE, "multiple_choice")


def _candidates(facts: list[Fact], types=QUESTION_TYPES, seed: int = 0):
    rng = random.Random(seed)
    return [q for f in facts for q in generate_questions(f, CTX, types=types, rng=rng)]


def test_selection_asks_each_fact_once_and_mixes_types() -> None:
    facts = [make_fact(f"Event number {n} happened in the {1900 + 10 * n}s in the valley.", f"the {1900 + 10 * n}s",
                       question=f"In what decade did event number {n} happen in the valley?",
                       section=f"S{n % 3}", offset=100 * n) for n in range(8)]
    picked, notes = select_questions(_candidates(facts), count=8, types=QUESTION_TYPES, rng=random.Random(0))
    assert len(picked) == 8 and notes == []
    assert len({(q.fact.answer_start, q.fact.answer_end) for q in picked}) == 8
    counts = {t: sum(q.type == t for q in picked) for t in QUESTION_TYPES}
    assert all(n == 2 for n in counts.values()), counts
    assert [q.fact.start for q in picked] == sorted(q.fact.start for q in picked)


def test_selection_spreads_over_sections() -> None:
    facts = [make_fact(f"Item {n} arrived in the {1800 + 10 * n}s by sea.", f"the {1800 + 10 * n}s",
                       question=f"In what decade did item {n} arrive by sea?", section="A" if n < 6 else "B",
                       salience=0.9 if n < 6 else 0.5, offset=100 * n) for n in range(8)]
    picked, _ = select_questions(_candidates(facts), count=4, types=QUESTION_TYPES, rng=random.Random(0))
    assert {q.fact.section for q in picked} == {"A", "B"}


def test_fewer_good_facts_give_a_shorter_quiz_that_says_why() -> None:
    picked, notes = select_questions(_candidates([DECADE, TIMES]), count=10, types=QUESTION_TYPES,
                                     rng=random.Random(0))
    assert len(picked) == 2
    assert notes and "Only 2 of the 10" in notes[0]


def test_types_restrict_the_quiz() -> None:
    picked, _ = select_questions(_candidates([DECADE, TIMES, LESS], types=("multiple_choice",)), count=5,
                                 types=("multiple_choice",), rng=random.Random(0))
    assert {q.type for q in picked} == {"multiple_choice"} and len(picked) == 2


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_true_false_answers_are_balanced(seed: int) -> None:
    facts = [make_fact(f"Bridge {n} opened in the {1800 + 10 * n}s over the river.", f"the {1800 + 10 * n}s",
                       offset=100 * n) for n in range(6)]
    picked, _ = select_questions(_candidates(facts, types=("true_false",), seed=seed), count=6,
                                 types=("true_false",), rng=random.Random(seed))
    values = [q.answer_value for q in picked]
    assert len(values) == 6 and values.count(True) == 3


@pytest.mark.parametrize(
    ("statement", "answer", "atype"),
    [
        ("Less than 1 percent of fresh water is easily accessible.", "1 percent", "percent"),
        ("Since the 1800s, the use of fossil fuels has increased.", "the 1800s", "decade"),
        ("By 1898 the Curies had obtained traces of radium.", "1898", "year"),
        ("Highs can reach up to 120 degrees in June.", "120", "number"),
        ("The drug works in 3 hours or less in most patients.", "3 hours", "duration"),
    ],
)
def test_no_false_statement_from_a_bound(statement: str, answer: str, atype: str) -> None:
    """Swapping a value after "less than", "since" or "by" could leave the statement true."""
    fact = make_fact(statement, answer, kind="quantity", atype=atype)
    values = [q.answer_value for q in _by_type(fact).get("true_false", [])]
    assert values == [True]


def test_a_second_question_with_the_same_answer_only_fills_a_short_quiz() -> None:
    same = make_fact("People battling depression are 3x more likely to develop chronic pain.", "3x",
                     question="How many times more likely are people battling depression to develop chronic pain?",
                     kind="multiplier", atype="multiplier", offset=300)
    other = make_fact("Curie was awarded a degree in the 1890s in Paris.", "the 1890s",
                      question="In what decade was Curie awarded a degree in Paris?", offset=500, salience=0.5)
    candidates = _candidates([TIMES, same, other])
    picked, _ = select_questions(candidates, count=2, types=QUESTION_TYPES, rng=random.Random(0))
    assert sorted(q.fact.answer for q in picked) == ["3x", "the 1890s"]
    picked, _ = select_questions(candidates, count=3, types=QUESTION_TYPES, rng=random.Random(0))
    assert len(picked) == 3


def test_a_false_count_keeps_the_verbs_number() -> None:
    # "Two of the engines were ..." -> never "One of the engines were ..."
    fact = make_fact("Two of the engines were shut down early during the second stage of the flight.", "Two",
                     kind="quantity", atype="number")
    falses = [q.prompt for seed in range(30) for q in generate_questions(fact, CTX, types=("true_false",),
                                                                        rng=random.Random(seed))
              if q.answer_value is False]
    assert falses and not any(p.startswith("One ") for p in falses)


def test_a_slight_statement_is_no_true_false_item() -> None:
    fact = make_fact("Only individuals act in 1990.", "1990", kind="date", atype="year")
    assert not generate_questions(fact, CTX, types=("true_false",), rng=random.Random(0))


def test_a_false_part_is_no_larger_than_its_whole() -> None:
    # "Two of the three expeditions" -> never "Four of the three expeditions"
    fact = make_fact("Two of the five expeditions were successful in the first year of the long war.", "Two",
                     kind="quantity", atype="number")
    firsts = {q.prompt.split()[0] for seed in range(30)
              for q in generate_questions(fact, CTX, types=("true_false",), rng=random.Random(seed))
              if q.answer_value is False}
    assert firsts and firsts <= {"Three", "Four"}, firsts


def test_two_questions_with_one_prompt_are_one_question() -> None:
    # "Which state occurs when ...?" asked for "VBNC" and for "VBNC state": the same question twice
    statement = "The VBNC state occurs when bacteria enter a dormant state in response to stress."
    short = make_fact(statement, "VBNC", question="Which state occurs when bacteria enter a dormant state?",
                      kind="entity", atype="term")
    long = make_fact(statement, "VBNC state", question="Which state occurs when bacteria enter a dormant state?",
                     kind="entity", atype="term")
    picked, _ = select_questions(_candidates([short, long], types=("short_answer",)), count=2,
                                 types=("short_answer",), rng=random.Random(0))
    assert len(picked) == 1, [(q.prompt, q.fact.answer) for q in picked]


def test_a_swapped_figure_takes_the_article_its_sound_needs() -> None:
    from quizgen.generate import _article_for
    assert _article_for("to obtain an ", "60%") == "to obtain a "
    assert _article_for("to obtain a ", "80%") == "to obtain an "
    assert _article_for("An ", "18,000-seat") == "An "
    assert _article_for("with ", "60%") == "with "


def test_a_quiz_never_keeps_every_key_in_one_place() -> None:
    import dataclasses

    from quizgen.types import Choice

    def keyed_first(fact: Fact, offset: int, options: tuple[str, ...]) -> Question:
        fact = dataclasses.replace(fact, start=offset, answer_start=offset + 1, answer_end=offset + 2)
        choices = tuple(Choice(chr(ord("a") + n), t, t == fact.answer) for n, t in enumerate((fact.answer,) + options))
        return Question(id=f"q{offset}", type="multiple_choice", prompt=fact.question, explanation=fact.statement,
                        fact=fact, choices=choices, answer_text=fact.answer)

    term = make_fact("The heart pumps blood through the arteries.", "The heart", question="What pumps blood?",
                     kind="entity", atype="term")
    decades = [make_fact(f"The {name} opened in the {year}s.", f"the {year}s", question=f"When did the {name} open?")
               for name, year in (("bridge", 1930), ("museum", 1880), ("canal", 1910))]
    items = [keyed_first(decades[0], 0, ("the 1940s", "the 1950s", "the 1970s")),
             keyed_first(term, 100, ("The liver", "The lung", "The kidney")),
             keyed_first(decades[1], 200, ("the 1890s", "the 1900s", "the 1920s")),
             keyed_first(decades[2], 300, ("the 1920s", "the 1950s", "the 1970s"))]
    picked, _ = select_questions(items, count=4, types=("multiple_choice",), rng=random.Random(0))
    places = [next(n for n, c in enumerate(q.choices) if c.correct) for q in picked]
    assert len(picked) == 4 and len(set(places)) == 2
    moved = next(q for q in picked if q.fact.answer == "The heart")
    assert [c.id for c in moved.choices] == ["a", "b", "c", "d"] and moved.choices[1].correct
