"""Utah remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2015 = dict(
    offense="ut-uca-76-10-1302",
    level=Level.MISDEMEANOR,
    disposition_date=date(2015, 3, 2),
    sentence_completed_date=date(2015, 9, 2),
)


def test_ut_78b_9_104_1_g_vacates_prostitution_conviction_of_trafficking_survivor():
    found = determination("UT", "ut-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_ut_78b_9_104_1_g_does_not_reach_exploiting_prostitution():
    found = determination(
        "UT",
        "ut-vacatur-trafficking",
        charge(Category.PROMOTING, offense="ut-uca-76-10-1305", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ut_78b_9_104_1_g_is_possible_when_trafficking_nexus_unsure():
    found = determination("UT", "ut-vacatur-trafficking", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ut_78b_9_104_1_g_leaves_unnamed_promoting_charge_open():
    found = determination("UT", "ut-vacatur-trafficking", charge(Category.PROMOTING, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ut_77_40a_303_expunges_misdemeanor_five_years_after_sentence():
    found = determination("UT", "ut-expungement-conviction", charge(**PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_ut_77_40a_303_dates_the_end_of_a_felony_wait():
    found = determination(
        "UT",
        "ut-expungement-conviction",
        charge(Category.PROMOTING, offense="ut-uca-76-10-1305", sentence_completed_date=date(2022, 4, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 4, 1)


def test_ut_77_40a_303_later_conviction_restarts_the_wait():
    second = charge(
        offense="ut-uca-76-10-1302",
        level=Level.MISDEMEANOR,
        disposition_date=date(2024, 1, 10),
        sentence_completed_date=date(2024, 6, 10),
    )
    found = determination("UT", "ut-expungement-conviction", charge(**PROSTITUTION_2015), second)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 6, 10)


def test_ut_77_40a_303_refuses_with_open_case():
    found = determination(
        "UT", "ut-expungement-conviction", charge(**PROSTITUTION_2015), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ut_77_40a_303_refuses_five_convictions():
    found = determination("UT", "ut-expungement-conviction", *[charge(**PROSTITUTION_2015) for _ in range(5)])
    assert found.status is Status.NOT_ELIGIBLE


def test_ut_77_40a_303_is_possible_when_sentence_end_unknown():
    found = determination(
        "UT", "ut-expungement-conviction", charge(offense="ut-uca-76-10-1302", level=Level.MISDEMEANOR)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].sentence_completed_date" in found.open_questions


def test_ut_77_40a_303_1_c_vi_waits_four_years_for_class_b():
    found = determination(
        "UT",
        "ut-expungement-conviction",
        charge(
            offense="ut-uca-76-10-1302",
            grade=Grade.MISDEMEANOR_CLASS_B,
            disposition_date=date(2023, 9, 1),
            sentence_completed_date=date(2024, 3, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 3, 1)


def test_ut_77_40a_303_leaves_three_convictions_open():
    found = determination("UT", "ut-expungement-conviction", *[charge(**PROSTITUTION_2015) for _ in range(3)])
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[2].offense" in found.open_questions


def test_ut_77_40a_303_does_not_reach_trafficking_charges():
    assert not reaches("UT", "ut-expungement-conviction", charge(Category.TRAFFICKING))


def test_ut_77_40a_302_recent_dismissal_is_open_on_with_or_without_prejudice():
    # (1)(b)(ii): dismissed with prejudice, 30 days after the arrest; (1)(b)(iii)(B): without, 180 days after.
    found = determination(
        "UT",
        "ut-expungement-no-conviction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 8, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)
    assert any("January 28, 2027" in r.text for r in found.reasons)


def test_ut_77_40a_302_dismissal_qualifies_once_180_days_have_passed():
    found = determination(
        "UT",
        "ut-expungement-no-conviction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 5, 29)),
    )
    assert found.status is Status.ELIGIBLE


def test_ut_77_40a_302_dismissal_179_days_ago_is_still_open():
    found = determination(
        "UT",
        "ut-expungement-no-conviction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 5, 30)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_ut_77_40a_302_acquittal_waits_only_30_days():
    found = determination(
        "UT",
        "ut-expungement-no-conviction",
        charge(disposition=Disposition.ACQUITTAL, offense_date=date(2025, 3, 1), disposition_date=date(2025, 6, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_ut_77_40a_302_does_not_reach_a_conviction():
    found = determination("UT", "ut-expungement-no-conviction", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_ut_77_40a_302_is_possible_when_acquittal_date_unknown():
    found = determination("UT", "ut-expungement-no-conviction", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_ut_77_40a_203_clean_slate_expunges_disorderly_conduct():
    found = determination(
        "UT",
        "ut-clean-slate",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="ut-uca-76-9-102",
            level=Level.MISDEMEANOR,
            disposition_date=date(2018, 5, 1),
            sentence_completed_date=date(2018, 5, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2024, 5, 1)


def test_ut_77_40a_203_clean_slate_does_not_reach_felony():
    found = determination(
        "UT",
        "ut-clean-slate",
        charge(Category.PROMOTING, offense="ut-uca-76-10-1305", sentence_completed_date=date(2010, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ut_77_40a_203_clean_slate_is_possible_for_prostitution_of_unknown_class():
    found = determination("UT", "ut-clean-slate", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_ut_clean_slate_counts_six_years_from_adjudication_for_class_b():
    found = determination(
        "UT",
        "ut-clean-slate",
        charge(
            offense="ut-uca-76-10-1302",
            grade=Grade.MISDEMEANOR_CLASS_B,
            disposition_date=date(2022, 6, 1),
            sentence_completed_date=date(2023, 6, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2028, 6, 1)


def test_ut_77_40a_206_expunges_acquittal_automatically():
    found = determination(
        "UT", "ut-clean-slate-dismissal", charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2024, 1, 15))
    )
    assert found.status is Status.AUTOMATIC


def test_ut_77_40a_206_2_a_acquittal_waits_60_days():
    found = determination(
        "UT", "ut-clean-slate-dismissal", charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2026, 10, 1))
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 11, 30)


def test_ut_77_40a_206_2_a_acquittal_of_unknown_date_is_open():
    found = determination("UT", "ut-clean-slate-dismissal", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_ut_77_40a_206_2_b_dismissal_waits_180_days():
    found = determination(
        "UT", "ut-clean-slate-dismissal", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 8, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.eligible_on == date(2027, 1, 28)
    assert found.open_questions == ("charges[0].disposition",)


def test_ut_77_40a_201_does_not_reach_conviction():
    found = determination("UT", "ut-clean-slate-dismissal", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_ut_77_40a_206_expunges_acquittal_even_with_another_case_open():
    found = determination(
        "UT",
        "ut-clean-slate-dismissal",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2024, 1, 15)),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.AUTOMATIC


def test_ut_77_40a_101_plea_in_abeyance_dismissal_waits_for_open_case():
    found = determination(
        "UT",
        "ut-clean-slate-dismissal",
        charge(
            offense="ut-uca-76-10-1302",
            level=Level.MISDEMEANOR,
            grade=Grade.MISDEMEANOR_CLASS_B,
            disposition=Disposition.DIVERSION_COMPLETED,
            disposition_date=date(2019, 6, 1),
        ),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ut_77_40a_206_leaves_dismissal_of_unknown_kind_open():
    found = determination(
        "UT", "ut-clean-slate-dismissal", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2024, 1, 15))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ut_77_40a_205_clean_slate_asks_what_sentence_someone_is_serving():
    found = determination(
        "UT",
        "ut-clean-slate",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="ut-uca-76-9-102",
            level=Level.MISDEMEANOR,
            disposition_date=date(2018, 5, 1),
            sentence_completed_date=date(2018, 5, 1),
        ),
        person=clean_person(under_sentence=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.under_sentence",)


# Statute audit 2026-12-07: § 77-40a-303(2)(a)


def test_ut_77_40a_303_2_a_ii_refuses_a_first_degree_felony():
    found = determination(
        "UT",
        "ut-expungement-conviction",
        charge(
            Category.PROMOTING,
            offense="ut-uca-76-10-1306",
            grade=Grade.FELONY_FIRST_DEGREE,
            disposition_date=date(2008, 4, 1),
            sentence_completed_date=date(2012, 4, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ut_77_40a_303_2_a_leaves_aggravated_exploitation_of_unknown_degree_open():
    found = determination(
        "UT",
        "ut-expungement-conviction",
        charge(
            Category.PROMOTING,
            offense="ut-uca-76-10-1306",
            disposition_date=date(2008, 4, 1),
            sentence_completed_date=date(2012, 4, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_ut_77_40a_303_2_a_iii_leaves_an_other_felony_open():
    found = determination(
        "UT",
        "ut-expungement-conviction",
        charge(
            Category.OTHER,
            grade=Grade.FELONY_THIRD_DEGREE,
            disposition_date=date(2012, 4, 1),
            sentence_completed_date=date(2014, 4, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_ut_77_40a_303_2_a_does_not_bar_exploiting_prostitution():
    found = determination(
        "UT",
        "ut-expungement-conviction",
        charge(
            Category.PROMOTING,
            offense="ut-uca-76-10-1305",
            disposition_date=date(2015, 6, 1),
            sentence_completed_date=date(2017, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE
