"""Hawaii: motion to vacate prostitution convictions after three years without a new conviction,
expungement of arrest records that did not end in a conviction (including a completed deferred
plea), and the governor's pardon.

Reviewed 2026-11-25 against HRS § 712-1209.6 (added by S.B. 2576, approved 26 June 2012, and
amended in 2019), HRS § 712-1200 (text read in an older compilation), HRS § 831-3.2 and the
Department of the Attorney General's expungement pages, and Haw. Const. art. V, § 5 (pardons).

What could not be confirmed, and how it is encoded:
- In 2019 the governor signed a law (reported by the Associated Press on 2-3 July 2019) that lets
  a person vacate a prostitution conviction without proving they were trafficked, if they are not
  convicted of another offense for three years. The committee reports of S.B. 1039 and H.B. 486
  (2019) describe it; the final text was not read. It is encoded as the three-year rule, counted
  from the conviction, for §§ 712-1200, 712-1206 and 712-1207 and lesser offenses first charged
  as one of them. Whether the 2012 route for trafficking victims (a motion within six years after
  the trafficking ended, no three-year wait) survived the 2019 law could not be confirmed, so no
  separate trafficking-only route is encoded.
- H.B. 486 (2019) would also have repealed § 712-1207 (street solicitation); a current copy of
  § 712-1207 (now "street prostitution and commercial sexual exploitation; designated areas", a
  petty misdemeanor) was read on 2026-12-06, so the section is in force and stays listed.
- Bills that would have changed § 712-1209.6 again (S.B. 264 of 2017, H.B. 1518 of 2019-2020)
  and the 2023 bill to decriminalize the sex trade (S.B. 1204) were not enacted as far as could
  be found; they are not encoded.
- § 712-1200(4)(c), read in an older compilation, bars expunging a deferred prostitution plea
  until four years after discharge; that longer wait is kept.
- The exceptions in § 831-3.2(a) (bail forfeiture, leaving the state, a mental-illness
  acquittal) cannot be told from the answers; they are shown as limits.
- Hawaii has no general sealing or expungement of adult convictions other than first drug and
  similar offenses (HRS § 706-622.5), which do not reach these charges; a pardon is the only
  other relief for a conviction.

Reviewed 2026-12-06 against § 712-1209.6(1) as reproduced in S.B. 264 (2017) and H.B. 1518
(2019-2020) and as described by the Senate Judiciary Committee in Stand. Com. Rep. 2976 on S.B. 2660
(2022) (the three-year no-new-conviction test is the law in force), and HRS § 831-3.2(a)
(PolicyRisk copy). Changed: the three-year window now also reads the convictions the person lists
outside the charges. S.B. 2660 (2022), which would reach deferred acceptance pleas and count the
three years from the deferral, was not found enacted and is not encoded.

Reviewed 2026-12-06 for the shared vocabulary: both customs stay (a lesser offense first charged as
a listed one is not asked; the deferred-plea wait follows the offense, not its grade); no rule
changed.

Reviewed 2026-12-07 against the text of HRS §§ 712-1209.6 (through L 2021, c 68), 712-1200 (with its
commentary through 2021), 712-1206, 712-1207 and 831-3.2 (through L 2023, c 159), Justia copies of the
Hawaii Revised Statutes as scraped into the saint1415/us-statutes data set (February 2026). Changed: a
deferred prostitution plea now waits three years after discharge, not four (Act 176, L 2019, cut the
§ 712-1200(4)(c) wait from four years to three); the vacatur reaches only loitering to commit
prostitution (§ 712-1206(2), a violation), not loitering to advance it (§ 712-1206(3), a petty
misdemeanor), and only offering or agreeing to sexual conduct for a fee under § 712-1207(1)(a) or
(2)(a), not paying for it, so a § 712-1207 conviction of unknown subsection is now left open; the
arrest-expungement limits now say that since 1 July 2025 the court itself seals its files once the
expungement order reaches it (§ 831-3.2(f)).

Reviewed 2026-12-07 (statute audit): read again, word by word, HRS §§ 712-1200, 712-1200.5, 712-1206, 712-1207,
712-1209.6, 831-3.2 (through L 2023, c 159), 853-1 and 853-4 (through L 2022, c 111) in the same Justia copies
(saint1415/us-statutes, February 2026); 2024-2025 bills and committee reports (S.B. 2706 of 2024, which became a
Clean Slate Expungement Task Force and no record-clearing law; H.B. 145 of 2025 on sending expungement orders to the
courts; H.B. 155 of 2025, a proposal) show no later change to these sections. Changed: (1) § 712-1209.6 bars the
motion only for a conviction "under the Hawaii Penal Code" in the three years; a screened charge with an offense
listed here (all Penal Code sections) still bars it, but another listed conviction, or a charge of another kind,
may be a traffic crime, a county ordinance or an out-of-state conviction, and now leaves the answer open instead of
ruling the motion out. (2) § 712-1207 can be picked by its part: (1)(a)/(2)(a), offering sex for a fee, is covered;
(1)(b)/(2)(b), offering to pay, is not; and a loitering or street-solicitation charge picked by kind alone is now read
like one picked by offense (it was taken as covered whatever its level or part). (3) The vacatur is mandatory once
the three clean years are shown ("the court shall vacate the conviction", § 712-1209.6(2)). (4) A diversion completed
without a plea is "charged with but not convicted" under § 831-3.2(a) and can be expunged at once; the one-year wait
of (a)(5) and § 853-1(e) is for deferred pleas under chapter 853 only, and a completed diversion of unknown kind is
left open on the arrest route. (5) A deferred plea to a charge of another kind waits one year; the three years of
§ 712-1200(4)(c) are for § 712-1200 prostitution only. Still open: the effective date of Act 176 (2019) was not read
(the signing date is used); a conviction of a lesser offense is covered only when first charged as a listed one,
which is not asked; the deferred-plea route still shows a completed diversion of unknown or no-plea kind with the
one-year wait (never sooner than the law allows); the arrest-expungement exceptions ((a)(1)-(4)) are shown as limits.

Legal help checked 2026-12-07: the Legal Aid Society of Hawaii and the Public Defender's link were not
supported by sources seen; replaced by the ACLU of Hawaii and the Judiciary's free expungement clinics
(which the Public Defender staffs).
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    waiting_period,
)
from rules.facts import Charge, Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

HRS_712_1209_6_1 = "Haw. Rev. Stat. § 712-1209.6(1)"
HRS_712_1200_4_C = "Haw. Rev. Stat. § 712-1200(4)(c)"
HRS_831_3_2_A = "Haw. Rev. Stat. § 831-3.2(a)"
HRS_831_3_2_A_5 = "Haw. Rev. Stat. § 831-3.2(a)(5)"
HRS_853_1 = "Haw. Rev. Stat. § 853-1"
HAW_CONST_V_5 = "Haw. Const. art. V, § 5"

VACATUR_LAW_2012 = Source(
    "Hawaii Reporter: Hawaii enacts vacating-conviction law for trafficking victims (S.B. 2576, 2012)",
    "https://www.hawaiireporter.com/hawaii-6th-state-to-enact-vacating-conviction-law-for-trafficking-victims/",
)
VACATUR_LAW_2019_NEWS = Source(
    "Associated Press: Hawaii law on prostitution convictions is 1st in nation (3 July 2019)",
    "https://mb.com.ph/2019/07/03/hawaii-law-on-prostitution-convictions-is-1st-in-nation",
)
VACATUR_COMMITTEE_REPORT = Source(
    "Hawaii Senate Judiciary Committee, Stand. Com. Rep. No. 786 on S.B. 1039 (2019)",
    "https://capitolwebsite.azurewebsites.net/sessions/session2019/CommReports/SB1039_SSCR786_.HTM",
)
VACATUR_2022_REPORT = Source(
    "Hawaii Senate Judiciary Committee, Stand. Com. Rep. No. 2976 on S.B. 2660 (2022)",
    "https://capitolwebsite.azurewebsites.net/sessions/session2022/CommReports/SB2660_SD1_SSCR2976_.HTM",
)
VACATUR_CLEARINGHOUSE = Source(
    "Clean Slate Clearinghouse: Hawaii, vacating prostitution convictions (§ 712-1209.6)",
    "https://cleanslateclearinghouse.org/policies/hi-c-3/",
)
AG_EXPUNGEMENTS = Source(
    "Hawaii Department of the Attorney General, Criminal Justice Data Center: Expungements",
    "http://ag.hawaii.gov/hcjdc/expungements/",
)
DAG_CLEARINGHOUSE = Source(
    "Clean Slate Clearinghouse: Hawaii, expungement after a deferred plea (§ 831-3.2(a)(5))",
    "https://cleanslateclearinghouse.org/policies/hi-d-1/",
)
HRS_712_1200_TEXT = Source(
    "HRS § 712-1200, Prostitution (Justia copy, with commentary through L 2021, c 68)",
    "https://law.justia.com/codes/hawaii/title-37/chapter-712/section-712-1200/",
)
HRS_712_1209_6_TEXT = Source(
    "HRS § 712-1209.6, Prostitution; motion to vacate conviction (Justia copy, through L 2021, c 68)",
    "https://law.justia.com/codes/hawaii/title-37/chapter-712/section-712-1209-6/",
)
HRS_831_3_2_JUSTIA = Source(
    "HRS § 831-3.2, Expungement orders (Justia copy, through L 2023, c 159)",
    "https://law.justia.com/codes/hawaii/title-38/chapter-831/section-831-3-2/",
)
PARDON_PROCESS = Source(
    "Honolulu Star-Advertiser: Commutations and pardons a lengthy, involved process",
    "https://www.staradvertiser.com/2012/03/22/hawaii-news/kokua-line/commutations-and-pardons-a-lengthy-involved-process/",
)

OFFENSES = (
    Offense(
        "hi-hrs-712-1200",
        "Prostitution",
        "Haw. Rev. Stat. § 712-1200",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="A petty misdemeanor.",
    ),
    Offense(
        "hi-hrs-712-1206",
        "Loitering for the purpose of engaging in or advancing prostitution",
        "Haw. Rev. Stat. § 712-1206",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.UNKNOWN,
    ),
    Offense(
        "hi-hrs-712-1207",
        "Street prostitution and commercial sexual exploitation in designated areas",
        "Haw. Rev. Stat. § 712-1207",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
        note="A petty misdemeanor with a mandatory 30 days in jail or probation with area restrictions.",
        grade=Grade.PETTY_MISDEMEANOR,
    ),
    Offense(
        "hi-hrs-712-1207-a",
        "Street prostitution in designated areas: offering or agreeing to sexual conduct for a fee",
        "Haw. Rev. Stat. § 712-1207(1)(a), (2)(a)",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
        note="A petty misdemeanor; the part of § 712-1207 about the person offering sex for a fee.",
        grade=Grade.PETTY_MISDEMEANOR,
    ),
    Offense(
        "hi-hrs-712-1207-b",
        "Commercial sexual exploitation in designated areas: offering or giving a fee for sexual conduct",
        "Haw. Rev. Stat. § 712-1207(1)(b), (2)(b)",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
        note="A petty misdemeanor; the part of § 712-1207 about the person paying.",
        grade=Grade.PETTY_MISDEMEANOR,
    ),
    Offense(
        "hi-hrs-712-1203",
        "Promoting prostitution",
        "Haw. Rev. Stat. § 712-1203",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "hi-hrs-712-1202",
        "Sex trafficking",
        "Haw. Rev. Stat. § 712-1202",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
    Offense(
        "hi-hrs-712-1217",
        "Open lewdness",
        "Haw. Rev. Stat. § 712-1217",
        Category.LEWDNESS,
        Level.MISDEMEANOR,
        note="A petty misdemeanor.",
    ),
    Offense(
        "hi-hrs-711-1101",
        "Disorderly conduct",
        "Haw. Rev. Stat. § 711-1101",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
        note="A petty misdemeanor or a violation, depending on the facts.",
    ),
    Offense(
        "hi-hrs-708-814",
        "Criminal trespass in the second degree",
        "Haw. Rev. Stat. § 708-814",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
        note="A petty misdemeanor.",
    ),
)

# The offenses § 712-1209.6 names; a lesser offense counts only when first charged as one of them.
PROSTITUTION_OFFENSE = "hi-hrs-712-1200"
LOITERING_OFFENSE = "hi-hrs-712-1206"
STREET_OFFENSE = "hi-hrs-712-1207"
STREET_SELLING_OFFENSE = "hi-hrs-712-1207-a"
STREET_BUYING_OFFENSE = "hi-hrs-712-1207-b"
# A charge picked by its category alone stands for the one offense of that kind the section names.
VACATUR_OFFENSE_OF_CATEGORY = {
    Category.PROSTITUTION: PROSTITUTION_OFFENSE,
    Category.LOITERING_FOR_PROSTITUTION: LOITERING_OFFENSE,
    Category.SOLICITATION: STREET_OFFENSE,
}
# Every offense this module lists is a section of the Hawaii Penal Code (HRS title 37, chapters 701-713).
PENAL_CODE_OFFENSES = frozenset(o.id for o in OFFENSES)


def _vacatur_scope(context: ChargeContext) -> Finding:
    """§ 712-1209.6(1) names § 712-1200, § 712-1206(2) (loitering to commit prostitution, a violation;
    (3), loitering to advance it, is a petty misdemeanor) and § 712-1207(1)(a) or (2)(a) (offering or
    agreeing to sexual conduct for a fee; (b) is paying for it), and a lesser offense first charged as one.

    Custom because the section names subsections, which the screening tells apart only by the level
    (§ 712-1206) or by the part of § 712-1207 picked, and because a lesser offense counts only when first
    charged as a listed one, which is not asked.
    """
    charge = context.charge
    offense = charge.offense
    if offense is None:
        offense = VACATUR_OFFENSE_OF_CATEGORY.get(charge.category)
    if offense == PROSTITUTION_OFFENSE:
        return met(msg("A prostitution conviction under § 712-1200 is one of the listed offenses."))
    if offense == LOITERING_OFFENSE:
        if charge.level is Level.VIOLATION:
            return met(msg("Loitering for the purpose of prostitution (a violation) is one of the listed offenses."))
        if charge.level in (Level.MISDEMEANOR, Level.FELONY):
            return not_met(
                msg("Loitering to advance prostitution (a petty misdemeanor) is not one of the listed offenses.")
            )
        return unknown(
            msg(
                "Loitering to commit prostitution (a violation) is covered; loitering to advance prostitution (a "
                "petty misdemeanor) is not. Which one this was is not known."
            ),
            context.path(Fact.LEVEL),
        )
    if offense == STREET_SELLING_OFFENSE:
        return met(
            msg("Offering or agreeing to sexual conduct for a fee in a designated area is one of the listed offenses.")
        )
    if offense == STREET_BUYING_OFFENSE:
        return not_met(
            msg(
                "Offering or giving a fee for sexual conduct in a designated area is not one of the listed "
                "offenses; only offering or agreeing to sexual conduct for a fee is."
            )
        )
    if offense == STREET_OFFENSE:
        return unknown(
            msg(
                "Offering or agreeing to sexual conduct for a fee in a designated area is covered; paying or "
                "offering to pay for it is not. Which one this was is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return unknown(
        msg(
            "Other convictions are covered only if you were first charged with prostitution, loitering for "
            "prostitution or street solicitation and pleaded to or were found guilty of a lesser offense; the "
            "screener cannot tell whether that happened."
        ),
        context.path(Fact.OFFENSE),
    )


def _is_penal_code_charge(charge: Charge, context: ChargeContext) -> bool:
    """A screened conviction known to be under the Hawaii Penal Code: its offense is one this module lists, or, with
    no offense picked, its kind is one whose every Hawaii offense here is a Penal Code section (not "something
    else", not unlicensed massage (HRS ch. 452), and not a quality-of-life charge, which may be a county ordinance)."""
    if charge.offense is not None:
        return charge.offense in PENAL_CODE_OFFENSES
    if charge.category in (Category.OTHER, Category.UNLICENSED_MASSAGE, Category.QUALITY_OF_LIFE):
        return False
    return bool(context.offense_ids_of(charge.category))


def _no_penal_code_conviction_in_three_years(context: ChargeContext) -> Finding:
    """§ 712-1209.6(1)-(2): "not subsequently convicted of any offense under the Hawaii Penal Code within three
    years after the date of the original conviction". A conviction inside the window bars the motion; only one
    under the Hawaii Penal Code counts (not a traffic crime such as DUI under HRS ch. 291E, a county ordinance or
    a conviction in another state). Custom because the shared window counts every conviction, and the screening
    does not ask under which law a listed conviction was."""
    start = context.charge.disposition_date
    others = context.convictions.besides(context.index)
    if start is None:
        if not others:
            return met(msg("You listed no other conviction. Convictions you did not list would count too."))
        return unknown(
            msg(
                "A new conviction within three years of this one rules this out; the date of this conviction is "
                "not known."
            ),
            context.path(Fact.DISPOSITION_DATE),
        )
    end = add_period(start, years=3)
    charges = context.facts.charges
    undated: list[str] = []
    maybe: list[str] = []
    for p in others:
        if p.day is None:
            undated.append(p.path("date"))
        elif start < p.day <= end:
            if p.index is not None and _is_penal_code_charge(charges[p.index], context):
                return not_met(
                    msg(
                        "You listed a conviction under the Hawaii Penal Code within three years after this one, "
                        "which rules this out."
                    )
                )
            maybe.append(
                f"{Fact.OTHER_CONVICTIONS.value}[{p.other}]" if p.index is None else Fact.OFFENSE.path(p.index)
            )
    if maybe:
        return unknown(
            msg(
                "Only a conviction under the Hawaii Penal Code within three years after this one rules this out, "
                "not, for example, a traffic crime such as driving under the influence, a county ordinance or a "
                "conviction in another state. Whether a conviction you listed in those years was one is not known."
            ),
            *maybe,
            *undated,
        )
    if undated:
        return unknown(
            msg(
                "A new conviction within three years of this one rules this out; the date of another listed "
                "conviction is not known."
            ),
            *undated,
        )
    return met(
        msg(
            "None of the convictions you listed falls in the three years after this one. Convictions you did not "
            "list would count too."
        )
    )


def _deferred_plea_wait(context: ChargeContext) -> Finding:
    """One year after discharge and dismissal; three years for a deferred prostitution plea (§ 712-1200(4)(c),
    four years until Act 176, L 2019).

    Custom because the length depends on the offense (prostitution or not), not on its level or
    grade, which the shared waits key on.
    """
    charge = context.charge
    if charge.offense is not None:
        prostitution = charge.offense == PROSTITUTION_OFFENSE
    else:
        # A charge of another kind ("something else" included) is not § 712-1200 prostitution.
        prostitution = charge.category is Category.PROSTITUTION
    discharged = charge.disposition_date
    if discharged is None:
        return unknown(
            msg("The wait counts from the day the court discharged you and dismissed the charge, which is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    years = 3 if prostitution else 1
    ends = add_period(discharged, years=years)
    if ends <= context.facts.as_of:
        return met(msg("The wait after the dismissal ended on {ends}.", ends=ends), on=ends)
    return later(msg("You can apply after {ends}, when the wait after the dismissal ends.", ends=ends), on=ends)


vacatur_of_prostitution_convictions = Remedy(
    id="hi-vacatur-712-1209-6",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution conviction after three years without a new conviction",
    citations=(HRS_712_1209_6_1,),
    sources=(
        HRS_712_1209_6_TEXT,
        VACATUR_2022_REPORT,
        VACATUR_LAW_2019_NEWS,
        VACATUR_COMMITTEE_REPORT,
        VACATUR_CLEARINGHOUSE,
        VACATUR_LAW_2012,
    ),
    # Signed on 2 July 2019; taken to apply from that day (the act's own effective-date clause was not read).
    effective=date(2019, 7, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.PROMOTING, Category.TRAFFICKING},
    conditions=(
        convicted(cite=HRS_712_1209_6_1),
        # Custom: a lesser offense counts only if first charged as a listed one, which is not asked.
        custom(
            "prostitution offense, or lesser offense first charged as one",
            requirement="The conviction was for prostitution, loitering to commit prostitution or offering sex for "
            "a fee in a designated area, or a lesser offense when you were first charged with one of them.",
            reads=(Fact.OFFENSE,),
            rule=_vacatur_scope,
            cite=HRS_712_1209_6_1,
        ),
        waiting_period(years=3, since=Event.DISPOSITION, cite=HRS_712_1209_6_1),
        # Custom: "not subsequently convicted of any offense under the Hawaii Penal Code within three years after
        # the date of the original conviction"; a conviction inside the window bars it, but only a Penal Code one.
        custom(
            "no Hawaii Penal Code conviction within three years",
            requirement="No conviction under the Hawaii Penal Code in the three years after this conviction.",
            reads=(Fact.DISPOSITION_DATE, Fact.OFFENSE, Fact.OTHER_CONVICTIONS),
            rule=_no_penal_code_conviction_in_three_years,
            cite=HRS_712_1209_6_1,
        ),
    ),
    effect="The court vacates (cancels) the prostitution conviction. You do not have to prove you were trafficked.",
    limits=(
        "Convictions for promoting prostitution or sex trafficking are not covered.",
        "Vacating the conviction does not by itself erase the arrest record; ask the Attorney General's "
        "Criminal Justice Data Center about expunging the arrest afterwards.",
    ),
    next_steps=(
        "File a written motion to vacate the conviction under HRS § 712-1209.6, signed and sworn by you, in "
        "the court that convicted you (usually the District Court of the circuit), and send a copy to the "
        "prosecutor.",
        "If you were trafficked, say so; the free legal services below can help you prepare the motion.",
    ),
    # § 712-1209.6(2): "the court shall vacate the conviction" once it finds no Penal Code conviction in the three years.
    discretionary=False,
    filing="The court that entered the conviction (usually the District Court of the circuit).",
)

expungement_of_non_conviction_arrests = Remedy(
    id="hi-expungement-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest or charge that did not end in a conviction",
    citations=(HRS_831_3_2_A,),
    sources=(AG_EXPUNGEMENTS, HRS_831_3_2_JUSTIA),
    # HRS § 831-3.2 was in force long before 2014; the exact date was not confirmed, so the
    # earliest year seen in a source (the 2014 compilation) is used.
    effective=date(2014, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A diversion completed without a plea ends "charged with but not convicted"; the one-year wait of (a)(5)
        # is only for a deferred acceptance of a guilty or no-contest plea under chapter 853 (the other remedy).
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=HRS_831_3_2_A,
        ),
    ),
    effect="The Attorney General issues an order cancelling the arrest record. You are treated as never "
    "arrested, the records go into a confidential file, and you may answer that you have no record of that "
    "arrest.",
    limits=(
        "Not available when the case ended because bail was forfeited, because you left the state and could not "
        "be prosecuted, or because of a finding of mental illness.",
        "Since 1 July 2025 the court seals its own files once the order, listing the court case number, reaches it.",
    ),
    next_steps=(
        "Fill in the application for expungement of non-conviction arrest records (form HCJDC-159) and send it "
        "with the fee (money order or cashier's check) to the Hawaii Criminal Justice Data Center, 465 S. King "
        "Street, Room 102, Honolulu.",
        "It takes up to 120 days. You will get a certificate listing the arrests that were expunged.",
    ),
    discretionary=False,
    filing="The Hawaii Criminal Justice Data Center (Department of the Attorney General).",
)

expungement_after_deferred_plea = Remedy(
    id="hi-expungement-deferred-plea",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge the arrest after a deferred plea (DAG or DANC) was completed and dismissed",
    citations=(HRS_831_3_2_A_5, HRS_712_1200_4_C, HRS_853_1),
    sources=(HRS_831_3_2_JUSTIA, HRS_712_1200_TEXT, DAG_CLEARINGHOUSE, AG_EXPUNGEMENTS),
    # In force by 2014 (see above); the exact date was not confirmed.
    effective=date(2014, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DIVERSION_COMPLETED, cite=HRS_853_1),
        # Custom: the wait's length follows the offense (prostitution or not), not its grade or level.
        custom(
            "wait after discharge and dismissal",
            requirement="One year has passed since the court discharged you and dismissed the charge (three years "
            "for a prostitution charge).",
            reads=(Fact.OFFENSE, Fact.DISPOSITION_DATE),
            rule=_deferred_plea_wait,
            cite=HRS_831_3_2_A_5,
        ),
    ),
    effect="After a deferred acceptance of a guilty or no-contest plea is completed, the charge is dismissed "
    "and the Attorney General can cancel the arrest record. You are treated as never arrested.",
    limits=(
        "A second prostitution charge cannot be deferred, and an earlier deferred prostitution plea counts as a "
        "prior offense.",
    ),
    next_steps=(
        "Get a copy of the court's order of discharge and dismissal.",
        "Send the expungement application (form HCJDC-159) with the fee to the Hawaii Criminal Justice Data "
        "Center once the wait is over.",
    ),
    discretionary=False,
    filing="The Hawaii Criminal Justice Data Center (Department of the Attorney General).",
)

pardon = Remedy(
    id="hi-pardon",
    kind=RemedyKind.PARDON,
    title="Ask the governor for a pardon",
    citations=(HAW_CONST_V_5,),
    sources=(PARDON_PROCESS,),
    # The pardon power dates from the state constitution, in force at statehood.
    effective=date(1959, 8, 21),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(convicted(cite=HAW_CONST_V_5),),
    effect="A pardon forgives the crime and restores your civil rights. It does not erase the conviction.",
    limits=("Pardons are rare and the review takes a long time.",),
    next_steps=(
        "Fill in the pardon application addressed to the governor and file it with the Hawaii Paroling "
        "Authority, which reviews it with the Attorney General and the Department of Public Safety.",
    ),
    filing="The Hawaii Paroling Authority, for the governor.",
)

JURISDICTION = Jurisdiction(
    code="HI",
    name="Hawaii",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_of_prostitution_convictions,
        expungement_of_non_conviction_arrests,
        expungement_after_deferred_plea,
        pardon,
    ),
    legal_help=(
        # 2026-12-07: the Legal Aid Society of Hawaii and the Public Defender's link were not supported by a
        # source seen; replaced by the groups that run the free expungement clinics.
        LegalHelp(
            "ACLU of Hawaii",
            "https://acluhi.org",
            "Free expungement clinics with volunteer lawyers and a free webinar on expunging records",
        ),
        LegalHelp(
            "Hawaii State Judiciary",
            "https://www.courts.state.hi.us/news_and_reports/2025/02/waimanalo-expungement-and-bench-warrant-recall-clinic",
            "Free expungement and bench warrant clinics with the Public Defender and volunteer lawyers",
        ),
    ),
    where_to_file="Motions to vacate: the court that entered the conviction. Arrest expungements: the Hawaii "
    "Criminal Justice Data Center, Department of the Attorney General, Honolulu.",
)
