"""Ohio remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import DiversionKind, Grade
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2023 = dict(
    offense="oh-rc-2907.25", disposition_date=date(2023, 5, 1), sentence_completed_date=date(2023, 11, 1)
)


def test_oh_rc_2953_36_expunges_prostitution_conviction_of_trafficking_victim():
    found = determination("OH", "oh-expungement-2953-38", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2023))
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_36_reaches_other_conviction_when_a_prostitution_conviction_is_listed():
    disorderly = charge(Category.QUALITY_OF_LIFE, offense="oh-rc-2917.11", trafficking_nexus=Answer.YES)
    found = determination("OH", "oh-expungement-2953-38", disorderly, charge(**PROSTITUTION_2023))
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_36_needs_a_prostitution_related_conviction():
    found = determination(
        "OH",
        "oh-expungement-2953-38",
        charge(Category.QUALITY_OF_LIFE, offense="oh-rc-2917.11", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_36_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("OH", "oh-expungement-2953-38", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2023))
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_36_is_possible_when_soliciting_charge_may_be_buying():
    found = determination("OH", "oh-expungement-2953-38", charge(Category.SOLICITATION, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_oh_rc_2953_36_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination("OH", "oh-expungement-2953-38", charge(**PROSTITUTION_2023))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_oh_rc_2953_521_expunges_dismissed_charge_of_trafficking_victim():
    found = determination(
        "OH", "oh-expungement-2953-521", charge(disposition=Disposition.DISMISSAL, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_521_does_not_reach_a_conviction():
    found = determination("OH", "oh-expungement-2953-521", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2023))
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_521_is_possible_when_trafficking_nexus_is_unsure():
    found = determination("OH", "oh-expungement-2953-521", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_oh_rc_2953_32_seals_misdemeanor_one_year_after_final_discharge():
    found = determination("OH", "oh-sealing-2953-32", charge(**PROSTITUTION_2023))
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_32_dates_the_sealing_wait_for_third_degree_promoting():
    found = determination(
        "OH",
        "oh-sealing-2953-32",
        charge(
            Category.PROMOTING,
            offense="oh-rc-2907.22",
            grade=Grade.FELONY_THIRD_DEGREE,
            sentence_completed_date=date(2025, 3, 15),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 3, 15)


def test_oh_rc_2953_32_seals_fourth_degree_felony_after_one_year():
    found = determination(
        "OH",
        "oh-sealing-2953-32",
        charge(
            Category.PROMOTING,
            offense="oh-rc-2907.22",
            grade=Grade.FELONY_FOURTH_DEGREE,
            sentence_completed_date=date(2026, 3, 15),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 15)


def test_oh_rc_2953_32_asks_the_degree_of_promoting():
    found = determination(
        "OH",
        "oh-sealing-2953-32",
        charge(Category.PROMOTING, offense="oh-rc-2907.22", sentence_completed_date=date(2025, 3, 15)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_oh_rc_2953_32_dates_six_months_for_a_minor_misdemeanor():
    found = determination(
        "OH",
        "oh-sealing-2953-32",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="oh-rc-2917.11",
            level=Level.VIOLATION,
            sentence_completed_date=date(2026, 9, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_oh_rc_2953_32_sealing_refuses_with_an_open_case():
    found = determination(
        "OH", "oh-sealing-2953-32", charge(**PROSTITUTION_2023), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_32_sealing_is_possible_for_a_felony_of_unknown_degree():
    found = determination(
        "OH", "oh-sealing-2953-32", charge(Category.OTHER, level=Level.FELONY, sentence_completed_date=date(2010, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert set(found.open_questions) == {"charges[0].offense", "charges[0].grade"}


def test_oh_rc_2953_32_sealing_does_not_reach_trafficking():
    assert not reaches("OH", "oh-sealing-2953-32", charge(Category.TRAFFICKING))


def test_oh_rc_2953_32_expunges_misdemeanor_after_one_year():
    found = determination("OH", "oh-expungement-2953-32", charge(**PROSTITUTION_2023))
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_32_expungement_of_fourth_degree_promoting_waits_eleven_years():
    found = determination(
        "OH",
        "oh-expungement-2953-32",
        charge(
            Category.PROMOTING,
            offense="oh-rc-2907.22",
            grade=Grade.FELONY_FOURTH_DEGREE,
            sentence_completed_date=date(2020, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2031, 6, 1)


def test_oh_rc_2953_32_expungement_of_third_degree_felony_waits_thirteen_years():
    found = determination(
        "OH",
        "oh-expungement-2953-32",
        charge(
            Category.PROMOTING,
            offense="oh-rc-2907.22",
            grade=Grade.FELONY_THIRD_DEGREE,
            sentence_completed_date=date(2020, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2033, 6, 1)


def test_oh_rc_2953_33_seals_charge_dismissed_after_pretrial_diversion():
    found = determination(
        "OH",
        "oh-sealing-2953-33",
        charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.PRETRIAL),
    )
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_32_expungement_refuses_a_dismissal():
    found = determination("OH", "oh-expungement-2953-32", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_32_expungement_is_possible_when_final_discharge_unknown():
    found = determination("OH", "oh-expungement-2953-32", charge(offense="oh-rc-2907.25"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_oh_rc_2953_33_seals_dismissed_charge():
    found = determination("OH", "oh-sealing-2953-33", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_33_does_not_reach_a_conviction():
    found = determination("OH", "oh-sealing-2953-33", charge(**PROSTITUTION_2023))
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_33_is_possible_when_open_case_unknown():
    found = determination(
        "OH",
        "oh-sealing-2953-33",
        charge(disposition=Disposition.ACQUITTAL),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_oh_rc_2953_36_a2_expunges_survivor_misdemeanor_without_prostitution_conviction():
    disorderly = charge(
        Category.QUALITY_OF_LIFE, offense="oh-rc-2917.11", level=Level.MISDEMEANOR, trafficking_nexus=Answer.YES
    )
    found = determination("OH", "oh-expungement-2953-36-a2", disorderly)
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_36_a2_does_not_reach_a_third_degree_felony():
    promoting = charge(
        Category.PROMOTING,
        offense="oh-rc-2907.22",
        level=Level.FELONY,
        grade=Grade.FELONY_THIRD_DEGREE,
        trafficking_nexus=Answer.YES,
    )
    found = determination("OH", "oh-expungement-2953-36-a2", promoting)
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_36_a2_asks_the_degree_of_a_felony():
    promoting = charge(Category.PROMOTING, offense="oh-rc-2907.22", level=Level.FELONY, trafficking_nexus=Answer.YES)
    found = determination("OH", "oh-expungement-2953-36-a2", promoting)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


THIRD_DEGREE_PROMOTING = dict(
    offense="oh-rc-2907.22", grade=Grade.FELONY_THIRD_DEGREE, sentence_completed_date=date(2018, 6, 1)
)


def test_oh_rc_2953_32_a1g_bars_third_degree_felony_with_two_other_felonies():
    others = (
        OtherConviction(date=date(2012, 1, 1), level=Level.FELONY, grade=Grade.FELONY_FIFTH_DEGREE),
        OtherConviction(date=date(2014, 1, 1), level=Level.FELONY, grade=Grade.FELONY_FOURTH_DEGREE),
    )
    found = determination(
        "OH",
        "oh-sealing-2953-32",
        charge(Category.PROMOTING, **THIRD_DEGREE_PROMOTING),
        person=clean_person(other_convictions=others),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_32_a1g_does_not_limit_fourth_degree_felony():
    others = tuple(
        OtherConviction(date=date(2010 + n, 1, 1), level=Level.FELONY, grade=Grade.FELONY_FIFTH_DEGREE)
        for n in range(3)
    )
    found = determination(
        "OH",
        "oh-expungement-2953-32",
        charge(
            Category.PROMOTING,
            offense="oh-rc-2907.22",
            grade=Grade.FELONY_FOURTH_DEGREE,
            sentence_completed_date=date(2014, 6, 1),
        ),
        person=clean_person(other_convictions=others),
    )
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_32_a1g_asks_the_degree_of_the_other_felony_when_two_third_degree_could_exceed_the_total():
    others = (
        OtherConviction(date=date(2012, 1, 1), level=Level.FELONY),
        *(OtherConviction(date=date(2013 + n, 1, 1), level=Level.MISDEMEANOR) for n in range(3)),
    )
    found = determination(
        "OH",
        "oh-sealing-2953-32",
        charge(Category.PROMOTING, **THIRD_DEGREE_PROMOTING),
        person=clean_person(other_convictions=others),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions[0].grade",)


def test_oh_rc_2953_33_a2_no_bill_stays_possible_once_two_years_have_passed():
    found = determination(
        "OH",
        "oh-sealing-2953-33",
        charge(disposition=Disposition.NO_CHARGES, declined_date=date(2023, 5, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_oh_rc_2953_33_a2_no_bill_dates_the_two_years_from_the_report():
    found = determination(
        "OH",
        "oh-sealing-2953-33",
        charge(disposition=Disposition.NO_CHARGES, declined_date=date(2025, 6, 15)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.eligible_on == date(2027, 6, 15)


def test_oh_rc_2953_33_a2_no_bill_is_never_over_before_two_years_from_the_arrest():
    found = determination(
        "OH",
        "oh-sealing-2953-33",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 1, 20)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.eligible_on == date(2028, 1, 20)


def test_oh_rc_2953_33_a2_no_bill_is_refused_while_a_case_is_open():
    found = determination(
        "OH",
        "oh-sealing-2953-33",
        charge(disposition=Disposition.NO_CHARGES, declined_date=date(2020, 5, 1)),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_521_does_not_name_a_no_bill():
    found = determination(
        "OH",
        "oh-expungement-2953-521",
        charge(disposition=Disposition.NO_CHARGES, declined_date=date(2020, 5, 1), trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_oh_rc_2953_33_a1_dismissal_has_no_two_year_wait():
    found = determination(
        "OH",
        "oh-sealing-2953-33",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2026, 10, 1), disposition_date=date(2026, 11, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_oh_rc_2953_32_a1e_refuses_a_second_degree_felony():
    felony = charge(
        Category.OTHER,
        level=Level.FELONY,
        grade=Grade.FELONY_SECOND_DEGREE,
        disposition_date=date(2005, 1, 10),
        sentence_completed_date=date(2008, 1, 10),
    )
    assert determination("OH", "oh-sealing-2953-32", felony).status is Status.NOT_ELIGIBLE
    assert determination("OH", "oh-expungement-2953-32", felony).status is Status.NOT_ELIGIBLE
