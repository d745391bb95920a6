"""Illinois remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2018 = dict(
    offense="il-cc-11-14", disposition_date=date(2018, 3, 1), sentence_completed_date=date(2018, 9, 1)
)


def test_il_725_ilcs_116_2_1_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("IL", "il-vacatur-116-2-1", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_il_725_ilcs_116_2_1_needs_trafficking_nexus():
    found = determination("IL", "il-vacatur-116-2-1", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_il_725_ilcs_116_2_1_is_possible_when_trafficking_nexus_unsure():
    found = determination("IL", "il-vacatur-116-2-1", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_il_725_ilcs_116_2_1_does_not_reach_solicitation():
    assert not reaches("IL", "il-vacatur-116-2-1", charge(Category.SOLICITATION))


def test_il_20_ilcs_2630_5_2_h_seals_any_conviction_of_trafficking_victim_after_sentence():
    found = determination(
        "IL",
        "il-immediate-sealing-trafficking",
        charge(Category.QUALITY_OF_LIFE, offense="il-cc-21-3", trafficking_nexus=Answer.YES, **_dates(2025)),
    )
    assert found.status is Status.ELIGIBLE


def test_il_20_ilcs_2630_5_2_h_leaves_article_11_offenses_open():
    # (h) names "his or her criminal record"; (a)(3) bars sealing Article 11 offenses but prostitution: not settled.
    found = determination(
        "IL",
        "il-immediate-sealing-trafficking",
        charge(Category.SOLICITATION, offense="il-cc-11-14.1", trafficking_nexus=Answer.YES, **_dates(2025)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_il_20_ilcs_2630_5_2_h_waits_until_sentence_is_over():
    found = determination(
        "IL",
        "il-immediate-sealing-trafficking",
        charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018),
        person=clean_person(under_sentence=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_il_20_ilcs_2630_5_2_h_is_possible_when_sentence_end_unknown():
    found = determination(
        "IL", "il-immediate-sealing-trafficking", charge(offense="il-cc-11-14", trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_il_20_ilcs_2630_5_2_b_1_expunges_dismissed_case():
    found = determination("IL", "il-expungement-non-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_il_20_ilcs_2630_5_2_b_1_does_not_expunge_conviction():
    found = determination("IL", "il-expungement-non-conviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_il_20_ilcs_2630_5_2_b_1_is_possible_when_outcome_unknown():
    found = determination("IL", "il-expungement-non-conviction", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_il_20_ilcs_2630_5_2_b_2_expunges_prostitution_supervision_after_two_years():
    found = determination(
        "IL",
        "il-expungement-supervision",
        charge(disposition=Disposition.DIVERSION_COMPLETED, sentence_completed_date=date(2025, 4, 2)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 4, 2)


def test_il_20_ilcs_2630_5_2_b_2_keeps_five_years_for_an_unlisted_offense():
    found = determination(
        "IL",
        "il-expungement-supervision",
        charge(Category.OTHER, disposition=Disposition.DIVERSION_COMPLETED, sentence_completed_date=date(2024, 4, 2)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 4, 2)


def test_il_20_ilcs_2630_5_2_b_2_does_not_reach_conviction():
    found = determination("IL", "il-expungement-supervision", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_il_20_ilcs_2630_5_2_b_2_is_possible_when_supervision_end_unknown():
    found = determination("IL", "il-expungement-supervision", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_il_20_ilcs_2630_5_2_c_seals_prostitution_three_years_after_sentence():
    found = determination("IL", "il-sealing-conviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE


def test_il_20_ilcs_2630_5_2_c_dates_the_end_of_the_wait_from_the_last_sentence():
    newer = charge(Category.QUALITY_OF_LIFE, offense="il-cc-26-1", level=Level.MISDEMEANOR, **_dates(2025))
    found = determination("IL", "il-sealing-conviction", charge(**PROSTITUTION_2018), newer)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 6, 30)


def test_il_20_ilcs_2630_5_2_a_3_does_not_seal_solicitation_of_a_sexual_act():
    found = determination(
        "IL", "il-sealing-conviction", charge(Category.SOLICITATION, offense="il-cc-11-14.1", **_dates(2015))
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_il_20_ilcs_2630_5_2_a_3_does_not_seal_felony_public_indecency():
    found = determination("IL", "il-sealing-conviction", charge(Category.LEWDNESS, level=Level.FELONY, **_dates(2015)))
    assert found.status is Status.NOT_ELIGIBLE


def test_il_20_ilcs_2630_5_2_a_3_is_possible_when_public_indecency_level_unknown():
    found = determination("IL", "il-sealing-conviction", charge(Category.LEWDNESS, **_dates(2015)))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_il_20_ilcs_2630_5_2_c_is_possible_when_other_sentence_end_unknown():
    found = determination("IL", "il-sealing-conviction", charge(**PROSTITUTION_2018), charge(offense="il-cc-11-14"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].sentence_completed_date",)


def test_il_pa_102_639_expunges_old_felony_prostitution_automatically():
    found = determination(
        "IL",
        "il-felony-prostitution-expungement",
        charge(offense="il-cc-11-14-felony", offense_date=date(2009, 5, 1), disposition_date=date(2009, 8, 1)),
        as_of=date(2021, 1, 1),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2021, 8, 27)  # the day the law took effect


def test_il_pa_102_639_does_not_reach_misdemeanor_prostitution():
    found = determination(
        "IL", "il-felony-prostitution-expungement", charge(offense_date=date(2009, 5, 1), **PROSTITUTION_2018)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_il_pa_102_639_is_possible_when_level_unknown():
    found = determination("IL", "il-felony-prostitution-expungement", charge(offense_date=date(2010, 1, 5)))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def _dates(year: int) -> dict[str, date]:
    return {"disposition_date": date(year, 1, 10), "sentence_completed_date": date(year, 6, 30)}


def test_il_20_ilcs_2630_5_3_clean_slate_seals_misdemeanor_from_2029():
    found = determination(
        "IL",
        "il-clean-slate-automatic-sealing",
        charge(
            offense="il-cc-11-14",
            level=Level.MISDEMEANOR,
            disposition_date=date(2019, 6, 1),
            sentence_completed_date=date(2020, 6, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2029, 1, 1)


def test_il_20_ilcs_2630_5_3_clean_slate_skips_solicitation():
    found = determination(
        "IL",
        "il-clean-slate-automatic-sealing",
        charge(
            Category.SOLICITATION,
            offense="il-cc-11-14.1",
            level=Level.MISDEMEANOR,
            disposition_date=date(2015, 6, 1),
            sentence_completed_date=date(2016, 6, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_il_20_ilcs_2630_5_2_b_1_expunges_a_pretrial_diversion_dismissal_at_once():
    found = determination(
        "IL",
        "il-expungement-non-conviction",
        charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.PRETRIAL),
    )
    assert found.status is Status.ELIGIBLE


def test_il_20_ilcs_2630_5_2_b_1_asks_what_kind_of_diversion():
    found = determination("IL", "il-expungement-non-conviction", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_il_730_ilcs_5_5_6_3_1_f_unlicensed_massage_supervision_waits_two_years():
    found = determination(
        "IL",
        "il-expungement-supervision",
        charge(
            Category.UNLICENSED_MASSAGE,
            disposition=Disposition.DIVERSION_COMPLETED,
            sentence_completed_date=date(2025, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_il_20_ilcs_2630_5_3_clean_slate_seals_an_acquittal_automatically():
    found = determination(
        "IL",
        "il-clean-slate-automatic-sealing",
        charge(offense="il-cc-11-14", disposition=Disposition.ACQUITTAL, disposition_date=date(2026, 3, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2029, 1, 1)


def test_il_20_ilcs_2630_5_3_clean_slate_seals_an_arrest_released_without_charging():
    found = determination(
        "IL",
        "il-clean-slate-automatic-sealing",
        charge(Category.QUALITY_OF_LIFE, offense="il-cc-26-1", disposition=Disposition.NO_CHARGES),
    )
    assert found.status is Status.AUTOMATIC


def test_il_20_ilcs_2630_5_3_clean_slate_leaves_out_a_sex_offense_acquittal():
    found = determination(
        "IL",
        "il-clean-slate-automatic-sealing",
        charge(Category.SOLICITATION, offense="il-cc-11-14.1", disposition=Disposition.ACQUITTAL),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_il_725_ilcs_116_2_1_motion_at_any_time_even_under_sentence():
    found = determination(
        "IL",
        "il-vacatur-116-2-1",
        charge(offense="il-cc-11-14", trafficking_nexus=Answer.YES, disposition_date=date(2026, 3, 1)),
        person=clean_person(under_sentence=Answer.YES, pending_case=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_il_20_ilcs_2630_5_2_c_3_seals_on_the_third_anniversary_of_the_last_sentence():
    on_the_day = determination(
        "IL",
        "il-sealing-conviction",
        charge(offense="il-cc-11-14", disposition_date=date(2023, 3, 1), sentence_completed_date=date(2023, 12, 7)),
        as_of=date(2026, 12, 7),
    )
    a_day_short = determination(
        "IL",
        "il-sealing-conviction",
        charge(offense="il-cc-11-14", disposition_date=date(2023, 3, 1), sentence_completed_date=date(2023, 12, 8)),
        as_of=date(2026, 12, 7),
    )
    assert on_the_day.status is Status.ELIGIBLE
    assert a_day_short.status is Status.ELIGIBLE_LATER
    assert a_day_short.eligible_on == date(2026, 12, 8)


def test_il_725_ilcs_116_2_1_motion_has_no_time_limit():
    # "at any time following the entry of a verdict or finding of guilty": a 1998 conviction still qualifies.
    found = determination(
        "IL",
        "il-vacatur-116-2-1",
        charge(
            offense="il-cc-11-14",
            offense_date=date(1998, 2, 1),
            disposition_date=date(1998, 4, 1),
            sentence_completed_date=date(1998, 10, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_il_725_ilcs_116_2_1_needs_a_finding_of_guilty():
    found = determination(
        "IL",
        "il-vacatur-116-2-1",
        charge(
            offense="il-cc-11-14",
            disposition=Disposition.DISMISSAL,
            disposition_date=date(2026, 11, 30),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE
