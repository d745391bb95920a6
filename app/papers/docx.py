"""A filled paper as a Word document (python-docx), in memory, for a lawyer to edit.

The same content as the PDF: one document per section break, the checklist last; the draft mark, the statute and
the template's review date are in every page's header and footer.
"""

from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.document import Document as Word
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from app.papers.checklist_words import checklist_sections, draft_mark
from rules.papers import BlockKind, Caption, Document, FilledPaper


def _caption(word: Word, caption: Caption) -> None:
    for line in (caption.court.upper(), caption.venue.upper()):
        if line:
            word.add_paragraph().add_run(line).bold = True
    table = word.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    left, right = table.rows[0].cells
    left.text = "\n".join(caption.parties)
    right.text = caption.number


def _document(word: Word, document: Document, caption: Caption) -> None:
    _caption(word, caption)
    title = word.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(document.title).bold = True
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            word.add_paragraph().add_run(block.text).bold = True
        elif block.kind is BlockKind.TEXT:
            word.add_paragraph(block.text)
        elif block.kind is BlockKind.NUMBERED:
            for n, item in enumerate(block.items, start=1):
                word.add_paragraph(f"{n}. {item}")
        elif block.kind is BlockKind.PROMPT:
            word.add_paragraph().add_run(block.text).bold = True
            for _ in range(block.lines):
                word.add_paragraph("_" * 80)
        else:
            for item in block.items:
                word.add_paragraph(f"{item} {'_' * 40}" if item.endswith(":") else item)


def _checklist(word: Word, paper: FilledPaper) -> None:
    title, note, sections = checklist_sections(paper)
    word.add_heading(title, level=1)
    word.add_paragraph(note)
    for section, lines in sections:
        word.add_heading(section, level=2)
        for line in lines:
            word.add_paragraph(("\u2610 " if len(lines) > 1 else "") + line)


def render(paper: FilledPaper) -> bytes:
    word = WordDocument()
    word.core_properties.title = f"DRAFT: {paper.template.title}"
    word.core_properties.subject = paper.template.statute
    word.core_properties.author = ""
    word.styles["Normal"].font.name = "Times New Roman"
    word.styles["Normal"].font.size = Pt(12)
    mark, made_under = draft_mark(paper)
    section = word.sections[0]
    header = section.header.paragraphs[0].add_run(mark)
    header.bold = True
    header.font.color.rgb = RGBColor(0x8B, 0, 0)
    section.footer.paragraphs[0].add_run(made_under).font.size = Pt(8)
    for n, document in enumerate(paper.documents):
        if n:
            word.add_section(WD_SECTION.NEW_PAGE)  # a new section keeps the header and footer of the first
        _document(word, document, paper.caption)
    word.add_section(WD_SECTION.NEW_PAGE)
    _checklist(word, paper)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()
