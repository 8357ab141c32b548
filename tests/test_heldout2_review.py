"""Items from a blind review of ten unread articles (benchmarks/heldout2, thirteenth version).

The reviewer rejected 30 of their 86 items. Half leaned on the article around them ("How many
millimetres of rain do many areas receive annually?" of Borneo, "The peak season there is ...",
"travel down to its mouth"); others were garbled by a misparse ("new laws in _____, a
constitution", "on 24 October, known as Black Thursday, Black Tuesday?"), asked "Where" of a
grade ("EF0"), or offered a continent among options for a lake. Each case below is one of those
sentences, shortened, with what the item now says or that it is not made.
"""
from __future__ import annotations

import pytest

from quizgen.distract import _same_kind_of_place

from test_referents import asked, facts_of, said, usable_clauses
from test_untuned_review import clauses_of

BORNEO = ("Borneo is the third-largest island in the world. The climate is hot and wet all year. Many areas receive "
          "more than 3,000 millimetres of rain annually. The small nation of Brunei lies on the northwest coast.")


def test_a_fact_of_a_land_that_names_no_place_says_where() -> None:
    # the article is about an island: a sentence with no name of its own is framed with it
    assert "In Borneo, many areas receive more than 3,000 millimetres of rain annually." in said(BORNEO, "Borneo")
    assert ("In Borneo, how many millimetres of rain do many areas receive annually?", "more than 3,000") \
        in asked(BORNEO, "Borneo")
    # a sentence that names a place of its own stands as written
    assert "The small nation of Brunei lies on the northwest coast." in said(BORNEO, "Borneo")


@pytest.mark.parametrize(
    ("title", "text", "plain"),
    [
        # a river is nothing a fact is "in": no frame
        ("The Mississippi River", "The Mississippi River is the second-longest river in North America. The river "
         "has also caused terrible floods in 1927.", "The river has also caused terrible floods in 1927."),
        # an event is no land either
        ("The Great Depression", "The Great Depression was a severe worldwide economic decline. Many banks closed "
         "between 1930 and 1933.", "Many banks closed between 1930 and 1933."),
    ],
)
def test_no_frame_where_the_subject_is_no_land(title: str, text: str, plain: str) -> None:
    assert not any(s.startswith("In the ") for s in said(text, title) if s != plain)


def test_the_frame_does_not_repeat_the_name_the_answer_holds() -> None:
    text = ("The Ottoman Empire was a state founded in northwestern Anatolia around 1299. The Ottoman government was "
            "centred on the sultan.")
    assert not any(s.startswith("In the Ottoman Empire, the Ottoman government") for s in said(text, "The Ottoman Empire"))


def test_its_never_means_a_person() -> None:
    # "La Salle travelled down to its mouth": the river's mouth, named in another sentence
    text = "In 1682 the explorer La Salle travelled down to its mouth."
    assert not any("its mouth" in q for q, _ in asked(text))


def test_there_after_a_subject_is_a_place_elsewhere() -> None:
    # the parser read "there" as the "there" of "there is"; after a subject it is a place another sentence named
    assert usable_clauses("The peak season there is spring and early summer.") == []


def test_an_embedded_question_is_no_fact() -> None:
    text = "Quantum theory replaced these orbits with orbitals, which describe where an electron is likely to be found."
    assert not any("likely to be found" in c and not c.startswith("Quantum") for c in usable_clauses(text))


def test_an_era_is_no_answer() -> None:
    text = "The idea of atoms goes back to the Greek philosopher Democritus in the fifth century BCE."
    assert "BCE" not in {a for _, a in asked(text)}


@pytest.mark.parametrize(
    "text",
    [
        "By the late eighteenth century hundreds were at work in Britain.",  # hundreds of what?
        "Fires, especially during the drought of 1997 and 1998, destroyed millions of hectares more.",  # more than?
        "A famous story says that Galileo dropped balls from the Leaning Tower of Pisa.",  # a story the text doubts
        "According to legend, Romulus founded Rome in 753 BC.",
    ],
)
def test_a_clause_that_leans_on_another_or_on_a_story_makes_no_item(text: str) -> None:
    assert usable_clauses(text) == []


def test_a_story_of_a_television_series_is_a_fact() -> None:
    assert usable_clauses("The only story from the original series in which the Doctor travels alone is "
                          "The Deadly Assassin.")


def test_a_grade_is_no_place() -> None:
    text = ("Since 2007 the United States has used the Enhanced Fujita Scale, which ranks tornadoes from EF0, "
            "causing light damage, to EF5.")
    assert not any(q.startswith("Where") for q, _ in asked(text))


