"""California: vacatur for trafficking survivors, relief after the 2023 repeal of loitering with
intent to commit prostitution, dismissal after probation, and automatic record relief.

Reviewed 2026-11-25 against Cal. Penal Code §§ 236.14, 653.29, 1170.22, 1203.4, 1203.4a,
1203.425 and 851.93, and the Judicial Council's self-help pages on cleaning a record.

Reviewed 2026-12-06 against copies of Cal. Penal Code §§ 236.14 (current), 851.93 (current),
1203.4, 1203.425 (AB 1076 text; SB 731's 1973 start and felony limb from the DOJ's 2024 page) and
the Judicial Council pages: waits now run from the events the statutes name. Automatic arrest
relief has no wait after a dismissed misdemeanor, an acquittal or completed diversion (§ 851.93(a)(2));
automatic conviction relief counts a misdemeanor's year from the judgment, not from the end of the
sentence; § 1203.4 no longer imposes § 1203.4a's year on a probation case. Not modelled: § 236.14's
2021 extension to intimate partner and sexual violence (the screening asks only about trafficking).

Reviewed 2026-12-06 for the shared vocabulary: the § 1203.4a year stays custom (it turns on whether
there was probation, which is not asked); no rule changed.

Second review 2026-12-06 against § 851.93 (LexAce copy of the current text) and the DOJ page on
§ 1203.425: a dismissed felony charge is no longer given automatic arrest relief, since
§ 851.93(a)(2)(C) covers a felony only where "no indication that criminal proceedings have been
initiated" (or on acquittal); such a charge is now screened for sealing by petition under § 851.91,
added here. Automatic relief for a felony conviction now needs the four years without a new felony
conviction (§ 1203.425(a)(1)(B)(v)(III)). A felony that ended less than two years ago is left open for
dismissal under § 1203.4: after probation it can be dismissed at once, but a felony served in county
jail without probation waits one or two years after the sentence (§ 1203.41(b)).

Reviewed 2026-12-07 against § 1203.4a (casetext, current through the 2024 session), § 851.87 (self-law.org
and california.public.law copies), the AB 1726 (2023) enrolled bill and its veto record (legiscan), and the
research file CA.yaml. Nothing in the rules changed: § 1203.4a's year from judgment and its "not then serving
a sentence ... not under charge" terms match the conditions; AB 1726, which would have declared §§ 653.22 and
647f convictions presumed legally invalid, was vetoed, so §§ 653.29 and 1170.22 stay as encoded. § 851.87 lets
a person who completed a prosecutor's diversion program before any charge was filed ask the court to seal the
arrest (no wait in the current text; the two-year wait of the 2014 text was removed by SB 393 of 2017); the
screening cannot tell a pre-filing diversion from a court-ordered one, so it is named in the next steps of the
automatic arrest relief rather than screened on its own. The texts of §§ 653.29, 1170.22 and SB 731's felony
limb of § 1203.425 were again not found in stored copies. Legal help: Bet Tzedek (vacatur work for trafficking
survivors, seen on its site) replaces CAST and Root & Rebound, whose sites were not seen in a source.

Cross-check 2026-12-07 (worked examples from the statute text of §§ 236.14, 653.29, 1170.22, 1203.4, 1203.425 and
851.93): automatic conviction relief held every felony for four years after the sentence and refused one with a
new felony in those years, but § 1203.425(a)(1)(B)(v)(I) gives a felony whose probation was completed without
revocation relief with no wait, and the four-year route (III) covers only convictions from 1 January 2005
(CCRC's account of SB 731; its text was not found). Whether there was probation is not asked, so such a felony is
now left open with the reason instead of a late date or a refusal.

Third-pass audit 2026-12-07 (worked examples from the statute text of §§ 236.14, 851.93, 851.91, 1203.4a,
1203.41, 1203.425 and 653.29): four changes. (1) § 851.93(a)(2) covers only an arrest "on or after January 1,
1973"; the module gave automatic arrest relief to older arrests (LexAce and LawServer copies). (2) § 851.93(a)(2)
(C)(ii) waits six years after an uncharged arrest for an offense punishable by eight years or more; a human
trafficking arrest (§ 236.1) now waits six, not three. Pimping or pandering of a minor under 16 (§§ 266h(b),
266i(b), eight years) also waits six under (C)(ii) and three-year limitation periods do not fit them either; the
screening does not ask the other person's age, so they stay at three years (open item). (3) § 1203.425(a)(1)(B)
(v)(I) gives a misdemeanor with completed probation relief with no wait; a misdemeanor whose sentence ended after
the judgment but within the year is now left open instead of dated a year out. (4) §§ 1203.4a(a) and 1203.41(b)
count "after the lapse of" one or two years: eligibility now starts the day after the anniversary (the first day
is excluded and the last included, so the period lapses at the end of the anniversary; the Orange County Public
Defender's summary reads § 1203.41 as "more than two years"). The § 236.14 limit no longer says "within a
reasonable time": the current text allows a petition at any time after the person ceased to be a victim or
sought services (AB 2869 draft text on legiplex; Freedom Network USA's 2022 summary quoting the statute). § 653.29's
own text was again not found; it stays screened from the Judicial Council's summary.

Reviewed 2026-12-07 (statute audit): read § 236.14(a) again (LawServer) with the SB 823 (2016) digest ("a
nonviolent offense, as defined"), the AB 2869 (2020) and AB 262 (2021) amendment summaries, the AB 938 (2025) status
(held in committee, not law), a secondary list of § 667.5(c) violent felonies and the SB 1269 (2016) analysis, which
proposed adding human trafficking to it. What changed: the survivor vacatur reached every category except human
trafficking and treated any charge of unnamed law as nonviolent. "Nonviolent" means not listed in § 667.5(c): human
trafficking is not listed by name, but "any felony punishable by ... imprisonment in the state prison for life" is,
which trafficking of a minor by force carries (§ 236.1(c)(2)); a trafficking charge is now reached and left open, a
felony of unnamed law is left open, an unnamed charge of unknown level asks the level, and a misdemeanor qualifies.
Ten worked examples from the statute words (§§ 236.14, 1203.4a, 851.91, 851.93, 653.29) agree with the module.
Still open: the current words of § 667.5(c) and of § 653.29; whether any felony is a violent one through an
enhancement (great bodily injury, a firearm), which the screening does not ask; § 236.15 (intimate partner and
sexual violence) is not modelled.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    happened_on_or_after,
    limitations_period_run,
    no_pending_case,
    not_under_sentence,
    offense_in,
    sentence_completed,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

PC_236_14 = "Cal. Penal Code § 236.14"
PC_653_29 = "Cal. Penal Code § 653.29"
PC_1170_22 = "Cal. Penal Code § 1170.22"
PC_1203_4 = "Cal. Penal Code §§ 1203.4, 1203.4a"
PC_1203_425 = "Cal. Penal Code § 1203.425"
PC_851_93 = "Cal. Penal Code § 851.93"
PC_851_91 = "Cal. Penal Code § 851.91"

SELF_HELP_TRAFFICKING = Source(
    "California Courts self-help: relief for human trafficking victims",
    "https://selfhelp.courts.ca.gov/clean-your-record/relief-human-trafficking-victims",
)
SELF_HELP_CLEAN_RECORD = Source(
    "California Courts self-help: clean your record", "https://selfhelp.courts.ca.gov/clean-your-record"
)


def _code(section: str) -> Source:
    return Source(
        f"Cal. Penal Code § {section} (California Legislative Information)",
        f"https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum={section}",
    )


OFFENSES = (
    Offense("ca-pc-647b1", "Prostitution (engaging in or agreeing to sex for money)", "Cal. Penal Code § 647(b)(1)",
            Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense("ca-pc-647b2", "Soliciting prostitution (offering to pay for sex)", "Cal. Penal Code § 647(b)(2)",
            Category.SOLICITATION, Level.MISDEMEANOR),
    Offense("ca-pc-647f", "Prostitution with a prior conviction (former felony)", "Cal. Penal Code § 647f (repealed)",
            Category.PROSTITUTION, Level.FELONY, note="Repealed on 1 January 2018.", repealed=date(2018, 1, 1)),
    Offense("ca-pc-653.22", "Loitering with intent to commit prostitution", "Cal. Penal Code § 653.22 (repealed)",
            Category.LOITERING_FOR_PROSTITUTION, Level.MISDEMEANOR, note="Repealed on 1 January 2023.",
            repealed=date(2023, 1, 1)),
    Offense("ca-pc-653.23", "Supervising or aiding a prostitute", "Cal. Penal Code § 653.23",
            Category.PROMOTING, Level.MISDEMEANOR),
    Offense("ca-pc-266h", "Pimping", "Cal. Penal Code § 266h", Category.PROMOTING, Level.FELONY),
    Offense("ca-pc-266i", "Pandering", "Cal. Penal Code § 266i", Category.PROMOTING, Level.FELONY),
    Offense("ca-pc-647a", "Lewd conduct in public", "Cal. Penal Code § 647(a)", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense("ca-pc-647e", "Illegal lodging", "Cal. Penal Code § 647(e)", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("ca-pc-602", "Trespass", "Cal. Penal Code § 602", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("ca-pc-415", "Disturbing the peace", "Cal. Penal Code § 415", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("ca-pc-236.1", "Human trafficking", "Cal. Penal Code § 236.1", Category.TRAFFICKING, Level.FELONY),
)  # fmt: skip


def _year_after_judgment_without_probation(context: ChargeContext) -> Finding:
    """§ 1203.4(a)(1) lets a person who finished probation (or was discharged early) ask "at any time
    after the termination of the period of probation"; § 1203.4a(a) makes a misdemeanor without
    probation wait a year from judgment. The screening does not ask whether there was probation, so
    a sentence that ended within the year leaves the answer open. A custom condition for that reason."""
    charge = context.charge
    if charge.level is Level.FELONY and charge.sentence_completed_date is not None:
        # § 1203.4 reaches a felony only after probation; a felony served in county jail waits one or two
        # years after the sentence is completed (§ 1203.41(b)). Two years after it, either route is open.
        completed = charge.sentence_completed_date
        # "after the lapse of ... two years following the defendant's completion of the sentence": the two years
        # lapse at the end of the anniversary (first day excluded, last included), so the day after it.
        two_years = add_period(completed, years=2, days=1)
        if two_years <= context.facts.as_of:
            return met(
                msg("Two years have passed since the sentence was completed ({ends}).", ends=two_years), on=completed
            )
        return unknown(
            msg(
                "If you finished felony probation you can ask now; after a jail or prison sentence without "
                "probation the law waits one or two years after the sentence is completed (by {ends}).",
                ends=two_years,
            ),
            context.path(Fact.SENTENCE_COMPLETED_DATE),
        )
    judged = charge.disposition_date
    if judged is None:
        return unknown(
            msg("Without probation the wait is a year from the judgment, whose date is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    # "at any time after the lapse of one year from the date of pronouncement of judgment": the day after the
    # anniversary (the year lapses at its end).
    ends = add_period(judged, years=1, days=1)
    if ends <= context.facts.as_of:
        return met(msg("A year has passed since the judgment ({ends}).", ends=ends), on=ends)
    done = charge.sentence_completed_date
    if done is not None and done <= judged:
        # A sentence finished on the day of judgment had no probation term: § 1203.4a's year applies.
        return later(msg("Without probation, you can ask from {ends}.", ends=ends), on=ends)
    return unknown(
        msg(
            "If you finished probation you can ask now; if there was no probation, you can ask from {ends}.",
            ends=ends,
        ),
        context.path(Fact.SENTENCE_COMPLETED_DATE),
    )


def _dismissal_wait(context: ChargeContext) -> Finding:
    """§ 851.93(a)(2)(A): a misdemeanor charge that was dismissed qualifies with no wait. A felony
    qualifies under (C) only where "there is no indication that criminal proceedings have been
    initiated" (or on an acquittal), so a dismissed felony charge is not covered; a court petition
    under § 851.91 remains. A custom condition because the answer turns on the level, not a wait."""
    charge = context.charge
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("A dismissed misdemeanor charge has no wait."), on=charge.disposition_date)
    if charge.level is Level.FELONY:
        return not_met(
            msg(
                "Automatic relief covers a dismissed misdemeanor, but a felony only when no criminal case was "
                "started; a dismissed felony charge can be sealed by asking the court (Penal Code 851.91)."
            )
        )
    return unknown(
        msg(
            "A dismissed misdemeanor is covered with no wait; a dismissed felony charge is not. The level is not known."
        ),
        context.path(Fact.LEVEL),
    )


FELONY_ROUTE_FROM = date(2005, 1, 1)


def _felony_route(context: ChargeContext) -> Finding:
    """§ 1203.425(a)(1)(B)(v): a felony qualifies under (I) once probation is completed without revocation (no
    wait), or under (III), which "applies to convictions that occurred on or after January 1, 2005", four years
    after the sentence and any supervision end with no new felony conviction in those years. Whether there was
    probation is not asked, so where only (I) could apply the answer is left open. Misdemeanors and infractions
    are not touched here (their year is a separate condition)."""
    charge = context.charge
    if charge.level is Level.UNKNOWN:
        return unknown(msg("A felony has its own rules here; the level is not known."), context.path(Fact.LEVEL))
    if charge.level is not Level.FELONY:
        return met(msg("This is not a felony, so the felony rules do not apply."))
    done = charge.sentence_completed_date
    if done is None:
        return unknown(
            msg("For a felony this depends on when the sentence ended, which is not known."),
            context.path(Fact.SENTENCE_COMPLETED_DATE),
        )
    four = add_period(done, years=4)
    others = context.convictions.besides(context.index)
    felonies = [p for p in others if p.level is Level.FELONY and p.day is not None and done < p.day <= four]
    unsure = [p for p in others if p.level is Level.UNKNOWN and p.day is not None and done < p.day <= four]
    judged = charge.disposition_date
    if judged is not None and judged >= FELONY_ROUTE_FROM and four <= context.facts.as_of and not felonies:
        if unsure:
            return unknown(
                msg(
                    "A new felony conviction in the four years after the sentence would rule this out; the level "
                    "of another conviction is not known."
                ),
                *(p.path("level") for p in unsure),
            )
        return met(msg("Four years have passed since the sentence ended ({day}) without a new felony conviction.",
                       day=four), on=four)  # fmt: skip
    return unknown(
        msg(
            "If you completed probation for this felony without a revocation, it qualifies with no wait; without "
            "probation, a felony conviction from 2005 on qualifies four years after the sentence ended ({day}) with "
            "no new felony conviction in those years.",
            day=four,
        ),
        context.path(Fact.SENTENCE_COMPLETED_DATE),
    )


def _misdemeanor_year(context: ChargeContext) -> Finding:
    """§ 1203.425(a)(1)(B)(v): a misdemeanor or infraction qualifies under (I) once probation is completed
    without revocation (no wait), or under (II), without probation, once "at least one calendar year has
    elapsed since the date of judgment". Whether there was probation is not asked: a sentence finished on
    the day of judgment had no probation term; one that ended later within the year leaves the answer open.
    A felony has no wait here (its own custom condition applies). Custom for that reason."""
    charge = context.charge
    if charge.level is Level.FELONY:
        return met(msg("This is a felony; its own rules are checked separately."), on=charge.disposition_date)
    if charge.level is Level.UNKNOWN:
        return unknown(msg("A felony has its own rules here; the level is not known."), context.path(Fact.LEVEL))
    judged = charge.disposition_date
    if judged is None:
        return unknown(
            msg("Without probation the wait is a year from the judgment, whose date is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    ends = add_period(judged, years=1)
    if ends <= context.facts.as_of:
        return met(msg("A year has passed since the judgment ({ends}).", ends=ends), on=ends)
    done = charge.sentence_completed_date
    if done is not None and done <= judged:
        return later(msg("Without probation, this applies from {ends}.", ends=ends), on=ends)
    return unknown(
        msg(
            "If you completed probation without a revocation, this applies now; if there was no probation, "
            "from {ends}.",
            ends=ends,
        ),
        context.path(Fact.SENTENCE_COMPLETED_DATE),
    )


ARREST_RELIEF_FROM = date(1973, 1, 1)


def _uncharged_arrest_wait(context: ChargeContext) -> Finding:
    """§ 851.93(a)(2)(B)-(C): no proceedings begun, one calendar year from the arrest for a misdemeanor, three
    for a felony, and six under (C)(ii) for an offense "punishable by imprisonment in the state prison for
    eight years or more" (human trafficking under § 236.1 carries up to twelve years or more). Custom
    because the length turns on the offense as well as the level."""
    charge = context.charge
    arrested = charge.offense_date
    if charge.level is Level.UNKNOWN:
        return unknown(
            msg("The wait is one year for a misdemeanor and three or more for a felony; the level is not known."),
            context.path(Fact.LEVEL),
        )
    if charge.category is Category.TRAFFICKING:
        years = 6
    elif charge.level is Level.FELONY:
        years = 3
    else:
        years = 1
    if arrested is None:
        return unknown(msg("The wait runs from the arrest, whose date is not known."), context.path(Fact.OFFENSE_DATE))
    ends = add_period(arrested, years=years)
    if ends <= context.facts.as_of:
        return met(msg("The wait after the arrest ended on {ends}.", ends=ends), on=ends)
    return later(msg("The wait after the arrest ends on {ends}.", ends=ends), on=ends)


def _arrest_from_1973(context: ChargeContext) -> Finding:
    """§ 851.93(a)(2): "if the arrest occurred on or after January 1, 1973". The arrest date is the offense
    date here; a case that ended before 1973 began before it too. Custom for that fallback."""
    charge = context.charge
    arrested = charge.offense_date
    if arrested is not None:
        if arrested >= ARREST_RELIEF_FROM:
            return met(msg("The arrest was in 1973 or later."))
        return not_met(msg("Automatic relief covers only arrests from 1 January 1973 on."))
    if charge.disposition_date is not None and charge.disposition_date < ARREST_RELIEF_FROM:
        return not_met(msg("Automatic relief covers only arrests from 1 January 1973 on."))
    return unknown(
        msg("Automatic relief covers only arrests from 1 January 1973 on; the arrest date is not known."),
        context.path(Fact.OFFENSE_DATE),
    )


def _nonviolent_offense(context: ChargeContext) -> Finding:
    """§ 236.14(a) reaches "any nonviolent offense", meaning any offense not listed in § 667.5(c) (the
    violent felonies). No misdemeanor is on that list, nor any sex-trade offense named here. Human trafficking is on
    it only as "any felony punishable by ... imprisonment in the state prison for life" (trafficking of a minor by
    force, § 236.1(c)(2)); the screening does not ask which, so it is left open, as is a felony of unnamed law.
    A custom condition because the answer turns on both the category and the level."""
    charge = context.charge
    if charge.category is Category.TRAFFICKING:
        return unknown(
            msg(
                "Violent felonies are left out. Human trafficking is one only when it carried a life sentence "
                "(trafficking of a minor by force or threats); which it was is not asked here."
            )
        )
    if charge.category is Category.OTHER:
        if charge.level is Level.UNKNOWN:
            return unknown(
                msg("Violent felonies are left out; whether this charge was a felony is not known."),
                context.path(Fact.LEVEL),
            )
        if charge.level is Level.FELONY:
            return unknown(
                msg(
                    "Violent felonies (such as robbery, kidnapping or a felony causing great bodily injury) are left "
                    "out; which law this felony was under is not known."
                )
            )
    return met(msg("This is not a violent felony, which is all the law leaves out."))


vacatur_for_trafficking_survivors = Remedy(
    id="ca-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate an arrest or conviction that resulted from trafficking",
    citations=(PC_236_14,),
    sources=(_code("236.14"), SELF_HELP_TRAFFICKING),
    effective=date(2017, 1, 1),
    reviewed=REVIEWED,
    # Any nonviolent offense (none listed in § 667.5(c)) committed while a trafficking victim, human trafficking
    # itself included unless it carried a life sentence.
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.CONVICTION, Disposition.NO_CHARGES, Disposition.DISMISSAL, Disposition.ACQUITTAL,
                       Disposition.DIVERSION_COMPLETED, cite=PC_236_14 + "(a)"),
        trafficking_nexus(cite=PC_236_14 + "(a)"),
        # Custom: "nonviolent" turns on the category and the level; see the rule.
        custom(
            "a nonviolent offense",
            requirement="The offense was not a violent felony (Penal Code 667.5(c)).",
            reads=(Fact.CATEGORY, Fact.LEVEL),
            rule=_nonviolent_offense,
            cite=PC_236_14 + "(a); Cal. Penal Code § 667.5(c)",
        ),
    ),
    effect="The court finds the arrest or conviction legally invalid, vacates it, and orders the arrest and court "
    "records sealed and destroyed. You can say the arrest or conviction never happened.",
    limits=("You must show by clear and convincing evidence that the arrest or conviction was a direct result of "
            "being trafficked. You can file at any time after you left the trafficking situation or sought services "
            "for it.",),
    next_steps=(
        "File a petition under Penal Code 236.14, signed under penalty of perjury, in the court where the case was; "
        "there is no statewide form and no filing fee.",
        "Serve it on the prosecutor, who has 45 days to respond; the judge may decide without a hearing if no one "
        "objects.",
        "Documents from a service provider, a lawyer or law enforcement help, but your own statement can be evidence.",
    ),
    legal_defect=True,
    filing="The superior court in the county of the arrest or conviction.",
)  # fmt: skip

relief_after_loitering_repeal = Remedy(
    id="ca-dismiss-seal-653-22",
    kind=RemedyKind.DISMISSAL,
    title="Dismiss and seal a conviction for loitering with intent to commit prostitution",
    citations=(PC_653_29,),
    sources=(_code("653.29"), SELF_HELP_CLEAN_RECORD),
    effective=date(2023, 1, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.LOITERING_FOR_PROSTITUTION),
    conditions=(
        offense_in("ca-pc-653.22", cite=PC_653_29 + "(a)"),
        convicted(cite=PC_653_29 + "(a)"),
    ),
    effect="The court dismisses the conviction and seals the record; the law that made it a crime was repealed. "
    "If you are still serving the sentence, the court recalls it.",
    next_steps=(
        "File the court's petition for dismissal and sealing under Penal Code 653.29 in the court where you were "
        "convicted; the court grants it unless the record shows you do not qualify.",
    ),
    discretionary=False,
    filing="The superior court that entered the conviction.",
)

vacatur_of_felony_prostitution = Remedy(
    id="ca-vacate-felony-prostitution",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction under the repealed felony prostitution law",
    citations=(PC_1170_22,),
    sources=(_code("1170.22"), SELF_HELP_CLEAN_RECORD),
    effective=date(2018, 1, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        offense_in("ca-pc-647f", cite=PC_1170_22),
        convicted(cite=PC_1170_22),
    ),
    effect="The court vacates the conviction under the repealed Penal Code 647f and dismisses it; if you are still "
    "serving the sentence, it is recalled.",
    next_steps=("Petition the court that convicted you under Penal Code 1170.22.",),
    discretionary=False,
    filing="The superior court that entered the conviction.",
)

dismissal_after_sentence = Remedy(
    id="ca-dismissal-1203-4",
    kind=RemedyKind.SET_ASIDE,
    title="Dismissal of a conviction after the sentence is done (often called expungement)",
    citations=(PC_1203_4,),
    sources=(_code("1203.4"), _code("1203.4a"), SELF_HELP_CLEAN_RECORD),
    effective=date(1935, 1, 1),  # § 1203.4 dates from 1935; § 1203.4a from 1961.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PC_1203_4),
        sentence_completed(cite=PC_1203_4),
        # Custom: the wait turns on whether there was probation, which the screening does not ask.
        custom(
            "a year after judgment unless on probation",
            requirement="If you were not put on probation, a year has passed since the judgment.",
            reads=(Fact.DISPOSITION_DATE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_year_after_judgment_without_probation,
            cite="Cal. Penal Code § 1203.4a(a)",
        ),
        not_under_sentence(cite=PC_1203_4),
        no_pending_case(cite="Cal. Penal Code § 1203.4a(a)"),
    ),
    effect="The court lets you withdraw the plea and dismisses the case. Most private employers cannot ask about "
    "or use a dismissed conviction.",
    limits=(
        "The conviction still shows to police and courts, counts as a prior if you are charged again, and must be "
        "disclosed for state licenses and public office.",
    ),
    next_steps=(
        "File Judicial Council form CR-180 (petition) with a proposed order on form CR-181 in the court that "
        "convicted you.",
        "Ask the clerk about the filing fee; you can ask for a fee waiver if you cannot pay.",
    ),
    filing="The superior court that entered the conviction.",
)

automatic_conviction_relief = Remedy(
    id="ca-automatic-conviction-relief",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic conviction record relief (Clean Slate)",
    citations=(PC_1203_425,),
    sources=(_code("1203.425"), SELF_HELP_CLEAN_RECORD),
    effective=date(2022, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PC_1203_425),
        happened_on_or_after(Event.DISPOSITION, date(1973, 1, 1), cite=PC_1203_425 + "(a)(1)"),
        # (B)(v)(I): probation completed without revocation, no further wait. (II): a misdemeanor or
        # infraction without probation, one calendar year after judgment. Whether there was probation is
        # not asked; a year from judgment is required of misdemeanors, which is exact without probation
        # and late only for probation shorter than a year.
        custom(
            "misdemeanor: probation completed or a year",
            requirement="For a misdemeanor: probation completed without revocation, or a calendar year since the "
            "judgment.",
            reads=(Fact.LEVEL, Fact.DISPOSITION_DATE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_misdemeanor_year,
            cite=PC_1203_425 + "(a)(1)(B)(v)(I), (II)",
        ),
        # (I) a felony with probation completed without revocation: no wait; (III) (SB 731) any other felony from
        # 2005 on: four years after the sentence and supervision end with no new felony. Custom: which route
        # applies turns on whether there was probation, which the screening does not ask.
        custom(
            "felony: probation completed or four years",
            requirement="For a felony: probation completed without revocation, or (for a conviction from 2005 on) "
            "four years since the sentence ended without a new felony conviction.",
            reads=(Fact.LEVEL, Fact.DISPOSITION_DATE, Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_felony_route,
            cite=PC_1203_425 + "(a)(1)(B)(v)(I), (III)",
        ),
        not_under_sentence(cite=PC_1203_425 + "(a)(1)"),
        no_pending_case(cite=PC_1203_425 + "(a)(1)"),
    ),
    effect="The Department of Justice marks the conviction as dismissed and hides it from most background checks, "
    "without a petition.",
    limits=("Police, courts and some employers (schools, law enforcement, licensing) can still see it.",),
    next_steps=(
        "Nothing to file. You can request your own record from the California Department of Justice to check.",
        "If you need a court order now, you can still file for dismissal under Penal Code 1203.4.",
    ),
    discretionary=False,
)  # fmt: skip

automatic_arrest_relief = Remedy(
    id="ca-automatic-arrest-relief",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic relief for an arrest that did not lead to a conviction",
    citations=(PC_851_93,),
    sources=(_code("851.93"), SELF_HELP_CLEAN_RECORD),
    effective=date(2022, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.NO_CHARGES, Disposition.DISMISSAL, Disposition.ACQUITTAL,
                       Disposition.DIVERSION_COMPLETED, cite=PC_851_93 + "(a)(2)"),
        # Custom: the arrest date, with the end of the case as a fallback for an arrest before 1973.
        custom(
            "arrest on or after 1 January 1973",
            requirement="The arrest was on or after 1 January 1973.",
            reads=(Fact.OFFENSE_DATE, Fact.DISPOSITION_DATE),
            rule=_arrest_from_1973,
            cite=PC_851_93 + "(a)(2)",
        ),
        wait_by_outcome(
            {
                # (B), (C): no proceedings begun, one year (misdemeanor), three (felony) or six (an offense
                # punishable by eight years or more, (C)(ii)) from the arrest. Custom: the length turns on the offense.
                Disposition.NO_CHARGES: custom(
                    "a year, three or six after an uncharged arrest",
                    requirement="If no case was started: one calendar year after the arrest for a misdemeanor, three "
                    "for a felony, six for human trafficking.",
                    reads=(Fact.LEVEL, Fact.CATEGORY, Fact.OFFENSE_DATE),
                    rule=_uncharged_arrest_wait,
                    cite=PC_851_93 + "(a)(2)(B)-(C)"),
                # (A): a misdemeanor charge dismissed, no wait. (C) covers a felony only where no criminal
                # proceedings began, so not a dismissed felony charge. Custom: the answer turns on the level.
                Disposition.DISMISSAL: custom(
                    "dismissed misdemeanor only",
                    requirement="A dismissed charge is covered if it was a misdemeanor; a dismissed felony charge "
                    "is not.",
                    reads=(Fact.LEVEL, Fact.DISPOSITION_DATE),
                    rule=_dismissal_wait,
                    cite=PC_851_93 + "(a)(2)(A), (C)"),
                # (B), (C): "or the arrestee was acquitted", no wait.
                Disposition.ACQUITTAL: waiting_period(since=Event.DISPOSITION, cite=PC_851_93 + "(a)(2)(B)-(C)"),
                # (D): a completed prefiling, drug or pretrial diversion program, no wait.
                Disposition.DIVERSION_COMPLETED: waiting_period(since=Event.DISPOSITION, cite=PC_851_93 + "(a)(2)(D)"),
            },
            cite=PC_851_93 + "(a)(2)",
        ),
    ),
    effect="The Department of Justice records that relief was granted, and the arrest no longer shows on most "
    "background checks.",
    next_steps=(
        "Nothing to file. For a court order sealing the arrest, ask the court under Penal Code 851.91.",
        "If you finished a diversion program run by the prosecutor before any charge was filed, you can also ask "
        "the court to seal the arrest under Penal Code 851.87.",
    ),
    discretionary=False,
)  # fmt: skip

arrest_sealing_by_petition = Remedy(
    id="ca-arrest-sealing-851-91",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal an arrest that did not end in a conviction",
    citations=(PC_851_91,),
    sources=(_code("851.91"), SELF_HELP_CLEAN_RECORD),
    # Added by SB 393 (Stats. 2017, ch. 680), in force 1 January 2018.
    effective=date(2018, 1, 1),
    reviewed=REVIEWED,
    # Human trafficking carries longer times to prosecute, not encoded here.
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES,
                       cite=PC_851_91 + "(a)(1)"),
        wait_by_outcome(
            {
                # (a)(1)(A): no charges filed and the time to prosecute has run; (a)(1)(B)(i): a dismissed charge
                # that "may not be refiled", certain once that time has run (a year for a misdemeanor, § 802;
                # three years for a felony punishable by less than eight years, § 801). (a)(2)(A): not while
                # the person may still be charged.
                Disposition.NO_CHARGES: limitations_period_run(
                    {Level.MISDEMEANOR: 1, Level.VIOLATION: 1, Level.FELONY: 3}, cite=PC_851_91 + "(a)(1)(A)"),
                Disposition.DISMISSAL: limitations_period_run(
                    {Level.MISDEMEANOR: 1, Level.VIOLATION: 1, Level.FELONY: 3}, cite=PC_851_91 + "(a)(1)(B)(i)"),
                # (a)(1)(B)(ii): acquitted of the charges, no wait.
                Disposition.ACQUITTAL: waiting_period(since=Event.DISPOSITION, cite=PC_851_91 + "(a)(1)(B)(ii)"),
            },
            cite=PC_851_91 + "(a)",
        ),
    ),
    effect="The court seals the arrest and related records, and the arrest is treated as if it never happened; "
    "you may say you were not arrested, with a few exceptions.",
    limits=(
        "A dismissed charge can be sealed once it can no longer be refiled. This screen counts that from the end "
        "of the time to prosecute; if the dismissal itself barred refiling, you may be able to ask sooner.",
        "A pattern of domestic violence, child abuse or elder abuse arrests makes sealing up to the judge.",
    ),
    next_steps=(
        "File Judicial Council form CR-409 (petition to seal arrest and related records) in the superior court "
        "where the case was, or in the county of the arrest if no case was filed, and serve the prosecutor and "
        "the arresting agency.",
        "Ask the clerk about the filing fee; you can ask for a fee waiver if you cannot pay.",
    ),
    discretionary=False,
    filing="The superior court where the case was filed, or in the county of the arrest.",
)  # fmt: skip

JURISDICTION = Jurisdiction(
    code="CA",
    name="California",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        relief_after_loitering_repeal,
        vacatur_of_felony_prostitution,
        dismissal_after_sentence,
        automatic_conviction_relief,
        automatic_arrest_relief,
        arrest_sealing_by_petition,
    ),
    legal_help=(
        LegalHelp("Bet Tzedek Legal Services", "https://bettzedek.org",
                  "Free legal help for trafficking survivors in Los Angeles, including vacatur"),
        LegalHelp("California Courts self-help: clean your record", "https://selfhelp.courts.ca.gov/clean-your-record",
                  "Court forms and instructions for clearing a record"),
    ),
    where_to_file="The superior court in the county where you were arrested or convicted.",
    notes=("From 1 January 2026 loitering with intent to buy sex is again an offense, for buyers only.",),
)  # fmt: skip
