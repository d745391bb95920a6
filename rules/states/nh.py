"""New Hampshire: vacatur for trafficking survivors and annulment of arrests and convictions.

Reviewed 2026-11-25 against RSA 633:7 as amended by Laws 2022, ch. 82 (HB 1577, in force
1 January 2023: vacating convictions of victims of human trafficking), RSA 651:5 (annulment:
petitions for convictions, automatic annulment of cases ending in a not-guilty finding or a
dismissal since 1 January 2019) and RSA 645:1-645:2. The full text of the 2022 vacatur
paragraph was not available here; which offenses it reaches is encoded conservatively.

Reviewed 2026-12-06 against RSA 651:5 (2015 text of paragraphs I-III, post-2019 paragraphs I-II), State v.
Williams, No. 2019-0250 (N.H. Sept. 18, 2020), and the enrolled text and analysis of HB 1577 (Laws 2022,
ch. 82): a later conviction now bars annulment only when it falls in the conviction-free period after the
sentence (RSA 651:5, III), not for ever. Still open: the text of the 2022 vacatur paragraph (which offenses
and outcomes it reaches), the current class B misdemeanor wait (3 years kept), and petitions for post-2019
non-convictions not annulled under paragraph II-a.

Second review 2026-12-06 (RSA 651:5, III in the 2015 Justia text; II in the LawServer copy; II-a(a) in its
current words as shown in 2026 SB 512): a class B felony now waits 5 years (III(d)), a class A felony or a
felony of unknown class 10; a case not prosecuted is now annulled without a petition when disposed of since
2019 (II-a(a) names it with not-guilty findings and dismissals), and on petition when disposed of earlier (II).

Reviewed 2026-12-07 for the conditions still below statute text, the legal-help list and this note. RSA
633:7, VI was searched again ("RSA 633:7 VI person convicted victim of human trafficking motion to vacate
conviction gencourt"): the official page (gencourt.state.nh.us/rsa/html/LXII/633/633-7.htm) and the enrolled
HB 1577 on LegiScan are stored only through their opening paragraphs, and the saint1415/us-statutes copy of
title LXII has no chapter 633 or 651; so the vacatur's reach stays at the official bill analysis and RSA 651:5's
pending-charge words at LawServer's excerpt. No rule changed. Legal help: New Hampshire Legal Assistance was
removed (no link to it was seen in a source); 603 Legal Aid now links to its page on removing a criminal record,
which the NH Law Library's annulment guide also lists.

Cross-checked 2026-12-07 with 11 new worked examples built from the words of RSA 651:5, II, II-a and III in the
evidence; no disagreement, no rule changed. The offenses RSA 633:7 reaches, and whether it reaches diversion
agreements, still rest on the enacting act's analysis (the official page surfaced only paragraph I).

Reviewed 2026-12-07 for the pending-case bar on annulment of a conviction, against RSA 651:5, I-III(f) (Justia
2015), I-II (LawServer, post-2019 wording), II-a(a) (as shown in 2026 SB 512) and the opening of paragraph V (as
quoted in HB 1451 of 2016: a bar on violent crimes and some felonies). None of these words bars a petition while
a charge is pending; paragraph I leaves the grant to the court's opinion of rehabilitation and the public welfare.
Changed: an open case no longer rules annulment out; it leaves the remedy possibly eligible with the question
(custom "open case left to the court", cited to RSA 651:5, I). Paragraphs VI-XI were not surfaced in any stored
copy (searches listed in the evidence); if they hold a pending-charge bar, the old condition should return.

Reviewed 2026-12-07 (statute audit): read RSA 645:1 on the official chapter page (gencourt, 645-mrg.htm: paragraph I
"a misdemeanor", II a class B felony, III a class A felony), RSA 625:9, II on the livefreeordie.legal mirror ("(a)
Felonies and misdemeanors are crimes. (b) A violation does not constitute a crime"), which settles that a later
violation does not break the conviction-free period of RSA 651:5, III, and RSA 651:5, II-a(a) again in 2026 SB 512
(the appeal branch, (2), is not asked). Searched again for the text of the 2022 vacatur paragraph of RSA 633:7 and for
the grades of RSA 645:2 (official page, LegiScan, nhliberty.org, legiplex.com, the livefreeordie.legal mirror,
an exact-phrase search of public repositories for "633:7, VI"): no stored copy shows them, so the vacatur's reach stays open beyond prostitution-type and
lewdness charges, and the prostitution offenses keep an unknown level. The Clean Slate Clearinghouse (NH-NC-2) reads
II-a as also annulling a conviction later vacated; the screening has no "vacated" outcome, so the vacatur's next steps
keep pointing to paragraph II. Nine worked examples were added from these words; the module agreed with all of them.
No rule changed.
"""

