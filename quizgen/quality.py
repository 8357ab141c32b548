"""The checkable points of the quality rubric (docs/quality.md), for one question or a quiz."""
from __future__ import annotations

import os
import re
from typing import Any

from .answers import DECADE, MULTIPLIER, YEAR, normalise
from .lexicon import singular_form

DISCOURSE_START = re.compile(
    r"^(however|additionally|also|moreover|furthermore|therefore|thus|hence|consequently|meanwhile|"
    r"instead|besides|in turn|in addition|as a result|so|and|but|or|accordingly|conversely|alternatively|"
    r"admittedly|nevertheless|nonetheless|likewise|similarly|indeed|that is(?=,)|in other words|interestingly|"
    r"surprisingly|notably|importantly|remarkably|curiously|ironically|fortunately|unfortunately|incongruously|"
    r"oddly|strangely|paradoxically|amazingly|unsurprisingly|predictably|understandably|tellingly|crucially)\b", re.I)
SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself|yourselves|you're|you’re|you've|you’ve)\b", re.I)
FIRST_PERSON = re.compile(r"\b([Ww]e|us|[Oo]ur|[Oo]urs|ourselves|I|me|[Mm]y)\b")  # "US" is a country
BAD_STRANDING = re.compile(r"(,|\bthe|\ba|\ban)\s+(in|on|to|for|with|from|about|of|at|into|by|the)\?$|\b(the|a|an)\?$|"
                           r"\s(what|which|where|who|whom|when|than)\?$|"  # "When did Newcastle look like what?"
                           r"\s(that|because|although|though|whereas|unless|if|since|and|or|but|nor|whether)\?$",
                           re.I)  # "... associated with climate models that?": a clause was cut after its opener
DANGLING = re.compile(r"\b(it|they|them|this|these|those)\b(?! (?:is|are|was|were) (?:called|known))", re.I)
PERSONAL = re.compile(r"\b(he|she|him|his|her|hers|himself|herself)\b", re.I)
ANAPHORIC_START = re.compile(r"^(such|this|these|that|those|here|there)\b(?! (?:is|are|was|were) (?:a|an)\b)", re.I)
FUNCTION_WORDS = frozenset(
    "the a an in on at by for from of to what when which who whom whose where why how is are was were "
    "do does did can could has have had will would since until after before during with as".split())
MAX_PROMPT_WORDS = 32  # a question
MAX_STATEMENT_WORDS = 40  # a true/false or fill-in-the-blank sentence
YEARISH = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b")
VAGUE_REF = re.compile(r"\b((this|these|that|those) (treatment|method|process|approach|study|one|ones|year|time|period|"
                       r"city|town|country|region|day|war|century|decade|season|event|stage|phase)\b|"
                       r"(this|these|those) (place|area|state|company|team|group|book|work|case|point|reason|way)\b|"
                       r"such (?!as\b)(an? )?[a-z]+(?= [a-z]|\?)|\b(do|does|did|done|doing) so\b|"
                       r"at the time|the same (year|time|period|day|month|week|night|evening|season|decade|theme|"
                       r"statistics|title|report|study|author|source)|the latter|the former|the following|the above|"
                       r"the (above-)?mentioned|the aforementioned|"
                       r"the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                       r"(?=\s*[?,.]|\s+(was|is|were|are|had|has|did|does|became)\b))\b", re.I)
# Discourse words inside a sentence that set it against another: "In what year were instead 5 gigatons released?"
DISCOURSE_INSIDE = re.compile(r"\b(instead(?! of\b)|in turn|however|nevertheless|nonetheless)\b", re.I)
# A statement that opens with a subordinator and has no main clause after a comma is a fragment.
FRAGMENT = re.compile(r"^((when|whenever|if|because|although|though|while|whereas|since|unless|once|until|"
                      r"after|before)\b[^,;–—]*|[a-z]+ (which|whom)\b.*)$", re.I)  # also "During which ..."
