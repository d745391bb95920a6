"""The fonts the papers are drawn with: Bitstream Vera, shipped inside reportlab and embedded in every PDF.

No system font is needed. Vera covers Latin-1 and a little more; a name it cannot show is refused before drawing,
since a paper with an empty box where a letter of the person's name should be cannot be filed. The checklist in
Chinese or Korean is set in a system TrueType font where one is installed (see ``CHECKLIST_TRUETYPE``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

FONTS = Path(reportlab.__file__).resolve().parent / "fonts"
REGULAR, BOLD = "PaperVera", "PaperVera-Bold"
# The checklist in Chinese or Korean: a TrueType font the system has (Debian's fonts-wqy-microhei and fonts-nanum),
# embedded like Vera; else reportlab's standard CID font, which the reader's PDF viewer must supply.
SYSTEM_FONTS = Path("/usr/share/fonts/truetype")
CHECKLIST_TRUETYPE = {
    "zh_Hans": (SYSTEM_FONTS / "wqy" / "wqy-microhei.ttc", 0),
    "ko": (SYSTEM_FONTS / "nanum" / "NanumGothic.ttf", 0),
}
CHECKLIST_FONTS = {"zh_Hans": "STSong-Light", "ko": "HYSMyeongJo-Medium"}


@cache
def paper_fonts() -> tuple[str, str]:
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "VeraBd.ttf")))
    return REGULAR, BOLD


@cache
def checklist_font(language: str) -> str:
    """The font of the checklist in this language: Vera for Latin scripts, a CID font for Chinese and Korean."""
    name = CHECKLIST_FONTS.get(language)
    if name is None:
        return paper_fonts()[0]
    path, index = CHECKLIST_TRUETYPE[language]
    if path.exists():
        embedded = f"Checklist-{language}"
        pdfmetrics.registerFont(TTFont(embedded, str(path), subfontIndex=index))
        return embedded
    pdfmetrics.registerFont(UnicodeCIDFont(name))
    return name


@cache
def _covered() -> frozenset[int]:
    regular, _ = paper_fonts()
    font = pdfmetrics.getFont(regular)
    return frozenset(font.face.charToGlyph)


def unprintable(text: str) -> list[str]:
    """The distinct characters of ``text`` the embedded font has no glyph for, in order of appearance."""
    covered = _covered()
    return list(dict.fromkeys(ch for ch in text if ord(ch) not in covered and not ch.isspace()))
