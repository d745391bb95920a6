"""Michigan remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from tests.rules.screening import charge, clean_person, determination, reaches

SOLICITING_2015 = dict(
    offense="mi-mcl-750.448",
    level=Level.MISDEMEANOR,
    disposition_date=date(2015, 6, 1),
    sentence_completed_date=date(2016, 6, 1),
)


def test_mi_mcl_780_621_3_sets_aside_soliciting_conviction_of_trafficking_victim():
    found = determination("MI", "mi-set-aside-trafficking", charge(trafficking_nexus=Answer.YES, **SOLICITING_2015))
    assert found.status is Status.ELIGIBLE


def test_mi_mcl_780_621_3_does_not_reach_pandering():
    found = determination(
        "MI",
        "mi-set-aside-trafficking",
        charge(Category.PROMOTING, offense="mi-mcl-750.455", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mi_mcl_780_621_3_is_possible_when_nexus_unsure():
    found = determination("MI", "mi-set-aside-trafficking", charge(**SOLICITING_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_mi_mcl_780_621_sets_aside_misdemeanor_after_three_years():
    found = determination("MI", "mi-set-aside-780-621", charge(**SOLICITING_2015))
    assert found.status is Status.ELIGIBLE


def test_mi_mcl_780_621d_2_waits_five_years_for_a_single_felony():
    found = determination(
        "MI",
        "mi-set-aside-780-621",
        charge(Category.PROMOTING, offense="mi-mcl-750.455", sentence_completed_date=date(2022, 3, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_mi_mcl_780_621d_2_one_felony_applied_for_alone_waits_five_years_beside_another_felony():
    # (2): "1 felony conviction ... 5 or more years"; the 7 years of (1) bind only an application for more than one.
    felony = dict(level=Level.FELONY, disposition_date=date(2021, 3, 1), sentence_completed_date=date(2022, 3, 1))
    found = determination("MI", "mi-set-aside-780-621", charge(Category.PROMOTING, **felony), charge(**felony))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_mi_mcl_780_621d_1_a_later_felony_inside_the_wait_leaves_only_a_joint_application():
    earlier = charge(
        Category.PROMOTING,
        level=Level.FELONY,
        disposition_date=date(2010, 3, 1),
        sentence_completed_date=date(2011, 3, 1),
    )
    later_felony = charge(
        level=Level.FELONY, disposition_date=date(2014, 3, 1), sentence_completed_date=date(2015, 3, 1)
    )
    found = determination("MI", "mi-set-aside-780-621", earlier, later_felony, as_of=date(2026, 12, 7))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_mi_mcl_780_621_refuses_more_than_three_felonies():
    felony = dict(level=Level.FELONY, disposition_date=date(2010, 1, 1), sentence_completed_date=date(2010, 1, 1))
    found = determination("MI", "mi-set-aside-780-621", *[charge(Category.PROMOTING, **felony) for _ in range(4)])
    assert found.status is Status.NOT_ELIGIBLE


def test_mi_mcl_780_621_is_possible_when_level_unknown():
    found = determination(
        "MI", "mi-set-aside-780-621", charge(offense="mi-mcl-750.448", sentence_completed_date=date(2024, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_mi_mcl_780_621g_sets_aside_old_misdemeanor_automatically():
    # Seven years from the 2015 sentence passed in 2022; the automatic set-aside began on 11 April 2023.
    found = determination("MI", "mi-automatic-set-aside", charge(**SOLICITING_2015))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2023, 4, 11)


def test_mi_mcl_780_621g_4_counts_seven_years_from_the_sentence_not_from_probation():
    found = determination(
        "MI",
        "mi-automatic-set-aside",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="mi-mcl-750.167",
            disposition_date=date(2022, 9, 9),
            sentence_completed_date=date(2023, 9, 9),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2029, 9, 9)


def test_mi_mcl_780_621g_excludes_pandering():
    found = determination(
        "MI",
        "mi-automatic-set-aside",
        charge(Category.PROMOTING, offense="mi-mcl-750.455", sentence_completed_date=date(2005, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mi_mcl_780_621g_5_leaves_five_misdemeanors_open_because_the_cap_limits_how_many_are_set_aside():
    found = determination("MI", "mi-automatic-set-aside", *[charge(**SOLICITING_2015) for _ in range(5)])
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_mi_mcl_780_621g_3_sets_aside_disorderly_person_despite_an_open_case():
    found = determination(
        "MI",
        "mi-automatic-set-aside",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="mi-mcl-750.167",
            level=Level.MISDEMEANOR,
            disposition_date=date(2015, 6, 1),
            sentence_completed_date=date(2015, 6, 1),
        ),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.AUTOMATIC


def test_mi_mcl_780_621g_6_c_rules_out_automatic_set_aside_after_a_conviction_during_the_wait():
    found = determination(
        "MI",
        "mi-automatic-set-aside",
        charge(**SOLICITING_2015),
        person=clean_person(other_convictions=(OtherConviction(date=date(2018, 1, 1), level=Level.MISDEMEANOR),)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mi_mcl_780_621d_4_b_needs_no_pending_charge_for_an_application():
    found = determination(
        "MI", "mi-set-aside-780-621", charge(**SOLICITING_2015), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mi_mcl_780_621g_waits_for_open_case():
    found = determination(
        "MI", "mi-automatic-set-aside", charge(**SOLICITING_2015), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mi_mcl_780_621g_is_possible_when_pending_case_unknown():
    found = determination(
        "MI", "mi-automatic-set-aside", charge(**SOLICITING_2015), person=clean_person(pending_case=Answer.UNSURE)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_mi_set_asides_need_a_conviction():
    found = determination("MI", "mi-set-aside-780-621", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE
    assert not reaches("MI", "mi-automatic-set-aside", charge(Category.TRAFFICKING))


def test_mi_mcl_28_243_8_destroys_the_arrest_record_of_a_dismissed_charge():
    found = determination(
        "MI",
        "mi-arrest-record-destruction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2020, 5, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_mi_mcl_28_243_does_not_reach_a_diversion_dismissal():
    found = determination("MI", "mi-arrest-record-destruction", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.NOT_ELIGIBLE


def test_mi_780_621d_a_conviction_after_the_wait_does_not_bar():
    person = clean_person(other_convictions=(OtherConviction(date=date(2018, 6, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "MI",
        "mi-set-aside-780-621",
        charge(
            offense="mi-mcl-750.448",
            level=Level.MISDEMEANOR,
            disposition_date=date(2012, 1, 1),
            sentence_completed_date=date(2013, 1, 1),
        ),
        person=person,
    )
    assert found.status is Status.ELIGIBLE


INDECENT_EXPOSURE = dict(offense="mi-mcl-750.335a", level=Level.MISDEMEANOR)


def test_mi_mcl_780_621g_10_b_does_not_set_aside_a_serious_misdemeanor_automatically():
    found = determination(
        "MI",
        "mi-automatic-set-aside",
        charge(
            Category.LEWDNESS,
            disposition_date=date(2015, 6, 1),
            sentence_completed_date=date(2016, 6, 1),
            **INDECENT_EXPOSURE,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mi_mcl_780_621d_2_waits_five_years_for_a_serious_misdemeanor():
    found = determination(
        "MI",
        "mi-set-aside-780-621",
        charge(
            Category.LEWDNESS,
            disposition_date=date(2021, 6, 1),
            sentence_completed_date=date(2022, 6, 1),
            **INDECENT_EXPOSURE,
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_mi_mcl_780_621d_4_c_a_conviction_during_the_five_years_of_a_serious_misdemeanor_bars_it_alone():
    person = clean_person(other_convictions=(OtherConviction(date=date(2016, 6, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "MI",
        "mi-set-aside-780-621",
        charge(
            Category.LEWDNESS,
            disposition_date=date(2011, 6, 1),
            sentence_completed_date=date(2012, 6, 1),
            **INDECENT_EXPOSURE,
        ),
        person=person,
    )
    # Not on its own application; one joining the later conviction stays open (780.621d(2), (4)(c)).
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_mi_mcl_780_621g_7_leaves_two_convictions_of_unknown_kind_open():
    older = (
        OtherConviction(date=date(2000, 3, 1), level=Level.MISDEMEANOR),
        OtherConviction(date=date(2001, 5, 1), level=Level.MISDEMEANOR),
    )
    found = determination(
        "MI", "mi-automatic-set-aside", charge(**SOLICITING_2015), person=clean_person(other_convictions=older)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert set(found.open_questions) == {"person.other_convictions[0]", "person.other_convictions[1]"}


def test_mi_mcl_780_621g_7_counts_no_listed_prostitution_offense_as_assaultive():
    found = determination(
        "MI",
        "mi-automatic-set-aside",
        charge(**SOLICITING_2015),
        charge(offense="mi-mcl-750.448", level=Level.MISDEMEANOR, disposition_date=date(2005, 6, 1)),
        charge(
            Category.QUALITY_OF_LIFE,
            offense="mi-mcl-750.167",
            level=Level.MISDEMEANOR,
            disposition_date=date(2004, 6, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC


def test_mi_mcl_780_621d_4_b_bars_the_survivor_set_aside_while_a_charge_is_open():
    found = determination(
        "MI",
        "mi-set-aside-trafficking",
        charge(trafficking_nexus=Answer.YES, **SOLICITING_2015),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mi_mcl_780_621c_1_a_leaves_felony_indecent_exposure_open():
    felony = charge(
        Category.LEWDNESS,
        offense="mi-mcl-750.335a",
        level=Level.FELONY,
        disposition_date=date(2008, 6, 1),
        sentence_completed_date=date(2010, 6, 1),
    )
    for remedy in ("mi-set-aside-780-621", "mi-automatic-set-aside"):
        found = determination("MI", remedy, felony)
        assert found.status is Status.POSSIBLY_ELIGIBLE
        assert found.open_questions == ("charges[0].offense",)


def test_mi_mcl_780_621g_5_felony_cap_does_not_bar_a_misdemeanor():
    old_felony = dict(offense="mi-mcl-750.448", level=Level.FELONY, sentence_completed_date=date(2000, 6, 1))
    found = determination(
        "MI",
        "mi-automatic-set-aside",
        charge(**SOLICITING_2015),
        charge(disposition_date=date(1995, 6, 1), **old_felony),
        charge(disposition_date=date(1997, 6, 1), **old_felony),
        charge(disposition_date=date(1999, 6, 1), **old_felony),
    )
    assert found.status is Status.AUTOMATIC