WH_OPEN = re.compile(r"^((in|on|at|by|since|until|before|after|from|for|to|with|about|into|during|against|toward|towards|"
                     r"upon) )?(what|which|who|whom|whose|when|where|why|how)\b", re.I)
# A source's typo kept in the prompt: "It has also be referenced in ...".
PERFECT_BASE = re.compile(r"\b(has|have|had)\s+(?:(?:also|not|never|already|always|just|since)\s+)?"
                          r"(be|do|go|see|take|make|give|get|begin|write|know)(?![\w-])", re.I)
RELATIVE_OPEN = re.compile(r"^(where|which|who|whom|whose|wherein|whereby)\b", re.I)
# A statement that ends on a verb of being or a function word lost its end: "The Dalek race ... are."
CUT_SHORT = re.compile(r"\b(is|are|was|were|be|been|being|the|a|an|of|to|and|or|with|by|for|from|in|on|at|than|which|"
                       r"whom|whose)\.$", re.I)  # "... there were 366,273 households out of which."
PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"))
BLANK = "_____"
ALL_OF = re.compile(r"\b(all|none|both) of the above\b", re.I)
MAX_LEN_RATIO = 4.0


# "How many ...", and "For how many deaths ...?" with the preposition the number's noun took.
HOW_MANY = re.compile(r"(?:(?:for|in|of|by|with|to|from|at|on|after|before|over|under|within|among|between) )?"
                      r"(?:how many|how much|what number)\b")


def check_question(q: dict[str, Any], *, headings: tuple[str, ...] = ()) -> list[str]:
    """Every rubric problem of one question of the quiz JSON; an empty list when it passes."""
    problems: list[str] = []
    prompt = q.get("prompt", "")
    qtype = q.get("type")
    problems += _form(prompt, qtype)
    problems += _standalone(prompt, headings)
    limit = MAX_STATEMENT_WORDS if qtype in ("true_false", "fill_in_blank") else MAX_PROMPT_WORDS
    if len(prompt.split()) > limit:
        problems.append(f"prompt longer than {limit} words")
    if qtype == "true_false":
        problems += _true_false(q)
    else:
        problems += _keyed(q, prompt, qtype)
    if not q.get("explanation", "").strip():
        problems.append("no explanation")
    return problems


def question_problems(prompt: str, *, answer: str = "", answer_type: str = "term") -> list[str]:
    """The rubric problems of a bare question and its answer (the checks that need no quiz around them)."""
    probe = {"type": "short_answer", "prompt": prompt, "explanation": "-",
             "answer": {"text": answer or "-", "accepted": [answer or "-"]}, "fact": {"answer_type": answer_type}}
    return check_question(probe)


def _form(prompt: str, qtype: str | None) -> list[str]:
    out = []
    if not prompt or not prompt[0].isupper():
        out.append("prompt does not start with a capital letter")
    end = "." if qtype == "true_false" else "?"
    if qtype == "fill_in_blank":
        if not prompt.endswith((".", "?")) or prompt.endswith(("..", "??", "?.", ".?")):
            out.append("fill-in-the-blank prompt must end with one '.' or '?'")
    elif not prompt.endswith(end) or prompt.endswith(end * 2) or prompt[:-1].rstrip().endswith(("?", ".", ",")):
        out.append(f"prompt must end with one {end!r}")
    if qtype not in ("true_false", "fill_in_blank") and prompt.count("?") != 1:
        out.append("prompt must hold exactly one '?'")
    for a, b in PAIRS:
        if prompt.count(a) != prompt.count(b):
            out.append(f"unbalanced {a}{b}")
    if prompt.count('"') % 2 or not _quotes_paired(prompt):
        out.append("unbalanced quotes")
    if ("()" in prompt or "  " in prompt or " ," in prompt or " ." in prompt.replace(BLANK + " .", "")
            or re.search(r'"\s*"|“\s*”', prompt)):
        out.append("broken spacing or empty brackets")
    if qtype in ("multiple_choice", "short_answer") and not WH_OPEN.match(prompt) and not _inverted(prompt):
        out.append("prompt is not a question")
    elif qtype in ("multiple_choice", "short_answer") and len(prompt.split()) < 3:
        out.append("a question of fewer than three words")  # "Who are?": the clause lost its words
    if PERFECT_BASE.search(prompt):
        out.append("a perfect tense with a bare verb ('has be')")
    return out


