"""Items that stand on their own, from a blind review of the ten untuned articles (twelfth version).

The reviewer rejected 35 of their 74 items, 31 of them because the item leaned on something only
the article says: "When did the canal open?" (which canal?), "The process happens in two main
stages", "Much later, ...", "Other major routes followed", "Volcker responded by raising ...". Each
case below is one of those sentences, shortened, with what the item now says or that it is not made.
"""
from __future__ import annotations

import random

import pytest

from quizgen.clauses import render
from quizgen.extract import lower_case_words, main_person, parse_title, walk_clauses
from quizgen.figures import number_options
from quizgen.generate import Context, generate_questions
from quizgen.kinds import share_subject
from quizgen.nlp import analyse, load_model
from quizgen.quality import ASKED_SUBJECT_COMPARED, BLANK, _given_away
from quizgen.readers import read_bytes
from quizgen.types import QUESTION_TYPES

from test_generate import make_fact
from test_referents import asked, facts_of, said, usable_clauses


PANAMA = ("The Panama Canal is an artificial waterway in Panama that connects the Atlantic Ocean with the Pacific "
          "Ocean. The canal is about 82 kilometres long. The canal opened on 15 August 1914.")


def test_the_articles_subject_is_named_where_a_sentence_calls_it_by_its_noun() -> None:
    assert "The Panama Canal is about 82 kilometres long." in said(PANAMA, "Panama Canal")
    assert ("When did the Panama Canal open?", "15 August 1914") in asked(PANAMA, "Panama Canal")


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a subject with no article of its own takes none: not "the photosynthesis"
        ("Photosynthesis", "Photosynthesis is the process by which green plants use the energy of sunlight to make "
         "sugar. The process happens in two main stages.", "Photosynthesis happens in two main stages."),
        # the name cut short: "Reefs" of an article on coral reefs
        ("Coral Reefs", "Coral reefs are underwater ecosystems built by colonies of tiny animals. Reefs cover less "
         "than 1 percent of the ocean floor.", "Coral reefs cover less than 1 percent of the ocean floor."),
    ],
)
def test_a_common_noun_for_the_subject_becomes_its_name(title: str, text: str, expected: str) -> None:
    assert expected in said(text, title)


@pytest.mark.parametrize(
    ("title", "text", "kept"),
    [
        # another canal named in the sentence before: "the canal" could be either
        ("Panama Canal", "The Panama Canal is an artificial waterway in Panama. Its engineer had built the Suez Canal "
         "before. The canal opened on 15 August 1914.", "The canal opened on 15 August 1914."),
        # "A volcano" is any volcano: no name to give "the volcano"
        ("Volcanoes", "A volcano is an opening in the Earth's crust. The volcano Vesuvius erupted in 79 AD.",
         "The volcano Vesuvius erupted in 79 AD."),
    ],
)
def test_no_name_is_given_where_it_may_be_wrong(title: str, text: str, kept: str) -> None:
    assert kept in said(text, title)


def test_the_romans_are_no_name_of_roman_roads() -> None:
    text = "The Romans built one of the greatest road networks of the ancient world. The Romans paved 80,000 km."
    assert not any("Roman Roads" in s for s in said(text, "Roman Roads"))


def test_an_opener_that_places_a_sentence_after_another_is_dropped() -> None:
    text = ("Much later, the American chemist Melvin Calvin traced the path of carbon using radioactive carbon-14, "
            "work for which he received the Nobel Prize in Chemistry in 1961.")
    statements = said(text)
    assert statements and all(not s.startswith("Much later") for s in statements)
    assert any(s.startswith("The American chemist Melvin Calvin traced") for s in statements)


@pytest.mark.parametrize(
    "text",
    [
        # other than which routes?
        "Other major routes followed, such as the Via Flaminia, built in 220 BC to connect Rome with Ariminum.",
        # responded to what?
        "The Federal Reserve chairman Paul Volcker responded by raising interest rates to around 20 percent.",
    ],
)
def test_a_sentence_that_answers_another_makes_no_item(text: str) -> None:
    assert not said(text)


def test_a_response_to_what_the_sentence_names_is_kept() -> None:
    assert said("In 1979 the Federal Reserve responded to the oil crisis by raising interest rates to 20 percent.")


def test_which_after_a_figure_is_the_act_not_the_figure() -> None:
    text = ("In 1979 Paul Volcker raised interest rates to around 20 percent, which brought inflation down but "
            "caused a deep recession.")
    assert not any(s.lower().startswith("around 20 percent") for s in said(text))


