"""Florida: expunction for trafficking survivors, automatic sealing of cases that end in your favor,
and one-time sealing or expunction by petition.

Where sources disagree we follow the statute text. The 2026-11 audit read § 943.0583(3)'s
"preponderance of the evidence" (2013 text) as the whole burden; the current section adds a
stricter standard where the petitioner has no official documentation of being trafficked, which
S.B. 1736 (2024) and H.B. 1439 (2022) proposed to delete ("deleting a provision requiring a
certain standard of proof for a determination made without certain official documentation"),
neither of which we found enacted, so the module keeps telling people that without papers the
court needs clear and convincing proof. A practitioner page says dismissals after a diversion
program are not automatically sealed; § 943.0595(2)(a)2. excludes only dismissals under § 916.145
or § 985.19 (incompetency), so a dismissal or nolle prosequi after pretrial intervention is
treated as covered.

Reviewed 2026-12-06 against Fla. Stat. § 943.0585(1)(a)-(d) (Online Sunshine, 2024), § 943.059(1)
(current text), § 943.0583(1)-(3) (current text and the 2013 text), § 943.0595 (text current
through the 2024 session, with CS/CS/SB 376 (2023)), the 2014 text of § 943.059 on the ineligible
list, and § 796.07(1)-(2) (2024). Changed: completed pretrial diversion (a dismissal or nolle
prosequi under § 948.08) now reaches expunction, sealing and automatic sealing; sealing reads
whether adjudication was withheld (charges[].adjudication_withheld) instead of asking the outcome
again; "never adjudicated guilty" counts only convictions where adjudication was not withheld;
the one-time limit is a condition (person.prior_relief); the ineligible-offense list applies only
where the person was found guilty or pleaded; sealing waits for court supervision to end;
automatic sealing covers only cases that ended on or after the day it began; § 796.07(2)(b)-(d)
can now be picked (§ 796.06 was not read and is not listed). Expunction after ten years sealed
(§ 943.0585(1)(h)) is told in the sealing remedy's effect but not screened: the screening cannot
tell whether the record sealed before was this one. Not verified: the
exact day automatic sealing began (we use 1 January 2021, the latest start reported), the current
text of § 943.0584, § 943.0585(1)(e)-(h) (read in summaries) and the penalties in § 796.07(5),
so the audit's reading of the solicitation ladder (a second violation already a felony) is neither
adopted nor contradicted: the offense notes now say only that the grade rises with prior violations.

Second review, 2026-12-06 (worked examples written from the statute text): a survivor's own human
trafficking charge (§ 787.06) was left open on § 943.0583's violent-felony exclusion although the
list in § 775.084(1)(b)1. (read on a practitioner page) does not name it; it is now known to be
outside that list. Automatic sealing of an arrest with no charge filed (§ 943.0595(2)(a)1.) is
now dated by the prosecutor's decision not to file; it used to ask for a disposition date the
arrest does not have.

Cross-checked 2026-12-07 with 11 new worked examples built from the words quoted in rules/evidence/fl.yaml (Fla.
Stat. 943.0583, 943.0585, 943.059): no case disagreed with the module; no rule changed. The prior-relief bar of §
943.0585(1)(g) is now read in statute text (a Justia copy).

Third pass, 2026-12-07 (29 worked examples written from the statute text alone; all agreed with the module).
Read in statute text (Justia copies in the saint1415/us-statutes data set): all of § 943.0583 (current
through ch. 2023-84), § 943.0585(1)(a)-(h), § 943.059(1), § 796.07 (through ch. 2024-3), § 796.05, § 480.047,
§ 776.08 and § 856.021; § 943.0584(1)-(2)(a)-(j) in the 2023 Online Sunshine text. Corrected: practicing
massage without a license (§ 480.047) was listed as a felony; § 480.047(2) makes it a first-degree
misdemeanor (the felony is § 456.065, a different law, not listed here; State v. Nguyen, 980 So. 2d 1189 (Fla.
5th DCA 2008) describes the two charges). The offense notes now give the grades of § 796.07(4)(a) and (5)(a)
(prostitution and the place offenses: a third violation is a felony; soliciting under (2)(f): a second
violation is a felony), and § 796.07(2)(g) (entering or remaining in a place for prostitution) and (2)(i)
(purchasing services) can be picked. Automatic sealing now says it does not follow a verdict of not guilty
by reason of insanity (§ 943.0595(2)(a)3.). Confirmed and kept: § 943.0583(5) asks clear and convincing proof
without official documentation; § 943.0584(1) counts a plea or a finding of guilt "regardless of whether
adjudication is withheld", as the module does, and binds only convictions, so it never blocks expunction of a
dismissal or acquittal; § 943.0585(1)(h)'s ten years sealed does not apply where no plea was entered, the
charges were dismissed before trial, or the person was acquitted. Still open: the day automatic sealing
began; the rest of the § 943.0584 list (so an unnamed felony stays open); the § 775.084(1)(b)1. list (read
only on a practitioner page); a dismissal entered after a guilty or no-contest plea, which § 943.0585(1)(h)
leaves to expunction only after ten years sealed, is screened like any dismissal.

Reviewed 2026-12-07 (statute audit): read § 943.0595 (Syfert copy of the 2023 Statutes, casetext copy through 2024),
§ 943.0584(1)-(2) (2023 Online Sunshine), and the 2021-2024 bills that restate § 943.0583(3) and § 943.0595(3):
CS/SB 1690 committee amendment 332036 and SB 1210 (2023), SB 1734 and SB 1736 (2024), SB 1662 (2021). No rule
changed; nine worked examples built from the statute text all agreed with the module. Checked: the 2023 proposals to
bar only a "conviction" of a § 775.084(1)(b)1. offense (so that a dismissed or acquitted violent-felony charge of a
survivor could be expunged) did not become law - SB 1734 (2024) still restates (3)(b) as "This section does not apply
to any offense listed in s. 775.084(1)(b)1." and proposes the change again - so the exclusion stays whatever the
outcome. SB 1662 (2021) proposed a schedule for "criminal cases disposed of before October 1, 2019", which suggests
automatic sealing reached dispositions from that day; that is a bill's framing, not the statute's effective clause,
so the 1 January 2021 start is kept (earlier dispositions are told to use the petitions). Still open: the effective
day of § 943.0595; the rest of the § 943.0584 list and the § 775.084(1)(b)1. and § 776.08 lists; whether another
listed conviction was entered in Florida (§ 943.0585(1)(d) and § 943.059(1)(b) count only adjudications "in this
state"; the screening does not ask where another conviction was).
"""

from collections.abc import Callable
from datetime import date

from rules.condition import Condition
from rules.conditions import (
    ChargeContext,
    convictions_at_most,
    custom,
    disposition_is,
    granted_only_once,
    happened_on_or_after,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, later, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)
# The latest start of automatic sealing we saw reported; the statute seals "upon the disposition",
# so earlier dispositions are left to the petitions.
AUTOMATIC_SEALING_START = date(2021, 1, 1)

FS_943_0583 = "Fla. Stat. § 943.0583(3)"
FS_775_084 = "Fla. Stat. § 775.084(1)(b)1."
FS_943_0584 = "Fla. Stat. § 943.0584(2)"
FS_943_0585 = "Fla. Stat. § 943.0585(1)(a)-(b)"
FS_943_0585_D = "Fla. Stat. § 943.0585(1)(d)"
FS_943_0585_ONCE = "Fla. Stat. § 943.0585(1) (no prior sealing or expunction)"
FS_943_059 = "Fla. Stat. § 943.059(1)(c)"
FS_943_059_B = "Fla. Stat. § 943.059(1)(b)"
FS_943_059_D = "Fla. Stat. § 943.059(1)(d)"
FS_943_059_E = "Fla. Stat. § 943.059(1)(e)"
FS_943_0595 = "Fla. Stat. § 943.0595(2)(a)"
FS_943_0595_3 = "Fla. Stat. § 943.0595(3)(a)"

