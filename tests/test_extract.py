"""Extraction with the real model: sentence -> facts and the wh-question for each."""
from __future__ import annotations

import random

import pytest

from quizgen.extract import extract_facts
from quizgen.generate import Context, generate_questions
from quizgen.nlp import analyse, parse
from quizgen.readers import read_bytes
from quizgen.types import QUESTION_TYPES

pytestmark = pytest.mark.model

# Lower-case mentions tell the extractor that "ketamine" is a common noun, as in the real article.
KETAMINE_CONTEXT = "Doctors give ketamine in clinics, and ketamine is studied widely."


def facts_of(nlp, text: str):
    article = read_bytes(f"Test article\n\n{text}\n".encode(), name="test.txt")
    return extract_facts(article, analyse(article, nlp))


@pytest.mark.parametrize(
    ("text", "answer", "kind", "question"),
    [
        ("Ketamine gained popularity in the 1960s for it’s anesthetic effects. " + KETAMINE_CONTEXT,
         "the 1960s", "date", "In what decade did ketamine gain popularity for its anesthetic effects?"),
        ("People experiencing long lasting chronic pain are 3x more likely to be depressed, and people battling "
         "depression are also 3x more likely to develop chronic pain.",
         "3x", "multiplier", "How many times more likely are people experiencing long lasting chronic pain to be depressed?"),
        ("However, for the past decade ketamine has been used to treat chronic pain and depression. " + KETAMINE_CONTEXT,
         "the past decade", "duration", "How long has ketamine been used to treat chronic pain and depression?"),
        ("Depression treatments, such as antidepressants, can take a month or longer for feelings of hopelessness "
         "and despair to subside.", "a month or longer", "duration",
         "How long can depression treatments, such as antidepressants, take for feelings of hopelessness and despair to subside?"),
        ("With ketamine infusion therapy, you can feel an improvement in your mood and outlook on life as soon as a "
         "few hours after your appointment.", "a few hours", "duration",
         "How soon can people feel an improvement in their mood and outlook on life after their appointment with "
         "ketamine infusion therapy?"),
        ("Ketamine works by binding to N-methyl-D-aspartate (NMDA) receptors in your brain, which In turn helps make "
         "more glutamate — a neurotransmitter found in your brain. " + KETAMINE_CONTEXT,
         "N-methyl-D-aspartate (NMDA) receptors", "mechanism", "Which receptors does ketamine work by binding to?"),
        ("Ketamine works by binding to NMDA receptors, which in turn helps make more glutamate — a neurotransmitter "
         "found in your brain.", "a neurotransmitter", "definition", "What is glutamate?"),
        ("Synaptogenesis refers to the formation of synapses.", "Synaptogenesis", "definition",
         "Which term refers to the formation of synapses?"),
        ("Marie Curie was born in Warsaw in 1867. Curie studied in Paris. Curie won two Nobel Prizes.",
         "1867", "date", "In what year was Marie Curie born in Warsaw?"),
        ("Marie Curie was born in Warsaw in 1867. Curie studied in Paris. Curie won two Nobel Prizes.",
         "Warsaw", "entity", "Where was Marie Curie born in 1867?"),
        ("Apollo 11 landed on the Moon on July 20, 1969.", "July 20, 1969", "date", "When did Apollo 11 land on the Moon?"),
        ("The Apollo program cost about $25.4 billion.", "about $25.4 billion", "quantity",
         "How much did the Apollo program cost?"),
        ("By 1898 the Curies had obtained traces of radium.", "1898", "date", "By what year had the Curies obtained traces of radium?"),
        ("In 1893 she was awarded a degree in physics and began work in an industrial laboratory. Marie Curie was "
         "Polish. Curie moved to Paris. Curie won prizes.", "1893", "date", "In what year was Curie awarded a degree in physics?"),
        # a year that modifies a noun is asked with the noun ("what season"), the preposition fronted
        ("Super Bowl 50 decided the NFL champion for the 2015 season.", "2015", "date",
         "For what season did Super Bowl 50 decide the NFL champion?"),
        # a non-restrictive relative clause states a fact of its own about the noun it follows
        ("The Tyne Tunnel, which opened in 1967, carries traffic under the river.", "1967", "date",
         "In what year did the Tyne Tunnel open?"),
        # an adverbial clause (not a conditional) is asked on its own
        ("When the Pacific War ended in 1945, the city was rebuilt.", "1945", "date", "In what year did the Pacific War end?"),
        # a key term of the article (its head noun recurs) is asked with "what"
        ("Carbon is the second most abundant element in living organisms. Carbon is in all fuels.", "Carbon",
         "entity", "What is the second most abundant element in living organisms?"),
        ("The Sahara has not always been a vast desert, however. The Sahara was wet, and a desert is dry.",
         "vast desert", "entity", "What has the Sahara not always been?"),
        # "as a result of X" is content, not a discourse link to drop
        ("As a result of the Russo-Japanese War, Japan took part of Sakhalin Island from Russia in 1905.", "1905",
         "date", "In what year did Japan take part of Sakhalin Island from Russia as a result of the Russo-Japanese War?"),
        # a possessive whose referent is the subject does not block the sentence
        ("The Denver Broncos won the game in 2016 to earn their third title.", "2016", "date",
         "In what year did the Denver Broncos win the game to earn their third title?"),
    ],
)
def test_fact_and_question(nlp, text: str, answer: str, kind: str, question: str) -> None:
    found = [(f.answer, f.kind, f.question) for f in facts_of(nlp, text)]
    assert (answer, kind, question) in found, found


