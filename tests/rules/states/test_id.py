"""Idaho remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION = dict(
    offense="id-ic-18-5613",
    level=Level.MISDEMEANOR,
    disposition_date=date(2017, 1, 1),
    sentence_completed_date=date(2018, 1, 1),
)


def test_id_ic_67_3014_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("ID", "id-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_id_ic_67_3014_needs_trafficking_nexus():
    found = determination("ID", "id-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION))
    assert found.status is Status.NOT_ELIGIBLE


def test_id_ic_67_3014_is_open_when_trafficking_nexus_unsure():
    found = determination("ID", "id-vacatur-trafficking", charge(**PROSTITUTION))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_id_ic_67_3014_4_counts_two_years_from_the_arrest():
    found = determination(
        "ID",
        "id-expungement-trafficking-arrest",
        charge(
            disposition=Disposition.NO_CHARGES,
            offense_date=date(2026, 1, 20),
            disposition_date=date(2026, 4, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 20)


def test_id_ic_67_3014_expunges_dismissed_charge_now():
    found = determination(
        "ID",
        "id-expungement-trafficking-arrest",
        charge(disposition=Disposition.DISMISSAL, trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_id_ic_67_3014_arrest_path_does_not_cover_convictions():
    found = determination(
        "ID", "id-expungement-trafficking-arrest", charge(trafficking_nexus=Answer.YES, **PROSTITUTION)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_id_ic_67_3014_4_is_open_when_arrest_date_unknown():
    found = determination(
        "ID",
        "id-expungement-trafficking-arrest",
        charge(disposition=Disposition.NO_CHARGES, trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_id_ic_67_3004_11_c_conviction_after_the_sentence_bars_shielding():
    later = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2019, 3, 1))
    found = determination("ID", "id-clean-slate-shielding", charge(**PROSTITUTION), later)
    assert found.status is Status.NOT_ELIGIBLE


def test_id_ic_67_3004_11_c_conviction_before_the_sentence_ended_does_not_bar_shielding():
    earlier = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2005, 3, 1))
    found = determination("ID", "id-clean-slate-shielding", charge(**PROSTITUTION), earlier)
    assert found.status is Status.ELIGIBLE


def test_id_ic_67_3004_11_k_earlier_relief_leaves_shielding_open():
    found = determination(
        "ID", "id-clean-slate-shielding", charge(**PROSTITUTION), person=clean_person(prior_relief=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.prior_relief",)


def test_id_ic_67_3004_11_shields_misdemeanor_prostitution_after_five_years():
    found = determination("ID", "id-clean-slate-shielding", charge(**PROSTITUTION))
    assert found.status is Status.ELIGIBLE


def test_id_ic_67_3004_11_excludes_indecent_exposure():
    found = determination(
        "ID",
        "id-clean-slate-shielding",
        charge(
            Category.LEWDNESS,
            offense="id-ic-18-4116",
            level=Level.MISDEMEANOR,
            sentence_completed_date=date(2010, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_id_ic_67_3004_11_is_open_when_level_unknown():
    found = determination(
        "ID", "id-clean-slate-shielding", charge(offense="id-ic-18-5613", sentence_completed_date=date(2010, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_id_ic_67_3004_10_expunges_a_dismissed_charge_without_trafficking():
    found = determination(
        "ID",
        "id-expungement-non-conviction",
        charge(Category.PROSTITUTION, disposition=Disposition.DISMISSAL, disposition_date=date(2025, 6, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_id_ic_67_3004_10_waits_one_year_after_an_uncharged_arrest():
    found = determination(
        "ID",
        "id-expungement-non-conviction",
        charge(Category.PROSTITUTION, disposition=Disposition.NO_CHARGES, offense_date=date(2026, 3, 15)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 15)


def test_id_ic_19_2604_1_sets_aside_withheld_judgment():
    found = determination("ID", "id-set-aside-19-2604", charge(**PROSTITUTION, adjudication_withheld=Answer.YES))
    assert found.status is Status.ELIGIBLE


def test_id_ic_19_2604_1_needs_a_plea_or_finding_of_guilt():
    found = determination("ID", "id-set-aside-19-2604", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_id_ic_19_2604_1_is_open_when_the_sentence_is_not_known():
    found = determination("ID", "id-set-aside-19-2604", charge(**PROSTITUTION))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].adjudication_withheld",)


# Idaho Code § 67-3004(11)(a): arrests and prosecutions, and felony drug possession (statute audit 2026-12-07)


def test_id_ic_67_3004_11_a_leaves_a_dismissed_misdemeanor_open():
    dismissed = charge(level=Level.MISDEMEANOR, disposition=Disposition.DISMISSAL, disposition_date=date(2015, 6, 1))
    found = determination("ID", "id-clean-slate-shielding", dismissed)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_id_ic_67_3004_11_a_covers_a_plea_dismissed_after_a_withheld_judgment():
    withheld = charge(
        offense="id-ic-18-5613",
        level=Level.MISDEMEANOR,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2018, 1, 1),
        sentence_completed_date=date(2018, 1, 1),
    )
    assert determination("ID", "id-clean-slate-shielding", withheld).status is Status.ELIGIBLE


def test_id_ic_67_3004_11_c_withheld_judgment_waits_five_years_after_the_sentence():
    withheld = charge(
        offense="id-ic-18-5613",
        level=Level.MISDEMEANOR,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2023, 3, 1),
        sentence_completed_date=date(2023, 3, 1),
    )
    found = determination("ID", "id-clean-slate-shielding", withheld)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 3, 1)


def test_id_ic_67_3004_11_a_leaves_a_felony_of_another_kind_open_as_possible_drug_possession():
    felony = charge(
        Category.OTHER, level=Level.FELONY, disposition_date=date(2012, 1, 1), sentence_completed_date=date(2014, 1, 1)
    )
    found = determination("ID", "id-clean-slate-shielding", felony)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_id_ic_67_3004_11_a_rules_out_a_listed_felony():
    felony = charge(
        Category.PROMOTING,
        offense="id-ic-18-5602",
        disposition_date=date(2012, 1, 1),
        sentence_completed_date=date(2014, 1, 1),
    )
    assert determination("ID", "id-clean-slate-shielding", felony).status is Status.NOT_ELIGIBLE


def test_id_ic_67_3004_11_does_not_reach_a_pending_case():
    found = determination(
        "ID", "id-clean-slate-shielding", charge(level=Level.MISDEMEANOR, disposition=Disposition.PENDING)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_id_ic_67_3014_10_the_court_shall_vacate_and_expunge():
    found = determination("ID", "id-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION))
    assert found.remedy.discretionary is False
    arrest = charge(disposition=Disposition.DISMISSAL, trafficking_nexus=Answer.YES, disposition_date=date(2020, 1, 1))
    assert determination("ID", "id-expungement-trafficking-arrest", arrest).remedy.discretionary is False