FDLE_TRAFFICKING = Source(
    "Florida Department of Law Enforcement: Human Trafficking Expungement",
    "https://www.fdle.state.fl.us/Seal-and-Expunge-Process/Human-Trafficking-Expungement.aspx",
)
FS_0583_TEXT = Source(
    "Fla. Stat. § 943.0583 (Florida Senate, 2013 text)", "https://www.flsenate.gov/laws/statutes/2013/943.0583"
)
FS_0583_CURRENT = Source(
    "Fla. Stat. § 943.0583 (current text, instalawyer.io)",
    "https://instalawyer.io/laws/florida-statutes/9430583-human-trafficking-victim",
)
FS_0584_TEXT = Source(
    "Fla. Stat. § 943.0584 (Online Sunshine)",
    "http://www.leg.state.fl.us/Statutes/Index.cfm/index.cfm?App_mode=Display_Statute&Search_String=&URL=0900-0999/0943/Sections/0943.0584.html",
)
FS_0585_TEXT = Source(
    "Fla. Stat. § 943.0585 (Online Sunshine, 2024)",
    "http://leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&Search_String=criminal+indigent+status&URL=0900-0999%2F0943%2FSections%2F0943.0585.html",
)
FS_059_TEXT = Source(
    "Fla. Stat. § 943.059 (current text, instalawyer.io)",
    "https://instalawyer.io/laws/florida-statutes/943059-court-ordered-sealing-of",
)
FS_0595_TEXT = Source(
    "Fla. Stat. § 943.0595 (current through the 2024 session)",
    "https://d1tvxue8o4w0fl.cloudfront.net/statute/florida-statutes/title-xlvii-criminal-procedure-and-corrections/chapter-943-department-of-law-enforcement/section-9430595-automatic-sealing-of-criminal-history-records-confidentiality-of-related-court-records",
)
SB_376 = Source(
    "Florida Senate: CS/CS/SB 376 (2023) amending § 943.0595",
    "https://flsenate.gov/Session/Bill/2023/376/BillText/c2/HTML",
)
PAPER_PRISONS = Source("Paper Prisons: Florida summary", "https://www.paperprisons.org/states/FL.html")

# § 796.07(4)(a): every violation but (2)(f) is graded by the number of violations.
GRADE_4_A = (
    "A first violation is a second-degree misdemeanor, a second a first-degree misdemeanor, and a third or later "
    "one a third-degree felony (§ 796.07(4)(a))."
)
GRADE_4_A_PLACE = GRADE_4_A + " The grade is one step higher where the place is a massage establishment (§ 796.07(7))."

OFFENSES = (
    Offense(
        "fl-fs-796.07-2-e",
        "Prostitution (offering to commit or engaging in prostitution)",
        "Fla. Stat. § 796.07(2)(e)",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note=GRADE_4_A,
    ),
    Offense(
        "fl-fs-796.07-2-f",
        "Soliciting, inducing or enticing another to commit prostitution",
        "Fla. Stat. § 796.07(2)(f)",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A first violation is a first-degree misdemeanor; a second is a third-degree felony and a third or "
        "later one a second-degree felony (§ 796.07(5)(a)).",
    ),
    Offense(
        "fl-fs-796.07-2-i",
        "Purchasing the services of a person engaged in prostitution",
        "Fla. Stat. § 796.07(2)(i)",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note=GRADE_4_A,
    ),
    Offense(
        "fl-fs-796.07-2-g",
        "Residing in, entering or remaining in a place or vehicle for prostitution, lewdness or assignation",
        "Fla. Stat. § 796.07(2)(g)",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note=GRADE_4_A,
    ),
    Offense(
        "fl-fs-796.07-2-a",
        "Keeping a place for prostitution, lewdness or assignation",
        "Fla. Stat. § 796.07(2)(a)",
        Category.PROMOTING,
        Level.UNKNOWN,
        note=GRADE_4_A_PLACE,
    ),
    Offense(
        "fl-fs-796.07-2-b",
        "Offering or agreeing to secure another for prostitution or a lewd act",
        "Fla. Stat. § 796.07(2)(b)",
        Category.PROMOTING,
        Level.UNKNOWN,
        note=GRADE_4_A,
    ),
    Offense(
        "fl-fs-796.07-2-c",
        "Receiving or letting a person remain in a place for prostitution, lewdness or assignation",
        "Fla. Stat. § 796.07(2)(c)",
        Category.PROMOTING,
        Level.UNKNOWN,
        note=GRADE_4_A,
    ),
    Offense(
        "fl-fs-796.07-2-d",
        "Directing, taking or transporting a person for prostitution, lewdness or assignation",
        "Fla. Stat. § 796.07(2)(d)",
        Category.PROMOTING,
        Level.UNKNOWN,
        note=GRADE_4_A,
    ),
    Offense(
        "fl-fs-796.05",
        "Deriving support from the proceeds of prostitution",
        "Fla. Stat. § 796.05",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "fl-fs-480.047",
        "Practicing massage without a license",
        "Fla. Stat. § 480.047",
        Category.UNLICENSED_MASSAGE,
        Level.MISDEMEANOR,
        note="A first-degree misdemeanor (§ 480.047(2)). The same conduct is sometimes charged as the felony of "
        "practicing a health care profession without a license (§ 456.065), a different law.",
    ),
    Offense(
        "fl-fs-856.021", "Loitering or prowling", "Fla. Stat. § 856.021", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
    Offense("fl-fs-787.06", "Human trafficking", "Fla. Stat. § 787.06", Category.TRAFFICKING, Level.FELONY),
)

# Offenses we know are neither forcible felonies nor sex-offender offenses, whatever their grade (§ 480.047
# is a misdemeanor; it stays here so that a charge given as a felony under it is not left open).
ORDINARY_FELONIES = frozenset(
    {
        "fl-fs-796.07-2-e",
        "fl-fs-796.07-2-f",
        "fl-fs-796.07-2-g",
        "fl-fs-796.07-2-i",
        "fl-fs-796.07-2-a",
        "fl-fs-796.07-2-b",
        "fl-fs-796.07-2-c",
        "fl-fs-796.07-2-d",
        "fl-fs-796.05",
        "fl-fs-480.047",
    }
)


# Custom: the excluded lists name offenses this module does not list, so the answer turns on the level as
# well as the offense, and an unplaced felony stays open; offense_not_in_list can only bar listed offenses.
def _not_excluded_felony(context: ChargeContext) -> Finding:
    """Violent and sex-offender felonies are left out; other felonies and all lesser charges are not.

    A custom condition: the statutes name lists (forcible felonies, § 775.084(1)(b)1., the
    sex-offender list) made of offenses this module does not list, so the answer turns on the
    level of the charge as much as on the offense, which the shared offense-list condition cannot say.
    """
    charge = context.charge
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION) or charge.offense in ORDINARY_FELONIES:
        return met(msg("The charge is not a violent or sex-offender felony."))
    if charge.level is Level.UNKNOWN:
        return unknown(
            msg("Some violent and sex-offender felonies are left out; the level of the charge is not known."),
            context.path(Fact.LEVEL),
        )
    return unknown(
        msg("Some violent and sex-offender felonies are left out; which law this felony was under is not known."),
        context.path(Fact.OFFENSE),
    )