@pytest.mark.parametrize(
    ("text", "answer", "statement"),
    [
        ("However, for the past decade ketamine has been used to treat pain. " + KETAMINE_CONTEXT, "the past decade",
         "For the past decade ketamine has been used to treat pain."),
        ("Glutamate receptors are involved in neuronal migration and synaptogenesis.", "synaptogenesis",
         "Glutamate receptors are involved in neuronal migration and synaptogenesis."),
        ("The treatment requires less of a dose than you would use for anesthesia.", "less",
         "The treatment requires less of a dose than people would use for anesthesia."),
        ("The Sahel, the northernmost band, is a semiarid belt. It is the driest part of the savanna and receives "
         "rain for 40 days.", "40 days",
         "The Sahel receives rain for 40 days."),  # one verb, one statement: the shared subject is restored
    ],
)
def test_statements_stand_alone(nlp, text: str, answer: str, statement: str) -> None:
    found = {f.answer: f for f in facts_of(nlp, text)}
    assert answer in found, sorted(found)
    fact = found[answer]
    assert fact.statement == statement
    a, b = fact.answer_in_statement
    assert fact.statement[a:b] == answer


@pytest.mark.parametrize(
    ("text", "not_an_answer"),
    [
        ("Did you know that chronic pain and depression are two conditions that are commonly linked?", "two"),
        ("You’ve probably tried different treatments for 3 years with little success.", "3 years"),
        ("Additionally, it’s thought to have an effect on your temper for 2 days.", "2 days"),
        ("The average daytime high is 99 degrees.", "daytime"),
        ("Lows can dip below 37 degrees in the cooler period between December and January.", "January"),
        ("Apollo was conceived as a three-person spacecraft to follow Apollo 11.", "three"),
        ("The Congo rainforest receives between sixty-three and seventy-eight inches of rain every year.", "every year"),
        ("Deville was issued a patent later that year.", "later that year"),
        ("It experiences rain only during six months of the year.", "six months of the year"),
        ("Ketamine binds to N-methyl-D-aspartate (NMDA) receptors.", "NMDA"),
        ("Evidence of cattle was discovered in Saharan rock art.", "Saharan"),  # an adjective is no answer
        ("If the war had ended in 1940, the city would have been spared.", "1940"),  # hypothetical
        ("The region witnessed a great drying. The region was wet before.", "region"),  # "the region": anaphoric
        ("The plague’s impact on trade and the population decline further compounded the deterioration of rule. "
         "The decline and the population grew.", "population decline"),  # two subjects: a broken parse
        ("Few cities were spared. The cities were small, and cities grew.", "Few cities"),  # a quantifier
        ("Infected fleas accompanying trade caravans were transported into Asia. Caravans and fleas moved.",
         "Infected fleas accompanying trade caravans"),  # a clause folded into a noun phrase
    ],
)
def test_no_fact_where_no_clean_question_exists(nlp, text: str, not_an_answer: str) -> None:
    assert not_an_answer not in {f.answer for f in facts_of(nlp, text)}


def test_no_question_from_the_wrong_side_of_a_semicolon(nlp) -> None:
    text = ("Napoleon III promised Deville a subsidy for research; in total, Deville used 36,000 francs, "
            "20 times the annual income of a family.")
    for fact in facts_of(nlp, text):
        assert ";" not in fact.question


def test_offsets_point_into_the_source(nlp) -> None:
    text = "Ketamine gained popularity in the 1960s.\u00a0It is used\u00a0to treat pain."
    article = read_bytes(f"Test article\n\n{text}\n".encode(), name="t.txt")
    for fact in extract_facts(article, analyse(article, nlp)):
        assert article.text[fact.start:fact.end] == fact.sentence
        assert article.text[fact.answer_start:fact.answer_end] == fact.answer


@pytest.mark.parametrize(
    ("text", "contrast"),
    [
        ("More people live in cities than in villages.", ("More", "Fewer")),  # a count noun: not "less people"
        ("The valley has been home to more people and history than the hills.", None),  # "fewer ... history"?
        ("A city uses more water than a village.", ("more", "less")),
        ("Cities grow faster than villages.", ("faster", "slower")),
    ],
)
def test_a_comparison_is_swapped_for_its_opposite_in_good_grammar(nlp, text: str, contrast: tuple[str, str] | None) -> None:
    found = {f.contrast for f in facts_of(nlp, text) if f.kind == "comparison"}
    assert contrast in found if contrast else not found


def test_a_negated_comparison_is_no_swap(nlp) -> None:
    # "not less difficult than" would be as true: no false statement can be made by swapping the word
    text = "Squaring a number is not more difficult than multiplying two numbers."
    assert not [f for f in facts_of(nlp, text) if f.kind == "comparison"]


@pytest.mark.parametrize(
    ("text", "not_a_number"),
    [
        ("One of the roles of the theory is to find the practical limits of computers.", "One"),
        ("Acetone ((CH3)2CO) and phenol are used as feeder materials in many syntheses.", "2CO"),
        ("He based his position on the epistle to the Ephesians 2:8–10 in the New Testament.", "2:8–10"),
    ],
)
def test_no_count_fact_from_a_figure_that_counts_nothing(nlp, text: str, not_a_number: str) -> None:
    assert not [f for f in facts_of(nlp, text) if not_a_number in f.answer]


