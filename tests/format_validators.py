"""Validators and readers for the LMS formats, used by tests/test_formats*.py.

Each format is checked with the real thing wherever one exists: the official
1EdTech XSDs (QTI 2.1, IMS CP 1.1, IMS MD 1.2) through xmlschema, the
semantics.json of the H5P content types, the independent GIFT parser
gift-pegjs through node, text2qti's output for Canvas QTI 1.2, and Python's
csv module. Moodle XML and Aiken have neither schema nor parser to be had:
they are read here the way Moodle's importers read them.

Every reader returns the same neutral view of each question, so a round trip
compares like with like: ``{"id", "prompt", "choices", "key", "explanation"}``
where ``key`` is the correct choice's text, True/False for a true/false
statement, or the list of accepted answers.
"""
from __future__ import annotations

import csv
import functools
import html
import io
import json
import re
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path
from typing import Any, Iterator

import pytest
from lxml import etree
from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT.parent / "shared" / "schemas"
GIFT_SCRIPT = Path(__file__).resolve().parent / "gift_parse.js"
BLANK = re.compile(r"_{3,}")
View = dict[str, Any]


# -- what a question should look like in any format ---------------------------------


def norm(text: Any) -> str:
    """Whitespace collapsed and any blank written " _____ ": what every format keeps of a text.

    (gift-pegjs, unlike Moodle, puts one space either side of the blank it restores.)
    """
    return " ".join(BLANK.sub(" _____ ", str(text or "")).split())


def accepted(question: dict) -> list[str]:
    answer = question.get("answer") or {}
    out: list[str] = []
    for raw in [answer.get("text"), *(answer.get("accepted") or [])]:
        text = norm(raw)
        if text and text.casefold() not in {a.casefold() for a in out}:
            out.append(text)
    return out


def expected_views(quiz: dict, *, types: tuple[str, ...] | None = None, explanations: bool = True) -> list[View]:
    """The neutral view of each question of the quiz JSON."""
    out = []
    for q in quiz["questions"]:
        if types and q["type"] not in types:
            continue
        if q["type"] == "multiple_choice":
            choices = [norm(c["text"]) for c in q["choices"]]
            key: Any = next(norm(c["text"]) for c in q["choices"] if c["correct"])
        elif q["type"] == "true_false":
            choices, key = [], bool(q["answer"]["value"])
        else:
            choices, key = [], accepted(q)
        out.append({"id": q["id"], "prompt": norm(q["prompt"]), "choices": choices, "key": key,
                    "explanation": norm(q["explanation"]) if explanations else None})
    return out


def html_text(fragment: str | None) -> str:
    """The text a browser shows for an HTML fragment (tags dropped, entities decoded)."""
    if not fragment or not fragment.strip():
        return ""
    return norm(lxml_html.fragment_fromstring(fragment, create_parent="div").text_content())


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {info.filename: archive.read(info) for info in archive.infolist()}


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"needs the official schemas in ../shared/schemas (missing: {path})")
    return path


# -- QTI 2.1: the official XSDs --------------------------------------------------------


@functools.cache
def qti21_schema() -> Any:
    """The QTI 2.1 XSD (about 4 s to load: once per test session)."""
    xmlschema = pytest.importorskip("xmlschema", reason="needs xmlschema (pip install '.[test]')")
    return xmlschema.XMLSchema(str(need(SCHEMAS / "qti" / "qtiv2p1" / "imsqti_v2p1.xsd")))


@functools.cache
def manifest_schema() -> Any:
    """IMS Content Packaging 1.1 (with IMS MD 1.2) plus the QTI 2.1 metadata the manifest holds."""
    xmlschema = pytest.importorskip("xmlschema", reason="needs xmlschema (pip install '.[test]')")
    return xmlschema.XMLSchema([str(need(SCHEMAS / "qti" / "imscp_v1p1.xsd")),
                                str(need(SCHEMAS / "qti" / "qtiv2p1" / "imsqti_metadata_v2p1.xsd"))])


def _schema_errors(schema: Any, name: str, data: bytes) -> list[str]:
    return [f"{name}: {error.path}: {error.reason}" for error in schema.iter_errors(io.BytesIO(data))]


