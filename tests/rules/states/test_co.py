"""Colorado remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, determination

PROSTITUTION_2016 = dict(
    offense="co-crs-18-7-201-before-2022",
    level=Level.MISDEMEANOR,
    disposition_date=date(2016, 2, 1),
    sentence_completed_date=date(2016, 8, 1),
)


def test_co_crs_18_1_410_7_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("CO", "co-vacatur-18-1-410-7", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2016))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_co_crs_18_1_410_7_needs_trafficking_nexus():
    found = determination("CO", "co-vacatur-18-1-410-7", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_18_1_410_7_leaves_pimping_open_on_victim_rights_list():
    found = determination(
        "CO",
        "co-vacatur-18-1-410-7",
        charge(Category.PROMOTING, offense="co-crs-18-7-206", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_co_crs_18_1_410_7_is_possible_when_nexus_unsure():
    found = determination("CO", "co-vacatur-18-1-410-7", charge(**PROSTITUTION_2016))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_co_crs_24_72_707_seals_dismissed_prostitution_charge_of_survivor():
    found = determination(
        "CO",
        "co-sealing-24-72-707",
        charge(disposition=Disposition.DISMISSAL, offense="co-crs-18-7-201", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_co_crs_24_72_707_does_not_seal_felony_conviction():
    found = determination(
        "CO",
        "co-sealing-24-72-707",
        charge(Category.OTHER, level=Level.FELONY, trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_24_72_707_is_possible_when_level_unknown():
    found = determination(
        "CO",
        "co-sealing-24-72-707",
        charge(Category.SOLICITATION, offense="co-crs-18-7-202", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_co_crs_24_72_705_seals_acquittal_automatically():
    found = determination("CO", "co-sealing-24-72-705", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.AUTOMATIC


def test_co_crs_24_72_705_does_not_seal_conviction():
    found = determination("CO", "co-sealing-24-72-705", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_24_72_705_is_possible_when_outcome_unknown():
    found = determination("CO", "co-sealing-24-72-705", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_co_crs_24_72_706_seals_misdemeanor_after_wait():
    found = determination("CO", "co-sealing-24-72-706", charge(**PROSTITUTION_2016))
    assert found.status is Status.ELIGIBLE


def test_co_crs_24_72_706_1_b_class_3_misdemeanor_waits_two_years():
    found = determination(
        "CO",
        "co-sealing-24-72-706",
        charge(
            offense="co-crs-18-7-201-before-2022",
            disposition_date=date(2024, 10, 1),
            sentence_completed_date=date(2025, 4, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 4, 1)


def test_co_crs_24_72_706_1_b_petty_offense_waits_one_year():
    found = determination(
        "CO",
        "co-sealing-24-72-706",
        charge(offense="co-crs-18-7-201", disposition_date=date(2026, 3, 1), sentence_completed_date=date(2026, 3, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_co_crs_24_72_706_1_b_counts_from_the_later_of_disposition_and_release():
    found = determination(
        "CO",
        "co-sealing-24-72-706",
        charge(
            offense="co-crs-18-7-201-before-2022",
            disposition_date=date(2021, 6, 1),
            sentence_completed_date=date(2025, 6, 1),
        ),
    )
    assert found.eligible_on == date(2027, 6, 1)


def test_co_crs_24_72_706_1_b_conviction_during_the_wait_bars():
    later_one = charge(offense="co-crs-18-7-201-before-2022", disposition_date=date(2017, 1, 1))
    found = determination("CO", "co-sealing-24-72-706", charge(**PROSTITUTION_2016), later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_24_72_706_1_b_conviction_after_the_wait_leaves_a_misdemeanor_open():
    # The section's words were not read; the HB 19-1275 summary counts a conviction "since" the case ended.
    later_one = charge(offense="co-crs-18-7-201", disposition_date=date(2023, 1, 1))
    found = determination("CO", "co-sealing-24-72-706", charge(**PROSTITUTION_2016), later_one)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_co_crs_24_72_706_1_b_i_petty_offense_is_barred_by_any_conviction_since():
    petty = charge(
        offense="co-crs-18-7-201", disposition_date=date(2022, 6, 1), sentence_completed_date=date(2022, 9, 1)
    )
    later_one = charge(Category.QUALITY_OF_LIFE, level=Level.MISDEMEANOR, disposition_date=date(2025, 3, 1))
    found = determination("CO", "co-sealing-24-72-706", petty, later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_24_72_706_1_b_i_petty_offense_with_no_later_conviction_is_sealed_after_a_year():
    petty = charge(
        offense="co-crs-18-7-201", disposition_date=date(2022, 6, 1), sentence_completed_date=date(2022, 9, 1)
    )
    found = determination("CO", "co-sealing-24-72-706", petty)
    assert found.status is Status.ELIGIBLE


def test_co_crs_24_72_706_is_possible_when_sentence_end_unknown():
    found = determination(
        "CO",
        "co-sealing-24-72-706",
        charge(offense="co-crs-18-7-201-before-2022", disposition_date=date(2021, 6, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_co_crs_24_72_706_is_possible_when_class_of_misdemeanor_unknown():
    found = determination(
        "CO",
        "co-sealing-24-72-706",
        charge(
            Category.OTHER,
            level=Level.MISDEMEANOR,
            offense=None,
            disposition_date=date(2023, 6, 1),
            sentence_completed_date=date(2023, 6, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].grade" in found.open_questions


def test_co_crs_24_72_709_seals_petty_convictions_together_two_years_after_the_last_case():
    first = charge(
        offense="co-crs-18-7-201", disposition_date=date(2022, 6, 1), sentence_completed_date=date(2022, 6, 1)
    )
    second = charge(
        offense="co-crs-18-7-201", disposition_date=date(2022, 12, 1), sentence_completed_date=date(2023, 3, 1)
    )
    found = determination("CO", "co-sealing-24-72-709", first, second)
    assert found.status is Status.ELIGIBLE
    blocked = determination("CO", "co-sealing-24-72-706", first, second)
    assert blocked.status is Status.NOT_ELIGIBLE


def test_co_crs_24_72_709_needs_a_later_conviction():
    found = determination("CO", "co-sealing-24-72-709", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_24_72_709_leaves_misdemeanor_wait_open():
    later_one = charge(offense="co-crs-18-7-201-before-2022", disposition_date=date(2017, 1, 1))
    found = determination("CO", "co-sealing-24-72-709", charge(**PROSTITUTION_2016), later_one)
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_co_crs_24_72_705_seals_completed_deferred_judgment():
    found = determination("CO", "co-sealing-24-72-705", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.AUTOMATIC


def test_co_clean_slate_seals_old_misdemeanor_automatically():
    found = determination("CO", "co-clean-slate", charge(**PROSTITUTION_2016))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2024, 7, 1)


def test_co_crs_13_3_117_intervening_judgment_keeps_record_off_the_list():
    later_one = charge(offense="co-crs-18-7-201", disposition_date=date(2023, 1, 1))
    found = determination("CO", "co-clean-slate", charge(**PROSTITUTION_2016), later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_13_3_117_counts_seven_years_from_final_disposition():
    found = determination(
        "CO",
        "co-clean-slate",
        charge(
            offense="co-crs-18-7-201-before-2022",
            disposition_date=date(2020, 3, 1),
            sentence_completed_date=date(2021, 3, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 3, 1)


def test_co_crs_13_3_117_is_possible_when_sentence_end_unknown():
    found = determination(
        "CO", "co-clean-slate", charge(offense="co-crs-18-7-201-before-2022", disposition_date=date(2016, 2, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)
