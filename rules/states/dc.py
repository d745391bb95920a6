"""District of Columbia: vacatur and expungement for trafficking survivors, automatic sealing of
non-convictions and older misdemeanor convictions, and sealing by motion.

Reviewed 2026-11-25 against D.C. Code § 22-1844 (added by the Trafficking Survivors Relief
Amendment Act of 2018, D.C. Law 22-279) and § 22-1831 (definitions), and against chapter 8 of
title 16 as rewritten by the Second Chance Amendment Act of 2022 (D.C. Law 24-284), which applies
from 1 March 2025: §§ 16-801, 16-802, 16-803 (official text read), 16-805 and 16-806 (read only
through secondary summaries: CCRC, practitioners' guides, bill summaries of the Second Chance
Clarification Temporary Amendment Act of 2025, B26-0152).

What could not be confirmed, and how it is encoded:
- The full text of § 22-1844 was read only in summaries (JYSI, Freedom Network USA). Those say
  the sentence must be fully served before a conviction is vacated; the remedy requires a
  completed sentence. The sealing route the 2018 act gives for "ineligible" (serious violent)
  offenses is not encoded, as no sex-trade offense but sex trafficking of children is on that
  list and its terms were not read.
- The 17-item exclusion list of § 16-805(b) was seen only in a secondary summary. It names no
  prostitution offense, but it excludes "crimes of violence" and "dangerous crimes" under
  § 23-1331, which were not read; for promoting and trafficking offenses automatic sealing was
  left open. Superseded on 2026-12-07: § 23-1331(3) was read (see below).
- Sealing a non-conviction by motion before the automatic deadline, for offenses outside the
  § 16-805(b) list, was thought to rest on temporary legislation (D.C. Law 26-81) and was tied to
  its dates. Superseded on 2026-12-07: the permanent D.C. Law 26-52 enacted it (see below).
- Sealing a felony conviction by motion is closed to felonies in Offense Severity Groups 1-3 of
  the Sentencing Commission's Master Grid; which group each felony falls in was not checked, so
  felony sealing is left open.
- H.R. 5242 (119th Congress), a bill to repeal the Second Chance Amendment Act of 2022, was
  reported by the House Oversight Committee on 14 October 2025 (H. Rept. 119-341). Its enactment
  could not be confirmed, so the act is encoded as in force.
- The court's deadlines for automatic sealing (1 October 2027, or 90 days after the case ends or
  the ten-year wait runs out, whichever is later) come from secondary summaries and the parallel
  official text of § 16-802(b). A 2026 summary of the court's guidance said no case was yet being
  sealed automatically; that is shown as a limit.
- CCRC reports that the 2022 act dropped the old "disqualifying arrest or conviction" rules, so
  no pending-case or later-conviction bar is encoded for sealing.
- Prostitution has not been decriminalized in the District, so automatic expungement of
  decriminalized offenses (§ 16-802) does not reach these records.

Reviewed 2026-12-06 against D.C. Law 22-279 (official enacting text: § 22-1831(5A)-(5B)) and the
official §§ 16-802 and 16-803 section pages: no rule changed. Noted, not encoded: § 16-803
expungement by motion on grounds of actual innocence (any non-conviction, at any time), since it
turns on innocence, which the screening does not ask. The day D.C. Law 22-279 took effect is still
not confirmed (1 January 2019 was used; see the 2026-12-07 review).

Reviewed 2026-12-06 for the shared vocabulary: all seven customs stay (exclusion lists not read in
full or mostly outside these offenses, the court's sealing deadlines, a temporary law's dates,
severity groups); no rule changed.

Second review 2026-12-06: where the day the automatic-sealing deadline counts from is not given, the
deadline is shown as 1 October 2027 at the earliest (it is the later of that day and 90 days after
the event), instead of no date.

Reviewed 2026-12-07 against the official text of §§ 22-1844 (b)-(g) and 22-1845 (code.dccouncil.us section
pages, as copied in the saint1415/us-statutes repository): the conviction motion needs the proceedings over
and "any sentence of incarceration, commitment, probation, parole, or supervised release" completed
(§ 22-1844(e)); the court "shall grant" on clear and convincing evidence of a direct result of trafficking
(§ 22-1845(d)-(e)); arrests and prosecutions ended without conviction for any offense, eligible or not, can
be expunged (§ 22-1844(b)). What changed: both trafficking remedies start on 5 April 2019, the day named in
§ 22-1844(g), instead of 1 January 2019. Legal help: Amara Legal Center kept (its DC vacatur toolkit page was
seen); Legal Aid DC and the Public Defender Service were removed because no source seen in this review
supported their links or their record-relief work.

Reviewed 2026-12-07 (statute audit): read the official text of §§ 16-801 to 16-809 in their Second Chance form
(code.dccouncil.us section pages as copied in the saint1415/us-statutes repository), §§ 22-1831, 22-1844 to 22-1847,
§ 23-1331 and the enacting texts of D.C. Laws 25-50, 25-175, 25-217, 26-9 and 26-52 (the Council's law-xml
repository, snapshot of 30 June 2026). Changed: (1) § 16-806(a)(1)(B) was rewritten by D.C. Law 26-52 (the Peace DC
Omnibus Amendment Act of 2025, permanent, in force 28 October 2025, § 7 applying as of 1 March 2025): a non-conviction
for an offense not on the § 16-805(b) list may be sealed by a motion filed before 1 October 2027, and one on the list at
any time. The route no longer rests on a temporary law's window: it is open to every non-conviction until 1 October
2027, and after that only to listed offenses. (2) A "dangerous crime" (§ 23-1331(3)), item 13 of the § 16-805(b) list,
includes "Any felony offense under Chapter 27 of Title 22 (Prostitution, Pandering)" and any felony of the human
trafficking act: a felony pandering, procuring, house-of-prostitution, bawdy-house or third-offense prostitution
charge, and a trafficking felony, are now left out of automatic sealing (they were open), and may be sealed by
motion at any time; a prostitution charge of unknown level is open on its level. Still open: the Offense Severity
Group of each felony for conviction sealing by motion; whether lewd acts (§ 22-1312) need registration; H.R. 5242.
"""

