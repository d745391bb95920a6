"""Maine: sealing of old prostitution convictions, sealing of Class E convictions, confidential
non-conviction records, and pardon.

Maine has no vacatur for trafficking survivors in force: L.D. 1805 (2025), which would have let
survivors move to reverse a conviction, passed both chambers but died without funding
(billtrack50.com/billdetail/1888447, status "Dead"); L.D. 1381 (2019) did not pass either.

Reviewed 2026-11-25 against 15 M.R.S. §§ 2261-2264 (P.L. 2021, c. 674, amended 2024),
15 M.R.S. § 2262-A (P.L. 2023, c. 409, L.D. 1436), 16 M.R.S. §§ 703(2) and 705 (Criminal
History Record Information Act, P.L. 2013, c. 267), the repeal of 17-A M.R.S. § 853-A (engaging in prostitution) in 2023,
and the Governor's Board on Executive Clemency guidelines (Me. Const. art. V, pt. 1, § 11).

Reviewed 2026-12-06 against the chaptered text of P.L. 2023, c. 409 (approved 10 July 2023, enacting
§ 2262-A), P.L. 2021, c. 674 (§§ 2261-2262), the 2023 text of § 2262 (LawServer copy) and the Maine
Judicial Branch sealing page (current rules in force 9 August 2024). The module matches the text:
no change to the rules. L.D. 1919 (2025, sealing of Class D convictions) died. Not asked: a
dismissal after a deferred disposition since the sentence also bars § 2262 sealing.

Reviewed 2026-12-06 for the shared vocabulary: both customs stay (Maine's classes A-E are not shared
grades; the bar reads the offense of other convictions); no rule changed.

Reviewed 2026-12-07 against the LawServer copy of § 2262 (as amended by P.L. 2023, c. 409), the chaptered
texts of P.L. 2021, c. 674 and P.L. 2023, c. 409, and the Maine Judicial Branch sealing page. Changed: a
conviction while the sentence for the conviction to be sealed was still running no longer bars Class E
sealing; § 2262(3)-(4) bar only convictions from the day the sentence was fully satisfied up to the order.
The words of § 2262(5) on pending charges again did not surface; the condition stays on the court's
summary.

Cross-check 2026-12-07 (worked examples built from the statute text): a later conviction no longer always
bars Class E sealing. § 2262(3) counts convictions since the sentence for the person's "most recent eligible
criminal conviction", so a later Class E conviction moves that point instead; a later conviction of unknown
class leaves the answer open, and a felony still bars.

Legal help checked 2026-12-07: Pine Tree Legal Assistance removed (its site says it cannot help with
criminal cases); Preble Street Anti-Trafficking Services confirmed, with its program page; added the Maine
Judicial Branch sealing page.

Reviewed 2026-12-07 (statute audit): read again § 2262(3) in the LawServer copy, § 2262-A in the chaptered P.L. 2023,
c. 409, and searched for survivor laws: L.D. 1805 (2025) is marked dead (billtrack50.com) and its fiscal note shows
the unfunded court and prosecutor positions; a 2014 bill (H.P. 1238, 126th Legislature) would have enacted 15 M.R.S.
§ 2161-B, letting a person whose crime was "a direct result of being a victim of a human trafficking offense" petition
for a pardon "immediately upon the imposition of the sentence", but no chaptered law or code copy of § 2161-B was found
(searched the Revisor's chapter 307 pages, which show §§ 2161 and 2163 only), so the pardon keeps the Board's five-year
guideline. Changed: § 2262(3) also bars a person who "has had a criminal charge dismissed as a result of a deferred
disposition" since the sentence for the most recent eligible conviction was fully satisfied; that was not asked. A
listed charge that ended in a completed deferred disposition after that day now rules Class E sealing out, one whose
program kind is not known (or whose date is not given) leaves it open, and a pretrial diversion with no plea does not
count.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    no_pending_case,
    offense_in,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

MRS_15_2261 = "15 M.R.S. § 2261(6)"
MRS_15_2262_2 = "15 M.R.S. § 2262(2)"
MRS_15_2262_3 = "15 M.R.S. § 2262(3)"
MRS_15_2262_5 = "15 M.R.S. § 2262(5)"
MRS_15_2262_A = "15 M.R.S. § 2262-A"
MRS_15_2262_A_2 = "15 M.R.S. § 2262-A(2)"
MRS_15_2262_A_3 = "15 M.R.S. § 2262-A(3)"
MRS_16_703_2 = "16 M.R.S. § 703(2)"
PARDON = "Me. Const. art. V, pt. 1, § 11"

COURTS_SEALING = Source(
    "Sealing Your Criminal Record (Maine Judicial Branch)", "https://courts.maine.gov/help/criminal/sealing.html"
)
PL_2021_674 = Source(
    "P.L. 2021, c. 674 (L.D. 1310), post-judgment motion to seal",
    "https://fastdemocracy.com/bill-summary/?billsummary_state=me&billsummary_id=MEB00009900&billsummary_session=130",
)
PL_2023_409 = Source(
    "P.L. 2023, c. 409 (L.D. 1436), remedies for survivors of commercial sexual exploitation",
    "https://fastdemocracy.com/bill-summary/?billsummary_id=MEB00012308&billsummary_session=131&billsummary_state=me",
)

OFFENSES = (
    Offense(
        "me-pl-853-a",
        "Engaging in prostitution",
        "17-A M.R.S. § 853-A (repealed)",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="A Class E crime; repealed in 2023, when selling sex stopped being a crime in Maine.",
        # The repealing act took effect with the other non-emergency laws of 2023 (90 days after adjournment).
        repealed=date(2023, 10, 25),
    ),
    Offense(
        "me-pl-853-b",
        "Engaging a person for prostitution",
        "17-A M.R.S. § 853-B",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
        note="Class E for a first offense, Class D with a prior conviction.",
    ),
    Offense(
        "me-pl-853",
        "Sex trafficking (promoting prostitution)",
        "17-A M.R.S. § 853",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="Class D, or Class C with two or more prior convictions.",
    ),
    Offense("me-pl-852", "Aggravated sex trafficking", "17-A M.R.S. § 852", Category.TRAFFICKING, Level.FELONY),
    Offense(
        "me-pl-854",
        "Indecent conduct",
        "17-A M.R.S. § 854",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="Usually Class E; higher with certain prior convictions.",
    ),
    Offense("me-pl-501-a", "Disorderly conduct", "17-A M.R.S. § 501-A", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense(
        "me-pl-402",
        "Criminal trespass",
        "17-A M.R.S. § 402",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
        note="Class E or Class D depending on the place.",
    ),
)

# Maine grades crimes by class, not by felony/misdemeanor; only the class decides § 2262.
CLASS_E = frozenset({"me-pl-853-a", "me-pl-501-a"})
CLASS_E_OR_HIGHER = frozenset({"me-pl-853-b", "me-pl-854", "me-pl-402"})
# Crimes that bar sealing under § 2262-A(3): §§ 852, 853, 853-B and 855.
BARRING_2262_A = frozenset({"me-pl-852", "me-pl-853", "me-pl-853-b"})
BARRING_CATEGORIES = frozenset({Category.PROMOTING, Category.SOLICITATION, Category.TRAFFICKING})


def _class_e_crime(context: ChargeContext) -> Finding:
    """§ 2261(6): only a current or former Class E crime outside chapter 11 can be sealed.

    Custom because Maine's crime classes (A to E) are not among the shared grades.
    """
    offense = context.charge.offense
    if offense in CLASS_E:
        return met(msg("The charge was a Class E crime, which this covers."))
    if offense is None or offense in CLASS_E_OR_HIGHER:
        return unknown(
            msg(
                "This covers only Class E crimes (the lowest class). Whether this charge was Class E "
                "is not known; your court papers show the class."
            ),
            context.path(Fact.OFFENSE),
        )
    if offense in context.offenses:
        return not_met(msg("This covers only Class E crimes; this charge is a higher class."))
    return unknown(
        msg("This covers only Class E crimes; the class of this charge is not known."), context.path(Fact.OFFENSE)
    )


def _no_barring_conviction(context: ChargeContext) -> Finding:
    """§ 2262-A(3): no conviction for sex trafficking, engaging a person for prostitution or § 855.

    Custom because the bar names particular offenses among the other convictions, which the shared
    record conditions (counts, windows) do not look at.
    """
    others = [(i, c) for i, c in enumerate(context.facts.charges) if i != context.index and c.is_conviction]
    if any(c.offense in BARRING_2262_A for _, c in others):
        return not_met(msg("You listed a conviction for sex trafficking or for paying for sex, which rules this out."))
    unsure = [Fact.OFFENSE.path(i) for i, c in others if c.offense is None and c.category in BARRING_CATEGORIES]
    if unsure:
        return unknown(
            msg(
                "A conviction for sex trafficking or for paying for sex rules this out; which law another "
                "listed conviction was under is not known."
            ),
            *unsure,
        )
    return met(
        msg(
            "None of the convictions you listed is for sex trafficking or for paying for sex. "
            "Convictions you did not list would count too."
        )
    )


def _deferred_dismissals_since(context: ChargeContext, start: date) -> Finding | None:
    """§ 2262(3) also bars a person who "has had a criminal charge dismissed as a result of a deferred disposition"
    since the sentence for the most recent eligible conviction was fully satisfied. A listed charge that ended in a
    completed deferred disposition after that day bars; one of unknown kind, or with no date, leaves it open."""
    for i, c in enumerate(context.facts.charges):
        if i == context.index or c.disposition is not Disposition.DIVERSION_COMPLETED:
            continue
        if c.diversion_kind is DiversionKind.PRETRIAL:
            continue
        if c.disposition_date is None:
            return unknown(
                msg(
                    "A charge dismissed after a deferred disposition since this sentence ended rules this out; the "
                    "date another listed case ended is not known."
                ),
                Fact.DISPOSITION_DATE.path(i),
            )
        if c.disposition_date <= start:
            continue
        if c.diversion_kind is DiversionKind.DEFERRED_ADJUDICATION:
            return not_met(msg("You listed a charge dismissed after a deferred disposition since this sentence ended."))
        return unknown(
            msg(
                "A charge dismissed after a deferred disposition since this sentence ended rules this out; whether "
                "a program you listed was a deferred disposition is not known."
            ),
            Fact.DIVERSION_KIND.path(i),
        )
    return None


def _no_conviction_since_sentence(context: ChargeContext) -> Finding:
    """§ 2262(3)-(4): no conviction "since the time at which the person fully satisfied each of the
    sentencing alternatives ... for the person's most recent eligible criminal conviction up until the
    time of the order", in Maine or elsewhere. A later conviction that is itself an eligible (Class E)
    conviction therefore moves the starting point to the end of its sentence rather than barring sealing;
    a later conviction whose class is not known leaves the answer open. A charge dismissed after a deferred
    disposition in that time bars it too (§ 2262(3))."""
    others = context.convictions.besides(context.index)
    ended = context.charge.sentence_completed_date
    if ended is None:
        deferred = [
            i
            for i, c in enumerate(context.facts.charges)
            if i != context.index
            and c.disposition is Disposition.DIVERSION_COMPLETED
            and c.diversion_kind is not DiversionKind.PRETRIAL
        ]
        if not others and not deferred:
            return met(msg("You listed no other conviction. Convictions you did not list would count too."))
        return unknown(
            msg("No conviction may follow the end of this sentence; the date the sentence ended is not known."),
            context.path(Fact.SENTENCE_COMPLETED_DATE),
        )
    undated = [p.path("date") for p in others if p.day is None]
    if undated:
        return unknown(
            msg(
                "No conviction may follow the end of this sentence; the date of another listed conviction is not known."
            ),
            *undated,
        )
    charges = context.facts.charges
    later_ones = [p for p in others if p.day is not None and p.day > ended]
    eligible = [p for p in later_ones if p.index is not None and charges[p.index].offense in CLASS_E]
    # The most recent eligible conviction and the end of its sentence.
    start = ended
    for p in eligible:
        if p.sentence_end is None:
            return unknown(
                msg(
                    "A later Class E conviction you listed moves the test to the end of its sentence, which is "
                    "not known."
                ),
                p.path("sentence_completed_date"),
            )
        start = max(start, p.sentence_end)
    after = [p for p in later_ones if p not in eligible and p.day is not None and p.day > start]
    barring = [
        p
        for p in after
        if p.level is Level.FELONY or (p.index is not None and charges[p.index].offense in context.offenses)
    ]
    if barring:
        return not_met(msg("You listed a conviction after this sentence ended, which rules this out."))
    dismissed = _deferred_dismissals_since(context, start)
    if dismissed is not None:
        return dismissed
    unclear = [p for p in after if p not in barring]
    if unclear:
        return unknown(
            msg(
                "A later conviction rules this out unless it was itself a Class E conviction that can be sealed; "
                "its class is not known."
            ),
            *(p.path("offense") if p.index is not None else Fact.OTHER_CONVICTIONS.value for p in unclear),
        )
    if not later_ones:
        return met(msg("None of the convictions you listed came after this sentence ended."))
    return met(
        msg(
            "Your later convictions are Class E convictions that can be sealed too, and none came after the "
            "sentence for the most recent one ended."
        )
    )


sealing_of_prostitution_convictions = Remedy(
    id="me-sealing-2262-a",
    kind=RemedyKind.SEALING,
    title="Seal an old conviction for engaging in prostitution",
    citations=(MRS_15_2262_A,),
    sources=(PL_2023_409, COURTS_SEALING),
    # P.L. 2023, c. 409 took effect 90 days after the 2023 session adjourned.
    effective=date(2023, 10, 25),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=MRS_15_2262_A),
        offense_in("me-pl-853-a", cite=MRS_15_2262_A),
        waiting_period(years=1, since=Event.SENTENCE_COMPLETED, cite=MRS_15_2262_A_2),
        # Custom: the bar names offenses among other convictions, which record conditions do not read.
        custom(
            "no trafficking or buying conviction",
            requirement="You have no conviction for sex trafficking, aggravated sex trafficking, engaging a "
            "person for prostitution or commercial sexual exploitation of a minor.",
            reads=(Fact.OFFENSE, Fact.DISPOSITION),
            rule=_no_barring_conviction,
            cite=MRS_15_2262_A_3,
        ),
    ),
    effect="The court must seal the record of the conviction. Most employers, landlords and the public "
    "can no longer see it, and you may say you were not convicted.",
    limits=("Police, prosecutors and courts can still see a sealed record.",),
    next_steps=(
        "File a written motion to seal in the criminal case where you were convicted. Say briefly how you "
        "meet each requirement of 15 M.R.S. § 2262-A.",
        "The Maine courts' sealing page has the motion form. There is no filing fee set by the statute.",
    ),
    discretionary=False,
    filing="The court that handled the conviction (the Unified Criminal Docket).",
)

sealing_of_class_e_convictions = Remedy(
    id="me-sealing-2262",
    kind=RemedyKind.SEALING,
    title="Seal a Class E conviction after four years",
    citations=(MRS_15_2261, MRS_15_2262_2),
    sources=(COURTS_SEALING, PL_2021_674),
    # Current form (no age limit) since 9 August 2024.
    effective=date(2024, 8, 9),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=MRS_15_2261),
        # Custom: Maine's crime classes (A to E) are not among the shared grades.
        custom(
            "Class E crime",
            requirement="The conviction was for a Class E crime, not a sexual assault crime.",
            reads=(Fact.OFFENSE,),
            rule=_class_e_crime,
            cite=MRS_15_2261,
        ),
        waiting_period(years=4, since=Event.SENTENCE_COMPLETED, cite=MRS_15_2262_2),
        # Custom: § 2262(3)-(4) bar a conviction from the day the sentence was fully satisfied up to the
        # order; a conviction before that day (while the sentence ran) does not. The shared later-conviction
        # bar counts from the conviction itself.
        custom(
            "no conviction since the sentence ended",
            requirement="No new conviction, and no charge dismissed after a deferred disposition, since you finished "
            "the sentence for this one.",
            reads=(
                Fact.SENTENCE_COMPLETED_DATE,
                Fact.OTHER_CONVICTIONS,
                Fact.DISPOSITION,
                Fact.DISPOSITION_DATE,
                Fact.DIVERSION_KIND,
            ),
            rule=_no_conviction_since_sentence,
            cite=MRS_15_2262_3,
        ),
        no_pending_case(cite=MRS_15_2262_5),
    ),
    effect="The record of the conviction is sealed from the public. You may say you were not convicted "
    "when anyone other than a criminal justice agency asks.",
    limits=(
        "Police, prosecutors and courts can still see it.",
        "A new conviction later can undo the sealing.",
    ),
    next_steps=(
        "File a motion to seal in the criminal case, using the form on the Maine courts' sealing page.",
        "The prosecutor is told and may object; the judge decides whether you meet each requirement.",
    ),
    discretionary=False,
    filing="The court that handled the conviction (the Unified Criminal Docket).",
)

confidential_non_conviction_records = Remedy(
    id="me-confidential-non-conviction",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Records of cases that did not end in a conviction are kept confidential",
    citations=(MRS_16_703_2,),
    sources=(
        Source(
            "P.L. 2013, c. 267, Criminal History Record Information Act (Maine Legislature)",
            "https://mainelegislature.org/legis/bills/bills_126th/chapters/PUBLIC267.asp",
        ),
        Source(
            "Maine non-conviction records (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/me-nc-1/",
        ),
    ),
    # P.L. 2013, c. 267 took effect with the 2013 non-emergency laws (9 October 2013).
    effective=date(2013, 10, 9),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=MRS_16_703_2,
        ),
    ),
    effect="Police and state records of the arrest or charge are confidential. State agencies may share "
    "them only with criminal justice agencies.",
    limits=(
        "Court files of public hearings are governed by court rules, so some court records can still be seen.",
        "Maine has no way to destroy these records.",
    ),
    next_steps=(
        "Nothing to file. If a dismissed case shows up on a state background check, ask the State Bureau "
        "of Identification or a lawyer below to correct it.",
    ),
    discretionary=False,
)

pardon = Remedy(
    id="me-pardon",
    kind=RemedyKind.PARDON,
    title="Governor's pardon",
    citations=(PARDON,),
    sources=(
        Source("Pardon Board (Maine Department of Corrections)", "https://www1.maine.gov/corrections/node/18/"),
        Source(
            "Maine pardon (Collateral Consequences Resource Center)",
            "https://ccresourcecenter.org/text-blocks/maine-pardon",
        ),
    ),
    # The governor's pardon power dates from the 1820 Constitution.
    effective=date(1820, 3, 15),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=PARDON),
        # Board guideline: a petition is heard five years after the whole sentence is done.
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=PARDON),
    ),
    effect="A full pardon forgives the crime. The record is then treated like a case with no conviction "
    "and is kept from the public.",
    limits=("Pardons are rare, and the governor decides freely.",),
    next_steps=(
        "Fill in the State of Maine Petition for Executive Clemency from the Department of Corrections "
        "and attach certified court papers for each conviction.",
        "Have the petition notarized and send it to the Department of Corrections; you must also notify "
        "the prosecutor and publish a notice before any hearing.",
    ),
    filing="The Governor's Board on Executive Clemency, through the Department of Corrections.",
)

JURISDICTION = Jurisdiction(
    code="ME",
    name="Maine",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        sealing_of_prostitution_convictions,
        sealing_of_class_e_convictions,
        confidential_non_conviction_records,
        pardon,
    ),
    legal_help=(
        # 2026-12-07: Pine Tree Legal Assistance removed; its own site says it cannot help with criminal cases.
        LegalHelp(
            "Maine Judicial Branch",
            "https://courts.maine.gov/help/criminal/sealing.html",
            "Court information and forms for a motion to seal a conviction",
        ),
        LegalHelp(
            "Preble Street Anti-Trafficking Services",
            "https://www.preblestreet.org/what-we-do/anti-trafficking-services/",
            "Case management and legal referrals for trafficking survivors in Maine",
        ),
    ),
    where_to_file="The court that handled the case (the Unified Criminal Docket in the county).",
    notes=("Since 2023, selling sex is no longer a crime in Maine; paying for sex still is.",),
)
