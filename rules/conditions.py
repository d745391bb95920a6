"""The shared vocabulary of eligibility conditions.

Each condition names the law it comes from (``cite``), declares which facts it needs
(so the questionnaire asks only for those), describes itself in plain language and
evaluates one charge to a three-valued :class:`~rules.logic.Finding`. State modules
build conditions with the lower-case constructors at the bottom of this module.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from types import MappingProxyType

from rules.calendar import add_period, years_between
from rules.facts import Charge, Fact, Facts
from rules.logic import Finding, Truth, later, met, not_met, unknown
from rules.message import Message, OneOf, Phrase, msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, Event, Level

DISPOSITION_WORDS = {
    Disposition.CONVICTION: Phrase("a conviction"),
    Disposition.DISMISSAL: Phrase("a dismissal"),
    Disposition.ACQUITTAL: Phrase("an acquittal (found not guilty)"),
    Disposition.NO_CHARGES: Phrase("an arrest with no charges filed"),
    Disposition.DIVERSION_COMPLETED: Phrase("a completed diversion program"),
    Disposition.PENDING: Phrase("no outcome yet (the case is still open)"),
    Disposition.UNKNOWN: Phrase("an outcome that is not known"),
}

LEVEL_WORDS = {
    Level.FELONY: Phrase("a felony"),
    Level.MISDEMEANOR: Phrase("a misdemeanor"),
    Level.VIOLATION: Phrase("a violation or infraction"),
    Level.UNKNOWN: Phrase("of a level that is not known"),
}

EVENT_WORDS = {
    Event.OFFENSE: Phrase("the date of the offense"),
    Event.DISPOSITION: Phrase("the date the case ended"),
    Event.SENTENCE_COMPLETED: Phrase("the date the whole sentence was completed"),
}


def _length(years: int, months: int) -> Message:
    if years and months:
        return msg("{years} years and {months} months", years=years, months=months)
    if months:
        return msg("{months} months", months=months) if months != 1 else msg("1 month")
    return msg("{years} years", years=years) if years != 1 else msg("1 year")


NO_OFFENSES: Mapping[str, Offense] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class ConvictionRecord:
    """The person's listed convictions, gathered once per screening rather than per condition."""

    convictions: tuple[tuple[int, Charge], ...]
    felonies: int
    unknown_levels: tuple[int, ...]

    @classmethod
    def of(cls, facts: Facts) -> ConvictionRecord:
        convictions = tuple((i, c) for i, c in enumerate(facts.charges) if c.disposition is Disposition.CONVICTION)
        return cls(
            convictions=convictions,
            felonies=sum(c.level is Level.FELONY for _, c in convictions),
            unknown_levels=tuple(i for i, c in convictions if c.level is Level.UNKNOWN),
        )


@dataclass(frozen=True, slots=True)
class ChargeContext:
    """One charge seen together with the rest of what the person told us."""

    facts: Facts
    index: int
    offenses: Mapping[str, Offense]
    record: ConvictionRecord | None = None
    # Findings of conditions that read only facts about the person, shared by every charge.
    person_findings: dict[Condition, Finding] | None = None
    # The jurisdiction's offense ids by category, worked out once per jurisdiction.
    offense_ids: Mapping[Category, frozenset[str]] | None = None

    def offense_ids_of(self, category: Category) -> frozenset[str]:
        if self.offense_ids is not None:
            return self.offense_ids.get(category, frozenset())
        return frozenset(i for i, o in self.offenses.items() if o.category is category)

    @property
    def convictions(self) -> ConvictionRecord:
        return self.record if self.record is not None else ConvictionRecord.of(self.facts)

    @property
    def charge(self) -> Charge:
        return self.facts.charges[self.index]

    def path(self, fact: Fact) -> str:
        return fact.path(self.index)


@dataclass(frozen=True)
class Condition(ABC):
    cite: str

    # True where the finding depends only on the person and their whole record, never on the
    # charge at hand: the engine then evaluates it once per screening.
    about_person = False

    @property
    @abstractmethod
    def needs(self) -> tuple[Fact, ...]:
        """The request fields this condition reads."""

    @abstractmethod
    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        """The requirement in plain language, for the jurisdiction's page."""

    @abstractmethod
    def evaluate(self, context: ChargeContext) -> Finding: ...