def test_an_outcome_the_source_only_judges_is_no_answer() -> None:
    text = "Inflation is a rise in prices. More moderate inflation can also cause serious problems for savers."
    assert not any(a == "serious problems" for _, a in asked(text, "Inflation"))


def test_a_kind_named_with_a_is_asked_as_a_kind() -> None:
    text = ("The Panama Canal is a waterway in Panama. In 1906 the American engineers abandoned the plan for a "
            "sea-level canal and built a lock canal instead.")
    questions = {q for q, a in asked(text, "Panama Canal") if a == "lock canal"}
    assert questions and all(q.startswith("What kind of canal") for q in questions)


CTX = Context("cd" * 32, (), (), ())


def _items(fact, seed: int = 0) -> dict[str, list]:
    out: dict[str, list] = {}
    for q in generate_questions(fact, CTX, types=QUESTION_TYPES, rng=random.Random(seed)):
        out.setdefault(q.type, []).append(q)
    return out


def test_a_term_that_opens_its_sentence_loses_the_capital_among_lower_case_options() -> None:
    fact = make_fact("Carbon dioxide enters the leaf through tiny pores called stomata.", "Carbon dioxide",
                     question="What enters the leaf through tiny pores called stomata?", kind="entity", atype="term")
    ctx = Context("cd" * 32, (), ("Oxygen and methane are gases.", "Plants give off oxygen; cows give off methane."), ())
    mcs = [q for q in generate_questions(fact, ctx, types=("multiple_choice",), rng=random.Random(0))]
    for mc in mcs:
        assert [c.text for c in mc.choices if c.correct] == ["carbon dioxide"]
        assert all(c.text[:1].islower() for c in mc.choices)


def test_a_comparison_under_a_modal_is_not_swapped() -> None:
    fact = make_fact("A single copy of the Bible could take a scribe more than a year to finish.", "more",
                     kind="comparison", atype="term", contrast=("more", "less"))
    assert all(q.answer_value is True for q in _items(fact).get("true_false", []))


def test_a_name_inside_an_example_is_no_blank() -> None:
    fact = make_fact("Stratovolcanoes, such as Mount Fuji in Japan, are steep cones made of lava and ash.", "Japan",
                     kind="entity", atype="place")
    assert "fill_in_blank" not in _items(fact)


def test_a_blank_leaves_the_comparison_before_a_figure() -> None:
    fact = make_fact("Cinder cones are the smallest type and rarely grow taller than 300 metres.",
                     "taller than 300 metres", kind="quantity", atype="number")
    blanks = _items(fact)["fill_in_blank"]
    assert blanks[0].prompt == f"Cinder cones are the smallest type and rarely grow taller than {BLANK} metres."
    assert {"300", "300 metres"} <= set(blanks[0].accepted)


def test_a_blanked_figure_keeps_its_unit_in_sight() -> None:
    # with "kilometres" in the blank, "157 miles" (the source's own conversion) would be as right
    fact = make_fact("A Category 5 hurricane has winds of 252 kilometres (157 miles) per hour or more.",
                     "252 kilometres", kind="quantity", atype="number")
    blank = _items(fact)["fill_in_blank"][0]
    assert blank.prompt == f"A Category 5 hurricane has winds of {BLANK} kilometres per hour or more."
    assert blank.answer_text == "252"
    assert blank.fact.statement[blank.fact.answer_start:blank.fact.answer_end] == "252"


def test_stacked_hedges_stay_outside_the_blank() -> None:
    fact = make_fact("A star that has at least about 20 times the mass of the Sun burns its fuel quickly.",
                     "at least about 20", kind="quantity", atype="number")
    assert _items(fact)["fill_in_blank"][0].prompt == (
        f"A star that has at least about {BLANK} times the mass of the Sun burns its fuel quickly.")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # as many below as above, none past half or double, as round as the answer
        ("roughly 6,400 kilometres", ["roughly 3,200 kilometres", "roughly 3,800 kilometres", "roughly 4,800 kilometres",
                                      "roughly 8,000 kilometres", "roughly 9,600 kilometres",
                                      "roughly 13,000 kilometres"]),
        ("60,000 insects", ["30,000 insects", "36,000 insects", "45,000 insects", "75,000 insects", "90,000 insects",
                            "120,000 insects"]),
    ],
)
def test_figures_spread_evenly_round_the_answer(answer: str, expected: list[str]) -> None:
    assert number_options(answer) == expected


