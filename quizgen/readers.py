"""Read .txt, .md and .html articles (or stdin) into an Article; markdown inline markup stays verbatim."""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.types import Article, Heading, Paragraph


class ReadError(QuizgenError):
    """A source cannot be read as an article; ``str(error)`` is one line for the user."""


# (kind, start, end, level) with kind "title", "heading" or "paragraph"; offsets into the text.
Block = tuple[str, int, int, int]
Parsed = tuple[str, list[Block], str | None]  # article text, its blocks, a title found elsewhere


@dataclass(frozen=True)
class Reader:
    """One source format: its name in ``Article.format`` and the function splitting it into blocks."""

    format: str
    parse: Callable[[str], Parsed]


_ODD_SPACES = "\t\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\u200b\u2060\ufeff"
_SPACE_TABLE = str.maketrans(dict.fromkeys(_ODD_SPACES, " "))
_CONTROL_LIMIT = 0.03  # share of control characters above which a "text" is really binary
_SKIPPED_NAMES = {"readme.md", "sources.md"}
_HTML_MARKS = (b"<html", b"<!doctype html", b"<body")


# Reference marks copied from wikis: "Empire[citation needed].", "in 1066.[3]"
_REFERENCE_MARKS = re.compile(r"\[(?:citation needed|clarification needed|better source needed|according to whom\?|"
                              r"who\?|when\?|which\?|by whom\?|verification needed|note \d{1,3}|\d{1,3}|[a-z])\]", re.I)


def normalise_spaces(text: str) -> str:
    """Replace odd and zero-width spaces, tabs and wiki reference marks by plain spaces, one for one."""
    text = text.translate(_SPACE_TABLE)
    return _REFERENCE_MARKS.sub(lambda m: " " * len(m.group()), text)


def decode(data: bytes, *, name: str) -> str:
    """Decode bytes to newline-normalised text with plain spaces, or raise ReadError."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    elif b"\x00" in data:
        raise ReadError(f"{name} looks like a binary file, not text")
    else:
        text = _decode_8bit(data.removeprefix(codecs.BOM_UTF8))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text if (c < " " and c not in "\n\t\f") or "\x7f" <= c <= "\x9f")
    if controls > _CONTROL_LIMIT * len(text):
        raise ReadError(f"{name} looks like a binary file, not text")
    text = normalise_spaces(text)
    if not text.strip():
        raise ReadError(f"{name} is empty")
    return text


def _decode_8bit(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):  # cp1252 leaves five bytes undefined; latin-1 maps all
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the whitespace at either end: offsets move, the text does not change."""
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), end - len(chunk) + len(chunk.rstrip())


def _blank_separated(text: str) -> list[tuple[int, int]]:
    """Spans of runs of non-blank lines, without the whitespace around them."""
    return [_strip(text, *run.span()) for run in re.finditer(r"(?:^[^\S\n]*\S[^\n]*(?:\n|$))+", text, re.M)]


def _is_title(line: str) -> bool:
    return len(line) < 150 and not line.endswith(".")


def _is_tag_line(line: str) -> bool:
    return len(line.split()) <= 2 and line.islower() and line[-1] not in ".?!:;"


def _is_heading(line: str) -> bool:
    return len(line.split()) <= 12 and line[-1] not in ".?!:;" and (line[0].isupper() or line[0].isdigit())


def parse_txt(text: str) -> Parsed:
    """Blank-line separated blocks: a title line, an optional tag line, headings and paragraphs."""
    blocks: list[Block] = []
    for i, (start, end) in enumerate(_blank_separated(text)):
        chunk = text[start:end]
        single = "\n" not in chunk
        if i == 0 and single and _is_title(chunk):
            blocks.append(("title", start, end, 1))
        elif i == 1 and blocks[0][0] == "title" and single and _is_tag_line(chunk):
            continue  # a category or tag line under the title is metadata, not prose
        elif i > 0 and single and _is_heading(chunk):
            blocks.append(("heading", start, end, 2))
        else:
            blocks.append(("paragraph", start, end, 0))
    return text, blocks, None


_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*")
_RULE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")
_IMAGE = re.compile(r"[ \t]*\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?[ \t]*")
_TAG_LINE = re.compile(r"[ \t]*</?[A-Za-z][^>]*>[ \t]*")