@dataclass(frozen=True)
class DispositionIs(Condition):
    dispositions: frozenset[Disposition]

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.DISPOSITION,)

    @cached_property
    def _wanted(self) -> OneOf:
        return OneOf(tuple(DISPOSITION_WORDS[d] for d in sorted(self.dispositions)))

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg("The case ended in {wanted}.", wanted=self._wanted)

    @cached_property
    def _settled(self) -> dict[Disposition, Finding]:
        """The finding for every known outcome: it depends on nothing else, so it is made once."""
        return {d: self._settle(d) for d in Disposition if d is not Disposition.UNKNOWN}

    def _settle(self, disposition: Disposition) -> Finding:
        if disposition in self.dispositions:
            return met(msg("The case ended in {outcome}, which this covers.", outcome=DISPOSITION_WORDS[disposition]))
        return not_met(
            msg(
                "This covers only a case that ended in {wanted}. This case: {outcome}.",
                wanted=self._wanted,
                outcome=DISPOSITION_WORDS[disposition],
            )
        )

    def evaluate(self, context: ChargeContext) -> Finding:
        disposition = context.charge.disposition
        settled = self._settled.get(disposition)
        if settled is not None:
            return settled
        if disposition is Disposition.UNKNOWN:
            return unknown(
                msg(
                    "This covers only a case that ended in {wanted}; how the case ended is not known.",
                    wanted=self._wanted,
                ),
                context.path(Fact.DISPOSITION),
            )
        return self._settle(disposition)


@dataclass(frozen=True)
class LevelIs(Condition):
    levels: frozenset[Level]

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.LEVEL,)

    @cached_property
    def _wanted(self) -> OneOf:
        return OneOf(tuple(LEVEL_WORDS[lv] for lv in sorted(self.levels)))

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg("The charge was {wanted}.", wanted=self._wanted)

    def evaluate(self, context: ChargeContext) -> Finding:
        level = context.charge.level
        if level in self.levels:
            return met(msg("The charge was {level}, which this covers.", level=LEVEL_WORDS[level]))
        if level is Level.UNKNOWN:
            return unknown(
                msg(
                    "This covers only {wanted}; whether the charge was a felony, misdemeanor or violation "
                    "is not known.",
                    wanted=self._wanted,
                ),
                context.path(Fact.LEVEL),
            )
        return not_met(
            msg("This covers only {wanted}; this charge was {level}.", wanted=self._wanted, level=LEVEL_WORDS[level])
        )


@dataclass(frozen=True)
class OffenseIn(Condition):
    """The charge was (with ``covers=False``: was not) one of the named offenses.

    Where the person picked a category but no offense, the answer still follows when
    every offense of that category in the state is (or none is) in the list.
    """

    offense_ids: frozenset[str]
    covers: bool = True

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.OFFENSE,)

    @cached_property
    def _names_by_list(self) -> dict[int, OneOf]:
        return {}

    def _names(self, offenses: Mapping[str, Offense]) -> OneOf:
        """The offenses' own names, worked out once per offense list (the jurisdiction's is cached)."""
        cached = self._names_by_list.get(id(offenses))
        if cached is None:
            cached = self._names_by_list[id(offenses)] = self._names_of(offenses)
        return cached

    def _names_of(self, offenses: Mapping[str, Offense]) -> OneOf:
        return OneOf(
            tuple(f"{o.name} ({o.statute})" for i in sorted(self.offense_ids) if (o := offenses.get(i))),
            translatable=False,
        )

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        names = self._names(offenses) if offenses else OneOf(tuple(sorted(self.offense_ids)), translatable=False)
        if self.covers:
            return msg("The charge was {offenses}.", offenses=names)
        return msg("The charge was not {offenses}.", offenses=names)

    def _is_listed(self, context: ChargeContext) -> bool | None:
        charge = context.charge
        if charge.offense is not None:
            return charge.offense in self.offense_ids
        same_category = context.offense_ids_of(charge.category)
        if same_category and same_category <= self.offense_ids:
            return True
        if not same_category & self.offense_ids:
            return False
        return None

    def evaluate(self, context: ChargeContext) -> Finding:
        listed = self._is_listed(context)
        names = self._names(context.offenses)
        if listed is None:
            if self.covers:
                found = msg("This covers only {offenses}; which law the charge was under is not known.", offenses=names)
            else:
                found = msg(
                    "This does not cover {offenses}; which law the charge was under is not known.", offenses=names
                )
            return unknown(found, context.path(Fact.OFFENSE))
        if self.covers:
            if listed:
                return met(msg("The charge was {offenses}, which this covers.", offenses=names))
            return not_met(msg("This covers only {offenses}.", offenses=names))
        if listed:
            return not_met(msg("This does not cover {offenses}.", offenses=names))
        return met(msg("The charge was not {offenses}, which this excludes.", offenses=names))