def test_home_to_asks_no_where() -> None:
    text = "Borneo is home to Rafflesia, whose flowers can be almost a metre across."
    assert not any(q.startswith("Where") for q, _ in asked(text, "Borneo"))


@pytest.mark.parametrize(
    ("candidate", "answer", "same"),
    [
        ("North America", "Lake Itasca", False),  # the continent holds the lake: also true
        ("Lake Superior", "Lake Itasca", True),
        ("the Ohio River", "New Orleans", False),
        ("Minnesota", "New Orleans", True),
        ("Asia", "North America", True),
    ],
)
def test_place_options_are_places_of_the_same_kind(candidate: str, answer: str, same: bool) -> None:
    assert _same_kind_of_place(candidate, answer) is same


def test_a_person_is_called_by_the_name_the_article_uses_alone() -> None:
    # "Galileo Galilei": the article says "Galileo"; "Galilei" alone is his father, Vincenzo Galilei
    text = ("Galileo Galilei was an Italian astronomer. He was the son of Vincenzo Galilei, a musician. Galileo began "
            "studying medicine at Pisa in 1581. Galileo built a telescope in 1609. He died in 1642.")
    assert "Galileo died in 1642." in said(text, "Galileo Galilei")


def test_a_caused_phrase_keeps_its_article() -> None:
    text = "An elite infantry corps called the Janissaries formed the core of the army."
    assert ("What did an elite infantry corps called the Janissaries form?", "the core of the army") in asked(text)


def test_an_and_before_an_aside_stays_with_the_list() -> None:
    text = ("Reformers introduced modern schools, new laws and, in 1876, a constitution, but these changes could "
            "not halt the decline.")
    assert "Reformers introduced modern schools, new laws and, in 1876, a constitution" in usable_clauses(text)


def test_a_clause_that_begins_inside_another_clauses_date_makes_no_item() -> None:
    text = ("On 24 October, known as Black Thursday, panic selling began, and on 29 October, or Black Tuesday, about "
            "16 million shares changed hands as prices collapsed.")
    assert not any("Black Thursday, Black Tuesday" in q for q, _ in asked(text))
    assert not any("Black Tuesday" in c and "Thursday" in c for c in usable_clauses(text))


def test_a_date_before_the_first_clause_still_dates_the_second() -> None:
    text = ("Over the six years studied, the actual temperature rise was near the top of the range, and the actual "
            "sea level rise was above the top of the range.")
    assert ("Over the six years studied, the actual sea level rise was above the top of the range."
            in said(text))


def test_a_fronted_time_goes_before_an_aside_at_the_end() -> None:
    text = ("Today about 2.5 million people live in the Sahara, mostly nomadic herders such as the Tuareg, which "
            "cross the desert.")
    questions = {q for q, _ in asked(text, "The Sahara")}
    assert any(q.startswith("How many people live in the Sahara today, mostly nomadic herders") for q in questions), \
        questions


@pytest.mark.parametrize(
    ("text", "title", "kept"),
    [
        # which city is in another sentence
        ("Smallpox killed a large part of the city's population in 1520.", "The Aztec Empire", False),
        # the sentence names the town itself
        ("A French church in Portarlington dates back to 1696, and served the community in the town.", "Huguenots",
         True),
        # an article on a city: "the city" is the title's
        ("Basil Hume was born in the city in 1923.", "Newcastle upon Tyne, England", True),
    ],
)
def test_the_city_is_the_one_the_item_names(text: str, title: str, kept: bool) -> None:
    assert bool(clauses_of(text, title)) is kept


def test_the_comma_that_closes_a_name_set_off_after_the_subject_stays() -> None:
    text = ("The Mississippian culture built mounds, and its largest settlement, Cahokia near present-day St. Louis, "
            "may have had 10,000 to 20,000 inhabitants.")
    assert any("Cahokia near present-day St. Louis, may have had" in c for c in usable_clauses(text))


def test_two_dates_of_one_preposition_across_a_dropped_and_make_no_item() -> None:
    text = "On 24 October panic selling began, and on 29 October about 16 million shares changed hands."
    assert not any("began on 29 October" in c for c in usable_clauses(text))
    # one verb may well have two dates of one preposition: "from X in 1338 down to Y in 1351"
    assert usable_clauses("The population of Florence was reduced from 110,000 inhabitants in 1338 down to "
                          "50,000 in 1351.")


