"""North Carolina: vacatur and expunction for trafficking survivors, a special expunction for
prostitution, expunction of nonviolent convictions, and expunction of dismissals (automatic for
dismissals and acquittals on or after 1 December 2021).

Reviewed 2026-11-25 against the General Statutes: G.S. 15A-1415(b)(10) and 15A-1416.1 (motion to
vacate, broadened to nonviolent offenses by S.L. 2019-158), 15A-145.9 (expunction for trafficking
victims, S.L. 2019-158), 15A-145.6 (prostitution expunction, S.L. 2013-368, amended by S.L.
2019-158), 15A-145.5 (nonviolent misdemeanors and felonies, as rewritten by the Second Chance Act,
S.L. 2020-35) and 15A-146 (dismissals and not-guilty findings; automatic relief under subsection
(a4), which the UNC School of Government reports was postponed until 1 July 2024), and §§ 14-204 to
14-205.3 (prostitution offenses). The UNC School of Government's "Relief from a Criminal
Conviction" guide was used to read the statutes together.

Reviewed 2026-12-06 against G.S. 15A-1416.1 and 15A-145.5(a)-(b) (official ncleg pages), 15A-145.6
(full copy through S.L. 2024-58), 15A-145.9(a)(1) (copy), and the UNC School of Government's 2023
guide for 15A-145.5(c), 15A-145.9 and 15A-146. What changed: the nonviolent-misdemeanor expunction
counts five years after a single conviction and seven years after the last conviction when there is
more than one (a later conviction restarts the wait instead of barring for ever); the felony
expunction bars only a conviction during its ten-year wait; a charge dismissed after a completed
discharge-and-dismissal (conditional discharge) is reached by 15A-146; the trafficking remedies'
requirement no longer names Class A1 misdemeanors, which 15A-145.9 does not exclude.

Second review 2026-12-06 (UNC School of Government FAQ on waiting periods): 15A-145.5(c) waits are
"N years after the date of the conviction or when any active sentence, period of probation, and
post-release supervision has been served, whichever occurs later", so the five, seven or ten years now
run from the conviction and the sentence must also be done; before, they ran from the end of the
sentence, which told some people to wait years longer than the law does.

Reviewed 2026-12-07 against G.S. 15A-1416.1 (official ncleg page), 15A-145.6 (casetext copy through S.L.
2024-58, whose (b)(2)a., the former trafficking-victim ground, was repealed by S.L. 2019-158 and replaced by
15A-145.9), 15A-145.9(a)(1) (lawserver copy), the UNC School of Government's guide (2021, 2023 and 2025
editions) for 15A-145.5(c), 15A-145.9(b) and 15A-146, and its 2025 note on S.L. 2024-35. Nothing changed in
behaviour. Checked: trafficking-victim expunction is 15A-145.9 (not 15A-145.6) and reaches convictions of
nonviolent offenses only, with no wait and no limit on number; 15A-146(a4) automatic expunction covers
dismissals and not-guilty findings from 1 December 2021 (not 1 December 2020, when S.L. 2020-35 took effect),
paused 1 August 2022 and resumed 8 July 2024 at 180 to 210 days after disposition. The statute text of
15A-145.9(b), 15A-145.5(c) and 15A-146 was not found in stored copies; those conditions stay at secondary
source (see the evidence notes). Legal help links are now pages seen in sources.

Cross-check 2026-12-07 against G.S. 15A-145(a) (official ncleg page) and the UNC School of Government guide (2023
edition) on misdemeanors committed before age 18, with new worked examples for every remedy. What changed: the
expunction of a first misdemeanor committed before age 18 (G.S. 15A-145) was missing and is added: two years
after the conviction or the end of probation, whichever is later, for a person with no other conviction
(traffic violations aside). Also checked: 15A-146(a4) automatic expunction covers dismissals and not-guilty
findings from 1 December 2021, paused 1 August 2022 and resumed 8 July 2024, as encoded.

Third-pass audit 2026-12-07 against G.S. 15A-145.5(a) (official ncleg page) and 15A-145.9(a)(1) (LawServer copy).
What changed: 15A-145.5(a)(5) leaves out any Chapter 90 felony that involved methamphetamine or heroin (and
possession with intent to sell cocaine); the module treated every felony possession of a Schedule I substance as
nonviolent for 15A-145.5. Heroin is a Schedule I drug, so that answer is now an open question (which drug) for the
nonviolent misdemeanor and felony expunctions. 15A-145.9(a)(1) has no drug exclusion, so the trafficking-victim
remedies are unchanged.

Reviewed 2026-12-07 (statute audit) against G.S. 15A-145.6 (casetext copy through S.L. 2024-58), 15A-1416.1
(official page), 15A-145.5(a) (official page), 15A-145.9(a) (LawServer copy), S.L. 2019-158 and S.L. 2020-35
(official session-law pages; the latter enacts the section now numbered 15A-145.8A), and the UNC School of
Government guide and blog. What changed: (1) 15A-145.6(b)(2)c. reaches a person who "was discharged and the charge
was dismissed upon completion of a conditional discharge under G.S. 14-204(b)" - a plea with the finding of guilt
put off - so a completed pretrial diversion (no plea) is no longer told it qualifies, and the "no prior prostitution
convictions" test of (b)(2)b. no longer applies to the discharge route, which does not contain it. (2) Missing
remedy added: expunction of a misdemeanor or Class H or I felony committed at 16 or 17 before 1 December 2019, once
the sentence is served (G.S. 15A-145.8A, enacted as "15A-145.8" by S.L. 2020-35, s. 1). Its effective clause was
not in the stored excerpt; 1 December 2020, the Act's general date, is used (never earlier than the law). Still
open: the statute text of 15A-145.5(c), 15A-145.9(b) and 15A-146 (searched again: official pages and session laws
surfaced only other subsections); an arrest that never led to a filed charge is not screened under 15A-146, whose
words ("charge ... dismissed") were read only through the School of Government's guide.
"""