NEXUS_MET = met(msg("The charge happened because someone forced, tricked or coerced you."))
NEXUS_NOT_MET = not_met(msg("This is only for charges that happened because someone forced, tricked or coerced you."))


@dataclass(frozen=True)
class TraffickingNexus(Condition):
    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.TRAFFICKING_NEXUS,)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg("The charge happened because someone forced, tricked or coerced you (you were trafficked).")

    def evaluate(self, context: ChargeContext) -> Finding:
        answer = context.charge.trafficking_nexus
        if answer is Answer.YES:
            return NEXUS_MET
        if answer is Answer.NO:
            return NEXUS_NOT_MET
        return unknown(
            msg(
                "This is only for charges that happened because someone forced, tricked or coerced you; "
                "that has not been answered."
            ),
            context.path(Fact.TRAFFICKING_NEXUS),
        )


@dataclass(frozen=True)
class WaitingPeriod(Condition):
    """A wait counted from an event; with no length, the event must simply have happened."""

    since: Event
    years: int = 0
    months: int = 0

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.for_event(self.since),)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        if not (self.years or self.months):
            return msg("Only after {event}.", event=EVENT_WORDS[self.since])
        return msg(
            "At least {length} have passed since {event}.",
            length=_length(self.years, self.months),
            event=EVENT_WORDS[self.since],
        )

    def evaluate(self, context: ChargeContext) -> Finding:
        start = context.charge.date_of(self.since)
        event = EVENT_WORDS[self.since]
        if start is None:
            return unknown(
                msg("This counts from {event}, which has not been given.", event=event),
                context.path(Fact.for_event(self.since)),
            )
        as_of = context.facts.as_of
        if not (self.years or self.months):
            if start <= as_of:
                return met(msg("Counted from {event}: {start}.", event=event, start=start), on=start)
            return later(msg("This is possible only after {event} ({start}).", event=event, start=start), on=start)
        ends = add_period(start, years=self.years, months=self.months)
        length = _length(self.years, self.months)
        if ends <= as_of:
            return met(
                msg(
                    "The wait of {length} from {event} ({start}) ended on {ends}.",
                    length=length,
                    event=event,
                    start=start,
                    ends=ends,
                ),
                on=ends,
            )
        return later(
            msg(
                "There is a wait of {length} from {event} ({start}); it ends on {ends}.",
                length=length,
                event=event,
                start=start,
                ends=ends,
            ),
            on=ends,
        )


@dataclass(frozen=True)
class WaitingPeriodByLevel(Condition):
    """A wait whose length depends on the level of the charge (e.g. 3 years for a
    misdemeanor, 8 for a felony). Levels without a wait are not covered."""

    since: Event
    years_by_level: tuple[tuple[Level, int], ...]

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.LEVEL, Fact.for_event(self.since))

    def _period(self, level: Level) -> WaitingPeriod:
        return WaitingPeriod(cite=self.cite, since=self.since, years=dict(self.years_by_level)[level])

    def _covered(self) -> OneOf:
        return OneOf(tuple(LEVEL_WORDS[lv] for lv, _ in self.years_by_level))

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        waits = tuple(
            msg("{length} for {level}", length=_length(years, 0), level=LEVEL_WORDS[lv])
            for lv, years in self.years_by_level
        )
        return msg("Enough time has passed since {event}: {waits}.", event=EVENT_WORDS[self.since], waits=waits)

    def evaluate(self, context: ChargeContext) -> Finding:
        levels = dict(self.years_by_level)
        level = context.charge.level
        if level in levels:
            return self._period(level).evaluate(context)
        if level is not Level.UNKNOWN:
            return not_met(
                msg(
                    "This covers only {wanted}; this charge was {level}.",
                    wanted=self._covered(),
                    level=LEVEL_WORDS[level],
                )
            )
        findings = [self._period(lv).evaluate(context) for lv in levels]
        if all(f.truth is Truth.MET for f in findings):
            return met(
                msg("Whatever the level of the charge, the wait is over."),
                on=max(f.on for f in findings if f.on is not None),
            )
        return unknown(
            msg("The wait depends on whether the charge was {wanted}, which is not known.", wanted=self._covered()),
            context.path(Fact.LEVEL),
            *(q for f in findings for q in f.open_questions),
        )


