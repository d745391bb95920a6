"""Virginia: writ of vacatur for trafficking survivors, expungement of charges that did not end in a
conviction, sealing of convictions by petition and automatic sealing (in force 1 July 2026).

Reviewed 2026-12-06 against the text of Va. Code §§ 19.2-327.15 to 19.2-327.19 (writ of vacatur, 2021
Sp. Sess. I, c. 543, as amended by 2025 Acts cc. 633 and 663), § 19.2-392.2 (expungement, the version in
force until 1 July 2026) and §§ 19.2-392.6, 19.2-392.11 and 19.2-392.12 (in force 1 July 2026), and the
prostitution offenses of §§ 18.2-346 to 18.2-349, all read in Justia's copy of the Code held in the
saint1415/us-statutes repository. Changes on this review: the vacatur now reaches every qualifying
offense the 2025 amendments list (among them trespass, disorderly conduct, drunk in public and using a
vehicle to promote prostitution), not only §§ 18.2-346 and 18.2-347; sealing by petition counts its
seven or ten years from the conviction or release from incarceration (the later), treats a conviction
as a bar only inside that period, leaves out the Article 3 and Article 5 offenses the statute excludes
(among them solicitation, § 18.2-346.01, and indecent exposure, § 18.2-387), and no longer asks about
open cases or sentences, which § 19.2-392.12(F) does not; automatic sealing of listed convictions bars
only a conviction inside its seven years; automatic sealing of non-convictions is limited to
misdemeanors, needs a record with no conviction at all, and waits three years from the arrest. The
ten-year conviction-free period for felonies is screened at seven years (the shared window takes one
length); the two-petition lifetime limit and the Class 3 and 4 felony bar are stated as limits.

Reviewed 2026-12-07 (independent cross-check with worked examples built from the same statute text): a
charge dismissed or nolle prossed after a completed pretrial diversion, with no plea of guilty and no
finding of facts sufficient for guilt, is "otherwise dismissed" under § 19.2-392.2(A)(2) and is a
dismissal under § 19.2-392.11(A), which leaves out only a charge "deferred and dismissed after a finding
of facts sufficient to justify a finding of guilt". Both remedies answered "not eligible" for every
completed diversion; a pretrial diversion now qualifies, a deferred disposition still does not, and a
diversion of unknown kind is left open.

Reviewed 2026-12-07 (third pass, 27 new worked cases from the Justia text in saint1415/us-statutes): the
definition in § 19.2-327.15 splits its list into "(i) violation of § 18.2-250" and "(ii) misdemeanor
violation of" every other section, so a felony under § 18.2-349 (involving a minor) is not a qualifying
offense; the vacatur now asks for a misdemeanor (drug possession under § 18.2-250 at any level). The
sealing sections in this copy are all marked "Effective July 1, 2026" (history through 2025 cc. 634, 671),
so the 1 July 2026 start stays. Not modelled, left as open points: § 19.2-392.8 (a court orders a
misdemeanor acquittal or dismissal with prejudice sealed at disposition unless the person objects);
§ 19.2-392.12(F)(2)'s later start dates after a probation-violation finding or release on one; the
attempted and conspired forms § 19.2-327.15 also covers.

Reviewed 2026-12-07 (statute audit): read again in the Justia copy held in saint1415/us-statutes (sections marked
"Effective July 1, 2026", history through 2025 cc. 634, 671): §§ 19.2-327.15 to 19.2-327.20, 19.2-392.2 (the
version in force until 1 July 2026; the later version did not surface), 19.2-392.5 to 19.2-392.8, 19.2-392.11,
19.2-392.12 and 19.2-392.12:1. Changed: (1) § 19.2-392.8 is now modelled: from 1 July 2026 the court that acquits
a person of a misdemeanor, or dismisses it "with prejudice", orders it sealed unless the person objects; a
dismissal of unknown kind stays open (a nolle prosequi does not count), a felony needs the person's request and
the prosecutor's agreement (told as a limit). (2) § 19.2-392.12:1, added in 2025, was missing: a trespass or
disorderly conduct conviction or deferred dismissal can be sealed by petition seven years after it with no
conviction in between, outside the two-petition lifetime limit. (3) The expungement next steps no longer ask for
fingerprints (only an identity-theft petition needs them since 2023). Checked and unchanged: the automatic list of
§ 19.2-392.6(A) (trespass and disorderly conduct among the offenses known here), the seven-year wait and
same-day rule; § 19.2-392.12(L)(16) and (18) exclusions. Still open: the text of § 19.2-392.2 in force since
1 July 2026; § 19.2-392.12(F)(2)'s later start dates after a probation violation; the conviction-free period of
§ 19.2-392.12(F)(2) runs from the later of conviction and release but is screened from the conviction.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    happened_on_or_after,
    level_is,
    no_conviction_during_wait,
    no_conviction_within,
    offense_in,
    offense_in_list,
    offense_not_in_list,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense, OffenseList
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

VA_19_2_327_15 = "Va. Code § 19.2-327.15"
VA_19_2_327_16 = "Va. Code § 19.2-327.16(A)"
VA_19_2_327_17 = "Va. Code § 19.2-327.17(A)"
VA_19_2_327_18 = "Va. Code § 19.2-327.18"
VA_19_2_392_2 = "Va. Code § 19.2-392.2(A)"
VA_19_2_392_6 = "Va. Code § 19.2-392.6"
VA_19_2_392_6_A = "Va. Code § 19.2-392.6(A)"
VA_19_2_392_6_B = "Va. Code § 19.2-392.6(B)"
VA_19_2_392_6_C = "Va. Code § 19.2-392.6(C)"
VA_19_2_392_11 = "Va. Code § 19.2-392.11(A)"
VA_19_2_392_12 = "Va. Code § 19.2-392.12(A)"
VA_19_2_392_12_F_1 = "Va. Code § 19.2-392.12(F)(1)"
VA_19_2_392_12_F_2 = "Va. Code § 19.2-392.12(F)(2)"
VA_19_2_392_12_L = "Va. Code § 19.2-392.12(L)"
VA_19_2_392_8_A = "Va. Code § 19.2-392.8(A)"
VA_19_2_392_12_1_A = "Va. Code § 19.2-392.12:1(A)"
VA_19_2_392_12_1_D = "Va. Code § 19.2-392.12:1(D)"
VA_19_2_392_12_1_I = "Va. Code § 19.2-392.12:1(I)"

SEALING_START = date(2026, 7, 1)
SEALING_OFFENSE_DATES = date(1986, 1, 1)


def _code(section: str, path: str) -> Source:
    return Source(f"Va. Code § {section} (Virginia Law Library)", f"https://law.lis.virginia.gov/vacode/{path}")


def _justia(section: str, path: str) -> Source:
    return Source(f"Va. Code § {section} (Justia)", f"https://law.justia.com/codes/virginia/title-19-2/{path}/")


CLASS_1 = Grade.MISDEMEANOR_CLASS_1

OFFENSES = (
    Offense(
        "va-code-18.2-346",
        "Prostitution",
        "Va. Code § 18.2-346",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        grade=CLASS_1,
    ),
    Offense(
        "va-code-18.2-346.01",
        "Solicitation of prostitution",
        "Va. Code § 18.2-346.01",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A Class 1 misdemeanor, but a felony where the person solicited is a minor.",
    ),
    Offense(
        "va-code-18.2-347",
        "Keeping, residing in or frequenting a bawdy place",
        "Va. Code § 18.2-347",
        Category.PROMOTING,
        Level.MISDEMEANOR,
        grade=CLASS_1,
    ),
    Offense(
        "va-code-18.2-348",
        "Aiding prostitution",
        "Va. Code § 18.2-348",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A Class 1 misdemeanor, but a Class 6 felony where it involves a person under 18.",
    ),
    Offense(
        "va-code-18.2-349",
        "Using vehicles to promote prostitution",
        "Va. Code § 18.2-349",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A Class 1 misdemeanor, but a Class 6 felony where it involves a person under 18.",
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
        "va-code-18.2-388",
        "Drunk in public",
        "Va. Code § 18.2-388",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "va-code-18.2-357.1",
        "Commercial sex trafficking",
        "Va. Code § 18.2-357.1",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# The offenses in this list that § 19.2-327.15 names as qualifying offenses (it names more, mostly
# property, drug and driving offenses; a charge not picked from this list is left open).
QUALIFYING_OFFENSES = OffenseList.of(
    "qualifying offenses for a writ of vacatur",
    "va-code-18.2-346",
    "va-code-18.2-347",
    "va-code-18.2-349",
    "va-code-18.2-119",
    "va-code-18.2-388",
    "va-code-18.2-415",
    cite=VA_19_2_327_15,
)
# The offenses in this list that § 19.2-392.12(L) makes ineligible for sealing by petition: Article 3
# of Chapter 8 except §§ 18.2-346 and 18.2-347 (L)(16), Article 5 except § 18.2-388 (L)(18).
EXCLUDED_FROM_PETITION_SEALING = OffenseList.of(
    "offenses excluded from sealing by petition",
    "va-code-18.2-346.01",
    "va-code-18.2-348",
    "va-code-18.2-349",
    "va-code-18.2-355",
    "va-code-18.2-357",
    "va-code-18.2-357.1",
    "va-code-18.2-387",
    cite=VA_19_2_392_12_L,
)
# Class 4 felonies: not sealable by petition, which reaches misdemeanors and class 5 and 6 felonies only.
CLASS_4_FELONIES = ("va-code-18.2-355", "va-code-18.2-357")
# Offenses § 19.2-392.6 seals automatically that are in this list.
AUTOMATIC_OFFENSES = ("va-code-18.2-415", "va-code-18.2-119")


# Custom: the statute asks for a misdemeanor only for the offenses after "(ii)"; § 18.2-250 (drug possession) qualifies at
# any level, so a felony whose law is not known stays open. No shared condition ties a level to part of a list.
def _misdemeanor_violation(context: ChargeContext) -> Finding:
    """§ 19.2-327.15 names "(i) violation of § 18.2-250 or (ii) misdemeanor violation of" the other listed
    sections, so a felony conviction under a listed section (such as § 18.2-349 involving a minor) does not
    qualify."""
    charge = context.charge
    if charge.level is Level.MISDEMEANOR:
        return met(msg("The conviction was a misdemeanor, which this covers."))
    if charge.offense in QUALIFYING_OFFENSES.offense_ids and charge.level is Level.FELONY:
        return not_met(msg("Only a misdemeanor conviction under this law is a qualifying offense."))
    if charge.offense in QUALIFYING_OFFENSES.offense_ids:
        return unknown(
            msg("Only a misdemeanor conviction under this law qualifies; the level of this charge is not known."),
            context.path(Fact.LEVEL),
        )
    return unknown(
        msg(
            "Drug possession qualifies at any level; the other listed offenses qualify only as misdemeanors. "
            "The law or the level of this charge is not known."
        ),
        context.path(Fact.OFFENSE),
        context.path(Fact.LEVEL),
    )


writ_of_vacatur = Remedy(
    id="va-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Writ of vacatur for a conviction that resulted from being trafficked",
    citations=(VA_19_2_327_15, VA_19_2_327_17, VA_19_2_327_18),
    sources=(
        _justia("19.2-327.15", "chapter-19-4-d-1/section-19-2-327-15"),
        _code("19.2-327.17", "19.2-327.17/"),
        _code("19.2-327.18", "title19.2/chapter19.4/section19.2-327.18/"),
    ),
    # 2021 Sp. Sess. I, c. 543, in force 1 July 2021; the list of qualifying offenses was widened by 2025
    # Acts cc. 633 and 663, in force 1 July 2025.
    effective=date(2021, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=VA_19_2_327_16),
        offense_in_list(QUALIFYING_OFFENSES, cite=VA_19_2_327_15),
        custom(
            "misdemeanor violation",
            requirement="The conviction was a misdemeanor (drug possession under § 18.2-250 at any level).",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_misdemeanor_violation,
            cite=VA_19_2_327_15,
        ),
        trafficking_nexus(cite=VA_19_2_327_17),
    ),
    effect="The circuit court vacates the conviction and orders it expunged. You can get back the fines "
    "and costs you paid for it.",
    limits=(
        "Only the offenses the law lists qualify: among them prostitution, bawdy place, using a vehicle to "
        "promote prostitution, trespass, disorderly conduct, drunk in public, drug possession and some "
        "theft and driving offenses. Solicitation of prostitution is not on the list.",
        "You must prove, more likely than not, that being trafficked was the direct cause of the offense. "
        "The court may first check whether restitution is unpaid.",
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
        _justia("19.2-392.2", "chapter-23-1/section-19-2-392-2-d-1"),
        Source(
            "Virginia: expungement after acquittal or dismissal (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/va-nc-1/",
        ),
    ),
    # The section dates from 1977 (1977, c. 675); the exact start of its current text is not confirmed.
    effective=date(1977, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A completed pretrial diversion ends in a nolle prosequi or dismissal with no plea of guilty, so the charge
        # is "otherwise dismissed"; a deferral after a plea or a finding of facts sufficient is not (limits).
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=VA_19_2_392_2,
        ),
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
        "Ask the State Police's Central Criminal Records Exchange to send your Virginia criminal history to the "
        "court. Court costs you paid are refunded if the expungement is granted.",
    ),
    filing="The circuit court of the city or county where the case was dismissed or tried.",
)


# Custom: the reach is by felony class (misdemeanors and class 5-6 felonies) known only for some offenses;
# no shared condition tests a class with an open answer for the rest.
def _sealable_level(context: ChargeContext) -> Finding:
    """Petition sealing reaches misdemeanors and class 5 and 6 felonies, not class 1 to 4 felonies. The
    screener's levels do not carry Virginia's felony classes for unlisted offenses, so the class is
    checked here by offense."""
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


sealing_by_petition = Remedy(
    id="va-sealing-19.2-392.12",
    kind=RemedyKind.SEALING,
    title="Ask the circuit court to seal a conviction or deferred dismissal",
    citations=(VA_19_2_392_12, VA_19_2_392_12_F_1, VA_19_2_392_12_F_2, VA_19_2_392_12_L),
    sources=(
        _justia("19.2-392.12", "chapter-23-2/section-19-2-392-12"),
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
        happened_on_or_after(Event.OFFENSE, SEALING_OFFENSE_DATES, cite=VA_19_2_392_12),
        custom(
            "misdemeanor or class 5 or 6 felony",
            requirement="The charge was a misdemeanor or a class 5 or 6 felony.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_sealable_level,
            cite=VA_19_2_392_12,
        ),
        offense_not_in_list(EXCLUDED_FROM_PETITION_SEALING, cite=VA_19_2_392_12_L),
        # Seven years for a misdemeanor and ten for a felony, from the conviction (or deferred dismissal)
        # or release from incarceration, whichever is later.
        waiting_period_by_level(
            {Level.MISDEMEANOR: 7, Level.FELONY: 10}, since=(Event.DISPOSITION, Event.RELEASE), cite=VA_19_2_392_12_F_2
        ),
        # A conviction inside that period (seven years after a misdemeanor, ten after a felony) bars
        # sealing; one after it does not.
        no_conviction_during_wait(
            years={Level.MISDEMEANOR: 7, Level.FELONY: 10}, since=Event.DISPOSITION, cite=VA_19_2_392_12_F_2
        ),
        no_conviction_within(years=10, levels=(Level.FELONY,), cite=VA_19_2_392_12_F_1),
    ),
    effect="The court and State Police records are sealed. Most employers, landlords and schools cannot see "
    "them, and you may leave the case off most applications.",
    limits=(
        "You can have no more than two petitions granted in your lifetime.",
        "No one can seal anything by petition after a class 1 or 2 felony, or within 20 years of a class 3 "
        "or 4 felony. After a felony, the conviction-free period is ten years.",
        "Restitution must be paid in full, and the judge decides whether keeping the record public would be "
        "a manifest injustice.",
    ),
    next_steps=(
        "File a sealing petition in the circuit court of the city or county where the case was decided. "
        "There is no filing fee.",
        "Serve the Commonwealth's Attorney; there may be a hearing. Legal aid groups below can help.",
    ),
    filing="The circuit court where the case was decided.",
)


# Custom: a bar by another conviction on the same day, which no shared conviction condition states.
def _same_day_other_offense(context: ChargeContext) -> Finding:
    """Automatic sealing is blocked when, on the same day, the person was convicted of another offense
    that is not on the automatic list: a same-day test no shared condition states."""
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
    sources=(_justia("19.2-392.6", "chapter-23-2/section-19-2-392-6"), _code("19.2-392.6", "19.2-392.6/")),
    effective=SEALING_START,
    reviewed=REVIEWED,
    reaches=charges_about(Category.QUALITY_OF_LIFE),
    conditions=(
        convicted(cite=VA_19_2_392_6_A),
        offense_in(*AUTOMATIC_OFFENSES, cite=VA_19_2_392_6_A),
        happened_on_or_after(Event.OFFENSE, SEALING_OFFENSE_DATES, cite=VA_19_2_392_6_A),
        waiting_period(years=7, since=Event.DISPOSITION, cite=VA_19_2_392_6_B),
        no_conviction_during_wait(years=7, since=Event.DISPOSITION, cite=VA_19_2_392_6_B),
        custom(
            "no same-day conviction for another offense",
            requirement="You were not convicted on the same day of an offense that is not on the list.",
            reads=(Fact.DISPOSITION_DATE, Fact.OFFENSE),
            rule=_same_day_other_offense,
            cite=VA_19_2_392_6_C,
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

automatic_sealing_of_non_convictions = Remedy(
    id="va-automatic-sealing-19.2-392.11",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing of misdemeanor charges that ended in acquittal or dismissal",
    citations=(VA_19_2_392_11,),
    sources=(
        _justia("19.2-392.11", "chapter-23-2/section-19-2-392-11"),
        Source(
            "Virginia: automatic sealing of non-convictions (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/va-nc-2/",
        ),
    ),
    effective=SEALING_START,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # Only a charge "deferred and dismissed after a finding of facts sufficient" is left out: a pretrial
        # diversion dismissed with no plea or finding is a dismissal.
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=VA_19_2_392_11,
        ),
        level_is(Level.MISDEMEANOR, cite=VA_19_2_392_11),
        happened_on_or_after(Event.OFFENSE, SEALING_OFFENSE_DATES, cite=VA_19_2_392_11),
        convictions_at_most(total=0, cite=VA_19_2_392_11),
        # No arrest or charge on the record in the past three years: counted from this arrest, the
        # latest the screener knows of.
        waiting_period(years=3, since=Event.OFFENSE, cite=VA_19_2_392_11),
    ),
    effect="The records of the charge are sealed without a petition.",
    limits=(
        "Sealing is not destruction: police and courts keep the records for limited uses.",
        "A record with any conviction (other than a sealed one), or any new arrest in the last three years, "
        "stops automatic sealing.",
    ),
    next_steps=("Nothing to file. You can still ask for full expungement under § 19.2-392.2.",),
    discretionary=False,
)


# Custom: only a dismissal "with prejudice" counts, and the screening's "dismissal" also covers a nolle prosequi
# (a dismissal without prejudice); no shared condition can leave that part of one outcome open.
def _acquitted_or_dismissed_with_prejudice(context: ChargeContext) -> Finding:
    """§ 19.2-392.8(A): "acquitted or the charge against him is dismissed with prejudice"."""
    if context.charge.disposition is Disposition.ACQUITTAL:
        return met(msg("You were found not guilty (acquitted), which this covers."))
    return unknown(
        msg(
            "Only a dismissal with prejudice is sealed this way; a nolle prosequi or a dismissal that lets the "
            "charge be brought again is not. Which kind of dismissal it was is not known."
        ),
        context.path(Fact.DISPOSITION),
    )


sealing_at_disposition = Remedy(
    id="va-automatic-sealing-19.2-392.8",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Sealing ordered by the court when a misdemeanor ends in acquittal or dismissal with prejudice",
    citations=(VA_19_2_392_8_A,),
    sources=(_justia("19.2-392.8", "chapter-23-2/section-19-2-392-8"),),
    effective=SEALING_START,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.ACQUITTAL, Disposition.DISMISSAL, cite=VA_19_2_392_8_A),
        custom(
            "acquitted or dismissed with prejudice",
            requirement="You were acquitted, or the charge was dismissed with prejudice (not a nolle prosequi).",
            reads=(Fact.DISPOSITION,),
            rule=_acquitted_or_dismissed_with_prejudice,
            cite=VA_19_2_392_8_A,
        ),
        level_is(Level.MISDEMEANOR, cite=VA_19_2_392_8_A),
        # The court that disposes of the charge orders it sealed, so only charges decided once the section is in
        # force; older ones are reached by § 19.2-392.11 or by petition.
        happened_on_or_after(Event.DISPOSITION, SEALING_START, cite=VA_19_2_392_8_A),
    ),
    effect="The court that ends the case orders the charge sealed at once, without a petition.",
    limits=(
        "You can object to the sealing at the hearing; then the court does not order it.",
        "After a felony acquittal or dismissal with prejudice you must ask the court right away, and the "
        "prosecutor must agree.",
    ),
    next_steps=(
        "Nothing to file. The court should tell you the charge has been sealed; you can still petition for full "
        "expungement under § 19.2-392.2.",
    ),
    discretionary=False,
)

sealing_by_petition_of_listed_offenses = Remedy(
    id="va-sealing-19.2-392.12-1",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a trespass or disorderly conduct conviction or deferred dismissal after seven years",
    citations=(VA_19_2_392_12_1_A, VA_19_2_392_12_1_I),
    sources=(_justia("19.2-392.12:1", "chapter-23-2/section-19-2-392-12-1"),),
    effective=SEALING_START,
    reviewed=REVIEWED,
    reaches=charges_about(Category.QUALITY_OF_LIFE),
    conditions=(
        disposition_is(Disposition.CONVICTION, Disposition.DIVERSION_COMPLETED, cite=VA_19_2_392_12_1_A),
        offense_in(*AUTOMATIC_OFFENSES, cite=VA_19_2_392_12_1_A),
        happened_on_or_after(Event.OFFENSE, SEALING_OFFENSE_DATES, cite=VA_19_2_392_12_1_A),
        waiting_period(years=7, since=Event.DISPOSITION, cite=VA_19_2_392_12_1_I),
        no_conviction_during_wait(years=7, since=Event.DISPOSITION, cite=VA_19_2_392_12_1_I),
        custom(
            "no same-day conviction for another offense",
            requirement="You were not convicted on the same day of an offense that is not on the list.",
            reads=(Fact.DISPOSITION_DATE, Fact.OFFENSE),
            rule=_same_day_other_offense,
            cite=VA_19_2_392_12_1_D,
        ),
    ),
    effect="The court and State Police records are sealed. Most employers, landlords and schools cannot see "
    "them, and you may leave the case off most applications.",
    limits=(
        "This does not count toward the two sealing petitions allowed in a lifetime under § 19.2-392.12.",
        "Convictions on this list are also sealed automatically after seven years; a petition can be faster "
        "when the State Police have not yet done it.",
    ),
    next_steps=(
        "File a sealing petition in the circuit court of the city or county where the case was decided. There is "
        "no filing fee.",
        "Serve the Commonwealth's Attorney, who has 30 days to answer.",
    ),
    discretionary=False,
    filing="The circuit court where the case was decided.",
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
        sealing_at_disposition,
        sealing_by_petition_of_listed_offenses,
    ),
    legal_help=(
        LegalHelp("Legal Aid Justice Center", "https://www.justice4all.org", "Record sealing and civil legal aid"),
        LegalHelp(
            "Justice Forward Virginia Foundation",
            "https://www.justiceforwardvafoundation.org/expungementsealing-2",
            "Plain guides to expungement and to the record sealing that starts in July 2026",
        ),
        LegalHelp(
            "Regent University Center for Global Justice, Human Trafficking Clinic",
            "https://globaljustice.regent.edu/human-trafficking-clinic/",
            "Free vacatur and expungement help for trafficking survivors",
        ),
    ),
    where_to_file="The circuit court of the city or county where the case was decided.",
)
