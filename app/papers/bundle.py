"""Papers packed for download: one PDF, one DOCX, or a ZIP of both (and of several papers for a clinic).

Everything is built in memory; no file is written on the server.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from enum import StrEnum

from app.papers import docx, pdf
from rules.papers import FilledPaper


class PaperFormat(StrEnum):
    ZIP = "zip"
    PDF = "pdf"
    DOCX = "docx"


MEDIA_TYPES = {
    PaperFormat.ZIP: "application/zip",
    PaperFormat.PDF: "application/pdf",
    PaperFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def file_stem(paper: FilledPaper, prefix: str = "") -> str:
    """A name that says which paper it is, without the person's name (a download folder is not private)."""
    stem = f"{prefix}{paper.template.remedy}-draft"
    return re.sub(r"[^A-Za-z0-9._-]", "-", stem)


def _add(archive: zipfile.ZipFile, paper: FilledPaper, prefix: str) -> None:
    stem = file_stem(paper, prefix)
    archive.writestr(f"{stem}.pdf", pdf.render(paper))
    archive.writestr(f"{stem}.docx", docx.render(paper))


def zipped(papers: Iterable[tuple[str, FilledPaper]], index: str = "") -> bytes:
    """A ZIP of the PDF and the DOCX of each paper, each named with its prefix (e.g. ``charge-1-``), and, where
    given, an index (``index.txt``) saying which paper is which."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if index:
            archive.writestr("index.txt", index)
        for prefix, paper in papers:
            _add(archive, paper, prefix)
    return out.getvalue()


def packed(paper: FilledPaper, wanted: PaperFormat) -> tuple[bytes, str, str]:
    """(content, media type, file name) of one paper in the wanted format."""
    stem = file_stem(paper)
    if wanted is PaperFormat.PDF:
        return pdf.render(paper), MEDIA_TYPES[wanted], f"{stem}.pdf"
    if wanted is PaperFormat.DOCX:
        return docx.render(paper), MEDIA_TYPES[wanted], f"{stem}.docx"
    return zipped([("", paper)]), MEDIA_TYPES[wanted], f"{stem}.zip"
