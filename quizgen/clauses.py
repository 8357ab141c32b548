"""Split parsed sentences into standalone clauses and render edited token runs."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lemminflect import getAllLemmas, getInflection
from spacy.tokens import Span, Token

from .answers import TIME_UNITS
from .kinds import (NAME_KEY, SubjectName, bare_definite, human_noun, points_elsewhere, subject_points_elsewhere,
                    unplaced_statistic)

# Sentence-initial words that point at the previous sentence; dropped.
DISCOURSE = frozenset(
    "however additionally also moreover furthermore therefore thus hence consequently meanwhile "
    "instead besides indeed similarly likewise finally then still nevertheless nonetheless so overall "
    "but and yet while whereas accordingly conversely alternatively admittedly interestingly surprisingly "
    "notably importantly remarkably curiously ironically fortunately unfortunately incongruously oddly strangely "
    "paradoxically amazingly unsurprisingly predictably understandably tellingly crucially obviously clearly "
    "afterwards afterward subsequently thereafter".split()
)
DISCOURSE_PHRASES = ("in turn", "in addition", "as a result", "for example", "for instance", "in fact", "of course",
                     "in comparison", "by contrast", "in contrast", "on the other hand", "at the same time",
                     "in response", "in the meantime", "as a consequence", "for the same reason", "for this reason",
                     "for that reason")
# Adverbs of the verb that link the sentence to another wherever they stand: "the Scots then captured ...",
# "X was however Maria de la Queillerie", "5 gigatons were instead released".
LINKING_ADVERBS = frozenset("however nevertheless nonetheless instead therefore thus hence consequently meanwhile "
                            "then later subsequently afterwards thereafter".split())
# Verbs of answering: with no "to X", what they answer is in another sentence.
RESPONSE_VERBS = frozenset("respond react reply retaliate answer".split())
# Openers that place a sentence after the one before it: "Much later, Calvin traced ...", "Soon after, ...".
LATER_OPENER = re.compile(r"(?:(?:(?:much|soon|shortly|not long|some time|sometime|years|decades|centuries|long) )?"
                          r"(?:later|after|afterwards|afterward|thereafter)|(?:more |most )?recently)\s*,\s", re.I)
# Openers that link back only when they stand first with a comma ("That is, ...", not "the one that is").
COMMA_OPENERS = (("that", "is"), ("in", "other", "words"), ("in", "short"), ("in", "sum"), ("in", "summary"))
PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in DISCOURSE_PHRASES:
    PHRASES_BY_FIRST.setdefault(_phrase.split()[0], []).append(tuple(_phrase.split()))
# Clauses that are opinion, hedging, advice or advertising rather than checkable fact.
HEDGES = re.compile(
    r"\b(probably|perhaps|maybe|is thought to|are thought to|is believed to|are believed to|"
    r"perfect|best for|contact us|call us|our clinic|we offer|sign up|today!|would have|could have|might have)\b",
    re.I,
)
# A textbook talking about itself: "Food chains will be discussed in the Ecology concepts", "as shown below".
META = re.compile(r"\b(will be|are|is|were|was) (discussed|described|covered|explained|examined|introduced|shown) "
                  r"(in (the )?(next|following|later|ecology|chapter|section|lesson|concept)|later|below|above)\b|"
                  r"\b(this|the next|the following|the previous) (chapter|section|lesson|concept|unit)\b", re.I)
# A quantifier standing alone as the subject: its noun is in an earlier clause ("Others fled to New Orleans").
BARE_QUANTIFIERS = frozenset("many some others other most several few both all each one another either neither "
                             "much none dozens hundreds thousands millions".split())  # "hundreds were at work": of what?
LEGEND_NOUNS = frozenset("story legend myth tale anecdote tradition rumour rumor folklore".split())
TELLING_VERBS = frozenset("say tell go claim hold suggest relate recount mention".split())
SUBJECT_PRONOUNS = frozenset({"it", "they", "this", "these", "those", "he", "she", "that"})
ISLANDS = frozenset({"relcl", "advcl", "acl", "ccomp", "csubj", "parataxis", "appos", "conj", "cc", "mark", "pcomp"})
CONTRACTIONS = {"’re": "are", "'re": "are", "’ve": "have", "'ve": "have", "’d": "would", "'d": "would",
                "’m": "am", "'m": "am", "’ll": "will", "'ll": "will", "n’t": "not", "n't": "not"}


@dataclass
class Clause:
    """A run of tokens from one sentence that reads as a sentence, plus text edits.

    ``subs`` maps a token index to the text that replaces it ("" deletes it).
    """

    sent: Span
    root: Token
    tokens: list[Token]
    subs: dict[int, str] = field(default_factory=dict)
    usable: bool = True
    why: str = ""
    shared_subject: Token | None = None  # "X finished ... and denied ...": the second verb's subject is X

    @property
    def subject(self) -> Token | None:
        if self.shared_subject is not None:
            return self.shared_subject
        for child in self.root.children:
            if child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj"):
                return child
        return None

    def text_of(self, token: Token) -> str:
        return self.subs.get(token.i, token.text)

    def kept(self) -> list[Token]:
        return [t for t in self.tokens if self.subs.get(t.i, t.text) != ""]


def render(clause: Clause, tokens: list[Token], overrides: dict[int, str] | None = None) -> str:
    """Join tokens with their own spacing, applying the clause's edits."""
    overrides = overrides or {}
    parts: list[str] = []
    for n, tok in enumerate(tokens):
        text = overrides.get(tok.i, clause.subs.get(tok.i, tok.text))
        if text == "":
            continue
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        space = tok.whitespace_ if (nxt is not None and nxt.i == tok.i + 1) else " "
        parts.append(text + (space if space else ""))
    return tidy("".join(parts))


