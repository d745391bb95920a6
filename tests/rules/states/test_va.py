"""Virginia remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2012 = dict(
    offense="va-code-18.2-346",
    offense_date=date(2012, 1, 15),
    disposition_date=date(2012, 3, 1),
    sentence_completed_date=date(2013, 3, 1),
)
DISORDERLY_2016 = dict(
    offense="va-code-18.2-415",
    offense_date=date(2016, 5, 1),
    disposition_date=date(2016, 6, 1),
    sentence_completed_date=date(2016, 6, 1),
)


def test_va_19_2_327_15_vacates_prostitution_conviction_of_trafficking_survivor():
    found = determination("VA", "va-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2012))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_va_19_2_327_15_does_not_reach_pandering():
    found = determination(
        "VA",
        "va-vacatur-trafficking",
        charge(Category.PROMOTING, offense="va-code-18.2-355", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_327_15_is_possible_when_trafficking_nexus_unsure():
    found = determination("VA", "va-vacatur-trafficking", charge(**PROSTITUTION_2012))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_va_19_2_327_15_does_not_list_solicitation():
    found = determination(
        "VA",
        "va-vacatur-trafficking",
        charge(Category.SOLICITATION, offense="va-code-18.2-346.01", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_327_15_lists_trespass_since_2025():
    found = determination(
        "VA",
        "va-vacatur-trafficking",
        charge(Category.QUALITY_OF_LIFE, offense="va-code-18.2-119", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_va_19_2_392_2_expunges_dismissed_charge():
    found = determination("VA", "va-expungement-19.2-392.2", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_va_19_2_392_2_does_not_reach_deferred_dismissal():
    deferred = charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.DEFERRED_ADJUDICATION)
    found = determination("VA", "va-expungement-19.2-392.2", deferred)
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_2_expunges_charge_dismissed_after_pretrial_diversion():
    diverted = charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.PRETRIAL)
    found = determination("VA", "va-expungement-19.2-392.2", diverted)
    assert found.status is Status.ELIGIBLE


def test_va_19_2_392_2_is_open_when_kind_of_diversion_unknown():
    found = determination("VA", "va-expungement-19.2-392.2", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_va_19_2_392_2_is_possible_when_outcome_unknown():
    found = determination("VA", "va-expungement-19.2-392.2", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_va_19_2_392_12_seals_old_prostitution_conviction():
    found = determination("VA", "va-sealing-19.2-392.12", charge(**PROSTITUTION_2012))
    assert found.status is Status.ELIGIBLE


def test_va_19_2_392_12_dates_the_end_of_the_seven_year_wait():
    found = determination(
        "VA",
        "va-sealing-19.2-392.12",
        charge(
            offense="va-code-18.2-346",
            offense_date=date(2022, 1, 1),
            disposition_date=date(2022, 3, 1),
            release_date=date(2022, 9, 30),
            sentence_completed_date=date(2024, 9, 30),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 9, 30)


def test_va_19_2_392_12_does_not_seal_class_4_felony():
    found = determination(
        "VA",
        "va-sealing-19.2-392.12",
        charge(
            Category.PROMOTING,
            offense="va-code-18.2-355",
            offense_date=date(2000, 1, 1),
            sentence_completed_date=date(2005, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_12_is_not_in_force_before_july_2026():
    found = determination("VA", "va-sealing-19.2-392.12", charge(**PROSTITUTION_2012), as_of=date(2026, 1, 1))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 7, 1)


def test_va_19_2_392_12_f_1_later_felony_delays_sealing_ten_years():
    felony = charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2020, 5, 1))
    found = determination("VA", "va-sealing-19.2-392.12", charge(**PROSTITUTION_2012), felony)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2030, 5, 1)


def test_va_19_2_392_12_f_2_conviction_inside_seven_years_bars_sealing():
    later = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2015, 5, 1))
    found = determination("VA", "va-sealing-19.2-392.12", charge(**PROSTITUTION_2012), later)
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_12_l_excludes_solicitation():
    found = determination(
        "VA",
        "va-sealing-19.2-392.12",
        charge(
            Category.SOLICITATION,
            offense="va-code-18.2-346.01",
            level=Level.MISDEMEANOR,
            **{k: v for k, v in PROSTITUTION_2012.items() if k != "offense"},
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_12_waits_ten_years_after_an_earlier_felony():
    felony = charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2019, 1, 1))
    misdemeanor = charge(
        offense="va-code-18.2-346",
        offense_date=date(2019, 4, 1),
        disposition_date=date(2019, 6, 1),
        sentence_completed_date=date(2019, 6, 1),
    )
    found = determination("VA", "va-sealing-19.2-392.12", misdemeanor, felony)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 1, 1)


def test_va_19_2_392_12_is_possible_when_offense_date_unknown():
    found = determination(
        "VA", "va-sealing-19.2-392.12", charge(offense="va-code-18.2-346", sentence_completed_date=date(2013, 3, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].offense_date" in found.open_questions


def test_va_19_2_392_6_seals_disorderly_conduct_after_seven_years():
    found = determination("VA", "va-automatic-sealing-19.2-392.6", charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2016))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 7, 1)


def test_va_19_2_392_6_dates_a_recent_disorderly_conduct():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.6",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="va-code-18.2-415",
            offense_date=date(2021, 6, 1),
            disposition_date=date(2021, 8, 9),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2028, 8, 9)


def test_va_19_2_392_6_blocked_by_same_day_conviction_for_other_offense():
    same_day = charge(offense="va-code-18.2-346", disposition_date=date(2016, 6, 1))
    found = determination(
        "VA", "va-automatic-sealing-19.2-392.6", charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2016), same_day
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_6_leaves_unnamed_quality_of_life_offense_open():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.6",
        charge(Category.QUALITY_OF_LIFE, offense_date=date(2016, 5, 1), disposition_date=date(2016, 6, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE  # drunk in public is not on the automatic list
    assert found.open_questions == ("charges[0].offense",)


def test_va_19_2_392_6_is_possible_when_conviction_date_unknown():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.6",
        charge(Category.QUALITY_OF_LIFE, offense="va-code-18.2-415", offense_date=date(2016, 5, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_va_19_2_392_11_seals_acquittal_automatically():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.11",
        charge(disposition=Disposition.ACQUITTAL, offense="va-code-18.2-346", offense_date=date(2019, 1, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 7, 1)


def test_va_19_2_392_11_reaches_misdemeanors_only():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.11",
        charge(Category.PROMOTING, disposition=Disposition.DISMISSAL, offense="va-code-18.2-355"),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_11_blocked_by_any_conviction_on_record():
    dismissed = charge(disposition=Disposition.DISMISSAL, offense="va-code-18.2-346", offense_date=date(2020, 6, 1))
    prior = charge(offense="va-code-18.2-346", disposition_date=date(2005, 1, 1))
    found = determination("VA", "va-automatic-sealing-19.2-392.11", dismissed, prior)
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_11_is_possible_when_dates_unknown():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.11",
        charge(disposition=Disposition.DISMISSAL, offense="va-code-18.2-346"),
        person=clean_person(),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


AS_OF_AUDIT = date(2026, 12, 7)


def test_va_19_2_392_8_a_seals_misdemeanor_acquittal_at_disposition():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.8",
        charge(disposition=Disposition.ACQUITTAL, level=Level.MISDEMEANOR, disposition_date=date(2026, 9, 1)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.AUTOMATIC


def test_va_19_2_392_8_a_does_not_reach_acquittal_before_july_2026():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.8",
        charge(disposition=Disposition.ACQUITTAL, level=Level.MISDEMEANOR, disposition_date=date(2026, 6, 30)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_8_a_does_not_seal_felony_without_request():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.8",
        charge(disposition=Disposition.ACQUITTAL, level=Level.FELONY, disposition_date=date(2026, 9, 1)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_8_a_leaves_dismissal_open_on_with_prejudice():
    found = determination(
        "VA",
        "va-automatic-sealing-19.2-392.8",
        charge(disposition=Disposition.DISMISSAL, level=Level.MISDEMEANOR, disposition_date=date(2026, 9, 1)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_va_19_2_392_12_1_seals_disorderly_conduct_seven_years_after_conviction():
    found = determination(
        "VA",
        "va-sealing-19.2-392.12-1",
        charge(Category.QUALITY_OF_LIFE, **{**DISORDERLY_2016, "disposition_date": date(2019, 12, 7)}),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.ELIGIBLE


def test_va_19_2_392_12_1_dates_the_seven_years():
    found = determination(
        "VA",
        "va-sealing-19.2-392.12-1",
        charge(Category.QUALITY_OF_LIFE, **{**DISORDERLY_2016, "disposition_date": date(2020, 3, 1)}),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_va_19_2_392_12_1_covers_deferred_dismissal_of_trespass():
    found = determination(
        "VA",
        "va-sealing-19.2-392.12-1",
        charge(
            Category.QUALITY_OF_LIFE,
            Disposition.DIVERSION_COMPLETED,
            offense="va-code-18.2-119",
            offense_date=date(2017, 1, 1),
            disposition_date=date(2018, 1, 1),
        ),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.ELIGIBLE


def test_va_19_2_392_12_1_does_not_list_drunk_in_public():
    found = determination(
        "VA",
        "va-sealing-19.2-392.12-1",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="va-code-18.2-388",
            offense_date=date(2010, 1, 1),
            disposition_date=date(2010, 2, 1),
        ),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_va_19_2_392_12_1_i_conviction_during_the_seven_years_bars():
    later = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2020, 1, 1))
    found = determination(
        "VA",
        "va-sealing-19.2-392.12-1",
        charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2016),
        later,
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.NOT_ELIGIBLE