def validate_qti21(package: bytes) -> list[str]:
    """Every problem of a QTI 2.1 package: XSD errors of each file, files and references that do not match."""
    files = zip_members(package)
    problems = _schema_errors(manifest_schema(), "imsmanifest.xml", files["imsmanifest.xml"])
    manifest = etree.fromstring(files["imsmanifest.xml"])
    cp = {"cp": "http://www.imsglobal.org/xsd/imscp_v1p1"}
    listed = {f.get("href") for f in manifest.iterfind(".//cp:file", cp)}
    if listed | {"imsmanifest.xml"} != set(files):
        problems.append(f"manifest lists {sorted(listed)}, the zip holds {sorted(files)}")
    ids = {r.get("identifier") for r in manifest.iterfind(".//cp:resource", cp)}
    for dependency in manifest.iterfind(".//cp:dependency", cp):
        if dependency.get("identifierref") not in ids:
            problems.append(f"dependency on a missing resource {dependency.get('identifierref')}")
    for name, data in sorted(files.items()):
        if name != "imsmanifest.xml":
            problems += _schema_errors(qti21_schema(), name, data)
    return problems


def read_qti21(package: bytes) -> list[View]:
    files = zip_members(package)
    ns = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1"}
    test_name = next(n for n in files if n.endswith(".xml") and "/" not in n and n != "imsmanifest.xml")
    test = etree.fromstring(files[test_name])
    views = []
    for ref in test.iterfind(".//q:assessmentItemRef", ns):
        item = etree.fromstring(files[ref.get("href")])
        assert item.get("identifier") == ref.get("identifier")
        declaration = item.find("q:responseDeclaration", ns)
        interaction = item.find(".//q:choiceInteraction", ns)
        if interaction is not None:
            choices = {c.get("identifier"): norm(c.text) for c in interaction.iterfind("q:simpleChoice", ns)}
            correct = declaration.findtext("q:correctResponse/q:value", namespaces=ns)
            prompt = norm(interaction.findtext("q:prompt", namespaces=ns))
            if set(choices) == {"true", "false"}:
                listed, key = [], correct == "true"
            else:
                listed, key = list(choices.values()), choices[correct]
        else:
            entry = item.find(".//q:textEntryInteraction", ns)
            paragraph = entry.getparent()
            if paragraph.text or entry.tail:
                prompt = norm(f"{paragraph.text or ''}_____{entry.tail or ''}")
            else:
                prompt = norm(item.findtext("q:itemBody/q:p", namespaces=ns))
            listed = []
            key = [norm(e.get("mapKey")) for e in declaration.iterfind("q:mapping/q:mapEntry", ns)]
        feedback = item.find("q:modalFeedback", ns)
        views.append({"id": item.get("identifier"), "prompt": prompt, "choices": listed, "key": key,
                      "explanation": norm("".join(feedback.itertext()))})
    return views


# -- QTI 1.2 for Canvas: the structure text2qti writes -------------------------------------


def text2qti_package(quiz: dict) -> bytes:
    """text2qti's package for the same questions (same types, choice counts, keys and feedback).

    Texts are neutral placeholders: the comparison below replaces every text
    by a token anyway, and markdown would otherwise change some of them.
    """
    pytest.importorskip("text2qti", reason="needs text2qti (pip install '.[test]')")
    from text2qti.config import Config
    from text2qti.qti import QTI
    from text2qti.quiz import Quiz

    lines = ["Quiz title: Quiz", "Quiz description: Quiz", ""]
    for n, q in enumerate(quiz["questions"], 1):
        lines.append(f"{n}.  Question {n}")
        if q["explanation"]:
            lines.append(f"... Feedback {n}")
        if q["type"] == "multiple_choice":
            for i, c in enumerate(q["choices"]):
                lines.append(f"{'*' if c['correct'] else ''}{chr(ord('a') + i)}) Option {i + 1}")
        elif q["type"] == "true_false":
            lines.append(f"{'*' if q['answer']['value'] else ''}a) True")
            lines.append(f"{'' if q['answer']['value'] else '*'}b) False")
        else:
            lines += [f"*   answer {i + 1}" for i in range(len(accepted(q)))]
        lines.append("")
    return QTI(Quiz("\n".join(lines), config=Config(), source_name="quiz.md")).zip_bytes()


