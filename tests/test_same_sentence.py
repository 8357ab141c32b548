"""Referents inside the sentence, and facts an untuned article had lost.

An article written for this test run ("Antibiotic Resistance", not tuned on) gave 2 of the
10 questions asked for: its clauses said "stop them from multiplying", "until the 1940s,
when it was used", "deaths worldwide that year", and its facts were a cause in a subject
("Overuse of antibiotics speeds up ...") and a term after "through". Each sentence below
is one of those, or one of the SQuAD dev half, shortened.
"""
from __future__ import annotations

import dataclasses
import random

import pytest

from quizgen.extract import extract_facts
from quizgen.generate import Context, generate_questions
from quizgen.nlp import analyse, load_model
from quizgen.quality import question_problems
from quizgen.readers import read_bytes

from test_kinds import ask
from test_pronouns import statements


def facts_of(text: str, title: str = "Test article"):
    article = read_bytes(f"{title}\n\n{text}\n".encode(), name="test.txt")
    return extract_facts(article, analyse(article, load_model()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object "them"/"it" of a coordinated verb is the first verb's object
        ("Antibiotics are medicines that kill bacteria or stop them from multiplying.",
         ["Antibiotics are medicines that kill bacteria or stop them from multiplying"]),
        ("Ward fumbled the ball during the return, but Trevathan recovered it to enable Denver to keep possession.",
         ["Ward fumbled the ball during the return",
          "Trevathan recovered the ball to enable Denver to keep possession"]),
        # the subject of a coordinated clause takes up the first one's, across a noun in a phrase of place
        ("Cyprus was sold to the Knights Templar and it was later acquired by Guy de Lusignan.",
         ["Cyprus was sold to the Knights Templar", "Cyprus was acquired by Guy de Lusignan"]),
        # "when" of a date: the pronoun is the subject of the clause the date belongs to
        ("The Kingdom of Sicily lasted until 1194, when it was transferred to the House of Hohenstaufen.",
         ["The Kingdom of Sicily lasted until 1194 , when it was transferred to the House of Hohenstaufen"]),
        ("Penicillin was not mass-produced until the 1940s, when it was used to treat wounded soldiers.",
         ["Penicillin was not mass - produced until the 1940s , when it was used to treat wounded soldiers"]),
        # "that year" is the one year the sentence names
        ("In 1066, William invaded England and was crowned king later that year.",
         ["In 1066 , William invaded England", "William was crowned king later in 1066"]),
        # "his" of a clause whose subject is a name the model did not call a person
        ("Luther refused to recant his writings.", ["Luther refused to recant his writings"]),
    ],
)
def test_a_referent_in_the_same_sentence_is_found(text: str, expected: list[str]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the first clause has an object of the same number: "it" may be the golden age
        "Normandy experienced a golden age of illustrated manuscripts, but it was brief.",
        # a passive's object is no parallel to an active's; a dative gives to people
        "The BBC was given the highlights of most matches, and BSkyB would give them a monopoly of live matches.",
        # the pronoun of a copula's complement is not its subject: "his" is someone else's
        "Sanders was his top receiver with six receptions for 83 yards.",
        # two years named: which one "that year" means is not for a program to tell
        "In 1066 William invaded England, and in 1067 he was crowned king later that year.",
        # the year in the clause itself: "of 2004" would say it twice
        "The policy was revived in 2004 when, on September 27 of that year, ABC announced the launch of ABC1.",
        # the subject "it" takes up is itself named in another sentence: whose wedding?
        "The wedding was held at the Chapel of St. George and it was attended by Richard's sister Joan.",
    ],
)
def test_a_referent_that_may_be_another_is_not_taken(text: str) -> None:
    assert not any(w in s.split() for s in statements(text) for w in ("it", "them", "his", "that"))


def test_a_cause_that_is_a_subject_is_asked_about() -> None:
    facts = facts_of("Overuse of antibiotics speeds up the spread of resistance. Antibiotics are widely used. "
                     "Resistance is common.", title="Antibiotic Resistance")
    cause = [f for f in facts if f.kind == "cause"]
    assert [(f.question, f.answer) for f in cause] == [("What speeds up the spread of resistance?",
                                                       "Overuse of antibiotics")]


def test_a_plain_word_cause_is_left_to_key_terms() -> None:
    assert not [f for f in facts_of("Heat speeds up the reaction.") if f.kind == "cause"]


def test_a_process_term_is_asked_with_what_and_through_is_stranded() -> None:
    # "Which selection ...?" asks for a kind of selection; the article means the process by name
    question = ask("Resistance arises through natural selection.", "natural selection")
    assert question == "What does resistance arise through?"


def test_a_year_of_a_study_is_not_asked_as_which_study() -> None:
    # "a 2019 study": "What study estimated ...?" asks for the study, not its year
    question = ask("A 2019 study estimated that resistant infections caused 1.27 million deaths.", "2019")
    assert question is None or "study" not in question.split()[:2]


