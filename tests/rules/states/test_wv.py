"""West Virginia remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2019 = dict(
    offense="wv-code-61-8-5-b",
    level=Level.MISDEMEANOR,
    disposition_date=date(2019, 2, 1),
    sentence_completed_date=date(2019, 8, 1),
)


def test_wv_61_14_9_vacates_prostitution_conviction_of_trafficking_survivor():
    found = determination("WV", "wv-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_wv_61_14_9_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("WV", "wv-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_wv_61_14_9_is_possible_when_trafficking_nexus_unsure():
    found = determination("WV", "wv-vacatur-trafficking", charge(**PROSTITUTION_2019))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_wv_61_14_9_does_not_reach_promoting_charges():
    assert not reaches("WV", "wv-vacatur-trafficking", charge(Category.PROMOTING))


def test_wv_61_11_26_expunges_single_misdemeanor_after_one_year():
    found = determination("WV", "wv-expungement-61-11-26", charge(**PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_wv_61_11_26_dates_the_one_year_wait():
    found = determination(
        "WV",
        "wv-expungement-61-11-26",
        charge(offense="wv-code-61-8-5-b", level=Level.MISDEMEANOR, sentence_completed_date=date(2026, 6, 30)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 30)


def test_wv_61_11_26_waits_two_years_after_the_last_of_several_misdemeanors():
    last = charge(
        Category.QUALITY_OF_LIFE,
        offense="wv-code-61-6-1b",
        disposition_date=date(2025, 9, 1),
        sentence_completed_date=date(2025, 9, 1),
    )
    found = determination("WV", "wv-expungement-61-11-26", charge(**PROSTITUTION_2019), last)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 9, 1)


def test_wv_61_11_26_refuses_with_open_case():
    found = determination(
        "WV", "wv-expungement-61-11-26", charge(**PROSTITUTION_2019), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wv_61_11_26_is_possible_when_level_unknown():
    found = determination(
        "WV", "wv-expungement-61-11-26", charge(offense="wv-code-61-8-5-b", sentence_completed_date=date(2019, 8, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_wv_61_11_25_expunges_dismissal_after_sixty_days():
    found = determination(
        "WV",
        "wv-expungement-61-11-25",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 10, 10)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 12, 9)


def test_wv_61_11_25_refuses_person_with_felony_conviction():
    felony = charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2010, 1, 1))
    found = determination(
        "WV",
        "wv-expungement-61-11-25",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2020, 1, 1)),
        felony,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wv_61_11_25_is_possible_when_other_conviction_level_unknown():
    other = charge(Category.OTHER, disposition_date=date(2010, 1, 1))
    found = determination(
        "WV",
        "wv-expungement-61-11-25",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2020, 1, 1)),
        other,
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].level",)


def test_wv_61_11_26_h_1_leaves_open_when_another_conviction_is_listed():
    found = determination(
        "WV",
        "wv-expungement-61-11-26",
        charge(**PROSTITUTION_2019),
        person=clean_person(other_convictions=(OtherConviction(date=date(2015, 5, 1), level=Level.MISDEMEANOR),)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


def test_wv_61_11_26_h_1_expunges_when_this_is_the_only_conviction():
    found = determination("WV", "wv-expungement-61-11-26", charge(**PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_wv_61_11_26_once_only_leaves_open_after_earlier_relief():
    found = determination(
        "WV", "wv-expungement-61-11-26", charge(**PROSTITUTION_2019), person=clean_person(prior_relief=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.prior_relief",)