def test_a_verb_after_another_subject_does_not_share_the_first_one(nlp) -> None:
    # the parser hangs "issued" on "quelled"; its subject is Henry, not the warfare
    text = ("The Huguenot warfare was quelled in 1598, when Henry of Navarre, having succeeded to the throne, and having "
            "recanted Protestantism in favour of Catholicism, issued the Edict of Nantes.")
    facts = facts_of(nlp, text)
    assert all(not f.statement.startswith("The Huguenot warfare issued") and "warfare having" not in f.statement for f in facts)
    # nor is the sentence cut after "having succeeded to the throne", as if "issued ..." were another clause
    assert [f.statement for f in facts if f.answer == "1598"] == [text]


def facts_titled(nlp, text: str, title: str):
    article = read_bytes(f"{title}\n\n{text}\n".encode(), name="test.txt")
    return extract_facts(article, analyse(article, nlp), title_doc=nlp(title))


def test_a_name_with_no_clean_question_is_still_a_blank(nlp) -> None:
    text = "Much of the daily work of the Welsh Assembly is done in small committees of members."
    found = [f for f in facts_titled(nlp, text, "Local government") if f.answer == "the Welsh Assembly"]
    assert found and not found[0].question  # no wh-question, so a fill-in-the-blank item only
    asked = generate_questions(found[0], Context("x", (), (text,), ()), types=QUESTION_TYPES, rng=random.Random(0))
    assert {q.type for q in asked} == {"fill_in_blank"}
    assert asked[0].prompt == "Much of the daily work of _____ is done in small committees of members."


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        # the article's own subject: the blank gives itself away
        ("Much of the daily work of the Welsh Assembly is done in small committees of members.", "Welsh Assembly",
         "the Welsh Assembly"),
        ("Court rulings such as Smith v. Jones have greatly limited the use of the necessity defense in court.",
         "Test article", "Jones"),  # half of a case name
        ("Even Washington returned.", "Test article", "Washington"),  # too little around the blank
    ],
)
def test_no_blank_where_the_name_cannot_be_told_from_the_sentence(nlp, text: str, title: str, name: str) -> None:
    assert all(f.question or name not in f.answer for f in facts_titled(nlp, text, title))


def test_a_cause_is_asked_with_its_whole_object(nlp) -> None:
    # "What did long droughts cause?" -> "collapse" alone would be a truncated key, "collapse of the old empire" no phrase
    # and "What caused the collapse of the old empire?" -> "Long droughts", the cause as a subject
    causes = [(f.answer, f.question) for f in facts_of(nlp, "Long droughts caused the collapse of the old empire.")
              if f.kind == "cause"]
    assert causes == [("the collapse of the old empire", "What did long droughts cause?"),
                      ("Long droughts", "What caused the collapse of the old empire?")]


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("The entire international conflict is known as the Seven Years' War in most of Europe.",
         "entire international conflict"),
        ("Most schools charge very low tuition fees compared to schools in other countries.", "very low tuition fees"),
    ],
)
def test_a_term_that_opens_with_a_judgement_is_no_key_term(nlp, text: str, judged: str) -> None:
    assert judged not in {f.answer for f in facts_of(nlp, text)}


def test_a_time_before_later_is_no_duration(nlp) -> None:
    text = "A year later, the United States gained Florida from Spain in a treaty."
    assert not [f for f in facts_of(nlp, text) if f.answer_type == "duration"]  # "How long did ... gain Florida?"


def test_accordingly_is_a_discourse_word(nlp) -> None:
    text = "Accordingly, the term odd prime refers to any prime number greater than 2."
    assert all(f.statement.startswith("The term odd prime") for f in facts_of(nlp, text))


def test_a_pronoun_paired_with_another_means_anyone(nlp) -> None:
    text = ("Marie Curie was a physicist. If a lawyer wishes to secure her or his natural rights, he might find "
            "that perjury works.")
    assert not any("Curie’s natural rights" in f.statement or "Curie might" in f.statement
                   for f in facts_titled(nlp, text, "Marie Curie"))


def test_a_sentence_about_anyone_is_not_about_the_main_person(nlp) -> None:
    # "her or his rights": generic; its "he" is the lawyer, not Curie; and "might find that" states no finding
    text = ("Marie Curie was a physicist. If a lawyer wishes to secure her or his natural rights, he might, for "
            "instance, find that perjury is more effective than open disobedience.")
    facts = facts_titled(nlp, text, "Marie Curie")
    assert not any("Curie might" in f.statement or "Curie’s natural" in f.statement for f in facts)
    assert not any(f.statement.startswith("Perjury is") for f in facts)


@pytest.mark.parametrize(
    ("text", "not_an_answer"),
    [
        ("The transition from one actor to another is written into the plot of the long-running show.", "one"),
        ("The following table gives the largest known primes of several special types.", "following table"),
    ],
)
def test_no_fact_whose_answer_counts_nothing_or_points_elsewhere(nlp, text: str, not_an_answer: str) -> None:
    assert not_an_answer not in {f.answer for f in facts_of(nlp, text)}


def test_a_relative_clause_after_a_coordination_is_not_given_one_conjunct(nlp) -> None:
    # "..., the Lord Advocate and the Solicitor General, who are ...": neither conjunct alone is "who"
    from quizgen.clauses import _antecedent
    for text in ("The two seats belong to the Lord Advocate and the Solicitor General, who are not elected members.",
                 "The seats are for the Law Officers – the Lord Advocate and the Solicitor General for Scotland, who "
                 "are not elected members of the Parliament."):
        relcls = [t for t in nlp(text) if t.dep_ == "relcl"]
        assert relcls and all(_antecedent(t) == {} for t in relcls)


