"""Washington: vacating convictions of trafficking and abuse survivors, vacating misdemeanors and
felonies after a crime-free period, and deleting records of arrests without conviction.

Sources and where they disagree:
- RCW 9.96.080 and 9.94A.648 (Laws 2021, ch. 237, ESSB 5180, in force 25 July 2021) replaced the
  prostitution-only survivor vacatur of RCW 9.96.060 with relief for any qualifying offense
  committed as a result of being a victim of sex trafficking, prostitution or commercial sexual
  abuse of a minor, sexual assault or domestic violence (House and Senate bill reports). The 2026-11
  fact base still described the 2017 prostitution-only version; the bill reports show it repealed.
- RCW 9.96.060 (New Hope Act, Laws 2019, ch. 331): three years after the sentence is completed and
  no new crime "in the three years prior to the vacation application" (a look-back that delays, not
  the permanent bar the module applied). The exclusions name chapters 9.68, 9.68A and 9A.44 (sex
  offenses), not indecent exposure (9A.88.010), which the module wrongly excluded.
- RCW 9.94A.640 (as amended in 2019): 5 years (class C) or 10 (class B) from the later of sentencing,
  release from confinement and release from community custody, with no new crime over the same
  span before applying. Violent offenses and crimes against persons (RCW 43.43.830) are excluded;
  RCW 43.43.830(9) lists first-degree promoting prostitution and felony indecent exposure (read
  2026-12-07, see the last paragraph).
- RCW 10.97.060: nonconviction data may be deleted two years after a favorable disposition or
  three years after an arrest with no conviction; the agency may refuse after a deferred
  prosecution, a prior felony or gross misdemeanor, or a new arrest in between. RCW 10.97.030(2)
  makes "a dismissal entered after a period of probation, suspension, or deferral of sentence" an
  adverse disposition, so only a pretrial diversion is reached.

Reviewed 2026-12-06 against the ESSB 5180 bill reports (2021), the SHB 1041 final bill report
(2019), the 2017 session law (5272-S.SL), the 2005 bill text of RCW 9.96.060, the mrsc copy of RCW
9.94A.640, RCW 10.97.030 (app.leg.wa.gov) and the 1977 text of RCW 10.97.060 as shown in later
bills: the crime-free periods now delay instead of barring, indecent exposure is no longer
excluded from misdemeanor vacatur, felony waits follow the grade, and deletion of nonconviction
data now has its two- and three-year waits.
The RCW 9.94A.640(2) crime-free period, a custom rule, now uses the shared conviction-free window by
class (ten years for class B, five for class C). It was wrong for a felony of unknown class, which it
gave ten years (a date that could be too late); the class is now asked, as the wait already did.

Second review 2026-12-06: the victim felony vacatur (RCW 9.94A.648) now leaves out a class A felony, as its
title and limits already said, and leaves an unnamed felony of unknown class open (it may be class A or
violent).

Cross-checked 2026-12-07 with 10 new worked examples built from the words quoted in rules/evidence/wa.yaml (RCW
9.96.060, 9.96.080, 9.94A.640, 9.94A.648) and the Washington fact base: no case disagreed with the module; no rule
changed; every condition rests on statute text.

Third pass 2026-12-07 (9 new worked examples from RCW 10.97.030, 10.97.060, 9.96.060, 9.96.080 and 9.94A.640):
for an arrest with no charges the module counted only three years from the arrest. RCW 10.97.060 also allows
deletion two years after the record became nonconviction data through a favorable disposition, and RCW
10.97.030(2)(a) makes a decision not to prosecute a non-adverse (favorable) one, so the earlier of two years
after the decision not to charge and three years after the arrest now counts (a custom rule, as the shared
waits take only the later of several events). Without the decision date the three years stay the sure date.
The text of RCW 9.96.080(2)(b) and of the RCW 9.94A.648(2) look-back was not re-read; they stay as before.

Reviewed 2026-12-07 (statute audit): read the whole current text of RCW 9.94A.648 (2021 c 237 s 3), 9.96.080
(2021 c 237 s 5), 9.96.060 (through 2024 c 296), 9.94A.640 (through 2025 c 169), 43.43.830 and 9A.88.010-.090, all as
Justia copies stored in the saint1415/us-statutes repository. Changes: (1) RCW 9.94A.648(2)(c)-(d) has a look-back the
module did not check at all: no conviction for a new offense in the five (class C) or ten (class B) years before
applying; it now delays survivor felony vacatur, as the same words do in RCW 9.94A.640. (2) Both survivor sections
require that no charge be pending "for any crime other than prostitution" ((2)(b)); the module did not ask. The
screening does not ask what an open case is for, so an open case leaves these open rather than ruling them out.
(3) RCW 9.96.080(2)(c) applies its three-year look-back only "If the offense is a misdemeanor": a gross misdemeanor
has none, and where the grade is not known and a conviction falls inside the three years the answer stays open.
(4) RCW 43.43.830(9) names "first degree promoting prostitution" and "felony indecent exposure" as crimes against
persons, so RCW 9.94A.640(2)(b) and 9.94A.648(3)(a) exclude them: they are no longer left open. (5) The exclusions
of violent offenses, impaired driving and chapter 9.68/9.68A/9A.44 sex offenses (RCW 9.96.060(2)(c)-(e), 9.96.080(3))
and of violent offenses and crimes against persons (RCW 9.94A.640(2)(b)) now leave an unnamed offense open instead of
taking it to be outside them. The payment of the crime victim penalty assessment and restitution (RCW 9.96.080(2)(d)-
(e), 9.94A.648(2)(e)-(f)), the domestic violence tests and protection-order bar of RCW 9.96.060(2)(f), (i) are not
asked by the screening and are stated in the limits. Still open: the level of unlicensed massage (RCW 18.108.030) was
not read, so its grade is asked where it matters; a 2025-26 bill amending RCW 9.96.060 for impaired-driving
convictions (effective July 2026 if enacted) was seen only in a summary and touches no offense named here.
"""

