"""Helpers for the browser tests: find Chromium and axe-core, answer a quiz page, take the docs screenshots.

Run ``python tests/browser_helpers.py`` to refresh the screenshots in docs/
after changing the page templates.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "output"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
REFERENCE = "ketamine-infusion-therapy"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
WRONG_TEXT = "no idea"
# Rules of these tags are run; WCAG 2.1 AA is what the page promises.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def find_chromium() -> str | None:
    """Debian's Chromium (``QUIZGEN_CHROMIUM`` overrides), or None when there is none."""
    candidates = [os.environ.get("QUIZGEN_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def launch(playwright: Any, executable: str) -> Any:
    """A headless Chromium; never the browsers that ``playwright install`` downloads."""
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


def sample_quizzes() -> dict[str, dict[str, Any]]:
    """The quiz JSON of every article in source_texts/, from output/, by folder name."""
    return {p.parent.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(OUTPUT.glob("*/quiz.json"))}


def run_axe(page: Any, axe_source: str) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now: rule id, impact, help and the nodes."""
    # page.evaluate runs in the page without going through its Content-Security-Policy.
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_source)
    return page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                                nodes: v.nodes.map(n => n.target.join(' '))}));
        }""",
        AXE_TAGS,
    )


def typed_variant(answer: str) -> str:
    """An accepted answer as a student might type it: other case, stray spaces, a full stop."""
    return f"  {answer.upper()}. "


def pick(question: dict[str, Any], *, right: bool) -> str:
    """The radio value that answers a choice question rightly (or wrongly)."""
    if question["type"] == "true_false":
        value = question["answer"]["value"]
        return str(value if right else not value).lower()
    return next(c["id"] for c in question["choices"] if c["correct"] is right)


def answer(page: Any, number: int, question: dict[str, Any], *, right: bool) -> None:
    """Answer question ``number`` (1-based) with the mouse and press its Check button."""
    form = page.locator(f"#q{number}")
    if question["type"] in ("multiple_choice", "true_false"):
        form.locator(f"input[type=radio][value='{pick(question, right=right)}']").check()
    else:
        text = typed_variant(question["answer"]["accepted"][-1]) if right else WRONG_TEXT
        form.locator("input[type=text]").fill(text)
    form.locator("button.check").click()


def save_screenshots(out: Path) -> list[Path]:
    """The student, teacher and phone views of the reference quiz, as PNG files in ``out``."""
    from playwright.sync_api import sync_playwright

    from quizgen.render.html import render_html

    quiz = sample_quizzes()[REFERENCE]
    page_file = out / "_screenshot-quiz.html"
    page_file.write_text(render_html(quiz), encoding="utf-8")
    saved = []
    executable = find_chromium()
    if executable is None:
        raise SystemExit("needs Chromium at /usr/bin/chromium")
    try:
        with sync_playwright() as p:
            browser = launch(p, executable)
            saved.append(_student(browser, page_file, quiz, out / "screenshot-student.png"))
            saved.append(_teacher(browser, page_file, out / "screenshot-teacher.png"))
            saved.append(_phone(browser, page_file, quiz, out / "screenshot-phone.png"))
            saved.append(_review(browser, page_file, out / "screenshot-review.png"))
            browser.close()
    finally:
        page_file.unlink()
    return saved


def _open(browser: Any, page_file: Path, viewport: dict[str, int], scale: float) -> Any:
    context = browser.new_context(viewport=viewport, device_scale_factor=scale)
    page = context.new_page()
    page.goto(page_file.as_uri())
    return page


def _student(browser: Any, page_file: Path, quiz: dict[str, Any], path: Path) -> Path:
    page = _open(browser, page_file, {"width": 1100, "height": 1480}, 1)
    answer(page, 1, quiz["questions"][0], right=False)
    second = quiz["questions"][1]
    if "accepted" in second["answer"]:  # typed the way a student would
        page.fill("#q2 input[type=text]", second["answer"]["accepted"][min(1, len(second["answer"]["accepted"]) - 1)])
        page.click("#q2 button.check")
    else:
        answer(page, 2, second, right=True)
    _settle(page)
    page.screenshot(path=str(path))
    page.context.close()
    return path


def _teacher(browser: Any, page_file: Path, path: Path) -> Path:
    page = _open(browser, page_file, {"width": 1100, "height": 1100}, 1)
    page.click("#toggle-key")
    _settle(page)
    page.screenshot(path=str(path))
    page.context.close()
    return path


def _phone(browser: Any, page_file: Path, quiz: dict[str, Any], path: Path) -> Path:
    page = _open(browser, page_file, PHONE, 2)
    answer(page, 1, quiz["questions"][0], right=False)
    _settle(page, "#q1")
    page.screenshot(path=str(path))
    page.context.close()
    return path


def _review(browser: Any, page_file: Path, path: Path) -> Path:
    page = _open(browser, page_file, {"width": 1100, "height": 1100}, 1)
    page.click("#toggle-review")
    page.uncheck("#r2-include")
    page.fill("#r3-accepted", page.input_value("#r3-accepted") + "\nthe sixties")
    _settle(page)
    page.evaluate("window.scrollTo(0, document.querySelector('.page-header').offsetHeight)")
    page.screenshot(path=str(path))
    page.context.close()
    return path


def _settle(page: Any, top: str | None = None) -> None:
    """No hover, no focus ring, and the page scrolled to ``top`` (or its start)."""
    page.mouse.move(0, 0)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.evaluate("(s) => window.scrollTo(0, s ? document.querySelector(s).offsetTop - 12 : 0)", top)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for saved in save_screenshots(ROOT / "docs"):
        print(saved.relative_to(ROOT))