def test_the_last_of_a_list_is_no_blank() -> None:
    from quizgen.generate import LIST_BEFORE
    assert LIST_BEFORE.search("Tornadoes strike Canada, Argentina, Bangladesh and parts of ")
    assert not LIST_BEFORE.search("The Muslims introduced cartography, astronomy, medicine, and diet in ")
    assert not LIST_BEFORE.search("The leader is returned as First Minister, and head of ")


def test_whose_workforce_is_another_sentences() -> None:
    text = "By 1933 about 25 percent of the workforce, some 13 to 15 million people, was unemployed."
    assert usable_clauses(text) == []
    # in an article on a city, the workforce is the city's
    assert clauses_of(text, "Detroit, Michigan")


# From the blind review of benchmarks/heldout3 (read after its first measure).

def test_the_islands_noun_and_the_leagues_short_name_become_the_name() -> None:
    text = ("Madagascar is an island nation in the Indian Ocean. The island stretches roughly 1,600 kilometres from "
            "north to south.")
    assert "Madagascar stretches roughly 1,600 kilometres from north to south." in said(text, "Madagascar")
    text = ("The Hanseatic League was an association of merchant guilds in northern Europe. From the late 15th "
            "century, the League slowly declined.")
    assert "From the late 15th century, the Hanseatic League slowly declined." in said(text, "The Hanseatic League")


def test_a_name_the_model_tags_a_person_that_is_said_to_be_a_thing_is_an_it() -> None:
    text = ("Madagascar is an island nation in the Indian Ocean. With an area of about 587,000 square kilometres, it "
            "is the fourth-largest island in the world.")
    assert any(c.startswith("With an area of about 587,000 square kilometres, Madagascar is")
               for c in clauses_of(text, "Madagascar"))


def test_the_name_of_a_state_in_the_title_is_no_person() -> None:
    text = ("The Mali Empire was a West African state. Mali grew rich from gold. The most famous ruler was Mansa "
            "Musa. Mali traded gold. A devout Muslim, he made a pilgrimage to Mecca in 1324.")
    assert not any("Mali made a pilgrimage" in c for c in clauses_of(text, "The Mali Empire"))


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        # "By when ...?" reads badly; a century keeps its preposition
        ("By the early 1980s the population of the Amazon was less than 200,000.", "the early 1980s", None),
        # the rate stays with the unit it counts
        ("A healthy adult normally has about 4,000 to 11,000 white blood cells per microlitre of blood.",
         "4,000 to 11,000", "How many white blood cells per microlitre of blood does a healthy adult normally have?"),
        # a contrast of its own after the gap goes
        ("The skin forms a tough outer wall, while mucous membranes in the nose and throat trap invaders.",
         "tough outer wall", "What does the skin form?"),
        # a superlative with nothing to say of which ones
        ("The longest of them is the Tisza, while the Sava carries the most water.", "Sava", None),
    ],
)
def test_question_forms_from_the_heldout3_review(text: str, answer: str, question: str | None) -> None:
    found = {a: q for q, a in asked(text)}
    assert found.get(answer) == question, found


@pytest.mark.parametrize(
    "text",
    [
        "She was the first woman to win a Nobel Prize, the first person to win two.",  # two what?
        "The Danube begins at Donaueschingen, where two streams, the Brigach and the Breg, meet.",  # counted list
        "Tears and saliva contain lysozyme, an enzyme that breaks down bacterial cell walls.",  # a verb as modifier
    ],
)
def test_no_item_on_an_elided_or_counted_number_or_a_misparsed_term(text: str) -> None:
    facts = facts_of(text)
    assert not any(f.statement.startswith("Contain") for f in facts)
    assert "two" not in {f.answer for f in facts}


def test_two_years_of_one_preposition_get_no_what_year() -> None:
    text = "Marie Curie earned a degree in physics in 1893 and another in mathematics in 1894."
    facts = facts_of(text, "Marie Curie")
    assert not any(f.answer.startswith("1893 and") for f in facts)  # "another" is a degree, not a time
    assert not any(f.question.startswith("In what year") for f in facts)


def test_a_hyphenated_name_keeps_its_hyphen_and_capital_when_it_stands_for_it() -> None:
    text = ("Kyoto is a city in Japan. Kinkaku-ji, the Golden Pavilion, has upper floors covered in gold leaf. It was "
            "built in the late 14th century as a retirement villa.")
    assert ("When was Kinkaku-ji built?", "the late 14th century") in asked(text, "Kyoto")