@dataclass(frozen=True)
class EventBefore(Condition):
    """The event happened before (or, with ``on_or_after``, on or after) a day set by law."""

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
                msg("This covers only cases where {rule}; that date has not been given.", rule=self._rule()),
                context.path(Fact.for_event(self.event)),
            )
        inside = happened >= self.day if self.on_or_after else happened < self.day
        if inside:
            return met(
                msg("This covers cases where {rule}; here it was {happened}.", rule=self._rule(), happened=happened)
            )
        return not_met(
            msg("This covers only cases where {rule}; here it was {happened}.", rule=self._rule(), happened=happened)
        )


@dataclass(frozen=True)
class PersonAnswer(Condition):
    """A yes/no fact about the person that must be answered ``no`` (no open case, …)."""

    about_person = True

    fact: Fact
    requirement: str
    when_no: str
    when_yes: str

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (self.fact,)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg(self.requirement)

    def evaluate(self, context: ChargeContext) -> Finding:
        person = context.facts.person
        answer = person.pending_case if self.fact is Fact.PENDING_CASE else person.under_sentence
        if answer is Answer.NO:
            return met(msg(self.when_no))
        if answer is Answer.YES:
            return not_met(msg(self.when_yes))
        return unknown(
            msg("{requirement} That has not been answered.", requirement=Phrase(self.requirement)), self.fact.value
        )


@dataclass(frozen=True)
class ConvictionLimit(Condition):
    """Caps on the person's convictions, counted over the charges they listed.

    ``total`` and ``felonies`` cap all listed convictions, this one included. The
    reasons say that the count covers only what was listed.
    """

    total: int | None = None
    felonies: int | None = None
    about_person = True

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.DISPOSITION, Fact.LEVEL)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        if self.total == 0:
            return msg("No conviction at all, other than this case.")
        if self.felonies is None:
            return msg("Convictions allowed in all: at most {total}.", total=self.total)
        if self.total is None:
            return msg("Felony convictions allowed: at most {felonies}.", felonies=self.felonies)
        return msg(
            "Convictions allowed in all: at most {total}, and of those, felonies: at most {felonies}.",
            total=self.total,
            felonies=self.felonies,
        )

    def evaluate(self, context: ChargeContext) -> Finding:
        record = context.convictions
        convictions, felonies = record.convictions, record.felonies
        if self.total is not None and len(convictions) > self.total:
            return not_met(
                msg(
                    "Convictions you listed: {count}. The most this allows: {total}.",
                    count=len(convictions),
                    total=self.total,
                )
            )
        if self.felonies is not None:
            if felonies > self.felonies:
                return not_met(
                    msg(
                        "Felony convictions you listed: {count}. The most this allows: {felonies}.",
                        count=felonies,
                        felonies=self.felonies,
                    )
                )
            unsure = [Fact.LEVEL.path(i) for i in record.unknown_levels]
            if len(unsure) > self.felonies - felonies:
                return unknown(
                    msg(
                        "This limits how many felony convictions you can have ({felonies} at most), and "
                        "the level of some listed convictions is not known.",
                        felonies=self.felonies,
                    ),
                    *unsure,
                )
        return met(
            msg(
                "Counting the convictions you listed ({count}), you are within the limit. Convictions "
                "you did not list would count too.",
                count=len(convictions),
            )
        )


@dataclass(frozen=True)
class NoLaterConviction(Condition):
    """No listed conviction came after this one."""

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.DISPOSITION_DATE,)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg("No conviction since this one.")

    def evaluate(self, context: ChargeContext) -> Finding:
        others = [(i, c) for i, c in context.convictions.convictions if i != context.index]
        own = context.charge.disposition_date
        if others and own is None:
            return unknown(
                msg(
                    "This is not available if you were convicted of something after this case; "
                    "the date this case ended is not known."
                ),
                context.path(Fact.DISPOSITION_DATE),
            )
        if any(c.disposition_date is not None and own is not None and c.disposition_date > own for _, c in others):
            return not_met(msg("You listed a conviction that came after this one."))
        undated = [Fact.DISPOSITION_DATE.path(i) for i, c in others if c.disposition_date is None]
        if undated:
            return unknown(
                msg(
                    "This is not available if you were convicted of something after this case; "
                    "the date of another listed conviction is not known."
                ),
                *undated,
            )
        return met(msg("None of the convictions you listed came after this one."))


