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

from app.clinic.summary import ChargeSummary, Summary
from app.clinic.wording import intake_status_words, state_name, vocabulary_words

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


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


def _charge(charge: ChargeSummary, s: dict[str, ParagraphStyle]) -> list[object]:
    r = charge.charge.record
    heading = f"Charge {charge.number}: {vocabulary_words(r.category)}, {state_name(r.jurisdiction)}"
    facts = [
        ("County", r.county or ""),
        ("Docket", charge.charge.docket),
        ("Offense", r.offense or ""),
        ("Level", vocabulary_words(r.level)),
        ("Disposition", vocabulary_words(r.disposition)),
        ("Offense date", r.offense_date or ""),
        ("Disposition date", r.disposition_date or ""),
        ("Sentence completed", r.sentence_completed_date or ""),
        ("Trafficking nexus", r.trafficking_nexus),
    ]
    table = Table([[_p(k, s["body"]), _p(v, s["body"])] for k, v in facts if v], colWidths=[1.6 * inch, 4.9 * inch])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)])
    )
    flow: list[object] = [_p(heading, s["h2"]), table]
    if charge.remedies is None:
        flow.append(_p("Not screened yet.", s["body"]))
        return flow
    for line in charge.remedies:
        result = line.result
        block: list[object] = [_p(f"{result.title}: {line.words}", s["h3"])]
        if line.depends:
            block.append(_p("Depends on: " + "; ".join(line.depends), s["body"]))
        block += [_p(f"{reason.text} ({reason.citation})", s["small"]) for reason in result.reasons]
        if line.qualifies:
            block += [_p(f"Next: {step}", s["body"]) for step in result.next_steps]
        flow.append(KeepTogether(block))
    return flow


def render(summary: Summary) -> bytes:
    s = _styles()
    view = summary.view
    d = view.details
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER,
        title="Record relief summary",
        author=summary.org_name,
        leftMargin=0.9 * inch,
        rightMargin=0.9 * inch,
        topMargin=0.8 * inch,
        bottomMargin=0.8 * inch,
    )
    client = [
        ("Client", d.client_name or "(no name recorded)"),
        ("Date of birth", d.birth_date or ""),
        ("Contact preference", d.contact),
        ("Intake", f"#{view.intake.id}, {intake_status_words(d.status)}"),
        ("Assigned to", summary.assignee_name),
        ("Printed", summary.today.isoformat()),
    ]
    story: list[object] = [
        _p("Record relief summary", s["title"]),
        _p(summary.org_name, s["body"]),
        Spacer(1, 6),
        Table([[_p(k, s["body"]), _p(v, s["body"])] for k, v in client if v], colWidths=[1.6 * inch, 4.9 * inch]),
    ]
    if summary.stale:
        story.append(_p("The intake changed after it was screened: screen again before relying on this.", s["body"]))
    for charge in summary.charges:
        story += _charge(charge, s)
    if summary.local_policies:
        story.append(_p("Local prosecutors' policies", s["h2"]))
        story += [_p(f"{p.office} ({p.status.value}): {p.summary}", s["body"]) for p in summary.local_policies]
    story.append(_p("Rules", s["h2"]))
    story += [
        _p(f"{state_name(r.jurisdiction)}: rules reviewed {r.rules_reviewed}, screened as of {r.as_of}", s["body"])
        for r in summary.reviewed
    ]
    if summary.legal_help:
        story.append(_p("Legal help", s["h2"]))
        story += [_p(f"{name}: {url}", s["body"]) for name, url in summary.legal_help]
    story += [Spacer(1, 8), _p(summary.disclaimer, s["small"])]
    doc.build(story)
    return out.getvalue()
