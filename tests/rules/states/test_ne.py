"""Nebraska remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.engine import Determination
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2016 = dict(
    offense="ne-nrs-28-801",
    level=Level.MISDEMEANOR,
    disposition_date=date(2016, 2, 1),
    sentence_completed_date=date(2016, 8, 1),
)


def test_ne_nrs_29_3005_sets_aside_prostitution_conviction_of_trafficking_victim():
    found = determination("NE", "ne-set-aside-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2016))
    assert found.status is Status.ELIGIBLE


def test_ne_nrs_29_3005_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("NE", "ne-set-aside-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ne_nrs_29_3005_is_possible_when_trafficking_nexus_is_unsure():
    found = determination("NE", "ne-set-aside-trafficking", charge(**PROSTITUTION_2016))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ne_nrs_29_3005_waits_for_the_law_to_take_effect():
    found = determination(
        "NE",
        "ne-set-aside-trafficking",
        charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2016),
        as_of=date(2018, 1, 1),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2018, 7, 19)


def test_ne_nrs_29_2264_sets_aside_misdemeanor_after_sentence():
    found = determination("NE", "ne-set-aside-29-2264", charge(**PROSTITUTION_2016))
    assert found.status is Status.ELIGIBLE


def test_ne_nrs_29_2264_does_not_reach_a_dismissal():
    found = determination("NE", "ne-set-aside-29-2264", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_ne_nrs_29_2264_leaves_a_felony_open_because_the_sentence_is_not_asked():
    found = determination(
        "NE",
        "ne-set-aside-29-2264",
        charge(Category.PROMOTING, offense="ne-nrs-28-802", sentence_completed_date=date(2019, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_ne_nrs_29_2264_is_possible_when_level_unknown():
    found = determination(
        "NE", "ne-set-aside-29-2264", charge(offense="ne-nrs-28-801", sentence_completed_date=date(2019, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_ne_nrs_29_3523_seals_dismissal_automatically():
    found = determination(
        "NE",
        "ne-sealing-29-3523-dismissal",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2019, 3, 3)),
    )
    assert found.status is Status.AUTOMATIC


def test_ne_nrs_29_3523_does_not_seal_a_dismissal_from_before_2017_by_itself():
    found = determination(
        "NE",
        "ne-sealing-29-3523-dismissal",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2015, 3, 3)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ne_nrs_29_3523_is_possible_when_dismissal_date_unknown():
    found = determination("NE", "ne-sealing-29-3523-dismissal", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_ne_nrs_29_3523_3_a_seals_uncharged_arrest_a_year_after_the_arrest():
    found = determination(
        "NE",
        "ne-sealing-29-3523-no-charges",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 3, 1), disposition_date=date(2026, 6, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 3, 1)


def test_ne_nrs_29_3523_no_charges_path_does_not_reach_convictions():
    found = determination("NE", "ne-sealing-29-3523-no-charges", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ne_nrs_29_3523_no_charges_path_is_possible_when_date_unknown():
    found = determination("NE", "ne-sealing-29-3523-no-charges", charge(disposition=Disposition.NO_CHARGES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_ne_nrs_29_3523_3_b_seals_arrest_two_years_after_a_completed_diversion():
    found = determination(
        "NE",
        "ne-sealing-29-3523-diversion",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            offense_date=date(2025, 3, 1),
            disposition_date=date(2026, 1, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 3, 1)


def _set_aside_with_pending(answer: Answer) -> Determination:
    """A misdemeanor prostitution conviction whose sentence ended in 2023, with the pending-charge answer given."""
    return determination(
        "NE",
        "ne-set-aside-29-2264",
        charge(
            level=Level.MISDEMEANOR,
            offense="ne-nrs-28-801",
            disposition_date=date(2022, 1, 1),
            sentence_completed_date=date(2023, 1, 1),
        ),
        person=clean_person(pending_case=answer),
    )


def test_ne_29_2264_3_b_pending_charge_leaves_set_aside_open():
    assert _set_aside_with_pending(Answer.YES).status is Status.POSSIBLY_ELIGIBLE


def test_ne_29_2264_3_b_unsure_pending_charge_leaves_set_aside_open_on_that_question():
    found = _set_aside_with_pending(Answer.UNSURE)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_ne_29_2264_no_pending_charge_leaves_set_aside_open_now():
    assert _set_aside_with_pending(Answer.NO).status is Status.ELIGIBLE


def test_ne_29_3523_offers_a_motion_to_seal_a_dismissal_before_2017():
    found = determination(
        "NE",
        "ne-sealing-29-3523-motion",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2015, 5, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_ne_29_3523_motion_is_not_needed_after_2016():
    found = determination(
        "NE",
        "ne-sealing-29-3523-motion",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2017, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def _deferred_judgment(dismissed: date) -> dict:
    return dict(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        offense="ne-nrs-28-801",
        offense_date=date(2025, 1, 10),
        disposition_date=dismissed,
    )


def test_ne_nrs_29_3523_3_c_iv_seals_a_deferred_judgment_at_the_dismissal():
    found = determination("NE", "ne-sealing-29-3523-diversion", charge(**_deferred_judgment(date(2026, 4, 1))))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 4, 1)  # not two years after the arrest (2027-01-10)


def test_ne_nrs_29_3523_6_deferred_judgment_dismissed_before_2017_needs_a_motion():
    old = _deferred_judgment(date(2016, 6, 1)) | {"offense_date": date(2015, 1, 10)}
    assert determination("NE", "ne-sealing-29-3523-diversion", charge(**old)).status is Status.NOT_ELIGIBLE
    motion = determination("NE", "ne-sealing-29-3523-motion", charge(**old))
    assert motion.status is Status.ELIGIBLE
    assert motion.remedy.discretionary is False  # "the court shall grant the motion"


def test_ne_nrs_29_3523_3_b_program_of_unknown_kind_before_2017_asks_the_kind():
    unsure = charge(
        disposition=Disposition.DIVERSION_COMPLETED, offense_date=date(2015, 1, 10), disposition_date=date(2016, 2, 1)
    )
    found = determination("NE", "ne-sealing-29-3523-diversion", unsure)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_ne_nrs_29_3005_3_court_shall_grant_on_its_finding():
    found = determination("NE", "ne-set-aside-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2016))
    assert found.remedy.discretionary is False