# § 775.084(1)(b)1. lists arson, sexual battery, robbery, kidnapping, aggravated child or elder abuse,
# aggravated assault with a deadly weapon, murder, manslaughter, bombs, armed burglary, aggravated
# battery and aggravated stalking. Human trafficking (§ 787.06) is not on it, so a survivor charged
# with trafficking is not left out of § 943.0583 by that list.
NOT_ON_775_084_LIST = ORDINARY_FELONIES | {"fl-fs-787.06"}


# Custom: as _not_excluded_felony, with the narrower § 775.084(1)(b)1. list (trafficking known to be outside).
def _not_listed_violent_felony(context: ChargeContext) -> Finding:
    """§ 943.0583(3): only the felonies listed in § 775.084(1)(b)1. are left out.

    A custom condition for the same reason as :func:`_not_excluded_felony`; this list is narrower
    than the forcible-felony and sex-offender lists, so human trafficking is known to be outside it.
    """
    if context.charge.offense in NOT_ON_775_084_LIST:
        return met(msg("The charge is not one of the violent felonies this law leaves out."))
    return _not_excluded_felony(context)


def _pleaded_or_found_guilty(context: ChargeContext) -> bool:
    charge = context.charge
    return charge.disposition is Disposition.CONVICTION or (
        charge.disposition is Disposition.DIVERSION_COMPLETED and charge.diversion_kind is not DiversionKind.PRETRIAL
    )


# Custom: as _not_excluded_felony, and the list binds only after a finding or plea of guilt.
def _not_on_ineligible_list(context: ChargeContext) -> Finding:
    """§ 943.0584: the listed offenses cannot be sealed where the person was found guilty or pleaded.

    A custom condition for the same reason as :func:`_not_excluded_felony`, and because the list
    applies only to a finding or plea of guilt, not to a dismissal or acquittal.
    """
    if not _pleaded_or_found_guilty(context):
        return met(msg("The list of offenses that can never be sealed applies only after a guilty finding or plea."))
    return _not_excluded_felony(context)


