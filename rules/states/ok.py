"""Oklahoma: expungement (sealing) of prostitution convictions of trafficking victims, the categories
of 22 O.S. § 18 for acquittals, arrests without charges, dismissals, deferred sentences, misdemeanor
and nonviolent felony convictions, and the "clean slate" automatic expungement of 2022.

Reviewed 2026-11-25 against 22 O.S. § 18 (text as amended through Laws 2024, ch. 452), § 19
(procedure; expunged records are sealed), H.B. 3316 (Laws 2022, ch. 143, automatic expungement to
start three years after 1 November 2022) and H.B. 1058 of 2013 (expungement of prostitution
offenses of human trafficking victims, in force 1 November 2013). Where H.B. 1058 was codified in
Title 22 could not be confirmed, so the session law is cited. Later bills changing the clean-slate
start could not be read; the start date used is the one in H.B. 3316.

Reviewed 2026-12-06 against 22 O.S. § 18(A)(1)-(10) (statute text through Laws 2024, c. 452-453) and
(A)(11)-(13) through a law office's quotation and Paper Prisons' summary. What changed: added (A)(5)
(arrest, no charges filed: no felony bar), (A)(9) (nonviolent felony dismissed after a deferred
sentence, five years) and (A)(13) (up to two nonviolent felonies, ten years); (A)(7) no longer takes
arrests without charges; the lifetime bars on later convictions in (A)(11) and (A)(12) became the
statute's look-back periods (five years since the last misdemeanor; seven years for a separate
misdemeanor). H.B. 1058's codified text and H.B. 3316's start date are still unverified. The (A)(11)
look-back counts from the other conviction's date, where the statute counts from the end of the last
misdemeanor sentence; a lawyer should check a case close to the line.
Second review 2026-12-06: where another listed misdemeanor conviction gives the day its sentence ended,
(A)(11) now counts the five years from that day (the end of the last misdemeanor sentence).

Reviewed 2026-12-06 for the new "last sentence" vocabulary: the (A)(11) five years (also used by Clean Slate)
are now a wait from this charge's sentence plus five years since every other conviction's sentence ended; the
conviction-date look-back and the custom are gone. Every other conviction, including those the person lists
outside the charges, now counts from the end of its sentence (asked; an unknown end is an open question). A
felony conviction already bars (A)(11), so the sentences counted are misdemeanor ones; a conviction entered as
a "violation" would also count, which can only delay.

Reviewed 2026-12-07 against 22 O.S. § 18(A)(1)-(10) (Westlaw's official text effective 14 June 2024, "as
amended by Laws 2024, c. 452, § 12"; casetext through Laws 2024, c. 453), § 19(A)-(B) (casetext, effective
1 November 2024: the monthly OSBI identification, 45-day objection and automatic sealing of "clean slate
eligible" records) and the OSBI's Clean Slate page (updated 6 November 2025). Paragraphs (A)(11)-(15) and
subsection (C), and the text of § 19c, did not surface in any stored copy: the casetext, Westlaw and
getpocketlaw copies and the legiplex texts of H.B. 3316 and H.B. 3024 (2022) and S.B. 1689 (2024) are stored
only up to paragraph 8-10. Legal Aid Services of Oklahoma's guide places the trafficking-victim expungement in
"Section 19(C)" of Title 22, so H.B. 1058 is now cited as 22 O.S. § 19c; what it reaches is still from the 2013
press. No rule changed: the Clean Slate start stays 1 November 2025 (three years after H.B. 3316's 1 November
2022 effective date; the OSBI calls that "the earliest possible deadline" and is phasing it in, as the limits
say). Paragraph (A)(10) (a misdemeanor fine under $501 with no jail or suspended sentence, no wait) is
stated as a limit only: the facts do not say what sentence was imposed. The legal-help link is now a Legal Aid
Services of Oklahoma page seen in a source.
One change: a public repository's table of § 18(A) "statutory language" (found by its words; its (A)(7), (8) and
(10) match Westlaw's text word for word) gives (A)(13) as "not more than two felony offenses, none of which is a
felony offense listed in Section 13.1 of Title 21 ... no felony or misdemeanor charges are pending against the
person, and at least ten (10) years have passed since the completion of the sentence for the felony conviction",
with no conviction-free period; the module had read Paper Prisons' "10 years clean" as one. Since that copy could
not be tied to a citable address, a conviction in the last ten years now leaves (A)(13) possibly eligible with
a question instead of delaying it. The same table confirms the module's (A)(11) and (A)(12) conditions.

Cross-checked 2026-12-07 with 11 new worked examples built from the words of 22 O.S. § 18(A) in the evidence. Changed:
§ 18(A)(7) is met at once where the prosecutor has confirmed the charges will not be refiled (a declined_date on the
dismissed charge), not only once three years have passed since the offense.

Third review 2026-12-07, for 22 O.S. § 19c (the trafficking-victim expungement): its text was searched again (12
look-ups over stored pages, documentation and code, and the saint1415/us-statutes data branch; listed in the
evidence) and not found. Only its official heading was seen ("Arrest or charge as result of human trafficking –
Expungement on motion of court or defendant", in a copy of the OSCN Title 22 index). Every other source on H.B.
1058 (AP, The Oklahoman, The Pryor Times and the Fort Smith Times Record, all 2013) describes relief for
prostitution offenses only. No second source supports a reach beyond prostitution, so the remedy was not widened
to every category and no rule changed. The heading suggests that prostitution arrests and charges without a
conviction, and the court's own motion, may also be covered. This remedy does not screen those; flagged for the lead.

Reviewed 2026-12-07 (statute audit): read 22 O.S. § 18(A)(1)-(10) again (Westlaw, effective 14 June 2024; casetext,
through Laws 2024, c. 453), the verbatim § 18(A) table in a public repository ((A)(5), (7), (8), (10)-(13), (16)),
§ 991c(A) (Justia, 2022 Oklahoma Statutes) and § 991c(C) as two law offices quote it, D.A. v. State ex rel. OSBI,
2018 OK 102 (a drug-court dismissal is not a deferred-judgment dismissal), law-office copies of the 57 O.S. § 571
violent-crime list and the 21 O.S. § 13.1 "85 percent" list, and the registration list of 57 O.S. § 582. Changed:
(1) § 18(A)(7) leaves out only charges "dismissed following the completion of a deferred judgment or delayed
sentence", which § 991c(A) enters after a plea or verdict: a completed pretrial diversion (no plea) is now an (A)(7)
dismissal, (A)(8) and (A)(9) take only a deferred sentence, and Clean Slate follows the same split; where the kind
of diversion is not known the answer is open. (2) (A)(13) excludes a felony "listed in Section 13.1 of Title 21" or
needing sex-offender registration, not the § 571 list of (A)(12); the condition now says so (same answers for the
offenses named here). (3) (A)(9) and (A)(12) exclude only offenses on the § 571 list, which as read does not name
indecent exposure; indecent exposure is now open for a lawyer there instead of refused (it stays refused under
(A)(13), which names registration). (4) New remedy: the court-record expungement of § 991c(C) when a deferred
sentence is completed (the plea is expunged, the charge dismissed, the name removed from the public index).
Still open: the text of § 19c (trafficking victims) and of § 18(A)(11)-(15) and (C) in a citable copy; whether a
conviction in the last ten years matters under (A)(13); the fine-only misdemeanor path of (A)(10) (the facts do not
say the sentence); the rule that counts several counts from one incident as one conviction (reported by a summary,
not read), which may let some two-count cases through (A)(12) that the screening refuses.

Reviewed 2026-12-07 (statute-text search): the Oklahoma Title 22 files of the saint1415/us-statutes data branch were
read again and searched for the words of § 18(A)(11)-(13), § 18(C) ("clean slate eligible case") and § 19c; that copy
holds none of §§ 18, 19 or 19c, only other sections of Title 22. No further stored copy could be consulted. No rule
changed; the evidence for (A)(11)-(13), Clean Slate, § 991c(C) and § 19c is still a secondary source or a partial
copy, and the open points above stand.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    level_is,
    limitations_period_run,
    no_conviction_within,
    no_pending_case,
    offense_in,
    trafficking_nexus,
    waiting_period,
    years_since_every_other_sentence,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, Truth, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

HB_1058 = "Okla. Stat. tit. 22, § 19c (H.B. 1058, 2013), expungement for human trafficking victims"
OS_22_18_A1 = "Okla. Stat. tit. 22, § 18(A)(1)"
OS_22_18_A5 = "Okla. Stat. tit. 22, § 18(A)(5)"
OS_22_18_A7 = "Okla. Stat. tit. 22, § 18(A)(7)"
OS_22_18_A8 = "Okla. Stat. tit. 22, § 18(A)(8)"
OS_22_18_A9 = "Okla. Stat. tit. 22, § 18(A)(9)"
OS_22_18_A11 = "Okla. Stat. tit. 22, § 18(A)(11)"
OS_22_18_A12 = "Okla. Stat. tit. 22, § 18(A)(12)"
OS_22_18_A13 = "Okla. Stat. tit. 22, § 18(A)(13)"
OS_22_18_C = "Okla. Stat. tit. 22, § 18(C) (H.B. 3316, 2022)"
OS_22_991C = "Okla. Stat. tit. 22, § 991c(C)"

STATUTE_18 = Source(
    "Okla. Stat. tit. 22, § 18, expungement of records: persons authorized (Westlaw, official Oklahoma statutes)",
    "https://govt.westlaw.com/okjc/Document/N5F8CE550330F11EFB5E8C27F3B71A25C?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)",
)
HB_3316_LAW = Source(
    "2022 Okla. Sess. Law Serv. ch. 143 (H.B. 3316) (Westlaw)",
    "https://govt.westlaw.com/okleg/Document/IC49A6000C70811EC990CF6F7B7323153?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)",
)
CCRC_CLEAN_SLATE = Source(
    "Oklahoma enacts automatic record clearing law (Collateral Consequences Resource Center)",
    "https://ccresourcecenter.org/tag/stitt",
)
HB_1058_NEWS = Source(
    "Oklahoma lawmakers show compassion for victims of human trafficking (The Oklahoman, 2013)",
    "http://oklahoman.com/article/3842854/oklahoma-lawmakers-show-compassion-for-victims-of-human-trafficking",
)
PAPER_PRISONS = Source("Oklahoma state law summary (Paper Prisons)", "https://paperprisons.org/states/OK.html")
OSBI_CLEAN_SLATE = Source(
    "Clean Slate Initiative (Oklahoma State Bureau of Investigation, updated November 2025)",
    "https://www.oklahoma.gov/osbi/services/information-services-division/clean-slate-initiative.html",
)
STATUTE_18_COPY = Source(
    "Okla. Stat. tit. 22, § 18, current through Laws 2024, c. 453 (Casetext)",
    "https://e.casetext.com/statute/oklahoma-statutes/title-22-criminal-procedure/chapter-1-in-general/section-18-multiple-versions-expungement-of-records-persons-authorized/2",
)
DEFERRED_991C = Source(
    "Deferred sentence expungement, quoting 22 O.S. § 991c(C) (Oklahoma Legal Group)",
    "https://oklahomalegalgroup.com/news/deferred-sentence-expungement",
)
DEFERRED_991C_STEPS = Source(
    "Oklahoma expungement cheat sheet, quoting the § 991c procedure (Oklahoma City Legal Group)",
    "http://oklahomacitylegalgroup.com/oklahoma-expungement-cheat-sheet/",
)
STATUTE_991C = Source(
    "Okla. Stat. tit. 22, § 991c, deferred sentence (Justia, 2022 Oklahoma Statutes)",
    "https://law.justia.com/codes/oklahoma/2022/title-22/section-22-991c",
)
A12_QUOTED = Source(
    "Oklahoma nonviolent felony expungement under 22 O.S. § 18(A)(12) (Huddleston law office)",
    "https://huddleston.law/?p=3172",
)

OFFENSES = (
    Offense(
        "ok-os-21-1029-1",
        "Engaging in prostitution, lewdness or assignation",
        "Okla. Stat. tit. 21, § 1029(A)(1)",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A misdemeanor; some repeat offenses and offenses near schools or churches are punished more severely.",
    ),
    Offense(
        "ok-os-21-1029-2",
        "Soliciting, inducing or procuring another for prostitution",
        "Okla. Stat. tit. 21, § 1029(A)(2)",
        Category.SOLICITATION,
        Level.UNKNOWN,
    ),
    Offense(
        "ok-os-21-1028",
        "Keeping or renting a place for prostitution",
        "Okla. Stat. tit. 21, § 1028",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense("ok-os-21-1021", "Indecent exposure", "Okla. Stat. tit. 21, § 1021", Category.LEWDNESS, Level.FELONY),
    Offense(
        "ok-os-21-1362",
        "Disturbing the peace",
        "Okla. Stat. tit. 21, § 1362",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense("ok-os-21-748", "Human trafficking", "Okla. Stat. tit. 21, § 748", Category.TRAFFICKING, Level.FELONY),
)

PROSTITUTION_OFFENSES = ("ok-os-21-1029-1", "ok-os-21-1029-2")
# Among the offenses listed: on the violent-crime list of 57 O.S. § 571 (paragraphs (A)(9) and (A)(12)).
ON_VIOLENT_CRIME_LIST = frozenset({"ok-os-21-748"})
# Among the offenses listed: indecent exposure needs sex-offender registration (57 O.S. § 582) but does not appear
# on the § 571 list as read in a secondary copy; whether (A)(9) and (A)(12) reach it is left to a lawyer.
REGISTRATION_ONLY = frozenset({"ok-os-21-1021"})
# Among the offenses listed: on the 85 percent list of 21 O.S. § 13.1 or needing sex-offender registration, the two
# exclusions of paragraph (A)(13).
EXCLUDED_FROM_A13 = frozenset({"ok-os-21-748", "ok-os-21-1021"})


def _nonviolent(context: ChargeContext) -> Finding:
    """§ 18(A)(9) and (A)(12) cover only a "nonviolent felony offense not listed in Section 571 of Title 57". A charge in
    a sex-trade or quality-of-life category is not on that list unless named above; an 'other' charge might be."""
    charge = context.charge
    if charge.offense in ON_VIOLENT_CRIME_LIST:
        return not_met(msg("This offense is on the violent-crime list (57 O.S. § 571), so it is not covered."))
    if charge.offense in REGISTRATION_ONLY:
        return unknown(
            msg(
                "Indecent exposure needs sex-offender registration, but this path excludes only offenses on the "
                "violent-crime list (57 O.S. § 571), which could not be read in full; a lawyer should check."
            ),
            context.path(Fact.OFFENSE),
        )
    if context.is_other_of_unnamed_law():
        return unknown(
            msg("This covers only nonviolent felonies; which law the charge was under is not known."),
            context.path(Fact.OFFENSE),
        )
    return met(msg("The offense is not on the violent-crime list."))


def _not_85_percent_or_registrable(context: ChargeContext) -> Finding:
    """§ 18(A)(13) excludes a felony "listed in Section 13.1 of Title 21" (the 85 percent crimes) and "any offense that
    would require the person to register" as a sex offender: a different list from the (A)(12) one."""
    if context.charge.offense in EXCLUDED_FROM_A13:
        return not_met(
            msg(
                "This offense is on the 85 percent list (21 O.S. § 13.1) or needs sex-offender registration, so it is "
                "not covered."
            )
        )
    if context.is_other_of_unnamed_law():
        return unknown(
            msg(
                "This does not cover offenses on the 85 percent list (21 O.S. § 13.1) or offenses that need "
                "sex-offender registration; which law the charge was under is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return met(msg("The offense is not on the 85 percent list and needs no sex-offender registration."))


expungement_for_trafficking_victims = Remedy(
    id="ok-expungement-trafficking",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a prostitution conviction of a human trafficking victim",
    citations=(HB_1058,),
    sources=(HB_1058_NEWS,),
    effective=date(2013, 11, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.SOLICITATION),
    conditions=(
        convicted(cite=HB_1058),
        offense_in(*PROSTITUTION_OFFENSES, cite=HB_1058),
        trafficking_nexus(cite=HB_1058),
    ),
    effect="The court seals the records of the prostitution conviction, so you may say it did not happen in most "
    "situations.",
    limits=(
        "This covers prostitution-related offenses only. Other convictions need one of the general paths below.",
        "In Oklahoma an expunged record is sealed, not destroyed; police and prosecutors can still see it.",
    ),
    next_steps=(
        "File a petition to expunge under 22 O.S. § 19c in the district court of the county where you were "
        "convicted, explaining that you were a victim of human trafficking when the offense happened.",
        "A free lawyer listed below can help you gather proof.",
    ),
    filing="The district court of the county where you were convicted.",
)

expungement_of_acquittal = Remedy(
    id="ok-expungement-18-a1",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a charge that ended in an acquittal",
    citations=(OS_22_18_A1,),
    sources=(STATUTE_18,),
    effective=date(2002, 11, 1),  # the categories of § 18 in their modern form; year approximate
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.ACQUITTAL, cite=OS_22_18_A1),),
    effect="The arrest and court records are sealed from the public.",
    next_steps=("File a petition to expunge under 22 O.S. § 18 in the district court where the case was heard.",),
    filing="The district court of the county where the arrest or charge happened.",
)