class _MarkdownState:
    """Line-by-line markdown block splitter; ``open`` is the paragraph being built."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[Block] = []
        self.open: list[int] | None = None  # [start, end] of the open paragraph
        self.skip_until: re.Pattern[str] | None = None  # closing fence or comment end
        self.in_table = False

    def close(self) -> None:
        start, end = _strip(self.text, *self.open) if self.open is not None else (0, 0)
        if start < end:
            self.blocks.append(("paragraph", start, end, 0))
        self.open = None

    def add_text(self, start: int, end: int, *, new: bool) -> None:
        if new or self.open is None:
            self.close()
            self.open = [start, end]
        else:
            self.open[1] = end

    def line(self, start: int, end: int) -> None:
        line = self.text[start:end]
        if self.skip_until is not None:
            if self.skip_until.search(line):
                self.skip_until = None
            return
        if not line.strip():
            self.in_table = False
            return self.close()
        if self.in_table:
            return None
        if fence := _FENCE.match(line):
            self.close()
            self.skip_until = re.compile(r"^ {0,3}" + re.escape(fence.group(1)[0]) * 3)
        elif line.lstrip().startswith("<!--"):
            self.close()
            self.skip_until = None if "-->" in line else re.compile("-->")
        elif (setext := _SETEXT.fullmatch(line)) and self.open is not None:
            level = 1 if setext.group(1)[0] == "=" else 2
            self.blocks.append(("heading", *_strip(self.text, *self.open), level))
            self.open = None
        elif atx := _ATX.fullmatch(line):
            self.close()
            if atx.group(2):
                self.blocks.append(("heading", start + atx.start(2), start + atx.end(2), len(atx.group(1))))
        elif _SETEXT.fullmatch(line) or _RULE.fullmatch(line) or _IMAGE.fullmatch(line) or _TAG_LINE.fullmatch(line):
            self.close()
        elif _TABLE_RULE.fullmatch(line) or line.lstrip().startswith("|"):
            self.open = None  # a table's header row was read as text: drop it
            self.in_table = bool(_TABLE_RULE.fullmatch(line))
        elif item := _ITEM.match(line) or _QUOTE.match(line):
            quote_goes_on = item.re is _QUOTE and self.open is not None
            self.add_text(start + item.end(), end, new=not quote_goes_on)
        else:
            self.add_text(start, end, new=False)


def parse_markdown(text: str) -> Parsed:
    """ATX and setext headings, paragraphs and list items; code, tables, rules and images are skipped."""
    state = _MarkdownState(text)
    front = re.match(r"---\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)", text, re.S)  # YAML front matter
    body = front.end() if front else 0
    for line in re.finditer(r"^.*$", text, re.M):  # only "\n" ends a line for "." and re.M
        if line.start() >= body:
            state.line(*line.span())
    state.close()
    title = re.search(r"^title:[ \t]*[\"']?(.*?)[\"']?[ \t]*$", text[:body], re.M)
    return text, _first_h1_is_title(state.blocks), title.group(1) if title else None


def _first_h1_is_title(blocks: list[Block]) -> list[Block]:
    for i, (kind, start, end, level) in enumerate(blocks):
        if kind == "paragraph":
            break
        if kind == "heading" and level == 1:
            return [*blocks[:i], ("title", start, end, 1), *blocks[i + 1 :]]
    return blocks


_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
_NOISE_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form")


def _words(texts: Iterable[str]) -> str:
    return " ".join(normalise_spaces("".join(texts)).split())


def _extracted_blocks(html: str) -> tuple[list[tuple[str, int, str]], str | None]:
    """(kind, level, text) of the main content as trafilatura sees it, and its title."""
    try:
        import trafilatura  # imported late: it is slow to import and only HTML needs it
    except ImportError:
        return [], None
    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, include_images=False,
        include_links=False, include_formatting=False, favor_precision=True, with_metadata=True,
    )
    body = getattr(document, "body", None)
    return (list(_walk_extracted(body)) if body is not None else []), getattr(document, "title", None)


def _walk_extracted(element: object) -> Iterator[tuple[str, int, str]]:
    for child in element:  # type: ignore[attr-defined]
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            yield "heading", _HEADING_TAGS.get(child.get("rend"), 2), _words(child.itertext())
        elif tag in ("code", "table", "graphic", "lb"):
            continue
        elif tag in ("list", "div", "quote") or any(sub.tag in ("p", "list", "head") for sub in child):
            yield from _walk_extracted(child)
        elif tag == "item":
            yield "paragraph", 0, _words(child.xpath("text() | *[not(self::list)]//text()"))
            yield from (block for sub in child if sub.tag == "list" for block in _walk_extracted(sub))
        else:
            yield "paragraph", 0, _words(child.itertext())


def _fallback_blocks(html: str) -> tuple[list[tuple[str, int, str]], str | None]:
    """(kind, level, text) of every <p>, <li> and heading outside navigation and scripts."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return [], None
    title = root.findtext(".//title")
    etree.strip_elements(root, *_NOISE_TAGS, etree.Comment, with_tail=False)
    blocks = [
        ("heading" if el.tag in _HEADING_TAGS else "paragraph", _HEADING_TAGS.get(el.tag, 0), _words(el.itertext()))
        for el in root.iter("p", "li", *_HEADING_TAGS)
    ]
    return blocks, _words(title) if title else None


