"""Massachusetts: vacatur for trafficking survivors, sealing of convictions by the Commissioner of
Probation, automatic sealing of acquittals and court sealing of dismissed cases.

Reviewed 2026-11-25 against G.L. c. 265, § 59 (added by St. 2018, c. 69), G.L. c. 276, §§ 100A
and 100C (waiting periods as cut by St. 2018, c. 69), and G.L. c. 272, §§ 7, 16, 53 and 53A.
Massachusetts has no general expungement for adult convictions; sealing is the main relief.
"""

from datetime import date

from rules.conditions import (
    convicted,
    disposition_is,
    no_later_conviction,
    offense_in,
    trafficking_nexus,
    waiting_period_by_level,
)
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

GL_265_59 = "Mass. Gen. Laws ch. 265, § 59(a)"
GL_276_100A = "Mass. Gen. Laws ch. 276, § 100A"
GL_276_100A_3 = "Mass. Gen. Laws ch. 276, § 100A(3)"
GL_276_100C_1 = "Mass. Gen. Laws ch. 276, § 100C, first paragraph"
GL_276_100C_2 = "Mass. Gen. Laws ch. 276, § 100C, second paragraph"

CCRC = Source(
    "Massachusetts record relief (Collateral Consequences Resource Center)",
    "https://ccresourcecenter.org/text-blocks/massachusetts-record-relief",
)

OFFENSES = (
    Offense(
        "ma-gl-272-53a-a",
        "Engaging in sexual conduct for a fee",
        "Mass. Gen. Laws ch. 272, § 53A(a)",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ma-gl-272-53a-b",
        "Paying for sexual conduct",
        "Mass. Gen. Laws ch. 272, § 53A(b)",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ma-gl-272-53-a",
        "Common nightwalking or streetwalking",
        "Mass. Gen. Laws ch. 272, § 53(a)",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ma-gl-272-53-b",
        "Disorderly conduct",
        "Mass. Gen. Laws ch. 272, § 53(b)",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ma-gl-272-7",
        "Living off or sharing the earnings of a prostitute",
        "Mass. Gen. Laws ch. 272, § 7",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ma-gl-272-16", "Open and gross lewdness", "Mass. Gen. Laws ch. 272, § 16", Category.LEWDNESS, Level.FELONY
    ),
    Offense(
        "ma-gl-265-50",
        "Trafficking of persons for sexual servitude",
        "Mass. Gen. Laws ch. 265, § 50",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

vacatur_for_trafficking_survivors = Remedy(
    id="ma-vacatur-265-59",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution or streetwalking conviction that resulted from trafficking",
    citations=(GL_265_59,),
    sources=(
        Source(
            "Mass. Gen. Laws ch. 265, § 59 (LawServer)",
            "http://www.lawserver.com/law/state/massachusetts/ma-laws/massachusetts_general_laws_265_59",
        ),
        Source(
            "Massachusetts (Freedom Network USA, Survivor Reentry Project)",
            "https://freedomnetworkusa.org/srp_states/ma/",
        ),
    ),
    # Added by the 2018 criminal justice reform act, signed 13 April 2018.
    effective=date(2018, 4, 13),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.LOITERING_FOR_PROSTITUTION),
    conditions=(
        convicted(cite=GL_265_59),
        offense_in("ma-gl-272-53a-a", "ma-gl-272-53-a", cite=GL_265_59),
        trafficking_nexus(cite=GL_265_59),
    ),
    effect="The court must vacate the conviction, and you may take back your guilty plea, if there is a "
    "reasonable probability that you took part because you were trafficked. The case is then sealed.",
    limits=(
        "It also covers simple drug possession (ch. 94C, § 34) and a continuance without a finding, "
        "which this screener does not check separately.",
    ),
    next_steps=(
        "File a motion to vacate in the court where the case was decided. You can file at any time.",
        "Official papers showing you were trafficked help but are not required.",
    ),
    legal_defect=True,
    discretionary=False,
    filing="The District Court, Boston Municipal Court or Superior Court that entered the judgment.",
)

sealing_by_the_commissioner = Remedy(
    id="ma-sealing-100a",
    kind=RemedyKind.SEALING,
    title="Ask the Commissioner of Probation to seal a conviction",
    citations=(GL_276_100A,),
    sources=(
        Source(
            "Mass. Gen. Laws ch. 276, § 100A",
            "https://instalawyer.io/laws/massachusetts-general-laws/section-100a-requests-to",
        ),
        Source(
            "Massachusetts felony sealing (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/ma-c-2/",
        ),
        CCRC,
    ),
    # Waiting periods of 3 and 7 years since St. 2018, c. 69 (signed 13 April 2018).
    effective=date(2018, 4, 13),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=GL_276_100A),
        # Counted from the disposition or release from custody; we count from the end of the
        # sentence, which is never earlier.
        waiting_period_by_level(
            {Level.MISDEMEANOR: 3, Level.FELONY: 7}, since=Event.SENTENCE_COMPLETED, cite=GL_276_100A
        ),
        no_later_conviction(cite=GL_276_100A_3),
    ),
    effect="The Probation Service seals the record. Most employers, landlords and the public cannot see "
    "it, and you may answer that you have no record.",
    limits=(
        "Police, courts and some employers who work with children, the elderly or people with "
        "disabilities can still see sealed records.",
        "Sex offenses that require registration have a 15-year wait and other rules.",
    ),
    next_steps=(
        "Fill in the Petition to Seal from the Office of the Commissioner of Probation and mail it or "
        "bring it in. There is no fee.",
    ),
    discretionary=False,
    filing="The Office of the Commissioner of Probation, Boston.",
)