# Oklahoma's usual time to prosecute (22 O.S. § 152) is three years for most misdemeanors and felonies.
LIMITATIONS_RUN = limitations_period_run({Level.MISDEMEANOR: 3, Level.FELONY: 3}, cite=OS_22_18_A5)


def _limitations_run_or_declined(context: ChargeContext) -> Finding:
    """§ 18(A)(5) is met either way: the time to charge has run, or the prosecutor declined to charge.
    Custom because the shared vocabulary has no 'either of two conditions'."""
    if context.charge.declined_date is not None:
        return met(msg("The prosecutor declined to file charges."))
    return LIMITATIONS_RUN.evaluate(context)


expungement_of_arrest_without_charges = Remedy(
    id="ok-expungement-18-a5",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest that led to no charges",
    citations=(OS_22_18_A5,),
    sources=(STATUTE_18_COPY, STATUTE_18),
    effective=date(2002, 11, 1),  # year approximate
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.NO_CHARGES, cite=OS_22_18_A5),
        # Custom: either of two conditions suffices; the shared conditions join only with 'and'.
        custom(
            "time to charge has run or the prosecutor declined",
            requirement="The time to file charges has run out, or the prosecutor decided not to file them.",
            reads=(Fact.DECLINED_DATE, Fact.OFFENSE_DATE, Fact.LEVEL),
            rule=_limitations_run_or_declined,
            cite=OS_22_18_A5,
        ),
    ),
    effect="The arrest records are sealed from the public. You may say the arrest did not happen.",
    limits=("No charge of any kind, even a different one, may have been filed over the arrest.",),
    next_steps=(
        "File a petition to expunge under 22 O.S. § 18 in the district court of the county where you were "
        "arrested. The prosecutor, police and OSBI get notice and may object.",
    ),
    filing="The district court of the county where the arrest happened.",
)