def tidy(text: str) -> str:
    """Normalise spacing and punctuation left behind by deletions."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:?!)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"^[,;:\s—–-]+", "", text)
    text = re.sub(r"[,;:\s—–-]+$", "", text)
    return text


def sentence_text(sent: Span) -> str:
    """A sentence as shown to students: the blanks left by removed reference marks closed up."""
    text = re.sub(r"(?<=\S) {2,}(?=[.,;:!?)])", "", sent.text.strip())
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)


def split_clauses(sent: Span) -> list[Clause]:
    """The main clause and each coordinated clause that has its own subject."""
    roots = [sent.root]
    if _in_brackets(sent.root):  # "X set the record at 13 years (Manning was 39, Newton was 26)": the model's root
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and _has_subject(t) and t.dep_ != "relcl"
                 and not _in_brackets(t)]
        roots = verbs[:1] or roots
    elif sent.root.pos_ not in ("VERB", "AUX"):
        # A dash or colon broke the parse: the first verb with a subject carries the clause.
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and _has_subject(t) and t.dep_ != "relcl"]
        roots = verbs[:1] or roots
    shared: dict[int, Token] = {}  # a coordinated verb without a subject of its own -> the subject it shares
    detached: list[Token] = []
    for tok in sent:
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head in roots:
            if _has_subject(tok):
                roots.append(tok)
            elif _finite(tok) and all(c.dep_ in ("aux", "auxpass", "neg", "advmod", "punct", "cc") for c in tok.lefts) \
                    and sent.doc[tok.left_edge.i - 1].pos_ in ("NOUN", "PROPN", "PRON", "NUM") \
                    and (_has_aux(tok) or tok.lemma_ == "be"):  # not "the wind rose statistics"
                # "... and the decay of these organisms may reduce": the noun before the verb is its own subject,
                # which the parser hung elsewhere; the verb is neither the first subject's nor part of its clause
                detached.append(tok)
            elif _finite(tok) and all(c.dep_ in ("aux", "auxpass", "neg", "advmod", "punct", "cc") for c in tok.lefts) \
                    and not any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and tok.head.i < c.i < tok.i
                                for c in tok.head.children) \
                    and sent.doc[tok.left_edge.i - 1].pos_ not in ("NOUN", "PROPN", "PRON") \
                    and any(c.dep_ in COMPLEMENTS and c.i < tok.i for c in tok.head.children) \
                    and not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("relcl", "ccomp", "acl")
                                for t in sent.doc[tok.head.i + 1:tok.i]):
                # (and the first verb has words of its own: "attacked and destroyed the colony" shares the object)
                # "..., and the Academy, overcoming opposition, honoured her", "..., when Henry ..., issued":
                # a clause whose subject the parser hung elsewhere, not a second verb of the first subject
                subject = shared.get(tok.head.i) or _subject_of(tok.head)
                if subject is not None and (subject.tag_ in ("NNS", "NNPS") and tok.tag_ == "VBZ"
                                            or subject.tag_ in ("NN", "NNP") and tok.tag_ == "VBP"):
                    subject = None  # "Engineers built barays, the largest of which ... is 8 km long": not theirs
                if subject is not None and subject.i < tok.head.i:
                    shared[tok.i] = subject
                    roots.append(tok)
    clauses = []
    for root in roots:
        drop: set[int] = set()
        why = ""
        for other in roots + detached:
            if other is not root and root.is_ancestor(other):
                drop.update(t.i for t in other.subtree)
                drop.update(_coordinator_before(other))
        subject = shared.get(root.i)
        if subject is not None:  # the shared subject, then this verb's own words
            drop.difference_update(t.i for t in subject.subtree)
        for child in root.children:
            if _spliced(child, root) and root.tag_ == "VBN" and not _has_aux(root):
                why = "a participle read as the verb"  # "X were printed with type, a technology invented in ..."
            if _spliced(child, root):
                drop.update(t.i for t in child.subtree)
                if sent.doc[child.right_edge.i + 1].is_punct:  # the comma after it (a colon is its own)
                    drop.add(child.right_edge.i + 1)
                continue
            if child.dep_ == "npadvmod" and child.pos_ == "NOUN" and child.i > root.i and _after_comma(child) \
                    and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in child.children):
                # "appeared in 1687, its publication paid for by Halley": an absolute phrase, no part of the question
                drop.update(t.i for t in child.subtree)
                drop.add(child.left_edge.i - 1)
                continue
            if child.dep_ == "advcl" and child.i > root.i and _has_subject(child) and _after_comma(child) and not any(
                    c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in child.children):
                # "The target was announced in 2004, since then 2.4m customers had subscribed": a second sentence
                drop.update(t.i for t in child.subtree)
                drop.add(child.left_edge.i - 1)
                continue
            if child.dep_ in ("parataxis",) or (child.dep_ in ("relcl", "advcl") and _after_comma(child)
                                                 and (child.dep_ == "relcl" or child.left_edge.lower_ in ("which", "who"))):
                drop.update(t.i for t in child.subtree)
        drop.update(_parentheticals(sent, root))
        own = set(root.subtree) | (set(subject.subtree) if subject is not None else set()) | _shared_time(root, roots)
        tokens = sorted((t for t in own if t.i not in drop and not t.is_space), key=lambda t: t.i)
        while tokens and (tokens[-1].is_punct and not _closing_quote(tokens) or tokens[-1].text in ("and", "but", "or")):
            tokens.pop()
        before = sent.doc[tokens[0].i - 1] if tokens and tokens[0].i > sent.start else None
        if root.dep_ == "conj" and before is not None and before.dep_ == "cc" and before.head.i != root.head.i \
                and before.head.i not in {t.i for t in tokens}:
            why = "begins inside a phrase of another clause"  # "and on 29 October, or [Black Tuesday, about 16
            # million shares changed hands]": the "or" before it is the date's
        if any(c.dep_ == "npadvmod" and c.pos_ == "NOUN" and any(g.dep_ == "nummod" for g in c.children)
               and any(d.dep_ in ("dobj", "attr") and any(k.dep_ == "conj" and k.i < c.i for k in d.children)
                       for d in root.children) for c in root.children if c.i > root.i):
            why = "a verb left out of a second clause"  # "X had laid 1,085 miles of track and Y about 690 miles"
        if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _has_aux(c) and not _has_subject(c)
               and c.doc[c.left_edge.i - 1].dep_ not in ("cc", "punct") and c.doc[c.left_edge.i - 1].text != ","
               and c.left_edge.i > root.i for c in root.children):
            why = "two verbs with nothing between"  # "Water polluted with nitrates may stimulate ...": a participle
        # "A 2019 study estimated that infections were ...", the model's root a noun: the verb that carries the
        # clause keeps no "that" of its own
        subs = {tokens[0].i: ""} if tokens and tokens[0].lower_ == "that" and tokens[0].dep_ == "mark" \
            and tokens[0].head.i == root.i and root.dep_ == "ccomp" else {}
        clauses.append(Clause(sent=sent, root=root, tokens=tokens, shared_subject=subject, usable=not why, why=why,
                              subs=subs))
    clauses.extend(_subordinate_clauses(sent, roots))
    return clauses


def _shared_time(root: Token, roots: list[Token]) -> set[Token]:
    """"By 1500, presses were operating in 250 cities, and they had produced 20 million volumes": a date fronted
    before the first clause's subject dates the coordinated clause too, which keeps it (and its comma) unless it
    has a date of its own."""
    host = root.head
    if root.dep_ != "conj" or host not in roots or host.i > root.i:
        return set()
    first = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    doc = root.doc
    cc = max((c.i for c in host.children if c.dep_ == "cc" and c.i < root.left_edge.i), default=root.left_edge.i)
    if first is None or any(t.ent_type_ in ("DATE", "TIME") or YEAR.fullmatch(t.text)  # "..., and on 29 October,
                            for t in list(root.subtree) + list(doc[cc:root.left_edge.i])) or any(  # or X, ...": its own
            c.dep_ == "advmod" and c.lower_ in ("later", "earlier", "then", "afterwards", "soon") for c in root.children):
        return set()
    out: set[Token] = set()
    for child in host.children:
        if child.i < first.left_edge.i and child.dep_ in ("prep", "npadvmod") and any(
                t.ent_type_ in ("DATE", "TIME") or YEAR.fullmatch(t.text) for t in child.subtree):
            out.update(child.subtree)
            after = root.doc[child.right_edge.i + 1]
            if after.text == ",":
                out.add(after)
    return out


EVIDENCE_VERBS = frozenset({"show", "find", "reveal", "demonstrate", "confirm", "indicate", "prove", "report", "note",
                            "announce", "explain", "discover", "establish", "learn", "realize", "realise"})
HYPOTHETICAL = frozenset({"if", "unless", "whether", "though", "although", "as", "while", "so"})


def _subordinate_clauses(sent: Span, roots: list[Token]) -> list[Clause]:
    """Clauses inside clauses that state a fact of their own.

    "When the war ended in 1945, ..." (an adverbial clause, not a conditional),
    "Studies show that X ..." (the evidence, X), and "the tunnel, which opened
    in 1967, ..." (a non-restrictive relative clause, its pronoun replaced by
    the noun it stands for).
    """
    out = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or tok in roots or not _has_subject(tok):
            continue
        marks = [c for c in tok.children if c.dep_ == "mark" or (c.tag_ == "WRB" and c.i == tok.left_edge.i)]
        contrast = [m for m in marks if m.lower_ in ("while", "whereas")]
        if tok.dep_ == "advcl" and _generic_when(tok, marks):
            continue
        if tok.dep_ == "advcl" and any(m.lower_ in ("where", "how", "why") for m in marks) and tok.i > tok.head.i \
                and not _after_comma(tok):
            continue  # "orbitals, which describe where an electron is likely to be found": a question, not a fact  # "the type that comes to mind when people think of Chinese art": no fact of its own
        if tok.dep_ == "advcl" and marks and (not any(m.lower_ in HYPOTHETICAL for m in marks) or contrast and tok.i > tok.head.i
                                    and _after_comma(tok)):
            # "..., while Newton was picked first in 2011": a contrast that states a fact of its own
            subs: dict[int, str] = {m.i: "" for m in marks}
        elif tok.dep_ == "ccomp" and tok.head.lemma_.lower() in EVIDENCE_VERBS and not any(
                c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ in ("neg", "advcl") for c in tok.head.children):
            # not "he might find that ...", "did not show that ...", "if ..., he finds that ...": no finding
            subs = {m.i: "" for m in marks}
        elif tok.dep_ == "relcl" and _after_comma(tok):
            if any(t.lower_ in ("which", "whom") and t.head.lower_ == "of" for t in tok.subtree):
                continue  # "barays, the largest of which, the West Baray, is about 8 kilometres long": a part of them
            subs = _antecedent(tok)
            if not subs:
                continue
        else:
            continue
        if any(c.dep_ == "ccomp" for c in tok.children):
            continue  # "... before the show hit [Angels ended its run]": a verb whose complement is a clause of its own
        if any(t.i < m.i and not t.is_punct for m in marks if m.i in subs for t in tok.subtree):
            continue  # "five months before X ended": without "before", "Five months X ended." says nothing
        nested = {t.i for c in tok.children if c.dep_ in ("relcl", "advcl", "ccomp", "parataxis") for t in c.subtree}
        tokens = sorted((t for t in tok.subtree if t.i not in nested and not t.is_space), key=lambda t: t.i)
        while tokens and (tokens[-1].is_punct and not _closing_quote(tokens) or tokens[-1].lower_ in ("and", "but", "or")):
            tokens.pop()
        out.append(Clause(sent=sent, root=tok, tokens=tokens, subs=subs))
    return out


def _noun_ancestors(tok: Token) -> list[Token]:
    """The nouns ``tok`` hangs from up to the nearest verb: "Harvey Martin" above "co-MVP of Super Bowl XII"."""
    out = []
    while tok.head.i != tok.i and tok.head.pos_ not in ("VERB", "AUX"):
        tok = tok.head
        out.append(tok)
    return out


def _phrase_of(tok: Token, head: Token) -> bool:
    """``tok`` belongs to ``head``'s own phrase, not to a clause inside it ("many of which", not "X, which led")."""
    while tok.i != head.i:
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _verb_of(tok: Token) -> Token:
    """The verb whose clause ``tok`` belongs to."""
    while (tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass")) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _in_brackets(tok: Token) -> bool:
    depth = 0
    for t in tok.sent[:tok.i - tok.sent.start]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _spliced(child: Token, root: Token) -> bool:
    """A clause the writer joined to the main one with a comma, read as its complement: "logos were implemented
    across the league, the numbering of the line was colored gold" (not '"We won," he said')."""
    subj = _subject_of(root)
    if child.dep_ not in ("ccomp", "parataxis") or subj is None or child.right_edge.i >= subj.left_edge.i:
        return False
    doc = child.doc
    after = child.right_edge.i + 1
    if doc[child.right_edge.i].text == ":":
        after -= 1  # "Some old bulbs have lasted remarkably long: the Centennial Light ... has been burning"
    edges = [i for i in (child.left_edge.i - 1, child.left_edge.i, child.right_edge.i, after + 1) if 0 <= i < len(doc)]
    return _has_subject(child) and doc[after].text in (",", ":") and not any(doc[i].is_quote for i in edges) \
        and not any(c.dep_ == "mark" for c in child.children)


def _closing_quote(tokens: list[Token]) -> bool:
    """The last token closes a quotation or bracket the clause opened: 'a campaign, "Start Here"' keeps its last quote."""
    last = tokens[-1]
    if last.text == ")":  # "(the French church in New Amsterdam)"
        return sum(t.text == "(" for t in tokens) == sum(t.text == ")" for t in tokens)
    if not last.is_quote or len(tokens) > 1 and tokens[-2].text in (".", "!", "?"):
        return False  # 'as "searching, rather than doctrinaire."': the sentence's own end, not to be doubled
    quotes = [t for t in tokens if t.is_quote]
    return len(quotes) % 2 == 0


def _disagrees(noun: Token, verb: Token) -> bool:
    """The verb's number is not the noun's: "chambers ..., which is", "the law ..., which were"."""
    tensed = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    singular = any(t.tag_ == "VBZ" or t.lower_ == "was" for t in tensed)
    plural = any(t.tag_ == "VBP" or t.lower_ == "were" for t in tensed)
    return singular and noun.tag_ in ("NNS", "NNPS") or plural and noun.tag_ == "NN"


FRACTIONS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths percent per cent".split())


def _amount_of_clause(noun: Token, relcl: Token) -> bool:
    """", which is one fifth of ...", ", which is about 30 percent": a share said of a named place or body is said
    of the amount in the clause before, not of the name the "which" follows."""
    if relcl.lemma_ != "be" or noun.pos_ != "PROPN" or noun.ent_type_ in ("CARDINAL", "QUANTITY", "PERCENT", "MONEY"):
        return False
    attr = next((c for c in relcl.children if c.dep_ in ("attr", "acomp")), None)
    return attr is not None and (attr.lower_ in FRACTIONS or attr.ent_type_ in ("PERCENT", "QUANTITY", "CARDINAL")
                                 or attr.like_num)


def _generic_when(verb: Token, marks: list[Token]) -> bool:
    """"when(ever) people think of ...", "once it is heated": a present-tense condition states a habit, no fact."""
    return any(m.lower_ in ("when", "whenever", "once", "before", "after", "until") for m in marks) and (
        verb.tag_ in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ")
                                           for c in verb.children))


