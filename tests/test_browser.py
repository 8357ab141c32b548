"""The quiz page in a real browser: Playwright driving Debian's headless Chromium.

Skips, naming what is missing, without Playwright (``pip install playwright``)
or Chromium (``apt-get install chromium``); the accessibility check also
needs axe-core (``npm ci``) and the print check pypdf (a test extra).
``.ci/run`` installs them all, so nothing skips there.
"""
from __future__ import annotations

import copy
import io
import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterator

import pytest

from browser_helpers import (
    AXE,
    DESKTOP,
    PHONE,
    REFERENCE,
    answer,
    find_chromium,
    launch,
    pick,
    run_axe,
    sample_quizzes,
    typed_variant,
)
from quizgen.render.html import SCRIPTS, render_html

SAMPLE = Path(__file__).parent / "data" / "sample-quiz.json"
QUIZZES = sample_quizzes()
EDITED_NOTE = "Edited by a teacher in review mode."


# --- fixtures ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="needs Playwright: pip install playwright (the pip package only)"
    )
    executable = find_chromium()
    if executable is None:
        pytest.skip("needs Chromium at /usr/bin/chromium: apt-get install chromium")
    playwright = sync_api.sync_playwright().start()
    try:
        chromium = launch(playwright, executable)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.skip("needs axe-core in node_modules/axe-core: run npm ci")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pages(tmp_path_factory) -> dict[str, Path]:
    """Each sample quiz rendered by the current templates, as a file to open."""
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for name, quiz in QUIZZES.items():
        out[name] = folder / f"{name}.html"
        out[name].write_text(render_html(quiz), encoding="utf-8")
    return out


class Tab:
    """A fresh browser context and page; records dialogs and script errors."""

    def __init__(self, browser: Any, **options: Any) -> None:
        self.context = browser.new_context(accept_downloads=True, **{"viewport": DESKTOP, **options})
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, path: Path) -> Any:
        self.page.goto(path.as_uri())
        return self.page


@pytest.fixture
def tab(browser) -> Iterator[Tab]:
    t = Tab(browser)
    yield t
    t.context.close()
    assert t.errors == [], "script errors on the page"
    assert t.dialogs == [], "the page opened a dialog"


def _render(tmp_path: Path, quiz: dict[str, Any], name: str = "quiz.html") -> Path:
    path = tmp_path / name
    path.write_text(render_html(quiz), encoding="utf-8")
    return path


def _feedback(page: Any, n: int) -> str:
    return " ".join(page.locator(f"#q{n}-feedback").inner_text().split())


def _score(page: Any) -> str:
    return page.locator("#score").inner_text()


# --- answering --------------------------------------------------------------------


_FEEDBACK = """() => Array.from(document.querySelectorAll('form.q'), form => {
    const quote = form.querySelector('.feedback blockquote.source');
    const tag = form.querySelector('.opt[data-correct] .key-tag');
    return {
        feedback: form.querySelector('.feedback').innerText.split(/\\s+/).join(' ').trim(),
        live: form.querySelector('.feedback').getAttribute('aria-live'),
        quote: quote ? quote.innerText.split(/\\s+/).join(' ').trim() : null,
        marks: quote ? quote.querySelectorAll('mark').length : 0,
        keyTag: tag && tag.checkVisibility() ? tag.innerText : null,
    };
})"""


def _key(q: dict[str, Any]) -> str:
    text = q["answer"]["text"] if "text" in q["answer"] else str(q["answer"]["value"]).capitalize()
    return " ".join(text.split())


