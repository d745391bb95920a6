"""Tennessee: expunction for trafficking survivors, free expunction of charges that did not end
in a conviction, expunction after diversion and of up to two convictions.

Tennessee lets a trafficking survivor expunge convictions tied to the trafficking one year after
the last sentence ends. Dismissed charges, acquittals and arrests without charges are expunged for
free. A case that ended with judicial diversion can be expunged. Up to two old convictions (two
misdemeanors, or one felony and one misdemeanor) can be expunged five years after the sentence.

Reviewed 2026-11-25 against Tenn. Code Ann. §§ 40-32-101(a), (g) and (k), 40-32-105 (trafficking
victims, enacted 2019 and amended in 2024) and 40-35-313 (judicial diversion). A 2025
reorganisation is reported to have moved parts of § 40-32-101 into new sections (§§ 40-32-106 to
-108); we could not see that text and cite the sections as courts still cite them. The list of
convictions excluded from § 40-32-101(g) was not seen in full; we screen only misdemeanors there
and leave felonies, which are eligible only in some classes, out.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    level_is,
    no_later_conviction,
    no_pending_case,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

TCA_40_32_105 = "Tenn. Code Ann. § 40-32-105"
TCA_40_32_105_B = "Tenn. Code Ann. § 40-32-105(b)"
TCA_40_32_101_A = "Tenn. Code Ann. § 40-32-101(a)(1)(A)"
TCA_40_32_101_G = "Tenn. Code Ann. § 40-32-101(g)"
TCA_40_32_101_K = "Tenn. Code Ann. § 40-32-101(k)"
TCA_40_35_313_B = "Tenn. Code Ann. § 40-35-313(b)"

CLEARINGHOUSE = Source(
    "Tennessee: expungement for victims of human trafficking (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/tn-c-4/",
)
FREEDOM_NETWORK = Source(
    "Survivor Reentry Project: Tennessee (Freedom Network USA)", "http://freedomnetworkusa.org/srp_states/tn/"
)
LAW_40_32_105 = Source("Tenn. Code Ann. § 40-32-105 (TN Docket)", "https://tndocket.com/charges/tca/40-32-105")
TENN_ADVOCATE = Source(
    "Expungement under Tenn. Code Ann. § 40-32-101 (Tennessee Advocate)",
    "https://www.tennadvocate.com/new-blog-thelaw101/expungment",
)
HALSTONBERG = Source(
    "Tennessee expungement: how T.C.A. § 40-32-101 works (Halstonberg)",
    "https://halstonberg.com/expungement/tennessee-expungement/",
)

OFFENSES = (
    Offense(
        "tn-tca-39-13-513",
        "Prostitution",
        "Tenn. Code Ann. § 39-13-513",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "tn-tca-39-13-514",
        "Patronizing prostitution",
        "Tenn. Code Ann. § 39-13-514",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor, or a felony where the person patronized was a minor or had a disability.",
    ),
    Offense(
        "tn-tca-39-13-515",
        "Promoting prostitution",
        "Tenn. Code Ann. § 39-13-515",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense("tn-tca-39-13-511", "Public indecency", "Tenn. Code Ann. § 39-13-511", Category.LEWDNESS, Level.UNKNOWN),
    Offense(
        "tn-tca-39-17-305",
        "Disorderly conduct",
        "Tenn. Code Ann. § 39-17-305",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "tn-tca-39-13-309",
        "Trafficking for a commercial sex act",
        "Tenn. Code Ann. § 39-13-309",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)


def _a_prostitution_conviction(context: ChargeContext) -> Finding:
    """The survivor petition covers a set of convictions of which at least one is for prostitution.
    Unlisted convictions may count, so without a listed one the answer stays open."""
    if any(c.is_conviction and c.category is Category.PROSTITUTION for c in context.facts.charges):
        return met(msg("You listed a prostitution conviction, which this petition needs."))
    return unknown(
        msg(
            "This petition needs at least one prostitution conviction among the convictions you want "
            "cleared; none is listed."
        ),
        context.path(Fact.CATEGORY),
    )


expunction_for_trafficking_survivors = Remedy(
    id="tn-expunction-trafficking",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge convictions that resulted from being trafficked",
    citations=(TCA_40_32_105,),
    sources=(CLEARINGHOUSE, FREEDOM_NETWORK, LAW_40_32_105),
    effective=date(2019, 1, 1),  # Enacted in 2019; only the year is confirmed.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=TCA_40_32_105),
        trafficking_nexus(cite=TCA_40_32_105),
        custom(
            "at least one prostitution conviction",
            requirement="At least one of the convictions is for prostitution.",
            reads=(Fact.CATEGORY, Fact.DISPOSITION),
            rule=_a_prostitution_conviction,
            cite=TCA_40_32_105_B,
        ),
        waiting_period(years=1, since=Event.SENTENCE_COMPLETED, cite=TCA_40_32_105_B),
        no_later_conviction(cite=TCA_40_32_105_B),
        no_pending_case(cite=TCA_40_32_105_B),
    ),
    effect="The public records of the convictions are removed and destroyed, and the law treats you as "
    "if the arrest and conviction never happened.",
    limits=(
        "Convictions that involved force or a deadly weapon cannot be cleared this way.",
        "You can use this petition only once. If it is denied, you must wait two years to try again.",
    ),
    next_steps=(
        "File a petition for expunction under Tenn. Code Ann. 40-32-105 in the court of your most recent "
        "conviction, and serve it on the district attorney in every county where you were convicted.",
        "Attach a sworn statement about how the trafficking led to the convictions.",
        "There is no state fee, but the clerk may charge up to $100; ask about a waiver.",
    ),
    filing="The court where your most recent conviction was entered.",
)

expunction_without_conviction = Remedy(
    id="tn-expunction-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Free expunction of a charge that was dismissed, not charged, or ended in acquittal",
    citations=(TCA_40_32_101_A,),
    sources=(TENN_ADVOCATE, HALSTONBERG),
    effective=date(2012, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=TCA_40_32_101_A),
    ),
    effect="The public records of the charge are removed and destroyed at no cost to you.",
    limits=("Not available if you were convicted of another offense from the same incident, such as a lesser charge.",),
    next_steps=("Ask the clerk of the court that handled the case for an order of expunction; there is no fee.",),
    discretionary=False,
    filing="The court that handled the charge (often General Sessions Court).",
)

expunction_after_diversion = Remedy(
    id="tn-expunction-diversion",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a case after completing judicial or pretrial diversion",
    citations=(TCA_40_35_313_B,),
    sources=(TENN_ADVOCATE, HALSTONBERG),
    effective=date(1989, 11, 1),  # Criminal Sentencing Reform Act of 1989.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(disposition_is(Disposition.DIVERSION_COMPLETED, cite=TCA_40_35_313_B),),
    effect="The charge is dismissed and its public records are destroyed, so the law treats you as if "
    "the case never happened.",
    limits=("Diversion and its expunction can be used only once.",),
    next_steps=(
        "Ask the court that granted diversion for an order of expunction; the clerk may charge a fee (often $100).",
    ),
    filing="The court that granted diversion.",
)

expunction_of_convictions = Remedy(
    id="tn-expunction-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge up to two old convictions five years after the sentence ends",
    citations=(TCA_40_32_101_G, TCA_40_32_101_K),
    sources=(HALSTONBERG,),
    effective=date(2017, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=TCA_40_32_101_G),
        # Some Class E felonies qualify too (Class C and D after ten years); we screen misdemeanors only.
        level_is(Level.MISDEMEANOR, cite=TCA_40_32_101_G),
        convictions_at_most(total=2, felonies=1, cite=TCA_40_32_101_K),
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=TCA_40_32_101_G),
        no_pending_case(cite=TCA_40_32_101_G),
    ),
    effect="The public records of the conviction are removed and destroyed.",
    limits=(
        "All fines, costs and restitution must be paid.",
        "Some felonies can also be expunged; a lawyer can check whether yours is one.",
    ),
    next_steps=(
        "File a petition for expunction in the court that convicted you, using the court's form. There "
        "is a fee set by law plus clerk fees; ask whether you can file without paying.",
        "The district attorney can object, and the judge decides.",
    ),
    filing="The court that convicted you.",
)

JURISDICTION = Jurisdiction(
    code="TN",
    name="Tennessee",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        expunction_for_trafficking_survivors,
        expunction_without_conviction,
        expunction_after_diversion,
        expunction_of_convictions,
    ),
    legal_help=(
        LegalHelp("Legal Aid Society of Middle Tennessee and the Cumberlands", "https://las.org", "Expungement"),
        LegalHelp("Memphis Area Legal Services", "https://www.malsi.org", "Expungement in West Tennessee"),
    ),
    where_to_file="The court that handled the case (General Sessions or Criminal Court of the county).",
)