from datetime import date

from rules.calendar import add_period, years_between
from rules.conditions import (
    ChargeContext,
    age_at_offense_under,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    happened_before,
    happened_on_or_after,
    level_is,
    no_conviction_during_wait,
    no_later_conviction,
    no_pending_case,
    offense_in,
    sentence_completed,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

GS_15A_1416_1 = "N.C. Gen. Stat. § 15A-1416.1"
GS_15A_1415_B10 = "N.C. Gen. Stat. § 15A-1415(b)(10)"
GS_15A_145_9 = "N.C. Gen. Stat. § 15A-145.9"
GS_15A_145_9_A1 = "N.C. Gen. Stat. § 15A-145.9(a)(1)"
GS_15A_145_6_B = "N.C. Gen. Stat. § 15A-145.6(b)"
GS_15A_145_6_B2 = "N.C. Gen. Stat. § 15A-145.6(b)(2)"
GS_15A_145_6_C = "N.C. Gen. Stat. § 15A-145.6(c)"
GS_15A_145_5_A = "N.C. Gen. Stat. § 15A-145.5(a)"
GS_15A_145_5_C = "N.C. Gen. Stat. § 15A-145.5(c)"
GS_15A_145_A = "N.C. Gen. Stat. § 15A-145(a)"
GS_15A_145_8A = "N.C. Gen. Stat. § 15A-145.8A"
GS_15A_146_A = "N.C. Gen. Stat. § 15A-146(a)"
GS_15A_146_A4 = "N.C. Gen. Stat. § 15A-146(a4)"

STATUTE_145_5 = Source(
    "G.S. 15A-145.5 (North Carolina General Assembly)",
    "https://ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_15A/GS_15A-145.5.html",
)
SOG_TRAFFICKING = Source(
    "Relief from a Criminal Conviction: Convictions of Offenses by Human Trafficking Victims (UNC School of Government)",
    "https://www.sog.unc.edu/resources/microsites/relief-criminal-conviction/convictions-offenses-human-trafficking-victims",
)
SOG_PROSTITUTION = Source(
    "Relief from a Criminal Conviction: Discharge and Dismissal or Conviction of Prostitution Offenses (UNC School of Government)",
    "https://www.sog.unc.edu/resources/microsites/relief-criminal-conviction/discharge-and-dismissal-or-conviction-prostitution-offenses",
)
SOG_DISMISSALS = Source(
    "Relief from a Criminal Conviction: Dismissal or Finding of Not Guilty (UNC School of Government)",
    "https://www.sog.unc.edu/resources/microsites/relief-criminal-conviction/dismissal-or-finding-not-guilty-misdemeanors-felonies-and-certain-infractions",
)
FREEDOM_NETWORK = Source(
    "North Carolina: criminal record relief for trafficking survivors (Freedom Network USA)",
    "https://freedomnetworkusa.org/srp_states/nc/",
)
STATUTE_145 = Source(
    "G.S. 15A-145 (North Carolina General Assembly)",
    "https://www3.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_15A/GS_15A-145.html",
)
SOG_UNDER_18 = Source(
    "Relief from a Criminal Conviction: Misdemeanor Convictions for Offenses Committed before Age 18 or 21 (UNC School "
    "of Government)",
    "https://www.sog.unc.edu/resources/microsites/relief-criminal-conviction/misdemeanor-convictions-offenses-committed-age-18-or-21",
)
SL_2020_35 = Source(
    "Session Law 2020-35 (S 562), the Second Chance Act (North Carolina General Assembly)",
    "https://www.ncleg.gov/EnactedLegislation/SessionLaws/HTML/2019-2020/SL2020-35.html",
)
SOG_DOUGHNUT_HOLE = Source(
    'Expunction Relief for "Doughnut Hole" Youth (UNC School of Government, N.C. Criminal Law blog)',
    "https://nccriminallaw.sog.unc.edu/expunction-relief-for-doughnut-hole-youth",
)
SECOND_CHANCE = Source(
    "The Second Chance Act (NC Second Chance Alliance)", "https://ncsecondchance.org/thesecondchanceact/"
)

OFFENSES = (
    Offense("nc-gs-14-204", "Prostitution", "N.C. Gen. Stat. § 14-204", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "nc-gs-14-204.1",
        "Loitering for the purpose of engaging in prostitution",
        "N.C. Gen. Stat. § 14-204.1",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "nc-gs-14-205.1",
        "Solicitation of prostitution",
        "N.C. Gen. Stat. § 14-205.1",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor the first time; repeat offenses or a minor involved can make it a felony.",
    ),
    Offense(
        "nc-gs-14-205.2",
        "Patronizing a prostitute",
        "N.C. Gen. Stat. § 14-205.2",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor the first time; repeat offenses or a minor involved make it a felony.",
    ),
    Offense(
        "nc-gs-14-205.3",
        "Promoting prostitution",
        "N.C. Gen. Stat. § 14-205.3",
        Category.PROMOTING,
        Level.FELONY,
        note="A Class F felony (Class D if a minor was involved).",
    ),
    Offense(
        "nc-gs-14-190.9",
        "Indecent exposure",
        "N.C. Gen. Stat. § 14-190.9",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="Usually a misdemeanor; a felony if done before a minor.",
    ),
    Offense(
        "nc-gs-14-288.4",
        "Disorderly conduct",
        "N.C. Gen. Stat. § 14-288.4",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "nc-gs-14-159.13",
        "Second degree trespass",
        "N.C. Gen. Stat. § 14-159.13",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "nc-gs-90-95-d1",
        "Possession of a Schedule I controlled substance",
        "N.C. Gen. Stat. § 90-95(d)(1)",
        Category.QUALITY_OF_LIFE,
        Level.FELONY,
        note="Class I felony.",
    ),
    Offense(
        "nc-gs-90-95-d4",
        "Possession of more than one and a half ounces of marijuana",
        "N.C. Gen. Stat. § 90-95(d)(4)",
        Category.QUALITY_OF_LIFE,
        Level.FELONY,
        note="Class I felony.",
    ),
    Offense("nc-gs-14-43.11", "Human trafficking", "N.C. Gen. Stat. § 14-43.11", Category.TRAFFICKING, Level.FELONY),
)

# Class A through G felonies among the listed offenses: never "nonviolent" under 15A-145.5(a)(1),
# whose list of exclusions 15A-145.9 follows.
CLASS_A_TO_G = frozenset({"nc-gs-14-205.3", "nc-gs-14-43.11"})
# Named sex-related exclusions in 15A-145.5(a)(4).
NAMED_EXCLUSIONS = frozenset({"nc-gs-14-190.9"})
# Listed felonies of Class H or I, the only felony classes 15A-145.5 counts as nonviolent.
CLASS_H_OR_I = frozenset({"nc-gs-90-95-d1", "nc-gs-90-95-d4"})
# Chapter 90 felonies: 15A-145.5(a)(5) excludes "Any felony offense in Chapter 90 of the General Statutes where the
# offense involves methamphetamines, heroin, or possession with intent to sell or deliver or sell and deliver
# cocaine". 15A-145.9(a)(1) has no such exclusion. The screener does not know which drug a Schedule I possession
# involved (heroin is in Schedule I). Marijuana (Schedule VI, 90-95(d)(4)) is none of the three.
CHAPTER_90_FELONIES = frozenset({"nc-gs-90-95-d1"})


def _nonviolent(context: ChargeContext) -> Finding:
    """'Nonviolent' excludes Class A-G felonies, Class A1 misdemeanors, assaults and named sex
    offenses. A misdemeanor in a sex-trade or quality-of-life category is nonviolent; a felony
    is nonviolent only if we know the offense and it is Class H or I."""
    charge = context.charge
    if charge.offense in CLASS_A_TO_G:
        return not_met(msg("This does not cover Class A to G felonies, such as this one."))
    if charge.offense in NAMED_EXCLUSIONS:
        return not_met(msg("The law names this offense as one that cannot be cleared this way."))
    if charge.offense in CLASS_H_OR_I:
        return met(msg("The charge was a Class H or I felony, which counts as nonviolent."))
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION) and charge.category is not Category.OTHER:
        return met(msg("The charge was a nonviolent misdemeanor."))
    if charge.level is Level.UNKNOWN:
        return unknown(
            msg("This covers only nonviolent offenses; whether the charge was a felony or misdemeanor is not known."),
            context.path(Fact.LEVEL),
            context.path(Fact.OFFENSE),
        )
    return unknown(
        msg(
            "This covers only nonviolent offenses (no Class A to G felony, Class A1 misdemeanor or assault); "
            "which law the charge was under is not known."
        ),
        context.path(Fact.OFFENSE),
    )