REFILING_TIME_RUN = waiting_period(years=3, since=Event.OFFENSE, cite=OS_22_18_A7)


def _refiling_time_run_or_confirmed(context: ChargeContext) -> Finding:
    """§ 18(A)(7): "the statute of limitations for refiling the charge or charges has expired or the prosecuting
    agency confirms that the charge or charges will not be refiled". A day on which the prosecutor declined to
    charge again (declined_date) stands for that confirmation. Custom because the shared conditions join only
    with 'and'."""
    if context.charge.declined_date is not None:
        return met(msg("The prosecutor has confirmed that the charges will not be filed again."))
    return REFILING_TIME_RUN.evaluate(context)


expungement_of_dismissal = Remedy(
    id="ok-expungement-18-a7",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge charges that were all dismissed",
    citations=(OS_22_18_A7,),
    sources=(STATUTE_18,),
    effective=date(2002, 11, 1),  # year approximate
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A pretrial diversion (no plea) ends in a plain dismissal; only a deferred judgment or delayed sentence,
        # entered after a plea or verdict (22 O.S. § 991c(A)), is left out.
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=OS_22_18_A7,
        ),
        convictions_at_most(felonies=0, cite=OS_22_18_A7),
        no_pending_case(cite=OS_22_18_A7),
        # The time to refile must have run out (three years from the offense for most crimes)
        # unless the prosecutor confirms the charge will not be refiled. Custom: either suffices.
        custom(
            "time to refile has run or the prosecutor confirmed",
            requirement="The time to refile the charges has run out (three years from the offense for most "
            "crimes), or the prosecutor has confirmed they will not be refiled.",
            reads=(Fact.DECLINED_DATE, Fact.OFFENSE_DATE),
            rule=_refiling_time_run_or_confirmed,
            cite=OS_22_18_A7,
        ),
    ),
    effect="The arrest and court records are sealed from the public. You may say the arrest did not happen.",
    limits=(
        "Not for charges dismissed after a deferred sentence; those have their own path. A case dismissed after a "
        "pretrial diversion agreement, with no guilty plea, counts as a dismissal here.",
        "You must never have been convicted of a felony.",
        "Before the time to refile runs out, the prosecutor must confirm in writing that the charge will not be "
        "refiled.",
    ),
    next_steps=(
        "File a petition to expunge under 22 O.S. § 18 in the district court of the county where you were "
        "arrested. The prosecutor, police and OSBI get notice and may object.",
    ),
    filing="The district court of the county where the arrest or charge happened.",
)

