"""Helpers the LMS renderers share: answers and blanks of a question, safe text, deterministic zips."""
from __future__ import annotations

import html
import io
import re
import zipfile
from collections import Counter
from typing import Any, Iterable, Mapping

from lxml import etree

from ..errors import QuizgenError

Quiz = Mapping[str, Any]
Question = Mapping[str, Any]

# The prompt of a fill_in_blank question marks its blank with "_____".
BLANK = re.compile(r"_{3,}")
# XML 1.0 forbids most C0 controls and lone surrogates; a hand-edited JSON may hold them.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# The earliest time a zip entry can carry: fixed, so the same quiz gives the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

TYPE_NAMES = {
    "multiple_choice": "multiple choice",
    "true_false": "true/false",
    "fill_in_blank": "fill in the blank",
    "short_answer": "short answer",
}


def questions(quiz: Quiz) -> list[Question]:
    """The quiz's questions, in quiz order."""
    return list(quiz.get("questions") or [])


def text_of(value: Any) -> str:
    """A field as text that every XML format can hold (forbidden characters removed)."""
    return _NOT_XML.sub("", str(value or ""))


def one_line(value: Any) -> str:
    """A field as XML-safe text on one line: runs of whitespace become one space."""
    return " ".join(text_of(value).split())


def html_escape(value: Any) -> str:
    """Text as HTML character data (``&``, ``<``, ``>`` escaped; quotes kept as typed)."""
    return html.escape(text_of(value), quote=False)


def html_paragraph(value: Any) -> str:
    """Text as one HTML paragraph, the way LMS editors store a question's text."""
    return f"<p>{html_escape(value)}</p>"


def short_title(value: Any, limit: int = 80) -> str:
    """A one-line title for an item bank: the prompt, cut at a word boundary."""
    text = one_line(value)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def split_blank(prompt: str) -> tuple[str, str] | None:
    """``(before, after)`` the first blank of a fill-in-the-blank prompt; None without one."""
    match = BLANK.search(prompt)
    return (prompt[: match.start()], prompt[match.end():]) if match else None


def correct_choice(question: Question) -> Mapping[str, Any] | None:
    """The correct choice of a multiple-choice question."""
    return next((c for c in question.get("choices") or [] if c.get("correct")), None)


def true_false_value(question: Question) -> bool:
    """Whether a true/false statement is true."""
    return bool((question.get("answer") or {}).get("value"))


def accepted_answers(question: Question) -> list[str]:
    """The answer text and every accepted variant, once each (compared ignoring case and spacing)."""
    answer = question.get("answer") or {}
    seen: set[str] = set()
    out = []
    for raw in [answer.get("text"), *(answer.get("accepted") or [])]:
        text = one_line(raw)
        key = text.casefold()
        if text and key not in seen:
            seen.add(key)
            out.append(text)
    return out


def explanation(question: Question) -> str:
    return text_of(question.get("explanation")).strip()


def count_types(items: Iterable[Question]) -> str:
    """"2 fill in the blank, 1 short answer": how many questions of each type."""
    counts = Counter(str(q.get("type") or "") for q in items)
    return ", ".join(f"{n} {TYPE_NAMES.get(t, t)}" for t, n in sorted(counts.items()))


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def citation_warning(fmt: str, quiz: Quiz, *, kept: str = "") -> list[str]:
    """The warning for a format that cannot carry the source sentence a question was made from."""
    cited = sum(1 for q in questions(quiz) if (q.get("source") or {}).get("sentence"))
    if not cited:
        return []
    where = f" ({kept})" if kept else ""
    return [f"{fmt}: the source citations of {plural(cited, 'question')} are not carried{where}; "
            "see docs/formats.md"]


def zip_package(files: Mapping[str, bytes]) -> bytes:
    """A zip of ``files`` that is the same bytes for the same files: sorted, fixed times and modes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.create_system = 3  # Unix, whatever the platform, so that the mode below is read
            if name.endswith("/"):
                info.external_attr = (0o40755 << 16) | 0x10
                archive.writestr(info, b"")
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16
                archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


def xml_document(root: etree._Element) -> bytes:
    """An element tree as a UTF-8 XML file with its declaration, indented, ending in a newline."""
    body = etree.tostring(root, encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


class RenderError(QuizgenError):
    """A quiz that a format cannot hold at all (shown as one line, like every error)."""
