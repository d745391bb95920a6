"""South Dakota remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2016 = dict(
    offense="sd-sdcl-22-23-1", disposition_date=date(2016, 4, 1), sentence_completed_date=date(2016, 10, 1)
)
DISORDERLY_2019 = dict(
    offense="sd-sdcl-22-18-35", disposition_date=date(2019, 3, 5), sentence_completed_date=date(2019, 3, 5)
)


# § 23A-3-27: expungement of arrest records


def test_sd_sdcl_23a_3_27_expunges_an_acquittal_at_any_time():
    found = determination(
        "SD", "sd-expungement-arrest", charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2026, 11, 1))
    )
    assert found.status is Status.ELIGIBLE


def test_sd_sdcl_23a_3_27_waits_one_year_after_a_dismissal():
    found = determination(
        "SD", "sd-expungement-arrest", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 6, 30))
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 30)


def test_sd_sdcl_23a_3_27_treats_completed_diversion_as_a_dismissal():
    found = determination(
        "SD",
        "sd-expungement-arrest",
        charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2020, 1, 2)),
    )
    assert found.status is Status.ELIGIBLE


def test_sd_sdcl_23a_3_27_does_not_reach_a_conviction():
    found = determination("SD", "sd-expungement-arrest", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_sd_sdcl_23a_3_27_is_possible_when_dismissal_date_unknown():
    found = determination("SD", "sd-expungement-arrest", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


# § 23A-3-34: automatic removal of minor cases


def test_sd_sdcl_23a_3_34_removes_disorderly_conduct_five_years_after_disposition():
    found = determination("SD", "sd-automatic-removal-23a-3-34", charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2019))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2024, 3, 5)


def test_sd_sdcl_23a_3_34_dates_a_recent_case():
    found = determination(
        "SD",
        "sd-automatic-removal-23a-3-34",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="sd-sdcl-22-18-35",
            disposition_date=date(2025, 2, 1),
            sentence_completed_date=date(2025, 2, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2030, 2, 1)


def test_sd_sdcl_23a_3_34_does_not_reach_a_class_1_prostitution_conviction():
    found = determination("SD", "sd-automatic-removal-23a-3-34", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_sd_sdcl_23a_3_34_infers_prostitution_is_too_high_without_the_offense():
    found = determination(
        "SD", "sd-automatic-removal-23a-3-34", charge(disposition_date=date(2010, 1, 1), level=Level.MISDEMEANOR)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_sd_sdcl_23a_3_34_covers_a_petty_offense():
    found = determination(
        "SD",
        "sd-automatic-removal-23a-3-34",
        charge(
            Category.QUALITY_OF_LIFE,
            level=Level.VIOLATION,
            disposition_date=date(2015, 1, 1),
            sentence_completed_date=date(2015, 1, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC


def test_sd_sdcl_23a_3_34_stops_after_a_later_conviction():
    later_one = charge(**{**PROSTITUTION_2016, "disposition_date": date(2021, 1, 1)})
    found = determination(
        "SD", "sd-automatic-removal-23a-3-34", charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2019), later_one
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_sd_sdcl_23a_3_34_is_possible_when_a_same_day_charge_may_be_higher():
    same_case = charge(Category.OTHER, disposition=Disposition.DISMISSAL, disposition_date=date(2019, 3, 5))
    found = determination(
        "SD", "sd-automatic-removal-23a-3-34", charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2019), same_case
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].offense",)


def test_sd_sdcl_23a_3_34_is_possible_when_the_offense_is_unknown():
    found = determination(
        "SD",
        "sd-automatic-removal-23a-3-34",
        charge(Category.QUALITY_OF_LIFE, disposition_date=date(2015, 1, 1), sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].offense" in found.open_questions


# § 26-7A-115.1: vacatur of a juvenile adjudication of a trafficking victim


def test_sd_sdcl_26_7a_115_1_vacates_juvenile_case_of_trafficked_child_once_adult():
    found = determination(
        "SD",
        "sd-vacatur-juvenile-trafficking",
        charge(offense_date=date(2019, 5, 1), trafficking_nexus=Answer.YES),
        person=clean_person(birth_date=date(2003, 2, 1)),
    )
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_sd_sdcl_26_7a_115_1_sets_no_age_so_a_minor_may_petition_now():
    # "A victim of human trafficking may petition the court directly or through a parent, guardian, or
    # guardian ad litem": no wait for the eighteenth birthday.
    found = determination(
        "SD",
        "sd-vacatur-juvenile-trafficking",
        charge(offense_date=date(2025, 5, 1), trafficking_nexus=Answer.YES),
        person=clean_person(birth_date=date(2009, 3, 15)),
    )
    assert found.status is Status.ELIGIBLE


def test_sd_sdcl_26_7a_115_1_does_not_reach_an_adult_conviction():
    found = determination(
        "SD",
        "sd-vacatur-juvenile-trafficking",
        charge(offense_date=date(2016, 1, 1), trafficking_nexus=Answer.YES),
        person=clean_person(birth_date=date(1990, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_sd_sdcl_26_7a_115_1_is_possible_when_birth_date_unknown():
    found = determination(
        "SD", "sd-vacatur-juvenile-trafficking", charge(offense_date=date(2016, 1, 1), trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.birth_date",)


# Pardon (S.D. Const. art. IV, § 3; SDCL § 24-14-11)


def test_sd_pardon_is_the_path_for_an_adult_prostitution_conviction_of_a_trafficking_victim():
    found = determination("SD", "sd-pardon", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2016))
    assert found.status is Status.ELIGIBLE


def test_sd_pardon_does_not_apply_to_a_dismissed_case():
    found = determination("SD", "sd-pardon", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_sd_pardon_is_possible_when_outcome_unknown():
    found = determination("SD", "sd-pardon", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_sd_has_no_adult_trafficking_vacatur():
    import rules

    remedies = rules.jurisdiction("SD").remedies
    adult_vacaturs = [r for r in remedies if r.legal_defect and r.id != "sd-vacatur-juvenile-trafficking"]
    assert adult_vacaturs == []


def test_sd_23a_3_27_1_counts_the_year_from_the_arrest_when_no_charge_was_filed():
    found = determination(
        "SD",
        "sd-expungement-arrest",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 3, 1), disposition_date=date(2026, 9, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


# §§ 23A-3-35 to 23A-3-37: automatic expungement after a completed diversion program

DIVERSION = "sd-automatic-expungement-diversion-23a-3-35"


def test_sd_sdcl_23a_3_35_expunges_a_completed_diversion_without_a_motion():
    found = determination(
        "SD", DIVERSION, charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2024, 3, 1))
    )
    assert found.status is Status.AUTOMATIC


def test_sd_sdcl_23a_3_35_waits_one_year_and_thirty_days_after_completion():
    found = determination(
        "SD", DIVERSION, charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2026, 6, 1))
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 7, 1)


def test_sd_sdcl_23a_3_35_is_stopped_by_a_conviction_within_the_window():
    found = determination(
        "SD",
        DIVERSION,
        charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2024, 3, 1)),
        person=clean_person(other_convictions=(OtherConviction(date=date(2024, 9, 1), level=Level.MISDEMEANOR),)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_sd_sdcl_23a_3_35_ignores_a_petty_offense_within_the_window():
    found = determination(
        "SD",
        DIVERSION,
        charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2024, 3, 1)),
        person=clean_person(other_convictions=(OtherConviction(date=date(2024, 9, 1), level=Level.VIOLATION),)),
    )
    assert found.status is Status.AUTOMATIC


def test_sd_sdcl_23a_3_35_leaves_a_pending_case_open():
    found = determination(
        "SD",
        DIVERSION,
        charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2024, 3, 1)),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "person.pending_case" in found.open_questions


def test_sd_sdcl_23a_3_34_wording_of_2021_is_in_force_from_1_july_2021():
    found = determination(
        "SD",
        "sd-automatic-removal-23a-3-34",
        charge(
            category=Category.QUALITY_OF_LIFE,
            level=Level.MISDEMEANOR,
            offense="sd-sdcl-22-18-35",
            disposition_date=date(2016, 1, 4),
            sentence_completed_date=date(2016, 2, 1),
        ),
        as_of=date(2021, 12, 1),
    )
    assert found.status is Status.AUTOMATIC


# §§ 23A-27-14, 23A-27-17: sealing when a suspended imposition of sentence ends in discharge and dismissal

SIS = "sd-sealing-suspended-imposition-23a-27-17"


def test_sd_sdcl_23a_27_17_seals_a_completed_suspended_imposition():
    done = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2022, 5, 1),
    )
    found = determination("SD", SIS, done)
    assert found.status is Status.AUTOMATIC


def test_sd_sdcl_23a_27_17_does_not_reach_a_pretrial_diversion():
    done = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.PRETRIAL,
        disposition_date=date(2022, 5, 1),
    )
    found = determination("SD", SIS, done)
    assert found.status is Status.NOT_ELIGIBLE


def test_sd_sdcl_23a_27_17_is_open_when_the_kind_of_program_is_unknown():
    found = determination("SD", SIS, charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_sd_sdcl_23a_3_35_a_listed_charge_filed_and_dropped_in_the_window_stops_it():
    done = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.PRETRIAL,
        disposition_date=date(2024, 3, 1),
    )
    dropped = charge(
        Category.QUALITY_OF_LIFE,
        Disposition.DISMISSAL,
        offense="sd-sdcl-22-18-35",
        offense_date=date(2024, 8, 10),
        disposition_date=date(2024, 11, 20),
    )
    found = determination("SD", "sd-automatic-expungement-diversion-23a-3-35", done, dropped)
    assert found.status is Status.NOT_ELIGIBLE
