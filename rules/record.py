"""Conditions about the person's record as a whole: how many convictions they have, whether one
came later or inside a window the statute names, and whether relief was granted before.

The record is what the person told us: the convicted charges screened and the other convictions
listed. The reasons say so, since a conviction left out would count too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from rules.calendar import add_period
from rules.condition import EVENT_WORDS, LEVEL_WORDS, NO_OFFENSES, ChargeContext, Condition, PastConviction
from rules.facts import Fact
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import Message, OneOf, msg
from rules.offense import Offense
from rules.vocabulary import Answer, Event, Grade, Level
from rules.waits import Class, class_words, lengths_for

EVERY_LEVEL = frozenset({Level.FELONY, Level.MISDEMEANOR, Level.VIOLATION})


@dataclass(frozen=True)
class ConvictionLimit(Condition):
    """Caps on the person's convictions, this one included.

    ``adjudicated_only`` leaves out convictions where adjudication was withheld (Florida's
    "never adjudicated guilty").
    """

    KEY = "conviction_limit"
    about_person = True

    total: int | None = None
    felonies: int | None = None
    adjudicated_only: bool = False

    @property
    def needs(self) -> tuple[Fact, ...]:
        withheld = (Fact.ADJUDICATION_WITHHELD,) if self.adjudicated_only else ()
        return (Fact.DISPOSITION, Fact.LEVEL, Fact.OTHER_CONVICTIONS, *withheld)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        if self.adjudicated_only:
            return msg("Convictions where you were adjudicated guilty allowed in all: at most {total}.",
                       total=self.total or 0)  # fmt: skip
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
        past = context.convictions.past
        unsure_withheld: list[str] = []
        if self.adjudicated_only:
            unsure_withheld = [
                p.path("adjudication_withheld") for p in past if p.adjudication_withheld is Answer.UNSURE
            ]
            past = tuple(p for p in past if p.adjudication_withheld is not Answer.YES)
        felonies = sum(p.level is Level.FELONY for p in past)
        counted = len(past) - len(unsure_withheld)
        if self.total is not None and counted > self.total:
            if self.adjudicated_only:
                return not_met(
                    lambda: msg(
                        "Convictions you listed where you were adjudicated guilty: {count}. The most this "
                        "allows: {total}.",
                        count=counted,
                        total=self.total,
                    )
                )
            return not_met(
                lambda: msg(
                    "Convictions you listed: {count}. The most this allows: {total}.", count=counted, total=self.total
                )
            )
        if self.total is not None and len(past) > self.total:
            return unknown(
                lambda: msg(
                    "This limits how many times you were adjudicated guilty, and for some listed convictions it "
                    "is not known whether adjudication was withheld."
                ),
                *unsure_withheld,
            )
        if self.felonies is not None:
            if felonies > self.felonies:
                return not_met(
                    lambda: msg(
                        "Felony convictions you listed: {count}. The most this allows: {felonies}.",
                        count=felonies,
                        felonies=self.felonies,
                    )
                )
            unsure = [p.path("level") for p in past if p.level is Level.UNKNOWN]
            if len(unsure) > self.felonies - felonies:
                return unknown(
                    lambda: msg(
                        "This limits how many felony convictions you can have ({felonies} at most), and the level "
                        "of some listed convictions is not known.",
                        felonies=self.felonies,
                    ),
                    *unsure,
                )
        return met(
            lambda: msg(
                "Counting the convictions you listed ({count}), you are within the limit. Convictions "
                "you did not list would count too.",
                count=len(past),
            )
        )


def _undated(convictions: tuple[PastConviction, ...]) -> list[str]:
    return [p.path("date") for p in convictions if p.day is None]


@dataclass(frozen=True)
class NoLaterConviction(Condition):
    """No conviction came after this one: a permanent bar, for statutes that say so."""

    KEY = "no_later_conviction"

    @property
    def needs(self) -> tuple[Fact, ...]:
        return (Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        return msg("No conviction since this one.")

    def evaluate(self, context: ChargeContext) -> Finding:
        others = context.convictions.besides(context.index)
        own = context.charge.disposition_date
        if others and own is None:
            return unknown(
                lambda: msg(
                    "This is not available if you were convicted of something after this case; "
                    "the date this case ended is not known."
                ),
                context.path(Fact.DISPOSITION_DATE),
            )
        if own is not None and any(p.day is not None and p.day > own for p in others):
            return not_met(lambda: msg("You listed a conviction that came after this one."))
        undated = _undated(others)
        if undated:
            return unknown(
                lambda: msg(
                    "This is not available if you were convicted of something after this case; "
                    "the date of another listed conviction is not known."
                ),
                *undated,
            )
        return met(lambda: msg("None of the convictions you listed came after this one."))


@dataclass(frozen=True)
class ConvictionFreeWindow(Condition):
    """No other conviction (of the named levels) inside a window of years.

    With ``since`` unset the window is the years before filing ("no conviction in the five years
    before the petition"): a conviction inside it only delays relief to the day the window is
    clear. With ``since`` set the window is the wait after that event ("no conviction during the
    waiting period"): a conviction inside it bars relief, as those statutes say.
    """

    KEY = "conviction_free_window"

    years: int
    levels: frozenset[Level] = EVERY_LEVEL
    since: Event | None = None
    # Count from the end of each other conviction's sentence rather than its date ("ten years from the most
    # recent conviction or the end of its sentence, whichever is later").
    from_sentence_end: bool = False

    @property
    def needs(self) -> tuple[Fact, ...]:
        own = (Fact.for_event(self.since),) if self.since is not None else ()
        ends = (Fact.SENTENCE_COMPLETED_DATE,) if self.from_sentence_end else ()
        return (Fact.DISPOSITION_DATE, Fact.LEVEL, Fact.OTHER_CONVICTIONS, *own, *ends)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        levels = OneOf(tuple(LEVEL_WORDS[lv] for lv in sorted(self.levels)))
        if self.from_sentence_end:
            return msg("At least {years} years since the sentence for any other conviction ended.", years=self.years)
        if self.since is None:
            if self.levels == EVERY_LEVEL:
                return msg("No conviction in the {years} years before you apply.", years=self.years)
            return msg("No conviction for {levels} in the {years} years before you apply.", levels=levels,
                       years=self.years)  # fmt: skip
        event = EVENT_WORDS[self.since]
        if self.levels == EVERY_LEVEL:
            return msg("No conviction in the {years} years after {event}.", years=self.years, event=event)
        return msg("No conviction for {levels} in the {years} years after {event}.", levels=levels, years=self.years,
                   event=event)  # fmt: skip

    def _counted(self, context: ChargeContext) -> tuple[tuple[PastConviction, ...], list[str]]:
        """The other convictions of the named levels, and the paths of those whose level is unknown."""
        counted: list[PastConviction] = []
        unsure: list[str] = []
        for p in context.convictions.besides(context.index):
            if p.level in self.levels or self.levels == EVERY_LEVEL:
                counted.append(p)
            elif p.level is Level.UNKNOWN and self.levels != EVERY_LEVEL:
                unsure.append(p.path("level"))
                counted.append(p)
        return tuple(counted), unsure

    def evaluate(self, context: ChargeContext) -> Finding:
        counted, unsure_levels = self._counted(context)
        undated = _undated(counted)
        if self.from_sentence_end:
            counted = tuple(p._replace(day=p.sentence_end) for p in counted)
            undated = [p.path("sentence_completed_date") for p in counted if p.day is None]
            if undated:
                return unknown(
                    lambda: msg(
                        "This counts from the end of the sentence for each other conviction; one of those "
                        "dates is not known."
                    ),
                    *undated,
                )
        if self.since is None:
            return self._before_filing(context, counted, undated, unsure_levels)
        return self._during_wait(context, counted, undated, unsure_levels)

    def _before_filing(
        self, context: ChargeContext, counted: tuple[PastConviction, ...], undated: list[str], unsure: list[str]
    ) -> Finding:
        if undated:
            return unknown(
                lambda: msg(
                    "This counts convictions in the {years} years before you apply; the date of another "
                    "listed conviction is not known.",
                    years=self.years,
                ),
                *undated,
            )
        as_of = context.facts.as_of
        inside = [p for p in counted if p.day is not None and add_period(p.day, years=self.years) > as_of]
        if not inside:
            clear_on = max((add_period(p.day, years=self.years) for p in counted if p.day is not None), default=None)
            return met(
                lambda: msg(
                    "None of the convictions you listed falls in the {years} years before now. Convictions you did "
                    "not list would count too.",
                    years=self.years,
                ),
                on=clear_on,
            )
        if all(p.level is Level.UNKNOWN for p in inside) and unsure:
            return unknown(
                lambda: msg(
                    "A conviction you listed in the last {years} years may count; its level is not known.",
                    years=self.years,
                ),
                *(p.path("level") for p in inside),
            )
        clear_on = max(add_period(p.day, years=self.years) for p in inside if p.day is not None)
        return later(
            lambda: msg(
                "You listed a conviction in the last {years} years; the window is clear on {day}.",
                years=self.years,
                day=clear_on,
            ),
            on=clear_on,
        )

    def _during_wait(
        self, context: ChargeContext, counted: tuple[PastConviction, ...], undated: list[str], unsure: list[str]
    ) -> Finding:
        since = self.since or Event.DISPOSITION
        start = context.charge.date_of(since)
        if start is None:
            if not counted:
                return met(lambda: msg("You listed no other conviction. Convictions you did not list would count too."))
            return unknown(
                lambda: msg("This counts from {event}, which has not been given.", event=EVENT_WORDS[since]),
                context.path(Fact.for_event(since)),
            )
        end = add_period(start, years=self.years)
        inside = [p for p in counted if p.day is not None and start < p.day <= end]
        if any(p.level is not Level.UNKNOWN or self.levels == EVERY_LEVEL for p in inside):
            return not_met(
                lambda: msg(
                    "You listed a conviction within {years} years after {event}, which rules this out.",
                    years=self.years,
                    event=EVENT_WORDS[since],
                )
            )
        open_paths = undated + [p.path("level") for p in inside]
        if open_paths:
            return unknown(
                lambda: msg(
                    "A conviction in the {years} years after {event} rules this out; a listed "
                    "conviction's date or level is not known.",
                    years=self.years,
                    event=EVENT_WORDS[since],
                ),
                *open_paths,
            )
        return met(
            lambda: msg(
                "None of the convictions you listed falls in the {years} years after {event}. Convictions you "
                "did not list would count too.",
                years=self.years,
                event=EVENT_WORDS[since],
            )
        )


@dataclass(frozen=True)
class PriorRelief(Condition):
    """Relief the law grants once in a lifetime, or once in a period of years."""

    KEY = "prior_relief"
    about_person = True

    within_years: int | None = None
    # Once under this law only: earlier relief under another law does not count. The screening does
    # not ask which law granted earlier relief, so a "yes" leaves this open rather than ruling it out.
    under_this_law_only: bool = False

    @property
    def needs(self) -> tuple[Fact, ...]:
        dated = (Fact.PRIOR_RELIEF_DATE,) if self.within_years else ()
        return (Fact.PRIOR_RELIEF, *dated)

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        if self.under_this_law_only:
            return msg("This can be granted only once under this law.")
        if self.within_years is None:
            return msg("This can be granted only once: not if a court has sealed, expunged or set aside a record of "
                       "yours before.")  # fmt: skip
        return msg("This can be granted once in {years} years.", years=self.within_years)

    def evaluate(self, context: ChargeContext) -> Finding:
        person = context.facts.person
        if person.prior_relief is Answer.NO:
            return met(lambda: msg("No court has granted you this kind of relief before."))
        if person.prior_relief is Answer.UNSURE:
            return unknown(
                lambda: msg(
                    "This can be granted only a limited number of times; whether a court has sealed, "
                    "expunged or set aside a record of yours before is not known."
                ),
                Fact.PRIOR_RELIEF.value,
            )
        if self.under_this_law_only:
            return unknown(
                lambda: msg(
                    "This can be granted only once under this law. A court has granted you relief before; "
                    "if it was under this same law, this is not available again."
                ),
                Fact.PRIOR_RELIEF.value,
            )
        if self.within_years is None:
            return not_met(
                lambda: msg("A court has granted you this kind of relief before, and it can be granted only once.")
            )
        granted = person.prior_relief_date
        if granted is None:
            return unknown(
                lambda: msg(
                    "This can be granted once in {years} years; the date of the earlier relief is not known.",
                    years=self.within_years,
                ),
                Fact.PRIOR_RELIEF_DATE.value,
            )
        again: date = add_period(granted, years=self.within_years)
        if again <= context.facts.as_of:
            return met(
                lambda: msg("The earlier relief was more than {years} years ago.", years=self.within_years), on=again
            )
        return later(
            lambda: msg("Relief was granted on {day}; it can be granted again from {again}.", day=granted, again=again),
            on=again,
        )


@dataclass(frozen=True)
class ConvictionFreeWindowByClass(Condition):
    """A conviction-free window whose length follows the class of the charge at hand (3 years for a
    misdemeanor, 5 for a felony). Where the class is not known, the answer holds only if every
    length the class could give agrees."""

    KEY = "conviction_free_window"

    table: tuple[tuple[Class, int], ...]
    levels: frozenset[Level] = EVERY_LEVEL
    since: Event | None = None

    @property
    def needs(self) -> tuple[Fact, ...]:
        grades = (Fact.GRADE,) if any(isinstance(c, Grade) for c, _ in self.table) else ()
        return (*self._window(self.table[0][1]).needs, *grades)

    @cached_property
    def _windows(self) -> dict[int, ConvictionFreeWindow]:
        return {}

    def _window(self, years: int) -> ConvictionFreeWindow:
        """The window of one length, made once per length (building the condition cost more than evaluating it)."""
        window = self._windows.get(years)
        if window is None:
            window = self._windows[years] = ConvictionFreeWindow(
                cite=self.cite, years=years, levels=self.levels, since=self.since
            )
        return window

    @cached_property
    def _options_by_class(self) -> dict[tuple[Grade | None, Level], tuple[int | None, ...]]:
        return {}

    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        lengths = tuple(msg("{years} years for {grade}", years=years, grade=class_words(c)) for c, years in self.table)
        if self.since is None:
            return msg("No conviction in the years before you apply: {lengths}.", lengths=lengths)
        return msg("No conviction in the years after {event}: {lengths}.", event=EVENT_WORDS[self.since],
                   lengths=lengths)  # fmt: skip

    def evaluate(self, context: ChargeContext) -> Finding:
        charge = context.charge
        known = (charge.grade, charge.level)
        options = self._options_by_class.get(known)
        if options is None:  # the lengths follow from the grade and level alone: worked out once per pair
            options = self._options_by_class[known] = lengths_for(charge, self.table)
        findings = [self._window(years).evaluate(context) for years in options if years is not None]
        if len(options) == 1 and findings:
            return findings[0]
        if (
            None not in options
            and findings
            and all((f.truth, f.on) == (findings[0].truth, findings[0].on) for f in findings)
        ):
            return findings[0]
        if not findings:
            return not_met(
                lambda: msg("This covers only {wanted}.", wanted=OneOf(tuple(class_words(c) for c, _ in self.table)))
            )
        question = context.path(Fact.GRADE if charge.level is not Level.UNKNOWN else Fact.LEVEL)
        return unknown(
            lambda: msg(
                "How long you must have had no conviction depends on the class of the charge, which is not known."
            ),
            question,
            *(q for f in findings for q in f.open_questions),
        )
