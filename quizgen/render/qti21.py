"""The quiz as an IMS QTI 2.1 content package: a manifest, one assessmentItem per question, one assessmentTest."""
from __future__ import annotations

from typing import Any

from lxml import etree

from .common import (Question, Quiz, accepted_answers, correct_choice, explanation, one_line,
                     questions, short_title, split_blank, text_of, true_false_value, xml_document, zip_package)

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
MD = "http://www.imsglobal.org/xsd/imsmd_v1p2"
MD_XSD = "http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd"
QTI_MD = "http://www.imsglobal.org/xsd/imsqti_metadata_v2p1"
QTI_MD_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_metadata_v2p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RP_TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"

# LOM 1.0 difficulty vocabulary for quizgen's three levels.
LOM_DIFFICULTY = {"easy": "easy", "medium": "medium", "hard": "difficult"}
TEXT_TYPES = ("fill_in_blank", "short_answer")


def render_qti21(quiz: Quiz) -> bytes:
    """The quiz as a QTI 2.1 zip: ``imsmanifest.xml``, ``items/<question id>.xml`` and ``<quiz id>.xml``."""
    language = str(quiz.get("language") or "en")
    files = {f"items/{q['id']}.xml": xml_document(assessment_item(q, language)) for q in questions(quiz)}
    files[f"{quiz['id']}.xml"] = xml_document(assessment_test(quiz))
    files["imsmanifest.xml"] = xml_document(manifest(quiz))
    return zip_package(files)


def _q(tag: str) -> str:
    return f"{{{QTI}}}{tag}"