expungement_after_deferred_misdemeanor = Remedy(
    id="ok-expungement-18-a8",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor dismissed after a deferred sentence",
    citations=(OS_22_18_A8,),
    sources=(STATUTE_18,),
    effective=date(2002, 11, 1),  # year approximate
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=OS_22_18_A8
        ),
        level_is(Level.MISDEMEANOR, cite=OS_22_18_A8),
        waiting_period(years=1, since=Event.DISPOSITION, cite=OS_22_18_A8),
        convictions_at_most(felonies=0, cite=OS_22_18_A8),
        no_pending_case(cite=OS_22_18_A8),
    ),
    effect="The arrest and court records of the deferred case are sealed from the public.",
    limits=(
        "This is for a deferred sentence, where you pleaded guilty or no contest first. A pretrial diversion with "
        "no plea is a dismissal under 22 O.S. § 18(A)(7).",
        "If your case was dismissed after drug court, the Oklahoma Supreme Court has held that it may be expunged at "
        "once as a dismissal (22 O.S. § 18(A)(7)), without this wait.",
    ),
    next_steps=("File a petition to expunge under 22 O.S. § 18 in the district court where the case was dismissed.",),
    filing="The district court where the case was dismissed.",
)

expungement_after_deferred_felony = Remedy(
    id="ok-expungement-18-a9",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a nonviolent felony dismissed after a deferred sentence, five years later",
    citations=(OS_22_18_A9,),
    sources=(STATUTE_18, STATUTE_18_COPY),
    effective=date(2019, 11, 1),  # year approximate
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=OS_22_18_A9
        ),
        level_is(Level.FELONY, cite=OS_22_18_A9),
        # Custom: the violent-crime list is long; named offenses on it are barred, an unnamed 'other' charge stays open.
        custom(
            "nonviolent felony",
            requirement="The felony is not on the violent-crime list (57 O.S. § 571).",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_nonviolent,
            cite=OS_22_18_A9,
        ),
        waiting_period(years=5, since=Event.DISPOSITION, cite=OS_22_18_A9),
        convictions_at_most(felonies=0, cite=OS_22_18_A9),
        no_pending_case(cite=OS_22_18_A9),
    ),
    effect="The arrest and court records of the deferred case are sealed from the public.",
    limits=(
        "You must never have been convicted of a felony.",
        "This is for a deferred sentence, where you pleaded guilty or no contest first. A pretrial diversion with "
        "no plea is a dismissal under 22 O.S. § 18(A)(7).",
        "If your case was dismissed after drug court, the Oklahoma Supreme Court has held that it may be expunged at "
        "once as a dismissal (22 O.S. § 18(A)(7)), without this wait.",
    ),
    next_steps=("File a petition to expunge under 22 O.S. § 18 in the district court where the case was dismissed.",),
    filing="The district court where the case was dismissed.",
)