from datetime import date

from rules.calendar import add_period
from rules.condition import ChargeContext
from rules.conditions import (
    ConvictionFreeWindow,
    convicted,
    custom,
    disposition_is,
    level_is,
    no_conviction_within,
    no_pending_case,
    offense_not_in,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
    waiting_period_by_grade,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, Truth, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

RCW_9_96_060 = "Rev. Code Wash. § 9.96.060"
RCW_9_96_080 = "Rev. Code Wash. § 9.96.080"
RCW_9_94A_640 = "Rev. Code Wash. § 9.94A.640"
RCW_9_94A_648 = "Rev. Code Wash. § 9.94A.648"
RCW_10_97_060 = "Rev. Code Wash. § 10.97.060"
RCW_10_97_030 = "Rev. Code Wash. § 10.97.030(2)"

LAWS_2021_CH_237 = Source(
    "House Bill Report on ESSB 5180 (2021): vacating convictions of victims",
    "http://lawfilesext.leg.wa.gov/Biennium/2021-22/Htm/Bill%20Reports/House/5180-S.E%20HBR%20APH%2021.htm",
)
NEW_HOPE_ACT_REPORT = Source(
    "Final Bill Report on SHB 1041 (2019), the New Hope Act",
    "http://lawfilesext.leg.wa.gov/biennium/2019-20/Htm/Bill%20Reports/House/1041-S%20HBR%20FBR%2019.htm",
)
CLEAN_SLATE_CLEARINGHOUSE = Source(
    "Clean Slate Clearinghouse: Washington, vacating convictions of victims",
    "https://cleanslateclearinghouse.org/policies/wa-c-8/",
)


def _rcw(section: str) -> Source:
    return Source(
        f"RCW {section} (Washington State Legislature)", f"https://app.leg.wa.gov/RCW/default.aspx?cite={section}"
    )


OFFENSES = (
    Offense("wa-rcw-9a.88.030", "Prostitution", "Rev. Code Wash. § 9A.88.030", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense("wa-rcw-9a.88.110", "Patronizing a prostitute", "Rev. Code Wash. § 9A.88.110", Category.SOLICITATION,
            Level.MISDEMEANOR),
    Offense("wa-rcw-9a.88.090", "Permitting prostitution", "Rev. Code Wash. § 9A.88.090", Category.PROMOTING,
            Level.MISDEMEANOR),
    Offense("wa-rcw-9a.88.080", "Promoting prostitution in the second degree", "Rev. Code Wash. § 9A.88.080",
            Category.PROMOTING, Level.FELONY, note="Class C felony.", grade=Grade.FELONY_CLASS_C),
    Offense("wa-rcw-9a.88.070", "Promoting prostitution in the first degree", "Rev. Code Wash. § 9A.88.070",
            Category.PROMOTING, Level.FELONY, note="Class B felony.", grade=Grade.FELONY_CLASS_B),
    Offense("wa-rcw-9a.88.010", "Indecent exposure", "Rev. Code Wash. § 9A.88.010", Category.LEWDNESS, Level.UNKNOWN),
    Offense("wa-rcw-9a.52.080", "Criminal trespass in the second degree", "Rev. Code Wash. § 9A.52.080",
            Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("wa-rcw-9a.84.030", "Disorderly conduct", "Rev. Code Wash. § 9A.84.030", Category.QUALITY_OF_LIFE,
            Level.MISDEMEANOR),
    Offense("wa-rcw-18.108.030", "Practicing massage without a license", "Rev. Code Wash. § 18.108.030",
            Category.UNLICENSED_MASSAGE, Level.MISDEMEANOR),
    Offense("wa-rcw-9a.40.100", "Trafficking", "Rev. Code Wash. § 9A.40.100", Category.TRAFFICKING, Level.FELONY,
            grade=Grade.FELONY_CLASS_A),
)  # fmt: skip

# RCW 9.94A.640: class B felonies wait ten years, class C five; a class A felony cannot be vacated.
FELONY_YEARS: dict[Grade | Level, int] = {Grade.FELONY_CLASS_B: 10, Grade.FELONY_CLASS_C: 5}

# RCW 43.43.830(9) names, among the "crimes against children or other persons", "first degree promoting
# prostitution" and "felony indecent exposure": RCW 9.94A.640(2)(b) and 9.94A.648(3)(a) leave them out.
CRIMES_AGAINST_PERSONS = frozenset({"wa-rcw-9a.88.070", "wa-rcw-9a.88.010"})

# Offenses the module names whose law makes them a misdemeanor, never a gross misdemeanor (RCW 9A.88.030(3),
# 9A.88.090(2), 9A.88.110, 9A.52.080, 9A.84.030): the RCW 9.96.080(2)(c) look-back reaches them.
PLAIN_MISDEMEANORS = frozenset(
    {"wa-rcw-9a.88.030", "wa-rcw-9a.88.110", "wa-rcw-9a.88.090", "wa-rcw-9a.52.080", "wa-rcw-9a.84.030"}
)

# RCW 9.96.080(2)(c): no new conviction in the three years before applying, for a misdemeanor only.
VICTIM_MISDEMEANOR_LOOK_BACK = ConvictionFreeWindow(
    cite=RCW_9_96_080 + "(2)(c)", years=3, levels=frozenset({Level.FELONY, Level.MISDEMEANOR})
)


def _crime_against_persons(context: ChargeContext) -> Finding | None:
    """Not met where the felony is one RCW 43.43.830(9) names; unknown where it may be; None where it is not."""
    charge = context.charge
    first_degree = (
        charge.offense is None and charge.category is Category.PROMOTING and (charge.grade is Grade.FELONY_CLASS_B)
    )  # promoting prostitution in the first degree is the only class B promoting offense (RCW 9A.88.070(2))
    if charge.offense == "wa-rcw-9a.88.070" or first_degree:
        return not_met(msg("First-degree promoting prostitution is a crime against persons; it cannot be vacated "
                           "this way."))  # fmt: skip
    if charge.offense == "wa-rcw-9a.88.010" or (charge.offense is None and charge.category is Category.LEWDNESS):
        return not_met(msg("Felony indecent exposure is a crime against persons; it cannot be vacated this way."))
    if charge.offense is None and charge.category is Category.PROMOTING and charge.grade is not Grade.FELONY_CLASS_C:
        return unknown(
            msg("First-degree promoting prostitution is a crime against persons and cannot be vacated this way; "
                "which degree this was is not known."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    return None


def _not_violent_or_against_persons(context: ChargeContext) -> Finding:
    """RCW 9.94A.640(2)(b): not a violent offense (RCW 9.94A.030) or a crime against persons (RCW 43.43.830)."""
    found = _crime_against_persons(context)
    if found is not None:
        return found
    if context.is_other_of_unnamed_law():
        return unknown(
            msg("Violent offenses and crimes against persons cannot be vacated this way; which offense this was is "
                "not known."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    return met(msg("This offense is not a violent offense or a crime against persons."))


def _not_class_a_or_violent(context: ChargeContext) -> Finding:
    """RCW 9.94A.648 reaches class B and C felonies that are not violent offenses or crimes against persons.
    The named sex-trade felonies are class B or C; a class A felony is out; felony indecent exposure is a
    crime against persons; another felony of unknown class stays open."""
    charge = context.charge
    if charge.grade is Grade.FELONY_CLASS_A:
        return not_met(msg("A class A felony cannot be vacated this way."))
    found = _crime_against_persons(context)
    if found is not None:
        return found
    if charge.grade in (Grade.FELONY_CLASS_B, Grade.FELONY_CLASS_C) and charge.category is not Category.OTHER:
        return met(msg("This is a class B or C felony."))
    if charge.category is Category.OTHER:
        return unknown(
            msg("Class A felonies and violent offenses cannot be vacated this way; which offense this was is not "
                "known."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    return met(msg("This kind of offense is not a class A felony or a violent offense."))


def _no_charge_pending_but_prostitution(context: ChargeContext) -> Finding:
    """RCW 9.96.080(2)(b) and 9.94A.648(2)(b): no criminal charge pending "for any crime other than
    prostitution". The screening asks only whether a case is open, not what it is for, so an open case
    leaves the answer open rather than ruling the person out."""
    answer = context.facts.person.pending_case
    if answer is Answer.NO:
        return met(msg("You have no open criminal case."))
    if answer is Answer.YES:
        return unknown(
            msg("An open criminal case stops this unless the only open charge is prostitution; what the open "
                "charge is for is not known."),
            Fact.PENDING_CASE.value,
        )  # fmt: skip
    return unknown(
        msg("You must not have an open criminal case, other than a prostitution charge. That has not been "
            "answered."),
        Fact.PENDING_CASE.value,
    )  # fmt: skip


def _victim_misdemeanor_look_back(context: ChargeContext) -> Finding:
    """RCW 9.96.080(2)(c): "If the offense is a misdemeanor", no new conviction in the three years before
    applying. A gross misdemeanor has no look-back; where which of the two it was is not known and a
    conviction falls inside the three years, the answer stays open."""
    charge = context.charge
    if charge.grade is Grade.GROSS_MISDEMEANOR:
        return met(msg("The look-back for new convictions applies only to a misdemeanor, not a gross misdemeanor."))
    found = VICTIM_MISDEMEANOR_LOOK_BACK.evaluate(context)
    if found.truth is Truth.MET or charge.grade is not None or charge.offense in PLAIN_MISDEMEANORS:
        return found
    return unknown(
        msg("A new conviction in the three years before you apply delays this for a misdemeanor but not for a "
            "gross misdemeanor; which this was is not known."),
        context.path(Fact.GRADE),
        *found.open_questions,
    )  # fmt: skip


def _not_excluded_misdemeanor(context: ChargeContext) -> Finding:
    """RCW 9.96.060(2)(c)-(e) and 9.96.080(3)(a)-(b) leave out violent offenses, impaired driving and the sex
    offenses of chapters 9.68, 9.68A and 9A.44. None of the offenses named here is one; an unnamed one may be."""
    if context.is_other_of_unnamed_law():
        return unknown(
            msg("Violent offenses, impaired driving and sex offenses cannot be vacated this way; which offense this "
                "was is not known."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    return met(msg("This offense is not a violent offense, impaired driving or a sex offense."))


def _no_charges_wait(context: ChargeContext) -> Finding:
    """RCW 10.97.060: deletion is allowed two years after the record became nonconviction data through a
    favorable disposition, or three years after the arrest. A decision not to prosecute is not an adverse
    disposition (RCW 10.97.030(2)(a)), so for an arrest with no charges the earlier of the two dates counts.
    Without the date of the decision, the three years from the arrest are the sure date."""
    charge = context.charge
    dates = []
    if charge.offense_date is not None:
        dates.append(add_period(charge.offense_date, years=3))
    if charge.declined_date is not None:
        dates.append(add_period(charge.declined_date, years=2))
    if not dates:
        return unknown(
            msg("Deletion waits three years after the arrest, or two years after the decision not to charge; "
                "neither date is known."),
            context.path(Fact.OFFENSE_DATE),
        )  # fmt: skip
    ends = min(dates)
    if ends <= context.facts.as_of:
        return met(msg("The wait for deleting an arrest with no charges ended on {ends}.", ends=ends), on=ends)
    return later(msg("An arrest with no charges can be deleted from {ends}.", ends=ends), on=ends)


vacatur_of_misdemeanor_for_victims = Remedy(
    id="wa-vacate-misdemeanor-victim",
    kind=RemedyKind.VACATUR,
    title="Vacate a misdemeanor committed because you were trafficked or abused",
    citations=(RCW_9_96_080,),
    sources=(_rcw("9.96.080"), LAWS_2021_CH_237),
    effective=date(2021, 7, 25),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RCW_9_96_080),
        level_is(Level.MISDEMEANOR, cite=RCW_9_96_080),
        trafficking_nexus(cite=RCW_9_96_080),
        # (3)(c): not for patronizing a prostitute.
        offense_not_in("wa-rcw-9a.88.110", cite=RCW_9_96_080 + "(3)(c)"),
        # (3)(a)-(b): not for a sex offense of chapters 9.68, 9.68A or 9A.44 or an impaired-driving conviction.
        custom(
            "not a sex offense or impaired driving",
            requirement="The offense is not a sex offense (chapters 9.68, 9.68A or 9A.44 RCW) or impaired driving.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_not_excluded_misdemeanor,
            cite=RCW_9_96_080 + "(3)(a)-(b)",
        ),
        # (2)(b): no charge pending, other than for prostitution.
        custom(
            "no pending charge other than prostitution",
            requirement="You have no open criminal case, other than a prostitution charge.",
            reads=(Fact.PENDING_CASE,),
            rule=_no_charge_pending_but_prostitution,
            cite=RCW_9_96_080 + "(2)(b)",
        ),
        # (2)(c): for a misdemeanor (not a gross misdemeanor), no conviction for a new crime in the three years
        # before the application (a delay).
        custom(
            "no new conviction in three years for a misdemeanor",
            requirement="If the offense is a misdemeanor (not a gross misdemeanor), no new conviction in the three "
            "years before you apply.",
            reads=(Fact.OFFENSE, Fact.GRADE, Fact.LEVEL, Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_victim_misdemeanor_look_back,
            cite=RCW_9_96_080 + "(2)(c)",
        ),
    ),
    effect="The court vacates the conviction and dismisses the charge. It is removed from your criminal history, "
    "and you can say you were never convicted of it.",
    limits=("You must show the offense was committed as a result of being a victim of sex trafficking, promoting "
            "prostitution, domestic violence or sexual assault.",
            "If the offense came from domestic violence or sexual assault, this law covers you too: answer yes to "
            "the question about being forced or pressured.",
            "Any restitution owed to a victim must be paid, and so must the crime victim penalty assessment, except "
            "for a conviction for prostitution, prostitution loitering or staying out of an area of prostitution.",),
    next_steps=(
        "File a motion to vacate under RCW 9.96.080 in the court that sentenced you; there is no waiting period.",
        "A prosecutor can also file it for you; ask the prosecutor's office or a lawyer below.",
    ),
    legal_defect=True,
    filing="The court that sentenced you (district, municipal or superior court).",
)  # fmt: skip

vacatur_of_felony_for_victims = Remedy(
    id="wa-vacate-felony-victim",
    kind=RemedyKind.VACATUR,
    title="Vacate a class B or C felony committed because you were trafficked or abused",
    citations=(RCW_9_94A_648,),
    sources=(_rcw("9.94A.648"), CLEAN_SLATE_CLEARINGHOUSE, LAWS_2021_CH_237),
    effective=date(2021, 7, 25),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RCW_9_94A_648),
        level_is(Level.FELONY, cite=RCW_9_94A_648),
        trafficking_nexus(cite=RCW_9_94A_648),
        # (3)(c): not for promoting prostitution in the first or second degree.
        offense_not_in("wa-rcw-9a.88.070", "wa-rcw-9a.88.080", cite=RCW_9_94A_648),
        # Custom: the class comes from the charge's grade, and an unnamed offense may be violent.
        custom(
            "not a class A felony or violent offense",
            requirement="The felony is class B or C and not a violent offense.",
            reads=(Fact.CATEGORY, Fact.OFFENSE, Fact.GRADE),
            rule=_not_class_a_or_violent,
            cite=RCW_9_94A_648 + "(1)(a), (3)(a)",
        ),
        # (2)(b): no charge pending, other than for prostitution.
        custom(
            "no pending charge other than prostitution",
            requirement="You have no open criminal case, other than a prostitution charge.",
            reads=(Fact.PENDING_CASE,),
            rule=_no_charge_pending_but_prostitution,
            cite=RCW_9_94A_648 + "(2)(b)",
        ),
        # (2)(c)-(d): no conviction for a new offense in the five (class C) or ten (class B) years before the
        # application: a look-back that delays, as in RCW 9.94A.640.
        no_conviction_within(years=FELONY_YEARS, levels=(Level.FELONY, Level.MISDEMEANOR),
                             cite=RCW_9_94A_648 + "(2)(c)-(d)"),
    ),
    effect="The court vacates the felony conviction; it leaves your criminal history and you can say you were never "
    "convicted of it.",
    limits=("Class A felonies, violent offenses and crimes against persons cannot be vacated this way.",
            "If the offense came from domestic violence or sexual assault, this law covers you too: answer yes to "
            "the question about being forced or pressured.",
            "The crime victim penalty assessment and any restitution owed to a victim must be paid in full.",),
    next_steps=("File a motion under RCW 9.94A.648 in the superior court that sentenced you; there is no fee.",
                "A prosecutor can also file it for you."),
    legal_defect=True,
    filing="The superior court that sentenced you.",
)  # fmt: skip

vacatur_of_misdemeanor = Remedy(
    id="wa-vacate-misdemeanor",
    kind=RemedyKind.VACATUR,
    title="Vacate a misdemeanor three years after the sentence is done",
    citations=(RCW_9_96_060,),
    sources=(_rcw("9.96.060"), NEW_HOPE_ACT_REPORT),
    effective=date(2019, 7, 28),  # the current tests date from Laws 2019, ch. 331
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RCW_9_96_060 + "(1)"),
        level_is(Level.MISDEMEANOR, cite=RCW_9_96_060 + "(1)"),
        # (2)(c)-(e): violent offenses, impaired driving and the sex offenses of chapters 9.68, 9.68A and 9A.44 are
        # left out; no offense listed here is one (indecent exposure is in chapter 9A.88); an unnamed one may be.
        custom(
            "not a violent offense impaired driving or sex offense",
            requirement="The offense is not a violent offense, impaired driving or a sex offense (chapters 9.68, "
            "9.68A or 9A.44 RCW).",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_not_excluded_misdemeanor,
            cite=RCW_9_96_060 + "(2)(c)-(e)",
        ),
        waiting_period(years=3, since=Event.SENTENCE_COMPLETED, cite=RCW_9_96_060 + "(2)"),
        no_pending_case(cite=RCW_9_96_060 + "(2)"),
        # No new crime in the three years before applying: a look-back that delays, not a bar.
        no_conviction_within(years=3, levels=(Level.FELONY, Level.MISDEMEANOR), cite=RCW_9_96_060 + "(2)"),
    ),
    effect="The court lets you withdraw the plea and dismisses the charge. The conviction leaves your criminal "
    "history for most purposes, and you can say you were never convicted of it.",
    limits=("Violent offenses, DUI and sex offenses (including obscenity and sexual exploitation of children) cannot "
            "be vacated this way; domestic violence offenses wait five years.",
            "Not while a protection, no-contact, anti-harassment or restraining order is in force against you, or if "
            "you were found to have violated one in the five years before you apply.",),
    next_steps=("File a motion to vacate with the court that sentenced you; ask the clerk about the fee or a waiver.",),
    filing="The district or municipal court that sentenced you.",
)  # fmt: skip

vacatur_of_felony = Remedy(
    id="wa-vacate-felony",
    kind=RemedyKind.VACATUR,
    title="Vacate a class B or C felony after a crime-free period",
    citations=(RCW_9_94A_640,),
    sources=(_rcw("9.94A.640"), NEW_HOPE_ACT_REPORT),
    effective=date(2019, 7, 28),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RCW_9_94A_640 + "(1)"),
        level_is(Level.FELONY, cite=RCW_9_94A_640 + "(1)"),
        # RCW 43.43.830(9) lists first-degree promoting prostitution and felony indecent exposure (see the function).
        custom(
            "not a violent offense or crime against persons",
            requirement="The offense is not a violent offense or a crime against persons.",
            reads=(Fact.CATEGORY, Fact.OFFENSE, Fact.GRADE),
            rule=_not_violent_or_against_persons,
            cite=RCW_9_94A_640 + "(2)",
        ),
        # From the later of sentencing and the end of confinement and community custody.
        waiting_period_by_grade(FELONY_YEARS, since=(Event.DISPOSITION, Event.SENTENCE_COMPLETED),
                                cite=RCW_9_94A_640 + "(2)"),
        no_pending_case(cite=RCW_9_94A_640 + "(2)"),
        # No new crime in the ten (class B) or five (class C) years before applying: a look-back by class.
        no_conviction_within(years=FELONY_YEARS, levels=(Level.FELONY, Level.MISDEMEANOR),
                             cite=RCW_9_94A_640 + "(2)"),
    ),
    effect="The court clears the felony conviction; it leaves your criminal history for most purposes.",
    limits=("Class A felonies, violent offenses and crimes against persons cannot be vacated this way.",),
    next_steps=("Get a certificate of discharge, then file a motion to vacate in the superior court that sentenced "
                "you.",),
    filing="The superior court that sentenced you.",
)  # fmt: skip

deletion_of_nonconviction_records = Remedy(
    id="wa-delete-nonconviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Delete police records of an arrest that did not lead to a conviction",
    citations=(RCW_10_97_060,),
    sources=(_rcw("10.97.060"), _rcw("10.97.030")),
    effective=date(2012, 6, 7),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A dismissal after probation or a deferred sentence is an adverse disposition (RCW
        # 10.97.030(2)), so only a pretrial diversion counts.
        disposition_is(Disposition.NO_CHARGES, Disposition.DISMISSAL, Disposition.ACQUITTAL,
                       Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.PRETRIAL,), cite=RCW_10_97_030),
        wait_by_outcome(
            {
                Disposition.DISMISSAL: waiting_period(years=2, since=Event.DISPOSITION, cite=RCW_10_97_060),
                Disposition.ACQUITTAL: waiting_period(years=2, since=Event.DISPOSITION, cite=RCW_10_97_060),
                Disposition.DIVERSION_COMPLETED: waiting_period(years=2, since=Event.DISPOSITION, cite=RCW_10_97_060),
                # Custom: the earlier of two years after the decision not to charge and three after the arrest.
                Disposition.NO_CHARGES: custom(
                    "two years after the decision not to charge or three after the arrest",
                    requirement="Two years have passed since the decision not to charge, or three years since "
                    "the arrest.",
                    reads=(Fact.OFFENSE_DATE, Fact.DECLINED_DATE),
                    rule=_no_charges_wait,
                    cite=RCW_10_97_060,
                ),
            },
            cite=RCW_10_97_060,
        ),
        # Prior felonies or gross misdemeanors, and new arrests, let the agency refuse (limits), not bar.
        no_pending_case(cite=RCW_10_97_060),
    ),
    effect="The arresting agency and the State Patrol delete the arrest from the criminal history they share. The "
    "court file is separate and can be sealed only by a court order.",
    limits=("The agency may refuse if you have an earlier felony or gross misdemeanor conviction, were arrested "
            "or charged again in the meantime, or the case ended in a deferred prosecution.",),
    next_steps=("Ask the arresting police agency and the Washington State Patrol in writing to delete the "
                "nonconviction record.",
                "To seal the court file, ask the court under General Rule 15."),
    filing="The arresting police agency and the Washington State Patrol.",
)  # fmt: skip

JURISDICTION = Jurisdiction(
    code="WA",
    name="Washington",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_of_misdemeanor_for_victims,
        vacatur_of_felony_for_victims,
        vacatur_of_misdemeanor,
        vacatur_of_felony,
        deletion_of_nonconviction_records,
    ),
    legal_help=(
        LegalHelp("Northwest Justice Project", "https://nwjustice.org", "Free civil legal aid, including record relief"),
        LegalHelp("WashingtonLawHelp", "https://www.washingtonlawhelp.org", "Self-help guides and forms for vacating records"),
    ),
    where_to_file="The court that sentenced you: a district or municipal court for misdemeanors, the superior court "
    "for felonies.",
)  # fmt: skip