from collections.abc import Mapping
from datetime import date

from rules.conditions import (
    ChargeContext,
    WaitingPeriod,
    convicted,
    custom,
    disposition_is,
    no_conviction_during_wait,
    trafficking_nexus,
    waiting_period_by_grade,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

RSA_633_7 = "N.H. Rev. Stat. § 633:7 (as amended by Laws 2022, ch. 82)"
RSA_651_5_I = "N.H. Rev. Stat. § 651:5, I"
RSA_651_5_II = "N.H. Rev. Stat. § 651:5, II"
RSA_651_5_II_A = "N.H. Rev. Stat. § 651:5, II-a"
RSA_651_5_III = "N.H. Rev. Stat. § 651:5, III"

ANNULMENT_SOURCES = (
    Source(
        "N.H. Rev. Stat. § 651:5, annulment of criminal records (LawServer)",
        "https://www.lawserver.com/law/state/new-hampshire/nh-statutes/new_hampshire_revised_statutes_651_5",
    ),
    Source(
        "N.H. Rev. Stat. § 651:5 (2015) (Justia)",
        "https://law.justia.com/codes/new-hampshire/2015/title-lxii/chapter-651/section-651-5/",
    ),
)

OFFENSES = (
    Offense(
        "nh-rsa-645-2-sell",
        "Prostitution (offering or agreeing to sexual contact for something of value)",
        "N.H. Rev. Stat. § 645:2, I",
        Category.PROSTITUTION,
        Level.UNKNOWN,
    ),
    Offense(
        "nh-rsa-645-2-buy",
        "Paying or offering to pay for sexual contact",
        "N.H. Rev. Stat. § 645:2, I",
        Category.SOLICITATION,
        Level.UNKNOWN,
    ),
    Offense(
        "nh-rsa-645-2-promote",
        "Promoting or allowing prostitution (inducing, transporting or keeping a place)",
        "N.H. Rev. Stat. § 645:2, I",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A misdemeanor or a felony depending on the conduct and the age of the person involved.",
    ),
    Offense(
        "nh-rsa-645-1",
        "Indecent exposure and lewdness",
        "N.H. Rev. Stat. § 645:1",
        Category.LEWDNESS,
        Level.UNKNOWN,
    ),
    Offense(
        "nh-rsa-644-2",
        "Disorderly conduct",
        "N.H. Rev. Stat. § 644:2",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
        note="A violation or a misdemeanor.",
    ),
    Offense(
        "nh-rsa-635-2",
        "Criminal trespass",
        "N.H. Rev. Stat. § 635:2",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
        note="A violation, misdemeanor or felony depending on the place.",
    ),
    Offense(
        "nh-rsa-633-7",
        "Trafficking in persons",
        "N.H. Rev. Stat. § 633:7",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Charges the trafficking vacatur surely reaches: selling sex and the charges New Hampshire
# already excused trafficked minors from (lewdness). Others are left open.
SURELY_COVERED = frozenset({Category.PROSTITUTION, Category.LOITERING_FOR_PROSTITUTION, Category.LEWDNESS})


def _offense_the_vacatur_reaches(context: ChargeContext) -> Finding:
    """Which offenses the 2022 vacatur reaches could not be read here: prostitution-type
    charges surely; any other offense only possibly."""
    if context.charge.category in SURELY_COVERED:
        return met(msg("This kind of charge is covered."))
    return unknown(
        msg("It is not clear whether this law reaches this kind of charge; a lawyer can check the exact offense."),
        context.path(Fact.OFFENSE),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="nh-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from human trafficking",
    citations=(RSA_633_7,),
    sources=(
        Source("N.H. HB 1577 (2022), chapter 82, enrolled text (LegiScan)", "https://legiscan.com/NH/text/HB1577/2022"),
        Source(
            "N.H. Rev. Stat. § 633:7, trafficking in persons (General Court)",
            "https://www.gencourt.state.nh.us/rsa/html/LXII/633/633-7.htm",
        ),
    ),
    effective=date(2023, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RSA_633_7),
        trafficking_nexus(cite=RSA_633_7),
        # Custom: the offenses RSA 633:7 reaches could not be read, so there is no list to state; others stay open.
        custom(
            "offense the vacatur reaches",
            requirement="The charge is one the trafficking vacatur law reaches.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_offense_the_vacatur_reaches,
            cite=RSA_633_7,
        ),
    ),
    effect="The court vacates the conviction because it came from your being trafficked. Court records "
    "about the trafficking are kept private.",
    next_steps=(
        "File a petition to vacate in the court where you were convicted.",
        "Bring any proof that you were trafficked, such as a letter from an agency, an advocate or a "
        "counselor; your own sworn statement helps too.",
        "After the conviction is vacated, you can also ask for the record to be annulled (RSA 651:5, II).",
    ),
    legal_defect=True,
    filing="The circuit or superior court where you were convicted.",
)

# RSA 651:5, III: violation 1 year; class A or B misdemeanor 3; class B felony 5; class A felony 10. A felony
# of unknown class counts 10 years.
ANNULMENT_WAITS: Mapping[Grade | Level, int] = {
    Level.VIOLATION: 1,
    Level.MISDEMEANOR: 3,
    Grade.FELONY_CLASS_B: 5,
    Grade.FELONY_CLASS_A: 10,
    Level.FELONY: 10,
}
# The same lengths keyed for the conviction-free window (a table of classes).
ANNULMENT_WAITS_WINDOW: Mapping[Grade | Level, int] = ANNULMENT_WAITS


def _open_case_left_to_the_court(context: ChargeContext) -> Finding:
    """RSA 651:5, I: a record "may be annulled by the sentencing court ... if in the opinion of the court, the
    annulment will assist in the petitioner's rehabilitation and will be consistent with the public welfare".
    Paragraphs I-III and the opening of V, as read, state no bar while a charge is pending, so an open case is
    a question for the court, not a reason to rule annulment out. Custom because no_pending_case() is a bar."""
    answer = context.facts.person.pending_case
    if answer is Answer.NO:
        return met(msg("No criminal case is open against you."))
    if answer is Answer.YES:
        return unknown(
            msg(
                "You have an open criminal case. The annulment law as read does not rule out a petition because "
                "of it, but the judge may weigh it; a lawyer can say whether to wait until it ends."
            ),
            Fact.PENDING_CASE.value,
        )
    return unknown(
        msg("Whether another criminal case is open has not been answered; the judge may weigh an open case."),
        Fact.PENDING_CASE.value,
    )


annulment_of_convictions = Remedy(
    id="nh-annulment-651-5-conviction",
    kind=RemedyKind.SEALING,
    title="Ask the court to annul a conviction",
    citations=(RSA_651_5_III,),
    sources=ANNULMENT_SOURCES,
    # The waiting periods in this form date from the 2019-2020 amendments; only the year is known.
    effective=date(2020, 1, 1),
    reviewed=REVIEWED,
    # Violent crimes, including trafficking in persons, cannot be annulled.
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RSA_651_5_III),
        # A class B felony waits 5 years and a class A felony 10; a felony of unknown class counts 10.
        waiting_period_by_grade(ANNULMENT_WAITS, since=Event.SENTENCE_COMPLETED, cite=RSA_651_5_III),
        # "has thereafter been convicted of no other crime ... for a period of time as follows": a
        # conviction-free period after the sentence, not a lifetime bar (State v. Williams, 2020).
        no_conviction_during_wait(
            years=ANNULMENT_WAITS_WINDOW,
            since=Event.SENTENCE_COMPLETED,
            # Violations are not crimes.
            levels=(Level.FELONY, Level.MISDEMEANOR),
            cite=RSA_651_5_III,
        ),
        # Custom: RSA 651:5 as read (I, II, III and the opening of V) states no bar on a petition while another
        # case is open; paragraph I leaves the grant to the court's view of rehabilitation and the public welfare.
        # An open case is therefore left to the court (possibly eligible with a question), not a bar.
        custom(
            "open case left to the court",
            requirement="If another criminal case is open, the judge may weigh it; the annulment law as read does "
            "not rule out a petition because of it.",
            reads=(Fact.PENDING_CASE,),
            rule=_open_case_left_to_the_court,
            cite=RSA_651_5_I,
        ),
    ),
    effect="The court annuls the arrest, conviction and sentence: the court record is sealed and the "
    "State Police remove it from your criminal history. You may answer as if it never happened, with "
    "some exceptions (for example police jobs).",
    limits=("A judge decides whether annulment helps your rehabilitation and fits the public welfare.",),
    next_steps=(
        "Fill in the court's Petition to Annul Record of Arrest and/or Conviction and file it in the court "
        "that sentenced you, one petition for each case.",
        "There is a $100 fee to the Department of Safety, waived if you cannot pay.",
        "If you are denied, you must wait 3 years to try again.",
    ),
    filing="The court that sentenced you (the circuit court for misdemeanors, the superior court for felonies).",
)