deferred_sentence_court_record = Remedy(
    id="ok-deferred-sentence-991c",
    kind=RemedyKind.EXPUNGEMENT,
    title="Clear the court record when a deferred sentence is completed",
    citations=(OS_22_991C,),
    sources=(DEFERRED_991C, DEFERRED_991C_STEPS, STATUTE_991C),
    effective=date(1997, 11, 1),  # date approximate: the procedure is older than the modern § 18 categories
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=OS_22_991C
        ),
    ),
    effect="The court withdraws the guilty or no-contest plea, dismisses the charge for good and removes your name "
    "from the public court index. The arrest stays on your OSBI record until a 22 O.S. § 18 expungement.",
    limits=(
        "The judge must find that you met the conditions and paid the fines, fees and assessments ordered.",
        "This clears the court record only; the arrest record needs the § 18 expungement listed here.",
    ),
    next_steps=(
        "Check the court record: the court should have done this when it dismissed your case. If your name still "
        "shows, ask the court clerk or file a motion asking the judge to order it under 22 O.S. § 991c.",
    ),
    discretionary=False,
    filing="The district court that deferred your sentence.",
)


MISDEMEANOR_CONVICTION_RULES = (
    convicted(cite=OS_22_18_A11),
    level_is(Level.MISDEMEANOR, cite=OS_22_18_A11),
    waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=OS_22_18_A11),
    convictions_at_most(felonies=0, cite=OS_22_18_A11),
    # Five years since the end of the last misdemeanor sentence: this charge's sentence above, and every other
    # conviction's sentence here (a felony already bars this, so the other sentences are misdemeanor ones).
    years_since_every_other_sentence(years=5, cite=OS_22_18_A11),
    no_pending_case(cite=OS_22_18_A11),
)

