"""Oregon remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2021 = dict(
    offense="or-ors-167.007", disposition_date=date(2021, 4, 5), sentence_completed_date=date(2022, 4, 5)
)


def test_or_ors_137_221_vacates_prostitution_conviction_of_sex_trafficking_victim():
    found = determination("OR", "or-vacatur-137-221", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2021))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_or_ors_137_221_waits_21_days_after_judgment():
    found = determination(
        "OR",
        "or-vacatur-137-221",
        charge(offense="or-ors-167.007", trafficking_nexus=Answer.YES, disposition_date=date(2026, 11, 20)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 12, 11)


def test_or_ors_137_221_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("OR", "or-vacatur-137-221", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2021))
    assert found.status is Status.NOT_ELIGIBLE


def test_or_ors_137_221_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination("OR", "or-vacatur-137-221", charge(**PROSTITUTION_2021))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_or_ors_137_221_does_not_reach_solicitation():
    assert not reaches("OR", "or-vacatur-137-221", charge(Category.SOLICITATION))


def test_or_ors_137_225_1_b_sets_aside_class_a_misdemeanor_three_years_after_conviction():
    found = determination("OR", "or-set-aside-137-225-conviction", charge(**PROSTITUTION_2021))
    assert found.status is Status.ELIGIBLE


def test_or_ors_137_225_1_b_counts_from_conviction_not_from_end_of_probation():
    # Convicted 2024-06-01, never jailed, probation ended 2026-06-01: 3 years from conviction.
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(
            offense="or-ors-167.007",
            disposition_date=date(2024, 6, 1),
            release_date=date(2024, 6, 1),
            sentence_completed_date=date(2026, 6, 1),
        ),
        as_of=date(2026, 12, 6),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_or_ors_137_225_1_b_counts_from_release_when_later():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="or-ors-166.025",
            disposition_date=date(2026, 1, 10),
            release_date=date(2026, 3, 1),
            sentence_completed_date=date(2026, 3, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_or_ors_137_225_6_never_sets_aside_promoting_prostitution_a_sex_crime():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(
            Category.PROMOTING,
            offense="or-ors-167.012",
            disposition_date=date(2000, 1, 1),
            sentence_completed_date=date(2000, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_or_ors_137_225_6_never_sets_aside_felony_public_indecency():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(
            Category.LEWDNESS,
            offense="or-ors-163.465-felony",
            disposition_date=date(2000, 1, 1),
            sentence_completed_date=date(2000, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_or_ors_137_225_sets_aside_first_public_indecency_misdemeanor():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(
            Category.LEWDNESS,
            offense="or-ors-163.465",
            level=Level.MISDEMEANOR,
            disposition_date=date(2019, 1, 1),
            sentence_completed_date=date(2019, 1, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_or_ors_137_225_7_b_another_conviction_delays_but_does_not_bar():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(**PROSTITUTION_2021),
        person=clean_person(other_convictions=(OtherConviction(date=date(2025, 1, 9), level=Level.MISDEMEANOR),)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 9)


def test_or_ors_137_225_is_possible_for_a_felony_of_unknown_class():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            disposition_date=date(2000, 1, 1),
            sentence_completed_date=date(2000, 1, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].grade" in found.open_questions


def test_or_ors_137_225_1_d_sets_aside_dismissal_at_once():
    found = determination("OR", "or-set-aside-137-225-arrest", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_or_ors_137_225_1_c_counts_60_days_from_the_prosecutors_decision():
    found = determination(
        "OR",
        "or-set-aside-137-225-arrest",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 8, 1), declined_date=date(2026, 10, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 11, 30)


def test_or_ors_137_225_arrest_path_does_not_reach_a_conviction():
    found = determination("OR", "or-set-aside-137-225-arrest", charge(**PROSTITUTION_2021))
    assert found.status is Status.NOT_ELIGIBLE


def test_or_ors_137_225_1_c_is_possible_when_decision_date_unknown():
    found = determination(
        "OR", "or-set-aside-137-225-arrest", charge(disposition=Disposition.NO_CHARGES, offense_date=date(2020, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].declined_date",)


def test_or_ors_137_225_7_leaves_arrest_path_open_while_a_case_is_open():
    # The pending-charge bar of (7)(c) is listed among the limits on the conviction route, (1)(a).
    found = determination(
        "OR",
        "or-set-aside-137-225-arrest",
        charge(disposition=Disposition.ACQUITTAL),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_or_ors_137_225_1_d_sets_aside_dismissal_with_no_open_case():
    found = determination(
        "OR",
        "or-set-aside-137-225-arrest",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 11, 1)),
        person=clean_person(pending_case=Answer.NO),
    )
    assert found.status is Status.ELIGIBLE


def test_or_ors_137_225_7_c_bars_conviction_set_aside_while_a_case_is_open():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(**PROSTITUTION_2021, release_date=date(2021, 4, 5)),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_or_ors_137_225_1_b_never_sets_aside_a_class_a_felony():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_A,
            disposition_date=date(2000, 1, 1),
            release_date=date(2004, 1, 1),
            sentence_completed_date=date(2006, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_or_ors_137_225_1_b_counts_class_c_felony_five_years_from_release():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_C,
            disposition_date=date(2020, 3, 2),
            release_date=date(2022, 6, 1),
            sentence_completed_date=date(2024, 6, 1),
        ),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)