_REFERENCE_ATTRIBUTES = {"ident", "identifier", "identifierref", "linkrefid", "href"}
_REFERENCE_TEXTS = {"quiz_identifierref", "assignment_group_identifierref"}
_FREE_TEXTS = {"mattext", "title", "description", "string"}


def canonical(element: etree._Element, tokens: dict[str, str] | None = None) -> Any:
    """An element as (tag, attributes, text, children), identifiers tokenised and wording blanked.

    Identifiers become ``id1``, ``id2``… in order of first appearance, and
    texts a learner reads become ``TEXT``; so two trees compare equal when they
    have the same elements, attributes, settings and cross-references (which
    choice is the key, which feedback is shown), whatever their ids and wording.
    """
    tokens = {} if tokens is None else tokens

    def token(value: str) -> str:
        return tokens.setdefault(value, f"id{len(tokens) + 1}")

    name = etree.QName(element).localname
    attributes = tuple(sorted(
        (key, token(value) if key in _REFERENCE_ATTRIBUTES else "TEXT" if key == "title" else value)
        for key, value in element.attrib.items() if "schemaLocation" not in key))
    text = (element.text or "").strip()
    if name == "fieldentry":
        label = element.getparent().findtext("{*}fieldlabel")
        if label == "original_answer_ids":
            text = ",".join(token(v) for v in text.split(","))
        elif label == "assessment_question_identifierref":
            text = token(text)
    elif name in _REFERENCE_TEXTS:
        text = token(text)
    elif name == "varequal":  # a choice's ident (seen above, in its response_label) or a typed answer
        text = tokens[text] if text in tokens else "TEXT"
    elif name in _FREE_TEXTS:
        text = "TEXT" if text else ""
    children = tuple(canonical(child, tokens) for child in element if isinstance(child.tag, str))
    return (name, attributes, text, children)


def qti12_differences(ours: bytes, reference: bytes) -> list[str]:
    """Where our Canvas package differs from text2qti's, file by file and element by element."""
    mine, theirs = zip_members(ours), zip_members(reference)
    problems = []
    our_quiz = next(n for n in mine if n.endswith(".xml") and "/" in n and not n.endswith("assessment_meta.xml"))
    their_quiz = next(n for n in theirs if n.endswith(".xml") and "/" in n and not n.endswith("assessment_meta.xml"))
    pairs = [("imsmanifest.xml", "imsmanifest.xml"), (our_quiz, their_quiz),
             (our_quiz.rsplit("/", 1)[0] + "/assessment_meta.xml", their_quiz.rsplit("/", 1)[0] + "/assessment_meta.xml")]
    if {n for n in mine if n.endswith("/")} != {n for n in theirs if n.endswith("/")}:
        problems.append(f"folders differ: {sorted(mine)} / {sorted(theirs)}")
    for mine_name, their_name in pairs:
        a, b = etree.fromstring(mine[mine_name]), etree.fromstring(theirs[their_name])
        if a.nsmap.get(None) != b.nsmap.get(None):
            problems.append(f"{mine_name}: namespace {a.nsmap.get(None)} != {b.nsmap.get(None)}")
        if mine_name == "imsmanifest.xml":
            # text2qti writes the date of the run and a copyright claim; quizgen writes neither.
            for extra in b.iterfind(".//{http://www.imsglobal.org/xsd/imsmd_v1p2}lifeCycle"):
                extra.getparent().remove(extra)
            for extra in b.iterfind(".//{http://www.imsglobal.org/xsd/imsmd_v1p2}rights"):
                extra.getparent().remove(extra)
        problems += [f"{mine_name}: {d}" for d in _tree_differences(canonical(a), canonical(b), "")]
    return problems


