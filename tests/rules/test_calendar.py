"""Waiting-period arithmetic: leap days and month ends resolve to the later candidate day."""

from datetime import date

import pytest

from rules.calendar import add_period, years_between


@pytest.mark.parametrize(
    ("start", "years", "months", "expected"),
    [
        (date(2014, 6, 10), 10, 0, date(2024, 6, 10)),
        (date(2016, 2, 29), 1, 0, date(2017, 3, 1)),  # no 29 February in 2017
        (date(2016, 2, 29), 4, 0, date(2020, 2, 29)),  # leap year to leap year
        (date(2020, 1, 31), 0, 1, date(2020, 3, 1)),  # no 31 February
        (date(2020, 12, 31), 0, 2, date(2021, 3, 1)),
        (date(2020, 11, 30), 0, 3, date(2021, 3, 1)),  # no 30 February
        (date(9999, 1, 1), 3, 0, date(9999, 12, 31)),  # clamps at the last representable day
    ],
)
def test_add_period(start, years, months, expected):
    assert add_period(start, years=years, months=months) == expected


def test_years_between_counts_whole_years_around_birthdays():
    assert years_between(date(2000, 5, 2), date(2018, 5, 1)) == 17
    assert years_between(date(2000, 5, 2), date(2018, 5, 2)) == 18
    assert years_between(date(2000, 2, 29), date(2018, 2, 28)) == 17
