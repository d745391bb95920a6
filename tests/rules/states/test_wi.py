"""Wisconsin remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2015 = dict(
    offense="wi-stat-944.30",
    offense_date=date(2015, 5, 1),
    disposition_date=date(2015, 7, 1),
    sentence_completed_date=date(2016, 7, 1),
)


def test_wi_973_015_2m_vacates_prostitution_conviction_of_trafficking_survivor():
    found = determination("WI", "wi-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_wi_973_015_2m_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("WI", "wi-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_wi_973_015_2m_is_possible_when_trafficking_nexus_unsure():
    found = determination("WI", "wi-vacatur-trafficking", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_wi_973_015_2m_does_not_reach_patronizing_charges():
    assert not reaches("WI", "wi-vacatur-trafficking", charge(Category.SOLICITATION))


def test_wi_973_015_1m_can_be_asked_for_at_sentencing_by_person_under_25():
    found = determination(
        "WI",
        "wi-expungement-973-015-1m",
        charge(disposition=Disposition.PENDING, offense="wi-stat-944.30", offense_date=date(2026, 3, 1)),
        person=clean_person(birth_date=date(2004, 1, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_wi_973_015_1m_does_not_reach_person_25_or_older():
    found = determination(
        "WI",
        "wi-expungement-973-015-1m",
        charge(disposition=Disposition.PENDING, offense="wi-stat-944.30", offense_date=date(2026, 3, 1)),
        person=clean_person(birth_date=date(1990, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wi_973_015_1m_does_not_reach_keeping_a_place_of_prostitution():
    found = determination(
        "WI",
        "wi-expungement-973-015-1m",
        charge(
            Category.PROMOTING,
            disposition=Disposition.PENDING,
            offense="wi-stat-944.34",
            offense_date=date(2026, 3, 1),
        ),
        person=clean_person(birth_date=date(2004, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wi_973_015_1m_leaves_a_past_conviction_open():
    found = determination(
        "WI", "wi-expungement-973-015-1m", charge(**PROSTITUTION_2015), person=clean_person(birth_date=date(1995, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_wi_165_84_1_removes_arrest_without_charges():
    found = determination("WI", "wi-arrest-record-removal", charge(disposition=Disposition.NO_CHARGES))
    assert found.status is Status.ELIGIBLE


def test_wi_165_84_1_does_not_reach_a_conviction():
    found = determination("WI", "wi-arrest-record-removal", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_wi_165_84_1_is_possible_when_outcome_unknown():
    found = determination("WI", "wi-arrest-record-removal", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_wi_pardon_considers_felony_five_years_after_discharge():
    found = determination(
        "WI",
        "wi-pardon",
        charge(Category.PROMOTING, offense="wi-stat-944.32", sentence_completed_date=date(2018, 2, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_wi_pardon_dates_the_five_year_wait():
    found = determination(
        "WI",
        "wi-pardon",
        charge(Category.PROMOTING, offense="wi-stat-944.32", sentence_completed_date=date(2024, 2, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 2, 1)


def test_wi_pardon_does_not_reach_a_misdemeanor():
    found = determination("WI", "wi-pardon", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_wi_pardon_is_possible_when_level_unknown():
    found = determination("WI", "wi-pardon", charge(Category.OTHER, sentence_completed_date=date(2010, 1, 1)))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_wi_973_015_2m_does_not_reach_an_ordinance_forfeiture_for_prostitution():
    found = determination(
        "WI",
        "wi-vacatur-trafficking",
        charge(level=Level.VIOLATION, disposition_date=date(2019, 4, 1), trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wi_973_015_2m_reads_a_prostitution_misdemeanor_as_944_30():
    found = determination(
        "WI",
        "wi-vacatur-trafficking",
        charge(level=Level.MISDEMEANOR, disposition_date=date(2019, 4, 1), trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_wi_973_015_2m_asks_statute_or_ordinance_when_neither_is_known():
    found = determination(
        "WI", "wi-vacatur-trafficking", charge(disposition_date=date(2019, 4, 1), trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert set(found.open_questions) == {"charges[0].offense", "charges[0].level"}


def test_wi_973_015_1m_does_not_reach_a_civil_forfeiture():
    found = determination(
        "WI",
        "wi-expungement-973-015-1m",
        charge(
            Category.QUALITY_OF_LIFE,
            level=Level.VIOLATION,
            disposition=Disposition.PENDING,
            offense_date=date(2026, 6, 1),
        ),
        person=clean_person(birth_date=date(2005, 2, 1)),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.NOT_ELIGIBLE
