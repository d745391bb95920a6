"""Oklahoma remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2015 = dict(
    offense="ok-os-21-1029-1",
    level=Level.MISDEMEANOR,
    disposition_date=date(2015, 3, 2),
    sentence_completed_date=date(2016, 3, 2),
)


def test_ok_hb_1058_expunges_prostitution_conviction_of_trafficking_victim():
    found = determination("OK", "ok-expungement-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_ok_hb_1058_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("OK", "ok-expungement-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_hb_1058_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination("OK", "ok-expungement-trafficking", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ok_hb_1058_does_not_reach_promoting():
    assert not reaches("OK", "ok-expungement-trafficking", charge(Category.PROMOTING))


def test_ok_os_22_18_a1_expunges_acquittal():
    found = determination("OK", "ok-expungement-18-a1", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.ELIGIBLE


def test_ok_os_22_18_a1_does_not_reach_dismissal():
    found = determination("OK", "ok-expungement-18-a1", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_a1_is_possible_when_outcome_unknown():
    found = determination("OK", "ok-expungement-18-a1", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ok_os_22_18_a7_expunges_dismissal_once_refiling_time_has_run():
    found = determination(
        "OK", "ok-expungement-18-a7", charge(disposition=Disposition.DISMISSAL, offense_date=date(2025, 1, 20))
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 20)


def test_ok_os_22_18_a7_refuses_person_with_a_felony_conviction():
    dismissed = charge(disposition=Disposition.DISMISSAL, offense_date=date(2015, 1, 20))
    felony = charge(Category.OTHER, level=Level.FELONY)
    found = determination("OK", "ok-expungement-18-a7", dismissed, felony)
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_a7_is_possible_when_offense_date_unknown():
    found = determination("OK", "ok-expungement-18-a7", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_ok_os_22_18_a8_expunges_deferred_misdemeanor_a_year_after_dismissal():
    found = determination(
        "OK",
        "ok-expungement-18-a8",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            level=Level.MISDEMEANOR,
            disposition_date=date(2026, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_ok_os_22_18_a8_does_not_reach_deferred_felony():
    found = determination(
        "OK",
        "ok-expungement-18-a8",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            level=Level.FELONY,
            disposition_date=date(2020, 6, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_a8_is_possible_when_level_unknown():
    found = determination(
        "OK",
        "ok-expungement-18-a8",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            disposition_date=date(2020, 6, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_ok_os_22_18_a11_expunges_misdemeanor_five_years_after_sentence():
    found = determination("OK", "ok-expungement-18-a11", charge(**PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_ok_os_22_18_a11_dates_the_five_year_wait():
    found = determination(
        "OK",
        "ok-expungement-18-a11",
        charge(Category.QUALITY_OF_LIFE, offense="ok-os-21-1362", sentence_completed_date=date(2024, 2, 29)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 3, 1)


def test_ok_os_22_18_a11_refuses_person_with_a_felony_conviction():
    felony = charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2010, 1, 1))
    found = determination("OK", "ok-expungement-18-a11", charge(**PROSTITUTION_2015), felony)
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_a11_is_possible_when_level_unknown():
    found = determination(
        "OK", "ok-expungement-18-a11", charge(offense="ok-os-21-1029-1", sentence_completed_date=date(2015, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_ok_os_22_18_a12_expunges_single_nonviolent_felony_after_five_years():
    found = determination(
        "OK",
        "ok-expungement-18-a12",
        charge(
            Category.PROMOTING, offense="ok-os-21-1028", level=Level.FELONY, sentence_completed_date=date(2019, 1, 1)
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ok_os_22_18_a12_leaves_indecent_exposure_open():
    # (A)(12) excludes only offenses on the 57 O.S. § 571 list, which as read does not name indecent exposure.
    found = determination(
        "OK",
        "ok-expungement-18-a12",
        charge(
            Category.LEWDNESS, offense="ok-os-21-1021", level=Level.FELONY, sentence_completed_date=date(2010, 1, 1)
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ok_os_22_18_a12_refuses_a_second_felony():
    first = charge(
        Category.PROMOTING, offense="ok-os-21-1028", level=Level.FELONY, sentence_completed_date=date(2012, 1, 1)
    )
    second = charge(Category.OTHER, level=Level.FELONY, sentence_completed_date=date(2011, 1, 1))
    found = determination("OK", "ok-expungement-18-a12", first, second)
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_a12_is_possible_when_which_law_unknown():
    found = determination(
        "OK",
        "ok-expungement-18-a12",
        charge(Category.OTHER, level=Level.FELONY, sentence_completed_date=date(2010, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ok_os_22_18_c_clean_slate_seals_old_misdemeanor_automatically():
    found = determination("OK", "ok-clean-slate", charge(**PROSTITUTION_2015))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2025, 11, 1)


def test_ok_os_22_18_c_clean_slate_waits_for_open_case():
    found = determination(
        "OK", "ok-clean-slate", charge(**PROSTITUTION_2015), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_c_clean_slate_is_possible_when_sentence_end_unknown():
    found = determination("OK", "ok-clean-slate", charge(offense="ok-os-21-1029-1", level=Level.MISDEMEANOR))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_ok_22_18_a5_expunges_uncharged_arrest_once_prosecutor_declines():
    found = determination(
        "OK",
        "ok-expungement-18-a5",
        charge(
            disposition=Disposition.NO_CHARGES,
            level=Level.MISDEMEANOR,
            offense_date=date(2026, 4, 1),
            declined_date=date(2026, 5, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ok_22_18_a9_expunges_felony_deferred_sentence_five_years_after_dismissal():
    found = determination(
        "OK",
        "ok-expungement-18-a9",
        charge(
            Category.PROMOTING,
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            offense="ok-os-21-1028",
            level=Level.FELONY,
            disposition_date=date(2024, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 6, 1)


def test_ok_22_18_a11_later_misdemeanor_delays_rather_than_bars():
    found = determination(
        "OK",
        "ok-expungement-18-a11",
        charge(level=Level.MISDEMEANOR, disposition_date=date(2012, 1, 10), sentence_completed_date=date(2012, 6, 1)),
        charge(
            Category.QUALITY_OF_LIFE,
            level=Level.MISDEMEANOR,
            disposition_date=date(2015, 1, 10),
            sentence_completed_date=date(2015, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ok_22_18_a11_counts_from_the_end_of_another_misdemeanor_sentence():
    found = determination(
        "OK",
        "ok-expungement-18-a11",
        charge(level=Level.MISDEMEANOR, disposition_date=date(2012, 1, 10), sentence_completed_date=date(2012, 6, 1)),
        charge(
            Category.QUALITY_OF_LIFE,
            level=Level.MISDEMEANOR,
            disposition_date=date(2019, 1, 10),
            sentence_completed_date=date(2022, 3, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_ok_22_18_a11_asks_when_another_sentence_end_is_unknown():
    found = determination(
        "OK",
        "ok-expungement-18-a11",
        charge(level=Level.MISDEMEANOR, disposition_date=date(2012, 1, 10), sentence_completed_date=date(2012, 6, 1)),
        charge(Category.QUALITY_OF_LIFE, level=Level.MISDEMEANOR, disposition_date=date(2015, 1, 10)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].sentence_completed_date",)


def test_ok_22_18_c_clean_slate_takes_in_acquittals():
    found = determination(
        "OK",
        "ok-clean-slate-non-conviction",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2023, 1, 10)),
    )
    assert found.status is Status.AUTOMATIC


def test_ok_22_18_a11_counts_five_years_from_the_end_of_the_last_misdemeanor_sentence():
    first = charge(
        offense="ok-os-21-1029-1",
        level=Level.MISDEMEANOR,
        disposition_date=date(2012, 1, 10),
        sentence_completed_date=date(2012, 6, 1),
    )
    second = charge(
        Category.QUALITY_OF_LIFE,
        level=Level.MISDEMEANOR,
        disposition_date=date(2021, 6, 1),
        sentence_completed_date=date(2023, 6, 1),
    )
    found = determination("OK", "ok-expungement-18-a11", first, second)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 6, 1)


def test_ok_os_22_18_a13_leaves_recent_other_conviction_open_rather_than_delaying():
    felony = charge(
        Category.PROMOTING,
        offense="ok-os-21-1028",
        level=Level.FELONY,
        disposition_date=date(2010, 1, 10),
        sentence_completed_date=date(2012, 1, 10),
    )
    person = clean_person(other_convictions=(OtherConviction(date=date(2020, 3, 1), level=Level.MISDEMEANOR),))
    found = determination("OK", "ok-expungement-18-a13", felony, person=person)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


DEFERRED = DiversionKind.DEFERRED_ADJUDICATION
PRETRIAL = DiversionKind.PRETRIAL


def test_ok_os_22_18_a7_expunges_dismissal_after_pretrial_diversion():
    diverted = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=PRETRIAL,
        offense_date=date(2021, 3, 1),
        disposition_date=date(2022, 3, 1),
    )
    found = determination("OK", "ok-expungement-18-a7", diverted)
    assert found.status is Status.ELIGIBLE


def test_ok_os_22_18_a7_does_not_reach_deferred_sentence():
    deferred = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DEFERRED,
        offense_date=date(2021, 3, 1),
        disposition_date=date(2022, 3, 1),
    )
    found = determination("OK", "ok-expungement-18-a7", deferred)
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_a8_does_not_reach_pretrial_diversion():
    diverted = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=PRETRIAL,
        level=Level.MISDEMEANOR,
        disposition_date=date(2022, 3, 1),
    )
    found = determination("OK", "ok-expungement-18-a8", diverted)
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_a8_asks_what_kind_of_diversion_it_was():
    diverted = charge(
        disposition=Disposition.DIVERSION_COMPLETED, level=Level.MISDEMEANOR, disposition_date=date(2022, 3, 1)
    )
    found = determination("OK", "ok-expungement-18-a8", diverted)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_ok_os_22_18_a9_does_not_reach_pretrial_diversion():
    diverted = charge(
        Category.PROMOTING,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=PRETRIAL,
        offense="ok-os-21-1028",
        level=Level.FELONY,
        disposition_date=date(2015, 6, 1),
    )
    found = determination("OK", "ok-expungement-18-a9", diverted)
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_a13_refuses_indecent_exposure_which_needs_registration():
    found = determination(
        "OK",
        "ok-expungement-18-a13",
        charge(
            Category.LEWDNESS, offense="ok-os-21-1021", level=Level.FELONY, sentence_completed_date=date(2005, 1, 1)
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_18_a13_takes_keeping_a_place_which_is_not_an_85_percent_crime():
    found = determination(
        "OK",
        "ok-expungement-18-a13",
        charge(
            Category.PROMOTING, offense="ok-os-21-1028", level=Level.FELONY, sentence_completed_date=date(2005, 1, 1)
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ok_os_22_991c_clears_court_record_of_completed_deferred_sentence():
    deferred = charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DEFERRED)
    found = determination("OK", "ok-deferred-sentence-991c", deferred)
    assert found.status is Status.ELIGIBLE


def test_ok_os_22_991c_does_not_reach_a_conviction():
    found = determination("OK", "ok-deferred-sentence-991c", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_ok_os_22_991c_asks_what_kind_of_diversion_it_was():
    found = determination("OK", "ok-deferred-sentence-991c", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_ok_os_22_18_c_clean_slate_seals_pretrial_diversion_under_paragraph_7():
    diverted = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=PRETRIAL,
        offense_date=date(2021, 3, 1),
        disposition_date=date(2022, 3, 1),
    )
    found = determination("OK", "ok-clean-slate-non-conviction", diverted)
    assert found.status is Status.AUTOMATIC


def test_ok_os_22_18_c_clean_slate_asks_what_kind_of_diversion_it_was():
    diverted = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        level=Level.MISDEMEANOR,
        offense_date=date(2021, 3, 1),
        disposition_date=date(2022, 3, 1),
    )
    found = determination("OK", "ok-clean-slate-non-conviction", diverted)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].diversion_kind" in found.open_questions
