"""Vermont: vacatur for trafficking survivors, sealing of convictions by petition, sealing of cases
that ended without a conviction.

Reviewed 2026-12-06 against the text of 13 V.S.A. § 2658 (motion to vacate by a victim of human
trafficking; casetext copy current through L. 2024, c. 185), 13 V.S.A. § 7603 (as amended by 2025,
No. 60, § 1, in force 1 July 2025) and the opening of §§ 7601 and 7602 on the official Vermont Statutes
Online pages (which carry the 2024 session). The list of exceptions to a "qualifying crime" in the
current § 7601(4) could only be read in part (the older text excepted prostitution under § 2632 and
prohibited conduct under § 2601a), so sealing of those offenses is left open rather than promised; the
waiting periods of § 7602 (three years for misdemeanors, seven for qualifying felonies) are still taken
from a summary of the enacted act, not from the statute text. Changes on this review: a later
conviction no longer bars sealing of a conviction for ever (the text that could be read does not say
so, and the earlier law only lengthened the wait), it leaves the answer open; the petition to seal a
non-conviction at any time (§ 7603(g)) no longer asks about open cases, which the statute does not.
Second review 2026-12-06: the court's own sealing of a dismissal or acquittal is dated 60 days after the
final disposition (§ 7603(a)(1): "within 60 days"), not two months.

Reviewed 2026-12-07 for the one condition below statute text, the legal-help list and this note. The
§ 7602 waits were searched again ("13 V.S.A. § 7602 Expungement and sealing of record, postconviction;
procedure ..."): the official section page is stored only through subsection (a), and the Justia copy is the
2018 text (five years for expungement), so the three- and seven-year waits stay with the Act 60 summary. The
official full-chapter page (2024 session) still lists "prostitution as defined in section 2632 of this title, or
prohibited conduct under section 2601a" among the misdemeanors that are not qualifying crimes, while the
section page read earlier shows a different list; since Act 60 (2025) may have changed the list, sealing of
those offenses stays open as before. No rule changed. Legal help: Vermont Legal Aid now links to its sealing
and expungement page on vtlawhelp.org (the same organisation's site, so the second entry was merged).

Cross-check 2026-12-07: ten new worked examples built from the words of §§ 2658, 7601, 7602 and 7603 quoted in the
evidence file; the module agreed with every one. No rule changed.

Reviewed 2026-12-07 (statute audit): read § 2658 again (casetext copy current through L. 2024, c. 185, and FindLaw,
current as of 1 January 2020; the same words), § 7603 as amended by Act 60 of 2025 (self-law.org and lexace.ai copies),
and § 7601 and § 7602(a) on the official pages that already carry Act 60: § 7601(3) now defines "criminal justice
purposes" and § 7601(4)(A) reads "all misdemeanor offenses except" a list whose first five items are listed crimes,
chapter 64, § 1030, chapter 28 and voyeurism; the rest of the list and the felony part could not be read (every stored
copy breaks off there), and the older text (2023 session page) still named prostitution under § 2632 and § 2601a. So
those stay open, as before. Changes: (1) a felony is a qualifying crime only when it is one of the felonies § 7601(4)
names (the older text: criminal mischief under § 3701(a), grand larceny under § 2501 and a few others; Act 60 added
property and drug felonies); a felony conviction was treated as qualifying unless it was a trafficking charge, so a
felony promoting conviction came out eligible after seven years. Now a felony leaves the qualifying-crime question open.
(2) A misdemeanor of another kind (not one the module names) was treated as qualifying although § 7601(4)(A) leaves
listed crimes, protection-order violations and others out; it is now open, and so is a lewdness charge whose law is not
given (the only misdemeanor lewdness offense, § 2601a, was on the older exception list). (3) Two remedies were missing
and are added from secondary sources, since their statute text could not be read: the court's sealing of a case
dismissed after adult court diversion, two years after the program was completed (3 V.S.A. § 164, for programs
completed on or after 1 July 2002), and the expungement of the record when a deferred sentence is completed (13 V.S.A.
§ 7041, "absent a finding of good cause"). (4) § 7602(a)(5) leaves out a person who holds a commercial driver's
license; the screening does not ask that, so it is stated among the limits. Still open: the rest of the § 7601(4)
list, the § 7602 waits (Act 60 summaries: three years for a misdemeanor, seven for a felony, after the sentence), how a
later conviction counts under Act 60, and the exact words of 3 V.S.A. § 164 and 13 V.S.A. § 7041.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    happened_on_or_after,
    level_is,
    not_under_sentence,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

VSA_2658 = "13 V.S.A. § 2658"
VSA_2658_A_1 = "13 V.S.A. § 2658(a)(1)"
VSA_7601_4 = "13 V.S.A. § 7601(4)"
VSA_7602 = "13 V.S.A. § 7602"
VSA_7603_A = "13 V.S.A. § 7603(a)(1)"
VSA_7603_G = "13 V.S.A. § 7603(g)"
VSA_7602_A_5 = "13 V.S.A. § 7602(a)(5)"
ACT_2017_178 = "2017, No. 178 (Adj. Sess.)"
VSA_3_164 = "3 V.S.A. § 164"
VSA_7041 = "13 V.S.A. § 7041"

CHAPTER_230 = Source(
    "13 V.S.A. chapter 230: Expungement and Sealing of Criminal History Records (Vermont Legislature)",
    "https://legislature.vermont.gov/statutes/fullchapter/13/230",
)

OFFENSES = (
    Offense(
        "vt-vsa-13-2632",
        "Prostitution and related prohibited acts",
        "13 V.S.A. § 2632",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A misdemeanor for a first offense; a later offense can carry a felony term.",
    ),
    Offense(
        "vt-vsa-13-2636",
        "Unlawful procurement (for prostitution)",
        "13 V.S.A. § 2636",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense(
        "vt-vsa-13-2637",
        "Appropriating or levying upon the earnings of a prostitute",
        "13 V.S.A. § 2637",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense(
        "vt-vsa-13-2601a",
        "Prohibited conduct (open and gross lewdness)",
        "13 V.S.A. § 2601a",
        Category.LEWDNESS,
        Level.MISDEMEANOR,
    ),
    Offense(
        "vt-vsa-13-2601",
        "Lewd and lascivious conduct",
        "13 V.S.A. § 2601",
        Category.LEWDNESS,
        Level.FELONY,
    ),
    Offense(
        "vt-vsa-13-1026",
        "Disorderly conduct",
        "13 V.S.A. § 1026",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "vt-vsa-13-2652",
        "Human trafficking",
        "13 V.S.A. § 2652",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Categories in which no offense is a serious violent crime listed in 33 V.S.A. § 5204(a).
NONVIOLENT_CATEGORIES = frozenset(
    {
        Category.PROSTITUTION,
        Category.SOLICITATION,
        Category.LOITERING_FOR_PROSTITUTION,
        Category.PROMOTING,
        Category.UNLICENSED_MASSAGE,
        Category.LEWDNESS,
        Category.QUALITY_OF_LIFE,
    }
)


# Custom: the § 5204(a) list was not encoded as offenses; the rule settles whole categories and leaves the
# rest open, which offense_not_in_list (a bar by offense) cannot do.
def _not_a_listed_violent_crime(context: ChargeContext) -> Finding:
    """§ 2658 reaches any conviction except the serious crimes listed in 33 V.S.A. § 5204(a)."""
    if context.charge.category in NONVIOLENT_CATEGORIES:
        return met(msg("This kind of charge is not one of the serious violent crimes the law leaves out."))
    return unknown(
        msg(
            "This covers any conviction except certain serious violent crimes; whether this charge is one "
            "of them is not known."
        ),
        context.path(Fact.OFFENSE),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="vt-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from trafficking",
    citations=(VSA_2658,),
    sources=(
        Source(
            "13 V.S.A. chapter 60: Human Trafficking (Vermont Legislature)",
            "https://legislature.vermont.gov/statutes/fullchapter/13/060",
        ),
        Source(
            "Vermont vacatur profile (Freedom Network USA, Survivor Reentry Project)",
            "https://freedomnetworkusa.org/srp_states/vt/",
        ),
    ),
    # Chapter 60 was enacted in 2011 (2011, No. 55); only the year is confirmed, so 1 January is used.
    effective=date(2011, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=VSA_2658),
        custom(
            "qualifying crime",
            requirement="The conviction is not one of the serious violent crimes listed in 33 V.S.A. § 5204(a).",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_not_a_listed_violent_crime,
            cite=VSA_2658_A_1,
        ),
        trafficking_nexus(cite=VSA_2658),
    ),
    effect="The court vacates the conviction, strikes the finding of guilt and expunges the records of the "
    "case, including arrest and police records.",
    limits=(
        "You must show, usually at a hearing, that it is more likely than not that the conviction came "
        "about because you were trafficked. Official papers showing you were a trafficking victim create a "
        "presumption in your favor.",
    ),
    next_steps=(
        "File a written motion to vacate under 13 V.S.A. § 2658 in the Criminal Division of the Superior "
        "Court in the county where you were convicted. Describe your evidence in detail and attach copies "
        "of any documents.",
        "There is no deadline and no waiting period.",
        "Free lawyers who can help are listed below.",
    ),
    legal_defect=True,
    filing="The Criminal Division of the Superior Court in the unit where the conviction was entered.",
)

# Offenses the pre-2025 definition of "qualifying crime" named as exceptions.
FORMERLY_EXCLUDED = frozenset({"vt-vsa-13-2632", "vt-vsa-13-2601a"})
FORMERLY_EXCLUDED_CATEGORIES = frozenset(
    {Category.PROSTITUTION, Category.SOLICITATION, Category.PROMOTING, Category.LEWDNESS}
)
# Categories whose misdemeanors may be on the § 7601(4)(A) exception list (listed crimes, protection-order
# violations, abuse of a vulnerable adult, voyeurism and what could not be read) when the law is not named.
OPEN_CATEGORIES = frozenset({Category.TRAFFICKING, Category.OTHER})


# Custom: the § 7601(4) lists could be read only in part, so a felony, a charge on the older exception list and a
# charge of an unnamed kind stay open; offense_not_in_list could only bar them.
def _qualifying_crime(context: ChargeContext) -> Finding:
    """A misdemeanor qualifies unless § 7601(4)(A) lists it; a felony only if § 7601(4) names it. Prostitution
    (§ 2632) and open lewdness (§ 2601a) were on the older exception list; whether the 2025 list still has them,
    and which felonies it names, could not be read, so those stay open."""
    charge = context.charge
    if charge.level is Level.FELONY:
        return unknown(
            msg(
                "Only the felonies the law names can be sealed (mostly property and drug offenses); whether this "
                "felony is one of them should be checked with a lawyer."
            ),
            context.path(Fact.OFFENSE),
        )
    if charge.offense in FORMERLY_EXCLUDED or (
        charge.offense is None and charge.category in FORMERLY_EXCLUDED_CATEGORIES
    ):
        return unknown(
            msg(
                "Prostitution-related convictions under 13 V.S.A. § 2632 and open lewdness under § 2601a "
                "used to be left out of sealing; whether the 2025 law still leaves them out should be "
                "checked with a lawyer."
            ),
            context.path(Fact.OFFENSE),
        )
    if charge.category in OPEN_CATEGORIES:
        return unknown(
            msg("Some serious crimes are left out of sealing; whether this charge is one is not known."),
            context.path(Fact.OFFENSE),
        )
    return met(msg("This kind of charge is not among the offenses the law leaves out of sealing."))


# Custom: how the current § 7602 treats a later conviction is unknown (a longer wait or a bar), so it only
# leaves the answer open; no shared condition states "open if there is a later conviction".
def _later_conviction(context: ChargeContext) -> Finding:
    """The current § 7602 could not be read past its opening. The earlier text let a person with a
    later conviction seal after a longer wait rather than barring them, so a later conviction leaves
    the answer open instead of ruling it out."""
    own = context.charge.disposition_date
    for past in context.convictions.besides(context.index):
        if past.day is None or own is None or past.day > own:
            return unknown(
                msg(
                    "A later conviction may lengthen the wait or affect sealing; a lawyer should check how the "
                    "current law treats it."
                ),
                context.path(Fact.DISPOSITION_DATE) if own is None else past.path("date"),
            )
    return met(msg("You listed no conviction after this one."))


sealing_of_convictions = Remedy(
    id="vt-sealing-conviction",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a conviction after a waiting period",
    citations=(VSA_7602, VSA_7601_4, VSA_7602_A_5),
    sources=(
        CHAPTER_230,
        Source("S.12 (2025), Act 60: sealing criminal history records", "https://vulcanbills.com/vt/2025/S0012"),
    ),
    effective=date(2025, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=VSA_7602),
        level_is(Level.MISDEMEANOR, Level.FELONY, cite=VSA_7601_4),
        custom(
            "qualifying crime",
            requirement="The conviction is a qualifying crime under 13 V.S.A. § 7601(4).",
            reads=(Fact.OFFENSE, Fact.CATEGORY),
            rule=_qualifying_crime,
            cite=VSA_7601_4,
        ),
        waiting_period_by_level({Level.MISDEMEANOR: 3, Level.FELONY: 7}, since=Event.SENTENCE_COMPLETED, cite=VSA_7602),
        custom(
            "later conviction",
            requirement="A conviction after this one may lengthen the wait or bar sealing.",
            reads=(Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_later_conviction,
            cite=VSA_7602,
        ),
        not_under_sentence(cite=VSA_7602),
    ),
    effect="The record is sealed: the public, most employers and landlords cannot see it, and you may answer "
    "as if the case never happened. Police and courts can still see it for some purposes.",
    limits=(
        "Only some felonies qualify (mostly property and drug offenses); a felony that is not a qualifying "
        "crime cannot be sealed this way.",
        "Restitution must be paid in full. The State can oppose sealing as against the interests of justice.",
        "The law has a separate rule for people who hold a commercial driver's license; if you hold one, ask a "
        "lawyer whether this applies to you.",
    ),
    next_steps=(
        "File a petition to seal with the Criminal Division of the Superior Court where you were convicted. "
        "The Vermont Judiciary has the forms; you can ask to have the filing fee waived.",
        "If the State's Attorney agrees, the court can grant it without a hearing.",
    ),
    filing="The Criminal Division of the Superior Court where the conviction was entered.",
)

sealing_after_dismissal_or_acquittal = Remedy(
    id="vt-sealing-no-conviction",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="The court seals a dismissed case or an acquittal on its own",
    citations=(VSA_7603_A,),
    sources=(
        CHAPTER_230,
        Source(
            "13 V.S.A. § 7603 (Self-Law research copy)",
            "https://self-law.org/code/vt/title-13/chapter-230/7603",
        ),
    ),
    effective=date(2025, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, cite=VSA_7603_A),
        # Earlier cases were not sealed by the court on its own; we count only cases ended since the
        # 2018 amendments and leave older ones to the petition route.
        happened_on_or_after(Event.DISPOSITION, date(2018, 7, 1), cite=ACT_2017_178),
        # The order comes "within 60 days after the final disposition" (§ 7603(a)(1)): dated to day 60.
        waiting_period(days=60, since=Event.DISPOSITION, cite=VSA_7603_A),
    ),
    effect="Within about 60 days after the case ends, the court orders the record of the arrest or citation "
    "sealed, unless the prosecutor or you object.",
    limits=("If the prosecutor objects, the court holds a hearing on whether sealing serves justice.",),
    next_steps=(
        "Nothing to file. If your dismissed case still shows up, ask the court clerk, or file a petition "
        "under 13 V.S.A. § 7603(g).",
    ),
    discretionary=False,
)

sealing_by_petition_without_conviction = Remedy(
    id="vt-sealing-7603-g",
    kind=RemedyKind.SEALING,
    title="Ask the court at any time to seal an arrest or case without a conviction",
    citations=(VSA_7603_G,),
    sources=(
        CHAPTER_230,
        Source(
            "13 V.S.A. § 7603 (Self-Law research copy)",
            "https://self-law.org/code/vt/title-13/chapter-230/7603",
        ),
    ),
    effective=date(2025, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=VSA_7603_G,
        ),
    ),
    effect="The court seals the records of the arrest or citation if it finds that this serves the "
    "interests of justice, or if the prosecutor agrees.",
    limits=("There is no waiting period, but the judge decides whether sealing serves the interests of justice.",),
    next_steps=(
        "File a petition to seal with the Criminal Division of the Superior Court in the county of the "
        "arrest. Ask the State's Attorney whether they will agree (stipulate).",
    ),
    filing="The Criminal Division of the Superior Court where the case was filed.",
)

sealing_after_diversion = Remedy(
    id="vt-diversion-sealing",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="The court seals a case dismissed after adult court diversion, two years later",
    citations=(VSA_3_164,),
    sources=(
        Source(
            "3 V.S.A. § 164: Adult court diversion program (Vermont Legislature)",
            "https://legislature.vermont.gov/statutes/section/03/007/00164",
        ),
        Source(
            "Vermont: adult diversion, sealing after completion (Clean Slate Clearinghouse, VT-D-2)",
            "https://cleanslateclearinghouse.org/policies/vt-d-2/",
        ),
    ),
    effective=date(2002, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.PRETRIAL,), cite=VSA_3_164),
        # The court acts on its own only for programs completed on or after 1 July 2002; earlier ones need a petition.
        happened_on_or_after(Event.DISPOSITION, date(2002, 7, 1), cite=VSA_3_164),
        # Notice of the sealing goes out within 30 days of the second anniversary of completion: dated to the day.
        waiting_period(years=2, since=Event.DISPOSITION, cite=VSA_3_164),
    ),
    effect="About two years after you complete the diversion program, the court tells the parties it will seal "
    "the court files and records of the case, and then seals them. The case is treated as if it never happened.",
    limits=("A party can object; the court then decides whether to seal.",),
    next_steps=(
        "Nothing to file. If the record still shows up more than two years after you finished the program, ask "
        "the court clerk or your diversion program, or file a petition to seal under 13 V.S.A. § 7603(g).",
        "If you finished diversion before 1 July 2002, you must file a petition to have the record sealed.",
    ),
    discretionary=False,
)

expungement_after_deferred_sentence = Remedy(
    id="vt-deferred-sentence-expungement",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="The court expunges the record when a deferred sentence is completed",
    citations=(VSA_7041,),
    sources=(
        Source(
            "Vermont: deferred sentence, expungement on discharge (Clean Slate Clearinghouse, VT-D-1)",
            "https://cleanslateclearinghouse.org/policies/vt-d-1/",
        ),
        Source(
            "State v. Putvain, 2006 VT 20 (expungement on discharge from a deferred sentence)",
            "https://law.justia.com/cases/vermont/supreme-court/2006/eo2005-059.html",
        ),
    ),
    # The clause was in force by 2004 (State v. Putvain applied it to a 2004 discharge); 1 January 2004 is used.
    effective=date(2004, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=VSA_7041
        ),
    ),
    effect="When you complete the probation of a deferred sentence, the court strikes the finding of guilt, "
    "discharges you and expunges the record of the case, unless it finds good cause not to.",
    limits=("The court can keep the record if it finds good cause not to expunge it.",),
    next_steps=(
        "Nothing to file. If the record still shows up after you were discharged from probation, ask the court "
        "clerk, or file a motion to expunge under 13 V.S.A. § 7041.",
    ),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="VT",
    name="Vermont",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        sealing_of_convictions,
        sealing_after_dismissal_or_acquittal,
        sealing_by_petition_without_conviction,
        sealing_after_diversion,
        expungement_after_deferred_sentence,
    ),
    legal_help=(
        LegalHelp(
            "Vermont Legal Aid",
            "https://vtlawhelp.org/expungement",
            "Free civil legal help across Vermont, including record sealing clinics",
        ),
    ),
    where_to_file="The Criminal Division of the Vermont Superior Court in the county (unit) where the case was heard.",
    notes=(
        "Bills to repeal Vermont's prostitution laws (S.54 and H.190 of 2025) were introduced but had not "
        "been confirmed as passed when this was reviewed.",
    ),
)
