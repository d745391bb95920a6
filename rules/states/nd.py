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

Reviewed 2026-12-07 (statute audit): read the 2022 edition of the Century Code as published by UniCourt (public
repository UniCourt/cic-code-nd, release r81): § 12.1-41-14 in full (history 2015, 2019), § 12.1-41-12,
§§ 12.1-29-01 to -06, ch. 12-60.1 as amended in 2021, § 12.1-32-07.2 and § 29-32.1-01; and, for 2025, only
summaries of HB 1166 and HB 1263. What changed:
- § 12.1-41-14(1) reaches "prostitution or an offense listed in subsection 1 of section 12.1-41-12" (misdemeanor
  forgery, misdemeanor theft, insufficient funds, drug manufacture or possession, drug paraphernalia). Hiring,
  promoting and facilitating prostitution, disorderly conduct and indecent exposure are now not eligible (they
  were open); an "other" or loitering charge of unknown law stays open. The relief is vacatur and sealing.
- § 12.1-41-14(3) makes chapter 29-32.1 govern the motion, and § 29-32.1-01(2) requires filing "within two years
  of the date the conviction becomes final", with narrow exceptions. Whether that limit reaches a survivor's
  motion is not settled, so a conviction more than two years old is now possibly eligible (it was eligible at any
  time).
- Sealing: since 2021 § 12-60.1-02(1) asks that the person "has not been convicted of a new crime for at least
  three years before filing the petition" (five for a felony); the words "from the date of release from
  incarceration, parole, or probation" were struck. The module had still counted from release. Now the sentence
  must be finished (§ 12-60.1-04(1)(c)), another conviction in the three (five) years before filing delays the
  petition, and whether the years must also have passed since this conviction is left open until they have.
- Levels: facilitating prostitution is a felony (class C, or A with force), not a misdemeanor; promoting is a
  class C felony or a class A misdemeanor, now of unknown level.
Still open: the words of HB 1166 (2025: § 12-60.1-05 and its amendment of § 12-60.1-02), of HB 1263 (2025,
§ 12-60.1-04), whether the two-year post-conviction limit applies to § 12.1-41-14 motions, and whether a
completed deferred imposition of sentence (records closed under § 12.1-32-07.2(2)) counts as a non-conviction.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    Condition,
    convicted,
    custom,
    disposition_is,
    happened_before,
    happened_on_or_after,
    no_conviction_within,
    sentence_completed,
    trafficking_nexus,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

NDCC_12_1_41_14 = "N.D. Cent. Code § 12.1-41-14"
NDCC_12_1_41_14_1 = "N.D. Cent. Code §§ 12.1-41-14(1), 12.1-41-12(1)"
NDCC_12_1_41_14_3 = "N.D. Cent. Code §§ 12.1-41-14(3), 29-32.1-01(2)"
NDCC_12_60_1_02_1 = "N.D. Cent. Code § 12-60.1-02(1)"
NDCC_12_60_1_02_2 = "N.D. Cent. Code § 12-60.1-02(2)"
NDCC_12_60_1_04 = "N.D. Cent. Code § 12-60.1-04"
NDCC_12_60_1_04_1_C = "N.D. Cent. Code § 12-60.1-04(1)(c)"
NDCC_12_60_1_05 = "N.D. Cent. Code § 12-60.1-05 (HB 1166, 2025)"
# Courts close non-conviction records themselves for judgments entered from this day (HB 1166).
CLOSING_STARTS = date(2025, 8, 1)

