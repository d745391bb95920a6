"""Alaska: no expungement or sealing of valid convictions; set-aside after a suspended sentence,
non-publication of acquittals and dismissals, and pardon.

Alaska has no general law to expunge or seal an adult conviction and, as far as this review could
confirm, no vacatur law for trafficking survivors: bills to create one (SB 165 of 2020, SB 189 of
2022, HB 68, SB 66 and SB 28 of 2023-2024) were introduced, but their enactment could not be
verified, so none is encoded. A conviction that came with a suspended imposition of sentence can be
set aside (AS 12.55.085); the court system may not publish an acquittal or full dismissal on its
public website (AS 22.35.030); the governor may pardon (Alaska Const. art. III, § 21).

Reviewed 2026-11-25 against: the CCRC Alaska profile (updated 11 November 2024), AS 12.55.085,
AS 22.35.030, AS 12.62.180, AS 11.66.100-11.66.135 and the Alaska Legislature's bill pages.

Reviewed 2026-12-06 against the Alaska Legislature's bill texts (SB 66, SB 189, HB 68, HCS CSSB 28,
and SCS CSHB 66(JUD), whose title no longer mentions vacatur) and NCSC's report on HB 11: the
website rule of AS 22.35.030 is dated to HB 11 (2016), not the vetoed 2014 bill; a trafficking
vacatur law is still not confirmed as enacted, so none is encoded.

Reviewed 2026-12-06 for the shared vocabulary: the SIS condition stays custom (whether the sentence
was an SIS is not asked); no rule changed.

Second review 2026-12-06: the website rule's wait is counted as 60 days, as AS 22.35.030 says (it had
been counted as two months, which is a day or two short or long depending on the month).

Reviewed 2026-12-07: searched for an enacted trafficking vacatur ("Alaska SB 28 vacate judgment prostitution
... signed", "Alaska HB 66 2024 ... vacating convictions", "Alaska Statutes 11.66.101 prostitution ..."). Only bill
texts answered: HCS CSSB 28(JUD) of 9 May 2024 would have established "the process for vacating judgments for
certain convictions of prostitution", but CSSB 28(FIN) of 26 April 2024 had been cut to workplace-violence
protective orders, and no session law, signing or compiled section (the House version's new AS 11.66.101-.106
numbering) was found; none is encoded. Read AS 12.55.078 (suspended entry of judgment; instalawyer and LawServer
copies): on successful probation the court dismisses the case and the person "is not convicted of a crime"; the
screener records that outcome as a completed diversion, which the SIS set-aside still treats as met. AS 12.55.085
and AS 22.35.030 texts did not surface (alaskastatutes.org answers only with the opening of Titles 12 and 22); no
rule changed.

Cross-checked 2026-12-07 with 8 new worked examples built from AS 22.35.030 (as the enacted HB 11 is described: 60
days after an acquittal of all charges or a dismissal of all charges not part of a plea agreement in another case)
and AS 12.55.085; no disagreement. Legal help checked: Alaska Legal Services Corporation is real (alsc-law.org) but no
source showed it helping with criminal records or set-asides, so it was removed; the Court System's Self-Help Center
(courts.alaska.gov/shc, with a records page) stays. Not modelled: a dismissal that was part of a plea agreement in
another case is not kept off the website.

Reviewed 2026-12-07 (statute audit): read AS 12.55.078 (instalawyer and LawServer), the Gavel to Gavel account of
HB 11 (AS 22.35.030), Administrative Rule 40 (Casetext, through March 2024), the Alaska Judicial Council's SIS
questions, and the bill texts of SB 28, SB 66, HB 68, SB 189 and SB 165; searched again for an enacted trafficking
vacatur (none found, none encoded) and for the texts of AS 12.55.085 and AS 22.35.030 (not found). What changed:
- AS 22.35.030 keeps off the website a case whose charges were all dismissed; a suspended entry of judgment ends
  with the court's dismissal of the proceedings (AS 12.55.078(d): the person "is not convicted of a crime"). The
  screen records both that and an SIS as a completed diversion, which the website rule had shown as not eligible;
  it is now left open, asking how the case ended.
Still open: the exclusions of AS 12.55.085(f) (which crimes may not receive an SIS) were not read; Administrative
Rule 40(b) also keeps off the public index criminal cases dismissed because the prosecutor declined to file a
charging document, a court rule this module does not screen; a trafficking vacatur (SB 28, HB 66 of 2024) was not
found enacted.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    sentence_completed,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

AS_12_55_085 = "Alaska Stat. § 12.55.085"
AS_22_35_030 = "Alaska Stat. § 22.35.030"
CONST_III_21 = "Alaska Const. art. III, § 21"
AS_33_20_070 = "Alaska Stat. § 33.20.070"

SOURCE_CCRC = Source(
    "Collateral Consequences Resource Center: Alaska restoration of rights and record relief",
    "https://ccresourcecenter.org/state-restoration-profiles/alaska-expungment-pardon-sealing",
)
SOURCE_GUIDE = Source(
    "Expungement Nation: how to clear your record in Alaska", "https://www.expungementnation.com/alaska"
)

OFFENSES = (
    Offense(
        "ak-as-11.66.100",
        "Prostitution (offering sex for a fee, or paying for it)",
        "Alaska Stat. § 11.66.100",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A class B misdemeanor for most people; paying a minor is a felony.",
    ),
    Offense(
        "ak-as-11.66.110",
        "Sex trafficking in the first degree",
        "Alaska Stat. § 11.66.110",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
    Offense(
        "ak-as-11.66.120",
        "Sex trafficking in the second degree",
        "Alaska Stat. § 11.66.120",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ak-as-11.66.130",
        "Sex trafficking in the third degree",
        "Alaska Stat. § 11.66.130",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ak-as-11.66.135",
        "Sex trafficking in the fourth degree",
        "Alaska Stat. § 11.66.135",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ak-as-11.61.110", "Disorderly conduct", "Alaska Stat. § 11.61.110", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
    Offense(
        "ak-as-11.41.460",
        "Indecent exposure in the second degree",
        "Alaska Stat. § 11.41.460",
        Category.LEWDNESS,
        Level.MISDEMEANOR,
    ),
)


def _suspended_imposition(context: ChargeContext) -> Finding:
    """A set-aside exists only where the judge suspended imposition of sentence, a deferred sentence
    that the screening records as a completed diversion; a plain conviction leaves it open."""
    if context.charge.disposition is Disposition.DIVERSION_COMPLETED:
        return met(msg("You finished a suspended imposition of sentence (SIS) or similar deferred sentence."))
    return unknown(
        msg(
            "A set-aside is possible only if the judge gave you a suspended imposition of sentence (SIS). "
            "Your court papers or the court clerk can tell you; if it was an SIS, answer that the case "
            "ended in a completed diversion or deferred sentence."
        ),
        context.path(Fact.DISPOSITION),
    )


set_aside_after_suspended_sentence = Remedy(
    id="ak-set-aside-sis",
    kind=RemedyKind.SET_ASIDE,
    title="Set aside a conviction after a suspended imposition of sentence",
    citations=(AS_12_55_085,),
    sources=(SOURCE_CCRC, SOURCE_GUIDE),
    # Long in force; the date of its current form was not verified, so January 1 of 1980, the year the
    # revised criminal code took effect, is used.
    effective=date(1980, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.CONVICTION, Disposition.DIVERSION_COMPLETED, cite=AS_12_55_085),
        # Custom: whether the sentence was a suspended imposition (SIS) is not asked, so a plain conviction stays open.
        custom(
            "suspended imposition of sentence",
            requirement="The judge suspended imposition of your sentence (an SIS) and put you on probation.",
            reads=(Fact.DISPOSITION,),
            rule=_suspended_imposition,
            cite=AS_12_55_085,
        ),
        # Discharge from probation, early or on time, is what lets the court set the conviction aside.
        sentence_completed(cite=AS_12_55_085),
    ),
    effect="The court sets the conviction aside. The record stays public but shows that the conviction was "
    "set aside, which helps with some jobs and licenses.",
    limits=(
        "The record is not sealed or erased; it stays on CourtView and background checks with a set-aside note.",
        "An SIS is allowed only once in most cases, and not for some serious crimes.",
    ),
    next_steps=(
        "If you finished probation under an SIS, ask the court that sentenced you to set aside the conviction "
        "(the court often does this when it discharges you from probation).",
        "Ask the clerk for a copy of the order setting the conviction aside.",
    ),
    filing="The district or superior court that sentenced you.",
)


def _dismissed_after_deferred_judgment(context: ChargeContext) -> Finding:
    """AS 22.35.030 keeps off the website a case whose charges were all dismissed. A suspended entry of judgment
    (AS 12.55.078(d)) ends with the court's dismissal of the proceedings ("is not convicted of a crime"), which
    reads as such a dismissal; an SIS ends in a conviction set aside, which stays published. The screen records
    both as a completed diversion, so that outcome is left open."""
    if context.charge.disposition is Disposition.DIVERSION_COMPLETED:
        return unknown(
            msg(
                "If the court dismissed your case after a suspended entry of judgment, the case counts as dismissed and "
                "is kept off the website; if it was a suspended imposition of sentence (SIS), it is not. If it was "
                "dismissed, answer that the case ended in a dismissal."
            ),
            context.path(Fact.DISPOSITION),
        )
    return met(msg("The case ended in an acquittal or a dismissal."))


no_publication_after_acquittal_or_dismissal = Remedy(
    id="ak-courtview-non-conviction",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Acquittals and full dismissals are kept off the court's public website",
    citations=(AS_22_35_030,),
    sources=(SOURCE_GUIDE, SOURCE_CCRC),
    # AS 22.35.030 came from HB 11 (29th Legislature), passed by the legislature by 5 February 2016
    # (NCSC Gavel to Gavel); the 2014 bill (SB 108) was vetoed. The day it took effect was not found, so
    # the day it is known to have passed is used.
    effective=date(2016, 2, 5),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.ACQUITTAL, Disposition.DISMISSAL, Disposition.DIVERSION_COMPLETED, cite=AS_22_35_030
        ),
        # Custom: a completed diversion may be a dismissal after a suspended entry of judgment (AS 12.55.078(d)) or
        # an SIS set-aside; which one is not asked, so that outcome stays open.
        custom(
            "dismissal after a suspended entry of judgment",
            requirement="All charges in the case ended in an acquittal or a dismissal, including a dismissal after a "
            "suspended entry of judgment.",
            reads=(Fact.DISPOSITION,),
            rule=_dismissed_after_deferred_judgment,
            cite=AS_22_35_030,
        ),
        # "60 days have elapsed from the date of acquittal or dismissal": counted in days, not months.
        waiting_period(days=60, since=Event.DISPOSITION, cite=AS_22_35_030),
    ),
    effect="Once 60 days have passed, the court system may not show the case on its public website "
    "(CourtView). You do not have to apply.",
    limits=(
        "Only if you were acquitted of every charge in the case or every charge was dismissed.",
        "The paper court file and police records are not sealed, and background check companies may already "
        "have copied the case.",
    ),
    next_steps=(
        "Nothing to file. If the case still shows on CourtView, contact the clerk of the court that handled it.",
    ),
    discretionary=False,
)

pardon = Remedy(
    id="ak-pardon",
    kind=RemedyKind.PARDON,
    title="Pardon from the governor",
    citations=(CONST_III_21, AS_33_20_070),
    sources=(SOURCE_CCRC,),
    # Constitutional power since statehood.
    effective=date(1959, 1, 3),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(convicted(cite=CONST_III_21),),
    effect="A pardon forgives the conviction and lifts some of its legal effects. It does not erase the record.",
    limits=("Pardons in Alaska are rare and fully up to the governor.",),
    next_steps=(
        "Apply for clemency through the Alaska Board of Parole, which reviews applications for the governor.",
        "Give notice to the Department of Law as the application instructions require.",
    ),
    filing="The Alaska Board of Parole (for the governor).",
)

JURISDICTION = Jurisdiction(
    code="AK",
    name="Alaska",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(set_aside_after_suspended_sentence, no_publication_after_acquittal_or_dismissal, pardon),
    legal_help=(
        LegalHelp(
            "Alaska Court System Self-Help Center",
            "https://courts.alaska.gov/shc",
            "Free court forms and step-by-step guides",
        ),
    ),
    where_to_file="The district or superior court where the case was heard.",
    notes=(
        "Alaska has no vacatur law for trafficking survivors that this review could confirm; bills such as "
        "SB 28 (2024) proposed one.",
        "A record that comes from mistaken identity or a false accusation can be sealed on request to the "
        "agency that holds it (AS 12.62.180).",
        "A suspended entry of judgment (AS 12.55.078) ends, after probation is completed, in the dismissal of the "
        "case: you are not convicted of a crime.",
    ),
)
