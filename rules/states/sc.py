"""South Carolina: expungement for trafficking victims, of charges that did not end in a conviction,
after pretrial intervention, and of a conviction carrying 30 days or less after three years.

S. 142 (2024 Act 225) lets a victim of trafficking ask the court to expunge convictions for nonviolent
offenses committed as a direct result of the trafficking; it also gives an affirmative defense at
trial. A first prostitution or solicitation conviction (at most 30 days in jail) can be expunged three
years later if there was no other conviction during those three years. Dismissed charges, acquittals
and completed pretrial intervention can be expunged.

Reviewed 2026-11-25 against S.C. Code §§ 16-15-90, 16-15-100, 16-15-110 (penalties), 16-3-2020
(trafficking, with S. 142 of 2024 as seen in the conference version), 17-1-40 (non-conviction
expungement), 17-22-150 (pretrial intervention) and 22-5-910 (first offense in summary court).

Reviewed 2026-12-06 against S.C. Code § 22-5-910(A)-(E) (statute copies: the current text covers any
conviction carrying 30 days or less, bars only "other conviction ... during the three-year period" and
may be used once), S. 142 (2024) through press reports and legal-aid guides (the amended words of
§ 16-3-2020 were not read), and §§ 17-1-40 and 17-22-150 through solicitors' guides. What changed: the
trafficking-victim expungement was added (the module had said South Carolina has none); the one-
conviction-ever limit and lifetime bar on later convictions in § 22-5-910 were replaced by the
three-year conviction-free window and a first-offense test for prostitution offenses.

Second review 2026-12-06 against the text of § 16-3-2020 (Justia copy in the saint1415/us-statutes
repository, history through 2024 Act No. 213 (S. 142), eff July 2, 2024): subsection (F) lets a victim
"convicted or adjudicated delinquent of a violation of this article, prostitution, or any other
nonviolent misdemeanor or Class F felony" move to expunge a record "for a nonviolent misdemeanor or
Class F felony offense" committed "as a direct result of, or interrelated to trafficking"; the module had
read "nonviolent" as anything not on the § 16-1-60 violent-crime list, which took in felonies of higher
classes. The Act is No. 213, in force 2 July 2024 (the module had Act 225 and 31 July).

Reviewed 2026-12-07 for the conditions still below statute text, the legal-help list and this note. §§
17-1-40 and 17-22-150 were looked for in the saint1415/us-statutes repository (no title 17 folder is stored),
so they rest on the solicitors' guides; South Carolina Legal Services' expungement brochure (read this review)
lists the same categories (dismissals, not-guilty verdicts, PTI and AEP dismissals, a first offense carrying at
most 30 days with no other conviction within three years). No rule changed. Legal help: South Carolina Legal
Services now links to that brochure; LifeWorks SC's Second Chance Program (free clinics and application help)
was added from its own page.

Cross-checked 2026-12-07 with 10 new worked examples built from the text of §§ 16-3-2020(F), 22-5-910, 17-1-40 and
17-22-150 (Code of Laws as published by the General Assembly, held in the public repository saint1415/us-statutes).
Changed: § 22-5-910 now applies its once-only limit ((F): not "under this section more than once"); an earlier
grant of unknown kind leaves it open. Six older worked examples now state that no relief was granted before. Not
modelled: (F) lets a charge pending for more than five years not bar the application.

Reviewed 2026-12-07 against § 22-5-910(F) (Code of Laws as published by the General Assembly, history through 2024
Act No. 111, in the saint1415/us-statutes copy) and §§ 17-22-150 and 17-22-950 (same copy; no pending-charge rule
for PTI, and for summary-court dismissals only a ground for the prosecution to object). Changed: an open charge no
longer rules out the first-offense expungement; (F) bars only charges pending five years or less (the five years
tolled while under a bench warrant for failure to appear), and the screening does not ask how long a case has been
pending, so an open charge now leaves the answer open. The condition's citation is now (F), not (A).

Reviewed 2026-12-07 (statute audit): read in the Code of Laws as published by the General Assembly (saint1415/us-statutes
copy) §§ 22-5-910 in full (history through 2024 Act No. 111), 22-5-920 (youthful offender, through 2023 Act No. 73),
22-5-930, 17-1-40, 17-22-910, 17-22-940 and 17-22-950; § 16-3-2020(F) again through another project's copy of the
official text (2024 Act No. 213, retroactive by its § 6). No eligibility rule changed: every condition agreed with the
text. Checked and kept: § 22-5-910(E) treats convictions at one sentencing from one incident as one, and the window and
first-offense rules already leave same-day convictions out. Added as text, not as rules, because the screening asks
neither fact: § 17-22-950(A) has a summary court expunge a dismissed or not-guilty charge on its own, at no cost, when
the person was fingerprinted (not after a dismissal at a preliminary hearing, nor with related charges pending in
general sessions); and § 22-5-920 expunges a first conviction sentenced under the Youthful Offender Act five years after
the sentence with no other conviction meanwhile (not for violent crimes or registry offenses), which turns on how the
judge sentenced. Still open: whether a person sentenced under that Act qualifies (the form does not ask); the
enactment dates used as placeholders for §§ 17-1-40, 17-22-150 and 22-5-910.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    granted_once_under_this_law,
    no_conviction_during_wait,
    offense_in,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

SC_17_1_40 = "S.C. Code § 17-1-40"
SC_17_22_150 = "S.C. Code § 17-22-150"
SC_17_22_950 = "S.C. Code § 17-22-950(A)"
SC_22_5_910_A = "S.C. Code § 22-5-910(A)"
SC_16_15_110 = "S.C. Code § 16-15-110(1)"
SC_22_5_910_F = "S.C. Code § 22-5-910(F)"
SC_22_5_910_C = "S.C. Code § 22-5-910(C)"
SC_16_3_2020_S142 = "S.C. Code § 16-3-2020(F) (as amended by 2024 Act No. 213, S. 142)"

SOLICITOR_9 = Source("Expungements (Ninth Circuit Solicitor's Office)", "http://scsolicitor9.org/expungements.php")
HORRY = Source(
    "Expungements (Horry County Solicitor's Office)",
    "https://www.horrycountysc.gov/departments/solicitor/expungements/",
)
SOLICITOR_1 = Source("Expungement (First Circuit Solicitor's Office)", "https://scsolicitor1.org/programs/expungement/")
LAW_16_15_110 = Source("S.C. Code § 16-15-110 (Lexace)", "https://lexace.ai/us/statute/south-carolina/16-15-110")
CODE_CH_15 = Source(
    "S.C. Code Title 16, Chapter 15 (South Carolina Legislature)", "https://www.scstatehouse.gov/code/t16c015.php"
)
LAW_22_5_910 = Source(
    "S.C. Code § 22-5-910, expungement of criminal records (PocketLaw)",
    "https://getpocketlaw.com/law/state_south_carolina/section-22-5-910-expungement-of-criminal-records_5e744b0b134d",
)
S142_BILL = Source(
    "S. 142 (2023-2024), Safe Harbor for Exploited Minors, bill history and versions (South Carolina Legislature)",
    "https://scstatehouse.gov/sess125_2023-2024/bills/142.htm",
)
S142_NEWS = Source(
    "McMaster signs legislation to expand South Carolina's sex trafficking law (The Center Square)",
    "https://www.brushwoodmedianetwork.com/south-carolina/news-south-carolina/mcmaster-signs-legislation-to-expand-south-carolinas-sex-trafficking-law",
)
LEARN_THE_LAW = Source(
    "What is eligible for expungement in South Carolina? (Learn the Law SC)",
    "https://www.learnthelaw.org/group/502/classroom/2270/830",
)

OFFENSES = (
    Offense(
        "sc-cl-16-15-90",
        "Prostitution",
        "S.C. Code § 16-15-90",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="First offense: up to $200 or 30 days; second: up to 6 months; third: at least a year.",
    ),
    Offense(
        "sc-cl-16-15-90-solicitation",
        "Soliciting or offering to pay for sex",
        "S.C. Code § 16-15-90",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "sc-cl-16-15-100",
        "Other offenses related to prostitution (procuring, transporting, keeping a place)",
        "S.C. Code § 16-15-100",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense(
        "sc-cl-16-17-530",
        "Public disorderly conduct",
        "S.C. Code § 16-17-530",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense("sc-cl-16-3-2020", "Trafficking in persons", "S.C. Code § 16-3-2020", Category.TRAFFICKING, Level.FELONY),
)

# Offenses whose first offense carries at most 30 days in jail (§ 16-15-110(1); § 16-17-530).
THIRTY_DAY_OFFENSES = ("sc-cl-16-15-90", "sc-cl-16-15-90-solicitation", "sc-cl-16-15-100", "sc-cl-16-17-530")
# Offenses punished under § 16-15-110, where a second offense carries up to six months.
SEX_TRADE_OFFENSES = frozenset({"sc-cl-16-15-90", "sc-cl-16-15-90-solicitation", "sc-cl-16-15-100"})
SEX_TRADE_CATEGORIES = frozenset({Category.PROSTITUTION, Category.SOLICITATION, Category.PROMOTING})
# Listed offenses that are violent crimes under § 16-1-60.
VIOLENT_OFFENSES = frozenset({"sc-cl-16-3-2020"})


def _is_sex_trade(offense: str | None, category: Category) -> bool:
    return offense in SEX_TRADE_OFFENSES if offense is not None else category in SEX_TRADE_CATEGORIES


def _first_offense(context: ChargeContext) -> Finding:
    """Custom because the 30-day limit of § 22-5-910(A) depends on § 16-15-110's penalty ladder: a
    prostitution-type conviction with an earlier one of the same kind carries up to six months.
    Disorderly conduct carries 30 days whatever came before."""
    charge = context.charge
    if not _is_sex_trade(charge.offense, charge.category):
        return met(msg("This offense carries 30 days or less whatever came before it."))
    own = charge.disposition_date
    earlier_unknown: list[str] = []
    for i, other in enumerate(context.facts.charges):
        if i == context.index or not other.is_conviction or not _is_sex_trade(other.offense, other.category):
            continue
        if other.disposition_date is None or own is None:
            earlier_unknown.append(Fact.DISPOSITION_DATE.path(i if other.disposition_date is None else context.index))
        elif other.disposition_date < own:
            return not_met(
                msg(
                    "A second prostitution-related conviction carries up to six months, more than the 30 days "
                    "this allows; you listed an earlier one."
                )
            )
    if earlier_unknown:
        return unknown(
            msg(
                "Only a first prostitution-related offense carries 30 days or less; the order of your convictions is not known."
            ),
            *dict.fromkeys(earlier_unknown),
        )
    return met(msg("You listed no earlier prostitution-related conviction, so this was a first offense."))


def _nonviolent(context: ChargeContext) -> Finding:
    """§ 16-3-2020(F): the record that can be expunged is one "for a nonviolent misdemeanor or Class F
    felony offense", meaning "all offenses listed in Section 16-1-20(A)(6), (7), (8), and (9)" (Class F
    felonies and Class A, B and C misdemeanors); prostitution is named. Custom because the classes are
    not in the shared grade list: a misdemeanor is met, the trafficking offense is not, and a felony of
    another kind stays open (only Class F felonies qualify)."""
    charge = context.charge
    if charge.offense in VIOLENT_OFFENSES:
        return not_met(msg("Only misdemeanors and Class F felonies can be expunged this way; this offense is neither."))
    if charge.level is Level.MISDEMEANOR or charge.category in (Category.PROSTITUTION, Category.SOLICITATION):
        return met(msg("The offense is a misdemeanor, which this covers."))
    if charge.level is Level.FELONY:
        return unknown(
            msg("Of felonies, only Class F felonies can be expunged this way; the class of this felony is not known."),
            context.path(Fact.OFFENSE),
        )
    return unknown(
        msg("This covers misdemeanors and Class F felonies; the level of the charge is not known."),
        context.path(Fact.LEVEL),
    )


def _no_charge_pending_five_years_or_less(context: ChargeContext) -> Finding:
    """§ 22-5-910(F): "No person may have the person's record expunged under this section if the person has pending
    criminal charges of any kind unless the charges have been pending for more than five years; however, this
    five-year time period is tolled for any time the defendant has been under a bench warrant for failure to
    appear." Custom because the screening asks whether a case is pending, not since when: an open case leaves the
    answer open rather than ruling the expungement out."""
    answer = context.facts.person.pending_case
    if answer is Answer.NO:
        return met(msg("You have no open criminal case."))
    if answer is Answer.YES:
        return unknown(
            msg(
                "An open charge stops this unless it has been pending for more than five years (time under a bench "
                "warrant for failing to appear does not count); how long yours has been pending is not known."
            ),
            Fact.PENDING_CASE.value,
        )
    return unknown(
        msg("An open charge pending for five years or less stops this; whether a case is pending is not known."),
        Fact.PENDING_CASE.value,
    )


expungement_for_trafficking_victims = Remedy(
    id="sc-expungement-trafficking",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor or Class F felony conviction that resulted from being trafficked",
    citations=(SC_16_3_2020_S142,),
    sources=(S142_NEWS, LEARN_THE_LAW, S142_BILL),
    # 2024 Act No. 213 (S. 142), Section 2, eff July 2, 2024 (history line of § 16-3-2020).
    effective=date(2024, 7, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=SC_16_3_2020_S142),
        trafficking_nexus(cite=SC_16_3_2020_S142),
        # Custom: it turns on level and class (a misdemeanor or Class F felony); a felony of unknown class stays open.
        custom(
            "nonviolent offense",
            requirement="The offense was a nonviolent misdemeanor or a Class F felony.",
            reads=(Fact.CATEGORY, Fact.OFFENSE, Fact.LEVEL),
            rule=_nonviolent,
            cite=SC_16_3_2020_S142,
        ),
    ),
    effect="The court orders the records of the conviction destroyed.",
    limits=(
        "It covers misdemeanors and Class F felonies committed as a direct result of, or interrelated to, being "
        "trafficked; the court decides on the evidence.",
        "You must give the original prosecuting agency reasonable notice of the motion.",
    ),
    next_steps=(
        "File a motion for expungement in the court where you were convicted, explaining how being trafficked "
        "led to the offense.",
        "A free lawyer listed below can help you gather proof and file it safely.",
    ),
    filing="The court where you were convicted.",
)

expungement_without_conviction = Remedy(
    id="sc-expungement-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a charge that was dismissed or ended in a not-guilty verdict",
    citations=(SC_17_1_40, SC_17_22_950),
    sources=(SOLICITOR_9, HORRY),
    effective=date(2009, 1, 1),  # Current form of § 17-1-40 is from 2009 as we understand it; year only, not verified.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=SC_17_1_40),),
    effect="The arrest and booking records, photos and fingerprints are destroyed, and no agency may keep "
    "a trace of the charge.",
    limits=(
        "If the charge was in a magistrate or municipal court and you were fingerprinted, that court must expunge it "
        "on its own at no cost, unless the charge was dismissed at a preliminary hearing or related charges are "
        "pending in General Sessions. Check whether this already happened.",
    ),
    next_steps=(
        "For a magistrate or municipal court case, ask that court to expunge it. For a General Sessions "
        "case, apply through the solicitor's office of the county; there is no fee for a dismissed "
        "General Sessions charge.",
    ),
    discretionary=False,
    filing="The summary court that dismissed the charge, or the circuit solicitor's office.",
)

expungement_after_pretrial_intervention = Remedy(
    id="sc-expungement-pti",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a charge after completing pretrial intervention",
    citations=(SC_17_22_150,),
    sources=(SOLICITOR_9, SOLICITOR_1),
    effective=date(1990, 1, 1),  # Placeholder: the enactment date was not verified; the program long predates 1990.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(disposition_is(Disposition.DIVERSION_COMPLETED, cite=SC_17_22_150),),
    effect="The court orders all official records of the arrest destroyed, and you may lawfully leave the "
    "arrest out when asked.",
    next_steps=(
        "Apply through the solicitor's office that ran the program. The solicitor charges a $250 administrative fee.",
    ),
    filing="The circuit solicitor's office that ran the pretrial intervention program.",
)

expungement_of_first_minor_conviction = Remedy(
    id="sc-expungement-first-offense",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a first prostitution or disorderly conduct conviction after three years",
    citations=(SC_22_5_910_A, SC_22_5_910_C, SC_16_15_110),
    sources=(LAW_22_5_910, HORRY, SOLICITOR_1, LAW_16_15_110, CODE_CH_15),
    effective=date(2010, 1, 1),  # Placeholder: the date of the current wording was not verified.
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.SOLICITATION, Category.PROMOTING, Category.QUALITY_OF_LIFE),
    conditions=(
        convicted(cite=SC_22_5_910_A),
        offense_in(*THIRTY_DAY_OFFENSES, cite=SC_16_15_110),
        # Custom: the 30-day limit follows the penalty ladder (an earlier sex-trade conviction), not the charge's class.
        custom(
            "30 days or less",
            requirement="The conviction carried 30 days or less: for prostitution-related offenses, a first offense.",
            reads=(Fact.OFFENSE, Fact.CATEGORY, Fact.DISPOSITION_DATE),
            rule=_first_offense,
            cite=SC_16_15_110,
        ),
        waiting_period(years=3, since=Event.DISPOSITION, cite=SC_22_5_910_A),
        no_conviction_during_wait(years=3, since=Event.DISPOSITION, cite=SC_22_5_910_C),
        # Custom: a charge pending for more than five years does not bar it, and the screening does not ask since when.
        custom(
            "no pending case",
            requirement="No criminal charge is pending against you, or every pending charge has been pending for "
            "more than five years.",
            reads=(Fact.PENDING_CASE,),
            rule=_no_charge_pending_five_years_or_less,
            cite=SC_22_5_910_F,
        ),
        # "No person may have the person's records expunged under this section more than once" (F): an earlier
        # expungement of another kind does not count, so an earlier grant leaves this open.
        granted_once_under_this_law(cite=SC_22_5_910_F),
    ),
    effect="The records of the arrest and conviction are destroyed.",
    limits=(
        "A second or later prostitution conviction carries more than 30 days and cannot be expunged this way.",
        "Any other conviction during the three years after this one rules it out.",
        "You can use this only once.",
        "An open charge stops it only if it has been pending for five years or less.",
    ),
    next_steps=(
        "Apply through the solicitor's office of the county where you were convicted; the magistrate or "
        "municipal court signs the order. The solicitor charges a $250 fee.",
    ),
    filing="The magistrate or municipal court where you were convicted, through the circuit solicitor's office.",
)

JURISDICTION = Jurisdiction(
    code="SC",
    name="South Carolina",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        expungement_for_trafficking_victims,
        expungement_without_conviction,
        expungement_after_pretrial_intervention,
        expungement_of_first_minor_conviction,
    ),
    legal_help=(
        LegalHelp(
            "South Carolina Legal Services",
            "https://sclegal.org/brochures/overcoming-a-criminal-record-expungement/",
            "Free civil legal help, including expungement",
        ),
        LegalHelp(
            "LifeWorks SC, Second Chance Program",
            "https://www.lifeworkssc.com/legalsuport",
            "Free clinics and help with South Carolina expungement and pardon applications",
        ),
    ),
    where_to_file="The circuit solicitor's office of the county, or the magistrate or municipal court that "
    "handled the case.",
    notes=(
        "A pardon from the Department of Probation, Parole and Pardon Services is another path for a "
        "conviction that cannot be expunged.",
        "If you were under 25 when convicted and the judge sentenced you under the Youthful Offender Act, a first "
        "conviction can be expunged five years after the whole sentence ends, if you had no other conviction during "
        "the sentence or those five years (S.C. Code § 22-5-920; not for violent crimes or offenses that need sex "
        "offender registration). This screener does not ask how you were sentenced; ask the solicitor's office.",
    ),
)
