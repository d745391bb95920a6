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
    no_conviction_during_wait,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

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
VACATUR_OFFENSES = frozenset({"hi-hrs-712-1200", "hi-hrs-712-1206", "hi-hrs-712-1207"})
PROSTITUTION_OFFENSE = "hi-hrs-712-1200"
LOITERING_OFFENSE = "hi-hrs-712-1206"
STREET_OFFENSE = "hi-hrs-712-1207"


def _vacatur_scope(context: ChargeContext) -> Finding:
    """§ 712-1209.6(1) names § 712-1200, § 712-1206(2) (loitering to commit prostitution, a violation;
    (3), loitering to advance it, is a petty misdemeanor) and § 712-1207(1)(a) or (2)(a) (offering or
    agreeing to sexual conduct for a fee; (b) is paying for it), and a lesser offense first charged as one."""
    charge = context.charge
    if charge.offense == LOITERING_OFFENSE:
        if charge.level is Level.VIOLATION:
            return met(msg("Loitering for the purpose of prostitution (a violation) is one of the listed offenses."))
        if charge.level is Level.MISDEMEANOR:
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
    if charge.offense == STREET_OFFENSE:
        return unknown(
            msg(
                "Offering or agreeing to sexual conduct for a fee in a designated area is covered; paying or "
                "offering to pay for it is not. Which one this was is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    if charge.offense is not None:
        named = charge.offense in VACATUR_OFFENSES
    else:
        same_category = {i for i, o in context.offenses.items() if o.category is charge.category}
        named = bool(same_category) and same_category <= VACATUR_OFFENSES
    if named:
        return met(msg("The conviction was for prostitution, loitering for prostitution or street solicitation."))
    return unknown(
        msg(
            "Other convictions are covered only if you were first charged with prostitution, loitering for "
            "prostitution or street solicitation and pleaded to or were found guilty of a lesser offense; the "
            "screener cannot tell whether that happened."
        ),
        context.path(Fact.OFFENSE),
    )


def _deferred_plea_wait(context: ChargeContext) -> Finding:
    """One year after discharge and dismissal; three years for a deferred prostitution plea (§ 712-1200(4)(c),
    four years until Act 176, L 2019).

    Custom because the length depends on the offense (prostitution or not), not on its level or
    grade, which the shared waits key on.
    """
    charge = context.charge
    if charge.offense is not None:
        prostitution: bool | None = charge.offense == PROSTITUTION_OFFENSE
    elif charge.category is Category.PROSTITUTION:
        prostitution = True
    else:
        prostitution = None if charge.category is Category.OTHER else False
    discharged = charge.disposition_date
    if discharged is None:
        return unknown(
            msg("The wait counts from the day the court discharged you and dismissed the charge, which is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    if prostitution is None:
        return unknown(
            msg("The wait is three years for a prostitution charge and one year otherwise; the charge is not known."),
            context.path(Fact.OFFENSE),
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
        # "not subsequently convicted of any offense under the penal code within three years after the
        # date of the original conviction": a conviction inside the window bars it.
        no_conviction_during_wait(years=3, since=Event.DISPOSITION, cite=HRS_712_1209_6_1),
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
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=HRS_831_3_2_A),
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
