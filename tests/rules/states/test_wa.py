"""Washington remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2018 = dict(
    offense="wa-rcw-9a.88.030", disposition_date=date(2018, 4, 2), sentence_completed_date=date(2019, 4, 2)
)
PROMOTING_2ND = dict(
    category=Category.PROMOTING,
    offense="wa-rcw-9a.88.080",
    disposition_date=date(2015, 1, 9),
    sentence_completed_date=date(2017, 1, 9),
)


def test_wa_rcw_9_96_080_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination(
        "WA", "wa-vacate-misdemeanor-victim", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018)
    )
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_96_080_was_not_in_force_before_july_2021():
    found = determination(
        "WA",
        "wa-vacate-misdemeanor-victim",
        charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018),
        as_of=date(2021, 1, 1),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2021, 7, 25)


def test_wa_rcw_9_96_080_does_not_reach_conviction_without_trafficking():
    found = determination(
        "WA", "wa-vacate-misdemeanor-victim", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2018)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_96_080_is_possible_when_trafficking_unsure():
    found = determination("WA", "wa-vacate-misdemeanor-victim", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_wa_rcw_9_94a_648_3_c_does_not_vacate_promoting_prostitution():
    found = determination("WA", "wa-vacate-felony-victim", charge(trafficking_nexus=Answer.YES, **PROMOTING_2ND))
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_94a_648_does_not_reach_a_misdemeanor():
    found = determination("WA", "wa-vacate-felony-victim", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_94a_648_is_possible_when_level_unknown():
    found = determination("WA", "wa-vacate-felony-victim", charge(Category.PROMOTING, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_wa_rcw_9_96_060_vacates_misdemeanor_three_years_after_sentence():
    found = determination("WA", "wa-vacate-misdemeanor", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_96_060_dates_the_end_of_the_wait():
    found = determination(
        "WA",
        "wa-vacate-misdemeanor",
        charge(
            offense="wa-rcw-9a.88.030", disposition_date=date(2024, 2, 29), sentence_completed_date=date(2024, 2, 29)
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_wa_rcw_9_96_060_refuses_with_open_case():
    found = determination(
        "WA", "wa-vacate-misdemeanor", charge(**PROSTITUTION_2018), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_96_060_is_possible_when_sentence_end_unknown():
    found = determination("WA", "wa-vacate-misdemeanor", charge(offense="wa-rcw-9a.88.030"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_wa_rcw_9_94a_640_vacates_class_c_felony_after_five_years():
    found = determination("WA", "wa-vacate-felony", charge(**PROMOTING_2ND))
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_94a_640_2_b_excludes_first_degree_promoting_a_crime_against_persons():
    # RCW 43.43.830(9) lists "first degree promoting prostitution" among crimes against persons.
    found = determination(
        "WA",
        "wa-vacate-felony",
        charge(
            Category.PROMOTING,
            offense="wa-rcw-9a.88.070",
            disposition_date=date(2005, 6, 1),
            sentence_completed_date=date(2008, 6, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_94a_640_waits_five_years_for_class_c():
    found = determination(
        "WA",
        "wa-vacate-felony",
        charge(
            Category.PROMOTING,
            offense="wa-rcw-9a.88.080",
            disposition_date=date(2020, 1, 9),
            sentence_completed_date=date(2022, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_wa_rcw_9_94a_640_new_crime_in_the_window_delays_vacatur():
    later_one = charge(offense="wa-rcw-9a.88.030", disposition_date=date(2024, 3, 1))
    found = determination("WA", "wa-vacate-felony", charge(**PROMOTING_2ND), later_one)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 3, 1)


def test_wa_rcw_9_94a_640_does_not_reach_a_misdemeanor():
    found = determination("WA", "wa-vacate-felony", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_94a_640_is_possible_when_felony_class_unknown():
    found = determination(
        "WA",
        "wa-vacate-felony",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            disposition_date=date(2010, 6, 1),
            sentence_completed_date=date(2011, 6, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].grade" in found.open_questions


def test_wa_rcw_10_97_060_deletes_dismissed_arrest_two_years_after_dismissal():
    found = determination(
        "WA", "wa-delete-nonconviction", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2022, 1, 5))
    )
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_10_97_060_dates_three_years_from_an_arrest_without_charges():
    found = determination(
        "WA", "wa-delete-nonconviction", charge(disposition=Disposition.NO_CHARGES, offense_date=date(2025, 2, 1))
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 2, 1)


def test_wa_rcw_10_97_060_does_not_reach_conviction():
    found = determination("WA", "wa-delete-nonconviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_10_97_060_is_possible_when_open_case_unknown():
    found = determination(
        "WA",
        "wa-delete-nonconviction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2022, 1, 5)),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_wa_rcw_9_96_060_new_crime_in_three_years_before_applying_delays_vacatur():
    later_one = charge(offense="wa-rcw-9a.88.030", disposition_date=date(2025, 1, 10))
    found = determination("WA", "wa-vacate-misdemeanor", charge(**PROSTITUTION_2018), later_one)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 10)


def test_wa_rcw_9_96_060_does_not_exclude_misdemeanor_indecent_exposure():
    found = determination(
        "WA",
        "wa-vacate-misdemeanor",
        charge(
            Category.LEWDNESS,
            offense="wa-rcw-9a.88.010",
            level=Level.MISDEMEANOR,
            disposition_date=date(2018, 4, 2),
            sentence_completed_date=date(2019, 4, 2),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_94a_648_leaves_out_a_class_a_felony():
    found = determination(
        "WA",
        "wa-vacate-felony-victim",
        charge(
            category=Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_A,
            disposition_date=date(2020, 1, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


# Statute audit 2026-12-07: RCW 9.94A.648(2)(b)-(d), 9.96.080(2)(b)-(c), (3), 9.96.060(2)(c)-(e), 43.43.830(9).

SURVIVOR_CLASS_C = dict(
    category=Category.QUALITY_OF_LIFE,
    level=Level.FELONY,
    grade=Grade.FELONY_CLASS_C,
    disposition_date=date(2015, 1, 9),
    trafficking_nexus=Answer.YES,
)
AUDIT_DAY = date(2026, 12, 7)


def _other(day: date, level: Level = Level.MISDEMEANOR) -> OtherConviction:
    return OtherConviction(date=day, level=level)


def test_wa_rcw_9_94a_648_2_c_vacates_class_c_felony_with_no_new_conviction_in_five_years():
    person = clean_person(other_convictions=(_other(date(2021, 12, 7)),))
    found = determination("WA", "wa-vacate-felony-victim", charge(**SURVIVOR_CLASS_C), person=person, as_of=AUDIT_DAY)
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_94a_648_2_c_new_conviction_in_five_years_delays_vacatur():
    person = clean_person(other_convictions=(_other(date(2023, 6, 1)),))
    found = determination("WA", "wa-vacate-felony-victim", charge(**SURVIVOR_CLASS_C), person=person, as_of=AUDIT_DAY)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 6, 1)


def test_wa_rcw_9_94a_648_2_d_class_b_felony_looks_back_ten_years():
    person = clean_person(other_convictions=(_other(date(2020, 3, 1), Level.FELONY),))
    class_b = {**SURVIVOR_CLASS_C, "grade": Grade.FELONY_CLASS_B}
    found = determination("WA", "wa-vacate-felony-victim", charge(**class_b), person=person, as_of=AUDIT_DAY)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2030, 3, 1)


def test_wa_rcw_9_94a_648_2_b_open_case_leaves_felony_vacatur_open():
    person = clean_person(pending_case=Answer.YES)
    found = determination("WA", "wa-vacate-felony-victim", charge(**SURVIVOR_CLASS_C), person=person, as_of=AUDIT_DAY)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_wa_rcw_9_94a_648_3_a_excludes_felony_indecent_exposure():
    felony_exposure = charge(
        Category.LEWDNESS,
        offense="wa-rcw-9a.88.010",
        level=Level.FELONY,
        grade=Grade.FELONY_CLASS_C,
        disposition_date=date(2012, 1, 9),
        trafficking_nexus=Answer.YES,
    )
    found = determination("WA", "wa-vacate-felony-victim", felony_exposure, as_of=AUDIT_DAY)
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_96_080_2_b_open_case_leaves_misdemeanor_vacatur_open():
    person = clean_person(pending_case=Answer.YES)
    found = determination(
        "WA", "wa-vacate-misdemeanor-victim", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018), person=person
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_wa_rcw_9_96_080_2_c_gross_misdemeanor_has_no_look_back():
    massage = charge(
        Category.UNLICENSED_MASSAGE,
        offense="wa-rcw-18.108.030",
        level=Level.MISDEMEANOR,
        grade=Grade.GROSS_MISDEMEANOR,
        disposition_date=date(2020, 4, 2),
        trafficking_nexus=Answer.YES,
    )
    person = clean_person(other_convictions=(_other(date(2025, 10, 1)),))
    found = determination("WA", "wa-vacate-misdemeanor-victim", massage, person=person, as_of=AUDIT_DAY)
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_96_080_2_c_misdemeanor_look_back_delays_vacatur():
    person = clean_person(other_convictions=(_other(date(2025, 10, 1)),))
    found = determination(
        "WA",
        "wa-vacate-misdemeanor-victim",
        charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018),
        person=person,
        as_of=AUDIT_DAY,
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 10, 1)


def test_wa_rcw_9_96_080_2_c_unknown_grade_with_recent_conviction_stays_open():
    massage = charge(
        Category.UNLICENSED_MASSAGE,
        offense="wa-rcw-18.108.030",
        level=Level.MISDEMEANOR,
        disposition_date=date(2020, 4, 2),
        trafficking_nexus=Answer.YES,
    )
    person = clean_person(other_convictions=(_other(date(2025, 10, 1)),))
    found = determination("WA", "wa-vacate-misdemeanor-victim", massage, person=person, as_of=AUDIT_DAY)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_wa_rcw_9_96_080_3_leaves_an_unnamed_misdemeanor_open():
    unnamed = charge(
        Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2020, 4, 2), trafficking_nexus=Answer.YES
    )
    found = determination("WA", "wa-vacate-misdemeanor-victim", unnamed, as_of=AUDIT_DAY)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_wa_rcw_9_96_060_2_c_e_leaves_an_unnamed_misdemeanor_open():
    unnamed = charge(
        Category.OTHER,
        level=Level.MISDEMEANOR,
        disposition_date=date(2019, 1, 9),
        sentence_completed_date=date(2020, 1, 9),
    )
    found = determination("WA", "wa-vacate-misdemeanor", unnamed, as_of=AUDIT_DAY)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_wa_rcw_9_94a_640_2_b_excludes_felony_indecent_exposure():
    felony_exposure = charge(
        Category.LEWDNESS,
        offense="wa-rcw-9a.88.010",
        level=Level.FELONY,
        grade=Grade.FELONY_CLASS_C,
        disposition_date=date(2012, 1, 9),
        sentence_completed_date=date(2013, 1, 9),
    )
    found = determination("WA", "wa-vacate-felony", felony_exposure, as_of=AUDIT_DAY)
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_94a_640_2_b_leaves_an_unnamed_felony_open():
    unnamed = charge(
        Category.OTHER,
        level=Level.FELONY,
        grade=Grade.FELONY_CLASS_C,
        disposition_date=date(2014, 1, 9),
        sentence_completed_date=date(2015, 1, 9),
    )
    found = determination("WA", "wa-vacate-felony", unnamed, as_of=AUDIT_DAY)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)
