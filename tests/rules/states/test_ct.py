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


# § 54-142a(e)(3)(A)-(B): the sentences for other Connecticut convictions from 2000 on must be completed too.


def test_ct_cgs_54_142a_e_3_waits_while_another_sentence_is_served():
    found = determination(
        "CT", "ct-clean-slate", charge(**PROSTITUTION_2012), person=clean_person(under_sentence=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ct_cgs_54_142a_e_3_is_open_when_other_sentences_unknown():
    found = determination(
        "CT", "ct-clean-slate", charge(**PROSTITUTION_2012), person=clean_person(under_sentence=Answer.UNSURE)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.under_sentence",)


# § 54-142a(f): misdemeanors committed under 18 (offenses from 2000 to June 2012 by law; before 2000 by petition).

BORN_1991 = clean_person(birth_date=date(1991, 3, 1))


def test_ct_cgs_54_142a_f_1_erases_misdemeanor_committed_at_17():
    found = determination(
        "CT",
        "ct-erasure-under-18",
        charge(offense="ct-cgs-53a-82", offense_date=date(2008, 5, 1), disposition_date=date(2008, 9, 1)),
        person=BORN_1991,
    )
    assert found.status is Status.AUTOMATIC


def test_ct_cgs_54_142a_f_1_stops_at_offenses_from_1_july_2012():
    found = determination(
        "CT",
        "ct-erasure-under-18",
        charge(offense="ct-cgs-53a-82", offense_date=date(2012, 7, 1), disposition_date=date(2012, 9, 1)),
        person=clean_person(birth_date=date(1995, 1, 15)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ct_cgs_54_142a_f_1_does_not_reach_an_offense_at_18():
    found = determination(
        "CT",
        "ct-erasure-under-18",
        charge(offense="ct-cgs-53a-82", offense_date=date(2010, 3, 1), disposition_date=date(2010, 9, 1)),
        person=BORN_1991,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ct_cgs_54_142a_f_1_does_not_reach_a_felony():
    found = determination(
        "CT",
        "ct-erasure-under-18",
        charge(Category.PROMOTING, offense="ct-cgs-53a-88", offense_date=date(2008, 5, 1)),
        person=BORN_1991,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ct_cgs_54_142a_f_1_is_open_without_a_birth_date():
    found = determination(
        "CT",
        "ct-erasure-under-18",
        charge(offense="ct-cgs-53a-82", offense_date=date(2008, 5, 1), disposition_date=date(2008, 9, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.birth_date",)


def test_ct_cgs_54_142a_f_2_erases_pre_2000_misdemeanor_on_petition():
    found = determination(
        "CT",
        "ct-erasure-under-18-petition",
        charge(offense="ct-cgs-53a-82", offense_date=date(1997, 6, 1), disposition_date=date(1997, 8, 1)),
        person=clean_person(birth_date=date(1981, 2, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_ct_cgs_54_142a_f_2_petition_is_only_for_offenses_before_2000():
    found = determination(
        "CT",
        "ct-erasure-under-18-petition",
        charge(offense="ct-cgs-53a-82", offense_date=date(2008, 5, 1), disposition_date=date(2008, 9, 1)),
        person=BORN_1991,
    )
    assert found.status is Status.NOT_ELIGIBLE


# § 54-130a(c): three years after a conviction "of a misdemeanor or violation".


def test_ct_cgs_54_130a_c_violation_waits_three_years():
    found = determination(
        "CT",
        "ct-pardon",
        charge(Category.QUALITY_OF_LIFE, level=Level.VIOLATION, disposition_date=date(2024, 6, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_ct_cgs_54_130a_c_violation_can_be_pardoned_after_three_years():
    found = determination(
        "CT",
        "ct-pardon",
        charge(Category.QUALITY_OF_LIFE, level=Level.VIOLATION, disposition_date=date(2022, 1, 10)),
    )
    assert found.status is Status.ELIGIBLE
