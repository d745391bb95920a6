"""Texas remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import DiversionKind, Grade
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2018 = dict(
    offense="tx-pc-43.02",
    level=Level.MISDEMEANOR,
    disposition_date=date(2018, 5, 1),
    sentence_completed_date=date(2018, 11, 1),
)


def test_tx_gc_411_0728_seals_prostitution_conviction_of_trafficking_victim():
    found = determination(
        "TX", "tx-nondisclosure-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018)
    )
    assert found.status is Status.ELIGIBLE
    assert not found.remedy.legal_defect


def test_tx_gc_411_0728_needs_trafficking_nexus():
    found = determination(
        "TX", "tx-nondisclosure-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2018)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0728_is_possible_when_trafficking_nexus_unsure():
    found = determination("TX", "tx-nondisclosure-trafficking", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_tx_gc_411_0728_does_not_cover_solicitation_under_43_021():
    found = determination(
        "TX",
        "tx-nondisclosure-trafficking",
        charge(Category.SOLICITATION, offense="tx-pc-43.021", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0728_a_1_b_covers_class_b_marihuana_possession_only():
    def found(grade: Grade | None) -> Status:
        return determination(
            "TX",
            "tx-nondisclosure-trafficking",
            charge(
                Category.OTHER,
                offense="tx-hs-481.121",
                level=Level.MISDEMEANOR,
                grade=grade,
                trafficking_nexus=Answer.YES,
            ),
        ).status

    assert found(Grade.MISDEMEANOR_CLASS_B) is Status.ELIGIBLE
    assert found(Grade.MISDEMEANOR_CLASS_A) is Status.NOT_ELIGIBLE  # 481.121(b)(2) is not (b)(1)
    assert found(None) is Status.POSSIBLY_ELIGIBLE


def test_tx_gc_411_0728_a_1_c_covers_class_c_and_b_theft_not_class_a():
    def found(grade: Grade) -> Status:
        return determination(
            "TX",
            "tx-nondisclosure-trafficking",
            charge(
                Category.OTHER,
                offense="tx-pc-31.03",
                level=Level.MISDEMEANOR,
                grade=grade,
                trafficking_nexus=Answer.YES,
            ),
        ).status

    assert found(Grade.MISDEMEANOR_CLASS_C) is Status.ELIGIBLE
    assert found(Grade.MISDEMEANOR_CLASS_B) is Status.ELIGIBLE
    assert found(Grade.MISDEMEANOR_CLASS_A) is Status.NOT_ELIGIBLE


def test_tx_ccp_55a_051_3_class_c_supervision_does_not_bar_limitations_expunction():
    def found(grade: Grade | None, offense: str) -> Status:
        return determination(
            "TX",
            "tx-expunction-dismissal-limitations",
            charge(
                Category.QUALITY_OF_LIFE,
                offense=offense,
                level=Level.MISDEMEANOR,
                grade=grade,
                disposition=Disposition.DIVERSION_COMPLETED,
                diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
                disposition_date=date(2020, 6, 1),
            ),
        ).status

    assert found(Grade.MISDEMEANOR_CLASS_C, "tx-pc-42.01") is Status.ELIGIBLE
    assert found(Grade.MISDEMEANOR_CLASS_B, "tx-pc-42.01") is Status.NOT_ELIGIBLE
    assert found(None, "tx-pc-42.01") is Status.POSSIBLY_ELIGIBLE
    assert found(None, "tx-pc-43.02") is Status.NOT_ELIGIBLE  # prostitution is never Class C


def test_tx_gc_411_0728_a_1_covers_deferred_adjudication_but_not_pretrial_diversion():
    deferred = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        offense="tx-pc-43.02",
        trafficking_nexus=Answer.YES,
    )
    assert determination("TX", "tx-nondisclosure-trafficking", deferred).status is Status.ELIGIBLE
    pretrial = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.PRETRIAL,
        offense="tx-pc-43.02",
        trafficking_nexus=Answer.YES,
    )
    assert determination("TX", "tx-nondisclosure-trafficking", pretrial).status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0728_does_not_reach_promotion():
    assert not reaches("TX", "tx-nondisclosure-trafficking", charge(Category.PROMOTING, trafficking_nexus=Answer.YES))


def test_tx_ccp_55_01_a_1_expunges_acquittal():
    found = determination("TX", "tx-expunction-acquittal", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.ELIGIBLE


def test_tx_ccp_55_01_a_1_does_not_expunge_conviction():
    found = determination("TX", "tx-expunction-acquittal", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_ccp_55_01_a_1_is_possible_when_outcome_unknown():
    found = determination("TX", "tx-expunction-acquittal", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_tx_ccp_55a_052_expunges_uncharged_prostitution_arrest_a_year_after_arrest():
    found = determination(
        "TX",
        "tx-expunction-no-charges",
        charge(
            disposition=Disposition.NO_CHARGES,
            offense="tx-pc-43.02",
            level=Level.MISDEMEANOR,
            grade=Grade.MISDEMEANOR_CLASS_B,
            offense_date=date(2026, 3, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_tx_ccp_55a_052_is_open_while_the_class_of_a_misdemeanor_arrest_decides_the_wait():
    found = determination(
        "TX",
        "tx-expunction-no-charges",
        charge(disposition=Disposition.NO_CHARGES, level=Level.MISDEMEANOR, offense_date=date(2026, 3, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_tx_ccp_55a_052_a_1_class_c_arrest_waits_180_days():
    found = determination(
        "TX",
        "tx-expunction-no-charges",
        charge(
            Category.QUALITY_OF_LIFE,
            Disposition.NO_CHARGES,
            offense="tx-pc-42.01",
            grade=Grade.MISDEMEANOR_CLASS_C,
            level=Level.MISDEMEANOR,
            offense_date=date(2026, 9, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 2, 28)


def test_tx_ccp_55a_052_waits_three_years_for_felony_arrest():
    found = determination(
        "TX",
        "tx-expunction-no-charges",
        charge(Category.SOLICITATION, Disposition.NO_CHARGES, offense="tx-pc-43.021", offense_date=date(2024, 6, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_tx_ccp_55a_051_does_not_expunge_conviction():
    found = determination("TX", "tx-expunction-no-charges", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_ccp_55a_052_is_possible_when_level_unknown_and_wait_running():
    found = determination(
        "TX", "tx-expunction-no-charges", charge(disposition=Disposition.NO_CHARGES, offense_date=date(2025, 6, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


DEFERRED_2020 = dict(
    disposition=Disposition.DIVERSION_COMPLETED,
    diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
    offense="tx-pc-43.02",
    level=Level.MISDEMEANOR,
    sentence_completed_date=date(2021, 2, 1),
)


def test_tx_gc_411_0725_seals_deferred_adjudication_for_prostitution_after_two_years():
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", charge(**DEFERRED_2020))
    assert found.status is Status.ELIGIBLE


def test_tx_gc_411_0725_dates_the_five_year_felony_wait():
    felony = dict(DEFERRED_2020, level=Level.FELONY, sentence_completed_date=date(2023, 4, 10))
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", charge(**felony))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 4, 10)


def test_tx_gc_411_074_b_bars_compelling_prostitution():
    barred = dict(DEFERRED_2020, offense="tx-pc-43.05", level=Level.FELONY, sentence_completed_date=date(2010, 1, 1))
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", charge(Category.PROMOTING, **barred))
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0725_is_possible_when_discharge_date_unknown():
    found = determination(
        "TX", "tx-nondisclosure-deferred-adjudication", charge(**dict(DEFERRED_2020, sentence_completed_date=None))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_tx_gc_411_0735_seals_first_prostitution_conviction_after_two_years():
    found = determination("TX", "tx-nondisclosure-misdemeanor-conviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE


def test_tx_gc_411_0735_refuses_second_conviction():
    found = determination(
        "TX", "tx-nondisclosure-misdemeanor-conviction", charge(**PROSTITUTION_2018), charge(**PROSTITUTION_2018)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0735_refuses_felony_solicitation():
    found = determination(
        "TX",
        "tx-nondisclosure-misdemeanor-conviction",
        charge(Category.SOLICITATION, offense="tx-pc-43.021", sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0735_is_possible_when_sentence_end_unknown():
    found = determination(
        "TX",
        "tx-nondisclosure-misdemeanor-conviction",
        charge(**dict(PROSTITUTION_2018, sentence_completed_date=None)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_tx_gc_411_0725_e_1_trespass_deferred_adjudication_may_petition_at_discharge():
    trespass = dict(DEFERRED_2020, offense="tx-pc-30.05", sentence_completed_date=date(2026, 10, 1))
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", charge(Category.QUALITY_OF_LIFE, **trespass))
    assert found.status is Status.ELIGIBLE


def test_tx_gc_411_0725_e_2_prostitution_deferred_adjudication_waits_two_years():
    recent = dict(DEFERRED_2020, sentence_completed_date=date(2026, 10, 1))
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", charge(**recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 10, 1)


def test_tx_gc_411_074_a_conviction_after_the_wait_does_not_bar_deferred_nondisclosure():
    person = clean_person(other_convictions=(OtherConviction(date=date(2024, 5, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "TX",
        "tx-nondisclosure-deferred-adjudication",
        charge(offense_date=date(2019, 1, 1), **DEFERRED_2020),
        person=person,
    )
    assert found.status is Status.ELIGIBLE


def test_tx_gc_411_074_a_conviction_during_the_wait_bars_deferred_nondisclosure():
    person = clean_person(other_convictions=(OtherConviction(date=date(2022, 5, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "TX",
        "tx-nondisclosure-deferred-adjudication",
        charge(offense_date=date(2019, 1, 1), **DEFERRED_2020),
        person=person,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0725_does_not_seal_pretrial_intervention():
    pretrial = dict(DEFERRED_2020, diversion_kind=DiversionKind.PRETRIAL)
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", charge(**pretrial))
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_ccp_55a_053_expunges_dismissal_after_pretrial_intervention():
    pretrial = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.PRETRIAL,
        offense="tx-pc-43.02",
        disposition_date=date(2026, 6, 1),
    )
    assert determination("TX", "tx-expunction-pretrial-intervention", pretrial).status is Status.ELIGIBLE


def test_tx_ccp_55a_053_is_open_when_the_kind_of_diversion_is_unknown():
    unsure = charge(disposition=Disposition.DIVERSION_COMPLETED, offense="tx-pc-43.02")
    found = determination("TX", "tx-expunction-pretrial-intervention", unsure)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_tx_ccp_55a_051_3_deferred_adjudication_is_not_expunged():
    found = determination("TX", "tx-expunction-pretrial-intervention", charge(**DEFERRED_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_ccp_55a_expunges_dismissal_after_limitations():
    dismissed = charge(
        disposition=Disposition.DISMISSAL,
        offense="tx-pc-43.02",
        level=Level.MISDEMEANOR,
        offense_date=date(2019, 3, 1),
        disposition_date=date(2019, 6, 1),
    )
    assert determination("TX", "tx-expunction-dismissal-limitations", dismissed).status is Status.ELIGIBLE


def test_tx_ccp_12_05_b_dates_limitations_expunction_from_the_dismissal():
    dismissed = charge(
        disposition=Disposition.DISMISSAL,
        offense="tx-pc-43.02",
        level=Level.MISDEMEANOR,
        offense_date=date(2025, 1, 10),
        disposition_date=date(2025, 9, 15),
    )
    found = determination("TX", "tx-expunction-dismissal-limitations", dismissed)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 9, 15)


def test_tx_ccp_55a_limitations_expunction_is_open_when_dismissal_date_unknown():
    dismissed = charge(disposition=Disposition.DISMISSAL, offense="tx-pc-43.02", level=Level.MISDEMEANOR)
    found = determination("TX", "tx-expunction-dismissal-limitations", dismissed)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_tx_ccp_12_01_1_compelling_prostitution_has_no_limitations_expunction():
    dismissed = charge(
        Category.PROMOTING, Disposition.DISMISSAL, offense="tx-pc-43.05", disposition_date=date(2010, 1, 1)
    )
    found = determination("TX", "tx-expunction-dismissal-limitations", dismissed)
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0735_is_ruled_out_by_an_earlier_deferred_adjudication():
    # §§ 411.073(b)(2), 411.0735: never "placed on deferred adjudication community supervision for another offense".
    earlier = charge(
        Category.OTHER,
        offense="tx-pc-31.03",
        level=Level.MISDEMEANOR,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2014, 6, 1),
        sentence_completed_date=date(2015, 6, 1),
    )
    found = determination("TX", "tx-nondisclosure-misdemeanor-conviction", charge(**PROSTITUTION_2018), earlier)
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0735_is_open_when_another_diversion_may_be_deferred_adjudication():
    other = charge(Category.OTHER, disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2014, 6, 1))
    found = determination("TX", "tx-nondisclosure-misdemeanor-conviction", charge(**PROSTITUTION_2018), other)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].diversion_kind",)


def test_tx_gc_411_074_a_a_deferred_adjudication_during_the_wait_rules_out_nondisclosure():
    # § 411.074(a): not "convicted of or placed on deferred adjudication community supervision" in the window.
    first = charge(
        offense="tx-pc-43.02",
        level=Level.MISDEMEANOR,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        offense_date=date(2019, 1, 1),
        sentence_completed_date=date(2021, 2, 1),
    )
    second = charge(
        Category.OTHER,
        offense="tx-pc-31.03",
        level=Level.MISDEMEANOR,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2022, 3, 1),
    )
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", first, second)
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0728_b_1_reported_one_year_wait_leaves_a_recent_sentence_open():
    # § 411.0728(b-1)-(b-3) exist (S.B. 1012, 2023) but were not read; a guide reports a one-year wait.
    def found(done: date) -> Status:
        recent = charge(
            offense="tx-pc-43.02",
            level=Level.MISDEMEANOR,
            trafficking_nexus=Answer.YES,
            offense_date=date(2024, 10, 1),
            disposition_date=date(2025, 2, 1),
            sentence_completed_date=done,
        )
        return determination("TX", "tx-nondisclosure-trafficking", recent).status

    assert found(date(2026, 6, 1)) is Status.POSSIBLY_ELIGIBLE
    assert found(date(2025, 11, 25)) is Status.ELIGIBLE  # a year to the day: even the reported wait is over


def test_tx_gc_411_0728_b_1_reported_later_conviction_bar_leaves_the_answer_open():
    def found(conviction_day: date) -> Status:
        person = clean_person(other_convictions=(OtherConviction(date=conviction_day, level=Level.MISDEMEANOR),))
        prostitution = charge(trafficking_nexus=Answer.YES, offense_date=date(2018, 2, 1), **PROSTITUTION_2018)
        return determination("TX", "tx-nondisclosure-trafficking", prostitution, person=person).status

    assert found(date(2021, 3, 1)) is Status.POSSIBLY_ELIGIBLE  # after the offense
    assert found(date(2014, 3, 1)) is Status.ELIGIBLE  # before it


def test_tx_gc_411_0735_class_c_theft_needs_no_wait_on_either_reading():
    theft = charge(
        Category.OTHER,
        offense="tx-pc-31.03",
        level=Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_CLASS_C,
        disposition_date=date(2026, 10, 1),
        sentence_completed_date=date(2026, 10, 1),
    )
    assert determination("TX", "tx-nondisclosure-misdemeanor-conviction", theft).status is Status.ELIGIBLE


def test_tx_gc_411_0735_disputed_wait_for_class_b_trespass_stays_open_until_two_years():
    def found(done: date) -> tuple[Status, tuple[str, ...]]:
        trespass = charge(
            Category.QUALITY_OF_LIFE,
            offense="tx-pc-30.05",
            level=Level.MISDEMEANOR,
            grade=Grade.MISDEMEANOR_CLASS_B,
            disposition_date=date(2023, 6, 1),
            sentence_completed_date=done,
        )
        got = determination("TX", "tx-nondisclosure-misdemeanor-conviction", trespass)
        return got.status, got.open_questions

    assert found(date(2026, 1, 1)) == (Status.POSSIBLY_ELIGIBLE, ())
    assert found(date(2024, 11, 25)) == (Status.ELIGIBLE, ())


def test_tx_gc_411_0735_prostitution_waits_two_years_on_both_readings():
    recent = dict(PROSTITUTION_2018, sentence_completed_date=date(2026, 1, 1), disposition_date=date(2025, 9, 1))
    found = determination("TX", "tx-nondisclosure-misdemeanor-conviction", charge(**recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 1)


def test_tx_gc_411_0735_prostitution_of_no_named_section_waits_two_years():
    unnamed = dict(level=Level.MISDEMEANOR, disposition_date=date(2025, 9, 1), sentence_completed_date=date(2026, 1, 1))
    found = determination("TX", "tx-nondisclosure-misdemeanor-conviction", charge(**unnamed))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 1)


def test_tx_gc_411_0735_lewdness_of_no_named_section_may_be_fine_only():
    unnamed = dict(category=Category.LEWDNESS, level=Level.MISDEMEANOR, disposition_date=date(2025, 9, 1),
                   sentence_completed_date=date(2026, 1, 1))  # fmt: skip
    found = determination("TX", "tx-nondisclosure-misdemeanor-conviction", charge(**unnamed))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_tx_ccp_55a_002_acquittal_is_expunged_and_cited_to_chapter_55a():
    found = determination(
        "TX", "tx-expunction-acquittal", charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2026, 10, 1))
    )
    assert found.status is Status.ELIGIBLE
    assert any("55A.002" in c for c in found.remedy.citations)
    conviction = determination("TX", "tx-expunction-acquittal", charge(**PROSTITUTION_2018))
    assert conviction.status is Status.NOT_ELIGIBLE