from datetime import date, timedelta

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    level_is,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

DCC_22_1844_A = "D.C. Code § 22-1844(a)"
DCC_22_1844 = "D.C. Code § 22-1844"
DCC_22_1831_5B = "D.C. Code § 22-1831(5B)"
DCC_16_801_2 = "D.C. Code § 16-801(2)"
DCC_16_805_A = "D.C. Code § 16-805(a)"
DCC_16_805_B = "D.C. Code § 16-805(b)"
DCC_16_805_C = "D.C. Code § 16-805(c)"
DCC_16_806_A_1 = "D.C. Code § 16-806(a)(1)"
DCC_16_806_A_3 = "D.C. Code § 16-806(a)(3)"

# The Second Chance Amendment Act of 2022 applies from this day (D.C. Law 24-284, as delayed by
# later budget acts).
SECOND_CHANCE_APPLIES = date(2025, 3, 1)
# The Superior Court must finish sealing records that were already eligible by this day.
AUTOMATIC_DEADLINE = date(2027, 10, 1)
# § 16-806(a)(1)(B)(i), as rewritten by D.C. Law 26-52 (permanent, applying as of 1 March 2025): a non-conviction for
# an offense outside the § 16-805(b) list may be sealed by motion filed before this day; one on the list at any time.
MOTION_BEFORE = date(2027, 10, 1)

