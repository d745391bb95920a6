"""Texts that go with every screening, whatever the state."""

from __future__ import annotations

from rules.facts import Charge
from rules.law import Remedy
from rules.vocabulary import RemedyKind

DISCLAIMER = (
    "This is legal information, not legal advice. It is based only on what you entered and on the law "
    "as of the review date shown; laws change and judges decide many of these requests. No remedy removes "
    "news stories, search-engine results or social media posts. Before you file, talk to a lawyer or a "
    "legal aid group if you can, especially if you are not a U.S. citizen."
)

KIND_EXPLAINED: dict[RemedyKind, str] = {
    RemedyKind.VACATUR: "A vacatur withdraws the conviction. The record stays but shows it was vacated.",
    RemedyKind.SEALING: "Sealing hides the record from the public and most employers; police and courts can still see it.",
    RemedyKind.AUTOMATIC_SEALING: "Automatic sealing hides the record without a petition; police and courts can still see it.",
    RemedyKind.EXPUNGEMENT: "Expungement removes the record and, in some states, destroys it.",
    RemedyKind.AUTOMATIC_EXPUNGEMENT: "Automatic expungement removes the record without a petition.",
    RemedyKind.SET_ASIDE: "A set-aside withdraws the guilty plea or verdict and dismisses the case; the record shows it.",
    RemedyKind.DISMISSAL: "A dismissal ends the case or conviction; the record shows it was dismissed.",
    RemedyKind.PARDON: "A pardon is forgiveness by the governor or a board; the conviction usually stays on the record.",
    RemedyKind.OTHER: "Another kind of record relief; read what it does below.",
}

IMMIGRATION_CAVEAT = (
    "For immigration, relief given for rehabilitation (sealing, expungement, set-aside) usually still counts "
    "as a conviction. Ask an immigration lawyer before you rely on it."
)


def effect_parts(remedy: Remedy, charge: Charge) -> tuple[str, ...]:
    """What a remedy does, what it does not do, and the immigration caveat where relief for a
    conviction is rehabilitative rather than a finding that the conviction was invalid."""
    parts = (remedy.effect, *remedy.limits)
    if charge.is_conviction and not remedy.legal_defect:
        parts += (IMMIGRATION_CAVEAT,)
    return parts
