"""Minnesota: automatic expungement (Clean Slate) and expungement by petition; no trafficking vacatur.

In Minnesota "expungement" means sealing: the records are hidden from the public but not
destroyed (Minn. Stat. § 609A.01). Reviewed 2026-11-25 against Minn. Stat. ch. 609A as
published by the Revisor of Statutes (2023 edition, with the notes on Laws 2023, ch. 52,
art. 7, the Clean Slate Act, in force from 1 January 2025): § 609A.015 (automatic
expungement), § 609A.02 (grounds for a petition), § 609A.03 (petition and hearing) and
§ 609A.025 (no petition where the prosecutor agrees); and against Minn. Stat. §§ 609.321
(definitions), 609.322, 609.324, 609.3243, 617.23, 609.72 and 609.605.

What could not be confirmed, and how it is encoded:
- No Minnesota statute that vacates or expunges records because the person was trafficked
  could be found (a 2019 University of St. Thomas article and the 2019 Polaris / Survivor
  Reentry Project report cards list Minnesota among the states without a vacatur law, and
  the 2023 text of ch. 609A has no such ground). No trafficking remedy is encoded; trafficking
  survivors use the general paths below. If a ground for trafficking victims has since been
  added to § 609A.02, subd. 3, it is not encoded here.
- The Clean Slate waits for gross misdemeanors (3 years) and the list of excluded offenses
  are taken from the enacted text as summarized by the courts and the Attorney General; the
  felony wait is taken as 5 years (the longer figure reported), so no date is ever too early.
- Minnesota has no "gross misdemeanor" answer in the screener; where a charge could be a
  misdemeanor or a gross misdemeanor, the longer gross-misdemeanor wait is used.
- Arrests where no charge was filed are handled by Minn. Stat. § 299C.11 (return or
  destruction of arrest records on request), not encoded here; see the notes.

Reviewed 2026-12-06 against Minnesota Statutes 2023 ch. 609A (revisor.mn.gov: § 609A.01 and § 609A.015,
subd. 1), § 609A.02 (casetext copy through 19 August 2024), and the Clean Slate article as moved in the Senate
(S.F. 2673, 2023: § 609A.015, subds. 1-3): automatic sealing after a diversion or stay of adjudication is now
limited to offenses that are not felonies, as subd. 2 says, and the petition after a completed diversion or
stay of adjudication (§ 609A.02, subd. 3(a)(2), any level) is now a remedy of its own. Still open: the
compiled wording of § 609A.015, subds. 2-3 (waits and excluded offenses), and whether a trafficking ground has
been added to chapter 609A (none found). Later the same day: the bar on a new conviction during the wait
now counts the other convictions a person lists (the custom rule had looked only at the charges screened,
which was wrong) and leaves open, rather than counting, a listed conviction whose level is not known.

Reviewed 2026-12-07 against Minn. Stat. § 609A.02 (FindLaw copy current as of 1 January 2025, subds. 1-3(a)(2);
casetext through 19 August 2024), the Revisor's 2023 chapter 609A (table of sections and § 609A.015, subd. 1), the
Judicial Branch FAQ and the Star Tribune's 2023 account of the Clean Slate Act. Confirmed: automatic expungement
(§ 609A.015) in force 1 January 2025; chapter 609A lists no section for trafficking victims (its sections are
609A.01-.06: automatic, mistaken identity, grounds, prosecutor agreement, petition, pardon, cannabis), and the
grounds of § 609A.02, subd. 3 name none, so no trafficking remedy is encoded. The compiled words of § 609A.015,
subds. 2-3 and § 609A.02, subd. 3(a)(3)-(5) still did not surface (the searches are named in the evidence); no
rule changed.

Cross-checked 2026-12-07 with 10 new worked examples built from the words in the evidence (§ 609A.015, subds. 1-3;
§ 609A.02, subd. 3(a)(1)-(4)). Changed: a grade given (petty, gross or another misdemeanor grade) now sets the
class; an offense that may be a misdemeanor or a gross misdemeanor, with no grade given, now leaves the petition open
(asking the grade) once the 2-year wait is over, and leaves the conviction-free window open where the 2- and 3-year
windows disagree; before, it was always counted as a gross misdemeanor, giving a date a year late as certain.
Clean Slate still dates such a charge by the longer wait (the sealing happens either way). Legal help checked: the
Attorney General's program (helpsealmyrecord.org, named in a 2025 account of its clinics) and the Volunteer Lawyers
Network (expungement petitions and clinics; vlnmn.org) confirmed; Mid-Minnesota Legal Aid was removed, as no source
showed it taking record-sealing cases.

Third-pass audit 2026-12-07: 8 new worked examples from the words of § 609A.015, subds. 1-2 and § 609A.02,
subd. 3(a)(1)-(2) (the one-year boundary after a program, a petty misdemeanor charge in that year, a dismissed felony
charge in it, program kinds, a felony diversion, a dismissal while another case is open); all agree with the module,
and no rule changed. Still not found as statute text: § 609A.015, subds. 2-3 as compiled, § 609A.02, subd.
3(a)(3)-(5), and any trafficking-victim ground in chapter 609A (the FindLaw copy current to 1 January 2025 and the
casetext copy stop at subd. 3(a)(2)); the trafficking question stays open, not encoded.

Reviewed 2026-12-07 (statute audit): searched again for a trafficking ground and for the compiled words of
§ 609A.015, subds. 2-3 and § 609A.02, subd. 3(a)(3)-(5) (Revisor 2023 chapter page, casetext, FindLaw, the Senate
Clean Slate amendment, the 2023 session law and bill pages, legiplex and fastdemocracy summaries); none surfaced
beyond what earlier reviews quoted, and no trafficking-victim ground was found in chapter 609A or in any 2023-2025
account of it. Read: the published decision State v. C.W.N., 906 N.W.2d 549 (Minn. App. 2018), through a case
summary and two law-firm accounts, and Minn. Stat. § 609.02, subd. 4a (petty misdemeanor "does not constitute a
crime"). Changed: (1) the petition's "has not been convicted of a new crime for at least [2, 3 or 4] years since
discharge" is now a look-back over the years just before filing, as C.W.N. read it: a conviction soon after
discharge no longer bars the petition for good (it had been counted as the Clean Slate window is, over the years
immediately after discharge), and a recent conviction now delays it. (2) A listed conviction or later charge graded
as a petty misdemeanor no longer counts, for the petition (not a "crime") or for automatic sealing ("other than an
offense that would be a petty misdemeanor"). Still open: the compiled words after Laws 2023, ch. 52, art. 7 (if they
now count the years right after discharge, change (1) would be undone), the Clean Slate list of qualifying offenses,
and any trafficking ground.

Reviewed 2026-12-07 (statute audit, statute-text hunt): looked again for the compiled words of § 609A.015, subds.
2-3 and § 609A.02, subd. 3(a)(3)-(5) as amended by Laws 2023, ch. 52, art. 7 (Revisor session-law and bill pages,
the 2024 public safety bills, the casetext and FindLaw copies, and a state-code data set whose chapter 609A file
holds no section text). None of these surfaced beyond subd. 3(a)(2) of § 609A.02 and subd. 1 of § 609A.015; two
more law-firm accounts of the Clean Slate Act restate subd. 3 ("during the applicable waiting period immediately
following discharge of the disposition or sentence"; "not charged with an offense in Minnesota at the time the
person reaches the end of the applicable waiting period"), which is how the module already reads it. No rule
changed. Still open, as before: the compiled waits and excluded offenses of § 609A.015, subd. 3 (felonies kept at
the longer 5 years), the compiled petition grounds of § 609A.02, subd. 3(a)(3)-(5), whether a felony whose
imposition of sentence was stayed and later deemed a lesser offense now has a petition ground of its own (one
practitioner's account says so, with a 5-year wait; State v. S.A.M. (Minn. Mar. 15, 2017, No. A15-0950) held
that the 2016 text gave none), and any trafficking-victim ground in chapter 609A.
"""

from dataclasses import replace
from datetime import date

from rules.calendar import add_period
from rules.condition import ConvictionRecord
from rules.conditions import (
    ChargeContext,
    ConvictionFreeWindow,
    convicted,
    custom,
    disposition_is,
    level_is,
    no_pending_case,
    offense_not_in,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, Truth, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

MS_609A_015_1 = "Minn. Stat. § 609A.015, subd. 1"
MS_609A_015_2 = "Minn. Stat. § 609A.015, subd. 2"
MS_609A_015_3 = "Minn. Stat. § 609A.015, subd. 3"
MS_609A_02_3_A_1 = "Minn. Stat. § 609A.02, subd. 3(a)(1)"
MS_609A_02_3_A_2 = "Minn. Stat. § 609A.02, subd. 3(a)(2)"
MS_609A_02_3_A_3_5 = "Minn. Stat. § 609A.02, subd. 3(a)(3)-(5)"
MS_609A_02_3_B = "Minn. Stat. § 609A.02, subd. 3(b)"
MS_609A_02_4 = "Minn. Stat. § 609A.02, subd. 4"
MS_609A_03 = "Minn. Stat. § 609A.03"

CHAPTER_609A = Source(
    "Minnesota Statutes chapter 609A, Expungement (Office of the Revisor of Statutes)",
    "https://www.revisor.mn.gov/statutes/2023/cite/609A/full",
)
COURTS_FAQ = Source(
    "Minnesota Judicial Branch: Criminal expungement FAQs",
    "https://mncourts.gov/help-topics/criminal-expungement/criminal-expungement-faqs",
)
AG_FAQ = Source(
    "Minnesota Attorney General: Expungement frequently asked questions",
    "https://ag.state.mn.us/Office/Expungement/FAQ.asp",
)
CCRC = Source(
    "Collateral Consequences Resource Center: Minnesota record relief",
    "https://ccresourcecenter.org/state-restoration-profiles/minnesota-restoration-of-rights-pardon-expungement-sealing/",
)

OFFENSES = (
    Offense(
        "mn-ms-609.324-engaging",
        "Engaging in prostitution (not in a public place)",
        "Minn. Stat. § 609.324",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A misdemeanor; a gross misdemeanor with an earlier prostitution conviction.",
    ),
    Offense(
        "mn-ms-609.324-2",
        "Prostitution or hiring for prostitution in a public place",
        "Minn. Stat. § 609.324, subd. 2",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="A gross misdemeanor.",
    ),
    Offense(
        "mn-ms-609.324-3",
        "Hiring or agreeing to hire an adult for prostitution",
        "Minn. Stat. § 609.324, subd. 3",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor; a gross misdemeanor for a second offense within two years.",
    ),
    Offense(
        "mn-ms-609.324-1",
        "Hiring or engaging in prostitution with a minor",
        "Minn. Stat. § 609.324, subd. 1",
        Category.SOLICITATION,
        Level.FELONY,
    ),
    Offense(
        "mn-ms-609.3243",
        "Loitering with intent to participate in prostitution",
        "Minn. Stat. § 609.3243",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "mn-ms-609.322-1a",
        "Solicitation, inducement or promotion of prostitution; sex trafficking in the second degree",
        "Minn. Stat. § 609.322, subd. 1a",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "mn-ms-609.322-1",
        "Sex trafficking in the first degree",
        "Minn. Stat. § 609.322, subd. 1",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
    Offense(
        "mn-ms-617.23",
        "Indecent exposure",
        "Minn. Stat. § 617.23",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="A misdemeanor; a gross misdemeanor or felony in some cases.",
    ),
    Offense("mn-ms-609.72", "Disorderly conduct", "Minn. Stat. § 609.72", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense(
        "mn-ms-609.605-1", "Trespass", "Minn. Stat. § 609.605, subd. 1", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
)

# Offenses that are always gross misdemeanors, and offenses that are a misdemeanor or a gross
# misdemeanor depending on earlier convictions.
GROSS_MISDEMEANORS = frozenset({"mn-ms-609.324-2"})
MISDEMEANOR_OR_GROSS = frozenset({"mn-ms-609.324-engaging", "mn-ms-609.324-3"})
PLAIN_MISDEMEANORS = frozenset({"mn-ms-609.3243", "mn-ms-609.72", "mn-ms-609.605-1"})
# Indecent exposure is left out of Clean Slate at every level.
NOT_CLEAN_SLATE = ("mn-ms-617.23",)

PETTY, MISDEMEANOR, GROSS, FELONY = "petty", "misdemeanor", "gross", "felony"


def _offense_class(context: ChargeContext) -> tuple[str | None, tuple[str, ...]]:
    """The Minnesota class of the charge (petty misdemeanor, misdemeanor, gross misdemeanor,
    felony), or None with the request fields that would settle it. A charge that may be either
    a misdemeanor or a gross misdemeanor counts as a gross misdemeanor (the longer wait)."""
    charge = context.charge
    if charge.level is Level.FELONY:
        return FELONY, ()
    if charge.level is Level.VIOLATION or charge.grade is Grade.PETTY_MISDEMEANOR:
        return PETTY, ()
    if charge.grade is Grade.GROSS_MISDEMEANOR or charge.offense in GROSS_MISDEMEANORS:
        return GROSS, ()
    if charge.level is Level.MISDEMEANOR and charge.grade is not None:
        return MISDEMEANOR, ()
    if charge.offense in MISDEMEANOR_OR_GROSS:
        return GROSS, ()
    if charge.level is Level.MISDEMEANOR:
        return (MISDEMEANOR if charge.offense in PLAIN_MISDEMEANORS else GROSS), ()
    questions = [context.path(Fact.LEVEL)]
    if charge.offense is None:
        questions.append(context.path(Fact.OFFENSE))
    return None, tuple(questions)


def _years_for(offense_class: str, felony_years: int) -> int:
    return {PETTY: 2, MISDEMEANOR: 2, GROSS: 3, FELONY: felony_years}[offense_class]


def _wait_after_discharge(context: ChargeContext, felony_years: int) -> Finding:
    offense_class, questions = _offense_class(context)
    if offense_class is None:
        return unknown(
            msg(
                "The wait depends on whether the charge was a petty misdemeanor, misdemeanor, gross misdemeanor or felony."
            ),
            *questions,
        )
    if offense_class == FELONY:
        # Every felony this module names is left off the list of felonies that can be expunged.
        if context.charge.offense in context.offenses:
            return not_met(msg("This felony is not on the list of felonies that can be expunged."))
        return unknown(
            msg("Only felonies on the list in the law can be expunged; whether this one is on it is not known."),
            context.path(Fact.OFFENSE),
        )
    years = _years_for(offense_class, felony_years)
    start = context.charge.sentence_completed_date
    if start is None:
        return unknown(
            msg("The wait counts from the day your sentence was discharged, which has not been given."),
            context.path(Fact.SENTENCE_COMPLETED_DATE),
        )
    ends = add_period(start, years=years)
    if ends <= context.facts.as_of:
        return met(
            msg("The wait of {years} years after your sentence ended on {ends}.", years=years, ends=ends), on=ends
        )
    return later(
        msg("There is a wait of {years} years after your sentence; it ends on {ends}.", years=years, ends=ends), on=ends
    )


def _maybe_plain_misdemeanor(context: ChargeContext) -> bool:
    """A misdemeanor counted as gross above only because its grade was not given: it may be a plain misdemeanor."""
    charge = context.charge
    return (
        charge.level is Level.MISDEMEANOR
        and charge.grade is None
        and charge.offense not in GROSS_MISDEMEANORS
        and charge.offense not in PLAIN_MISDEMEANORS
    )


GRADE_DECIDES = msg(
    "A misdemeanor waits 2 years and a gross misdemeanor 3; whether this was a gross misdemeanor is not known."
)


def _petition_wait(context: ChargeContext) -> Finding:
    """2 years for a petty misdemeanor or misdemeanor, 3 for a gross misdemeanor, 4 for a listed felony.
    Where a misdemeanor may have been a gross misdemeanor and only the 2-year wait is over, the answer
    is left open (cross-check of 2026-12-07: a date a year off had been given as certain)."""
    finding = _wait_after_discharge(context, felony_years=4)
    start = context.charge.sentence_completed_date
    if (
        finding.truth is Truth.LATER
        and _maybe_plain_misdemeanor(context)
        and start is not None
        and add_period(start, years=2) <= context.facts.as_of
    ):
        return unknown(GRADE_DECIDES, context.path(Fact.GRADE))
    return finding


def _clean_slate_wait(context: ChargeContext) -> Finding:
    """As for a petition, but felonies are counted at 5 years (the longer figure reported)."""
    return _wait_after_discharge(context, felony_years=5)


def _no_new_conviction_in_wait(context: ChargeContext) -> Finding:
    """No conviction (other than a petty misdemeanor) fell inside the waiting period that follows the
    discharge of this sentence. The shared window runs the check, every listed conviction counting;
    only its length, which follows the class worked out above, is chosen here."""
    offense_class, questions = _offense_class(context)
    if offense_class is None:
        if not context.convictions.besides(context.index):
            return met(msg("You listed no other conviction."))
        return unknown(msg("A new conviction in the waiting period rules this out; the wait is not known."), *questions)
    crimes = _crimes_only(context)
    finding = _window(_years_for(offense_class, 5)).evaluate(crimes)
    # The window is 2 years for a misdemeanor, 3 for a gross misdemeanor: where they disagree, the grade decides.
    if (
        offense_class == GROSS
        and _maybe_plain_misdemeanor(context)
        and _window(2).evaluate(crimes).truth is not finding.truth
    ):
        return unknown(GRADE_DECIDES, context.path(Fact.GRADE))
    return finding


def _crimes_only(context: ChargeContext) -> ChargeContext:
    """The record without petty misdemeanors: a petty misdemeanor "does not constitute a crime" (§ 609.02, subd.
    4a), and Clean Slate counts new offenses "other than an offense that would be a petty misdemeanor"."""
    past = context.convictions.past
    kept = tuple(p for p in past if p.grade is not Grade.PETTY_MISDEMEANOR and p.level is not Level.VIOLATION)
    if len(kept) == len(past):
        return context
    return replace(context, record=ConvictionRecord(past=kept), person_findings=None)


def _petition_look_back(context: ChargeContext) -> Finding:
    """§ 609A.02, subd. 3(a)(3)-(5): "has not been convicted of a new crime for at least [2, 3 or 4] years since
    discharge of the sentence". State v. C.W.N., 906 N.W.2d 549 (Minn. App. 2018), read these words as the years
    immediately before the petition is filed: a later conviction delays the petition, it does not bar it for good
    (Clean Slate, by contrast, counts the years immediately after discharge). The length follows the class, as
    for the wait; where a misdemeanor may have been a gross misdemeanor and the 2- and 3-year look-backs
    disagree, the grade decides."""
    offense_class, questions = _offense_class(context)
    if offense_class is None:
        if not context.convictions.besides(context.index):
            return met(msg("You listed no other conviction."))
        return unknown(msg("A new conviction in the years before you apply delays this; the wait is not known."),
                       *questions)  # fmt: skip
    crimes = _crimes_only(context)
    finding = _look_back(_years_for(offense_class, 4)).evaluate(crimes)
    if offense_class == GROSS and _maybe_plain_misdemeanor(context):
        shorter = _look_back(2).evaluate(crimes)
        if shorter.truth is not finding.truth or (finding.truth is Truth.LATER and shorter.on != finding.on):
            return unknown(GRADE_DECIDES, context.path(Fact.GRADE))
    return finding


def _look_back(years: int) -> ConvictionFreeWindow:
    return ConvictionFreeWindow(
        cite=MS_609A_02_3_A_3_5, years=years, levels=frozenset({Level.FELONY, Level.MISDEMEANOR})
    )


def _window(years: int) -> ConvictionFreeWindow:
    return ConvictionFreeWindow(
        cite=MS_609A_015_3,
        years=years,
        levels=frozenset({Level.FELONY, Level.MISDEMEANOR}),
        since=Event.SENTENCE_COMPLETED,
    )


def _no_new_charge_within_a_year(context: ChargeContext) -> Finding:
    """No listed charge (other than a petty misdemeanor) came in the year after the program ended."""
    others = [
        c
        for i, c in enumerate(context.facts.charges)
        if i != context.index and c.level is not Level.VIOLATION and c.grade is not Grade.PETTY_MISDEMEANOR
    ]
    if not others:
        return met(msg("You listed no other charge."))
    ended = context.charge.disposition_date
    if ended is None:
        return unknown(
            msg("A new charge in the year after the program rules this out; the day the program ended is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    year_later = add_period(ended, years=1)
    if any(c.offense_date is not None and ended < c.offense_date <= year_later for c in others):
        return not_met(msg("You listed a charge from the year after the program ended."))
    if any(c.offense_date is None for c in others):
        return unknown(
            msg("A new charge in the year after the program rules this out; the date of another charge is not known."),
            *(
                Fact.OFFENSE_DATE.path(i)
                for i, c in enumerate(context.facts.charges)
                if i != context.index and c.offense_date is None
            ),
        )
    return met(msg("None of the charges you listed came in the year after the program ended."))


PETITION_STEPS = (
    "Fill in the Petition for Expungement forms from the Minnesota Judicial Branch and file them in the "
    "district court of the county where the case was handled.",
    "The filing fee is $300; you can ask the court to waive it if you cannot afford it. The Attorney "
    "General's Office also takes applications and, if you qualify, you do not pay the fee.",
    "Send copies to the prosecutor and the agencies that hold the records; they may object, and a judge "
    "holds a hearing at least 60 days later.",
)

automatic_sealing_favorable = Remedy(
    id="mn-609a015-favorable",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic expungement (sealing) of a case that was dismissed or ended in your favor",
    citations=(MS_609A_015_1,),
    sources=(CHAPTER_609A, COURTS_FAQ),
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, cite=MS_609A_015_1),),
    effect="The Bureau of Criminal Apprehension and the courts seal the records of the case without a petition. "
    "They are hidden from the public but not destroyed.",
    limits=(
        "A not-guilty verdict by reason of mental illness, or a dismissal because you could not stand trial, "
        "does not count.",
        "Records at other agencies, such as the Department of Human Services, are not sealed; for those you "
        "can still file a petition.",
    ),
    next_steps=(
        "Nothing to file. The court record will show a 'BCA Automatic Expungement Notice' when the case is "
        "picked up; a judge can stop it within 60 days.",
        "You can ask the Bureau of Criminal Apprehension for your own record to check that it was sealed.",
    ),
    discretionary=False,
)

automatic_sealing_diversion = Remedy(
    id="mn-609a015-diversion",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic expungement (sealing) after a diversion program or stay of adjudication",
    citations=(MS_609A_015_2,),
    sources=(CHAPTER_609A, COURTS_FAQ),
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DIVERSION_COMPLETED, cite=MS_609A_015_2),
        # "for an offense that is not a felony" (subd. 2, as moved in S.F. 2673, 2023).
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=MS_609A_015_2),
        waiting_period(years=1, since=Event.DISPOSITION, cite=MS_609A_015_2),
        # Custom: it bars a new charge, not a conviction; the shared windows count convictions only.
        custom(
            "no new charge for a year",
            requirement="You were not charged with a new offense (other than a petty misdemeanor) in the year "
            "after the program ended.",
            reads=(Fact.DISPOSITION_DATE, Fact.OFFENSE_DATE, Fact.LEVEL, Fact.GRADE),
            rule=_no_new_charge_within_a_year,
            cite=MS_609A_015_2,
        ),
    ),
    effect="Once a year has passed without a new charge, the records of the case are sealed without a petition.",
    limits=(
        "A new charge in that year, other than a petty misdemeanor, stops the automatic sealing.",
        "A diversion for a felony is not sealed automatically; a petition may still be possible.",
    ),
    next_steps=(
        "Nothing to file. If the record is not sealed, you can file a petition under section 609A.02 "
        "(stay of adjudication or diversion) in the county where the case was handled.",
    ),
    discretionary=False,
)

clean_slate = Remedy(
    id="mn-609a015-clean-slate",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic expungement (sealing) of a conviction after a crime-free wait",
    citations=(MS_609A_015_3,),
    sources=(CHAPTER_609A, COURTS_FAQ, CCRC),
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=MS_609A_015_3),
        offense_not_in(*NOT_CLEAN_SLATE, cite=MS_609A_015_3),
        # Custom: the class follows the named offense (maybe-gross counts as gross); only listed felonies qualify.
        custom(
            "Clean Slate wait",
            requirement="Enough time has passed since your sentence was discharged: 2 years for a petty "
            "misdemeanor or misdemeanor, 3 for a gross misdemeanor, longer for the few felonies that qualify.",
            reads=(Fact.LEVEL, Fact.GRADE, Fact.OFFENSE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_clean_slate_wait,
            cite=MS_609A_015_3,
        ),
        # Custom: its length follows the offense-based class of the wait above, which grade tables do not read.
        custom(
            "no new conviction during the wait",
            requirement="You were not convicted of a new offense (other than a petty misdemeanor) in Minnesota "
            "during the wait.",
            reads=(
                Fact.DISPOSITION,
                Fact.DISPOSITION_DATE,
                Fact.SENTENCE_COMPLETED_DATE,
                Fact.LEVEL,
                Fact.GRADE,
                Fact.OFFENSE,
                Fact.OTHER_CONVICTIONS,
            ),
            rule=_no_new_conviction_in_wait,
            cite=MS_609A_015_3,
        ),
        no_pending_case(cite=MS_609A_015_3),
    ),
    effect="The Bureau of Criminal Apprehension and the courts seal the conviction without a petition. Police, "
    "prosecutors, courts and some licensing agencies can still see it.",
    limits=(
        "Indecent exposure, domestic assault, DWI, harassment and some other offenses are left out.",
        "The state reviews records once a year, so the sealing can come some months after you qualify.",
    ),
    next_steps=(
        "Nothing to file. The court record will show a 'BCA Automatic Expungement Notice'; a judge can stop it "
        "within 60 days.",
        "If you need records at other agencies sealed too, you can still file a petition.",
    ),
    discretionary=False,
)

