"""Three-valued findings: the one place where an unknown answer gets its meaning.

A condition is met, not met, unknown (an answer is missing), or met only from a
later date (a waiting period still running, a law not yet in force). The status of
a remedy is derived from its findings in :func:`status_of`, never in a state module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from rules.message import Message
from rules.vocabulary import Status


class Truth(Enum):
    MET = "met"
    LATER = "later"
    UNKNOWN = "unknown"
    NOT_MET = "not_met"


# The order reasons are shown in: why not first, then what is missing, then what is met.
TRUTH_RANK = {Truth.NOT_MET: 0, Truth.UNKNOWN: 1, Truth.LATER: 2, Truth.MET: 3}


@dataclass(frozen=True, slots=True)
class Finding:
    truth: Truth
    message: Message
    open_questions: tuple[str, ...] = ()
    # For LATER: the day the condition will be met. For a met waiting period: the day it ended.
    on: date | None = None


def met(text: Message, on: date | None = None) -> Finding:
    return Finding(Truth.MET, text, on=on)


def not_met(text: Message) -> Finding:
    return Finding(Truth.NOT_MET, text)


def unknown(text: Message, *open_questions: str) -> Finding:
    return Finding(Truth.UNKNOWN, text, open_questions=open_questions)


def later(text: Message, on: date) -> Finding:
    return Finding(Truth.LATER, text, on=on)


def status_of(findings: Sequence[Finding], automatic: bool) -> tuple[Status, date | None]:
    """Derive a remedy's status and date from the findings of all its conditions.

    Any unmet condition rules the remedy out. Otherwise any unknown answer leaves it
    only possible: an unknown never yields ``eligible``. Otherwise a condition met only
    later makes it ``eligible_later`` on the latest such day. Relief the law grants
    without a petition is ``automatic``, dated by the latest day a condition was met
    on, where one is known.
    """
    truths = {finding.truth for finding in findings}
    later_days = [f.on for f in findings if f.truth is Truth.LATER and f.on is not None]
    if Truth.NOT_MET in truths:
        return Status.NOT_ELIGIBLE, None
    if Truth.UNKNOWN in truths:
        return Status.POSSIBLY_ELIGIBLE, max(later_days, default=None)
    if later_days:
        return (Status.AUTOMATIC if automatic else Status.ELIGIBLE_LATER), max(later_days)
    if automatic:
        return Status.AUTOMATIC, max((f.on for f in findings if f.on is not None), default=None)
    return Status.ELIGIBLE, None
