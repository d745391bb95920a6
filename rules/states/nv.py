"""Nevada: vacatur and sealing for trafficking survivors, and record sealing by petition.

Prostitution is licensed in brothels in some rural counties (NRS 244.345); the offenses
below are those committed outside a licensed brothel, which are crimes everywhere.
Reviewed 2026-11-25 against NRS 179.247 (vacating judgment for trafficking victims),
179.245 (sealing of convictions, waits as revised in 2017), 179.255 (sealing after dismissal,
declined prosecution or acquittal) and 201.300, 201.320 and 201.354. AB 488 (2025), which
would widen NRS 179.247 to any crime, was seen only as a bill draft and is not encoded.

Reviewed 2026-12-06 against NRS 179.247 and 179.255 (statute text copies), NRS 179.245(1) (paragraph (a)
text; (b)-(d) as quoted by a law office), NRS 201.354 and NRS 176A.295: sealing under NRS 179.245 now
checks for a conviction during the waiting period (subsection 5), and a completed diversion (which ends in
dismissal) now reaches sealing under NRS 179.255(1)(a). Still open: whether NRS 179.247(3) ("must satisfy
the requirements of NRS 179.245") imports the sealing waits into the vacatur; the vacatur's start date
(1 January 2025 is a placeholder; the section is older); AB 488 (2025) was not found enacted.

Second review 2026-12-06: sealing a declined arrest (NRS 179.255(1)(b)) now follows the time to prosecute
(NRS 171.085, 171.090, from a secondary summary): 1 year for a plain misdemeanor (was 2), 2 for a misdemeanor
that may be gross, 3 for pandering and living from a prostitute's earnings (was 8), and the 8-year outer
limit for any other felony.

Reviewed 2026-12-07 for the conditions still below statute text, the legal-help list and this note. NRS
179.245(1)(b)-(d) and (5) were searched again ("NRS 179.245 person convicted may petition to seal records after
... category E felony ... misdemeanor", "NRS 179.245 subsection 5 ... minor moving or standing traffic violations
... in the period prescribed in subsection 1"): the LawServer copy is stored only through the opening of (1)(b)
("a category B, C or D felony after 5 years from"), so (c), (d) and (5) still rest on a law office's quotation
and RecordClearing's summary, which agree with the module. No rule changed. Legal help: the two links are now
the ones seen in public legal-aid directories (https://www.lacsn.org/, https://nlslaw.net/); that they take
record-sealing cases was not confirmed in a source, so the Clark County entry no longer says so.

Cross-checked 2026-12-07 with 10 new worked examples built from the words of NRS 179.247, 179.245(1)(b)-(d), (5) and
179.255 in the evidence. Changed (NRS 179.245): a grade given now sets the wait (category E felony and gross
misdemeanor 2 years, category B-D felony 5, another misdemeanor grade 1); pandering and living from a prostitute's
earnings keep 5; where the class is not known and only the shorter wait (or window) is over, the answer is left open
asking the grade, instead of being dated by the longer wait as if certain.

Reviewed 2026-12-07 (statute audit): read NRS 179.245(1) as far as LawServer stores it (the opening and
paragraphs (a) and (b)), NRS 179.247 and 179.255 (instalawyer), NRS 201.354 (law-office copy), NRS 176A.295
(nevada.public.law), Aragon v. State (Nev. 2020) on the sealing bar for sexual offenses, the digests of A.B. 160
(2023, automatic sealing from 2027) and A.B. 488 (2025), and the 2023 and 2025 Statutes of Nevada indexes. What
changed (NRS 179.245 only):
- (1)(a) "A category A felony, a crime of violence or residential burglary ... after 10 years": a category A
  felony had been given 2 to 5 years. It now waits 10. Paragraph (b) gives way to (a) and (c) does not, so a
  category E felony keeps its 2 years; a charge of the "other" kind with category B, C or D (or none) may be a crime
  of violence, and an "other" misdemeanor may be a misdemeanor DUI or domestic battery (7 years under (e)), so the
  answer is left open, asking the offense, wherever the dates disagree.
- (6) bars sexual offenses. A gross misdemeanor open or gross lewdness is sealable (Aragon), but a felony lewdness
  or indecent exposure conviction may be on the barred list, which was not read: it is left open instead of
  sealable after 5 years.
Still open: whether NRS 179.247(3) imports the 179.245 waits into the vacatur; whether A.B. 488 (2025) and A.B. 160
(2023) became law (neither was found in the Statutes of Nevada read; A.B. 160 was among the bills of a session with
many vetoes); NRS 201.354's own sealing route, named in 179.245(1)'s opening, whose text was not read; subsections
(e)-(g) and (5) of NRS 179.245 still rest on a law office's quotation and summaries.

Reviewed 2026-12-07 (statute-text hunt): looked again for the words of NRS 179.245(1)(b)-(g), (5) and (6), NRS
171.085 and 171.090, in stored copies of the code, in amending acts (2017 A.B. 327; 2019 A.B. 192 and A.B. 236) and in
the saint1415/us-statutes data branch, whose chapter 179 and 171 files hold section headings only (the heading of NRS
179.245 now adds "waiver of fees for certain victims of sex trafficking"). No fuller text was found, so no rule
changed and those conditions still rest on a law office's quotation and summaries. A repository's screening notes
(not citable) give a 2-year wait for misdemeanor battery, harassment, stalking or violating a protective order and 7
years for non-felony Medicaid fraud; an "other" misdemeanor is already left open between 1 and 7 years, and the
misdemeanors named in this module are none of those. Eight worked cases were added from the words of NRS 179.245(1)(b)
-(d), 179.247(2) and 179.255(1). Still open: as in the review above, plus NRS 176A.265 (sealing after a treatment
program), read only in a 2006 copy and not encoded.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    WaitingPeriod,
    convicted,
    custom,
    disposition_is,
    no_pending_case,
    trafficking_nexus,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, Truth, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.record import ConvictionFreeWindow
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

NRS_179_247_2 = "Nev. Rev. Stat. § 179.247(2)"
NRS_179_247_4 = "Nev. Rev. Stat. § 179.247(4)"
NRS_179_245_1 = "Nev. Rev. Stat. § 179.245(1)"
NRS_179_245_5 = "Nev. Rev. Stat. § 179.245(5)"
NRS_179_245_6 = "Nev. Rev. Stat. § 179.245(6)"
NRS_179_255_1 = "Nev. Rev. Stat. § 179.255(1)"

SEALING_SOURCES = (
    Source(
        "Nev. Rev. Stat. § 179.245 (LawServer)",
        "https://www.lawserver.com/law/state/nevada/nrs/nevada_revised_statutes_179-245",
    ),
    Source(
        "Nevada: Adult Convictions, category E felonies (Clean Slate Clearinghouse)",
        "http://www.nationalreentryresourcecenter.org/cleanslate/states/nevada/policies/nv-c-6",
    ),
)

OFFENSES = (
    Offense(
        "nv-nrs-201.354",
        "Engaging in prostitution or solicitation for prostitution (outside a licensed brothel)",
        "Nev. Rev. Stat. § 201.354",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "nv-nrs-201.354-customer",
        "Soliciting a prostitute as a customer",
        "Nev. Rev. Stat. § 201.354",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor, with higher penalties in some places and for repeat offenses.",
    ),
    Offense(
        "nv-ordinance-loitering-prostitution",
        "Loitering for the purpose of solicitation or prostitution",
        "County, city or town ordinance (named in Nev. Rev. Stat. § 179.247(2)(c))",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense("nv-nrs-201.300-1", "Pandering", "Nev. Rev. Stat. § 201.300(1)", Category.PROMOTING, Level.FELONY),
    Offense(
        "nv-nrs-201.320",
        "Living from the earnings of a prostitute",
        "Nev. Rev. Stat. § 201.320",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "nv-nrs-201.210",
        "Open or gross lewdness",
        "Nev. Rev. Stat. § 201.210",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="A gross misdemeanor the first time; a felony for a repeat offense.",
    ),
    Offense(
        "nv-nrs-201.220",
        "Indecent or obscene exposure",
        "Nev. Rev. Stat. § 201.220",
        Category.LEWDNESS,
        Level.UNKNOWN,
    ),
    Offense(
        "nv-nrs-207.200", "Unlawful trespass", "Nev. Rev. Stat. § 207.200", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
    Offense(
        "nv-nrs-203.010",
        "Breach of the peace",
        "Nev. Rev. Stat. § 203.010",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense("nv-nrs-201.300-2", "Sex trafficking", "Nev. Rev. Stat. § 201.300(2)", Category.TRAFFICKING, Level.FELONY),
)

# Plain misdemeanors: sealable one year after the case closes. Any other misdemeanor may be a
# gross misdemeanor (two years), which the screener cannot tell apart.
PLAIN_MISDEMEANORS = frozenset(
    {"nv-nrs-201.354", "nv-ordinance-loitering-prostitution", "nv-nrs-207.200", "nv-nrs-203.010"}
)


def _not_a_crime_of_violence(context: ChargeContext) -> Finding:
    """§ 179.247(2)(b) reaches any crime other than a crime of violence. Every category we
    screen is nonviolent except "other", which may not be."""
    if context.charge.category is Category.OTHER:
        return unknown(
            msg("This does not cover crimes of violence; which offense this was is not known."),
            context.path(Fact.OFFENSE),
        )
    return met(msg("The offense was not a crime of violence."))


vacatur_for_trafficking_survivors = Remedy(
    id="nv-vacatur-179-247",
    kind=RemedyKind.VACATUR,
    title="Vacate and seal a conviction that resulted from trafficking",
    citations=(NRS_179_247_4, NRS_179_247_2),
    sources=(
        Source(
            "Nev. Rev. Stat. § 179.247, vacating judgment",
            "https://instalawyer.io/laws/nevada-revised-statutes/chapter-179-special-proceedings-nrs-179247-vacating-judgment",
        ),
        Source(
            "A.B. 488 (2025), digest describing existing NRS 179.247",
            "https://app.legiplex.com/nv/legislature/2025/2025-r/bills/ab488/drafts-latest",
        ),
    ),
    # In force in this form by 2025 (AB 488's digest calls it existing law); the year it reached
    # all nonviolent crimes is not verified here, so 1 January 2025 is used.
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=NRS_179_247_4),
        trafficking_nexus(cite=NRS_179_247_4),
        # Custom: no list of violent crimes here; only an unnamed 'other' charge may be one, so it stays open.
        custom(
            "not a crime of violence",
            requirement="The offense was prostitution or solicitation, loitering for prostitution, or another "
            "crime that is not a crime of violence.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_not_a_crime_of_violence,
            cite=NRS_179_247_2,
        ),
    ),
    effect="The court vacates the conviction and seals all records of the case, so it is treated as if "
    "it never happened.",
    limits=(
        "File with due diligence once you are out of the trafficking situation or have sought help.",
        "A prostitution conviction as a customer is covered only as a nonviolent crime, not under the "
        "prostitution clause.",
    ),
    next_steps=(
        "File a petition to vacate the judgment and seal the records in the court that convicted you, or "
        "in the district court if you have cases in more than one court.",
        "Attach your verified record from the Central Repository for Nevada Records of Criminal History.",
        "The prosecutor is told and may respond; the court may hold a hearing.",
    ),
    legal_defect=True,
    filing="The court that convicted you, or the district court for cases in several courts.",
)


# Named felonies of category B, C or D (pandering and living from a prostitute's earnings: 5 years).
CATEGORY_B_TO_D_FELONIES = frozenset({"nv-nrs-201.300-1", "nv-nrs-201.320"})


def _sealing_years(context: ChargeContext) -> tuple[int, int] | None:
    """§ 179.245(1): 10 years for a category A felony or a crime of violence, 5 for a category B, C or D felony,
    2 for a category E felony or a gross misdemeanor, 7 for a misdemeanor DUI or domestic-violence battery, 1 for
    any other misdemeanor. Returned as the shortest and longest wait the charge can have: a misdemeanor not known
    to be plain (and with no grade given) may wait 1 or 2 years, a felony of unknown category 2 or 5. A charge of
    the "other" kind may be a crime of violence (10 years; paragraph (b) gives way to (a), paragraph (c) does not)
    or a DUI or domestic battery (7), so its longest wait is those. None when the level is not known."""
    charge = context.charge
    if charge.level is Level.UNKNOWN:
        return None
    other = charge.category is Category.OTHER
    if charge.level is Level.FELONY:
        if charge.grade is Grade.FELONY_CLASS_A:
            return 10, 10
        if charge.grade is Grade.FELONY_CLASS_E:
            # (c) "A category E felony after 2 years", with no exception for paragraph (a), unlike (b).
            return 2, 2
        b_to_d = (Grade.FELONY_CLASS_B, Grade.FELONY_CLASS_C, Grade.FELONY_CLASS_D)
        if charge.grade in b_to_d or charge.offense in CATEGORY_B_TO_D_FELONIES:
            shortest, longest = 5, 5
        else:
            shortest, longest = 2, 5
        return (shortest, 10) if other else (shortest, longest)
    if charge.offense in PLAIN_MISDEMEANORS or charge.level is Level.VIOLATION:
        return 1, 1
    if charge.grade is Grade.GROSS_MISDEMEANOR:
        return 2, 2
    if charge.grade is not None:
        return (1, 7) if other else (1, 1)
    return (1, 7) if other else (1, 2)


def _level_unknown(context: ChargeContext) -> Finding:
    return unknown(
        msg("The wait depends on whether the charge was a misdemeanor or a felony, which is not known."),
        context.path(Fact.LEVEL),
    )


CLASS_DECIDES = msg(
    "The wait depends on the class of the offense (a gross misdemeanor or category E felony waits 2 years, a "
    "misdemeanor 1, a category B, C or D felony 5), which is not known."
)
OFFENSE_DECIDES = msg(
    "The wait depends on the offense: a category A felony or a crime of violence waits 10 years, a misdemeanor "
    "DUI or domestic-violence battery 7. Which offense this was is not known."
)


def _either_way(context: ChargeContext, shortest: Finding, longest: Finding) -> Finding:
    """The longer wait's answer when both lengths agree; otherwise the class (or, for a charge of the "other"
    kind, the offense) decides."""
    if shortest.truth is longest.truth:
        return longest
    if context.charge.category is Category.OTHER:
        return unknown(OFFENSE_DECIDES, context.path(Fact.OFFENSE))
    return unknown(CLASS_DECIDES, context.path(Fact.GRADE))


def _sealing_wait(context: ChargeContext) -> Finding:
    """The wait of § 179.245(1), counted from release or discharge, whichever is later. Where the class is
    not known and only the shorter wait is over, the answer is left open (cross-check of 2026-12-07: the
    longer wait had been given as certain)."""
    years = _sealing_years(context)
    if years is None:
        return _level_unknown(context)
    shortest, longest = (
        WaitingPeriod(cite=NRS_179_245_1, since=Event.SENTENCE_COMPLETED, years=y).evaluate(context) for y in years
    )
    if longest.truth is Truth.LATER and shortest.truth is Truth.LATER:
        return longest
    return _either_way(context, shortest, longest)


def _no_conviction_during_sealing_wait(context: ChargeContext) -> Finding:
    """§ 179.245(5): no conviction (other than minor traffic) "in the period prescribed in
    subsection 1". The shared no_conviction_during_wait condition takes one length; here the
    length depends on the class of offense, so it is chosen per charge and the shared check run."""
    years = _sealing_years(context)
    if years is None:
        return _level_unknown(context)
    shortest, longest = (
        ConvictionFreeWindow(cite=NRS_179_245_5, years=y, since=Event.SENTENCE_COMPLETED).evaluate(context)
        for y in years
    )
    return _either_way(context, shortest, longest)


LEWDNESS_OFFENSES = frozenset({"nv-nrs-201.210", "nv-nrs-201.220"})


def _not_a_felony_sexual_offense(context: ChargeContext) -> Finding:
    """§ 179.245(6): no sealing of a "sexual offense". Open or gross lewdness and indecent exposure are sexual
    offenses for sex-offender registration (NRS 179D.097), but the Nevada Supreme Court held a gross misdemeanor
    open or gross lewdness sealable (Aragon v. State, 2020), since the list that bars sealing did not name it.
    Whether the felony forms are on that list was not read in the statute, so a felony lewdness or exposure
    conviction is left open."""
    charge = context.charge
    lewd = charge.category is Category.LEWDNESS or charge.offense in LEWDNESS_OFFENSES
    if lewd and charge.level is Level.FELONY:
        return unknown(
            msg(
                "A felony conviction for open or gross lewdness or indecent exposure may count as a sexual offense, "
                "which cannot be sealed; ask a lawyer whether yours does."
            ),
            context.path(Fact.OFFENSE),
        )
    return met(msg("The conviction is not a felony lewdness or exposure offense, which may be barred."))


sealing_of_convictions = Remedy(
    id="nv-sealing-179-245",
    kind=RemedyKind.SEALING,
    title="Ask a court to seal a conviction",
    citations=(NRS_179_245_1,),
    sources=SEALING_SOURCES,
    # The current waiting periods came with AB 327 (2017), in force 1 July 2017.
    effective=date(2017, 7, 1),
    reviewed=REVIEWED,
    # Sexual offenses, including sex trafficking, cannot be sealed (§ 179.245(6)).
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=NRS_179_245_1),
        # Custom: the class follows the named offense (a misdemeanor not known to be plain counts as gross).
        custom(
            "waiting period by class of offense",
            requirement="Enough time has passed since you were released or discharged: 1 year for a "
            "misdemeanor, 2 for a gross misdemeanor or category E felony, 5 for a category B, C or D felony, 7 for "
            "a misdemeanor DUI or domestic-violence battery, and 10 for a category A felony or a crime of violence.",
            reads=(Fact.LEVEL, Fact.OFFENSE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_sealing_wait,
            cite=NRS_179_245_1,
        ),
        # Custom: its length follows the offense-based class of the wait above, which grade tables do not read.
        custom(
            "no conviction during the wait",
            requirement="You were not convicted of anything (other than a minor traffic violation) during the wait.",
            reads=(
                Fact.LEVEL,
                Fact.OFFENSE,
                Fact.SENTENCE_COMPLETED_DATE,
                Fact.DISPOSITION_DATE,
                Fact.OTHER_CONVICTIONS,
            ),
            rule=_no_conviction_during_sealing_wait,
            cite=NRS_179_245_5,
        ),
        no_pending_case(cite=NRS_179_245_5),
        # Custom: § 179.245(6) bars sexual offenses; felony lewdness or exposure stays open (see the rule).
        custom(
            "not a felony sexual offense",
            requirement="The conviction is not one the law bars from sealing, such as a sexual offense.",
            reads=(Fact.CATEGORY, Fact.OFFENSE, Fact.LEVEL),
            rule=_not_a_felony_sexual_offense,
            cite=NRS_179_245_6,
        ),
    ),
    effect="The records are sealed and the case is treated as never having happened. You can answer "
    "questions as if it did not occur, with some exceptions (for example some licensing boards).",
    limits=(
        "Crimes against children, sexual offenses and some DUI offenses cannot be sealed.",
        "A category E felony waits only 2 years, a category B, C or D felony 5; if the category is not known, "
        "the answer stays open between those dates.",
    ),
    next_steps=(
        "Get your verified criminal history from the Central Repository for Nevada Records of Criminal "
        "History, then file a petition to seal in the court that convicted you.",
        "The law presumes sealing should be granted if you meet the requirements, unless you were "
        "dishonorably discharged from probation.",
    ),
    filing="The court that convicted you, or the district court for cases in several courts.",
)

sealing_after_dismissal = Remedy(
    id="nv-sealing-179-255",
    kind=RemedyKind.SEALING,
    title="Seal the record of a dismissed case, a completed diversion or an acquittal",
    citations=(NRS_179_255_1,),
    sources=(
        Source(
            "Nev. Rev. Stat. § 179.255, sealing after dismissal, decline of prosecution or acquittal",
            "https://instalawyer.io/laws/nevada-revised-statutes/chapter-179-special-proceedings-nrs-179255-sealing-of",
        ),
    ),
    effective=date(2017, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A completed preprosecution diversion (NRS 174.032, offered to people charged under NRS 201.354)
        # or deferral of judgment (NRS 176.211) ends in dismissal, which § 179.255(1)(a) lets the person
        # seal "at any time after the date the charges were dismissed".
        disposition_is(
            Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.DIVERSION_COMPLETED, cite=NRS_179_255_1
        ),
    ),
    effect="The court seals all records of the arrest and the case.",
    next_steps=(
        "File a petition to seal in the court that dismissed the case or acquitted you, with your verified "
        "criminal history from the Central Repository. You can file any time after the case ends.",
    ),
    filing="The court where the charges were dismissed or you were acquitted.",
)

# Felonies named in this module that carry the general 3-year limitation of NRS 171.085 (pandering
# and living from the earnings of a prostitute; sex trafficking, which has its own rule, is excluded).
THREE_YEAR_FELONIES = frozenset({"nv-nrs-201.300-1", "nv-nrs-201.320"})


def _declined_wait(context: ChargeContext) -> Finding:
    """NRS 179.255(1)(b): after the statute of limitations has run or 8 years after the arrest,
    whichever comes first. Limitations (NRS 171.085, 171.090): 1 year for a misdemeanor, 2 for a
    gross misdemeanor, 3 for most felonies. A misdemeanor not known to be plain counts 2 years; a
    felony not named here counts 8 (its limitation may be longer or none)."""
    charge = context.charge
    if charge.level is Level.UNKNOWN:
        return _level_unknown(context)
    if charge.level is Level.VIOLATION or charge.offense in PLAIN_MISDEMEANORS:
        years = 1
    elif charge.level is Level.MISDEMEANOR:
        years = 2
    elif charge.offense in THREE_YEAR_FELONIES:
        years = 3
    else:
        years = 8
    return WaitingPeriod(cite=NRS_179_255_1, since=Event.OFFENSE, years=years).evaluate(context)


sealing_after_declined_prosecution = Remedy(
    id="nv-sealing-179-255-declined",
    kind=RemedyKind.SEALING,
    title="Seal an arrest the prosecutor declined to charge",
    citations=(NRS_179_255_1,),
    sources=sealing_after_dismissal.sources,
    effective=date(2017, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.NO_CHARGES, cite=NRS_179_255_1),
        # Custom: the time to prosecute follows the offense (NRS 171.085, 171.090), capped at 8 years.
        custom(
            "time to prosecute has run",
            requirement="The time to prosecute has run (1 year for a misdemeanor, 2 for a gross misdemeanor, "
            "3 for most felonies), or 8 years have passed since the arrest.",
            reads=(Fact.LEVEL, Fact.OFFENSE, Fact.OFFENSE_DATE),
            rule=_declined_wait,
            cite=NRS_179_255_1,
        ),
    ),
    effect="The court seals all records of the arrest.",
    limits=("The prosecutor can agree to sealing sooner.",),
    next_steps=(
        "File a petition to seal in the court for the place where prosecution was declined, with your "
        "verified criminal history from the Central Repository.",
    ),
    filing="The court having jurisdiction where prosecution was declined.",
)

JURISDICTION = Jurisdiction(
    code="NV",
    name="Nevada",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        sealing_of_convictions,
        sealing_after_dismissal,
        sealing_after_declined_prosecution,
    ),
    legal_help=(
        LegalHelp(
            "Legal Aid Center of Southern Nevada",
            "https://www.lacsn.org/",
            "Free civil legal help for Clark County (Las Vegas area) residents",
        ),
        LegalHelp("Nevada Legal Services", "https://nlslaw.net/", "Free civil legal help statewide"),
    ),
    where_to_file="The justice, municipal or district court that handled the case.",
    notes=(
        "Prostitution is legal only inside a licensed brothel in counties that allow them; it is a crime "
        "everywhere else, including Clark and Washoe counties.",
    ),
)
