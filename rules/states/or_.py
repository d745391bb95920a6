"""Oregon: vacatur of prostitution convictions for sex trafficking victims, and set-aside
(expunction) of convictions, arrests and dismissed charges under ORS 137.225.

Reviewed 2026-11-25 against ORS 137.221 (vacating a prostitution conviction, S.B. 249 of 2017,
amended in 2018 to allow filing 21 days after judgment and to cover municipal prostitution
ordinances), ORS 137.225 as rewritten by S.B. 397 (in force 1 January 2022: waits of 1 to 7 years
by class, no filing fee) and the offenses in ORS ch. 167. Oregon later passed laws to make some
set-asides automatic; their reach and start dates could not be confirmed, so no automatic relief is
encoded here.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    no_later_conviction,
    no_pending_case,
    offense_in,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

ORS_137_221_1 = "Or. Rev. Stat. § 137.221(1)"
ORS_137_221_2 = "Or. Rev. Stat. § 137.221(2)(a)"
ORS_137_221_3 = "Or. Rev. Stat. § 137.221(3)"
# The subsection numbers of § 137.225 changed with S.B. 397 and could not be checked, so the
# section is cited whole.
ORS_137_225_CONVICTION = "Or. Rev. Stat. § 137.225 (convictions)"
ORS_137_225_ARREST = "Or. Rev. Stat. § 137.225 (arrests, dismissals and acquittals)"

STATUTE_137_221 = Source(
    "ORS 137.221, vacation of judgment of conviction for prostitution (OregonLaws)",
    "https://www.oregonlaws.org/ors/137.221",
)
STATUTE_137_221_CURRENT = Source(
    "Oregon Statutes 137.221 (LawServer)",
    "https://www.lawserver.com/law/state/oregon/or-statutes/oregon_statutes_137-221",
)
FREEDOM_NETWORK = Source(
    "Oregon: criminal record relief for trafficking survivors (Freedom Network USA)",
    "http://freedomnetworkusa.org/srp_states/or/",
)
SB_397_GUIDE = Source(
    "Expungement eligibility timeframes after S.B. 397 (Lohrke Law)",
    "https://lohrkelaw.com/expungement-eligibility-timeframes/",
)
SB_397_OVERVIEW = Source(
    "Understanding Oregon's new expungement laws (WipeRecord)",
    "https://wiperecord.com/understanding-oregon-expungement-reform/",
)
PAPER_PRISONS = Source("Oregon state law summary (Paper Prisons)", "https://paperprisons.org/states/OR.html")

OFFENSES = (
    Offense("or-ors-167.007", "Prostitution", "Or. Rev. Stat. § 167.007", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "or-ors-167.008",
        "Commercial sexual solicitation",
        "Or. Rev. Stat. § 167.008",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "or-ors-167.012",
        "Promoting prostitution",
        "Or. Rev. Stat. § 167.012",
        Category.PROMOTING,
        Level.FELONY,
        note="A Class C felony.",
    ),
    Offense(
        "or-ors-167.017",
        "Compelling prostitution",
        "Or. Rev. Stat. § 167.017",
        Category.PROMOTING,
        Level.FELONY,
        note="A Class B felony and a listed sex crime.",
    ),
    Offense(
        "or-ors-163.465",
        "Public indecency",
        "Or. Rev. Stat. § 163.465",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="A Class A misdemeanor; a Class C felony with an earlier conviction.",
    ),
    Offense(
        "or-ors-166.025",
        "Disorderly conduct in the second degree",
        "Or. Rev. Stat. § 166.025",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "or-ors-164.245",
        "Criminal trespass in the second degree",
        "Or. Rev. Stat. § 164.245",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense("or-ors-163.266", "Trafficking in persons", "Or. Rev. Stat. § 163.266", Category.TRAFFICKING, Level.FELONY),
)

# Set-aside waits by class (S.B. 397): Class B felony 7, Class C felony 5, Class A misdemeanor 3,
# Class B or C misdemeanor and violations 1.
CLASS_C_FELONY = 5
CLASS_A_MISDEMEANOR = 3
SHORT_WAIT = 1
WAIT_BY_OFFENSE = {
    "or-ors-167.007": CLASS_A_MISDEMEANOR,
    "or-ors-167.008": CLASS_A_MISDEMEANOR,
    "or-ors-167.012": CLASS_C_FELONY,
    "or-ors-166.025": SHORT_WAIT,
    "or-ors-164.245": SHORT_WAIT,
}
# Sex crimes and the like that can never be set aside, among the listed offenses.
NEVER_SET_ASIDE = frozenset({"or-ors-167.017", "or-ors-163.266"})


def _filed_21_days_after_judgment(context: ChargeContext) -> Finding:
    """§ 137.221(2)(a): the motion may be filed at least 21 days after the judgment."""
    judged = context.charge.disposition_date
    if judged is None:
        return unknown(
            msg("The motion can be filed 21 days after the judgment; the date of the judgment is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    opens = add_period(judged, days=21)
    if opens <= context.facts.as_of:
        return met(msg("More than 21 days have passed since the judgment."), on=opens)
    return later(msg("The motion can be filed from {opens}, 21 days after the judgment.", opens=opens), on=opens)


def _set_aside_wait(context: ChargeContext) -> Finding:
    """§ 137.225(1)(a) waits by class, counted here from the end of the sentence (never earlier than
    the law's 'date of conviction or release from imprisonment'). A felony of unknown class or an
    'other' charge is left open, since Class A felonies, sex crimes and some person crimes are out."""
    charge = context.charge
    if charge.offense in NEVER_SET_ASIDE:
        return not_met(msg("This offense can never be set aside."))
    years: int | None = WAIT_BY_OFFENSE.get(charge.offense or "")
    if years is None and charge.category is not Category.OTHER:
        if charge.level is Level.VIOLATION:
            years = SHORT_WAIT
        elif charge.level is Level.MISDEMEANOR:
            years = CLASS_A_MISDEMEANOR
        elif charge.offense == "or-ors-163.465" and charge.level in (Level.FELONY, Level.UNKNOWN):
            years = CLASS_C_FELONY  # public indecency as a felony, or of unknown level: the longer wait
    if years is None:
        return unknown(
            msg(
                "The wait, and whether this can be set aside at all, depend on the class of the offense; "
                "which law the charge was under is not known."
            ),
            context.path(Fact.OFFENSE),
            context.path(Fact.LEVEL),
        )
    return waiting_period(years=years, since=Event.SENTENCE_COMPLETED, cite=ORS_137_225_CONVICTION).evaluate(context)


def _arrest_wait(context: ChargeContext) -> Finding:
    """§ 137.225(1)(d): an arrest with no charge filed after 60 days; a dismissal or acquittal at any time."""
    if context.charge.disposition is not Disposition.NO_CHARGES:
        return met(msg("A dismissed charge or acquittal can be set aside at any time."))
    arrested = context.charge.offense_date
    if arrested is None:
        return unknown(
            msg("An arrest with no charges can be set aside 60 days after the arrest; the arrest date is not known."),
            context.path(Fact.OFFENSE_DATE),
        )
    opens = add_period(arrested, days=60)
    if opens <= context.facts.as_of:
        return met(msg("More than 60 days have passed since the arrest."), on=opens)
    return later(msg("This can be set aside from {opens}, 60 days after the arrest.", opens=opens), on=opens)


vacatur_for_trafficking_victims = Remedy(
    id="or-vacatur-137-221",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution conviction if you were a victim of sex trafficking",
    citations=(ORS_137_221_1,),
    sources=(STATUTE_137_221, STATUTE_137_221_CURRENT, FREEDOM_NETWORK),
    # S.B. 249 (2017); Oregon acts without an emergency clause take effect on 1 January of the next year.
    effective=date(2018, 1, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=ORS_137_221_1),
        offense_in("or-ors-167.007", cite=ORS_137_221_1),
        trafficking_nexus(cite=ORS_137_221_3),
        custom(
            "21 days after judgment",
            requirement="At least 21 days have passed since the judgment.",
            reads=(Fact.DISPOSITION_DATE,),
            rule=_filed_21_days_after_judgment,
            cite=ORS_137_221_2,
        ),
    ),
    effect="The court vacates the prostitution conviction because you were a victim of sex trafficking at or around "
    "the time.",
    limits=(
        "Only prostitution under ORS 167.007 or a city prostitution ordinance.",
        "There is always a hearing, and you must prove you were trafficked, with clear and convincing evidence.",
        "An early version of the bill covered only newer convictions; if yours is from before 2018, ask a lawyer.",
    ),
    next_steps=(
        "File a motion to vacate in the circuit court of the county where you were convicted and serve a copy on "
        "the district attorney.",
        "Explain the facts showing you were trafficked and why they were not raised in the original case. Court "
        "or immigration records, or a sworn statement from a victim advocate, lawyer or counselor, can help.",
        "After it is vacated, you can also ask to have the record set aside under ORS 137.225.",
    ),
    legal_defect=True,
    filing="The circuit court of the county where you were convicted.",
)

set_aside_of_conviction = Remedy(
    id="or-set-aside-137-225-conviction",
    kind=RemedyKind.SET_ASIDE,
    title="Set aside (expunge) a conviction after 1 to 7 years",
    citations=(ORS_137_225_CONVICTION,),
    sources=(SB_397_GUIDE, SB_397_OVERVIEW, PAPER_PRISONS),
    effective=date(2022, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=ORS_137_225_CONVICTION),
        custom(
            "wait by class of offense",
            requirement="The wait for this class of offense is over: 1 year for a violation or Class B or C "
            "misdemeanor, 3 years for a Class A misdemeanor, 5 years for a Class C felony, 7 for a Class B felony.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.SENTENCE_COMPLETED_DATE),
            rule=_set_aside_wait,
            cite=ORS_137_225_CONVICTION,
        ),
        # No conviction is allowed during the wait; any later listed conviction is treated as a bar.
        no_later_conviction(cite=ORS_137_225_CONVICTION),
        no_pending_case(cite=ORS_137_225_CONVICTION),
    ),
    effect="The conviction is set aside and sealed. You are treated as never having been convicted, and you may "
    "answer questions about it as if it never happened.",
    limits=(
        "Not for Class A felonies, sex crimes, or some crimes against children or elderly people.",
        "You must have done everything the sentence required, including paying fines.",
        "If the prosecutor or a victim does not object, the court must grant it.",
    ),
    next_steps=(
        "File a motion to set aside in the circuit court of the county where you were convicted. There is no "
        "court filing fee.",
        "Get a fingerprint card and pay the Oregon State Police fee for the background check (about $80), and "
        "serve the district attorney.",
    ),
    discretionary=False,
    filing="The circuit court of the county where you were convicted.",
)

set_aside_of_arrest = Remedy(
    id="or-set-aside-137-225-arrest",
    kind=RemedyKind.SET_ASIDE,
    title="Set aside an arrest, a dismissed charge or an acquittal",
    citations=(ORS_137_225_ARREST,),
    sources=(SB_397_GUIDE, SB_397_OVERVIEW),
    effective=date(2022, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.NO_CHARGES,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            cite=ORS_137_225_ARREST,
        ),
        custom(
            "60 days after an arrest without charges",
            requirement="For an arrest with no charges, 60 days have passed since the arrest.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE_DATE),
            rule=_arrest_wait,
            cite=ORS_137_225_ARREST,
        ),
        no_pending_case(cite=ORS_137_225_ARREST),
    ),
    effect="The records of the arrest and charge are sealed, and the arrest is treated as if it never happened.",
    limits=("A dismissal after a drunk-driving (DUII) diversion cannot be set aside.",),
    next_steps=(
        "File a motion to set aside the arrest or charge in the circuit court of the county where it happened. "
        "There is no court filing fee; the Oregon State Police background check fee still applies.",
    ),
    discretionary=False,
    filing="The circuit court of the county where you were arrested or charged.",
)

JURISDICTION = Jurisdiction(
    code="OR",
    name="Oregon",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(vacatur_for_trafficking_victims, set_aside_of_conviction, set_aside_of_arrest),
    legal_help=(
        LegalHelp(
            "Legal Aid Services of Oregon", "https://lasoregon.org", "Free civil legal help, including expunction"
        ),
        LegalHelp(
            "Oregon Law Center", "https://oregonlawcenter.org", "Free civil legal help for low-income Oregonians"
        ),
    ),
    where_to_file="The circuit court of the county where you were arrested or convicted.",
    notes=(
        "Oregon has passed laws to make some set-asides automatic; check with a lawyer whether your record has "
        "already been set aside.",
    ),
)