# Custom: supervision exists only after a plea or finding of guilt (any diversion but pretrial); the shared
# sentence conditions would ask it of a dismissal too, and cannot fall back on "not under sentence now".
def _supervision_over(context: ChargeContext) -> Finding:
    """§ 943.059(1)(d): no longer under the court supervision that came with this case.

    A custom condition: supervision exists only after a plea or a finding of guilt; a dismissal,
    acquittal or uncharged arrest needs nothing, which the shared sentence conditions cannot say.
    """
    if not _pleaded_or_found_guilty(context):
        return met(msg("There was no court supervision in this case."))
    done = context.charge.sentence_completed_date
    if done is not None:
        if done <= context.facts.as_of:
            return met(msg("The court supervision in this case ended on {day}.", day=done), on=done)
        return later(msg("The court supervision in this case ends on {day}.", day=done), on=done)
    if context.facts.person.under_sentence is Answer.NO:
        return met(msg("You are not under any sentence or supervision now."))
    return unknown(
        msg("This is possible only once the court supervision in this case has ended; when it ended is not known."),
        context.path(Fact.SENTENCE_COMPLETED_DATE),
    )


expunction_for_trafficking_victims = Remedy(
    id="fl-expunction-trafficking",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge records of offenses committed while you were trafficked",
    citations=(FS_943_0583,),
    sources=(FS_0583_CURRENT, FDLE_TRAFFICKING, FS_0583_TEXT),
    # Enacted 2013 (ch. 2013-98); later amendments added arrests and charges without conviction.
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=FS_943_0583,
        ),
        trafficking_nexus(cite=FS_943_0583),
        # Custom: a felony of unnamed law stays open, and an unknown level asks for the level, not the offense.
        custom(
            "not a listed violent felony",
            requirement="The offense is not one of the violent felonies the law leaves out.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_not_listed_violent_felony,
            cite=FS_775_084,
        ),
    ),
    effect="The court orders the records expunged, and a conviction is treated as vacated because of a "
    "defect in the case. You may deny the arrest in most settings.",
    limits=(
        "You must file with due diligence once you are out of the trafficking situation or have sought "
        "services, allowing for your safety.",
        "It does not count as your one-time sealing or expunction, and other convictions do not block it.",
    ),
    next_steps=(
        "File a petition with a sworn statement in a court of the circuit where you were arrested; no "
        "certificate from FDLE is needed and the clerk may not charge a filing fee.",
        "Official papers showing you were trafficked help; without them the court needs clear and convincing proof.",
    ),
    legal_defect=True,
    filing="A court in the judicial circuit where you were arrested.",
)


def _by_end_of_case(rule: Callable[[Event], Condition]) -> dict[Disposition, Condition]:
    """The same rule for each outcome automatic sealing covers, dated by the day the case ended:
    the prosecutor's decision not to file for an uncharged arrest, the disposition otherwise."""
    return {
        Disposition.NO_CHARGES: rule(Event.DECLINED),
        Disposition.DISMISSAL: rule(Event.DISPOSITION),
        Disposition.ACQUITTAL: rule(Event.DISPOSITION),
        Disposition.DIVERSION_COMPLETED: rule(Event.DISPOSITION),
    }


automatic_sealing = Remedy(
    id="fl-automatic-sealing",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing when charges are dropped or you are found not guilty",
    citations=(FS_943_0595,),
    sources=(FS_0595_TEXT, SB_376),
    # Created by the 2019 reform; we use the latest start date we saw reported (year known only).
    effective=AUTOMATIC_SEALING_START,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        # No charge filed, dismissal or nolle prosequi (a completed pretrial diversion ends in one),
        # not guilty verdict, judgment of acquittal. Dismissals for incompetency are not covered.
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=FS_943_0595,
        ),
        # Custom: named felonies off no confirmed list stay open, and an unknown level asks for the level.
        custom(
            "not a forcible or sex-offender felony",
            requirement="The charge was not a forcible felony or a sex-offender offense.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_not_excluded_felony,
            cite=FS_943_0595,
        ),
        # The clerk sends the disposition to FDLE "upon the disposition": dated by it, and only for
        # cases that ended once the law was in force. An arrest with no charge filed ends on the day
        # the prosecutor decided not to file.
        wait_by_outcome(
            _by_end_of_case(lambda event: waiting_period(since=event, cite=FS_943_0595_3)), cite=FS_943_0595_3
        ),
        wait_by_outcome(
            _by_end_of_case(lambda event: happened_on_or_after(event, AUTOMATIC_SEALING_START, cite=FS_943_0595_3)),
            cite=FS_943_0595_3,
        ),
    ),
    effect="The state sealed the record without a petition. It does not count against your one-time "
    "sealing or expunction.",
    limits=(
        "The arrest may still show on a sheriff's or clerk's website; expunction by petition removes more.",
        "Only when every count was dropped or ended in your favor, and not for a dismissal because you were "
        "found unable to stand trial.",
        "Not for a verdict of not guilty by reason of insanity.",
    ),
    next_steps=("Nothing to file. You can ask FDLE for your record to check that it was sealed.",),
    discretionary=False,
)

