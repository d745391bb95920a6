"""Colorado: vacatur for trafficking survivors, sealing for survivors, sealing by petition, automatic
sealing of dismissed cases and Clean Slate automatic sealing of older misdemeanor convictions.

Reviewed 2026-11-25 against: C.R.S. § 18-1-410.7 (added by HB 24-1345, in force 31 May 2024),
§ 24-72-707 (as amended by SB 22-099, in force 10 August 2022), §§ 24-72-705, 24-72-706 and
24-72-709 (summaries by the Clean Slate Clearinghouse and Paper Prisons), SB 22-099 (Clean Slate; misdemeanor
sealing began 1 July 2024, felonies 1 July 2025) and §§ 18-7-201 to 18-7-206.
Not verified: which offenses of the "Victim Rights Act" list (§ 24-4.1-302(1)) cover pandering,
pimping and quality-of-life charges (those charges are left open), the classes of the prostitution
offenses after the 2022 reclassification (encoded as of unknown level), and the exact subsection of
§ 24-72-706 that sets automatic sealing.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    level_is,
    no_later_conviction,
    no_pending_case,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

CRS_18_1_410_7 = "Colo. Rev. Stat. § 18-1-410.7"
CRS_24_4_1_302 = "Colo. Rev. Stat. § 24-4.1-302(1)"
CRS_24_72_705 = "Colo. Rev. Stat. § 24-72-705"
CRS_24_72_706 = "Colo. Rev. Stat. § 24-72-706(1)"
CRS_24_72_706_AUTO = "Colo. Rev. Stat. § 24-72-706 (automatic sealing, SB 22-099)"
CRS_24_72_707 = "Colo. Rev. Stat. § 24-72-707"

SOURCE_410_7 = Source(
    "C.R.S. § 18-1-410.7 (FindLaw, current as of 1 January 2025)",
    "https://codes.findlaw.com/co/title-18-criminal-code/co-rev-st-sect-18-1-410-7/",
)
SOURCE_HB_24_1345 = Source("Colorado General Assembly: HB 24-1345", "http://leg.colorado.gov/bills/HB24-1345")
SOURCE_707 = Source("C.R.S. § 24-72-707 with history", "http://www.lpdirect.net/casb/crs/24-72-707.html")
SOURCE_FREEDOM_NETWORK = Source(
    "Freedom Network USA: Colorado survivor relief", "https://freedomnetworkusa.org/?p=5981"
)
SOURCE_706 = Source(
    "Clean Slate Clearinghouse: Colorado conviction sealing (CO-C-15)",
    "http://www.nationalreentryresourcecenter.org/cleanslate/states/colorado/policies/co-c-15",
)
SOURCE_PAPER_PRISONS = Source("Paper Prisons: Colorado law summary", "https://paperprisons.org/states/CO.html")
SOURCE_SB_22_099 = Source(
    "SB 22-099 (Clean Slate), rerevised text",
    "https://app.legiplex.com/co/legislature/2022/2022-r/bills/sb099/draft-758581?id=758581",
)
SOURCE_ROLLOUT = Source(
    "Colorado record sealing and the Clean Slate rollout (2024-2025)",
    "https://halstonberg.com/expungement/colorado-expungement/",
)

OFFENSES = (
    Offense("co-crs-18-7-201", "Prostitution", "Colo. Rev. Stat. § 18-7-201", Category.PROSTITUTION, Level.UNKNOWN),
    Offense(
        "co-crs-18-7-202",
        "Soliciting for prostitution",
        "Colo. Rev. Stat. § 18-7-202",
        Category.SOLICITATION,
        Level.UNKNOWN,
    ),
    Offense(
        "co-crs-18-7-205",
        "Patronizing a prostitute",
        "Colo. Rev. Stat. § 18-7-205",
        Category.SOLICITATION,
        Level.UNKNOWN,
    ),
    Offense(
        "co-crs-18-7-204",
        "Keeping a place of prostitution",
        "Colo. Rev. Stat. § 18-7-204",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense("co-crs-18-7-203", "Pandering", "Colo. Rev. Stat. § 18-7-203", Category.PROMOTING, Level.FELONY),
    Offense("co-crs-18-7-206", "Pimping", "Colo. Rev. Stat. § 18-7-206", Category.PROMOTING, Level.FELONY),
    Offense("co-crs-18-7-302", "Indecent exposure", "Colo. Rev. Stat. § 18-7-302", Category.LEWDNESS, Level.UNKNOWN),
    Offense(
        "co-crs-18-9-106", "Disorderly conduct", "Colo. Rev. Stat. § 18-9-106", Category.QUALITY_OF_LIFE, Level.UNKNOWN
    ),
    Offense(
        "co-crs-18-3-504",
        "Human trafficking for sexual servitude",
        "Colo. Rev. Stat. § 18-3-504",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Offenses with no identifiable victim, which the Victim Rights Act list does not name.
NOT_VICTIM_RIGHTS_CRIMES = frozenset({"co-crs-18-7-201", "co-crs-18-7-202", "co-crs-18-7-205", "co-crs-18-7-204"})
VICTIM_RIGHTS_CRIMES = frozenset({"co-crs-18-3-504"})


def _not_victim_rights_crime(context: ChargeContext) -> Finding:
    """Crimes on the Victim Rights Act list (§ 24-4.1-302(1)) are excluded. Only the prostitution
    offenses are known to be off the list; anything else stays open for a lawyer to check."""
    charge = context.charge
    offense = charge.offense
    if offense in NOT_VICTIM_RIGHTS_CRIMES or (
        offense is None and charge.category in (Category.PROSTITUTION, Category.SOLICITATION)
    ):
        return met(msg("Prostitution offenses are not on the Victim Rights Act list of crimes."))
    if offense in VICTIM_RIGHTS_CRIMES or charge.category is Category.TRAFFICKING:
        return not_met(msg("This crime is on the Victim Rights Act list, which this does not cover."))
    if offense is None:
        return unknown(
            msg("Crimes on the Victim Rights Act list are excluded; which law the charge was under is not known."),
            context.path(Fact.OFFENSE),
        )
    return unknown(
        msg("Crimes on the Victim Rights Act list are excluded; a lawyer can check whether this charge is on it."),
    )


_VICTIM_RIGHTS = custom(
    "not a Victim Rights Act crime",
    requirement="The charge is not a crime on the Victim Rights Act list (mostly crimes against a person).",
    reads=(Fact.OFFENSE, Fact.CATEGORY),
    rule=_not_victim_rights_crime,
    cite=CRS_24_4_1_302,
)


def _survivor_sealing_scope(context: ChargeContext) -> Finding:
    """§ 24-72-707(1.5): a prostitution charge or conviction; (1): any misdemeanor or municipal conviction."""
    charge = context.charge
    if charge.disposition in (Disposition.PENDING, Disposition.UNKNOWN):
        return unknown(msg("How the case ended is not known."), context.path(Fact.DISPOSITION))
    if charge.offense == "co-crs-18-7-201" or (charge.offense is None and charge.category is Category.PROSTITUTION):
        return met(msg("A prostitution charge or conviction can be sealed this way."))
    if not charge.is_conviction:
        return not_met(msg("Apart from prostitution, this covers only convictions."))
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("A misdemeanor or city ordinance conviction can be sealed this way."))
    if charge.level is Level.FELONY:
        return not_met(msg("This does not cover felony convictions."))
    return unknown(
        msg("This covers misdemeanor and city ordinance convictions; the level of the charge is not known."),
        context.path(Fact.LEVEL),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="co-vacatur-18-1-410-7",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from human trafficking",
    citations=(CRS_18_1_410_7,),
    sources=(SOURCE_410_7, SOURCE_HB_24_1345, SOURCE_FREEDOM_NETWORK),
    effective=date(2024, 5, 31),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CRS_18_1_410_7),
        trafficking_nexus(cite=CRS_18_1_410_7),
        _VICTIM_RIGHTS,
    ),
    effect="The court vacates the conviction, so it no longer counts as a conviction, and the records are "
    "handled as if the case had been dismissed.",
    limits=(
        "You must prove with clear and convincing evidence that you committed the offense because you were "
        "being trafficked. An official paper saying you were a victim creates a presumption.",
        "Not available if you raised trafficking as a defense at trial and were still convicted.",
    ),
    next_steps=(
        "File a motion to vacate in the court where you were convicted (state or municipal) and serve it on "
        "the district attorney or city attorney, who has 35 days to respond.",
        "If they object, the court sets a hearing.",
    ),
    legal_defect=True,
    filing="The court where the conviction was entered.",
)

sealing_for_trafficking_survivors = Remedy(
    id="co-sealing-24-72-707",
    kind=RemedyKind.SEALING,
    title="Seal a prostitution record or misdemeanor conviction of a trafficking survivor",
    citations=(CRS_24_72_707,),
    sources=(SOURCE_707, SOURCE_FREEDOM_NETWORK),
    effective=date(2022, 8, 10),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        trafficking_nexus(cite=CRS_24_72_707),
        custom(
            "prostitution record or misdemeanor conviction",
            requirement="A prostitution charge or conviction, or a misdemeanor or city ordinance conviction.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE, Fact.LEVEL),
            rule=_survivor_sealing_scope,
            cite=CRS_24_72_707,
        ),
        _VICTIM_RIGHTS,
    ),
    effect="The court seals the records. You may say the case did not happen, and most employers and "
    "landlords cannot see it.",
    limits=(
        "You must show, more likely than not, that you were trafficked into committing the offense.",
        "Sealing hides the record; it does not undo the conviction.",
    ),
    next_steps=(
        "File a motion to seal in the case where the records are (the court that handled it). You can file "
        "at any time and there is no processing fee.",
    ),
    filing="The court that handled the case.",
)

sealing_of_dismissed_cases = Remedy(
    id="co-sealing-24-72-705",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing when the whole case is dismissed or you are acquitted",
    citations=(CRS_24_72_705,),
    sources=(SOURCE_PAPER_PRISONS, SOURCE_ROLLOUT),
    effective=date(2019, 8, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, cite=CRS_24_72_705),),
    effect="The court seals the records when it dismisses the whole case or you are acquitted of everything.",
    limits=(
        "Only when every charge in the case ends this way; otherwise you must file a motion.",
        "A dismissal after a deferred judgment may need a motion.",
    ),
    next_steps=("Nothing to file. If the case still shows, ask the court clerk to confirm the sealing order.",),
    discretionary=False,
)

sealing_by_petition = Remedy(
    id="co-sealing-24-72-706",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a conviction after the waiting period",
    citations=(CRS_24_72_706,),
    sources=(SOURCE_706, SOURCE_PAPER_PRISONS),
    effective=date(2019, 8, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CRS_24_72_706),
        _VICTIM_RIGHTS,
        # Petty offense 1 year; class 2-3 misdemeanor 2 years, class 1 misdemeanor 3; class 4-6 felony 3,
        # other felonies 5. We use the longest wait of each level, counted from the end of the sentence.
        waiting_period_by_level(
            {Level.VIOLATION: 1, Level.MISDEMEANOR: 3, Level.FELONY: 5},
            since=Event.SENTENCE_COMPLETED,
            cite=CRS_24_72_706,
        ),
        no_later_conviction(cite=CRS_24_72_706),
    ),
    effect="The court seals the conviction records. You may say the case did not happen, and employers, "
    "landlords and schools may not ask about it.",
    limits=(
        "A later conviction during the wait blocks this path, but Colorado has a separate path for people with "
        "several convictions (§ 24-72-709).",
        "Police, courts and agencies that must run background checks can still see sealed records.",
    ),
    next_steps=(
        "File a petition to seal conviction records in the court that convicted you, with a verified copy of "
        "your Colorado criminal history; notify the district attorney.",
        "There is a processing fee, which the court can waive if you cannot pay.",
    ),
    filing="The court where you were convicted.",
)

clean_slate = Remedy(
    id="co-clean-slate",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of older misdemeanor and petty convictions",
    citations=(CRS_24_72_706_AUTO,),
    sources=(SOURCE_SB_22_099, SOURCE_ROLLOUT),
    # SB 22-099 took effect 10 August 2022; automatic sealing of misdemeanors began 1 July 2024.
    effective=date(2024, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CRS_24_72_706_AUTO),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=CRS_24_72_706_AUTO),
        _VICTIM_RIGHTS,
        # Seven years from the final disposition or release from supervision, whichever is later.
        waiting_period(years=7, since=Event.SENTENCE_COMPLETED, cite=CRS_24_72_706_AUTO),
        no_later_conviction(cite=CRS_24_72_706_AUTO),
        no_pending_case(cite=CRS_24_72_706_AUTO),
        sentence_completed(cite=CRS_24_72_706_AUTO),
    ),
    effect="The conviction is sealed without a petition. Courts, police and some licensing agencies can still see it.",
    limits=(
        "Felony convictions began to be sealed automatically in July 2025 under narrower rules; this screen "
        "does not cover them.",
        "A district attorney can object in some cases.",
    ),
    next_steps=(
        "Nothing to file. You can check your record with the Colorado Bureau of Investigation; if an eligible "
        "record is not sealed, you can file a petition instead.",
    ),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="CO",
    name="Colorado",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        sealing_for_trafficking_survivors,
        sealing_of_dismissed_cases,
        sealing_by_petition,
        clean_slate,
    ),
    legal_help=(
        LegalHelp(
            "Colorado Legal Services", "https://www.coloradolegalservices.org", "Free civil legal help statewide"
        ),
        LegalHelp("Colorado Legal Help", "https://www.coloradolegalhelp.org", "Sealing forms and self-help"),
    ),
    where_to_file="The court that handled the case (county, district or municipal court).",
    notes=(
        "Being a trafficking victim is an affirmative defense to prostitution committed on or after "
        "1 July 2015 (C.R.S. § 18-7-201.3).",
    ),
)
