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


class DiversionKind(FastHashStrEnum):
    """What kind of program a completed diversion was.

    ``pretrial``: the case was put on hold and dismissed when the program ended, with no plea of
    guilty (pretrial intervention, pretrial diversion). ``deferred_adjudication``: the person
    pleaded guilty or no contest, the judge put off a finding of guilt, and the case was dismissed
    after supervision (deferred adjudication, deferred judgment, conditional discharge).
    """

    PRETRIAL = "pretrial"
    DEFERRED_ADJUDICATION = "deferred_adjudication"
    UNSURE = "unsure"


class Grade(FastHashStrEnum):
    """The finer grades statutes use within a level, in the API's words (``felony_class_c``).

    Each grade belongs to one :class:`Level`; a state module names the grades of its offenses,
    and waits or exclusions that depend on the grade are stated with them.
    """

    FELONY_CLASS_A = "felony_class_a"
    FELONY_CLASS_B = "felony_class_b"
    FELONY_CLASS_C = "felony_class_c"
    FELONY_CLASS_D = "felony_class_d"
    FELONY_CLASS_E = "felony_class_e"
    FELONY_CLASS_1 = "felony_class_1"
    FELONY_CLASS_2 = "felony_class_2"
    FELONY_CLASS_3 = "felony_class_3"
    FELONY_CLASS_4 = "felony_class_4"
    FELONY_CLASS_5 = "felony_class_5"
    FELONY_CLASS_6 = "felony_class_6"
    FELONY_FIRST_DEGREE = "felony_first_degree"
    FELONY_SECOND_DEGREE = "felony_second_degree"
    FELONY_THIRD_DEGREE = "felony_third_degree"
    FELONY_FOURTH_DEGREE = "felony_fourth_degree"
    FELONY_FIFTH_DEGREE = "felony_fifth_degree"
    STATE_JAIL_FELONY = "state_jail_felony"
    UNCLASSIFIED_FELONY = "unclassified_felony"
    MISDEMEANOR_CLASS_A = "misdemeanor_class_a"
    MISDEMEANOR_CLASS_B = "misdemeanor_class_b"
    MISDEMEANOR_CLASS_C = "misdemeanor_class_c"
    MISDEMEANOR_CLASS_1 = "misdemeanor_class_1"
    MISDEMEANOR_CLASS_2 = "misdemeanor_class_2"
    MISDEMEANOR_CLASS_3 = "misdemeanor_class_3"
    MISDEMEANOR_FIRST_DEGREE = "misdemeanor_first_degree"
    MISDEMEANOR_SECOND_DEGREE = "misdemeanor_second_degree"
    MISDEMEANOR_THIRD_DEGREE = "misdemeanor_third_degree"
    MISDEMEANOR_FOURTH_DEGREE = "misdemeanor_fourth_degree"
    GROSS_MISDEMEANOR = "gross_misdemeanor"
    PETTY_MISDEMEANOR = "petty_misdemeanor"
    UNCLASSIFIED_MISDEMEANOR = "unclassified_misdemeanor"
    DISORDERLY_PERSONS_OFFENSE = "disorderly_persons_offense"
    PETTY_DISORDERLY_PERSONS_OFFENSE = "petty_disorderly_persons_offense"
    PETTY_OFFENSE = "petty_offense"
    SUMMARY_OFFENSE = "summary_offense"
    VIOLATION = "violation"
    INFRACTION = "infraction"

    @property
    def level(self) -> Level:
        return _GRADE_LEVELS[self]

    @property
    def words(self) -> str:
        """The grade as a statute names it: "a Class C felony", "a third-degree misdemeanor"."""
        return _GRADE_WORDS[self]


_VIOLATION_GRADES = frozenset({"violation", "infraction", "petty_offense", "summary_offense",
                               "petty_disorderly_persons_offense"})  # fmt: skip


def _grade_words(grade: Grade) -> str:
    name = grade.value
    level = "felony" if "felony" in name else "misdemeanor"
    if "_class_" in name:
        return f"a Class {name.rsplit('_', 1)[1].upper()} {level}"
    if name.endswith("_degree"):
        degree = name.split("_")[1]
        article = "an" if degree[0] in "aeiou" else "a"
        return f"{article} {degree}-degree {level}"
    return {
        "state_jail_felony": "a state jail felony",
        "unclassified_felony": "an unclassified felony",
        "gross_misdemeanor": "a gross misdemeanor",
        "petty_misdemeanor": "a petty misdemeanor",
        "unclassified_misdemeanor": "an unclassified misdemeanor",
        "disorderly_persons_offense": "a disorderly persons offense",
        "petty_disorderly_persons_offense": "a petty disorderly persons offense",
        "petty_offense": "a petty offense",
        "summary_offense": "a summary offense",
        "violation": "a violation",
        "infraction": "an infraction",
    }[name]


def _grade_level(grade: Grade) -> Level:
    if grade.value.endswith("_felony") or grade.value.startswith("felony_"):
        return Level.FELONY
    if grade.value in _VIOLATION_GRADES:
        return Level.VIOLATION
    return Level.MISDEMEANOR


# Worked out once: the engine reads a grade's level for every conviction it counts.
_GRADE_WORDS = {grade: _grade_words(grade) for grade in Grade}
_GRADE_LEVELS = {grade: _grade_level(grade) for grade in Grade}


class Event(Enum):
    """The event a waiting period is counted from.

    ``OFFENSE`` is the date of the arrest or offense (the screening asks one date for both);
    ``DISPOSITION`` the date of the conviction, judgment, dismissal or acquittal;
    ``RELEASE`` the release from imprisonment for the charge; ``SENTENCE_COMPLETED`` the end of
    the whole sentence, probation included; ``DECLINED`` the prosecutor's decision not to charge.
    """

    __hash__ = object.__hash__  # members are compared by identity; hash them the same way, in C

    OFFENSE = "offense_date"
    DISPOSITION = "disposition_date"
    RELEASE = "release_date"
    SENTENCE_COMPLETED = "sentence_completed_date"
    DECLINED = "declined_date"

    @property
    def described(self) -> str:
        return _EVENT_WORDS[self]


_EVENT_WORDS = {
    Event.OFFENSE: "the date of the arrest or offense",
    Event.DISPOSITION: "the date the case ended (conviction, sentence or dismissal)",
    Event.RELEASE: "the date of release from jail or prison",
    Event.SENTENCE_COMPLETED: "the date the whole sentence was completed",
    Event.DECLINED: "the date the prosecutor decided not to charge",
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