TRAFFICKING_RELIEF_LAW = Source(
    "D.C. Law 22-279, Trafficking Survivors Relief Amendment Act of 2018 (Council of the District of Columbia)",
    "https://code.dccouncil.gov/us/dc/council/laws/22-279",
)
TRAFFICKING_CHAPTER = Source(
    "D.C. Code, chapter 18A of title 22, Human Trafficking (Council of the District of Columbia)",
    "https://code.dccouncil.us/us/dc/council/code/titles/22/chapters/18A/index.full.html",
)
FNUSA_DC = Source(
    "Freedom Network USA, Survivor Reentry Project: District of Columbia",
    "https://freedomnetworkusa.org/srp_states/dc/",
)
SECOND_CHANCE_LAW = Source(
    "D.C. Law 24-284, Second Chance Amendment Act of 2022 (Council of the District of Columbia)",
    "https://code.dccouncil.gov/us/dc/council/laws/24-284",
)
CCRC_DC = Source(
    "Collateral Consequences Resource Center: District of Columbia record relief",
    "https://ccresourcecenter.org/text-blocks/district-of-columbia-record-relief/",
)
KOEHLER_GUIDE = Source(
    "Koehler Law: Expungement and sealing of criminal records in Washington, D.C.",
    "https://koehlerlaw.net/dc-expungement-sealing-criminal-records",
)
PEACE_DC_ACT = Source(
    "D.C. Law 26-52, Peace DC Omnibus Amendment Act of 2025, § 7 (Council of the District of Columbia)",
    "https://code.dccouncil.gov/us/dc/council/laws/26-52",
)
DANGEROUS_CRIME = Source(
    "D.C. Code § 23-1331, definitions of 'dangerous crime' and 'crime of violence' (Council of the District of Columbia)",
    "https://code.dccouncil.gov/us/dc/council/code/sections/23-1331",
)
OFFENSES = (
    Offense(
        "dc-dcc-22-2701",
        "Engaging in prostitution or soliciting for prostitution",
        "D.C. Code § 22-2701",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A first or second conviction is a misdemeanor; a third or later one carries up to two years, a felony. "
        "The section also covers the customer (patron).",
    ),
    Offense(
        "dc-dcc-22-2705",
        "Pandering; inducing or compelling an individual to engage in prostitution",
        "D.C. Code § 22-2705",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "dc-dcc-22-2707",
        "Procuring; receiving money for arranging an assignation",
        "D.C. Code § 22-2707",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "dc-dcc-22-2712",
        "Operating a house of prostitution",
        "D.C. Code § 22-2712",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "dc-dcc-22-2722",
        "Keeping a bawdy or disorderly house",
        "D.C. Code § 22-2722",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "dc-dcc-22-1312",
        "Lewd, indecent, or obscene acts",
        "D.C. Code § 22-1312",
        Category.LEWDNESS,
        Level.MISDEMEANOR,
    ),
    Offense(
        "dc-dcc-22-1321",
        "Disorderly conduct",
        "D.C. Code § 22-1321",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "dc-dcc-22-1307",
        "Crowding, obstructing, or incommoding",
        "D.C. Code § 22-1307",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "dc-dcc-22-3302",
        "Unlawful entry on property",
        "D.C. Code § 22-3302",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "dc-dcc-22-1833",
        "Trafficking in labor or commercial sex acts",
        "D.C. Code § 22-1833",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
    Offense(
        "dc-dcc-22-1834",
        "Sex trafficking of children",
        "D.C. Code § 22-1834",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Offenses the trafficking-survivor vacatur does not reach (§ 22-1831(5B)); of the offenses
# listed here only sex trafficking of children is among them.
TRAFFICKING_INELIGIBLE = ("dc-dcc-22-1834",)

# The prostitution and pandering chapter (chapter 27 of title 22): any felony under it is a "dangerous crime"
# (§ 23-1331(3)(B)) and so on the § 16-805(b) list (item 13); a misdemeanor under it is on no item of the list.
CHAPTER_27 = frozenset({"dc-dcc-22-2701", "dc-dcc-22-2705", "dc-dcc-22-2707", "dc-dcc-22-2712", "dc-dcc-22-2722"})
# Felonies under the human trafficking act are dangerous crimes too (§ 23-1331(3)(I)).
TRAFFICKING_FELONIES = frozenset({"dc-dcc-22-1833", "dc-dcc-22-1834"})
# Offenses seen to be outside every item of the § 16-805(b) exclusion list.
NOT_ON_805B_LIST = frozenset({"dc-dcc-22-1321", "dc-dcc-22-1307", "dc-dcc-22-3302"})

NON_CONVICTIONS = (
    Disposition.DISMISSAL,
    Disposition.ACQUITTAL,
    Disposition.NO_CHARGES,
    Disposition.DIVERSION_COMPLETED,
)


def _listed(offense: str, level: Level) -> bool | None:
    """Whether an offense of this level is on the § 16-805(b) list; None when it cannot be told."""
    if offense in TRAFFICKING_FELONIES:
        return True
    if offense in CHAPTER_27:
        if level is Level.FELONY:
            return True
        return False if level in (Level.MISDEMEANOR, Level.VIOLATION) else None
    return False if offense in NOT_ON_805B_LIST else None


def _on_805b(context: ChargeContext) -> bool | None:
    """True when the charge is on the § 16-805(b) list, False when it is surely off it, None when it cannot be told."""
    charge = context.charge
    if charge.offense is not None:
        return _listed(charge.offense, charge.level)
    same_category = {i for i, o in context.offenses.items() if o.category is charge.category}
    found = {_listed(i, charge.level) for i in same_category}
    return found.pop() if len(found) == 1 else None


def _805b_question(context: ChargeContext) -> str:
    """The answer that would settle the list: the level of a prostitution-chapter charge, else which law it was under."""
    charge = context.charge
    if charge.level is Level.UNKNOWN and (charge.offense in CHAPTER_27 or charge.category is Category.PROSTITUTION):
        return context.path(Fact.LEVEL)
    return context.path(Fact.OFFENSE)


def _trafficking_eligible_offense(context: ChargeContext) -> Finding:
    """Every D.C. Code offense but the serious violent and sexual ones listed in § 22-1831(5B)."""
    charge = context.charge
    if charge.offense in TRAFFICKING_INELIGIBLE:
        return not_met(msg("Sex trafficking of children is one of the offenses this does not cover."))
    if charge.offense is not None:
        return met(msg("This offense is not on the list of offenses this does not cover."))
    same_category = {i for i, o in context.offenses.items() if o.category is charge.category}
    if same_category and not same_category & set(TRAFFICKING_INELIGIBLE):
        return met(msg("This offense is not on the list of offenses this does not cover."))
    return unknown(
        msg(
            "A few serious violent and sexual offenses (murder, first degree sexual abuse, sex trafficking of "
            "children and others) are not covered; which law the charge was under is not known."
        ),
        context.path(Fact.OFFENSE),
    )


def _not_excluded_from_automatic_sealing(context: ChargeContext) -> Finding:
    listed = _on_805b(context)
    if listed is False:
        return met(msg("This offense is not on the list of offenses left out of automatic sealing."))
    if listed:
        return not_met(
            msg(
                "A felony under the prostitution and pandering laws, or a trafficking felony, is a 'dangerous crime' "
                "and is left out of automatic sealing. A motion to seal is the way for it."
            )
        )
    return unknown(
        msg(
            "Some offenses (violent, sexual, domestic and drunk-driving offenses, and felonies under the prostitution "
            "and pandering laws, among them) are left out of automatic sealing; we could not confirm that this charge "
            "is not one of them."
        ),
        _805b_question(context),
    )


def _sealing_deadline(start: date | None, context: ChargeContext) -> Finding:
    if start is None:
        # The deadline is the later of 1 October 2027 and a day not given, so it is never before 1 October 2027.
        if context.facts.as_of < AUTOMATIC_DEADLINE:
            return later(
                msg("The court has until {deadline} at the earliest to seal this record.", deadline=AUTOMATIC_DEADLINE),
                on=AUTOMATIC_DEADLINE,
            )
        return met(msg("The court seals these records on its own; the date it must act by is not known."))
    deadline = max(AUTOMATIC_DEADLINE, start + timedelta(days=90))
    if deadline <= context.facts.as_of:
        return met(msg("The court had to seal this record by {deadline}.", deadline=deadline), on=deadline)
    return later(msg("The court has until {deadline} to seal this record.", deadline=deadline), on=deadline)


def _non_conviction_deadline(context: ChargeContext) -> Finding:
    """Sealed by 1 October 2027, or within 90 days after the case ended, whichever is later."""
    return _sealing_deadline(context.charge.disposition_date, context)


def _conviction_deadline(context: ChargeContext) -> Finding:
    """Sealed by 1 October 2027, or within 90 days after the ten-year wait ends, whichever is later."""
    done = context.charge.sentence_completed_date
    return _sealing_deadline(None if done is None else add_period(done, years=10), context)


def _non_conviction_motion_route(context: ChargeContext) -> Finding:
    """§ 16-806(a)(1)(B) as rewritten by D.C. Law 26-52: an offense on the § 16-805(b) list may be sealed by motion at
    any time; any other offense by a motion filed before 1 October 2027 (after that it is sealed automatically)."""
    listed = _on_805b(context)
    if listed:
        return met(
            msg("This offense is left out of automatic sealing, so you can ask the court to seal it at any time.")
        )
    if context.facts.as_of < MOTION_BEFORE:
        return met(msg("You can ask the court to seal this record by a motion filed before {day}.", day=MOTION_BEFORE))
    if listed is False:
        return not_met(
            msg(
                "Since 1 October 2027 this motion is only for offenses left out of automatic sealing; this record is "
                "due to be sealed automatically."
            )
        )
    return unknown(
        msg(
            "Since 1 October 2027 this motion is only for offenses left out of automatic sealing; we could not confirm "
            "whether this charge is one of them."
        ),
        _805b_question(context),
    )


def _severity_group(context: ChargeContext) -> Finding:
    level = context.charge.level
    if level is Level.MISDEMEANOR:
        return met(msg("A misdemeanor can be sealed by motion."))
    if level is Level.FELONY:
        return unknown(
            msg(
                "The most serious felonies (Offense Severity Groups 1 to 3 of the D.C. Sentencing Commission's "
                "grid) cannot be sealed; we could not confirm which group this felony is in."
            ),
            context.path(Fact.OFFENSE),
        )
    return unknown(
        msg("The rules differ for misdemeanors and felonies; whether this charge was a felony is not known."),
        context.path(Fact.LEVEL),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="dc-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate and expunge a conviction that resulted from trafficking",
    citations=(DCC_22_1844_A, DCC_22_1831_5B),
    sources=(TRAFFICKING_RELIEF_LAW, TRAFFICKING_CHAPTER, FNUSA_DC),
    # D.C. Law 22-279: § 22-1844(g) lets a motion reach records from "before, on, or after April 5, 2019",
    # the day the law took effect (it was 1 January 2019 here, only the year having been confirmed).
    effective=date(2019, 4, 5),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=DCC_22_1844_A),
        trafficking_nexus(cite=DCC_22_1844_A),
        # Custom: most of the § 22-1831(5B) list is outside these offenses; a bare category stays open.
        custom(
            "not an ineligible offense",
            requirement="The conviction is not one of the serious violent or sexual offenses the law leaves out.",
            reads=(Fact.OFFENSE,),
            rule=_trafficking_eligible_offense,
            cite=DCC_22_1831_5B,
        ),
        sentence_completed(cite=DCC_22_1844),
    ),
    effect="The court cancels the conviction and orders every record of the arrest, case and conviction "
    "expunged, as if it had not happened.",
    limits=(
        "You must prove by clear and convincing evidence that the offense was a direct result of being trafficked.",
        "A few very serious violent and sexual offenses cannot be vacated this way.",
    ),
    next_steps=(
        "File a motion to vacate and expunge under D.C. Code § 22-1844 with the Criminal Division of the "
        "D.C. Superior Court. The prosecutor gets a copy.",
        "A letter or other official paper from a government agency saying you were trafficked makes the court "
        "presume the link, but it is not required; your own sworn statement can be enough.",
        "There is a hearing only if the prosecutor objects. Your filing can be kept confidential.",
        "Free lawyers who bring these motions are listed below.",
    ),
    legal_defect=True,
    filing="The Criminal Division of the Superior Court of the District of Columbia.",
)

expungement_of_trafficking_arrests = Remedy(
    id="dc-expungement-trafficking-arrest",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest or dropped case that resulted from trafficking",
    citations=(DCC_22_1844_A,),
    sources=(TRAFFICKING_RELIEF_LAW, FNUSA_DC),
    # D.C. Law 22-279: § 22-1844(g) lets a motion reach records from "before, on, or after April 5, 2019",
    # the day the law took effect (it was 1 January 2019 here, only the year having been confirmed).
    effective=date(2019, 4, 5),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(*NON_CONVICTIONS, cite=DCC_22_1844_A),
        trafficking_nexus(cite=DCC_22_1844_A),
    ),
    effect="The court orders every record of the arrest and case expunged, for any offense, when you were "
    "not convicted.",
    limits=("You must show the court that the arrest was a direct result of being trafficked.",),
    next_steps=(
        "File a motion to expunge under D.C. Code § 22-1844 with the Criminal Division of the D.C. Superior "
        "Court, and send a copy to the prosecutor.",
        "Attach your sworn statement and any papers that show you were trafficked.",
    ),
    filing="The Criminal Division of the Superior Court of the District of Columbia.",
)

