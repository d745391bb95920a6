"""Maryland remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2015 = dict(
    offense="md-cr-11-303", disposition_date=date(2015, 3, 3), sentence_completed_date=date(2015, 9, 3)
)


def test_md_cp_8_302_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("MD", "md-vacatur-8-302", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_md_cp_8_302_does_not_vacate_without_trafficking_nexus():
    found = determination("MD", "md-vacatur-8-302", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_md_cp_8_302_leaves_older_11_306_conviction_open():
    found = determination(
        "MD", "md-vacatur-8-302", charge(Category.PROMOTING, offense="md-cr-11-306", trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_md_cp_8_302_is_possible_when_nexus_unsure():
    found = determination("MD", "md-vacatur-8-302", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_md_cp_10_105_expunges_dismissed_prostitution_charge():
    found = determination("MD", "md-expungement-10-105", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_md_cp_10_105_does_not_reach_conviction():
    found = determination("MD", "md-expungement-10-105", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_md_cp_10_105_is_possible_when_outcome_unknown():
    found = determination("MD", "md-expungement-10-105", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_md_cp_10_105_1_expunges_acquittal_automatically_after_three_years():
    found = determination(
        "MD",
        "md-auto-expungement-10-105-1",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2024, 2, 15)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 2, 15)


def test_md_cp_10_105_1_does_not_reach_cases_decided_before_october_2021():
    found = determination(
        "MD",
        "md-auto-expungement-10-105-1",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2019, 5, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_md_cp_10_105_1_is_possible_when_disposition_date_unknown():
    found = determination("MD", "md-auto-expungement-10-105-1", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_md_cp_10_110_expunges_prostitution_conviction_five_years_after_sentence():
    found = determination("MD", "md-expungement-10-110", charge(**PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_md_cp_10_110_dates_the_five_year_wait():
    found = determination(
        "MD",
        "md-expungement-10-110",
        charge(offense="md-cr-11-303", disposition_date=date(2023, 1, 1), sentence_completed_date=date(2024, 6, 30)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 6, 30)


def test_md_cp_10_110_a_leaves_indecent_exposure_open_after_the_2025_additions():
    """Not in the 2024 list; the Expungement Reform Act of 2025 added misdemeanors that were not read."""
    found = determination(
        "MD",
        "md-expungement-10-110",
        charge(Category.LEWDNESS, offense="md-cr-11-107", sentence_completed_date=date(2010, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_md_cp_10_110_refuses_with_pending_case():
    found = determination(
        "MD", "md-expungement-10-110", charge(**PROSTITUTION_2015), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_md_cp_10_110_is_possible_when_pending_case_unknown():
    found = determination(
        "MD", "md-expungement-10-110", charge(**PROSTITUTION_2015), person=clean_person(pending_case=Answer.UNSURE)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_md_cp_10_110_does_not_reach_trafficking():
    assert not reaches("MD", "md-expungement-10-110", charge(Category.TRAFFICKING))


def test_md_cp_10_110_d_new_conviction_after_the_wait_does_not_bar():
    later = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2024, 5, 1))
    found = determination("MD", "md-expungement-10-110", charge(**PROSTITUTION_2015), later)
    assert found.status is Status.ELIGIBLE


def test_md_cp_10_110_d_new_conviction_during_the_wait_bars_unless_it_becomes_eligible():
    """(d)(1): the original is not eligible "unless the new conviction becomes eligible for expungement";
    what the new conviction was is not asked, so the answer is open."""
    during = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2017, 5, 1))
    found = determination("MD", "md-expungement-10-110", charge(**PROSTITUTION_2015), during)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


def test_md_cp_10_105_c_2_probation_before_judgment_waits_three_years_from_the_grant():
    found = determination(
        "MD",
        "md-expungement-10-105",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            disposition_date=date(2025, 1, 10),
            sentence_completed_date=date(2026, 1, 10),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 10)


def test_md_cp_10_105_dismissal_has_no_probation_wait():
    found = determination(
        "MD", "md-expungement-10-105", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 11, 1))
    )
    assert found.status is Status.ELIGIBLE


AS_OF_AUDIT = date(2026, 12, 7)


def test_md_cp_10_303_shields_prostitution_conviction_three_years_after_the_sentence():
    found = determination(
        "MD",
        "md-shielding-10-303",
        charge(offense="md-cr-11-303", disposition_date=date(2023, 1, 5), sentence_completed_date=date(2023, 12, 7)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.ELIGIBLE


def test_md_cp_10_303_dates_the_three_year_wait():
    found = determination(
        "MD",
        "md-shielding-10-303",
        charge(offense="md-cr-11-303", disposition_date=date(2023, 1, 5), sentence_completed_date=date(2024, 3, 1)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_md_cp_10_301_f_does_not_shield_indecent_exposure():
    found = determination(
        "MD",
        "md-shielding-10-303",
        charge(Category.LEWDNESS, offense="md-cr-11-107", sentence_completed_date=date(2015, 1, 1)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_md_cp_10_301_f_leaves_assignation_open():
    """Item (12): prostitution under § 11-303 "if the conviction is for prostitution and not assignation"."""
    found = determination(
        "MD",
        "md-shielding-10-303",
        charge(Category.SOLICITATION, offense="md-cr-11-303", sentence_completed_date=date(2015, 1, 1)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].category",)


def test_md_cp_10_303_refuses_with_pending_case():
    found = determination(
        "MD",
        "md-shielding-10-303",
        charge(Category.QUALITY_OF_LIFE, offense="md-cr-6-402", sentence_completed_date=date(2015, 1, 1)),
        person=clean_person(pending_case=Answer.YES),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_md_cp_10_303_new_conviction_during_the_wait_leaves_it_open():
    during = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2016, 6, 1))
    found = determination(
        "MD",
        "md-shielding-10-303",
        charge(Category.QUALITY_OF_LIFE, offense="md-cr-10-201", sentence_completed_date=date(2015, 1, 1)),
        during,
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


def test_md_cp_10_105_a_9_expunges_loitering_conviction_three_years_after_the_sentence():
    found = determination(
        "MD",
        "md-expungement-10-105-nuisance",
        charge(
            Category.LOITERING_FOR_PROSTITUTION,
            offense="md-local-loitering",
            disposition_date=date(2022, 5, 1),
            sentence_completed_date=date(2023, 12, 7),
        ),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.ELIGIBLE


def test_md_cp_10_105_a_9_waits_for_the_later_of_conviction_and_sentence():
    found = determination(
        "MD",
        "md-expungement-10-105-nuisance",
        charge(
            Category.LOITERING_FOR_PROSTITUTION,
            offense="md-local-loitering",
            disposition_date=date(2022, 5, 1),
            sentence_completed_date=date(2024, 5, 1),
        ),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 5, 1)


def test_md_cp_10_105_a_9_does_not_reach_disorderly_conduct():
    found = determination(
        "MD",
        "md-expungement-10-105-nuisance",
        charge(Category.QUALITY_OF_LIFE, offense="md-cr-10-201", sentence_completed_date=date(2015, 1, 1)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.NOT_ELIGIBLE