def _tree_differences(a: Any, b: Any, path: str) -> Iterator[str]:
    tag_a, attrs_a, text_a, children_a = a
    tag_b, attrs_b, text_b, children_b = b
    here = f"{path}/{tag_a}"
    if tag_a != tag_b:
        yield f"{here}: element {tag_a} where text2qti has {tag_b}"
        return
    if attrs_a != attrs_b:
        yield f"{here}: attributes {attrs_a} where text2qti has {attrs_b}"
    if text_a != text_b:
        yield f"{here}: text {text_a!r} where text2qti has {text_b!r}"
    if [c[0] for c in children_a] != [c[0] for c in children_b]:
        yield f"{here}: children {[c[0] for c in children_a]} where text2qti has {[c[0] for c in children_b]}"
        return
    for x, y in zip(children_a, children_b):
        yield from _tree_differences(x, y, here)


def read_qti12(package: bytes) -> list[View]:
    files = zip_members(package)
    name = next(n for n in files if n.endswith(".xml") and "/" in n and not n.endswith("assessment_meta.xml"))
    ns = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
    views = []
    for item in etree.fromstring(files[name]).iterfind(".//q:item", ns):
        fields = {f.findtext("q:fieldlabel", namespaces=ns): f.findtext("q:fieldentry", namespaces=ns)
                  for f in item.iterfind(".//q:qtimetadatafield", ns)}
        prompt = html_text(item.findtext("q:presentation/q:material/q:mattext", namespaces=ns))
        right = [v.text or "" for v in item.iterfind(".//q:respcondition[@continue='No']//q:varequal", ns)]
        labels = {label.get("ident"): html_text(label.findtext(".//q:mattext", namespaces=ns))
                  for label in item.iterfind(".//q:render_choice/q:response_label", ns)}
        if fields["question_type"] == "true_false_question":
            choices, key = [], labels[right[0]] == "True"
        elif fields["question_type"] == "multiple_choice_question":
            choices, key = list(labels.values()), labels[right[0]]
        else:
            choices, key = [], [norm(r) for r in right]
        feedback = item.find("q:itemfeedback[@ident='general_fb']", ns)
        views.append({"id": item.get("ident"), "prompt": prompt, "choices": choices, "key": key,
                      "explanation": html_text(feedback.findtext(".//q:mattext", namespaces=ns))})
    return views


# -- Moodle XML: read as Moodle's qformat_xml reads it ------------------------------------


def read_moodle(text: str) -> list[View]:
    """The questions of a Moodle XML file, failing on anything Moodle's importer would not take."""
    root = etree.fromstring(text.encode("utf-8"))
    assert root.tag == "quiz"
    views = []
    for question in root.iterfind("question"):
        qtype = question.get("type")
        if qtype == "category":
            assert question.findtext("category/text", "").startswith("$course$/")
            continue
        assert qtype in ("multichoice", "truefalse", "shortanswer"), qtype
        name, idnumber = question.findtext("name/text"), question.findtext("idnumber")
        assert name and name == idnumber
        text = question.find("questiontext")
        assert text.get("format") == "html"
        answers = [(a.findtext("text") or "", float(a.get("fraction")), a.get("format"))
                   for a in question.iterfind("answer")]
        assert answers
        if qtype == "multichoice":
            assert question.findtext("single") == "true"
            assert [f for _, f, _ in answers if f > 0] == [100.0]
            choices = [html_text(t) for t, _, fmt in answers if fmt == "html"]
            assert len(choices) == len(answers)
            key: Any = next(html_text(t) for t, f, _ in answers if f == 100)
        elif qtype == "truefalse":
            assert sorted(t for t, _, _ in answers) == ["false", "true"]
            choices, key = [], next(t for t, f, _ in answers if f == 100) == "true"
        else:
            assert question.findtext("usecase") == "0"
            assert all(f == 100 for _, f, _ in answers)
            choices, key = [], [norm(t.replace("\\*", "*")) for t, _, _ in answers]
        views.append({"id": idnumber, "prompt": html_text(text.findtext("text")), "choices": choices, "key": key,
                      "explanation": html_text(question.findtext("generalfeedback/text"))})
    return views


# -- GIFT: the independent parser gift-pegjs ------------------------------------------------


