"""A participle set off after its clause is a statement of its own; "they" after its subject is that subject.

Sentences from the SQuAD dev half, shortened. Before this, "Von Miller was named MVP, recording
five solo tackles" gave no question about the tackles, and every question about the MVP award
dragged the participle along ("Who was named Super Bowl MVP, recording five ...?").
"""
from __future__ import annotations

import pytest

import quizgen
from quizgen.clauses import split_clauses, standalone
from quizgen.nlp import load_model


def ask(text: str, answer: str, **kwargs) -> str | None:
    start = text.index(answer)
    return quizgen.ask(text, start, start + len(answer), **kwargs)


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
        ("The Panthers then blew out the Arizona Cardinals in the NFC Championship Game, 49–15, "
         "racking up 487 yards and forcing seven turnovers.", "seven", "How many turnovers did the Panthers force?"),
        ("The Panthers then blew out the Arizona Cardinals in the NFC Championship Game, 49–15, "
         "racking up 487 yards and forcing seven turnovers.", "487", "How many yards did the Panthers rack up?"),
        # a participle under a participle: "..., ranking sixth, while also ... boasting four ..."
        ("The Panthers defense gave up just 308 points, ranking sixth in the league, while also leading the NFL "
         "in interceptions with 24 and boasting four Pro Bowl selections.", "four",
         "How many Pro Bowl selections did the Panthers defense boast?"),
        # after a passive whose subject is a named person, the participle is still that person's
        ("Kawann Short was named to the Pro Bowl, forcing three fumbles.", "three",
         "How many fumbles did Kawann Short force?"),
    ],
)
def test_a_participle_after_its_clause_is_asked_with_the_clause_subject(text: str, answer: str, question: str) -> None:
    assert ask(text, answer) == question


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        ("Denver linebacker Von Miller was named Super Bowl MVP, recording five solo tackles, 2½ sacks, and two "
         "forced fumbles.", "Von Miller", "Who was named Super Bowl MVP?"),
        ("On April 12, 1961, Soviet cosmonaut Yuri Gagarin became the first person to fly in space, reinforcing "
         "American fears about being left behind.", "April 12, 1961",
         "When did Soviet cosmonaut Yuri Gagarin become the first person to fly in space?"),
    ],
)
def test_the_main_clause_is_asked_without_the_participle(text: str, answer: str, question: str) -> None:
    assert ask(text, answer) == question


def test_the_participle_takes_the_tense_of_its_clause() -> None:
    assert statements("Manning finished the year with a 67.9 passer rating, throwing for 2,249 yards.") == [
        "Manning finished the year with a 67.9 passer rating",
        "Manning threw for 2,249 yards",
    ]
    assert statements("The river carries silt to the sea, building a wide delta.") == [
        "The river carries silt to the sea",
        "The river builds a wide delta",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the event, not the subject, does it
        "Traders married daughters of chiefs, creating high-ranking unions.",
        "The river flooded the valley, causing widespread damage.",
        # it describes the object before it
        "A team discovered remnants of pottery, dating to 2500 BC.",
        # a passive: the builders used it, not the wall
        "The wall was built in 1200, using local stone.",
        # not at the end of its clause: the parser hung it on the wrong verb
        "Recognition had been growing, and the Academy, overcoming opposition, honoured her a second time.",
        # "after", "by": a time or a means, not a second statement; "not only": a negation to keep
        "The Broncos won the game after scoring 11 points.",
        "Carolina started the season 14–0, not only setting franchise records for the best start.",
        # a future or a plural present is not guessed
        "The teams meet in the final, playing for the trophy.",
    ],
)
def test_participles_that_are_not_the_subjects_stay_in_their_clause(text: str) -> None:
    assert len(statements(text)) == 1


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
    assert statements("The Broncos wore white jerseys in Super Bowl XXXIII, when they defeated the Falcons by 15 "
                      "points.") == [
        "The Broncos wore white jerseys in Super Bowl XXXIII , when they defeated the Falcons by 15 points",
        "the Broncos defeated the Falcons by 15 points",
    ]
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
