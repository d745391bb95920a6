"""Massachusetts remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination, reaches

FEE_2016 = dict(offense="ma-gl-272-53a-a", disposition_date=date(2016, 5, 5), sentence_completed_date=date(2016, 5, 5))


def test_ma_gl_265_59_vacates_sexual_conduct_for_fee_conviction_of_trafficking_victim():
    found = determination("MA", "ma-vacatur-265-59", charge(trafficking_nexus=Answer.YES, **FEE_2016))
    assert found.status is Status.ELIGIBLE


def test_ma_gl_265_59_reaches_drug_possession_of_trafficking_victim():
    found = determination(
        "MA",
        "ma-vacatur-265-59",
        charge(Category.OTHER, offense="ma-gl-94c-34", trafficking_nexus=Answer.YES, disposition_date=date(2019, 1, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_ma_gl_265_59_reaches_continuance_without_a_finding():
    found = determination(
        "MA",
        "ma-vacatur-265-59",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            offense="ma-gl-272-53a-a",
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ma_gl_265_59_does_not_reach_paying_for_sex():
    assert not reaches("MA", "ma-vacatur-265-59", charge(Category.SOLICITATION, offense="ma-gl-272-53a-b"))


def test_ma_gl_265_59_needs_trafficking_nexus():
    found = determination("MA", "ma-vacatur-265-59", charge(trafficking_nexus=Answer.NO, **FEE_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ma_gl_265_59_is_possible_when_nexus_unsure():
    found = determination("MA", "ma-vacatur-265-59", charge(Category.LOITERING_FOR_PROSTITUTION))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ma_gl_276_100a_seals_misdemeanor_three_years_after_sentence():
    found = determination("MA", "ma-sealing-100a", charge(**FEE_2016))
    assert found.status is Status.ELIGIBLE


def test_ma_gl_276_100a_waits_seven_years_from_release_for_felony():
    found = determination(
        "MA",
        "ma-sealing-100a",
        charge(
            Category.PROMOTING,
            offense="ma-gl-272-7",
            disposition_date=date(2020, 3, 1),
            release_date=date(2021, 8, 1),
            sentence_completed_date=date(2023, 8, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 8, 1)


def test_ma_gl_276_100a_probation_does_not_extend_the_wait():
    found = determination(
        "MA",
        "ma-sealing-100a",
        charge(
            offense="ma-gl-272-53a-a",
            disposition_date=date(2022, 5, 5),
            release_date=date(2022, 5, 5),
            sentence_completed_date=date(2025, 5, 5),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ma_gl_276_100a_3_later_finding_of_guilt_delays_sealing():
    later_one = charge(
        offense="ma-gl-272-53a-a", disposition_date=date(2024, 1, 1), sentence_completed_date=date(2024, 1, 1)
    )
    found = determination("MA", "ma-sealing-100a", charge(**FEE_2016), later_one)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 1, 1)


def test_ma_gl_276_100a_is_possible_when_level_unknown():
    found = determination("MA", "ma-sealing-100a", charge(Category.OTHER, sentence_completed_date=date(2021, 8, 1)))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_ma_gl_276_100i_expunges_record_of_offense_at_age_19_after_three_years():
    found = determination(
        "MA",
        "ma-expungement-under-21",
        charge(offense_date=date(2018, 2, 1), **FEE_2016 | {"disposition_date": date(2018, 5, 5)}),
        person=clean_person(birth_date=date(1999, 1, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_ma_gl_276_100i_does_not_reach_offense_at_age_25():
    found = determination(
        "MA",
        "ma-expungement-under-21",
        charge(offense_date=date(2016, 2, 1), **FEE_2016),
        person=clean_person(birth_date=date(1991, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ma_gl_276_100c_seals_acquittal_automatically():
    found = determination("MA", "ma-sealing-100c-acquittal", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.AUTOMATIC


def test_ma_gl_276_100c_automatic_sealing_does_not_reach_dismissal():
    found = determination("MA", "ma-sealing-100c-acquittal", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_ma_gl_276_100c_automatic_sealing_is_possible_when_outcome_unknown():
    found = determination("MA", "ma-sealing-100c-acquittal", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ma_gl_276_100c_court_may_seal_dismissed_case():
    found = determination("MA", "ma-sealing-100c-dismissal", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_ma_gl_276_100c_court_sealing_does_not_reach_conviction():
    found = determination("MA", "ma-sealing-100c-dismissal", charge(**FEE_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ma_gl_276_100c_court_sealing_is_possible_when_outcome_unknown():
    found = determination("MA", "ma-sealing-100c-dismissal", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ma_gl_265_59_reaches_accosting_under_272_53_a():
    accosting = charge(
        Category.QUALITY_OF_LIFE,
        offense="ma-gl-272-53-a-accost",
        disposition_date=date(2017, 5, 1),
        trafficking_nexus=Answer.YES,
    )
    assert determination("MA", "ma-vacatur-265-59", accosting).status is Status.ELIGIBLE


def test_ma_gl_265_59_does_not_reach_disorderly_persons_under_272_53_b():
    disorderly = charge(
        Category.QUALITY_OF_LIFE,
        offense="ma-gl-272-53-b",
        disposition_date=date(2017, 5, 1),
        trafficking_nexus=Answer.YES,
    )
    assert determination("MA", "ma-vacatur-265-59", disorderly).status is Status.NOT_ELIGIBLE


UNDER_21 = clean_person(birth_date=date(2000, 3, 1))


def test_ma_gl_276_100i_a_4_counts_offenses_of_one_incident_as_one():
    first = charge(disposition=Disposition.DISMISSAL, offense_date=date(2019, 6, 1), disposition_date=date(2019, 9, 1))
    second = charge(
        Category.LOITERING_FOR_PROSTITUTION,
        disposition=Disposition.DISMISSAL,
        offense_date=date(2019, 6, 1),
        disposition_date=date(2019, 9, 1),
    )
    found = determination("MA", "ma-expungement-under-21", first, second, person=UNDER_21)
    assert found.status is Status.ELIGIBLE


def test_ma_gl_276_100i_a_4_refuses_with_a_court_case_from_after_21():
    first = charge(disposition=Disposition.DISMISSAL, offense_date=date(2019, 6, 1), disposition_date=date(2019, 9, 1))
    later = charge(disposition=Disposition.DISMISSAL, offense_date=date(2022, 6, 1), disposition_date=date(2022, 9, 1))
    found = determination("MA", "ma-expungement-under-21", first, later, person=UNDER_21)
    assert found.status is Status.NOT_ELIGIBLE