def _antecedent(relcl: Token) -> dict[int, str]:
    """Replace the relative pronoun subject ("which", "who") with the noun phrase it refers to."""
    subj = next((c for c in relcl.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("which", "who", "that"):
        return {}
    noun = relcl.head
    if subj.lower_ == "who" and noun.ent_type_ in ("EVENT", "DATE", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT",
                                                    "LAW", "CARDINAL"):
        return {}  # "Harvey Martin, co-MVP of Super Bowl XII, who died": "who" is a person, not the game
    if subj.lower_ == "who" and noun.ent_type_ != "PERSON" and any(
            a.ent_type_ == "PERSON" for a in _noun_ancestors(noun)):
        return {}
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
        return {}  # "the Lord Advocate and the Solicitor General, who are ...": one conjunct is not the referent
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and relcl.left_edge.i > 0 and relcl.doc[relcl.left_edge.i - 1].text == ",":
        return {}  # "the blue color of the sky, which is due to Rayleigh scattering": the color or the sky? "the
        # largest tropical rainforest on Earth, which covers 5.5 million square kilometres": not the Earth
    if noun.dep_ in ("dobj", "pobj") and noun.head.tag_ == "VBG" and relcl.left_edge.i > 0 \
            and relcl.doc[relcl.left_edge.i - 1].text == ",":
        return {}  # "controlled mosquitoes by draining swamps, which reduced deaths": the draining did, not the swamps
    if any(a.dep_ in ("relcl", "acl") for a in noun.ancestors) and relcl.left_edge.i > 0 \
            and relcl.doc[relcl.left_edge.i - 1].text == ",":
        return {}  # "the pattern of wavelengths it absorbs from visible light, which is the absorption spectrum":
        # after a clause inside the noun phrase, "which" can mean the noun the phrase began with
    # the whole noun phrase before the clause: "an accuracy of 365 days, which was ...", not "an accuracy"
    asides = {t.i for c in noun.subtree if c.dep_ == "appos" and c.i != noun.i for t in c.subtree}
    toks = sorted((t for t in noun.subtree if t.i < relcl.left_edge.i and t.i not in asides), key=lambda t: t.i)
    while toks and toks[-1].is_punct:
        toks.pop()
    if any(t.is_punct and t.text not in ("-", "–", "'", "’") for t in toks):
        return {}  # an aside inside the phrase: too much to repeat
    if any(t.tag_ in ("VBD", "VBZ", "VBP") or t.tag_ == "VBN" and t.i > toks[0].i + 1 and t.doc[t.i - 1].tag_ == "JJ"
           for t in toks):
        return {}  # "Carolina's secondary featured Pro Bowl safety Kurt Coleman, who": the verb read as a modifier
    text = "".join(t.text_with_ws for t in toks).strip()
    if not text or any(t.pos_ == "PRON" for t in toks):
        return {}
    if _disagrees(noun, relcl):
        return {}  # "two chambers capable of ... 250,000 feet, which is nearly a vacuum": not the chambers
    if relcl.lemma_ in EVENT_VERBS and subj.lower_ == "which" and (noun.pos_ == "PROPN" or noun.dep_ == "pobj"
                                                                  and noun.head.head.pos_ in ("VERB", "AUX")):
        return {}  # "As it travels around Earth, which takes about 29.5 days": the travelling takes it, not Earth
    if relcl.lemma_ != "be" and subj.lower_ == "which" and (noun.like_num or noun.ent_type_ in NUMERIC_LABELS) \
            and noun.head.pos_ in ("ADP", "VERB"):
        return {}  # "raising interest rates to around 20 percent, which brought inflation down": the raising did
    if _amount_of_clause(noun, relcl):
        return {}  # "it discharges 209,000 cubic metres of water into the Atlantic, which is roughly one fifth of
        # all the fresh water ...": the amount is a fifth, not the Atlantic
    if toks[0].tag_ not in ("NNP", "NNPS"):
        text = text[:1].lower() + text[1:]  # "The plague, which ..." -> "... the plague had ..."
    return {subj.i: text}


def _parentheticals(sent: Span, root: Token) -> set[int]:
    """Material between a pair of dashes, and everything after a lone dash or colon past the verb."""
    doc = sent.doc
    marks = [t.i for t in sent if t.text == "—" or (t.text in ("–", "-") and t.whitespace_ and t.i > 0
                                                     and doc[t.i - 1].whitespace_) or (t.text == ":" and t.i > root.i)]
    out: set[int] = set()
    dashes = [i for i in marks if sent.doc[i].text != ":"]
    while len(dashes) >= 2:
        a, b = dashes[0], dashes[1]
        out.update(range(a, b + 1))
        dashes = dashes[2:]
    rest = [i for i in marks if i not in out and i > root.i]
    if rest:
        out.update(range(rest[0], sent.end))
    for semi in (t.i for t in sent if t.text == ";"):  # a semicolon ends one clause and starts another
        out.update(range(semi, sent.end) if semi > root.i else range(sent.start, semi + 1))
    return out


COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "prep", "xcomp", "ccomp", "oprd", "dative", "agent", "npadvmod"})


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _finite(verb: Token) -> bool:
    """A verb that carries its own tense: "denied", "stays", or "was played" with its auxiliary."""
    if verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children):
        return not any(c.dep_ in ("aux", "auxpass") for c in verb.children) or _has_aux(verb)
    return verb.tag_ in ("VBD", "VBZ", "VBP") or _has_aux(verb)


def _has_aux(verb: Token) -> bool:
    """A tensed auxiliary before the verb: "was played", "will show"; not "having played", "to play"."""
    return any(c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.tag_ in ("MD", "VBD", "VBZ", "VBP")
               for c in verb.children)


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)


def _after_comma(tok: Token) -> bool:
    first = min(t.i for t in tok.subtree)
    return first > 0 and tok.doc[first - 1].text in (",", "—", "–", "(")


def _coordinator_before(tok: Token) -> set[int]:
    # every coordinator, but of the commas only those just before the conjunct or beside a coordinator:
    # "hosted in 1985, held at X, won by Y" keeps the comma before "held"
    start = max([tok.head.i] + [s.right_edge.i for s in tok.head.children
                                if s.i < tok.i and s.dep_ not in ("cc", "punct")])
    between = [sib for sib in tok.head.children if tok.head.i < sib.i < tok.i]
    ccs = {sib.i for sib in between if sib.dep_ == "cc"  # not the "and" of another conjunct: "by X, and Y"
           and not any(c.dep_ == "conj" and sib.i < c.i < tok.i for c in between)
           # nor one the parser hung on the verb before words of the clause: "new laws and, in 1876, a constitution"
           and not any(c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("npadvmod", "dobj", "appos", "conj")
                       and sib.i < c.i < tok.left_edge.i for c in between)}
    return ccs | {sib.i for sib in between if sib.dep_ == "punct" and (sib.i > start or {sib.i - 1, sib.i + 1} & ccs)}