automatic_sealing_of_non_convictions = Remedy(
    id="dc-automatic-sealing-non-conviction",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing of arrests and cases that did not end in a conviction",
    citations=(DCC_16_805_A, DCC_16_805_B, DCC_16_805_C),
    sources=(SECOND_CHANCE_LAW, PEACE_DC_ACT, DANGEROUS_CRIME, CCRC_DC, KOEHLER_GUIDE),
    effective=SECOND_CHANCE_APPLIES,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(*NON_CONVICTIONS, cite=DCC_16_805_A),
        # Custom: § 16-805(b) names families of offenses (dangerous crimes, crimes of violence, registrable offenses);
        # for the prostitution chapter it turns on the level, and an offense not named here stays open.
        custom(
            "not on the automatic-sealing exclusion list",
            requirement="The charge is not one of the offenses the law leaves out of automatic sealing.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_not_excluded_from_automatic_sealing,
            cite=DCC_16_805_B,
        ),
        # Custom: the court's deadline (later of a fixed day and 90 days after an event) is no wait.
        custom(
            "court's sealing deadline",
            requirement="The court must seal the record by 1 October 2027, or within 90 days after the case "
            "ended, whichever is later.",
            reads=(Fact.DISPOSITION_DATE,),
            rule=_non_conviction_deadline,
            cite=DCC_16_805_C,
        ),
    ),
    effect="The Superior Court seals the records of the arrest and case without a motion. Sealed records are "
    "hidden from the public; police, prosecutors, courts and some employers and licensing boards can still "
    "see them.",
    limits=(
        "In 2026 the court said it was not yet sealing cases automatically, so the record may still show until "
        "the deadline.",
        "An acquittal by reason of insanity is not covered.",
        "A felony charge under the prostitution and pandering laws or the trafficking laws counts as a 'dangerous "
        "crime' and is not sealed automatically; ask the court to seal it by motion.",
    ),
    next_steps=(
        "Nothing to file. Ask the Criminal Division of the Superior Court what its records show for your case "
        "number to check whether it has been sealed.",
        "If the record is still public after the deadline, or you need it sealed sooner, ask one of the free "
        "legal services below about a motion to seal.",
    ),
    discretionary=False,
)