@pytest.mark.parametrize("name", QUIZZES)
def test_answering_wrongly_then_rightly(tab, pages, name):
    """Wrong answers show the key and the source sentence; after Reset, right answers give the full score."""
    quiz = QUIZZES[name]
    n = len(quiz["questions"])
    page = tab.open(pages[name])
    assert _score(page) == f"Score: 0 / {n}"
    for i, q in enumerate(quiz["questions"], 1):
        answer(page, i, q, right=False)
    for q, shown in zip(quiz["questions"], page.evaluate(_FEEDBACK)):
        # Not by colour alone: the verdict is words and a symbol.
        assert shown["feedback"].startswith("\u2717 Not quite"), (name, q["prompt"])
        assert f"Answer: {_key(q)}" in shown["feedback"]
        assert shown["quote"] == " ".join(q["source"]["sentence"].split())
        assert shown["marks"] == 1 or (q["type"] == "true_false" and shown["marks"] == 0)
        assert shown["keyTag"] == ("(correct answer)" if q["type"] in ("multiple_choice", "true_false") else None)
        assert shown["live"] == "polite"
    assert _score(page) == f"Score: 0 / {n}"

    page.click("#reset")
    assert page.locator(".feedback:not(:empty), form.q input:disabled, form.q input:checked").count() == 0
    for i, q in enumerate(quiz["questions"], 1):
        answer(page, i, q, right=True)
    for q, shown in zip(quiz["questions"], page.evaluate(_FEEDBACK)):
        assert shown["feedback"].startswith("\u2713 Correct"), (name, q["prompt"])
    assert _score(page) == f"Score: {n} / {n}"
    assert page.locator("form.q.is-right").count() == n
    ld = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert ld["@type"] == "Quiz" and len(ld["hasPart"]) == n


def test_checking_with_no_answer_asks_for_one(tab, pages):
    page = tab.open(pages[REFERENCE])
    page.locator("#q1 button.check").click()
    assert _feedback(page, 1) in ("Choose an answer first.", "Type an answer first.")
    assert _score(page).startswith("Score: 0 /")


TYPED = [
    ("3x", "3x", True), ("3x", "3 times", True), ("3x", "3 TIMES", True), ("3x", "3X", True),
    ("3x", "three times", True), ("3x", "3 \u00d7", True), ("3x", "  3x. ", True),
    ("3x", "3", False), ("3x", "30x", False), ("3x", "4x", False), ("3x", "3 time", False),
    ("synaptogenesis", "The Synaptogenesis", True), ("synaptogenesis", "a synaptogenesis!", True),
    ("synaptogenesis", "synapse", False),
]


def test_text_answers_accept_case_article_and_multiplier_variants(tab, tmp_path):
    quiz = json.loads(SAMPLE.read_text(encoding="utf-8"))
    page = tab.open(_render(tmp_path, quiz))
    number = {q["answer"].get("text"): i for i, q in enumerate(quiz["questions"], 1)}
    verdicts = []
    for key, typed, _ in TYPED:
        field = f"#q{number[key]} input[type=text]"
        page.fill(field, typed)
        page.press(field, "Enter")
        verdicts.append(_feedback(page, number[key]).startswith("\u2713 Correct"))
        page.click("#reset")
    assert verdicts == [right for _, _, right in TYPED]


