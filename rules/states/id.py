"""Idaho: vacatur and expungement for trafficking survivors, and Clean Slate shielding of misdemeanors.

Reviewed 2026-11-25 against Idaho Code § 67-3014 (expungement for victims of human trafficking,
2015) and Idaho Code § 67-3004(11) (Clean Slate shielding). Idaho has no general expungement of
convictions. Not encoded, for lack of a source we could check in time: expungement of arrests
without conviction under § 67-3004(10) and the set-aside of a withheld judgment under § 19-2604.

Reviewed 2026-12-06 against the text of § 67-3014 (PocketLaw copy), the Idaho Supreme Court's Clean
Slate page and press reports of the Clean Slate Act (signed 22 March 2023, in effect 1 January
2024); the text of § 67-3004(11) itself did not surface. Changed: Clean Slate shielding now asks
for no conviction in the five years before the petition, as the sources describe, instead of
barring any later conviction for ever, and reads the person's other convictions; the two-year wait
for an arrest never prosecuted now runs from the arrest, as § 67-3014(4) says.

Second review 2026-12-06: added expungement of an arrest that ended in acquittal or dismissal, or
brought no charge within one year (§ 67-3004(10)), from a secondary summary (the text of (10) did
not surface); before, a dismissed charge without a trafficking link showed no relief.

Reviewed 2026-12-07 against the text of Idaho Code §§ 67-3014 (through 2024, ch. 147), 67-3004 (through
2023, ch. 108, the Clean Slate Act) and 19-2604 (through 2017, ch. 172), Justia copies of the Idaho Code as
scraped into the saint1415/us-statutes data set (February 2026). Changed: Clean Slate shielding now follows
§ 67-3004(11)(c), under which any conviction after the sentence ended, up to the hearing, bars shielding
(the five-year look-back before the petition, taken from press reports, let a conviction be outwaited), and
(11)(k)'s one granted petition in a lifetime is now a condition rather than only a note; added the set-aside
and dismissal of § 19-2604(1) for withheld judgments and suspended sentences, which the module had left out.

Cross-check 2026-12-07 (worked examples built from the statute text): a charge dismissed after a diversion
program now reaches trafficking-survivor expungement (§ 67-3014(2): an arrest or prosecution "that resulted
in a dismissal"), and a pretrial diversion dismissed without a plea now reaches § 67-3004(10) ("all charges
dismissed"), which leaves out only dismissals under § 19-2604; both had left completed diversions out.

Reviewed 2026-12-07 (statute audit): read again, word by word, §§ 67-3004 and 67-3014 in the same Justia copies (the
chapter as scraped holds 2025 amendments to § 67-3008, so §§ 67-3004 and 67-3014 are unchanged through the 2025
session), with the Idaho Supreme Court's Clean Slate page. Changed: (1) § 67-3004(11)(a) lets a person "arrested for,
prosecuted for, or convicted of" a misdemeanor petition for shielding, but (c) counts the five years from the end of a
sentence; a case that ended without a conviction was ruled out and is now left open (no question can settle it), and
a plea dismissed after a withheld judgment (§ 19-2604(1), which (10) leaves out) is covered, waiting five years from
the end of its sentence. (2) (11)(a) also covers "felony possession of a controlled substance under section 37-2732(a),
(c), or (e)"; a felony of another kind with no offense picked is now open instead of ruled out. (3) § 67-3014(10) says
the court "shall vacate" and "shall ... order" expungement once the trafficking link is proven; both trafficking
remedies are marked as not discretionary. Still open: the date § 67-3014 took effect (2015, ch. 308; 1 January 2015
is used); whether the coercion-defense exception of § 67-3014(2) reaches a given offense (a limit); the other shielding
bars of (11)(c) (probation or parole for a later conviction, a restraining order) are limits, not asked.

Legal help checked 2026-12-07: Idaho Legal Aid Services and the Idaho Volunteer Lawyers Program removed (the
sources describe only civil work); added the Idaho Supreme Court's Clean Slate forms page and Interfaith
Sanctuary's Second Chance clinics (Boise).
"""

from datetime import date

from rules.condition import ChargeContext
from rules.conditions import (
    convicted,
    custom,
    disposition_is,
    granted_once_under_this_law,
    no_pending_case,
    offense_not_in,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

IC_67_3014_2 = "Idaho Code § 67-3014(2)"
IC_67_3014_4 = "Idaho Code § 67-3014(4)"
IC_67_3004_10 = "Idaho Code § 67-3004(10)"
IC_67_3004_11 = "Idaho Code § 67-3004(11)"
IC_67_3004_11_A = "Idaho Code § 67-3004(11)(a)"
IC_67_3004_11_C = "Idaho Code § 67-3004(11)(c)"
IC_67_3004_11_K = "Idaho Code § 67-3004(11)(k)"
IC_19_2604_1 = "Idaho Code § 19-2604(1)"

TRAFFICKING_TEXT = Source(
    "Idaho Code § 67-3014 text (PocketLaw)",
    "https://getpocketlaw.com/law/state_idaho/section-67-3014-expungement-for-victims-of-human-trafficking_918e32992e11",
)
FNUSA = Source("Freedom Network USA: Idaho vacatur summary", "https://freedomnetworkusa.org/srp_states/id/")
CSG = Source("Clean Slate Clearinghouse: Idaho (ID-NC-2)", "https://cleanslateclearinghouse.org/policies/id-nc-2/")
CLEAN_SLATE_COURT = Source("Idaho Supreme Court: Clean Slate Act", "https://isc.idaho.gov/Clean-Slate-Act")
CLEAN_SLATE_NEWS = Source(
    "Local News 8: Idaho's Clean Slate Act goes into effect (4 January 2024)",
    "https://localnews8.com/news/idaho/2024/01/04/idahos-clean-slate-act-goes-into-effect",
)
CODE_67_3004 = Source(
    "Idaho Code § 67-3004 (Justia copy, through 2023, ch. 108)",
    "https://law.justia.com/codes/idaho/title-67/chapter-30/section-67-3004/",
)
CODE_67_3014 = Source(
    "Idaho Code § 67-3014 (Justia copy, through 2024, ch. 147)",
    "https://law.justia.com/codes/idaho/title-67/chapter-30/section-67-3014/",
)
CODE_19_2604 = Source(
    "Idaho Code § 19-2604 (Justia copy, through 2017, ch. 172)",
    "https://law.justia.com/codes/idaho/title-19/chapter-26/section-19-2604/",
)
SHIELDING_GUIDE = Source(
    "Idaho expungement and record shielding summary (Ezel)",
    "https://ezel.ai/templates/expungement-petition-and-eligibility-memo/id",
)

OFFENSES = (
    Offense(
        "id-ic-18-5613",
        "Prostitution",
        "Idaho Code § 18-5613",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="Penalties rise with repeat convictions; check your papers for the level.",
    ),
    Offense("id-ic-18-5614", "Patronizing a prostitute", "Idaho Code § 18-5614", Category.SOLICITATION, Level.UNKNOWN),
    Offense("id-ic-18-5602", "Procurement (pimping)", "Idaho Code § 18-5602", Category.PROMOTING, Level.FELONY),
    Offense("id-ic-18-4116", "Indecent exposure", "Idaho Code § 18-4116", Category.LEWDNESS, Level.UNKNOWN),
    Offense(
        "id-ic-18-6409", "Disturbing the peace", "Idaho Code § 18-6409", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
    Offense("id-ic-18-8602", "Human trafficking", "Idaho Code § 18-8602", Category.TRAFFICKING, Level.FELONY),
)


vacatur_for_trafficking_survivors = Remedy(
    id="id-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate and expunge a conviction that resulted from trafficking",
    citations=(IC_67_3014_2,),
    sources=(CODE_67_3014, TRAFFICKING_TEXT, FNUSA),
    # Enacted in 2015; only the year is confirmed, so 1 January 2015 is used.
    effective=date(2015, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=IC_67_3014_2),
        trafficking_nexus(cite=IC_67_3014_2),
    ),
    effect="The court vacates the conviction and orders the records expunged. The case is treated as if it "
    "never happened and cannot be used against you.",
    limits=(
        "Not available for offenses where the defense of coercion is not allowed, or if you raised that "
        "defense at trial and were convicted.",
        "File within a reasonable time. The petition must name the trafficker as far as you know.",
    ),
    next_steps=(
        "File a civil petition under Idaho Code 67-3014 in the district court; the file is sealed and "
        "hearings are closed. No lawyer is appointed, so contact one of the groups below.",
        "You must show by a preponderance of the evidence that the acts were required by the trafficker.",
    ),
    legal_defect=True,
    # § 67-3014(10): once the facts are shown "the court shall vacate the conviction ... and order that the
    # criminal history records ... be expunged".
    discretionary=False,
    filing="The district court in the county of the arrest or conviction.",
)

PROSECUTED_AND_ENDED = disposition_is(
    Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.DIVERSION_COMPLETED, cite=IC_67_3014_4
)

expungement_of_trafficking_arrests = Remedy(
    id="id-expungement-trafficking-arrest",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest or dismissed case that resulted from trafficking",
    citations=(IC_67_3014_2, IC_67_3014_4),
    sources=(CODE_67_3014, TRAFFICKING_TEXT, CSG),
    effective=date(2015, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A charge dismissed after a diversion program is "a prosecution that resulted in a dismissal".
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=IC_67_3014_2,
        ),
        trafficking_nexus(cite=IC_67_3014_2),
        # An arrest that was never prosecuted waits two years from the arrest; a dismissal or
        # acquittal can be filed on once the case has ended.
        wait_by_outcome(
            {
                Disposition.NO_CHARGES: waiting_period(years=2, since=Event.OFFENSE, cite=IC_67_3014_4),
                # No wait after a prosecution ended (only "a reasonable time"); this entry is always met.
                Disposition.DISMISSAL: PROSECUTED_AND_ENDED,
                Disposition.ACQUITTAL: PROSECUTED_AND_ENDED,
                Disposition.DIVERSION_COMPLETED: PROSECUTED_AND_ENDED,
            },
            cite=IC_67_3014_4,
        ),
    ),
    effect="The court orders the arrest and court records expunged; you may say the arrest did not happen.",
    next_steps=("File a civil petition under Idaho Code 67-3014 in the district court.",),
    # § 67-3014(10): "the court shall ... order that the criminal history records ... be expunged".
    discretionary=False,
    filing="The district court in the county of the arrest.",
)