def test_the_articles_own_subject_is_no_answer(nlp) -> None:
    text = "In many countries, civil disobedience can consist simply of engaging in the forbidden speech."
    assert "civil disobedience" in {f.answer for f in facts_titled(nlp, text, "Protest")}
    assert "civil disobedience" not in {f.answer for f in facts_titled(nlp, text, "Civil disobedience")}


@pytest.mark.parametrize(
    ("text", "not_an_answer"),
    [
        ("The Scotland Act 2012 extends the devolved competencies of the Parliament.", "2012"),  # a year of a name
        ("Apollo 11 landed on the Moon in July 1969 after a four-day flight.", "Apollo"),  # half a name
        ("Zhu reduced the simultaneous equations to a single equation with only one unknown.", "only one"),
    ],
)
def test_no_answer_that_is_part_of_a_name_or_counts_nothing(nlp, text: str, not_an_answer: str) -> None:
    assert not_an_answer not in {f.answer for f in facts_of(nlp, text)}


def test_a_question_word_inside_a_name_is_part_of_the_name(nlp) -> None:
    # The small model reads "Who" of "Doctor Who" as the question word unless its norm is neutralised.
    from quizgen.nlp import parse
    doc = parse(nlp, ["Doctor Who returned to television screens in 2005 with a new lead actor."])[0]
    who = doc[1]
    assert who.tag_ == "NNP" and who.head.i == 2 or who.dep_ in ("nsubj", "compound")
    facts = facts_titled(nlp, "Doctor Who returned to television screens in 2005 with a new lead actor.", "Television")
    questions = [f.question for f in facts if f.answer == "2005"]
    assert questions and all("Doctor Who return" in q for q in questions)


def test_a_question_word_is_never_the_main_person(nlp) -> None:
    from quizgen.extract import main_person
    from quizgen.nlp import parse
    text = ("Doctor Who is a television programme. Who was played by eleven actors. The producer said Who "
            "would return. Who travels in time.")
    assert main_person(parse(nlp, [text]), "Doctor Who") is None


def test_a_title_word_tagged_an_organisation_is_no_main_person(nlp) -> None:
    from quizgen.extract import main_person
    from quizgen.nlp import parse
    text = ("The Parliament meets in Edinburgh. The Parliament passed twenty bills in 2019. The Parliament "
            "has 129 members, and the Parliament elects a Presiding Officer.")
    docs = parse(nlp, [text])
    if not any(t.text == "Parliament" and t.ent_type_ == "ORG" for t in docs[0]):
        pytest.skip("the model tagged no 'Parliament' an organisation here")
    assert main_person(docs, "Scottish Parliament") is None


def test_an_acronym_of_the_title_is_no_answer(nlp) -> None:
    from quizgen.extract import title_acronyms
    assert title_acronyms("Intergovernmental Panel on Climate Change") >= {"ipcc"}
    assert "eu" not in title_acronyms("European Union law")  # "law" is a word of its own: EU is not the subject
    text = ("The IAEA publishes safety standards that guide the nuclear power plants of its many member "
            "countries in Europe and Asia.")
    answers = {f.answer for f in facts_titled(nlp, text, "International Atomic Energy Agency")}
    assert "IAEA" not in answers


def test_the_name_in_the_title_is_no_answer_to_a_question(nlp) -> None:
    text = "The Apollo program began in 1961, and Apollo landed twelve astronauts on the Moon by 1972."
    facts = facts_titled(nlp, text, "Apollo program")
    assert not any(f.question and f.answer == "Apollo" for f in facts)


def test_a_pronoun_after_another_persons_name_is_not_the_main_person(nlp) -> None:
    # "he" may be the one just named or the article's person: only the reader knows, so no fact uses it
    text = ("Ada Lovelace wrote the first published algorithm in 1843. Lovelace worked with the engineer Charles "
            "Babbage. Lovelace studied mathematics. In 1834, Babbage announced that he would build a larger engine.")
    facts = facts_titled(nlp, text, "Ada Lovelace")
    assert any("Lovelace" in f.statement for f in facts)
    assert not any("Lovelace would build" in f.statement or "he would build" in f.statement for f in facts)


def test_a_relative_clause_refers_to_the_whole_noun_phrase(nlp) -> None:
    text = ("The astronomers reformed the calendar to give an accuracy of 365.2425 days in the year, which was "
            "only 26 seconds off the modern measurement.")
    statements = [f.statement for f in facts_of(nlp, text)]
    assert not any(s.startswith("An accuracy was") for s in statements)


def test_a_relative_clause_whose_verb_disagrees_in_number_is_not_lifted(nlp) -> None:
    text = ("The centre had two vacuum chambers capable of simulating atmospheric pressure at altitudes up to "
            "250,000 feet, which is nearly a vacuum.")
    # "which" is singular: neither "two vacuum chambers" nor "250,000 feet" is what is nearly a vacuum
    assert not any(f.statement.endswith("is nearly a vacuum.") and not f.statement.startswith("The centre")
                   for f in facts_of(nlp, text))
    from quizgen.clauses import _disagrees
    doc = nlp(text)
    relcl = next(t for t in doc if t.dep_ == "relcl")
    assert _disagrees(relcl.head, relcl)