def test_the_bacterium_of_another_sentence_in_a_past_event() -> None:
    assert usable_clauses("In 1894 the scientist Alexandre Yersin identified the bacterium in Hong Kong.") == []
    assert usable_clauses("The virus enters the cell through receptors on its surface.")


def test_a_past_fact_of_an_event_that_names_no_time_says_during_what() -> None:
    text = ("The Great Depression was a severe worldwide economic decline. World trade declined sharply, partly "
            "because countries raised tariffs. By 1933 about 13 million Americans were unemployed.")
    statements = said(text, "The Great Depression")
    assert "During the Great Depression, world trade declined sharply, partly because countries raised tariffs." \
        in statements
    assert not any(s.startswith("During the Great Depression, by 1933") for s in statements)  # a time says when


def test_from_town_to_town_is_no_answer() -> None:
    facts = facts_of("Flagellants marched from town to town, whipping themselves in public as penance.")
    assert "town" not in {f.answer for f in facts}


# From the blind review of benchmarks/heldout4 (read after its first measure).

def test_a_name_of_two_capitalised_words_keeps_its_capitals() -> None:
    text = ("Lake Baikal is a large freshwater lake in southern Siberia. The lake is very deep. In 1996 Lake Baikal "
            "was listed as a UNESCO World Heritage Site.")
    questions = {q for q, _ in asked(text, "Lake Baikal")}
    assert "In what year was Lake Baikal listed as a UNESCO World Heritage Site?" in questions, questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first doge, or elected leader, is traditionally dated to 697.",
         "The first doge, or elected leader, is traditionally dated to 697"),
    ],
)
def test_the_comma_that_closes_an_alias_stays(text: str, expected: str) -> None:
    assert expected in usable_clauses(text)


def test_a_question_closes_an_aside_of_its_subject() -> None:
    text = "Japan's first railway, linking Tokyo and Yokohama, opened in 1872."
    assert ("In what year did Japan's first railway, linking Tokyo and Yokohama, open?", "1872") in asked(text)


def test_a_scaled_or_decimal_figure_stays_plural() -> None:
    from quizgen.figures import number_options
    assert "about 1.0 billion cubic kilometres" in number_options("about 1.4 billion cubic kilometres")


def test_the_largest_of_which_is_no_one_elses() -> None:
    text = ("Engineers built canals, moats and huge reservoirs called barays, the largest of which, the West Baray, is "
            "about 8 kilometres long and 2 kilometres wide.")
    assert not any(c.startswith("Engineers is") for c in usable_clauses(text))


def test_a_place_that_becomes_a_centre_is_no_who() -> None:
    text = "Under the German abbot Isembard, La Trinité-du-Mont became a centre of musical composition."
    assert not any(q.startswith("Who") for q, _ in asked(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an absolute phrase leaves the clause
        ("Newton's greatest work, the Principia, appeared in 1687, its publication paid for by the astronomer Edmond "
         "Halley.", "Newton's greatest work, the Principia, appeared in 1687"),
        # a clause before a colon is no part of the one after it
        ("Some old bulbs have lasted remarkably long: the Centennial Light, in a fire station in Livermore, has been "
         "burning almost continuously since 1901.",
         "the Centennial Light, in a fire station in Livermore, has been burning almost continuously since 1901"),
    ],
)
def test_what_a_long_sentence_holds_besides_its_clause_leaves_it(text: str, expected: str) -> None:
    assert expected in usable_clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun the parser hung on the preposition before it
        "In late 1867 the last shogun, Tokugawa Yoshinobu, surrendered his powers to the emperor.",
        # the verb of the second clause left out
        "The Union Pacific had laid about 1,085 miles of track and the Central Pacific about 690 miles.",
    ],
)
def test_a_misparsed_or_gapped_sentence_makes_no_clause(text: str) -> None:
    assert usable_clauses(text) == []


# From a read of a fresh text at the end of the version (the Great Barrier Reef).

def test_a_modifier_is_no_antecedent_of_its() -> None:
    assert usable_clauses("Sea turtles, dugongs and humpback whales also live in its waters.") == []


def test_the_name_whose_words_the_parser_hung_on_the_next_noun_is_no_rival() -> None:
    text = ("The Great Barrier Reef is the largest coral reef system in the world. In 1975 the government created "
            "the Great Barrier Reef Marine Park. The reef was added to the World Heritage List in 1981.")
    assert "The Great Barrier Reef was added to the World Heritage List in 1981." in said(text,
                                                                                        "The Great Barrier Reef")