expungement_of_misdemeanor = Remedy(
    id="ok-expungement-18-a11",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor conviction after five years",
    citations=(OS_22_18_A11,),
    sources=(STATUTE_18, PAPER_PRISONS),
    effective=date(2019, 11, 1),  # the five-year wait; year approximate
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=MISDEMEANOR_CONVICTION_RULES,
    effect="The arrest, court and conviction records are sealed from the public and most employers.",
    limits=(
        "If you were only fined less than $501, with no jail or suspended sentence, you may not need to wait; "
        "ask a lawyer about 22 O.S. § 18(A)(10).",
    ),
    next_steps=(
        "File a petition to expunge under 22 O.S. § 18 in the district court of the county where you were "
        "convicted. There is a filing fee; the court may order it repaid if you win.",
    ),
    filing="The district court of the county where you were convicted.",
)

expungement_of_nonviolent_felony = Remedy(
    id="ok-expungement-18-a12",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge one nonviolent felony conviction after five years",
    citations=(OS_22_18_A12,),
    sources=(STATUTE_18, PAPER_PRISONS),
    effective=date(2019, 11, 1),  # year approximate
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=OS_22_18_A12),
        level_is(Level.FELONY, cite=OS_22_18_A12),
        # Custom: the violent-crime list is long; named offenses on it are barred, an unnamed 'other' charge stays open.
        custom(
            "nonviolent felony",
            requirement="The felony is not on the violent-crime list (57 O.S. § 571).",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_nonviolent,
            cite=OS_22_18_A12,
        ),
        convictions_at_most(felonies=1, cite=OS_22_18_A12),
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=OS_22_18_A12),
        # No separate misdemeanor conviction in the last seven years: a window, not a lifetime bar.
        no_conviction_within(years=7, levels=(Level.MISDEMEANOR,), cite=OS_22_18_A12),
        no_pending_case(cite=OS_22_18_A12),
    ),
    effect="The felony conviction records are sealed from the public and most employers.",
    limits=(
        "Not for offenses on the violent-crime list (57 O.S. § 571). Whether an offense that needs sex-offender "
        "registration is covered could not be confirmed; ask a lawyer.",
        "A misdemeanor conviction in the last seven years delays this.",
        "Expungement does not restore the right to have a gun.",
    ),
    next_steps=(
        "File a petition to expunge under 22 O.S. § 18 in the district court of the county where you were convicted.",
    ),
    filing="The district court of the county where you were convicted.",
)

# A summary (Paper Prisons: "10 years clean after sentence completion") reads a ten-year conviction-free period
# into § 18(A)(13); a verbatim copy of the paragraph found in a public repository (see the evidence note) has only
# the ten years since the felony sentence ended and no pending charge. Until the statute text is read, a conviction
# in the last ten years leaves the answer open instead of delaying or barring relief.
TEN_CLEAN_YEARS = no_conviction_within(years=10, cite=OS_22_18_A13)


