"""Pennsylvania remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2012 = dict(
    offense="pa-cs-5902a",
    level=Level.MISDEMEANOR,
    disposition_date=date(2012, 3, 1),
    sentence_completed_date=date(2012, 9, 1),
)
LOITERING_2015 = dict(
    offense="pa-cs-5506", disposition_date=date(2015, 1, 10), sentence_completed_date=date(2015, 1, 10)
)


def test_pa_cs_3019_d_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("PA", "pa-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2012))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_pa_cs_3019_d_vacates_promoting_conviction_because_it_names_5902_whole():
    found = determination(
        "PA",
        "pa-vacatur-trafficking",
        charge(
            Category.PROMOTING, offense="pa-cs-5902b", disposition_date=date(2016, 1, 10), trafficking_nexus=Answer.YES
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_pa_cs_3019_d_does_not_reach_open_lewdness():
    assert not reaches("PA", "pa-vacatur-trafficking", charge(Category.LEWDNESS, trafficking_nexus=Answer.YES))


def test_pa_cs_3019_d_needs_trafficking_nexus():
    found = determination("PA", "pa-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2012))
    assert found.status is Status.NOT_ELIGIBLE


def test_pa_cs_3019_d_is_possible_when_trafficking_nexus_unsure():
    found = determination("PA", "pa-vacatur-trafficking", charge(**PROSTITUTION_2012))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_pa_cs_9122_a_expunges_dismissed_prostitution_charge():
    found = determination("PA", "pa-expungement-non-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_pa_cs_9122_a_does_not_expunge_conviction():
    found = determination("PA", "pa-expungement-non-conviction", charge(**PROSTITUTION_2012))
    assert found.status is Status.NOT_ELIGIBLE


def test_pa_cs_9122_a_is_possible_when_outcome_unknown():
    found = determination("PA", "pa-expungement-non-conviction", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_pa_cs_9122_2_a_2_seals_acquittal_automatically():
    found = determination("PA", "pa-clean-slate-non-conviction", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.AUTOMATIC


def test_pa_cs_9122_2_a_2_does_not_seal_conviction():
    found = determination("PA", "pa-clean-slate-non-conviction", charge(**PROSTITUTION_2012))
    assert found.status is Status.NOT_ELIGIBLE


def test_pa_cs_9122_2_a_2_is_possible_when_outcome_unknown():
    found = determination("PA", "pa-clean-slate-non-conviction", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


SUMMARY_2019 = dict(level=Level.VIOLATION, disposition_date=date(2019, 4, 2), sentence_completed_date=date(2019, 4, 2))


def test_pa_cs_9122_b_3_expunges_summary_conviction_after_five_years():
    found = determination("PA", "pa-expungement-summary", charge(Category.QUALITY_OF_LIFE, **SUMMARY_2019))
    assert found.status is Status.ELIGIBLE


def test_pa_cs_9122_b_3_dates_the_five_year_wait():
    recent = dict(SUMMARY_2019, disposition_date=date(2023, 5, 1))
    found = determination("PA", "pa-expungement-summary", charge(Category.QUALITY_OF_LIFE, **recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 5, 1)


def test_pa_cs_9122_b_3_any_five_free_years_after_the_conviction_count():
    # Commonwealth v. Giulian (Pa. 2016): a conviction two years later does not bar relief once five
    # clear years have passed since it.
    summary = charge(Category.QUALITY_OF_LIFE, **dict(SUMMARY_2019, disposition_date=date(2015, 3, 1)))
    later_one = charge(**dict(PROSTITUTION_2012, disposition_date=date(2017, 3, 1)))
    assert determination("PA", "pa-expungement-summary", summary, later_one).status is Status.ELIGIBLE
    summary_2020 = charge(Category.QUALITY_OF_LIFE, **dict(SUMMARY_2019, disposition_date=date(2020, 6, 1)))
    recent = charge(**dict(PROSTITUTION_2012, disposition_date=date(2023, 3, 1)))
    found = determination("PA", "pa-expungement-summary", summary_2020, recent)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 3, 1)


def test_pa_cs_9122_b_3_does_not_expunge_misdemeanor():
    found = determination("PA", "pa-expungement-summary", charge(**PROSTITUTION_2012))
    assert found.status is Status.NOT_ELIGIBLE


def test_pa_cs_9122_b_3_is_possible_when_open_case_unknown():
    found = determination(
        "PA",
        "pa-expungement-summary",
        charge(Category.QUALITY_OF_LIFE, **SUMMARY_2019),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_pa_cs_9122_2_a_3_seals_summary_conviction_five_years_after_judgment():
    found = determination("PA", "pa-clean-slate-summary", charge(Category.QUALITY_OF_LIFE, **SUMMARY_2019))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2024, 4, 2)


def test_pa_cs_9122_2_a_3_does_not_seal_misdemeanor():
    found = determination("PA", "pa-clean-slate-summary", charge(**PROSTITUTION_2012))
    assert found.status is Status.NOT_ELIGIBLE


def test_pa_cs_9122_2_a_3_is_possible_when_judgment_date_unknown():
    found = determination("PA", "pa-clean-slate-summary", charge(Category.QUALITY_OF_LIFE, level=Level.VIOLATION))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].disposition_date" in found.open_questions


def test_pa_cs_9122_2_a_1_seals_loitering_misdemeanor_after_seven_years():
    found = determination("PA", "pa-clean-slate-misdemeanor", charge(Category.QUALITY_OF_LIFE, **LOITERING_2015))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2024, 6, 11)  # the 7-year rule's start, later than the wait


def test_pa_cs_9122_2_a_1_later_conviction_restarts_the_clock():
    second = charge(
        Category.QUALITY_OF_LIFE,
        offense="pa-cs-5506",
        disposition_date=date(2022, 2, 1),
        sentence_completed_date=date(2022, 8, 1),
    )
    found = determination(
        "PA", "pa-clean-slate-misdemeanor", charge(Category.QUALITY_OF_LIFE, **LOITERING_2015), second
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2029, 2, 1)


def test_pa_cs_9122_3_seals_second_degree_promoting_prostitution():
    # Promoting (§ 5902(b)) is in Article E, not on the § 9122.3(a) lists.
    found = determination(
        "PA",
        "pa-clean-slate-misdemeanor",
        charge(
            Category.PROMOTING,
            offense="pa-cs-5902b",
            level=Level.MISDEMEANOR,
            grade=Grade.MISDEMEANOR_SECOND_DEGREE,
            disposition_date=date(2009, 6, 1),
            sentence_completed_date=date(2010, 1, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC


def test_pa_cs_9122_2_a_1_is_possible_when_degree_of_prostitution_unknown():
    found = determination("PA", "pa-clean-slate-misdemeanor", charge(**PROSTITUTION_2012))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_pa_cs_9122_2_a_1_seals_third_degree_prostitution_conviction():
    found = determination(
        "PA", "pa-clean-slate-misdemeanor", charge(grade=Grade.MISDEMEANOR_THIRD_DEGREE, **PROSTITUTION_2012)
    )
    assert found.status is Status.AUTOMATIC


def test_pa_cs_9122_1_a_seals_prostitution_conviction_by_petition():
    found = determination("PA", "pa-limited-access-petition", charge(**PROSTITUTION_2012))
    assert found.status is Status.ELIGIBLE


def test_pa_cs_9122_1_a_dates_the_seven_year_wait():
    recent = dict(PROSTITUTION_2012, disposition_date=date(2021, 1, 5), sentence_completed_date=date(2022, 1, 5))
    found = determination("PA", "pa-limited-access-petition", charge(**recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 5)


def test_pa_cs_9122_1_b_does_not_seal_felony():
    found = determination("PA", "pa-limited-access-petition", charge(**dict(PROSTITUTION_2012, level=Level.FELONY)))
    assert found.status is Status.NOT_ELIGIBLE


def test_pa_cs_9122_1_a_is_possible_when_prostitution_level_unknown():
    found = determination(
        "PA",
        "pa-limited-access-petition",
        charge(offense="pa-cs-5902a", disposition_date=date(2012, 3, 1), sentence_completed_date=date(2012, 9, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_pa_cs_9122_b_1_expunges_at_seventy_after_ten_free_years():
    old = charge(**PROSTITUTION_2012)
    person = clean_person(birth_date=date(1950, 1, 1))
    found = determination("PA", "pa-expungement-age-70", old, person=person)
    assert found.status is Status.ELIGIBLE


def test_pa_cs_9122_b_1_waits_for_the_seventieth_birthday():
    person = clean_person(birth_date=date(1957, 5, 1))
    found = determination("PA", "pa-expungement-age-70", charge(**PROSTITUTION_2012), person=person)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 5, 1)


def test_pa_cs_9122_b_1_is_possible_when_birth_date_unknown():
    found = determination("PA", "pa-expungement-age-70", charge(**PROSTITUTION_2012))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.birth_date",)


def test_pa_cs_9122_a_4_expunges_acquittal_automatically_within_a_year():
    found = determination(
        "PA",
        "pa-automatic-expungement-acquittal",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2025, 3, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 3, 1)


def test_pa_cs_9122_a_4_does_not_reach_a_dismissal():
    found = determination(
        "PA",
        "pa-automatic-expungement-acquittal",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2025, 3, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_pa_cs_9122_1_b_2_i_bars_the_petition_after_a_first_degree_felony():
    earlier = OtherConviction(date=date(1995, 6, 1), level=Level.FELONY, grade=Grade.FELONY_FIRST_DEGREE)
    found = determination(
        "PA",
        "pa-limited-access-petition",
        charge(**PROSTITUTION_2012),
        person=clean_person(other_convictions=(earlier,)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_pa_cs_9122_1_b_2_ii_a_asks_about_a_felony_in_the_last_15_years():
    earlier = OtherConviction(date=date(2014, 6, 1), level=Level.FELONY)
    found = determination(
        "PA",
        "pa-limited-access-petition",
        charge(**PROSTITUTION_2012),
        person=clean_person(other_convictions=(earlier,)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions[0].grade",)


TRESPASS_FELONY_2014 = dict(
    offense="pa-cs-3503", level=Level.FELONY, grade=Grade.FELONY_THIRD_DEGREE, disposition_date=date(2014, 5, 1)
)


def test_pa_cs_9122_1_a1_seals_third_degree_felony_trespass_after_ten_years():
    found = determination("PA", "pa-limited-access-felony", charge(Category.QUALITY_OF_LIFE, **TRESPASS_FELONY_2014))
    assert found.status is Status.ELIGIBLE


def test_pa_cs_9122_1_a1_excludes_a_second_degree_felony():
    fields = {**TRESPASS_FELONY_2014, "grade": Grade.FELONY_SECOND_DEGREE}
    found = determination("PA", "pa-limited-access-felony", charge(Category.QUALITY_OF_LIFE, **fields))
    assert found.status is Status.NOT_ELIGIBLE


def test_pa_cs_9122_1_a1_asks_the_law_of_an_unnamed_felony():
    found = determination(
        "PA",
        "pa-limited-access-felony",
        charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2012, 5, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_pa_cs_9122_1_a1_dates_the_ten_conviction_free_years():
    fields = {**TRESPASS_FELONY_2014, "disposition_date": date(2018, 2, 1)}
    found = determination("PA", "pa-limited-access-felony", charge(Category.QUALITY_OF_LIFE, **fields))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 2, 1)


def test_pa_cs_9122_3_a2i_leaves_clean_slate_open_for_a_listed_ungraded_felony():
    earlier = OtherConviction(date=date(2005, 6, 1), level=Level.FELONY)
    found = determination(
        "PA",
        "pa-clean-slate-misdemeanor",
        charge(grade=Grade.MISDEMEANOR_THIRD_DEGREE, **PROSTITUTION_2012),
        person=clean_person(other_convictions=(earlier,)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


def test_pa_cs_9122_3_a2i_a_graded_felony_is_not_a_qualifying_drug_offense():
    earlier = OtherConviction(date=date(2005, 6, 1), level=Level.FELONY, grade=Grade.FELONY_THIRD_DEGREE)
    found = determination(
        "PA",
        "pa-clean-slate-misdemeanor",
        charge(grade=Grade.MISDEMEANOR_THIRD_DEGREE, **PROSTITUTION_2012),
        person=clean_person(other_convictions=(earlier,)),
    )
    assert found.status is Status.NOT_ELIGIBLE
