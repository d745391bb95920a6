"""Washington: vacating convictions of trafficking and abuse survivors, vacating misdemeanors and
felonies after a crime-free period, and deleting records of arrests without conviction.

Reviewed 2026-11-25 against RCW 9.96.060, 9.96.080 and 9.94A.648 (Laws 2021, ch. 237, which
replaced the prostitution-only vacatur of RCW 9.96.060 with relief for victims of sex trafficking,
prostitution-related crimes, sexual assault and domestic violence), RCW 9.94A.640 and RCW 10.97.060.
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
    offense_not_in,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

RCW_9_96_060 = "Rev. Code Wash. § 9.96.060"
RCW_9_96_080 = "Rev. Code Wash. § 9.96.080"
RCW_9_94A_640 = "Rev. Code Wash. § 9.94A.640"
RCW_9_94A_648 = "Rev. Code Wash. § 9.94A.648"
RCW_10_97_060 = "Rev. Code Wash. § 10.97.060"

LAWS_2021_CH_237 = Source(
    "House Bill Report on ESSB 5180 (2021): vacating convictions of victims",
    "http://lawfilesext.leg.wa.gov/Biennium/2021-22/Htm/Bill%20Reports/House/5180-S.E%20HBR%20APH%2021.htm",
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
            Category.PROMOTING, Level.FELONY, note="Class C felony."),
    Offense("wa-rcw-9a.88.070", "Promoting prostitution in the first degree", "Rev. Code Wash. § 9A.88.070",
            Category.PROMOTING, Level.FELONY, note="Class B felony."),
    Offense("wa-rcw-9a.88.010", "Indecent exposure", "Rev. Code Wash. § 9A.88.010", Category.LEWDNESS, Level.UNKNOWN),
    Offense("wa-rcw-9a.52.080", "Criminal trespass in the second degree", "Rev. Code Wash. § 9A.52.080",
            Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("wa-rcw-9a.84.030", "Disorderly conduct", "Rev. Code Wash. § 9A.84.030", Category.QUALITY_OF_LIFE,
            Level.MISDEMEANOR),
    Offense("wa-rcw-18.108.030", "Practicing massage without a license", "Rev. Code Wash. § 18.108.030",
            Category.UNLICENSED_MASSAGE, Level.MISDEMEANOR),
    Offense("wa-rcw-9a.40.100", "Trafficking", "Rev. Code Wash. § 9A.40.100", Category.TRAFFICKING, Level.FELONY),
)  # fmt: skip

# Class B felonies wait ten years after discharge, class C five (RCW 9.94A.640(2)).
FELONY_WAIT_BY_OFFENSE = {"wa-rcw-9a.88.070": 10, "wa-rcw-9a.88.080": 5}
FELONY_WAIT_UNKNOWN_CLASS = 10


def _felony_class_wait(context: ChargeContext) -> Finding:
    """The felony wait depends on the class of the felony, known here only from the offense; an
    unknown offense is held to the longer, class B wait."""
    years = FELONY_WAIT_BY_OFFENSE.get(context.charge.offense or "", FELONY_WAIT_UNKNOWN_CLASS)
    finding = waiting_period(years=years, since=Event.SENTENCE_COMPLETED, cite=RCW_9_94A_640).evaluate(context)
    if context.charge.offense in FELONY_WAIT_BY_OFFENSE or finding.on is None or finding.on <= context.facts.as_of:
        return finding
    return unknown(
        msg(
            "The wait is five years for a class C felony and ten for a class B felony; which felony it was is "
            "not known."
        ),
        context.path(Fact.OFFENSE),
    )


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
    ),
    effect="The court vacates the conviction and dismisses the charge. It is removed from your criminal history, "
    "and you can say you were never convicted of it.",
    limits=("You must show the offense was committed as a result of being a victim of sex trafficking, promoting "
            "prostitution, domestic violence or sexual assault.",
            "If the offense came from domestic violence or sexual assault, this law covers you too: answer yes to "
            "the question about being forced or pressured.",),
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
    ),
    effect="The court vacates the felony conviction; it leaves your criminal history and you can say you were never "
    "convicted of it.",
    limits=("Class A felonies and violent offenses cannot be vacated this way.",
            "If the offense came from domestic violence or sexual assault, this law covers you too: answer yes to "
            "the question about being forced or pressured.",),
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
    sources=(_rcw("9.96.060"),),
    effective=date(2019, 7, 28),  # the current tests date from Laws 2019, ch. 331
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RCW_9_96_060 + "(1)"),
        level_is(Level.MISDEMEANOR, cite=RCW_9_96_060 + "(1)"),
        offense_not_in("wa-rcw-9a.88.010", cite=RCW_9_96_060 + "(2)"),  # sex offenses are excluded
        waiting_period(years=3, since=Event.SENTENCE_COMPLETED, cite=RCW_9_96_060 + "(2)"),
        no_pending_case(cite=RCW_9_96_060 + "(2)"),
        # No new conviction in the three years before applying; we ask for none since, the stricter reading.
        no_later_conviction(cite=RCW_9_96_060 + "(2)"),
    ),
    effect="The court lets you withdraw the plea and dismisses the charge. The conviction leaves your criminal "
    "history for most purposes, and you can say you were never convicted of it.",
    next_steps=("File a motion to vacate with the court that sentenced you; ask the clerk about the fee or a waiver.",),
    filing="The district or municipal court that sentenced you.",
)  # fmt: skip

vacatur_of_felony = Remedy(
    id="wa-vacate-felony",
    kind=RemedyKind.VACATUR,
    title="Vacate a class B or C felony after a crime-free period",
    citations=(RCW_9_94A_640,),
    sources=(_rcw("9.94A.640"),),
    effective=date(2019, 7, 28),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RCW_9_94A_640 + "(1)"),
        level_is(Level.FELONY, cite=RCW_9_94A_640 + "(1)"),
        custom(
            "wait by felony class",
            requirement="Five years crime-free after discharge for a class C felony, ten for a class B felony.",
            reads=(Fact.OFFENSE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_felony_class_wait,
            cite=RCW_9_94A_640 + "(2)",
        ),
        no_pending_case(cite=RCW_9_94A_640 + "(2)"),
        no_later_conviction(cite=RCW_9_94A_640 + "(2)"),
    ),
    effect="The court clears the felony conviction; it leaves your criminal history for most purposes.",
    next_steps=("Get a certificate of discharge, then file a motion to vacate in the superior court that sentenced "
                "you.",),
    filing="The superior court that sentenced you.",
)  # fmt: skip

deletion_of_nonconviction_records = Remedy(
    id="wa-delete-nonconviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Delete police records of an arrest that did not lead to a conviction",
    citations=(RCW_10_97_060,),
    sources=(_rcw("10.97.060"),),
    effective=date(2012, 6, 7),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.NO_CHARGES, Disposition.DISMISSAL, Disposition.ACQUITTAL,
                       Disposition.DIVERSION_COMPLETED, cite=RCW_10_97_060),
        # The agency may refuse where the person has a prior felony or gross misdemeanor; we ask for
        # no listed conviction, the stricter reading.
        convictions_at_most(total=0, cite=RCW_10_97_060),
        no_pending_case(cite=RCW_10_97_060),
    ),
    effect="The arresting agency and the State Patrol delete the arrest from the criminal history they share. The "
    "court file is separate and can be sealed only by a court order.",
    next_steps=("Ask the arresting police agency and the Washington State Patrol in writing to delete the "
                "nonconviction record.",
                "To seal the court file, ask the court under General Rule 15."),
    discretionary=False,
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
