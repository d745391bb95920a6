"""North Dakota: vacatur for trafficking survivors, court sealing of misdemeanor and felony
convictions, and closing of records of dismissed charges and acquittals (automatic since
1 August 2025, by petition for older cases).

Reviewed 2026-11-25 against N.D. Cent. Code § 12.1-41-14 (vacating convictions, Uniform Act on
Prevention of and Remedies for Human Trafficking, in force 1 August 2015), ch. 12-60.1 (sealing
criminal records, in force 1 August 2019; § 12-60.1-02 amended in 2021 so that only a new
conviction, not a new charge, restarts the wait) and the offenses in ch. 12.1-29 and § 12.1-31-01.
The text of § 12.1-41-14 itself could not be read; which offenses besides prostitution it reaches is
encoded as an open question.

Reviewed 2026-12-06 against ch. 12-60.1 (2018 text, Justia) and secondary reports of HB 1166 (2025:
bill summary, the Clean Slate Initiative's statement on final passage, and a news report that the
Governor signed it on 23 April 2025 and that courts began closing non-conviction records on
1 August 2025). What changed: the new closing of non-conviction records (§ 12-60.1-05) was added as two
remedies (automatic for judgments from 1 August 2025, petition for older ones); the sealing
remedy's lifetime bar on later convictions became the statute's conviction-free period after release.
The words of § 12-60.1-05 and § 12.1-41-14 were not read. North Dakota has no clean-slate law for
convictions.

Reviewed 2026-12-07: searched again for the words of § 12.1-41-14 and of HB 1166 (§ 12-60.1-05); neither
surfaced (Justia's 2023 chapter 12.1-41 page and Lexace showed only § 12.1-41-01; bill pages showed titles
and summaries). The 2019 session-law page for ch. 12-60.1 was read (original "not been charged with a new
crime" wording, changed in 2021 to a conviction). What changed: a completed diversion or deferred imposition
of sentence, which ends in a dismissal, is no longer shown as reaching no remedy; both closing remedies now
leave it possibly eligible, with the question whether every charge was dismissed and the law counts it.

Cross-check 2026-12-07 against § 12-60.1-04 (casetext copy current through the 2023 sessions; FindLaw copy current
as of 1 January 2024), § 12-60.1-02 and -03 (2019 session laws, Wikisource) and the 2021 amendment of § 12-60.1-02:
no words of the chapter bar a petition while a charge is pending. The petition must list "All prior and pending
criminal charges" (§ 12-60.1-03(2)(d)(1)) and the court weighs the criminal record (§ 12-60.1-04(2)(f)). What
changed: a pending case no longer makes sealing "not eligible"; it is named among the limits instead.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    Condition,
    convicted,
    custom,
    disposition_is,
    happened_before,
    happened_on_or_after,
    no_conviction_during_wait,
    trafficking_nexus,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

NDCC_12_1_41_14 = "N.D. Cent. Code § 12.1-41-14"
NDCC_12_60_1_02_1 = "N.D. Cent. Code § 12-60.1-02(1)"
NDCC_12_60_1_02_2 = "N.D. Cent. Code § 12-60.1-02(2)"
NDCC_12_60_1_04 = "N.D. Cent. Code § 12-60.1-04"
NDCC_12_60_1_05 = "N.D. Cent. Code § 12-60.1-05 (HB 1166, 2025)"
# Courts close non-conviction records themselves for judgments entered from this day (HB 1166).
CLOSING_STARTS = date(2025, 8, 1)

TRAFFICKING_ACT = Source(
    "N.D. Cent. Code ch. 12.1-41, Uniform Act on Prevention of and Remedies for Human Trafficking (Justia)",
    "https://law.justia.com/codes/north-dakota/current/title-12-1/chapter-12-1-41/",
)
SEALING_CHAPTER = Source(
    "N.D. Cent. Code ch. 12-60.1, Sealing Criminal Records (Justia)",
    "https://law.justia.com/codes/north-dakota/2018/title-12/chapter-12-60-1/",
)
SEALING_2021 = Source(
    "2021 North Dakota Session Laws, ch. 99, amending § 12-60.1-02 (Wikisource)",
    "https://en.wikisource.org/wiki/Page:2021_North_Dakota_Session_Laws.pdf/387",
)
HB_1166_NEWS = Source(
    "North Dakota starts sealing records of dismissed and acquitted cases (Fargo news report on HB 1166, 2025)",
    "https://www.localnewswave.com/article/1006998051523751936",
)
HB_1166_SUMMARY = Source(
    "North Dakota HB 1166 (2025), bill summary (FastDemocracy)",
    "https://fastdemocracy.com/bill-summary/?billsummary_id=NDB00005936&billsummary_session=69&billsummary_state=nd",
)
HB_1166_PASSAGE = Source(
    "Statement on final passage of North Dakota HB 1166 (The Clean Slate Initiative)",
    "https://cleanslateinitiative.org/in-the-news/north-dakota-hb1166",
)
F5_GUIDE = Source(
    "Sealing Criminal Records in North Dakota (F5 Project)",
    "https://www.f5project.org/sealing-criminal-records-in-north-dakota/",
)

OFFENSES = (
    Offense(
        "nd-ndcc-12.1-29-03", "Prostitution", "N.D. Cent. Code § 12.1-29-03", Category.PROSTITUTION, Level.MISDEMEANOR
    ),
    Offense(
        "nd-ndcc-12.1-29-06",
        "Hiring an individual to engage in sexual activity",
        "N.D. Cent. Code § 12.1-29-06",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "nd-ndcc-12.1-29-01",
        "Promoting prostitution",
        "N.D. Cent. Code § 12.1-29-01",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "nd-ndcc-12.1-29-02",
        "Facilitating prostitution",
        "N.D. Cent. Code § 12.1-29-02",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense(
        "nd-ndcc-12.1-31-01",
        "Disorderly conduct (including loitering to solicit sexual contact)",
        "N.D. Cent. Code § 12.1-31-01",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "nd-ndcc-12.1-20-12.1",
        "Indecent exposure",
        "N.D. Cent. Code § 12.1-20-12.1",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="A misdemeanor, but a felony in some repeat cases or where a minor is involved.",
    ),
    Offense(
        "nd-ndcc-12.1-41-02",
        "Trafficking an individual",
        "N.D. Cent. Code § 12.1-41-02",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

PROSTITUTION_OFFENSES = frozenset({"nd-ndcc-12.1-29-03"})


def _offense_covered(context: ChargeContext) -> Finding:
    """§ 12.1-41-14 clearly covers prostitution. Whether it reaches the other offense could not be
    checked, so any other charge is left open rather than promised."""
    charge = context.charge
    if charge.category is Category.PROSTITUTION or charge.offense in PROSTITUTION_OFFENSES:
        return met(msg("The charge was prostitution, which this covers."))
    return unknown(
        msg(
            "This clearly covers prostitution; whether it also covers this offense depends on the law it was "
            "under and should be checked with a lawyer."
        ),
        context.path(Fact.OFFENSE),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="nd-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction for an offense you committed because you were trafficked",
    citations=(NDCC_12_1_41_14,),
    sources=(TRAFFICKING_ACT,),
    effective=date(2015, 8, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=NDCC_12_1_41_14),
        trafficking_nexus(cite=NDCC_12_1_41_14),
        # Custom: whether § 12.1-41-14 reaches offenses besides prostitution could not be read; no list to state.
        custom(
            "offense covered",
            requirement="The offense is one the vacatur law covers (at least prostitution).",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_offense_covered,
            cite=NDCC_12_1_41_14,
        ),
    ),
    effect="The court vacates the conviction because you took part in the offense as a direct result of being "
    "trafficked, and can order the record expunged.",
    limits=(
        "The judge decides. Official papers showing you were a trafficking victim make your case easier but are "
        "not required.",
    ),
    next_steps=(
        "File a motion to vacate in the district court where you were convicted, citing N.D. Cent. Code § 12.1-41-14.",
        "Attach any proof that you were trafficked, such as a letter from a service provider or a federal "
        "T visa or certification.",
        "A free lawyer listed below can help.",
    ),
    legal_defect=True,
    filing="The district court where you were convicted.",
)

sealing_of_convictions = Remedy(
    id="nd-sealing-12-60-1",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a conviction after 3 years (misdemeanor) or 5 years (felony)",
    citations=(NDCC_12_60_1_02_1, NDCC_12_60_1_04),
    sources=(SEALING_CHAPTER, SEALING_2021, F5_GUIDE),
    effective=date(2019, 8, 1),
    reviewed=REVIEWED,
    # Trafficking offenses are left out: they may require registration or count as violent
    # felonies, which § 12-60.1-02(2) excludes.
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=NDCC_12_60_1_02_1),
        # Counted from release from incarceration, parole or probation, whichever is later.
        waiting_period_by_level(
            {Level.MISDEMEANOR: 3, Level.FELONY: 5}, since=Event.SENTENCE_COMPLETED, cite=NDCC_12_60_1_02_1
        ),
        # "Has not been [convicted of] a new crime for at least three [five] years from the date of release":
        # a conviction inside that period after release bars this petition; a later one does not.
        no_conviction_during_wait(
            years={Level.MISDEMEANOR: 3, Level.FELONY: 5}, since=Event.SENTENCE_COMPLETED, cite=NDCC_12_60_1_02_1
        ),
        # No pending-charge bar: § 12-60.1-02 sets the grounds to file, and pending charges are only listed in the
        # petition (§ 12-60.1-03(2)(d)(1)) and weighed as part of the criminal record (§ 12-60.1-04(2)(f)).
    ),
    effect="The court and prosecution records of the case are sealed: their existence and contents may not be "
    "disclosed without a court order.",
    limits=(
        "Not for offenses that required sex-offender registration or for violent felonies while you may not "
        "have a gun.",
        "The state criminal history kept by the Bureau of Criminal Investigation is not sealed by this order.",
        "You must show good cause by clear and convincing evidence, and have paid restitution.",
        "A new conviction within three years (five for a felony) after your release rules this petition out.",
        "A pending charge does not stop you from filing, but you must list it and the judge weighs your whole record.",
        "If the court denies it, it may bar a new petition for a time.",
    ),
    next_steps=(
        "File a petition to seal in the existing criminal case in the district court, with a proposed order. "
        "The court's self-help center has the forms.",
        "List your addresses and your whole criminal history, as the petition form asks.",
        "The prosecutor may object; the court may hold a hearing.",
    ),
    filing="The district court, in the existing criminal case.",
)


def _ended_without_conviction(context: ChargeContext) -> Finding:
    """A dismissal or acquittal is what the 2025 law closes. A completed diversion or deferred imposition of
    sentence ends in a dismissal too, but whether the law (whose words could not be read) counts it as a case
    ended without a conviction, with every charge dismissed, is left open rather than promised or refused."""
    if context.charge.disposition is Disposition.DIVERSION_COMPLETED:
        return unknown(
            msg("A completed diversion or deferred sentence ends in a dismissal; whether every charge in the case "
                "was dismissed, and whether this law counts it, should be checked with the court."),
            context.path(Fact.DISPOSITION),
        )  # fmt: skip
    return met(msg("The case ended in a dismissal or a not-guilty finding."))


def _non_conviction_conditions(date_rule: Condition) -> tuple[Condition, ...]:
    return (
        disposition_is(
            Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.DIVERSION_COMPLETED, cite=NDCC_12_60_1_05
        ),
        date_rule,
        # Custom: a completed diversion is a dismissal in fact, but the law's coverage of it could not be read.
        custom(
            "ended without a conviction",
            requirement="The case ended with every charge dismissed or a not-guilty finding.",
            reads=(Fact.DISPOSITION,),
            rule=_ended_without_conviction,
            cite=NDCC_12_60_1_05,
        ),
    )


closing_of_non_conviction_records = Remedy(
    id="nd-closing-non-conviction-automatic",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic closing of records when you were found not guilty or all charges were dismissed",
    citations=(NDCC_12_60_1_05,),
    sources=(HB_1166_NEWS, HB_1166_SUMMARY, HB_1166_PASSAGE),
    effective=CLOSING_STARTS,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=_non_conviction_conditions(
        happened_on_or_after(Event.DISPOSITION, CLOSING_STARTS, cite=NDCC_12_60_1_05)
    ),
    effect="The court closes the records of the case: the public cannot see them or find them by a name search. "
    "Judges and lawyers in the case can still see them.",
    limits=(
        "Every charge in the case must have been dismissed, or you must have been found not guilty.",
        "Only court records are closed; police and prosecutor records are not.",
        "We could read only reports of this 2025 law, not its exact words. Reports say the court should close "
        "the record about two months after the case ends.",
    ),
    next_steps=(
        "Nothing to file. If the case still shows on the public court search a few months after it ended, ask "
        "the clerk of the district court, or file a petition to close the records.",
    ),
    discretionary=False,
)

petition_to_close_non_conviction_records = Remedy(
    id="nd-closing-non-conviction-petition",
    kind=RemedyKind.SEALING,
    title="Ask the court to close the records of an older case that ended in a dismissal or not guilty",
    citations=(NDCC_12_60_1_05,),
    sources=(HB_1166_NEWS, HB_1166_SUMMARY),
    effective=CLOSING_STARTS,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=_non_conviction_conditions(happened_before(Event.DISPOSITION, CLOSING_STARTS, cite=NDCC_12_60_1_05)),
    effect="The court closes the records of the case: the public cannot see them or find them by a name search.",
    limits=(
        "Every charge in the case must have been dismissed, or you must have been found not guilty.",
        "Only court records are closed; police and prosecutor records are not.",
        "We could read only reports of this 2025 law, not its exact words; the court's self-help center has "
        "the current form.",
    ),
    next_steps=(
        "File a petition to close non-conviction records in the district court case. The North Dakota Legal "
        "Self Help Center has the form.",
    ),
    filing="The district court, in the existing criminal case.",
)

JURISDICTION = Jurisdiction(
    code="ND",
    name="North Dakota",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        sealing_of_convictions,
        closing_of_non_conviction_records,
        petition_to_close_non_conviction_records,
    ),
    legal_help=(
        LegalHelp("Legal Services of North Dakota", "https://lsnd.org", "Free civil legal help for low-income people"),
    ),
    where_to_file="The district court of the county where the case was heard, in the existing criminal case.",
    notes=("A deferred imposition of sentence that you completed may already have been dismissed and sealed.",),
)
