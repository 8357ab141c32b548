"""The quiz as one self-contained, offline, printable and interactive HTML page."""
from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from typing import Any, Mapping

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

TEMPLATE = "quiz.html.j2"
STYLESHEET = "quiz.css"
# Inlined in this order: answering and the answer key, then review mode (which
# reads the same embedded quiz data).
SCRIPTS = ("quiz.js", "quiz.review.js")

TYPE_LABELS = {
    "multiple_choice": "Multiple choice",
    "true_false": "True-False",
    "fill_in_blank": "Fill in the blank",
    "short_answer": "Short answer",
}

# Inside <script> only "</script", "<!--" and "<script" are dangerous; escaping
# every <, > and & (plus the two JS line terminators) rules them all out and
# leaves JSON that parses back to the same values.
_SCRIPT_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one Jinja2 environment for the package templates (created on first use)."""
    return Environment(
        loader=PackageLoader("quizgen", "templates"),
        autoescape=select_autoescape(["html", "xml", "j2"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def script_json(value: Any) -> Markup:
    """``value`` as JSON that is safe to place verbatim inside a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    return Markup(text.translate(_SCRIPT_JSON_ESCAPES))


def render_html(data: Mapping[str, Any]) -> str:
    """Render a schema-1.0 quiz dict as a complete HTML5 document."""
    env = environment()
    css = _asset(env, STYLESHEET)
    scripts = [_asset(env, name) for name in SCRIPTS]
    questions = [_question_view(n, q) for n, q in enumerate(data.get("questions") or [], 1)]
    return env.get_template(TEMPLATE).render(
        quiz=data,
        title=data.get("title") or "Quiz",
        language=data.get("language") or "en",
        source_name=(data.get("source") or {}).get("name") or "",
        generator=data.get("generator") or {},
        notes=data.get("notes") or [],
        questions=questions,
        css=Markup(css),
        scripts=[Markup(js) for js in scripts],
        csp=_content_security_policy(css, scripts),
        # "quiz" is the schema-1.0 document itself: review mode edits a copy of it
        # and downloads the result, so the page can give back a valid quiz.
        quiz_data=script_json({"quiz": data, "questions": [_client_question(v) for v in questions]}),
        json_ld=script_json(_json_ld(data, questions)),
    )


