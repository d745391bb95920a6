"""Texts that go with every screening, whatever the state."""

from __future__ import annotations

import re

from rules.facts import Charge
from rules.law import Remedy
from rules.message import Phrase
from rules.vocabulary import Disposition, DiversionKind, RemedyKind

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


# Plain definitions of the four words for relief, shown where a person first meets each word (the
# start page, the first summary line of that kind, the state pages). Statute language stays in the
# citations. Keys are the anchors the pages link to.
PLAIN_WORDS: dict[str, str] = {
    "vacate": Phrase("To vacate a conviction means a court cancels it and drops the charge."),
    "seal": Phrase(
        "To seal a record means to hide it from the public and most employers. Police and courts can still see it."
    ),
    "expunge": Phrase("To expunge a record means to erase it. In some states it is destroyed."),
    "set-aside": Phrase(
        "To set aside a conviction means a court takes back the guilty plea or verdict and drops the case. "
        "The record shows this."
    ),
}

# The word a remedy kind is about, if it is one of the four above.
WORD_OF_KIND: dict[RemedyKind, str] = {
    RemedyKind.VACATUR: "vacate",
    RemedyKind.SEALING: "seal",
    RemedyKind.AUTOMATIC_SEALING: "seal",
    RemedyKind.EXPUNGEMENT: "expunge",
    RemedyKind.AUTOMATIC_EXPUNGEMENT: "expunge",
    RemedyKind.SET_ASIDE: "set-aside",
}

# Each kind in the words people read (the state comparison, not the API's values).
KIND_NAMES: dict[RemedyKind, str] = {
    RemedyKind.VACATUR: Phrase("vacate"),
    RemedyKind.SEALING: Phrase("seal (you ask a court)"),
    RemedyKind.EXPUNGEMENT: Phrase("expunge (you ask a court)"),
    RemedyKind.SET_ASIDE: Phrase("set aside"),
    RemedyKind.DISMISSAL: Phrase("dismiss"),
    RemedyKind.AUTOMATIC_SEALING: Phrase("sealed automatically"),
    RemedyKind.AUTOMATIC_EXPUNGEMENT: Phrase("expunged automatically"),
    RemedyKind.PARDON: Phrase("pardon"),
    RemedyKind.OTHER: Phrase("other relief"),
}

# What the person can do, one plain sentence per kind, for the summary at the top of the results.
ACTIONS: dict[RemedyKind, str] = {
    RemedyKind.VACATUR: Phrase("Ask the court to vacate the conviction."),
    RemedyKind.SEALING: Phrase("Ask a court to seal the record."),
    RemedyKind.EXPUNGEMENT: Phrase("Ask a court to expunge the record."),
    RemedyKind.SET_ASIDE: Phrase("Ask the court to set aside the conviction."),
    RemedyKind.DISMISSAL: Phrase("Ask the court to dismiss the case."),
    RemedyKind.PARDON: Phrase("Ask for a pardon."),
    RemedyKind.OTHER: Phrase("Ask for this relief."),
    RemedyKind.AUTOMATIC_SEALING: Phrase("The law seals this record without a petition."),
    RemedyKind.AUTOMATIC_EXPUNGEMENT: Phrase("The law expunges this record without a petition."),
}
# Relief by law that may or may not have happened: never stated as a fact.
MAYBE_DONE: dict[RemedyKind, str] = {
    RemedyKind.AUTOMATIC_SEALING: Phrase("Your record may already have been sealed by law, without a petition."),
    RemedyKind.AUTOMATIC_EXPUNGEMENT: Phrase("Your record may already have been expunged by law, without a petition."),
}

# Next steps that speak of a sentence, as they read for a case that ended without one.
WITHOUT_A_SENTENCE: dict[str, str] = {
    "Finish every part of the sentence, then apply to FDLE for a certificate of eligibility (fee $75).": Phrase(
        "Apply to FDLE for a certificate of eligibility (fee $75)."
    ),
}
_ABOUT_A_SENTENCE = re.compile(r"\b(finish|finished|complete|completed)\b.*\bsentence\b", re.IGNORECASE)


def next_steps_for(remedy: Remedy, charge: Charge) -> tuple[str, ...]:
    """The remedy's next steps that fit how the case ended: no "finish your sentence" where there was none."""
    if _had_a_sentence(charge):
        return remedy.next_steps
    steps = (WITHOUT_A_SENTENCE.get(step, step) for step in remedy.next_steps)
    return tuple(step for step in steps if not _ABOUT_A_SENTENCE.search(step))


def _had_a_sentence(charge: Charge) -> bool:
    if charge.disposition is Disposition.CONVICTION or charge.disposition is Disposition.UNKNOWN:
        return True
    return charge.disposition is Disposition.DIVERSION_COMPLETED and charge.diversion_kind is not DiversionKind.PRETRIAL