CODE_TITLE_12_1 = Source(
    "North Dakota Century Code, title 12.1 (2022 edition as published by UniCourt; § 12.1-41-14 history to 2019)",
    "https://unicourt.github.io/cic-code-nd/transforms/nd/ocnd/r81/gov.nd.code.title.12.1.html",
)
CODE_TITLE_12 = Source(
    "North Dakota Century Code, title 12 (2022 edition as published by UniCourt; ch. 12-60.1 as amended in 2021)",
    "https://unicourt.github.io/cic-code-nd/transforms/nd/ocnd/r81/gov.nd.code.title.12.html",
)
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
        Level.UNKNOWN,
        note="A class C felony for inducing or procuring, or for owning or managing the business; otherwise a "
        "class A misdemeanor.",
    ),
    Offense(
        "nd-ndcc-12.1-29-02",
        "Facilitating prostitution",
        "N.D. Cent. Code § 12.1-29-02",
        Category.PROMOTING,
        Level.FELONY,
        note="A class C felony, or a class A felony with force, coercion, threat or deception.",
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
# Categories whose offenses here are none of those § 12.1-41-14(1) names (prostitution, or the offenses of
# § 12.1-41-12(1): misdemeanor forgery, misdemeanor theft, insufficient funds, drug manufacture or possession,
# drug paraphernalia). "Other" and loitering charges may be one of them and stay open.
NOT_COVERED_CATEGORIES = frozenset(
    {
        Category.SOLICITATION,
        Category.PROMOTING,
        Category.UNLICENSED_MASSAGE,
        Category.LEWDNESS,
        Category.QUALITY_OF_LIFE,
    }
)


def _offense_covered(context: ChargeContext) -> Finding:
    """§ 12.1-41-14(1): "An individual convicted of prostitution or an offense listed in subsection 1 of section
    12.1-41-12": misdemeanor forgery, misdemeanor theft, insufficient funds or credit, manufacture or possession of
    a controlled or counterfeit substance, and drug paraphernalia. Custom because the list names offenses this
    module does not carry (theft, forgery, drugs), so a charge of another kind stays open rather than refused."""
    charge = context.charge
    if charge.offense in PROSTITUTION_OFFENSES or (charge.offense is None and charge.category is Category.PROSTITUTION):
        return met(msg("The charge was prostitution, which this covers."))
    if charge.offense is not None or charge.category in NOT_COVERED_CATEGORIES:
        return not_met(
            msg(
                "This covers only prostitution, misdemeanor forgery or theft, bad-check offenses, and drug "
                "possession, manufacture or paraphernalia offenses."
            )
        )
    return unknown(
        msg(
            "This covers prostitution, misdemeanor forgery or theft, bad-check offenses, and drug possession, "
            "manufacture or paraphernalia offenses; which law this charge was under is not known."
        ),
        context.path(Fact.OFFENSE),
    )


def _postconviction_time_limit(context: ChargeContext) -> Finding:
    """§ 12.1-41-14(3): the motion, hearing and relief "are governed by chapter 29-32.1", and § 29-32.1-01(2)
    says an application under that chapter "must be filed within two years of the date the conviction becomes
    final" (with narrow exceptions in (3)). Whether that limit reaches a survivor's motion is not settled by the
    words, so a conviction more than two years old leaves the answer open. Counted from the date of conviction,
    which is earlier than the day it became final, so "within two years" is never claimed too late. Custom
    because the shared waits cannot say "open after a date"."""
    day = context.charge.disposition_date
    if day is None:
        return unknown(
            msg(
                "Motions under this law follow the post-conviction procedure law, which sets a two-year time limit; "
                "the date of the conviction is not known."
            ),
            context.path(Fact.DISPOSITION_DATE),
        )
    two_years = add_period(day, years=2)
    if context.facts.as_of < two_years:
        return met(msg("Less than two years have passed since the conviction."))
    return unknown(
        msg(
            "Motions under this law follow the post-conviction procedure law, which sets a two-year limit from the "
            "day the conviction became final, with narrow exceptions; whether that limit applies to a trafficking "
            "survivor's motion is not settled. A lawyer can check."
        )
    )


vacatur_for_trafficking_survivors = Remedy(
    id="nd-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction for an offense you committed because you were trafficked",
    citations=(NDCC_12_1_41_14,),
    sources=(CODE_TITLE_12_1, TRAFFICKING_ACT),
    effective=date(2015, 8, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=NDCC_12_1_41_14),
        trafficking_nexus(cite=NDCC_12_1_41_14),
        # Custom: the list names offenses the module does not carry (see _offense_covered).
        custom(
            "offense covered",
            requirement="The offense is prostitution, misdemeanor forgery or theft, a bad-check offense, or a drug "
            "possession, manufacture or paraphernalia offense.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_offense_covered,
            cite=NDCC_12_1_41_14_1,
        ),
        # Custom: whether the two-year limit of the post-conviction law applies is open (see
        # _postconviction_time_limit).
        custom(
            "post-conviction time limit",
            requirement="The motion is filed within two years after the conviction became final, or that limit does "
            "not apply to it (not settled).",
            reads=(Fact.DISPOSITION_DATE,),
            rule=_postconviction_time_limit,
            cite=NDCC_12_1_41_14_3,
        ),
    ),
    effect="The court vacates the conviction because you took part in the offense as a direct result of being "
    "trafficked, and seals the record of the conviction.",
    limits=(
        "The judge decides. Official papers showing you were a trafficking victim make your case easier but are "
        "not required.",
        "The motion follows the post-conviction procedure law, which has a two-year time limit with some "
        "exceptions; whether it applies to this motion is not settled, so file as soon as it is safe to.",
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


def _years_since_this_conviction(context: ChargeContext) -> Finding:
    """§ 12-60.1-02(1) since 2021: the individual "has not been convicted of a new crime for at least three
    [five] years before filing the petition". The conviction to be sealed is not a "new crime", so the words may
    allow a petition as soon as the sentence is done; they may also be read as three (five) crime-free years
    after this conviction. Before that many years have passed since the conviction the answer is left open.
    Custom because the wait's length follows the level, and an unmet wait here is a doubt, not a "not yet"."""
    charge = context.charge
    if charge.level is Level.VIOLATION:
        return not_met(msg("Sealing under this law is for misdemeanors and felonies, not infractions."))
    years = {Level.MISDEMEANOR: 3, Level.FELONY: 5}.get(charge.level)
    if years is None:
        return unknown(
            msg(
                "A misdemeanor needs three years without a new conviction and a felony five; which this was is not known."
            ),
            context.path(Fact.LEVEL),
        )
    day = charge.disposition_date
    if day is None:
        return unknown(
            msg("The date of this conviction is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    ends = add_period(day, years=years)
    if ends <= context.facts.as_of:
        return met(msg("{years} years have passed since this conviction.", years=years), on=ends)
    return unknown(
        msg(
            "The law asks for {years} years without a new conviction before the petition. Whether those years must "
            "also have passed since this conviction (they would end on {day}) is not settled; the words speak only "
            "of a new crime.",
            years=years,
            day=ends,
        )
    )


sealing_of_convictions = Remedy(
    id="nd-sealing-12-60-1",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a conviction after 3 years (misdemeanor) or 5 years (felony)",
    citations=(NDCC_12_60_1_02_1, NDCC_12_60_1_04),
    sources=(CODE_TITLE_12, SEALING_CHAPTER, SEALING_2021, F5_GUIDE),
    effective=date(2019, 8, 1),
    reviewed=REVIEWED,
    # Trafficking offenses are left out: they may require registration or count as violent
    # felonies, which § 12-60.1-02(2) excludes.
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=NDCC_12_60_1_02_1),
        # The court grants only if "The petitioner has completed all terms of imprisonment and probation".
        sentence_completed(cite=NDCC_12_60_1_04_1_C),
        # "has not been convicted of a new crime for at least three [five] years before filing the petition" (as
        # amended in 2021, which struck "from the date of release from incarceration, parole, or probation"): a
        # look-back before filing; a conviction inside it only delays the petition.
        no_conviction_within(years={Level.MISDEMEANOR: 3, Level.FELONY: 5}, cite=NDCC_12_60_1_02_1),
        # Custom: whether the three (five) years must also have passed since this conviction is not settled.
        custom(
            "years since this conviction",
            requirement="Three years (five for a felony) have passed since this conviction, if the law asks that "
            "(not settled).",
            reads=(Fact.LEVEL, Fact.DISPOSITION_DATE),
            rule=_years_since_this_conviction,
            cite=NDCC_12_60_1_02_1,
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
        "A new conviction in the three years (five for a felony) before you file holds the petition back until that "
        "time has passed.",
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
