"""Tests for quizgen.readers: decoding, structure, formats and source expansion."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from quizgen import readers
from quizgen.readers import READERS, ReadError, decode, iter_sources, read_bytes, read_path, title_from_name
from quizgen.types import Article

REFERENCE = Path(__file__).resolve().parent.parent / "source_texts" / "ketamine-infusion-therapy.txt"
PROSE = "Ketamine was first synthesised in 1962 and approved for anaesthesia in 1970 by regulators."


def check_offsets(article: Article) -> None:
    """Every paragraph and heading is the exact slice of the article text it claims."""
    for block in (*article.paragraphs, *article.headings):
        assert article.text[block.start : block.end] == block.text
        assert block.text == block.text.strip() and block.text


def outline(article: Article) -> tuple[str, list[str], list[tuple[str, str | None]]]:
    check_offsets(article)
    return article.title, [h.text for h in article.headings], [(p.text, p.section) for p in article.paragraphs]


@pytest.mark.parametrize(
    "data, text",
    [
        (b"\xef\xbb\xbfHello world.", "Hello world."),
        (b"caf\xe9 \x93quoted\x94", "caf\u00e9 \u201cquoted\u201d"),
        (
            b"Stra\xdfe \x81 is an odd byte in a long enough line of text.",
            "Stra\u00dfe \x81 is an odd byte in a long enough line of text.",
        ),
        (b"Title\r\n\r\nOne line.\r\nTwo lines.\r\n", "Title\n\nOne line.\nTwo lines.\n"),
        (b"Title\r\rOne line.\rTwo lines.", "Title\n\nOne line.\nTwo lines."),
        ("UTF-16 text.".encode("utf-16"), "UTF-16 text."),
        ("Fa\u00e7ade \u2014 na\u00efve.".encode(), "Fa\u00e7ade \u2014 na\u00efve."),
    ],
)
def test_decoding(data: bytes, text: str) -> None:
    assert decode(data, name="t.txt") == text


def test_decoded_text_is_the_article_text() -> None:
    article = read_bytes(b"\xef\xbb\xbfTitle\r\n\r\nCaf\xe9 \x93quoted\x94 text.\r\nSecond line.", name="t.txt")
    assert article.text == "Title\n\nCaf\u00e9 \u201cquoted\u201d text.\nSecond line."
    assert article.paragraphs[0].text == "Caf\u00e9 \u201cquoted\u201d text.\nSecond line."
    check_offsets(article)


@pytest.mark.parametrize(
    "space", ["\u00a0", "\u2002", "\u2003", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\t", "\u200b", "\ufeff"]
)
def test_odd_spaces_replaced_one_for_one(space: str) -> None:
    raw = f"A Title\n\nIt went to{space}the shop.{space}Then{space}home."
    article = read_bytes(raw.encode(), name="t.txt")
    assert article.text == raw.replace(space, " ")
    assert len(article.text) == len(raw)
    assert article.paragraphs[0].text == "It went to the shop. Then home."
    check_offsets(article)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "t.txt is empty"),
        (b"  \n\t\r\n  ", "t.txt is empty"),
        ("\u00a0\u200b\n\u3000".encode(), "t.txt is empty"),
        (b"Some text\x00with a NUL byte.", "t.txt looks like a binary file, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "t.txt looks like a binary file, not text"),
        (bytes(range(1, 32)) * 4 + b"and some letters", "t.txt looks like a binary file, not text"),
        (b"A lone title line", "t.txt has no readable text"),
    ],
)
def test_unreadable_input(data: bytes, message: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_bytes(data, name="t.txt")
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "text, title, headings, paragraphs",
    [
        (
            "My Title\n\nketamine\n\nFirst para.\n\nA Heading\n\nSecond para.\nSame para.",
            "My Title",
            ["A Heading"],
            [("First para.", None), ("Second para.\nSame para.", "A Heading")],
        ),
        (
            "My Title\n\nmental health\n\nFirst para.",
            "My Title",
            [],
            [("First para.", None)],
        ),
        (
            "  My Title  \n \n\n   Indented para.  \n\n\n  2024 Results\n\nLast para.   \n",
            "My Title",
            ["2024 Results"],
            [("Indented para.", None), ("Last para.", "2024 Results")],
        ),
        (
            "This opens with a sentence.\n\nIntro\n\nMore text here.",
            "Some article",
            ["Intro"],
            [("This opens with a sentence.", None), ("More text here.", "Intro")],
        ),
        (
            "Title\n\nFirst para.\n\nketamine\n\nEnds with a colon:\n\nIs this a question?\n\n"
            "lowercase start here\n\nOne Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen",
            "Title",
            [],
            [
                ("First para.", None),
                ("ketamine", None),
                ("Ends with a colon:", None),
                ("Is this a question?", None),
                ("lowercase start here", None),
                ("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen", None),
            ],
        ),
        (
            "Title\n\nPart One\n\nA.\n\nPart Two\n\nB.\n\nC.",
            "Title",
            ["Part One", "Part Two"],
            [("A.", "Part One"), ("B.", "Part Two"), ("C.", "Part Two")],
        ),
    ],
)
def test_plain_text_structure(
    text: str, title: str, headings: list[str], paragraphs: list[tuple[str, str | None]]
) -> None:
    assert outline(read_bytes(text.encode(), name="some-article.txt")) == (title, headings, paragraphs)


@pytest.mark.parametrize(
    "name, title",
    [
        ("my-article.txt", "My article"),
        ("some_file name.md", "Some file name"),
        ("page.html", "Page"),
        ("stdin", "Untitled"),
    ],
)
def test_title_from_name(name: str, title: str) -> None:
    assert title_from_name(name) == title


@pytest.mark.parametrize(
    "text, title, headings, paragraphs",
    [
        (
            "# The Title\n\nIntro with **bold** and [a link](http://x.org).\n\n## First Part ##\n\nBody text\nwrapped.",
            "The Title",
            ["First Part"],
            [("Intro with **bold** and [a link](http://x.org).", None), ("Body text\nwrapped.", "First Part")],
        ),
        (
            "Intro first.\n\n# Not The Title\n\nAfter.",
            "Doc",
            ["Not The Title"],
            [("Intro first.", None), ("After.", "Not The Title")],
        ),
        (
            "Setext Title\n============\n\nPara one.\n\nA Part\n------\n\nPara two.",
            "Setext Title",
            ["A Part"],
            [("Para one.", None), ("Para two.", "A Part")],
        ),
        (
            "## Lists\n\n- first item\n  continued\n* second item\n1. third item\n2) fourth item\n\n> A quoted line.",
            "Doc",
            ["Lists"],
            [
                ("first item\n  continued", "Lists"),
                ("second item", "Lists"),
                ("third item", "Lists"),
                ("fourth item", "Lists"),
                ("A quoted line.", "Lists"),
            ],
        ),
        (
            "Before.\n\n```python\n# not a heading\ncode = 1\n```\n\n"
            "~~~\nmore code\n~~~\n\n<!-- hidden\ncomment -->\n\nAfter.",
            "Doc",
            [],
            [("Before.", None), ("After.", None)],
        ),
        (
            "| a | b |\n|---|:-:|\n| 1 | 2 |\n\nname | value\n--- | ---\nx | y\n\n"
            "---\n\n***\n\n![a picture](pic.png)\n\n<div>\n\nProse.",
            "Doc",
            [],
            [("Prose.", None)],
        ),
        (
            "---\ntitle: Front Matter Title\ntags: [a, b]\n---\n\nBody.",
            "Front Matter Title",
            [],
            [("Body.", None)],
        ),
    ],
)
def test_markdown_structure(
    text: str, title: str, headings: list[str], paragraphs: list[tuple[str, str | None]]
) -> None:
    assert outline(read_bytes(text.encode(), name="doc.md", format="md")) == (title, headings, paragraphs)


def test_markdown_heading_levels() -> None:
    article = read_bytes(b"# T\n\nx.\n\n### Deep\n\ny.\n\n#\n\n####### seven hashes is text", name="d.md", format="md")
    assert [(h.text, h.level) for h in article.headings] == [("Deep", 3)]
    assert article.paragraphs[-1].text == "####### seven hashes is text"


PAGE = f"""<!DOCTYPE html>
<html><head><title>Ketamine &amp; Pain | Clinic</title>
<style>body {{ color: red }} .STYLETEXT {{}}</style>
<script>var SCRIPTTEXT = "never";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">NAVTEXT</a></li></ul></nav>
<article>
<h1>Ketamine &amp; Chronic Pain</h1>
<p>{PROSE} It is caf&eacute;&nbsp;safe &ldquo;today&rdquo; &lt;really&gt;.</p>
<h2>How It Works</h2>
<p>{PROSE} Second paragraph continues with more detail about NMDA receptors.</p>
<script>document.write("SCRIPTTEXT2")</script>
<p>{PROSE} Third paragraph, the last one before the footer of this page.</p>
</article>
<footer><p>Copyright 2024 Clinic. All rights reserved. FOOTERTEXT</p></footer>
</body></html>"""


@pytest.mark.parametrize("extract", [True, False], ids=["trafilatura", "fallback"])
def test_html_main_text(extract: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not extract:
        monkeypatch.setattr(readers, "_extracted_blocks", lambda html: ([], None))
    article = read_bytes(PAGE.encode(), name="page.html", format="html")
    title, headings, paragraphs = outline(article)
    assert (title, headings, article.format) == ("Ketamine & Chronic Pain", ["How It Works"], "html")
    assert paragraphs[0] == (f"{PROSE} It is caf\u00e9 safe \u201ctoday\u201d <really>.", None)
    assert [section for _, section in paragraphs[1:]] == ["How It Works", "How It Works"]
    for noise in ("SCRIPTTEXT", "STYLETEXT", "NAVTEXT", "FOOTERTEXT", "&amp;", "&lt;", "\u00a0"):
        assert noise not in article.text


@pytest.mark.parametrize(
    "html, title, paragraphs",
    [
        ("<html><head><title>Page T</title></head><body><p>Tiny.</p></body></html>", "Page T", ["Tiny."]),
        ("<html><body><ul><li>One &gt; two.</li><li>Three.</li></ul></body></html>", "Page", ["One > two.", "Three."]),
    ],
)
def test_html_small_pages(html: str, title: str, paragraphs: list[str]) -> None:
    article = read_bytes(html.encode(), name="page.html", format="html")
    assert (article.title, [p.text for p in article.paragraphs]) == (title, paragraphs)
    check_offsets(article)


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><script>alert('x')</script><style>p{}</style></head><body></body></html>",
        "<html><body><!-- only --></body></html>",
    ],
)
def test_html_without_text(html: str) -> None:
    with pytest.raises(ReadError, match="page.html has no readable text"):
        read_bytes(html.encode(), name="page.html", format="html")


@pytest.mark.parametrize(
    "data, given, expected",
    [
        (PAGE.encode(), "txt", "html"),
        (b"\xef\xbb\xbf  <HTML><body><p>Hello there.</p></body></HTML>", "txt", "html"),
        (b"<body><p>Hello there.</p></body>", "txt", "html"),
        (b"<!doctype html><p>Hello there.</p>", "txt", "html"),
        (b"Plain text that mentions <html> tags.", "txt", "txt"),
        (b"<p>A fragment with no html marks.</p>\n\nMore text.", "txt", "txt"),
        (b"<html><body>\n\n# Markdown anyway\n\nText.", "md", "md"),
    ],
)
def test_stdin_sniffing(data: bytes, given: str, expected: str) -> None:
    article = read_bytes(data, name="stdin", format=given)
    assert (article.format, article.name) == (expected, "stdin")
    check_offsets(article)


def test_read_bytes_unknown_format() -> None:
    with pytest.raises(ReadError, match="unknown format 'pdf'; expected one of txt, md, html"):
        read_bytes(b"x", name="stdin", format="pdf")


@pytest.mark.parametrize(
    "file_name, content, fmt",
    [
        ("a.txt", b"Title\n\nBody.", "txt"),
        ("b.md", b"# Title\n\nBody.", "md"),
        ("c.MARKDOWN", b"# Title\n\nBody.", "md"),
        ("d.htm", b"<html><head><title>Title</title></head><body><p>Body.</p></body></html>", "html"),
        ("e.html", b"<html><body><h1>Title</h1><p>Body.</p></body></html>", "html"),
    ],
)
def test_read_path_formats(tmp_path: Path, file_name: str, content: bytes, fmt: str) -> None:
    path = tmp_path / file_name
    path.write_bytes(content)
    article = read_path(path)
    assert (article.name, article.format, article.title) == (file_name, fmt, "Title")
    assert [p.text for p in article.paragraphs] == ["Body."]
    assert article.sha256 == hashlib.sha256(content).hexdigest()
    check_offsets(article)


def test_read_path_errors(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(
        ReadError, match=r"cannot read notes\.pdf: expected a file ending in \.txt, \.md, \.markdown, \.html, \.htm"
    ):
        read_path(tmp_path / "notes.pdf")
    with pytest.raises(ReadError, match="no such file: .*missing.txt"):
        read_path(tmp_path / "missing.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ReadError, match="is a folder"):
        read_path(tmp_path / "dir.txt")


def test_readers_table_names_every_suffix() -> None:
    assert set(READERS) == {".txt", ".md", ".markdown", ".html", ".htm"}


def test_iter_sources(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ["b.md", "a.txt", "c.html", "README.md", "SOURCES.md", ".hidden.txt", "notes.pdf", "d.htm"]:
        (folder / name).write_text("x")
    (folder / "sub.txt").mkdir()
    single = tmp_path / "single.txt"
    single.write_text("x")
    found = iter_sources([str(single), "-", str(folder)])
    assert found == [single, Path("-"), *(folder / n for n in ["a.txt", "b.md", "c.html", "d.htm"])]


def test_iter_sources_missing_and_empty(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file: .*nope.txt"):
        iter_sources([str(tmp_path / "nope.txt")])
    assert iter_sources([str(tmp_path)]) == []


def test_reference_article() -> None:
    article = read_path(REFERENCE)
    title, headings, paragraphs = outline(article)
    assert title == "How Ketamine Infusion Therapy Aids in Chronic Pain Management and Depression"
    assert headings == ["Fundamentals of Ketamine Therapy", "Ketamine\u2019s Swift Effects on Depression"]
    assert len(paragraphs) == 6
    assert [section for _, section in paragraphs] == [None, None, *[headings[0]] * 2, *[headings[1]] * 2]
    assert all(text != "ketamine" for text, _ in paragraphs)
    assert not any("Fundamentals of Ketamine Therapy" in text for text, _ in paragraphs)
    assert "\u00a0" not in article.text and "glutamate \u2014 a neurotransmitter" in article.text
    assert (article.name, article.format, len(article.text)) == (
        "ketamine-infusion-therapy.txt",
        "txt",
        len(REFERENCE.read_text(encoding="utf-8")),
    )
    assert article.sha256 == hashlib.sha256(REFERENCE.read_bytes()).hexdigest()


def test_wiki_reference_marks_become_spaces_one_for_one() -> None:
    """"Empire[citation needed]." would glue a mark to a word; blanks keep every offset exact."""
    from quizgen.readers import normalise_spaces

    text = "It fell with the Roman Empire[citation needed]. It was built in 1066.[3] See note [a]."
    out = normalise_spaces(text)
    assert len(out) == len(text)
    assert "[" not in out and "citation" not in out
    assert out.startswith("It fell with the Roman Empire ") and "in 1066." in out
    assert normalise_spaces("the set [1, 2] and [x + y]") == "the set [1, 2] and [x + y]"  # not marks: left alone