automatic_sealing_of_misdemeanors = Remedy(
    id="dc-automatic-sealing-misdemeanor",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing of misdemeanor convictions ten years after the sentence",
    citations=(DCC_16_805_A, DCC_16_805_B, DCC_16_805_C),
    sources=(SECOND_CHANCE_LAW, DANGEROUS_CRIME, CCRC_DC, KOEHLER_GUIDE),
    effective=SECOND_CHANCE_APPLIES,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=DCC_16_805_A),
        level_is(Level.MISDEMEANOR, cite=DCC_16_805_A),
        # Custom: § 16-805(b) names families of offenses (dangerous crimes, crimes of violence, registrable offenses);
        # for the prostitution chapter it turns on the level, and an offense not named here stays open.
        custom(
            "not on the automatic-sealing exclusion list",
            requirement="The charge is not one of the offenses the law leaves out of automatic sealing.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_not_excluded_from_automatic_sealing,
            cite=DCC_16_805_B,
        ),
        # Completion means unconditional discharge from jail, probation, parole or supervised
        # release; unpaid fines do not hold it back (§ 16-801(2)).
        waiting_period(years=10, since=Event.SENTENCE_COMPLETED, cite=DCC_16_805_A),
        # Custom: the court's deadline (later of a fixed day and 90 days after an event) is no wait.
        custom(
            "court's sealing deadline",
            requirement="The court must seal the record by 1 October 2027, or within 90 days after the "
            "ten-year wait ends, whichever is later.",
            reads=(Fact.SENTENCE_COMPLETED_DATE,),
            rule=_conviction_deadline,
            cite=DCC_16_805_C,
        ),
    ),
    effect="The Superior Court seals the conviction without a motion. Sealed records are hidden from the "
    "public; police, prosecutors, courts and some employers and licensing boards can still see them.",
    limits=(
        "In 2026 the court said it was not yet sealing cases automatically, so the record may still show until "
        "the deadline.",
        "A third or later prostitution conviction is a felony and is not sealed automatically.",
    ),
    next_steps=(
        "Nothing to file. Ask the Criminal Division of the Superior Court what its records show for your case "
        "number to check whether it has been sealed.",
        "You can ask for sealing sooner with a motion to seal (see the motion option).",
    ),
    discretionary=False,
)