def test_a_part_of_the_named_place_keeps_its_adjective() -> None:
    text = ("The Amazon is the largest river in the world by volume. In the wet season some stretches of the lower "
            "river spread to more than 40 kilometres wide.")
    assert ("In the wet season some stretches of the lower Amazon spread to more than 40 kilometres wide."
            in said(text, "Amazon River"))


def test_a_subject_that_can_do_something_is_no_unique_answer() -> None:
    text = "A volcano is an opening in the crust. Eruptions can affect the climate of the whole planet."
    assert not any(a == "Eruptions" for _, a in asked(text, "Volcanoes"))


def test_a_figure_bound_by_a_comparative_gets_no_swap() -> None:
    fact = make_fact("Cinder cones are the smallest type and rarely grow taller than 300 metres.",
                     "taller than 300 metres", kind="quantity", atype="number")
    assert all(q.answer_value is True for q in _items(fact).get("true_false", []))


# Three faults of ten further articles written for a held-out review (`9710ffd`), fixed after it.

def test_which_after_a_place_is_the_journey_that_takes_the_time() -> None:
    text = ("The Moon is a natural satellite. As it travels around Earth, which takes about 29.5 days from one new "
            "moon to the next, we see different portions of its sunlit half.")
    assert not any(s.startswith("Earth takes") for s in said(text, "The Moon"))


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("An adult body contains about 5 litres of blood.", "How many litres of blood does an adult body contain?"),
        ("Plates meet at three main kinds of boundaries.", "At how many main kinds of boundaries do plates meet?"),
    ],
)
def test_a_count_keeps_what_its_unit_is_of(text: str, question: str) -> None:
    assert question in {q for q, _ in asked(text)}


def test_a_hedged_number_word_is_swapped_for_another_number_not_another_unit() -> None:
    assert number_options("about ten years")[:3] == ["about eleven years", "about twelve years", "about nine years"]


def test_a_naming_participle_between_commas_is_no_verb() -> None:
    text = ("Most scientists believe that the Moon formed about 4.5 billion years ago, when a Mars-sized body, "
            "sometimes called Theia, collided with the young Earth.")
    assert not any("call" in q for q, _ in asked(text, "The Moon"))


GREAT_WALL = ("The Great Wall of China is a series of fortifications built across northern China. Later the Han "
              "repaired the wall and pushed it further west into the Gobi Desert. Despite its size, the wall did not "
              "always keep invaders out.")


def test_a_pronoun_for_the_subjects_noun_becomes_its_name() -> None:
    assert any("pushed the Great Wall further west" in s for s in said(GREAT_WALL, "Great Wall of China"))


def clauses_of(text: str, title: str) -> list[str]:
    """Every usable clause of an article, as it reads on its own, with its title's subject and main person."""
    article = read_bytes(f"{title}\n\n{text}\n".encode(), name="test.txt")
    nlp = load_model()
    docs = analyse(article, nlp)
    share_subject(docs, article.title)
    person = main_person(docs, article.title, title_doc=parse_title(nlp, article.title))
    return [render(c, c.kept()) for doc in docs for _, cs in walk_clauses(doc, lower_case_words(docs), person)
            for c in cs if c.usable]


def test_its_in_a_phrase_before_the_subject_means_the_subject() -> None:
    assert "Despite its size, the Great Wall did not always keep invaders out" in clauses_of(GREAT_WALL,
                                                                                          "Great Wall of China")


@pytest.mark.parametrize(
    "text",
    [
        "Before then, most scholars followed the ancient Greek physician Galen.",
        "Louis Pasteur developed vaccines against anthrax and rabies nearly a century later.",
        "Within twenty years, Britain had over 6,000 miles of track.",
        # a noun left out: four what?
        "In 2016 the four most recent, including nihonium and oganesson, were named.",
    ],
)
def test_a_time_or_a_noun_told_by_another_sentence_makes_no_item(text: str) -> None:
    assert not said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Within 24 hours of infection, the fever rises to 40 degrees.",  # within what is said
        "A few months later, on 4 July 1934, Curie died aged 66 in Passy.",  # the date is said
        "The first of the new locks was built in 1900.",  # the first of what is said
        "The 1960s saw a sharp rise in crime.",  # a decade is no pointer
    ],
)
def test_what_the_sentence_anchors_itself_is_kept(text: str) -> None:
    assert said(text)


def test_a_month_without_its_year_is_no_answer() -> None:
    text = "In August the Assembly adopted the Declaration of the Rights of Man and of the Citizen."
    assert not any(a == "August" for _, a in asked(text)) and not any(f.answer == "August" for f in facts_of(text))