def _quotes_paired(prompt: str) -> bool:
    """Straight quotes open before a word and close after one: 'Formal imperialism" is ...' lost its opening quote."""
    opened = False
    for m in re.finditer('"', prompt):
        before = prompt[m.start() - 1] if m.start() else " "
        after = prompt[m.end()] if m.end() < len(prompt) else " "
        if not opened and (before.isalnum() or before in ".,;:!?") and not after.isalnum():
            return False  # a closing quote with nothing opened
        opened = not opened
    return True


def _inverted(prompt: str) -> bool:
    return bool(re.match(r"^(is|are|was|were|do|does|did|can|could|has|have|had|will|would)\b", prompt, re.I))


def _standalone(prompt: str, headings: tuple[str, ...]) -> list[str]:
    out = []
    if DISCOURSE_START.match(prompt):
        out.append("starts with a discourse word")
    if SECOND_PERSON.search(prompt):
        out.append("second person ('you') in the prompt")
    if FIRST_PERSON.search(prompt):
        out.append("the author's first person ('we') in the prompt")
    if BAD_STRANDING.search(prompt):
        out.append("a stranded preposition or article at the end of the question")
    if DANGLING.search(prompt) or _unnamed_person(prompt):
        out.append("pronoun whose referent is outside the prompt")
    if ANAPHORIC_START.match(prompt):
        out.append("starts with a word that points at another sentence")

    if not prompt.endswith("?") and FRAGMENT.match(prompt):
        out.append("a statement that is only a subordinate clause")
    if not prompt.endswith("?") and RELATIVE_OPEN.match(prompt):
        out.append("a statement that opens with a relative word")  # "Where _____ was voted ..."
    if not prompt.endswith("?") and CUT_SHORT.search(prompt):
        out.append("a statement cut short")
    if DISCOURSE_INSIDE.search(prompt):
        out.append("a discourse word that points at another sentence ('instead')")
    if VAGUE_REF.search(prompt):
        out.append("vague reference ('this treatment')")
    if prompt.endswith("?") and re.search(r", (?:although|though|even though|whereas) ", prompt):
        out.append("a concession kept in a question")  # "How many kilometres does the Nile flow ..., although
        # some measure the Amazon as longer?"
    if ASKED_SUBJECT_COMPARED.match(prompt):
        out.append("'that of' stands for the noun the question asks for")  # "What is thicker than that of the
        # right ventricle?": that of what?
    for heading in headings:
        if heading and heading in prompt:
            out.append(f"heading text {heading!r} in the prompt")
    return out


# A question for a subject that the rest compares by "that of": the "that" stands for the noun the answer is.
ASKED_SUBJECT_COMPARED = re.compile(r"^(?:What|Which \w+|Who)\b[^?]*\bthan (?:that|those) of\b")


def _unnamed_person(prompt: str) -> bool:
    """"he"/"her" with no name before it in the prompt."""
    for m in PERSONAL.finditer(prompt):
        before = prompt[: m.start()].split()
        names = [w for n, w in enumerate(before) if w[:1].isupper() and (n > 0 or w.lower() not in FUNCTION_WORDS)]
        if not names:
            return True
    return False


def _keyed(q: dict[str, Any], prompt: str, qtype: str | None) -> list[str]:
    out = []
    answer = q.get("answer", {}) or {}
    text = answer.get("text", "")
    accepted = answer.get("accepted", [])
    if not text.strip():
        return ["no answer"]
    if qtype == "fill_in_blank":
        if prompt.count(BLANK) != 1:
            out.append("fill-in-the-blank prompt must hold exactly one blank")
        if re.search(BLANK + r"[A-Z]", prompt):
            out.append("the blank cuts a word or unit in two")  # "At _____C" for "5 °"
        out += _given_away(prompt.replace(BLANK, " "), text)
    else:
        out += _given_away(prompt, text)
        out += _wh_fits(prompt, q.get("fact", {}).get("answer_type", ""), qtype)
    if not accepted or normalise(text) not in {normalise(a) for a in accepted}:
        out.append("answer text is not among the accepted answers")
    if qtype == "multiple_choice":
        out += _choices(q.get("choices", []), text)
    return out


