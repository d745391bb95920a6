"""Delaware: vacatur for trafficking survivors, automatic (mandatory) expungement, expungement by petition.

Reviewed 2026-11-25 against 11 Del. C. § 787(j) (as amended by H.B. 9, 151st General Assembly,
2021) and 11 Del. C. §§ 4372-4375 (Adult Expungement Reform Act of 2019 and the 2021 Clean Slate
Act, whose automatic expungement began in August 2024). H.B. 201 of the 153rd General Assembly
(lowering the trafficking link to "as a result" and ending mandatory hearings) was seen only as a
bill; we could not confirm it became law, so the older rules (a hearing is held) are described.
We could not read the full list of misdemeanors in § 4373(b) that are left out of mandatory
expungement, so sex-trade and lewdness misdemeanors are treated as possibly on that list.

Reviewed 2026-12-06 against the official §§ 4371-4372, copies of §§ 4373-4374 and H.B. 9's text of
§ 787(j)(2): discretionary expungement now waits three years (misdemeanors off the § 4373(b) list)
or seven (listed misdemeanors, felonies) from the later of conviction and release, not seven years
from the end of the whole sentence; misdemeanors in several cases are screened under § 4374(a)(4);
an arrest with no charges counts a year from the arrest (§ 4372(b)(6)).

Reviewed 2026-12-06 for the shared vocabulary: every condition stays custom, each with its reason. The
year after an uncharged arrest now declares the arrest date it reads (it declared the date the case
ended). The violent-felony, § 4373(b)-list and discretionary-wait conditions turn on lists not read
in full; the uncharged-arrest year is not a wait by outcome only because that condition would ask for
the arrest date while the outcome is unknown.

Reviewed 2026-12-07 (independent cross-check with worked examples built from the statute text) against
the official §§ 4371-4372 (delcode.delaware.gov) and 83 Del. Laws c. 418 (H.B. 447): § 4372(b)(7) counts
a case 7 or more years old whose charges are listed as pending or without a disposition as ended in the
person's favor, unless there is an active warrant, case activity in the last 12 months or a charge not
ended in their favor. Automatic expungement answered "not eligible" for every open case; an open case 7
or more years old (counted from the arrest) is now left open for a lawyer, since the screen does not ask
about warrants or recent activity. The list in § 4373(b) was again not found (searched: "11 Del. C.
§ 4373 mandatory expungement misdemeanors not eligible list", "§ 4373 (b) Exclusions misdemeanors").

Reviewed 2026-12-07 (statute audit): read again the official §§ 4371-4372(b) (delcode.delaware.gov), copies of
§§ 4373 and 4374 (instalawyer.io), 83 Del. Laws c. 418 and H.B. 9's text of § 787(j)(2), and Osgood v. State
(Del. Supreme Court, 8 December 2023, law.justia.com), which holds that "prior or subsequent convictions" in
§§ 4373-4374 "refers only to Delaware convictions". What changed: the screening asks for other convictions
"anywhere" without asking where, so a listed conviction no longer rules out the mandatory misdemeanor route or a
petition under § 4374(a)(1)-(3); it leaves them open. Convicted charges among those screened are Delaware
convictions and still bar (each is taken to be its own case). The several-cases petition (§ 4374(a)(4)) now needs
convictions "in more than 1 case" (one conviction alone was shown as eligible), counts its five years from the most
recent Delaware conviction or release, and is stopped only by a Delaware felony; a record whose only other
convictions are listed felonies has no second Delaware case for it. Still open: the § 4373(b) list of excluded
misdemeanors and the § 4201(c) violent-felony list were not read in full (the § 4201(c) copy seen stops at
§ 777A); the general bars of § 4372(e)-(f) (pending charges, unpaid fines, fees or restitution, a ten-year gap
after an earlier expungement, excluded crimes) were seen only in the official synopsis of S.B. 38 (2021) and
secondary guides, not in the text, so they are not screened; H.B. 201 (2025), which would lower the vacatur
link to "as a result", is still shown only as introduced; § 787(j)(1) (pardon and expungement for trafficking
victims) and § 4375 (expungement after a pardon) were not read and are not screened.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    PastConviction,
    WaitingPeriod,
    convicted,
    custom,
    disposition_is,
    level_is,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, Truth, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

DEL_787_J = "11 Del. C. § 787(j)(2)"
DEL_4201_C = "11 Del. C. § 4201(c)"
DEL_4372_B = "11 Del. C. § 4372(b)"
DEL_4372_B_7 = "11 Del. C. § 4372(b)(7)"
DEL_4373_A1 = "11 Del. C. § 4373(a)(1)"
DEL_4373_A2 = "11 Del. C. § 4373(a)(2)"
DEL_4373_B = "11 Del. C. § 4373(b)"
DEL_4374_A = "11 Del. C. § 4374(a)"
DEL_4374_B = "11 Del. C. § 4374(b)(1)"
DEL_4374_A4 = "11 Del. C. § 4374(a)(4)"

EXPUNGEMENT_LAW = Source(
    "Delaware Code, Title 11, Chapter 43, Subchapter VII: Expungement of Criminal Records",
    "https://delcode.delaware.gov/title11/c043/sc07/",
)
CCRC = Source(
    "Collateral Consequences Resource Center: Delaware record relief",
    "https://ccresourcecenter.org/text-blocks/delaware-record-relief",
)
ACLU_GUIDE = Source(
    "ACLU of Delaware: Mandatory Expungement Eligibility Guide",
    "https://aclu-de.org/en/news/mandatory-expungement-eligibility-guide",
)

OFFENSES = (
    Offense("de-11-1342", "Prostitution", "11 Del. C. § 1342", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense("de-11-1343", "Patronizing a prostitute", "11 Del. C. § 1343", Category.SOLICITATION, Level.MISDEMEANOR),
    Offense(
        "de-11-1351",
        "Promoting prostitution in the third degree",
        "11 Del. C. § 1351",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense(
        "de-11-1352",
        "Promoting prostitution in the second degree",
        "11 Del. C. § 1352",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "de-11-1353",
        "Promoting prostitution in the first degree",
        "11 Del. C. § 1353",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense("de-11-1341", "Lewdness", "11 Del. C. § 1341", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense(
        "de-11-1321",
        "Loitering",
        "11 Del. C. § 1321",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
        note="Check your papers for whether it was charged as a violation or a misdemeanor.",
    ),
    Offense("de-11-1301", "Disorderly conduct", "11 Del. C. § 1301", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense(
        "de-11-787",
        "Trafficking an individual, forced labor and sexual servitude",
        "11 Del. C. § 787",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Misdemeanors we could confirm are not on the § 4373(b) list of excluded misdemeanors.
NOT_ON_4373_B_LIST = frozenset({"de-11-1301"})


def _not_violent_felony(context: ChargeContext) -> Finding:
    """Violent felonies listed in § 4201(c) are left out; we could not check each felony against that list."""
    level = context.charge.level
    if level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("The charge was not a felony, so it is not on the violent felony list."))
    if level is Level.FELONY:
        return unknown(
            msg("Violent felonies are left out; whether this felony is on that list depends on the exact law."),
            context.path(Fact.OFFENSE),
        )
    return unknown(
        msg("Violent felonies are left out; whether the charge was a felony is not known."),
        context.path(Fact.LEVEL),
    )


def _not_excluded_misdemeanor(context: ChargeContext) -> Finding:
    """Misdemeanors listed in § 4373(b) need a court petition; only a few offenses are known to be off that list."""
    if context.charge.offense in NOT_ON_4373_B_LIST:
        return met(msg("This offense is not on the list of misdemeanors left out of automatic expungement."))
    return unknown(
        msg(
            "Some misdemeanors are left out of automatic expungement; whether this one is on that list "
            "needs to be checked."
        ),
        context.path(Fact.OFFENSE),
    )


def _uncharged_for_a_year(context: ChargeContext) -> Finding:
    """§ 4372(b)(6): an arrest counts as ended in your favor once no charge has been filed within a
    year of the ARREST. A custom condition because the wait applies to one outcome only and the
    other favorable outcomes carry none."""
    charge = context.charge
    if charge.disposition is Disposition.PENDING:
        return met(msg("There was no arrest without charges, so no extra wait applies."))
    if charge.disposition is not Disposition.NO_CHARGES:
        return met(msg("The case ended in court, so no extra wait applies."))
    start = charge.offense_date
    if start is None:
        return unknown(
            msg("An arrest with no charges counts only a year after the arrest; the arrest date is not known."),
            context.path(Fact.OFFENSE_DATE),
        )
    ends = add_period(start, years=1)
    if ends <= context.facts.as_of:
        return met(msg("A year has passed with no charges filed."), on=ends)
    return later(msg("An arrest with no charges counts only after a year; that is on {ends}.", ends=ends), on=ends)


def _old_case_without_outcome(context: ChargeContext) -> Finding:
    """§ 4372(b)(7): a case 7 or more years old whose charges have no disposition, or are listed as
    unknown, unobtainable or pending, counts as ended in the person's favor, unless there is an active
    warrant in it, documented case activity in the last 12 months, or a charge not ended in their
    favor. A custom condition: the screen does not ask about warrants or recent case activity, so an
    old open case stays open for a lawyer to check; the case's age is counted from the offense
    (arrest) date, the only date asked for an open case."""
    charge = context.charge
    if charge.disposition is not Disposition.PENDING:
        return met(msg("The case has an outcome, so the rule on old open cases does not apply."))
    start = charge.offense_date
    if start is None:
        return unknown(
            msg("A case still open counts as ended in your favor only once it is 7 years old; its date is not known."),
            context.path(Fact.OFFENSE_DATE),
        )
    if add_period(start, years=7) > context.facts.as_of:
        return not_met(msg("A case still open counts as ended in your favor only once it is 7 years old."))
    return unknown(
        msg(
            "A case open for 7 years or more counts as ended in your favor if there is no active warrant in it "
            "and no court activity in the last 12 months; a lawyer can check."
        )
    )


# Osgood v. State (Del. 2023): "prior or subsequent convictions" in §§ 4373-4374 are Delaware convictions only.
OSGOOD = "Osgood v. State, Nos. 1 and 2, 2023 (Del. Dec. 8, 2023)"


def _others(context: ChargeContext) -> tuple[tuple[PastConviction, ...], tuple[PastConviction, ...]]:
    """The person's other convictions: those among the charges screened (Delaware convictions, since the
    screening is of Delaware charges) and those the person listed, which may be from any state."""
    others = context.convictions.besides(context.index)
    return tuple(p for p in others if p.index is not None), tuple(p for p in others if p.index is None)


def _no_other_delaware_conviction(context: ChargeContext) -> Finding:
    """§ 4373(a)(2) and § 4374(a)(1)-(3): no prior or subsequent conviction, which Osgood v. State reads as
    Delaware convictions only. A custom condition: the screening asks for other convictions "anywhere" and
    not where they were, so a listed conviction leaves the answer open instead of ruling this out."""
    screened, listed = _others(context)
    if screened:
        return not_met(msg("You have another Delaware conviction among your charges; this needs no other one."))
    if listed:
        return unknown(
            msg(
                "Only another Delaware conviction stops this; a conviction in another state does not. Whether the "
                "other conviction you listed was in Delaware is not known."
            ),
            Fact.OTHER_CONVICTIONS.value,
        )
    return met(msg("You listed no other conviction. Another Delaware conviction you did not list would count."))


def _more_than_one_case(context: ChargeContext) -> Finding:
    """§ 4374(a)(4): convictions "in more than 1 case", Delaware cases only (Osgood v. State). A custom
    condition: a listed conviction may be from another state, which the screening does not ask."""
    screened, listed = _others(context)
    if screened:
        return met(msg("You have more than one Delaware conviction."))
    if listed and all(p.level is Level.FELONY for p in listed):
        # A listed felony either is a Delaware conviction, which stops this, or is not, and makes no second case.
        return not_met(
            msg(
                "This is for misdemeanors in more than one Delaware case. The only other convictions you listed are "
                "felonies: a Delaware felony stops this, and one from another state is not a second Delaware case."
            )
        )
    if listed:
        return unknown(
            msg(
                "This is for Delaware convictions in more than one case; whether the other conviction you listed "
                "was in Delaware is not known."
            ),
            Fact.OTHER_CONVICTIONS.value,
        )
    return not_met(msg("This is for convictions in more than one case; you have only this one."))


def _no_disqualifying_delaware_conviction(context: ChargeContext) -> Finding:
    """§ 4374(a)(4): no other prior or subsequent conviction that could not be expunged by the mandatory route
    standing alone; a felony is the plain case (the few felonies § 4373(a)(2)c allows are not credited).
    Delaware convictions only (Osgood v. State); a custom condition for the reason given above."""
    screened, listed = _others(context)
    if any(p.level is Level.FELONY for p in screened):
        return not_met(msg("You have a Delaware felony conviction among your charges, which stops this."))
    unsure = [p.path("level") for p in screened if p.level is Level.UNKNOWN]
    if unsure:
        return unknown(
            msg("A felony conviction stops this; the level of another of your charges is not known."), *unsure
        )
    if any(p.level in (Level.FELONY, Level.UNKNOWN) for p in listed):
        return unknown(
            msg(
                "A Delaware felony conviction stops this, but one from another state does not. Whether the "
                "conviction you listed was a Delaware felony is not known."
            ),
            Fact.OTHER_CONVICTIONS.value,
        )
    return met(msg("None of the other convictions you listed is a felony."))


def _five_years_since_latest_delaware_conviction(context: ChargeContext) -> Finding:
    """§ 4374(a)(4): five years "since the date of the most recent conviction or the date of release from
    incarceration, whichever is later", counting Delaware convictions only (Osgood v. State). This charge's
    own date is the wait condition beside this one; here the other convictions. A custom condition: a listed
    conviction inside the five years may be from another state, so it leaves the answer open."""
    screened, listed = _others(context)
    as_of = context.facts.as_of
    latest: list[date] = []
    for p in screened:
        charge = context.facts.charges[p.index] if p.index is not None else None
        days = [d for d in (p.day, charge.release_date if charge else None) if d is not None]
        if not days:
            return unknown(
                msg("This counts five years from your most recent Delaware conviction; a date is not known."),
                p.path("date"),
            )
        latest.append(max(days))
    if any(p.day is None or add_period(p.day, years=5) > as_of for p in listed):
        return unknown(
            msg(
                "This counts five years from your most recent Delaware conviction. You listed a conviction in the "
                "last five years (or of unknown date); whether it was in Delaware is not known."
            ),
            Fact.OTHER_CONVICTIONS.value,
        )
    if not latest:
        return met(msg("None of the convictions you listed falls in the last five years."))
    clear = add_period(max(latest), years=5)
    if clear <= as_of:
        return met(msg("Five years have passed since your most recent other Delaware conviction."), on=clear)
    return later(
        msg("Five years after your most recent other Delaware conviction comes on {day}.", day=clear), on=clear
    )


_THREE_YEARS = WaitingPeriod(cite=DEL_4374_A, since=Event.DISPOSITION, or_later=(Event.RELEASE,), years=3)
_SEVEN_YEARS = WaitingPeriod(cite=DEL_4374_A, since=Event.DISPOSITION, or_later=(Event.RELEASE,), years=7)


def _discretionary_wait(context: ChargeContext) -> Finding:
    """§ 4374(a)(1)-(3): three years for a misdemeanor not on the § 4373(b) list, seven for a listed
    misdemeanor or a felony, from the later of conviction and release from incarceration. A custom
    condition because the length turns on the § 4373(b) list, which was not read in full: for a
    misdemeanor not known to be off the list, the three-year date is only possibly enough."""
    charge = context.charge
    if charge.level is Level.MISDEMEANOR and charge.offense in NOT_ON_4373_B_LIST:
        return _THREE_YEARS.evaluate(context)
    seven = _SEVEN_YEARS.evaluate(context)
    if charge.level is Level.FELONY or seven.truth is Truth.MET:
        return seven
    three = _THREE_YEARS.evaluate(context)
    if three.truth is Truth.UNKNOWN:
        return three
    return unknown(
        msg(
            "Most misdemeanors wait three years and listed ones seven, from the later of conviction and release; "
            "whether this misdemeanor is on that list is not known."
        ),
        context.path(Fact.OFFENSE),
        *((context.path(Fact.LEVEL),) if charge.level is Level.UNKNOWN else ()),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="de-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from trafficking, then expunge it",
    citations=(DEL_787_J,),
    sources=(
        Source(
            "Delaware General Assembly: House Bill 9 (151st GA), amending 11 Del. C. § 787(j)",
            "https://legis.delaware.gov/json/BillDetail/GenerateHtmlDocumentEngrossment?docTypeId=6&engrossmentId=24247",
        ),
        Source("Delaware Code, Title 11, Chapter 5, Subchapter II", "http://delcode.delaware.gov/title11/c005/sc02"),
        CCRC,
    ),
    # Current form (any crime but violent felonies, adults and juveniles): H.B. 9, enacted 15 June 2021.
    effective=date(2021, 6, 15),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=DEL_787_J),
        trafficking_nexus(cite=DEL_787_J),
        # Custom: the § 4201(c) violent-felony list was not checked offense by offense, so a felony stays open.
        custom(
            "not a violent felony",
            requirement="The conviction is not for a violent felony.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_not_violent_felony,
            cite=DEL_4201_C,
        ),
    ),
    effect="The court cancels the conviction because you were trafficked, and the records can then be "
    "expunged (destroyed or locked away).",
    limits=("Violent felonies cannot be vacated this way.",),
    next_steps=(
        "File a written motion to vacate in the court where you were convicted, and send a copy to the "
        "Delaware Department of Justice.",
        "Describe your evidence and attach any official papers showing you were trafficked; they help but "
        "your own statement and other proof can be used too.",
        "The court may hold a hearing. After the conviction is vacated, ask for the records to be expunged.",
    ),
    legal_defect=True,
    filing="The court that entered the conviction (Superior Court, Court of Common Pleas or Justice of the "
    "Peace Court).",
)

expungement_after_favorable_termination = Remedy(
    id="de-expungement-favorable-termination",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement when a case ends in your favor",
    citations=(DEL_4373_A1, DEL_4372_B),
    sources=(EXPUNGEMENT_LAW, ACLU_GUIDE, CCRC),
    # Automatic processing under the 2021 Clean Slate Act began in August 2024 (month known, day not).
    effective=date(2024, 8, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            Disposition.NO_CHARGES,
            Disposition.PENDING,
            cite=DEL_4372_B,
        ),
        # Custom: wait_by_outcome would ask the arrest date while the outcome is unknown (example "Outcome unknown").
        custom(
            "a year with no charges",
            requirement="If you were arrested and never charged, a year has passed since the arrest.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE_DATE),
            rule=_uncharged_for_a_year,
            cite=DEL_4372_B,
        ),
        # Custom: the screen does not ask about warrants or case activity, which § 4372(b)(7) turns on.
        custom(
            "an old case without an outcome",
            requirement="A case still open counts only once it is 7 years old, with no active warrant and no "
            "court activity in the last 12 months.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE_DATE),
            rule=_old_case_without_outcome,
            cite=DEL_4372_B_7,
        ),
    ),
    effect="Police and court records of the case are expunged: destroyed or locked away, so you do not have "
    "to tell most people about the arrest. Other convictions on your record do not stop this.",
    limits=("Every charge in the same case must have ended in your favor or be eligible itself.",),
    next_steps=(
        "Nothing to file. If the case still shows on your record, send the State Bureau of Identification "
        "(Delaware State Police) an expungement application with a copy of your certified criminal history.",
    ),
    discretionary=False,
)

expungement_of_violation = Remedy(
    id="de-expungement-violation",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement of a violation three years after conviction",
    citations=(DEL_4373_A1,),
    sources=(EXPUNGEMENT_LAW, CCRC),
    effective=date(2024, 8, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=DEL_4373_A1),
        level_is(Level.VIOLATION, cite=DEL_4373_A1),
        waiting_period(years=3, since=Event.DISPOSITION, cite=DEL_4373_A1),
    ),
    effect="The record of a conviction for a violation (not a crime) is expunged without a petition, even if "
    "you have other convictions.",
    next_steps=(
        "Nothing to file. If it still shows up, apply to the State Bureau of Identification with your "
        "certified criminal history.",
    ),
    discretionary=False,
)

expungement_of_misdemeanor = Remedy(
    id="de-expungement-misdemeanor",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement of a misdemeanor five years after conviction",
    citations=(DEL_4373_A2,),
    sources=(EXPUNGEMENT_LAW, ACLU_GUIDE, CCRC),
    effective=date(2024, 8, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=DEL_4373_A2),
        level_is(Level.MISDEMEANOR, cite=DEL_4373_A2),
        # Custom: § 4373(b) was not read in full; only misdemeanors known to be off it are cleared.
        custom(
            "not an excluded misdemeanor",
            requirement="The misdemeanor is not on the list of misdemeanors left out of automatic expungement.",
            reads=(Fact.OFFENSE,),
            rule=_not_excluded_misdemeanor,
            cite=DEL_4373_B,
        ),
        waiting_period(years=5, since=Event.DISPOSITION, cite=DEL_4373_A2),
        # Custom: "no prior or subsequent convictions that bar eligibility", Delaware convictions only (Osgood v.
        # State); the screening does not ask where a listed conviction was.
        custom(
            "no other Delaware conviction",
            requirement="You have no other conviction in Delaware, before or after this one.",
            reads=(Fact.DISPOSITION, Fact.OTHER_CONVICTIONS),
            rule=_no_other_delaware_conviction,
            cite=f"{DEL_4373_A2}; {OSGOOD}",
        ),
    ),
    effect="The conviction is expunged without a petition: records are destroyed or locked away and most "
    "employers and landlords cannot see them.",
    limits=(
        "Another Delaware conviction, before or after this one, can block this; a conviction in another state "
        "does not. Misdemeanors on the excluded list need a court petition instead, after seven years.",
    ),
    next_steps=(
        "Nothing to file. If the conviction still shows up, apply to the State Bureau of Identification "
        "with your certified criminal history.",
    ),
    discretionary=False,
)

expungement_by_petition = Remedy(
    id="de-expungement-discretionary",
    kind=RemedyKind.EXPUNGEMENT,
    title="Ask a court to expunge a conviction",
    citations=(DEL_4374_A,),
    sources=(EXPUNGEMENT_LAW, CCRC),
    effective=date(2019, 12, 4),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=DEL_4374_A),
        # Custom: the § 4201(c) violent-felony list was not checked offense by offense, so a felony stays open.
        custom(
            "not a violent felony",
            requirement="The conviction is not for a violent felony.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_not_violent_felony,
            cite=DEL_4374_B,
        ),
        # Custom: the wait (3 or 7 years) turns on the unread § 4373(b) list, not on grade or level.
        custom(
            "wait by class of offense",
            requirement="Three years for most misdemeanors, seven for listed misdemeanors and felonies, from the "
            "later of the conviction and release from jail or prison.",
            reads=(Fact.LEVEL, Fact.OFFENSE, Fact.DISPOSITION_DATE, Fact.RELEASE_DATE),
            rule=_discretionary_wait,
            cite=DEL_4374_A,
        ),
        # Custom: § 4374(a)(1)-(3) "the person has no prior or subsequent convictions", Delaware convictions only
        # (Osgood v. State); the screening does not ask where a listed conviction was.
        custom(
            "no other Delaware conviction",
            requirement="You have no other conviction in Delaware, before or after this one.",
            reads=(Fact.DISPOSITION, Fact.OTHER_CONVICTIONS),
            rule=_no_other_delaware_conviction,
            cite=f"{DEL_4374_A}; {OSGOOD}",
        ),
    ),
    effect="If the judge agrees, the conviction is expunged: records are destroyed or locked away.",
    limits=(
        "You must have no other Delaware conviction before or after this one (a conviction in another state "
        "does not count); with misdemeanors in several cases, see the next option.",
    ),
    next_steps=(
        "Get a certified copy of your Delaware criminal history from the State Bureau of Identification.",
        "File a petition for discretionary expungement in the Superior Court (felonies) or the Court of "
        "Common Pleas (misdemeanors), and send it to the Department of Justice.",
        "The judge decides whether keeping the record would be unfair to you.",
    ),
    filing="Superior Court for felonies; Court of Common Pleas for misdemeanors.",
)

expungement_of_several_cases = Remedy(
    id="de-expungement-several-cases",
    kind=RemedyKind.EXPUNGEMENT,
    title="Ask a court to expunge misdemeanor convictions from more than one case",
    citations=(DEL_4374_A4,),
    sources=(EXPUNGEMENT_LAW, CCRC),
    effective=date(2019, 12, 4),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=DEL_4374_A4),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=DEL_4374_A4),
        # Custom: § 4373(b) was not read in full; only misdemeanors known to be off it are cleared.
        custom(
            "not an excluded misdemeanor",
            requirement="The misdemeanor is not on the list of misdemeanors left out of mandatory expungement.",
            reads=(Fact.OFFENSE,),
            rule=_not_excluded_misdemeanor,
            cite=DEL_4373_B,
        ),
        # Custom: "in more than 1 case", Delaware cases only (Osgood v. State).
        custom(
            "more than one Delaware case",
            requirement="You were convicted in Delaware in more than one case.",
            reads=(Fact.DISPOSITION, Fact.OTHER_CONVICTIONS),
            rule=_more_than_one_case,
            cite=f"{DEL_4374_A4}; {OSGOOD}",
        ),
        # "at least 5 years have passed since the date of the most recent conviction or the date of release
        # from incarceration, whichever is later": this conviction's own wait, and then the other Delaware
        # convictions (custom: a listed conviction may be from another state).
        waiting_period(years=5, since=(Event.DISPOSITION, Event.RELEASE), cite=DEL_4374_A4),
        custom(
            "five years since the latest Delaware conviction",
            requirement="Five years have passed since your most recent Delaware conviction or release, whichever "
            "is later.",
            reads=(Fact.DISPOSITION, Fact.DISPOSITION_DATE, Fact.RELEASE_DATE, Fact.OTHER_CONVICTIONS),
            rule=_five_years_since_latest_delaware_conviction,
            cite=f"{DEL_4374_A4}; {OSGOOD}",
        ),
        # Custom: no other Delaware conviction that could not be expunged on its own; a felony is the plain case.
        custom(
            "no disqualifying Delaware conviction",
            requirement="No other Delaware conviction that could not be expunged on its own, such as a felony.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
            rule=_no_disqualifying_delaware_conviction,
            cite=f"{DEL_4374_A4}; {OSGOOD}",
        ),
    ),
    effect="If the judge agrees, the convictions are expunged: records are destroyed or locked away.",
    limits=(
        "Every charge in each case must be one that can be expunged.",
        "A Delaware felony conviction, or a misdemeanor on the excluded list, stops this option.",
    ),
    next_steps=(
        "Get a certified copy of your Delaware criminal history from the State Bureau of Identification.",
        "File a petition for discretionary expungement in the Court of Common Pleas, and send it to the "
        "Department of Justice.",
    ),
    filing="The Court of Common Pleas.",
)

JURISDICTION = Jurisdiction(
    code="DE",
    name="Delaware",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_after_favorable_termination,
        expungement_of_violation,
        expungement_of_misdemeanor,
        expungement_by_petition,
        expungement_of_several_cases,
    ),
    legal_help=(
        LegalHelp("ACLU of Delaware", "https://aclu-de.org", "Expungement workshops and fee help"),
        LegalHelp("Community Legal Aid Society, Inc.", "https://www.declasi.org", "Free civil legal help"),
    ),
    where_to_file="Automatic and mandatory expungements: the State Bureau of Identification (Delaware State "
    "Police). Petitions: the Superior Court or Court of Common Pleas; vacatur: the court that convicted you.",
)
