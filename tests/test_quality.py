"""The rubric checks of quality.md that a program can decide (no model needed)."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from quizgen.quality import check_question, check_quiz, question_problems

SAMPLE = json.loads((Path(__file__).parent / "data" / "sample-quiz.json").read_text(encoding="utf-8"))
MC, TF, FIB, SA = SAMPLE["questions"]


def test_the_sample_questions_pass() -> None:
    for q in SAMPLE["questions"]:
        assert check_question(q) == [], q["prompt"]
    assert check_quiz(SAMPLE) == []


def _with(q: dict, **changes) -> dict:
    out = copy.deepcopy(q)
    for key, value in changes.items():
        if "." in key:
            outer, inner = key.split(".")
            out[outer][inner] = value
        else:
            out[key] = value
    return out


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        (_with(MC, prompt="in what decade did ketamine gain popularity?"), "capital letter"),
        (_with(MC, prompt="In what decade did ketamine gain popularity"), "end with one '?'"),
        (_with(MC, prompt="In what decade did ketamine gain popularity??"), "end with one '?'"),
        (_with(MC, prompt="When ketamine gained popularity (for anesthesia?"), "unbalanced ()"),
        (_with(MC, prompt="However, in what decade did ketamine gain popularity?"), "discourse word"),
        (_with(MC, prompt="That is, in what decade did ketamine gain popularity?"), "discourse word"),
        (_with(MC, prompt="In what decade did it gain popularity?"), "pronoun"),
        (_with(MC, prompt="In what decade did she gain popularity?"), "pronoun"),
        (_with(MC, prompt="In what decade did this treatment gain popularity?"), "vague reference"),
        (_with(MC, prompt="In what decade did such treatments gain popularity?"), "vague reference"),
        (_with(MC, prompt="In what decade has ketamine done so?"), "vague reference"),
        (_with(MC, prompt="In what decade did ketamine reach that city?"), "vague reference"),
        (_with(MC, prompt="In what decade did ketamine look like what?"), "stranded"),
        (_with(MC, prompt="In what decade did ketamine gain popularity in your brain?"), "second person"),
        (_with(MC, prompt="Such was the decade in which ketamine gained popularity?"), "points at another sentence"),
        (_with(MC, prompt="In what decade did ketamine gain popularity in the 1960s?"), "contains the answer"),
        (_with(MC, prompt="Who made ketamine popular in the decade?"), "'who' is for people only"),
        (_with(MC, prompt="What made ketamine popular?"), "a decade needs 'when' or 'what decade'"),
        (_with(MC, prompt="How did ketamine become popular?"), "when / what year / which decade"),
        (_with(MC, prompt="In what decade did Fundamentals of Ketamine Therapy start?"), "heading text"),
        (_with(MC, prompt="Ketamine gained popularity in which way?"), "not a question"),
        (_with(MC, prompt="In what decade did ketamine gain popularity after its 1950 discovery?"), "another date"),
        (_with(MC, prompt=" ".join(["Why"] + ["very"] * 40) + " popular?"), "longer than"),
        (_with(MC, prompt="In what decade did we find ketamine popular?"), "first person"),
        (_with(TF, prompt="We see that ketamine is not more popular than aspirin."), "first person"),
        (_with(SA, prompt="Which drug has an effect like the following?"), "vague reference"),
        (_with(FIB, prompt="When _____ are so completely cut away."), "only a subordinate clause"),
        (_with(TF, prompt='Formal imperialism" is defined as "physical control or colonial rule.'), "unbalanced quotes"),
        (_with(SA, prompt="Which table gives the largest primes of the mentioned types?"), "vague reference"),
        (_with(TF, prompt="The Dalek race, which first appeared in the second serial in 1963, are."), "cut short"),
        (_with(TF, prompt="As of 2010, there were 366,273 households out of which."), "cut short"),
        (_with(SA, prompt="Who are?"), "fewer than three words"),
        (_with(TF, prompt="During which the militia under Washington ambushed a French patrol."),
         "only a subordinate clause"),
        (_with(SA, prompt="Which elements do prime ideals generalize, as a prime element generates a prime ideal?",
               answer={"text": "prime elements", "accepted": ["prime elements"]}), "contains the answer"),
        (_with(MC, prompt="In what decade does most of the continent lie between the tropics, in?"), "stranded"),
        # a clause cut after its opener: "What understates the uncertainty associated with climate models that?"
        (_with(MC, prompt="In what decade did ketamine gain popularity among doctors that?"), "stranded"),
        (_with(MC, prompt="In what decade did ketamine gain popularity since?"), "stranded"),
        (_with(MC, choices=[{"id": "a", "text": "the 1960s", "correct": True},
                            {"id": "b", "text": "1960s", "correct": False},
                            {"id": "c", "text": "the 1980s", "correct": False},
                            {"id": "d", "text": "the 1990s", "correct": False}]), "same after normalisation"),
        (_with(MC, choices=[{"id": "a", "text": "the 1960s", "correct": True},
                            {"id": "b", "text": "the 1940s", "correct": True},
                            {"id": "c", "text": "the 1980s", "correct": False},
                            {"id": "d", "text": "the 1990s", "correct": False}]), "exactly one correct"),
        (_with(MC, choices=[{"id": "a", "text": "the 1960s", "correct": True},
                            {"id": "b", "text": "the 1940s", "correct": False},
                            {"id": "c", "text": "the 1980s", "correct": False}]), "fewer than 3 distractors"),
        (_with(MC, choices=[{"id": "a", "text": "the 1960s", "correct": True},
                            {"id": "b", "text": "the 1940s", "correct": False},
                            {"id": "c", "text": "all of the above", "correct": False},
                            {"id": "d", "text": "the 1990s", "correct": False}]), "all/none of the above"),
        (_with(MC, choices=[{"id": "a", "text": "the 1960s", "correct": True},
                            {"id": "b", "text": "the 1940s", "correct": False},
                            {"id": "c", "text": "a very long option that stands out from all the others", "correct": False},
                            {"id": "d", "text": "the 1990s", "correct": False}]), "differ too much in length"),
        (_with(MC, answer={"text": "the 1960s", "accepted": ["1970s"]}), "not among the accepted"),
        (_with(FIB, prompt="People experiencing chronic pain are more likely to be depressed."), "exactly one blank"),
        (_with(FIB, prompt="At _____C the solubility of oxygen in water increases to 9.0 mL per liter."), "cuts a word"),
        (_with(FIB, prompt="People are _____ more likely, 3x more, to be depressed."), "contains the answer"),
        (_with(TF, answer={"value": "no"}), "boolean"),
        (_with(TF, choices=[{"id": "a", "text": "True", "correct": True}]), "no choices"),
        (_with(SA, explanation=" "), "no explanation"),
        (_with(SA, prompt="Which term refers to the formation of synapses  ?"), "spacing"),
        (_with(TF, prompt="The video game has also be referenced in several films."), "'has be'"),
        (_with(FIB, prompt="Where _____ was voted the best drama the network had ever produced."),
         "opens with a relative word"),
    ],
)
def test_each_rubric_point_is_caught(question: dict, problem: str) -> None:
    problems = check_question(question, headings=("Fundamentals of Ketamine Therapy",))
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    "prompt",
    [
        "Who was the first woman to be awarded a Nobel Prize?",
        "When did Pierre Curie die in a road accident?",
        "In what year was Curie awarded a degree in physics?",
        "How much did the program cost?",
        "What had the town become by 1900?",  # "had become": a participle, not a bare verb
        "Which guests have go-karts at the resort?",
        "When did the US army leave the city?",
    ],
)
def test_good_prompts_pass_the_form_checks(prompt: str) -> None:
    q = _with(SA, prompt=prompt)
    q["fact"]["answer_type"] = "term"
    assert [p for p in check_question(q) if "answer" not in p and "who" not in p] == []


def test_a_person_pronoun_after_a_name_is_fine() -> None:
    q = _with(TF, prompt="Curie continued studying, and with a fellowship she earned a second degree in 1894.")
    assert check_question(q) == []


def test_the_same_fact_asked_the_same_way_twice_is_caught() -> None:
    quiz = copy.deepcopy(SAMPLE)
    twin = copy.deepcopy(quiz["questions"][0])
    twin["id"] = "q-ffffffffffff"
    quiz["questions"].append(twin)
    assert any("same fact the same way" in p for p in check_quiz(quiz))


def test_true_false_balance_is_checked() -> None:
    quiz = copy.deepcopy(SAMPLE)
    tf = quiz["questions"][1]
    quiz["questions"] = []
    for n in range(6):
        q = copy.deepcopy(tf)
        q["answer"] = {"value": True}
        q["answer_span"] = {"start": n, "end": n + 1}
        quiz["questions"].append(q)
    assert any("not balanced" in p for p in check_quiz(quiz))


def test_the_key_in_one_place_throughout_is_reported() -> None:
    quiz = copy.deepcopy(SAMPLE)
    mc = next(q for q in quiz["questions"] if q["type"] == "multiple_choice")
    quiz["questions"] = []
    for n in range(4):
        q = copy.deepcopy(mc)
        q["answer_span"] = {"start": n, "end": n + 1}
        quiz["questions"].append(q)
    assert any("same place" in p for p in check_quiz(quiz))
    moved = copy.deepcopy(quiz["questions"][0])
    moved["choices"] = moved["choices"][1:] + moved["choices"][:1]
    moved["answer_span"] = {"start": 9, "end": 10}
    quiz["questions"][0] = moved
    assert not any("same place" in p for p in check_quiz(quiz))


@pytest.mark.parametrize(
    ("prompt", "answer", "given"),
    [
        ("What is inflation's opposite, a general fall in prices, called?", "deflation", True),
        ("Is the mark visible to the naked eye, or what?", "invisible", True),
        ("What is a general fall in prices called?", "deflation", False),
        ("What did Fleming make in 1928?", "discovery", False),
    ],
)
def test_an_answer_named_by_its_opposite_is_given_away(prompt: str, answer: str, given: bool) -> None:
    assert ("the prompt names the answer's opposite by prefix" in question_problems(prompt, answer=answer)) == given