def gift_parser() -> list[str]:
    node = shutil.which("node")
    if not node or not (ROOT / "node_modules" / "gift-pegjs").is_dir():
        pytest.skip("needs node and the npm package gift-pegjs (npm ci)")
    return [node, str(GIFT_SCRIPT)]


def parse_gift(text: str) -> list[dict]:
    """gift-pegjs's parse of a GIFT text; AssertionError with its message when it rejects the text."""
    done = subprocess.run(gift_parser(), input=text, capture_output=True, text=True, encoding="utf-8",
                          timeout=120, check=False)
    assert done.returncode == 0, f"gift-pegjs rejects the GIFT text: {done.stderr.strip()}"
    return json.loads(done.stdout)


def read_gift(text: str) -> list[View]:
    views = []
    for question in parse_gift(text):
        if question["type"] in ("Category", "Description"):
            continue
        stem = question["stem"]
        assert stem["format"] == "html"
        feedback = html_text((question.get("globalFeedback") or {}).get("text"))
        if question["type"] == "TF":
            choices, key = [], bool(question["isTrue"])
        elif question["type"] == "MC":
            choices = [html_text(c["text"]["text"]) for c in question["choices"]]
            assert sum(c["isCorrect"] for c in question["choices"]) == 1
            key = next(html_text(c["text"]["text"]) for c in question["choices"] if c["isCorrect"])
        else:
            assert question["type"] == "Short", question["type"]
            assert all(c["isCorrect"] for c in question["choices"])
            # Moodle keeps short answers as typed text; "\*" is its literal asterisk.
            choices, key = [], [norm(c["text"]["text"].replace("\\*", "*")) for c in question["choices"]]
        views.append({"id": question["title"], "prompt": html_text(stem["text"]), "choices": choices, "key": key,
                      "explanation": feedback})
    return views


# -- H5P: the content types' semantics.json --------------------------------------------------


@functools.cache
def h5p_library(machine_name: str) -> tuple[dict, list]:
    """(library.json, semantics.json) of a content type from ../shared/schemas/h5p."""
    folder = need(SCHEMAS / "h5p" / machine_name)
    return (json.loads((folder / "library.json").read_text(encoding="utf-8")),
            json.loads((folder / "semantics.json").read_text(encoding="utf-8")))


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ENTITY = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_DEFAULT_TAGS = {"div", "span", "p", "br"}  # H5P's content validator always allows these in HTML fields


def check_semantics(value: Any, fields: list[dict], path: str = "$") -> list[str]:
    """Every way ``value`` (a params object) breaks the semantics ``fields``, as H5P's content validator reads them."""
    return list(_check_group(value, {"type": "group", "fields": fields}, path, flatten=False))


def _check_group(value: Any, field: dict, path: str, *, flatten: bool = True) -> Iterator[str]:
    subfields = field["fields"]
    if flatten and len(subfields) == 1 and not field.get("isSubContent"):
        # A group of one field is stored as that field's value.
        yield from _check_field(value, subfields[0], path)
        return
    if not isinstance(value, dict):
        yield f"{path}: a group must be an object, not {type(value).__name__}"
        return
    known = {f["name"]: f for f in subfields}
    for key, item in value.items():
        if key not in known:
            yield f"{path}.{key}: not a field of the semantics"
        else:
            yield from _check_field(item, known[key], f"{path}.{key}")
    for name, sub in known.items():
        if name not in value and not sub.get("optional"):
            yield f"{path}.{name}: required by the semantics, missing"


