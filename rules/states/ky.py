"""Kentucky: expungement for trafficking survivors of charges or convictions for prostitution-chapter
and other non-violent offenses, expungement of misdemeanors five years after the sentence, and of
acquittals and dismissals.

Reviewed 2026-11-25 against KRS 529.160 (survivor expungement), KRS 431.076 (acquittals and
dismissals), KRS 431.078 (misdemeanors), KRS 431.073 (Class D felonies, not encoded here) and the
offenses in KRS chapter 529. HB 431 (2024), which would have turned KRS 529.160 into a vacatur, was
not found to have passed. Not verified: the exact start days of KRS 529.160 (2013) and of the current
KRS 431.078 (2016), encoded as 1 January of those years; the 2020 automatic expungement of
acquittals and dismissals with prejudice is noted but not encoded, because its start date is not
confirmed and the request cannot tell a dismissal with prejudice from one without.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    level_is,
    no_later_conviction,
    no_pending_case,
    not_under_sentence,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, SEX_TRADE, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

KRS_529_160_1 = "KRS 529.160(1)"
KRS_529_160_2 = "KRS 529.160(2)"
KRS_431_076 = "KRS 431.076"
KRS_431_078 = "KRS 431.078"

OFFENSES = (
    Offense("ky-krs-529.020", "Prostitution", "KRS 529.020", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "ky-krs-529.080",
        "Loitering for prostitution purposes",
        "KRS 529.080",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.UNKNOWN,
        note="A violation the first time; a misdemeanor after that.",
    ),
    Offense(
        "ky-krs-529.030", "Promoting prostitution in the first degree", "KRS 529.030", Category.PROMOTING, Level.FELONY
    ),
    Offense(
        "ky-krs-529.040", "Promoting prostitution in the second degree", "KRS 529.040", Category.PROMOTING, Level.FELONY
    ),
    Offense(
        "ky-krs-529.050",
        "Promoting prostitution in the third degree",
        "KRS 529.050",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense("ky-krs-510.150", "Indecent exposure in the first degree", "KRS 510.150", Category.LEWDNESS, Level.UNKNOWN),
    Offense(
        "ky-krs-525.060",
        "Disorderly conduct in the second degree",
        "KRS 525.060",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ky-krs-511.080",
        "Criminal trespass in the third degree",
        "KRS 511.080",
        Category.QUALITY_OF_LIFE,
        Level.VIOLATION,
    ),
    Offense("ky-krs-529.100", "Human trafficking", "KRS 529.100", Category.TRAFFICKING, Level.FELONY),
)

# Offenses in chapter 529 (any of them qualifies) or offenses that are plainly not violent crimes.
CHAPTER_529 = frozenset({"ky-krs-529.020", "ky-krs-529.080", "ky-krs-529.030", "ky-krs-529.040", "ky-krs-529.050"})
NOT_VIOLENT = CHAPTER_529 | {"ky-krs-510.150", "ky-krs-525.060", "ky-krs-511.080"}


def _chapter_529_or_not_violent(context: ChargeContext) -> Finding:
    """Chapter 529 offenses qualify; any other charge must not be a violent crime under KRS 17.165."""
    charge = context.charge
    if charge.offense in NOT_VIOLENT or (charge.offense is None and charge.category in SEX_TRADE | {Category.LEWDNESS}):
        return met(msg("This offense is a prostitution-chapter offense or is not a violent crime."))
    return unknown(
        msg("Violent crimes are not covered; whether this charge counts as one is not known."),
        context.path(Fact.OFFENSE),
    )


def _sixty_days_after_judgment(context: ChargeContext) -> Finding:
    judged = context.charge.disposition_date
    if judged is None:
        return unknown(
            msg("You can file 60 days after the final judgment; that date has not been given."),
            context.path(Fact.DISPOSITION_DATE),
        )
    day = add_period(judged, days=60)
    if day <= context.facts.as_of:
        return met(msg("The 60 days after the judgment ({judged}) ended on {day}.", judged=judged, day=day), on=day)
    return later(msg("You can file 60 days after the judgment, from {day}.", day=day), on=day)


survivor_expungement = Remedy(
    id="ky-expungement-529-160",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge records of offenses that resulted from trafficking",
    citations=(KRS_529_160_1, KRS_529_160_2),
    sources=(
        Source(
            "KRS 529.160 (LawServer)",
            "https://www.lawserver.com/law/state/kentucky/ky-statutes/kentucky_statutes_529-160",
        ),
        Source("Clean Slate Clearinghouse: Kentucky KY-C-6", "https://cleanslateclearinghouse.org/policies/ky-c-6/"),
        Source(
            "Collateral Consequences Resource Center: Kentucky record relief",
            "https://ccresourcecenter.org/text-blocks/kentucky-record-relief",
        ),
    ),
    # Enacted in 2013; only the year is confirmed, so 1 January 2013 is used.
    effective=date(2013, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            cite=KRS_529_160_1,
        ),
        trafficking_nexus(cite=KRS_529_160_1),
        custom(
            "prostitution chapter or not violent",
            requirement="The charge was under the prostitution chapter or was not a violent crime.",
            reads=(Fact.OFFENSE,),
            rule=_chapter_529_or_not_violent,
            cite=KRS_529_160_1,
        ),
        custom(
            "60 days after the final judgment",
            requirement="At least 60 days have passed since the final judgment.",
            reads=(Fact.DISPOSITION_DATE,),
            rule=_sixty_days_after_judgment,
            cite=KRS_529_160_2,
        ),
    ),
    effect="The court expunges all records of the offense; the charge is treated as dismissed with "
    "prejudice, and background checks show no record.",
    limits=(
        "This is an expungement, not a vacatur. For immigration, ask a lawyer how it will be seen.",
        "No official papers are needed, but papers from a government agency showing you were a trafficking "
        "victim create a presumption in your favor.",
    ),
    next_steps=(
        "File a motion to expunge under KRS 529.160 in the court where the charges were filed.",
        "Explain how being trafficked led to the offense and attach any supporting papers.",
        "Ask the clerk about fees; the court can waive them if you cannot pay.",
    ),
    filing="The court where the charges were filed (District Court or Circuit Court).",
)


def _acquittal_or_dismissal_wait(context: ChargeContext) -> Finding:
    """An acquittal or a dismissal with prejudice waits 60 days; a dismissal without prejudice waits
    1 year (misdemeanor) or 3 years (felony). We cannot tell which kind of dismissal it was, so a
    dismissal takes the longer wait for its level."""
    charge = context.charge
    if charge.disposition is Disposition.UNKNOWN:
        return unknown(
            msg("The wait depends on how the case ended, which is not known."), context.path(Fact.DISPOSITION)
        )
    if charge.disposition not in (Disposition.ACQUITTAL, Disposition.DISMISSAL):
        return not_met(msg("This is only for an acquittal or a dismissal."))
    judged = charge.disposition_date
    if judged is None:
        return unknown(
            msg("The wait counts from the day the case ended, which has not been given."),
            context.path(Fact.DISPOSITION_DATE),
        )
    if charge.disposition is Disposition.ACQUITTAL:
        day = add_period(judged, days=60)
    elif charge.level is Level.FELONY:
        day = add_period(judged, years=3)
    elif charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        day = add_period(judged, years=1)
    else:
        return unknown(
            msg("A dismissal may wait 1 year for a misdemeanor or 3 years for a felony; the level is not known."),
            context.path(Fact.LEVEL),
        )
    if day <= context.facts.as_of:
        return met(msg("The wait ended on {day}.", day=day), on=day)
    return later(msg("You can file from {day}.", day=day), on=day)


non_conviction_expungement = Remedy(
    id="ky-expungement-431-076",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a case that ended in acquittal or dismissal",
    citations=(KRS_431_076,),
    sources=(
        Source(
            "Collateral Consequences Resource Center: Kentucky record relief",
            "https://ccresourcecenter.org/text-blocks/kentucky-record-relief",
        ),
    ),
    # Current form since 2020; only the year is confirmed, so 1 January 2020 is used.
    effective=date(2020, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.ACQUITTAL, Disposition.DISMISSAL, cite=KRS_431_076),
        custom(
            "wait after acquittal or dismissal",
            requirement="Enough time has passed since the acquittal or dismissal.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.DISPOSITION_DATE),
            rule=_acquittal_or_dismissal_wait,
            cite=KRS_431_076,
        ),
    ),
    effect="The court expunges the records of the case, and the case is treated as if it never happened.",
    limits=(
        "A dismissal with prejudice can be expunged after 60 days, and since 2020 acquittals and such "
        "dismissals are often expunged automatically. We use the longer wait because we cannot tell which "
        "kind of dismissal you had.",
    ),
    next_steps=(
        "Check first with the circuit clerk whether the case was already expunged automatically.",
        "If not, file the expungement petition form for acquittals and dismissals (AOC-497.3) with the "
        "clerk in the county where you were charged; there is no fee for this kind.",
    ),
    discretionary=False,
    filing="The court where the charges were filed.",
)

misdemeanor_expungement = Remedy(
    id="ky-expungement-431-078",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor or violation five years after the sentence",
    citations=(KRS_431_078,),
    sources=(
        Source(
            "Collateral Consequences Resource Center: Kentucky record relief",
            "https://ccresourcecenter.org/text-blocks/kentucky-record-relief",
        ),
    ),
    # Current form since 2016; only the year is confirmed, so 1 January 2016 is used.
    effective=date(2016, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=KRS_431_078),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=KRS_431_078),
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=KRS_431_078),
        not_under_sentence(cite=KRS_431_078),
        no_later_conviction(cite=KRS_431_078),
        no_pending_case(cite=KRS_431_078),
    ),
    effect="The court expunges the conviction; it is treated as if it never happened and you do not have "
    "to mention it on most applications.",
    limits=(
        "Sex offenses and offenses against a child cannot be expunged this way.",
        "One misdemeanor (or several from one incident) must be expunged if you qualify; for more, the judge decides.",
        "There is a filing fee and a separate expungement fee; ask the clerk about waivers.",
    ),
    next_steps=(
        "Get an expungement eligibility certification from the Administrative Office of the Courts.",
        "File the petition to expunge a misdemeanor with the circuit clerk in the county of conviction.",
    ),
    filing="The District Court in the county where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="KY",
    name="Kentucky",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(survivor_expungement, non_conviction_expungement, misdemeanor_expungement),
    legal_help=(
        LegalHelp("Kentucky Legal Aid", "https://www.klaid.org", "Western Kentucky"),
        LegalHelp("Legal Aid Society (Louisville)", "https://www.laslou.org", "Louisville area"),
        LegalHelp("Kentucky Justice Online", "https://www.kyjustice.org", "Statewide self-help and expungement forms"),
    ),
    where_to_file="The circuit court clerk in the county where you were charged or convicted.",
    notes=(
        "Class D felonies, such as promoting prostitution in the second degree, may be vacated and "
        "expunged under KRS 431.073 five years after the sentence; that path is not screened here yet.",
    ),
)