sealing_of_non_convictions_by_motion = Remedy(
    id="dc-sealing-motion-non-conviction",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal an arrest or case that did not end in a conviction",
    citations=(DCC_16_806_A_1,),
    sources=(SECOND_CHANCE_LAW, PEACE_DC_ACT, DANGEROUS_CRIME, KOEHLER_GUIDE),
    effective=SECOND_CHANCE_APPLIES,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(*NON_CONVICTIONS, cite=DCC_16_806_A_1),
        # Custom: which route applies turns on the § 16-805(b) list and, off it, on a filing deadline.
        custom(
            "motion route still open",
            requirement="An offense left out of automatic sealing can be sealed by motion at any time; any other "
            "offense by a motion filed before 1 October 2027.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_non_conviction_motion_route,
            cite=DCC_16_806_A_1,
        ),
    ),
    effect="If the judge finds sealing is in the interests of justice, the records of the arrest and case are "
    "sealed and hidden from the public. There is no waiting period.",
    limits=(
        "The judge weighs your interest in sealing against the public's interest in keeping access to the record.",
        "After a denial you must wait a year before asking again, and you may ask at most three times.",
    ),
    next_steps=(
        "Get your arrest history from the Metropolitan Police Department and the outcome of your case from the "
        "Superior Court Criminal Division.",
        "Write a motion to seal under D.C. Code § 16-806 that lists all your arrests and convictions that are not "
        "sealed, says why you qualify, and explains why sealing is fair. File it with the Criminal Division and "
        "serve a copy on the prosecutor. The court's instructions say there is no filing fee.",
    ),
    filing="The Criminal Division of the Superior Court of the District of Columbia.",
)

