"""The checklist's headings, in the reader's language (the checklist's own texts come from the template)."""

from __future__ import annotations

from app.core.translations import N_, catalog
from rules.papers import FilledPaper

CHECKLIST = N_("Checklist: what to do with this paper")
NOT_FILED = N_("This checklist is for you. Do not file it with the court.")
ATTACH = N_("What to attach")
WHERE = N_("Where to file")
SERVE = N_("Whom to give a copy to, and by when")
FEE = N_("Fee")
WAIVER = N_("If you cannot pay")
NEXT = N_("What happens next")
DRAFT = "DRAFT - check every statement and blank before filing. Not legal advice."
MADE_UNDER = "Drafted under {statute}; template reviewed {reviewed}."


def checklist_sections(paper: FilledPaper) -> tuple[str, str, list[tuple[str, list[str]]]]:
    """(heading, note, [(section heading, lines)]) of the paper's checklist in its language."""
    text = catalog(paper.language).gettext  # "zh_Hans" names the same catalog as "zh-Hans"
    c = paper.checklist
    sections = [
        (text(ATTACH), list(c.attach)),
        (text(WHERE), [c.where_to_file]),
        (text(SERVE), [c.serve]),
        (text(FEE), [c.fee]),
        (text(WAIVER), [c.fee_waiver]),
        (text(NEXT), list(c.next_steps)),
    ]
    return text(CHECKLIST), text(NOT_FILED), [(h, lines) for h, lines in sections if lines]


def draft_mark(paper: FilledPaper) -> tuple[str, str]:
    """The mark on every page: that this is a draft, and the statute and template date behind it."""
    template = paper.template
    return DRAFT, MADE_UNDER.format(statute=template.statute, reviewed=template.reviewed.isoformat())