def parse_html(html: str) -> Parsed:
    """The main text of a page, one block per heading, paragraph or list item, blank-line separated."""
    found, title = _extracted_blocks(html)
    if not any(text for _, _, text in found):
        found, title = _fallback_blocks(html)
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, level, text in found:
        if text:
            blocks.append((kind, offset, offset + len(text), level))
            parts.append(text)
            offset += len(text) + 2
    return "\n\n".join(parts), _first_h1_is_title(blocks), title


TXT = Reader("txt", parse_txt)
MARKDOWN = Reader("md", parse_markdown)
HTML = Reader("html", parse_html)
READERS: dict[str, Reader] = {".txt": TXT, ".md": MARKDOWN, ".markdown": MARKDOWN, ".html": HTML, ".htm": HTML}
FORMATS: dict[str, Reader] = {reader.format: reader for reader in (TXT, MARKDOWN, HTML)}


def title_from_name(name: str) -> str:
    """A title made from a file name: "my-article.txt" -> "My article"."""
    words = " ".join(re.split(r"[-_\s]+", Path(name).stem)).strip()
    return words[:1].upper() + words[1:] if words and name != "stdin" else "Untitled"


def _article(data: bytes, *, name: str, reader: Reader) -> Article:
    text, blocks, found_title = reader.parse(decode(data, name=name))
    title: str | None = None
    section: str | None = None
    headings: list[Heading] = []
    paragraphs: list[Paragraph] = []
    for kind, start, end, level in blocks:
        if kind == "title":
            title = text[start:end]
        elif kind == "heading":
            headings.append(Heading(text[start:end], start, end, level))
            section = text[start:end]
        else:
            paragraphs.append(Paragraph(text[start:end], start, end, section))
    if not paragraphs:
        raise ReadError(f"{name} has no readable text")
    return Article(
        name=name, text=text, title=title or found_title or title_from_name(name),
        paragraphs=tuple(paragraphs), headings=tuple(headings),
        sha256=hashlib.sha256(data).hexdigest(), format=reader.format,
    )


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML page rather than plain text."""
    head = data[:1024].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    return head.startswith(b"<") and any(mark in head for mark in _HTML_MARKS)


def read_bytes(data: bytes, *, name: str, format: str = "txt") -> Article:
    """An Article from raw bytes, e.g. standard input; "txt" bytes that look like HTML are read as HTML."""
    if format not in FORMATS:
        raise ReadError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if format == "txt" and looks_like_html(data):
        format = "html"
    return _article(data, name=name, reader=FORMATS[format])


def read_path(path: str | os.PathLike[str]) -> Article:
    """An Article from a file, its reader chosen by the file's suffix."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError(f"cannot read {path.name}: expected a file ending in {', '.join(READERS)}")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise ReadError(f"{path} is a folder, not a file") from None
    except OSError as error:
        raise ReadError(f"cannot read {path}: {error.strerror}") from None
    return _article(data, name=path.name, reader=reader)


def _is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and not name.startswith(".") and name not in _SKIPPED_NAMES and path.suffix.lower() in READERS


def iter_sources(paths: Iterable[str]) -> list[Path]:
    """The files to read: folders become their article files (sorted, not recursive, maybe none); "-" is stdin."""
    sources: list[Path] = []
    for given in paths:
        path = Path(given)
        if given == "-":
            sources.append(path)
        elif path.is_dir():
            sources.extend(sorted(child for child in path.iterdir() if _is_article_file(child)))
        elif path.exists():
            sources.append(path)
        else:
            raise ReadError(f"no such file: {given}")
    return sources
