"""Florida: expunction for trafficking survivors, automatic sealing of cases that end in your favor,
and one-time sealing or expunction by petition.

Reviewed 2026-11-25 against Fla. Stat. §§ 943.0583 (human trafficking victim expunction), 943.0584
(records ineligible for court-ordered sealing or expunction), 943.0585 (court-ordered expunction),
943.059 (court-ordered sealing) and 943.0595 (automatic sealing), and chapter 796. Florida has no
relief by petition for a conviction where the judge adjudicated you guilty; our questions do not
ask whether adjudication was withheld, so sealing of a conviction is shown only as possible. The
exact day automatic sealing under § 943.0595 began could not be confirmed.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    custom,
    disposition_is,
    trafficking_nexus,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

FS_943_0583 = "Fla. Stat. § 943.0583(3)"
FS_775_084 = "Fla. Stat. § 775.084(1)(b)1."
FS_943_0584 = "Fla. Stat. § 943.0584(2)"
FS_943_0585 = "Fla. Stat. § 943.0585(1)"
FS_943_059 = "Fla. Stat. § 943.059(1)"
FS_943_0595 = "Fla. Stat. § 943.0595(2)(a)"

FDLE_TRAFFICKING = Source(
    "Florida Department of Law Enforcement: Human Trafficking Expungement",
    "https://www.fdle.state.fl.us/Seal-and-Expunge-Process/Human-Trafficking-Expungement.aspx",
)
FS_0583_TEXT = Source(
    "Fla. Stat. § 943.0583 (Florida Senate, 2013 text)", "https://www.flsenate.gov/laws/statutes/2013/943.0583"
)
FS_0584_TEXT = Source(
    "Fla. Stat. § 943.0584 (Online Sunshine)",
    "http://www.leg.state.fl.us/Statutes/Index.cfm/index.cfm?App_mode=Display_Statute&Search_String=&URL=0900-0999/0943/Sections/0943.0584.html",
)
FS_0585_TEXT = Source(
    "Fla. Stat. § 943.0585 (Online Sunshine, 2024)",
    "http://leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&Search_String=criminal+indigent+status&URL=0900-0999%2F0943%2FSections%2F0943.0585.html",
)
FS_0595_TEXT = Source(
    "Florida Senate: CS/CS/SB 376 (2023) amending § 943.0595",
    "https://flsenate.gov/Session/Bill/2023/376/BillText/c2/HTML",
)
PAPER_PRISONS = Source("Paper Prisons: Florida summary", "https://www.paperprisons.org/states/FL.html")

OFFENSES = (
    Offense(
        "fl-fs-796.07-2-e",
        "Prostitution (offering to commit or engaging in prostitution)",
        "Fla. Stat. § 796.07(2)(e)",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A first or second offense is a misdemeanor; a third or later is a felony.",
    ),
    Offense(
        "fl-fs-796.07-2-f",
        "Soliciting, inducing or enticing another to commit prostitution",
        "Fla. Stat. § 796.07(2)(f)",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A first or second offense is a misdemeanor; a third or later is a felony.",
    ),
    Offense(
        "fl-fs-796.07-2-a",
        "Keeping a place for prostitution, lewdness or assignation",
        "Fla. Stat. § 796.07(2)(a)",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense(
        "fl-fs-796.05",
        "Deriving support from the proceeds of prostitution",
        "Fla. Stat. § 796.05",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "fl-fs-480.047",
        "Practicing massage without a license",
        "Fla. Stat. § 480.047",
        Category.UNLICENSED_MASSAGE,
        Level.FELONY,
    ),
    Offense(
        "fl-fs-856.021", "Loitering or prowling", "Fla. Stat. § 856.021", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
    Offense("fl-fs-787.06", "Human trafficking", "Fla. Stat. § 787.06", Category.TRAFFICKING, Level.FELONY),
)

# Felonies we know are neither forcible felonies nor sex-offender offenses.
ORDINARY_FELONIES = frozenset(
    {"fl-fs-796.07-2-e", "fl-fs-796.07-2-f", "fl-fs-796.07-2-a", "fl-fs-796.05", "fl-fs-480.047"}
)


def _not_excluded_felony(context: ChargeContext) -> Finding:
    """Violent and sex-offender felonies are left out; other felonies and all lesser charges are not."""
    charge = context.charge
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION) or charge.offense in ORDINARY_FELONIES:
        return met(msg("The charge is not a violent or sex-offender felony."))
    if charge.level is Level.UNKNOWN:
        return unknown(
            msg("Some violent and sex-offender felonies are left out; the level of the charge is not known."),
            context.path(Fact.LEVEL),
        )
    return unknown(
        msg("Some violent and sex-offender felonies are left out; which law this felony was under is not known."),
        context.path(Fact.OFFENSE),
    )


def _never_adjudicated_guilty(context: ChargeContext) -> Finding:
    """Anyone ever adjudicated guilty in Florida cannot seal or expunge; a listed conviction may have been one."""
    others = [i for i, c in enumerate(context.facts.charges) if c.is_conviction and i != context.index]
    if not others:
        return met(msg("You listed no other conviction. A past conviction you did not list could still block this."))
    return unknown(
        msg(
            "This is not available if a judge ever found you guilty and adjudicated you guilty; for the other "
            "convictions you listed, that is not known."
        ),
        *(Fact.DISPOSITION.path(i) for i in others),
    )


def _adjudication_withheld(context: ChargeContext) -> Finding:
    """A conviction can be sealed only if the judge withheld adjudication of guilt."""
    if context.charge.disposition is not Disposition.CONVICTION:
        return met(msg("The case did not end in a conviction."))
    return unknown(
        msg("A conviction can be sealed only if the judge withheld adjudication of guilt; that is not known."),
        context.path(Fact.DISPOSITION),
    )


expunction_for_trafficking_victims = Remedy(
    id="fl-expunction-trafficking",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge records of offenses committed while you were trafficked",
    citations=(FS_943_0583,),
    sources=(FDLE_TRAFFICKING, FS_0583_TEXT),
    # Enacted 2013 (ch. 2013-98); later amendments added arrests and charges without conviction.
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=FS_943_0583,
        ),
        trafficking_nexus(cite=FS_943_0583),
        custom(
            "not a listed violent felony",
            requirement="The offense is not one of the violent felonies the law leaves out.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_not_excluded_felony,
            cite=FS_775_084,
        ),
    ),
    effect="The court orders the records expunged, and a conviction is treated as vacated because of a "
    "defect in the case. You may deny the arrest in most settings.",
    limits=(
        "You must file with due diligence once you are out of the trafficking situation or have sought "
        "services, allowing for your safety.",
        "It does not count as your one-time sealing or expunction, and other convictions do not block it.",
    ),
    next_steps=(
        "File a petition with a sworn statement in a court of the circuit where you were arrested; no "
        "certificate from FDLE is needed and the clerk may not charge a filing fee.",
        "Official papers showing you were trafficked help; without them the court needs clear and convincing proof.",
    ),
    legal_defect=True,
    filing="A court in the judicial circuit where you were arrested.",
)

automatic_sealing = Remedy(
    id="fl-automatic-sealing",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing when charges are dropped or you are found not guilty",
    citations=(FS_943_0595,),
    sources=(FS_0595_TEXT,),
    # Created by the 2019 reform; we use the latest start date we saw reported (year known only).
    effective=date(2021, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        # Dismissals after diversion or for incompetency are not covered; only plain dismissals are.
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=FS_943_0595),
        custom(
            "not a forcible or sex-offender felony",
            requirement="The charge was not a forcible felony or a sex-offender offense.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_not_excluded_felony,
            cite=FS_943_0595,
        ),
    ),
    effect="The state sealed the record without a petition. It does not count against your one-time "
    "sealing or expunction.",
    limits=("The arrest may still show on a sheriff's or clerk's website; expunction by petition removes more.",),
    next_steps=("Nothing to file. You can ask FDLE for your record to check that it was sealed.",),
    discretionary=False,
)

expunction_by_petition = Remedy(
    id="fl-expunction-943-0585",
    kind=RemedyKind.EXPUNGEMENT,
    title="One-time expunction of a case that did not end in conviction",
    citations=(FS_943_0585,),
    sources=(FS_0585_TEXT, PAPER_PRISONS),
    effective=date(2019, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=FS_943_0585),
        custom(
            "never adjudicated guilty",
            requirement="You were never adjudicated guilty of a crime in Florida.",
            reads=(Fact.DISPOSITION,),
            rule=_never_adjudicated_guilty,
            cite=FS_943_0585,
        ),
    ),
    effect="The court orders the records destroyed, and you may deny the arrest in most settings.",
    limits=(
        "You can seal or expunge only one case in your life this way, and not if you already sealed or "
        "expunged another.",
        "Some jobs (police, schools, health care) can still learn of it.",
    ),
    next_steps=(
        "Apply to FDLE for a certificate of eligibility (fee $75) with your fingerprints and the certified "
        "disposition of the case.",
        "Then file the petition, the certificate and a sworn statement in the court where the case was.",
    ),
    filing="The circuit or county court where the case was filed.",
)

sealing_by_petition = Remedy(
    id="fl-sealing-943-059",
    kind=RemedyKind.SEALING,
    title="One-time sealing when adjudication was withheld or the case ended in your favor",
    citations=(FS_943_059,),
    sources=(FS_0584_TEXT, PAPER_PRISONS),
    effective=date(2019, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            cite=FS_943_059,
        ),
        custom(
            "adjudication withheld",
            requirement="If you pleaded guilty or were found guilty, the judge withheld adjudication.",
            reads=(Fact.DISPOSITION,),
            rule=_adjudication_withheld,
            cite=FS_943_059,
        ),
        custom(
            "not on the ineligible list",
            requirement="The offense is not one of the violent or sexual offenses that can never be sealed.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_not_excluded_felony,
            cite=FS_943_0584,
        ),
        custom(
            "never adjudicated guilty",
            requirement="You were never adjudicated guilty of a crime in Florida.",
            reads=(Fact.DISPOSITION,),
            rule=_never_adjudicated_guilty,
            cite=FS_943_059,
        ),
    ),
    effect="The court seals the records: the public and most employers cannot see them, and you may deny "
    "the arrest in most settings. After ten years sealed, some records can be expunged.",
    limits=(
        "Only one case can be sealed or expunged in your life.",
        "A conviction where you were adjudicated guilty cannot be sealed.",
    ),
    next_steps=(
        "Finish every part of the sentence, then apply to FDLE for a certificate of eligibility (fee $75).",
        "File the petition, the certificate and a sworn statement in the court where the case was.",
    ),
    filing="The circuit or county court where the case was filed.",
)

JURISDICTION = Jurisdiction(
    code="FL",
    name="Florida",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(expunction_for_trafficking_victims, automatic_sealing, expunction_by_petition, sealing_by_petition),
    legal_help=(
        LegalHelp("Florida Legal Services", "https://www.floridalegal.org", "Free civil legal help statewide"),
        LegalHelp("Community Legal Services of Mid-Florida", "https://clsmf.org", ""),
        LegalHelp(
            "Coast to Coast Legal Aid of South Florida (RIGHTS Project for trafficking survivors)",
            "https://www.coasttocoastlegalaid.org",
            "",
        ),
    ),
    where_to_file="The court in the county or circuit where you were arrested; FDLE issues the certificate "
    "of eligibility first for ordinary sealing and expunction.",
)