def standalone(clause: Clause, *, previous_subject: str | None, lower_vocab: frozenset[str],
               person: str | None = None) -> Clause:
    """Edit a clause so it reads on its own; mark it unusable when that fails."""
    tokens = clause.tokens
    if not tokens:
        clause.usable, clause.why = False, "empty"
        return clause
    if clause.sent.text.strip().endswith("?"):
        clause.usable, clause.why = False, "question"
    elif clause.sent.start > 0 and clause.sent.doc[clause.sent.start - 1].text == ";":
        clause.usable, clause.why = False, "the second half of a semicolon"  # "...; the label was discontinued by
        # March 5 of that year": it leans on the first half (the first half is a sentence of its own)
    elif HEDGES.search("".join(t.text_with_ws for t in tokens)):  # not "..., who managed perhaps 25 kilometres"
        # of another clause
        clause.usable, clause.why = False, "opinion or advertising"
    elif META.search(clause.sent.text):
        clause.usable, clause.why = False, "the text talking about itself"
    elif tokens[0].lower_ == "such":
        clause.usable, clause.why = False, "points back at the previous sentence"
    elif clause.root.tag_ == "VB" and clause.subject is None:
        clause.usable, clause.why = False, "imperative"
    elif _half_a_modifier(clause):
        clause.usable, clause.why = False, "the subject is half of a coordinated modifier"
    elif _misread_verb(clause):
        clause.usable, clause.why = False, "the parser took a noun for the verb"
    elif _stray_verb(clause):
        clause.usable, clause.why = False, "a verb with no subject of its own"
    elif _passive_partner(clause):
        clause.usable, clause.why = False, "the second verb of a passive"
    elif clause.root.lemma_ in ("call", "name", "dub", "term") and any(c.dep_ == "oprd" for c in clause.root.children) \
            and not any(c.dep_ in ("dobj", "auxpass", "aux") for c in clause.root.children) \
            and clause.subject is not None and clause.subject.i < clause.root.i and any(
                t.text == "," for t in clause.sent.doc[clause.subject.i + 1:clause.root.i]):
        clause.usable, clause.why = False, "a participle the parser took for the verb"  # "a Mars-sized body,
        # sometimes called Theia, collided ...": not "What did a Mars-sized body sometimes call?"
    elif clause.root.dep_ == "conj" and clause.subject is not None and any(
            t.text in (":", ";") for t in clause.sent.doc[min(clause.root.head.i, clause.subject.i):
                                                          max(clause.root.head.i, clause.subject.i)]):
        clause.usable, clause.why = False, "a verb the parser joined across a colon"  # "divided into three estates:
        # the clergy, the nobility and everyone else, who made up 97 percent ... yet paid most of the taxes"
    elif clause.root.lemma_ in RESPONSE_VERBS and not any(
            c.dep_ in ("prep", "dative", "dobj") and c.lower_ != "by" for c in clause.root.children):
        clause.usable, clause.why = False, "a response to something said before"  # "Volcker responded by raising
        # interest rates": to what?
    elif _noun_after_split_verb(clause):
        clause.usable, clause.why = False, "a noun the parser coordinated with the verb"  # "was renovated in 2010,
        # and has hosted acts such as Deftones, Tech N9ne, and Sevendust": the list's last name hung on "renovated"
    elif not _finite(clause.root) and not (clause.root.lemma_ == "be" and clause.root.tag_ in ("VBZ", "VBP", "VBD")):
        clause.usable, clause.why = False, "no finite verb"  # "A controlled substance to be valid."
    _drop_discourse(clause)
    _fix_its(clause)
    _second_person(clause)
    _resolve_subject(clause, previous_subject)
    _resolve_person(clause, person)
    _name_subject(clause, lower_vocab)
    if clause.subject is None:
        clause.usable, clause.why = False, "no subject"
    elif any(t.tag_ in ("WDT", "WP", "WP$") and t.i not in clause.subs and _phrase_of(t, clause.subject)
             for t in clause.subject.subtree):
        clause.usable, clause.why = False, "the subject is a relative pronoun"  # "..., which would become WLS-TV"
    elif clause.subject.pos_ in ("NUM", "ADJ") and clause.subject.is_alpha and any(
            c.dep_ == "det" for c in clause.subject.children) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in clause.subject.children):
        clause.usable, clause.why = False, "the subject's noun is in another sentence"  # "the four most recent
        # were named", "The first was built in 1900": four what?
    elif clause.subject.lower_ in BARE_QUANTIFIERS and not any(True for _ in clause.subject.children) \
            or clause.subject.lower_ == "one" and clause.subject.pos_ != "PROPN" and not any(
                c.lower_ in ("of", "in") or c.dep_ == "compound" for c in clause.subject.children):
        clause.usable, clause.why = False, "the subject points back"  # "..., but many went to France", "but one
        # born in autumn can survive the winter" (one what?); not "One of the ...", "One in five ..."
    elif clause.subject.lemma_.lower() in LEGEND_NOUNS and (clause.root.lemma_.lower() in TELLING_VERBS or any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in clause.root.children)) or any(
            t.lemma_.lower() in LEGEND_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "to"
            and t.head.head.lower_ == "according" for t in clause.tokens):
        clause.usable, clause.why = False, "a story, not a fact"  # "A famous story says that Galileo dropped ...",
        # "According to legend, ...": what the article itself doubts or leaves unsure
    elif clause.subject.i not in clause.subs and subject_points_elsewhere(clause.subject, clause.root):
        clause.usable, clause.why = False, "the subject is named in another sentence"  # "The unit was dissolved ..."
    elif clause.subject.i not in clause.subs and unplaced_statistic(clause.subject):
        clause.usable, clause.why = False, "a figure of a place named in another sentence"  # "The average household
        # size was 3.07."
    _drop_subject_comma(clause)
    _that_year(clause)
    kept = clause.kept()
    kept_ids = {t.i for t in kept}
    if _cut_short(clause, kept):
        clause.usable, clause.why = False, "cut short"
    elif any(t.tag_ == "WDT" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.i not in clause.subs for t in kept):
        clause.usable, clause.why = False, "a relative 'of which' left in"  # "..., the largest of which, the West Baray"
    elif any(t.pos_ in ("NOUN", "PROPN") and t.dep_ == "prep" for t in kept):
        clause.usable, clause.why = False, "a noun the parser read as a preposition"  # "In late 1867 the last
        # shogun, Tokugawa Yoshinobu, surrendered": not "When did Tokugawa Yoshinobu surrender ... the last shogun?"
    elif _two_dates(clause, kept_ids):
        clause.usable, clause.why = False, "two dates for one verb"  # "On 24 October, known as Black Thursday, panic
        # selling began[, and] on 29 October": the second date is another clause's
    elif clause.subject is not None and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.i not in clause.subs and t.head.i in kept_ids
            and t.i != clause.subject.i and subject_points_elsewhere(t, t.head) for t in kept):
        clause.usable, clause.why = False, "a subject the statement keeps is named in another sentence"  # "The study
        # found that there were two ...": the framing clause goes into the statement with its subject
    elif clause.subject is not None and clause.subject.dep_ in ("nsubj", "nsubjpass") \
            and clause.subject.i not in clause.subs and clause.subject.pos_ in ("PROPN", "NOUN") \
            and any(c.dep_ == "case" for c in clause.subject.children):
        clause.usable, clause.why = False, "the subject is a possessive whose noun is in another clause"  # "NBC's
        # went up by 30%": whose revenue is said before
    elif any(t.dep_ == "det" and t.lower_ in ("this", "that", "these", "those") and t.i not in clause.subs
             or t.lower_ in ("there", "here") and t.dep_ == "advmod" and (t.is_lower or t.is_sent_start)
             or t.lower_ == "there" and t.dep_ == "expl" and any(  # "The peak season there is spring": a place
                 c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.head.children)
             or points_elsewhere(t) or _compared_elsewhere(t) for t in kept):
        clause.usable, clause.why = False, "points at another sentence"  # "sent 40 men to that point", "There
        # Céloron buried lead plates", "born here", "hosted the event"
    elif any(_relative_time(t) for t in kept) and not any(re.fullmatch(r"1\d{3}|20\d{2}", t.text) for t in kept):
        clause.usable, clause.why = False, "a time told by another sentence"  # "Before then", "nearly a century
        # later", "Within twenty years": of what?
    elif any(_degree_without_result(t, clause.root, kept_ids) for t in kept):
        clause.usable, clause.why = False, "a degree whose result is in another clause"  # "Because books were so
        # expensive, few people owned them": "What was so expensive?" asks for a consequence it does not give
    elif any(t.tag_ in ("JJR", "RBR") for t in kept) and any(
            t.lower_ == "than" and t.i not in kept_ids and not (t.i > 0 and t.doc[t.i - 1].lower_ in ("rather", "other"))
            for t in clause.sent):  # "rather than metal" of another clause compares nothing of this one
        clause.usable, clause.why = False, "a comparison cut from its 'than'"  # "has shown that the Sun has a
        # higher proportion of oxygen-16 [than does the Earth]": higher than what?
    elif any(c.dep_ == "dobj" and c.pos_ == "NUM" and not any(True for _ in c.children) and c.i in kept_ids
             and not re.fullmatch(r"1\d{3}|20\d{2}", c.text) for c in clause.root.children):
        clause.usable, clause.why = False, "a number whose noun is in an earlier clause"  # "Miller recovered three"
    named = bool(person) and any(person in clause.text_of(t) for t in kept)
    for tok in kept:
        low = tok.lower_
        if tok.i in clause.subs or tok.dep_ == "det":
            continue
        if low in ("its", "their") and (noun_before(kept, tok) or _said_by_subject(clause, tok)):
            continue  # "the Broncos ... their third title": the referent is in the sentence
        if low in ("its", "their") and (ante := governing_subject(tok)) is not None \
                and not (low == "its" and (ante.ent_type_ == "PERSON" or human_noun(ante.lemma_))):
            if ante.i in kept_ids:
                continue
            if text := _antecedent_text(ante):
                clause.subs[tok.i] = possessive(text)  # "Zimbabwe suffered ..., and in 2009 its central bank ..."
                continue
        if low in ("its", "their") and previous_subject and _opens_subject(clause, tok) \
                and _plural_text(previous_subject) == (low == "their") \
                and not (low == "its" and isinstance(previous_subject, Referent) and previous_subject.person):
            clause.subs[tok.i] = possessive(previous_subject)  # "The Amazon ... . Its drainage basin covers ..."
            continue
        if low in ("its", "their") and _fronted_possessive(clause, tok, kept_ids):
            continue  # "Despite its size, the wall did not always keep invaders out": the subject after it
        if low in ("it", "they") and (ante := governing_subject(tok)) is not None and ante.i in kept_ids:
            continue  # "The Broncos wore white when they defeated ...": the referent is the clause's subject
        if (ante := governing_object(tok) or fronted_subject(tok)) is not None:
            if ante.i in kept_ids and (ante.head.dep_ != "advcl" or _name_after(clause, tok, ante)):
                continue  # "medicines that kill bacteria or stop them from multiplying"
            if text := _antecedent_text(ante):
                clause.subs[tok.i] = text  # "Ward fumbled the ball, but Trevathan recovered it": "... the ball"
                continue
        if low in ("his", "her", "he", "she", "him") and noun_before(kept, tok, person=True):
            continue  # "Luther ... his theses", "Miller knocked the ball out of Newton's hands while sacking him"
        if low in ("it", "they", "them", "this", "these", "those", "its", "their") or (
                low in ("he", "she", "him", "her", "his", "hers", "himself", "herself") and not named):
            clause.usable, clause.why = False, f"unresolved pronoun {tok.text!r}"
    _name_subject(clause, lower_vocab)  # again, for what a pronoun became: "pushed it further west" -> "the wall"
    return clause


DURATION_NOUNS = frozenset(TIME_UNITS) | {"millennium", "generation"}


def _relative_time(tok: Token) -> bool:
    """"Before then", "By then", "nearly a century later", "Within twenty years,": a time counted from another sentence."""
    if tok.lower_ == "then" and tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in ("before", "by", "until", "since", "till"):
        return True
    if tok.lower_ in ("later", "earlier", "afterwards", "after", "before") and tok.pos_ in ("ADV", "ADP") and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in DURATION_NOUNS for c in tok.children) and not any(
            c.dep_ in ("pobj", "pcomp") for c in tok.children):
        return True  # not "a few hours after your appointment", which says after what
    if tok.lower_ == "within" and tok.i == tok.sent.start and not any(
            c.lower_ == "of" for t in tok.subtree for c in t.children):
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        return obj is not None and obj.lemma_.lower() in DURATION_NOUNS
    return False


def _fronted_possessive(clause: Clause, tok: Token, kept_ids: set[int]) -> bool:
    """"Despite its size, the wall ...": "its" in a phrase said before the subject means the subject."""
    subj = clause.subject
    if subj is None or subj.i not in kept_ids or tok.i > subj.i or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    phrase = next((a for a in tok.ancestors if a.head.i == clause.root.i and a.dep_ == "prep"), None)
    if phrase is None or phrase.right_edge.i >= subj.left_edge.i or phrase.i != clause.tokens[0].i:
        return False
    if any(t.pos_ in ("NOUN", "PROPN") and t.dep_ != "poss" and t.i != tok.head.i for t in phrase.subtree
           if t.i < tok.i):
        return False  # "After the war and its costs, ...": a noun before it could be what it means
    return _plural(subj) == (tok.lower_ == "their")


def _name_subject(clause: Clause, lower_vocab: frozenset[str]) -> None:
    """Name the article's subject where a sentence calls it by its common noun.

    "The Panama Canal is an artificial waterway ... . The canal opened in 1914" gives
    "The Panama Canal opened in 1914"; "Antibiotic resistance ... . Overuse speeds up the
    spread of resistance" gives "... the spread of antibiotic resistance". A question
    then says what it is about without its article around it. Left alone: "the canal"
    when another canal ("the Suez Canal") is named in its sentence or the one before.
    """
    name: SubjectName | None = clause.sent.doc.user_data.get(NAME_KEY)
    if name is None:
        return
    kept_ids = {t.i for t in clause.kept()}
    words = [t for t in name.tokens if t.pos_ != "DET"]
    for tok in clause.kept():
        if tok.doc is name.head.doc and tok.sent.start == name.head.sent.start:
            continue  # the sentence that names it
        if tok.i in clause.subs:  # "repaired the wall and pushed it further west": "it" became "the wall"
            said = re.fullmatch(r"the (\w+)(['’]s)?", clause.subs[tok.i], re.I)
            noun = said.group(1).lower() if said else ""
            lemma = noun[:-1] if name.plural and noun.endswith("s") else noun if not name.plural else ""
            if lemma in name.nouns and not _rival_named(tok, name, lemma):
                clause.subs[tok.i] = name_text(name, lower_vocab) + (said.group(2) or "")
            continue
        if tok.pos_ == "PROPN" and len(words) > 1 and tok.text == name.head.text \
                and [c.lower_ for c in tok.lefts] == ["the"] and not any(
                c.dep_ == "compound" for c in tok.children) and not _rival_named(tok, name):
            # "the League" of an article on the Hanseatic League: its name cut short, written with its capital
            for c in tok.lefts:
                clause.subs[c.i] = ""
            clause.subs[tok.i] = name_text(name, lower_vocab)
            continue
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in name.nouns or (tok.tag_ == "NNS") != name.plural:
            continue
        lefts = [c for c in tok.lefts if c.i in kept_ids]
        if bare_definite(tok, kept_ids) or [c.lower_ for c in lefts] == ["the"] and all(
                c.dep_ == "case" or c.is_punct or c.lower_ in ("itself", "themselves") for c in tok.rights
                if c.i in kept_ids):  # "the wall's eastern end", "the empire itself"
            drop = lefts  # "the canal", "the wall's eastern end": the name brings its own article
        elif [c.lower_ for c in lefts[:1]] == ["the"] and len(lefts) == 2 and lefts[1].lower_ in PLACE_ADJECTIVES \
                and name.tokens[0].lower_ == "the" and name.head.pos_ == "PROPN" \
                and not any(c.i in kept_ids and not c.is_punct for c in tok.rights) and not _rival_named(tok, name):
            clause.subs[tok.i] = "".join(t.text_with_ws for t in name.tokens[1:]).strip()  # "the lower Amazon"
            continue
        elif not any(True for _ in tok.children) and tok.dep_ not in ("compound", "amod", "nmod", "poss") \
                and len(words) > 1 and name.tokens[0].pos_ != "DET" and tok.lemma_.lower() == name.head.lemma_.lower():
            drop = []  # "resistance" of "Antibiotic resistance": the name cut short
        else:
            continue
        if _rival_named(tok, name):
            continue
        for t in drop:
            clause.subs[t.i] = ""
        clause.subs[tok.i] = name_text(name, lower_vocab)


