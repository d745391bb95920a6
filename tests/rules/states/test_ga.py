"""Georgia remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION = dict(
    offense="ga-ocga-16-6-9", disposition_date=date(2018, 2, 1), sentence_completed_date=date(2019, 2, 1)
)
LOITERING = dict(
    offense="ga-ocga-16-11-36", disposition_date=date(2018, 2, 1), sentence_completed_date=date(2019, 2, 1)
)


def test_ga_ocga_17_10_21_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("GA", "ga-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_ga_ocga_17_10_21_needs_a_conviction():
    found = determination(
        "GA", "ga-vacatur-trafficking", charge(disposition=Disposition.DISMISSAL, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ga_ocga_17_10_21_is_open_when_trafficking_nexus_unsure():
    found = determination("GA", "ga-vacatur-trafficking", charge(**PROSTITUTION))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ga_ocga_35_3_37_h_restricts_dismissed_arrest_automatically():
    found = determination(
        "GA",
        "ga-restriction-nonconviction",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2019, 5, 5)),
    )
    assert found.status is Status.AUTOMATIC


def test_ga_ocga_35_3_37_h_does_not_cover_arrest_before_july_2013():
    found = determination(
        "GA",
        "ga-restriction-nonconviction",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2012, 5, 5)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ga_ocga_35_3_37_h_is_open_when_offense_date_unknown():
    found = determination("GA", "ga-restriction-nonconviction", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_ga_ocga_35_3_37_j4_restricts_loitering_misdemeanor_after_four_years():
    found = determination("GA", "ga-restriction-misdemeanor", charge(Category.QUALITY_OF_LIFE, **LOITERING))
    assert found.status is Status.ELIGIBLE


def test_ga_ocga_35_3_37_j4_counts_four_years_from_the_conviction_not_the_sentence():
    found = determination(
        "GA",
        "ga-restriction-misdemeanor",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="ga-ocga-16-11-36",
            disposition_date=date(2024, 3, 10),
            sentence_completed_date=date(2025, 3, 10),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 3, 10)


def test_ga_ocga_35_3_37_j4_later_conviction_delays_but_does_not_bar():
    later = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2025, 6, 1))
    found = determination("GA", "ga-restriction-misdemeanor", charge(Category.QUALITY_OF_LIFE, **LOITERING), later)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 6, 1)


def test_ga_ocga_35_3_37_h_1_restricts_unreferred_misdemeanor_arrest_after_two_years():
    found = determination(
        "GA",
        "ga-restriction-nonconviction",
        charge(disposition=Disposition.NO_CHARGES, level=Level.MISDEMEANOR, offense_date=date(2026, 3, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2028, 3, 1)


def test_ga_ocga_35_3_37_h_1_b_declined_case_is_restricted_without_a_wait():
    found = determination(
        "GA",
        "ga-restriction-nonconviction",
        charge(
            disposition=Disposition.NO_CHARGES,
            level=Level.MISDEMEANOR,
            offense_date=date(2026, 3, 1),
            declined_date=date(2026, 5, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on is None


def test_ga_ocga_35_3_37_j4_b_excludes_keeping_a_place_of_prostitution():
    found = determination(
        "GA",
        "ga-restriction-misdemeanor",
        charge(Category.PROMOTING, offense="ga-ocga-16-6-10", sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ga_ocga_35_3_37_j4_waits_for_open_case():
    found = determination(
        "GA",
        "ga-restriction-misdemeanor",
        charge(Category.QUALITY_OF_LIFE, **LOITERING),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ga_ocga_35_3_37_j4_b_leaves_prostitution_open():
    found = determination("GA", "ga-restriction-misdemeanor", charge(**PROSTITUTION))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ga_ocga_17_10_21_hb_1201_vacates_first_offender_sentence_of_trafficking_victim():
    found = determination(
        "GA",
        "ga-vacatur-trafficking-first-offender",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            disposition_date=date(2019, 2, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ga_ocga_17_10_21_hb_1201_does_not_reach_pretrial_diversion():
    found = determination(
        "GA",
        "ga-vacatur-trafficking-first-offender",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            disposition_date=date(2019, 2, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ga_ocga_35_3_37_n_restricts_a_pre_2013_dismissed_arrest_on_request():
    found = determination(
        "GA",
        "ga-restriction-request-pre-2013",
        charge(offense="ga-ocga-16-6-9", disposition=Disposition.DISMISSAL, offense_date=date(2010, 4, 2)),
    )
    assert found.status is Status.ELIGIBLE


def test_ga_ocga_35_3_37_n_leaves_arrests_from_july_2013_to_the_automatic_route():
    found = determination(
        "GA",
        "ga-restriction-request-pre-2013",
        charge(offense="ga-ocga-16-6-9", disposition=Disposition.DISMISSAL, offense_date=date(2013, 7, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ga_ocga_17_10_21_hb_1201_reaches_first_offender_sentence_still_being_served():
    found = determination(
        "GA",
        "ga-vacatur-trafficking-first-offender",
        charge(
            adjudication_withheld=Answer.YES,
            disposition_date=date(2026, 5, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ga_ocga_35_3_37_j4_b_leaves_massage_in_place_of_prostitution_open():
    found = determination(
        "GA",
        "ga-restriction-misdemeanor",
        charge(
            Category.UNLICENSED_MASSAGE,
            offense="ga-ocga-16-6-17",
            disposition_date=date(2015, 2, 1),
            sentence_completed_date=date(2015, 8, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ga_ocga_35_3_37_j6_restricts_conviction_from_time_of_trafficking():
    found = determination(
        "GA", "ga-restriction-trafficking", charge(trafficking_nexus=Answer.YES, adjudication_withheld=Answer.NO)
    )
    assert found.status is Status.ELIGIBLE


def test_ga_ocga_35_3_37_j6_needs_a_conviction():
    found = determination(
        "GA",
        "ga-restriction-trafficking",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2019, 5, 5), trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ga_ocga_35_3_37_j6_not_for_a_person_not_trafficked():
    found = determination("GA", "ga-restriction-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION))
    assert found.status is Status.NOT_ELIGIBLE


def test_ga_ocga_35_3_37_j6_leaves_first_offender_plea_open():
    found = determination(
        "GA",
        "ga-restriction-trafficking",
        charge(trafficking_nexus=Answer.YES, adjudication_withheld=Answer.YES, disposition_date=date(2026, 5, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].adjudication_withheld",)


def test_ga_ocga_35_3_37_j6_asks_whether_adjudication_was_withheld():
    found = determination("GA", "ga-restriction-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].adjudication_withheld",)


def test_ga_ocga_35_3_37_j6_starts_with_the_survivors_first_act():
    found = determination(
        "GA",
        "ga-restriction-trafficking",
        charge(trafficking_nexus=Answer.YES, adjudication_withheld=Answer.NO, **PROSTITUTION),
        as_of=date(2020, 6, 1),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2020, 6, 29)