AUTOMATIC_SINCE = date(2019, 1, 1)
AUTOMATIC_DAYS = 30


def _day_disposed(context: ChargeContext) -> tuple[date | None, str]:
    """The day the case was disposed of, and the request path that would give it. For a case that was
    not prosecuted: the day prosecution was declined, else the arrest."""
    charge = context.charge
    if charge.disposition is Disposition.NO_CHARGES:
        day = charge.disposition_date or charge.declined_date or charge.offense_date
        return day, context.path(Fact.OFFENSE_DATE)
    return charge.disposition_date, context.path(Fact.DISPOSITION_DATE)


def _not_automatic_annulment(context: ChargeContext) -> Finding:
    """RSA 651:5, II: a not-guilty finding, dismissal or case not prosecuted that was disposed of before
    2019 may be annulled on petition; later ones are annulled without a petition (II-a)."""
    day, path = _day_disposed(context)
    if day is None:
        return unknown(
            msg("Cases that ended in 2019 or later are annulled without a petition; the date is not known."), path
        )
    if day < AUTOMATIC_SINCE:
        return met(msg("The case ended before 2019, so it is annulled on petition."))
    return not_met(msg("The case ended in 2019 or later, so the court annuls it without a petition."))


def _automatic_timing(context: ChargeContext) -> Finding:
    """RSA 651:5, II-a(a): for an offense disposed of on or after 1 January 2019, annulled 30 days after
    a dismissal or a not-guilty finding (no delay is stated for a case not prosecuted)."""
    day, path = _day_disposed(context)
    if day is None:
        return unknown(
            msg("Only cases that ended in 2019 or later are annulled without a petition; the date is not known."), path
        )
    if day < AUTOMATIC_SINCE:
        return not_met(msg("The case ended before 2019; it can be annulled on petition instead."))
    if context.charge.disposition is Disposition.NO_CHARGES:
        return met(msg("A case not prosecuted since 2019 is annulled without a petition."))
    return WaitingPeriod(cite=RSA_651_5_II_A, since=Event.DISPOSITION, days=AUTOMATIC_DAYS).evaluate(context)


