"""South Carolina remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2020 = dict(offense="sc-cl-16-15-90", disposition_date=date(2020, 8, 3))


def test_sc_17_1_40_expunges_dismissed_charge():
    found = determination("SC", "sc-expungement-non-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_sc_17_1_40_does_not_reach_conviction():
    found = determination("SC", "sc-expungement-non-conviction", charge(**PROSTITUTION_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_sc_17_1_40_is_possible_when_outcome_unknown():
    found = determination("SC", "sc-expungement-non-conviction", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_sc_17_22_150_expunges_after_pretrial_intervention():
    found = determination("SC", "sc-expungement-pti", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.ELIGIBLE


def test_sc_17_22_150_does_not_reach_conviction():
    found = determination("SC", "sc-expungement-pti", charge(**PROSTITUTION_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_sc_17_22_150_is_possible_when_outcome_unknown():
    found = determination("SC", "sc-expungement-pti", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_sc_22_5_910_a_expunges_first_prostitution_conviction_after_three_years():
    found = determination("SC", "sc-expungement-first-offense", charge(**PROSTITUTION_2020))
    assert found.status is Status.ELIGIBLE


def test_sc_22_5_910_a_dates_the_three_year_wait():
    found = determination(
        "SC",
        "sc-expungement-first-offense",
        charge(Category.SOLICITATION, offense="sc-cl-16-15-90-solicitation", disposition_date=date(2025, 1, 20)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 20)


def test_sc_16_15_110_refuses_a_second_prostitution_offense():
    found = determination(
        "SC",
        "sc-expungement-first-offense",
        charge(**PROSTITUTION_2020),
        charge(offense="sc-cl-16-15-90", disposition_date=date(2015, 1, 10)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_sc_22_5_910_c_refuses_a_conviction_within_three_years():
    found = determination(
        "SC",
        "sc-expungement-first-offense",
        charge(**PROSTITUTION_2020),
        charge(Category.QUALITY_OF_LIFE, offense="sc-cl-16-17-530", disposition_date=date(2021, 8, 3)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_sc_22_5_910_c_allows_a_conviction_after_the_three_years():
    found = determination(
        "SC",
        "sc-expungement-first-offense",
        charge(**PROSTITUTION_2020),
        charge(Category.QUALITY_OF_LIFE, offense="sc-cl-16-17-530", disposition_date=date(2024, 8, 3)),
    )
    assert found.status is Status.ELIGIBLE


def test_sc_22_5_910_a_is_possible_when_conviction_date_unknown():
    found = determination("SC", "sc-expungement-first-offense", charge(offense="sc-cl-16-15-90"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_sc_22_5_910_f_leaves_an_open_case_open_because_one_pending_over_five_years_does_not_bar():
    found = determination(
        "SC", "sc-expungement-first-offense", charge(**PROSTITUTION_2020), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_sc_22_5_910_f_open_case_does_not_save_a_conviction_within_three_years():
    found = determination(
        "SC",
        "sc-expungement-first-offense",
        charge(**PROSTITUTION_2020),
        charge(Category.QUALITY_OF_LIFE, offense="sc-cl-16-17-530", disposition_date=date(2021, 8, 3)),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_sc_22_5_910_f_is_possible_when_pending_case_unknown():
    found = determination(
        "SC",
        "sc-expungement-first-offense",
        charge(**PROSTITUTION_2020),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_sc_16_3_2020_s142_expunges_conviction_of_trafficking_victim():
    found = determination("SC", "sc-expungement-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2020))
    assert found.status is Status.ELIGIBLE


def test_sc_16_3_2020_s142_needs_the_trafficking_link():
    found = determination("SC", "sc-expungement-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_sc_16_3_2020_s142_leaves_unnamed_offense_open():
    found = determination(
        "SC",
        "sc-expungement-trafficking",
        charge(Category.OTHER, trafficking_nexus=Answer.YES, disposition_date=date(2020, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_sc_16_3_2020_f_leaves_a_felony_of_unknown_class_open():
    found = determination(
        "SC",
        "sc-expungement-trafficking",
        charge(Category.OTHER, level=Level.FELONY, trafficking_nexus=Answer.YES, disposition_date=date(2020, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_sc_22_5_910_e_same_day_convictions_count_as_one():
    first = charge(offense="sc-cl-16-15-90", level=Level.MISDEMEANOR, disposition_date=date(2021, 3, 1))
    same_day = charge(
        Category.QUALITY_OF_LIFE, offense="sc-cl-16-17-530", level=Level.MISDEMEANOR, disposition_date=date(2021, 3, 1)
    )
    found = determination("SC", "sc-expungement-first-offense", first, same_day)
    assert found.status is Status.ELIGIBLE


def test_sc_22_5_910_c_out_of_state_conviction_in_window_bars():
    person = clean_person(other_convictions=(OtherConviction(date=date(2019, 11, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "SC",
        "sc-expungement-first-offense",
        charge(offense="sc-cl-16-15-90", level=Level.MISDEMEANOR, disposition_date=date(2018, 2, 1)),
        person=person,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_sc_17_1_40_expunges_acquittal_of_any_offense():
    found = determination(
        "SC",
        "sc-expungement-non-conviction",
        charge(Category.TRAFFICKING, disposition=Disposition.ACQUITTAL, offense="sc-cl-16-3-2020"),
    )
    assert found.status is Status.ELIGIBLE


def test_sc_16_3_2020_f_no_record_bar_for_survivors():
    person = clean_person(other_convictions=(OtherConviction(date=date(2024, 1, 1), level=Level.FELONY),))
    found = determination(
        "SC",
        "sc-expungement-trafficking",
        charge(offense="sc-cl-16-15-90", disposition_date=date(2020, 5, 1), trafficking_nexus=Answer.YES),
        person=person,
    )
    assert found.status is Status.ELIGIBLE