def test_a_present_tense_when_clause_is_no_fact_of_its_own(nlp) -> None:
    text = ("The consolidation of poetry and painting produced the type of work that comes to mind when people "
            "think of classical Greek sculpture.")
    assert not any(f.statement.startswith("People think") for f in facts_of(nlp, text))


def test_the_title_in_other_word_forms_is_no_answer(nlp) -> None:
    # "civil disobedients" in an article on civil disobedience names the article's own subject
    text = ("The prosecution offered a plea bargain to the civil disobedients in 1971. "
            "Police arrested the civil disobedients at the gate.")
    facts = facts_titled(nlp, text, "Civil disobedience")
    assert not any(f.answer.lower().endswith("civil disobedients") for f in facts), [f.answer for f in facts]


def test_the_surname_of_a_named_person_is_a_person_where_the_tagger_slips(nlp) -> None:
    # "Schmitt" is tagged a person within "Harrison Schmitt" and once as an organisation: still a person,
    # asked with "Who", not "What"
    from quizgen.extract import people_named
    doc = parse(nlp, ["Dr. Harrison Schmitt, a geologist, was the first scientist to walk on the Moon. "
                        "Schmitt participated in the geology training of all of the landing crews."])[0]
    schmitt = [e.label_ for e in doc.ents if e.text == "Schmitt"]
    people = people_named([doc], None)
    assert "Harrison Schmitt" in people and "Schmitt" in people, (people, schmitt)


@pytest.mark.parametrize("text", [
    "Two years after the war ended in 1945, the city was rebuilt.",
    "Dynasty became a hit in 1981, five months before the network's other hit Angels ended its run.",
])
def test_a_clause_cut_from_its_measure_phrase_is_no_statement(nlp, text: str) -> None:
    # without "after"/"before", "Two years the war ended in 1945." says nothing
    statements = {f.statement for f in facts_of(nlp, text)}
    assert not any(s.startswith(("Two years the", "Five months the")) for s in statements), statements


def test_that_is_opening_a_sentence_is_a_discourse_link(nlp) -> None:
    facts = facts_titled(nlp, "That is, Luther depicted the Trinity as persons to be known in 1520.", "Martin Luther")
    assert facts and all(not f.statement.lower().startswith("that is") and "that is?" not in (f.question or "")
                         and not (f.question or "").endswith("that is?") for f in facts), [(f.statement, f.question) for f in facts]


def test_a_verb_with_two_objects_is_a_misparsed_list_and_asks_neither(nlp) -> None:
    # the small model reads the last name of a cut-off list as a second object of "are"
    text = "Prominent examination boards that are present in multiple states are the CBSE and the CISCE, NENBSE"
    assert not any(f.question and f.answer == "NENBSE" for f in facts_of(nlp, text))


@pytest.mark.parametrize(("text", "not_an_answer"), [
    ("The smell, taste, sight, or thought of food triggers this phase.", "phase"),  # which phase: another sentence
    ("A mercury barometer is shown in Figure 11.18.", "mercury barometer"),  # the reader has no figure
    ("Table 11.2 gives conversion factors for the common units of pressure.", "11.2"),
])
def test_no_fact_that_points_at_a_figure_or_an_earlier_sentence(nlp, text: str, not_an_answer: str) -> None:
    assert not_an_answer not in {f.answer for f in facts_of(nlp, text)}


@pytest.mark.parametrize(("text", "statement"), [
    ("The Grainger Market itself, was opened in 1835.", "The Grainger Market itself was opened in 1835."),
    ("Jacksonville's tourism, however, was dealt major blows in 1888 by yellow fever outbreaks.",
     "Jacksonville's tourism was dealt major blows in 1888 by yellow fever outbreaks."),
    ("Interestingly, children have higher melatonin levels than adults in 2020.",
     "Children have higher melatonin levels than adults in 2020."),
    # both commas of an aside in the verb phrase go with it
    ("The Metro extension has, however, been delayed until 1990.", "The Metro extension has been delayed until 1990."),
    ("Sabur Ibn Sahl, however, was the first physician to initiate pharmacopoedia in 869.",
     "Sabur Ibn Sahl was the first physician to initiate pharmacopoedia in 869."),
    # an aside keeps the comma that closes it
    ("Charles Avison, the leading composer of concertos, died in Newcastle in 1770.",
     "Charles Avison, the leading composer of concertos, died in Newcastle in 1770."),
])
def test_a_comma_between_subject_and_verb_goes_unless_it_closes_an_aside(nlp, text: str, statement: str) -> None:
    assert statement in {f.statement for f in facts_of(nlp, text)}


def test_a_reduced_passive_read_as_the_verb_is_no_statement(nlp) -> None:
    # "The funfair, said to be the largest in Europe, is held ...": not "The funfair said to be the largest ..."
    text = ("The Hoppings funfair, said to be the largest travelling funfair in Europe, is held in Newcastle annually "
            "in June.")
    statements = {f.statement for f in facts_of(nlp, text)}
    assert statements == {"The Hoppings funfair is held in Newcastle annually in June."}, statements


def test_a_comma_before_a_participle_aside_stays_when_a_coordinated_verb_is_cut(nlp) -> None:
    # the comma before "held" belongs to the aside, not to the coordination with "won"
    text = "The Broncos hosted the final in 1985, held at Stanford Stadium in California, and won the title."
    statements = {f.statement for f in facts_of(nlp, text)}
    assert "The Broncos hosted the final in 1985, held at Stanford Stadium in California." in statements, statements


