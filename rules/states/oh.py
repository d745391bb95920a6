"""Ohio: expungement for trafficking survivors (convictions and dismissed charges), and sealing or
expungement of convictions and of dismissals under the 2023 rewrite of R.C. 2953.31 to 2953.33.

Reviewed 2026-11-25 against Ohio Rev. Code §§ 2953.38 (expungement of convictions of trafficking
victims; needs a conviction for soliciting, loitering to solicit or prostitution), 2953.521
(expungement of dismissed charges and acquittals of trafficking victims), 2953.32 (sealing and
expungement of convictions as rewritten by S.B. 288, in force April 2023; H.B. 96 of 2025 made
further changes that could not be read in full) and 2953.33 (non-conviction records, formerly
§ 2953.52), and the offenses in ch. 2907. The exact felony expungement wait after S.B. 288 could
not be confirmed; the longest reported wait is used.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    no_pending_case,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

ORC_2953_38_B = "Ohio Rev. Code § 2953.38(B)"
ORC_2953_38_E = "Ohio Rev. Code § 2953.38(E)"
ORC_2953_521_A = "Ohio Rev. Code § 2953.521(A)"
ORC_2953_32_A = "Ohio Rev. Code § 2953.32(A)"
ORC_2953_32_SEAL = "Ohio Rev. Code § 2953.32(B)"
ORC_2953_32_EXPUNGE = "Ohio Rev. Code § 2953.32(B)(1)(b)"
ORC_2953_33 = "Ohio Rev. Code § 2953.33"

CLEARINGHOUSE_2953_38 = Source(
    "Ohio: expungement for victims of human trafficking, R.C. 2953.38 (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/oh-c-3/",
)
CLEARINGHOUSE_2953_521 = Source(
    "Ohio: expungement of dismissed charges of trafficking victims, R.C. 2953.521 (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/oh-nc-3/",
)
STATUTE_2953_521 = Source(
    "Ohio Rev. Code § 2953.521 (LawServer)", "https://lawserver.com/law/state/ohio/oh-code/ohio_code_2953-521"
)
FREEDOM_NETWORK = Source(
    "Ohio: criminal record relief for trafficking survivors (Freedom Network USA)",
    "https://freedomnetworkusa.org/srp_states/oh",
)
SB_288_GUIDE = Source(
    "Ohio SB 288 changes expungement law in Ohio (Ohio Expungement Law)",
    "https://www.ohioexpungementlaw.com/ohio-senate-bill-288-explained/",
)
LAW_LIBRARY_GUIDE = Source(
    "Ohio sealing and expungement laws (Franklin County Law Library)",
    "https://fclawlib.libguides.com/expungement/ohiolaws",
)
COURT_NEWS = Source(
    "New Laws Unlock Possibilities for Fresh Start (Court News Ohio, May 2023)",
    "https://courtnewsohio.gov/inDepth/2023/May/default.asp",
)

OFFENSES = (
    Offense("oh-rc-2907.25", "Prostitution", "Ohio Rev. Code § 2907.25", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense("oh-rc-2907.24", "Soliciting", "Ohio Rev. Code § 2907.24", Category.SOLICITATION, Level.MISDEMEANOR),
    Offense(
        "oh-rc-2907.231",
        "Engaging in prostitution (buying sex)",
        "Ohio Rev. Code § 2907.231",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "oh-rc-2907.241",
        "Loitering to engage in solicitation",
        "Ohio Rev. Code § 2907.241",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "oh-rc-2907.22",
        "Promoting prostitution",
        "Ohio Rev. Code § 2907.22",
        Category.PROMOTING,
        Level.FELONY,
        note="A fourth degree felony; third degree if a minor was involved.",
    ),
    Offense(
        "oh-rc-2907.23",
        "Enticement or solicitation to patronize a prostitute; procurement of a prostitute for another",
        "Ohio Rev. Code § 2907.23",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense(
        "oh-rc-2907.09",
        "Public indecency",
        "Ohio Rev. Code § 2907.09",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="Usually a misdemeanor; repeat offenses or a minor involved can make it a felony.",
    ),
    Offense(
        "oh-rc-2917.11",
        "Disorderly conduct",
        "Ohio Rev. Code § 2917.11",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
        note="A minor misdemeanor, or a fourth degree misdemeanor in some cases.",
    ),
    Offense("oh-rc-2905.32", "Trafficking in persons", "Ohio Rev. Code § 2905.32", Category.TRAFFICKING, Level.FELONY),
)

# The convictions that open § 2953.38 to a survivor.
PREDICATE_OFFENSES = frozenset({"oh-rc-2907.24", "oh-rc-2907.241", "oh-rc-2907.25"})


def _is_predicate(charge_offense: str | None, category: Category) -> bool | None:
    if charge_offense is not None:
        return charge_offense in PREDICATE_OFFENSES
    if category in (Category.PROSTITUTION, Category.LOITERING_FOR_PROSTITUTION):
        return True
    if category is Category.SOLICITATION:
        return None  # soliciting (covered) or buying sex (not covered)
    return False


def _has_predicate_conviction(context: ChargeContext) -> Finding:
    """§ 2953.38(B): the survivor must have been convicted of soliciting, loitering to engage in
    solicitation or prostitution; then that and other convictions can be expunged."""
    open_paths: list[str] = []
    for i, c in enumerate(context.facts.charges):
        if not c.is_conviction:
            continue
        found = _is_predicate(c.offense, c.category)
        if found:
            return met(msg("You have a conviction for soliciting, loitering to solicit or prostitution."))
        if found is None:
            open_paths.append(Fact.OFFENSE.path(i))
    if open_paths:
        return unknown(
            msg(
                "This needs a conviction for soliciting, loitering to solicit or prostitution; whether a "
                "soliciting charge you listed was for selling or for buying sex is not known."
            ),
            *open_paths,
        )
    return not_met(
        msg(
            "This needs a conviction for soliciting, loitering to solicit or prostitution, and you did not list "
            "one. If you have one, add it."
        )
    )


def _not_murder_or_rape(context: ChargeContext) -> Finding:
    """§ 2953.38(B) excludes aggravated murder, murder and rape, which only an 'other' charge can be."""
    charge = context.charge
    if charge.category is not Category.OTHER or charge.offense in context.offenses:
        return met(msg("The charge was not murder or rape."))
    return unknown(
        msg("This does not cover aggravated murder, murder or rape; which law the charge was under is not known."),
        context.path(Fact.OFFENSE),
    )


def _wait(years_by_kind: dict[str, tuple[int, int]], cite: str, context: ChargeContext) -> Finding:
    """Waits after final discharge by level under § 2953.32 as (years, months). Promoting
    prostitution counts as a third degree felony, its highest degree. A felony of unknown degree is
    left open: first and second degree felonies cannot be sealed at all."""
    charge = context.charge
    kind: str | None = None
    if charge.offense == "oh-rc-2907.22":
        kind = "felony-3"
    elif charge.category is not Category.OTHER and charge.level is Level.VIOLATION:
        kind = "minor-misdemeanor"
    elif charge.category is not Category.OTHER and charge.level is Level.MISDEMEANOR:
        kind = "misdemeanor"
    if kind is None:
        return unknown(
            msg(
                "The wait and whether this can be cleared at all depend on the degree of the offense and whether "
                "it was an offense of violence; which law the charge was under is not known."
            ),
            context.path(Fact.OFFENSE),
            context.path(Fact.LEVEL),
        )
    years, months = years_by_kind[kind]
    return waiting_period(years=years, months=months, since=Event.SENTENCE_COMPLETED, cite=cite).evaluate(context)


SEALING_WAITS = {"minor-misdemeanor": (0, 6), "misdemeanor": (1, 0), "felony-3": (3, 0)}
# Felony expungement: reported as 10 or 11 years after final discharge; the longer is used.
EXPUNGEMENT_WAITS = {"minor-misdemeanor": (0, 6), "misdemeanor": (1, 0), "felony-3": (11, 0)}


def _sealing_wait(context: ChargeContext) -> Finding:
    return _wait(SEALING_WAITS, ORC_2953_32_SEAL, context)


def _expungement_wait(context: ChargeContext) -> Finding:
    return _wait(EXPUNGEMENT_WAITS, ORC_2953_32_EXPUNGE, context)


expungement_for_trafficking_victims = Remedy(
    id="oh-expungement-2953-38",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge convictions that resulted from being trafficked",
    citations=(ORC_2953_38_B,),
    sources=(CLEARINGHOUSE_2953_38, FREEDOM_NETWORK),
    # H.B. 262 of 2012 created this remedy; it was later broadened beyond prostitution offenses.
    effective=date(2012, 6, 27),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=ORC_2953_38_B),
        trafficking_nexus(cite=ORC_2953_38_E),
        custom(
            "prostitution-related conviction",
            requirement="You have a conviction for soliciting, loitering to solicit or prostitution.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE, Fact.CATEGORY),
            rule=_has_predicate_conviction,
            cite=ORC_2953_38_B,
        ),
        custom(
            "not murder or rape",
            requirement="The conviction was not for aggravated murder, murder or rape.",
            reads=(Fact.OFFENSE,),
            rule=_not_murder_or_rape,
            cite=ORC_2953_38_B,
        ),
    ),
    effect="The court destroys the records of the conviction. The case is treated as if it never happened, and "
    "you may say no record exists.",
    limits=(
        "There is always a hearing. The prosecutor may object.",
        "You must show the offense was a result of being trafficked; for some felonies the proof needed is higher.",
    ),
    next_steps=(
        "File an application for expungement under R.C. 2953.38 with the court that sentenced you.",
        "The fee is $50 unless you show you cannot pay it.",
        "Bring proof that you were trafficked; a free lawyer listed below can help.",
    ),
    filing="The court that sentenced you.",
)

expungement_of_dismissed_charges_of_trafficking_victims = Remedy(
    id="oh-expungement-2953-521",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a dismissed charge or acquittal that resulted from being trafficked",
    citations=(ORC_2953_521_A,),
    sources=(STATUTE_2953_521, CLEARINGHOUSE_2953_521),
    # Year not verified; 1 January 2019 is a late, conservative stand-in.
    effective=date(2019, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, cite=ORC_2953_521_A),
        trafficking_nexus(cite=ORC_2953_521_A),
    ),
    effect="The court destroys the records of the case. It is treated as if it never happened.",
    next_steps=(
        "File an application to expunge under R.C. 2953.521 with the court where the case was. You can file "
        "at any time after the dismissal or not-guilty finding.",
    ),
    filing="The court where the charge was dismissed or you were found not guilty.",
)

sealing_of_conviction = Remedy(
    id="oh-sealing-2953-32",
    kind=RemedyKind.SEALING,
    title="Seal a conviction after a waiting period",
    citations=(ORC_2953_32_A, ORC_2953_32_SEAL),
    sources=(SB_288_GUIDE, LAW_LIBRARY_GUIDE, COURT_NEWS),
    # S.B. 288's sealing rules; sources give 3, 4 and 6 April 2023, the latest is used.
    effective=date(2023, 4, 6),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=ORC_2953_32_A),
        custom(
            "wait after final discharge",
            requirement="Enough time has passed since final discharge: 6 months for a minor misdemeanor, 1 year "
            "for other misdemeanors and fourth or fifth degree felonies, 3 years for a third degree felony.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.SENTENCE_COMPLETED_DATE),
            rule=_sealing_wait,
            cite=ORC_2953_32_SEAL,
        ),
        no_pending_case(cite=ORC_2953_32_SEAL),
    ),
    effect="The conviction record is sealed: the public, most employers and landlords cannot see it.",
    limits=(
        "Not for first or second degree felonies, most felony offenses of violence, or offenses with a victim "
        "under 13.",
        "Police, some licensing boards and some employers can still see sealed records.",
    ),
    next_steps=(
        "File an application to seal with the court that sentenced you. Many courts have a form and a self-help "
        "center.",
        "The fee is $50 or less unless waived. The court holds a hearing 45 to 90 days later; the prosecutor may "
        "object.",
    ),
    filing="The court that sentenced you.",
)

expungement_of_conviction = Remedy(
    id="oh-expungement-2953-32",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge (destroy) a conviction record after a longer wait",
    citations=(ORC_2953_32_A, ORC_2953_32_EXPUNGE),
    sources=(SB_288_GUIDE, LAW_LIBRARY_GUIDE),
    effective=date(2023, 4, 6),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=ORC_2953_32_A),
        custom(
            "wait after final discharge",
            requirement="Enough time has passed since final discharge: 6 months for a minor misdemeanor, 1 year "
            "for other misdemeanors, and about 11 years for a felony.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.SENTENCE_COMPLETED_DATE),
            rule=_expungement_wait,
            cite=ORC_2953_32_EXPUNGE,
        ),
        no_pending_case(cite=ORC_2953_32_EXPUNGE),
    ),
    effect="The conviction record is destroyed so it cannot be found again, with very few exceptions.",
    limits=(
        "The same offenses that cannot be sealed cannot be expunged.",
        "The felony waiting period here is the longest reported reading of the 2023 law.",
    ),
    next_steps=(
        "File an application to expunge with the court that sentenced you; you can ask for sealing and "
        "expungement in the same application.",
        "The court holds a hearing; the prosecutor may object.",
    ),
    filing="The court that sentenced you.",
)

sealing_of_non_conviction = Remedy(
    id="oh-sealing-2953-33",
    kind=RemedyKind.SEALING,
    title="Seal or expunge a dismissed charge or not-guilty finding",
    citations=(ORC_2953_33,),
    sources=(SB_288_GUIDE, LAW_LIBRARY_GUIDE),
    effective=date(2023, 4, 6),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, cite=ORC_2953_33),
        no_pending_case(cite=ORC_2953_33),
    ),
    effect="The records of the case are sealed, or destroyed if you ask for expungement.",
    limits=("A grand jury 'no bill' can be sealed only two years after it; that is not screened here.",),
    next_steps=(
        "File an application to seal or expunge records of a dismissal or not-guilty finding with the court "
        "where the case was. There is no filing fee for these.",
    ),
    filing="The court where the case was dismissed or tried.",
)

JURISDICTION = Jurisdiction(
    code="OH",
    name="Ohio",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        expungement_for_trafficking_victims,
        expungement_of_dismissed_charges_of_trafficking_victims,
        sealing_of_conviction,
        expungement_of_conviction,
        sealing_of_non_conviction,
    ),
    legal_help=(
        LegalHelp(
            "Ohio Justice & Policy Center",
            "https://ohiojpc.org",
            "Record sealing and expungement, including for trafficking survivors",
        ),
        LegalHelp("The Legal Aid Society of Cleveland", "https://lasclev.org", "Northeast Ohio"),
    ),
    where_to_file="The court where you were sentenced or where the case ended (municipal, county or common pleas "
    "court).",
)
