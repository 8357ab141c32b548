"""A pronoun whose subject is said just before it; answers that are half a word or a measure of "later".

Sentences from the SQuAD dev half, shortened. "The Broncos wore white jerseys ..., when they
defeated the Falcons" had left both clauses unusable ("they" unresolved), and "The Super Bowl 50
halftime show ... . It was ..." had too ("50" read as a count).
"""
from __future__ import annotations

import pytest

from quizgen.clauses import split_clauses, standalone
from quizgen.nlp import load_model

from test_kinds import ask


def statements(text: str) -> list[str]:
    """Each usable clause of the one-sentence ``text``, as it reads on its own."""
    doc = load_model()(text)
    out = []
    for clause in split_clauses(next(doc.sents)):
        standalone(clause, previous_subject=None, lower_vocab=frozenset())
        if clause.usable:
            words = (clause.subs.get(t.i, t.text_with_ws) for t in clause.tokens)
            out.append("".join(w if w.endswith(" ") or not w else w + " " for w in words).strip())
    return out


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        # a number that ends a name is no count: "the Super Bowl 50 halftime show" can be what "It" means
        ("The Super Bowl 50 halftime show was headlined by Coldplay. It was watched by 115 million viewers.",
         "115 million", "How many viewers was the Super Bowl 50 halftime show watched by?"),
    ],
)
def test_a_pronoun_is_resolved_to_the_subject_before_it(text: str, answer: str, question: str) -> None:
    assert ask(text, answer) == question


def test_they_of_a_clause_hung_on_the_first_is_its_subject() -> None:
    assert statements("The Broncos wore white in Super Bowl XXXIII, when they defeated the Falcons by 15 points.") == [
        "The Broncos wore white in Super Bowl XXXIII , when they defeated the Falcons by 15 points",
        "the Broncos defeated the Falcons by 15 points",
    ]
    # a noun of the same number in between could be meant too: "they" are the compounds, not the hazards
    assert statements("Combustion hazards also apply to compounds such as peroxides because they can donate oxygen "
                      "to a fire.") == []
    # "the United States" is one country: "they" is not it, and a clause with "they" unresolved is not used
    assert statements("The United States entered the war in 1917, when they declared war on Germany.") == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # another subject of the same number in between: either could be meant
        ("The Broncos beat the Falcons after the Panthers lost, when they scored 11 points.", "11"),
        # reported speech: "it" is the Super Bowl, not the league
        ("Goodell stated that the league planned to make the game spectacular and that it would be watched by "
         "100 million people.", "100 million"),
    ],
)
def test_a_pronoun_with_a_rival_antecedent_is_not_resolved(text: str, answer: str) -> None:
    assert ask(text, answer) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("It was the third-most watched U.S. broadcast ever.", "third"),  # half a word
        ("Johnson responded approximately one week later, after reading the report.", "approximately one week"),
    ],
)
def test_no_question_for_half_a_word_or_the_measure_of_later(text: str, answer: str) -> None:
    assert ask(text, answer) is None


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        # the words between the number and its noun say which count is asked
        ("The Panthers defense boasted four Pro Bowl selections.", "four",
         "How many Pro Bowl selections did the Panthers defense boast?"),
        ("Fresno has three large public parks.", "three", "How many large public parks does Fresno have?"),
    ],
)
def test_how_many_keeps_the_words_before_the_noun(text: str, answer: str, question: str) -> None:
    assert ask(text, answer) == question


def test_no_which_n_for_a_score() -> None:
    # "the Atlanta Falcons 34–19": the score is no noun to ask "Which 34–19 ...?" with
    question = ask("In Super Bowl XXXIII the Broncos defeated the Atlanta Falcons 34–19.", "Atlanta Falcons 34–19")
    assert question is None or "34–19" not in question
