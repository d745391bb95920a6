"""Virginia: writ of vacatur for sex-trafficking survivors, expungement of charges that did not end in a
conviction, sealing of convictions by petition and automatic sealing (in force 1 July 2026).

Reviewed 2026-11-25 against Va. Code §§ 19.2-327.15 to 19.2-327.20 (writ of vacatur, 2021 Sp. Sess. I,
c. 543), § 19.2-392.2 (expungement), and chapter 23.2 of Title 19.2 (§§ 19.2-392.6, 19.2-392.11,
19.2-392.12), whose start was moved to 1 July 2026 by the 2025 session (H.B. 2723). S.B. 1460 (2025),
which would widen the vacatur to many more offenses, could not be confirmed as enacted; only §§ 18.2-346
and 18.2-347 are treated as qualifying offenses. The lifetime limit of two sealing petitions and the bar
for older class 3 or 4 felonies come from a practitioner's summary and are stated as limits, not encoded.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    happened_on_or_after,
    no_later_conviction,
    no_pending_case,
    not_under_sentence,
    offense_in,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

VA_19_2_327_15 = "Va. Code § 19.2-327.15"
VA_19_2_327_17 = "Va. Code § 19.2-327.17(A)"
VA_19_2_327_18 = "Va. Code § 19.2-327.18"
VA_19_2_392_2 = "Va. Code § 19.2-392.2(A)"
VA_19_2_392_6 = "Va. Code § 19.2-392.6"
VA_19_2_392_11 = "Va. Code § 19.2-392.11(A)"
VA_19_2_392_12 = "Va. Code § 19.2-392.12(A)"
VA_19_2_392_12_WAIT = "Va. Code § 19.2-392.12 (waiting period and later convictions)"

SEALING_START = date(2026, 7, 1)


def _code(section: str, path: str) -> Source:
    return Source(f"Va. Code § {section} (Virginia Law Library)", f"https://law.lis.virginia.gov/vacode/{path}")


OFFENSES = (
    Offense("va-code-18.2-346", "Prostitution", "Va. Code § 18.2-346", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "va-code-18.2-346.01",
        "Commercial sex solicitation",
        "Va. Code § 18.2-346.01",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor, but a felony where the person solicited is a minor.",
    ),
    Offense(
        "va-code-18.2-347",
        "Keeping, residing in or frequenting a bawdy place",
        "Va. Code § 18.2-347",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense(
        "va-code-18.2-348",
        "Aiding prostitution",
        "Va. Code § 18.2-348",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense(
        "va-code-18.2-349",
        "Using vehicles to promote prostitution",
        "Va. Code § 18.2-349",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense("va-code-18.2-355", "Pandering", "Va. Code § 18.2-355", Category.PROMOTING, Level.FELONY),
    Offense(
        "va-code-18.2-357",
        "Receiving money from the earnings of a prostitute",
        "Va. Code § 18.2-357",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense("va-code-18.2-387", "Indecent exposure", "Va. Code § 18.2-387", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense(
        "va-code-18.2-415", "Disorderly conduct", "Va. Code § 18.2-415", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
    Offense("va-code-18.2-119", "Trespass", "Va. Code § 18.2-119", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense(
        "va-code-18.2-357.1",
        "Commercial sex trafficking",
        "Va. Code § 18.2-357.1",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Class 4 felonies: not sealable by petition, which reaches misdemeanors and class 5 and 6 felonies only.
CLASS_4_FELONIES = ("va-code-18.2-355", "va-code-18.2-357")
# Offenses § 19.2-392.6 seals automatically that are in this list.
AUTOMATIC_OFFENSES = ("va-code-18.2-415", "va-code-18.2-119")

writ_of_vacatur = Remedy(
    id="va-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Writ of vacatur for a prostitution conviction that resulted from sex trafficking",
    citations=(VA_19_2_327_15, VA_19_2_327_17, VA_19_2_327_18),
    sources=(
        _code("19.2-327.17", "19.2-327.17/"),
        _code("19.2-327.18", "title19.2/chapter19.4/section19.2-327.18/"),
        Source(
            "Virginia vacatur profile (Freedom Network USA, Survivor Reentry Project)",
            "https://freedomnetworkusa.org/srp_states/va/",
        ),
    ),
    effective=date(2021, 7, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.PROMOTING),
    conditions=(
        convicted(cite=VA_19_2_327_15),
        offense_in("va-code-18.2-346", "va-code-18.2-347", cite=VA_19_2_327_15),
        trafficking_nexus(cite=VA_19_2_327_17),
    ),
    effect="The circuit court vacates the conviction and orders it expunged. You can get back the fines "
    "and costs you paid for it.",
    limits=(
        "Only prostitution (§ 18.2-346) and bawdy-place (§ 18.2-347) convictions qualify.",
        "You must prove, more likely than not, that you committed the offense as a direct result of being "
        "trafficked. The court may first check whether restitution is unpaid.",
    ),
    next_steps=(
        "File the Supreme Court of Virginia's petition for vacatur form, under oath, in the circuit court of "
        "the city or county where you were convicted.",
        "If the Commonwealth's Attorney agrees in writing, the court can grant it without a hearing; "
        "otherwise there is a hearing.",
        "Free lawyers who help survivors are listed below.",
    ),
    legal_defect=True,
    filing="The circuit court of the city or county where the conviction was entered.",
)

expungement_without_conviction = Remedy(
    id="va-expungement-19.2-392.2",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a charge that ended in acquittal, dismissal or nolle prosequi",
    citations=(VA_19_2_392_2,),
    sources=(
        Source(
            "Virginia: expungement after acquittal or dismissal (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/va-nc-1/",
        ),
    ),
    # The section dates from 1977; the exact start of its current text is not confirmed.
    effective=date(1977, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=VA_19_2_392_2),
    ),
    effect="Police and court records of the charge are removed from public access and sealed.",
    limits=(
        "A deferred dismissal after a finding that the evidence was enough to convict is not covered; it "
        "may be sealed by petition instead.",
        "The judge grants it if keeping the record would be a manifest injustice; with no prior record and "
        "a misdemeanor charge, you are entitled to it unless the prosecutor shows good cause.",
    ),
    next_steps=(
        "File a petition for expungement in the circuit court where the case ended, with a copy of the "
        "warrant, and serve the Commonwealth's Attorney, who has 21 days to object.",
        "Get your fingerprints taken by a law-enforcement agency and send them to the State Police with a "
        "copy of the petition. Court costs are refunded if the expungement is granted.",
    ),
    filing="The circuit court of the city or county where the case was dismissed or tried.",
)


def _sealable_level(context: ChargeContext) -> Finding:
    """Petition sealing reaches misdemeanors and class 5 and 6 felonies, not class 1 to 4 felonies."""
    charge = context.charge
    if charge.offense in CLASS_4_FELONIES:
        return not_met(msg("This is a class 4 felony, which cannot be sealed by petition."))
    if charge.level is Level.MISDEMEANOR:
        return met(msg("The charge was a misdemeanor, which this covers."))
    if charge.level is Level.VIOLATION:
        return not_met(msg("This covers criminal charges, not traffic or civil infractions."))
    return unknown(
        msg(
            "This covers misdemeanors and the two lowest classes of felony (5 and 6); the class of this "
            "charge is not known."
        ),
        context.path(Fact.OFFENSE),
        context.path(Fact.LEVEL),
    )


def _no_recent_other_felony(context: ChargeContext) -> Finding:
    """No other felony conviction within the ten years before the petition."""
    ends = []
    for i, other in enumerate(context.facts.charges):
        if i == context.index or not other.is_conviction or other.level is not Level.FELONY:
            continue
        if other.disposition_date is None:
            return unknown(
                msg("A felony conviction in the last ten years bars sealing; the date of one is not known."),
                Fact.DISPOSITION_DATE.path(i),
            )
        ends.append(add_period(other.disposition_date, years=10))
    if not ends or max(ends) <= context.facts.as_of:
        return met(msg("You listed no other felony conviction in the last ten years."))
    last = max(ends)
    return later(msg("Another felony conviction bars sealing until {ends}.", ends=last), on=last)


sealing_by_petition = Remedy(
    id="va-sealing-19.2-392.12",
    kind=RemedyKind.SEALING,
    title="Ask the circuit court to seal a conviction or deferred dismissal",
    citations=(VA_19_2_392_12, VA_19_2_392_12_WAIT),
    sources=(
        _code("19.2-392.12", "title19.2/chapter23.1/section19.2-392.12/"),
        Source(
            "Virginia: sealing by petition (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/va-d-1/",
        ),
    ),
    effective=SEALING_START,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(Disposition.CONVICTION, Disposition.DIVERSION_COMPLETED, cite=VA_19_2_392_12),
        happened_on_or_after(Event.OFFENSE, date(1986, 1, 1), cite=VA_19_2_392_12),
        custom(
            "misdemeanor or class 5 or 6 felony",
            requirement="The charge was a misdemeanor or a class 5 or 6 felony.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_sealable_level,
            cite=VA_19_2_392_12,
        ),
        # Seven years for a misdemeanor and ten for a felony, from conviction or release from
        # incarceration, whichever is later; we count from the end of the whole sentence.
        waiting_period_by_level(
            {Level.MISDEMEANOR: 7, Level.FELONY: 10}, since=Event.SENTENCE_COMPLETED, cite=VA_19_2_392_12_WAIT
        ),
        # A new conviction during the wait bars sealing; any later listed conviction is treated as a bar.
        no_later_conviction(cite=VA_19_2_392_12_WAIT),
        custom(
            "no other recent felony",
            requirement="No other felony conviction in the last ten years.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.DISPOSITION_DATE),
            rule=_no_recent_other_felony,
            cite=VA_19_2_392_12,
        ),
        no_pending_case(cite=VA_19_2_392_12),
        not_under_sentence(cite=VA_19_2_392_12_WAIT),
    ),
    effect="The court and State Police records are sealed. Most employers, landlords and schools cannot see "
    "them, and you may leave the case off most applications.",
    limits=(
        "You can have no more than two charges sealed by petition in your lifetime.",
        "No one can seal anything by petition after a class 1 or 2 felony, or within 20 years of a class 3 "
        "or 4 felony.",
        "The judge decides whether keeping the record public would be a manifest injustice.",
    ),
    next_steps=(
        "File a sealing petition in the circuit court of the city or county where the case was decided. "
        "There is no filing fee.",
        "Serve the Commonwealth's Attorney; there may be a hearing. Legal aid groups below can help.",
    ),
    filing="The circuit court where the case was decided.",
)


def _same_day_other_offense(context: ChargeContext) -> Finding:
    """Automatic sealing is blocked when, on the same day, the person was convicted of another offense
    that is not on the automatic list."""
    own = context.charge.disposition_date
    for i, other in enumerate(context.facts.charges):
        if i == context.index or not other.is_conviction or other.offense in AUTOMATIC_OFFENSES:
            continue
        if own is None or other.disposition_date is None:
            return unknown(
                msg(
                    "A conviction on the same day for an offense not on the list blocks automatic sealing; "
                    "a date is not known."
                ),
                context.path(Fact.DISPOSITION_DATE) if own is None else Fact.DISPOSITION_DATE.path(i),
            )
        if other.disposition_date == own:
            return not_met(msg("On the same day you were convicted of an offense that is not on the list."))
    return met(msg("No same-day conviction for another kind of offense was listed."))


automatic_sealing_of_listed_misdemeanors = Remedy(
    id="va-automatic-sealing-19.2-392.6",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing of some misdemeanors (such as disorderly conduct and trespass) after seven years",
    citations=(VA_19_2_392_6,),
    sources=(_code("19.2-392.6", "19.2-392.6/"),),
    effective=SEALING_START,
    reviewed=REVIEWED,
    reaches=charges_about(Category.QUALITY_OF_LIFE),
    conditions=(
        convicted(cite=VA_19_2_392_6),
        offense_in(*AUTOMATIC_OFFENSES, cite=VA_19_2_392_6),
        waiting_period(years=7, since=Event.DISPOSITION, cite=VA_19_2_392_6),
        # Any new reportable conviction during the seven years blocks it; any later one is treated so.
        no_later_conviction(cite=VA_19_2_392_6),
        custom(
            "no same-day conviction for another offense",
            requirement="You were not convicted on the same day of an offense that is not on the list.",
            reads=(Fact.DISPOSITION_DATE, Fact.OFFENSE),
            rule=_same_day_other_offense,
            cite=VA_19_2_392_6,
        ),
    ),
    effect="The State Police and courts seal the conviction without a petition.",
    limits=(
        "Prostitution and other sex-trade convictions are not on the automatic list; use the petition route.",
        "The State Police may take time after 1 July 2026 to work through older records.",
    ),
    next_steps=(
        "Nothing to file. You can ask the State Police for your own record to check; you may also petition "
        "under § 19.2-392.12:1 without a fee.",
    ),
    discretionary=False,
)


def _no_recent_conviction_before(context: ChargeContext) -> Finding:
    """Non-convictions are sealed automatically only if the person had no reportable conviction in the
    three years before."""
    own = context.charge.disposition_date
    for i, other in enumerate(context.facts.charges):
        if i == context.index or not other.is_conviction:
            continue
        if own is None or other.disposition_date is None:
            return unknown(
                msg("A conviction in the three years before this case ended blocks this; a date is not known."),
                context.path(Fact.DISPOSITION_DATE) if own is None else Fact.DISPOSITION_DATE.path(i),
            )
        if add_period(own, years=-3) <= other.disposition_date <= own:
            return not_met(msg("You listed a conviction in the three years before this case ended."))
    return met(msg("You listed no conviction in the three years before this case ended."))


automatic_sealing_of_non_convictions = Remedy(
    id="va-automatic-sealing-19.2-392.11",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing of charges that ended in acquittal or dismissal",
    citations=(VA_19_2_392_11,),
    sources=(
        Source(
            "Virginia: automatic sealing of non-convictions (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/va-nc-2/",
        ),
    ),
    effective=SEALING_START,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=VA_19_2_392_11),
        custom(
            "no conviction in the three years before",
            requirement="No reportable conviction in the three years before the case ended.",
            reads=(Fact.DISPOSITION_DATE,),
            rule=_no_recent_conviction_before,
            cite=VA_19_2_392_11,
        ),
    ),
    effect="The records of the charge are sealed without a petition.",
    limits=("Sealing is not destruction: police and courts keep the records for limited uses.",),
    next_steps=("Nothing to file. You can still ask for full expungement under § 19.2-392.2.",),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="VA",
    name="Virginia",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        writ_of_vacatur,
        expungement_without_conviction,
        sealing_by_petition,
        automatic_sealing_of_listed_misdemeanors,
        automatic_sealing_of_non_convictions,
    ),
    legal_help=(
        LegalHelp("Legal Aid Justice Center", "https://www.justice4all.org", "Record sealing and civil legal aid"),
        LegalHelp("Nolef Turns", "https://www.nolefturns.org", "Free expungement and sealing help"),
        LegalHelp(
            "Regent University Center for Global Justice, Human Trafficking Clinic",
            "https://globaljustice.regent.edu",
            "Free vacatur and expungement help for trafficking survivors",
        ),
    ),
    where_to_file="The circuit court of the city or county where the case was decided.",
)