def _given_away(prompt: str, answer: str) -> list[str]:
    key = normalise(answer)
    keys = {key, key[:-1]} if key.endswith("s") and len(key) > 3 else {key}  # "prime elements" / "prime element"
    text = normalise(prompt)
    if key and any(re.search(rf"(^|\s){re.escape(k)}($|\s)", text) for k in keys):
        return ["the prompt contains the answer"]
    if which_modifier_given(prompt, answer):
        return ["the prompt names the answer's kind and the word that tells which"]
    if len(key.split()) == 1 and any(_prefixed_pair(key, w) for w in text.split()):
        return ["the prompt names the answer's opposite by prefix"]  # "inflation's opposite" -> deflation
    head = WHICH.match(prompt.strip())
    if len(key.split()) == 1 and any(_shared_stem(key, w) for w in text.split()
                                     if not (head and singular_form(key) == singular_form(head.group(1).lower()))):
        return ["the prompt names a word of the answer's stem"]  # "named in Mendeleev's honour" -> mendelevium
    return []


def _shared_stem(x: str, y: str) -> bool:
    """"mendelevium"/"mendeleev": two different words that share a stem of 6 letters or more, most of the shorter."""
    if x == y or len(x) < 6 or len(y) < 6:
        return False
    n = len(os.path.commonprefix([x, y]))
    return n >= 6 and n >= 0.6 * min(len(x), len(y))


OPPOSING_PREFIXES = ("counter", "anti", "non", "dis", "de", "in", "im", "il", "ir", "un")


def _prefixed_pair(x: str, y: str) -> bool:
    """"deflation"/"inflation", "invisible"/"visible", "illegal"/"legal": one word and the other with a prefix
    changed or added, on a stem of 5 letters or more."""
    if x == y:
        return False
    def stems(w: str) -> set[str]:
        return {w} | {w[len(p):] for p in OPPOSING_PREFIXES if w.startswith(p) and len(w) - len(p) >= 5}
    return bool({s for s in stems(x) if len(s) >= 5} & stems(y))


WHICH = re.compile(r"^(?:\w+ )?which (\w+)\b", re.I)
SMALL_WORDS = frozenset("the a an of and or to in on for with by at from".split())


def which_modifier_given(prompt: str, answer: str, elsewhere: str = "") -> bool:
    """"Which pharmacies can be found within the hospital?" -> *hospital pharmacies*: the question says
    "pharmacies" and the rest of it says "hospital", so the answer is given away. ``elsewhere`` is more
    text the reader sees (the quiz's title: "Which mercenaries ...?" -> *Norman mercenaries* in a quiz on
    the Normans)."""
    m = WHICH.match(prompt.strip())
    words = normalise(answer).split()
    if m is None or len(words) < 2 or singular_form(words[-1]) != singular_form(m.group(1).lower()):
        return False
    rest = {singular_form(w) for w in re.findall(r"[^\W\d_]+", (prompt[m.end():] + " " + elsewhere).lower())}
    return any(singular_form(w) in rest for w in words[:-1] if w not in SMALL_WORDS and len(w) > 2)