def test_how_many_may_follow_its_preposition() -> None:
    question = "For how many deaths were resistant infections directly responsible in 2019?"
    assert question_problems(question, answer="about 1.27 million", answer_type="number") == []
    assert ask("Resistant infections were directly responsible for about 1.27 million deaths worldwide in 2019.",
               "about 1.27 million") == question


def test_a_false_statement_does_not_keep_the_figure_it_swapped() -> None:
    # a statement that names the answer's figure twice: a swap of one would leave the other to give it away
    text = "The club won the league in 1990. It was founded in 1950."
    fact = next(f for f in facts_of(text) if f.answer == "1990")
    twice = "The club won the league in 1990, and its 1990 side is still remembered."
    ctx = Context("x", (), (text,), ())
    for statement, swapped in ((fact.statement, True), (twice, False)):
        at = statement.index("1990")
        changed = dataclasses.replace(fact, statement=statement, answer_in_statement=(at, at + 4))
        falses = [q for q in generate_questions(changed, ctx, types=("true_false",), rng=random.Random(0))
                  if q.answer_value is False]
        assert bool(falses) == swapped


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("Molten rock below the surface is called magma.", "What is molten rock below the surface called?", "magma"),
        # a name for living things, which "What ... called?" asks for
        ("Animals that eat only plants are called herbivores.", "What are animals that eat only plants called?",
         "herbivores"),
        # a name of people: "What ... called?" asks for the name, not for a person
        ("People who grow crops for a living are called farmers.",
         "What are people who grow crops for a living called?", "farmers"),
    ],
)
def test_a_name_given_with_called_is_a_definition(text: str, question: str, answer: str) -> None:
    assert [(f.question, f.answer) for f in facts_of(text) if f.kind == "definition"] == [(question, answer)]


@pytest.mark.parametrize(
    "text",
    [
        "The property of being prime is called primality.",
        "Scientists who study volcanoes are called volcanologists.",
        "Algorithms that use random bits are called randomized algorithms.",
    ],
)
def test_a_name_the_question_gives_away_is_not_asked(text: str) -> None:
    assert not [f for f in facts_of(text) if f.kind == "definition"]


def test_an_antecedent_keeps_its_of_phrase() -> None:
    # "it continued to evolve": the identity of the Normans, not "the distinct cultural and ethnic identity"
    found = statements("The identity of the Normans emerged in the 10th century, and it continued to evolve.")
    assert found[-1] == "the identity of the Normans continued to evolve"


def test_rather_than_of_another_clause_cuts_no_comparison() -> None:
    # "earlier" compares with nothing; "rather than metal" belongs to the clause after "but"
    assert statements("Movable type had been invented earlier in China by Bi Sheng around 1040, but it used clay "
                      "characters rather than metal.")[0] == \
        "Movable type had been invented earlier in China by Bi Sheng around 1040"


def test_a_degree_cut_from_its_result_is_not_used() -> None:
    # "What was so expensive?" asks for a consequence the question does not give
    assert "books were so expensive" not in statements("Because books were so expensive, few people owned them.")
    assert statements("The river is so shallow for ships.") == ["The river is so shallow for ships"]
    # "too" needs no result: the water is warmer than corals bear
    assert statements("When the water becomes too warm, corals expel their algae.") == [
        "When the water becomes too warm , corals expel their algae"]


# Four more articles no rule was tuned on (photosynthesis, Roman roads, inflation, the Amazon), written for the
# tenth version's check: each sentence below gave an item a teacher could not use.


def test_an_answer_set_aside_with_rather_than_is_not_asked() -> None:
    # "Which plants carry out roughly half of the world's photosynthesis ...?" had the key "land plants": wrong
    text = ("Today roughly half of the world's photosynthesis is carried out by microscopic phytoplankton in the "
            "oceans rather than by land plants.")
    assert ask(text, "land plants") is None


def test_a_chemical_name_is_asked_with_what() -> None:
    assert ask("Carbon dioxide enters the leaf through tiny pores called stomata.", "Carbon dioxide") == \
        "What enters the leaf through tiny pores called stomata?"


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        ("Zimbabwe suffered a similar collapse in 2008.", False),  # similar to what another sentence says
        ("Lions and tigers have similar diets.", True),  # similar to each other
        ("The Moon has a similar composition to the Earth's mantle.", True),
    ],
)
def test_similar_compares_with_another_sentence_unless_it_says_with_what(text: str, usable: bool) -> None:
    assert bool(statements(text)) == usable


