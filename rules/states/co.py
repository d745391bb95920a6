"""Colorado: vacatur for trafficking survivors, sealing for survivors, automatic sealing of dismissed,
acquitted and diverted cases, sealing of a conviction by petition after a wait set by the offense's
class, sealing of several convictions together, and Clean Slate automatic sealing of older
misdemeanor and petty convictions.

Reviewed 2026-11-25 against C.R.S. § 18-1-410.7 (HB 24-1345, in force 31 May 2024), § 24-72-707,
§§ 24-72-705, 24-72-706 and 24-72-709 (summaries), SB 22-099 and §§ 18-7-201 to 18-7-206.

Reviewed 2026-12-06 against: § 18-1-410.7 (FindLaw, current 1 January 2025, and a casetext copy),
§ 24-72-707 (lpdirect.net, with its history), § 13-3-117 (colorado.public.law), § 24-72-705 (casetext copy current through the 2024 session, and
colorado.public.law), § 24-72-709(1)-(2)(a) (lpdirect.net and lexace copies), § 24-72-708
(colorado.public.law), the Clean Slate Clearinghouse entries for § 24-72-706(1)(b) (CO-C-15,
CO-C-17) and Paper Prisons' summary of its class-based waits, SB 22-099 summaries, § 18-7-201 (copies
of the text before and after SB 21-271), and the audit in research/audits/CO.md. What changed:
- § 24-72-706: the petition wait now follows the offense's class, counted from the later of the
  final disposition and release from supervision (1)(b): petty offense 1 year; class 2 or 3
  misdemeanor 2 years; class 1 misdemeanor and class 4-6 felony 3 years; any other offense 5 years.
  The module used 3 years for every misdemeanor, counted from the end of the sentence.
- § 24-72-706: the permanent later-conviction bar is replaced by the rule the sources state: no
  other conviction during the waiting period. A conviction inside the wait now points to
  § 24-72-709, added here (several convictions sealed together; from 7 September 2021, HB 21-1214).
  Only its two-year wait for petty offenses, (2)(a), was read; a longer wait for a misdemeanor or
  felony as the highest offense is left open.
- Clean Slate is cited to its statute, § 13-3-117(1)(a.5) (read on colorado.public.law): seven years
  "since the final disposition of the case" for a petty offense or misdemeanor (it counted from the
  end of the sentence). Its later-conviction bar stays, because (1)(b) keeps off the list "any
  judgments for which the defendant has an intervening judgment"; the open-case bar is dropped, as
  no text read contains it.
- § 24-72-705: the court also seals on its own motion when a diversion agreement or a deferred
  judgment is completed and all counts dismissed ((1)(a)(III)-(IV)); completed diversion now reaches it.
- § 24-72-707: subsection (1) (misdemeanor and municipal convictions) dates from 2 August 2019
  (HB 19-1275); only (1.5), prostitution charges and convictions, from 10 August 2022 (SB 22-099).
- Prostitution (§ 18-7-201) was a class 3 misdemeanor; SB 21-271 made it a petty offense for
  offenses from 1 March 2022. The offense list now has one entry for each period, with its grade.
- The no-conviction-during-the-wait rule of § 24-72-706(1)(b), a custom rule, now uses the shared
  conviction-free window by class (same lengths as the wait); the answers do not change.
Not encoded, with reasons: Clean Slate automatic sealing of felonies (from 1 July 2025): which felonies
qualify (the § 24-72-706(2)(a) list and the Victim Rights Act list) was not read, so pandering and
pimping could only ever be shown as possible; it is named in a limit. § 24-72-708 (municipal
convictions): the screen does not ask whether a conviction was municipal; it is named in a note.
§ 24-72-704 (arrests with no charges filed): named in a note.
Not verified: the words of § 24-72-706 itself (read through the Clearinghouse and Paper Prisons),
the Victim Rights Act list (§ 24-4.1-302(1)) for pandering, pimping and quality-of-life charges (left
open), and the classes of soliciting, patronizing and keeping a place of prostitution after
SB 21-271 (left unknown).

Reviewed 2026-12-06 for the new "last sentence" vocabulary: the § 24-72-709(2) wait after the last case stays a
custom rule, since its length follows the highest offense among all the convictions (two years when that is a
petty offense; the longer waits were not read), which the shared conditions, keyed by this charge's own class,
cannot state. No rule changed.

Cross-checked 2026-12-07 with 10 new worked examples built from the words quoted in rules/evidence/co.yaml (C.R.S.
18-1-410.7, 24-72-704 to -706): no case disagreed with the module; no rule changed. The four conditions still below
statute text now name the searches that failed (no copy of § 24-72-706 itself was found).

Third pass 2026-12-07: 8 more worked examples (two-year wait boundary from release from supervision, a conviction
inside the wait, dismissal and completed diversion under § 24-72-705, a prostitution acquittal and a pandering felony
under § 24-72-707, Clean Slate counted from final disposition) all agree with the module; no rule changed. Section
numbers checked again: § 24-72-704 is arrests with no charges, -705 non-convictions, -706 conviction sealing by class,
-707 survivor sealing, -708 municipal convictions; § 18-7-201.3 is an affirmative defense, not a vacatur.

Reviewed 2026-12-07 (statute audit): the words of § 24-72-706 were searched for again (lpdirect.net, lexace,
colorado.public.law, sealcoloradorecords.com, recordgone.com, the HB 19-1275 engrossed bill, the SB 22-099 enrolled bill,
repository searches) and still did not surface; §§ 24-72-708 and -709 did, and the General Assembly's own summary of
HB 19-1275 (the act that re-enacted § 24-72-706) did. That summary says that for a petty offense "the court seals the
records if the defendant has not been convicted of a criminal offense since the later of" the final disposition and
release from supervision. Changed: a conviction after the wait is no longer treated as harmless under § 24-72-706. For
a petty offense (prostitution since 1 March 2022) any conviction since then now rules the petition out; for other
classes a conviction after the wait leaves it open, as the summary's words for them and the section itself were not
read; a conviction during the wait still bars it, and § 24-72-709 stays the route for several convictions. Still open:
the text of § 24-72-706, the Victim Rights Act list for pandering, pimping and quality-of-life charges, the current
classes of soliciting and patronizing (petty offenses since SB 21-271 per secondary sources, not encoded), Clean Slate
felony sealing and the municipal route (§ 24-72-708), as before.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    level_is,
    no_conviction_during_wait,
    no_later_conviction,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_grade,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, Truth, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind
from rules.waits import Span

REVIEWED = date(2026, 12, 7)

CRS_18_1_410_7 = "Colo. Rev. Stat. § 18-1-410.7"
CRS_24_4_1_302 = "Colo. Rev. Stat. § 24-4.1-302(1)"
CRS_24_72_705 = "Colo. Rev. Stat. § 24-72-705(1)(a)"
CRS_24_72_706 = "Colo. Rev. Stat. § 24-72-706(1)"
CRS_24_72_706_B = "Colo. Rev. Stat. § 24-72-706(1)(b)"
CRS_13_3_117_A5 = "Colo. Rev. Stat. § 13-3-117(1)(a.5)"
CRS_13_3_117_B = "Colo. Rev. Stat. § 13-3-117(1)(b)"
CRS_24_72_707 = "Colo. Rev. Stat. § 24-72-707"
CRS_24_72_709_1 = "Colo. Rev. Stat. § 24-72-709(1)(a)"
CRS_24_72_709_2 = "Colo. Rev. Stat. § 24-72-709(2)"

# SB 22-099 added prostitution charges and convictions to § 24-72-707 as subsection (1.5).
PROSTITUTION_SEALING_FROM = date(2022, 8, 10)

SOURCE_410_7 = Source(
    "C.R.S. § 18-1-410.7 (FindLaw, current as of 1 January 2025)",
    "https://codes.findlaw.com/co/title-18-criminal-code/co-rev-st-sect-18-1-410-7/",
)
SOURCE_HB_24_1345 = Source("Colorado General Assembly: HB 24-1345", "http://leg.colorado.gov/bills/HB24-1345")
SOURCE_707 = Source("C.R.S. § 24-72-707 with history", "http://www.lpdirect.net/casb/crs/24-72-707.html")
SOURCE_FREEDOM_NETWORK = Source(
    "Freedom Network USA: Colorado survivor relief", "https://freedomnetworkusa.org/?p=5981"
)
SOURCE_705 = Source(
    "C.R.S. § 24-72-705 (casetext, current through the 2024 session)",
    "https://casetext.com/statute/colorado-revised-statutes/title-24-government-state/public-open-records/"
    "article-72-public-records/part-7-criminal-justice-record-sealing/"
    "section-24-72-705-sealing-criminal-justice-records-other-than-convictions-simplified-process-applicability",
)
SOURCE_706 = Source(
    "Clean Slate Clearinghouse: Colorado conviction sealing (CO-C-15)",
    "http://www.nationalreentryresourcecenter.org/cleanslate/states/colorado/policies/co-c-15",
)
SOURCE_706_OTHER = Source(
    "Clean Slate Clearinghouse: Colorado conviction sealing (CO-C-17)",
    "https://cleanslateclearinghouse.org/policies/co-c-17/",
)
SOURCE_PAPER_PRISONS = Source("Paper Prisons: Colorado law summary", "https://paperprisons.org/states/CO.html")
SOURCE_709 = Source("C.R.S. § 24-72-709 with history", "http://www.lpdirect.net/casb/crs/24-72-709.html")
SOURCE_SB_22_099 = Source(
    "SB 22-099 (Clean Slate), rerevised text",
    "https://app.legiplex.com/co/legislature/2022/2022-r/bills/sb099/draft-758581?id=758581",
)
SOURCE_CLEAN_SLATE = Source(
    "Sterling: Colorado Clean Slate implementation (2024)",
    "https://www.sterlingcheck.com/resources/compliance-articles/colorado-clean-slate-implementation/",
)
SOURCE_13_3_117 = Source("C.R.S. § 13-3-117 (colorado.public.law)", "https://colorado.public.law/statutes/crs_13-3-117")
SOURCE_ROLLOUT = Source(
    "Colorado record sealing and the Clean Slate rollout (2024-2025)",
    "https://halstonberg.com/expungement/colorado-expungement/",
)

OFFENSES = (
    Offense(
        "co-crs-18-7-201",
        "Prostitution (offense on or after 1 March 2022)",
        "Colo. Rev. Stat. § 18-7-201",
        Category.PROSTITUTION,
        Level.VIOLATION,
        note="A petty offense since SB 21-271.",
        grade=Grade.PETTY_OFFENSE,
    ),
    Offense(
        "co-crs-18-7-201-before-2022",
        "Prostitution (offense before 1 March 2022)",
        "Colo. Rev. Stat. § 18-7-201 (before SB 21-271)",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="A class 3 misdemeanor before SB 21-271.",
        grade=Grade.MISDEMEANOR_CLASS_3,
    ),
    Offense(
        "co-crs-18-7-202",
        "Soliciting for prostitution",
        "Colo. Rev. Stat. § 18-7-202",
        Category.SOLICITATION,
        Level.UNKNOWN,
    ),
    Offense(
        "co-crs-18-7-205",
        "Patronizing a prostitute",
        "Colo. Rev. Stat. § 18-7-205",
        Category.SOLICITATION,
        Level.UNKNOWN,
    ),
    Offense(
        "co-crs-18-7-204",
        "Keeping a place of prostitution",
        "Colo. Rev. Stat. § 18-7-204",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense("co-crs-18-7-203", "Pandering", "Colo. Rev. Stat. § 18-7-203", Category.PROMOTING, Level.FELONY),
    Offense("co-crs-18-7-206", "Pimping", "Colo. Rev. Stat. § 18-7-206", Category.PROMOTING, Level.FELONY),
    Offense("co-crs-18-7-302", "Indecent exposure", "Colo. Rev. Stat. § 18-7-302", Category.LEWDNESS, Level.UNKNOWN),
    Offense(
        "co-crs-18-9-106", "Disorderly conduct", "Colo. Rev. Stat. § 18-9-106", Category.QUALITY_OF_LIFE, Level.UNKNOWN
    ),
    Offense(
        "co-crs-18-3-504",
        "Human trafficking for sexual servitude",
        "Colo. Rev. Stat. § 18-3-504",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

PROSTITUTION = frozenset({"co-crs-18-7-201", "co-crs-18-7-201-before-2022"})
# Offenses with no identifiable victim, which the Victim Rights Act list does not name.
NOT_VICTIM_RIGHTS_CRIMES = PROSTITUTION | {"co-crs-18-7-202", "co-crs-18-7-205", "co-crs-18-7-204"}
VICTIM_RIGHTS_CRIMES = frozenset({"co-crs-18-3-504"})


# Custom: the Victim Rights Act list (§ 24-4.1-302(1)) was not read in full, so apart from the
# prostitution offenses (off the list) and trafficking (on it) a charge stays open rather than being
# matched against an offense list the module cannot state.
def _not_victim_rights_crime(context: ChargeContext) -> Finding:
    """Crimes on the Victim Rights Act list (§ 24-4.1-302(1)) are excluded. Only the prostitution
    offenses are known to be off the list; anything else stays open for a lawyer to check."""
    charge = context.charge
    offense = charge.offense
    if offense in NOT_VICTIM_RIGHTS_CRIMES or (
        offense is None and charge.category in (Category.PROSTITUTION, Category.SOLICITATION)
    ):
        return met(msg("Prostitution offenses are not on the Victim Rights Act list of crimes."))
    if offense in VICTIM_RIGHTS_CRIMES or charge.category is Category.TRAFFICKING:
        return not_met(msg("This crime is on the Victim Rights Act list, which this does not cover."))
    if offense is None:
        return unknown(
            msg("Crimes on the Victim Rights Act list are excluded; which law the charge was under is not known."),
            context.path(Fact.OFFENSE),
        )
    return unknown(
        msg("Crimes on the Victim Rights Act list are excluded; a lawyer can check whether this charge is on it."),
    )


# Custom: named offenses other than prostitution and trafficking stay open, which an offense list cannot answer.
_VICTIM_RIGHTS = custom(
    "not a Victim Rights Act crime",
    requirement="The charge is not a crime on the Victim Rights Act list (mostly crimes against a person).",
    reads=(Fact.OFFENSE, Fact.CATEGORY),
    rule=_not_victim_rights_crime,
    cite=CRS_24_4_1_302,
)


# Custom: § 24-72-707 joins two reaches of different dates, (1) misdemeanor and municipal
# convictions (2019) and (1.5) prostitution charges or convictions (2022); no shared condition
# combines an outcome, a level and an offense that way.
def _survivor_sealing_scope(context: ChargeContext) -> Finding:
    """§ 24-72-707(1.5): a prostitution charge or conviction; (1): any misdemeanor or municipal conviction."""
    charge = context.charge
    if charge.disposition in (Disposition.PENDING, Disposition.UNKNOWN):
        return unknown(msg("How the case ended is not known."), context.path(Fact.DISPOSITION))
    prostitution = charge.offense in PROSTITUTION or (
        charge.offense is None and charge.category is Category.PROSTITUTION
    )
    if charge.is_conviction and charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("A misdemeanor or city ordinance conviction can be sealed this way."))
    if prostitution:
        if context.facts.as_of < PROSTITUTION_SEALING_FROM:
            return later(
                msg("Prostitution charges can be sealed this way from {day}.", day=PROSTITUTION_SEALING_FROM),
                on=PROSTITUTION_SEALING_FROM,
            )
        return met(msg("A prostitution charge or conviction can be sealed this way."))
    if not charge.is_conviction:
        return not_met(msg("Apart from prostitution, this covers only convictions."))
    if charge.level is Level.FELONY:
        return not_met(msg("This does not cover felony convictions."))
    return unknown(
        msg("This covers misdemeanor and city ordinance convictions; the level of the charge is not known."),
        context.path(Fact.LEVEL),
    )


# § 24-72-706(1)(b): the wait by class, from the later of final disposition and release from
# supervision. "Any other offense" takes five years, so a grade the table does not name, and an
# unknown grade, fall back on the level's longest wait.
SEALING_WAIT_YEARS: dict[Grade | Level, int] = {
    Grade.PETTY_OFFENSE: 1,
    Grade.MISDEMEANOR_CLASS_2: 2,
    Grade.MISDEMEANOR_CLASS_3: 2,
    Grade.MISDEMEANOR_CLASS_1: 3,
    Grade.FELONY_CLASS_4: 3,
    Grade.FELONY_CLASS_5: 3,
    Grade.FELONY_CLASS_6: 3,
    Level.VIOLATION: 1,
    Level.MISDEMEANOR: 5,
    Level.FELONY: 5,
}
FINAL_DISPOSITION_OR_RELEASE = (Event.DISPOSITION, Event.SENTENCE_COMPLETED)
SEALING_WAIT = waiting_period_by_grade(SEALING_WAIT_YEARS, since=FINAL_DISPOSITION_OR_RELEASE, cite=CRS_24_72_706_B)
# A conviction during the wait, by the offense's class (the Clearinghouse's "no other criminal conviction in that time").
SEALING_WINDOW = no_conviction_during_wait(
    years=SEALING_WAIT_YEARS, since=Event.SENTENCE_COMPLETED, cite=CRS_24_72_706_B
)


# Custom: the shared window counts only the years of the wait; the legislature's summary of HB 19-1275 counts any
# conviction "since" the end of the case for a petty offense, and the section's own words were not read for the others.
def _no_conviction_since_the_case_ended(context: ChargeContext) -> Finding:
    """§ 24-72-706(1)(b): a conviction during the wait bars the petition. The General Assembly's summary of HB 19-1275
    says, for a petty offense, that "the court seals the records if the defendant has not been convicted of a criminal
    offense since the later of" the final disposition and release from supervision, so a conviction at any time since
    then bars it; for the other classes the words were not read, and a conviction after the wait leaves it open."""
    found = SEALING_WINDOW.evaluate(context)
    if found.truth is not Truth.MET:
        return found
    charge = context.charge
    ends = [day for day in (charge.disposition_date, charge.sentence_completed_date) if day is not None]
    if not ends:
        return found
    start = max(ends)
    if not any(p.day is not None and p.day > start for p in context.convictions.besides(context.index)):
        return found
    if charge.grade is Grade.PETTY_OFFENSE or charge.level is Level.VIOLATION:
        return not_met(
            msg("For a petty offense, the court seals the record only if you have had no conviction since the case or "
                "your supervision ended, and you listed a later one. Sealing several convictions together may still "
                "work (see below).")
        )  # fmt: skip
    return unknown(
        msg("You listed a conviction after the waiting period ended. The law may block this petition after any "
            "conviction since the case ended, or only after one during the wait; its exact words could not be read. "
            "Sealing several convictions together may still work (see below).")
    )  # fmt: skip


# Custom: § 24-72-709 is for records that another section leaves out "because of an intervening
# conviction"; no shared condition asks for another conviction rather than its absence.
def _intervening_conviction(context: ChargeContext) -> Finding:
    others = context.convictions.besides(context.index)
    if not others:
        return not_met(msg("This is for someone with more than one conviction; with one, the petition above applies."))
    judged = context.charge.disposition_date
    if judged is None:
        return unknown(
            msg("This is for a record blocked by a later conviction; the date of this conviction is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    if any(p.day is not None and p.day > judged for p in others):
        return met(msg("You listed a conviction after this one."))
    undated = [p.path("date") for p in others if p.day is None]
    if undated:
        return unknown(
            msg("This is for a record blocked by a later conviction; a conviction's date is not known."), *undated
        )
    return not_met(msg("None of the convictions you listed came after this one; the petition above applies."))


# Custom: § 24-72-709(2) counts the wait from the end of the most recent case and sets its length by
# the highest offense among all the convictions; only (2)(a), two years when that is a petty offense,
# was read.
def _multiple_convictions_wait(context: ChargeContext) -> Finding:
    if not context.charge.is_conviction:
        return not_met(msg("This covers only convictions."))
    screened = [c for c in context.facts.charges if c.is_conviction]
    listed = context.facts.person.other_convictions
    levels = [c.level for c in screened] + [o.grade.level if o.grade else o.level for o in listed]
    if any(level in (Level.MISDEMEANOR, Level.FELONY) for level in levels):
        return unknown(
            msg(
                "When a misdemeanor or felony is the most serious conviction, the wait is longer than two years "
                "and depends on that conviction; a lawyer can work it out."
            )
        )
    if any(level is Level.UNKNOWN for level in levels):
        return unknown(
            msg("The wait depends on the most serious conviction; the level of one is not known."),
            *[
                Fact.LEVEL.path(i)
                for i, c in enumerate(context.facts.charges)
                if c.is_conviction and c.level is Level.UNKNOWN
            ],
        )
    if listed:
        return unknown(
            msg(
                "The two years count from the later of the end of the last case and release from supervision; "
                "for a conviction you listed separately, that date is not known."
            )
        )
    ends: list[date] = []
    for i, c in enumerate(context.facts.charges):
        if not c.is_conviction:
            continue
        for fact, day in (
            (Fact.DISPOSITION_DATE, c.disposition_date),
            (Fact.SENTENCE_COMPLETED_DATE, c.sentence_completed_date),
        ):
            if day is None:
                return unknown(
                    msg("The two years count from the end of the last case, which is not known."), fact.path(i)
                )
            ends.append(day)
    start = max(ends)
    day = Span(years=2).after(start)
    if day <= context.facts.as_of:
        return met(msg("Two years have passed since the last case ended ({start}).", start=start), on=day)
    return later(msg("Two years after the last case ended: from {day}.", day=day), on=day)


vacatur_for_trafficking_survivors = Remedy(
    id="co-vacatur-18-1-410-7",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from human trafficking",
    citations=(CRS_18_1_410_7,),
    sources=(SOURCE_410_7, SOURCE_HB_24_1345, SOURCE_FREEDOM_NETWORK),
    effective=date(2024, 5, 31),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CRS_18_1_410_7),
        trafficking_nexus(cite=CRS_18_1_410_7),
        _VICTIM_RIGHTS,
    ),
    effect="The court vacates the conviction, so it no longer counts as a conviction, and the records are "
    "handled as if the case had been dismissed.",
    limits=(
        "You must prove with clear and convincing evidence that you committed the offense because you were "
        "being trafficked. An official paper saying you were a victim creates a presumption.",
        "Not available if you raised trafficking as a defense at trial and were still convicted.",
    ),
    next_steps=(
        "File a motion to vacate in the court where you were convicted (state or municipal) and serve it on "
        "the district attorney or city attorney, who has 35 days to respond.",
        "If they object, the court sets a hearing.",
    ),
    legal_defect=True,
    filing="The court where the conviction was entered.",
)

sealing_for_trafficking_survivors = Remedy(
    id="co-sealing-24-72-707",
    kind=RemedyKind.SEALING,
    title="Seal a prostitution record or misdemeanor conviction of a trafficking survivor",
    citations=(CRS_24_72_707,),
    sources=(SOURCE_707, SOURCE_FREEDOM_NETWORK),
    # Subsection (1) (misdemeanor and municipal convictions) came with HB 19-1275 on 2 August 2019;
    # subsection (1.5) (prostitution charges) with SB 22-099 on 10 August 2022.
    effective=date(2019, 8, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        trafficking_nexus(cite=CRS_24_72_707),
        custom(
            "prostitution record or misdemeanor conviction",
            requirement="A prostitution charge or conviction, or a misdemeanor or city ordinance conviction.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE, Fact.LEVEL),
            rule=_survivor_sealing_scope,
            cite=CRS_24_72_707,
        ),
        _VICTIM_RIGHTS,
    ),
    effect="The court seals the records. You may say the case did not happen, and most employers and "
    "landlords cannot see it.",
    limits=(
        "You must show, more likely than not, that you were trafficked into committing the offense.",
        "Sealing hides the record; it does not undo the conviction.",
    ),
    next_steps=(
        "File a motion to seal in the case where the records are (the court that handled it). You can file "
        "at any time and there is no processing fee.",
    ),
    filing="The court that handled the case.",
)

sealing_of_dismissed_cases = Remedy(
    id="co-sealing-24-72-705",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing when the whole case is dismissed, you are acquitted, or you complete diversion",
    citations=(CRS_24_72_705,),
    sources=(SOURCE_705, SOURCE_PAPER_PRISONS, SOURCE_ROLLOUT),
    effective=date(2019, 8, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # (1)(a)(III) a diversion agreement and (IV) a deferred judgment, once all counts are dismissed.
        disposition_is(
            Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.DIVERSION_COMPLETED, cite=CRS_24_72_705
        ),
    ),
    effect="The court seals the records on its own when it dismisses the whole case, you are acquitted of "
    "everything, or you complete a diversion agreement or deferred judgment and every count is dismissed.",
    limits=(
        "Only when every charge in the case ends this way; otherwise you must file a motion.",
        "A deferred judgment for some offenses is not sealed automatically.",
    ),
    next_steps=("Nothing to file. If the case still shows, ask the court clerk to confirm the sealing order.",),
    discretionary=False,
)

sealing_by_petition = Remedy(
    id="co-sealing-24-72-706",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a conviction after the waiting period",
    citations=(CRS_24_72_706_B,),
    sources=(SOURCE_706, SOURCE_706_OTHER, SOURCE_PAPER_PRISONS),
    effective=date(2019, 8, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CRS_24_72_706),
        _VICTIM_RIGHTS,
        SEALING_WAIT,
        # A conviction during the wait bars it; one after the wait bars a petty offense (HB 19-1275 summary: "since")
        # and leaves the other classes open (see the function).
        custom(
            "no conviction since the case ended",
            requirement="No conviction during the wait; for a petty offense, none since the case or supervision ended.",
            reads=(Fact.LEVEL, Fact.GRADE, Fact.DISPOSITION_DATE, Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_no_conviction_since_the_case_ended,
            cite=CRS_24_72_706_B,
        ),
    ),
    effect="The court seals the conviction records. You may say the case did not happen, and employers, "
    "landlords and schools may not ask about it.",
    limits=(
        "The wait depends on the offense: 1 year for a petty offense, 2 for a class 2 or 3 misdemeanor, 3 for a "
        "class 1 misdemeanor or a class 4 to 6 felony, 5 for others, counted from the end of the case or of "
        "supervision, whichever is later.",
        "A conviction during the wait blocks this path, but several convictions can be sealed together (see below).",
        "Police, courts and agencies that must run background checks can still see sealed records.",
    ),
    next_steps=(
        "File a petition to seal conviction records in the court that convicted you, with a verified copy of "
        "your Colorado criminal history; notify the district attorney.",
        "There is a processing fee, which the court can waive if you cannot pay.",
    ),
    filing="The court where you were convicted.",
)

sealing_of_multiple_convictions = Remedy(
    id="co-sealing-24-72-709",
    kind=RemedyKind.SEALING,
    title="Seal several convictions together when a later conviction blocks the usual petition",
    citations=(CRS_24_72_709_1, CRS_24_72_709_2),
    sources=(SOURCE_709, SOURCE_PAPER_PRISONS),
    # HB 21-1214; in force 7 September 2021 (90 days after the 2021 session ended).
    effective=date(2021, 9, 7),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CRS_24_72_709_1),
        _VICTIM_RIGHTS,
        custom(
            "an intervening conviction",
            requirement="A later conviction keeps this record from being sealed under the other sections.",
            reads=(Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_intervening_conviction,
            cite=CRS_24_72_709_1,
        ),
        # Custom: the wait's length follows the most serious conviction on the whole record, not this charge's class.
        custom(
            "wait after the last case",
            requirement="Enough time has passed since the last case ended: two years when the most serious "
            "conviction is a petty offense, longer otherwise.",
            reads=(Fact.LEVEL, Fact.DISPOSITION_DATE, Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_multiple_convictions_wait,
            cite=CRS_24_72_709_2,
        ),
    ),
    effect="The court seals the conviction records of several cases at once. You may say the cases did not "
    "happen, and most employers and landlords cannot see them.",
    limits=(
        "The wait runs from the end of the most recent case and depends on the most serious conviction; some "
        "offenses and some numbers of convictions are left out.",
        "Police, courts and agencies that must run background checks can still see sealed records.",
    ),
    next_steps=(
        "File a petition in each court where one of the convictions is, with a verified copy of your criminal "
        "history, a copy of each other petition, and notice to each district attorney.",
    ),
    filing="Each court where one of the convictions was entered.",
)

clean_slate = Remedy(
    id="co-clean-slate",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of older misdemeanor and petty convictions",
    citations=(CRS_13_3_117_A5, CRS_13_3_117_B),
    sources=(SOURCE_13_3_117, SOURCE_SB_22_099, SOURCE_CLEAN_SLATE, SOURCE_ROLLOUT),
    # SB 22-099 took effect 10 August 2022; automatic sealing of misdemeanors began 1 July 2024.
    effective=date(2024, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CRS_13_3_117_A5),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=CRS_13_3_117_A5),
        _VICTIM_RIGHTS,
        # "at least seven years have passed since the final disposition of the case"
        waiting_period(years=7, since=Event.DISPOSITION, cite=CRS_13_3_117_A5),
        # The list leaves out "any judgments for which the defendant has an intervening judgment".
        no_later_conviction(cite=CRS_13_3_117_B),
        # Only convictions "eligible for sealing pursuant to ... 24-72-706", whose wait runs from the
        # end of supervision, so the sentence must be over.
        sentence_completed(cite=CRS_13_3_117_A5),
    ),
    effect="The conviction is sealed without a petition. Courts, police and some licensing agencies can still see it.",
    limits=(
        "Felony convictions began to be sealed automatically in July 2025 under narrower rules (ten years); this "
        "screen does not cover them.",
        "A later conviction keeps a record off the automatic list; a petition may still work.",
        "A district attorney can object in some cases.",
    ),
    next_steps=(
        "Nothing to file. You can check your record with the Colorado Bureau of Investigation; if an eligible "
        "record is not sealed, you can file a petition instead.",
    ),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="CO",
    name="Colorado",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        sealing_for_trafficking_survivors,
        sealing_of_dismissed_cases,
        sealing_by_petition,
        sealing_of_multiple_convictions,
        clean_slate,
    ),
    legal_help=(
        LegalHelp(
            "Colorado Legal Services", "https://www.coloradolegalservices.org", "Free civil legal help statewide"
        ),
        LegalHelp(
            "Colorado Judicial Branch self-help",
            "https://www.courts.state.co.us/Self_Help/recordsothersimplified/",
            "The court's forms and steps for sealing records, and the fee waiver",
        ),
    ),
    where_to_file="The court that handled the case (county, district or municipal court).",
    notes=(
        "Being a trafficking victim is an affirmative defense to prostitution committed on or after "
        "1 July 2015 (C.R.S. § 18-7-201.3).",
        "City (municipal) convictions have their own sealing rules (C.R.S. § 24-72-708); ask the municipal court.",
        "An arrest that never led to charges can be sealed (C.R.S. § 24-72-704); arrests since 2022 are often sealed "
        "automatically.",
    ),
)