annulment_by_petition_for_old_non_convictions = Remedy(
    id="nh-annulment-651-5-non-conviction",
    kind=RemedyKind.SEALING,
    title="Annul an arrest that ended without a conviction",
    citations=(RSA_651_5_II,),
    sources=ANNULMENT_SOURCES,
    effective=date(2019, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=RSA_651_5_II),
        # Custom: the day a case not prosecuted was disposed of is not a court date. Paragraph II covers an
        # offense "disposed of before January 1, 2019"; later ones are annulled without a petition (II-a).
        custom(
            "not annulled automatically",
            requirement="The case ended before 2019; later cases are annulled without a petition.",
            reads=(Fact.DISPOSITION, Fact.DISPOSITION_DATE, Fact.DECLINED_DATE, Fact.OFFENSE_DATE),
            rule=_not_automatic_annulment,
            cite=RSA_651_5_II,
        ),
    ),
    effect="The court annuls the arrest and court records, so you can say you were not arrested.",
    next_steps=(
        "File a Petition to Annul in the court that handled the case. You can file at any time.",
        "There may be a $100 fee to the Department of Safety, waived if you cannot pay.",
    ),
    filing="The court that handled the case.",
)

automatic_annulment = Remedy(
    id="nh-annulment-651-5-automatic",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic annulment of a case dismissed, not prosecuted or ended in a not-guilty finding",
    citations=(RSA_651_5_II_A,),
    sources=(
        ANNULMENT_SOURCES[0],
        Source(
            "New Hampshire: annulment (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/nh-c-6/",
        ),
    ),
    effective=date(2019, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # "a finding of not guilty on all charges that resulted from the arrest, or whose case was dismissed or
        # not prosecuted" (II-a(a)).
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=RSA_651_5_II_A),
        # Custom: disposed of on or after 1 January 2019, then 30 days after a dismissal or not-guilty finding;
        # a case not prosecuted has no court date to count from.
        custom(
            "disposed of in 2019 or later",
            requirement="The case ended on or after 1 January 2019; a dismissal or not-guilty finding is annulled "
            "30 days later.",
            reads=(Fact.DISPOSITION, Fact.DISPOSITION_DATE, Fact.DECLINED_DATE, Fact.OFFENSE_DATE),
            rule=_automatic_timing,
            cite=RSA_651_5_II_A,
        ),
    ),
    effect="The arrest and court records are annulled without a petition.",
    limits=("A dismissal that is part of a plea deal on another charge may not be annulled this way.",),
    next_steps=("Nothing to file. If the record still shows, ask the court clerk whether the annulment was entered.",),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="NH",
    name="New Hampshire",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        annulment_of_convictions,
        annulment_by_petition_for_old_non_convictions,
        automatic_annulment,
    ),
    legal_help=(
        LegalHelp(
            "603 Legal Aid",
            "https://www.603legalaid.org/how-to-remove-your-criminal-record",
            "Free legal help and a guide to annulling criminal records",
        ),
    ),
    where_to_file="The circuit court (district division) or superior court that handled the case.",
)