def name_text(name: SubjectName, lower_vocab: frozenset[str]) -> str:
    """The subject's name as said inside a sentence: "the Panama Canal", "photosynthesis", "Super Bowl 50"."""
    first = name.tokens[0]
    text = "".join(t.text_with_ws for t in name.tokens).strip()
    if len(name.tokens) > 1 and first.pos_ != "DET" and first.text[:1].isupper() and name.tokens[1].text[:1].isupper():
        return text  # "Lake Baikal", "Mount Everest": a capital inside a name of two stays, whatever "lake" does
    if first.pos_ == "DET" or first.lower_ in lower_vocab or first.tag_ not in ("NNP", "NNPS") and not first.ent_type_:
        text = text[:1].lower() + text[1:]
    return text


# Verbs said of an event or a process: ", which takes about 29.5 days" after a place means the act before it.
EVENT_VERBS = frozenset("take last happen occur".split())
# Adjectives for a part of a named place: "the lower river" of an article on the Amazon is "the lower Amazon".
PLACE_ADJECTIVES = frozenset("lower upper middle northern southern eastern western central".split())


def _rival_named(tok: Token, name: SubjectName, noun: str | None = None) -> bool:
    """Another thing of the noun's kind is named in its sentence or the one before: "... built the Suez Canal".

    ``noun`` is the noun a pronoun ``tok`` was resolved to."""
    doc = tok.doc
    sent = tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    core = " ".join(t.lower_ for t in name.tokens if t.pos_ != "DET")
    lemma = noun or tok.lemma_.lower()
    for other in doc[start:sent.end]:
        if other.i == tok.i or other.lemma_.lower() != lemma or bare_definite(other):
            continue
        phrase = " ".join(t.lower_ for t in other.subtree if t.i <= other.i and t.pos_ != "DET")
        before = " ".join(t.lower_ for t in doc[max(other.i - len(core.split()) + 1, 0):other.i + 1])
        if phrase.endswith(core) or before == core:
            continue  # the name itself (also where the parser hung its words on the next noun: "the Great Barrier
            # Reef Marine Park")
        lefts = list(other.lefts)
        if other.pos_ == "PROPN" or any(c.pos_ == "PROPN" or c.dep_ == "compound" for c in lefts) or any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another", "each", "every", "one", "any") for c in lefts):
            return True
    return False


def _noun_after_split_verb(clause: Clause) -> bool:
    """A noun the parser coordinated with the clause's verb after a second verb that is a clause of its own."""
    ids = {t.i for t in clause.tokens}
    verbs = [v.i for v in clause.root.children if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX")]
    return bool(verbs) and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i in ids and c.i > verbs[0]
                               for c in clause.root.children)


def _name_after(clause: Clause, pronoun: Token, antecedent: Token) -> bool:
    """"When inflation runs out of control it becomes hyperinflation" -> "When it runs out of control, inflation
    becomes ...": the name moves to the main clause, which a question may keep alone, and the clause before takes
    the pronoun. False (nothing edited) when the name is a longer phrase than the one a pronoun can stand for."""
    phrase = sorted(antecedent.subtree, key=lambda t: t.i)
    if not _antecedent_text(antecedent) or len(phrase) > 8 or any(
            t.is_punct or t.tag_ in ("PRP", "PRP$", "WDT", "WP") for t in phrase):
        return False
    text = "".join(t.text_with_ws for t in phrase).strip()
    clause.subs[pronoun.i] = text[:1].lower() + text[1:] if phrase[0].tag_ == "DT" else text
    clause.subs[phrase[0].i] = "they" if pronoun.lower_ in ("they", "them") else "it"
    for tok in phrase[1:]:
        clause.subs[tok.i] = ""
    end = antecedent.head.right_edge
    if end.i + 1 < len(end.doc) and not end.doc[end.i + 1].is_punct:
        clause.subs[end.i] = clause.subs.get(end.i, end.text) + ","  # "When it runs out of control, inflation ..."
    return True


def _degree_without_result(tok: Token, root: Token, kept_ids: set[int]) -> bool:
    """"so expensive", "such high prices" with no "that ..." or phrase of its own left in the clause."""
    if tok.lower_ not in ("so", "such") or tok.dep_ not in ("advmod", "amod", "predet") \
            or tok.head.pos_ not in ("ADJ", "ADV") or tok.head.i not in kept_ids:
        return False
    return not any(c.dep_ in ("ccomp", "advcl", "xcomp", "prep") and c.i in kept_ids for c in tok.head.children) \
        and not any(c.dep_ in ("ccomp", "advcl", "xcomp") and c.i > tok.i and c.i in kept_ids for c in root.children)


def _compared_elsewhere(tok: Token) -> bool:
    """"Zimbabwe suffered a similar collapse in 2008": similar to what another sentence said ("similar to X" says).
    So is a bare "more" at the end: "fires destroyed millions of hectares more" than another sentence said."""
    if tok.lower_ in ("more", "fewer", "less") and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX") \
            and not any(True for _ in tok.children) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_punct \
            and tok.doc[tok.i + 1].text != "," and not any(t.lower_ == "than" for t in tok.sent):
        return True
    if tok.lower_ not in ("similar", "comparable") or tok.dep_ != "amod" or any(c.lower_ in ("to", "in")
                                                                              for c in tok.children):
        return False
    after = tok.doc[tok.head.i + 1] if tok.head.i + 1 < len(tok.doc) else None
    if after is not None and after.lower_ in ("to", "as"):
        return False  # "a similar composition to the Earth's mantle", the parser's "to" hung on the verb
    verb = tok.head.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return not (subject is not None and subject.i != tok.head.i and _plural(subject))  # "Lions and tigers have
    # similar diets": similar to each other


def _that_year(clause: Clause) -> None:
    """"In 1066, William invaded England and was crowned king later that year": the year is the one the sentence
    names, when it names one, and is put for "that year" so that the clause reads on its own."""
    for tok in clause.tokens:
        if tok.lower_ != "year" or tok.i in clause.subs or tok.tag_ != "NN":
            continue
        mods = [c for c in tok.children if c.i < tok.i and c.lower_ not in ("later", "earlier")]
        if not mods or mods[0].lower_ != "that" or mods[0].dep_ != "det" or any(c.lower_ != "same" for c in mods[1:]) \
                or mods[-1].i != tok.i - 1 or any(c.i > tok.i for c in tok.children):
            continue
        found = [t for t in clause.sent if t.i < tok.i and YEAR.fullmatch(t.text) and t.ent_type_ == "DATE"]
        if len({t.text for t in found}) != 1 or any(YEAR.fullmatch(t.text) for t in clause.sent if t.i > tok.i):
            continue
        if any(t in clause.tokens for t in found):
            continue  # "revived in 2004 when, on September 27 of that year, ...": "of 2004" would say it twice
        before = tok.doc[mods[0].i - 1] if mods[0].i > 0 else None
        bare = tok.dep_ == "npadvmod" and not (before is not None and before.dep_ == "prep" and before.head.i != tok.i)
        for c in mods:
            clause.subs[c.i] = ""
        clause.subs[tok.i] = ("in " if bare else "") + found[0].text


YEAR = re.compile(r"1\d{3}|20\d{2}")


def _two_dates(clause: Clause, kept_ids: set[int]) -> bool:
    """The clause's verb has two phrases of one preposition with a date each: a misparse of two clauses."""
    preps = [c for c in clause.root.children if c.dep_ == "prep" and c.i in kept_ids and any(
        g.dep_ == "pobj" and g.ent_type_ == "DATE" and g.i in kept_ids for g in c.children)]
    doc = clause.root.doc
    return any(a.lower_ == b.lower_ and any(t.dep_ == "cc" and t.i not in kept_ids for t in doc[a.i:b.i])
               for n, a in enumerate(preps) for b in preps[n + 1:])  # (not "from X in 1338 down to Y in 1351")


def _cut_short(clause: Clause, kept: list[Token]) -> bool:
    """The clause stops inside a phrase: "with slightly less metal than.", "thunderstorms with torrential [but ...]"."""
    words = [t for t in kept if not t.is_punct]
    if not words:
        return False
    last, ids, doc = words[-1], {t.i for t in kept}, words[-1].doc
    if last.dep_ in ("amod", "compound", "det", "nummod", "poss", "cc") and last.head.i not in ids:
        return True  # a modifier whose noun was cut away
    if last.pos_ == "ADP" and last.dep_ in ("prep", "agent", "dative") and not any(c.i in ids for c in last.children):
        return True  # a preposition without its object
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.i not in ids and not last.whitespace_ and nxt.text in ("-", "‐", "–"):
        return True  # "intended to support non[-Russians develop ...]": half a hyphenated word
    if nxt is not None and nxt.text == "," and nxt.i not in ids and last.i + 2 < len(doc) \
            and doc[last.i + 2].lower_ in ("and", "or") and doc[last.i + 2].i not in ids \
            and last.i + 3 < len(doc) and doc[last.i + 3].pos_ in ("NOUN", "PROPN", "DET") \
            and any(t.text == "," for t in kept if t.i > clause.root.i):
        return True  # "hosted performances by acts such as Deftones, Tech N9ne[, and Sevendust]": a list cut short
    return nxt is not None and nxt.dep_ == "cc" and nxt.i not in ids and nxt.head.i in ids \
        and nxt.head.pos_ not in ("VERB", "AUX")  # the coordination of a kept word goes on outside the clause


