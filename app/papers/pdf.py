"""A filled paper drawn as a PDF to print, in memory, with Bitstream Vera embedded (see ``app.papers.fonts``).

Each document (notice, declaration, proposed order) starts on a new page under the caption; the checklist, in the
reader's language, follows on its own pages. Every page carries the draft mark, the statute and the date the
template was reviewed.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.papers.checklist_words import checklist_sections, draft_mark
from app.papers.fonts import checklist_font, paper_fonts
from rules.papers import BlockKind, Caption, Document, FilledPaper

WIDTH = LETTER[0] - 2 * inch


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = paper_fonts()
    return {
        "body": ParagraphStyle("body", fontName=regular, fontSize=11, leading=15, spaceAfter=6),
        "bold": ParagraphStyle("bold", fontName=bold, fontSize=11, leading=15, spaceAfter=6),
        "title": ParagraphStyle("title", fontName=bold, fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=10),
        "prompt": ParagraphStyle("prompt", fontName=bold, fontSize=10, leading=13, spaceBefore=4, spaceAfter=2),
        "mark": ParagraphStyle("mark", fontName=regular, fontSize=8, leading=10),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _caption(caption: Caption, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    top = [_p(caption.court.upper(), s["bold"])]
    if caption.venue:
        top.append(_p(caption.venue.upper(), s["bold"]))
    parties = [_p(line, s["body"]) for line in caption.parties]
    box = Table([[parties, _p(caption.number, s["body"])]], colWidths=[WIDTH * 0.6, WIDTH * 0.4])
    box.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEAFTER", (0, 0), (0, 0), 0.75, colors.black),
                ("LINEBELOW", (0, 0), (0, 0), 0.75, colors.black),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
                ("FONTNAME", (0, 0), (-1, -1), paper_fonts()[0]),
            ]
        )
    )
    return [*top, box, Spacer(1, 12)]


def _ruled_lines(count: int) -> Table:
    table = Table([[""] for _ in range(count)], colWidths=[WIDTH], rowHeights=[20] * count)
    table.setStyle(
        TableStyle(
            [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTNAME", (0, 0), (-1, -1), paper_fonts()[0])]
        )
    )
    return table


def _document(document: Document, caption: Caption, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    flow: list[Flowable] = [*_caption(caption, s), _p(document.title, s["title"])]
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            flow.append(_p(block.text, s["bold"]))
        elif block.kind is BlockKind.TEXT:
            flow.append(_p(block.text, s["body"]))
        elif block.kind is BlockKind.NUMBERED:
            flow += [_p(f"{n}. {item}", s["body"]) for n, item in enumerate(block.items, start=1)]
        elif block.kind is BlockKind.PROMPT:
            flow.append(KeepTogether([_p(block.text, s["prompt"]), _ruled_lines(block.lines), Spacer(1, 8)]))
        else:
            lines = [_p(f"{item} {'_' * 40}" if item.endswith(":") else item, s["body"]) for item in block.items]
            # A signature never stands alone on a page: it keeps the paragraph before it.
            before = [flow.pop()] if len(flow) > 2 else []
            flow.append(KeepTogether([*before, Spacer(1, 10), *lines]))
    return flow


def _checklist(paper: FilledPaper) -> list[Flowable]:
    font = checklist_font(paper.language)
    # CID fonts have no bold face: Chinese and Korean headings are set larger instead.
    _, bold = paper_fonts()
    heading_font = font if paper.language in ("zh_Hans", "ko") else bold
    body = ParagraphStyle("c-body", fontName=font, fontSize=10.5, leading=15, spaceAfter=4, wordWrap="CJK")
    heading = ParagraphStyle("c-h", fontName=heading_font, fontSize=12.5, leading=17, spaceBefore=8, spaceAfter=4)
    title, note, sections = checklist_sections(paper)
    flow: list[Flowable] = [_p(title, ParagraphStyle("c-t", parent=heading, fontSize=14)), _p(note, body)]
    for section, lines in sections:
        flow.append(_p(section, heading))
        flow += [_p(("[ ] " if len(lines) > 1 else "") + line, body) for line in lines]
    return flow


def render(paper: FilledPaper) -> bytes:
    s = _styles()
    regular, bold = paper_fonts()
    mark, made_under = draft_mark(paper)

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(bold, 9)
        canvas.setFillColor(colors.darkred)
        canvas.drawString(inch, LETTER[1] - 0.55 * inch, mark)
        canvas.setFont(regular, 8)
        canvas.setFillColor(colors.black)
        canvas.drawString(inch, 0.5 * inch, made_under)
        canvas.drawRightString(LETTER[0] - inch, 0.5 * inch, f"Page {doc.page}")
        canvas.restoreState()

    flow: list[Flowable] = []
    for document in paper.documents:
        flow += [*_document(document, paper.caption, s), PageBreak()]
    flow += _checklist(paper)
    out = io.BytesIO()
    pdf = SimpleDocTemplate(
        out,
        pagesize=LETTER,
        leftMargin=inch,
        rightMargin=inch,
        topMargin=0.9 * inch,
        bottomMargin=0.9 * inch,
        title=f"DRAFT: {paper.template.title}",
        author="",
        subject=paper.template.statute,
        creator="Record relief screener",
        initialFontName=regular,  # no standard font is declared: every glyph comes from the embedded Vera
    )
    pdf.build(flow, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