def test_earth_is_no_answer_anyone_must_learn() -> None:
    text = "The Moon's gravity is the main cause of ocean tides on Earth."
    assert not any(f.answer == "Earth" for f in facts_of(text, "The Moon"))


def test_an_idiom_is_no_term() -> None:
    text = "Vaccines prevent disease. A vaccine works by training the immune system in advance."
    assert not any(f.answer == "advance" for f in facts_of(text, "Vaccines"))


def test_a_list_the_parser_cut_in_two_makes_no_item() -> None:
    text = ("Woodward Park opened in 1968. The park's amphetheatre was renovated in 2010, and has hosted "
            "performances by acts such as Deftones, Tech N9ne, and Sevendust as well as numerous others.")
    clauses = usable_clauses(text)
    assert clauses and not any("Tech N9ne" in s and "Sevendust" not in s for s in clauses)


def test_a_formula_is_no_person() -> None:
    text = "Due to its energy content, O2 is used by complex forms of life, such as animals, in cellular respiration."
    assert not any(q.startswith("Who") for q, _ in asked(text, "Oxygen"))


def test_a_month_of_a_one_off_event_needs_its_year_whatever_else_is_present() -> None:
    text = ("In August the Assembly adopted the Declaration of the Rights of Man, which stated that men are born "
            "free and equal in rights.")
    assert not any(f.answer == "August" for f in facts_of(text))


def test_a_month_of_a_yearly_event_is_an_answer() -> None:
    text = "The Newcastle Beer Festival, organized by CAMRA, takes place in April."
    assert any(f.answer == "April" for f in facts_of(text))


def test_a_verb_the_parser_joined_across_a_colon_makes_no_item() -> None:
    text = ("French society was divided into three estates: the clergy, the nobility and everyone else, who made up "
            "about 97 percent of the population yet paid most of the taxes.")
    assert not any(s.startswith("The clergy") for s in said(text))


def test_two_objects_give_no_question_for_either() -> None:
    text = ("The French people overthrew their absolute monarchy, abolished the privileges of the nobility and the "
            "Church, and declared France a republic. The first republic lasted until 1804.")
    assert not any(a == "republic" for _, a in asked(text))


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("What was element 101 named in Mendeleev's honour?", "mendelevium"),  # the stem is in the prompt
    ],
)
def test_an_answer_whose_stem_is_in_the_prompt_is_given_away(prompt: str, answer: str) -> None:
    assert "the prompt names a word of the answer's stem" in _given_away(prompt, answer)


def test_the_which_noun_is_no_stem_given_away() -> None:
    assert not _given_away("Which industry was the first to be transformed by the Industrial Revolution?",
                           "textile industry")


def test_which_needs_a_noun_english_knows() -> None:
    text = "Vaccines prevent disease. The word vaccine comes from the Latin vacca, meaning cow."
    assert not any(q.startswith("From which vacca") for q, _ in asked(text, "Vaccines"))


def test_that_of_for_the_asked_noun_is_no_question() -> None:
    assert ASKED_SUBJECT_COMPARED.match("What is much thicker than that of the right ventricle?")
    assert not ASKED_SUBJECT_COMPARED.match("Why is the wall of the left ventricle thicker than that of the right?")


def test_a_member_of_a_kind_of_place_is_no_who() -> None:
    text = "Huguenots settled across Ireland. Smaller settlements included Killeshandra in County Cavan."
    assert not any(q.startswith("Who") for q, _ in asked(text))


def test_an_answer_the_parser_gave_a_comma_is_trimmed_not_a_crash() -> None:
    # the comma after "synapses" hangs on the phrase and is dropped from the clause: it crashed quizgen at 0e3879e
    text = ("The brain contains about 86 billion neurons. Because a single neuron may form thousands of synapses, "
            "the total number of connections in the brain is estimated at more than 100 trillion.")
    assert all(f.statement[slice(*f.answer_in_statement)] == f.answer for f in facts_of(text, "The Human Brain"))


def test_a_fraction_in_words_is_not_swapped_by_its_numerator() -> None:
    assert not any("two-tenth" in o for o in number_options("roughly one-tenth"))


def test_no_name_for_a_noun_the_first_sentence_gives_two_things() -> None:
    text = ("The Byzantine Empire was the eastern part of the Roman Empire. In AD 330, the emperor Constantine "
            "dedicated Constantinople as a new capital. In 395, the empire was permanently divided into two halves.")
    statements = said(text, "Byzantine Empire")
    assert statements and not any("the Byzantine Empire was permanently divided" in s for s in statements)


