"""Connecticut remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2012 = dict(
    offense="ct-cgs-53a-82",
    offense_date=date(2012, 3, 1),
    disposition_date=date(2012, 6, 1),
    sentence_completed_date=date(2013, 6, 1),
)


def test_ct_cgs_54_95c_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("CT", "ct-vacatur-54-95c", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2012))
    assert found.status is Status.ELIGIBLE


def test_ct_cgs_54_95c_does_not_reach_class_b_felony():
    found = determination(
        "CT", "ct-vacatur-54-95c", charge(Category.PROMOTING, offense="ct-cgs-53a-86", trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ct_cgs_54_95c_is_possible_when_felony_class_unknown():
    found = determination(
        "CT", "ct-vacatur-54-95c", charge(Category.OTHER, level=Level.FELONY, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ct_cgs_54_142a_erases_acquittal():
    found = determination("CT", "ct-erasure-non-conviction", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.AUTOMATIC


def test_ct_cgs_54_142a_c_dates_erasure_13_months_after_nolle():
    found = determination(
        "CT", "ct-erasure-non-conviction", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 3, 1))
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 4, 1)


def test_ct_cgs_54_142a_does_not_erase_conviction():
    found = determination("CT", "ct-erasure-non-conviction", charge(**PROSTITUTION_2012))
    assert found.status is Status.NOT_ELIGIBLE


def test_ct_cgs_54_142a_is_possible_when_dismissal_date_unknown():
    found = determination("CT", "ct-erasure-non-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_ct_cgs_54_142a_e_clean_slate_erases_old_misdemeanor():
    found = determination("CT", "ct-clean-slate", charge(**PROSTITUTION_2012))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2023, 1, 1)


def test_ct_cgs_54_142a_e_counts_from_the_most_recent_conviction():
    later_one = charge(
        offense="ct-cgs-53a-82",
        offense_date=date(2021, 1, 1),
        disposition_date=date(2021, 5, 1),
        sentence_completed_date=date(2021, 5, 1),
    )
    found = determination("CT", "ct-clean-slate", charge(**PROSTITUTION_2012), later_one)
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2028, 5, 1)


def test_ct_cgs_54_142a_e_does_not_erase_class_c_felony():
    found = determination(
        "CT",
        "ct-clean-slate",
        charge(
            Category.PROMOTING,
            offense="ct-cgs-53a-87",
            offense_date=date(2005, 1, 1),
            disposition_date=date(2005, 6, 1),
            sentence_completed_date=date(2008, 6, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ct_cgs_54_142a_e_is_possible_when_offense_date_unknown():
    found = determination(
        "CT",
        "ct-clean-slate",
        charge(offense="ct-cgs-53a-82", disposition_date=date(2012, 6, 1), sentence_completed_date=date(2013, 6, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_ct_cgs_54_130a_pardon_after_three_years_for_misdemeanor():
    found = determination("CT", "ct-pardon", charge(**PROSTITUTION_2012))
    assert found.status is Status.ELIGIBLE


def test_ct_cgs_54_130a_pardon_needs_a_conviction():
    found = determination("CT", "ct-pardon", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_ct_cgs_54_130a_pardon_is_possible_when_conviction_date_unknown():
    found = determination("CT", "ct-pardon", charge(offense="ct-cgs-53a-82"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_ct_cgs_54_142a_e_most_recent_conviction_includes_listed_other_convictions():
    person = clean_person(other_convictions=(OtherConviction(date=date(2022, 5, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "CT",
        "ct-clean-slate",
        charge(
            offense="ct-cgs-53a-82",
            level=Level.MISDEMEANOR,
            offense_date=date(2015, 1, 1),
            disposition_date=date(2015, 3, 1),
            sentence_completed_date=date(2015, 9, 1),
        ),
        person=person,
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2029, 5, 1)


def test_ct_cgs_54_142a_e_1_ii_erases_pre_2000_offense_on_petition():
    found = determination(
        "CT",
        "ct-clean-slate-petition",
        charge(
            offense="ct-cgs-53a-82",
            level=Level.MISDEMEANOR,
            offense_date=date(1996, 1, 1),
            disposition_date=date(1996, 3, 1),
            sentence_completed_date=date(1996, 9, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ct_cgs_54_142a_e_1_ii_petition_is_only_for_offenses_before_2000():
    found = determination(
        "CT",
        "ct-clean-slate-petition",
        charge(
            offense="ct-cgs-53a-82",
            level=Level.MISDEMEANOR,
            offense_date=date(2005, 1, 1),
            disposition_date=date(2005, 3, 1),
            sentence_completed_date=date(2005, 9, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE
