"""Conditions about time: waits counted from a named event (or the later of several), waits whose
length depends on the grade of the offense or on how the case ended, the time to prosecute
running out, and dates set by law.

A date the person could not give leaves a wait unknown, with one exception that never makes an
answer less safe: release from imprisonment cannot come after the whole sentence ended, so a wait
from release that is over even when counted from the sentence's end is over.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import NamedTuple, TypeVar

from rules.calendar import add_period
from rules.condition import (
    DISPOSITION_WORDS,
    EVENT_WORDS,
    GRADE_WORDS,
    LEVEL_WORDS,
    NO_OFFENSES,
    ChargeContext,
    Condition,
    length_words,
)
from rules.facts import Charge, Fact
from rules.logic import Finding, Truth, later, met, not_met, unknown
from rules.message import Message, OneOf, Phrase, msg
from rules.offense import Offense
from rules.vocabulary import Disposition, Event, Grade, Level

# An event that cannot come after another: the later one bounds it from above.
NO_LATER_THAN = {Event.RELEASE: Event.SENTENCE_COMPLETED}


class Span(NamedTuple):
    """A length of time as a statute states it."""

    years: int = 0
    months: int = 0
    days: int = 0

    def after(self, start: date) -> date:
        return add_period(start, self.years, self.months, self.days)

    @property
    def words(self) -> Message:
        return length_words(self.years, self.months, self.days)

    def __bool__(self) -> bool:
        return bool(self.years or self.months or self.days)


def span(years: int = 0, months: int = 0, days: int = 0) -> Span:
    return Span(years, months, days)


def _events_words(events: tuple[Event, ...]) -> Message | Phrase:
    if len(events) == 1:
        return EVENT_WORDS[events[0]]
    return msg("the later of {events}", events=OneOf(tuple(EVENT_WORDS[e] for e in events)))


@dataclass(frozen=True)
class WaitingPeriod(Condition):
    """A wait counted from an event, or from the later of several; with no length, the event
    must simply have happened."""

    KEY = "wait"

    since: Event
    years: int = 0
    months: int = 0
    days: int = 0
    # Further events: the wait then runs from the latest of ``since`` and these.
    or_later: tuple[Event, ...] = ()

    @cached_property
    def events(self) -> tuple[Event, ...]:
        return (self.since, *self.or_later)

    @cached_property
    def length(self) -> Span:
        return Span(self.years, self.months, self.days)

    @property
    def needs(self) -> tuple[Fact, ...]:
        return tuple(Fact.for_event(e) for e in self.events)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        events = _events_words(self.events)
        if not self.length:
            return msg("Only after {event}.", event=events)
        return msg("At least {length} have passed since {event}.", length=self.length.words, event=events)

    @cached_property
    def _words(self) -> tuple[Message | Phrase, Message]:
        """The event and the length in words, for the reasons: the same for every charge."""
        return _events_words(self.events), self.length.words

    def _start(self, charge: Charge) -> tuple[date | None, date | None, tuple[Event, ...]]:
        """The day the wait starts, if known; else the latest it can be, and the events not given."""
        if not self.or_later:
            day = charge.date_of(self.since)
            if day is not None:  # the common case, answered without the lists below
                return day, None, ()
        known: list[date] = []
        latest_possible: list[date] = []
        missing: list[Event] = []
        for event in self.events:
            day = charge.date_of(event)
            if day is not None:
                known.append(day)
                latest_possible.append(day)
                continue
            missing.append(event)
            bound = NO_LATER_THAN.get(event)
            bound_day = charge.date_of(bound) if bound is not None else None
            if bound_day is not None:
                latest_possible.append(bound_day)
        if not missing:
            return max(known), None, ()
        bounded = len(latest_possible) == len(self.events)
        return None, max(latest_possible) if bounded else None, tuple(missing)

    def evaluate(self, context: ChargeContext) -> Finding:
        start, latest_start, missing = self._start(context.charge)
        event, length = self._words
        as_of = context.facts.as_of
        if start is None:
            questions = tuple(context.path(Fact.for_event(e)) for e in missing)
            if latest_start is not None and self.length.after(latest_start) <= as_of:
                ends = self.length.after(latest_start)
                return met(
                    lambda: msg(
                        "Counted from {event}: even from the latest day it can be ({start}), the wait ended on {ends}.",
                        event=event,
                        start=latest_start,
                        ends=ends,
                    ),
                    on=ends,
                )
            return unknown(lambda: msg("This counts from {event}, which has not been given.", event=event), *questions)
        if not self.length:
            if start <= as_of:
                return met(lambda: msg("Counted from {event}: {start}.", event=event, start=start), on=start)
            return later(
                lambda: msg("This is possible only after {event} ({start}).", event=event, start=start), on=start
            )
        ends = self.length.after(start)
        if ends <= as_of:
            return met(
                lambda: msg(
                    "The wait of {length} from {event} ({start}) ended on {ends}.",
                    length=length,
                    event=event,
                    start=start,
                    ends=ends,
                ),
                on=ends,
            )
        return later(
            lambda: msg(
                "There is a wait of {length} from {event} ({start}); it ends on {ends}.",
                length=length,
                event=event,
                start=start,
                ends=ends,
            ),
            on=ends,
        )


Class = Grade | Level


def class_words(item: Class) -> Phrase:
    return GRADE_WORDS[item] if isinstance(item, Grade) else LEVEL_WORDS[item]


Length = TypeVar("Length", Span, int)


def lengths_for(charge: Charge, table: tuple[tuple[Class, Length], ...]) -> tuple[Length | None, ...]:
    """Every length a table by grade and level can give the charge, as far as its grade and level are
    known; ``None`` where a grade the charge could have has no entry (not covered).

    A grade's own entry wins over its level's. An unknown level is judged by the lengths the table names.
    """
    lengths: dict[Class, Length] = dict(table)
    if charge.grade is not None:
        return (lengths.get(charge.grade, lengths.get(charge.grade.level)),)
    level = charge.level
    if level is Level.UNKNOWN:
        return tuple(dict.fromkeys(length for _, length in table))
    graded = [length for c, length in table if isinstance(c, Grade) and c.level is level]
    fallback = lengths.get(level)
    found: list[Length | None] = list(graded)
    if fallback is not None or not graded:
        found.append(fallback)
    elif any(g.level is level and g not in lengths for g in Grade):
        found.append(None)  # a grade of this level with no entry is not covered
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class WaitByClass(Condition):
    """A wait whose length depends on the grade of the offense (3 years for a Class A
    misdemeanor, 1 for a Class B) or on its level (3 years for a misdemeanor, 8 for a felony).

    A grade's own entry wins over its level's. A charge whose grade and level match no entry is
    not covered. Where the grade or level is not known, the answer holds only if it is the same
    whatever they are; otherwise it is unknown, with the grade (or level) as the open question.
    """

    KEY = "wait"

    since: Event
    table: tuple[tuple[Class, Span], ...]
    or_later: tuple[Event, ...] = ()

    @property
    def needs(self) -> tuple[Fact, ...]:
        grades = (Fact.GRADE,) if any(isinstance(c, Grade) for c, _ in self.table) else ()
        return (Fact.LEVEL, *grades, *(Fact.for_event(e) for e in (self.since, *self.or_later)))

    @cached_property
    def _periods(self) -> dict[Span, WaitingPeriod]:
        return {}

    def _period(self, length: Span) -> WaitingPeriod:
        """The wait of one length, made once per length (building the condition cost more than evaluating it)."""
        period = self._periods.get(length)
        if period is None:
            period = self._periods[length] = WaitingPeriod(
                cite=self.cite, since=self.since, or_later=self.or_later, years=length.years, months=length.months,
                days=length.days,
            )  # fmt: skip
        return period

    def _covered(self) -> OneOf:
        return OneOf(tuple(GRADE_WORDS[c] if isinstance(c, Grade) else LEVEL_WORDS[c] for c, _ in self.table))

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        waits = tuple(
            msg("{length} for {grade}", length=length.words, grade=class_words(c)) for c, length in self.table
        )
        return msg(
            "Enough time has passed since {event}: {waits}.", event=_events_words((self.since, *self.or_later)),
            waits=waits,
        )  # fmt: skip

    @cached_property
    def _candidates_by_class(self) -> dict[tuple[Grade | None, Level], tuple[Span | None, ...]]:
        return {}

    def candidates(self, charge: Charge) -> tuple[Span | None, ...]:
        """Every wait the charge could have, as far as its grade and level are known (None: not covered).
        They follow from the grade and level alone, so they are worked out once per pair."""
        known = (charge.grade, charge.level)
        found = self._candidates_by_class.get(known)
        if found is None:
            found = self._candidates_by_class[known] = lengths_for(charge, self.table)
        return found

    def evaluate(self, context: ChargeContext) -> Finding:
        charge = context.charge
        options = self.candidates(charge)
        if len(options) == 1:
            only = options[0]
            if only is not None:
                return self._period(only).evaluate(context)
            what = GRADE_WORDS[charge.grade] if charge.grade is not None else LEVEL_WORDS[charge.level]
            return not_met(
                lambda: msg("This covers only {wanted}; this charge was {level}.", wanted=self._covered(), level=what)
            )
        question = context.path(Fact.GRADE if charge.level is not Level.UNKNOWN else Fact.LEVEL)
        if None not in options:
            findings = [self._period(o).evaluate(context) for o in options if o is not None]
            if all(f.truth is Truth.MET for f in findings):
                return met(
                    lambda: msg("Whatever the grade of the charge, the wait is over."),
                    on=max(f.on for f in findings if f.on is not None),
                )
            questions = tuple(q for f in findings for q in f.open_questions)
        else:
            questions = ()
        return unknown(
            lambda: msg(
                "The wait depends on whether the charge was {wanted}, which is not known.", wanted=self._covered()
            ),
            question,
            *questions,
        )


@dataclass(frozen=True)
class LimitationsRun(WaitByClass):
    """A charge that was never prosecuted to a conviction, once the time the law allows to bring
    it (the statute of limitations, by grade) has run from the offense."""

    KEY = "limitations"

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        limits = tuple(
            msg("{length} for {grade}", length=length.words, grade=class_words(c)) for c, length in self.table
        )
        return msg("The time allowed to prosecute the charge has run out since the offense: {limits}.", limits=limits)


@dataclass(frozen=True)
class ByOutcome(Condition):
    """A requirement (usually a wait) that depends on how the case ended.

    An outcome with no entry is not covered; where the outcome is not known, the answer holds
    only if every entry agrees.
    """

    KEY = "wait"

    by_outcome: tuple[tuple[Disposition, Condition], ...]

    @property
    def needs(self) -> tuple[Fact, ...]:
        return tuple(dict.fromkeys((Fact.DISPOSITION, *(f for _, c in self.by_outcome for f in c.needs))))

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        parts = tuple(
            msg("after {outcome}: {rule}", outcome=DISPOSITION_WORDS[d], rule=c.describe(offenses))
            for d, c in self.by_outcome
        )
        return msg("Depending on how the case ended: {parts}", parts=parts)

    @cached_property
    def _rules(self) -> dict[Disposition, Condition]:
        return dict(self.by_outcome)

    def settled_by_outcome(self, disposition: Disposition) -> Truth | None:
        rule = self._rules.get(disposition)
        if rule is not None:
            return rule.settled_by_outcome(disposition)
        if disposition not in (Disposition.UNKNOWN, Disposition.PENDING):
            return Truth.NOT_MET
        return None

    def evaluate(self, context: ChargeContext) -> Finding:
        disposition = context.charge.disposition
        rule = self._rules.get(disposition)
        if rule is not None:
            return rule.evaluate(context)
        wanted = OneOf(tuple(DISPOSITION_WORDS[d] for d, _ in self.by_outcome))
        if disposition not in (Disposition.UNKNOWN, Disposition.PENDING):
            return not_met(lambda: msg("This covers only a case that ended in {wanted}.", wanted=wanted))
        findings = [c.evaluate(context) for _, c in self.by_outcome]
        return unknown(
            lambda: msg("What is needed depends on how the case ended, which is not known."),
            context.path(Fact.DISPOSITION),
            *(q for f in findings for q in f.open_questions),
        )


@dataclass(frozen=True)
class EventBefore(Condition):
    """The event happened before (or, with ``on_or_after``, on or after) a day set by law."""

    KEY = "date_limit"

    event: Event
    day: date
    on_or_after: bool = False

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.for_event(self.event),)

    def _rule(self) -> Message:
        if self.on_or_after:
            return msg("{event} was on or after {day}", event=EVENT_WORDS[self.event], day=self.day)
        return msg("{event} was before {day}", event=EVENT_WORDS[self.event], day=self.day)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg("Only if {rule}.", rule=self._rule())

    def evaluate(self, context: ChargeContext) -> Finding:
        happened = context.charge.date_of(self.event)
        if happened is None:
            return unknown(
                lambda: msg("This covers only cases where {rule}; that date has not been given.", rule=self._rule()),
                context.path(Fact.for_event(self.event)),
            )
        inside = happened >= self.day if self.on_or_after else happened < self.day
        if inside:
            return met(
                lambda: msg(
                    "This covers cases where {rule}; here it was {happened}.", rule=self._rule(), happened=happened
                )
            )
        return not_met(
            lambda: msg(
                "This covers only cases where {rule}; here it was {happened}.", rule=self._rule(), happened=happened
            )
        )
