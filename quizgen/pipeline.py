"""The pipeline: read -> analyse -> extract -> generate -> select, chained in one function."""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field

from . import __version__
from .distract import clear_caches
from .extract import extract_facts, extract_terms, parse_title
from .generate import Context, generate_questions
from .nlp import analyse, load_model, model_label
from .select import select_questions
from .types import QUESTION_TYPES, Article, Fact, Quiz

DEFAULT_COUNT = 10


@dataclass(frozen=True)
class Options:
    """Everything that shapes a quiz besides the article; part of the quiz id."""

    count: int = DEFAULT_COUNT
    types: tuple[str, ...] = QUESTION_TYPES
    seed: int = 0
    title: str | None = None
    model: str | None = None
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"count": self.count, "types": list(self.types), "seed": self.seed, "title": self.title}


def facts_of(article: Article, *, model: str | None = None) -> list[Fact]:
    """The facts quizgen finds in an article, best first."""
    nlp = load_model(model)
    facts = extract_facts(article, analyse(article, nlp), title_doc=parse_title(nlp, article.title))
    return sorted(facts, key=lambda f: (-f.salience, f.start, f.answer_start))


def build_quiz(article: Article, options: Options = Options()) -> Quiz:
    """Turn one article into a quiz of up to ``options.count`` questions."""
    nlp = load_model(options.model)
    clear_caches()
    docs = analyse(article, nlp)
    facts = extract_facts(article, docs, title_doc=parse_title(nlp, article.title))
    sentences = tuple(s.text for doc in docs for s in doc.sents)
    ctx = Context(article.sha256, extract_terms(docs), sentences, tuple(h.text for h in article.headings))
    rng = random.Random(options.seed)
    candidates = [q for fact in facts for q in generate_questions(fact, ctx, types=options.types, rng=rng)]
    questions, notes = select_questions(candidates, count=options.count, types=options.types, rng=rng)
    key = json.dumps({"sha256": article.sha256, **options.as_dict()}, sort_keys=True)
    return Quiz(
        id="quiz-" + hashlib.sha256(key.encode()).hexdigest()[:16],
        title=options.title or article.title,
        questions=tuple(questions),
        source_name=article.name,
        source_sha256=article.sha256,
        source_characters=len(article.text),
        model=model_label(nlp),
        version=__version__,
        seed=options.seed,
        requested=options.count,
        notes=tuple(notes),
        options=options.as_dict(),
    )
