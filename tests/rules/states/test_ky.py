"""Kentucky remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import Grade
from tests.rules.screening import charge, determination

PROSTITUTION_2019 = dict(
    offense="ky-krs-529.020", disposition_date=date(2019, 4, 1), sentence_completed_date=date(2019, 10, 1)
)


def test_ky_krs_529_160_expunges_prostitution_conviction_of_trafficking_victim():
    found = determination("KY", "ky-expungement-529-160", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_ky_krs_529_160_waits_sixty_days_after_judgment():
    found = determination(
        "KY",
        "ky-expungement-529-160",
        charge(offense="ky-krs-529.020", trafficking_nexus=Answer.YES, disposition_date=date(2026, 11, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 12, 31)


def test_ky_krs_529_160_needs_trafficking_nexus():
    found = determination("KY", "ky-expungement-529-160", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_ky_krs_529_160_is_possible_when_violence_cannot_be_ruled_out():
    found = determination(
        "KY",
        "ky-expungement-529-160",
        charge(Category.OTHER, trafficking_nexus=Answer.YES, disposition_date=date(2020, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ky_krs_431_076_expunges_acquittal_after_sixty_days():
    found = determination(
        "KY", "ky-expungement-431-076", charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2026, 10, 1))
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 11, 30)


def test_ky_krs_431_076_2_leaves_recent_dismissal_open_on_prejudice():
    found = determination(
        "KY",
        "ky-expungement-431-076",
        charge(
            Category.PROMOTING,
            offense="ky-krs-529.040",
            disposition=Disposition.DISMISSAL,
            disposition_date=date(2025, 2, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_ky_krs_431_076_2_dismissal_five_years_old_can_be_expunged_either_way():
    found = determination(
        "KY",
        "ky-expungement-431-076",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2019, 2, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_ky_krs_431_076_does_not_reach_conviction():
    found = determination("KY", "ky-expungement-431-076", charge(**PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_ky_krs_431_078_expunges_misdemeanor_five_years_after_sentence():
    found = determination("KY", "ky-expungement-431-078", charge(**PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_ky_krs_431_078_dates_the_wait():
    found = determination(
        "KY",
        "ky-expungement-431-078",
        charge(offense="ky-krs-529.020", disposition_date=date(2023, 1, 1), sentence_completed_date=date(2023, 7, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 7, 1)


def test_ky_krs_431_078_does_not_reach_felony():
    found = determination(
        "KY",
        "ky-expungement-431-078",
        charge(Category.PROMOTING, offense="ky-krs-529.030", sentence_completed_date=date(2010, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ky_krs_431_078_is_possible_when_level_unknown():
    found = determination(
        "KY",
        "ky-expungement-431-078",
        charge(
            Category.QUALITY_OF_LIFE,
            level=Level.UNKNOWN,
            disposition_date=date(2010, 1, 1),
            sentence_completed_date=date(2010, 1, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_ky_krs_431_076_is_possible_when_outcome_unknown():
    found = determination("KY", "ky-expungement-431-076", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition", "charges[0].disposition_date")


def test_ky_krs_431_076_1_a_expunges_acquittal_automatically_after_thirty_days():
    found = determination(
        "KY",
        "ky-automatic-expungement-431-076",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2021, 3, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2021, 3, 31)


def test_ky_krs_431_076_1_a_dates_a_recent_acquittal():
    found = determination(
        "KY",
        "ky-automatic-expungement-431-076",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2026, 11, 20)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 12, 20)


def test_ky_krs_431_076_1_a_starts_on_15_july_2020():
    found = determination(
        "KY",
        "ky-automatic-expungement-431-076",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2020, 7, 14)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ky_krs_431_076_1_a_leaves_dismissal_open_on_prejudice():
    found = determination(
        "KY",
        "ky-automatic-expungement-431-076",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2022, 5, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_ky_krs_431_078_4_b_old_later_misdemeanor_does_not_bar():
    later_one = charge(
        offense="ky-krs-529.020", disposition_date=date(2020, 1, 1), sentence_completed_date=date(2020, 1, 1)
    )
    found = determination("KY", "ky-expungement-431-078", charge(**PROSTITUTION_2019), later_one)
    assert found.status is Status.ELIGIBLE


def test_ky_krs_431_078_4_b_recent_conviction_delays_until_window_clears():
    later_one = charge(
        offense="ky-krs-529.020", disposition_date=date(2024, 6, 1), sentence_completed_date=date(2024, 6, 1)
    )
    found = determination("KY", "ky-expungement-431-078", charge(**PROSTITUTION_2019), later_one)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 6, 1)


def test_ky_krs_431_073_vacates_class_d_promoting_five_years_after_sentence():
    found = determination(
        "KY",
        "ky-vacate-expunge-431-073",
        charge(Category.PROMOTING, offense="ky-krs-529.040", sentence_completed_date=date(2024, 3, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 3, 1)


def test_ky_krs_431_073_does_not_reach_class_c_felony():
    found = determination(
        "KY",
        "ky-vacate-expunge-431-073",
        charge(
            Category.PROMOTING,
            offense="ky-krs-529.030",
            grade=Grade.FELONY_CLASS_C,
            sentence_completed_date=date(2010, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ky_krs_529_160_reaches_a_trafficking_charge_under_chapter_529():
    # KRS 529.100 is an offense "under this chapter"; a survivor charged with it may move to expunge.
    found = determination(
        "KY",
        "ky-expungement-529-160",
        charge(
            Category.TRAFFICKING,
            offense="ky-krs-529.100",
            level=Level.FELONY,
            disposition_date=date(2018, 4, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ky_krs_431_078_4_a_does_not_expunge_indecent_exposure_a_chapter_510_sex_offense():
    found = determination(
        "KY",
        "ky-expungement-431-078",
        charge(
            Category.LEWDNESS,
            offense="ky-krs-510.150",
            level=Level.MISDEMEANOR,
            disposition_date=date(2012, 3, 1),
            sentence_completed_date=date(2012, 9, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ky_krs_431_078_4_d_leaves_enhanceable_loitering_open():
    found = determination(
        "KY",
        "ky-expungement-431-078",
        charge(
            Category.LOITERING_FOR_PROSTITUTION,
            offense="ky-krs-529.080",
            level=Level.VIOLATION,
            disposition_date=date(2014, 3, 1),
            sentence_completed_date=date(2014, 3, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_ky_krs_431_078_4_d_expunges_prostitution_which_is_not_enhanced():
    found = determination(
        "KY",
        "ky-expungement-431-078",
        charge(
            offense="ky-krs-529.020",
            level=Level.MISDEMEANOR,
            disposition_date=date(2014, 3, 1),
            sentence_completed_date=date(2014, 9, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ky_krs_431_073_1_d_leaves_out_felony_indecent_exposure():
    found = determination(
        "KY",
        "ky-vacate-expunge-431-073",
        charge(
            Category.LEWDNESS,
            offense="ky-krs-510.150",
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_D,
            disposition_date=date(2010, 3, 1),
            sentence_completed_date=date(2012, 3, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE
