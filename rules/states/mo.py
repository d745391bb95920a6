"""Missouri: expungement by petition, automatic closing of cases that end in your favor,
and expungement of prostitution convictions for people who were under 18.

Missouri has no vacatur or expungement path written for adult trafficking survivors: a bill
to add one (SB 792, 2018) was heard but did not become law, and the 2025 bills that re-enact
RSMo § 610.131 were seen only as drafts. Survivors use the general expungement law.

Reviewed 2026-11-25 against RSMo §§ 610.140 (version in force 1 January 2025), 610.105,
610.122, 610.131, 567.020, 567.030, 567.050 and 566.223, using the Revisor of Missouri's pages,
the Clean Slate Clearinghouse and the Collateral Consequences Resource Center profile.

Reviewed 2026-12-06 against RSMo § 610.140 as in force 1 January 2025 (Revisor of Missouri; subsections 1-3
read), § 610.105 (statute text through 2006) and secondary summaries of the waits and lifetime limits: the
automatic closing under § 610.105 now reaches a completed suspended imposition of sentence or diversion.
The text of § 610.140 as restated in 2024 HB 1748 (subsections 5 and 6, numbered one lower than the 2025
version) was also read: a finding of guilt bars expungement only during the one- or three-year wait
(§ 610.140.5(2)), no longer for ever, and an arrest with no charge waits three years from the arrest
(§ 610.140.6). Still open: the wait for dismissals and acquittals (3 years from the end of the case kept) and
the start date of § 610.131.

Reviewed 2026-12-07 against the text of RSMo §§ 610.140 (the version in force 1 January 2025, history
through S.B. 754 of 2024), 610.131 (history L. 2018 S.B. 793, A.L. 2019 H.B. 397) and 610.105, Justia copies
of the Revised Statutes as scraped into the saint1415/us-statutes data set (February 2026). Changed: an arrest
with no charge can be expunged eighteen months after the arrest, not three years (§ 610.140.7 in its 2025
form); the lifetime limits are now three misdemeanors and two felonies (§ 610.140.13 in its 2025 form; they
had been two and one); § 610.131 is dated 28 August 2019, when H.B. 397 gave it its current form (it had been
1 January 2023, a guess); cites now follow the 2025 numbering (criteria in subsection 6).

Cross-check 2026-12-07 (worked examples built from the statute text): expungement of an arrest with no
charge now also requires no guilty finding in the eighteen months after the arrest, as § 610.140.7's proviso
says (it had been told in the limits but not checked, so such an arrest showed as eligible).

Third-pass audit 2026-12-07 (text of §§ 610.140 and 610.131 from the saint1415/us-statutes Justia copy):
eight new worked cases (arrest-with-no-charge boundaries and the eighteen-month conviction bar, the felony
wait's last day, a later felony inside the three-year wait, an infraction's one-year wait, and the reach of
§ 610.131) all agree with the module; nothing changed. § 610.131.1 lets the court grant on coercion as
defined in § 566.200, but only a person under eighteen at the offense may apply, so the age condition stays.
Still open: § 610.140.13 allows any number of infractions but counts ordinance violations that carry jail
as misdemeanors, and the vocabulary's "violation" covers both, so violations are still counted against the
misdemeanor limit (a count over the limit gives an open question, not a refusal); and the wait for a
dismissal or acquittal (§ 610.140.6(1) runs from a disposition "imposed under section 557.011").

Legal help checked 2026-12-07: Legal Services of Eastern Missouri and Legal Aid of Western Missouri removed
(sources show civil work only); added Legal Services of Southern Missouri (Clean Slate expungement clinics);
ArchCity Defenders confirmed (expungement guide, sessions and clinics).

Reviewed 2026-12-07 (statute audit): read § 610.140 (Revisor of Missouri and the casetext copy, effective
1 January 2025: definitions in subsection 1, subsections 2-3 and 6-7, 13), § 610.131 (Justia copy, history to
2019), § 610.105 and § 610.100 (1982 text quoted by the Attorney General; Reporters Committee summary of the
current text), § 567.020, the Revisor's chapter 610 index, and the 2024-2025 bills that would have changed
§ 610.131 (H.B. 2688 of 2024; H.B. 224, S.B. 284, S.B. 755 of 2025). Changed: (1) infractions no longer count
against the lifetime limit of three misdemeanors (§ 610.140.13 limits "misdemeanor offenses or ordinance violations
that have an authorized term of imprisonment"); trespass in the second degree carries the grade infraction, and a
violation not known to be an infraction counts as possibly limited. (2) After a dismissal or acquittal the
statute names no wait; the invented three years is replaced by: eligible eighteen months after the end of the
case (enough under every reading), open before that. (3) An arrest with no charge within thirty days is closed
automatically under § 610.100.2; it had been shown as not eligible for closing. Checked: no 2025 act changed
§ 610.131 or created a vacatur for adult survivors; § 566.218 is the trafficking restitution section, not a
vacatur. Still open: the current words of § 610.100.2 (read in its 1982 form and a summary); whether a court
would apply § 610.140.7's eighteen months to a dismissed charge.
"""

from collections.abc import Mapping
from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    age_at_offense_under,
    convicted,
    custom,
    disposition_is,
    no_conviction_during_wait,
    no_pending_case,
    offense_in,
    offense_not_in,
    wait_by_outcome,
    waiting_period,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, Truth, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

RSMO_610_140 = "Mo. Rev. Stat. § 610.140"
RSMO_610_140_3 = "Mo. Rev. Stat. § 610.140.3"
# Numbered as in force since 1 January 2025: petition criteria in subsection 6 (5 before), arrests in 7.
RSMO_610_140_6 = "Mo. Rev. Stat. § 610.140.6"
RSMO_610_140_7 = "Mo. Rev. Stat. § 610.140.7"
RSMO_610_140_13 = "Mo. Rev. Stat. § 610.140.13"
RSMO_610_105 = "Mo. Rev. Stat. § 610.105"
RSMO_610_100_2 = "Mo. Rev. Stat. § 610.100.2"
RSMO_610_131 = "Mo. Rev. Stat. § 610.131"

REVISOR_610_140 = Source(
    "Mo. Rev. Stat. § 610.140 (Revisor of Missouri)", "http://revisor.mo.gov/main/OneSection.aspx?section=610.140"
)
CCRC_PROFILE = Source(
    "Missouri: Restoration of Rights, Pardon, Expungement & Sealing (Collateral Consequences Resource Center)",
    "http://ccresourcecenter.org/state-restoration-profiles/missouri-restoration-of-rights-pardon-expungement-sealing/",
)

OFFENSES = (
    Offense(
        "mo-rsmo-567.020",
        "Prostitution",
        "Mo. Rev. Stat. § 567.020",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A class B misdemeanor; a class B felony if the person knew they had HIV.",
    ),
    Offense(
        "mo-rsmo-567.030",
        "Patronizing prostitution",
        "Mo. Rev. Stat. § 567.030",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor, or a felony when the person patronized was a minor.",
    ),
    Offense(
        "mo-rsmo-567.050",
        "Promoting prostitution in the first degree",
        "Mo. Rev. Stat. § 567.050",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "mo-rsmo-567.060",
        "Promoting prostitution in the second degree",
        "Mo. Rev. Stat. § 567.060",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "mo-rsmo-567.070",
        "Promoting prostitution in the third degree",
        "Mo. Rev. Stat. § 567.070",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "mo-rsmo-574.010",
        "Peace disturbance",
        "Mo. Rev. Stat. § 574.010",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
        note="A misdemeanor the first time; a felony for some repeat offenses.",
    ),
    Offense(
        "mo-rsmo-569.140",
        "Trespass in the first degree",
        "Mo. Rev. Stat. § 569.140",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "mo-rsmo-569.150",
        "Trespass in the second degree",
        "Mo. Rev. Stat. § 569.150",
        Category.QUALITY_OF_LIFE,
        Level.VIOLATION,
        note="An infraction.",
        grade=Grade.INFRACTION,
    ),
    Offense(
        "mo-rsmo-566.209",
        "Trafficking for the purposes of sexual exploitation",
        "Mo. Rev. Stat. § 566.209",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Chapter 566 offenses and class A felonies cannot be expunged under § 610.140.3.
NOT_EXPUNGEABLE = ("mo-rsmo-566.209",)

THIRTY_DAYS_AFTER_ARREST = waiting_period(days=30, since=Event.OFFENSE, cite=RSMO_610_100_2)

# § 610.140.13 as in force since 1 January 2025 (two and one before).
MISDEMEANOR_LIMIT = 3
FELONY_LIMIT = 2


def _no_conviction_within_18_months_of_arrest(context: ChargeContext) -> Finding:
    """§ 610.140.7: an arrest with no charge may be expunged "no earlier than eighteen months from the date
    of arrest; provided that, during such time, the petitioner has not been charged and the petitioner has
    not been found guilty of any misdemeanor or felony offense". Custom because the shared windows count
    whole years, not eighteen months from the arrest."""
    charge = context.charge
    if charge.disposition is not Disposition.NO_CHARGES:
        return met(msg("The eighteen-month rule applies only to an arrest with no charge filed."))
    arrested = charge.offense_date
    if arrested is None:
        return unknown(
            msg("A conviction in the eighteen months after the arrest rules this out; the arrest date is not known."),
            context.path(Fact.OFFENSE_DATE),
        )
    window_ends = add_period(arrested, months=18)
    others = context.convictions.besides(context.index)
    if any(p.day is not None and arrested <= p.day <= window_ends for p in others):
        return not_met(msg("You listed a conviction in the eighteen months after the arrest, which rules this out."))
    undated = [p.path("date") for p in others if p.day is None]
    if undated:
        return unknown(
            msg(
                "A conviction in the eighteen months after the arrest rules this out; the date of another listed "
                "conviction is not known."
            ),
            *undated,
        )
    return met(
        msg(
            "None of the convictions you listed came in the eighteen months after the arrest. Convictions you did "
            "not list would count too."
        )
    )


AFTER_DISMISSAL_OR_ACQUITTAL = waiting_period(months=18, since=Event.DISPOSITION, cite=RSMO_610_140_6)


def _wait_after_dismissal_or_acquittal(context: ChargeContext) -> Finding:
    """No wait for a dismissal or acquittal is written in § 610.140: subsection 6(1) counts from a disposition
    "imposed under section 557.011" (a sentence), and subsection 7's eighteen months is for an arrest with no
    charge. Eighteen months after the end of the case satisfies every reading; before that the answer stays
    open. Custom because a shared wait cannot leave its own running period open."""
    finding = AFTER_DISMISSAL_OR_ACQUITTAL.evaluate(context)
    if finding.truth is not Truth.LATER:
        return finding
    return unknown(
        msg(
            "The law names no waiting period after a dismissal or acquittal. Read with the rule for arrests, it "
            "may be eighteen months, which ends on {day}; a lawyer can check whether you can file sooner.",
            day=finding.on,
        ),
    )


def _closed_after_thirty_days(context: ChargeContext) -> Finding:
    """§ 610.100.2: an arrest with no charge filed within thirty days is closed; other outcomes are closed when
    the case ends (§ 610.105). Custom because the thirty days apply to one outcome only."""
    if context.charge.disposition is not Disposition.NO_CHARGES:
        return met(msg("The thirty-day rule applies only to an arrest with no charge."))
    return THIRTY_DAYS_AFTER_ARREST.evaluate(context)


def _lifetime_limits(context: ChargeContext) -> Finding:
    """§ 610.140.13: in a lifetime, at most three "misdemeanor offenses or ordinance violations that have an
    authorized term of imprisonment" and two felonies can be expunged; infractions are not limited. A
    violation that is not known to be an infraction could be a jailable ordinance violation, so it counts as
    possibly limited; convictions of unknown level could be either."""
    convictions = [(i, c) for i, c in enumerate(context.facts.charges) if c.is_conviction]
    felonies = sum(c.level is Level.FELONY for _, c in convictions)
    misdemeanors = sum(c.level is Level.MISDEMEANOR for _, c in convictions)
    if felonies > FELONY_LIMIT or misdemeanors > MISDEMEANOR_LIMIT:
        return unknown(
            msg(
                "In your lifetime only three misdemeanors and two felonies can be expunged; you listed more, "
                "so you may have to choose which ones to ask for."
            ),
            context.path(Fact.OFFENSE),
        )
    unsure_level = [Fact.LEVEL.path(i) for i, c in convictions if c.level is Level.UNKNOWN]
    # A violation other than an infraction may be an ordinance violation that carries jail.
    unsure_violations = [
        Fact.OFFENSE.path(i) for i, c in convictions if c.level is Level.VIOLATION and c.grade is not Grade.INFRACTION
    ]
    could_be_misdemeanors = len(unsure_level) + len(unsure_violations)
    if (unsure_level and felonies + len(unsure_level) > FELONY_LIMIT) or (
        could_be_misdemeanors and misdemeanors + could_be_misdemeanors > MISDEMEANOR_LIMIT
    ):
        return unknown(
            msg(
                "The lifetime limit depends on whether your convictions were felonies, misdemeanors or ordinance "
                "violations that carry jail (infractions do not count)."
            ),
            *unsure_level,
            *unsure_violations,
        )
    return met(msg("Counting the convictions you listed, you are within the lifetime limit."))


def _not_a_class_a_felony(context: ChargeContext) -> Finding:
    """§ 610.140.3(1): class A felonies are excluded. Promoting prostitution in the first degree
    is a class A felony in one form, so a charge under § 567.050 stays open."""
    charge = context.charge
    if charge.offense in NOT_EXPUNGEABLE:
        return not_met(msg("This offense cannot be expunged in Missouri."))
    if charge.offense == "mo-rsmo-567.050":
        return unknown(
            msg(
                "Promoting prostitution in the first degree is a class A felony in one form, and class A "
                "felonies cannot be expunged; which form the charge was is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    if charge.offense in context.offenses or charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("This is not a class A felony."))
    return unknown(
        msg("Class A felonies cannot be expunged; which law the charge was under is not known."),
        context.path(Fact.OFFENSE),
    )


EXPUNGEMENT_WAITS = {Level.VIOLATION: 1, Level.MISDEMEANOR: 1, Level.FELONY: 3}
# The same lengths keyed for the conviction-free window (a table of classes).
EXPUNGEMENT_WAITS_WINDOW: Mapping[Grade | Level, int] = {Level.VIOLATION: 1, Level.MISDEMEANOR: 1, Level.FELONY: 3}


expungement_of_convictions = Remedy(
    id="mo-expungement-610-140",
    kind=RemedyKind.EXPUNGEMENT,
    title="Ask a court to expunge a conviction",
    citations=(RSMO_610_140,),
    sources=(REVISOR_610_140, CCRC_PROFILE),
    # The 1-year and 3-year waits took effect with SB 53 on 28 August 2021.
    effective=date(2021, 8, 28),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RSMO_610_140),
        offense_not_in(*NOT_EXPUNGEABLE, cite=RSMO_610_140_3),
        # Custom: promoting in the first degree is a class A felony in one form only, so that charge stays open.
        custom(
            "not a class A felony",
            requirement="The offense is not a class A felony or another offense the law excludes.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_not_a_class_a_felony,
            cite=RSMO_610_140_3,
        ),
        waiting_period_by_level(
            EXPUNGEMENT_WAITS,
            since=Event.SENTENCE_COMPLETED,
            cite=RSMO_610_140_6,
        ),
        # Not "found guilty of any other misdemeanor or felony ... during the time period specified for the
        # underlying offense" (§ 610.140.5(2)): one year for a misdemeanor, three for a felony.
        no_conviction_during_wait(
            years=EXPUNGEMENT_WAITS_WINDOW,
            since=Event.SENTENCE_COMPLETED,
            levels=(Level.FELONY, Level.MISDEMEANOR),
            cite=RSMO_610_140_6,
        ),
        no_pending_case(cite=RSMO_610_140_6),
        # Custom: it caps expungements granted in a lifetime (2 misdemeanors, 1 felony), not convictions.
        custom(
            "lifetime limits",
            requirement="No more than three misdemeanors and two felonies expunged in your lifetime.",
            reads=(Fact.DISPOSITION, Fact.LEVEL),
            rule=_lifetime_limits,
            cite=RSMO_610_140_13,
        ),
    ),
    effect="The court orders the records closed. In most cases you can then say you were not convicted, "
    "and your civil rights come back.",
    limits=(
        "Police, courts, prosecutors and some licensing boards and employers can still see the record.",
        "You must have paid what you owe the court, such as fines and restitution.",
    ),
    next_steps=(
        "File a petition for expungement in the circuit court of the county where you were charged or "
        "found guilty. Missouri Courts has a free petition form.",
        "List every offense you want expunged and name every agency that holds the records.",
        "The filing fee is about $250; you can ask the court to waive it if you cannot pay.",
        "The prosecutor can object within 30 days, and the judge may hold a hearing.",
    ),
    filing="The circuit court (or municipal court) where you were charged or found guilty.",
)

# Custom: no wait is written for a dismissal or acquittal; the eighteen months of § 610.140.7 settle every reading.
DISMISSAL_WAIT = custom(
    "wait after a dismissal or acquittal",
    requirement="After a dismissal or acquittal: no wait is written in the law; eighteen months after the end of the "
    "case is enough under every reading.",
    reads=(Fact.DISPOSITION_DATE,),
    rule=_wait_after_dismissal_or_acquittal,
    cite=RSMO_610_140_6,
)

expungement_of_arrests = Remedy(
    id="mo-expungement-610-140-arrest",
    kind=RemedyKind.EXPUNGEMENT,
    title="Ask a court to expunge an arrest that did not lead to a conviction",
    citations=(RSMO_610_140,),
    sources=(REVISOR_610_140, CCRC_PROFILE),
    effective=date(2021, 8, 28),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=RSMO_610_140),
        offense_not_in(*NOT_EXPUNGEABLE, cite=RSMO_610_140_3),
        # An arrest with no charge: no earlier than eighteen months from the arrest (§ 610.140.7 in force
        # since 1 January 2025; three years before). For a dismissal or acquittal the text names no wait:
        # eighteen months after the end of the case satisfies every reading, and before that it stays open.
        wait_by_outcome(
            {
                Disposition.NO_CHARGES: waiting_period(months=18, since=Event.OFFENSE, cite=RSMO_610_140_7),
                Disposition.DISMISSAL: DISMISSAL_WAIT,
                Disposition.ACQUITTAL: DISMISSAL_WAIT,
            },
            cite=RSMO_610_140_6,
        ),
        # Custom: § 610.140.7's eighteen months after the arrest, with no conviction in them.
        custom(
            "no conviction within 18 months of the arrest",
            requirement="For an arrest with no charge: you were not found guilty of a misdemeanor or felony in the "
            "18 months after the arrest.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE_DATE, Fact.OTHER_CONVICTIONS),
            rule=_no_conviction_within_18_months_of_arrest,
            cite=RSMO_610_140_7,
        ),
        no_pending_case(cite=RSMO_610_140_6),
    ),
    effect="The court orders the arrest records closed and removed from public view.",
    limits=(
        "Missouri already closes many of these records by itself; expungement also reaches police files.",
        "For an arrest with no charge, you must not have been charged with or found guilty of a misdemeanor or "
        "felony in the 18 months after the arrest.",
    ),
    next_steps=(
        "File a petition for expungement in the circuit court where you were arrested or charged.",
        "Name the police department and the Missouri State Highway Patrol, which hold arrest records.",
    ),
    filing="The circuit court where you were arrested or charged.",
)

closed_records = Remedy(
    id="mo-closed-records-610-105",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic closing of a case that was dismissed, ended in a not-guilty verdict or a completed SIS",
    citations=(RSMO_610_105, RSMO_610_100_2),
    sources=(
        Source(
            "Missouri: Adult Non-Conviction Arrests (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/mo-nc-1/",
        ),
        Source("RSMo § 610.105 (text through 2006)", "http://statutes.laws-info.com/missouri/t39/c610/610_105"),
        CCRC_PROFILE,
    ),
    # Enacted in 1973 (S.B. 1); only the year is known, so 1 January 1973 is used.
    effective=date(1973, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # § 610.105.1 also closes a case where "imposition of sentence is suspended" once it is finally
        # terminated (probation completed); a completed diversion ends in dismissal or such a suspended sentence.
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            Disposition.NO_CHARGES,
            cite=RSMO_610_105,
        ),
        # Custom: § 610.100.2's thirty days after the arrest apply to an arrest with no charge only.
        custom(
            "arrest with no charge: thirty days",
            requirement="For an arrest with no charge: thirty days have passed since the arrest without a charge.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE_DATE),
            rule=_closed_after_thirty_days,
            cite=RSMO_610_100_2,
        ),
    ),
    effect="The official records of the case become closed records once the case is over. The public "
    "cannot see them, though the court's final order can still be seen.",
    limits=(
        "Some agencies, such as police and child-care employers, can still see closed records.",
        "A suspended imposition of sentence (SIS) is closed when the probation ends successfully.",
        "An arrest is closed if no charge is filed within thirty days of it.",
    ),
    next_steps=(
        "Nothing to file. If the case still shows on Case.net, ask the court clerk to close it, or ask "
        "for expungement to reach police records.",
    ),
    discretionary=False,
)