def _ten_clean_years_unsettled(context: ChargeContext) -> Finding:
    """Custom because no shared condition turns a failed look-back into an open question."""
    finding = TEN_CLEAN_YEARS.evaluate(context)
    if finding.truth in (Truth.NOT_MET, Truth.LATER):
        return unknown(
            msg(
                "You have another conviction in the last ten years. Whether that delays this depends on wording of "
                "22 O.S. § 18(A)(13) that could not be confirmed; a lawyer should check."
            ),
            Fact.OTHER_CONVICTIONS.value,
        )
    return finding


expungement_of_two_felonies = Remedy(
    id="ok-expungement-18-a13",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge up to two nonviolent felony convictions after ten years",
    citations=(OS_22_18_A13,),
    sources=(PAPER_PRISONS, STATUTE_18),
    effective=date(2019, 11, 1),  # year approximate
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=OS_22_18_A13),
        level_is(Level.FELONY, cite=OS_22_18_A13),
        # Custom: the 85 percent list is long; named offenses on it or needing registration are barred, an unnamed
        # 'other' charge stays open.
        custom(
            "not an 85 percent or registrable offense",
            requirement="The felony is not on the 85 percent list (21 O.S. § 13.1) and needs no sex-offender "
            "registration.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_not_85_percent_or_registrable,
            cite=OS_22_18_A13,
        ),
        convictions_at_most(felonies=2, cite=OS_22_18_A13),
        waiting_period(years=10, since=Event.SENTENCE_COMPLETED, cite=OS_22_18_A13),
        # Custom: a conviction in the last ten years leaves this open (wording unconfirmed; see above).
        custom(
            "no conviction in the last ten years (unconfirmed)",
            requirement="No other conviction in the last ten years, if the law requires that; this could not be "
            "confirmed.",
            reads=TEN_CLEAN_YEARS.needs,
            rule=_ten_clean_years_unsettled,
            cite=OS_22_18_A13,
        ),
        no_pending_case(cite=OS_22_18_A13),
    ),
    effect="The felony conviction records are sealed from the public and most employers.",
    limits=(
        "Neither felony may be on the 85 percent list (21 O.S. § 13.1) or need sex-offender registration.",
        "This reading of 22 O.S. § 18(A)(13) comes from a summary; a lawyer can confirm it.",
        "Expungement does not restore the right to have a gun.",
    ),
    next_steps=(
        "File a petition to expunge under 22 O.S. § 18 in the district court of the county where you were convicted.",
    ),
    filing="The district court of the county where you were convicted.",
)

# Clean Slate (§ 18(C)): "clean slate eligible case" means one where each charge falls under paragraph
# 1, 2, 3, 5, 6, 7, 8, 10, 11, 14 or 15 of § 18(A). Besides misdemeanor convictions (11, below), that
# takes in acquittals (1), arrests with no charges (5), dismissals (7) and misdemeanor deferred sentences
# (8). Custom because each outcome carries its own paragraph's conditions: the petition remedy for the
# outcome is evaluated as it stands.
PETITION_FOR_OUTCOME = {
    Disposition.ACQUITTAL: expungement_of_acquittal,
    Disposition.NO_CHARGES: expungement_of_arrest_without_charges,
    Disposition.DISMISSAL: expungement_of_dismissal,
    Disposition.DIVERSION_COMPLETED: expungement_after_deferred_misdemeanor,
}
# A completed diversion is paragraph 8 when it was a deferred sentence (after a plea) and paragraph 7 when it was a
# pretrial diversion (no plea).
PARAGRAPH_FOR_DIVERSION = {
    DiversionKind.DEFERRED_ADJUDICATION: expungement_after_deferred_misdemeanor,
    DiversionKind.PRETRIAL: expungement_of_dismissal,
}


def _under_paragraph(remedy: Remedy, context: ChargeContext) -> Finding:
    findings = [condition.evaluate(context) for condition in remedy.conditions]
    for finding in findings:
        if finding.truth is Truth.NOT_MET:
            return finding
    unsure = [f for f in findings if f.truth is Truth.UNKNOWN]
    if unsure:
        questions = tuple(dict.fromkeys(q for f in unsure for q in f.open_questions))
        return Finding(Truth.UNKNOWN, unsure[0].message, open_questions=questions)
    waiting = [f for f in findings if f.truth is Truth.LATER and f.on is not None]
    if waiting:
        return max(waiting, key=lambda f: f.on or date.min)
    days = [f.on for f in findings if f.on is not None]
    return met(msg("The case meets the conditions of its paragraph of 22 O.S. § 18(A)."), on=max(days, default=None))


