"""Kentucky remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, determination

PROSTITUTION_2019 = dict(
    offense="ky-krs-529.020", disposition_date=date(2019, 4, 1), sentence_completed_date=date(2019, 10, 1)
)


def test_ky_krs_529_160_expunges_prostitution_conviction_of_trafficking_victim():
    found = determination("KY", "ky-expungement-529-160", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_ky_krs_529_160_waits_sixty_days_after_judgment():
    found = determination(
        "KY",
        "ky-expungement-529-160",
        charge(offense="ky-krs-529.020", trafficking_nexus=Answer.YES, disposition_date=date(2026, 11, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 12, 31)


def test_ky_krs_529_160_needs_trafficking_nexus():
    found = determination("KY", "ky-expungement-529-160", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_ky_krs_529_160_is_possible_when_violence_cannot_be_ruled_out():
    found = determination(
        "KY",
        "ky-expungement-529-160",
        charge(Category.OTHER, trafficking_nexus=Answer.YES, disposition_date=date(2020, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ky_krs_431_076_expunges_acquittal_after_sixty_days():
    found = determination(
        "KY", "ky-expungement-431-076", charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2026, 10, 1))
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 11, 30)


def test_ky_krs_431_076_dismissed_felony_waits_three_years():
    found = determination(
        "KY",
        "ky-expungement-431-076",
        charge(
            Category.PROMOTING,
            offense="ky-krs-529.040",
            disposition=Disposition.DISMISSAL,
            disposition_date=date(2025, 2, 1),
        ),
    )
    assert found.eligible_on == date(2028, 2, 1)


def test_ky_krs_431_076_does_not_reach_conviction():
    found = determination("KY", "ky-expungement-431-076", charge(**PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_ky_krs_431_076_is_possible_when_dismissal_level_unknown():
    found = determination(
        "KY",
        "ky-expungement-431-076",
        charge(Category.QUALITY_OF_LIFE, disposition=Disposition.DISMISSAL, disposition_date=date(2024, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_ky_krs_431_078_expunges_misdemeanor_five_years_after_sentence():
    found = determination("KY", "ky-expungement-431-078", charge(**PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_ky_krs_431_078_dates_the_wait():
    found = determination(
        "KY",
        "ky-expungement-431-078",
        charge(offense="ky-krs-529.020", disposition_date=date(2023, 1, 1), sentence_completed_date=date(2023, 7, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 7, 1)


def test_ky_krs_431_078_does_not_reach_felony():
    found = determination(
        "KY",
        "ky-expungement-431-078",
        charge(Category.PROMOTING, offense="ky-krs-529.030", sentence_completed_date=date(2010, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ky_krs_431_078_is_possible_when_level_unknown():
    found = determination(
        "KY",
        "ky-expungement-431-078",
        charge(
            Category.LEWDNESS,
            level=Level.UNKNOWN,
            disposition_date=date(2010, 1, 1),
            sentence_completed_date=date(2010, 1, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_ky_krs_431_076_is_possible_when_outcome_unknown():
    found = determination("KY", "ky-expungement-431-076", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)