def _drop_subject_comma(clause: Clause) -> None:
    """A comma between the subject and its verb that closes no aside goes: "The market itself, was opened",
    "The city's tourism, [however,] was dealt", "Annam, Burma, and Champa, recognized"."""
    subj = clause.subject
    if subj is None or subj.i > clause.root.i:
        return
    kept = clause.kept()
    first, last = subj.left_edge.i, subj.right_edge.i  # a subtree is a contiguous run of tokens
    subject = [t for t in kept if first <= t.i <= last and t.i < clause.root.i]
    words = [t for t in subject if not t.is_punct]
    if not words:
        return
    after = [t for t in kept if t.i > words[-1].i and t.i < clause.root.i]
    if not after or after[0].text != "," or any(t.pos_ not in ("AUX", "PART", "ADV", "PUNCT") for t in after[1:]) or \
            aside_ends(subject):
        return
    doc = subj.doc
    if any(t.dep_ == "appos" and t.head.i == subj.i and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
           or t.dep_ == "cc" and t.lower_ == "or" and t.i > 0 and doc[t.i - 1].text == "," for t in words):
        return  # "its largest settlement, Cahokia near present-day St. Louis, may have had": it closes the name
    heads = {subj.i} | {c.i for c in subj.children if c.dep_ == "conj"}
    if any(t.text == "," and t.head.i not in heads for t in subject):
        return  # "Two opponents in the War, Washington and Gage, played": a comma inside sets off an aside
    clause.subs[after[0].i] = ""


def aside_ends(words: list[Token]) -> bool:
    """The words end in an aside opened by a comma: "treatments, such as antidepressants"."""
    if not words:
        return False
    ids = {t.i for t in words}
    last = max(t.i for t in words if not t.is_punct)
    doc = words[0].doc
    return any(t.dep_ in ("appos", "relcl", "acl", "advcl", "prep", "advmod", "amod") and t.right_edge.i >= last
               and t.left_edge.i - 1 in ids and doc[t.left_edge.i - 1].text == "," for t in words)


def _half_a_modifier(clause: Clause) -> bool:
    """"thunderstorms with torrential but brief downpours are common": the parser made "brief downpours"
    the subject of "are", and "torrential but" is left hanging outside it."""
    subj = clause.subject
    if subj is None:
        return False
    left, doc = subj.left_edge.i, subj.doc
    return left >= 2 and doc[left - 1].dep_ == "cc" and not left <= doc[left - 1].head.i <= subj.right_edge.i \
        and doc[left - 2].tag_ in ("JJ", "JJR", "JJS", "RB")


REPORTING_VERBS = frozenset("say believe think know report consider claim rumor rumour estimate expect "
                            "allege suppose presume deem".split())


def _passive_partner(clause: Clause) -> bool:
    """"... was introduced in May, and officially introduced on-air in June": the second verb shares the first's
    passive auxiliary, and asked alone it would read as active ("When did a revised version introduce ...?").
    A past form that is no participle is active: "were animated ..., and became available"."""
    root = clause.root
    return (root.dep_ == "conj" and root.tag_ in ("VBD", "VBN") and root.lower_ in getInflection(root.lemma_, "VBN")
            and any(c.dep_ == "auxpass" for c in root.head.children)
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in root.children))


def _stray_verb(clause: Clause) -> bool:
    """"... is broadcast using MPEG-4 and most of the HD material uses ...": a present-tense verb hung under
    another with neither a subject nor a subordinator is a second clause the parser failed to see."""
    return any(t.tag_ in ("VBZ", "VBP") and t.dep_ in ("advcl", "acl", "xcomp", "pcomp")
               and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark", "aux", "auxpass") for c in t.children)
               for t in clause.tokens)


def _misread_verb(clause: Clause) -> bool:
    """"The process converts alumina": the tagger made "converts" a noun and "alumina" the verb."""
    root, subj = clause.root, clause.subject
    if root.tag_ in ("VBZ", "VBP") and root.is_alpha and not getAllLemmas(root.lower_, upos="VERB"):
        return True  # "Acid anhydrides (R-CO-O-CO-R)": a plural noun tagged a verb that English does not have
    if any(c.dep_ == "compound" and c.i < root.i for c in root.children):
        return True  # "the Family Guy episodes": a noun with a name before it, tagged a verb
    doc = root.doc
    after = root.right_edge.i + 1
    if (root.tag_ in ("VBD", "VBN") and not _has_aux(root) and root.lower_ in getInflection(root.lemma_, "VBN")
            and root.dep_ != "relcl" and not any(c.tag_ in ("WP", "WDT") for c in root.children)
            and any(i < len(doc) and doc[i].pos_ == "AUX" and doc[i].head.i != root.i for i in (root.i + 1, after))):
        # "gas supplied through oxygen masks ... is typically composed of ...", "episodes then made were known to
        # exist": a participle, and the verb comes after it
        return True
    if root.tag_ in ("VBD", "VBN") and not _has_aux(root) and any(c.dep_ == "dep" and c.pos_ == "VERB" for c in root.children):
        return True  # "Skyclad, often regarded as the first folk metal band, also formed in ...": the verb hangs loose
    if root.tag_ == "VBD" and root.lemma_.lower() in REPORTING_VERBS and root.i > 0 and root.doc[root.i - 1].text == "," \
            and any(c.dep_ == "xcomp" for c in root.children) and not any(c.dep_ == "dobj" for c in root.children):
        return True  # "The funfair, said to be the largest in Europe, is held ...": a participle, not the verb
    if root.tag_ in ("VBD", "VBN") and any(c.dep_ == "agent" for c in root.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in root.children):
        return True  # "The Bay Area ..., won by the home team": a participle with its agent, not an active verb
    return (root.pos_ == "VERB" and subj is not None and subj.tag_ == "NNS" and subj.i == root.i - 1
            and not getAllLemmas(root.text, upos="VERB") and bool(getAllLemmas(subj.text, upos="VERB")))


def _drop_discourse(clause: Clause) -> None:
    kept = clause.tokens
    lowered = [t.lower_ for t in kept]
    for i, word in enumerate(lowered):
        for phrase in PHRASES_BY_FIRST.get(word, ()):
            if tuple(lowered[i:i + len(phrase)]) == phrase and lowered[i + len(phrase):i + len(phrase) + 1] not in (["of"], ["to"]):
                # "As a result, X" is a discourse link; "As a result of the war", "In addition to X" are content
                for t in kept[i:i + len(phrase)]:
                    clause.subs[t.i] = ""
                if i + len(phrase) < len(kept) and kept[i + len(phrase)].text == ",":
                    clause.subs[kept[i + len(phrase)].i] = ""
    if (opener := LATER_OPENER.match(clause.sent.text)) and kept and kept[0].i == clause.sent.start:
        for t in kept:  # "Much later, the American chemist Melvin Calvin traced ...": later than the sentence before
            if t.idx - clause.sent.start_char >= opener.end():
                break
            clause.subs[t.i] = ""
    for phrase in COMMA_OPENERS:  # "That is, Luther depicted ...": only at the start, before a comma
        if tuple(lowered[:len(phrase)]) == phrase and lowered[len(phrase):len(phrase) + 1] == [","]:
            for t in kept[:len(phrase) + 1]:
                clause.subs[t.i] = ""
    for n, tok in enumerate(kept):
        parenthetical = n > 0 and kept[n - 1].text == "," and (n == len(kept) - 1 or kept[n + 1].text in (",", "."))
        if parenthetical and tok.lower_ in DISCOURSE and tok.dep_ == "advmod":  # "X has, however, been Y"
            clause.subs[tok.i] = ""
            clause.subs[kept[n - 1].i] = ""
            if n + 2 < len(kept) and kept[n + 1].text == "," and _verb_of(kept[n + 2]).i == _verb_of(tok).i:
                clause.subs[kept[n + 1].i] = ""  # both commas of the aside go: "X has been Y", not "X has, been Y"
            continue
        if tok.dep_ == "mark" and tok.head.i != clause.root.i and _has_subject(tok.head):
            continue  # "While in-house production had ceased, the BBC ...": a subordinator, not a link
        if tok.lower_ in DISCOURSE and tok.dep_ in ("advmod", "cc", "prep", "mark") and (n == 0 or tok.lower_ == "also"):
            clause.subs[tok.i] = ""
            if n + 1 < len(kept) and kept[n + 1].text == ",":
                clause.subs[kept[n + 1].i] = ""
    for n, tok in enumerate(kept):
        if (tok.lower_ in LINKING_ADVERBS and tok.dep_ == "advmod" and tok.head.i == clause.root.i and n > 0
                and kept[n - 1].text != "," and not any(True for _ in tok.children)):
            clause.subs[tok.i] = ""  # "In what year did the Scots capture ...?", not "... the Scots then capture"
    first = [t for t in kept if clause.subs.get(t.i, t.text) != ""]
    while first and first[0].is_punct and not (first[0].is_quote and sum(t.is_quote for t in first) % 2 == 0):
        clause.subs[first[0].i] = ""
        first = first[1:]


def noun_before(kept: list[Token], tok: Token, *, person: bool = False) -> bool:
    """A noun (for "his"/"he": a person's name) stands before the pronoun in the clause."""
    if person:
        return any(t.i < tok.i and t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in kept) \
            or _bound_by_subject(kept, tok)
    plural = tok.lower_ == "their"
    tags = ("NNS", "NNPS", "NNP") if plural else ("NN", "NNP")

    def can_be(t: Token) -> bool:  # "La Salle travelled down to its mouth": no "its" stands for a person
        return t.tag_ in tags and (plural or t.ent_type_ != "PERSON" and not human_noun(t.lemma_)
                                   and not (t.dep_ == "compound" and t.head.pos_ != "PROPN"))
        # (nor the "Sea" of "Sea turtles ... live in its waters": a modifier is no antecedent)

    subject = next((t for t in kept if t.dep_ in ("nsubj", "nsubjpass") and tok in t.subtree), None)
    if subject is not None and tok.dep_ == "poss":
        # "Operating since 1793 and founded as a club, its lecture theatre ...", "Before Rollo's arrival, its
        # populations ...": a phrase before the subject says nothing of whose; a clause's subject does ("When
        # the company grew, its profits rose")
        return any(t.i < subject.left_edge.i and can_be(t) and t.dep_ in ("nsubj", "nsubjpass") for t in kept)
    return any(t.i < tok.i and can_be(t) for t in kept)


def _said_by_subject(clause: Clause, tok: Token) -> bool:
    """"Roman engineers preferred straight routes, and they built their roads in layers": a possessive after the
    clause's subject pronoun, once that is replaced by the noun it stands for, takes up that noun."""
    subject = clause.subject
    return subject is not None and subject.i < tok.i and bool(clause.subs.get(subject.i)) \
        and (subject.lower_, tok.lower_) in (("it", "its"), ("they", "their"))


class Referent(str):
    """The text a later pronoun can stand for, with its number: "photosynthesis" is no plural."""

    plural: bool
    person: bool

    def __new__(cls, text: str, *, plural: bool, person: bool = False) -> "Referent":
        made = super().__new__(cls, text)
        made.plural, made.person = plural, person
        return made


def referent(text: str, noun: Token) -> Referent:
    """``text`` as the referent of later pronouns, of ``noun``'s number; a person is no later "it"."""
    return Referent(text, plural=_plural(noun) or noun.lower_ in PLURAL_PRONOUNS,
                    person=noun.ent_type_ == "PERSON" and not any(c.lower_ == "the" for c in noun.children)
                    and not _said_to_be_a_thing(noun)
                    or noun.lower_ in ("he", "she"))  # "The Sahel" the model tags a person is none