NOT_CONVICTED = disposition_is(
    Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.DIVERSION_COMPLETED, cite=IC_67_3004_10
)

# § 67-3004(10): no charge filed within one year of the arrest, an acquittal of everything, or a
# dismissal of all charges other than one granted under § 19-2604(1) (read in the statute text 2026-12-07).
non_conviction_expungement = Remedy(
    id="id-expungement-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge the fingerprint and history record of an arrest that did not lead to a conviction",
    citations=(IC_67_3004_10,),
    sources=(CODE_67_3004, SHIELDING_GUIDE),
    # In force long before this screener; the exact date was not confirmed.
    effective=date(2015, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A dismissal after a withheld judgment (§ 19-2604(1)) does not count, so of completed diversions
        # only a pretrial one (dismissed with no plea) does.
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=IC_67_3004_10,
        ),
        # No charge filed within one year of the arrest; an acquittal or dismissal has no wait.
        wait_by_outcome(
            {
                Disposition.NO_CHARGES: waiting_period(years=1, since=Event.OFFENSE, cite=IC_67_3004_10),
                Disposition.DISMISSAL: NOT_CONVICTED,
                Disposition.ACQUITTAL: NOT_CONVICTED,
                Disposition.DIVERSION_COMPLETED: NOT_CONVICTED,
            },
            cite=IC_67_3004_10,
        ),
    ),
    effect="The Idaho State Police remove the fingerprints and criminal history record of that arrest.",
    limits=(
        "Every charge from the arrest must have been dismissed or ended in acquittal.",
        "A dismissal after a withheld judgment (Idaho Code 19-2604) does not count here.",
    ),
    next_steps=(
        "Send a written request to the Idaho State Police Bureau of Criminal Identification with a copy of the "
        "dismissal or acquittal.",
    ),
    discretionary=False,
    filing="The Idaho State Police Bureau of Criminal Identification.",
)


