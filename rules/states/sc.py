"""South Carolina: expungement of charges that did not end in a conviction, after pretrial
intervention, and of a first minor conviction after three years.

South Carolina has no record relief written for trafficking survivors as adults: the 2024 Safe
Harbor law (S. 142) gives an affirmative defense at trial, not a way to clear an old record. A
first prostitution or solicitation conviction (at most 30 days in jail) can be expunged three years
later if there was no other conviction. Dismissed charges, acquittals and completed pretrial
intervention can be expunged.

Reviewed 2026-11-25 against S.C. Code §§ 16-15-90, 16-15-100, 16-15-110 (penalties), 16-3-2020
(trafficking, with S. 142 of 2024 as seen in the conference version), 17-1-40 (non-conviction
expungement), 17-22-150 (pretrial intervention) and 22-5-910 (first offense in summary court).
"""

from datetime import date

from rules.conditions import (
    convicted,
    convictions_at_most,
    disposition_is,
    no_later_conviction,
    no_pending_case,
    offense_in,
    waiting_period,
)
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

SC_17_1_40 = "S.C. Code § 17-1-40"
SC_17_22_150 = "S.C. Code § 17-22-150"
SC_22_5_910_A = "S.C. Code § 22-5-910(A)"
SC_16_15_110 = "S.C. Code § 16-15-110(1)"

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

expungement_without_conviction = Remedy(
    id="sc-expungement-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a charge that was dismissed or ended in a not-guilty verdict",
    citations=(SC_17_1_40,),
    sources=(SOLICITOR_9, HORRY),
    effective=date(2009, 1, 1),  # Current form of § 17-1-40 is from 2009 as we understand it; year only, not verified.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=SC_17_1_40),),
    effect="The arrest and booking records, photos and fingerprints are destroyed, and no agency may keep "
    "a trace of the charge.",
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
    citations=(SC_22_5_910_A, SC_16_15_110),
    sources=(HORRY, SOLICITOR_1, LAW_16_15_110, CODE_CH_15),
    effective=date(2010, 1, 1),  # Placeholder: the date of the current wording was not verified.
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.SOLICITATION, Category.PROMOTING, Category.QUALITY_OF_LIFE),
    conditions=(
        convicted(cite=SC_22_5_910_A),
        offense_in(*THIRTY_DAY_OFFENSES, cite=SC_16_15_110),
        # Only a first offense carries 30 days or less, and it must be the person's only conviction.
        convictions_at_most(total=1, cite=SC_22_5_910_A),
        waiting_period(years=3, since=Event.DISPOSITION, cite=SC_22_5_910_A),
        no_later_conviction(cite=SC_22_5_910_A),
        no_pending_case(cite=SC_22_5_910_A),
    ),
    effect="The records of the arrest and conviction are destroyed.",
    limits=(
        "A second or later prostitution conviction carries more than 30 days and cannot be expunged this way.",
        "You can use this only once.",
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
        expungement_without_conviction,
        expungement_after_pretrial_intervention,
        expungement_of_first_minor_conviction,
    ),
    legal_help=(
        LegalHelp(
            "South Carolina Legal Services", "https://sclegal.org", "Free civil legal help, including expungement"
        ),
    ),
    where_to_file="The circuit solicitor's office of the county, or the magistrate or municipal court that "
    "handled the case.",
    notes=(
        "South Carolina has no law that clears an adult's record because the offense resulted from "
        "trafficking; a pardon from the Department of Probation, Parole and Pardon Services is the other "
        "path.",
    ),
)
