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

Reviewed 2026-12-07 (statute audit): read §§ 16-90-1404 to -1412 (InstaLawyer copies of the current text; PolicyRisk
for the current § 16-90-1412 with the minor clause; casetext's § 16-90-1412, current with the 2024 sessions, which
still has the prostitution-only text, so the minor clause is later than 2024 and its act was not found), § 16-90-1406
in full (GetPocketLaw copy), § 16-93-303 (InstaLawyer) and §§ 5-70-102, 5-70-103 (PolicyRisk). What changed:
- Arrest with no charges: § 16-90-1410(a)(4) also lets a person seal a case in which there was "A decision by the
  prosecuting attorney not to file charges", with no wait. A given date of that decision now meets the condition at
  once; without it, an arrest less than a year old is open (the one-year wait of § 16-90-1409(a) applies only where
  no such decision was made). It was shown as a wait.
- Felony sealing: § 16-90-1406(c)(1)(A) "The petitioner can have no more than one (1) previous felony conviction"
  is now screened; it sits in its own subsection and reads on the whole section (the Clean Slate Clearinghouse
  summary puts it with the violent Class C or D felonies of (b) only; the statute text is followed). Felonies of
  one criminal episode count once ((c)(1)(B)), so two earlier felonies of the same date stay open.
- Felony sealing: a Class Y, A or B felony (or trafficking of persons) was always shut out; § 16-90-1406(a)(5)
  lets a person seal "A felony not involving violence committed while the person was less than eighteen (18) years
  of age", and § 16-90-1408(a)(1) excludes those classes only "except as provided in § 16-90-1406". Such a felony
  of an adult stays excluded; one committed under 18 is open (violence and sex-offense exclusions not known).
- Sexual solicitation (§ 5-70-103) is "Class D felony for a second or subsequent offense", so its level is no longer
  taken to be a misdemeanor; the level is asked.
- Completed first-offender probation: § 16-93-303(a)(1)(B) says public sexual indecency and indecent exposure are
  "not eligible for sealing of the record under this subchapter"; for those two offenses a completed diversion is
  open rather than sealable (a petition on the dismissal under § 16-90-1410(a)(2) may still lie; not settled).
- The trafficking-survivor route is marked mandatory: the court "shall grant" the petition on the findings
  (§ 16-90-1412(c)). The pardon itself stays the governor's choice.
Still open: whether promoting prostitution is a "felony sex offense" (§ 16-90-1408(a)(4)) or a "sex offense" for
the pardon route; which felonies are "involving violence" under § 5-4-501(d)(2) (list not read); prison time under
§ 16-90-1408(a)(6) is not asked; the act that added the minor clause to § 16-90-1412.
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
from rules.logic import Finding, Truth, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

ACA_16_90_1405 = "Ark. Code Ann. § 16-90-1405(a)"
ACA_16_90_1405_B = "Ark. Code Ann. § 16-90-1405(b)(1)"
ACA_16_90_1406 = "Ark. Code Ann. § 16-90-1406(a)"
ACA_16_90_1406_A5 = "Ark. Code Ann. § 16-90-1406(a)(5)"
ACA_16_90_1406_C = "Ark. Code Ann. § 16-90-1406(c)"
ACA_16_93_303 = "Ark. Code Ann. § 16-93-303(a)(1)(B)"
ACA_16_90_1408 = "Ark. Code Ann. § 16-90-1408(a)"
ACA_16_90_1409 = "Ark. Code Ann. § 16-90-1409"
ACA_16_90_1410 = "Ark. Code Ann. § 16-90-1410"
ACA_16_90_1410_A4 = "Ark. Code Ann. § 16-90-1410(a)(4)"
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
SOURCE_1406 = Source(
    "Ark. Code Ann. § 16-90-1406, felony convictions eligible for sealing (GetPocketLaw copy)",
    "https://getpocketlaw.com/law/state_arkansas/section-16-90-1406-felony-convictions-eligible-for-sealing_13379fce24b8",
)
SOURCE_16_93_303 = Source(
    "Ark. Code Ann. § 16-93-303, probation of first offenders (instalawyer.io copy)",
    "https://instalawyer.io/laws/arkansas-code/16-93-303-probation-first",
)
SOURCE_SUBCHAPTER = Source(
    "Arkansas Code, Comprehensive Criminal Record Sealing Act (§§ 16-90-1401 to -1419)",
    "https://law.uslawyerdatabase.com/category/us-law/2020-arkansas-code/title-16-practice-procedure-and-courts/subtitle-6-criminal-procedure-generally/chapter-90-judgment-and-sentence-generally/page/2",
)

