"""What the person told us: typed facts the conditions are evaluated against.

A missing answer is ``None`` for dates and ``Answer.UNSURE`` for yes/no questions;
the engine, not the state modules, decides what an unknown means.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date

from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Event, FastHashStrEnum, Grade, Level


@dataclass(frozen=True, slots=True)
class OtherConviction:
    """A conviction the person has that is not among the charges screened (any offense, any state).

    Conviction-free windows and limits on the number of convictions count these with the
    convictions among the charges.
    """

    date: date | None = None
    level: Level = Level.UNKNOWN
    grade: Grade | None = None
    # Florida and others count only adjudications of guilt: a plea with adjudication withheld is not one.
    adjudication_withheld: Answer = Answer.UNSURE
    # Where a law counts from the end of the latest sentence on the whole record.
    sentence_completed_date: datetime.date | None = None  # ``date`` here is the field above


@dataclass(frozen=True, slots=True)
class Person:
    pending_case: Answer = Answer.UNSURE
    under_sentence: Answer = Answer.UNSURE
    birth_date: date | None = None
    # Whether a court has granted the person record relief (sealing, expungement, set-aside,
    # vacatur) before, and when: some remedies may be granted once, or once in a period.
    prior_relief: Answer = Answer.UNSURE
    prior_relief_date: date | None = None
    other_convictions: tuple[OtherConviction, ...] = ()


# Members as plain names for ``Charge``'s methods, which every wait calls (Python 3.11 reads an Enum class's
# attribute slowly: ``rules.logic``).
_OFFENSE, _DISPOSITION, _SENTENCE, _RELEASE = Event.OFFENSE, Event.DISPOSITION, Event.SENTENCE_COMPLETED, Event.RELEASE
_CONVICTION = Disposition.CONVICTION


@dataclass(frozen=True, slots=True)
class Charge:
    category: Category
    disposition: Disposition
    offense: str | None = None
    level: Level = Level.UNKNOWN
    offense_date: date | None = None
    disposition_date: date | None = None
    sentence_completed_date: date | None = None
    trafficking_nexus: Answer = Answer.UNSURE
    county: str | None = None  # where the charge was, when it differs from the screening's county
    grade: Grade | None = None
    release_date: date | None = None
    declined_date: date | None = None
    adjudication_withheld: Answer = Answer.UNSURE
    diversion_kind: DiversionKind = DiversionKind.UNSURE

    def date_of(self, event: Event) -> date | None:
        if event is _OFFENSE:
            return self.offense_date
        if event is _DISPOSITION:
            return self.disposition_date
        if event is _SENTENCE:
            return self.sentence_completed_date
        if event is _RELEASE:
            return self.release_date
        return self.declined_date

    @property
    def is_conviction(self) -> bool:
        return self.disposition is _CONVICTION


@dataclass(frozen=True, slots=True)
class Facts:
    jurisdiction: str
    as_of: date
    charges: tuple[Charge, ...]
    person: Person = field(default_factory=Person)
    county: str | None = None


class Fact(FastHashStrEnum):
    """A field of the screening request a condition can depend on.

    The value is the request path with ``[]`` standing for the charge's index.
    """

    CATEGORY = "charges[].category"
    DISPOSITION = "charges[].disposition"
    OFFENSE = "charges[].offense"
    LEVEL = "charges[].level"
    OFFENSE_DATE = "charges[].offense_date"
    DISPOSITION_DATE = "charges[].disposition_date"
    SENTENCE_COMPLETED_DATE = "charges[].sentence_completed_date"
    TRAFFICKING_NEXUS = "charges[].trafficking_nexus"
    GRADE = "charges[].grade"
    RELEASE_DATE = "charges[].release_date"
    DECLINED_DATE = "charges[].declined_date"
    ADJUDICATION_WITHHELD = "charges[].adjudication_withheld"
    DIVERSION_KIND = "charges[].diversion_kind"
    PENDING_CASE = "person.pending_case"
    UNDER_SENTENCE = "person.under_sentence"
    BIRTH_DATE = "person.birth_date"
    PRIOR_RELIEF = "person.prior_relief"
    PRIOR_RELIEF_DATE = "person.prior_relief_date"
    OTHER_CONVICTIONS = "person.other_convictions"

    @property
    def about_charge(self) -> bool:
        return self.value.startswith("charges[]")

    def path(self, index: int) -> str:
        found = _PATHS.get((self, index))
        if found is None:
            # The member is its value (read through .value: slower).
            found = _PATHS[(self, index)] = str.replace(self, "[]", f"[{index}]", 1)
        return found

    @classmethod
    def for_event(cls, event: Event) -> Fact:
        return _EVENT_FACTS[event]


# Each field's path by charge index, made once: open questions name them millions of times in a bulk run.
_PATHS: dict[tuple[Fact, int], str] = {}
# The field each event's date is in.
_EVENT_FACTS = {event: Fact(f"charges[].{event.value}") for event in Event}
# Each field's request path as a plain string (``Fact.X.value`` is a Python-level property on Python 3.11).
REQUEST_PATH: dict[Fact, str] = {fact: fact.value for fact in Fact}