petition_favorable = Remedy(
    id="mn-609a02-favorable",
    kind=RemedyKind.SEALING,
    title="Petition to expunge (seal) a case that was dismissed or ended in your favor",
    citations=(MS_609A_02_3_A_1, MS_609A_03),
    sources=(CHAPTER_609A, AG_FAQ),
    effective=date(2015, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, cite=MS_609A_02_3_A_1),),
    effect="The judge orders the court and the state agencies named in the order to seal the records of the case.",
    limits=(
        "The judge grants it unless an agency or the prosecutor shows clear and convincing reasons why the public "
        "interest outweighs your need for sealing.",
    ),
    next_steps=PETITION_STEPS,
    filing="The district court of the county where the case was handled.",
)

petition_diversion = Remedy(
    id="mn-609a02-diversion",
    kind=RemedyKind.SEALING,
    title="Petition to expunge (seal) a case after a diversion program or stay of adjudication",
    citations=(MS_609A_02_3_A_2, MS_609A_03),
    sources=(
        CHAPTER_609A,
        Source(
            "Minn. Stat. § 609A.02 (Casetext, current through 19 August 2024)",
            "https://casetext.com/statute/minnesota-statutes/crimes-expungement-victims/chapter-609a-expungement/"
            "section-609a02-grounds-for-order",
        ),
    ),
    effective=date(2015, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # Unlike automatic sealing (§ 609A.015, subd. 2), the petition is not limited to non-felonies.
        disposition_is(Disposition.DIVERSION_COMPLETED, cite=MS_609A_02_3_A_2),
        waiting_period(years=1, since=Event.DISPOSITION, cite=MS_609A_02_3_A_2),
        # Custom: it bars a new charge, not a conviction; the shared windows count convictions only.
        custom(
            "no new charge for a year",
            requirement="You were not charged with a new crime in the year after the program ended.",
            reads=(Fact.DISPOSITION_DATE, Fact.OFFENSE_DATE, Fact.LEVEL, Fact.GRADE),
            rule=_no_new_charge_within_a_year,
            cite=MS_609A_02_3_A_2,
        ),
    ),
    effect="The judge orders the court and the state agencies named in the order to seal the records of the case.",
    limits=(
        "The judge weighs your reasons against public safety before sealing the records.",
        "If the case was already sealed automatically, a petition can still reach records at other agencies.",
    ),
    next_steps=PETITION_STEPS,
    filing="The district court of the county where the case was handled.",
)