def _nonviolent_145_5(context: ChargeContext) -> Finding:
    """15A-145.5(a): the shared exclusions, plus (a)(5), Chapter 90 felonies involving methamphetamine, heroin or
    possession with intent to sell cocaine. A listed Chapter 90 felony stays open: the drug is not known."""
    if context.charge.offense in CHAPTER_90_FELONIES:
        return unknown(
            msg(
                "A drug felony cannot be cleared this way if it involved heroin or methamphetamine; which drug "
                "it involved is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return _nonviolent(context)


def _no_prior_prostitution(context: ChargeContext) -> Finding:
    """15A-145.6(b)(2)(b): no prior prostitution conviction. Another listed prostitution conviction
    counts against the person unless it is known to have come after this one. The conditional-discharge route,
    (b)(2)c., has no such test."""
    if context.charge.disposition is Disposition.DIVERSION_COMPLETED:
        # (b)(2)c.: a completed conditional discharge qualifies on its own; the prior-conviction test is (b)(2)b.'s.
        return met(msg("A completed conditional discharge qualifies without the first-conviction test."))
    own = context.charge.disposition_date
    others = [
        (i, c)
        for i, c in enumerate(context.facts.charges)
        if i != context.index and c.is_conviction and c.category is Category.PROSTITUTION
    ]
    if not others:
        return met(msg("You did not list another prostitution conviction."))
    if own is None:
        return unknown(
            msg("This is only for a first prostitution conviction; the date this case ended is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    undated = [Fact.DISPOSITION_DATE.path(i) for i, c in others if c.disposition_date is None]
    if any(c.disposition_date is not None and c.disposition_date < own for _, c in others):
        return not_met(msg("This is only for a first prostitution conviction; you listed an earlier one."))
    if undated:
        return unknown(
            msg("This is only for a first prostitution conviction; the date of another one you listed is not known."),
            *undated,
        )
    return met(msg("The other prostitution convictions you listed came after this one."))


def _misdemeanor_wait(context: ChargeContext) -> Finding:
    """15A-145.5(c): one nonviolent misdemeanor five years after the date of the conviction or when the
    sentence has been served, whichever occurs later; more than one, seven years after the last
    conviction or when its sentence has been served, whichever occurs later (the SOG guide's reading:
    the years run from the conviction, and the sentence must also be done). A later conviction therefore
    restarts the wait; it is not a lifetime bar. Custom because the wait's length and its start both
    follow the whole record, not this charge."""
    charges = context.facts.charges
    others = context.facts.person.other_convictions
    count = sum(c.is_conviction for c in charges) + len(others)
    years = 5 if count == 1 else 7
    opens_on: list[date] = []
    missing: list[str] = []
    for i, other in enumerate(charges):
        if not other.is_conviction:
            continue
        if other.disposition_date is None:
            missing.append(Fact.DISPOSITION_DATE.path(i))
            continue
        if i == context.index and other.sentence_completed_date is None:
            missing.append(Fact.SENTENCE_COMPLETED_DATE.path(i))
            continue
        opens = add_period(other.disposition_date, years=years)
        if other.sentence_completed_date is not None:
            opens = max(opens, other.sentence_completed_date)
        opens_on.append(opens)
    undated_others = [o for o in others if o.date is None]
    opens_on += [add_period(o.date, years=years) for o in others if o.date is not None]
    if missing or undated_others:
        return unknown(
            msg(
                "The wait is five years after a single misdemeanor, seven after the last of several; the dates it "
                "counts from are not all known."
            ),
            *missing,
            *((Fact.OTHER_CONVICTIONS.value,) if undated_others else ()),
        )
    if not opens_on:
        return not_met(msg("The wait counts from a conviction, and this charge did not end in one."))
    opens = max(opens_on)
    if opens <= context.facts.as_of:
        return met(
            msg("{years} years have passed since your last conviction, and its sentence is done.", years=years),
            on=opens,
        )
    return later(msg("You can file {years} years after your last conviction, once its sentence is done, on {opens}.",
                     years=years, opens=opens), on=opens)  # fmt: skip


# G.S. 15A-145.8A(b): offenses that can never be expunged under the section. None of the listed offenses is a
# Chapter 20 motor vehicle offense; a charge whose law was not named outside the sex-trade and quality-of-life
# categories may be one.
OPEN_CATEGORIES_145_8A = frozenset({Category.OTHER})


def _misdemeanor_or_class_h_or_i(context: ChargeContext) -> Finding:
    """15A-145.8A(a): "any misdemeanor or Class H or I felony". A felony counts only when the offense is known to be
    Class H or I; a known Class A to G felony does not. Custom because the class follows the offense, not the level."""
    charge = context.charge
    if charge.offense in CLASS_A_TO_G:
        return not_met(msg("This covers only misdemeanors and Class H or I felonies; this offense is a higher class."))
    if charge.level is Level.MISDEMEANOR:
        return met(msg("The charge was a misdemeanor, one of the kinds this covers."))
    if charge.offense in CLASS_H_OR_I:
        return met(msg("The charge was a Class H or I felony, which this covers."))
    if charge.level is Level.UNKNOWN:
        return unknown(
            msg(
                "This covers misdemeanors and Class H or I felonies; whether the charge was a misdemeanor is not known."
            ),
            context.path(Fact.LEVEL),
        )
    if charge.level is Level.FELONY:
        return unknown(
            msg("This covers only Class H or I felonies; the class of this felony is not known."),
            context.path(Fact.OFFENSE),
        )
    return not_met(msg("This covers only misdemeanors and Class H or I felonies."))


def _aged_16_or_17(context: ChargeContext) -> Finding:
    """15A-145.8A(a): committed "while the person was less than 18 years of age, but at least 16 years of age".
    Custom because the shared age condition states only an upper bound."""
    born, offense_day = context.facts.person.birth_date, context.charge.offense_date
    if born is None or offense_day is None:
        missing = [Fact.BIRTH_DATE.value] if born is None else []
        missing += [context.path(Fact.OFFENSE_DATE)] if offense_day is None else []
        return unknown(msg("This is for offenses committed at 16 or 17; your age then is not known."), *missing)
    age = years_between(born, offense_day)
    if age in (16, 17):
        return met(msg("You were {age} at the time, which this covers.", age=age))
    return not_met(msg("This is for offenses committed at 16 or 17; you were {age}.", age=age))


def _not_excluded_145_8a(context: ChargeContext) -> Finding:
    """15A-145.8A(b): no Chapter 20 motor vehicle offense (impaired driving included) and no offense requiring
    sex-offender registration. Custom because a charge of the "other" category with no law named stays open."""
    charge = context.charge
    if charge.offense is None and charge.category in OPEN_CATEGORIES_145_8A:
        return unknown(
            msg(
                "Motor vehicle offenses and offenses that require sex-offender registration cannot be cleared this "
                "way; which law the charge was under is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return met(msg("The charge is not a motor vehicle offense or one that requires sex-offender registration."))


# Custom: nonviolence turns on felony class, assaults and named sex offenses; an unnamed charge stays open.
NONVIOLENT_FOR_TRAFFICKING = custom(
    "nonviolent offense",
    requirement="The offense was nonviolent: not a Class A to G felony, an assault, a registrable or named sex "
    "offense, or a traffic offense.",
    reads=(Fact.OFFENSE, Fact.LEVEL),
    rule=_nonviolent,
    cite=GS_15A_145_9_A1,
)

vacatur_for_trafficking_survivors = Remedy(
    id="nc-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction for an offense you committed because you were trafficked",
    citations=(GS_15A_1416_1, GS_15A_1415_B10),
    sources=(FREEDOM_NETWORK, SOG_TRAFFICKING),
    effective=date(2019, 12, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=GS_15A_1416_1),
        trafficking_nexus(cite=GS_15A_1416_1),
        NONVIOLENT_FOR_TRAFFICKING,
    ),
    effect="The court vacates the conviction because you took part in the offense as a result of being trafficked.",
    limits=(
        "Only nonviolent offenses; this reading follows the exclusions in G.S. 15A-145.5(a).",
        "A vacated conviction is not expunged by itself; ask for expunction under G.S. 15A-145.9 too.",
    ),
    next_steps=(
        "File a motion for appropriate relief in the court where you were convicted, asking to vacate under "
        "G.S. 15A-1416.1.",
        "Show how being trafficked led to the offense; papers from a service provider or law enforcement help.",
        "A free lawyer listed below can help.",
    ),
    legal_defect=True,
    filing="The superior or district court of the county where you were convicted.",
)

expunction_for_trafficking_victims = Remedy(
    id="nc-expunction-15a-145-9",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a nonviolent conviction you got because you were trafficked",
    citations=(GS_15A_145_9,),
    sources=(SOG_TRAFFICKING, FREEDOM_NETWORK),
    effective=date(2019, 12, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=GS_15A_145_9),
        trafficking_nexus(cite=GS_15A_145_9),
        NONVIOLENT_FOR_TRAFFICKING,
    ),
    effect="The records of the conviction are destroyed and you are restored to where you were before the arrest. "
    "You can lawfully say it did not happen in most situations.",
    limits=(
        "You must have no outstanding warrants. Traffic offenses are excluded.",
        "There is no waiting period and no limit on how many convictions can be expunged.",
    ),
    next_steps=(
        "File a petition in the court of the county where you were convicted. There is no fee.",
        "Include proof that you were coerced or deceived into the offense because you were trafficked.",
        "If you meet the rules, the judge must grant it.",
    ),
    discretionary=False,
    filing="The clerk of superior court in the county where you were convicted.",
)

expunction_of_prostitution_offense = Remedy(
    id="nc-expunction-15a-145-6",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a first prostitution conviction or a conditional discharge",
    citations=(GS_15A_145_6_B,),
    sources=(SOG_PROSTITUTION,),
    effective=date(2013, 10, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        # (b)(2)c.: only a conditional discharge under G.S. 14-204(b) - a plea with the finding of guilt put off -
        # counts among completed diversions; a pretrial diversion without a plea does not (it is a dismissal for
        # G.S. 15A-146).
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DIVERSION_COMPLETED,
            cite=GS_15A_145_6_B,
            diversion=(DiversionKind.DEFERRED_ADJUDICATION,),
        ),
        offense_in("nc-gs-14-204", cite=GS_15A_145_6_B),
        # A conditional discharge qualifies at once; a conviction three years after the conviction or the end
        # of the sentence, whichever is later (the end of the sentence never comes first).
        wait_by_outcome(
            {
                Disposition.DIVERSION_COMPLETED: disposition_is(Disposition.DIVERSION_COMPLETED, cite=GS_15A_145_6_B2),
                Disposition.CONVICTION: waiting_period(years=3, since=Event.SENTENCE_COMPLETED, cite=GS_15A_145_6_B2),
            },
            cite=GS_15A_145_6_B2,
        ),
        # Custom: only an earlier prostitution conviction bars it; the shared limits count every conviction.
        custom(
            "first prostitution conviction",
            requirement="You had no earlier prostitution conviction.",
            reads=(Fact.CATEGORY, Fact.DISPOSITION_DATE),
            rule=_no_prior_prostitution,
            cite=GS_15A_145_6_B2,
        ),
        no_later_conviction(cite=GS_15A_145_6_C),
    ),
    effect="The prostitution conviction or discharge is expunged: records are destroyed and you are restored "
    "to where you were before the arrest.",
    limits=(
        "Not available if you were ever convicted of a violent felony or a violent misdemeanor (one with "
        "assault as part of the crime).",
        "You must swear you have been of good moral character and had no convictions since.",
    ),
    next_steps=(
        "File the court form for this expunction (G.S. 15A-145.6) with the clerk in the county where you "
        "were convicted, with the sworn statements it asks for.",
        "There is a filing fee unless the court finds you cannot pay.",
    ),
    filing="The clerk of superior court in the county where you were convicted.",
)

# Custom: nonviolence turns on felony class, assaults and named sex offenses; an unnamed charge stays open.
NONVIOLENT = custom(
    "nonviolent offense",
    requirement="The offense was nonviolent: not a Class A to G felony, a Class A1 misdemeanor, an assault "
    "or a named sex offense.",
    reads=(Fact.OFFENSE, Fact.LEVEL),
    rule=_nonviolent_145_5,
    cite=GS_15A_145_5_A,
)

expunction_of_nonviolent_misdemeanors = Remedy(
    id="nc-expunction-15a-145-5-misdemeanor",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge nonviolent misdemeanor convictions after 5 or 7 years",
    citations=(GS_15A_145_5_C,),
    sources=(STATUTE_145_5, SECOND_CHANCE),
    effective=date(2020, 12, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=GS_15A_145_5_C),
        level_is(Level.MISDEMEANOR, cite=GS_15A_145_5_C),
        NONVIOLENT,
        # Custom: the wait's length and start follow the whole record (count, last conviction), not this charge.
        custom(
            "five or seven years",
            requirement="Five years have passed since the conviction and its sentence is done (seven years "
            "after the last one if you have more than one conviction).",
            reads=(Fact.DISPOSITION, Fact.DISPOSITION_DATE, Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_misdemeanor_wait,
            cite=GS_15A_145_5_C,
        ),
        no_pending_case(cite=GS_15A_145_5_C),
    ),
    effect="The convictions are expunged: records are destroyed and you are restored to where you were before "
    "the arrest. Prosecutors keep a private record.",
    limits=(
        "You must have paid all restitution and completed all probation and post-release supervision.",
        "If you have more than one conviction, none of them may be a violent one (such as a Class A to G felony "
        "or an assault), or an impaired-driving conviction.",
        "The judge weighs your good moral character and the views of the district attorney.",
    ),
    next_steps=(
        "File the court's petition form for nonviolent misdemeanor expunction with the clerk in the county "
        "where you were convicted, with affidavits of good character.",
        "The filing fee is $175; ask the clerk about a waiver if you cannot pay.",
    ),
    filing="The clerk of superior court in the county where you were convicted.",
)

expunction_of_misdemeanor_before_18 = Remedy(
    id="nc-expunction-15a-145",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a first misdemeanor committed before you turned 18",
    citations=(GS_15A_145_A,),
    sources=(STATUTE_145, SOG_UNDER_18),
    # The section is older; its current petition contents date from S.L. 2010-174 (in force 1 October 2010),
    # the earliest date the text read confirms.
    effective=date(2010, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=GS_15A_145_A),
        level_is(Level.MISDEMEANOR, cite=GS_15A_145_A),
        age_at_offense_under(18, cite=GS_15A_145_A),
        # "has not previously been convicted of any felony, or misdemeanor other than a traffic violation", and the
        # affidavit that the petitioner "has not been convicted of any felony, or misdemeanor other than a traffic
        # violation" since: no other conviction at all. Traffic violations do not count; the screener does not
        # tell them apart, so the limits say so.
        convictions_at_most(total=1, cite=GS_15A_145_A),
        # "two years after the date of the conviction, or ... the completion of any period of probation, whichever
        # occurs later": two years from the conviction, and the sentence done.
        waiting_period(years=2, since=Event.DISPOSITION, cite=GS_15A_145_A),
        sentence_completed(cite=GS_15A_145_A),
    ),
    effect="The misdemeanor is expunged: records are destroyed and you are restored to where you were before the "
    "arrest.",
    limits=(
        "Traffic violations do not count against you. Other convictions from the same incident, or joined for "
        "trial or judgment, may be expunged together; ask a lawyer.",
        "You need sworn statements from two people, not related to you or to each other, that your character is good.",
    ),
    next_steps=(
        "File the court's petition form for expunction of a misdemeanor committed before age 18 with the clerk in "
        "the county where you were convicted.",
        "The filing fee is $175; ask the clerk about a waiver if you cannot pay.",
    ),
    filing="The clerk of superior court in the county where you were convicted.",
)


# Added on the 2026-12-07 statute audit: S.L. 2020-35, s. 1 (the Second Chance Act), for offenses committed at 16 or
# 17 before North Carolina's raise-the-age law took effect on 1 December 2019.
expunction_of_offense_at_16_or_17 = Remedy(
    id="nc-expunction-15a-145-8a",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor or lower-level felony committed at 16 or 17 before December 2019",
    citations=(GS_15A_145_8A,),
    sources=(SL_2020_35, SOG_DOUGHNUT_HOLE),
    # The section's effective clause was not read; the Act's general date is used, never earlier than the law.
    effective=date(2020, 12, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=GS_15A_145_8A),
        # Custom: a felony qualifies only as Class H or I, which follows the offense.
        custom(
            "misdemeanor or class h or i felony",
            requirement="The conviction was for a misdemeanor or a Class H or I felony.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_misdemeanor_or_class_h_or_i,
            cite=GS_15A_145_8A,
        ),
        happened_before(Event.OFFENSE, date(2019, 12, 1), cite=GS_15A_145_8A),
        # Custom: an age range (16 or 17), which the shared age condition cannot state.
        custom(
            "aged 16 or 17",
            requirement="You were 16 or 17 when the offense was committed.",
            reads=(Fact.BIRTH_DATE, Fact.OFFENSE_DATE),
            rule=_aged_16_or_17,
            cite=GS_15A_145_8A,
        ),
        # Custom: an "other" charge with no law named may be a motor vehicle or registrable offense.
        custom(
            "not a motor vehicle or registrable offense",
            requirement="The offense was not a motor vehicle offense or one that requires sex-offender registration.",
            reads=(Fact.OFFENSE, Fact.CATEGORY),
            rule=_not_excluded_145_8a,
            cite=GS_15A_145_8A,
        ),
        sentence_completed(cite=GS_15A_145_8A),
    ),
    effect="The conviction is expunged: records are destroyed and you are restored to where you were before the "
    "arrest.",
    limits=(
        "Any restitution ordered for the offense must be paid, with no civil judgment for it outstanding.",
        "Several convictions can be expunged together, and the district attorney can also file the petition.",
    ),
    next_steps=(
        "File the court's petition form for expunction of an offense committed at 16 or 17 with the clerk in the "
        "county where you were convicted.",
        "The filing fee is $175; ask the clerk about a waiver if you cannot pay.",
    ),
    discretionary=False,
    filing="The clerk of superior court in the county where you were convicted.",
)


expunction_of_nonviolent_felony = Remedy(
    id="nc-expunction-15a-145-5-felony",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge one nonviolent felony conviction after 10 years",
    citations=(GS_15A_145_5_C,),
    sources=(STATUTE_145_5, SECOND_CHANCE),
    effective=date(2020, 12, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=GS_15A_145_5_C),
        level_is(Level.FELONY, cite=GS_15A_145_5_C),
        NONVIOLENT,
        convictions_at_most(felonies=1, cite=GS_15A_145_5_C),
        # Ten years after the conviction or when the sentence has been served, whichever occurs later.
        waiting_period(years=10, since=Event.DISPOSITION, cite=GS_15A_145_5_C),
        sentence_completed(cite=GS_15A_145_5_C),
        # No conviction during the ten-year wait; one after it does not bar.
        no_conviction_during_wait(years=10, since=Event.DISPOSITION, cite=GS_15A_145_5_C),
        no_pending_case(cite=GS_15A_145_5_C),
    ),
    effect="The felony conviction is expunged: records are destroyed and you are restored to where you were "
    "before the arrest.",
    limits=(
        "Promoting prostitution is a Class F felony and cannot be expunged this way.",
        "Two or three nonviolent felonies need a 20-year wait; that path is not screened here.",
    ),
    next_steps=(
        "File the court's petition form for nonviolent felony expunction with the clerk in the county where "
        "you were convicted.",
        "The filing fee is $175; ask the clerk about a waiver if you cannot pay.",
    ),
    filing="The clerk of superior court in the county where you were convicted.",
)

