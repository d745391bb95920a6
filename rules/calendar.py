"""Date arithmetic for waiting periods.

A period of years ends on the same month and day in the later year. A period that
starts on 29 February ends on 1 March when the later year has no 29 February: the
later of the two candidate days, so the screener never says a wait is over before
every reading of the statute agrees it is. A period that would end past the last
representable day ends on that day.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def _shift(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if year > date.max.year:
        return date.max
    try:
        return date(year, month, start.day)
    except ValueError:  # no such day in that month (29-31): the period ends on the 1st after
        if (year, month) == (date.max.year, 12):
            return date.max
        return date(year + month // 12, month % 12 + 1, 1)


# Large enough for a bulk run's every start day with each wait its rules name (8,192 thrashed on a million rows).
@lru_cache(maxsize=1 << 15)
def add_period(start: date, years: int = 0, months: int = 0, days: int = 0) -> date:
    moved = _shift(start, years * 12 + months)
    if days and moved > date.max - timedelta(days=days):
        return date.max
    return moved + timedelta(days=days)


def years_between(earlier: date, later: date) -> int:
    """Whole years from ``earlier`` to ``later`` (a person's age on a date)."""
    years = later.year - earlier.year
    if (later.month, later.day) < (earlier.month, earlier.day):
        years -= 1
    return years
