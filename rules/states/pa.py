"""Pennsylvania: vacatur for trafficking survivors, expungement, limited access and Clean Slate.

Pennsylvania lets a trafficking survivor ask the court, with the district attorney's consent, to
vacate and expunge convictions for prostitution and a few street offenses. Cases that did not end
in a conviction can be expunged, and are also hidden automatically. Old summary convictions can be
expunged. Misdemeanor convictions can be hidden from the public (limited access) by petition or
automatically under the Clean Slate law.

Reviewed 2026-11-25 against 18 Pa.C.S. § 3019(d)-(g) (Act 105 of 2014), § 5902 (grading of
prostitution), § 9122 (expungement), § 9122.1 (petition for limited access, as amended by Act 36
of 2023) and §§ 9122.2-9122.3 (Clean Slate, as amended by Act 36 of 2023, 7-year wait in force
from 11 June 2024). The lists of offenses excluded from limited access (§§ 9122.1(b), 9122.3) were
not seen in full text; we exclude promoting prostitution (§ 5902(b)) and open lewdness (§ 5901)
as we understand those lists, which never favours the person.

Reviewed 2026-12-06 against § 9122.1 (official text), § 9122.2 (Westlaw text with the June 2024
amendment), § 3019(d)-(g) as quoted verbatim by the CSE Institute, and § 9122(b)(3) through the CCRC
profile. What changed: the vacatur now reaches every § 5902 conviction (the statute names "5902"
whole, so promoting and patronizing are included, not only 5902(a)); the summary-conviction
expungement bars only an arrest or conviction in the five years after the conviction, not any later
conviction; the seven conviction-free years for limited access and Clean Slate now run from the
conviction (the statute's words) rather than from the end of each sentence; the degree of a
misdemeanor is read when given (prostitution is third degree for a first or second offense, § 5902(c)).
Not added: limited access for qualifying felonies after ten years (§ 9122.1(a.1)), whose list was not read.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    Condition,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    level_is,
    no_conviction_during_wait,
    no_conviction_within,
    no_pending_case,
    offense_in,
    offense_not_in,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 6)

PACS_3019_D = "18 Pa.C.S. § 3019(d)"
PACS_3019_G = "18 Pa.C.S. § 3019(g)"
PACS_9122_A = "18 Pa.C.S. § 9122(a)"
PACS_9122_B_3 = "18 Pa.C.S. § 9122(b)(3)"
PACS_9122_1_A = "18 Pa.C.S. § 9122.1(a)"
PACS_9122_1_B = "18 Pa.C.S. § 9122.1(b)"
PACS_9122_2_A_1 = "18 Pa.C.S. § 9122.2(a)(1)"
PACS_9122_2_A_2 = "18 Pa.C.S. § 9122.2(a)(2)"
PACS_9122_2_A_3 = "18 Pa.C.S. § 9122.2(a)(3)"
PACS_9122_3 = "18 Pa.C.S. § 9122.3"

CSE_INSTITUTE = Source(
    "New Pennsylvania law can help trafficking survivors seek justice (CSE Institute)",
    "https://cseinstitute.org/new-pennsylvania-law-can-help-trafficking-survivors-seek-justice",
)
LEGAL_INTELLIGENCER = Source(
    "Accessing opportunity for exploited youth (The Legal Intelligencer, 2019)",
    "https://law.com/thelegalintelligencer/2019/06/21/accessing-opportunity-for-exploited-youth",
)
CCRC = Source(
    "Pennsylvania: Restoration of Rights & Record Relief (Collateral Consequences Resource Center)",
    "https://ccresourcecenter.org/state-restoration-profiles/pennsylvania-restoration-of-rights-pardon-expungement-sealing",
)
LAW_9122_1 = Source(
    "18 Pa.C.S. § 9122.1, Petition for limited access (Pennsylvania General Assembly)",
    "https://www.legis.state.pa.us/WU01/LI/LI/CT/HTM/18/00.091.022.001..HTM",
)
LAW_9122_2 = Source(
    "18 Pa.C.S. § 9122.2, Clean slate limited access (Westlaw government site)",
    "https://govt.westlaw.com/pac/Document/N95A8E510AE7311EEBA4A8C9569A15992?viewType=FullText"
    "&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)",
)
LAW_CH_59 = Source(
    "18 Pa.C.S. Chapter 59, Public indecency (Pennsylvania General Assembly)",
    "http://www.legis.state.pa.us/WU01/LI/LI/CT/HTM/18/00.059..HTM",
)
PSU_GUIDE = Source(
    "Expungements, sealing, limited access orders and pardons (Penn State Student Legal Services)",
    "https://studentaffairs.psu.edu/involvement-student-life/student-services/legal-services/"
    "legal-information-students/expungement",
)

OFFENSES = (
    Offense(
        "pa-cs-5902a",
        "Prostitution",
        "18 Pa.C.S. § 5902(a)",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A third-degree misdemeanor for a first or second offense, second degree for a third, first "
        "degree for a fourth or later; a felony in one case.",
    ),
    Offense(
        "pa-cs-5902a2",
        "Loitering in a public place to be hired for sex",
        "18 Pa.C.S. § 5902(a)(2)",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.UNKNOWN,
        note="Part of the prostitution offense and graded the same way.",
    ),
    Offense(
        "pa-cs-5902b",
        "Promoting prostitution",
        "18 Pa.C.S. § 5902(b)",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A misdemeanor or a felony depending on the conduct.",
    ),
    Offense(
        "pa-cs-5902e",
        "Patronizing prostitutes",
        "18 Pa.C.S. § 5902(e)",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="Graded by the number of prior offenses.",
    ),
    Offense("pa-cs-5901", "Open lewdness", "18 Pa.C.S. § 5901", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense("pa-cs-3503", "Criminal trespass", "18 Pa.C.S. § 3503", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("pa-cs-5503", "Disorderly conduct", "18 Pa.C.S. § 5503", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense(
        "pa-cs-5506",
        "Loitering and prowling at night time",
        "18 Pa.C.S. § 5506",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "pa-cs-5507",
        "Obstructing highways and other public passages",
        "18 Pa.C.S. § 5507",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
    ),
    Offense(
        "pa-ps-780-113a16",
        "Simple possession of a controlled substance",
        "35 P.S. § 780-113(a)(16)",
        Category.OTHER,
        Level.MISDEMEANOR,
    ),
    Offense("pa-cs-3011", "Trafficking in individuals", "18 Pa.C.S. § 3011", Category.TRAFFICKING, Level.FELONY),
)

VACATUR_OFFENSES = (
    "pa-cs-5902a",
    "pa-cs-5902a2",
    "pa-cs-5902b",
    "pa-cs-5902e",
    "pa-cs-3503",
    "pa-cs-5503",
    "pa-cs-5506",
    "pa-cs-5507",
    "pa-ps-780-113a16",
)
# Offenses we read as excluded from limited access (§§ 9122.1(b), 9122.3).
NOT_SEALABLE = ("pa-cs-5902b", "pa-cs-5901", "pa-cs-3011")
NON_CONVICTIONS = (
    Disposition.DISMISSAL,
    Disposition.ACQUITTAL,
    Disposition.NO_CHARGES,
    Disposition.DIVERSION_COMPLETED,
)
# Offenses that are never higher than a second-degree misdemeanor when they are misdemeanors.
LOW_MISDEMEANORS = ("pa-cs-5506", "pa-cs-5503", "pa-cs-5507", "pa-ps-780-113a16")


LOW_GRADES = frozenset({Grade.MISDEMEANOR_SECOND_DEGREE, Grade.MISDEMEANOR_THIRD_DEGREE})


def _second_or_third_degree(context: ChargeContext) -> Finding:
    """Clean Slate seals only second- and third-degree misdemeanors (and misdemeanors with at most
    two years in prison). Custom because the offenses that are low-level whatever their grade are
    known by name, while prostitution's degree depends on the number of earlier offenses: it is a
    first-degree misdemeanor from the fourth offense on, so without a given grade it stays open."""
    charge = context.charge
    if charge.grade in LOW_GRADES:
        return met(msg("The conviction was a second- or third-degree misdemeanor."))
    if charge.level is Level.FELONY or charge.grade is not None:
        return not_met(msg("Automatic sealing of convictions covers only lower-level misdemeanors."))
    if charge.offense in LOW_MISDEMEANORS:
        return met(msg("This offense is a lower-level misdemeanor at most."))
    return unknown(
        msg(
            "Automatic sealing covers only second- or third-degree misdemeanors; the degree of this "
            "charge is not known. A fourth or later prostitution conviction is a first-degree misdemeanor."
        ),
        context.path(Fact.GRADE),
    )


# "Free for seven years from conviction for any offense punishable by imprisonment of one or more
# years": seven years from this conviction, with no misdemeanor or felony conviction in the seven
# years before (summary offenses carry less than a year and do not count).
def _seven_free_years(cite: str) -> tuple[Condition, ...]:
    return (
        waiting_period(years=7, since=Event.DISPOSITION, cite=cite),
        no_conviction_within(years=7, levels=(Level.FELONY, Level.MISDEMEANOR), cite=cite),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="pa-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution or street-offense conviction that resulted from trafficking",
    citations=(PACS_3019_D, PACS_3019_G),
    sources=(CSE_INSTITUTE, LEGAL_INTELLIGENCER),
    # Act 105 of 2014; only the year was confirmed, so we use 1 January 2014.
    effective=date(2014, 1, 1),
    reviewed=REVIEWED,
    reaches=charges_about(
        Category.PROSTITUTION,
        Category.LOITERING_FOR_PROSTITUTION,
        Category.SOLICITATION,
        Category.PROMOTING,
        Category.QUALITY_OF_LIFE,
        Category.OTHER,
    ),
    conditions=(
        convicted(cite=PACS_3019_D),
        offense_in(*VACATUR_OFFENSES, cite=PACS_3019_D),
        trafficking_nexus(cite=PACS_3019_D),
    ),
    effect="The court vacates the conviction, strikes the finding of guilt and orders the whole record "
    "expunged. Court debt left on the case goes away with it.",
    limits=(
        "The district attorney must agree to the motion before the court will consider it.",
        "It covers only offenses under 18 Pa.C.S. 5902 (prostitution and related offenses), criminal trespass, "
        "disorderly conduct, loitering at night, obstructing a public passage and simple drug possession.",
    ),
    next_steps=(
        "Write a motion to vacate under 18 Pa.C.S. 3019(d) and file it in the Court of Common Pleas "
        "of the county where you were convicted.",
        "Describe your evidence in detail and attach any papers that show you were trafficked. Papers "
        "from a government agency make the court presume the link, but none are required.",
        "Ask the district attorney's office to consent; a free lawyer below can do this for you.",
    ),
    legal_defect=True,
    filing="The Court of Common Pleas of the county where you were convicted.",
)

expungement_of_non_convictions = Remedy(
    id="pa-expungement-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest or charge that did not end in a conviction",
    citations=(PACS_9122_A,),
    sources=(PSU_GUIDE, CCRC),
    effective=date(1979, 1, 1),  # Criminal History Record Information Act; only the year is known.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(*NON_CONVICTIONS, cite=PACS_9122_A),),
    effect="The court orders the police, the courts and the state police to destroy the record of the "
    "arrest and charge.",
    next_steps=(
        "File a petition for expungement (Pa.R.Crim.P. 790 form) with the Clerk of Courts of the county "
        "where the case was; cases before a magisterial district judge use Rule 490.",
        "The district attorney can object; if so, the judge holds a hearing. Ask the clerk about the fee "
        "and about filing without paying if you cannot afford it.",
    ),
    filing="The Clerk of Courts of the county where the charge was filed.",
)

clean_slate_for_non_convictions = Remedy(
    id="pa-clean-slate-non-conviction",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of charges that did not end in a conviction",
    citations=(PACS_9122_2_A_2,),
    sources=(LAW_9122_2, CCRC),
    effective=date(2019, 6, 28),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(*NON_CONVICTIONS, cite=PACS_9122_2_A_2),),
    effect="The record is hidden from the public and most employers and landlords without a petition. "
    "Police and courts can still see it.",
    limits=("Sealing is not expungement: the record still exists. You can still ask for expungement.",),
    next_steps=(
        "Nothing to file. If the case still shows up, ask the Clerk of Courts or a lawyer below to have "
        "it sealed, or file for expungement.",
    ),
    discretionary=False,
)

expungement_of_summary_convictions = Remedy(
    id="pa-expungement-summary",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a summary conviction after five years",
    citations=(PACS_9122_B_3,),
    sources=(PSU_GUIDE, CCRC),
    effective=date(1979, 1, 1),  # Only the year of the original act is known.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PACS_9122_B_3),
        level_is(Level.VIOLATION, cite=PACS_9122_B_3),
        waiting_period(years=5, since=Event.DISPOSITION, cite=PACS_9122_B_3),
        # Five years free of arrest or prosecution after the conviction: a window, not a lifetime bar.
        no_conviction_during_wait(years=5, since=Event.DISPOSITION, cite=PACS_9122_B_3),
        no_pending_case(cite=PACS_9122_B_3),
    ),
    effect="The court orders the record of the summary conviction (the lowest level of offense) destroyed.",
    limits=("Any arrest or prosecution in the five years after the conviction rules this out.",),
    next_steps=(
        "File a petition for expungement (Pa.R.Crim.P. 490 for a magisterial district judge case, Rule "
        "790 in the Court of Common Pleas) with the court that handled the case.",
    ),
    filing="The magisterial district court or the Clerk of Courts where the case was decided.",
)

clean_slate_for_summary_convictions = Remedy(
    id="pa-clean-slate-summary",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of summary convictions after ten years",
    citations=(PACS_9122_2_A_3,),
    sources=(LAW_9122_2, CCRC),
    effective=date(2019, 6, 28),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PACS_9122_2_A_3),
        level_is(Level.VIOLATION, cite=PACS_9122_2_A_3),
        waiting_period(years=10, since=Event.DISPOSITION, cite=PACS_9122_2_A_3),
        sentence_completed(cite=PACS_9122_2_A_3),
    ),
    effect="A summary conviction is hidden from the public and most employers ten years after the "
    "judgment, without a petition.",
    limits=("All court-ordered restitution must be paid first.",),
    next_steps=("Nothing to file. If it still shows up, ask the court clerk or a lawyer below.",),
    discretionary=False,
)

clean_slate_for_misdemeanors = Remedy(
    id="pa-clean-slate-misdemeanor",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of lower-level misdemeanors after seven years",
    citations=(PACS_9122_2_A_1, PACS_9122_3),
    sources=(LAW_9122_2, CCRC),
    effective=date(2024, 6, 11),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PACS_9122_2_A_1),
        level_is(Level.MISDEMEANOR, cite=PACS_9122_2_A_1),
        custom(
            "second- or third-degree misdemeanor",
            requirement="The conviction was a misdemeanor of the second or third degree.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.GRADE),
            rule=_second_or_third_degree,
            cite=PACS_9122_2_A_1,
        ),
        offense_not_in(*NOT_SEALABLE, cite=PACS_9122_3),
        # § 9122.3(a)(2)(i): no felony conviction at any time, except a "qualifying" drug felony, which
        # the screening cannot tell apart; an automatic remedy is not promised where one is listed.
        convictions_at_most(felonies=0, cite=PACS_9122_3),
        *_seven_free_years(PACS_9122_2_A_1),
    ),
    effect="The conviction is hidden from the public and most employers and landlords without a "
    "petition. Police, courts and some licensing boards can still see it.",
    limits=(
        "All court-ordered restitution must be paid first.",
        "Promoting prostitution and open lewdness are not sealed this way.",
        "Not if you were ever convicted of a felony (other than some drug felonies), of two or more offenses "
        "punishable by more than two years, or of four or more offenses punishable by a year or more.",
    ),
    next_steps=(
        "Nothing to file. You can check your record on the state police's PATCH site; a lawyer below "
        "can help if an eligible case was missed.",
    ),
    discretionary=False,
)

limited_access_by_petition = Remedy(
    id="pa-limited-access-petition",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a misdemeanor conviction (limited access) after seven years",
    citations=(PACS_9122_1_A, PACS_9122_1_B),
    sources=(LAW_9122_1, CCRC),
    effective=date(2024, 2, 12),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PACS_9122_1_A),
        level_is(Level.MISDEMEANOR, cite=PACS_9122_1_A),
        offense_not_in(*NOT_SEALABLE, cite=PACS_9122_1_B),
        *_seven_free_years(PACS_9122_1_A),
    ),
    effect="The conviction is hidden from the public and most employers and landlords. Police, courts "
    "and some licensing boards can still see it.",
    limits=(
        "All court-ordered restitution must be paid first.",
        "Promoting prostitution and open lewdness cannot be sealed this way.",
    ),
    next_steps=(
        "File a Petition for Limited Access (Pa.R.Crim.P. 791 form) with the Clerk of Courts of the county "
        "where you were convicted. There is a filing fee; ask about filing without paying.",
        "The district attorney has 30 days to object; if so, the judge holds a hearing.",
    ),
    filing="The Court of Common Pleas of the county where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="PA",
    name="Pennsylvania",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_of_non_convictions,
        clean_slate_for_non_convictions,
        expungement_of_summary_convictions,
        clean_slate_for_summary_convictions,
        clean_slate_for_misdemeanors,
        limited_access_by_petition,
    ),
    legal_help=(
        LegalHelp(
            "Community Legal Services of Philadelphia",
            "https://clsphila.org",
            "Vacatur for trafficking survivors, expungement and sealing",
        ),
        LegalHelp("Philadelphia Lawyers for Social Equity", "https://www.plsephilly.org", "Expungement and sealing"),
    ),
    where_to_file="The Court of Common Pleas (Clerk of Courts) of the county where the case was, or the "
    "magisterial district court for summary cases.",
)
