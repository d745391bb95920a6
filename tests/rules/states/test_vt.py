"""Vermont remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2016 = dict(
    offense="vt-vsa-13-2632",
    level=Level.MISDEMEANOR,
    disposition_date=date(2016, 4, 5),
    sentence_completed_date=date(2016, 10, 5),
)
DISORDERLY_2023 = dict(
    offense="vt-vsa-13-1026",
    disposition_date=date(2023, 2, 1),
    sentence_completed_date=date(2024, 2, 1),
)


def test_vt_13_vsa_2658_vacates_prostitution_conviction_of_trafficking_survivor():
    found = determination("VT", "vt-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2016))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_vt_13_vsa_2658_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("VT", "vt-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_vt_13_vsa_2658_leaves_other_offense_open_as_possibly_violent():
    found = determination("VT", "vt-vacatur-trafficking", charge(Category.OTHER, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_vt_13_vsa_2658_is_possible_when_trafficking_nexus_unsure():
    found = determination("VT", "vt-vacatur-trafficking", charge(**PROSTITUTION_2016))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_vt_13_vsa_7602_seals_disorderly_conduct_three_years_after_sentence():
    found = determination("VT", "vt-sealing-conviction", charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2023))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 2, 1)


def test_vt_13_vsa_7602_seals_old_disorderly_conduct_now():
    found = determination(
        "VT",
        "vt-sealing-conviction",
        charge(Category.QUALITY_OF_LIFE, offense="vt-vsa-13-1026", sentence_completed_date=date(2020, 1, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_vt_13_vsa_7602_leaves_a_later_conviction_open():
    later_one = charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2023)
    first = charge(
        Category.QUALITY_OF_LIFE,
        offense="vt-vsa-13-1026",
        disposition_date=date(2019, 1, 1),
        sentence_completed_date=date(2019, 1, 1),
    )
    found = determination("VT", "vt-sealing-conviction", first, later_one)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].disposition_date",)


def test_vt_13_vsa_7601_4_leaves_prostitution_conviction_open():
    found = determination("VT", "vt-sealing-conviction", charge(**PROSTITUTION_2016))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_vt_13_vsa_7603_a_seals_recent_dismissal_automatically():
    found = determination(
        "VT",
        "vt-sealing-no-conviction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 10, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 11, 30)


def test_vt_13_vsa_7603_a_does_not_reach_a_conviction():
    found = determination("VT", "vt-sealing-no-conviction", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_vt_13_vsa_7603_a_does_not_reach_a_dismissal_before_2018():
    found = determination(
        "VT", "vt-sealing-no-conviction", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2015, 1, 1))
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_vt_13_vsa_7603_a_is_possible_when_dismissal_date_unknown():
    found = determination("VT", "vt-sealing-no-conviction", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_vt_13_vsa_7603_g_seals_completed_diversion_on_petition():
    found = determination("VT", "vt-sealing-7603-g", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.ELIGIBLE


def test_vt_13_vsa_7603_g_does_not_wait_for_an_open_case():
    found = determination(
        "VT",
        "vt-sealing-7603-g",
        charge(disposition=Disposition.DISMISSAL),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_vt_13_vsa_7603_g_is_possible_when_outcome_unknown():
    found = determination("VT", "vt-sealing-7603-g", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_vt_13_vsa_7601_4_leaves_a_felony_conviction_open():
    found = determination(
        "VT",
        "vt-sealing-conviction",
        charge(
            Category.PROMOTING,
            offense="vt-vsa-13-2636",
            level=Level.FELONY,
            disposition_date=date(2010, 1, 1),
            sentence_completed_date=date(2011, 1, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_vt_13_vsa_7601_4_a_leaves_an_unnamed_misdemeanor_open():
    found = determination(
        "VT",
        "vt-sealing-conviction",
        charge(
            Category.OTHER,
            level=Level.MISDEMEANOR,
            disposition_date=date(2015, 1, 1),
            sentence_completed_date=date(2015, 6, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_vt_3_vsa_164_seals_completed_diversion_two_years_on():
    found = determination(
        "VT",
        "vt-diversion-sealing",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            disposition_date=date(2025, 3, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 3, 1)


def test_vt_3_vsa_164_does_not_reach_diversion_completed_before_july_2002():
    found = determination(
        "VT",
        "vt-diversion-sealing",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            disposition_date=date(2001, 3, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_vt_13_vsa_7041_expunges_completed_deferred_sentence():
    found = determination(
        "VT",
        "vt-deferred-sentence-expungement",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            disposition_date=date(2024, 3, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC


def test_vt_13_vsa_7041_does_not_reach_pretrial_diversion():
    found = determination(
        "VT",
        "vt-deferred-sentence-expungement",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            disposition_date=date(2024, 3, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_vt_13_vsa_7603_g_does_not_reach_a_conviction():
    found = determination("VT", "vt-sealing-7603-g", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_vt_13_vsa_7602_does_not_reach_a_dismissal():
    found = determination(
        "VT",
        "vt-sealing-conviction",
        charge(Category.QUALITY_OF_LIFE, disposition=Disposition.DISMISSAL, offense="vt-vsa-13-1026"),
    )
    assert found.status is Status.NOT_ELIGIBLE
