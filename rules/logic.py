"""Three-valued findings: the one place where an unknown answer gets its meaning.

A condition is met, not met, unknown (an answer is missing), or met only from a
later date (a waiting period still running, a law not yet in force). The status of
a remedy is derived from its findings in :func:`status_of`, never in a state module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import NamedTuple

from rules.message import Message
from rules.vocabulary import Status


class Truth(Enum):
    __hash__ = object.__hash__  # members are compared by identity; hash them the same way, in C

    MET = "met"
    LATER = "later"
    UNKNOWN = "unknown"
    NOT_MET = "not_met"


# Each member under a plain name, for the functions below and the hot paths of the conditions: on Python 3.11,
# reading a member off its Enum class (``Truth.MET``) goes through the slot ``EnumType.__getattr__`` installs,
# about 70 ns and 900 machine instructions a read, and a bulk run reads these tens of times a charge.
MET, LATER, UNKNOWN, NOT_MET = Truth.MET, Truth.LATER, Truth.UNKNOWN, Truth.NOT_MET
_NOT_ELIGIBLE, _POSSIBLY = Status.NOT_ELIGIBLE, Status.POSSIBLY_ELIGIBLE
_AUTOMATIC, _ELIGIBLE_LATER, _ELIGIBLE = Status.AUTOMATIC, Status.ELIGIBLE_LATER, Status.ELIGIBLE

# A reason, or a function that builds it when it is read. The shared conditions give the function: a bulk run
# reads the truth, date and open questions of millions of findings and never a reason. Measured on 20,000
# synthetic charges (app/bulk/verdicts.py's path, CPU time, best of 4 interleaved runs): 46.8 µs a charge
# against 50.3 µs with every reason built.
Text = Message | Callable[[], Message]


class Finding(NamedTuple):
    """What one condition found for one charge (a named tuple: many are made per screening)."""

    truth: Truth
    text: Text
    open_questions: tuple[str, ...] = ()
    # For LATER: the day the condition will be met. For a met waiting period: the day it ended.
    on: date | None = None

    @property
    def message(self) -> Message:
        """The reason, in words."""
        text = self.text
        return text if isinstance(text, Message) else text()


# The constructors below build the tuple in one step: millions of findings are made in a bulk run, and a named
# tuple's own ``__new__`` is a Python function with keyword defaults.
_new = tuple.__new__


def met(text: Text, on: date | None = None) -> Finding:
    return _new(Finding, (MET, text, (), on))


def not_met(text: Text) -> Finding:
    return _new(Finding, (NOT_MET, text, (), None))


def unknown(text: Text, *open_questions: str) -> Finding:
    return _new(Finding, (UNKNOWN, text, open_questions, None))


def later(text: Text, on: date) -> Finding:
    return _new(Finding, (LATER, text, (), on))


def status_of(findings: Sequence[Finding], automatic: bool) -> tuple[Status, date | None]:
    """Derive a remedy's status and date from the findings of all its conditions.

    Any unmet condition rules the remedy out. Otherwise any unknown answer leaves it
    only possible: an unknown never yields ``eligible``. Otherwise a condition met only
    later makes it ``eligible_later`` on the latest such day. Relief the law grants
    without a petition is ``automatic``, dated by the latest day a condition was met
    on, where one is known.
    """
    unknown_answer = False
    # The latest day among the LATER findings, and among the met ones (kept as two days, not lists: a bulk run
    # derives millions of statuses).
    latest_later: date | None = None
    latest_met: date | None = None
    for finding in findings:
        truth = finding.truth
        if truth is NOT_MET:
            return _NOT_ELIGIBLE, None
        if truth is UNKNOWN:
            unknown_answer = True
            continue
        on = finding.on
        if on is None:
            continue
        if truth is LATER:
            if latest_later is None or on > latest_later:
                latest_later = on
        elif latest_met is None or on > latest_met:
            latest_met = on
    if unknown_answer:
        return _POSSIBLY, latest_later
    if latest_later is not None:
        return (_AUTOMATIC if automatic else _ELIGIBLE_LATER), latest_later
    if automatic:
        return _AUTOMATIC, latest_met
    return _ELIGIBLE, None