sealing_of_acquittals = Remedy(
    id="ma-sealing-100c-acquittal",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing after a not-guilty finding",
    citations=(GL_276_100C_1,),
    sources=(CCRC, Source("How to seal a criminal record in Massachusetts", "https://www.sealmyrecordma.com/guide")),
    # Long-standing; we use the effective date of the 2010 CORI reform (St. 2010, c. 256), the
    # earliest date we could tie to the current text.
    effective=date(2012, 5, 4),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.ACQUITTAL, cite=GL_276_100C_1),),
    effect="When you are found not guilty, or a grand jury or judge finds no case to answer, the "
    "Commissioner of Probation seals the record without a request.",
    next_steps=("Nothing to file. If the case still shows on your record, ask the Probation Service to seal it.",),
    discretionary=False,
)

sealing_of_dismissed_cases = Remedy(
    id="ma-sealing-100c-dismissal",
    kind=RemedyKind.SEALING,
    title="Ask a judge to seal a dismissed or dropped case",
    citations=(GL_276_100C_2,),
    sources=(CCRC, Source("How to seal a criminal record in Massachusetts", "https://www.sealmyrecordma.com/guide")),
    effective=date(2012, 5, 4),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL, Disposition.NO_CHARGES, Disposition.DIVERSION_COMPLETED, cite=GL_276_100C_2
        ),
    ),
    effect="If the judge finds that sealing serves substantial justice, the record of the dismissed or "
    "dropped case is sealed.",
    limits=("The judge decides; you need to show how the record harms you, for example with work or housing.",),
    next_steps=(
        "File a Petition to Seal (non-conviction) in the court where the case was heard. There is no fee.",
        "The judge may hold a short hearing.",
    ),
    filing="The District Court, Boston Municipal Court or Superior Court where the case was heard.",
)

JURISDICTION = Jurisdiction(
    code="MA",
    name="Massachusetts",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        sealing_by_the_commissioner,
        sealing_of_acquittals,
        sealing_of_dismissed_cases,
    ),
    legal_help=(
        LegalHelp("Greater Boston Legal Services (CORI and Re-entry Project)", "https://www.gbls.org", "Sealing help"),
        LegalHelp("Community Legal Aid", "https://communitylegal.org", "Central and western Massachusetts"),
    ),
    where_to_file="Convictions: the Office of the Commissioner of Probation. Dismissed cases and "
    "trafficking motions: the court where the case was heard.",
)