# A case that ended without a conviction or plea: (11)(a) names arrests and prosecutions, but (11)(c) times the petition
# from the end of a sentence.
NO_SENTENCE = frozenset({Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES})
# The offenses of this module; none is felony possession of a controlled substance (§ 37-2732).
KNOWN_OFFENSES = frozenset(o.id for o in OFFENSES)


def _arrested_prosecuted_or_convicted(context: ChargeContext) -> Finding:
    """§ 67-3004(11)(a): "any person arrested for, prosecuted for, or convicted of a misdemeanor ... may petition".
    A conviction, or a plea dismissed after a withheld judgment (prosecuted, with a sentence to complete), is covered;
    a case that ended with no conviction and no plea is named in (a), but (c) counts the five years from the end of a
    sentence, so how it applies there is left open. Custom because the shared outcome rule cannot say that."""
    charge = context.charge
    disposition = charge.disposition
    if disposition is Disposition.CONVICTION:
        return met(msg("You were convicted, which this covers."))
    if disposition is Disposition.DIVERSION_COMPLETED and charge.diversion_kind is DiversionKind.DEFERRED_ADJUDICATION:
        return met(
            msg(
                "You were prosecuted and pleaded guilty or no contest before the case was dismissed, which this covers."
            )
        )
    if disposition in NO_SENTENCE or disposition is Disposition.DIVERSION_COMPLETED:
        return unknown(
            msg(
                "The law lets a person who was only arrested for or prosecuted for a misdemeanor ask for shielding, "
                "but it counts the wait from the end of a sentence; how that applies to a case that ended without a "
                "conviction is not settled. Expunging the arrest record is the surer path."
            )
        )
    if disposition is Disposition.UNKNOWN:
        return unknown(
            msg(
                "This covers an arrest, a prosecution or a conviction that has ended; how the case ended is not known."
            ),
            context.path(Fact.DISPOSITION),
        )
    return not_met(msg("The case is still open, so there is nothing to shield yet."))


