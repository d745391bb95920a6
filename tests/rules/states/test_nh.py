"""New Hampshire remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2018 = dict(
    offense="nh-rsa-645-2-sell",
    level=Level.MISDEMEANOR,
    disposition_date=date(2018, 5, 1),
    sentence_completed_date=date(2018, 11, 1),
)


def test_nh_rsa_633_7_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("NH", "nh-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_nh_rsa_633_7_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("NH", "nh-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_nh_rsa_633_7_is_possible_when_trafficking_nexus_is_unsure():
    found = determination("NH", "nh-vacatur-trafficking", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_nh_rsa_633_7_leaves_other_offenses_open():
    found = determination(
        "NH", "nh-vacatur-trafficking", charge(Category.QUALITY_OF_LIFE, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nh_rsa_633_7_vacatur_waits_for_2023():
    found = determination(
        "NH",
        "nh-vacatur-trafficking",
        charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018),
        as_of=date(2022, 6, 1),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2023, 1, 1)


def test_nh_rsa_651_5_iii_annuls_misdemeanor_three_years_after_sentence():
    found = determination("NH", "nh-annulment-651-5-conviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE


def test_nh_rsa_651_5_iii_dates_the_end_of_the_wait():
    recent = dict(PROSTITUTION_2018, sentence_completed_date=date(2025, 4, 30))
    found = determination("NH", "nh-annulment-651-5-conviction", charge(**recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 4, 30)


def test_nh_rsa_651_5_iii_refuses_after_a_later_conviction():
    later_one = charge(**dict(PROSTITUTION_2018, disposition_date=date(2020, 2, 2)))
    found = determination("NH", "nh-annulment-651-5-conviction", charge(**PROSTITUTION_2018), later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_nh_rsa_651_5_iii_does_not_reach_trafficking():
    assert not reaches("NH", "nh-annulment-651-5-conviction", charge(Category.TRAFFICKING))


def test_nh_rsa_651_5_iii_is_possible_when_open_case_unknown():
    found = determination(
        "NH",
        "nh-annulment-651-5-conviction",
        charge(**PROSTITUTION_2018),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_nh_rsa_651_5_ii_annuls_old_dismissal_on_petition():
    found = determination(
        "NH",
        "nh-annulment-651-5-non-conviction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2015, 1, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_nh_rsa_651_5_ii_petition_is_not_needed_for_a_2020_dismissal():
    found = determination(
        "NH",
        "nh-annulment-651-5-non-conviction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2020, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nh_rsa_651_5_ii_is_possible_when_dismissal_date_unknown():
    found = determination("NH", "nh-annulment-651-5-non-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_nh_rsa_651_5_ii_a_annuls_recent_dismissal_thirty_days_later():
    found = determination(
        "NH",
        "nh-annulment-651-5-automatic",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2026, 11, 10)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 12, 10)


def test_nh_rsa_651_5_ii_a_does_not_reach_a_conviction():
    found = determination("NH", "nh-annulment-651-5-automatic", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_nh_rsa_651_5_ii_a_is_possible_when_dismissal_date_unknown():
    found = determination("NH", "nh-annulment-651-5-automatic", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_nh_rsa_651_5_iii_ignores_a_conviction_after_the_conviction_free_period():
    person = clean_person(other_convictions=(OtherConviction(date=date(2020, 6, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "NH",
        "nh-annulment-651-5-conviction",
        charge(level=Level.MISDEMEANOR, disposition_date=date(2009, 3, 1), sentence_completed_date=date(2010, 3, 1)),
        person=person,
    )
    assert found.status is Status.ELIGIBLE


def test_nh_rsa_651_5_iii_d_class_b_felony_waits_five_years():
    found = determination(
        "NH",
        "nh-annulment-651-5-conviction",
        charge(
            category=Category.PROMOTING,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_B,
            disposition_date=date(2020, 1, 1),
            sentence_completed_date=date(2022, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_nh_rsa_651_5_ii_a_annuls_a_later_case_not_prosecuted():
    found = determination(
        "NH",
        "nh-annulment-651-5-automatic",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2021, 5, 1)),
    )
    assert found.status is Status.AUTOMATIC


def test_nh_rsa_651_5_i_leaves_an_open_case_to_the_court_rather_than_barring_annulment():
    found = determination(
        "NH",
        "nh-annulment-651-5-conviction",
        charge(**PROSTITUTION_2018),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_nh_rsa_651_5_iii_open_case_does_not_lift_the_conviction_free_period():
    person = clean_person(
        pending_case=Answer.YES,
        other_convictions=(OtherConviction(date=date(2019, 6, 1), level=Level.MISDEMEANOR),),
    )
    found = determination("NH", "nh-annulment-651-5-conviction", charge(**PROSTITUTION_2018), person=person)
    assert found.status is Status.NOT_ELIGIBLE