def test_a_relative_clause_after_a_phrase_of_place_is_not_the_places() -> None:
    # "the largest tropical rainforest on Earth, which covers ...": the rainforest covers it, not the Earth
    found = statements("The river flows through the Amazon rainforest, the largest tropical rainforest on Earth, "
                       "which covers about 5.5 million square kilometres.")
    assert not any(s.startswith("Earth") or s.startswith("earth") for s in found)


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        # the small model reads "312" as a count and "BC" as an organisation
        ("The Via Appia was begun in 312 BC by the censor Appius Claudius Caecus.", "312 BC",
         "When was the Via Appia begun by the censor Appius Claudius Caecus?"),
        ("Vesuvius erupted in AD 79.", "AD 79", "When did Vesuvius erupt?"),
    ],
)
def test_a_year_with_its_era_is_a_date(text: str, answer: str, question: str) -> None:
    assert ask(text, answer) == question


def test_the_plural_of_a_plural_title_is_the_articles_own() -> None:
    # "Roads of the Roman Empire": "the roads" need no antecedent; "the road" of a plural title still does
    text = ("In 20 BC the Golden Milestone was set up in the Roman Forum as the point from which the roads began. "
            "Roads were paved.")
    assert [f.answer for f in facts_of(text, title="Roads of the Roman Empire") if f.answer == "20 BC"] == ["20 BC"]
    assert not [f for f in facts_of("Roads were long. The road was paved in 220 BC.", title="Roman Roads")
                if f.answer == "220 BC" and f.question]


def test_a_preposition_with_two_objects_is_a_misparse() -> None:
    # "In 20 BC the emperor Augustus": "emperor" read as a second object of "In"; the question ended "... the emperor?"
    text = "In 20 BC the emperor Augustus set up the Golden Milestone, the Milliarium Aureum, in the Roman Forum."
    assert ask(text, "20 BC") is None


def test_an_activity_is_no_kind() -> None:
    # "Which cycling is extremely important to ecosystem dynamics?" for "Water cycling"
    facts = facts_of("Water cycling is extremely important to ecosystem dynamics. Cycling is studied by ecologists.")
    assert not [f for f in facts if f.question.startswith("Which cycling")]


def test_a_semicolon_ends_a_sentence() -> None:
    # each side is a statement of its own: the half before the semicolon used to be dropped
    facts = facts_of("Molten rock below the surface is called magma; once it reaches the surface it is called lava.")
    assert ("What is molten rock below the surface called?", "magma") in [(f.question, f.answer) for f in facts]
    assert all(not f.sentence.rstrip().endswith(";") or f.statement.endswith(".") for f in facts)


def test_a_fronted_date_dates_the_coordinated_clause_too() -> None:
    found = statements("By 1500, presses were operating in more than 250 European cities, and they had produced an "
                       "estimated 20 million volumes.")
    assert found[-1] == "By 1500 , presses had produced an estimated 20 million volumes"
    # a date of its own: the first one's does not carry over
    assert statements("In 1066, William invaded England, and in 1067 the Normans built a castle.")[-1] == \
        "in 1067 the Normans built a castle"


def test_a_noun_before_a_bare_verb_is_its_subject_not_a_shared_one() -> None:
    # "England and Harold" is the parser's: "William died at Hastings" would be false
    assert not any("William died" in s for s in statements("In 1066, William invaded England and Harold died at "
                                                             "Hastings."))


def test_the_half_after_a_semicolon_is_not_used() -> None:
    # "...; the label was discontinued by March 5 of that year": it leans on the first half
    facts = facts_of("In February 1979, ABC sold its recording division to MCA Inc. for $20 million; the label was "
                     "discontinued by March 5 of that year.")
    assert facts and all(f.statement.startswith("In February 1979") for f in facts)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # a link to the sentence before, which the statement cannot carry
        ("Afterwards, Tugh Temür abdicated in favour of his brother Kusala.",
         "Tugh Temür abdicated in favour of his brother Kusala"),
        ("The Drengot family thereafter attained the principality of Capua.",
         "The Drengot family attained the principality of Capua"),
    ],
)
def test_afterwards_and_thereafter_are_discourse_words(text: str, statement: str) -> None:
    assert statements(text) == [statement]


# A tenth article no rule was tuned on (honey bees), read against quality.md after the refactor.


def test_one_as_a_subject_points_back() -> None:
    # "One born in _____ can survive the winter.": one what?
    assert not any(s.startswith("one born") for s in statements(
        "A worker born in summer lives for about six weeks, but one born in autumn can survive the winter."))
    assert statements("One in five adults in the United States smokes cigarettes every day.") == [
        "One in five adults in the United States smokes cigarettes every day"]


def test_a_vague_class_defines_nothing() -> None:
    # "What are large losses?" -> "a problem"
    facts = facts_of("Since 2006, beekeepers have reported large losses of colonies, a problem known as colony "
                     "collapse disorder.")
    assert not [f for f in facts if f.kind == "definition"]


def test_one_of_a_name_is_no_pronoun() -> None:
    assert statements("Westwood One will carry the game throughout North America.") == [
        "Westwood One will carry the game throughout North America"]
