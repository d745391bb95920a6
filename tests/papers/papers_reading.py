"""Reading generated papers back: the text of a PDF (pypdf) and of a DOCX (python-docx), and first-page images."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pypdf

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "papers"  # ignored by git, beside the screenshots


def pdf_pages(content: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(content)).pages]


def flat(text: str) -> str:
    """Line breaks and runs of spaces as one space, so a phrase wrapped across lines is still found."""
    return re.sub(r"\s+", " ", text)


def pdf_text(content: bytes) -> str:
    return flat(" ".join(pdf_pages(content)))


def docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return flat(" ".join(parts))


def unzipped(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def first_page_png(content: bytes, name: str) -> Path | None:
    """The first page as a PNG in artifacts/papers (None where pdftoppm, from poppler-utils, is missing)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / name
    subprocess.run(
        [tool, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", "-", str(target)],
        input=content,
        check=True,
        timeout=60,
    )
    return target.with_suffix(".png")