def test_a_participle_with_its_agent_is_no_active_verb(nlp) -> None:
    # the model makes "won" the verb of "The stadium": a clause "The stadium won by the home team" says nothing
    text = "The stadium last hosted in 1985 (Super Bowl XIX), held in California, won by the home team."
    assert not any("won by" in f.statement for f in facts_of(nlp, text))


def test_an_answer_cut_out_of_its_phrase_by_the_parser_is_no_fact(nlp) -> None:
    # the model hangs "nearby" on "Jacksonville" as a conjunct, cutting it from "St. Augustine"
    text = ("During Reconstruction and the Gilded Age, Jacksonville and nearby St. Augustine became popular "
            "winter resorts for the rich and famous.")
    assert "St. Augustine" not in {f.answer for f in facts_of(nlp, text)}


def test_a_modifier_of_a_named_thing_asks_no_which_question(nlp) -> None:
    # "To what case did ... lead?" asks for the case, whose name follows the noun, not for "1978"
    text = "The broadcast eventually led to the 1978 Supreme Court case of FCC v. Pacifica Foundation."
    assert not any(f.question and f.answer in ("1978", "Supreme Court") for f in facts_of(nlp, text)), \
        [(f.answer, f.question) for f in facts_of(nlp, text)]


@pytest.mark.parametrize(("text", "statement"), [
    # the coordinator goes with the cut second verb, the aside it opened stays
    ("The port of Newcastle developed in the 16th century and, along with the shipyards lower down the River Tyne, "
     "was amongst the world's largest shipbuilding centres.",
     "The port of Newcastle developed in the 16th century along with the shipyards lower down the River Tyne."),
    # a comma inside the subject opens an aside, so the comma after it closes one and stays
    ("Two future opponents in the American Revolutionary War, Washington and Thomas Gage, played key roles in "
     "organizing the retreat.",
     "Two future opponents in the American Revolutionary War, Washington and Thomas Gage, played key roles in "
     "organizing the retreat."),
])
def test_commas_of_asides_and_coordinations(nlp, text: str, statement: str) -> None:
    statements = {f.statement for f in facts_of(nlp, text)}
    assert statement in statements, statements


@pytest.mark.parametrize("text", [
    # the model hangs the end of the sentence on a second verb: "than" loses its clause
    "Many oxides of the transition metals are non-stoichiometric compounds, with slightly less metal than the "
    "chemical formula would show.",
    # the model makes "thunderstorms" a conjunct of "be", and the clause ends inside "torrential but brief downpours"
    "Summers can be hot and wet, and summer thunderstorms with torrential but brief downpours are common.",
])
def test_a_clause_that_stops_inside_a_phrase_is_no_statement(nlp, text: str) -> None:
    assert not any(f.statement.endswith(("than.", "torrential.")) for f in facts_of(nlp, text))


def test_a_verb_read_as_a_modifier_is_no_antecedent(nlp) -> None:
    # "featured" tagged a participle inside the noun phrase: "who" is not "Carolina's secondary featured ... Coleman"
    text = ("Carolina's secondary featured Pro Bowl safety Kurt Coleman, who led the team with a career high seven "
            "interceptions, while also racking up 88 tackles.")
    assert not any("featured Pro Bowl safety Kurt Coleman led" in f.statement or "featured" in (f.question or "")
                   for f in facts_of(nlp, text))


def test_a_noun_coordinated_with_the_verb_asks_nothing(nlp) -> None:
    # the model hangs "Priestley" on "discovered" as a conjunct: "Who discovered oxygen ..., and Joseph Priestley
    # in Wiltshire?" and "Where was oxygen discovered ... earlier Joseph Priestley ...?" are no questions
    text = ("Oxygen was discovered independently by Carl Wilhelm Scheele, in Uppsala, in 1773 or earlier, and Joseph "
            "Priestley in Wiltshire, in 1769, but Priestley is often given priority because his work was published "
            "first.")
    assert not any(f.question and "Priestley" in f.question for f in facts_of(nlp, text))


@pytest.mark.parametrize(("text", "not_asked"), [
    # the model's date entity "January to 82" is no phrase of the sentence
    ("Mean monthly temperatures range from around 53 F in January to 82 F in July.", "January to 82"),
    # "two days out": a measure of "out", not of "exploded" ("How long did a tank explode ... out?")
    ('But two days out, a liquid oxygen tank exploded, disabling the Service Module and forcing the crew to use the '
     'LM as a "life boat" to return to Earth.', "Two days"),
    # a title the model reads as a verb ('"Start Here"') is no "What did ABC begin to phase in ...?"
    ('On June 16, 2007, ABC began to phase in a new imaging campaign for the upcoming 2007–08 season, "Start Here".',
     "Start Here"),
])
def test_answers_the_parse_cannot_carry_are_not_asked(nlp, text: str, not_asked: str) -> None:
    assert not any(f.question and f.answer.lower() == not_asked.lower() for f in facts_of(nlp, text)), \
        [(f.answer, f.question) for f in facts_of(nlp, text)]


def test_a_clause_spliced_on_with_a_comma_is_not_part_of_the_next(nlp) -> None:
    # the model makes "were implemented" a complement of "was": the question would carry both clauses
    text = ("Gold-tinted logos were implemented across the NFL's properties and painted on fields, the numbering of "
            "the 50-yard line on fields was colored gold.")
    facts = facts_of(nlp, text)
    assert "The numbering of the 50-yard line on fields was colored gold." in {f.statement for f in facts}, \
        [f.statement for f in facts]