expunction_of_dismissals = Remedy(
    id="nc-expunction-15a-146",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a charge that was dismissed or ended in not guilty",
    citations=(GS_15A_146_A,),
    sources=(SOG_DISMISSALS,),
    effective=date(2020, 12, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    # A completed discharge and dismissal (conditional discharge) is a dismissal under 15A-146 (UNC SOG).
    conditions=(
        disposition_is(
            Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.DIVERSION_COMPLETED, cite=GS_15A_146_A
        ),
    ),
    effect="The records of the charge are destroyed and you are restored to where you were before the arrest.",
    next_steps=(
        "File the court's petition form for expunction of a dismissal or not-guilty finding with the clerk in "
        "the county where the charge was brought. There is no fee and usually no hearing.",
    ),
    discretionary=False,
    filing="The clerk of superior court in the county where the charge was brought.",
)

automatic_expunction_of_dismissals = Remedy(
    id="nc-automatic-expunction-15a-146-a4",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expunction of charges dismissed or found not guilty since December 2021",
    citations=(GS_15A_146_A4,),
    sources=(SOG_DISMISSALS, SECOND_CHANCE),
    # Enacted for dispositions from 1 December 2021; paused from 1 August 2022; resumed by S.L. 2024-35
    # in force 8 July 2024, with expunction 180 to 210 days after the final disposition (UNC School of
    # Government, 2025 guide). The AOC must also clear the cases held during the pause.
    effective=date(2024, 7, 8),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, cite=GS_15A_146_A4),
        happened_on_or_after(Event.DISPOSITION, date(2021, 12, 1), cite=GS_15A_146_A4),
        waiting_period(days=180, since=Event.DISPOSITION, cite=GS_15A_146_A4),
    ),
    effect="The court erases the records of the charge without a petition.",
    limits=(
        "Some dismissals are left out, for example some dismissals that were part of a plea deal or "
        "dismissals with leave. If yours still shows, you can file a petition instead.",
        "The expunction happens 180 to 210 days after the case ends. Cases that ended between August 2022 and "
        "January 2024, when the process was paused, are being cleared separately.",
    ),
    next_steps=(
        "Nothing to file. If the charge still shows up on a record check, file the petition form for a "
        "dismissal with the clerk in the county where it was brought.",
    ),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="NC",
    name="North Carolina",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expunction_for_trafficking_victims,
        expunction_of_prostitution_offense,
        expunction_of_nonviolent_misdemeanors,
        expunction_of_misdemeanor_before_18,
        expunction_of_offense_at_16_or_17,
        expunction_of_nonviolent_felony,
        expunction_of_dismissals,
        automatic_expunction_of_dismissals,
    ),
    legal_help=(
        LegalHelp("Legal Aid of North Carolina", "https://legalaidnc.org", "Expunctions and criminal records"),
        LegalHelp(
            "NC Second Chance Alliance",
            "https://ncsecondchance.org/thesecondchanceact/",
            "Information on the Second Chance Act and expunction in North Carolina",
        ),
        LegalHelp(
            "Charlotte Center for Legal Advocacy",
            "https://charlottelegaladvocacy.org/what-we-do/ex-offender-re-entry/",
            "Free expunction clinics for low-income North Carolinians",
        ),
    ),
    where_to_file="The clerk of superior court in the county where you were charged or convicted.",
)
