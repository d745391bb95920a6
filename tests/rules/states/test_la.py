"""Louisiana remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2015 = dict(
    offense="la-rs-14.82",
    level=Level.MISDEMEANOR,
    disposition_date=date(2015, 3, 2),
    sentence_completed_date=date(2015, 9, 2),
)
CANS_FELONY_2012 = dict(
    category=Category.SOLICITATION,
    offense="la-rs-14.89.2",
    level=Level.FELONY,
    disposition_date=date(2012, 5, 1),
    sentence_completed_date=date(2014, 5, 1),
)


# New trial for trafficking victims: La. C.Cr.P. arts. 851(B)(6), 853(C), 855.1


def test_la_ccrp_855_1_allowed_new_trial_for_2013_prostitution_conviction_of_trafficking_victim():
    found = determination(
        "LA",
        "la-new-trial-trafficking",
        charge(offense="la-rs-14.82", disposition_date=date(2013, 6, 1), trafficking_nexus=Answer.YES),
        as_of=date(2015, 3, 1),
    )
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_la_ccrp_853_c_three_years_to_file_have_run_out():
    found = determination(
        "LA",
        "la-new-trial-trafficking",
        charge(offense="la-rs-14.82", disposition_date=date(2013, 6, 1), trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE
    assert "ended on June 1, 2016" in found.reasons[0].text


def test_la_ccrp_853_c_window_closed_for_everyone_even_without_a_verdict_date():
    found = determination("LA", "la-new-trial-trafficking", charge(offense="la-rs-14.82", trafficking_nexus=Answer.YES))
    assert found.status is Status.NOT_ELIGIBLE
    assert "July 31, 2017" in found.reasons[0].text


def test_la_ccrp_855_1_does_not_reach_convictions_after_july_2014():
    found = determination(
        "LA",
        "la-new-trial-trafficking",
        charge(offense="la-rs-14.82", disposition_date=date(2014, 9, 1), trafficking_nexus=Answer.YES),
        as_of=date(2015, 3, 1),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_855_1_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination(
        "LA",
        "la-new-trial-trafficking",
        charge(offense="la-rs-14.82", disposition_date=date(2013, 6, 1)),
        as_of=date(2015, 3, 1),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_la_ccrp_855_1_does_not_reach_promoting_charges():
    assert not reaches("LA", "la-new-trial-trafficking", charge(Category.PROMOTING))


# Trafficking survivor expungement: La. C.Cr.P. art. 983(H)


def test_la_ccrp_983_h_expunges_prostitution_conviction_of_trafficking_survivor_without_waiting():
    found = determination(
        "LA",
        "la-expungement-trafficking-983-h",
        charge(
            offense="la-rs-14.82",
            disposition_date=date(2025, 1, 10),
            sentence_completed_date=date(2025, 7, 10),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_983_h_expunges_dismissed_solicitation_charge_of_trafficking_survivor():
    found = determination(
        "LA",
        "la-expungement-trafficking-983-h",
        charge(Category.SOLICITATION, Disposition.DISMISSAL, offense="la-rs-14.89.2", trafficking_nexus=Answer.YES),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_983_h_needs_a_trafficking_nexus():
    found = determination(
        "LA", "la-expungement-trafficking-983-h", charge(offense="la-rs-14.82", trafficking_nexus=Answer.NO)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_983_h_refuses_a_conviction_while_another_case_is_open():
    found = determination(
        "LA",
        "la-expungement-trafficking-983-h",
        charge(offense="la-rs-14.82", trafficking_nexus=Answer.YES),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_983_h_leaves_pandering_open_because_it_may_be_a_sex_offense():
    found = determination(
        "LA",
        "la-expungement-trafficking-983-h",
        charge(Category.PROMOTING, offense="la-rs-14.84", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_la_ccrp_983_h_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination("LA", "la-expungement-trafficking-983-h", charge(offense="la-rs-14.82"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_la_ccrp_983_h_does_not_reach_human_trafficking_charges():
    assert not reaches("LA", "la-expungement-trafficking-983-h", charge(Category.TRAFFICKING))


# Arrests without conviction: La. C.Cr.P. arts. 975, 976


def test_la_ccrp_976_expunges_dismissed_prostitution_arrest():
    found = determination("LA", "la-expungement-arrest-976", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


# Art. 976(A)(2) names "a pretrial diversion program"; since 2026-12-07 the kind is asked (it used to be assumed).
def test_la_ccrp_976_expunges_arrest_after_completed_pretrial_diversion():
    found = determination(
        "LA",
        "la-expungement-arrest-976",
        charge(
            Category.LOITERING_FOR_PROSTITUTION, Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.PRETRIAL
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_976_leaves_a_diversion_of_unknown_kind_open():
    found = determination(
        "LA", "la-expungement-arrest-976", charge(Category.LOITERING_FOR_PROSTITUTION, Disposition.DIVERSION_COMPLETED)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_la_ccrp_976_leaves_a_set_aside_deferred_sentence_to_arts_977_and_978():
    found = determination(
        "LA",
        "la-expungement-arrest-976",
        charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.DEFERRED_ADJUDICATION),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_976_does_not_reach_a_conviction():
    found = determination("LA", "la-expungement-arrest-976", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_975_leaves_it_open_for_someone_serving_a_sentence():
    found = determination(
        "LA",
        "la-expungement-arrest-976",
        charge(disposition=Disposition.ACQUITTAL),
        person=clean_person(under_sentence=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.under_sentence",)


def test_la_ccrp_976_is_possible_when_outcome_unknown():
    found = determination("LA", "la-expungement-arrest-976", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


# Misdemeanor convictions: La. C.Cr.P. art. 977


def test_la_ccrp_977_expunges_misdemeanor_prostitution_five_years_after_sentence():
    found = determination("LA", "la-expungement-misdemeanor-977", charge(**PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_977_a_2_more_than_five_years_starts_the_day_after_the_anniversary():
    found = determination(
        "LA",
        "la-expungement-misdemeanor-977",
        charge(
            offense="la-rs-14.82",
            level=Level.MISDEMEANOR,
            disposition_date=date(2023, 1, 5),
            sentence_completed_date=date(2023, 7, 5),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 7, 6)


def test_la_ccrp_977_refuses_after_a_felony_conviction_within_the_five_years():
    felony = charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2018, 1, 1))
    found = determination("LA", "la-expungement-misdemeanor-977", charge(**PROSTITUTION_2015), felony)
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_977_ignores_a_later_misdemeanor_conviction():
    other = charge(Category.QUALITY_OF_LIFE, offense="la-rs-14.103", disposition_date=date(2018, 1, 1))
    found = determination("LA", "la-expungement-misdemeanor-977", charge(**PROSTITUTION_2015), other)
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_977_does_not_reach_a_felony():
    found = determination("LA", "la-expungement-misdemeanor-977", charge(**CANS_FELONY_2012))
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_977_is_possible_when_level_of_prostitution_conviction_unknown():
    found = determination(
        "LA",
        "la-expungement-misdemeanor-977",
        charge(offense="la-rs-14.82", sentence_completed_date=date(2015, 9, 2)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_la_ccrp_977_a_2_open_case_may_not_be_a_felony():
    found = determination(
        "LA",
        "la-expungement-misdemeanor-977",
        charge(**PROSTITUTION_2015),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_la_ccrp_977_c_1_leaves_soliciting_for_prostitutes_open():
    found = determination(
        "LA",
        "la-expungement-misdemeanor-977",
        charge(
            Category.PROMOTING,
            offense="la-rs-14.83",
            level=Level.MISDEMEANOR,
            sentence_completed_date=date(2015, 9, 2),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


# Set aside after a deferred sentence: La. C.Cr.P. arts. 977(A)(1), 894(B), 978(A)(1), 893(E)

SET_ASIDE = dict(
    disposition=Disposition.DIVERSION_COMPLETED,
    diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
    disposition_date=date(2026, 10, 1),
)


def test_la_ccrp_977_a_1_expunges_a_misdemeanor_set_aside_under_894_without_waiting():
    found = determination(
        "LA",
        "la-expungement-set-aside-977-a-1",
        charge(offense="la-rs-14.82", level=Level.MISDEMEANOR, **SET_ASIDE),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_977_a_1_does_not_reach_a_conviction_that_stands():
    found = determination(
        "LA", "la-expungement-set-aside-977-a-1", charge(**PROSTITUTION_2015, adjudication_withheld=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_977_a_1_is_possible_when_the_kind_of_diversion_is_unknown():
    found = determination(
        "LA",
        "la-expungement-set-aside-977-a-1",
        charge(offense="la-rs-14.82", level=Level.MISDEMEANOR, disposition=Disposition.DIVERSION_COMPLETED),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_la_ccrp_977_c_leaves_an_other_misdemeanor_open_on_domestic_abuse_battery_and_stalking():
    found = determination(
        "LA", "la-expungement-set-aside-977-a-1", charge(Category.OTHER, level=Level.MISDEMEANOR, **SET_ASIDE)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert any("domestic abuse battery" in r.text for r in found.reasons)


def test_la_ccrp_978_a_1_expunges_a_felony_set_aside_under_893_e_without_waiting():
    found = determination(
        "LA",
        "la-expungement-set-aside-978-a-1",
        charge(Category.SOLICITATION, offense="la-rs-14.89.2", level=Level.FELONY, **SET_ASIDE),
    )
    assert found.status is Status.ELIGIBLE
    plain = determination(
        "LA",
        "la-expungement-felony-978",
        charge(Category.SOLICITATION, offense="la-rs-14.89.2", level=Level.FELONY, **SET_ASIDE),
    )
    assert plain.status is Status.NOT_ELIGIBLE


def test_la_ccrp_978_b_2_still_leaves_pandering_open_after_a_set_aside():
    found = determination(
        "LA",
        "la-expungement-set-aside-978-a-1",
        charge(Category.PROMOTING, offense="la-rs-14.84", level=Level.FELONY, **SET_ASIDE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_la_ccrp_978_a_1_does_not_reach_a_misdemeanor_or_human_trafficking():
    found = determination(
        "LA", "la-expungement-set-aside-978-a-1", charge(offense="la-rs-14.82", level=Level.MISDEMEANOR, **SET_ASIDE)
    )
    assert found.status is Status.NOT_ELIGIBLE
    assert not reaches("LA", "la-expungement-set-aside-978-a-1", charge(Category.TRAFFICKING, **SET_ASIDE))


# Felony convictions: La. C.Cr.P. art. 978(A)(2)


def test_la_ccrp_978_does_not_count_a_conviction_from_before_the_sentence_ended():
    earlier = charge(**{**PROSTITUTION_2015, "disposition_date": date(2010, 1, 1)})
    found = determination("LA", "la-expungement-felony-978", charge(**CANS_FELONY_2012), earlier)
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_978_qualifies_ten_years_after_sentence():
    found = determination("LA", "la-expungement-felony-978", charge(**CANS_FELONY_2012))
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_978_refuses_after_any_conviction_within_the_ten_years():
    found = determination("LA", "la-expungement-felony-978", charge(**CANS_FELONY_2012), charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_978_a_2_more_than_ten_years_starts_the_day_after_the_anniversary():
    found = determination(
        "LA",
        "la-expungement-felony-978",
        charge(**{**CANS_FELONY_2012, "sentence_completed_date": date(2019, 2, 1)}),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 2, 2)


def test_la_ccrp_978_is_possible_when_another_conviction_is_undated():
    found = determination(
        "LA",
        "la-expungement-felony-978",
        charge(**CANS_FELONY_2012),
        charge(Category.QUALITY_OF_LIFE, level=Level.MISDEMEANOR),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].disposition_date",)


# First offender: La. C.Cr.P. art. 978(A)(3) and La. R.S. 15:572(B)


def test_la_ccrp_978_a_3_expunges_first_felony_right_after_the_sentence():
    found = determination(
        "LA",
        "la-expungement-first-offender-978-a-3",
        charge(**{**CANS_FELONY_2012, "sentence_completed_date": date(2025, 6, 1)}),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_978_a_3_refuses_a_second_felony():
    first = charge(**CANS_FELONY_2012)
    second = charge(**{**CANS_FELONY_2012, "disposition_date": date(2016, 5, 1)})
    found = determination("LA", "la-expungement-first-offender-978-a-3", first, second)
    assert found.status is Status.NOT_ELIGIBLE


def test_la_ccrp_978_a_3_is_possible_when_sentence_end_unknown():
    found = determination(
        "LA",
        "la-expungement-first-offender-978-a-3",
        charge(**{**CANS_FELONY_2012, "sentence_completed_date": None}),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_la_rs_15_572_b_pardons_first_felony_once_the_sentence_is_done():
    found = determination("LA", "la-first-offender-pardon", charge(**CANS_FELONY_2012))
    assert found.status is Status.ELIGIBLE


def test_la_rs_15_572_b_does_not_cover_a_misdemeanor():
    found = determination("LA", "la-first-offender-pardon", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_la_rs_15_572_b_waits_for_the_end_of_the_sentence():
    found = determination(
        "LA",
        "la-first-offender-pardon",
        charge(**{**CANS_FELONY_2012, "sentence_completed_date": date(2027, 3, 1)}),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_la_rs_15_572_b_is_possible_when_level_unknown():
    found = determination(
        "LA", "la-first-offender-pardon", charge(offense="la-rs-14.82", sentence_completed_date=date(2015, 9, 2))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


# Governor's pardon: La. R.S. 15:572(A)


def test_la_rs_15_572_a_pardon_can_be_asked_for_after_a_misdemeanor_sentence():
    found = determination("LA", "la-governor-pardon", charge(**PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_la_rs_15_572_a_pardon_needs_a_conviction():
    found = determination("LA", "la-governor-pardon", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_la_rs_15_572_a_pardon_is_possible_when_sentence_status_unknown():
    found = determination(
        "LA",
        "la-governor-pardon",
        charge(offense="la-rs-14.82"),
        person=clean_person(under_sentence=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.under_sentence",)


def test_la_admin_code_22_v_203_pardon_does_not_wait_for_the_end_of_the_sentence():
    found = determination(
        "LA",
        "la-governor-pardon",
        charge(**{**PROSTITUTION_2015, "sentence_completed_date": date(2027, 6, 1)}),
        person=clean_person(under_sentence=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.under_sentence",)


def test_la_admin_code_22_v_203_pardon_when_no_sentence_is_being_served():
    found = determination("LA", "la-governor-pardon", charge(offense="la-rs-14.82"))
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_977_a_2_felony_after_the_five_year_period_does_not_bar():
    felony = charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2022, 1, 1))
    found = determination("LA", "la-expungement-misdemeanor-977", charge(**PROSTITUTION_2015), felony)
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_978_a_3_starts_on_1_august_2019():
    found = determination(
        "LA",
        "la-expungement-first-offender-978-a-3",
        charge(**{**CANS_FELONY_2012, "sentence_completed_date": date(2019, 3, 1)}),
        as_of=date(2019, 7, 1),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2019, 8, 1)


def test_la_ccrp_983_h_leaves_an_other_conviction_open_on_the_offense_limits():
    found = determination(
        "LA",
        "la-expungement-trafficking-983-h",
        charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2020, 1, 1), trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_la_const_iv_5_e_first_offender_pardon_is_open_for_a_felony_of_unknown_kind():
    # The automatic pardon is for "a first offender convicted of a non-violent crime".
    found = determination(
        "LA",
        "la-first-offender-pardon",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            disposition_date=date(2018, 6, 1),
            sentence_completed_date=date(2021, 6, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


# Statute audit 2026-12-07: arts. 976(B), 977(C), 978(A)(3), 978(B)(1)


def test_la_ccrp_977_c_binds_the_five_year_route_for_an_other_misdemeanor():
    found = determination(
        "LA",
        "la-expungement-misdemeanor-977",
        charge(
            Category.OTHER,
            level=Level.MISDEMEANOR,
            disposition_date=date(2015, 3, 2),
            sentence_completed_date=date(2015, 9, 2),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert any("domestic abuse battery or stalking" in r.text for r in found.reasons)


def test_la_ccrp_977_c_does_not_bar_misdemeanor_disturbing_the_peace():
    found = determination(
        "LA",
        "la-expungement-misdemeanor-977",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="la-rs-14.103",
            level=Level.MISDEMEANOR,
            disposition_date=date(2016, 1, 4),
            sentence_completed_date=date(2016, 4, 4),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_978_b_1_leaves_an_other_felony_open_on_crime_of_violence():
    found = determination(
        "LA",
        "la-expungement-felony-978",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            disposition_date=date(2008, 2, 1),
            sentence_completed_date=date(2011, 2, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert any("crime of violence" in r.text for r in found.reasons)


def test_la_ccrp_978_b_1_is_no_bar_to_felony_crime_against_nature_by_solicitation():
    found = determination(
        "LA",
        "la-expungement-felony-978",
        charge(**CANS_FELONY_2012),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_978_a_3_crime_of_violence_proviso_leaves_an_other_first_felony_open():
    found = determination(
        "LA",
        "la-expungement-first-offender-978-a-3",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            disposition_date=date(2023, 3, 1),
            sentence_completed_date=date(2025, 3, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_la_ccrp_978_a_3_crime_of_violence_proviso_met_for_first_felony_solicitation():
    found = determination(
        "LA",
        "la-expungement-first-offender-978-a-3",
        charge(
            Category.SOLICITATION,
            offense="la-rs-14.89.2",
            level=Level.FELONY,
            disposition_date=date(2023, 3, 1),
            sentence_completed_date=date(2025, 3, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_976_b_leaves_a_recent_other_pretrial_diversion_open():
    found = determination(
        "LA",
        "la-expungement-arrest-976",
        charge(
            Category.OTHER,
            Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            offense_date=date(2025, 10, 1),
            disposition_date=date(2026, 6, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_la_ccrp_976_b_five_years_after_the_arrest_an_other_diversion_qualifies():
    found = determination(
        "LA",
        "la-expungement-arrest-976",
        charge(
            Category.OTHER,
            Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            offense_date=date(2021, 11, 24),
            disposition_date=date(2022, 9, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_976_b_anniversary_of_the_arrest_stays_open():
    found = determination(
        "LA",
        "la-expungement-arrest-976",
        charge(
            Category.OTHER,
            Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            offense_date=date(2021, 11, 25),
            disposition_date=date(2022, 9, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_la_ccrp_976_b_does_not_touch_a_prostitution_diversion():
    found = determination(
        "LA",
        "la-expungement-arrest-976",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            offense="la-rs-14.82",
            diversion_kind=DiversionKind.PRETRIAL,
            offense_date=date(2026, 3, 1),
            disposition_date=date(2026, 11, 2),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_la_ccrp_976_b_other_diversion_with_no_arrest_date_stays_open():
    found = determination(
        "LA",
        "la-expungement-arrest-976",
        charge(Category.OTHER, Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.PRETRIAL),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert set(found.open_questions) == {"charges[0].offense", "charges[0].offense_date"}