expungement_for_minors = Remedy(
    id="mo-expungement-610-131",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a prostitution conviction from when you were under 18",
    citations=(RSMO_610_131,),
    sources=(
        Source("Missouri (Justice for Young Survivors Initiative 50-state survey)", "https://jysi.org/states/missouri"),
    ),
    # Current form (applicants under 18 at the offense) from H.B. 397 (2019), in force 28 August 2019;
    # the section was first enacted by S.B. 793 (2018).
    effective=date(2019, 8, 28),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=RSMO_610_131),
        offense_in("mo-rsmo-567.020", cite=RSMO_610_131),
        age_at_offense_under(18, cite=RSMO_610_131),
    ),
    effect="If you were under 18, the court must expunge all records of the arrest, plea, trial and "
    "conviction for prostitution.",
    next_steps=(
        "File an application in the court where you pleaded guilty or were sentenced, with proof of "
        "your age at the time.",
        "There is no waiting period and no limit on how many.",
    ),
    discretionary=False,
    filing="The court where you pleaded guilty or were sentenced.",
)

JURISDICTION = Jurisdiction(
    code="MO",
    name="Missouri",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        expungement_of_convictions,
        expungement_of_arrests,
        closed_records,
        expungement_for_minors,
    ),
    legal_help=(
        # 2026-12-07: Legal Services of Eastern Missouri and Legal Aid of Western Missouri removed; the sources
        # seen show only civil work, not expungement.
        LegalHelp(
            "Legal Services of Southern Missouri",
            "https://www.lsmo.org",
            "Free expungement representation through Clean Slate clinics for people with low incomes",
        ),
        LegalHelp(
            "ArchCity Defenders",
            "https://www.archcitydefenders.org",
            "An expungement guide, information sessions and free legal clinics in the St. Louis area",
        ),
    ),
    where_to_file="The circuit court (or municipal court) of the county where you were charged or found guilty.",
    notes=(
        "Missouri has no special record relief for adult trafficking survivors. Being forced into "
        "prostitution is a defense at trial (RSMo 566.223), but after a conviction the general "
        "expungement law is the path.",
    ),
)
