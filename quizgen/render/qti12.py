"""The quiz as a QTI 1.2 zip the way Canvas Classic Quizzes imports it (manifest, assessment, assessment_meta)."""
from __future__ import annotations

from typing import Mapping

from lxml import etree

from .common import (Question, Quiz, accepted_answers, citation_warning, explanation, html_paragraph, one_line,
                     questions, true_false_value, xml_document, zip_package)

QTI = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
QTI_XSD = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
LOM = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource"
MD = "http://www.imsglobal.org/xsd/imsmd_v1p2"
CANVAS = "http://canvas.instructure.com/xsd/cccv1p0"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATIONS = {
    CP: f"{CP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
        f"{LOM} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd "
        f"{MD} http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd",
    QTI: f"{QTI} {QTI_XSD}",
    CANVAS: f"{CANVAS} https://canvas.instructure.com/xsd/cccv1p0.xsd",
}
# Canvas's own names of the question types; a fill-in-the-blank is a short answer whose prompt shows the blank.
CANVAS_TYPES = {
    "multiple_choice": "multiple_choice_question",
    "true_false": "true_false_question",
    "fill_in_blank": "short_answer_question",
    "short_answer": "short_answer_question",
}
# Quiz settings of assessment_meta.xml: an unpublished practice-free assignment, answers not shuffled.
QUIZ_SETTINGS = (
    ("shuffle_answers", "false"), ("scoring_policy", "keep_highest"), ("hide_results", ""),
    ("quiz_type", "assignment"), ("points_possible", None), ("require_lockdown_browser", "false"),
    ("require_lockdown_browser_for_results", "false"), ("require_lockdown_browser_monitor", "false"),
    ("lockdown_browser_monitor_data", None), ("show_correct_answers", "true"), ("anonymous_submissions", "false"),
    ("could_be_locked", "false"), ("allowed_attempts", "1"), ("one_question_at_a_time", "false"),
    ("cant_go_back", "false"), ("available", "false"), ("one_time_results", "false"),
    ("show_correct_answers_last_attempt", "false"), ("only_visible_to_overrides", "false"),
    ("module_locked", "false"),
)
ASSIGNMENT_SETTINGS = (
    ("due_at", None), ("lock_at", None), ("unlock_at", None), ("module_locked", "false"),
    ("workflow_state", "unpublished"), ("assignment_overrides", ""), ("quiz_identifierref", None),
    ("allowed_extensions", ""), ("has_group_category", "false"), ("points_possible", None),
    ("grading_type", "points"), ("all_day", "false"), ("submission_types", "online_quiz"), ("position", "1"),
    ("turnitin_enabled", "false"), ("vericite_enabled", "false"), ("peer_review_count", "0"),
    ("peer_reviews", "false"), ("automatic_peer_reviews", "false"), ("anonymous_peer_reviews", "false"),
    ("grade_group_students_individually", "false"), ("freeze_on_copy", "false"), ("omit_from_final_grade", "false"),
    ("intra_group_peer_reviews", "false"), ("only_visible_to_overrides", "false"), ("post_to_sis", "false"),
    ("moderated_grading", "false"), ("grader_count", "0"), ("grader_comments_visible_to_graders", "true"),
    ("anonymous_grading", "false"), ("graders_anonymous_to_graders", "false"),
    ("grader_names_visible_to_final_grader", "true"), ("anonymous_instructor_annotations", "false"),
)


def render_qti12(quiz: Quiz) -> bytes:
    """The Canvas QTI 1.2 zip: ``imsmanifest.xml`` and ``<quiz id>/{<quiz id>,assessment_meta}.xml``."""
    quiz_id = str(quiz["id"])
    return zip_package({
        "imsmanifest.xml": xml_document(manifest(quiz)),
        f"{quiz_id}/{quiz_id}.xml": xml_document(assessment(quiz)),
        f"{quiz_id}/assessment_meta.xml": xml_document(assessment_meta(quiz)),
        "non_cc_assessments/": b"",
    })


def qti12_warnings(quiz: Quiz) -> list[str]:
    return citation_warning("qti12", quiz)


def _root(namespace: str, tag: str, extra: Mapping[str, str] | None = None, **attrs: str) -> etree._Element:
    root = etree.Element(f"{{{namespace}}}{tag}", nsmap={None: namespace, **(extra or {}), "xsi": XSI}, **attrs)
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATIONS[namespace])
    return root