def test_quoted_words_before_the_speaker_keep_their_quotes_and_do_not_move(nlp) -> None:
    facts = facts_of(nlp, '"We won the game," the coach said in 2015.')
    assert all(f.statement.startswith('"') and not f.question for f in facts), [(f.statement, f.question) for f in facts]


def test_in_addition_to_is_content_and_a_relative_clause_read_as_adverbial_is_no_statement(nlp) -> None:
    text = ('In addition to the Vince Lombardi Trophy that all Super Bowl champions receive, the winner of Super Bowl '
            '50 will receive a large, 18-karat gold-plated "50".')
    facts = facts_of(nlp, text)
    assert facts and all(f.statement.startswith("In addition to") for f in facts), [f.statement for f in facts]
    assert not any("champions receive?" in (f.question or "") or "Trophy that?" in (f.question or "") for f in facts)


def test_a_relative_clause_is_no_statement_of_its_own(nlp) -> None:
    text = ("Luther concentrated on the church in the Electorate of Saxony, acting only as an adviser to churches in "
            "new territories, many of which followed his Saxon model.")
    assert not any(f.statement.lower().startswith("many of which") for f in facts_titled(nlp, text, "Martin Luther"))


def test_the_model_rooting_a_sentence_in_brackets_does_not_lose_the_main_clause(nlp) -> None:
    text = ("Manning and Newton also set the record for the largest age difference between opposing Super Bowl "
            "quarterbacks at 13 years and 48 days (Manning was 39, Newton was 26).")
    statements = {f.statement for f in facts_of(nlp, text)}
    assert statements == {"Manning and Newton set the record for the largest age difference between opposing Super "
                          "Bowl quarterbacks at 13 years and 48 days."}, statements


def test_a_quotation_that_ends_the_sentence_is_not_closed_twice(nlp) -> None:
    text = ('Hans Hillerbrand writes that the tone of the writing is accordingly "searching, rather than '
            'doctrinaire."')
    assert not any(f.statement.endswith('.".') for f in facts_of(nlp, text))


def test_what_is_in_a_place_is_not_asked_but_where_a_thing_is_is(nlp) -> None:
    text = ("Woodward Park, which features the Shinzen Japanese Gardens, numerous picnic areas and several miles of "
            "trails, is in North Fresno and is adjacent to the San Joaquin River Parkway.")
    questions = {f.question for f in facts_titled(nlp, text, "Fresno, California") if f.question}
    assert not any(q.endswith("is in North Fresno?") for q in questions), questions
    assert any(q.startswith("Where is Woodward Park") for q in questions), questions


@pytest.mark.parametrize(("text", "bad"), [
    # an appositive with its participle after a spliced clause: "When did a technology invent?"
    ("Some Yuan documents such as Wang Zhen's Nong Shu were printed with earthenware movable type, a technology "
     "invented in the 12th century.", "technology invent"),
    # "polluted" is a participle: the model makes it the verb and "may stimulate" its second verb
    ("Water polluted with plant nutrients such as nitrates or phosphates may stimulate growth of algae by a process "
     "called eutrophication and the decay of these organisms and other biomaterials may reduce amounts of oxygen in "
     "eutrophic water bodies.", "What polluted"),
    # and "may reduce" has a subject of its own just before it: the water does not reduce the oxygen
    ("Water polluted with plant nutrients such as nitrates or phosphates may stimulate growth of algae by a process "
     "called eutrophication and the decay of these organisms and other biomaterials may reduce amounts of oxygen in "
     "eutrophic water bodies.", "phosphates may reduce"),
    # "who" is Harvey Martin, not the game named in his apposition
    ("No plans were announced regarding the recognition of Harvey Martin, co-MVP of Super Bowl XII, who died in 2001.",
     "Super Bowl XII die"),
])
def test_misparsed_participles_and_antecedents_ask_nothing(nlp, text: str, bad: str) -> None:
    assert not any(bad in (f.question or "") or bad in f.statement for f in facts_of(nlp, text)), \
        [(f.statement, f.question) for f in facts_of(nlp, text)]


def test_a_count_the_model_tags_money_is_not_asked_how_much(nlp) -> None:
    # "27 punts": kicks, not Irish pounds
    facts = facts_of(nlp, "Ginn also rushed for 60 yards and returned 27 punts for 277 yards.")
    assert not any((f.question or "").startswith("How much") for f in facts), [f.question for f in facts]


@pytest.mark.parametrize(("text", "statement"), [
    # a second verb with its own subject just before it is cut from the first clause, not left inside it
    ("Of Grainger Town's 450 buildings, 244 are listed, of which 31 are grade I, 49 are grade II* and the rest are "
     "grade II.", "The rest are grade II."),
    # but a noun the tagger read as a verb ("the wind rose statistics") is no second verb
    ("In December, January and February there is an increased presence of southeastern wind directions in the wind "
     "rose statistics.", "In December, January and February there is an increased presence of southeastern wind "
                         "directions in the wind rose statistics."),
])
def test_second_verbs_with_a_subject_of_their_own(nlp, text: str, statement: str) -> None:
    statements = {f.statement for f in facts_of(nlp, text)}
    assert statement in statements and not any("listed are" in s for s in statements), statements


def test_a_bare_number_as_object_leans_on_an_earlier_noun(nlp) -> None:
    text = "Pro Bowl linebacker Von Miller led the team with 11 sacks, forced four fumbles, and recovered three."
    statements = {f.statement for f in facts_of(nlp, text)}
    assert statements and not any(s.endswith("recovered three.") for s in statements), statements


