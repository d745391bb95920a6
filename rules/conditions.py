"""The shared vocabulary of eligibility conditions.

Each condition names the law it comes from (``cite``), declares which facts it needs
(so the questionnaire asks only for those), describes itself in plain language and
evaluates one charge to a three-valued :class:`~rules.logic.Finding`. State modules
build conditions with the lower-case constructors at the bottom of this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from rules.calendar import years_between
from rules.condition import (
    DISPOSITION_WORDS,
    EVENT_WORDS,
    GRADE_WORDS,
    LEVEL_WORDS,
    NO_OFFENSES,
    ChargeContext,
    Condition,
    ConvictionRecord,
    PastConviction,
)
from rules.facts import REQUEST_PATH, Fact
from rules.logic import Finding, Truth, met, not_met, unknown
from rules.message import Message, OneOf, Phrase, msg
from rules.offense import Offense, OffenseList
from rules.record import (
    ConvictionFreeWindow,
    ConvictionFreeWindowByClass,
    ConvictionLimit,
    NoLaterConviction,
    PriorRelief,
)
from rules.vocabulary import Answer, Disposition, DiversionKind, Event, Grade, Level
from rules.waits import (
    ByOutcome,
    Class,
    EventBefore,
    LimitationsRun,
    Span,
    WaitByClass,
    WaitingPeriod,
    span,
)

# Members as plain names for the conditions most charges meet (Python 3.11 reads an Enum class's attribute
# slowly: ``rules.logic``).
_YES, _NO = Answer.YES, Answer.NO
_DIVERSION_COMPLETED, _CONVICTION, _UNKNOWN_OUTCOME = (
    Disposition.DIVERSION_COMPLETED, Disposition.CONVICTION, Disposition.UNKNOWN,
)  # fmt: skip
_PENDING_CASE = Fact.PENDING_CASE

# The classes state modules and the engine use, importable from this one module.
__all__ = [
    "DISPOSITION_WORDS", "EVENT_WORDS", "GRADE_WORDS", "LEVEL_WORDS", "ByOutcome", "ChargeContext", "Condition",
    "ConvictionFreeWindow", "ConvictionFreeWindowByClass", "ConvictionLimit", "ConvictionRecord", "Custom", "DispositionIs", "EventBefore",
    "LevelIs", "LimitationsRun", "NoLaterConviction", "OffenseIn", "PastConviction", "PersonAnswer",
    "PriorRelief", "Span", "TraffickingNexus", "WaitByClass", "WaitingPeriod", "WaitingPeriodByLevel",
    "age_at_offense_under", "convicted", "convictions_at_most", "custom", "disposition_is", "granted_once_under_this_law", "granted_only_once",
    "happened_before", "happened_on_or_after", "level_is", "limitations_period_run", "no_conviction_during_wait",
    "no_conviction_within", "no_later_conviction", "no_pending_case", "not_under_sentence", "offense_in",
    "offense_in_list", "offense_not_in", "offense_not_in_list", "once_within", "sentence_completed", "span",
    "trafficking_nexus", "wait_by_outcome", "waiting_period", "waiting_period_by_grade", "waiting_period_by_level",
    "years_since_every_other_sentence",
]  # fmt: skip

# The former name of :class:`WaitByClass`, for waits keyed by level alone.
WaitingPeriodByLevel = WaitByClass

DIVERSION_WORDS = {
    DiversionKind.PRETRIAL: Phrase("a pretrial diversion program (no guilty plea)"),
    DiversionKind.DEFERRED_ADJUDICATION: Phrase("deferred adjudication (a plea, with the finding of guilt put off)"),
}


@dataclass(frozen=True)
class DispositionIs(Condition):
    """The case ended in one of the named ways.

    Two refinements follow the statutes that draw finer lines: ``diversion_kinds`` admits a
    completed diversion only of those kinds (Texas expunges a pretrial-intervention dismissal but
    seals deferred adjudication), and ``conviction_only_if_withheld`` admits a conviction only
    where adjudication was withheld (Florida).
    """

    KEY = "disposition"

    dispositions: frozenset[Disposition]
    diversion_kinds: frozenset[DiversionKind] | None = None
    conviction_only_if_withheld: bool = False

    def __post_init__(self) -> None:
        # "Not sure" is an answer, not a kind of program a statute can cover: it must stay open.
        if self.diversion_kinds is not None and not self.diversion_kinds <= DIVERSION_WORDS.keys():
            raise ValueError("diversion_kinds names only kinds of program (pretrial, deferred adjudication)")

    @property
    def needs(self) -> tuple[Fact, ...]:
        refined = (Fact.DIVERSION_KIND,) if self.diversion_kinds is not None else ()
        withheld = (Fact.ADJUDICATION_WITHHELD,) if self.conviction_only_if_withheld else ()
        return (Fact.DISPOSITION, *refined, *withheld)

    @cached_property
    def _wanted(self) -> OneOf:
        words: list[str] = []
        for d in sorted(self.dispositions):
            if d is Disposition.DIVERSION_COMPLETED and self.diversion_kinds is not None:
                words += [DIVERSION_WORDS[k] for k in sorted(self.diversion_kinds) if k in DIVERSION_WORDS]
            elif d is Disposition.CONVICTION and self.conviction_only_if_withheld:
                words.append(Phrase("a guilty or no-contest plea with adjudication withheld"))
            else:
                words.append(DISPOSITION_WORDS[d])
        return OneOf(tuple(words))

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

    def _refined(self, context: ChargeContext) -> Finding | None:
        charge = context.charge
        if (
            charge.disposition is _DIVERSION_COMPLETED
            and self.diversion_kinds is not None
            and _DIVERSION_COMPLETED in self.dispositions
        ):
            kind = charge.diversion_kind
            if kind in self.diversion_kinds:
                return met(
                    lambda: msg("The case ended in {outcome}, which this covers.", outcome=DIVERSION_WORDS[kind])
                )
            if kind is DiversionKind.UNSURE:
                return unknown(
                    lambda: msg(
                        "This covers only {wanted}; what kind of diversion program it was is not known.",
                        wanted=self._wanted,
                    ),
                    context.path(Fact.DIVERSION_KIND),
                )
            return not_met(
                lambda: msg(
                    "This covers only {wanted}. This case: {outcome}.",
                    wanted=self._wanted,
                    outcome=DIVERSION_WORDS[kind],
                )
            )
        if charge.disposition is _CONVICTION and self.conviction_only_if_withheld:
            withheld = charge.adjudication_withheld
            if withheld is Answer.YES:
                return met(lambda: msg("The judge withheld adjudication, which this covers."))
            if withheld is Answer.UNSURE:
                return unknown(
                    lambda: msg(
                        "This covers a guilty or no-contest plea only where the judge withheld adjudication; "
                        "whether that happened is not known."
                    ),
                    context.path(Fact.ADJUDICATION_WITHHELD),
                )
            return not_met(lambda: msg("This does not cover a conviction where you were adjudicated guilty."))
        return None

    def settled_by_outcome(self, disposition: Disposition) -> Truth | None:
        # As evaluate: an outcome that _refined looks further into is not settled by itself.
        refined = (
            disposition is Disposition.DIVERSION_COMPLETED
            and self.diversion_kinds is not None
            and disposition in self.dispositions
        ) or (disposition is Disposition.CONVICTION and self.conviction_only_if_withheld)
        if disposition is Disposition.UNKNOWN or refined:
            return None
        return self._settled[disposition].truth

    def evaluate(self, context: ChargeContext) -> Finding:
        refined = self._refined(context)
        if refined is not None:
            return refined
        disposition = context.charge.disposition
        settled = self._settled.get(disposition)
        if settled is not None:
            return settled
        if disposition is _UNKNOWN_OUTCOME:
            return unknown(
                lambda: msg(
                    "This covers only a case that ended in {wanted}; how the case ended is not known.",
                    wanted=self._wanted,
                ),
                context.path(Fact.DISPOSITION),
            )
        return self._settle(disposition)


@dataclass(frozen=True)
class LevelIs(Condition):
    KEY = "level"
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
            return met(lambda: msg("The charge was {level}, which this covers.", level=LEVEL_WORDS[level]))
        if level is Level.UNKNOWN:
            return unknown(
                lambda: msg(
                    "This covers only {wanted}; whether the charge was a felony, misdemeanor or violation "
                    "is not known.",
                    wanted=self._wanted,
                ),
                context.path(Fact.LEVEL),
            )
        return not_met(
            lambda: msg(
                "This covers only {wanted}; this charge was {level}.", wanted=self._wanted, level=LEVEL_WORDS[level]
            )
        )


@dataclass(frozen=True)
class OffenseIn(Condition):
    """The charge was (with ``covers=False``: was not) one of the named offenses.

    Where the person picked a category but no offense, the answer still follows when
    every offense of that category in the state is (or none is) in the list.
    """

    KEY = "offense"

    offense_ids: frozenset[str]
    covers: bool = True
    # The statute's own name for the list ("sex crimes"), where the offenses are one it names.
    list_name: str = ""
    # The list reaches only charges of these levels (a list of felonies leaves every misdemeanor out of it).
    levels: frozenset[Level] | None = None
    # The list names offenses beyond those the module knows ("crimes of violence"): a charge whose law was not
    # named stays an open question rather than being taken to be off the list.
    open_beyond_known: bool = False

    @property
    def key(self) -> str:
        if self.list_name:
            return ("" if self.covers else "not_") + re.sub(r"[^a-z0-9]+", "_", self.list_name.lower()).strip("_")
        return "offense" if self.covers else "excluded_offenses"

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.OFFENSE, Fact.LEVEL) if self.levels is not None else (Fact.OFFENSE,)

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
        if self.list_name:
            listed = msg("one of the {name} the law lists ({offenses})", name=self.list_name, offenses=names)
            if self.covers:
                return msg("The charge was {listed}.", listed=listed)
            return msg("The charge was not {listed}.", listed=listed)
        if self.covers:
            return msg("The charge was {offenses}.", offenses=names)
        return msg("The charge was not {offenses}.", offenses=names)

    def _is_listed(self, context: ChargeContext) -> bool | None:
        charge = context.charge
        if self.levels is not None and charge.level is not Level.UNKNOWN and charge.level not in self.levels:
            return False
        if charge.offense is not None:
            return charge.offense in self.offense_ids
        same_category = context.offense_ids_of(charge.category)
        if same_category and same_category <= self.offense_ids:
            return True
        if self.open_beyond_known:
            return None
        if not same_category & self.offense_ids:
            return False
        return None

    def evaluate(self, context: ChargeContext) -> Finding:
        listed = self._is_listed(context)
        offenses = context.offenses
        if listed is None:
            if self.covers:
                return unknown(
                    lambda: msg(
                        "This covers only {offenses}; which law the charge was under is not known.",
                        offenses=self._names(offenses),
                    ),
                    context.path(Fact.OFFENSE),
                )
            return unknown(
                lambda: msg(
                    "This does not cover {offenses}; which law the charge was under is not known.",
                    offenses=self._names(offenses),
                ),
                context.path(Fact.OFFENSE),
            )
        if self.covers:
            if listed:
                return met(lambda: msg("The charge was {offenses}, which this covers.", offenses=self._names(offenses)))
            return not_met(lambda: msg("This covers only {offenses}.", offenses=self._names(offenses)))
        if listed:
            return not_met(lambda: msg("This does not cover {offenses}.", offenses=self._names(offenses)))
        return met(lambda: msg("The charge was not {offenses}, which this excludes.", offenses=self._names(offenses)))


NEXUS_MET = met(msg("The charge happened because someone forced, tricked or coerced you."))
NEXUS_NOT_MET = not_met(msg("This is only for charges that happened because someone forced, tricked or coerced you."))


@dataclass(frozen=True)
class TraffickingNexus(Condition):
    KEY = "trafficking_nexus"

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.TRAFFICKING_NEXUS,)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg("The charge happened because someone forced, tricked or coerced you (you were trafficked).")

    def evaluate(self, context: ChargeContext) -> Finding:
        answer = context.charge.trafficking_nexus
        if answer is _YES:
            return NEXUS_MET
        if answer is _NO:
            return NEXUS_NOT_MET
        return unknown(
            lambda: msg(
                "This is only for charges that happened because someone forced, tricked or coerced you; "
                "that has not been answered."
            ),
            context.path(Fact.TRAFFICKING_NEXUS),
        )


@dataclass(frozen=True)
class PersonAnswer(Condition):
    """A yes/no fact about the person that must be answered ``no`` (no open case, …)."""

    KEY = "person"

    about_person = True

    fact: Fact
    requirement: str
    when_no: str
    when_yes: str

    @property
    def key(self) -> str:
        return "no_pending_case" if self.fact is Fact.PENDING_CASE else "not_under_sentence"

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (self.fact,)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg(self.requirement)

    def evaluate(self, context: ChargeContext) -> Finding:
        person = context.facts.person
        answer = person.pending_case if self.fact is _PENDING_CASE else person.under_sentence
        if answer is _NO:
            return met(lambda: msg(self.when_no))
        if answer is _YES:
            return not_met(lambda: msg(self.when_yes))
        return unknown(
            lambda: msg("{requirement} That has not been answered.", requirement=Phrase(self.requirement)),
            REQUEST_PATH[self.fact],
        )


@dataclass(frozen=True)
class AgeAtOffenseUnder(Condition):
    KEY = "age_at_offense"
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
                lambda: msg(
                    "This is for people under {years} at the time; your age then is not known.", years=self.years
                ),
                *missing,
            )
        age = years_between(born, offense_day)
        if age < self.years:
            return met(lambda: msg("You were {age} at the time, under {years}.", age=age, years=self.years))
        return not_met(
            lambda: msg("This is for people under {years} at the time; you were {age}.", age=age, years=self.years)
        )


@dataclass(frozen=True)
class Custom(Condition):
    """An escape hatch for a rule the shared vocabulary cannot say, named and cited."""

    KEY = "custom"

    name: str
    requirement: str
    reads: tuple[Fact, ...]
    rule: Callable[[ChargeContext], Finding]

    @property
    def key(self) -> str:
        return re.sub(r"[^a-z0-9]+", "_", self.name.lower()).strip("_")

    @property
    def needs(self) -> tuple[Fact, ...]:
        return self.reads

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg(self.requirement)

    def evaluate(self, context: ChargeContext) -> Finding:
        return self.rule(context)


# Constructors: the words state modules are written in.


def disposition_is(
    *dispositions: Disposition,
    cite: str,
    diversion: tuple[DiversionKind, ...] | None = None,
    conviction_only_if_withheld: bool = False,
) -> Condition:
    """The case ended in one of ``dispositions``; ``diversion`` narrows a completed diversion to
    those kinds, ``conviction_only_if_withheld`` a conviction to one where adjudication was withheld."""
    return DispositionIs(
        cite=cite,
        dispositions=frozenset(dispositions),
        diversion_kinds=frozenset(diversion) if diversion is not None else None,
        conviction_only_if_withheld=conviction_only_if_withheld,
    )


def convicted(cite: str) -> Condition:
    return disposition_is(Disposition.CONVICTION, cite=cite)


def level_is(*levels: Level, cite: str) -> Condition:
    return LevelIs(cite=cite, levels=frozenset(levels))


def offense_in(*offense_ids: str, cite: str) -> Condition:
    return OffenseIn(cite=cite, offense_ids=frozenset(offense_ids))


def offense_not_in(*offense_ids: str, cite: str) -> Condition:
    return OffenseIn(cite=cite, offense_ids=frozenset(offense_ids), covers=False)


def offense_in_list(offenses: OffenseList, *, cite: str) -> Condition:
    """The charge was one of a list of offenses the statute names."""
    return OffenseIn(cite=cite, offense_ids=offenses.offense_ids, list_name=offenses.name)


def offense_not_in_list(
    offenses: OffenseList, *, cite: str, levels: tuple[Level, ...] | None = None, open_beyond_known: bool = False
) -> Condition:
    """The charge was not one of a list of offenses the statute names (an exclusion).

    ``levels``: the list holds only charges of these levels (e.g. felonies), so any other charge is off it.
    ``open_beyond_known``: the statute's list is longer than the offenses the module knows, so a charge whose law
    is not named stays an open question instead of being taken to be off the list.
    """
    return OffenseIn(
        cite=cite,
        offense_ids=offenses.offense_ids,
        covers=False,
        list_name=offenses.name,
        levels=frozenset(levels) if levels is not None else None,
        open_beyond_known=open_beyond_known,
    )


def trafficking_nexus(cite: str) -> Condition:
    return TraffickingNexus(cite=cite)


def _since(since: Event | tuple[Event, ...]) -> tuple[Event, tuple[Event, ...]]:
    if isinstance(since, Event):
        return since, ()
    return since[0], tuple(since[1:])


def waiting_period(
    *, since: Event | tuple[Event, ...], cite: str, years: int = 0, months: int = 0, days: int = 0
) -> Condition:
    """A wait from an event; given several events, from the later of them."""
    first, rest = _since(since)
    return WaitingPeriod(cite=cite, since=first, or_later=rest, years=years, months=months, days=days)


def _table(lengths: Mapping[Grade, int | Span] | Mapping[Level, int | Span] | Mapping[Class, int | Span]
           ) -> tuple[tuple[Class, Span], ...]:  # fmt: skip
    return tuple((c, length if isinstance(length, Span) else Span(years=length)) for c, length in lengths.items())


def waiting_period_by_grade(
    lengths: Mapping[Class, int | Span], *, since: Event | tuple[Event, ...], cite: str
) -> Condition:
    """A wait whose length (years, or a :func:`span`) depends on the grade or level of the charge."""
    first, rest = _since(since)
    return WaitByClass(cite=cite, since=first, or_later=rest, table=_table(lengths))


def waiting_period_by_level(
    years: Mapping[Level, int | Span], *, since: Event | tuple[Event, ...], cite: str
) -> Condition:
    first, rest = _since(since)
    return WaitByClass(cite=cite, since=first, or_later=rest, table=_table(years))


def limitations_period_run(lengths: Mapping[Class, int | Span], *, cite: str) -> Condition:
    """The time to prosecute, by grade or level, has run from the offense."""
    return LimitationsRun(cite=cite, since=Event.OFFENSE, table=_table(lengths))


def wait_by_outcome(rules_by_outcome: Mapping[Disposition, Condition], *, cite: str) -> Condition:
    """A requirement that depends on how the case ended, e.g. a shorter wait after a dismissal."""
    return ByOutcome(cite=cite, by_outcome=tuple(rules_by_outcome.items()))


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


def convictions_at_most(
    *, cite: str, total: int | None = None, felonies: int | None = None, adjudicated_only: bool = False
) -> Condition:
    return ConvictionLimit(cite=cite, total=total, felonies=felonies, adjudicated_only=adjudicated_only)


def no_later_conviction(cite: str) -> Condition:
    """A permanent bar on any later conviction, only where the statute says so."""
    return NoLaterConviction(cite=cite)


def _window(years: int | Mapping[Class, int], levels: tuple[Level, ...], since: Event | None, cite: str) -> Condition:
    if isinstance(years, int):
        return ConvictionFreeWindow(cite=cite, years=years, levels=frozenset(levels), since=since)
    return ConvictionFreeWindowByClass(cite=cite, table=tuple(years.items()), levels=frozenset(levels), since=since)


def no_conviction_within(
    *,
    years: int | Mapping[Class, int],
    cite: str,
    levels: tuple[Level, ...] = (Level.FELONY, Level.MISDEMEANOR, Level.VIOLATION),
) -> Condition:
    """No other conviction in the ``years`` before filing: a conviction inside only delays relief.

    ``years`` may follow the class of the charge at hand: ``{Level.MISDEMEANOR: 3, Level.FELONY: 5}``.
    """
    return _window(years, levels, None, cite)


def years_since_every_other_sentence(*, years: int, cite: str) -> Condition:
    """At least ``years`` since the sentence for every other conviction ended: with a wait from this charge's
    own sentence, this states "N years from the end of the most recent sentence on the record"."""
    return ConvictionFreeWindow(cite=cite, years=years, from_sentence_end=True)


def no_conviction_during_wait(
    *,
    years: int | Mapping[Class, int],
    since: Event,
    cite: str,
    levels: tuple[Level, ...] = (Level.FELONY, Level.MISDEMEANOR, Level.VIOLATION),
) -> Condition:
    """No other conviction in the ``years`` after ``since``: a conviction inside bars relief."""
    return _window(years, levels, since, cite)


def granted_only_once(cite: str) -> Condition:
    """Once in a lifetime, where any earlier sealing, expungement or set-aside counts."""
    return PriorRelief(cite=cite)


def granted_once_under_this_law(cite: str) -> Condition:
    """Once under this law only; an earlier grant of another kind leaves the answer open."""
    return PriorRelief(cite=cite, under_this_law_only=True)


def once_within(*, years: int, cite: str) -> Condition:
    return PriorRelief(cite=cite, within_years=years)


def age_at_offense_under(years: int, *, cite: str) -> Condition:
    return AgeAtOffenseUnder(cite=cite, years=years)


def custom(
    name: str, *, requirement: str, reads: tuple[Fact, ...], rule: Callable[[ChargeContext], Finding], cite: str
) -> Condition:
    return Custom(cite=cite, name=name, requirement=requirement, reads=reads, rule=rule)