sealing_of_convictions_by_motion = Remedy(
    id="dc-sealing-motion-conviction",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a conviction: 5 years after a misdemeanor sentence, 8 after a felony",
    citations=(DCC_16_806_A_3, DCC_16_801_2),
    sources=(SECOND_CHANCE_LAW, CCRC_DC, KOEHLER_GUIDE),
    effective=SECOND_CHANCE_APPLIES,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=DCC_16_806_A_3),
        # Custom: the Sentencing Commission's severity groups are not known for each felony.
        custom(
            "not among the most serious felonies",
            requirement="The conviction is a misdemeanor, or a felony outside Offense Severity Groups 1 to 3.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_severity_group,
            cite=DCC_16_806_A_3,
        ),
        waiting_period_by_level(
            {Level.MISDEMEANOR: 5, Level.FELONY: 8}, since=Event.SENTENCE_COMPLETED, cite=DCC_16_806_A_3
        ),
    ),
    effect="If the judge finds sealing is in the interests of justice, the conviction is sealed and hidden "
    "from the public. Police, prosecutors, courts and some employers and licensing boards can still see it.",
    limits=(
        "The wait counts from the day you were fully discharged from jail, probation, parole or supervised "
        "release; unpaid fines do not hold it back.",
        "The prosecutor can agree in writing to let you file before the wait is over.",
        "After a denial you must wait a year before asking again, and you may ask at most three times.",
    ),
    next_steps=(
        "Get your arrest history from the Metropolitan Police Department and the record of your case from the "
        "Superior Court Criminal Division.",
        "Write a motion to seal under D.C. Code § 16-806 that lists all your arrests and convictions that are not "
        "sealed, says why you qualify, and explains why sealing is fair. File it with the Criminal Division and "
        "serve a copy on the prosecutor. The court's instructions say there is no filing fee.",
    ),
    filing="The Criminal Division of the Superior Court of the District of Columbia.",
)

JURISDICTION = Jurisdiction(
    code="DC",
    name="District of Columbia",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_of_trafficking_arrests,
        automatic_sealing_of_non_convictions,
        automatic_sealing_of_misdemeanors,
        sealing_of_non_convictions_by_motion,
        sealing_of_convictions_by_motion,
    ),
    legal_help=(
        LegalHelp(
            "Amara Legal Center",
            "https://www.amaralegal.org",
            "Free vacatur and record relief for people in the sex trade and trafficking survivors",
        ),
    ),
    where_to_file="The Criminal Division of the Superior Court of the District of Columbia, 500 Indiana Avenue NW.",
    notes=(
        "If you can show a dismissed or dropped charge never happened or was not you, you can also ask for "
        "expungement on grounds of actual innocence (D.C. Code § 16-803).",
        "Minors cannot be prosecuted for prostitution in the District (D.C. Code § 22-2701(d)).",
    ),
)