expunction_by_petition = Remedy(
    id="fl-expunction-943-0585",
    kind=RemedyKind.EXPUNGEMENT,
    title="One-time expunction of a case that did not end in conviction",
    citations=(FS_943_0585, FS_943_0585_D),
    sources=(FS_0585_TEXT, PAPER_PRISONS),
    effective=date(2019, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # (1)(a)-(b): no charge filed; dismissed or nolle prosequi (how pretrial intervention under
        # § 948.08 ends); acquitted.
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=FS_943_0585,
        ),
        convictions_at_most(total=0, adjudicated_only=True, cite=FS_943_0585_D),
        granted_only_once(cite=FS_943_0585_ONCE),
    ),
    effect="The court orders the records destroyed, and you may deny the arrest in most settings.",
    limits=(
        "You can seal or expunge only one case in your life this way, and not if you already sealed or "
        "expunged another.",
        "Some jobs (police, schools, health care) can still learn of it.",
    ),
    next_steps=(
        "Apply to FDLE for a certificate of eligibility (fee $75) with your fingerprints and the certified "
        "disposition of the case.",
        "Then file the petition, the certificate and a sworn statement in the court where the case was.",
    ),
    filing="The circuit or county court where the case was filed.",
)

sealing_by_petition = Remedy(
    id="fl-sealing-943-059",
    kind=RemedyKind.SEALING,
    title="One-time sealing when adjudication was withheld or the case ended in your favor",
    citations=(FS_943_059, FS_943_059_B, FS_943_059_D, FS_943_059_E),
    sources=(FS_059_TEXT, FS_0584_TEXT, PAPER_PRISONS),
    effective=date(2019, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        # (1)(c): not adjudicated guilty of the acts of this arrest; a plea or finding of guilt counts
        # only where the judge withheld adjudication. Any completed diversion qualifies.
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            conviction_only_if_withheld=True,
            cite=FS_943_059,
        ),
        # Custom: the list binds only after a guilty finding or plea, and a named felony off no confirmed list stays open.
        custom(
            "not on the ineligible list",
            requirement="The offense is not one of the violent or sexual offenses that can never be sealed.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OFFENSE),
            rule=_not_on_ineligible_list,
            cite=FS_943_0584,
        ),
        convictions_at_most(total=0, adjudicated_only=True, cite=FS_943_059_B),
        custom(
            "court supervision over",
            requirement="Any court supervision (probation) in this case has ended.",
            reads=(Fact.DISPOSITION, Fact.SENTENCE_COMPLETED_DATE, Fact.UNDER_SENTENCE),
            rule=_supervision_over,
            cite=FS_943_059_D,
        ),
        granted_only_once(cite=FS_943_059_E),
    ),
    effect="The court seals the records: the public and most employers cannot see them, and you may deny "
    "the arrest in most settings. After ten years sealed, some records can be expunged.",
    limits=(
        "Only one case can be sealed or expunged in your life.",
        "A conviction where you were adjudicated guilty cannot be sealed.",
    ),
    next_steps=(
        "Finish every part of the sentence, then apply to FDLE for a certificate of eligibility (fee $75).",
        "File the petition, the certificate and a sworn statement in the court where the case was.",
    ),
    filing="The circuit or county court where the case was filed.",
)

JURISDICTION = Jurisdiction(
    code="FL",
    name="Florida",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(expunction_for_trafficking_victims, automatic_sealing, expunction_by_petition, sealing_by_petition),
    legal_help=(
        LegalHelp("Florida Legal Services", "https://www.floridalegal.org", "Free civil legal help statewide"),
        LegalHelp(
            "Community Legal Services of Mid-Florida",
            "https://clsmf.org",
            "Free civil legal help in 12 central Florida counties",
        ),
        LegalHelp(
            "Coast to Coast Legal Aid of South Florida (RIGHTS Project for trafficking survivors)",
            "https://www.coasttocoastlegalaid.org",
            "Free legal help for trafficking survivors in Broward County, including expungement",
        ),
    ),
    where_to_file="The court in the county or circuit where you were arrested; FDLE issues the certificate "
    "of eligibility first for ordinary sealing and expunction.",
)
