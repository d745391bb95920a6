"""Kentucky: expungement for trafficking survivors of charges or convictions for prostitution-chapter
and other non-violent offenses; automatic expungement of acquittals and dismissals with prejudice
entered on or after 15 July 2020; expungement by petition of acquittals and dismissals; of
misdemeanors and violations five years after the sentence; and vacating and expunging Class D
felonies five years after the sentence.

Reviewed 2026-11-25 against KRS 529.160, 431.076, 431.078 and the offenses in KRS chapter 529.

Reviewed 2026-12-06 against the statute's words: KRS 529.160 (LawServer and self-law.org copies),
KRS 431.076 (Justia 2023 and LawServer 2024 copies; HB 327 of 2020, Acts ch. 45, on the
Legislature's site), KRS 431.078 (2019 text on legalfix; subsection (4) as quoted by a law firm),
KRS 431.073 (LawServer 2024 copy; HB 369 of 2023, Acts ch. 87; the Court of Justice's felony
expungement page), and the audit in research/audits/KY.md. What changed:
- Added the automatic expungement of KRS 431.076(1)(a): an acquittal, or a dismissal with
  prejudice of all charges not in exchange for a guilty plea, entered "on or after July 15, 2020"
  is expunged by the court "upon the expiration of thirty (30) days" without any action by the
  person. The earlier note that its start date was not confirmed is answered by those words. A
  dismissal (or a completed pretrial diversion, listed as "dismissed-diverted") stays only possible,
  since the request cannot tell a dismissal with prejudice from one without.
- KRS 431.078: the permanent later-conviction bar is replaced by the statute's window: no felony or
  misdemeanor conviction "in the five (5) years prior to the filing of the petition" (4)(b). A later
  conviction now only delays relief until the window is clear.
- KRS 431.076 by petition: an acquittal waits 60 days (2)(a). For a dismissal the module used
  1 year (misdemeanor) or 3 years (felony); the current text of (2)(c) (dismissals without
  prejudice) could not be read, and the older text and the Clean Slate Clearinghouse say five years.
  A dismissal is now possible (60 days if with prejudice; longer if not) until five years have
  passed, when every version's wait is over.
- Added KRS 431.073 (vacate and expunge a Class D felony, such as promoting prostitution in the
  second degree): five years after the sentence, probation or parole; in force for Class D felonies
  in general since 27 June 2019 (HB 40 of 2019, per the Court of Justice).
- Start dates: KRS 529.160 (HB 3 of 2013, no emergency clause) is dated 25 June 2013, the day 2013
  regular-session acts took effect (90 days after adjournment, Ky. Const. § 55); the act itself was
  not read. KRS 431.078 is dated 15 July 1996 (its 1996 enactment; the 2011 text already allowed
  the petition).
- Offense grades: prostitution Class B misdemeanor, promoting prostitution Class C / Class D felony
  and Class A misdemeanor (first, second, third degree).
Audit points answered rather than changed: HB 431 (2024), which would have made KRS 529.160 a
vacatur, was only introduced; KRS 431.078(4)(a) (sex offenses and offenses against a child) does
not reach the sex-trade offenses screened here, so it is shown as a limit, not tested.
Second review, 2026-12-06 (worked examples written from the statute text): KRS 529.160(1) reaches a
person "charged or convicted under this chapter", and human trafficking (KRS 529.100) is in chapter
529, so a survivor's own trafficking charge is now reached (it was left out of the remedy).
Not verified: the exact words of KRS 431.076(2)(c) and of KRS 431.073(4) (the conviction-free
window there is taken from a practitioner summary), and the Class D felony exclusions' reach to
charges other than promoting prostitution (left open).

Cross-checked 2026-12-07 with 10 new worked examples built from the words quoted in rules/evidence/ky.yaml (KRS
431.073, 431.076, 431.078, 529.160): no case disagreed with the module; no rule changed. Five conditions stay below
statute text because every copy of KRS 431.073 and 431.078 found stops part-way; their notes name the searches.

Reviewed 2026-12-07 (statute audit): read KRS 431.078 again (2019 legalfix text of (1)-(4) opening; (4)(a)-(c) as
quoted in Commonwealth v. Fouts (Ky. App. 2019) and Fisher v. Commonwealth (Ky. App. 2020); (4)(d) only as far as
"The offense is not one s..." in a firm's quotation, with its meaning from the Clean Slate Clearinghouse (KY-C-2:
"See section 431.078(4)(a) and (d) for offenses ineligible"), a 2017 practitioner note ("they can only be expunged
once the applicable 'enhancement period' has expired") and the 2022 Senate debate on SB 33 ("about 180
misdemeanors are not eligible if they can be enhanced by a subsequent offense, and the enhancement period does not
expire"), KRS 500.050(3)(b) (every misdemeanor in KRS chapter 510 is a "misdemeanor sex offense"), KRS 431.076 as
restated in HB 512 (a 2023 bill) and the self-law.org copy, KRS 431.073 as chaptered by HB 369 (2023) and as
restated by HB 77 (a 2025 bill), the 2025 and 2026 automatic-expungement proposals (HCR 84 of 2025 and the
2026 "Automatic Expungement Act": introduced only), and J.S. v. Commonwealth (Ky. App. 2024). What changed:
- KRS 431.078: indecent exposure (KRS 510.150, a chapter 510 sex offense) is no longer screened as expungeable
  by misdemeanor petition ((4)(a)); loitering for prostitution (KRS 529.080: a violation the first time, a
  Class B misdemeanor after that, with no time limit) is left open instead of eligible, since (4)(d) keeps out
  offenses still open to enhancement and its full words were not read.
- KRS 431.073: a felony indecent exposure is a sex offense and is no longer left open ((1)(d) "a sex offense").
- Limits: a charge dismissed in exchange for a guilty plea to another charge is outside KRS 431.076(1)(b).
Still open: the words of KRS 431.078(4)(d) and 431.073(4)-(5) (J.S. v. Commonwealth mentions an eligibility notice
citing 431.073(5)(a) for a person who "[a]lready had felony conviction expunged"; the module does not ask about
earlier felony expungements and shows no such bar); the (2)(c) wait after a dismissal without prejudice (five years
in the older text); whether KRS 431.076(1)(a) reaches a completed pretrial diversion.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    happened_on_or_after,
    level_is,
    no_conviction_within,
    no_pending_case,
    not_under_sentence,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
    waiting_period_by_grade,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, SEX_TRADE, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

KRS_529_160_1 = "KRS 529.160(1)"
KRS_529_160_2 = "KRS 529.160(2)"
KRS_431_076 = "KRS 431.076"
KRS_431_076_1_A = "KRS 431.076(1)(a)"
KRS_431_076_1_B = "KRS 431.076(1)(b)"
KRS_431_076_2 = "KRS 431.076(2)"
KRS_431_078 = "KRS 431.078"
KRS_431_078_1 = "KRS 431.078(1)"
KRS_431_078_2 = "KRS 431.078(2)"
KRS_431_078_4_B = "KRS 431.078(4)(b)"
KRS_431_078_4_C = "KRS 431.078(4)(c)"
KRS_431_078_4_A_D = "KRS 431.078(4)(a), (d)"
KRS_431_073 = "KRS 431.073"
KRS_431_073_1_D = "KRS 431.073(1)(d)"
KRS_431_073_2 = "KRS 431.073(2)(a)"
KRS_431_073_4 = "KRS 431.073(4)"

# The automatic expungement covers orders entered on or after this day (KRS 431.076(1)(a)).
AUTOMATIC_FROM = date(2020, 7, 15)

SOURCE_431_076 = Source(
    "KRS 431.076 (LawServer, current as of 2024)",
    "https://lawserver.com/law/state/kentucky/ks-statutes/kentucky_statutes_431-076",
)
SOURCE_431_076_JUSTIA = Source(
    "KRS 431.076 (Justia, 2023)", "https://law.justia.com/codes/kentucky/current/chapter-431/section-431-076"
)
SOURCE_HB_327 = Source("Kentucky HB 327 (2020), Acts ch. 45", "https://apps.legislature.ky.gov/record/20RS/hb327.html")
SOURCE_431_078 = Source(
    "KRS 431.078 (2019 text, legalfix)",
    "https://legalfix.com/statutes/state-codes/kentucky/chapter-431/section-431-078",
)
SOURCE_431_073 = Source(
    "KRS 431.073 (LawServer, current as of 2024)",
    "https://lawserver.com/law/state/kentucky/ky-statutes/kentucky_statutes_431-073",
)
SOURCE_FELONY_PAGE = Source(
    "Kentucky Court of Justice: felony expungement (KRS 431.073)",
    "https://kycourts.gov/Expungement/Pages/felonyexpungement.aspx",
)
SOURCE_CCRC = Source(
    "Collateral Consequences Resource Center: Kentucky record relief",
    "https://ccresourcecenter.org/text-blocks/kentucky-record-relief",
)

OFFENSES = (
    Offense(
        "ky-krs-529.020",
        "Prostitution",
        "KRS 529.020",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_CLASS_B,
    ),
    Offense(
        "ky-krs-529.080",
        "Loitering for prostitution purposes",
        "KRS 529.080",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.UNKNOWN,
        note="A violation the first time; a misdemeanor after that.",
    ),
    Offense(
        "ky-krs-529.030",
        "Promoting prostitution in the first degree",
        "KRS 529.030",
        Category.PROMOTING,
        Level.FELONY,
        note="A Class C felony; higher when a minor is involved.",
    ),
    Offense(
        "ky-krs-529.040",
        "Promoting prostitution in the second degree",
        "KRS 529.040",
        Category.PROMOTING,
        Level.FELONY,
        grade=Grade.FELONY_CLASS_D,
    ),
    Offense(
        "ky-krs-529.050",
        "Promoting prostitution in the third degree",
        "KRS 529.050",
        Category.PROMOTING,
        Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_CLASS_A,
    ),
    Offense("ky-krs-510.150", "Indecent exposure in the first degree", "KRS 510.150", Category.LEWDNESS, Level.UNKNOWN),
    Offense(
        "ky-krs-525.060",
        "Disorderly conduct in the second degree",
        "KRS 525.060",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ky-krs-511.080",
        "Criminal trespass in the third degree",
        "KRS 511.080",
        Category.QUALITY_OF_LIFE,
        Level.VIOLATION,
    ),
    Offense("ky-krs-529.100", "Human trafficking", "KRS 529.100", Category.TRAFFICKING, Level.FELONY),
)

# Offenses in chapter 529 (any of them qualifies) or offenses that are plainly not violent crimes.
# Human trafficking (KRS 529.100) is itself a chapter 529 offense, so a survivor charged with it is
# reached by KRS 529.160(1) ("charged or convicted under this chapter").
CHAPTER_529 = frozenset(
    {"ky-krs-529.020", "ky-krs-529.080", "ky-krs-529.030", "ky-krs-529.040", "ky-krs-529.050", "ky-krs-529.100"}
)
NOT_VIOLENT = CHAPTER_529 | {"ky-krs-510.150", "ky-krs-525.060", "ky-krs-511.080"}

# KRS chapter 510 offenses are sex offenses (KRS 500.050(3)(b) calls every misdemeanor in chapter 510 a
# "misdemeanor sex offense"); loitering for prostitution is punished more severely for a second offense.
CHAPTER_510 = frozenset({"ky-krs-510.150"})
ENHANCEABLE_NO_LIMIT = frozenset({"ky-krs-529.080"})

# Class D felonies known to fall outside the exclusions of KRS 431.073(1)(d) (not KRS 189A.010,
# 508.032 or 519.055, not abuse of public office, not a sex offense or an offense against a child).
CLASS_D_NOT_EXCLUDED = frozenset({"ky-krs-529.040"})


# Custom: KRS 529.160(1) reaches chapter 529 or any offense that is "not a violent crime as defined
# in KRS 17.165"; that definition cannot be applied to a charge the screener does not know, so an
# unknown charge outside chapter 529 stays open rather than being matched against an offense list.
def _chapter_529_or_not_violent(context: ChargeContext) -> Finding:
    """Chapter 529 offenses qualify; any other charge must not be a violent crime under KRS 17.165."""
    charge = context.charge
    in_chapter = SEX_TRADE | {Category.LEWDNESS, Category.TRAFFICKING}
    if charge.offense in NOT_VIOLENT or (charge.offense is None and charge.category in in_chapter):
        return met(msg("This offense is a prostitution-chapter offense or is not a violent crime."))
    return unknown(
        msg("Violent crimes are not covered; whether this charge counts as one is not known."),
        context.path(Fact.OFFENSE),
    )


# Custom: KRS 431.076(1)(a) turns on whether a dismissal was "with prejudice" and "not in exchange
# for a guilty plea to another charge", which the request cannot say; no shared condition asks it.
def _with_prejudice(context: ChargeContext) -> Finding:
    disposition = context.charge.disposition
    if disposition is Disposition.ACQUITTAL:
        return met(msg("An acquittal is covered."))
    if disposition is Disposition.UNKNOWN:
        return unknown(msg("How the case ended is not known."), context.path(Fact.DISPOSITION))
    if disposition is Disposition.DIVERSION_COMPLETED:
        return unknown(
            msg(
                "A completed pretrial diversion is listed as dismissed-diverted; whether the court treated it as "
                "a dismissal with prejudice that is expunged this way is not known."
            )
        )
    if disposition is Disposition.DISMISSAL:
        return unknown(
            msg(
                "Only a dismissal with prejudice of every charge in the case, not in exchange for a guilty plea, "
                "is expunged automatically; whether yours was one is not known."
            )
        )
    return not_met(msg("This covers only an acquittal or a dismissal."))


# Custom: KRS 431.076(2) sets 60 days after a dismissal with prejudice and a longer wait after one
# without prejudice (five years in the older text; the current words of (2)(c) were not read). The
# request cannot tell the two apart, so the answer stays open until even five years have passed.
def _dismissal_wait(context: ChargeContext) -> Finding:
    judged = context.charge.disposition_date
    if judged is None:
        return unknown(
            msg("The wait counts from the day the case was dismissed, which has not been given."),
            context.path(Fact.DISPOSITION_DATE),
        )
    five = add_period(judged, years=5)
    if five <= context.facts.as_of:
        return met(msg("Even the longest wait for a dismissal (five years, until {day}) is over.", day=five), on=five)
    sixty = add_period(judged, days=60)
    return unknown(
        msg(
            "A dismissal with prejudice can be expunged from {sixty}; one without prejudice waits longer, up to "
            "{five}. Which kind yours was is not known.",
            sixty=sixty,
            five=five,
        )
    )


DISMISSAL_WAIT = custom(
    "wait after a dismissal",
    requirement="Enough time has passed since the dismissal: 60 days if it was with prejudice, longer if not.",
    reads=(Fact.DISPOSITION_DATE,),
    rule=_dismissal_wait,
    cite=KRS_431_076_2,
)


# Custom: KRS 431.073(1)(d) excludes several offenses by name and by kind (sex offenses, offenses
# against a child, serious bodily injury); only offenses known to fall outside them are settled.
def _class_d_not_excluded(context: ChargeContext) -> Finding:
    charge = context.charge
    if charge.offense in CHAPTER_510:
        return not_met(msg("Indecent exposure is a sex offense under KRS chapter 510, which this does not cover."))
    if charge.offense in CLASS_D_NOT_EXCLUDED:
        return met(msg("This offense is not one of the Class D felonies the law leaves out."))
    return unknown(
        msg(
            "Some Class D felonies are left out (sex offenses, offenses against a child, offenses causing "
            "serious injury, and a few named crimes); a lawyer can check this charge."
        ),
        *((context.path(Fact.OFFENSE),) if charge.offense is None else ()),
    )


# Custom: KRS 431.078(4)(a) leaves out sex offenses and (4)(d) offenses open to a greater penalty for a later
# offense while that period runs; neither is an offense list the shared conditions can state, and the words of
# (4)(d) were read only in part, so loitering (enhanced for a second offense with no time limit) stays open.
def _not_sex_or_enhanceable(context: ChargeContext) -> Finding:
    charge = context.charge
    if charge.offense in CHAPTER_510:
        return not_met(msg("Indecent exposure is a sex offense under KRS chapter 510, which this does not cover."))
    if charge.offense is None and charge.category is Category.LEWDNESS:
        return unknown(
            msg("Sex offenses are not covered; which law this charge was under is not known."),
            context.path(Fact.OFFENSE),
        )
    if charge.offense in ENHANCEABLE_NO_LIMIT or (
        charge.offense is None and charge.category is Category.LOITERING_FOR_PROSTITUTION
    ):
        return unknown(
            msg(
                "A second loitering conviction carries a higher penalty, with no time limit. The law does not "
                "allow expungement this way of an offense that can still be enhanced; a lawyer can check how "
                "that applies to loitering."
            )
        )
    return met(msg("This offense is not a sex offense and is not one whose penalty grows with a later offense."))


survivor_expungement = Remedy(
    id="ky-expungement-529-160",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge records of offenses that resulted from trafficking",
    citations=(KRS_529_160_1, KRS_529_160_2),
    sources=(
        Source(
            "KRS 529.160 (LawServer)",
            "https://www.lawserver.com/law/state/kentucky/ky-statutes/kentucky_statutes_529-160",
        ),
        Source("KRS 529.160 (self-law.org)", "https://self-law.org/code/ky/529-160"),
        Source("Clean Slate Clearinghouse: Kentucky KY-C-6", "https://cleanslateclearinghouse.org/policies/ky-c-6/"),
    ),
    # HB 3 (2013) had no emergency clause; 2013 regular-session acts took effect 25 June 2013.
    effective=date(2013, 6, 25),
    reviewed=REVIEWED,
    # Trafficking charges too: KRS 529.100 and 529.110 are offenses "under this chapter".
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            cite=KRS_529_160_1,
        ),
        trafficking_nexus(cite=KRS_529_160_1),
        # Custom: an either/or (a chapter 529 offense, or any offense not violent); other named offenses stay open.
        custom(
            "prostitution chapter or not violent",
            requirement="The charge was under the prostitution chapter or was not a violent crime.",
            reads=(Fact.OFFENSE,),
            rule=_chapter_529_or_not_violent,
            cite=KRS_529_160_1,
        ),
        waiting_period(days=60, since=Event.DISPOSITION, cite=KRS_529_160_2),
    ),
    effect="The court expunges all records of the offense; the charge is treated as dismissed with "
    "prejudice, and background checks show no record.",
    limits=(
        "This is an expungement, not a vacatur. For immigration, ask a lawyer how it will be seen.",
        "No official papers are needed, but papers from a government agency showing you were a trafficking "
        "victim create a presumption in your favor.",
    ),
    next_steps=(
        "File a motion to expunge under KRS 529.160 in the court where the charges were filed.",
        "Explain how being trafficked led to the offense and attach any supporting papers.",
        "Ask the clerk about fees; the court can waive them if you cannot pay.",
    ),
    filing="The court where the charges were filed (District Court or Circuit Court).",
)

automatic_expungement = Remedy(
    id="ky-automatic-expungement-431-076",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement 30 days after an acquittal or a dismissal with prejudice",
    citations=(KRS_431_076_1_A,),
    sources=(SOURCE_431_076, SOURCE_431_076_JUSTIA, SOURCE_HB_327),
    # HB 327 (2020): orders entered "on or after July 15, 2020".
    effective=AUTOMATIC_FROM,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.ACQUITTAL, Disposition.DISMISSAL, Disposition.DIVERSION_COMPLETED, cite=KRS_431_076_1_A
        ),
        custom(
            "dismissed with prejudice",
            requirement="An acquittal, or a dismissal with prejudice of every charge in the case that was not "
            "in exchange for a guilty plea.",
            reads=(Fact.DISPOSITION,),
            rule=_with_prejudice,
            cite=KRS_431_076_1_A,
        ),
        happened_on_or_after(Event.DISPOSITION, AUTOMATIC_FROM, cite=KRS_431_076_1_A),
        waiting_period(days=30, since=Event.DISPOSITION, cite=KRS_431_076_1_A),
    ),
    effect="Thirty days after the acquittal or dismissal the court orders the records expunged, without "
    "any action by you, unless you object. The case is treated as if it never happened.",
    limits=(
        "Only for orders entered on or after 15 July 2020; older cases can be expunged by petition.",
        "A dismissal without prejudice, or one in exchange for a guilty plea to another charge, is not "
        "expunged this way.",
    ),
    next_steps=(
        "Nothing to file. After the 30 days, check with the circuit clerk that the record was expunged; if it "
        "was not, file the petition for acquittals and dismissals.",
    ),
    discretionary=False,
    filing="No filing; the court that entered the acquittal or dismissal orders it.",
)

non_conviction_expungement = Remedy(
    id="ky-expungement-431-076",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a case that ended in acquittal or dismissal",
    citations=(KRS_431_076_1_B, KRS_431_076_2),
    sources=(SOURCE_431_076, SOURCE_431_076_JUSTIA, SOURCE_CCRC),
    # The petition long predates 2020 (the 2011 text already allowed it after 60 days); HB 327
    # gave it its current form, in force 15 July 2020.
    effective=date(2020, 7, 15),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.ACQUITTAL, Disposition.DISMISSAL, Disposition.DIVERSION_COMPLETED, cite=KRS_431_076_1_B
        ),
        wait_by_outcome(
            {
                Disposition.ACQUITTAL: waiting_period(days=60, since=Event.DISPOSITION, cite=KRS_431_076_2),
                Disposition.DISMISSAL: DISMISSAL_WAIT,
                Disposition.DIVERSION_COMPLETED: DISMISSAL_WAIT,
            },
            cite=KRS_431_076_2,
        ),
    ),
    effect="The court expunges the records of the case, and the case is treated as if it never happened.",
    limits=(
        "An acquittal can be expunged after 60 days, and so can a dismissal with prejudice. A dismissal without "
        "prejudice waits longer; we cannot tell which kind of dismissal you had.",
        "Acquittals and dismissals with prejudice since 15 July 2020 are usually expunged automatically.",
        "A charge dropped because you pleaded guilty to another charge is not covered here; it may be expunged "
        "along with that conviction.",
    ),
    next_steps=(
        "Check first with the circuit clerk whether the case was already expunged automatically.",
        "If not, file the expungement petition form for acquittals and dismissals (AOC-497.3) with the "
        "clerk in the county where you were charged; there is no fee for this kind.",
    ),
    filing="The court where the charges were filed.",
)

misdemeanor_expungement = Remedy(
    id="ky-expungement-431-078",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor or violation five years after the sentence",
    citations=(KRS_431_078_1, KRS_431_078_2, KRS_431_078_4_B),
    sources=(
        SOURCE_431_078,
        Source("Clean Slate Clearinghouse: Kentucky KY-C-2", "https://cleanslateclearinghouse.org/policies/ky-c-2/"),
        Source(
            "KRS 431.078(4) as quoted by a Kentucky defense firm",
            "https://www.criminaldefenselex.com/practice-areas/expungement",
        ),
    ),
    # Enacted in 1996 (the 2011 Justia text is marked "1996 through Reg Sess"); 15 July 1996 was the
    # day 1996 regular-session acts took effect.
    effective=date(1996, 7, 15),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=KRS_431_078_1),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=KRS_431_078_1),
        custom(
            "not a sex offense or enhanceable offense",
            requirement="The offense is not a sex offense, an offense against a child, or an offense whose "
            "penalty can still be raised for a later offense.",
            reads=(Fact.OFFENSE,),
            rule=_not_sex_or_enhanceable,
            cite=KRS_431_078_4_A_D,
        ),
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=KRS_431_078_2),
        not_under_sentence(cite=KRS_431_078_2),
        no_conviction_within(years=5, levels=(Level.FELONY, Level.MISDEMEANOR), cite=KRS_431_078_4_B),
        no_pending_case(cite=KRS_431_078_4_C),
    ),
    effect="The court expunges the conviction; it is treated as if it never happened and you do not have "
    "to mention it on most applications.",
    limits=(
        "Sex offenses and offenses against a child cannot be expunged this way, nor can an offense whose "
        "penalty can still be raised if you are convicted again.",
        "A felony or misdemeanor conviction in the five years before you file delays this until five years "
        "have passed since it.",
        "One misdemeanor (or several from one incident) must be expunged if you qualify; for more, the judge decides.",
        "There is a filing fee and a separate expungement fee; ask the clerk about waivers.",
    ),
    next_steps=(
        "Get an expungement eligibility certification from the Administrative Office of the Courts.",
        "File the petition to expunge a misdemeanor with the circuit clerk in the county of conviction.",
    ),
    filing="The District Court in the county where you were convicted.",
)

class_d_felony_expungement = Remedy(
    id="ky-vacate-expunge-431-073",
    kind=RemedyKind.EXPUNGEMENT,
    title="Vacate and expunge a Class D felony five years after the sentence",
    citations=(KRS_431_073_1_D, KRS_431_073_2, KRS_431_073_4),
    sources=(
        SOURCE_431_073,
        SOURCE_FELONY_PAGE,
        Source(
            "Kentucky HB 369 (2023), Acts ch. 87 (legiplex)",
            "https://app.legiplex.com/ky/legislature/2023/2023-r/bills/hb369/drafts-latest",
        ),
        Source(
            "What crimes are eligible for expungement in Kentucky (Mike Burns Law)",
            "https://www.mikeburnslaw.com/blog/2020/02/what-crimes-are-eligible-for-expungement/",
        ),
    ),
    # KRS 431.073(1)(d), reaching Class D felonies in general, took effect 27 June 2019 (per the
    # Court of Justice); the 2016 version (HB 40) listed only certain Class D felonies.
    effective=date(2019, 6, 27),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=KRS_431_073_1_D),
        level_is(Level.FELONY, cite=KRS_431_073_1_D),
        # Only Class D felonies are named, so any other class is not covered.
        waiting_period_by_grade({Grade.FELONY_CLASS_D: 5}, since=Event.SENTENCE_COMPLETED, cite=KRS_431_073_2),
        # Custom: only Class D felonies known to be off the list are cleared; other named offenses stay open.
        custom(
            "not an excluded felony",
            requirement="The felony is not one the law leaves out (sex offenses, offenses against a child, offenses "
            "causing serious injury or death, and a few named crimes).",
            reads=(Fact.OFFENSE,),
            rule=_class_d_not_excluded,
            cite=KRS_431_073_1_D,
        ),
        no_conviction_within(years=5, levels=(Level.FELONY, Level.MISDEMEANOR), cite=KRS_431_073_4),
        no_pending_case(cite=KRS_431_073_4),
    ),
    effect="The court vacates the judgment, dismisses the charge with prejudice and expunges the records; "
    "you do not have to mention it on most applications.",
    limits=(
        "The judge decides, and the prosecutor can object within 60 days.",
        "A felony or misdemeanor conviction in the five years before you apply delays this.",
        "There is a filing fee; ask the clerk whether it can be waived.",
    ),
    next_steps=(
        "Get an expungement eligibility certification from the Administrative Office of the Courts.",
        "File the application to vacate and expunge a felony conviction (an AOC form) with the circuit clerk in the "
        "county of conviction, with the certification.",
    ),
    filing="The Circuit Court in the county where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="KY",
    name="Kentucky",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        survivor_expungement,
        automatic_expungement,
        non_conviction_expungement,
        misdemeanor_expungement,
        class_d_felony_expungement,
    ),
    legal_help=(
        LegalHelp("Kentucky Legal Aid", "https://www.klaid.org", "Free civil legal help in western Kentucky"),
        LegalHelp(
            "Legal Aid Society (Louisville)", "https://www.laslou.org", "Free civil legal help in the Louisville area"
        ),
        LegalHelp("Kentucky Justice Online", "https://www.kyjustice.org", "Statewide self-help and expungement forms"),
    ),
    where_to_file="The circuit court clerk in the county where you were charged or convicted.",
    notes=(
        "Felony charges held for the grand jury that never led to an indictment can be expunged by petition "
        "six months after the District Court's decision (KRS 431.076(1)(c), (2)(b)); this screen does not ask "
        "about that.",
    ),
)