def _said_to_be_a_thing(noun: Token) -> bool:
    """"Madagascar is an island nation": a name the model tagged a person that its sentence says is no person."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return bool(attrs) and not any(human_noun(a.lemma_) for a in attrs)


def _plural_text(noun_phrase: str) -> bool:
    if isinstance(noun_phrase, Referent):
        return noun_phrase.plural
    return noun_phrase.endswith("s") and not noun_phrase.endswith("ss")


def _opens_subject(clause: Clause, tok: Token) -> bool:
    """"Its drainage basin covers ...": a possessive in the clause's subject with no noun before it in the sentence,
    so that it takes up the subject of the sentence before, as a subject "it" would."""
    subject = clause.subject
    return subject is not None and tok.dep_ == "poss" and tok.head.i == subject.i and not any(
        t.pos_ in ("NOUN", "PROPN", "PRON") for t in tok.sent if t.i < tok.i)


def possessive(text: str) -> str:
    """"the Amazon" -> "the Amazon's", "honey bees" -> "honey bees'"."""
    return text + "'" if text.endswith("s") and not text.endswith("ss") else text + "'s"


def _bound_by_subject(kept: list[Token], tok: Token) -> bool:
    """"Luther refused to recant his writings", "Ware was selected for the ninth time in his career": a possessive
    "his"/"her", or a "he"/"she" of a clause within, takes up the clause's subject when that is a name the model left
    unlabelled and no other name comes before the pronoun. Not "Sanders was his top receiver"."""
    low = tok.lower_
    if low in ("his", "her"):
        if tok.dep_ != "poss" or tok.head.dep_ in ("attr", "nsubj", "nsubjpass"):
            return False
    elif low not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head if low in ("he", "she") else None
    subject = next((t for t in kept if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and tok not in t.subtree
                    and t.head.i != (verb.i if verb is not None else -1)), None)
    if subject is None or subject.tag_ != "NNP" or subject.ent_type_ not in ("", "PERSON", "ORG") \
            or any(c.dep_ in ("cc", "conj", "det") for c in subject.children):
        return False  # the small model often calls a person an ORG ("DeMarcus Ware"); "his" says otherwise
    rivals = [t for t in kept if t.i < tok.i and t.pos_ == "PROPN" and t.i != subject.i and (
        t.ent_type_ == "PERSON" or t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "appos", "conj", "poss"))]
    return not rivals


def _resolve_person(clause: Clause, person: str | None) -> None:
    """In a biography, "she"/"he" is the person the article is about."""
    if not person:
        return
    if any(t.lower_ in PERSONAL_PRONOUNS and _paired_pronoun(t) for t in clause.sent):
        return  # "her or his rights", "he or she": the sentence is about anyone, not the article's person
    named = any(person in clause.text_of(t) for t in clause.tokens)
    for tok in clause.tokens:
        if tok.i in clause.subs or named:
            continue
        if tok.lower_ in ("he", "she", "his", "her", "him") and _other_name_before(tok, person):
            # "Paul Rose argues that he caused ...", "Davros ... since his debut": the article's person or the
            # one just named? Only the reader's knowledge tells, so the clause is not used.
            clause.usable, clause.why = False, f"ambiguous pronoun {tok.text!r}"
            return
        if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
            clause.subs[tok.i] = person
            named = True
        elif tok.lower_ in ("his", "her") and tok.dep_ == "poss":
            clause.subs[tok.i] = person + "’s"
            named = True


def _other_name_before(tok: Token, person: str) -> bool:
    """Someone else is named before the pronoun in its sentence: a person's name, or a name as subject.

    "In 2016, Moffat announced that he would step down"; "Davros has been a
    recurring figure since his debut".
    """
    for t in tok.sent:
        if t.i >= tok.i:
            return False
        if t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or t.dep_ in ("nsubj", "nsubjpass")) \
                and t.text not in person.split() and person not in t.text:
            return True
    return False


PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})


def _paired_pronoun(tok: Token) -> bool:
    """"he or she", "her or his": a pronoun coordinated with another stands for anyone."""
    doc = tok.doc
    for a, b in ((tok.i - 1, tok.i - 2), (tok.i + 1, tok.i + 2)):
        if 0 <= b < len(doc) and 0 <= a < len(doc) and doc[a].lower_ in ("or", "and", "/") \
                and doc[b].lower_ in PERSONAL_PRONOUNS:
            return True
    return False


def _fix_its(clause: Clause) -> None:
    """Mend the common "it's" for "its" after a preposition ("for it's effects")."""
    toks = clause.tokens
    for a, b in zip(toks, toks[1:]):
        if a.lower_ == "it" and b.text in ("’s", "'s") and a.i > 0 and a.doc[a.i - 1].tag_ == "IN":
            clause.subs[a.i] = "its"
            clause.subs[b.i] = ""


def _second_person(clause: Clause) -> None:
    """Recast "you"/"your" as "people"/"their"; give up where that cannot work."""
    toks = clause.tokens
    has_you = any(t.lower_ in ("you", "your", "yours", "yourself") for t in toks)
    if not has_you:
        return
    you_subject = any(t.lower_ == "you" and t.dep_ in ("nsubj", "nsubjpass") for t in toks)
    for tok in toks:
        low = tok.lower_
        if low == "you":
            if tok.dep_ in ("nsubj", "nsubjpass"):
                clause.subs[tok.i] = "People" if tok.i == toks[0].i else "people"
            else:
                clause.usable, clause.why = False, "second person object"
        elif low == "your":
            clause.subs[tok.i] = "their" if you_subject else "the"
        elif low in ("yours", "yourself"):
            clause.usable, clause.why = False, "second person"
        elif tok.text in CONTRACTIONS and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "you":
            clause.subs[tok.i] = " " + CONTRACTIONS[tok.text]


def _resolve_subject(clause: Clause, previous_subject: str | None) -> None:
    subj = clause.subject
    if subj is None or subj.lower_ not in SUBJECT_PRONOUNS or subj.i in clause.subs:
        return
    if subj.lower_ in ("he", "she"):
        antecedent = governing_subject(subj)  # "A queen can lay ..., and she may live ...": a common noun
        if antecedent is not None and (text := _antecedent_text(antecedent)):
            clause.subs[subj.i] = text
        return  # else resolved by the caller from the article's main person, or left unusable
    if subj.lower_ == "it" and (clause.root.lemma_ == "be" or clause.root.tag_ == "VBN") and any(
            c.i > clause.root.i and (c.dep_ == "ccomp" and (c.left_edge.lower_ in ("that", "whether") or any(
                g.dep_ == "mark" for g in c.children)) or c.dep_ == "xcomp" and clause.root.lemma_ == "be"
                and c.left_edge.lower_ == "to") for c in clause.root.children):
        # "it is known that ...", "it is important to ...": not "it is considered to be the continuation"
        clause.usable, clause.why = False, "'it' stands for the clause that follows"  # "it is known that ..."
        return
    if subj.lower_ == "it" and any(c.dep_ == "ccomp" and c.i > clause.root.i for c in clause.root.children) and (
            clause.root.lemma_ in ("seem", "appear", "turn") or clause.root.lemma_ == "be" and any(
                c.dep_ == "acomp" for c in clause.root.children)):
        clause.usable, clause.why = False, "'it' stands for the clause that follows"  # "It was also clear NASA
        return  # would soon outgrow ...", "it seems the plan failed"
    antecedent = governing_subject(subj)
    if antecedent is not None and subject_points_elsewhere(antecedent, antecedent.head):
        clause.usable, clause.why = False, "the subject is named in another sentence"  # "The wedding was held
        # ... and it was attended by ...": whose wedding is said before
        return
    if antecedent is not None and antecedent.i in {t.i for t in clause.tokens}:
        if antecedent.i > subj.i or antecedent.head.dep_ != "advcl" or _name_after(clause, subj, antecedent):
            return  # "The Amazon is the largest river by the volume of water it carries", "When it was built, X ..."
    if antecedent is not None:
        text = _antecedent_text(antecedent)
        if text:
            clause.subs[subj.i] = text  # "The Broncos wore white when they defeated ...": "the Broncos defeated ..."
            return
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.i < subj.i and t.pos_ in ("NOUN", "PROPN") for t in clause.sent):
        clause.usable, clause.why = False, f"ambiguous pronoun {subj.text!r}"  # "When warm air rises, it cools"
        return
    plural = previous_subject is not None and _plural_text(previous_subject)
    person = isinstance(previous_subject, Referent) and previous_subject.person
    if previous_subject and (subj.lower_ == "it" and not plural and not person or subj.lower_ == "they" and plural):
        clause.subs[subj.i] = previous_subject
        nxt = subj.doc[subj.i + 1] if subj.i + 1 < len(subj.doc) else None
        if nxt is not None and nxt.text in ("’s", "'s") and nxt.i in {t.i for t in clause.tokens}:
            clause.subs[nxt.i] = " is"
    else:
        clause.usable, clause.why = False, f"unresolved pronoun {subj.text!r}"


NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _plural(noun: Token) -> bool:
    """"the Broncos", "workers", "Ann and Bob"; not "the United States" (a place), nor a subject its verb makes
    singular ("MRSA ... is", which the model tags a plural)."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        tensed = [noun.head] + [c for c in noun.head.children if c.dep_ in ("aux", "auxpass")]
        if any(t.tag_ == "VBZ" or t.lower_ == "was" for t in tensed):
            return False
        if any(t.tag_ == "VBP" or t.lower_ == "were" for t in tensed):
            return True
    if noun.tag_ == "NNP" and noun.text.endswith("s") and noun.ent_type_ not in ("GPE", "LOC", "FAC"):
        return any(c.lower_ == "the" for c in noun.children)  # a team or a band named in the plural
    return noun.tag_ in PLURAL_TAGS or any(c.dep_ == "cc" and c.lower_ != "or" for c in noun.children)  # "MRSA,
    # or methicillin-resistant Staphylococcus aureus, is ...": one thing by two names


