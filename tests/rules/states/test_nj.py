"""New Jersey remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2018 = dict(
    offense="nj-2c-34-1-b-1", disposition_date=date(2018, 3, 1), sentence_completed_date=date(2018, 9, 1)
)
PROMOTING_2012 = dict(
    offense="nj-2c-34-1-b-2", disposition_date=date(2012, 3, 1), sentence_completed_date=date(2014, 3, 1)
)


def test_nj_2c_44_1_1_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("NJ", "nj-vacatur-2c-44-1-1", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_nj_2c_44_1_1_reaches_a_quality_of_life_conviction():
    found = determination(
        "NJ",
        "nj-vacatur-2c-44-1-1",
        charge(Category.QUALITY_OF_LIFE, offense="nj-2c-33-2", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_nj_2c_44_1_1_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("NJ", "nj-vacatur-2c-44-1-1", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_nj_2c_44_1_1_is_possible_when_trafficking_nexus_is_unsure():
    found = determination("NJ", "nj-vacatur-2c-44-1-1", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_nj_2c_44_1_1_leaves_other_offenses_open():
    found = determination("NJ", "nj-vacatur-2c-44-1-1", charge(Category.OTHER, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nj_2c_52_3_expunges_disorderly_persons_prostitution_after_five_years():
    found = determination("NJ", "nj-expungement-2c-52-3", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE
    found = determination("NJ", "nj-expungement-2c-52-3", charge(**PROSTITUTION_2018), as_of=date(2023, 1, 1))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2023, 9, 1)


def test_nj_2c_52_3_dates_a_recent_disorderly_persons_offense():
    recent = dict(PROSTITUTION_2018, sentence_completed_date=date(2025, 2, 1))
    found = determination("NJ", "nj-expungement-2c-52-3", charge(**recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2030, 2, 1)


def test_nj_2c_52_3_refuses_when_a_crime_is_also_listed():
    found = determination(
        "NJ", "nj-expungement-2c-52-3", charge(**PROSTITUTION_2018), charge(Category.PROMOTING, **PROMOTING_2012)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nj_2c_52_3_is_possible_when_sentence_end_unknown():
    found = determination("NJ", "nj-expungement-2c-52-3", charge(offense="nj-2c-34-1-b-1"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_nj_2c_52_2_expunges_a_single_promoting_crime_after_six_years():
    found = determination("NJ", "nj-expungement-2c-52-2", charge(Category.PROMOTING, **PROMOTING_2012))
    assert found.status is Status.ELIGIBLE


def test_nj_2c_52_2_never_expunges_promoting_prostitution_of_a_child():
    child = dict(PROMOTING_2012, offense="nj-2c-34-1-b-3")
    found = determination("NJ", "nj-expungement-2c-52-2", charge(Category.PROMOTING, **child))
    assert found.status is Status.NOT_ELIGIBLE


def test_nj_2c_52_2_is_possible_when_open_case_unknown():
    found = determination(
        "NJ",
        "nj-expungement-2c-52-2",
        charge(Category.PROMOTING, **PROMOTING_2012),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_nj_2c_52_2_does_not_reach_human_trafficking():
    assert not reaches("NJ", "nj-expungement-2c-52-2", charge(Category.TRAFFICKING))


def test_nj_2c_52_5_3_clean_slate_counts_from_the_most_recent_sentence():
    first = charge(Category.PROMOTING, **PROMOTING_2012)
    second = charge(
        offense="nj-2c-34-1-b-1", disposition_date=date(2016, 5, 1), sentence_completed_date=date(2016, 5, 1)
    )
    found = determination("NJ", "nj-clean-slate-2c-52-5-3", first, second)
    assert found.status is Status.ELIGIBLE
    found = determination("NJ", "nj-clean-slate-2c-52-5-3", first, second, as_of=date(2026, 1, 1))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 5, 1)


def test_nj_2c_52_5_3_clean_slate_waits_for_a_recent_conviction():
    first = charge(Category.PROMOTING, **PROMOTING_2012)
    second = charge(
        offense="nj-2c-34-1-b-1", disposition_date=date(2020, 5, 1), sentence_completed_date=date(2020, 5, 1)
    )
    found = determination("NJ", "nj-clean-slate-2c-52-5-3", first, second)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2030, 5, 1)


def test_nj_2c_52_5_3_clean_slate_refuses_with_a_pending_case():
    found = determination(
        "NJ",
        "nj-clean-slate-2c-52-5-3",
        charge(Category.PROMOTING, **PROMOTING_2012),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nj_2c_52_5_3_clean_slate_is_possible_when_another_sentence_end_unknown():
    first = charge(Category.PROMOTING, **PROMOTING_2012)
    second = charge(offense="nj-2c-34-1-b-1")
    found = determination("NJ", "nj-clean-slate-2c-52-5-3", first, second)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].sentence_completed_date",)


def test_nj_2c_52_6_expunges_a_recent_dismissal_automatically():
    found = determination(
        "NJ",
        "nj-expungement-2c-52-6-automatic",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2021, 2, 1)),
    )
    assert found.status is Status.AUTOMATIC


def test_nj_2c_52_6_automatic_path_does_not_reach_an_older_dismissal():
    found = determination(
        "NJ",
        "nj-expungement-2c-52-6-automatic",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2019, 2, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nj_2c_52_6_automatic_path_is_possible_when_date_unknown():
    found = determination("NJ", "nj-expungement-2c-52-6-automatic", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_nj_2c_52_6_petition_expunges_an_older_dismissal():
    found = determination(
        "NJ",
        "nj-expungement-2c-52-6-petition",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2019, 2, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_nj_2c_52_6_petition_does_not_reach_a_conviction():
    found = determination("NJ", "nj-expungement-2c-52-6-petition", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_nj_2c_52_6_petition_is_possible_when_date_unknown():
    found = determination(
        "NJ",
        "nj-expungement-2c-52-6-petition",
        charge(disposition=Disposition.DIVERSION_COMPLETED, level=Level.MISDEMEANOR),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_nj_2c_44_1_1_reaches_a_survivors_dismissed_charge():
    found = determination(
        "NJ",
        "nj-vacatur-2c-44-1-1",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2018, 6, 1), trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_nj_2c_52_6_c_dates_automatic_expungement_six_months_after_a_diversion():
    found = determination(
        "NJ",
        "nj-expungement-2c-52-6-automatic",
        charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2026, 10, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 4, 1)


def test_nj_2c_52_3_b_counts_five_years_from_the_most_recent_disorderly_persons_conviction():
    person = clean_person(other_convictions=(OtherConviction(date=date(2024, 5, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "NJ",
        "nj-expungement-2c-52-3",
        charge(level=Level.MISDEMEANOR, disposition_date=date(2015, 3, 1), sentence_completed_date=date(2015, 6, 1)),
        person=person,
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 5, 1)


def test_nj_2c_52_2_a_leaves_open_a_crime_with_four_disorderly_persons_offenses():
    # More than three offenses besides the crime can still qualify if all were in one judgment or closely related.
    person = clean_person(
        other_convictions=tuple(
            OtherConviction(
                date=date(2005 + i, 1, 1), level=Level.MISDEMEANOR, sentence_completed_date=date(2005 + i, 1, 1)
            )
            for i in range(4)
        )
    )
    found = determination(
        "NJ",
        "nj-expungement-2c-52-2",
        charge(
            category=Category.PROMOTING,
            offense="nj-2c-34-1-b-2",
            level=Level.FELONY,
            disposition_date=date(2010, 1, 1),
            sentence_completed_date=date(2011, 1, 1),
        ),
        person=person,
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_nj_2c_52_2_counts_five_years_from_the_most_recent_sentence_on_the_record():
    person = clean_person(
        other_convictions=(
            OtherConviction(date=date(2022, 9, 1), level=Level.MISDEMEANOR, sentence_completed_date=date(2023, 3, 1)),
        )
    )
    found = determination(
        "NJ",
        "nj-expungement-2c-52-2",
        charge(
            category=Category.PROMOTING,
            offense="nj-2c-34-1-b-2",
            level=Level.FELONY,
            disposition_date=date(2011, 1, 1),
            sentence_completed_date=date(2012, 1, 1),
        ),
        person=person,
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 3, 1)


def test_nj_2c_44_1_1_widened_vacatur_is_in_force_from_1_may_2022():
    found = determination(
        "NJ",
        "nj-vacatur-2c-44-1-1",
        charge(
            category=Category.QUALITY_OF_LIFE,
            offense="nj-2c-18-3",
            disposition_date=date(2019, 1, 10),
            trafficking_nexus=Answer.YES,
        ),
        as_of=date(2022, 5, 15),
    )
    assert found.status is Status.ELIGIBLE


def test_nj_2c_52_3_b_counts_five_years_from_the_end_of_the_most_recent_sentence():
    other = OtherConviction(date=date(2021, 1, 10), level=Level.MISDEMEANOR, sentence_completed_date=date(2023, 1, 10))
    found = determination(
        "NJ",
        "nj-expungement-2c-52-3",
        charge(level=Level.MISDEMEANOR, disposition_date=date(2015, 3, 1), sentence_completed_date=date(2015, 3, 1)),
        person=clean_person(other_convictions=(other,)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 10)


CRIME_2019 = dict(
    category=Category.PROMOTING,
    offense="nj-2c-34-1-b-2",
    level=Level.FELONY,
    disposition_date=date(2019, 5, 1),
    sentence_completed_date=date(2021, 11, 25),
)


def test_nj_2c_52_2_a_waits_five_years_since_p_l_2019_c_269():
    # Five years from the end of the sentence (six before 15 June 2020): 25 November 2026, the screening day.
    found = determination("NJ", "nj-expungement-2c-52-2", charge(**CRIME_2019))
    assert found.status is Status.ELIGIBLE
    found = determination("NJ", "nj-expungement-2c-52-2", charge(**CRIME_2019), as_of=date(2026, 11, 24))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 11, 25)


def test_nj_2c_52_2_a_an_earlier_crime_does_not_bar_the_most_recent_one():
    # "does not otherwise have any subsequent conviction for another crime": P.L.2019, c.269 struck "[prior or]".
    other = OtherConviction(date=date(2012, 1, 1), level=Level.FELONY, sentence_completed_date=date(2013, 1, 1))
    found = determination(
        "NJ", "nj-expungement-2c-52-2", charge(**CRIME_2019), person=clean_person(other_convictions=(other,))
    )
    assert found.status is Status.ELIGIBLE


def test_nj_2c_52_2_a_leaves_a_later_crime_open_without_a_question():
    # A subsequent crime closes the one-crime route; one judgment or closely related offenses may still qualify.
    other = OtherConviction(date=date(2020, 1, 1), level=Level.FELONY, sentence_completed_date=date(2020, 6, 1))
    found = determination(
        "NJ", "nj-expungement-2c-52-2", charge(**CRIME_2019), person=clean_person(other_convictions=(other,))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_nj_2c_52_2_a_leaves_a_same_day_crime_open():
    other = OtherConviction(date=date(2019, 5, 1), level=Level.FELONY, sentence_completed_date=date(2020, 1, 1))
    found = determination(
        "NJ", "nj-expungement-2c-52-2", charge(**CRIME_2019), person=clean_person(other_convictions=(other,))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_nj_2c_52_2_a_asks_the_date_of_another_crime():
    other = OtherConviction(level=Level.FELONY, sentence_completed_date=date(2013, 1, 1))
    found = determination(
        "NJ", "nj-expungement-2c-52-2", charge(**CRIME_2019), person=clean_person(other_convictions=(other,))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "person.other_convictions[0].date" in found.open_questions


def test_nj_2c_52_2_a_asks_the_level_of_another_conviction():
    other = OtherConviction(date=date(2012, 1, 1), sentence_completed_date=date(2013, 1, 1))
    found = determination(
        "NJ", "nj-expungement-2c-52-2", charge(**CRIME_2019), person=clean_person(other_convictions=(other,))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions[0].level",)


def test_nj_2c_52_14_e_an_earlier_expungement_leaves_the_crime_route_open_not_clean_slate():
    found = determination(
        "NJ", "nj-expungement-2c-52-2", charge(**CRIME_2019), person=clean_person(prior_relief=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()
    found = determination(
        "NJ", "nj-clean-slate-2c-52-5-3", charge(**PROMOTING_2012), person=clean_person(prior_relief=Answer.YES)
    )
    assert found.status is Status.ELIGIBLE


def test_nj_2c_52_14_e_asks_about_an_earlier_expungement():
    found = determination(
        "NJ", "nj-expungement-2c-52-3", charge(**PROSTITUTION_2018), person=clean_person(prior_relief=Answer.UNSURE)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.prior_relief",)


def test_nj_2c_52_3_b_leaves_six_disorderly_persons_offenses_open():
    others = tuple(
        OtherConviction(
            date=date(2008 + i, 1, 1), level=Level.MISDEMEANOR, sentence_completed_date=date(2008 + i, 1, 1)
        )
        for i in range(5)
    )
    found = determination(
        "NJ", "nj-expungement-2c-52-3", charge(**PROSTITUTION_2018), person=clean_person(other_convictions=others)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()
    found = determination(
        "NJ", "nj-expungement-2c-52-3", charge(**PROSTITUTION_2018), person=clean_person(other_convictions=others[:4])
    )
    assert found.status is Status.ELIGIBLE


def test_nj_2c_52_8_an_open_case_holds_back_the_petition_for_an_older_dismissal():
    dismissal = charge(disposition=Disposition.DISMISSAL, disposition_date=date(2019, 2, 1))
    found = determination(
        "NJ", "nj-expungement-2c-52-6-petition", dismissal, person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE
    found = determination("NJ", "nj-expungement-2c-52-6-petition", dismissal, person=clean_person())
    assert found.status is Status.ELIGIBLE
