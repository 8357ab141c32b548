"""The quiz as an ``.h5p`` package: an H5P.QuestionSet of MultiChoice, TrueFalse and Blanks questions."""
from __future__ import annotations

import copy
import json
import uuid
from functools import lru_cache
from importlib import resources
from typing import Any

from .common import (Question, Quiz, RenderError, accepted_answers, citation_warning, explanation, html_escape,
                     html_paragraph, one_line, questions, short_title, split_blank, true_false_value, zip_package)

# The content types and the versions whose semantics.json the content follows; the
# host must have these libraries installed (the package holds the content only).
LIBRARIES = {
    "H5P.QuestionSet": (1, 21),
    "H5P.MultiChoice": (1, 16),
    "H5P.TrueFalse": (1, 8),
    "H5P.Blanks": (1, 14),
}
CONTENT_TYPE_OF = {
    "multiple_choice": "H5P.MultiChoice",
    "true_false": "H5P.TrueFalse",
    "fill_in_blank": "H5P.Blanks",
    "short_answer": "H5P.Blanks",
}
TITLES = {"H5P.MultiChoice": "Multiple Choice", "H5P.TrueFalse": "True/False Question", "H5P.Blanks": "Fill in the Blanks"}
# subContentIds are derived from the question ids, so a re-import keeps them.
SUBCONTENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://quizgen.example/h5p/subcontent")
# Inside a blank, "/" separates accepted answers and ":" starts a tip, and "*" ends
# the blank; H5P.Blanks decodes HTML entities after splitting, so entities keep them literal.
_BLANK_ESCAPES = {ord("*"): "&#42;", ord("/"): "&#47;", ord(":"): "&#58;"}


def render_h5p(quiz: Quiz) -> bytes:
    """The ``.h5p`` zip: ``h5p.json`` and ``content/content.json`` (no libraries: the host provides them)."""
    items = questions(quiz)
    if not items:
        raise RenderError("h5p: the quiz has no questions, and an H5P Question Set needs at least one")
    used = ["H5P.QuestionSet", *sorted({CONTENT_TYPE_OF.get(str(q.get("type")), "H5P.Blanks") for q in items})]
    return zip_package({
        "h5p.json": _json(package_info(quiz, used)),
        "content/content.json": _json(question_set(quiz)),
    })


def h5p_warnings(quiz: Quiz) -> list[str]:
    return citation_warning("h5p", quiz)


def library(name: str) -> str:
    """``"H5P.MultiChoice 1.16"``: how content names a library."""
    major, minor = LIBRARIES[name]
    return f"{name} {major}.{minor}"


def package_info(quiz: Quiz, used: list[str]) -> dict[str, Any]:
    """``h5p.json``: title, language, main library and the libraries the content needs."""
    language = str(quiz.get("language") or "en")
    return {
        "title": short_title(quiz.get("title"), 255) or "Quiz",
        "language": language,
        "mainLibrary": "H5P.QuestionSet",
        "embedTypes": ["iframe"],
        "license": "U",
        "defaultLanguage": language,
        "preloadedDependencies": [
            {"machineName": name, "majorVersion": LIBRARIES[name][0], "minorVersion": LIBRARIES[name][1]}
            for name in used
        ],
    }


def question_set(quiz: Quiz) -> dict[str, Any]:
    """``content.json`` of the H5P.QuestionSet: the default texts plus one sub-content per question."""
    content = _defaults("H5P.QuestionSet")
    content["introPage"]["title"] = html_escape(one_line(quiz.get("title")))
    content["questions"] = [subcontent(q) for q in questions(quiz)]
    return _ordered(content, ["introPage", "progressType", "passPercentage", "questions"])


def subcontent(question: Question) -> dict[str, Any]:
    """One question as the library, params, subContentId and metadata of a QuestionSet entry."""
    name = CONTENT_TYPE_OF.get(str(question.get("type")), "H5P.Blanks")
    params = {"H5P.MultiChoice": _multichoice, "H5P.TrueFalse": _true_false, "H5P.Blanks": _blanks}[name](question)
    return {
        "library": library(name),
        "params": params,
        "subContentId": str(uuid.uuid5(SUBCONTENT_NAMESPACE, str(question["id"]))),
        "metadata": {"contentType": TITLES[name], "license": "U",
                     "title": html_escape(short_title(question.get("prompt")))},
    }


def _multichoice(question: Question) -> dict[str, Any]:
    params = _defaults("H5P.MultiChoice")
    params["question"] = html_paragraph(one_line(question.get("prompt")))
    params["answers"] = [
        {"text": f"<div>{html_escape(one_line(c.get('text')))}</div>", "correct": bool(c.get("correct"))}
        for c in question.get("choices") or []
    ]
    params["overallFeedback"] = _overall_feedback(question)
    return _ordered(params, ["media", "question", "answers", "overallFeedback"])


def _true_false(question: Question) -> dict[str, Any]:
    params = _defaults("H5P.TrueFalse")
    params["question"] = html_paragraph(one_line(question.get("prompt")))
    params["correct"] = "true" if true_false_value(question) else "false"
    feedback = html_escape(explanation(question))
    if feedback:  # TrueFalse has no general feedback: the same text whichever way the learner answers
        params["behaviour"]["feedbackOnCorrect"] = feedback
        params["behaviour"]["feedbackOnWrong"] = feedback
    return _ordered(params, ["media", "question", "correct"])


def _blanks(question: Question) -> dict[str, Any]:
    params = _defaults("H5P.Blanks")
    prompt = one_line(question.get("prompt"))
    blank = "*" + "/".join(html_escape(a).translate(_BLANK_ESCAPES) for a in accepted_answers(question)) + "*"
    parts = split_blank(prompt) if question.get("type") == "fill_in_blank" else None
    if parts:
        params["text"] = "<p>Fill in the blank.</p>"
        params["questions"] = [f"<p>{_outside_blank(parts[0])}{blank}{_outside_blank(parts[1])}</p>"]
    else:
        params["text"] = html_paragraph(prompt)
        params["questions"] = [f"<p>{blank}</p>"]
    params["overallFeedback"] = _overall_feedback(question)
    return _ordered(params, ["media", "text", "questions", "overallFeedback"])


def _outside_blank(text: str) -> str:
    # An asterisk in the running text would open a blank.
    return html_escape(text).replace("*", "&#42;")


def _overall_feedback(question: Question) -> list[dict[str, Any]]:
    """The explanation, shown whatever the score (0-100%) once the learner checks."""
    feedback = html_escape(explanation(question))
    return [{"from": 0, "to": 100, **({"feedback": feedback} if feedback else {})}]


@lru_cache(maxsize=1)
def _all_defaults() -> dict[str, Any]:
    path = resources.files("quizgen").joinpath("templates").joinpath("h5p.defaults.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _defaults(name: str) -> dict[str, Any]:
    """A fresh copy of a content type's default texts and settings."""
    return copy.deepcopy(_all_defaults()[name])


def _ordered(params: dict[str, Any], first: list[str]) -> dict[str, Any]:
    """The keys in the order of the semantics: the content fields first, then texts and settings."""
    return {**{k: params[k] for k in first if k in params}, **params}


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