@dataclass(frozen=True)
class AgeAtOffenseUnder(Condition):
    years: int

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.BIRTH_DATE, Fact.OFFENSE_DATE)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg("You were under {years} at the time of the offense.", years=self.years)

    def evaluate(self, context: ChargeContext) -> Finding:
        born, offense_day = context.facts.person.birth_date, context.charge.offense_date
        if born is None or offense_day is None:
            missing = [Fact.BIRTH_DATE.value] if born is None else []
            missing += [context.path(Fact.OFFENSE_DATE)] if offense_day is None else []
            return unknown(
                msg("This is for people under {years} at the time; your age then is not known.", years=self.years),
                *missing,
            )
        age = years_between(born, offense_day)
        if age < self.years:
            return met(msg("You were {age} at the time, under {years}.", age=age, years=self.years))
        return not_met(msg("This is for people under {years} at the time; you were {age}.", age=age, years=self.years))


@dataclass(frozen=True)
class Custom(Condition):
    """An escape hatch for a rule the shared vocabulary cannot say, named and cited."""

    name: str
    requirement: str
    reads: tuple[Fact, ...]
    rule: Callable[[ChargeContext], Finding]

    @property
    def needs(self) -> tuple[Fact, ...]:
        return self.reads

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg(self.requirement)

    def evaluate(self, context: ChargeContext) -> Finding:
        return self.rule(context)


# Constructors: the words state modules are written in.


def disposition_is(*dispositions: Disposition, cite: str) -> Condition:
    return DispositionIs(cite=cite, dispositions=frozenset(dispositions))


def convicted(cite: str) -> Condition:
    return disposition_is(Disposition.CONVICTION, cite=cite)


def level_is(*levels: Level, cite: str) -> Condition:
    return LevelIs(cite=cite, levels=frozenset(levels))


def offense_in(*offense_ids: str, cite: str) -> Condition:
    return OffenseIn(cite=cite, offense_ids=frozenset(offense_ids))


def offense_not_in(*offense_ids: str, cite: str) -> Condition:
    return OffenseIn(cite=cite, offense_ids=frozenset(offense_ids), covers=False)


def trafficking_nexus(cite: str) -> Condition:
    return TraffickingNexus(cite=cite)


def waiting_period(*, since: Event, cite: str, years: int = 0, months: int = 0) -> Condition:
    return WaitingPeriod(cite=cite, since=since, years=years, months=months)


def waiting_period_by_level(years: Mapping[Level, int], *, since: Event, cite: str) -> Condition:
    return WaitingPeriodByLevel(cite=cite, since=since, years_by_level=tuple(years.items()))


def sentence_completed(cite: str) -> Condition:
    return WaitingPeriod(cite=cite, since=Event.SENTENCE_COMPLETED)


def happened_before(event: Event, day: date, *, cite: str) -> Condition:
    return EventBefore(cite=cite, event=event, day=day)


def happened_on_or_after(event: Event, day: date, *, cite: str) -> Condition:
    return EventBefore(cite=cite, event=event, day=day, on_or_after=True)


def no_pending_case(cite: str) -> Condition:
    return PersonAnswer(
        cite=cite,
        fact=Fact.PENDING_CASE,
        requirement="You must not have an open criminal case.",
        when_no="You have no open criminal case.",
        when_yes="You have an open criminal case; this is not available until it ends.",
    )


def not_under_sentence(cite: str) -> Condition:
    return PersonAnswer(
        cite=cite,
        fact=Fact.UNDER_SENTENCE,
        requirement="You must not be serving a sentence (jail, probation or parole) now.",
        when_no="You are not serving a sentence now.",
        when_yes="You are serving a sentence now; this is not available until it ends.",
    )


def convictions_at_most(*, cite: str, total: int | None = None, felonies: int | None = None) -> Condition:
    return ConvictionLimit(cite=cite, total=total, felonies=felonies)


def no_later_conviction(cite: str) -> Condition:
    return NoLaterConviction(cite=cite)


def age_at_offense_under(years: int, *, cite: str) -> Condition:
    return AgeAtOffenseUnder(cite=cite, years=years)


def custom(
    name: str, *, requirement: str, reads: tuple[Fact, ...], rule: Callable[[ChargeContext], Finding], cite: str
) -> Condition:
    return Custom(cite=cite, name=name, requirement=requirement, reads=reads, rule=rule)
