"""Florida remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION = dict(offense="fl-fs-796.07-2-e", disposition_date=date(2016, 4, 5))


def test_fl_943_0583_expunges_prostitution_conviction_of_trafficking_victim():
    found = determination("FL", "fl-expunction-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_fl_943_0583_reaches_arrest_without_charges():
    found = determination(
        "FL",
        "fl-expunction-trafficking",
        charge(disposition=Disposition.NO_CHARGES, offense="fl-fs-796.07-2-e", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_fl_943_0583_needs_trafficking_nexus():
    found = determination("FL", "fl-expunction-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION))
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_0583_is_open_for_an_unnamed_felony():
    found = determination(
        "FL",
        "fl-expunction-trafficking",
        charge(Category.OTHER, level=Level.FELONY, trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_fl_943_0595_seals_dismissed_prostitution_charge_automatically():
    found = determination(
        "FL",
        "fl-automatic-sealing",
        charge(disposition=Disposition.DISMISSAL, offense="fl-fs-796.07-2-e", disposition_date=date(2023, 2, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2023, 2, 1)


def test_fl_943_0595_2_a_2_seals_dismissal_after_pretrial_diversion():
    found = determination(
        "FL",
        "fl-automatic-sealing",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            offense="fl-fs-796.07-2-e",
            disposition_date=date(2023, 2, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC


def test_fl_943_0595_3_does_not_reach_a_case_that_ended_before_automatic_sealing_began():
    found = determination(
        "FL",
        "fl-automatic-sealing",
        charge(disposition=Disposition.DISMISSAL, offense="fl-fs-796.07-2-e", disposition_date=date(2016, 4, 5)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_0595_is_open_when_level_unknown():
    found = determination(
        "FL",
        "fl-automatic-sealing",
        charge(Category.OTHER, disposition=Disposition.ACQUITTAL, disposition_date=date(2023, 2, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_fl_943_0585_expunges_dismissed_charge_for_person_without_convictions():
    found = determination(
        "FL",
        "fl-expunction-943-0585",
        charge(disposition=Disposition.DISMISSAL),
        person=clean_person(prior_relief=Answer.NO),
    )
    assert found.status is Status.ELIGIBLE


def test_fl_943_0585_1_b_expunges_nolle_prosequi_after_pretrial_intervention():
    diverted = charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.PRETRIAL)
    found = determination("FL", "fl-expunction-943-0585", diverted, person=clean_person(prior_relief=Answer.NO))
    assert found.status is Status.ELIGIBLE


def test_fl_943_0585_does_not_expunge_a_conviction():
    found = determination("FL", "fl-expunction-943-0585", charge(**PROSTITUTION))
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_0585_is_open_when_another_conviction_may_be_adjudicated():
    found = determination(
        "FL",
        "fl-expunction-943-0585",
        charge(disposition=Disposition.DISMISSAL),
        charge(**PROSTITUTION),
        person=clean_person(prior_relief=Answer.NO),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].adjudication_withheld",)


def test_fl_943_0585_a_withheld_conviction_does_not_block_expunction():
    found = determination(
        "FL",
        "fl-expunction-943-0585",
        charge(disposition=Disposition.DISMISSAL),
        charge(adjudication_withheld=Answer.YES, **PROSTITUTION),
        person=clean_person(prior_relief=Answer.NO),
    )
    assert found.status is Status.ELIGIBLE


def test_fl_943_0585_is_granted_only_once():
    found = determination(
        "FL",
        "fl-expunction-943-0585",
        charge(disposition=Disposition.DISMISSAL),
        person=clean_person(prior_relief=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_059_seals_an_acquittal():
    found = determination(
        "FL",
        "fl-sealing-943-059",
        charge(Category.QUALITY_OF_LIFE, Disposition.ACQUITTAL, offense="fl-fs-856.021"),
        person=clean_person(prior_relief=Answer.NO),
    )
    assert found.status is Status.ELIGIBLE


def test_fl_943_059_does_not_seal_a_pending_case():
    found = determination("FL", "fl-sealing-943-059", charge(disposition=Disposition.PENDING))
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_059_leaves_conviction_open_until_withheld_adjudication_is_known():
    found = determination(
        "FL", "fl-sealing-943-059", charge(**PROSTITUTION), person=clean_person(prior_relief=Answer.NO)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].adjudication_withheld",)


def test_fl_943_059_seals_withheld_adjudication_once_supervision_ends():
    withheld = charge(adjudication_withheld=Answer.YES, sentence_completed_date=date(2017, 4, 5), **PROSTITUTION)
    found = determination("FL", "fl-sealing-943-059", withheld, person=clean_person(prior_relief=Answer.NO))
    assert found.status is Status.ELIGIBLE


def test_fl_943_059_does_not_seal_an_adjudication_of_guilt():
    adjudicated = charge(adjudication_withheld=Answer.NO, **PROSTITUTION)
    found = determination("FL", "fl-sealing-943-059", adjudicated, person=clean_person(prior_relief=Answer.NO))
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_0583_reaches_a_trafficking_conviction_of_a_victim():
    # § 775.084(1)(b)1. does not list human trafficking (§ 787.06).
    found = determination(
        "FL",
        "fl-expunction-trafficking",
        charge(
            Category.TRAFFICKING,
            offense="fl-fs-787.06",
            level=Level.FELONY,
            disposition_date=date(2018, 9, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_fl_943_0595_dates_an_uncharged_arrest_by_the_decision_not_to_file():
    found = determination(
        "FL",
        "fl-automatic-sealing",
        charge(
            disposition=Disposition.NO_CHARGES,
            offense="fl-fs-796.07-2-e",
            offense_date=date(2024, 3, 1),
            declined_date=date(2024, 5, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2024, 5, 1)


def test_fl_480_047_2_unlicensed_massage_is_a_first_degree_misdemeanor():
    from rules.states.fl import OFFENSES

    massage = next(o for o in OFFENSES if o.id == "fl-fs-480.047")
    assert massage.level is Level.MISDEMEANOR


def test_fl_796_07_2_i_purchasing_sex_of_a_trafficking_victim_can_be_expunged():
    found = determination(
        "FL",
        "fl-expunction-trafficking",
        charge(
            Category.SOLICITATION,
            offense="fl-fs-796.07-2-i",
            disposition=Disposition.DISMISSAL,
            disposition_date=date(2022, 1, 10),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_fl_943_0595_2_a_3_limits_name_the_insanity_verdict():
    from rules.states.fl import automatic_sealing

    assert any("insanity" in limit for limit in automatic_sealing.limits)


def test_fl_943_0585_1_h_post_plea_diversion_is_not_expunged_without_ten_years_sealed():
    found = determination(
        "FL",
        "fl-expunction-943-0585",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            **PROSTITUTION,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_0585_1_h_diversion_of_unknown_kind_stays_open():
    found = determination(
        "FL",
        "fl-expunction-943-0585",
        charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.UNSURE, **PROSTITUTION),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)
