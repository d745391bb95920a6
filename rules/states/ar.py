"""Arkansas: sealing under the Comprehensive Criminal Record Sealing Act of 2013, including sealing
of prostitution convictions of trafficking survivors, and sealing after a governor's pardon.

Reviewed 2026-11-25 against: Ark. Code Ann. §§ 16-90-1404, -1405, -1409, -1410, -1411, -1412 and
-1419 (annotated copies of the current text), the 2015 text of § 16-90-1412 on Justia, and Ark. Code
Ann. §§ 5-70-102 to 5-70-106. The current § 16-90-1412 also reaches any conviction of a person who
was under 18 at the time. Not verified: the felony-sealing rules of § 16-90-1406 (not encoded; a
felony is screened only against the pardon path) and the exact classes of the promoting offenses.

Reviewed 2026-12-06 against copies of Ark. Code Ann. §§ 16-90-1404, -1405, -1408 and -1412 (current
text with the minor clause) and the 2020 Code's §§ 16-90-1406, -1409 to -1411: added sealing of
felony convictions after the sentence (§ 16-90-1406(a)), left open where § 16-90-1408's exclusions
cannot be checked; an arrest with no charges now waits a year from the arrest (§ 16-90-1409(a)).

Reviewed 2026-12-06 for the shared vocabulary: all four customs stay (an either-or condition, a wait
by offense, a mixed exclusion list, a dismissal that may be a nolle prosequi). Corrected: the
non-conviction wait now declares the arrest date it reads for an arrest with no charges, so the
questionnaire asks for it.

Reviewed 2026-12-07 against § 16-90-1411 (InstaLawyer copy of the current text) for the one condition below
statute text: the statute seals a pardoned conviction on the Governor's notice and has no completed-sentence
term (that condition is the Parole Board's practice for pardon applications, and stays at secondary source);
it excludes pardons for an offense against a victim under 18, a sex offense, or an offense resulting in death
or serious physical injury, now stated as a limit. No rule changed. Legal help: the Center for Arkansas Legal
Services now links to its Clean Slate Re-entry Program page; Legal Aid of Arkansas's own site was not seen in a
source, so its clinics are reached through the Arkansas Access to Justice Commission page that announces them.

Pardon, 2026-12-07: no statute makes a finished sentence a condition of applying for a pardon, and the sources
on the Parole Board's practice disagree, so a sentence still running (or of unknown end) leaves the pardon route
open with a question instead of a date to wait for.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    AgeAtOffenseUnder,
    ChargeContext,
    OffenseIn,
    WaitingPeriod,
    convicted,
    custom,
    disposition_is,
    level_is,
    sentence_completed,
    trafficking_nexus,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, Truth, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

ACA_16_90_1405 = "Ark. Code Ann. § 16-90-1405(a)"
ACA_16_90_1405_B = "Ark. Code Ann. § 16-90-1405(b)(1)"
ACA_16_90_1406 = "Ark. Code Ann. § 16-90-1406(a)"
ACA_16_90_1408 = "Ark. Code Ann. § 16-90-1408(a)"
ACA_16_90_1409 = "Ark. Code Ann. § 16-90-1409"
ACA_16_90_1410 = "Ark. Code Ann. § 16-90-1410"
ACA_16_90_1411 = "Ark. Code Ann. § 16-90-1411"
ACA_16_90_1412 = "Ark. Code Ann. § 16-90-1412(b)"

# The subchapter took effect on 1 January 2014 (§ 16-90-1403).
SEALING_ACT = date(2014, 1, 1)

SOURCE_1412 = Source(
    "Ark. Code Ann. § 16-90-1412, sealing certain convictions for victims of human trafficking",
    "https://policyrisk.com/states/arkansas/statutes/16-90-1412",
)
SOURCE_1412_2015 = Source(
    "Justia: 2015 Arkansas Code § 16-90-1412",
    "http://law.justia.com/codes/arkansas/2015/title-16/subtitle-6/chapter-90/subchapter-14/section-16-90-1412/",
)
SOURCE_1405 = Source(
    "Ark. Code Ann. § 16-90-1405, sealing a misdemeanor or violation",
    "https://policyrisk.com/states/arkansas/statutes/16-90-1405",
)
SOURCE_1410 = Source(
    "Ark. Code Ann. § 16-90-1410, sealing nolle prosequi, dismissed and acquitted cases",
    "https://instalawyer.io/laws/arkansas-code/16-90-1410-sealing-records-of",
)
SOURCE_1408 = Source(
    "Ark. Code Ann. § 16-90-1408, felony convictions ineligible for sealing (instalawyer.io copy)",
    "https://instalawyer.io/laws/arkansas-code/16-90-1408-felony-convictions-ineligible",
)
SOURCE_SUBCHAPTER = Source(
    "Arkansas Code, Comprehensive Criminal Record Sealing Act (§§ 16-90-1401 to -1419)",
    "https://law.uslawyerdatabase.com/category/us-law/2020-arkansas-code/title-16-practice-procedure-and-courts/subtitle-6-criminal-procedure-generally/chapter-90-judgment-and-sentence-generally/page/2",
)

OFFENSES = (
    Offense("ar-aca-5-70-102", "Prostitution", "Ark. Code Ann. § 5-70-102", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "ar-aca-5-70-103", "Sexual solicitation", "Ark. Code Ann. § 5-70-103", Category.SOLICITATION, Level.MISDEMEANOR
    ),
    Offense(
        "ar-aca-5-70-104",
        "Promoting prostitution in the first degree",
        "Ark. Code Ann. § 5-70-104",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ar-aca-5-70-105",
        "Promoting prostitution in the second degree",
        "Ark. Code Ann. § 5-70-105",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense(
        "ar-aca-5-70-106",
        "Promoting prostitution in the third degree",
        "Ark. Code Ann. § 5-70-106",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense("ar-aca-5-71-213", "Loitering", "Ark. Code Ann. § 5-71-213", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense(
        "ar-aca-5-71-207",
        "Disorderly conduct",
        "Ark. Code Ann. § 5-71-207",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense("ar-aca-5-14-112", "Indecent exposure", "Ark. Code Ann. § 5-14-112", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense(
        "ar-aca-5-14-111", "Public sexual indecency", "Ark. Code Ann. § 5-14-111", Category.LEWDNESS, Level.MISDEMEANOR
    ),
    Offense(
        "ar-aca-5-18-103", "Trafficking of persons", "Ark. Code Ann. § 5-18-103", Category.TRAFFICKING, Level.FELONY
    ),
)

_PROSTITUTION = OffenseIn(cite=ACA_16_90_1412, offense_ids=frozenset({"ar-aca-5-70-102"}))
_MINOR = AgeAtOffenseUnder(cite=ACA_16_90_1412, years=18)


def _prostitution_or_minor(context: ChargeContext) -> Finding:
    """An adult may seal only a prostitution conviction; a person under 18 at the time, any conviction."""
    findings = [_PROSTITUTION.evaluate(context), _MINOR.evaluate(context)]
    for finding in findings:
        if finding.truth is Truth.MET:
            return finding
    if all(f.truth is Truth.NOT_MET for f in findings):
        return not_met(msg("For an adult, this covers only a conviction for prostitution (§ 5-70-102)."))
    return unknown(
        msg("This covers a prostitution conviction, or any conviction if you were under 18 at the time."),
        *(q for f in findings for q in f.open_questions),
    )


# Trafficking of persons is a Class Y or A felony (§ 5-18-103), excluded by § 16-90-1408(a)(1).
NOT_SEALABLE_FELONIES = frozenset({"ar-aca-5-18-103"})
SEX_TRADE = frozenset({Category.PROSTITUTION, Category.SOLICITATION, Category.PROMOTING, Category.LEWDNESS})

# Indecent exposure and public sexual indecency wait five years after the sentence (§ 16-90-1405(b)(1)).
_FIVE_YEAR_OFFENSES = OffenseIn(cite=ACA_16_90_1405_B, offense_ids=frozenset({"ar-aca-5-14-112", "ar-aca-5-14-111"}))
_FIVE_YEARS = WaitingPeriod(cite=ACA_16_90_1405_B, since=Event.SENTENCE_COMPLETED, years=5)


def _five_year_offenses(context: ChargeContext) -> Finding:
    listed = _FIVE_YEAR_OFFENSES.evaluate(context)
    if listed.truth is Truth.MET:
        return _FIVE_YEARS.evaluate(context)
    if listed.truth is Truth.NOT_MET:
        return met(msg("This is not one of the offenses with a five-year wait."))
    return unknown(
        msg("Indecent exposure and public sexual indecency wait five years; which law applied is not known."),
        *listed.open_questions,
    )


def _non_conviction_wait(context: ChargeContext) -> Finding:
    """An acquittal or a dismissal order can be sealed at once; a nolle prosequi one year after its
    entry (§ 16-90-1410(a)(1)); an arrest with no charges once a year has passed since the ARREST with
    no charges filed (§ 16-90-1409(a)). A "dismissal" answer cannot tell a nolle prosequi from a
    dismissal order, so it is open until a year has passed: a custom condition for that reason."""
    charge = context.charge
    if charge.disposition in (Disposition.ACQUITTAL, Disposition.DIVERSION_COMPLETED):
        return met(msg("An acquittal or a dismissal order can be sealed right away."))
    if charge.disposition is Disposition.NO_CHARGES:
        arrested = charge.offense_date
        if arrested is None:
            return unknown(
                msg("An arrest with no charges can be sealed a year after the arrest; the arrest date is not known."),
                context.path(Fact.OFFENSE_DATE),
            )
        ends = add_period(arrested, years=1)
        if ends <= context.facts.as_of:
            return met(msg("A year has passed since the arrest ({ends}).", ends=ends), on=ends)
        return later(msg("An arrest with no charges can be sealed from {ends}.", ends=ends), on=ends)
    ended = charge.disposition_date
    if ended is None:
        return unknown(
            msg("A nolle prosequi waits a year; the date it was entered is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    ends = add_period(ended, years=1)
    if ends <= context.facts.as_of:
        return met(msg("More than a year has passed since the case ended ({ends}).", ends=ends), on=ends)
    return unknown(
        msg(
            "A dismissal order can be sealed now, but a nolle prosequi must wait until {ends}. Which one this "
            "was is not known.",
            ends=ends,
        ),
        context.path(Fact.DISPOSITION),
    )


def _not_an_excluded_felony(context: ChargeContext) -> Finding:
    """§ 16-90-1408 leaves out Class Y, A and B felonies, felony sex offenses, felonies involving
    violence and any felony for which part of the sentence was served in the Division of Correction.
    A Class C or D felony of the street-economy kind (drug possession, theft, trespass) is taken as
    outside the sex and violence exclusions; sex-trade offenses stay open, since whether they count
    as sex offenses was not confirmed. Prison time is not asked: the limits say so. A custom
    condition because the list mixes offense classes, offense kinds and sentence facts."""
    charge = context.charge
    if charge.offense in NOT_SEALABLE_FELONIES or charge.grade in (Grade.FELONY_CLASS_A, Grade.FELONY_CLASS_B):
        return not_met(msg("This felony is of a class or kind that cannot be sealed."))
    low_class = charge.grade in (Grade.FELONY_CLASS_C, Grade.FELONY_CLASS_D)
    if low_class and charge.category is Category.QUALITY_OF_LIFE:
        return met(msg("A Class C or D felony of this kind is not on the list of felonies that cannot be sealed."))
    return unknown(
        msg(
            "Class Y, A and B felonies, felony sex offenses, violent felonies and felonies for which you served "
            "time in a state prison cannot be sealed; whether this one is excluded is not known."
        ),
        context.path(Fact.GRADE if charge.grade is None and charge.category not in SEX_TRADE else Fact.OFFENSE),
    )


sealing_for_trafficking_survivors = Remedy(
    id="ar-sealing-trafficking",
    kind=RemedyKind.SEALING,
    title="Seal a prostitution conviction that resulted from human trafficking",
    citations=(ACA_16_90_1412,),
    sources=(SOURCE_1412, SOURCE_1412_2015),
    effective=SEALING_ACT,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=ACA_16_90_1412),
        trafficking_nexus(cite=ACA_16_90_1412),
        # Custom: an either-or of an offense list and an age limit; the vocabulary's conditions all must hold.
        custom(
            "prostitution, or any offense as a minor",
            requirement="The conviction was for prostitution, or you were under 18 at the time.",
            reads=(Fact.OFFENSE, Fact.BIRTH_DATE, Fact.OFFENSE_DATE),
            rule=_prostitution_or_minor,
            cite=ACA_16_90_1412,
        ),
    ),
    effect="The court seals the conviction and removes your name from the arrest, charge, court and probation "
    "records of the offense.",
    limits=(
        "You must show, more likely than not, that the conviction came about because you were a trafficking "
        "victim. An official paper saying you were a victim creates a presumption, but it is not required.",
        "This is sealing, not a vacatur: the conviction is hidden, not ruled invalid.",
    ),
    next_steps=(
        "File the uniform petition to seal in the court where you were convicted. You can file at any time, "
        "and there is no filing fee.",
        "Attach any evidence that you were trafficked at the time, such as records from a trafficker's case or "
        "a letter from a victim service provider.",
    ),
    filing="The circuit or district court where you were convicted.",
)

sealing_of_misdemeanors = Remedy(
    id="ar-sealing-misdemeanor",
    kind=RemedyKind.SEALING,
    title="Seal a misdemeanor or violation conviction once the sentence is done",
    citations=(ACA_16_90_1405, ACA_16_90_1405_B),
    sources=(SOURCE_1405, SOURCE_SUBCHAPTER),
    effective=SEALING_ACT,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=ACA_16_90_1405),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=ACA_16_90_1405),
        # Sentence served, restitution and court costs paid, license fees paid.
        sentence_completed(cite=ACA_16_90_1405),
        # Custom: the wait's length follows the offense named, not its grade or level.
        custom(
            "five-year wait for some offenses",
            requirement="For indecent exposure or public sexual indecency, five years have passed since the "
            "sentence ended.",
            reads=(Fact.OFFENSE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_five_year_offenses,
            cite=ACA_16_90_1405_B,
        ),
    ),
    effect="The record is sealed. Your rights are restored and you may act as if the conviction never "
    "happened, with some exceptions for law enforcement and licensing.",
    limits=("If a petition is denied, you must wait 90 days before filing again.",),
    next_steps=(
        "File the uniform petition to seal in the court where you were convicted; there is no filing fee.",
        "Send a copy to the prosecutor and the arresting agency, who may object within 30 days.",
    ),
    filing="The district or circuit court where you were convicted.",
)

sealing_of_felonies = Remedy(
    id="ar-sealing-felony",
    kind=RemedyKind.SEALING,
    title="Seal a felony conviction once the sentence is done",
    citations=(ACA_16_90_1406, ACA_16_90_1408),
    sources=(SOURCE_1408, SOURCE_SUBCHAPTER),
    effective=SEALING_ACT,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=ACA_16_90_1406),
        level_is(Level.FELONY, cite=ACA_16_90_1406),
        # Custom: § 16-90-1408 mixes felony classes, offense kinds and prison time, not all checkable.
        custom(
            "not an excluded felony",
            requirement="The felony is not a Class Y, A or B felony, a sex offense or a violent felony, and you "
            "did not serve any of the sentence in a state prison.",
            reads=(Fact.OFFENSE, Fact.GRADE),
            rule=_not_an_excluded_felony,
            cite=ACA_16_90_1408,
        ),
        # § 16-90-1406(a): "immediately after the completion of the person's sentence".
        sentence_completed(cite=ACA_16_90_1406),
    ),
    effect="The record is sealed. Your rights are restored and you may act as if the conviction never "
    "happened, except in some legal and licensing settings.",
    limits=(
        "If you served any part of the sentence in a state prison (Division of Correction), this is not available.",
        "A violent Class C or D felony waits five years after the sentence, with at most one earlier felony.",
        "Whether promoting prostitution counts as a sex offense for this law was not confirmed; ask a lawyer.",
    ),
    next_steps=(
        "File the uniform petition to seal in the circuit court where you were convicted; there is no filing fee.",
        "The prosecutor may object; the judge decides.",
    ),
    filing="The circuit court where you were convicted.",
)

sealing_without_conviction = Remedy(
    id="ar-sealing-non-conviction",
    kind=RemedyKind.SEALING,
    title="Seal a case that was dismissed, nolle prossed, acquitted or never charged",
    citations=(ACA_16_90_1410, ACA_16_90_1409),
    sources=(SOURCE_1410, SOURCE_SUBCHAPTER),
    effective=SEALING_ACT,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=ACA_16_90_1410,
        ),
        # Custom: a "dismissal" may be a nolle prosequi (a year) or a dismissal order (none); the screening cannot tell.
        custom(
            "wait after a nolle prosequi or an uncharged arrest",
            requirement="A year has passed after a nolle prosequi or an arrest with no charges.",
            reads=(Fact.DISPOSITION, Fact.DISPOSITION_DATE, Fact.OFFENSE_DATE),
            rule=_non_conviction_wait,
            cite=ACA_16_90_1410,
        ),
    ),
    effect="The records of the arrest and case are sealed, and you may say the arrest never happened.",
    limits=("An acquittal by reason of mental disease or defect cannot be sealed this way.",),
    next_steps=(
        "File the uniform petition to seal in the court that dismissed the case (or, with no charges, the court "
        "in the county of arrest). There is no filing fee.",
    ),
    filing="The court that entered the dismissal, or the court in the county of arrest.",
)


def _sentence_finished_or_board_decides(context: ChargeContext) -> Finding:
    """A finished sentence clears the way; otherwise whether the Board takes the application is not settled."""
    finished = context.charge.sentence_completed_date
    if finished is not None and finished <= context.facts.as_of:
        return met(msg("Your sentence is finished, so the Parole Board takes a pardon application."))
    return unknown(
        msg(
            "Sources disagree on whether the Parole Board takes a pardon application before the sentence is "
            "finished. Ask the Board, or a lawyer, before you apply."
        ),
        context.path(Fact.SENTENCE_COMPLETED_DATE),
    )


sealing_after_pardon = Remedy(
    id="ar-pardon-sealing",
    kind=RemedyKind.PARDON,
    title="Pardon from the governor, followed by sealing",
    citations=(ACA_16_90_1411,),
    sources=(SOURCE_SUBCHAPTER,),
    effective=SEALING_ACT,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=ACA_16_90_1411),
        # Custom: no statute makes a finished sentence a condition of applying, and the sources on the Parole
        # Board's practice disagree, so an unfinished or unknown sentence leaves this open rather than shut.
        custom(
            "wait",
            requirement="Your sentence is finished, or the Parole Board takes your application before it is.",
            reads=(Fact.SENTENCE_COMPLETED_DATE,),
            rule=_sentence_finished_or_board_decides,
            cite=ACA_16_90_1411,
        ),
    ),
    effect="When the governor pardons you, the court is told and seals the conviction.",
    limits=(
        "Pardons are fully up to the governor and can take a long time.",
        "The court does not seal a pardoned conviction for an offense against a child, a sex offense, or an "
        "offense that caused death or serious physical injury.",
    ),
    next_steps=(
        "Apply for a pardon through the Arkansas Parole Board, which advises the governor.",
        "If you are pardoned and the record is not sealed, ask the court that convicted you to seal it.",
    ),
    filing="The Arkansas Parole Board (for the governor).",
)

JURISDICTION = Jurisdiction(
    code="AR",
    name="Arkansas",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        sealing_for_trafficking_survivors,
        sealing_of_misdemeanors,
        sealing_of_felonies,
        sealing_without_conviction,
        sealing_after_pardon,
    ),
    legal_help=(
        LegalHelp(
            "Center for Arkansas Legal Services (Clean Slate Re-entry Program)",
            "https://arkansaslegal.org/clean-slate-program",
            "Free record sealing clinics in central and southern Arkansas",
        ),
        LegalHelp(
            "Arkansas Access to Justice Commission",
            "https://arkansasjustice.org",
            "Free record sealing clinics with Legal Aid of Arkansas and volunteer lawyers",
        ),
    ),
    where_to_file="The district or circuit court where the case was heard.",
)