def _check_field(value: Any, field: dict, path: str) -> Iterator[str]:
    kind = field["type"]
    if kind == "group":
        yield from _check_group(value, field, path)
    elif kind == "text":
        yield from _check_text(value, field, path)
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            yield f"{path}: a number, not {value!r}"
        elif ("min" in field and value < field["min"]) or ("max" in field and value > field["max"]):
            yield f"{path}: {value} outside {field.get('min')}..{field.get('max')}"
    elif kind == "boolean":
        if not isinstance(value, bool):
            yield f"{path}: a boolean, not {value!r}"
    elif kind == "select":
        if value not in [o["value"] for o in field["options"]]:
            yield f"{path}: {value!r} is not one of the options"
    elif kind == "list":
        if not isinstance(value, list):
            yield f"{path}: a list, not {type(value).__name__}"
            return
        if len(value) < field.get("min", 0) or len(value) > field.get("max", len(value)):
            yield f"{path}: {len(value)} entries, not {field.get('min', 0)}..{field.get('max', 'any')}"
        for i, item in enumerate(value):
            yield from _check_field(item, field["field"], f"{path}[{i}]")
    elif kind == "library":
        yield from _check_library(value, field, path)
    else:
        yield f"{path}: quizgen writes no {kind} fields"


def _check_text(value: Any, field: dict, path: str) -> Iterator[str]:
    if not isinstance(value, str):
        yield f"{path}: a string, not {value!r}"
        return
    if "maxLength" in field and len(value) > field["maxLength"]:
        yield f"{path}: longer than {field['maxLength']}"
    if "regexp" in field and not re.search(field["regexp"]["pattern"], value, re.I):
        yield f"{path}: does not match {field['regexp']['pattern']}"
    bare = _ENTITY.sub("", value)
    if "tags" in field:
        allowed = _DEFAULT_TAGS | set(field["tags"])
        tags = {t.lower() for t in re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", value)}
        if tags - allowed:
            yield f"{path}: tags {sorted(tags - allowed)} are not allowed here"
        text = re.sub(r"</?[A-Za-z][A-Za-z0-9]*>", "", bare)
    else:
        text = bare  # a plain-text field is stored HTML-escaped (H5P escapes what is not)
    if "<" in text or ">" in text or "&" in text:
        yield f"{path}: unescaped markup characters in {value!r}"


def _check_library(value: Any, field: dict, path: str) -> Iterator[str]:
    if not isinstance(value, dict):
        yield f"{path}: a library entry must be an object"
        return
    if set(value) - {"library", "params", "subContentId", "metadata"}:
        yield f"{path}: unknown keys {sorted(set(value) - {'library', 'params', 'subContentId', 'metadata'})}"
    if value.get("library") not in field["options"]:
        yield f"{path}.library: {value.get('library')!r} is not one of {field['options']}"
        return
    name, version = value["library"].split(" ")
    library, semantics = h5p_library(name)
    if version != f"{library['majorVersion']}.{library['minorVersion']}":
        yield f"{path}.library: {value['library']} but the library is {library['majorVersion']}.{library['minorVersion']}"
    if not _UUID.match(str(value.get("subContentId", ""))):
        yield f"{path}.subContentId: not a UUID: {value.get('subContentId')!r}"
    if not isinstance(value.get("metadata", {}), dict):
        yield f"{path}.metadata: must be an object"
    yield from check_semantics(value.get("params"), semantics, f"{path}.params")


def validate_h5p(package: bytes) -> list[str]:
    """h5p.json against the libraries it names, content.json against the semantics of the main library."""
    files = zip_members(package)
    problems = [] if set(files) == {"h5p.json", "content/content.json"} else [f"files: {sorted(files)}"]
    info = json.loads(files["h5p.json"])
    for key in ("title", "language", "mainLibrary", "embedTypes", "preloadedDependencies"):
        if key not in info:
            problems.append(f"h5p.json: {key} is required")
    if not 1 <= len(info.get("title", "")) <= 255:
        problems.append("h5p.json: title must be 1-255 characters")
    dependencies = {d["machineName"]: d for d in info.get("preloadedDependencies", [])}
    for name, dependency in dependencies.items():
        library, _ = h5p_library(name)
        if (dependency["majorVersion"], dependency["minorVersion"]) != (library["majorVersion"],
                                                                        library["minorVersion"]):
            problems.append(f"h5p.json: {name} {dependency['majorVersion']}.{dependency['minorVersion']} "
                            f"is not the library's {library['majorVersion']}.{library['minorVersion']}")
    main = info.get("mainLibrary")
    if main not in dependencies:
        problems.append(f"h5p.json: the main library {main} is not a dependency")
        return problems
    content = json.loads(files["content/content.json"])
    problems += check_semantics(content, h5p_library(main)[1])
    used = {q["library"].split(" ")[0] for q in content.get("questions", [])}
    if used - set(dependencies):
        problems.append(f"h5p.json: content uses {sorted(used - set(dependencies))} without naming them")
    return problems


def _blank_solutions(question: str) -> Iterator[tuple[int, int, list[str]]]:
    """H5P.Blanks's reading of a blank: between asterisks, tip after ":", alternatives split on "/",
    then HTML entities decoded."""
    start = question.find("*")
    while start != -1:
        end = question.find("*", start + 1)
        if end == -1:
            return
        solution = question[start + 1:end].split(":", 1)[0]
        yield start, end + 1, [norm(html.unescape(s.strip())) for s in solution.split("/")]
        start = question.find("*", end + 1)


def read_h5p(package: bytes, ids: dict[str, str]) -> list[View]:
    """The questions of an .h5p QuestionSet; ``ids`` maps subContentId to the question id it stands for."""
    content = json.loads(zip_members(package)["content/content.json"])
    views = []
    for entry in content["questions"]:
        name, params = entry["library"].split(" ")[0], entry["params"]
        feedback = ""
        if name == "H5P.MultiChoice":
            prompt = html_text(params["question"])
            choices = [html_text(a["text"]) for a in params["answers"]]
            key: Any = next(html_text(a["text"]) for a in params["answers"] if a["correct"])
            feedback = html_text(params["overallFeedback"][0].get("feedback"))
        elif name == "H5P.TrueFalse":
            prompt, choices, key = html_text(params["question"]), [], params["correct"] == "true"
            feedback = html_text(params["behaviour"].get("feedbackOnWrong"))
        else:
            assert params["behaviour"]["caseSensitive"] is False
            question = params["questions"][0]
            (start, end, key), = list(_blank_solutions(question))
            line = html_text(question[:start] + "_____" + question[end:])
            prompt = line if line != "_____" else html_text(params["text"])
            choices = []
            feedback = html_text(params["overallFeedback"][0].get("feedback"))
        views.append({"id": ids.get(entry["subContentId"], entry["subContentId"]), "prompt": prompt,
                      "choices": choices, "key": key, "explanation": feedback})
    return views


def subcontent_id(question_id: str) -> str:
    """The subContentId the H5P renderer gives a question (UUID 5 of its id): stable across runs."""
    from quizgen.render.h5p import SUBCONTENT_NAMESPACE

    return str(uuid.uuid5(SUBCONTENT_NAMESPACE, question_id))


# -- Aiken: read as Moodle's qformat_aiken reads it ---------------------------------------------


def read_aiken(text: str) -> list[View]:
    """Aiken's rules: a question line, options ``A.``/``A)``, then ``ANSWER: X``; anything else is an error."""
    views: list[View] = []
    prompt: str | None = None
    options: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            assert prompt is None, f"line {number}: blank line inside a question"
            continue
        option, key = re.match(r"^([A-Z])[.)][ \t](.*)$", line), re.match(r"^ANSWER:\s*([A-Z])\s*$", line)
        if option:
            assert prompt is not None, f"line {number}: an option before any question"
            options.append((option.group(1), norm(option.group(2))))
        elif key:
            letters = dict(options)
            assert prompt is not None and len(options) >= 2, f"line {number}: ANSWER without a question"
            assert key.group(1) in letters, f"line {number}: the key {key.group(1)} is not an option"
            texts = [t for _, t in options]
            if texts == ["True", "False"]:
                views.append({"id": None, "prompt": prompt, "choices": [], "key": letters[key.group(1)] == "True",
                              "explanation": None})
            else:
                views.append({"id": None, "prompt": prompt, "choices": texts, "key": letters[key.group(1)],
                              "explanation": None})
            prompt, options = None, []
        else:
            assert prompt is None and not options, f"line {number}: question text after a question began"
            prompt = norm(line)
    assert prompt is None, "the last question has no ANSWER line"
    return views


# -- CSV: Python's csv module, strict -------------------------------------------------------------


def read_csv(text: str) -> list[View]:
    """Rows as the csv module reads them (strict RFC 4180 quoting), the formula guard removed."""
    assert text.startswith("\ufeff"), "no byte-order mark: Excel would not read the file as UTF-8"
    body = text[1:]
    rows = list(csv.reader(io.StringIO(body, newline=""), strict=True))
    # Records end in CRLF (RFC 4180); a line break inside a quoted cell is a bare LF, as Excel writes it.
    assert body.endswith("\r\n") and body.count("\r\n") == len(rows), "records end in CRLF"
    header, *rows = rows
    assert all(len(row) == len(header) for row in rows), "every row has as many fields as the header"
    views = []
    for values in rows:
        cells = dict(zip(header, (_unguard(v) for v in values)))
        options = [cells[c] for c in header if c.startswith("option_") and cells[c]]
        if cells["type"] == "multiple_choice":
            choices, key = [norm(o) for o in options], norm(cells["answer"])
        elif cells["type"] == "true_false":
            choices, key = [], cells["answer"] == "True"
        else:
            choices = []
            key = []
            for a in [cells["answer"], *cells["accepted"].split("\n")]:
                if norm(a) and norm(a).casefold() not in {k.casefold() for k in key}:
                    key.append(norm(a))
        views.append({"id": cells["id"], "prompt": norm(cells["prompt"]), "choices": choices, "key": key,
                      "explanation": norm(cells["explanation"])})
    return views


def _unguard(value: str) -> str:
    return value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@", "\t", "\r") else value


# -- the escaping torture quiz -----------------------------------------------------------------

NASTY = ('Tom & Jerry <b>"bold"</b> \'single\' ~tilde =equals #hash {brace} colon: back\\slash ]]> * star / slash '
         'café Ωmega 日本 😀')


def torture_quiz(sample: dict) -> dict:
    """The sample quiz with every text full of characters that some format treats specially.

    ``& < > " '`` (XML, HTML), ``~ = # { } : \\`` (GIFT), ``* / :`` (H5P blanks,
    Moodle wildcards), ``]]>`` (CDATA), ``= + - @`` at the start of a cell (CSV
    formulas), line breaks and tabs, non-ASCII letters and an emoji outside the
    Basic Multilingual Plane. It stays a valid schema-1.0 quiz.
    """
    quiz = json.loads(json.dumps(sample))
    quiz["title"] = 'Q&A: <Tricky> {GIFT} ~ "quotes" / 😀'
    mc, tf, fib, sa = quiz["questions"]
    mc["prompt"] = f"Which option is right about {NASTY}?"
    texts = ["=1+1 & <2>", "~tilde {x} #1: a\\b", 'café "naïve" 😀', "-日本 / Ωmega * ]]>"]
    for choice, text in zip(mc["choices"], texts):
        choice["text"] = text
    mc["answer"] = {"text": texts[1], "accepted": [texts[1]]}
    tf["prompt"] = f"The claim about {NASTY} holds."
    tf["answer"] = {"value": True}
    tf["explanation"] = f"Because {NASTY}\n\tsays so."
    fib["prompt"] = "The characters _____ are special in GIFT & <XML>: ~ = # { } \\ ]]> * / 😀."
    fib["answer"] = {"text": "~=#{}:", "accepted": ["~=#{}:", "a/b*c:d & <e>", "😀 café"]}
    sa["prompt"] = "What does “&lt;” stand for in HTML — the ‘less than’ sign?"
    sa["answer"] = {"text": "@less:than*", "accepted": ["@less:than*", "< (less-than)"]}
    for n, question in enumerate(quiz["questions"]):
        question["explanation"] = question["explanation"] if question is tf else f"{NASTY} (explanation {n})"
        sentence = f"Source {n}: {NASTY}\nsecond line."
        start = 100 * n
        question["source"] = {"sentence": sentence, "start": start, "end": start + len(sentence),
                              "section": "Section {1}: <&> 😀" if n % 2 else None}
        question["answer_span"] = {"start": start, "end": start + 1}
    quiz["source"]["characters"] = 1000
    return quiz
