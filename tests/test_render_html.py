"""Tests for the self-contained interactive HTML quiz page."""
from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quizgen.render.html import SCRIPTS, environment, render_html, script_json

SAMPLE = Path(__file__).parent / "data" / "sample-quiz.json"
TEMPLATES = Path(__file__).parent.parent / "quizgen" / "templates"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
JSON_BLOCK = re.compile(r'(<script type="application/(?:ld\+)?json"[^>]*>)(.*?)(</script>)', re.S)


class _TreeBuilder(HTMLParser):
    """Build an ElementTree from HTML, failing on any mis-nested or unclosed element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = ET.Element("#document")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = ET.SubElement(self.stack[-1], tag, {k: v or "" for k, v in attrs})
        node.text = ""
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        assert tag not in VOID, f"end tag for void element <{tag}>"
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        node = self.stack[-1]
        if len(node):
            node[-1].tail = (node[-1].tail or "") + data
        else:
            node.text = (node.text or "") + data


def parse(page: str) -> ET.Element:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements: " + ", ".join(e.tag for e in builder.stack[1:])
    return builder.root


def text(node: ET.Element) -> str:
    return "".join(node.itertext())


def by_class(root: ET.Element, tag: str, cls: str) -> list[ET.Element]:
    return [e for e in root.iter(tag) if cls in e.get("class", "").split()]


def json_blocks(page: str) -> dict[str, str]:
    out = {}
    for open_tag, body, _ in JSON_BLOCK.findall(page):
        out["ld" if "ld+json" in open_tag else "data"] = body
    return out


@pytest.fixture
def sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def page(sample) -> str:
    return render_html(sample)


# --- document structure --------------------------------------------------------


def test_is_a_complete_html5_document(page, sample):
    assert page.startswith("<!DOCTYPE html>\n")
    root = parse(page)
    (html,) = root.iter("html")
    assert html.get("lang") == sample["language"]
    assert [e.tag for e in html] == ["head", "body"]
    assert root.find(".//meta[@charset='utf-8']") is not None
    assert "width=device-width" in root.find(".//meta[@name='viewport']").get("content")
    assert sample["title"] in text(root.find(".//title"))
    for landmark in ("header", "main", "footer"):
        assert len(list(root.iter(landmark))) == 1


def test_lang_follows_the_quiz_language(sample):
    sample["language"] = "de"
    assert '<html lang="de"' in render_html(sample)


def test_parses_with_lxml(page, sample):
    lxml_html = pytest.importorskip("lxml.html")
    doc = lxml_html.document_fromstring(page)
    assert len(doc.xpath("//fieldset")) == len(sample["questions"])


def test_header_shows_title_source_and_count(page, sample):
    header = next(parse(page).iter("header"))
    assert text(header.find(".//h1")) == sample["title"]
    assert sample["source"]["name"] in text(header)
    assert f"{len(sample['questions'])} questions" in text(header)


def test_one_fieldset_with_legend_per_question(page, sample):
    fieldsets = list(parse(page).iter("fieldset"))
    assert len(fieldsets) == len(sample["questions"])
    for n, (fs, q) in enumerate(zip(fieldsets, sample["questions"]), 1):
        legend = fs[0]
        assert legend.tag == "legend"
        assert " ".join(text(legend).split()) == f"Question {n} {q['prompt']}"


def test_every_input_has_a_label(page, sample):
    root = parse(page)
    labels = {lab.get("for"): text(lab) for lab in root.iter("label")}
    radios = root.findall(".//input[@type='radio']")
    texts = root.findall(".//input[@type='text']")
    expected_radios = sum(len(q.get("choices", [])) or 2 for q in sample["questions"] if q["type"] in ("multiple_choice", "true_false"))
    assert len(radios) == expected_radios
    assert len(texts) == sum(q["type"] in ("fill_in_blank", "short_answer") for q in sample["questions"])
    ids = [i.get("id") for i in radios + texts]
    assert len(set(ids)) == len(ids)
    assert all(labels.get(i) for i in ids)


def test_choice_labels_and_values(page, sample):
    root = parse(page)
    mc = next(q for q in sample["questions"] if q["type"] == "multiple_choice")
    n = sample["questions"].index(mc) + 1
    radios = root.findall(f".//form[@id='q{n}']//input[@type='radio']")
    assert [r.get("value") for r in radios] == [c["id"] for c in mc["choices"]]
    assert {r.get("name") for r in radios} == {f"q{n}"}
    tf = next(q for q in sample["questions"] if q["type"] == "true_false")
    n = sample["questions"].index(tf) + 1
    labels = [text(lab) for lab in root.findall(f".//form[@id='q{n}']//label")]
    assert [lab.split()[0] for lab in labels] == ["True", "False"]


def test_controls_and_live_regions(page, sample):
    root = parse(page)
    feedback = by_class(root, "div", "feedback")
    assert len(feedback) == len(sample["questions"])
    assert all(f.get("aria-live") == "polite" for f in feedback)
    toggle = root.find(".//button[@id='toggle-key']")
    assert toggle.get("aria-pressed") == "false" and text(toggle) == "Show answer key"
    assert root.find(".//button[@id='reset']") is not None
    review = root.find(".//button[@id='toggle-review']")
    assert review.get("aria-pressed") == "false" and text(review) == "Review mode"
    assert text(root.find(".//button[@id='download']")) == "Download JSON"
    assert root.find(".//*[@id='review-status']").get("role") == "status"
    assert root.find(".//*[@id='review-problems']").get("role") == "alert"
    assert text(root.find(".//*[@id='score']")) == f"Score: 0 / {len(sample['questions'])}"
    assert len(root.findall(".//button[@type='submit']")) == len(sample["questions"])


def test_no_positive_tabindex(page):
    assert all(int(e.get("tabindex")) <= 0 for e in parse(page).iter() if e.get("tabindex") is not None)


def test_print_and_focus_css(page):
    assert "@media print" in page
    assert "break-before: page" in page
    assert ":focus-visible" in page


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize(
    "fg, bg",
    [
        ("fg", "card"), ("fg", "bg"), ("muted", "card"), ("muted", "bg"), ("accent", "card"),
        ("card", "accent"), ("card", "accent-dark"), ("accent", "accent-bg"), ("accent-dark", "accent-bg"),
        ("ok", "ok-bg"), ("ok", "card"), ("bad", "bad-bg"), ("fg", "mark"), ("fg", "ok-bg"), ("fg", "bad-bg"),
        ("muted", "bg"),
    ],
)
def test_colour_pairs_meet_wcag_aa(fg, bg):
    css = (TEMPLATES / "quiz.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    hi, lo = sorted((_luminance(colours[fg]), _luminance(colours[bg])), reverse=True)
    assert (hi + 0.05) / (lo + 0.05) >= 4.5


# --- self-contained, safe, deterministic ---------------------------------------


def test_no_external_urls(page):
    outside = JSON_BLOCK.sub("", page)
    assert not re.search(r"https?:|//[\w.-]+\.\w", outside)
    assert re.findall(r"https?://[^\"\s]*", page) == ["https://schema.org"]
    assert '"@context": "https://schema.org"' in json_blocks(page)["ld"]
    root = parse(page)
    assert not any(e.get("src") or e.get("href") for e in root.iter())
    assert not list(root.iter("link")) and not list(root.iter("img"))
    assert "@import" not in page and "url(" not in page


def test_content_security_policy_allows_only_the_inline_code(page):
    root = parse(page)
    csp = root.find(".//meta[@http-equiv='Content-Security-Policy']").get("content")
    assert "default-src 'none'" in csp
    (style,) = root.iter("style")
    code = [s for s in root.iter("script") if not s.get("type")]
    assert len(code) == len(SCRIPTS)

    def digest(s: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"

    assert f"style-src {digest(style.text)};" in csp
    assert f"script-src {' '.join(digest(c.text) for c in code)};" in csp
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp


def test_deterministic(sample):
    first = render_html(sample)
    assert render_html(copy.deepcopy(sample)) == first
    assert render_html(json.loads(json.dumps(sample))) == first


def test_one_cached_environment():
    assert environment() is environment()
    assert environment().autoescape("quiz.html.j2") is True


def test_empty_quiz_renders(sample):
    sample["questions"] = []
    root = parse(render_html(sample))
    assert not list(root.iter("fieldset"))
    assert "0 questions" in text(next(root.iter("header")))


PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    "{{ 7*7 }}",
    "<!--",
    "a & b \u2028 \u2029 \"quoted\" 'single' >",
]


def _poison(sample: dict, field: str, payload: str) -> dict:
    quiz = copy.deepcopy(sample)
    mc = next(q for q in quiz["questions"] if q["type"] == "multiple_choice")
    if field == "title":
        quiz["title"] = payload
    elif field == "source_name":
        quiz["source"]["name"] = payload
    elif field == "prompt":
        mc["prompt"] = payload
    elif field == "choice":
        mc["choices"][0]["text"] = payload
    elif field == "answer":
        fib = next(q for q in quiz["questions"] if q["type"] == "fill_in_blank")
        fib["answer"]["text"] = payload
        fib["answer"]["accepted"] = [payload]
    elif field == "sentence":
        for q in quiz["questions"]:
            q["source"]["sentence"] = payload + " " + q["source"]["sentence"]
            q["explanation"] = payload
    return quiz


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("field", ["title", "source_name", "prompt", "choice", "answer", "sentence"])
def test_quiz_text_is_never_markup(sample, field, payload):
    quiz = _poison(sample, field, payload)
    page = render_html(quiz)
    root = parse(page)
    # Markup characters never appear raw outside the JSON blocks.
    if any(c in payload for c in "<>&"):
        assert payload not in JSON_BLOCK.sub("", page)
    # Nothing a payload could inject turns into elements.
    assert not list(root.iter("img"))
    assert len(list(root.iter("script"))) == 2 + len(SCRIPTS)
    assert "49" not in text(next(root.iter("main")))
    # Inside the JSON blocks nothing can close the script or open a comment.
    for body in json_blocks(page).values():
        assert "</" not in body and "<!--" not in body and "<" not in body
        assert "\u2028" not in body and "\u2029" not in body
    # The text shows up literally, as text, where it belongs.
    visible = {
        "title": text(root.find(".//h1")),
        "source_name": text(next(root.iter("header"))),
        "prompt": text(root.find(".//form[@id='q1']//legend")),
        "choice": text(root.find(".//label[@for='q1-1']")),
        "answer": text(root.find(".//ol[@class='key-list']")),
        "sentence": text(root.find(".//ol[@class='key-list']")),
    }[field]
    assert payload in visible
    # And the embedded JSON gives back the original strings.
    data = json.loads(json_blocks(page)["data"])
    ld = json.loads(json_blocks(page)["ld"])
    original = {
        "title": ld["name"],
        "source_name": ld["isBasedOn"]["name"],
        "prompt": ld["hasPart"][0]["text"],
        "choice": ld["hasPart"][0]["suggestedAnswer"][0]["text"],
        "answer": data["questions"][2]["accepted"][0],
        "sentence": data["questions"][0]["explanation"],
    }[field]
    assert original == payload


def test_template_syntax_in_the_article_stays_literal(sample):
    sample["questions"][0]["source"]["sentence"] = "{% raw %}{{ 7*7 }}{# c #}"
    page = render_html(sample)
    assert "{% raw %}{{ 7*7 }}{# c #}" in page


@pytest.mark.parametrize(
    "value",
    ["</script>", "<!-- x -->", "a & b", "\u2028\u2029", "é ü 漢字", {"k": ["</", ">"]}],
)
def test_script_json_round_trips(value):
    out = str(script_json(value))
    assert "<" not in out and ">" not in out and "&" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == value


# --- data for the script, JSON-LD, answer key ----------------------------------


def test_quiz_data_block(page, sample):
    data = json.loads(json_blocks(page)["data"])
    assert [q["id"] for q in data["questions"]] == [q["id"] for q in sample["questions"]]
    by_type = {q["type"]: q for q in data["questions"]}
    assert by_type["multiple_choice"]["correct"] == "b"
    assert by_type["true_false"]["correct"] == "false"
    assert "3 times" in by_type["fill_in_blank"]["accepted"]
    for q, original in zip(data["questions"], sample["questions"]):
        s, e = q["mark"]
        offset = original["source"]["start"]
        span = original["answer_span"]
        assert q["sentence"][s:e] == original["source"]["sentence"][span["start"] - offset : span["end"] - offset]


def test_quiz_data_block_holds_the_quiz_itself(page, sample):
    """Review mode edits and downloads this copy, so it must be the whole schema-1.0 document."""
    assert json.loads(json_blocks(page)["data"])["quiz"] == sample


def test_json_ld_describes_the_quiz(page, sample):
    ld = json.loads(json_blocks(page)["ld"])
    assert ld["@context"] == "https://schema.org" and ld["@type"] == "Quiz"
    assert ld["name"] == sample["title"]
    assert ld["about"] and ld["educationalUse"]
    assert len(ld["hasPart"]) == len(sample["questions"])
    kinds = {
        "multiple_choice": "Multiple choice",
        "true_false": "True-False",
        "fill_in_blank": "Fill in the blank",
        "short_answer": "Short answer",
    }
    for part, q in zip(ld["hasPart"], sample["questions"]):
        assert part["@type"] == "Question" and part["text"] == q["prompt"] and part["name"]
        assert part["eduQuestionType"] == kinds[q["type"]]
        assert part["acceptedAnswer"]["@type"] == "Answer"
        if q["type"] == "multiple_choice":
            assert part["acceptedAnswer"]["text"] == "the 1960s"
            assert [a["text"] for a in part["suggestedAnswer"]] == ["the 1940s", "the 1980s", "the 1990s"]
        elif q["type"] == "true_false":
            assert part["acceptedAnswer"]["text"] == "False"
            assert [a["text"] for a in part["suggestedAnswer"]] == ["True"]
        else:
            assert part["acceptedAnswer"]["text"] == q["answer"]["text"]
            assert "suggestedAnswer" not in part


def test_answer_key_lists_every_answer_with_its_sentence(page, sample):
    root = parse(page)
    (key,) = [s for s in root.iter("section") if s.get("id") == "answer-key"]
    items = key.findall(".//ol/li")
    assert len(items) == len(sample["questions"])
    expected = ["B. the 1960s", "False", "3x", "synaptogenesis"]
    for li, answer, q in zip(items, expected, sample["questions"]):
        assert text(li.find(".//strong")) == answer
        assert " ".join(text(li.find(".//blockquote")).split()) == " ".join(q["source"]["sentence"].split())
    assert [text(m) for m in key.iter("mark")] == ["the 1960s", "3x", "3x", "Synaptogenesis"]


def test_inline_answers_for_the_teacher_view(page):
    root = parse(page)
    assert [text(p) for p in by_class(root, "p", "key-inline")] == [
        "Answer: the 1960s", "Answer: False", "Answer: 3x", "Answer: synaptogenesis",
    ]
    correct = [e for e in root.iter("div") if "data-correct" in e.attrib]
    assert [text(e.find("label")).split("(")[0].strip() for e in correct] == ["B. the 1960s", "False"]
    # After checking, the student's own wrong choice is named in words, not only in red.
    options = [e for e in root.iter("div") if "opt" in e.get("class", "").split()]
    assert all(bool(by_class(e, "span", "mine-tag")) is ("data-correct" not in e.attrib) for e in options)
    assert all(text(t) == "(your answer)" for e in options for t in by_class(e, "span", "mine-tag"))


@pytest.mark.parametrize(
    "span, expected",
    [
        ({"start": 712, "end": 721}, "the 1960s"),  # the given span
        ({"start": 600, "end": 610}, "the 1960s"),  # outside the sentence: found by text
        ({"start": 721, "end": 712}, "the 1960s"),  # reversed: found by text
        (None, "the 1960s"),                        # missing: found by text
        ({"start": 682, "end": 690}, "the 1960s"),  # not the answer ("Ketamine"): found by text
        ({"start": 716, "end": 721}, "1960s"),      # part of the answer: kept
    ],
)
def test_highlight_falls_back_to_the_answer_text(sample, span, expected):
    q = sample["questions"][0]
    if span is None:
        del q["answer_span"]
    else:
        q["answer_span"] = span
    root = parse(render_html(sample))
    key = root.find(".//ol[@class='key-list']")
    assert text(key.find("li").find(".//mark")) == expected


def test_no_highlight_when_the_answer_is_not_in_the_sentence(sample):
    q = sample["questions"][0]
    q["answer_span"] = {"start": 0, "end": 5}
    q["source"]["sentence"] = "A sentence without it."
    root = parse(render_html(sample))
    first = root.find(".//ol[@class='key-list']").find("li")
    assert first.find(".//mark") is None
    assert json.loads(json_blocks(render_html(sample))["data"])["questions"][0]["mark"] is None


# --- the page script -----------------------------------------------------------


@pytest.mark.parametrize("name", SCRIPTS)
def test_scripts_never_insert_html(name):
    js = (TEMPLATES / name).read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|setAttribute\('on", js)
    assert "JSON.parse(dataEl.textContent)" in js


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's normaliser")
@pytest.mark.parametrize(
    "given, accepted, same",
    [
        ("3x", "3 times", True),
        ("3 ×", "3x", True),
        ("3×", "3 times", True),
        ("3X.", "3x", True),
        ("  The   1960s! ", "1960s", True),
        ("the 1960s", "the 1960s", True),
        ("an apple", "Apple", True),
        ("Synaptogenesis.", "synaptogenesis", True),
        ("NMDA  receptors", "nmda receptors", True),
        ("it’s", "it's", True),
        ("1950s", "1960s", False),
        ("3", "3x", False),
        ("30x", "3x", False),
        ("theory", "ory", False),
        ("", "3x", False),
    ],
)
def test_page_normaliser(given, accepted, same):
    js = (TEMPLATES / "quiz.js").read_text(encoding="utf-8")
    normalise = re.search(r"  function normalise\(text\) \{.*?\n  \}\n", js, re.S).group(0)
    program = normalise + f"process.stdout.write(JSON.stringify([normalise({json.dumps(given)}), normalise({json.dumps(accepted)})]));"
    mine, theirs = json.loads(subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True).stdout)
    assert (mine == theirs and mine != "") is same
