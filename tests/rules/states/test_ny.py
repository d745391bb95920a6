"""New York remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2014 = dict(
    offense="ny-pl-230.00", disposition_date=date(2014, 6, 10), sentence_completed_date=date(2014, 6, 10)
)


def test_ny_cpl_440_10_1_i_vacates_prostitution_conviction_with_trafficking_nexus():
    found = determination("NY", "ny-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2014))
    assert found.status is Status.ELIGIBLE
    assert all(r.citation == "N.Y. Crim. Proc. Law § 440.10(1)(i)" for r in found.reasons)


def test_ny_cpl_440_10_1_i_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("NY", "ny-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2014))
    assert found.status is Status.NOT_ELIGIBLE
    assert "forced, tricked or coerced" in found.reasons[0].text


def test_ny_cpl_440_10_1_i_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination("NY", "ny-vacatur-trafficking", charge(**PROSTITUTION_2014))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ny_cpl_440_10_1_i_needs_a_conviction():
    found = determination(
        "NY", "ny-vacatur-trafficking", charge(disposition=Disposition.DISMISSAL, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ny_cpl_160_50_seals_dismissed_case_automatically():
    found = determination("NY", "ny-sealing-favorable-termination", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.AUTOMATIC


def test_ny_cpl_160_50_does_not_seal_a_conviction():
    found = determination("NY", "ny-sealing-favorable-termination", charge(**PROSTITUTION_2014))
    assert found.status is Status.NOT_ELIGIBLE


def test_ny_cpl_160_50_is_possible_when_outcome_unknown():
    found = determination("NY", "ny-sealing-favorable-termination", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ny_cpl_160_55_seals_violation_conviction():
    found = determination("NY", "ny-sealing-violation", charge(Category.QUALITY_OF_LIFE, level=Level.VIOLATION))
    assert found.status is Status.AUTOMATIC


def test_ny_cpl_160_55_does_not_seal_misdemeanor_conviction():
    found = determination("NY", "ny-sealing-violation", charge(**PROSTITUTION_2014))
    assert found.status is Status.NOT_ELIGIBLE


def test_ny_cpl_160_55_is_possible_when_level_unknown():
    found = determination("NY", "ny-sealing-violation", charge(Category.QUALITY_OF_LIFE))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_ny_repeal_of_pl_240_37_seals_loitering_conviction():
    found = determination(
        "NY", "ny-sealing-240-37-repeal", charge(Category.LOITERING_FOR_PROSTITUTION, offense="ny-pl-240.37")
    )
    assert found.status is Status.AUTOMATIC


def test_ny_repeal_of_pl_240_37_infers_offense_from_category():
    found = determination("NY", "ny-sealing-240-37-repeal", charge(Category.LOITERING_FOR_PROSTITUTION))
    assert found.status is Status.AUTOMATIC


def test_ny_repeal_of_pl_240_37_does_not_seal_dismissal_twice():
    found = determination(
        "NY", "ny-sealing-240-37-repeal", charge(Category.LOITERING_FOR_PROSTITUTION, disposition=Disposition.DISMISSAL)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ny_repeal_of_pl_240_37_is_possible_when_outcome_unknown():
    found = determination(
        "NY", "ny-sealing-240-37-repeal", charge(Category.LOITERING_FOR_PROSTITUTION, disposition=Disposition.UNKNOWN)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_ny_cpl_160_57_clean_slate_seals_misdemeanor_three_years_after_sentence():
    found = determination("NY", "ny-clean-slate", charge(**PROSTITUTION_2014))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2024, 11, 16)  # the law's own start, later than the 3-year wait


def test_ny_cpl_160_57_1_b_i_counts_from_sentencing_not_from_end_of_probation():
    found = determination(
        "NY",
        "ny-clean-slate",
        charge(
            offense="ny-pl-230.00",
            disposition_date=date(2025, 3, 1),
            release_date=date(2025, 3, 1),
            sentence_completed_date=date(2025, 9, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2028, 3, 1)


def test_ny_cpl_160_57_clean_slate_waits_eight_years_for_a_felony():
    found = determination(
        "NY",
        "ny-clean-slate",
        charge(
            Category.PROMOTING,
            offense="ny-pl-230.25",
            disposition_date=date(2018, 5, 1),
            release_date=date(2020, 1, 15),
            sentence_completed_date=date(2022, 1, 15),
        ),
    )
    assert found.eligible_on == date(2028, 1, 15)


def test_ny_cpl_160_57_clean_slate_does_not_seal_registrable_offense():
    found = determination(
        "NY",
        "ny-clean-slate",
        charge(Category.PROMOTING, offense="ny-pl-230.32", sentence_completed_date=date(2010, 1, 15)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ny_cpl_160_57_clean_slate_waits_for_open_case_to_end():
    found = determination(
        "NY", "ny-clean-slate", charge(**PROSTITUTION_2014), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ny_cpl_160_57_clean_slate_is_possible_when_sentencing_date_unknown():
    found = determination("NY", "ny-clean-slate", charge(offense="ny-pl-230.00"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].disposition_date" in found.open_questions


def test_ny_correction_law_168_a_subdivision_one_of_230_30_is_not_registrable():
    found = determination(
        "NY",
        "ny-sealing-160-59",
        charge(
            Category.PROMOTING,
            offense="ny-pl-230.30-1",
            disposition_date=date(2010, 1, 15),
            release_date=date(2012, 1, 15),
            sentence_completed_date=date(2014, 1, 15),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ny_cpl_160_57_clean_slate_clock_restarts_with_later_conviction():
    first = charge(**PROSTITUTION_2014)
    second = charge(offense="ny-pl-230.00", disposition_date=date(2025, 5, 1), sentence_completed_date=date(2025, 5, 1))
    found = determination("NY", "ny-clean-slate", first, second)
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2028, 5, 1)


def test_ny_cpl_160_59_seals_single_misdemeanor_after_ten_years():
    found = determination("NY", "ny-sealing-160-59", charge(**PROSTITUTION_2014))
    assert found.status is Status.ELIGIBLE


def test_ny_cpl_160_59_dates_the_end_of_the_ten_year_wait():
    found = determination(
        "NY",
        "ny-sealing-160-59",
        charge(
            offense="ny-pl-230.00",
            disposition_date=date(2020, 2, 29),
            release_date=date(2020, 2, 29),
            sentence_completed_date=date(2021, 2, 28),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2030, 3, 1)


def test_ny_cpl_160_59_refuses_more_than_two_convictions():
    three = [charge(**PROSTITUTION_2014) for _ in range(3)]
    found = determination("NY", "ny-sealing-160-59", *three)
    assert found.status is Status.NOT_ELIGIBLE


def test_ny_cpl_160_59_3_f_seals_a_later_sealable_conviction_together_ten_years_after_it():
    # (2)(a) up to two eligible offenses on one application; (3)(f) bars only a crime after the last one sought.
    later_one = charge(offense="ny-pl-230.00", disposition_date=date(2020, 3, 2), release_date=date(2020, 3, 2))
    found = determination("NY", "ny-sealing-160-59", charge(**PROSTITUTION_2014), later_one)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2030, 3, 2)


def test_ny_cpl_160_59_3_f_refuses_when_a_later_conviction_cannot_be_sealed():
    later_one = charge(
        Category.PROMOTING, offense="ny-pl-230.32", disposition_date=date(2016, 1, 1), release_date=date(2016, 1, 1)
    )
    found = determination("NY", "ny-sealing-160-59", charge(**PROSTITUTION_2014), later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_ny_cpl_160_59_is_possible_when_open_case_unknown():
    found = determination(
        "NY", "ny-sealing-160-59", charge(**PROSTITUTION_2014), person=clean_person(pending_case=Answer.UNSURE)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_ny_cpl_160_59_does_not_reach_trafficking_charges():
    from tests.rules.screening import reaches

    assert not reaches("NY", "ny-sealing-160-59", charge(Category.TRAFFICKING))


def test_ny_cpl_160_59_3_f_a_later_violation_is_not_a_bar():
    person = clean_person(other_convictions=(OtherConviction(date=date(2020, 1, 1), level=Level.VIOLATION),))
    found = determination(
        "NY",
        "ny-sealing-160-59",
        charge(
            category=Category.SOLICITATION,
            offense="ny-pl-230.04",
            level=Level.MISDEMEANOR,
            disposition_date=date(2012, 1, 1),
            release_date=date(2012, 1, 1),
        ),
        person=person,
    )
    assert found.status is Status.ELIGIBLE


def test_ny_cpl_160_59_3_f_a_later_misdemeanor_is_a_bar_unless_it_can_be_sealed_too():
    person = clean_person(other_convictions=(OtherConviction(date=date(2014, 1, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "NY",
        "ny-sealing-160-59",
        charge(
            category=Category.SOLICITATION,
            offense="ny-pl-230.04",
            level=Level.MISDEMEANOR,
            disposition_date=date(2012, 1, 1),
            release_date=date(2012, 1, 1),
        ),
        person=person,
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


def test_ny_cpl_160_57_1_b_restart_runs_from_release_on_the_later_conviction():
    earlier = charge(offense="ny-pl-230.00", disposition_date=date(2015, 1, 5), release_date=date(2015, 1, 5))
    later_felony = charge(
        Category.PROMOTING, offense="ny-pl-230.25", disposition_date=date(2019, 1, 2), release_date=date(2024, 3, 1)
    )
    found = determination("NY", "ny-clean-slate", earlier, later_felony, as_of=date(2026, 12, 7))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 3, 1)  # three years from the release on the later felony


PROSTITUTION_2020 = dict(
    offense="ny-pl-230.00",
    level=Level.MISDEMEANOR,
    disposition_date=date(2020, 3, 1),
    release_date=date(2020, 3, 1),
)


def test_ny_cpl_160_57_1_b_iv_supervision_in_another_case_does_not_hold_back_clean_slate():
    found = determination(
        "NY",
        "ny-clean-slate",
        charge(sentence_completed_date=date(2021, 3, 1), **PROSTITUTION_2020),
        person=clean_person(under_sentence=Answer.YES),
    )
    assert found.status is Status.AUTOMATIC


def test_ny_cpl_160_57_1_b_iv_waits_for_supervision_on_this_conviction():
    fields = {**PROSTITUTION_2020, "sentence_completed_date": date(2027, 1, 15)}
    found = determination("NY", "ny-clean-slate", charge(**fields), person=clean_person(under_sentence=Answer.YES))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 1, 15)


def test_ny_cpl_160_57_1_b_iv_asks_which_case_a_current_sentence_is_for():
    found = determination(
        "NY", "ny-clean-slate", charge(**PROSTITUTION_2020), person=clean_person(under_sentence=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_ny_cpl_160_57_1_b_v_asks_the_law_of_an_other_conviction():
    found = determination(
        "NY",
        "ny-clean-slate",
        charge(
            Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2019, 6, 1), release_date=date(2019, 6, 1)
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ny_cpl_160_59_1_a_asks_the_law_of_an_other_conviction():
    found = determination(
        "NY",
        "ny-sealing-160-59",
        charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2010, 6, 1), release_date=date(2010, 6, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ny_cpl_160_59_1_a_seals_public_lewdness_after_ten_years():
    found = determination(
        "NY",
        "ny-sealing-160-59",
        charge(
            Category.LEWDNESS,
            offense="ny-pl-245.00",
            level=Level.MISDEMEANOR,
            disposition_date=date(2012, 6, 1),
            release_date=date(2012, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE
