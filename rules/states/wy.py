"""Wyoming: vacatur for trafficking survivors and expungement by petition of arrests, misdemeanor
convictions and one nonviolent felony.

Reviewed 2026-12-06 against summaries of Wyo. Stat. § 6-2-708 (enacted by H.B. 133 of 2013, in force
1 July 2013) and of §§ 7-13-1401, 7-13-1501 and 7-13-1502 (Clean Slate Clearinghouse, Cornell's Criminal
Justice and Employment Initiative, the University of Wyoming's student legal services); no copy of the
statute text could be found, so every condition rests on secondary sources. Change on this review: an
arrest with no charges now waits 180 days from the arrest and a dismissal 180 days from the dismissal
(§ 7-13-1401(a)), instead of six months from a case end that an uncharged arrest does not have. One
secondary source gives five years, not ten, for felony expungement under § 7-13-1502; the others give
ten, which is kept. Wyoming has no automatic (clean slate) relief; every expungement needs a petition.

Reviewed 2026-12-07 (independent cross-check with worked examples built from the statute's words as the
Clean Slate Clearinghouse entries WY-C-1, WY-C-3 and WY-NC-1 cite them): §§ 7-13-1501(k) and 7-13-1502(k)
allow only one expungement of records of conviction under each section. The module stated this only as a
limit; it is now a condition, so an earlier grant leaves the answer open (the screening does not ask which
law granted it) and an unknown answer is asked. § 7-13-1401's exclusion of deferrals under § 7-13-301 is
confirmed by WY-NC-1; but only those deferrals are excluded, and a pretrial diversion that ended in
dismissal is a dismissal under (a)(i)(C). Since § 7-13-301 can defer a case before any plea, a completed
pretrial diversion is now left open (it was "not eligible"); a deferral after a plea stays outside.

Reviewed 2026-12-07 (statute audit): re-read the statute words recorded in the evidence (Wyoming Statutes, Release 84,
October 2022, the UniCourt copy: §§ 6-2-708(c), 7-13-1401(a), 7-13-1501(a), 7-13-1502(a)), § 7-13-301 as quoted by
the University of Wyoming's student legal services ("charged with or is found guilty of or pleads guilty or no contest
to"), the Clean Slate Clearinghouse entries, Cornell's guide and the CCRC profile (updated 29 October 2024). Searches
for later amendments to §§ 7-13-1401 to 7-13-1502 (2023-2026 sessions, legiplex and keepinglawsimple bill texts) found
none. Changed: (1) the misdemeanor and felony remedies no longer refuse a person serving a sentence in another case:
(a)(i) of each section asks only that this conviction's sentence, probation and program have expired (the wait), and
no subsection bars a current sentence elsewhere. (2) § 7-13-1502(a)(ii) counts a guilty or no-contest plea to another
felony as well as a conviction: another listed felony that ended in a completed deferral after a plea now rules the
felony path out, and one of unknown kind or level is asked. Still open: one secondary source (expungementnation) gives
five years, not ten, for § 7-13-1502 and lists a pending-charge bar; no amending act was found, so the 2022 text is
kept. The "same occurrence" rule for several felony counts and the restitution condition are stated as limits.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    granted_once_under_this_law,
    level_is,
    no_pending_case,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

WYO_6_2_708 = "Wyo. Stat. § 6-2-708"
WYO_7_13_1401_A = "Wyo. Stat. § 7-13-1401(a)"
WYO_7_13_1501_A = "Wyo. Stat. § 7-13-1501(a)"
WYO_7_13_1502_A = "Wyo. Stat. § 7-13-1502(a)"
WYO_7_13_1501_K = "Wyo. Stat. § 7-13-1501(k)"
WYO_7_13_1502_K = "Wyo. Stat. § 7-13-1502(k)"

OFFENSES = (
    Offense("wy-stat-6-4-101", "Prostitution", "Wyo. Stat. § 6-4-101", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "wy-stat-6-4-102",
        "Soliciting an act of prostitution",
        "Wyo. Stat. § 6-4-102",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "wy-stat-6-4-103",
        "Promoting prostitution",
        "Wyo. Stat. § 6-4-103",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A felony or a misdemeanor depending on the conduct.",
    ),
    Offense("wy-stat-6-4-201", "Public indecency", "Wyo. Stat. § 6-4-201", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense(
        "wy-stat-6-6-102", "Breach of the peace", "Wyo. Stat. § 6-6-102", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
    Offense(
        "wy-stat-6-2-702",
        "Human trafficking in the first degree",
        "Wyo. Stat. § 6-2-702",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

CLEARINGHOUSE = "Clean Slate Clearinghouse"


def _not_a_7_13_301_deferral(context: ChargeContext) -> Finding:
    """§ 7-13-1401(a)(i): charges that end in a deferral under § 7-13-301 (or § 35-7-1037, or former
    § 7-13-201) are excluded. § 7-13-301 lets the court defer proceedings for a person "charged with"
    an offense as well as one who pleaded, so a completed pretrial diversion may be one of them."""
    if context.charge.disposition is not Disposition.DIVERSION_COMPLETED:
        return met(msg("The case did not end in a deferral."))
    return unknown(
        msg(
            "A case deferred and dismissed under § 7-13-301 cannot be expunged this way; a lawyer can check "
            "under which law your program was."
        )
    )


def _no_other_felony_plea(context: ChargeContext) -> Finding:
    """§ 7-13-1502(a)(ii): "the petitioner has not previously pleaded guilty or nolo contendere to or been convicted of
    a felony" other than those to be expunged. Another listed felony charge that ended in a completed deferral after a
    plea counts; one after a pretrial diversion (no plea) does not; an unknown kind is asked."""
    questions: list[str] = []
    for index, other in enumerate(context.facts.charges):
        if index == context.index or other.disposition is not Disposition.DIVERSION_COMPLETED:
            continue
        if other.level is Level.MISDEMEANOR or other.level is Level.VIOLATION:
            continue
        if other.diversion_kind is DiversionKind.PRETRIAL:
            continue
        if other.level is Level.FELONY and other.diversion_kind is DiversionKind.DEFERRED_ADJUDICATION:
            return not_met(
                msg("You pleaded guilty or no contest to another felony, even though it was deferred and dismissed.")
            )
        if other.level is not Level.FELONY:
            questions.append(Fact.LEVEL.path(index))
        if other.diversion_kind is DiversionKind.UNSURE:
            questions.append(Fact.DIVERSION_KIND.path(index))
    if questions:
        return unknown(
            msg(
                "A guilty or no-contest plea to another felony stops this, even if the case was deferred and "
                "dismissed; whether your other deferred case was one is not known."
            ),
            *questions,
        )
    return met(msg("You list no guilty or no-contest plea to another felony."))


vacatur_for_trafficking_survivors = Remedy(
    id="wy-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from trafficking",
    citations=(WYO_6_2_708,),
    sources=(
        Source(
            "Wyoming vacatur profile (Freedom Network USA, Survivor Reentry Project)",
            "https://freedomnetworkusa.org/srp_states/wy/",
        ),
        Source(
            "Wyoming House Bill HB0133 (2013), summary (VS Confronts library)",
            "http://vsconfronts.org/library/victims-survivors/17/?sort=&order=",
        ),
    ),
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=WYO_6_2_708),
        trafficking_nexus(cite=WYO_6_2_708),
    ),
    effect="The court that convicted you cancels (vacates) the conviction because you took part in the "
    "offense as a result of being trafficked.",
    limits=(
        "The judge decides whether your part in the offense was the result of being trafficked. A vacated "
        "conviction may still need a separate expungement petition to clear arrest records.",
    ),
    next_steps=(
        "File a motion to vacate under Wyo. Stat. § 6-2-708 in the court where you were convicted. Include "
        "anything that shows you were trafficked, such as letters from service providers or police reports.",
        "There is no waiting period. Free legal help is listed below.",
    ),
    legal_defect=True,
    filing="The court (circuit or district) that entered the conviction.",
)

expungement_without_conviction = Remedy(
    id="wy-expungement-7-13-1401",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest or a charge that did not end in a conviction",
    citations=(WYO_7_13_1401_A,),
    sources=(
        Source(
            f"Wyoming: expungement of arrests and dismissed charges ({CLEARINGHOUSE})",
            "https://cleanslateclearinghouse.org/policies/wy-nc-1/",
        ),
        Source(
            "Expungements: common questions (Equal Justice Wyoming, Legal Help WY)",
            "http://legalhelpwy.org/index.php/get-legal-help/self-help-2/criminal-records/expungements/common-questions/",
        ),
    ),
    # The section was in force in its current form by 2013; only the year is confirmed.
    effective=date(2013, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A pretrial diversion that ended in dismissal is a dismissal; a deferral after a plea is not.
        disposition_is(
            Disposition.NO_CHARGES,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=WYO_7_13_1401_A,
        ),
        # Custom: the screening does not ask under which law a diversion was granted, and § 7-13-301 deferrals
        # (which can come before a plea) are excluded, so a completed pretrial diversion stays open.
        custom(
            "not a deferral under section 7-13-301",
            requirement="The case was not deferred and dismissed under § 7-13-301 (probation before a judgment).",
            reads=(Fact.DISPOSITION,),
            rule=_not_a_7_13_301_deferral,
            cite=WYO_7_13_1401_A,
        ),
        # 180 days after the arrest (no charges filed) or after the dismissal (or acquittal).
        wait_by_outcome(
            {
                Disposition.NO_CHARGES: waiting_period(days=180, since=Event.OFFENSE, cite=WYO_7_13_1401_A),
                Disposition.DISMISSAL: waiting_period(days=180, since=Event.DISPOSITION, cite=WYO_7_13_1401_A),
                # A diversion ends in a dismissal: 180 days from it.
                Disposition.DIVERSION_COMPLETED: waiting_period(
                    days=180, since=Event.DISPOSITION, cite=WYO_7_13_1401_A
                ),
                # The text counts from the arrest or a dismissal; an acquittal is not a dismissal, so the arrest.
                Disposition.ACQUITTAL: waiting_period(days=180, since=Event.OFFENSE, cite=WYO_7_13_1401_A),
            },
            cite=WYO_7_13_1401_A,
        ),
        no_pending_case(cite=WYO_7_13_1401_A),
    ),
    effect="Records of the arrest and charge are sealed from the public, and you may answer as if the arrest "
    "never happened.",
    limits=(
        "A case that ended in a deferred sentence (probation before judgment) is not covered here, nor is an "
        "arrest that led to a conviction for a lesser or different charge.",
    ),
    next_steps=(
        "File a petition for expungement in the court where the case was (or would have been) heard and send "
        "a copy to the prosecutor. There is no filing fee; if no one objects, the judge can grant it without "
        "a hearing.",
    ),
    filing="The circuit or district court where the case was or would have been filed.",
)

expungement_of_misdemeanor = Remedy(
    id="wy-expungement-7-13-1501",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor conviction five years after your sentence ends",
    citations=(WYO_7_13_1501_A,),
    sources=(
        Source(
            f"Wyoming: expungement of misdemeanor convictions ({CLEARINGHOUSE})",
            "https://cleanslateclearinghouse.org/policies/wy-c-1/",
        ),
        Source(
            "Wyoming expungement (Cornell Criminal Justice and Employment Initiative)",
            "https://cjei.cornell.edu/fix-your-record/sealing-and-expungement/expungement/wyoming-expungement",
        ),
    ),
    # The current five-year rule dates from the 2013 revision; only the year is confirmed.
    effective=date(2013, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=WYO_7_13_1501_A),
        level_is(Level.MISDEMEANOR, cite=WYO_7_13_1501_A),
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=WYO_7_13_1501_A),
        # § 7-13-1501(a)(i)-(iv) name no pending-charge bar (a secondary summary says there is one; the statute
        # text is followed), and no bar on serving a sentence for another case: the wait above already needs this
        # conviction's sentence expired.
        granted_once_under_this_law(cite=WYO_7_13_1501_K),
    ),
    effect="The conviction records are sealed from the public; they stay available to police and courts.",
    limits=(
        "You can get only one expungement order under this law in your lifetime, so choose which "
        "conviction to clear with care.",
        "Misdemeanors involving a firearm cannot be expunged.",
    ),
    next_steps=(
        "File a petition in the court where you were convicted and pay the $100 filing fee. Serve the "
        "prosecutor, who may object.",
    ),
    filing="The circuit court where you were convicted.",
)

expungement_of_felony = Remedy(
    id="wy-expungement-7-13-1502",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge one nonviolent felony ten years after your sentence ends",
    citations=(WYO_7_13_1502_A,),
    sources=(
        Source(
            f"Wyoming: expungement of felony convictions ({CLEARINGHOUSE})",
            "https://cleanslateclearinghouse.org/policies/wy-c-3/",
        ),
        Source(
            "Wyoming expungement (Cornell Criminal Justice and Employment Initiative)",
            "https://cjei.cornell.edu/fix-your-record/sealing-and-expungement/expungement/wyoming-expungement",
        ),
    ),
    # Felony expungement was added in 2013; only the year is confirmed.
    effective=date(2013, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=WYO_7_13_1502_A),
        level_is(Level.FELONY, cite=WYO_7_13_1502_A),
        waiting_period(years=10, since=Event.SENTENCE_COMPLETED, cite=WYO_7_13_1502_A),
        convictions_at_most(felonies=1, cite=WYO_7_13_1502_A),
        # Custom: (a)(ii) also counts a guilty or no-contest plea to another felony, which a completed deferral
        # (§ 7-13-301, after a plea) leaves behind without a conviction; the shared limit counts convictions only.
        custom(
            "no guilty plea to another felony",
            requirement="You have not pleaded guilty or no contest to another felony, even one later deferred and "
            "dismissed.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.DIVERSION_KIND),
            rule=_no_other_felony_plea,
            cite=WYO_7_13_1502_A,
        ),
        # § 7-13-1502(a)(i)-(iv) name no pending-charge bar either, nor a bar on serving a sentence for another case.
        granted_once_under_this_law(cite=WYO_7_13_1502_K),
    ),
    effect="The felony conviction records are sealed from the public, and your firearm rights may be restored.",
    limits=(
        "Only one felony (or several from the same event) can be expunged, and only once in your life. A guilty "
        "or no-contest plea to another felony counts against you even if that case was deferred and dismissed.",
        "Violent felonies, sexual assault, felonies with a firearm and several other listed offenses cannot "
        "be expunged. All restitution must be paid.",
    ),
    next_steps=(
        "File a petition in the district court where you were convicted and pay the $300 filing fee. Serve "
        "the prosecutor, who may object.",
    ),
    filing="The district court where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="WY",
    name="Wyoming",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_without_conviction,
        expungement_of_misdemeanor,
        expungement_of_felony,
    ),
    legal_help=(
        LegalHelp("Legal Aid of Wyoming", "https://www.lawyoming.org", "Civil legal aid across Wyoming"),
        LegalHelp(
            "Equal Justice Wyoming",
            "https://equaljustice.wy.gov",
            "Volunteer lawyers who help people fill in court forms, and referrals",
        ),
    ),
    where_to_file="The circuit court (misdemeanors) or district court (felonies) where the case was heard.",
)