def _asset(env: Environment, name: str) -> str:
    """The raw text of a CSS or JS file that the template inlines."""
    assert env.loader is not None
    source = env.loader.get_source(env, name)[0]
    if "</" in source or "<!--" in source:
        raise ValueError(f"{name} must not contain '</' or '<!--': it is inlined into the page")
    return source


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _content_security_policy(css: str, scripts: list[str]) -> str:
    """Allow only our own inline style and scripts; no network, no forms, no plugins.

    Review mode's download is a ``blob:`` link with a ``download`` attribute,
    which no fetch directive governs, so nothing needs loosening for it.
    """
    return (
        "default-src 'none'; "
        f"style-src {_sha256(css)}; "
        f"script-src {' '.join(_sha256(js) for js in scripts)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _question_view(number: int, q: Mapping[str, Any]) -> dict[str, Any]:
    """What the template and the script need to show one question."""
    qtype = str(q.get("type") or "")
    dom_id = f"q{number}"
    answer = q.get("answer") or {}
    if qtype == "true_false":
        value = bool(answer.get("value"))
        choices = [
            {"id": "true", "text": "True", "correct": value},
            {"id": "false", "text": "False", "correct": not value},
        ]
    else:
        choices = [
            {"id": str(c.get("id", i)), "text": str(c.get("text", "")), "correct": bool(c.get("correct"))}
            for i, c in enumerate(q.get("choices") or [])
        ]
    for i, choice in enumerate(choices):
        choice["dom_id"] = f"{dom_id}-{i + 1}"
        choice["letter"] = chr(ord("A") + i) if i < 26 else str(i + 1)
    correct = next((c for c in choices if c["correct"]), None)
    answer_text = correct["text"] if correct else str(answer.get("text") or "")
    accepted = [str(a) for a in [answer.get("text"), *(answer.get("accepted") or [])] if a]
    source = q.get("source") or {}
    sentence = str(source.get("sentence") or "")
    before, marked, after = _split_highlight(
        sentence, source.get("start"), q.get("answer_span"), "" if qtype == "true_false" else answer_text
    )
    return {
        "number": number,
        "dom_id": dom_id,
        "id": str(q.get("id") or ""),
        "type": qtype,
        "type_label": TYPE_LABELS.get(qtype, qtype.replace("_", " ").capitalize()),
        "prompt": str(q.get("prompt") or ""),
        "choices": choices,
        "correct_letter": correct["letter"] if correct and qtype != "true_false" else "",
        "answer_text": answer_text,
        "accepted": list(dict.fromkeys(accepted)),
        "explanation": str(q.get("explanation") or ""),
        "sentence": sentence,
        "highlight": (before, marked, after),
        "mark": [len(before), len(before) + len(marked)] if marked else None,
    }


def _split_highlight(
    sentence: str, start: Any, span: Any, answer_text: str
) -> tuple[str, str, str]:
    """Split the source sentence around the answer: (before, answer, after).

    The span is ``answer_span`` made relative to the sentence. When it is
    missing, falls outside the sentence, or plainly is not the answer (neither
    text contains the other), the first case-insensitive occurrence of the
    answer text is marked instead; when there is none either, a valid span is
    still used, and otherwise nothing is marked.
    """
    by_span = None
    if isinstance(start, int) and isinstance(span, Mapping):
        s, e = span.get("start"), span.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s - start < e - start <= len(sentence):
            by_span = (s - start, e - start)
    wanted = answer_text.casefold()
    if by_span:
        found = sentence[by_span[0] : by_span[1]].casefold()
        if not wanted or found in wanted or wanted in found:
            return _cut(sentence, *by_span)
    at = sentence.casefold().find(wanted) if wanted else -1
    if at >= 0 and len(sentence.casefold()) == len(sentence):
        return _cut(sentence, at, at + len(answer_text))
    if by_span:
        return _cut(sentence, *by_span)
    return sentence, "", ""


def _cut(text: str, start: int, end: int) -> tuple[str, str, str]:
    return text[:start], text[start:end], text[end:]


def _client_question(view: Mapping[str, Any]) -> dict[str, Any]:
    """The part of one question the page script needs to check and explain it."""
    out: dict[str, Any] = {"id": view["id"], "type": view["type"]}
    if view["choices"]:
        out["correct"] = next((c["id"] for c in view["choices"] if c["correct"]), None)
    else:
        out["accepted"] = view["accepted"]
    out["answer"] = view["answer_text"]
    out["explanation"] = view["explanation"]
    out["sentence"] = view["sentence"]
    out["mark"] = view["mark"]
    return out


def _json_ld(data: Mapping[str, Any], questions: list[dict[str, Any]]) -> dict[str, Any]:
    """schema.org ``Quiz`` metadata for search engines and learning platforms."""
    title = data.get("title") or "Quiz"
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Quiz",
        "name": title,
        "inLanguage": data.get("language") or "en",
        "about": {"@type": "Thing", "name": title},
        "educationalUse": "assessment",
        "learningResourceType": "quiz",
    }
    source_name = (data.get("source") or {}).get("name")
    if source_name:
        ld["isBasedOn"] = {"@type": "CreativeWork", "name": source_name}
    ld["hasPart"] = [_json_ld_question(v) for v in questions]
    return ld


def _json_ld_question(view: Mapping[str, Any]) -> dict[str, Any]:
    accepted: dict[str, Any] = {"@type": "Answer", "text": view["answer_text"]}
    if view["explanation"]:
        accepted["answerExplanation"] = {"@type": "Comment", "text": view["explanation"]}
    q: dict[str, Any] = {
        "@type": "Question",
        "name": f"Question {view['number']}",
        "text": view["prompt"],
        "eduQuestionType": view["type_label"],
        "acceptedAnswer": accepted,
    }
    if view["choices"]:
        q["suggestedAnswer"] = [{"@type": "Answer", "text": c["text"]} for c in view["choices"] if not c["correct"]]
    return q