OFFENSES = (
    Offense("ar-aca-5-70-102", "Prostitution", "Ark. Code Ann. § 5-70-102", Category.PROSTITUTION, Level.MISDEMEANOR),
    # A Class A misdemeanor for a first offense, a Class D felony for a second or later one (§ 5-70-103(b)).
    Offense(
        "ar-aca-5-70-103", "Sexual solicitation", "Ark. Code Ann. § 5-70-103", Category.SOLICITATION, Level.UNKNOWN
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
    entry (§ 16-90-1410(a)(1)). An arrest with no charges can be sealed at once where the prosecutor
    decided not to file charges (§ 16-90-1410(a)(4)), and otherwise once a year has passed since the
    ARREST with no charges filed (§ 16-90-1409(a)). A "dismissal" answer cannot tell a nolle prosequi
    from a dismissal order, so it is open until a year has passed; an arrest with no decision date given
    is open the same way. A custom condition for these either-or routes."""
    charge = context.charge
    if charge.disposition in (Disposition.ACQUITTAL, Disposition.DIVERSION_COMPLETED):
        return met(msg("An acquittal or a dismissal order can be sealed right away."))
    if charge.disposition is Disposition.NO_CHARGES:
        if charge.declined_date is not None and charge.declined_date <= context.facts.as_of:
            return met(msg("The prosecutor decided not to file charges, so this can be sealed right away."))
        arrested = charge.offense_date
        if arrested is None:
            return unknown(
                msg(
                    "An arrest can be sealed right away if the prosecutor decided not to file charges, or else a "
                    "year after the arrest; neither date is known."
                ),
                context.path(Fact.DECLINED_DATE),
                context.path(Fact.OFFENSE_DATE),
            )
        ends = add_period(arrested, years=1)
        if ends <= context.facts.as_of:
            return met(msg("A year has passed since the arrest ({ends}).", ends=ends), on=ends)
        return unknown(
            msg(
                "If the prosecutor decided not to file charges, this can be sealed now; if not, from {ends}, a "
                "year after the arrest. Whether the prosecutor decided is not known.",
                ends=ends,
            ),
            context.path(Fact.DECLINED_DATE),
        )
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


# § 16-93-303(a)(1)(B): after first-offender probation, these are "not eligible for sealing of the record".
_FIRST_OFFENDER_EXCLUDED = OffenseIn(cite=ACA_16_93_303, offense_ids=frozenset({"ar-aca-5-14-112", "ar-aca-5-14-111"}))


def _first_offender_exclusions(context: ChargeContext) -> Finding:
    """A case dismissed after first-offender probation (§ 16-93-303) cannot be sealed under that subchapter for
    indecent exposure or public sexual indecency. Whether a petition on the dismissal order itself
    (§ 16-90-1410(a)(2)) still lies is not settled, so such a case is open, not shut. A program that was not a plea
    (pretrial diversion) is not first-offender probation. Custom: the bar reads the offense and the kind of program."""
    charge = context.charge
    if charge.disposition is not Disposition.DIVERSION_COMPLETED:
        return met(msg("The first-offender exclusions apply only after first-offender probation."))
    listed = _FIRST_OFFENDER_EXCLUDED.evaluate(context)
    if listed.truth is Truth.NOT_MET or charge.diversion_kind is DiversionKind.PRETRIAL:
        return met(msg("This is not an offense the first-offender law leaves out of sealing."))
    questions = [*listed.open_questions]
    if charge.diversion_kind is DiversionKind.UNSURE:
        questions.append(context.path(Fact.DIVERSION_KIND))
    return unknown(
        msg(
            "After first-offender probation, the law says indecent exposure and public sexual indecency cannot be "
            "sealed under that law; whether the dismissal can still be sealed by petition is not settled."
        ),
        *questions,
    )


_MINOR_AT_OFFENSE = AgeAtOffenseUnder(cite=ACA_16_90_1406_A5, years=18)


def _not_an_excluded_felony(context: ChargeContext) -> Finding:
    """§ 16-90-1408 leaves out Class Y, A and B felonies (except as § 16-90-1406 provides), felony sex
    offenses, felonies involving violence and any felony for which part of the sentence was served in the
    Division of Correction. § 16-90-1406(a)(5) lets a felony not involving violence committed under 18 be
    sealed whatever its class, so a high-class felony is shut only for an adult. A Class C or D felony of
    the street-economy kind (drug possession, theft, trespass) is taken as outside the sex and violence
    exclusions; sex-trade offenses stay open, since whether they count as sex offenses was not confirmed.
    Prison time is not asked: the limits say so. A custom condition because the list mixes offense classes,
    offense kinds, age and sentence facts."""
    charge = context.charge
    if charge.offense in NOT_SEALABLE_FELONIES or charge.grade in (Grade.FELONY_CLASS_A, Grade.FELONY_CLASS_B):
        minor = _MINOR_AT_OFFENSE.evaluate(context)
        if minor.truth is Truth.NOT_MET:
            return not_met(msg("This felony is of a class or kind that cannot be sealed."))
        if minor.truth is Truth.MET:
            return unknown(
                msg(
                    "A felony committed before 18 can be sealed whatever its class if it did not involve violence "
                    "and is not a sex offense; whether that is so here is not known."
                ),
                context.path(Fact.OFFENSE),
            )
        return unknown(
            msg(
                "A Class Y, A or B felony cannot be sealed unless it was committed before 18 without violence; "
                "your age at the time is not known."
            ),
            *minor.open_questions,
        )
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


def _at_most_one_previous_felony(context: ChargeContext) -> Finding:
    """§ 16-90-1406(c): "no more than one (1) previous felony conviction", felonies of one criminal episode
    counting once and sealed ones counting too. Previous means dated before this conviction. Two or more earlier
    felonies on one date may be one episode, so they leave the answer open. Custom: the shared conviction limits
    count every conviction on the record, later ones included."""
    own = context.charge.disposition_date
    others = context.convictions.besides(context.index)
    felonies = [p for p in others if p.level is Level.FELONY]
    unsure_level = [p for p in others if p.level is Level.UNKNOWN]
    if own is None:
        if len(felonies) + len(unsure_level) <= 1:
            return met(msg("You listed no more than one other felony conviction."))
        return unknown(
            msg("This allows at most one felony conviction before this one; the date of this one is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    previous = [p for p in felonies if p.day is not None and p.day < own]
    undated = [p for p in felonies if p.day is None]
    maybe = [p for p in unsure_level if p.day is None or p.day < own]
    if len({p.day for p in previous}) > 1:
        return not_met(
            msg("This allows at most one felony conviction before this one; you listed {count}.", count=len(previous))
        )
    if len(previous) + len(undated) + len(maybe) <= 1:
        return met(
            msg("You listed no more than one felony conviction before this one. Convictions not listed count too.")
        )
    return unknown(
        msg(
            "This allows at most one felony conviction before this one (felonies from one criminal episode count "
            "once); whether you have more is not known."
        ),
        *(p.path("date") for p in undated),
        *(p.path("level") for p in maybe),
        *(p.path("date") for p in previous),
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
    # § 16-90-1412(c): "The court shall grant the uniform petition" on the findings.
    discretionary=False,
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
    citations=(ACA_16_90_1406, ACA_16_90_1406_C, ACA_16_90_1408),
    sources=(SOURCE_1406, SOURCE_1408, SOURCE_SUBCHAPTER),
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
            reads=(Fact.OFFENSE, Fact.GRADE, Fact.BIRTH_DATE, Fact.OFFENSE_DATE),
            rule=_not_an_excluded_felony,
            cite=ACA_16_90_1408,
        ),
        # § 16-90-1406(a): "immediately after the completion of the person's sentence".
        sentence_completed(cite=ACA_16_90_1406),
        # Custom: "previous" felonies only (dated before this one), with one criminal episode counting once.
        custom(
            "at most one previous felony",
            requirement="You have no more than one felony conviction from before this one.",
            reads=(Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_at_most_one_previous_felony,
            cite=ACA_16_90_1406_C,
        ),
    ),
    effect="The record is sealed. Your rights are restored and you may act as if the conviction never "
    "happened, except in some legal and licensing settings.",
    limits=(
        "If you served any part of the sentence in a state prison (Division of Correction), this is not available.",
        "A violent Class C or D felony waits five years after the sentence.",
        "Felonies from one criminal episode count as one earlier felony; a felony that was sealed still counts.",
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
    citations=(ACA_16_90_1410, ACA_16_90_1410_A4, ACA_16_90_1409, ACA_16_93_303),
    sources=(SOURCE_1410, SOURCE_16_93_303, SOURCE_SUBCHAPTER),
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
            reads=(Fact.DISPOSITION, Fact.DISPOSITION_DATE, Fact.OFFENSE_DATE, Fact.DECLINED_DATE),
            rule=_non_conviction_wait,
            cite=ACA_16_90_1410,
        ),
        # Custom: a bar that reads the offense and the kind of program together.
        custom(
            "first offender exclusions",
            requirement="After first-offender probation, the charge was not indecent exposure or public sexual "
            "indecency.",
            reads=(Fact.OFFENSE, Fact.DIVERSION_KIND),
            rule=_first_offender_exclusions,
            cite=ACA_16_93_303,
        ),
    ),
    effect="The records of the arrest and case are sealed, and you may say the arrest never happened.",
    limits=(
        "An acquittal by reason of mental disease or defect cannot be sealed this way.",
        "After first-offender probation, an offense that requires sex offender registration or a violent felony "
        "cannot be sealed under the first-offender law.",
    ),
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
    # The pardon is the governor's choice; the sealing that follows it is not (§ 16-90-1411(a)(1): "shall issue").
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
