"""quizgen.ask(text, start, end) and `quizgen ask`: the question for a given answer.

The sentences are written for these tests; each shows a construction that the
SQuAD wording benchmark (benchmarks/squad_wording.py) found asked badly or not
at all, with the question a teacher would accept, or None where no clean
question exists.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import quizgen
from quizgen.cli import main
from quizgen.quality import question_problems

pytestmark = pytest.mark.model


def ask(text: str, answer: str, **kwargs) -> str | None:
    """Ask about the last occurrence of ``answer`` in ``text``."""
    start = text.rindex(answer)
    return quizgen.ask(text, start, start + len(answer), **kwargs)


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        # a stranded preposition may not meet the fronted phrase moved to the end ("... in during ..."):
        # with "which N", it moves to the front with the question word
        ("During the Vietnam War era, many students protested in university towns.", "university towns",
         "In which towns did many students protest during the Vietnam War era?"),
        # nor may a stranded preposition meet a moved phrase that opens with one ("... from in the field ...")
        ("In the field of painting, many of the great masters were from the late Ming era.", "the late Ming era",
         "From which era were many of the great masters in the field of painting?"),
        # a second verb shares the first one's subject across a subordinate clause with a subject of its own
        ("On the next play, Ealy knocked the ball out of the quarterback's hand as he was winding up for a pass, "
         "and then recovered the ball at midfield.", "Ealy", "Who recovered the ball at midfield?"),
        # a preposition set off by a comma cannot end the question: it moves to the front
        ("In Boston, two local stations will carry the game, with John Smith.", "John Smith",
         "With whom will two local stations carry the game in Boston?"),
        # a title before a name leaves with the name
        ("Denver linebacker Von Miller was named the game's most valuable player.", "Von Miller",
         "Who was named the game's most valuable player?"),
        # so does a non-restrictive apposition, with both its commas
        ("Jane Smith, the league's vice president, explained the new scoring rule in 2014.", "Jane Smith",
         "Who explained the new scoring rule in 2014?"),
        ("The Bay Area last hosted the game in 1985 (Super Bowl XIX), at Stanford Stadium.", "1985",
         "In what year did the Bay Area last host the game at Stanford Stadium?"),
        # a second verb that shares the subject is a clause of its own
        ("The Broncos practiced at Stanford University and moved to Santa Clara in May.", "Santa Clara",
         "Where did the Broncos move in May?"),
        # "he"/"she" is the person the previous sentence was about; a name keeps its capital
        ("Martin Luther was born in Eisleben. In 1501 he entered the University of Erfurt.", "1501",
         "In what year did Luther enter the University of Erfurt?"),
        ("Marie Curie was born in Warsaw. She moved to Paris in 1891.", "1891",
         "In what year did Curie move to Paris?"),
        # the comma that closed the removed phrase goes with it
        ("The NFL announced on October 16, 2012, that the two finalists were Sun Life Stadium and Levi's Stadium.",
         "October 16, 2012",
         "When did the NFL announce that the two finalists were Sun Life Stadium and Levi's Stadium?"),
        # a prepositional phrase that belongs to the answer noun is not left behind
        ("Luther and Katharina were married by Bugenhagen on the evening of the same day.", "the evening",
         "When were Luther and Katharina married by Bugenhagen?"),
        # a passive clause asked about its agent turns active, as people ask it
        ("Radium glows in the dark. In 1898 radium was discovered by Marie Curie.", "Marie Curie",
         "Who discovered radium in 1898?"),
        ("The quantum theory has been confirmed by particle experiments since 1920.", "particle experiments",
         "Which experiments have confirmed the quantum theory since 1920?"),
        # a preposition that would be stranded mid-sentence moves to the front with its wh-word
        ("The Nobel committee gave the award to Marie Curie in 1911.", "Marie Curie",
         "To whom did the Nobel committee give the award in 1911?"),
        # a contrast after "while" states a fact of its own
        ("Manning was the first pick of the 1998 draft, while Newton was picked first in 2011.", "2011",
         "In what year was Newton picked first?"),
        # what an announcement says is asked as the fact it states
        ("Super Bowl 50 was an American football game. In 2014 the league announced that the game would be named "
         "with Arabic numerals.", "Arabic numerals",
         "Which numerals would the game be named with?"),
        # a past tense the tagger read as a participle still gets "did"
        ("The Broncos practiced at Stanford University and stayed at a hotel.", "Stanford University",
         "What did the Broncos practice at?"),
        # a lower-case particle does not make a name a common noun
        ("Luther married Katharina von Bora in 1525.", "Katharina von Bora", "Who did Luther marry in 1525?"),
        ("The Normans came from Scandinavia.", "Scandinavia", "Where did the Normans come from?"),
        # "Which population ... the Cajun population?" would ask about two populations
        ("The Louisiana population contributed to the founding of the modern Cajun population.",
         "Louisiana population", "What contributed to the founding of the modern Cajun population?"),
        # a clause opened by "while" loses the "while" (and does not leave it at the end)
        ("In 1972, almost all episodes were known to exist at the BBC, while by 1978 the practice of wiping tapes "
         "had been brought to a stop.", "1978", "By what year had the practice of wiping tapes been brought to a stop?"),
        # the quotes around the answer go with it, and the participle aside after the gap too
        ('People in tropical lands were seen as "less civilized", justifying colonial control.', "less civilized",
         "What were people in tropical lands seen as?"),
        # punctuation around the given span is not part of the answer
        ("Super Bowl 50 was an American football game. The game was played at Levi's Stadium.", "Levi's Stadium.",
         "Where was the game played?"),
    ],
)
def test_asks_the_question_for_the_answer(text: str, answer: str, question: str) -> None:
    got = ask(text, answer)
    assert got == question
    assert not [p for p in question_problems(got) if "who" not in p]  # form; "who" needs the answer type


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the year dates the war, not the taking: "In what year did Japan take ...?" would be wrong
        ("As a result of the Russo-Japanese War in 1905, Japan took part of Sakhalin Island from Russia.", "1905"),
        # "What did the ceremony feature a replica of alongside ...?": a preposition stranded mid-sentence
        ("The ceremony featured a replica of the Golden Gate Bridge alongside the usual interviews.",
         "the Golden Gate Bridge"),
        # the answer sits in a gerund adjunct: "How many points did the Broncos beat ... by scoring?"
        ("The Broncos beat the Steelers by scoring 11 points in the final minutes.", "11"),
        # half a coordination
        ("The show was headlined by Coldplay with guests Beyonce and Bruno Mars.", "Bruno Mars"),
        # "with no rain": the answer is not "rain", and the question would lose the "no"
        ("Some regions get four inches of rain a year, while other places go decades with no rain.", "rain"),
        # a name doing something is no "what": "What sacked Newton?"
        ("With 11 seconds left, Newton was sacked by DeMarcus Ware.", "DeMarcus Ware"),
        # one of two coordinated phrases with the same preposition: "What did visitors arrive by steamboat and later by?"
        ("Visitors arrived by steamboat and later by railroad.", "railroad"),
        # a preposition stranded inside a noun phrase: "What did Martin play the role in in the 1970s?"
        ("Trevor Martin played the role in Doctor Who and the Daleks in the early 1970s.", "Doctor Who and the Daleks"),
        # "there" is no subject to invert: "What were there Chinese?"
        ("There were rich and well socially standing Chinese.", "rich and well socially standing"),
        # a bare quantifier as subject points back: "Where did many go?"
        ("The British resettled many Acadians, but many went to France.", "France"),
        # the answer itself points elsewhere
        ("Some were sent to French Guiana; these latter efforts were unsuccessful.", "latter efforts"),
        # "it" points at another sentence
        ("The stadium opened in 2014. It cost 1.3 billion dollars to build.", "1.3 billion dollars"),
        # a negated question has no one answer: many things do not carry out research
        ("The panel does not carry out research on the climate.", "The panel"),
        # the answer belongs to the second of two verbs: "Where did the dynasty crush?"
        ("The dynasty which ruled Annam crushed and defeated the invaders at the Battle of Bach Dang.",
         "the Battle of Bach Dang"),
        # people are no "what": "What have developed technologies ...?"
        ("Humans have developed technologies to increase water availability, such as digging wells.", "Humans"),
        # an act is no "Which officials": "Threatening government officials"
        ("Threatening government officials is another classic way of expressing defiance toward the government.",
         "Threatening government officials"),
        # a fronted clause cannot follow a stranded preposition: "What is the sword displayed in presented to ...?"
        ("Presented to the museum by the king in 1999, the sword is displayed in a glass case.", "a glass case"),
        # a main clause the parser read as subordinate ("As is usual ...") gives no question
        ("As is usual for such games, the league re-sodded the field with a new playing surface.",
         "a new playing surface"),
    ],
)
def test_no_question_where_none_is_clean(text: str, answer: str) -> None:
    assert ask(text, answer) is None


def test_a_name_tagged_a_person_elsewhere_is_a_who() -> None:
    text = "Martin Luther was a German priest. Luther came to reject several teachings of the Catholic Church."
    assert ask(text, "Luther", title="Martin Luther") == "Who came to reject several teachings of the Catholic Church?"


def test_a_name_with_a_title_is_a_who() -> None:
    text = "In 1754, Chief Hendrick said that the Covenant Chain alliance was broken."
    assert ask(text, "Chief Hendrick") == "Who said that the Covenant Chain alliance was broken in 1754?"
    text = "Johnson had sent Baron Dieskau to lead the defences at the fort."
    assert ask(text, "Baron Dieskau") == "Who had Johnson sent to lead the defences at the fort?"


def test_a_name_is_one_of_its_class_not_a_kind_of_it() -> None:
    text = "During the Yuan period, Beijing became the terminus of the Grand Canal of China."
    assert ask(text, "Yuan") == "During which period did Beijing become the terminus of the Grand Canal of China?"


def test_a_place_is_not_a_person() -> None:
    """The small model tags "Sahel" PERSON; a name after "the" is not asked with "who"."""
    assert ask("The Sahel, the northernmost band, is the semiarid belt south of the Sahara.", "Sahel") == \
        "What is the semiarid belt south of the Sahara?"


def test_the_title_names_the_person_of_a_biography() -> None:
    """With another person about ("her work"), "she" is left alone unless the title says who she is."""
    text = "Curie worked in Paris. Albert Einstein praised her work. In 1903 she shared the Nobel Prize in Physics."
    assert ask(text, "1903") is None
    assert ask(text, "1903", title="Marie Curie") == "In what year did Curie share the Nobel Prize in Physics?"


def test_an_answer_outside_the_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        quizgen.ask("Short text.", 5, 50)


def test_cli_ask(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ketamine\n\nKetamine gained popularity in the 1960s. This changed in the 1970s.\n",
                       encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["ask", str(article), "--answer", "the 1960s"])
    assert result.exit_code == 0, result.output
    assert result.output == "In what decade did Ketamine gain popularity?\n"

    result = runner.invoke(main, ["ask", str(article), "-a", "the 1970s"])  # "It": no clean question
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "no question passes the rubric" in result.output

    result = runner.invoke(main, ["ask", str(article), "-a", "the 1980s"])
    assert result.exit_code == 2
    assert "does not occur" in result.output

    result = runner.invoke(main, ["ask", str(article), "-a", "the 1960s", "--occurrence", "2"])
    assert result.exit_code == 2
    assert "occurs 1 time" in result.output


def test_a_noun_the_tagger_took_for_a_verb_gives_no_fact(nlp) -> None:
    """"The process converts alumina": "converts" tagged a noun, "alumina" the verb."""
    from quizgen.pipeline import facts_of
    from quizgen.readers import read_bytes

    article = read_bytes("Aluminium\n\nThe Hall–Héroult process converts alumina into the metal.\n".encode(), name="a.txt")
    assert not [f for f in facts_of(article) if "converts" in f.answer]


def test_a_reference_mark_is_not_part_of_the_answer_or_the_source(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Rome\n\nRome fell to the Visigoths in 410.[2] It was sacked again in 455[citation needed].\n",
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["generate", str(article), "-o", str(tmp_path / "out"), "-f", "json"])
    assert result.exit_code == 0, result.output
    quiz = (tmp_path / "out" / "a" / "quiz.json").read_text(encoding="utf-8")
    assert "[2]" not in quiz and "citation" not in quiz
    assert "Rome fell to the Visigoths in 410." in quiz


def test_a_title_that_is_a_name_says_who_he_is() -> None:
    text = "In 1501 he entered the University of Erfurt."
    assert ask(text, "1501", title="Martin Luther") == "In what year did Luther enter the University of Erfurt?"
    assert ask(text, "1501", title="Black Death") is None  # not a person: "he" stays unresolved


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "according to X": not "To whom did ... contain quotations ... according?"
        ("According to Smith, nearly every textbook printed in that decade contained quotations from Newton.",
         "Smith"),
        # the parser split "heavy but brief downpours" and made "brief downpours" a subject: "Which downpours are common?"
        ("Springs can be warm and humid, and spring thunderstorms with torrential but brief downpours are frequent.",
         "brief downpours"),
        # "opposite" is a preposition here: not "Which members do the clerks sit at the front of the chamber?"
        ("The clerks and officials sit opposite members at the front of the debating chamber.", "opposite members"),
        # "which" is the subject the parser hung on the main verb: not "What would which eventually become?"
        ("The merged station took the KQRS call letters for channel 4, which would later become KTVX-TV.", "KTVX-TV"),
    ],
)
def test_no_question_where_the_answer_leaves_a_word_behind_or_the_parse_is_split(text: str, answer: str) -> None:
    assert ask(text, answer) is None


def test_a_relative_clause_asks_about_its_whole_antecedent() -> None:
    assert ask("The company acquired the call letters for channel 9, which would eventually become KXYZ-TV.",
               "KXYZ-TV") == "What would the call letters for channel 9 eventually become?"


def test_a_name_with_a_question_word_stays_whole() -> None:
    question = ask("Doctor Who returned to television screens on 26 March 2005 with a new lead actor.",
                   "26 March 2005")
    assert question is not None and "Doctor Who return" in question


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        # list commas are no aside: no comma is added after the last name of the list
        ("Annam, Burma and Champa recognized the hegemony of the Yuan in 1285.", "1285",
         "In what year did Annam, Burma and Champa recognize the hegemony of the Yuan?"),
        # an aside that ends the subject is closed with its comma
        ("Charles Avison, the leading composer of concertos, died in Newcastle in 1770.", "1770",
         "In what year did Charles Avison, the leading composer of concertos, die in Newcastle?"),
        # a comma the writer put between a list and its verb goes: not "did A, B, and C, recognize"
        ("In 1285, Annam, Burma, and Champa, recognized the hegemony of the Yuan.", "1285",
         "In what year did Annam, Burma, and Champa recognize the hegemony of the Yuan?"),
        # nothing but the verb would be left to tell which output is meant
        ("Cardiac output falls.", "Cardiac output", None),
        # "Sponges are filter feeders": many animals are filter feeders, so only the other way round
        ("Sponges are filter feeders.", "Sponges", None),
        ("Sponges are filter feeders.", "filter feeders", "Which feeders are sponges?"),
        ("The Sun is a star.", "Sun", None),
        # a bare adjective says nothing about which thing is meant
        ("Sodium is reactive.", "Sodium", None),
        # an article opening a name moves mid-sentence in lower case
        ("The Korean War ended in 1953.", "1953", "In what year did the Korean War end?"),
        # a name the model did not tag a person, doing what people do, is no "what"
        ("Gold returned as composer for the 2010 series.", "Gold", None),
        ("Neville was born in the city in 1950.", "Neville", None),
        ("Copper is used as a conductor in wires.", "Copper", "What is used as a conductor in wires?"),
        ("Newton was a physicist who studied gravity in 1687.", "Newton", None),
        # pharmacists are people, no "what"
        ("Pharmacists now complete one or two years of residency.", "Pharmacists", None),
        # a plural predicate noun keeps the plural verb
        ("Symptoms are high fevers and purple skin patches.", "Symptoms", "What are high fevers and purple skin patches?"),
        # with the subject asked, a pronoun after it points at the answer
        ("Sponges have pores in their bodies.", "Sponges", None),
        # "what" takes a singular verb
        ("Primes are highlighted in red.", "Primes", "What is highlighted in red?"),
        ("Committees comprise a small number of MSPs.", "Committees", "What comprises a small number of MSPs?"),
        # a people is no "what": "What fought in the Low Countries?"
        ("In 1570 some Huguenots fought in the Low Countries alongside the Dutch.", "Huguenots", None),
        # a person is many things: "What was Luther?" has no one answer
        ("Luther was a professor of theology at Wittenberg.", "a professor of theology", None),
        ("Deforestation is considerable.", "Deforestation", None),
        # a possessive of a gerund would leave "'s broadcasting" behind
        ("A notable example is WBAI's broadcasting the track from a comedy album.", "WBAI", None),
        # an aside between the asked subject and its verb goes with its commas
        ("In 1959, Walt Disney Productions, having improved its financial situation, had purchased ABC's shares "
         "in the theme park.", "Walt Disney Productions",
         "What had purchased ABC's shares in the theme park in 1959?"),
        # a participle aside after the asked object cannot follow the question's gap without its comma
        # a fronted participle aside does not move to the end, where it would read as part of the object
        ("Having won the 1997 election, the Labour party formed a government in 1999.", "1999",
         "In what year did the Labour party form a government?"),
        ("Conceived as a villain for the hero, the comic character first appeared in 1971.", "1971",
         "In what year did the comic character first appear?"),
        # a subordinator opening the sentence is no discourse link: it stays with its clause
        ("While in-house production had ceased, the BBC hoped to find an independent production company.", "the BBC",
         "What hoped to find an independent production company while in-house production had ceased?"),
        # a closing quote stays with the title it closes
        ('On June 16, 2007, ABC began a new imaging campaign for the upcoming season, "Start Here".', "June 16, 2007",
         'When did ABC begin a new imaging campaign for the upcoming season, "Start Here"?'),
        # a passive asked in the active keeps its particle beside the verb
        ("Criticism of the reconstruction in a review paper was picked up by the Bush administration.",
         "the Bush administration", "Which administration picked up criticism of the reconstruction in a review paper?"),
        ("Succession for the Yuan dynasty, however, was decided by the kurultai in 1260.",
         "1260", "In what year was succession for the Yuan dynasty decided by the kurultai?"),
    ],
)
def test_vague_or_mispunctuated_questions_are_not_written(text: str, answer: str, question: str | None) -> None:
    assert ask(text, answer) == question