def _add(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    namespace = etree.QName(parent).namespace
    element = etree.SubElement(parent, f"{{{namespace}}}{tag}" if namespace else tag, attrs)
    if text is not None:
        element.text = text
    return element


def _mattext(parent: etree._Element, text: str) -> etree._Element:
    return _add(_add(parent, "material"), "mattext", html_paragraph(text), texttype="text/html")


def _metadata_field(parent: etree._Element, label: str, entry: str) -> None:
    field = _add(parent, "qtimetadatafield")
    _add(field, "fieldlabel", label)
    _add(field, "fieldentry", entry)


# -- manifest and settings ---------------------------------------------------------


def manifest(quiz: Quiz) -> etree._Element:
    quiz_id = str(quiz["id"])
    root = _root(CP, "manifest", {"lom": LOM, "imsmd": MD}, identifier=f"manifest-{quiz_id}")
    metadata = _add(root, "metadata")
    _add(metadata, "schema", "IMS Content")
    _add(metadata, "schemaversion", "1.1.3")
    title = etree.SubElement(etree.SubElement(etree.SubElement(metadata, f"{{{MD}}}lom"), f"{{{MD}}}general"),
                             f"{{{MD}}}title")
    etree.SubElement(title, f"{{{MD}}}string").text = _title(quiz)
    _add(root, "organizations")
    resources = _add(root, "resources")
    quiz_resource = _add(resources, "resource", identifier=quiz_id, type="imsqti_xmlv1p2")
    _add(quiz_resource, "file", href=f"{quiz_id}/{quiz_id}.xml")
    _add(quiz_resource, "dependency", identifierref=f"{quiz_id}-meta")
    meta_href = f"{quiz_id}/assessment_meta.xml"
    meta = _add(resources, "resource", identifier=f"{quiz_id}-meta",
                type="associatedcontent/imscc_xmlv1p1/learning-application-resource", href=meta_href)
    _add(meta, "file", href=meta_href)
    return root


def assessment_meta(quiz: Quiz) -> etree._Element:
    """Canvas's quiz settings: title, description, points and the assignment the quiz is graded as."""
    quiz_id = str(quiz["id"])
    points = f"{len(questions(quiz))}.0"
    root = _root(CANVAS, "quiz", identifier=quiz_id)
    _add(root, "title", _title(quiz))
    source = one_line((quiz.get("source") or {}).get("name"))
    _add(root, "description", html_paragraph(f"Generated by quizgen from {source}."))
    values = {"points_possible": points, "quiz_identifierref": quiz_id}
    _settings(root, QUIZ_SETTINGS, values)
    assignment = _add(root, "assignment", identifier=f"{quiz_id}-assignment")
    _add(assignment, "title", _title(quiz))
    _settings(assignment, ASSIGNMENT_SETTINGS, values)
    _add(_add(assignment, "post_policy"), "post_manually", "false")
    _add(root, "assignment_group_identifierref", f"{quiz_id}-assignment-group")
    _add(root, "assignment_overrides", "")
    return root


def _settings(parent: etree._Element, table: tuple[tuple[str, str | None], ...], values: dict[str, str]) -> None:
    for tag, value in table:
        _add(parent, tag, values.get(tag, value))


def _title(quiz: Quiz) -> str:
    return one_line(quiz.get("title")) or "Quiz"


# -- assessment ----------------------------------------------------------------------


def assessment(quiz: Quiz) -> etree._Element:
    root = _root(QTI, "questestinterop")
    test = _add(root, "assessment", ident=str(quiz["id"]), title=_title(quiz))
    _metadata_field(_add(test, "qtimetadata"), "cc_maxattempts", "1")
    section = _add(test, "section", ident="root_section")
    for number, question in enumerate(questions(quiz), 1):
        section.append(item(question, number))
    return root


def _choices(question: Question) -> list[tuple[str, str, bool]]:
    """(ident, text, correct) of each option; a true/false statement gets True and False."""
    qid = str(question["id"])
    if question.get("type") == "true_false":
        value = true_false_value(question)
        return [(f"{qid}-true", "True", value), (f"{qid}-false", "False", not value)]
    return [(f"{qid}-{c['id']}", one_line(c.get("text")), bool(c.get("correct"))) for c in question.get("choices") or []]


def item(question: Question, number: int) -> etree._Element:
    """One question as a Canvas QTI 1.2 item with its metadata, presentation, scoring and general feedback."""
    qid = str(question["id"])
    qtype = str(question.get("type"))
    element = etree.Element(f"{{{QTI}}}item", ident=qid, title=f"Question {number}")
    text_entry = qtype in ("fill_in_blank", "short_answer")
    choices = [] if text_entry else _choices(question)
    answers = accepted_answers(question) if text_entry else []
    answer_ids = [f"{qid}-answer-{n}" for n in range(1, len(answers) + 1)] or [c[0] for c in choices]
    fields = _add(_add(element, "itemmetadata"), "qtimetadata")
    _metadata_field(fields, "question_type", CANVAS_TYPES.get(qtype, "short_answer_question"))
    _metadata_field(fields, "points_possible", "1")
    _metadata_field(fields, "original_answer_ids", ",".join(answer_ids))
    _metadata_field(fields, "assessment_question_identifierref", f"{qid}-bank")
    presentation = _add(element, "presentation")
    _mattext(presentation, str(question.get("prompt") or ""))
    if text_entry:
        response = _add(presentation, "response_str", ident="response1", rcardinality="Single")
        _add(_add(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    else:
        render = _add(_add(presentation, "response_lid", ident="response1", rcardinality="Single"), "render_choice")
        for ident, text, _ in choices:
            _mattext(_add(render, "response_label", ident=ident), text)
    _scoring(element, [c[0] for c in choices if c[2]] or answers, bool(explanation(question)))
    if explanation(question):
        feedback = _add(element, "itemfeedback", ident="general_fb")
        _mattext(_add(feedback, "flow_mat"), explanation(question))
    return element


def _scoring(item_element: etree._Element, right: list[str], with_feedback: bool) -> None:
    """Show the general feedback after any response; 100 points for a right one."""
    processing = _add(item_element, "resprocessing")
    _add(_add(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if with_feedback:
        always = _add(processing, "respcondition", **{"continue": "Yes"})
        _add(_add(always, "conditionvar"), "other")
        _add(always, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    when_right = _add(processing, "respcondition", **{"continue": "No"})
    condition = _add(when_right, "conditionvar")
    for value in right:
        _add(condition, "varequal", value, respident="response1")
    _add(when_right, "setvar", "100", action="Set", varname="SCORE")