def _add(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        element.text = text
    return element


def _qti_root(tag: str, **attrs: str) -> etree._Element:
    root = etree.Element(_q(tag), nsmap={None: QTI, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{QTI} {QTI_XSD}")
    for key, value in attrs.items():
        root.set(key, value)
    return root


def _html(parent: etree._Element, tag: str, text: str) -> etree._Element:
    """A QTI XHTML element (``p``, ``div``) holding plain text."""
    return _add(parent, _q(tag), text_of(text))


def _base_value(parent: etree._Element, base_type: str, value: str) -> etree._Element:
    return _add(parent, _q("baseValue"), value, baseType=base_type)


def _set_outcome(parent: etree._Element, identifier: str) -> etree._Element:
    return _add(parent, _q("setOutcomeValue"), identifier=identifier)


# -- items ---------------------------------------------------------------------


def assessment_item(question: Question, language: str) -> etree._Element:
    """One question as an ``assessmentItem``: response, score, body, scoring rules and explanation."""
    qtype = str(question.get("type"))
    item = _qti_root("assessmentItem", identifier=str(question["id"]), title=short_title(question.get("prompt")),
                     adaptive="false", timeDependent="false")
    item.set(XML_LANG, language)
    text_entry = qtype in TEXT_TYPES
    declaration = _add(item, _q("responseDeclaration"), identifier="RESPONSE", cardinality="single",
                       baseType="string" if text_entry else "identifier")
    if text_entry:
        answers = accepted_answers(question)
        if answers:
            _add(_add(declaration, _q("correctResponse")), _q("value"), answers[0])
        mapping = _add(declaration, _q("mapping"), defaultValue="0")
        for answer in answers:
            _add(mapping, _q("mapEntry"), mapKey=answer, mappedValue="1", caseSensitive="false")
    else:
        _add(_add(declaration, _q("correctResponse")), _q("value"), _key(question))
    score = _add(item, _q("outcomeDeclaration"), identifier="SCORE", cardinality="single", baseType="float")
    _add(_add(score, _q("defaultValue")), _q("value"), "0")
    _add(item, _q("outcomeDeclaration"), identifier="FEEDBACK", cardinality="single", baseType="identifier")
    _item_body(_add(item, _q("itemBody")), question)
    _response_processing(item, text_entry)
    feedback = _add(item, _q("modalFeedback"), outcomeIdentifier="FEEDBACK", identifier="EXPLANATION",
                    showHide="show")
    _html(feedback, "p", explanation(question))
    return item


def _key(question: Question) -> str:
    if question.get("type") == "true_false":
        return "true" if true_false_value(question) else "false"
    correct = correct_choice(question)
    return str(correct["id"]) if correct else ""


def _item_body(body: etree._Element, question: Question) -> None:
    qtype, prompt = str(question.get("type")), text_of(question.get("prompt"))
    if qtype in TEXT_TYPES:
        length = str(max((len(a) for a in accepted_answers(question)), default=10))
        parts = split_blank(prompt) if qtype == "fill_in_blank" else None
        if parts:
            paragraph = _html(body, "p", parts[0])
            _add(paragraph, _q("textEntryInteraction"), responseIdentifier="RESPONSE",
                 expectedLength=length).tail = parts[1]
        else:
            _html(body, "p", prompt)
            _add(_html(body, "p", ""), _q("textEntryInteraction"), responseIdentifier="RESPONSE",
                 expectedLength=length)
        return
    interaction = _add(body, _q("choiceInteraction"), responseIdentifier="RESPONSE", shuffle="false",
                       maxChoices="1")
    _add(interaction, _q("prompt"), prompt)
    if qtype == "true_false":
        choices = [("true", "True"), ("false", "False")]
    else:
        choices = [(str(c["id"]), one_line(c.get("text"))) for c in question.get("choices") or []]
    for identifier, text in choices:
        _add(interaction, _q("simpleChoice"), text, identifier=identifier)


def _response_processing(item: etree._Element, text_entry: bool) -> None:
    """The standard template's rules written out, plus showing the explanation after any response.

    The ``template`` attribute names the standard rules for delivery systems
    that only know templates; QTI prefers the rules inside when both are given,
    and only they show the explanation.
    """
    template = "map_response" if text_entry else "match_correct"
    processing = _add(item, _q("responseProcessing"), template=RP_TEMPLATES + template)
    condition = _add(processing, _q("responseCondition"))
    if text_entry:
        when_empty = _add(condition, _q("responseIf"))
        _add(_add(when_empty, _q("isNull")), _q("variable"), identifier="RESPONSE")
        _base_value(_set_outcome(when_empty, "SCORE"), "float", "0")
        _add(_set_outcome(_add(condition, _q("responseElse")), "SCORE"), _q("mapResponse"), identifier="RESPONSE")
    else:
        when_right = _add(condition, _q("responseIf"))
        match = _add(when_right, _q("match"))
        _add(match, _q("variable"), identifier="RESPONSE")
        _add(match, _q("correct"), identifier="RESPONSE")
        _base_value(_set_outcome(when_right, "SCORE"), "float", "1")
        _base_value(_set_outcome(_add(condition, _q("responseElse")), "SCORE"), "float", "0")
    _base_value(_set_outcome(processing, "FEEDBACK"), "identifier", "EXPLANATION")


# -- test ------------------------------------------------------------------------


def assessment_test(quiz: Quiz) -> etree._Element:
    """The quiz as an ``assessmentTest``: one part, one section, the items in quiz order, SCORE summed."""
    title = one_line(quiz.get("title")) or "Quiz"
    test = _qti_root("assessmentTest", identifier=str(quiz["id"]), title=title)
    _add(test, _q("outcomeDeclaration"), identifier="SCORE", cardinality="single", baseType="float")
    part = _add(test, _q("testPart"), identifier="part-1", navigationMode="nonlinear", submissionMode="individual")
    section = _add(part, _q("assessmentSection"), identifier="section-1", title=title, visible="true")
    for question in questions(quiz):
        _add(section, _q("assessmentItemRef"), identifier=str(question["id"]), href=f"items/{question['id']}.xml")
    processing = _add(test, _q("outcomeProcessing"))
    total = _add(_set_outcome(processing, "SCORE"), _q("sum"))
    _add(total, _q("testVariables"), variableIdentifier="SCORE")
    return test


# -- manifest ----------------------------------------------------------------------


def manifest(quiz: Quiz) -> etree._Element:
    """``imsmanifest.xml``: the test and item resources, each item with its source sentence and difficulty."""
    language = str(quiz.get("language") or "en")
    root = etree.Element(f"{{{CP}}}manifest", nsmap={None: CP, "imsmd": MD, "imsqti": QTI_MD, "xsi": XSI},
                         identifier=f"manifest-{quiz['id']}")
    root.set(f"{{{XSI}}}schemaLocation", f"{CP} {CP_XSD} {MD} {MD_XSD} {QTI_MD} {QTI_MD_XSD}")
    metadata = _add(root, f"{{{CP}}}metadata")
    _add(metadata, f"{{{CP}}}schema", "QTIv2.1 Package")
    _add(metadata, f"{{{CP}}}schemaversion", "1.0.0")
    _lom(metadata, language, title=one_line(quiz.get("title")) or "Quiz",
         description=f"Generated by quizgen from {one_line((quiz.get('source') or {}).get('name'))}")
    _add(root, f"{{{CP}}}organizations")
    resources = _add(root, f"{{{CP}}}resources")
    test_href = f"{quiz['id']}.xml"
    test = _add(resources, f"{{{CP}}}resource", identifier=str(quiz["id"]), type="imsqti_test_xmlv2p1",
                href=test_href)
    _add(test, f"{{{CP}}}file", href=test_href)
    for question in questions(quiz):
        _add(test, f"{{{CP}}}dependency", identifierref=str(question["id"]))
    version = str((quiz.get("generator") or {}).get("version") or "")
    for question in questions(quiz):
        resources.append(_item_resource(question, language, version))
    return root


def _item_resource(question: Question, language: str, version: str) -> etree._Element:
    href = f"items/{question['id']}.xml"
    resource = etree.Element(f"{{{CP}}}resource", identifier=str(question["id"]), type="imsqti_item_xmlv2p1",
                             href=href)
    metadata = _add(resource, f"{{{CP}}}metadata")
    source = question.get("source") or {}
    sentence = one_line(source.get("sentence"))
    if source.get("section"):
        sentence += f" (section: {one_line(source['section'])})"
    _lom(metadata, language, title=short_title(question.get("prompt")), description=sentence,
         difficulty=LOM_DIFFICULTY.get(str(question.get("difficulty"))))
    qti_metadata = _add(metadata, f"{{{QTI_MD}}}qtiMetadata")
    _add(qti_metadata, f"{{{QTI_MD}}}timeDependent", "false")
    interaction = "textEntryInteraction" if question.get("type") in TEXT_TYPES else "choiceInteraction"
    _add(qti_metadata, f"{{{QTI_MD}}}interactionType", interaction)
    _add(qti_metadata, f"{{{QTI_MD}}}feedbackType", "nonadaptive")
    _add(qti_metadata, f"{{{QTI_MD}}}solutionAvailable", "true")
    _add(qti_metadata, f"{{{QTI_MD}}}toolName", "quizgen")
    if version:
        _add(qti_metadata, f"{{{QTI_MD}}}toolVersion", version)
    _add(resource, f"{{{CP}}}file", href=href)
    return resource


def _lom(parent: etree._Element, language: str, *, title: str, description: str,
         difficulty: str | None = None) -> None:
    """IMS LOM 1.2 metadata: title, description and (for items) the LOM difficulty."""
    lom = _add(parent, f"{{{MD}}}lom")
    general = _add(lom, f"{{{MD}}}general")
    _langstring(_add(general, f"{{{MD}}}title"), title, language)
    if description:
        _langstring(_add(general, f"{{{MD}}}description"), description, language)
    if difficulty:
        level = _add(_add(lom, f"{{{MD}}}educational"), f"{{{MD}}}difficulty")
        _langstring(_add(level, f"{{{MD}}}source"), "LOMv1.0", "x-none")
        _langstring(_add(level, f"{{{MD}}}value"), difficulty, "x-none")


def _langstring(parent: etree._Element, text: str, language: str) -> Any:
    element = _add(parent, f"{{{MD}}}langstring", text_of(text))
    element.set(XML_LANG, language)
    return element

