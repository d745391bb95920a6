"""The per-client summary as a PDF, drawn with reportlab (pure Python: no browser, no system libraries).

DejaVu Sans is used where the system has it, so names in any Latin, Greek or Cyrillic script print; elsewhere
the PDF falls back to Helvetica, which covers Western European text.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.clinic.language import Translate, translator
from app.clinic.summary import ChargeSummary, Summary
from app.clinic.wording import intake_status_words, state_name, vocabulary_words
from app.core.translations import N_

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
RESULTS_IN_ENGLISH = N_(
    "The results below are shown as they were screened, in English: the intake or the rules changed since. "
    "Screen again to have them in this language."
)


@cache
def _fonts() -> tuple[str, str]:
    regular, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
        return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = _fonts()
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontName=bold, fontSize=16, alignment=0),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=bold, fontSize=12, spaceBefore=10),
        "h3": ParagraphStyle("h3", parent=base["Heading3"], fontName=bold, fontSize=10, spaceBefore=6),
        "body": ParagraphStyle("body", parent=base["BodyText"], fontName=regular, fontSize=9, leading=12),
        "small": ParagraphStyle("small", parent=base["BodyText"], fontName=regular, fontSize=7.5, leading=10),
    }


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape("" if text is None else str(text)), style)


def _charge(charge: ChargeSummary, s: dict[str, ParagraphStyle], translate: Translate) -> list[object]:
    r = charge.charge.record

    def words(value: str) -> str:
        return translate(vocabulary_words(value))

    heading = translate("Charge {number}: {category}, {state}").format(
        number=charge.number, category=words(r.category), state=state_name(r.jurisdiction)
    )
    facts = [
        (translate("County"), r.county or ""),
        (translate("Docket"), charge.charge.docket),
        (translate("Offense"), r.offense or ""),
        (translate("Level"), words(r.level)),
        (translate("Disposition"), words(r.disposition)),
        (translate("Offense date"), r.offense_date or ""),
        (translate("Disposition date"), r.disposition_date or ""),
        (translate("Sentence completed"), r.sentence_completed_date or ""),
        (translate("Trafficking nexus"), words(r.trafficking_nexus)),
    ]
    table = Table([[_p(k, s["body"]), _p(v, s["body"])] for k, v in facts if v], colWidths=[1.6 * inch, 4.9 * inch])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)])
    )
    flow: list[object] = [_p(heading, s["h2"]), table]
    if charge.remedies is None:
        flow.append(_p(translate("Not screened yet."), s["body"]))
        return flow
    for line in charge.remedies:
        result = line.result
        block: list[object] = [_p(f"{result.title}: {line.words}", s["h3"])]
        if line.depends:
            block.append(_p(translate("Depends on: {questions}").format(questions="; ".join(line.depends)), s["body"]))
        block += [_p(f"{reason.text} ({reason.citation})", s["small"]) for reason in result.reasons]
        if line.qualifies:
            block += [_p(translate("Next: {step}").format(step=step), s["body"]) for step in result.next_steps]
        flow.append(KeepTogether(block))
    return flow


def render(summary: Summary) -> bytes:
    """The summary in its language (``summary.language``): labels from the clinic's catalog, results as built."""
    translate = translator(summary.language)
    s = _styles()
    view = summary.view
    d = view.details
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER,
        title=translate("Record relief summary"),
        lang=summary.language,
        author=summary.org_name,
        leftMargin=0.9 * inch,
        rightMargin=0.9 * inch,
        topMargin=0.8 * inch,
        bottomMargin=0.8 * inch,
    )
    client = [
        (translate("Client"), d.client_name or translate("(no name recorded)")),
        (translate("Date of birth"), d.birth_date or ""),
        (translate("Contact preference"), d.contact),
        (translate("Intake"), f"#{view.intake.id}, {translate(intake_status_words(d.status))}"),
        (translate("Assigned to"), summary.assignee_name),
        (translate("Printed"), summary.today.isoformat()),
    ]
    story: list[object] = [
        _p(translate("Record relief summary"), s["title"]),
        _p(summary.org_name, s["body"]),
        Spacer(1, 6),
        Table([[_p(k, s["body"]), _p(v, s["body"])] for k, v in client if v], colWidths=[1.6 * inch, 4.9 * inch]),
    ]
    if summary.stale:
        stale = translate("The intake changed after it was screened: screen again before relying on this.")
        story.append(_p(stale, s["body"]))
    if summary.results_in_english:
        story.append(_p(translate(RESULTS_IN_ENGLISH), s["body"]))
    for charge in summary.charges:
        story += _charge(charge, s, translate)
    if summary.local_policies:
        story.append(_p(translate("Local prosecutors' policies"), s["h2"]))
        story += [
            _p(f"{p.office} ({translate(vocabulary_words(p.status.value))}): {p.summary}", s["body"])
            for p in summary.local_policies
        ]
    story.append(_p(translate("Rules"), s["h2"]))
    reviewed = translate("{state}: rules reviewed {reviewed}, screened as of {as_of}")
    story += [
        _p(reviewed.format(state=state_name(r.jurisdiction), reviewed=r.rules_reviewed, as_of=r.as_of), s["body"])
        for r in summary.reviewed
    ]
    if summary.legal_help:
        story.append(_p(translate("Legal help"), s["h2"]))
        story += [_p(f"{name}: {url}", s["body"]) for name, url in summary.legal_help]
    story += [Spacer(1, 8), _p(summary.disclaimer, s["small"])]
    doc.build(story)
    return out.getvalue()