# From the blind review of ten more articles no rule was tuned on (`b5f8b80`), fixed after it.

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More recently, Ethiopia has built a large dam on the Blue Nile near the border with Sudan.",
         "Ethiopia has built a large dam on the Blue Nile near the border with Sudan."),
        ("For the same reason, hurricanes almost never form within about 5 degrees of the equator.",
         "Hurricanes almost never form within about 5 degrees of the equator."),
    ],
)
def test_an_opener_that_leans_on_the_sentence_before_is_dropped(text: str, expected: str) -> None:
    assert expected in said(text)


def test_a_count_is_no_what_answer() -> None:
    text = ("The brain contains about 86 billion neurons. A single neuron may form thousands of synapses with other "
            "neurons, and synapses pass signals on.")
    assert not any(a.startswith("thousands") for _, a in asked(text, "The Human Brain"))


def test_a_concession_is_no_part_of_a_question() -> None:
    from quizgen.quality import _standalone
    assert "a concession kept in a question" in _standalone(
        "How many kilometres does the Nile flow, although some argue that the Amazon is longer?", ())


def test_he_after_a_monarch_is_the_monarchs_whole_name() -> None:
    text = ("Louis XIV became king of France in 1643. In 1685, he issued the Edict of Fontainebleau, revoking the "
            "Edict of Nantes.")
    questions = {q for q, _ in asked(text, "Huguenot")}
    assert not any(" XIV issue" in q and "Louis XIV" not in q for q in questions)


def test_half_a_hyphenated_word_ends_no_clause() -> None:
    text = ("Beginning in 1923, the policy of Indigenization was intended to support non-Russians develop their "
            "national cultures within a socialist framework.")
    assert not any(s.rstrip(".").endswith(" non") for s in usable_clauses(text))


def test_he_after_a_khan_is_not_khan() -> None:
    text = ("Möngke Khan became ruler of the Mongols in 1251. He granted his brother Kublai control over Mongol held "
            "territories in China.")
    assert not any(s.startswith("Khan granted") for s in said(text, "Yuan dynasty"))


@pytest.mark.parametrize(
    ("title", "text", "wrong"),
    [
        # the article's person is Luther, but the sentence before was about Albrecht
        ("Martin Luther", "Martin Luther wrote the 95 Theses in 1517. Archbishop Albrecht of Mainz did not reply to "
         "Luther's letter. He had the theses checked for heresy and in December 1517 forwarded them to Rome. He needed "
         "the revenue from the indulgences to pay off a papal dispensation.", "Luther needed the revenue"),
        # the most named person is Kublai, but the sentence two before was about Möngke
        ("Yuan dynasty", "Kublai was a grandson of Genghis Khan. Kublai led armies in China. Kublai was unable to read "
         "Chinese. Möngke Khan commenced a military campaign against the Song dynasty. The Mongol force was large. He "
         "died in 1259 without a successor.", "Kublai died"),
    ],
)
def test_he_is_not_the_articles_person_right_after_another_persons_sentence(title: str, text: str, wrong: str) -> None:
    clauses = clauses_of(text, title)
    assert clauses and not any(wrong in s for s in clauses)


def test_he_is_the_articles_person_when_nobody_else_was_just_the_subject() -> None:
    text = ("Martin Luther was a German priest. In 1517 Luther wrote the 95 Theses. The theses spread quickly. "
            "The church was alarmed. In 1521 he was excommunicated by Pope Leo X.")
    assert any(c.startswith("In 1521 Luther was excommunicated") for c in clauses_of(text, "Martin Luther"))


def test_he_who_acts_on_the_articles_person_is_someone_else() -> None:
    text = ("Martin Luther was born in Eisleben in 1483. His family moved to Mansfeld in 1484, where his father was a "
            "leaseholder of copper mines. He sent Martin to Latin schools in Mansfeld, then Magdeburg in 1497.")
    clauses = clauses_of(text, "Martin Luther")
    assert clauses and not any("Luther sent Martin" in c for c in clauses)


def test_a_definition_of_half_a_phrase_is_no_question() -> None:
    text = ('His entry into Paradise, no less, was a discovery about "the righteousness of God" – a discovery that '
            '"the just person" of whom the Bible speaks (as in Romans 1:17) lives by faith.')
    assert not any(q == "What is the righteousness?" for q, _ in asked(text, "Martin Luther"))