def test_keyboard_alone(tab, pages):
    """Tab reaches every control, Space chooses, arrows move, Enter checks; the focus is always visible."""
    quiz = QUIZZES[REFERENCE]
    page = tab.open(pages[REFERENCE])
    visited: list[str] = []

    def tab_to(selector: str, limit: int = 12) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            focused = page.evaluate("""() => {
                const e = document.activeElement;
                return e === document.body ? null : [e.id || e.className, getComputedStyle(e).outlineStyle];
            }""")
            if focused is None:  # past the last control, before the first one again
                continue
            visited.append(focused[0])
            assert focused[1] != "none", f"no visible focus on {focused[0]}"
            if page.evaluate("(s) => document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"Tab never reached {selector}; visited {visited[-limit:]}")

    for i, q in enumerate(quiz["questions"], 1):
        if q["type"] in ("multiple_choice", "true_false"):
            tab_to(f"#q{i} input[type=radio]")
            page.keyboard.press("Space")
            target = pick(q, right=True)
            for _ in range(8):
                if page.evaluate("document.activeElement.value") == target:
                    break
                page.keyboard.press("ArrowDown")
            assert page.locator(f"#q{i} input[value='{target}']").is_checked()
            if i % 2:
                tab_to(f"#q{i} button.check", limit=1)
        else:
            tab_to(f"#q{i} input[type=text]")
            page.keyboard.type(typed_variant(q["answer"]["text"]))
        page.keyboard.press("Enter")  # on the Check button, a radio button or in the text box
        assert _feedback(page, i).startswith("\u2713 Correct"), q["prompt"]
        assert page.evaluate("document.activeElement.matches('button.check')")
    n = len(quiz["questions"])
    assert _score(page) == f"Score: {n} / {n}"

    tab_to("#toggle-key", limit=30)
    page.keyboard.press("Enter")
    assert page.get_attribute("#toggle-key", "aria-pressed") == "true"
    assert page.locator(".key-inline").first.is_visible()
    tab_to("#toggle-review")
    tab_to("#reset")
    page.keyboard.press("Space")
    assert _score(page) == f"Score: 0 / {n}"
    assert page.locator(".feedback:not(:empty)").count() == 0

    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "toggle-review"
    page.keyboard.press("Enter")
    tab_to("#download")
    tab_to("#r1-include")
    page.keyboard.press("Space")
    assert "is-out" in page.locator("#r1").get_attribute("class").split()
    assert page.locator("#r1 .badge").inner_text() == "Left out"
    assert page.locator("#review-status").inner_text() == f"{n - 1} of {n} included"


# --- teacher view and print -------------------------------------------------------


def test_teacher_toggle_shows_the_key_inline(tab, pages):
    quiz = QUIZZES[REFERENCE]
    page = tab.open(pages[REFERENCE])
    assert not page.locator("#answer-key").is_visible()
    assert page.locator(".key-inline:visible").count() == 0
    page.click("#toggle-key")
    assert page.locator("#answer-key").is_visible()
    inline = page.locator(".key-inline").all_inner_texts()
    assert len(inline) == len(quiz["questions"])
    assert [" ".join(text.split()) for text in inline] == [f"Answer: {_key(q)}" for q in quiz["questions"]]


def test_print_gives_a_student_sheet_then_the_answer_key(tab, pages):
    pypdf = pytest.importorskip("pypdf", reason="needs pypdf to read the printed PDF: pip install pypdf")
    quiz = QUIZZES[REFERENCE]
    page = tab.open(pages[REFERENCE])
    # The teacher view is on and one question is checked: the printed student sheet still shows no answers.
    page.click("#toggle-key")
    answer(page, 1, quiz["questions"][0], right=False)
    pdf = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    # NFKC undoes the PDF's ligatures ("ﬀ"); the question numbers print in capitals.
    texts = [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in pdf.pages]
    key_pages = [i for i, t in enumerate(texts) if "Answer key" in t]
    assert key_pages and key_pages[0] > 0, texts
    first_key = key_pages[0]
    assert texts[first_key].startswith("Answer key")
    student = " ".join(texts[:first_key])
    key = " ".join(texts[first_key:])
    assert "Name:" in texts[0]
    for n, q in enumerate(quiz["questions"], 1):
        assert f"QUESTION {n} " in student.upper() and f"QUESTION {n} " not in key.upper()
    for unwanted in ("Answer key", "(correct answer)", "Answer:", "Not quite", "Score:", "Show answer key", "Check"):
        assert unwanted not in student
    squeeze = "".join(key.split())
    for q in quiz["questions"]:
        expected = q["answer"]["text"] if "text" in q["answer"] else str(q["answer"]["value"]).capitalize()
        assert "".join(expected.split()) in squeeze


# --- layout -----------------------------------------------------------------------


def _overflow(page: Any) -> list[str]:
    """Visible elements that stick out of the viewport sideways."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > width) out.push('page scrolls sideways');
            for (const e of document.querySelectorAll('main *, .toolbar *, header *')) {
                const r = e.getBoundingClientRect();
                if (r.width && (r.left < -0.5 || r.right > width + 0.5)) out.push(e.tagName + '#' + e.id + '.' + e.className);
            }
            return out;
        }"""
    )


