"""South Dakota: no record relief for adult trafficking survivors; expungement of arrests that did not
lead to a conviction, automatic removal of minor cases from the public record, vacatur of juvenile
adjudications of trafficking victims, and a pardon for convictions.

Reviewed 2026-11-25 against:
- SDCL ch. 22-23 (prostitution) and § 22-23-1.2 (affirmative defense for a trafficking victim charged
  with prostitution; it is a defense at trial, not a way to clear an old record) and ch. 22-49 (human
  trafficking, as amended by 2025 SB 58).
- SDCL §§ 23A-3-26 to 23A-3-33 (expungement of arrest records, in force 1 July 2010). The codified
  text we read lets a person apply one year after an arrest with no charges, one year after a
  dismissal (or sooner on a showing of compelling necessity), or at any time after an acquittal.
  2022 SB 83 proposed allowing a motion at any time after a dismissal; we could not confirm that
  version was enacted, so the one-year wait is kept.
- SDCL § 23A-3-34 (automatic removal from the public record of cases whose charges were all petty
  offenses, ordinance violations or Class 2 misdemeanors, five years after disposition), as worded in
  2022 SB 151. Prostitution is a Class 1 misdemeanor, so this does not reach it.
- SDCL § 26-7A-115.1 (vacatur and expungement of a juvenile delinquency adjudication that resulted
  from trafficking or sexual exploitation; no age for filing, see the third pass below).
- SDCL ch. 24-14 and § 24-14-11 (pardons; records of a pardoned conviction are sealed).

South Dakota has no law that lets an adult vacate, expunge or seal a conviction (prostitution or any
other) because it resulted from being trafficked. For an adult conviction the pardon is the only
path encoded here. A suspended imposition of sentence (SDCL § 23A-27-13) ends in a dismissal and a
sealed record, but it must be granted at sentencing, so it is named in the notes, not encoded.

Reviewed 2026-12-06 against SDCL § 23A-3-27 (statute copy showing the one-year waits and the
compelling-necessity clause), 2022 SB 83 (as passed it kept the one-year
wait after a dismissal and added an earlier motion on compelling necessity) and the opening words of § 23A-3-34 (2022 code copy); §§ 26-7A-115.1 and
24-14-11 through the Clean Slate Clearinghouse. What changed: for an arrest with no charges the year
now runs from the arrest, as § 23A-3-27(1) says; automatic removal bars only a conviction within its
five years, not any later conviction; offenses carry their classes (prostitution Class 1, disorderly
conduct Class 2). No adult trafficking vacatur was found.

Second review 2026-12-06 against §§ 23A-3-26 to 23A-3-34 (Justia copy in the saint1415/us-statutes
repository): § 23A-3-34 removes "Any charge or conviction" from a case whose highest charge was a petty
offense, ordinance violation or Class 2 misdemeanor, so a dismissed charge no longer waits on a sentence
end date; § 23A-3-27 matches the module (one year after an uncharged arrest or a dismissal, any time
after an acquittal).

Reviewed 2026-12-07 against SDCL §§ 23A-3-26 to 23A-3-37 (Justia copy of chapter 23A-3 held in the
saint1415/us-statutes repository; § 23A-3-34 history SL 2016, ch 134 and SL 2021, ch 106). What changed:
the automatic expungement of a completed diversion (§§ 23A-3-35 to 23A-3-37, SL 2018, ch 143) was missing and
is added: the state's attorney files a dismissal and notice of completion and the court expunges without a
motion, if no new charge (other than a petty offense or minor traffic citation) came within one year and
thirty days of completion. The screener knows convictions and pending cases, not every charge filed, so a
pending case or an undated conviction leaves that open. § 23A-3-34 now starts on 1 July 2021 (SL 2021, ch 106,
the wording read; no 2022 amendment appears in the section's history). § 26-7A-115.1 and § 24-14-11 were not
found in statute text (the title 26 copy was not searched section by section); their words stay from the
Clean Slate Clearinghouse. No adult trafficking vacatur, expungement or sealing law was found.

Cross-check 2026-12-07: thirteen new worked examples built from the words of §§ 23A-3-27, 23A-3-34, 23A-3-35 and
26-7A-115.1 quoted in the evidence file (waits to the day, a conviction inside and outside the five years, diversion
with and without a new conviction, age at offense); the module agreed with every one. No rule changed.

Reviewed 2026-12-07 (third pass) against SDCL § 26-7A-115.1 and § 24-14-11 in statute text (Justia copies held in
the saint1415/us-statutes repository, data branch). What changed: § 26-7A-115.1 lets a victim petition "directly or
through a parent, guardian, or guardian ad litem" and sets no age for filing, so the "18 or older now" condition
taken from a summary is removed (a trafficked minor can ask now); the remedy starts on 1 July 2018 (SL 2018,
ch 166), not 1 December 2018. § 24-14-11 confirms the Governor orders the records of a pardon under the chapter
sealed. The section speaks of a "delinquency record", which may include a juvenile case that ended without an
adjudication; the screener cannot tell a juvenile case from an adult one except by age, so only adjudications
(convictions of a minor) are encoded.

Reviewed 2026-12-07 (statute audit): read §§ 23A-3-26 to 23A-3-37 and §§ 23A-27-12.2 to 23A-27-17 in the Justia
text of chapters 23A-3 and 23A-27 (saint1415/us-statutes repository), 2025 SB 58 (enrolled; trafficking crimes only)
and searched for an adult trafficking vacatur (none found; 2014 HB 1155 was killed in committee). What changed: a
suspended imposition of sentence that ends in "discharge and dismissal" (§ 23A-27-14) now has its own remedy, because
§ 23A-27-17 says "a court shall order that all official records ... be sealed" on that discharge; before it was only a
note. It reads the screener's completed deferred adjudication (a plea or verdict of guilty with no judgment of guilt,
then probation); a pretrial diversion is not one and an unknown kind leaves it open. The automatic expungement of a
diversion (§ 23A-3-35(2), "has not been charged with any new crimes ... within one year and thirty days") now also
looks at the other charges screened that did not end in a conviction: one whose offense date and end date both fall
in that time stops it, one with only one of them there leaves it open. Still open: § 23A-3-35 and § 23A-3-27 keep
treating any completed diversion as a dismissal (a deferred adjudication in South Dakota may also be a prosecutor's
program); "after five years" in § 23A-3-34 does not say from what, and the module counts from the disposition.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    age_at_offense_under,
    convicted,
    custom,
    disposition_is,
    no_conviction_during_wait,
    sentence_completed,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

SDCL_23A_3_27 = "SDCL § 23A-3-27"
SDCL_23A_3_30 = "SDCL § 23A-3-30"
SDCL_23A_3_34 = "SDCL § 23A-3-34"
SDCL_23A_3_35 = "SDCL § 23A-3-35"
SDCL_23A_3_37 = "SDCL § 23A-3-37"
SDCL_23A_27_14 = "SDCL § 23A-27-14"
SDCL_23A_27_17 = "SDCL § 23A-27-17"
SDCL_26_7A_115_1 = "SDCL § 26-7A-115.1"
SD_CONST_IV_3 = "S.D. Const. art. IV, § 3"
SDCL_24_14_11 = "SDCL § 24-14-11"

ARREST_EXPUNGEMENT_TEXT = Source(
    "SDCL § 23A-3-27, Motion for expungement of arrest record (Lexace)",
    "https://lexace.ai/us/statute/south-dakota/23A-3-27",
)
ARREST_EXPUNGEMENT_GUIDE = Source(
    "South Dakota: expungement of arrest records after acquittal (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/sd-nc-1/",
)
ARREST_EXPUNGEMENT_2010 = Source(
    "Expungement in South Dakota (Fye Law, on 2010 HB 1105)",
    "https://fyelaw.com/2010/08/20/expungement-in-south-dakota",
)
DIVERSION_EXPUNGEMENT_TEXT = Source(
    "SDCL § 23A-3-35, expungement after a diversion program (Justia copy of the South Dakota Codified Laws)",
    "https://law.justia.com/codes/south-dakota/title-23a/chapter-03/section-23a-3-35/",
)
AUTOMATIC_REMOVAL_TEXT = Source(
    "SDCL § 23A-3-34, automatic removal of non-felony charges or convictions (Justia copy)",
    "https://law.justia.com/codes/south-dakota/title-23a/chapter-03/section-23a-3-34/",
)
AUTOMATIC_REMOVAL_BILL = Source(
    "2022 Senate Bill 151, amending § 23A-3-34 (South Dakota Legislature)",
    "https://mylrc.sdlegislature.gov/api/Documents/Bill/233999.html?Year=2022",
)
AUTOMATIC_REMOVAL_GUIDE = Source(
    "South Dakota: automatic removal of minor charges and convictions (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/sd-c-1/",
)
JUVENILE_VACATUR_TEXT = Source(
    "SDCL § 26-7A-115.1, expungement of a trafficking victim's delinquency record (Justia copy)",
    "https://law.justia.com/codes/south-dakota/title-26/chapter-07a/section-26-7a-115-1/",
)
SIS_SEALING_TEXT = Source(
    "SDCL §§ 23A-27-12.2 to 23A-27-17, suspended imposition of sentence; sealing on discharge (Justia copy)",
    "https://law.justia.com/codes/south-dakota/title-23a/chapter-27/section-23a-27-17/",
)
PARDON_SEALING_TEXT = Source(
    "SDCL § 24-14-11, effects of pardon; records sealed (Justia copy)",
    "https://law.justia.com/codes/south-dakota/title-24/chapter-14/section-24-14-11/",
)
JUVENILE_VACATUR_GUIDE = Source(
    "South Dakota: vacatur of juvenile adjudications of trafficking victims (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/sd-cr-1/",
)
JUVENILE_VACATUR_SUMMARY = Source(
    "Responding to Child Victims of Human Trafficking: South Dakota (Child Welfare Information Gateway)",
    "https://www.childwelfare.gov/resources/responding-child-victims-human-trafficking-south-dakota/",
)
PARDON_SEALING_GUIDE = Source(
    "South Dakota: sealing of pardoned convictions (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/sd-c-5/",
)
CCRC_PROFILE = Source(
    "South Dakota: Restoration of Rights, Pardon, Expungement & Sealing (Collateral Consequences Resource Center)",
    "http://ccresourcecenter.org/state-restoration-profiles/south-dakota-restoration-of-rights-pardon-expungement-sealing/",
)

OFFENSES = (
    Offense(
        "sd-sdcl-22-23-1",
        "Prostitution",
        "SDCL § 22-23-1",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="A Class 1 misdemeanor.",
        grade=Grade.MISDEMEANOR_CLASS_1,
    ),
    Offense(
        "sd-sdcl-22-18-35",
        "Disorderly conduct",
        "SDCL § 22-18-35",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
        note="A Class 2 misdemeanor.",
        grade=Grade.MISDEMEANOR_CLASS_2,
    ),
    Offense(
        "sd-sdcl-22-49-2",
        "Human trafficking in the first degree",
        "SDCL § 22-49-2",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Offenses no higher than a Class 2 misdemeanor, which § 23A-3-34 removes automatically.
CLASS_2_OR_LOWER = frozenset({"sd-sdcl-22-18-35"})


arrest_expungement = Remedy(
    id="sd-expungement-arrest",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest that did not lead to a conviction",
    citations=(SDCL_23A_3_27, SDCL_23A_3_30),
    sources=(ARREST_EXPUNGEMENT_TEXT, ARREST_EXPUNGEMENT_GUIDE, ARREST_EXPUNGEMENT_2010),
    effective=date(2010, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A completed diversion ends in a dismissal filed by the state's attorney (SDCL § 23A-3-36).
        disposition_is(
            Disposition.ACQUITTAL,
            Disposition.DISMISSAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=SDCL_23A_3_27,
        ),
        # Any time after an acquittal; a year after a dismissal (a completed diversion ends in one); a year
        # after the arrest when no charge was filed.
        wait_by_outcome(
            {
                Disposition.ACQUITTAL: disposition_is(Disposition.ACQUITTAL, cite=SDCL_23A_3_27),
                Disposition.DISMISSAL: waiting_period(years=1, since=Event.DISPOSITION, cite=SDCL_23A_3_27),
                Disposition.DIVERSION_COMPLETED: waiting_period(years=1, since=Event.DISPOSITION, cite=SDCL_23A_3_27),
                Disposition.NO_CHARGES: waiting_period(years=1, since=Event.OFFENSE, cite=SDCL_23A_3_27),
            },
            cite=SDCL_23A_3_27,
        ),
    ),
    effect="The court seals the records of the arrest and case. By law you are put back where you were "
    "before the arrest and need not mention it when asked.",
    limits=(
        "The whole case must have been dismissed, not just some charges.",
        "You must convince the judge, by clear and convincing evidence, that sealing serves justice and the public.",
        "If you need it sooner than a year after a dismissal, the court can act earlier only for a compelling need.",
    ),
    next_steps=(
        "File a motion for expungement in the circuit court of the county where you were arrested or charged. "
        "It opens a new civil case, so the civil filing fee applies.",
        "Serve the motion on the prosecutor who handled (or could have handled) the case.",
        "Say clearly in the motion and proposed order which records you want sealed, including court records.",
    ),
    filing="The circuit court of the county where the arrest or case happened.",
)


def _petty_or_class_2(context: ChargeContext) -> Finding:
    """The charge was a petty offense, an ordinance violation or a Class 2 misdemeanor."""
    charge = context.charge
    if charge.offense in CLASS_2_OR_LOWER or charge.level is Level.VIOLATION:
        return met(msg("The charge was a petty offense or a Class 2 misdemeanor."))
    same_category = {i for i, o in context.offenses.items() if o.category is charge.category}
    known_higher = charge.offense is None and same_category and not same_category & CLASS_2_OR_LOWER
    if charge.offense in context.offenses or charge.level is Level.FELONY or known_higher:
        return not_met(
            msg(
                "This covers only petty offenses, ordinance violations and Class 2 misdemeanors; this charge was higher."
            )
        )
    return unknown(
        msg(
            "This covers only petty offenses, ordinance violations and Class 2 misdemeanors; which law the charge "
            "was under is not known."
        ),
        context.path(Fact.OFFENSE),
    )


def _nothing_higher_in_the_case(context: ChargeContext) -> Finding:
    """Every charge in the case must be minor; charges listed with the same end date may share the case."""
    own = context.charge.disposition_date
    same_day = [
        i
        for i, c in enumerate(context.facts.charges)
        if i != context.index and own is not None and c.disposition_date == own
    ]
    minor = [i for i in same_day if context.facts.charges[i].offense in CLASS_2_OR_LOWER]
    unclear = [Fact.OFFENSE.path(i) for i in same_day if i not in minor]
    if unclear:
        return unknown(
            msg(
                "Every charge in the case must be minor; another charge you listed ended the same day and may be "
                "part of the same case."
            ),
            *unclear,
        )
    return met(msg("No higher charge you listed appears to be part of the same case."))


automatic_removal_of_minor_cases = Remedy(
    id="sd-automatic-removal-23a-3-34",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic removal of minor cases from the public record after five years",
    citations=(SDCL_23A_3_34,),
    sources=(AUTOMATIC_REMOVAL_TEXT, AUTOMATIC_REMOVAL_GUIDE),
    # The section's history lists SL 2016, ch 134 and SL 2021, ch 106 (no 2022 amendment); the wording read
    # here is the 2021 one, in force 1 July 2021. An earlier (2016) version existed; its words were not read.
    effective=date(2021, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # Custom: the class is known from the named offense or the level; no shared condition tests the class alone.
        custom(
            "petty offense or Class 2 misdemeanor",
            requirement="The charge was a petty offense, an ordinance violation or a Class 2 misdemeanor.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_petty_or_class_2,
            cite=SDCL_23A_3_34,
        ),
        # Custom: it reads the other charges of the same case, which no shared condition does.
        custom(
            "no higher charge in the case",
            requirement="No charge in the same case was higher than a Class 2 misdemeanor.",
            reads=(Fact.OFFENSE, Fact.DISPOSITION_DATE),
            rule=_nothing_higher_in_the_case,
            cite=SDCL_23A_3_34,
        ),
        waiting_period(years=5, since=Event.DISPOSITION, cite=SDCL_23A_3_34),
        # "if all court-ordered conditions on the case have been satisfied": a sentence to finish after a
        # conviction; a charge that was dismissed or ended in acquittal leaves none.
        wait_by_outcome(
            {
                Disposition.CONVICTION: sentence_completed(cite=SDCL_23A_3_34),
                Disposition.DISMISSAL: waiting_period(since=Event.DISPOSITION, cite=SDCL_23A_3_34),
                Disposition.ACQUITTAL: waiting_period(since=Event.DISPOSITION, cite=SDCL_23A_3_34),
                Disposition.DIVERSION_COMPLETED: waiting_period(since=Event.DISPOSITION, cite=SDCL_23A_3_34),
            },
            cite=SDCL_23A_3_34,
        ),
        # The law bars only a conviction within the five years; a later one does not matter.
        no_conviction_during_wait(years=5, since=Event.DISPOSITION, cite=SDCL_23A_3_34),
    ),
    effect="The charge or conviction comes off your public court record without a petition. Courts and the "
    "state's Division of Criminal Investigation can still see it, and it can count against you in a new case.",
    limits=(
        "Prostitution is a Class 1 misdemeanor, so this does not reach a prostitution charge.",
        "Every court-ordered condition (fines, costs, probation) must be done.",
    ),
    next_steps=(
        "Nothing to file. If the case still shows on a public search after five years, ask the clerk of courts "
        "in the county where it was heard.",
    ),
    discretionary=False,
)


DIVERSION_WINDOW = {"years": 1, "days": 30}


def _no_new_charge_after_diversion(context: ChargeContext) -> Finding:
    """§ 23A-3-35(2): no new charge, other than a petty offense or a minor traffic citation, within one year
    and thirty days of completing the diversion. The screener knows convictions and whether a case is
    pending, not every charge ever filed, so a pending case leaves the answer open."""
    done = context.charge.disposition_date
    if done is None:
        return unknown(
            msg("No new charge may be filed within a year and 30 days of finishing the program; the date you "
                "finished is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )  # fmt: skip
    window_ends = add_period(done, **DIVERSION_WINDOW)
    undated: list[str] = []
    for past in context.convictions.besides(context.index):
        if past.level is Level.VIOLATION:
            continue  # a petty offense does not count
        if past.day is None:
            undated.append(past.path("date"))
        elif done < past.day <= window_ends:
            return not_met(
                msg("A new charge within a year and 30 days of finishing the program stops this; you were "
                    "convicted of another offense in that time.")
            )  # fmt: skip
    if undated:
        return unknown(
            msg("A new charge within a year and 30 days of finishing the program stops this; the date of "
                "another conviction is not known."),
            *undated,
        )  # fmt: skip
    # Another charge screened that did not end in a conviction still counts if it was filed in the window: its
    # offense date and the day it ended both inside the window put the filing there too; one of them inside
    # leaves it open.
    maybe: list[str] = []
    for i, other in enumerate(context.facts.charges):
        if i == context.index or other.is_conviction or other.disposition is Disposition.NO_CHARGES:
            continue
        if other.level is Level.VIOLATION:
            continue  # a petty offense does not count
        inside = [d is not None and done < d <= window_ends for d in (other.offense_date, other.disposition_date)]
        if all(inside):
            return not_met(
                msg("A new charge within a year and 30 days of finishing the program stops this, even if it was "
                    "dropped; another charge you listed was filed and ended in that time.")
            )  # fmt: skip
        if any(inside):
            maybe.append(Fact.OFFENSE_DATE.path(i))
    if maybe:
        return unknown(
            msg("A new charge within a year and 30 days of finishing the program stops this; another charge you "
                "listed may have been filed in that time."),
            *maybe,
        )  # fmt: skip
    if context.facts.person.pending_case is not Answer.NO:
        return unknown(
            msg("A new charge within a year and 30 days of finishing the program stops this; whether you have "
                "a case pending is not known."),
            Fact.PENDING_CASE.value,
        )  # fmt: skip
    return met(msg("No new charge you told us about falls within a year and 30 days of finishing the program."))


automatic_expungement_after_diversion = Remedy(
    id="sd-automatic-expungement-diversion-23a-3-35",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement after you complete a diversion program",
    citations=(SDCL_23A_3_35, SDCL_23A_3_37),
    sources=(DIVERSION_EXPUNGEMENT_TEXT,),
    # SL 2018, ch 143; South Dakota acts take effect on 1 July unless they say otherwise.
    effective=date(2018, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DIVERSION_COMPLETED, cite=SDCL_23A_3_35),
        # "within one year and thirty days from the date of the successful completion of the diversion program"
        waiting_period(since=Event.DISPOSITION, cite=SDCL_23A_3_35, **DIVERSION_WINDOW),
        # Custom: the law looks for a new charge, not a conviction, in that window; see the rule's docstring.
        custom(
            "no new charge after the program",
            requirement="No new charge, other than a petty offense or a minor traffic ticket, within one year "
            "and 30 days after you finished the program.",
            reads=(Fact.DISPOSITION_DATE, Fact.OFFENSE_DATE, Fact.OTHER_CONVICTIONS, Fact.PENDING_CASE),
            rule=_no_new_charge_after_diversion,
            cite=SDCL_23A_3_35,
        ),
    ),
    effect="The prosecutor files a dismissal of all the charges and a notice that you completed the program; "
    "the court then expunges the whole record of that arrest without a motion.",
    limits=(
        "A new charge (other than a petty offense or a minor traffic ticket) within a year and 30 days after "
        "you finish stops this, even if that charge is later dropped.",
    ),
    next_steps=(
        "Nothing to file. If the case still shows after a year and 30 days, ask the state's attorney's office "
        "whether it filed the dismissal and notice of completion, or file a motion under SDCL § 23A-3-27.",
    ),
    discretionary=False,
)


sealing_after_suspended_imposition = Remedy(
    id="sd-sealing-suspended-imposition-23a-27-17",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Records sealed when probation under a suspended imposition of sentence ends",
    citations=(SDCL_23A_27_17, SDCL_23A_27_14),
    sources=(SIS_SEALING_TEXT, CCRC_PROFILE),
    # SL 1975, ch 257, § 2 (recodified by SL 1978, ch 178, § 346); South Dakota acts take effect on 1 July.
    effective=date(1975, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A suspended imposition of sentence is a plea or verdict of guilty with no judgment of guilt, then
        # probation and a "discharge and dismissal" (§§ 23A-27-12.2, 23A-27-13, 23A-27-14): the screener's
        # completed deferred adjudication. A pretrial diversion (no plea) is not one.
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=SDCL_23A_27_14
        ),
    ),
    effect="When the court discharges you and dismisses the case, it must order the records of the arrest, "
    "case, finding of guilt and dismissal sealed; by law you are put back where you were before the arrest and "
    "need not mention it when asked.",
    limits=(
        "Only where the judge suspended the imposition of sentence (no judgment of guilt) and you finished every "
        "condition of probation.",
        "The Division of Criminal Investigation keeps a nonpublic record, and the case still counts as a prior "
        "conviction if you are sentenced for a later offense.",
    ),
    next_steps=(
        "Nothing to file: the court must order the sealing when it discharges you. If the case still shows on a "
        "public search, ask the clerk of courts in the county where it was heard, or ask the court to enter the "
        "sealing order.",
    ),
    discretionary=False,
    filing="The circuit court that granted the suspended imposition of sentence.",
)

juvenile_vacatur = Remedy(
    id="sd-vacatur-juvenile-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a juvenile adjudication that resulted from trafficking",
    citations=(SDCL_26_7A_115_1,),
    sources=(JUVENILE_VACATUR_TEXT, JUVENILE_VACATUR_GUIDE, JUVENILE_VACATUR_SUMMARY),
    # SL 2018, ch 166, § 1 (history line of the Justia copy); South Dakota acts take effect on 1 July.
    effective=date(2018, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A delinquency adjudication is what the screener records as a conviction of a minor.
        convicted(cite=SDCL_26_7A_115_1),
        age_at_offense_under(18, cite=SDCL_26_7A_115_1),
        # The section sets no age for filing: "A victim of human trafficking may petition the court directly or
        # through a parent, guardian, or guardian ad litem" (Justia copy, SL 2018, ch 166; SL 2020, ch 89). The
        # Clean Slate Clearinghouse summary's "once the person is 18" is not in the text, so no age-now condition.
        trafficking_nexus(cite=SDCL_26_7A_115_1),
    ),
    effect="The court vacates the juvenile delinquency case and expunges its records, because it resulted "
    "from your being trafficked or sexually exploited as a child.",
    limits=("This is only for cases in juvenile court; it does not reach a case handled in adult court.",),
    next_steps=(
        "File a petition with the court that handled the juvenile case.",
        "A free legal aid lawyer listed below can help you prepare it.",
    ),
    legal_defect=True,
    filing="The circuit court that handled the juvenile case.",
)

pardon = Remedy(
    id="sd-pardon",
    kind=RemedyKind.PARDON,
    title="Pardon from the Governor (with sealing of the record)",
    citations=(SD_CONST_IV_3, SDCL_24_14_11),
    sources=(PARDON_SEALING_TEXT, PARDON_SEALING_GUIDE, CCRC_PROFILE),
    # The pardon power dates from statehood (2 November 1889).
    effective=date(1889, 11, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(convicted(cite=SD_CONST_IV_3),),
    effect="The Governor forgives the conviction. When a pardon is granted on the Board's recommendation, "
    "the records of the arrest, case and pardon are sealed and you need not mention the arrest when asked.",
    limits=(
        "South Dakota has no law that clears an adult conviction because you were trafficked; a pardon is the "
        "only way to clear a prostitution conviction.",
        "A pardon is entirely up to the Board of Pardons and Paroles and the Governor.",
        "The pardon document itself stays public for five years before it is sealed too.",
    ),
    next_steps=(
        "Fill in the Executive Clemency Application of the South Dakota Board of Pardons and Paroles and send it "
        "to the Board with the documents it asks for.",
        "The Board reviews the application, may hold a hearing, and sends a recommendation to the Governor.",
        "Tell the Board if the conviction happened because you were trafficked; a legal aid lawyer can help.",
    ),
    filing="The South Dakota Board of Pardons and Paroles.",
)

JURISDICTION = Jurisdiction(
    code="SD",
    name="South Dakota",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        arrest_expungement,
        automatic_expungement_after_diversion,
        automatic_removal_of_minor_cases,
        sealing_after_suspended_imposition,
        juvenile_vacatur,
        pardon,
    ),
    legal_help=(
        LegalHelp(
            "SD Law Help (East River Legal Services, Dakota Plains Legal Services, Access to Justice)",
            "https://www.sdlawhelp.org",
            "Statewide application for free civil legal aid",
        ),
        LegalHelp(
            "Dakota Plains Legal Services",
            "https://www.dpls.org",
            "Free civil legal help in western South Dakota and for Native Americans statewide",
        ),
    ),
    where_to_file="The circuit court (clerk of courts) in the county where the case was heard; pardons go to "
    "the Board of Pardons and Paroles.",
    notes=(
        "South Dakota has no vacatur, expungement or sealing law for adults convicted because they were "
        "trafficked. Being trafficked is a defense to a prostitution charge at trial (SDCL § 22-23-1.2).",
        "A suspended imposition of sentence (SDCL §§ 23A-27-12.2, 23A-27-13), if the judge granted one, ends in a "
        "dismissal and a sealed record once probation is done (SDCL § 23A-27-17).",
    ),
)
