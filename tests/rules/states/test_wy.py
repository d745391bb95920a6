"""Wyoming remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2017 = dict(
    offense="wy-stat-6-4-101",
    disposition_date=date(2017, 3, 1),
    sentence_completed_date=date(2018, 3, 1),
)


def test_wy_6_2_708_vacates_any_conviction_of_trafficking_survivor():
    found = determination("WY", "wy-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2017))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_wy_6_2_708_reaches_other_offenses_too():
    found = determination("WY", "wy-vacatur-trafficking", charge(Category.OTHER, trafficking_nexus=Answer.YES))
    assert found.status is Status.ELIGIBLE


def test_wy_6_2_708_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("WY", "wy-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2017))
    assert found.status is Status.NOT_ELIGIBLE


def test_wy_6_2_708_is_possible_when_trafficking_nexus_unsure():
    found = determination("WY", "wy-vacatur-trafficking", charge(**PROSTITUTION_2017))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_wy_7_13_1401_a_expunges_dismissal_after_180_days():
    found = determination(
        "WY",
        "wy-expungement-7-13-1401",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 9, 15)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 14)


def test_wy_7_13_1401_a_counts_180_days_from_an_arrest_without_charges():
    found = determination(
        "WY",
        "wy-expungement-7-13-1401",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 9, 15)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 14)


def test_wy_7_13_1401_does_not_reach_deferred_sentence():
    found = determination(
        "WY",
        "wy-expungement-7-13-1401",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            disposition_date=date(2020, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wy_7_13_1401_leaves_open_a_pretrial_diversion_that_may_be_a_7_13_301_deferral():
    found = determination(
        "WY",
        "wy-expungement-7-13-1401",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            offense_date=date(2019, 6, 1),
            disposition_date=date(2020, 1, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_wy_7_13_1401_is_possible_when_open_case_unknown():
    found = determination(
        "WY",
        "wy-expungement-7-13-1401",
        charge(disposition=Disposition.ACQUITTAL, offense_date=date(2019, 6, 1), disposition_date=date(2020, 1, 1)),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_wy_7_13_1501_expunges_misdemeanor_five_years_after_sentence():
    found = determination("WY", "wy-expungement-7-13-1501", charge(**PROSTITUTION_2017))
    assert found.status is Status.ELIGIBLE


def test_wy_7_13_1501_dates_the_five_year_wait():
    found = determination(
        "WY",
        "wy-expungement-7-13-1501",
        charge(offense="wy-stat-6-4-101", sentence_completed_date=date(2023, 10, 2)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 10, 2)


def test_wy_7_13_1501_does_not_reach_a_felony():
    found = determination(
        "WY",
        "wy-expungement-7-13-1501",
        charge(
            Category.PROMOTING, offense="wy-stat-6-4-103", level=Level.FELONY, sentence_completed_date=date(2000, 1, 1)
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wy_7_13_1501_is_possible_when_promoting_level_unknown():
    found = determination(
        "WY",
        "wy-expungement-7-13-1501",
        charge(Category.PROMOTING, offense="wy-stat-6-4-103", sentence_completed_date=date(2000, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_wy_7_13_1502_expunges_single_felony_after_ten_years():
    found = determination(
        "WY",
        "wy-expungement-7-13-1502",
        charge(
            Category.PROMOTING, offense="wy-stat-6-4-103", level=Level.FELONY, sentence_completed_date=date(2012, 5, 5)
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_wy_7_13_1502_refuses_a_second_felony():
    felony = dict(level=Level.FELONY, sentence_completed_date=date(2012, 5, 5))
    found = determination(
        "WY",
        "wy-expungement-7-13-1502",
        charge(Category.PROMOTING, offense="wy-stat-6-4-103", **felony),
        charge(Category.OTHER, **felony),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wy_7_13_1502_is_possible_when_other_conviction_level_unknown():
    found = determination(
        "WY",
        "wy-expungement-7-13-1502",
        charge(
            Category.PROMOTING, offense="wy-stat-6-4-103", level=Level.FELONY, sentence_completed_date=date(2012, 5, 5)
        ),
        charge(Category.OTHER),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].level",)


def test_wy_7_13_1502_does_not_reach_trafficking_charges():
    assert not reaches("WY", "wy-expungement-7-13-1502", charge(Category.TRAFFICKING))


def test_wy_7_13_1501_k_earlier_expungement_leaves_misdemeanor_expungement_open():
    found = determination(
        "WY", "wy-expungement-7-13-1501", charge(**PROSTITUTION_2017), person=clean_person(prior_relief=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.prior_relief",)


FELONY_PROMOTING = dict(offense="wy-stat-6-4-103", level=Level.FELONY, sentence_completed_date=date(2012, 5, 5))


def test_wy_7_13_1501_a_i_does_not_refuse_someone_serving_a_sentence_in_another_case():
    found = determination(
        "WY",
        "wy-expungement-7-13-1501",
        charge(level=Level.MISDEMEANOR, **PROSTITUTION_2017),
        person=clean_person(under_sentence=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_wy_7_13_1502_a_ii_refuses_after_a_guilty_plea_to_another_felony_later_deferred():
    found = determination(
        "WY",
        "wy-expungement-7-13-1502",
        charge(Category.PROMOTING, **FELONY_PROMOTING),
        charge(
            Category.OTHER,
            level=Level.FELONY,
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wy_7_13_1502_a_ii_asks_what_kind_of_other_felony_diversion_it_was():
    found = determination(
        "WY",
        "wy-expungement-7-13-1502",
        charge(Category.PROMOTING, **FELONY_PROMOTING),
        charge(Category.OTHER, level=Level.FELONY, disposition=Disposition.DIVERSION_COMPLETED),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].diversion_kind",)


def test_wy_7_13_1502_a_ii_does_not_count_a_felony_pretrial_diversion_without_a_plea():
    found = determination(
        "WY",
        "wy-expungement-7-13-1502",
        charge(Category.PROMOTING, **FELONY_PROMOTING),
        charge(
            Category.OTHER,
            level=Level.FELONY,
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
        ),
    )
    assert found.status is Status.ELIGIBLE