def _wh_fits(prompt: str, atype: str, qtype: str | None) -> list[str]:
    low = prompt.lower()
    out = []
    dated = atype in ("decade", "year", "date")
    if dated and not re.match(
            r"^(when|in what|what|which|during what|by what|since what|until what|before what|after what|from what|"
            r"by when|since when|until when)\b", low):
        out.append(f"a {atype} needs when / what year / which decade")
    if dated and qtype != "fill_in_blank" and YEARISH.search(prompt):
        out.append("the prompt names another date, so the date asked for is ambiguous")
    if atype == "decade" and not ("decade" in low or " when" in f" {low}"):
        out.append("a decade needs 'when' or 'what decade'")
    if atype == "year" and not ("year" in low or " when" in f" {low}"):
        out.append("a year needs 'when' or 'what year'")
    if atype == "multiplier" and not low.startswith("how many times"):
        out.append("a multiplier needs 'how many times'")
    if atype in ("number", "range") and not HOW_MANY.match(low):
        out.append(f"a {atype} needs 'how many' or 'how much'")
    low = re.sub(r"^(to|with|from|for|about|by|against|upon|toward|towards|into) (?=whom?\b|which\b)", "", low)
    if low.startswith("who") and atype != "person":
        out.append("'who' is for people only")
    if atype == "person" and not low.startswith(("who", "which")):
        out.append("a person needs 'who'")
    return out


def _choices(choices: list[dict[str, Any]], answer: str) -> list[str]:
    out = []
    correct = [c for c in choices if c.get("correct")]
    if len(correct) != 1:
        out.append("multiple choice needs exactly one correct option")
    elif normalise(correct[0]["text"]) != normalise(answer):
        out.append("the correct option is not the answer")
    texts = [normalise(c.get("text", "")) for c in choices]
    if len(set(texts)) != len(texts):
        out.append("two options are the same after normalisation")
    if len(choices) < 4:
        out.append("fewer than 3 distractors")
    for c in choices:
        if ALL_OF.search(c.get("text", "")):
            out.append("'all/none of the above' option")
        if not c.get("correct") and _variant(c.get("text", ""), answer):
            out.append(f"distractor {c.get('text')!r} is a variant of the answer")
    lengths = [len(c.get("text", "")) for c in choices] or [1]
    if max(lengths) > MAX_LEN_RATIO * max(min(lengths), 3):
        out.append("options differ too much in length")
    return out


def _variant(option: str, answer: str) -> bool:
    a, b = normalise(option), normalise(answer)
    if a == b:
        return True
    for pattern in (MULTIPLIER, DECADE, YEAR):
        ma, mb = pattern.match(option.strip()), pattern.match(answer.strip())
        if ma and mb and re.sub(r"\D", "", option) == re.sub(r"\D", "", answer):
            return True
    return False


def _true_false(q: dict[str, Any]) -> list[str]:
    out = []
    value = (q.get("answer") or {}).get("value")
    if not isinstance(value, bool):
        out.append("true/false needs a boolean answer")
    if q.get("choices"):
        out.append("true/false has no choices")
    if value is False and normalise(q.get("prompt", "")) == normalise(q.get("explanation", "")):
        out.append("a false statement equals its explanation")
    return out


def check_quiz(quiz: dict[str, Any], *, headings: tuple[str, ...] = ()) -> list[str]:
    """Problems of every question (prefixed with its id) and of the quiz as a whole."""
    problems = []
    seen: dict[tuple[str, int, int], str] = {}
    for q in quiz.get("questions", []):
        for p in check_question(q, headings=headings):
            problems.append(f"{q.get('id')}: {p}")
        span = q.get("answer_span", {})
        key = (q.get("type", ""), span.get("start", -1), span.get("end", -1))
        if key in seen:
            problems.append(f"{q.get('id')}: tests the same fact the same way as {seen[key]}")
        seen[key] = q.get("id", "")
    tf = [q["answer"]["value"] for q in quiz.get("questions", []) if q.get("type") == "true_false"]
    if len(tf) >= 4 and abs(tf.count(True) - tf.count(False)) > len(tf) // 2:
        problems.append("true and false statements are not balanced")
    places = {next((n for n, c in enumerate(q.get("choices", [])) if c.get("correct")), -1)
              for q in quiz.get("questions", []) if q.get("type") == "multiple_choice"}
    if sum(q.get("type") == "multiple_choice" for q in quiz.get("questions", [])) >= 4 and len(places) == 1:
        problems.append("the correct option is in the same place in every multiple-choice question")
    return problems
