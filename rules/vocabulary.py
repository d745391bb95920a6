"""The fixed vocabularies of the screening API (version 1).

The wire value of every member is the value the API accepts and returns, so the
enums can be used unchanged by any client of the rules package.
"""

from __future__ import annotations

from enum import Enum, StrEnum


class FastHashStrEnum(StrEnum):
    """A string enum hashed as its value, in C: the engine looks these up thousands of times
    per screening, and ``Enum.__hash__`` is Python code. Equal members and strings hash alike."""

    __hash__ = str.__hash__


class Answer(FastHashStrEnum):
    """A tri-state answer: a question the person could not answer is ``unsure``."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


class Category(FastHashStrEnum):
    """What a charge was about, in the API's words rather than any one state's."""

    PROSTITUTION = "prostitution"
    SOLICITATION = "solicitation"
    LOITERING_FOR_PROSTITUTION = "loitering_for_prostitution"
    PROMOTING = "promoting"
    UNLICENSED_MASSAGE = "unlicensed_massage"
    LEWDNESS = "lewdness"
    QUALITY_OF_LIFE = "quality_of_life"
    TRAFFICKING = "trafficking"
    OTHER = "other"


class Level(FastHashStrEnum):
    FELONY = "felony"
    MISDEMEANOR = "misdemeanor"
    VIOLATION = "violation"
    UNKNOWN = "unknown"


class Disposition(FastHashStrEnum):
    CONVICTION = "conviction"
    DISMISSAL = "dismissal"
    ACQUITTAL = "acquittal"
    NO_CHARGES = "no_charges"
    DIVERSION_COMPLETED = "diversion_completed"
    PENDING = "pending"
    UNKNOWN = "unknown"


class RemedyKind(FastHashStrEnum):
    VACATUR = "vacatur"
    SEALING = "sealing"
    EXPUNGEMENT = "expungement"
    SET_ASIDE = "set_aside"
    DISMISSAL = "dismissal"
    AUTOMATIC_SEALING = "automatic_sealing"
    AUTOMATIC_EXPUNGEMENT = "automatic_expungement"
    PARDON = "pardon"
    OTHER = "other"

    @property
    def is_automatic(self) -> bool:
        return self in (RemedyKind.AUTOMATIC_SEALING, RemedyKind.AUTOMATIC_EXPUNGEMENT)


class Status(FastHashStrEnum):
    ELIGIBLE = "eligible"
    ELIGIBLE_LATER = "eligible_later"
    POSSIBLY_ELIGIBLE = "possibly_eligible"
    NOT_ELIGIBLE = "not_eligible"
    AUTOMATIC = "automatic"


class Event(Enum):
    """The event a waiting period is counted from."""

    OFFENSE = "offense_date"
    DISPOSITION = "disposition_date"
    SENTENCE_COMPLETED = "sentence_completed_date"

    @property
    def described(self) -> str:
        return _EVENT_WORDS[self]


_EVENT_WORDS = {
    Event.OFFENSE: "the date of the offense",
    Event.DISPOSITION: "the date the case ended (conviction, sentence or dismissal)",
    Event.SENTENCE_COMPLETED: "the date the whole sentence was completed",
}

# Best remedy first: a vacatur withdraws the conviction, expungement destroys the
# record, sealing only hides it. Automatic relief sits just after its petition twin.
KIND_RANK: dict[RemedyKind, int] = {
    RemedyKind.VACATUR: 0,
    RemedyKind.EXPUNGEMENT: 1,
    RemedyKind.AUTOMATIC_EXPUNGEMENT: 2,
    RemedyKind.DISMISSAL: 3,
    RemedyKind.SET_ASIDE: 4,
    RemedyKind.SEALING: 5,
    RemedyKind.AUTOMATIC_SEALING: 6,
    RemedyKind.PARDON: 7,
    RemedyKind.OTHER: 8,
}

STATUS_RANK: dict[Status, int] = {
    Status.AUTOMATIC: 0,
    Status.ELIGIBLE: 1,
    Status.ELIGIBLE_LATER: 2,
    Status.POSSIBLY_ELIGIBLE: 3,
    Status.NOT_ELIGIBLE: 4,
}

JURISDICTION_NAMES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