def _misdemeanor_or_drug_possession(context: ChargeContext) -> Finding:
    """§ 67-3004(11)(a): a misdemeanor, or "felony possession of a controlled substance under section 37-2732(a), (c),
    or (e)". None of the offenses this module lists is that felony, so a felony is covered only when it was charged
    under a law the module does not list. Custom because the shared level rule cannot make that exception."""
    charge = context.charge
    if charge.level is Level.MISDEMEANOR:
        return met(msg("A misdemeanor is covered."))
    if charge.level is Level.UNKNOWN:
        return unknown(
            msg(
                "This covers misdemeanors and felony possession of a controlled substance; the level of the charge is "
                "not known."
            ),
            context.path(Fact.LEVEL),
        )
    if charge.level is Level.FELONY and charge.offense not in KNOWN_OFFENSES and charge.category is Category.OTHER:
        return unknown(
            msg(
                "A felony is covered only if it was possession of a controlled substance (Idaho Code 37-2732); which "
                "law this charge was under is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return not_met(msg("This covers misdemeanors and felony possession of a controlled substance, not this charge."))


def _no_conviction_since_sentence(context: ChargeContext) -> Finding:
    """§ 67-3004(11)(c): no "subsequent felony or misdemeanor convictions" during the five years after the
    sentence "and until the time of a hearing on the petition": a conviction after the sentence ended bars
    shielding; it is not outwaited."""
    if context.charge.disposition in NO_SENTENCE:
        return met(msg("There was no sentence in this case, so no conviction can have followed it."))
    others = context.convictions.besides(context.index)
    ended = context.charge.sentence_completed_date
    if ended is None:
        if not others:
            return met(msg("You listed no other conviction. Convictions you did not list would count too."))
        return unknown(
            msg("No conviction may follow the end of this sentence; the date the sentence ended is not known."),
            context.path(Fact.SENTENCE_COMPLETED_DATE),
        )
    undated = [p.path("date") for p in others if p.day is None]
    if any(p.day is not None and p.day > ended for p in others):
        return not_met(msg("You listed a conviction after this sentence ended, which rules this out."))
    if undated:
        return unknown(
            msg(
                "No conviction may follow the end of this sentence; the date of another listed conviction is not known."
            ),
            *undated,
        )
    return met(msg("None of the convictions you listed came after this sentence ended."))


SHIELDING_WAIT = waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=IC_67_3004_11_C)
# Always met for these outcomes: an entry that only lets them through the wait.
ENDED_WITHOUT_SENTENCE = disposition_is(
    Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=IC_67_3004_11_C
)

clean_slate_shielding = Remedy(
    id="id-clean-slate-shielding",
    kind=RemedyKind.SEALING,
    title="Clean Slate: ask the court to shield a misdemeanor conviction",
    citations=(IC_67_3004_11, IC_67_3004_11_A, IC_67_3004_11_C, IC_67_3004_11_K),
    sources=(CODE_67_3004, CLEAN_SLATE_COURT, CLEAN_SLATE_NEWS),
    # Signed 22 March 2023; reported in effect from the start of 2024.
    effective=date(2024, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        # Custom: (11)(a) names arrests and prosecutions too; only a conviction or a plea gives (c) a sentence to count from.
        custom(
            "arrested prosecuted or convicted",
            requirement="You were convicted of the charge, or pleaded to it before it was dismissed (an arrest or "
            "prosecution that ended otherwise may also qualify).",
            reads=(Fact.DISPOSITION, Fact.DIVERSION_KIND),
            rule=_arrested_prosecuted_or_convicted,
            cite=IC_67_3004_11_A,
        ),
        # Custom: a misdemeanor, or felony possession of a controlled substance under § 37-2732.
        custom(
            "misdemeanor or felony drug possession",
            requirement="The charge was a misdemeanor, or felony possession of a controlled substance.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_misdemeanor_or_drug_possession,
            cite=IC_67_3004_11_A,
        ),
        # § 67-3004(11)(b)(xiii): indecent exposure is an "assaultive or violent misdemeanor".
        offense_not_in("id-ic-18-4116", cite=IC_67_3004_11),
        # (c): five years after the sentence; a case that ended with no sentence has none to wait out.
        wait_by_outcome(
            {
                Disposition.CONVICTION: SHIELDING_WAIT,
                Disposition.DIVERSION_COMPLETED: SHIELDING_WAIT,
                Disposition.DISMISSAL: ENDED_WITHOUT_SENTENCE,
                Disposition.ACQUITTAL: ENDED_WITHOUT_SENTENCE,
                Disposition.NO_CHARGES: ENDED_WITHOUT_SENTENCE,
            },
            cite=IC_67_3004_11_C,
        ),
        # Custom: (11)(c) bars any conviction from the end of the sentence until the hearing, which the
        # shared windows (a fixed number of years) cannot say.
        custom(
            "no conviction since the sentence ended",
            requirement="No new conviction since you finished the sentence for this one.",
            reads=(Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_no_conviction_since_sentence,
            cite=IC_67_3004_11_C,
        ),
        no_pending_case(cite=IC_67_3004_11_C),
        # (11)(k): one petition granted in a lifetime under this subsection.
        granted_once_under_this_law(cite=IC_67_3004_11_K),
    ),
    effect="The record is shielded from public view. Police and some courts can still see it, and a new "
    "conviction can undo the shielding.",
    limits=(
        "You can use this only once in your life. Fines and restitution must be paid.",
        "Violent and some sexual offenses, such as indecent exposure, are left out.",
        "You cannot have a restraining order against you, or be on probation or parole for a new conviction, "
        "when you file.",
    ),
    next_steps=("File a petition to shield the record in the court where you were convicted.",),
    filing="The court where the conviction was entered.",
)


def _withheld_or_suspended(context: ChargeContext) -> Finding:
    """§ 19-2604(1)(a): open to a withheld judgment or suspended sentence, a felony without a prison
    sentence, or a misdemeanor without jail time (or with jail suspended). The screening asks only
    whether judgment was withheld, so any other conviction stays open. Custom for that reason."""
    if context.charge.adjudication_withheld is Answer.YES:
        return met(msg("The judge withheld judgment."))
    return unknown(
        msg(
            "This is open to a withheld judgment, a suspended sentence, a felony without a prison sentence, or a "
            "misdemeanor without jail time or with jail suspended; which applies is not known."
        ),
        context.path(Fact.ADJUDICATION_WITHHELD),
    )


set_aside = Remedy(
    id="id-set-aside-19-2604",
    kind=RemedyKind.SET_ASIDE,
    title="Set aside a guilty plea after a withheld judgment or suspended sentence and dismiss the case",
    citations=(IC_19_2604_1,),
    sources=(CODE_19_2604,),
    # An old law (1915); the current form dates from 2017, ch. 172, in force 1 July 2017 (Idaho's usual day).
    effective=date(2017, 7, 1),
    reviewed=REVIEWED,
    # § 19-2604(4): offenses requiring sex-offender registration cannot be dismissed.
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        # § 19-2604(4): a conviction "notwithstanding the form of the judgment or withheld judgment".
        convicted(cite=IC_19_2604_1),
        # Custom: the kinds of sentence that qualify are not asked, only a withheld judgment.
        custom(
            "withheld judgment or suspended sentence",
            requirement="The judge withheld judgment or suspended the sentence, or did not send you to prison "
            "(felony) or jail (misdemeanor).",
            reads=(Fact.ADJUDICATION_WITHHELD,),
            rule=_withheld_or_suspended,
            cite=IC_19_2604_1,
        ),
    ),
    effect="The court sets aside the guilty plea or conviction and dismisses the case, which restores your civil "
    "rights. The record is not sealed by this alone.",
    limits=(
        "The judge must not have found, and you must not have admitted, a probation violation.",
        "The judge decides whether there is good cause.",
        "Offenses that require sex-offender registration cannot be dismissed this way.",
        "A dismissal under this law does not open expungement of the arrest record under Idaho Code 67-3004(10).",
    ),
    next_steps=(
        "File a motion to set aside the plea and dismiss the case (Idaho Code 19-2604) in the court that "
        "sentenced you; you can file once probation ends, or while on probation if the judge ends it early.",
    ),
    filing="The court that entered the judgment.",
)

JURISDICTION = Jurisdiction(
    code="ID",
    name="Idaho",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_of_trafficking_arrests,
        non_conviction_expungement,
        clean_slate_shielding,
        set_aside,
    ),
    legal_help=(
        # 2026-12-07: Idaho Legal Aid Services and the Idaho Volunteer Lawyers Program removed; the sources seen
        # describe only civil work (family, housing, consumer, benefits), not record relief.
        LegalHelp(
            "Idaho Supreme Court: Clean Slate Act",
            "https://isc.idaho.gov/Clean-Slate-Act",
            "Court forms and instructions for a petition to shield records",
        ),
        LegalHelp(
            "Interfaith Sanctuary (Boise)",
            "https://interfaithsanctuary.org/blog/new-beginnings-idahoans-find-second-chances-through-the-clean-slate-law/",
            "Second Chance clinics to check Clean Slate eligibility and fill out the paperwork",
        ),
    ),
    where_to_file="The district or magistrate court in the county where you were arrested or convicted.",
)
