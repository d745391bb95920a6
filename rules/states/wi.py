"""Wisconsin: vacatur or expungement of prostitution convictions for trafficking survivors, expungement
ordered at sentencing for people under 25, removal of arrest records, and a Governor's pardon.

Reviewed 2026-12-06 against Wis. Stat. § 973.015: subsection (1m) in a 2021 copy of the statute text,
subsection (2m)(c) to (g) on the Legislature's preview site, and 2013 Wisconsin Act 362 (which created
(2m); enacted 23 April 2014, published 24 April 2014, in force the next day). The opening of (2m), which
limits it to prostitution convictions under § 944.30, was read only in a summary; § 165.84(1) and the
Governor's pardon rules were not re-read. Nothing changed in the rules on this review. Bills to let
people petition for expungement after sentencing have been introduced in several sessions; none was
found enacted. Wisconsin has no general sealing law and no automatic relief for these records.

Reviewed 2026-12-07 against the official text of 2013 Wisconsin Act 362 as it created § 973.015(2m) (the
opening and (a)-(c): any conviction, delinquency adjudication or insanity finding for § 944.30 only, "at any
time after" it), § 973.015(1m) (2019 and 2021 copies of the statute text), § 165.84(1) (Casetext, current
through 2023-2024 Acts ch. 122) and the Hall v. Department of Justice opinion (2020). What changed: the
sentencing-time expungement takes effect on 1 July 2009, the effective date of 2009 Wisconsin Act 28 (which
raised the age limit to 25 and applies to sentencing orders from that day), not 1 January 2009. Bills to allow
petitions after the sentence (2017 AB 93 and AB 331, the 2023-25 budget proposal) were found only as proposals;
none was enacted, and the age limit of 25 stands. The pardon rules are set by the Governor, not by statute.
Legal help: the Milwaukee Justice Center's Mobile Legal Clinic (free pardon and expungement help) and LIFT
Wisconsin's Legal Tune Up (with Legal Action of Wisconsin) replace Legal Action of Wisconsin and Wisconsin
Judicare, whose sites were not seen in any source read.

Third pass 2026-12-07: eight new worked cases written from the words of § 973.015(2m) (convictions for
§ 944.30 only, "at any time after" the conviction), § 973.015(1m)(a)1. (found guilty, under 25 at the offense)
and § 165.84(1) (released without charge or cleared through court proceedings); the module agreed with all of
them and nothing changed. Still open: whether a municipal forfeiture (Level.VIOLATION) can be expunged under
(1m), which the module treats as covered; not re-read on this pass.

Reviewed 2026-12-07 (statute audit) against the official text of § 973.015(2m) (2013 Wisconsin Act 362 on
docs.legis.wisconsin.gov, (2m)(a)-(g) read whole), § 973.015(1m) (2021 copy and the Act 362 page), Kenosha County v.
Frett, 2014 WI App 127, and the 2023 bill AB 37 (Legislative Council memo; engrossed in the Assembly, not enacted).
The open point on forfeitures is closed: Frett holds that § 973.015 reaches only laws with "some 'period of
imprisonment'", so a civil forfeiture (an ordinance violation) cannot be expunged under (1m); the module had treated
one as covered. Changed: (1) a non-criminal (forfeiture) conviction is not eligible for expungement at sentencing;
(2) the survivor remedy of (2m), which names only "a violation of s. 944.30" (a Class A misdemeanor), no longer takes
a prostitution charge with no statute named to be § 944.30: a misdemeanor is, a city or county ordinance ticket is
not, and an unknown level is asked. No amendment of (2m) since 2014 and no enacted petition-based expungement was
found. Still not read in a stored copy: the text of § 944.30 itself (its class is from a practitioner).
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    age_at_offense_under,
    convicted,
    custom,
    disposition_is,
    level_is,
    no_pending_case,
    not_under_sentence,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

WIS_973_015_2M = "Wis. Stat. § 973.015(2m)"
WIS_973_015_1M_A = "Wis. Stat. § 973.015(1m)(a)"
WIS_973_015_1M_B = "Wis. Stat. § 973.015(1m)(b)"
WIS_165_84_1 = "Wis. Stat. § 165.84(1)"
WIS_CONST_V_6 = "Wis. Const. art. V, § 6"
PARDON_RULES = "Governor's Pardon Advisory Board eligibility rules (Executive Order 30, 2019)"

OFFENSES = (
    Offense("wi-stat-944.30", "Prostitution", "Wis. Stat. § 944.30", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "wi-stat-944.31",
        "Patronizing prostitutes",
        "Wis. Stat. § 944.31",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "wi-stat-944.32",
        "Soliciting prostitutes (causing another to practice prostitution)",
        "Wis. Stat. § 944.32",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense("wi-stat-944.33", "Pandering", "Wis. Stat. § 944.33", Category.PROMOTING, Level.UNKNOWN),
    Offense(
        "wi-stat-944.34",
        "Keeping a place of prostitution",
        "Wis. Stat. § 944.34",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "wi-stat-944.20",
        "Lewd and lascivious behavior",
        "Wis. Stat. § 944.20",
        Category.LEWDNESS,
        Level.MISDEMEANOR,
    ),
    Offense(
        "wi-stat-947.01",
        "Disorderly conduct",
        "Wis. Stat. § 947.01",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "wi-stat-940.302",
        "Human trafficking",
        "Wis. Stat. § 940.302",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

ACT_362_TEXT = Source(
    "2013 Wisconsin Act 362 (AB 620, Assembly Substitute Amendment 1), text creating § 973.015(2m)",
    "https://docs.legis.wisconsin.gov/document/amends/2013/REG/AB620-ASA1,61",
)
STATUTE_165_84 = Source(
    "Wis. Stat. § 165.84 (Casetext, current through Acts 2023-2024, ch. 122)",
    "https://casetext.com/statute/wisconsin-statutes/police-regulations/chapter-165-department-of-justice/section-16584-cooperation-in-criminal-identification-records-and-statistics",
)
STATUTE_973_015 = Source(
    "Wis. Stat. § 973.015 (Wisconsin State Legislature, preview site)",
    "https://docs-preview.legis.wisconsin.gov/document/statutes/973.017(2)(ag)",
)


def _violation_of_944_30(context: ChargeContext) -> Finding:
    """§ 973.015(2m) reaches only "a violation of s. 944.30", a Class A misdemeanor. A prostitution charge with
    no statute named is read by its level: a misdemeanor can only be § 944.30; a non-criminal (forfeiture) charge
    is a municipal or county ordinance, which (2m) does not name; with the level unknown it stays open. Custom
    because the shared offense list reads a charge with no statute by its category alone, and in Wisconsin an
    ordinance ticket and the statute share the category."""
    charge = context.charge
    if charge.offense is not None:
        if charge.offense == "wi-stat-944.30":
            return met(msg("The conviction was for prostitution under § 944.30, which this covers."))
        return not_met(msg("This covers only prostitution convictions under § 944.30."))
    if charge.level is Level.MISDEMEANOR:
        return met(msg("A prostitution misdemeanor in Wisconsin is a violation of § 944.30, which this covers."))
    if charge.level is Level.UNKNOWN:
        return unknown(
            msg(
                "This covers prostitution convictions under state law (§ 944.30, a misdemeanor), not a city or "
                "county ordinance ticket; which one this was is not known."
            ),
            context.path(Fact.OFFENSE),
            context.path(Fact.LEVEL),
        )
    return not_met(
        msg(
            "This covers only prostitution convictions under § 944.30, a misdemeanor; a city or county ordinance "
            "violation is not covered."
        )
    )


vacatur_for_trafficking_survivors = Remedy(
    id="wi-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate or expunge a prostitution conviction that resulted from trafficking",
    citations=(WIS_973_015_2M,),
    sources=(
        STATUTE_973_015,
        ACT_362_TEXT,
        Source(
            "Wisconsin: relief for trafficking victims convicted of prostitution (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/wi-c-2/",
        ),
        Source("2013 Wisconsin Act 362", "http://wi.elaws.us/acts/2013/362"),
    ),
    # 2013 Wisconsin Act 362 was published 24 April 2014 and took effect the next day.
    effective=date(2014, 4, 25),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=WIS_973_015_2M),
        # Custom: § 944.30 only; with no statute named, the level tells the statute from an ordinance (see above).
        custom(
            "violation of section 944.30",
            requirement="The conviction was for prostitution under § 944.30 (state law), not a local ordinance.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_violation_of_944_30,
            cite=WIS_973_015_2M,
        ),
        trafficking_nexus(cite=WIS_973_015_2M),
    ),
    effect="The court may vacate the prostitution conviction, or order its court record expunged, because it "
    "came about from your being trafficked for commercial sex.",
    limits=(
        "Only prostitution convictions under § 944.30 are covered, not other charges or a city or county "
        "ordinance ticket.",
        "The judge chooses between vacating and expunging and must find that you will benefit and society "
        "will not be harmed. An expunged record stays in the state criminal history database.",
        "You must have filed with due diligence, allowing for your safety and that of others.",
    ),
    next_steps=(
        "File a motion under § 973.015(2m) in the circuit court that convicted you, and serve a copy on the "
        "district attorney's office that prosecuted the case.",
        "Attach proof that you were trafficked, such as court or immigration papers, agency letters or other "
        "credible evidence. There is no age limit and no waiting period.",
    ),
    legal_defect=True,
    filing="The circuit court of the county where the conviction was entered.",
)


# Custom: the relief exists only if the judge ordered it at sentencing, a fact the request does not hold;
# no shared condition asks it, so a conviction stays open and a pending case can still ask for it.
def _at_sentencing(context: ChargeContext) -> Finding:
    """Expungement under § 973.015(1m) can only be ordered by the judge at sentencing."""
    disposition = context.charge.disposition
    if disposition is Disposition.PENDING:
        return met(msg("Your case is still open, so you can ask the judge to order expungement at sentencing."))
    if disposition in (Disposition.CONVICTION, Disposition.UNKNOWN):
        return unknown(
            msg(
                "Expungement must be ordered by the judge at sentencing; check your judgment of conviction to "
                "see whether it was."
            ),
            context.path(Fact.DISPOSITION),
        )
    return not_met(msg("This is only for convictions, ordered at sentencing."))


# Custom: the test is the maximum prison term (six years or less), which no grade or level table states.
def _six_years_or_less(context: ChargeContext) -> Finding:
    """The offense must carry a maximum prison term of six years or less, and some prison term: a civil forfeiture
    has none and is outside § 973.015 (Kenosha County v. Frett, 2014 WI App 127)."""
    level = context.charge.level
    if level is Level.MISDEMEANOR:
        return met(msg("Misdemeanors carry less than six years, which this covers."))
    if level is Level.VIOLATION:
        # Kenosha County v. Frett, 2014 WI App 127: a law with no "period of imprisonment" (a civil forfeiture,
        # such as an ordinance violation) is not one to which § 973.015 applies.
        return not_met(
            msg(
                "A non-criminal ordinance violation punished by a forfeiture (a fine) cannot be expunged under this "
                "law, because it carries no prison term."
            )
        )
    if context.charge.offense == "wi-stat-944.34":
        return not_met(msg("Keeping a place of prostitution carries more than six years, so it cannot be expunged."))
    return unknown(
        msg(
            "Only offenses with a maximum of six years or less in prison qualify (for felonies, usually class H "
            "or I with no earlier felony); the class of this charge is not known."
        ),
        context.path(Fact.OFFENSE),
        context.path(Fact.LEVEL),
    )


expungement_at_sentencing = Remedy(
    id="wi-expungement-973-015-1m",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expungement ordered at sentencing for an offense committed before age 25",
    citations=(WIS_973_015_1M_A, WIS_973_015_1M_B),
    sources=(
        STATUTE_973_015,
        Source(
            "Wisconsin: expungement ordered at sentencing (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/wi-c-1/",
        ),
    ),
    # The age limit of 25 and today's form date from 2009 Wisconsin Act 28, in force 1 July 2009 and first
    # applying to sentencing orders made on that day (Act 28, s. 9309(1)).
    effective=date(2009, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        custom(
            "ordered at sentencing",
            requirement="The judge orders expungement at sentencing.",
            reads=(Fact.DISPOSITION,),
            rule=_at_sentencing,
            cite=WIS_973_015_1M_A,
        ),
        age_at_offense_under(25, cite=WIS_973_015_1M_A),
        custom(
            "maximum of six years",
            requirement="The offense carries a maximum prison term of six years or less.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_six_years_or_less,
            cite=WIS_973_015_1M_A,
        ),
    ),
    effect="If the judge orders it at sentencing, the court record is expunged once you finish your sentence "
    "without a new conviction.",
    limits=(
        "A judge cannot add it later: if it was not ordered at sentencing, this route is closed.",
        "A new conviction or a revoked probation before the sentence ends cancels it. The record stays in "
        "the state criminal history database.",
    ),
    next_steps=(
        "If your case is open, ask your lawyer to request expungement at sentencing.",
        "If it was ordered, make sure the probation or detaining authority sends the certificate of "
        "discharge to the court when you finish; ask the clerk of court to confirm.",
    ),
    filing="The circuit court that sentences you.",
)

arrest_record_removal = Remedy(
    id="wi-arrest-record-removal",
    kind=RemedyKind.OTHER,
    title="Remove an arrest from the state criminal history database",
    citations=(WIS_165_84_1,),
    sources=(
        STATUTE_165_84,
        Source(
            "Wisconsin: removal of arrest records (Cornell Criminal Justice and Employment Initiative)",
            "https://cjei.cornell.edu/fix-your-record/dismissalset-asidevacateshield/wisconsin-removal",
        ),
        Source(
            "Hall v. Wisconsin Department of Justice, 2018AP2274 (Wis. Ct. App. 2020)",
            "https://law.justia.com/cases/wisconsin/court-of-appeals/2020/2018ap002274.html",
        ),
    ),
    # In force by 1986 (Brier v. E.C.); the exact start is not confirmed, so 1 January 1986 is used.
    effective=date(1986, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.NO_CHARGES,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            cite=WIS_165_84_1,
        ),
    ),
    effect="The Department of Justice removes the arrest and returns or destroys the fingerprints, and tells "
    "the FBI to remove it too.",
    limits=(
        "Court, police and prosecutor records are not changed; the case may still appear on the court website.",
        "Every charge from the same arrest must have ended without a conviction; a conviction for a lesser "
        "offense blocks removal.",
    ),
    next_steps=(
        "Send the Department of Justice Crime Information Bureau its Fingerprint Record Removal Request form "
        "with an inked fingerprint card.",
    ),
    discretionary=False,
    filing="The Wisconsin Department of Justice, Crime Information Bureau.",
)

governors_pardon = Remedy(
    id="wi-pardon",
    kind=RemedyKind.PARDON,
    title="Ask the Governor for a pardon of a Wisconsin felony",
    citations=(WIS_CONST_V_6, PARDON_RULES),
    sources=(
        Source("Pardon Information (Office of the Governor)", "https://evers.wi.gov/Pages/pardon-information.aspx"),
    ),
    # The Pardon Advisory Board was re-created by executive order on 13 June 2019.
    effective=date(2019, 6, 13),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=PARDON_RULES),
        level_is(Level.FELONY, cite=PARDON_RULES),
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=PARDON_RULES),
        no_pending_case(cite=PARDON_RULES),
        not_under_sentence(cite=PARDON_RULES),
    ),
    effect="A pardon forgives the conviction and restores rights such as holding office, serving on a jury "
    "and some licenses. It does not erase, seal or expunge the record.",
    limits=(
        "The current board hears only Wisconsin felonies, not misdemeanors such as a first prostitution "
        "conviction. People required to register as sex offenders are not eligible.",
        "Pardon rules are set by each Governor and can change when a new Governor takes office.",
    ),
    next_steps=(
        "Fill in the current pardon application from the Governor's website and attach certified court "
        "records and your state criminal history. There is no fee.",
    ),
    filing="The Governor's Pardon Advisory Board.",
)

JURISDICTION = Jurisdiction(
    code="WI",
    name="Wisconsin",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_at_sentencing,
        arrest_record_removal,
        governors_pardon,
    ),
    legal_help=(
        LegalHelp(
            "Milwaukee Justice Center Mobile Legal Clinic",
            "https://www.mkemobilelegalclinic.com/about-5",
            "Free pardon and expungement eligibility checks and help with pardon applications",
        ),
        LegalHelp(
            "LIFT Wisconsin (Legal Tune Up)",
            "https://www.liftwisconsin.org",
            "Free online check for records that can be removed, with help removing them",
        ),
    ),
    where_to_file="The circuit court of the county where the conviction was entered.",
)