def test_readable_on_a_phone(browser, pages, tmp_path):
    quiz = QUIZZES[REFERENCE]
    t = Tab(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = t.open(pages[REFERENCE])
        for i, q in enumerate(quiz["questions"], 1):
            answer(page, i, q, right=i % 2 == 0)
        page.click("#toggle-key")
        assert _overflow(page) == []
        assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 16
        for box in page.locator("form.q button, .toolbar button:visible, .opt").all():
            assert box.bounding_box()["height"] >= 40  # comfortable to tap
        shot = tmp_path / "phone.png"
        page.screenshot(path=str(shot), full_page=True)
        header = shot.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(header[16:20], "big") == PHONE["width"]
        page.click("#toggle-key")
        page.click("#toggle-review")
        assert _overflow(page) == []
        assert t.errors == []
    finally:
        t.context.close()


def test_desktop_keeps_a_readable_line_length(tab, pages):
    page = tab.open(pages[REFERENCE])
    box = page.locator("form.q").first.bounding_box()
    assert 500 <= box["width"] <= 760
    assert abs((box["x"] + box["width"] / 2) - DESKTOP["width"] / 2) < 20  # centred
    assert _overflow(page) == []


# --- accessibility ----------------------------------------------------------------


def _serious(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def test_axe_finds_nothing_serious_in_any_state(tab, pages, axe_source):
    quiz = QUIZZES[REFERENCE]
    page = tab.open(pages[REFERENCE])
    states = {"fresh": _serious(run_axe(page, axe_source))}
    for i, q in enumerate(quiz["questions"], 1):
        answer(page, i, q, right=i % 2 == 1)
    states["checked"] = _serious(run_axe(page, axe_source))
    page.click("#toggle-key")
    states["answer key"] = _serious(run_axe(page, axe_source))
    page.click("#toggle-review")
    page.uncheck("#r2-include")
    page.fill("#r1-prompt", "")
    page.click("#download")
    states["review with a problem"] = _serious(run_axe(page, axe_source))
    page.set_viewport_size(PHONE)
    states["review on a phone"] = _serious(run_axe(page, axe_source))
    assert states == {name: [] for name in states}


def test_axe_on_the_other_samples(tab, pages, axe_source):
    """Every sample's page as it opens (the states are the same page code, checked above)."""
    found = {}
    for name in QUIZZES:
        if name != REFERENCE:
            found[name] = _serious(run_axe(tab.open(pages[name]), axe_source))
    assert found == {name: [] for name in found}


# --- safe with any article --------------------------------------------------------

PAYLOADS = [
    '<script>window.__xss = "script"</script>',
    '<img src=x onerror="window.__xss = \'img\'">',
    '</script><script>window.__xss = "breakout"</script>',
    "{{ 7*7 }} {% if 1 %}x{% endif %}",
    '<!-- <svg onload="window.__xss = \'svg\'">',
]


def _poisoned(quiz: dict[str, Any]) -> dict[str, Any]:
    """Every text field of the quiz carrying markup, a script break-out and template syntax."""
    quiz = copy.deepcopy(quiz)
    quiz["title"] = "Quiz " + PAYLOADS[0]
    quiz["source"]["name"] = PAYLOADS[1]
    quiz["notes"] = [PAYLOADS[2]]
    for k, q in enumerate(quiz["questions"]):
        payload = PAYLOADS[k % len(PAYLOADS)]
        q["prompt"] = f"{q['prompt'][:-1]} {payload}{q['prompt'][-1]}"
        q["explanation"] = payload + " " + q["explanation"]
        q["source"]["sentence"] = PAYLOADS[(k + 1) % len(PAYLOADS)] + " " + q["source"]["sentence"]
        for c in q.get("choices", []):
            c["text"] = f"{c['text']} {payload}"
        if "text" in q["answer"]:
            q["answer"]["text"] = f"{q['answer']['text']} {payload}"
            q["answer"]["accepted"] = [q["answer"]["text"]]
    return quiz


def _assert_inert(page: Any) -> None:
    assert page.evaluate("window.__xss") is None
    assert page.locator("img, svg, iframe, object, embed").count() == 0
    assert page.locator("script").count() == 2 + len(SCRIPTS)
    assert "49" not in page.locator("main").inner_text()


def test_markup_in_every_field_stays_text(browser, tmp_path):
    """With the CSP switched off, so that only the escaping stands between the article and the page."""
    quiz = _poisoned(json.loads(SAMPLE.read_text(encoding="utf-8")))
    t = Tab(browser, bypass_csp=True)
    try:
        page = t.open(_render(tmp_path, quiz))
        assert page.locator("h1").inner_text() == quiz["title"]
        assert quiz["source"]["name"] in page.locator("header").inner_text()
        assert page.locator("header .note").inner_text() == PAYLOADS[2]
        for i, q in enumerate(quiz["questions"], 1):
            assert q["prompt"] in page.locator(f"#q{i} legend").inner_text()
            answer(page, i, q, right=False)
            assert q["source"]["sentence"] in page.locator(f"#q{i}-feedback").inner_text()
        page.click("#toggle-key")
        page.click("#toggle-review")
        for i, q in enumerate(quiz["questions"], 1):
            assert page.input_value(f"#r{i}-prompt") == q["prompt"]
        _assert_inert(page)
        data = json.loads(page.locator("#quiz-data").text_content())
        assert data["quiz"] == quiz
        assert t.errors == [] and t.dialogs == []
    finally:
        t.context.close()


XSS_ARTICLE = """How Browsers Run <script> Elements {{ title }}

The <script> element was added to HTML in 1995, when Netscape Navigator 2.0 shipped JavaScript.

The attack string <img src=x onerror="window.__xss=1"> was first published by security researchers in 2005.

The sequence </script><script>window.__xss=2</script> was first reported as a way out of a script block in 2001.

Template engines such as Jinja2 treat {{ 7*7 }} as an expression, and Jinja2 was first released in 2008.

Cross-site scripting was named by Microsoft engineers in 2000 and is still among the ten most common web vulnerabilities.
"""


@pytest.mark.model
def test_an_article_full_of_markup_makes_an_inert_page(browser, tmp_path):
    from click.testing import CliRunner

    from quizgen.cli import main

    article = tmp_path / "xss-article.txt"
    article.write_text(XSS_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["generate", str(article), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "out" / "xss-article"
    quiz = json.loads((folder / "quiz.json").read_text(encoding="utf-8"))
    t = Tab(browser, bypass_csp=True)
    try:
        page = t.open(folder / "quiz.html")
        assert page.locator("h1").inner_text() == "How Browsers Run <script> Elements {{ title }}"
        for i, q in enumerate(quiz["questions"], 1):
            answer(page, i, q, right=False)
        page.click("#toggle-key")
        key = page.locator("#answer-key").inner_text()
        for q in quiz["questions"]:
            assert q["source"]["sentence"] in key
        shown = page.locator("main").inner_text()
        assert "</script><script>window.__xss=2</script>" in shown or "{{ 7*7 }}" in shown
        page.click("#toggle-review")
        _assert_inert(page)
        assert t.errors == [] and t.dialogs == []
    finally:
        t.context.close()


# --- review mode ------------------------------------------------------------------


def _download(page: Any, tmp_path: Path) -> tuple[dict[str, Any], Path]:
    with page.expect_download() as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "quiz-reviewed.json"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    return json.loads(text), path


def _quizgen(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True, text=True, timeout=120)


def test_review_without_edits_gives_back_the_same_quiz(tab, pages, tmp_path):
    page = tab.open(pages[REFERENCE])
    page.click("#toggle-review")
    data, _ = _download(page, tmp_path)
    assert data == QUIZZES[REFERENCE]


def test_review_round_trip_through_download_validate_and_convert(tab, pages, tmp_path):
    original = QUIZZES[REFERENCE]
    questions = original["questions"]
    n = len(questions)
    page = tab.open(pages[REFERENCE])
    page.click("#toggle-review")
    assert page.locator(".review-card").count() == n
    assert page.locator("form.q:visible").count() == 0

    # Leave the last question out.
    page.uncheck(f"#r{n}-include")
    assert page.locator(f"#r{n} .badge").inner_text() == "Left out"
    # Reword the first prompt.
    first = questions[0]
    new_prompt = first["prompt"][:-1] + ", according to the article" + first["prompt"][-1]
    page.fill("#r1-prompt", new_prompt)
    # A multiple-choice question: a new key, and a distractor reworded.
    m = next(i for i, q in enumerate(questions, 1) if q["type"] == "multiple_choice" and i != n)
    mc = questions[m - 1]
    new_key = next(k for k, c in enumerate(mc["choices"], 1) if not c["correct"])
    other = next(k for k, c in enumerate(mc["choices"], 1) if not c["correct"] and k != new_key)
    page.check(f"#r{m}-correct-{new_key}")
    reworded = mc["choices"][other - 1]["text"] + " or so"
    page.fill(f"#r{m}-opt-{other}", reworded)
    # A text question: another accepted answer.
    b = next(i for i, q in enumerate(questions, 1) if q["type"] in ("fill_in_blank", "short_answer") and i not in (1, n))
    page.fill(f"#r{b}-accepted", page.input_value(f"#r{b}-accepted") + "\n  the  teacher's   variant ")
    # A false statement made true.
    tf = next((i for i, q in enumerate(questions, 1)
               if q["type"] == "true_false" and q["answer"]["value"] is False and i not in (1, n)), None)
    if tf:
        page.check(f"#r{tf}-value-true")
    edited = {1, m, b} | ({tf} if tf else set())
    for i in edited:
        assert page.locator(f"#r{i} .badge").inner_text() == "Edited"
    assert page.locator("#review-status").inner_text() == f"{n - 1} of {n} included, {len(edited)} edited"

    data, path = _download(page, tmp_path)
    assert [q["id"] for q in data["questions"]] == [q["id"] for q in questions[:-1]]
    assert data["id"] == original["id"] and data["requested"] == original["requested"]
    assert data["notes"] == original["notes"] + [
        f"Edited by a teacher in review mode: 1 question removed, {len(edited)} edited."
    ]
    for i, q in enumerate(data["questions"], 1):
        assert (EDITED_NOTE in q.get("notes", [])) is (i in edited)
        if i not in edited:
            assert q == questions[i - 1]
    assert data["questions"][0]["prompt"] == new_prompt
    got = data["questions"][m - 1]
    assert [c["correct"] for c in got["choices"]] == [k == new_key for k in range(1, len(mc["choices"]) + 1)]
    assert got["answer"] == {"text": mc["choices"][new_key - 1]["text"], "accepted": [mc["choices"][new_key - 1]["text"]]}
    assert got["choices"][other - 1]["text"] == reworded
    assert got["answer_span"] == mc["answer_span"] and got["source"] == mc["source"]
    accepted = data["questions"][b - 1]["answer"]["accepted"]
    assert accepted[0] == questions[b - 1]["answer"]["text"] and accepted[-1] == "the teacher's variant"
    if tf:
        assert data["questions"][tf - 1]["answer"] == {"value": True}

    checked = _quizgen("validate", str(path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == f"{path}: ok ({n - 1} questions)"
    html = tmp_path / "reviewed.html"
    converted = _quizgen("convert", str(path), "--to", "html", "-o", str(html))
    assert converted.returncode == 0, converted.stderr

    # The page made from the edited file asks the edited questions, with the new key.
    page.goto(html.as_uri())
    assert page.locator("form.q").count() == n - 1
    assert new_prompt in page.locator("#q1 legend").inner_text()
    assert page.locator(f"#q{m} label", has_text=reworded).count() == 1
    page.check(f"#q{m} input[value='{mc['choices'][new_key - 1]['id']}']")
    page.click(f"#q{m} button.check")
    assert _feedback(page, m).startswith("\u2713 Correct")
    page.fill(f"#q{b} input[type=text]", "The teacher's variant")
    page.click(f"#q{b} button.check")
    assert _feedback(page, b).startswith("\u2713 Correct")


def test_review_refuses_to_download_an_invalid_quiz(tab, pages, tmp_path):
    quiz = QUIZZES[REFERENCE]
    page = tab.open(pages[REFERENCE])
    page.click("#toggle-review")
    m = next(i for i, q in enumerate(quiz["questions"], 1) if q["type"] == "multiple_choice")
    page.fill(f"#r{m}-opt-1", "")
    page.fill(f"#r{m}-opt-2", page.input_value(f"#r{m}-opt-3").upper())
    page.fill("#r1-explanation", "   ")
    blank = next(i for i, q in enumerate(quiz["questions"], 1) if q["type"] == "fill_in_blank")
    page.fill(f"#r{blank}-prompt", page.input_value(f"#r{blank}-prompt").replace("_____", "..."))
    downloads: list[Any] = []
    page.on("download", lambda d: downloads.append(d))
    page.click("#download")
    page.wait_for_timeout(200)
    assert downloads == []
    problems = page.locator("#review-problems").inner_text()
    assert problems.startswith("Not downloaded: fix these problems first.")
    assert f"Question {m}: option A is empty." in problems
    assert f"Question {m}: options B and C are the same." in problems
    assert "Question 1: the explanation is empty." in problems
    assert f"Question {blank}: the sentence needs exactly one blank, written _____." in problems
    assert page.get_attribute(f"#r{m}-opt-1", "aria-invalid") == "true"
    focused = page.evaluate("document.activeElement.id")
    assert focused == ("r1-explanation" if m > 1 else f"r{m}-opt-1")
    # Leaving the broken questions out clears the way.
    for i in {1, m, blank}:
        page.uncheck(f"#r{i}-include")
    data, _ = _download(page, tmp_path)
    assert len(data["questions"]) == len(quiz["questions"]) - len({1, m, blank})
    assert page.locator("#review-problems").inner_text() == ""