def test_a_second_sentence_spliced_on_with_a_comma_is_not_part_of_the_first(nlp) -> None:
    text = ("BSkyB's target was first announced in August 2004, since then an additional 2.4m customers had subscribed to "
            "BSkyB's direct-to-home service.")
    facts = facts_of(nlp, text)
    assert facts and not any("since then" in (f.question or "") for f in facts), [(f.statement, f.question) for f in facts]


def test_a_name_the_model_makes_the_subject_of_a_noun_is_not_asked(nlp) -> None:
    text = ("In 1628 the Huguenots established a congregation as L'Église française à la Nouvelle-Amsterdam (the "
            "French church in New Amsterdam).")
    facts = facts_of(nlp, text)
    assert not any(f.question and f.question.startswith("What did") for f in facts), [f.question for f in facts]
    # and the bracket that ends the sentence stays closed
    assert facts and all(f.statement.endswith("New Amsterdam).") for f in facts), [f.statement for f in facts]


def test_a_figure_in_brackets_is_an_aside_not_a_fact(nlp) -> None:
    text = ('Luther and his wife moved into a former monastery, "The Black Cloister," a wedding present from the new '
            'elector John the Steadfast (1525–32).')
    assert not any("1525" in f.answer for f in facts_titled(nlp, text, "Martin Luther"))



@pytest.mark.parametrize("text", [
    "Modern scientists have implicated other forms of plague in the outbreak of 1347.",
    "Recent anthropological findings have suggested that the region was densely populated in 1500.",
])
def test_a_term_that_only_places_a_thing_in_time_is_no_answer(nlp, text: str) -> None:
    answers = {f.answer.lower() for f in facts_of(nlp, text)}
    assert not answers & {"modern scientists", "recent anthropological findings"}, answers


def test_a_possessive_that_points_at_the_answer_or_lives_in_it_asks_nothing(nlp) -> None:
    # "Which descendants today can be recognised by their surnames?": "their" is the answer's
    facts = facts_titled(nlp, "Norman descendants today can be recognised by their surnames.", "Normans")
    assert not any(f.question for f in facts), [f.question for f in facts]


def test_half_of_a_hyphenated_word_is_no_answer_and_no_question_word(nlp) -> None:
    from quizgen.asking import ask
    from quizgen.clauses import split_clauses
    from quizgen.extract import _clean_answer

    doc = nlp("Black's Law Dictionary includes non-violence in its definition of civil disobedience.")
    start = next(t.i for t in doc if t.text == "violence")
    assert not _clean_answer(doc[start:start + 1], "")  # "violence" of "non-violence"
    doc = nlp("The programme spawned spin-offs in multiple media.")
    offs = [t for t in doc if t.text == "offs"]
    clause = split_clauses(next(doc.sents))[0]
    answer = [t for t in doc if t.text in ("spin", "-", "offs")]
    assert offs and ask(clause, answer, "Which offs") is None  # not "Which offs did the programme spawn ...?"


def test_a_park_the_model_tags_a_person_is_no_who(nlp) -> None:
    text = "Woodward Park, which features the Shinzen Japanese Gardens, is adjacent to the San Joaquin River Parkway."
    assert not any((f.question or "").startswith("Who") for f in facts_titled(nlp, text, "Fresno, California"))


def test_it_that_stands_for_a_clause_is_not_the_previous_subject(nlp) -> None:
    text = ("Gandhi's Satyagraha was partially influenced by Shelley. In particular, it is known that Gandhi would "
            "often quote Shelley's Masque of Anarchy to vast audiences during the campaign for a free India.")
    assert not any("Satyagraha is known" in f.statement for f in facts_titled(nlp, text, "Civil disobedience"))


def test_it_that_is_raised_is_still_the_previous_subject(nlp) -> None:
    text = ("The Yuan dynasty ruled China. In the historiography of Mongolia, it is generally considered to be the "
            "continuation of the Mongol Empire.")
    assert any(f.statement.startswith("In the historiography of Mongolia, the Yuan dynasty is")
               for f in facts_titled(nlp, text, "Yuan dynasty"))


def test_a_word_opening_a_sentence_is_no_person_when_it_is_an_example_of_a_thing(nlp) -> None:
    facts = facts_titled(nlp, "Glass is one example of an amorphous solid.", "Solids")
    assert any(f.question == "What is one example of an amorphous solid?" for f in facts), [f.question for f in facts]


def test_a_discourse_word_between_two_clauses_leaves_them_apart(nlp) -> None:
    text = ('Following the transition to democracy, the legal form of "Model C" was abolished, however, the term '
            'continues to be used to describe government schools formerly reserved for white children.')
    assert not any("abolished the term" in f.statement for f in facts_of(nlp, text))


@pytest.mark.parametrize("text", [
    "Food chains and food webs will be discussed in the Ecology concepts.",
    "The structure of the cell membrane is described in the next section.",
])
def test_a_text_talking_about_itself_is_no_fact(nlp, text: str) -> None:
    assert not facts_of(nlp, text)


def test_a_thing_only_set_apart_from_another_is_no_answer(nlp) -> None:
    text = ("A separate meristem, called the lateral meristem, produces cells that increase the diameter of stems and "
            "tree trunks.")
    assert "separate meristem" not in {f.answer.lower() for f in facts_of(nlp, text)}