def _as_its_paragraph(context: ChargeContext) -> Finding:
    charge = context.charge
    if charge.disposition is Disposition.DIVERSION_COMPLETED:
        remedy = PARAGRAPH_FOR_DIVERSION.get(charge.diversion_kind)
        if remedy is None:
            # Kind not known: either paragraph may apply; open unless both rule it out.
            found = [_under_paragraph(r, context) for r in PARAGRAPH_FOR_DIVERSION.values()]
            if all(f.truth is Truth.NOT_MET for f in found):
                return found[0]
            questions = tuple(dict.fromkeys(q for f in found for q in f.open_questions))
            return unknown(
                msg(
                    "A deferred sentence (after a guilty or no-contest plea) and a pretrial diversion are sealed "
                    "under different paragraphs; which kind this was is not known."
                ),
                *questions,
            )
        return _under_paragraph(remedy, context)
    remedy = PETITION_FOR_OUTCOME.get(charge.disposition)
    if remedy is None:
        return not_met(msg("Automatic sealing of this kind covers only acquittals, arrests without charges, "
                           "dismissals and misdemeanor deferred sentences."))  # fmt: skip
    return _under_paragraph(remedy, context)


clean_slate_non_conviction = Remedy(
    id="ok-clean-slate-non-conviction",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of acquittals, dismissals, uncharged arrests and misdemeanor deferrals",
    citations=(OS_22_18_C, OS_22_18_A1, OS_22_18_A5, OS_22_18_A7, OS_22_18_A8),
    sources=(OSBI_CLEAN_SLATE, HB_3316_LAW, CCRC_CLEAN_SLATE),
    # H.B. 3316 took effect 1 November 2022; automatic sealing starts three years later, subject to funds.
    effective=date(2025, 11, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DISMISSAL,
            Disposition.DIVERSION_COMPLETED,
            cite=OS_22_18_C,
        ),
        # Custom: it applies the conditions of the § 18(A) paragraph chosen by the outcome, several at once.
        custom(
            "conditions of its paragraph",
            requirement="The case meets the conditions of its paragraph of 22 O.S. § 18(A): an acquittal; an "
            "arrest with no charges once the time to charge has run or charges were declined; a dismissal (also "
            "one after a pretrial diversion) with no felony conviction once the time to refile has run; or a "
            "misdemeanor deferred sentence dismissed at least a year ago, with no felony conviction.",
            reads=tuple(dict.fromkeys(f for r in PETITION_FOR_OUTCOME.values() for c in r.conditions for f in c.needs)),
            rule=_as_its_paragraph,
            cite=OS_22_18_C,
        ),
    ),
    effect="The State Bureau of Investigation finds eligible cases and the court seals them without a petition.",
    limits=(
        "The law makes this subject to funding; the State Bureau of Investigation is putting it in place in "
        "phases, so a case may not be sealed yet. If yours still shows, file a petition under 22 O.S. § 18.",
        "Every charge in the case must qualify.",
    ),
    next_steps=("Nothing to file. Ask the OSBI for your record to check whether it has been sealed.",),
    discretionary=False,
)

clean_slate = Remedy(
    id="ok-clean-slate",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic expungement of older misdemeanor convictions",
    citations=(OS_22_18_C, OS_22_18_A11),
    sources=(OSBI_CLEAN_SLATE, HB_3316_LAW, CCRC_CLEAN_SLATE),
    # H.B. 3316 took effect 1 November 2022; automatic expungement starts three years later.
    effective=date(2025, 11, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=MISDEMEANOR_CONVICTION_RULES,
    effect="The State Bureau of Investigation finds eligible misdemeanor cases and the court seals them without "
    "a petition.",
    limits=(
        "The prosecutor can object for reasons the law lists. If your record still shows, file a petition under "
        "22 O.S. § 18 instead.",
        "The law makes this subject to funding; the State Bureau of Investigation is putting it in place in "
        "phases, so a case may not be sealed yet.",
    ),
    next_steps=("Nothing to file. Ask the OSBI for your record to check whether it has been sealed.",),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="OK",
    name="Oklahoma",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        expungement_for_trafficking_victims,
        expungement_of_acquittal,
        expungement_of_arrest_without_charges,
        expungement_of_dismissal,
        expungement_after_deferred_misdemeanor,
        expungement_after_deferred_felony,
        deferred_sentence_court_record,
        expungement_of_misdemeanor,
        expungement_of_nonviolent_felony,
        expungement_of_two_felonies,
        clean_slate,
        clean_slate_non_conviction,
    ),
    legal_help=(
        LegalHelp(
            "Legal Aid Services of Oklahoma",
            "https://oklaw.org/es/resource/frequently-asked-questions-about-expungements",
            "Free civil legal help statewide; expungement guides and an online program with volunteer lawyers",
        ),
    ),
    where_to_file="The district court of the county where you were arrested or convicted.",
    notes=(
        "A deferred sentence you completed may already have been cleared from court records under 22 O.S. § 991c; "
        "a § 18 expungement also seals the arrest.",
    ),
)