def governing_subject(pronoun: Token) -> Token | None:
    """The subject of the clause an "it"/"they" clause hangs on, when that is what the pronoun means.

    "The Broncos wore white jerseys when they defeated the Falcons": a subject
    pronoun of an adverbial or coordinated clause takes up the subject of the
    clause it hangs on, said before it. Not when it could be another noun of
    the same number said as a subject in between, nor across reported speech
    ("Goodell stated that the league planned ... and that it would be ...").
    So does the "its"/"their" of such a clause's subject ("Zimbabwe suffered a
    collapse, and in 2009 its central bank issued ..."), and a "he"/"she" that
    takes up a common noun ("A queen can lay 1,500 eggs a day, and she may
    live for five years"); a person's name is left to the article's people.
    """
    low = pronoun.lower_
    if low in ("its", "their") and pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass"):
        anchor = pronoun.head  # whose subject the clause has
    elif low in ("it", "they", "he", "she") and pronoun.dep_ in ("nsubj", "nsubjpass"):
        anchor = pronoun
    else:
        return None
    verb = anchor.head
    if anchor is pronoun and low in ("it", "they"):
        if (fronted := fronted_subject(pronoun)) is not None:
            return fronted
        if verb.dep_ == "relcl" and (implicit := _subject_around_relative(pronoun)) is not None:
            return implicit
        if verb.dep_ == "advcl" and verb.head.i > verb.i:
            return _named_after(pronoun)
    dated = _when_of_date(verb)
    if verb.dep_ not in ("advcl", "conj") and dated is None or verb.head.i > verb.i:
        return None  # "When it rises, warm air cools": a pronoun before its noun is left alone
    host = verb.head if dated is None else dated
    while host.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in host.children):
        host = host.head  # "X finished ... and denied ..., when they ...": the subject of the first verb
    if host.dep_ == "relcl" and verb.dep_ == "advcl" and anchor is pronoun and host.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in host.children):
        # "runny lava that flows a long way before it cools": the relative clause's subject is the noun it describes
        noun = host.head
        return noun if _agrees(noun, pronoun) and not _rival_between(noun, pronoun, ARGUMENTS) else None
    if host.dep_ in ("ccomp", "xcomp", "relcl", "acl", "csubj", "pcomp") or host.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "conj" and any(c.dep_ == "mark" for c in verb.children):
        return None  # "... that the league planned ... and that it would be ...": reported, not narrated
    subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > pronoun.i or not _agrees(subject, pronoun):
        return None
    # "Hazards apply to compounds such as peroxides because they can donate oxygen": another noun of the same
    # number stands between, and either could be meant. Of coordinated clauses ("The wedding was held at the
    # Chapel of St. George and it was attended by ..."), the second takes up the first one's subject unless the
    # first has an object or complement that could be meant instead ("... experienced a golden age, but it was
    # brief"); a noun in a phrase of place or time is no rival.
    if verb.dep_ == "conj" or dated is not None:
        rival = _rival_between(subject, pronoun, ARGUMENTS + ("conj",))
    else:
        rival = _rival_between(subject, pronoun, None)
    return None if rival else subject


SUBORDINATORS = frozenset("when whenever after before once as because since while although though if until".split())
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def _subordinate(verb: Token) -> bool:
    """The clause of ``verb`` opens with "when", "because", "once" and the like."""
    return any(m.dep_ in ("mark", "advmod") and m.lower_ in SUBORDINATORS and m.i == verb.left_edge.i
               for m in verb.children)


def _agrees(noun: Token, pronoun: Token) -> bool:
    """A noun a pronoun could stand for: the same number; no person for "it"/"its"; for "he"/"she" a common noun
    (a named person is the article's people's to resolve)."""
    low = pronoun.lower_
    if noun.pos_ not in ("NOUN", "PROPN") or _plural(noun) != (low in PLURAL_PRONOUNS):
        return False
    if low in ("he", "she"):
        return noun.pos_ == "NOUN" and human_noun(noun.lemma_)  # "A queen ..., and she ...", not "A stroke ..."
    return low in PLURAL_PRONOUNS or noun.ent_type_ not in ("PERSON", "NORP")


def fronted_subject(pronoun: Token) -> Token | None:
    """The subject of a subordinate clause said first, when a pronoun of the main clause takes it up.

    "When Mount Tambora erupted in 1815, it threw ash ...", "Because books were so expensive, few people owned
    them": the clause before the main one names what the pronoun means. Not when another noun of the same number
    stands between as an argument ("When the company bought the factory, it ..."); the main clause's own subject is
    none for its object pronoun. A subject of the clause that itself points at another sentence is no antecedent.
    """
    if pronoun.lower_ not in ("it", "they", "them") or pronoun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = pronoun.head
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.right_edge.i < pronoun.i
                   and _subordinate(c)), None)
    if clause is None or pronoun.lower_ == "them" and pronoun.dep_ != "dobj":
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _agrees(subject, pronoun) or subject_points_elsewhere(subject, clause):
        return None
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if pronoun.dep_ == "dobj" \
        else None
    return None if _rival_between(subject, pronoun, ARGUMENTS, skip=own) else subject


def _named_after(pronoun: Token) -> Token | None:
    """"When it was created in 1913, Gatun Lake was the largest artificial lake": the subject pronoun of a clause
    said first takes up the main clause's subject when that is a name of its number and the first clause names
    nothing else that could be meant."""
    clause = pronoun.head
    if not _subordinate(clause):
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i < clause.right_edge.i or not _agrees(subject, pronoun):
        return None
    return None if any(t.i != pronoun.i and t.dep_ in ARGUMENTS and t.pos_ in ("NOUN", "PROPN") and _agrees(t, pronoun)
                       for t in clause.subtree) else subject


def _subject_around_relative(pronoun: Token) -> Token | None:
    """"The Amazon is the largest river by the volume of water it carries": the subject pronoun of a relative
    clause with no relative word takes up the subject of the clause the described noun stands in, when nothing
    of the same number that could be meant stands between (the complement of "be" is the subject itself)."""
    relative = pronoun.head
    if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.dep_ == "mark" for c in relative.children):
        return None
    host = relative.head
    while host.dep_ in ("pobj", "prep", "dobj", "attr", "conj", "appos") and host.pos_ != "VERB":
        host = host.head
    if host.pos_ not in ("VERB", "AUX") or host.i > pronoun.i:
        return None
    subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > relative.i or not _agrees(subject, pronoun) \
            or subject_points_elsewhere(subject, host):
        return None
    same = next((c for c in host.children if c.dep_ == "attr"), None) if host.lemma_ == "be" else None
    return None if _rival_between(subject, pronoun, ARGUMENTS, skip=same) else subject


# The dependents a noun can be as an argument of its verb: a rival referent for a pronoun, where a noun inside a
# phrase of place or time is none.
ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd", "appos")


def _rival_between(antecedent: Token, pronoun: Token, deps: tuple[str, ...] | None, *, people: bool = True,
                   skip: Token | None = None) -> bool:
    """Another noun of the pronoun's number stands between it and ``antecedent``: either could be meant.

    ``deps`` limits the rivals to nouns with those dependencies (None: any noun but a modifier of another); a date
    is never one, and a person or people is none for "it" unless ``people``; ``skip`` is no rival either.
    """
    plural = pronoun.lower_ in PLURAL_PRONOUNS
    for tok in pronoun.doc[antecedent.right_edge.i + 1:pronoun.i]:
        if tok.pos_ not in ("NOUN", "PROPN") or _plural(tok) != plural or tok.ent_type_ in ("DATE", "TIME") \
                or skip is not None and tok.i == skip.i:
            continue
        if deps is None and tok.dep_ in ("compound", "poss", "npadvmod") or deps is not None and tok.dep_ not in deps:
            continue
        if not people and pronoun.lower_ == "it" and tok.ent_type_ in ("PERSON", "NORP"):
            continue
        return True
    return False


def _when_of_date(verb: Token) -> Token | None:
    """"Penicillin was not mass-produced until the 1940s, when it was used ...": a "when" clause that hangs on a
    date of the clause before, whose verb is returned; None for any other verb."""
    date = verb.head
    if verb.dep_ != "relcl" or not any(c.lower_ == "when" and c.i < verb.i for c in verb.children) \
            or date.ent_type_ not in ("DATE", "TIME") or date.i > verb.i:
        return None
    host = date.head
    while host.dep_ == "prep" or host.pos_ not in ("VERB", "AUX") and host.dep_ in ("pobj", "npadvmod"):
        host = host.head
    while host.dep_ in ("acomp", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in host.children):
        host = host.head  # "was not mass-produced until ...": the participle the parser hung on "was"
    return host if host.pos_ in ("VERB", "AUX") and host.i < date.i else None


def governing_object(pronoun: Token) -> Token | None:
    """The object of the verb before, when an object "it"/"them" of a verb coordinated with it takes it up.

    "Antibiotics kill bacteria or stop them from multiplying"; "Ward fumbled the
    ball during the return, but Trevathan recovered it". Not when another noun
    of the same number is a subject or object in between ("... the theses and
    the letter, and sent it"), nor for "it" of a person.
    """
    low = pronoun.lower_
    if low not in ("it", "them") or pronoun.dep_ != "dobj":
        return None  # not a dative: "would give them a monopoly" gives to people more often than things
    verb = pronoun.head
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    host = verb.head
    obj = None
    while obj is None:
        if any(c.dep_ == "auxpass" for c in host.children):
            return None  # "The BBC was given the highlights ...": a passive's object is no parallel to an active's
        obj = next((c for c in host.children if c.dep_ == "dobj"), None)
        if obj is None and host.dep_ == "conj" and host.head.i < host.i:
            host = host.head  # "translated the theses ... and printed and widely copied them"
        elif obj is None:
            return None
    plural = low == "them"
    if obj.pos_ not in ("NOUN", "PROPN") or _plural(obj) != plural or low == "it" and obj.ent_type_ in ("PERSON", "NORP"):
        return None
    return None if _rival_between(obj, pronoun, ARGUMENTS, people=False) else obj


def counts(tok: Token) -> bool:
    """A number that counts ("three ships", "in 1890"), not one that ends a name ("Super Bowl 50", "Apollo 11")."""
    if not tok.like_num or tok.ent_type_ and tok.ent_type_ not in NUMERIC_LABELS:
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return not (prev is not None and prev.pos_ == "PROPN" and prev.is_title and tok.is_digit)


def _antecedent_text(subject: Token) -> str | None:
    """"The Broncos" -> "the Broncos": the subject phrase to put for a pronoun, or None when it is too long or odd."""
    skip = {t.i for c in subject.children if c.dep_ in ("appos", "relcl", "acl", "punct")
            or c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}  # "the identity of the Normans" keeps its "of"
    toks = sorted((t for t in subject.subtree if t.i not in skip), key=lambda t: t.i)
    if not toks or len(toks) > 6 or any(t.lower_ in SUBJECT_PRONOUNS or t.tag_ in ("PRP", "PRP$", "WDT", "WP")
                                        or counts(t) for t in toks):
        return None
    words = "".join(t.text_with_ws for t in toks).strip()
    lower = toks[0].tag_ == "DT" or toks[0].is_sent_start and toks[0].pos_ != "PROPN"  # "Combustion hazards"
    return words[:1].lower() + words[1:] if lower else words


def island_free(token: Token, root: Token, *, allow: tuple[str, ...] = ()) -> bool:
    """True when the path from ``token`` up to ``root`` crosses no clause boundary."""
    cur = token
    while cur.i != root.i:
        if cur.dep_ == "pcomp" and cur.head.head.i == root.i and cur.head.i == root.i + 1:
            pass  # "works by binding to X": the gerund is the verb's own complement, not an adjunct
        elif cur.dep_ in ISLANDS and cur.dep_ not in allow:
            return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return True
