"""District of Columbia remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2015 = dict(
    offense="dc-dcc-22-2701", disposition_date=date(2015, 3, 2), sentence_completed_date=date(2015, 9, 1)
)
DISMISSED_2020 = dict(offense="dc-dcc-22-2701", disposition=Disposition.DISMISSAL, disposition_date=date(2020, 1, 6))


# D.C. Code § 22-1844: vacatur of convictions that resulted from trafficking.


def test_dc_code_22_1844_vacates_prostitution_conviction_of_trafficking_survivor():
    found = determination("DC", "dc-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_dc_code_22_1844_does_not_vacate_without_trafficking_nexus():
    found = determination("DC", "dc-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_dc_code_22_1831_5b_excludes_sex_trafficking_of_children():
    found = determination(
        "DC",
        "dc-vacatur-trafficking",
        charge(
            Category.TRAFFICKING,
            offense="dc-dcc-22-1834",
            trafficking_nexus=Answer.YES,
            sentence_completed_date=date(2015, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_dc_code_22_1844_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination("DC", "dc-vacatur-trafficking", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_dc_code_22_1844_waits_for_the_sentence_to_end():
    found = determination(
        "DC",
        "dc-vacatur-trafficking",
        charge(offense="dc-dcc-22-2701", trafficking_nexus=Answer.YES, sentence_completed_date=date(2027, 2, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 2, 1)


def test_dc_code_22_1844_is_possible_when_sentence_end_unknown():
    found = determination(
        "DC", "dc-vacatur-trafficking", charge(offense="dc-dcc-22-2701", trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


# D.C. Code § 22-1844: expungement of arrests that resulted from trafficking.


def test_dc_code_22_1844_expunges_dismissed_arrest_of_trafficking_survivor():
    found = determination(
        "DC", "dc-expungement-trafficking-arrest", charge(trafficking_nexus=Answer.YES, **DISMISSED_2020)
    )
    assert found.status is Status.ELIGIBLE


def test_dc_code_22_1844_arrest_expungement_does_not_reach_convictions():
    found = determination(
        "DC", "dc-expungement-trafficking-arrest", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_dc_code_22_1844_arrest_expungement_is_possible_when_nexus_unsure():
    found = determination("DC", "dc-expungement-trafficking-arrest", charge(**DISMISSED_2020))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


# D.C. Code § 16-805: automatic sealing of non-convictions.


def test_dc_code_16_805_seals_dismissed_prostitution_case_by_october_2027():
    found = determination(
        "DC", "dc-automatic-sealing-non-conviction", charge(level=Level.MISDEMEANOR, **DISMISSED_2020)
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 10, 1)


def test_dc_code_16_805_gives_the_court_90_days_after_a_late_dismissal():
    found = determination(
        "DC",
        "dc-automatic-sealing-non-conviction",
        charge(
            offense="dc-dcc-22-2701",
            level=Level.MISDEMEANOR,
            disposition=Disposition.ACQUITTAL,
            disposition_date=date(2027, 9, 15),
        ),
        as_of=date(2027, 9, 20),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 12, 14)


def test_dc_code_16_805_non_conviction_sealing_does_not_reach_convictions():
    found = determination("DC", "dc-automatic-sealing-non-conviction", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_dc_code_16_805_b_13_leaves_out_a_felony_pandering_charge_as_a_dangerous_crime():
    # § 23-1331(3)(B): "Any felony offense under Chapter 27 of Title 22 (Prostitution, Pandering)".
    found = determination(
        "DC",
        "dc-automatic-sealing-non-conviction",
        charge(Category.PROMOTING, offense="dc-dcc-22-2705", disposition=Disposition.DISMISSAL),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_dc_code_16_805_b_13_asks_the_level_of_a_prostitution_charge():
    found = determination("DC", "dc-automatic-sealing-non-conviction", charge(**DISMISSED_2020))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_dc_code_16_805_infers_prostitution_offense_from_category():
    found = determination(
        "DC", "dc-automatic-sealing-non-conviction", charge(level=Level.MISDEMEANOR, disposition=Disposition.NO_CHARGES)
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 10, 1)


# D.C. Code § 16-805: automatic sealing of misdemeanor convictions.


def test_dc_code_16_805_seals_old_misdemeanor_conviction_by_october_2027():
    found = determination(
        "DC",
        "dc-automatic-sealing-misdemeanor",
        charge(level=Level.MISDEMEANOR, **{**PROSTITUTION_2015, "sentence_completed_date": date(2010, 3, 1)}),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 10, 1)


def test_dc_code_16_805_dates_sealing_90_days_after_the_ten_year_wait():
    found = determination(
        "DC",
        "dc-automatic-sealing-misdemeanor",
        charge(Category.QUALITY_OF_LIFE, offense="dc-dcc-22-1321", sentence_completed_date=date(2020, 6, 15)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2030, 9, 13)


def test_dc_code_16_805_does_not_automatically_seal_felony_prostitution():
    found = determination("DC", "dc-automatic-sealing-misdemeanor", charge(level=Level.FELONY, **PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_dc_code_16_805_is_possible_when_prostitution_level_unknown():
    found = determination("DC", "dc-automatic-sealing-misdemeanor", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


# D.C. Code § 16-806(a)(1): sealing a non-conviction by motion.


def test_dc_code_16_806_a_1_b_i_allows_motion_filed_before_october_2027():
    found = determination("DC", "dc-sealing-motion-non-conviction", charge(**DISMISSED_2020))
    assert found.status is Status.ELIGIBLE


def test_dc_code_16_806_a_1_does_not_reach_convictions():
    found = determination("DC", "dc-sealing-motion-non-conviction", charge(**PROSTITUTION_2015), as_of=date(2026, 6, 1))
    assert found.status is Status.NOT_ELIGIBLE


def test_dc_code_16_806_a_1_b_i_closes_for_a_misdemeanor_after_september_2027():
    found = determination(
        "DC",
        "dc-sealing-motion-non-conviction",
        charge(level=Level.MISDEMEANOR, **DISMISSED_2020),
        as_of=date(2027, 10, 1),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_dc_code_16_806_a_1_b_ii_keeps_the_motion_for_a_felony_pandering_charge():
    found = determination(
        "DC",
        "dc-sealing-motion-non-conviction",
        charge(Category.PROMOTING, offense="dc-dcc-22-2707", disposition=Disposition.DISMISSAL),
        as_of=date(2028, 1, 1),
    )
    assert found.status is Status.ELIGIBLE


def test_dc_code_16_806_a_1_b_asks_the_level_after_september_2027():
    found = determination("DC", "dc-sealing-motion-non-conviction", charge(**DISMISSED_2020), as_of=date(2028, 1, 1))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


# D.C. Code § 16-806(a)(3): sealing a conviction by motion.


def test_dc_code_16_806_a_3_seals_misdemeanor_five_years_after_sentence():
    found = determination("DC", "dc-sealing-motion-conviction", charge(level=Level.MISDEMEANOR, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_dc_code_16_806_a_3_dates_the_end_of_the_five_year_wait():
    found = determination(
        "DC",
        "dc-sealing-motion-conviction",
        charge(Category.LEWDNESS, offense="dc-dcc-22-1312", sentence_completed_date=date(2023, 1, 10)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 10)


def test_dc_code_16_806_a_3_does_not_reach_a_dismissal():
    found = determination("DC", "dc-sealing-motion-conviction", charge(**DISMISSED_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_dc_code_16_806_a_3_leaves_felony_severity_group_open():
    found = determination(
        "DC",
        "dc-sealing-motion-conviction",
        charge(Category.PROMOTING, offense="dc-dcc-22-2712", sentence_completed_date=date(2012, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_dc_code_16_806_a_3_is_possible_when_prostitution_level_unknown():
    found = determination("DC", "dc-sealing-motion-conviction", charge(**PROSTITUTION_2015), person=clean_person())
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_dc_code_22_1831_5b_leaves_an_unnamed_other_charge_open():
    found = determination(
        "DC",
        "dc-vacatur-trafficking",
        charge(Category.OTHER, trafficking_nexus=Answer.YES, sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)
