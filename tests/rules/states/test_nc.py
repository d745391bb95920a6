"""North Carolina remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2018 = dict(
    offense="nc-gs-14-204", disposition_date=date(2018, 4, 2), sentence_completed_date=date(2018, 10, 2)
)
PROMOTING = dict(offense="nc-gs-14-205.3", disposition_date=date(2012, 1, 9), sentence_completed_date=date(2013, 1, 9))


def test_nc_gs_15a_1416_1_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("NC", "nc-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_nc_gs_15a_1416_1_does_not_reach_class_f_promoting():
    found = determination(
        "NC", "nc-vacatur-trafficking", charge(Category.PROMOTING, trafficking_nexus=Answer.YES, **PROMOTING)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_1416_1_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination("NC", "nc-vacatur-trafficking", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_nc_gs_15a_145_9_expunges_nonviolent_conviction_of_trafficking_victim():
    found = determination(
        "NC",
        "nc-expunction-15a-145-9",
        charge(Category.QUALITY_OF_LIFE, offense="nc-gs-14-288.4", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_nc_gs_15a_145_9_needs_trafficking_nexus():
    found = determination("NC", "nc-expunction-15a-145-9", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_145_9_is_possible_for_felony_of_unknown_class():
    found = determination(
        "NC", "nc-expunction-15a-145-9", charge(Category.OTHER, level=Level.FELONY, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nc_gs_15a_145_6_expunges_first_prostitution_conviction_after_three_years():
    found = determination("NC", "nc-expunction-15a-145-6", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE


def test_nc_gs_15a_145_6_dates_the_three_year_wait():
    found = determination(
        "NC",
        "nc-expunction-15a-145-6",
        charge(offense="nc-gs-14-204", disposition_date=date(2025, 1, 6), sentence_completed_date=date(2025, 7, 6)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 7, 6)


def test_nc_gs_15a_145_6_expunges_conditional_discharge_at_once():
    found = determination(
        "NC",
        "nc-expunction-15a-145-6",
        charge(
            offense="nc-gs-14-204",
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_nc_gs_15a_145_6_refuses_a_second_prostitution_conviction():
    earlier = charge(
        offense="nc-gs-14-204", disposition_date=date(2016, 1, 4), sentence_completed_date=date(2016, 1, 4)
    )
    found = determination("NC", "nc-expunction-15a-145-6", charge(**PROSTITUTION_2018), earlier)
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_145_6_is_possible_when_sentence_end_unknown():
    found = determination("NC", "nc-expunction-15a-145-6", charge(offense="nc-gs-14-204"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_nc_gs_15a_145_5_expunges_single_misdemeanor_after_five_years():
    found = determination(
        "NC",
        "nc-expunction-15a-145-5-misdemeanor",
        charge(
            Category.LOITERING_FOR_PROSTITUTION,
            offense="nc-gs-14-204.1",
            disposition_date=date(2022, 3, 1),
            sentence_completed_date=date(2022, 9, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_nc_gs_15a_145_5_waits_seven_years_for_more_than_one_misdemeanor():
    first = charge(offense="nc-gs-14-204", disposition_date=date(2019, 5, 1), sentence_completed_date=date(2019, 5, 1))
    second = charge(offense="nc-gs-14-204", disposition_date=date(2018, 5, 1), sentence_completed_date=date(2018, 5, 1))
    found = determination("NC", "nc-expunction-15a-145-5-misdemeanor", first, second, as_of=date(2026, 4, 1))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 5, 1)


def test_nc_gs_15a_145_5_does_not_expunge_indecent_exposure():
    found = determination(
        "NC",
        "nc-expunction-15a-145-5-misdemeanor",
        charge(
            Category.LEWDNESS,
            offense="nc-gs-14-190.9",
            level=Level.MISDEMEANOR,
            sentence_completed_date=date(2010, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_145_5_is_possible_when_open_case_unknown():
    found = determination(
        "NC",
        "nc-expunction-15a-145-5-misdemeanor",
        charge(offense="nc-gs-14-204", disposition_date=date(2014, 6, 1), sentence_completed_date=date(2015, 1, 1)),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_nc_gs_15a_145_5_expunges_felony_patronizing_after_ten_years_only_if_class_known():
    found = determination(
        "NC",
        "nc-expunction-15a-145-5-felony",
        charge(
            Category.SOLICITATION,
            offense="nc-gs-14-205.2",
            level=Level.FELONY,
            disposition_date=date(2013, 1, 1),
            sentence_completed_date=date(2014, 1, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nc_gs_15a_145_5_expunges_a_class_i_marijuana_possession_felony_after_ten_years():
    found = determination(
        "NC",
        "nc-expunction-15a-145-5-felony",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="nc-gs-90-95-d4",
            disposition_date=date(2013, 1, 1),
            sentence_completed_date=date(2014, 1, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_nc_gs_15a_145_5_a5_leaves_schedule_i_possession_open_because_heroin_is_excluded():
    found = determination(
        "NC",
        "nc-expunction-15a-145-5-felony",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="nc-gs-90-95-d1",
            disposition_date=date(2013, 1, 1),
            sentence_completed_date=date(2014, 1, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nc_gs_15a_145_9_has_no_drug_exclusion_for_schedule_i_possession():
    found = determination(
        "NC",
        "nc-expunction-15a-145-9",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="nc-gs-90-95-d1",
            disposition_date=date(2013, 1, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_nc_gs_15a_145_5_felony_path_refuses_promoting_prostitution():
    found = determination("NC", "nc-expunction-15a-145-5-felony", charge(Category.PROMOTING, **PROMOTING))
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_145_5_does_not_reach_trafficking_convictions():
    assert not reaches("NC", "nc-expunction-15a-145-5-felony", charge(Category.TRAFFICKING))


def test_nc_gs_15a_146_expunges_dismissed_charge_on_petition():
    found = determination("NC", "nc-expunction-15a-146", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_nc_gs_15a_146_does_not_reach_conviction():
    found = determination("NC", "nc-expunction-15a-146", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_146_is_possible_when_outcome_unknown():
    found = determination("NC", "nc-expunction-15a-146", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_nc_gs_15a_146_a4_expunges_2022_dismissal_automatically():
    found = determination(
        "NC",
        "nc-automatic-expunction-15a-146-a4",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2022, 8, 1)),
    )
    assert found.status is Status.AUTOMATIC


def test_nc_gs_15a_146_a4_expunges_180_days_after_a_recent_dismissal():
    found = determination(
        "NC",
        "nc-automatic-expunction-15a-146-a4",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 10, 1)),
        as_of=date(2026, 12, 6),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 3, 30)


def test_nc_gs_15a_146_a4_does_not_reach_dismissal_before_december_2021():
    found = determination(
        "NC",
        "nc-automatic-expunction-15a-146-a4",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2021, 11, 30)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_146_a4_is_possible_when_dismissal_date_unknown():
    found = determination("NC", "nc-automatic-expunction-15a-146-a4", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_nc_gs_15a_145_5_c_counts_seven_years_from_the_last_of_several_misdemeanors():
    found = determination(
        "NC",
        "nc-expunction-15a-145-5-misdemeanor",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="nc-gs-14-288.4",
            level=Level.MISDEMEANOR,
            disposition_date=date(2015, 1, 10),
            sentence_completed_date=date(2015, 6, 1),
        ),
        charge(
            offense="nc-gs-14-204",
            level=Level.MISDEMEANOR,
            disposition_date=date(2024, 1, 10),
            sentence_completed_date=date(2024, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2031, 1, 10)


def test_nc_gs_15a_146_expunges_completed_discharge_and_dismissal():
    found = determination("NC", "nc-expunction-15a-146", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.ELIGIBLE


LOITERING_AT_17 = dict(
    offense="nc-gs-14-204.1",
    level=Level.MISDEMEANOR,
    offense_date=date(2017, 3, 1),
    disposition_date=date(2017, 9, 1),
    sentence_completed_date=date(2018, 3, 1),
)


def test_nc_gs_15a_145_expunges_first_misdemeanor_committed_before_18():
    found = determination(
        "NC",
        "nc-expunction-15a-145",
        charge(Category.LOITERING_FOR_PROSTITUTION, **LOITERING_AT_17),
        person=clean_person(birth_date=date(2000, 1, 15)),
    )
    assert found.status is Status.ELIGIBLE


def test_nc_gs_15a_145_does_not_reach_a_person_with_another_conviction():
    found = determination(
        "NC",
        "nc-expunction-15a-145",
        charge(Category.LOITERING_FOR_PROSTITUTION, **LOITERING_AT_17),
        person=clean_person(
            birth_date=date(2000, 1, 15),
            other_convictions=(OtherConviction(date=date(2019, 5, 1), level=Level.MISDEMEANOR),),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_145_is_possible_when_birth_date_unknown():
    found = determination("NC", "nc-expunction-15a-145", charge(Category.LOITERING_FOR_PROSTITUTION, **LOITERING_AT_17))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "person.birth_date" in found.open_questions


def test_nc_gs_15a_145_6_c_does_not_reach_a_pretrial_diversion():
    found = determination(
        "NC",
        "nc-expunction-15a-145-6",
        charge(
            offense="nc-gs-14-204", disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.PRETRIAL
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_145_6_c_conditional_discharge_needs_no_first_conviction():
    earlier = charge(
        offense="nc-gs-14-204", disposition_date=date(2014, 1, 4), sentence_completed_date=date(2014, 1, 4)
    )
    discharge = charge(
        offense="nc-gs-14-204",
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2015, 6, 1),
    )
    found = determination("NC", "nc-expunction-15a-145-6", discharge, earlier)
    assert found.status is Status.ELIGIBLE


AT_17 = dict(
    category=Category.LOITERING_FOR_PROSTITUTION,
    offense="nc-gs-14-204.1",
    level=Level.MISDEMEANOR,
    offense_date=date(2017, 5, 1),
    disposition_date=date(2017, 8, 1),
    sentence_completed_date=date(2018, 2, 1),
)


def test_nc_gs_15a_145_8a_expunges_misdemeanor_committed_at_17():
    found = determination(
        "NC", "nc-expunction-15a-145-8a", charge(**AT_17), person=clean_person(birth_date=date(2000, 1, 15))
    )
    assert found.status is Status.ELIGIBLE


def test_nc_gs_15a_145_8a_not_for_an_offense_at_18():
    found = determination(
        "NC", "nc-expunction-15a-145-8a", charge(**AT_17), person=clean_person(birth_date=date(1999, 1, 15))
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_145_8a_not_for_an_offense_after_raise_the_age():
    fields = {**AT_17, "offense_date": date(2019, 12, 1), "disposition_date": date(2020, 3, 1)}
    found = determination(
        "NC", "nc-expunction-15a-145-8a", charge(**fields), person=clean_person(birth_date=date(2002, 6, 1))
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_145_8a_not_for_promoting_a_class_f_felony():
    found = determination(
        "NC",
        "nc-expunction-15a-145-8a",
        charge(Category.PROMOTING, level=Level.FELONY, offense_date=date(2011, 6, 1), **PROMOTING),
        person=clean_person(birth_date=date(1994, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nc_gs_15a_145_8a_is_open_when_age_unknown():
    found = determination("NC", "nc-expunction-15a-145-8a", charge(**AT_17))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.birth_date",)