petition_conviction = Remedy(
    id="mn-609a02-conviction",
    kind=RemedyKind.SEALING,
    title="Petition to expunge (seal) a conviction after a crime-free wait",
    citations=(MS_609A_02_3_A_3_5, MS_609A_02_3_B, MS_609A_02_4, MS_609A_03),
    sources=(CHAPTER_609A, AG_FAQ, CCRC),
    # The 2015 law; the shorter waits of Laws 2023, ch. 52, art. 7 are the ones encoded.
    effective=date(2015, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=MS_609A_02_3_A_3_5),
        # Custom: the class follows the named offense (maybe-gross counts as gross); only listed felonies qualify.
        custom(
            "petition wait",
            requirement="Enough time has passed since your sentence was discharged: 2 years for a petty "
            "misdemeanor or misdemeanor, 3 for a gross misdemeanor, 4 for a felony on the list in the law.",
            reads=(Fact.LEVEL, Fact.GRADE, Fact.OFFENSE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_petition_wait,
            cite=MS_609A_02_3_A_3_5,
        ),
        # Custom: a look-back before the petition (State v. C.W.N.), its length following the offense-based class.
        custom(
            "no new conviction in the years before the petition",
            requirement="You were not convicted of a new crime in the years just before you apply (2 for a petty "
            "misdemeanor or misdemeanor, 3 for a gross misdemeanor, 4 for a listed felony).",
            reads=(
                Fact.DISPOSITION,
                Fact.DISPOSITION_DATE,
                Fact.LEVEL,
                Fact.GRADE,
                Fact.OFFENSE,
                Fact.OTHER_CONVICTIONS,
            ),
            rule=_petition_look_back,
            cite=MS_609A_02_3_A_3_5,
        ),
    ),
    effect="The judge can order the court and the state agencies named in the order to seal the conviction. "
    "Police, prosecutors, courts and some employers and licensing agencies can still see it.",
    limits=(
        "The judge weighs your reasons (work, housing, what you have done since) against public safety.",
        "Offenses that require registration as a predatory offender cannot be expunged.",
    ),
    next_steps=PETITION_STEPS,
    filing="The district court of the county where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="MN",
    name="Minnesota",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        automatic_sealing_favorable,
        automatic_sealing_diversion,
        clean_slate,
        petition_favorable,
        petition_diversion,
        petition_conviction,
    ),
    legal_help=(
        LegalHelp(
            "Minnesota Attorney General's Office expungement program",
            "https://helpsealmyrecord.org",
            "Free help from the Attorney General's Office to seal eligible records",
        ),
        LegalHelp("Volunteer Lawyers Network", "https://www.vlnmn.org", "Free expungement help in Minnesota"),
    ),
    where_to_file="The district court of the county where the case was handled.",
    notes=(
        "Minnesota has no law that vacates convictions because the person was trafficked. A person charged with "
        "prostitution can raise being trafficked as a defense at trial.",
        "If you were arrested but never charged, you can ask the agency that arrested you to return or destroy "
        "the arrest record (Minn. Stat. § 299C.11).",
        "A pardon from the Board of Pardons also leads to sealing of the record.",
    ),
)
