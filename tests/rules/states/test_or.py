"""Oregon remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
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


def test_or_ors_137_225_sets_aside_prostitution_three_years_after_sentence():
    found = determination("OR", "or-set-aside-137-225-conviction", charge(**PROSTITUTION_2021))
    assert found.status is Status.ELIGIBLE


def test_or_ors_137_225_dates_the_five_year_wait_for_promoting():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(Category.PROMOTING, offense="or-ors-167.012", sentence_completed_date=date(2023, 8, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 8, 1)


def test_or_ors_137_225_dates_one_year_for_disorderly_conduct():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(Category.QUALITY_OF_LIFE, offense="or-ors-166.025", sentence_completed_date=date(2026, 6, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_or_ors_137_225_never_sets_aside_compelling_prostitution():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(Category.PROMOTING, offense="or-ors-167.017", sentence_completed_date=date(2000, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_or_ors_137_225_refuses_when_a_later_conviction_is_listed():
    later_one = charge(
        offense="or-ors-167.007", disposition_date=date(2023, 1, 9), sentence_completed_date=date(2023, 1, 9)
    )
    found = determination("OR", "or-set-aside-137-225-conviction", charge(**PROSTITUTION_2021), later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_or_ors_137_225_is_possible_for_a_felony_of_unknown_class():
    found = determination(
        "OR",
        "or-set-aside-137-225-conviction",
        charge(Category.OTHER, level=Level.FELONY, sentence_completed_date=date(2000, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense", "charges[0].level")


def test_or_ors_137_225_sets_aside_dismissal_at_once():
    found = determination("OR", "or-set-aside-137-225-arrest", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_or_ors_137_225_sets_aside_arrest_without_charges_after_60_days():
    found = determination(
        "OR",
        "or-set-aside-137-225-arrest",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 10, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 11, 30)


def test_or_ors_137_225_arrest_path_does_not_reach_a_conviction():
    found = determination("OR", "or-set-aside-137-225-arrest", charge(**PROSTITUTION_2021))
    assert found.status is Status.NOT_ELIGIBLE


def test_or_ors_137_225_arrest_path_is_possible_when_arrest_date_unknown():
    found = determination("OR", "or-set-aside-137-225-arrest", charge(disposition=Disposition.NO_CHARGES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_or_ors_137_225_arrest_path_waits_for_open_case():
    found = determination(
        "OR",
        "or-set-aside-137-225-arrest",
        charge(disposition=Disposition.ACQUITTAL),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE
