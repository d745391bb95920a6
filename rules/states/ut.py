"""Utah: vacatur for trafficking survivors, expungement by petition, automatic (Clean Slate) expungement.

Reviewed 2026-12-06 against the Post-Conviction Remedies Act (Utah Code § 78B-9-104(1)(g), added by
H.B. 274 of 2017, read in the enrolled substitute bill), the Expungement Act as recodified by S.B. 35 of
2022 (Utah Code § 77-40a-303 read in casetext's copy of the version in force until 1 October 2024, and the
"clean slate eligible case" definition read in an older code copy), and the prostitution offenses of
Title 76, Chapter 10, Part 13. The version of § 77-40a-303 in force since 1 October 2024 and the current
clean slate definition could not be read; the waits below are those of the text read. Changes on this
review: petition waits now follow the class of the conviction (three years for class C, four for class
B, five for class A misdemeanors, seven for felonies) instead of five years for every misdemeanor;
prostitution is a misdemeanor (class B, or class A on a repeat), not of unknown level; Clean Slate
counts its five or six years from the day the case was adjudicated, not from the end of the sentence,
reads the class of the conviction, and replaces a lifetime bar on any later conviction with the limits
on the number of convictions the definition refers to. H.B. 22 of 2025 moved the prostitution offenses
into Title 76, Chapter 5d (effective 7 May 2025); the old section numbers are kept because they are the
numbers on most existing records. H.B. 133 (2024) and H.B. 137 (2025), which would let trafficking
survivors skip the certificate of eligibility, could not be confirmed as enacted and are not encoded.
The four custom rules stay (the vocabulary cannot state them, see their comments). Two were wrong and
are corrected: the limits on the number of convictions and the restart of the wait by a later
conviction counted only the charges screened and ignored the other convictions the person listed;
they now count those too.

Second review 2026-12-06 against § 77-40a-302 (self-law.org copy, in force 1 October 2024): an
acquittal or an arrest with no charges needs only "30 days ... after the day on which the petitioner is
arrested or charged"; only a charge dismissed without prejudice waits "180 days ... after the day on
which the charge is dismissed". The module had made every outcome wait six months after the case ended.
The clean slate eligible case also includes class B or C charges dismissed without prejudice or after a
plea in abeyance, once five or six years have passed from the dismissal (§ 77-40a-101, LawServer copy);
such a dismissal is now automatic after that time whichever way it was dismissed.

Reviewed 2026-12-07 against § 77-40a-204 (FindLaw, current as of 1 January 2025, and a self-law.org copy of
the text in force from 1 October 2024), § 77-40a-205 (CounselStack copy, subsections (1)-(2)(a)), H.B. 352
(2024) as described in its official long title, and casetext's § 77-40a-303 (version until 1 October 2024).
What changed: Clean Slate now cites §§ 77-40a-204 and 77-40a-205, where the recodified law puts it; and it is
no longer automatic for someone in the state prison or on probation or parole supervised by the Department of
Corrections (H.B. 352, from 1 January 2025): a person who says they are serving a sentence is asked whether it
is that kind. From 1 October 2024 to 31 December 2025 a person had to submit a form to get Clean Slate
expungement; from 1 January 2026 the courts expunge eligible cases on their own again (§ 77-40a-204(1), (3));
the module, judged today, states the automatic form. The current § 78B-9-104(1)(g) and § 77-40a-303 texts were
again not found (searched: "78B-9-104 grounds for relief ... force, fraud, or coercion", "77-40a-303
requirements ... effective 10/1/2024"). Legal help: Utah Legal Services removed (no source seen on record
relief there); Clean Slate Utah confirmed.

Evidence pass 2026-12-07: § 77-40a-206 (FindLaw, current as of 1 January 2025; self-law.org copy, effective
1 October 2024) was read in full: an acquittal or a dismissal with prejudice is expunged with no condition about
other pending cases (the earlier entry rested on the CCRC profile). What changed: an open case no longer holds
back the automatic expungement of an acquittal; for a dismissal it leaves open whether it was with prejudice
(then § 77-40a-206, no bar) or without prejudice or after a plea in abeyance (then § 77-40a-205, which does bar).

Wait pass 2026-12-07: the waits of § 77-40a-206(2) (FindLaw, current as of 1 January 2025; self-law.org copy,
effective 1 October 2024; both the same) are now screened; before, an acquittal or a dismissal was shown as expunged
at once. The court orders the expungement without a petition (§ 77-40a-206(1); automatic again since 1 January 2026,
§ 77-40a-204(3)) once "at least 60 days have passed after the day on which the case resulted in an acquittal", or,
for a dismissal with prejudice, "at least 180 days have passed after the day on which" the whole case was dismissed
(no appeal) or a court issued a final nonappealable order (an appeal). Both count from the date the case ended; an
appeal is not asked about, and the remedy's limits say the 180 days can then start later. The acquittal condition now
cites § 77-40a-206(2)-(3): the current § 77-40a-201 holds only general provisions (a petition stays available) and §
77-40a-202 is about traffic offenses. The insanity-acquittal exclusion of § 77-40a-206(3)(a) is not asked.

Reviewed 2026-12-07 (statute audit) against § 77-40a-302 (casetext copy current through the 2024 Fourth Special
Session, and self-law.org's copy marked effective 1 October 2024: the same words), § 77-40a-303(1)-(2)(a)(iv)
(casetext, version until 1 October 2024), the former § 77-40-105(2) (H.B. 69 of 2013), H.B. 352 (2024, long
title), and summaries of H.B. 22 (2025). What changed:
- Petition for a conviction: § 77-40a-303(2)(a) leaves out "(i) a capital felony; (ii) a first degree felony;
  (iii) a felony conviction of a violent felony ...; (iv) a felony conviction described in Subsection
  41-6a-501(2)". This was not screened. A conviction given as a first-degree felony is now not eligible;
  aggravated exploitation of prostitution (first-degree when a child was involved) and any "other" felony are
  left open; the other sex-trade charges the screen names are misdemeanors or lower felonies and unaffected.
- Petition for an arrest or a case without a conviction: a charge "dismissed with prejudice" needs only "at
  least 30 days ... after the day on which the petitioner is arrested or charged" ((1)(a)(i), (1)(b)(ii)); only
  one dismissed "without prejudice or without condition" waits 180 days after the dismissal, or less with the
  prosecutor's written consent ((1)(b)(iii)). Every dismissal used to be shown as waiting the 180 days; a
  dismissal (or completed plea in abeyance) less than 180 days old is now left open on which kind it was.
Still open: the text of § 77-40a-303 in force since 1 October 2024 (its waits, the rest of the (2)(a) list,
including registrable sex offenses, and the limits on the number of convictions, which S.B. 303 of some later
session may have changed) and the compiled § 78B-9-104(1)(g) were again not found.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    level_is,
    no_pending_case,
    not_under_sentence,
    offense_in,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
    waiting_period_by_grade,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, Truth, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

UCA_78B_9_104_1_G = "Utah Code § 78B-9-104(1)(g)"
UCA_77_40A_201 = "Utah Code § 77-40a-201"
UCA_77_40A_204 = "Utah Code § 77-40a-204"
UCA_77_40A_205 = "Utah Code § 77-40a-205"
UCA_77_40A_205_3 = "Utah Code § 77-40a-205 (H.B. 352, 2024: prison or Department of Corrections supervision)"
UCA_77_40A_206 = "Utah Code § 77-40a-206"
UCA_77_40A_206_2 = "Utah Code § 77-40a-206(2)-(3)"
UCA_77_40A_206_2_A = "Utah Code § 77-40a-206(2)(a)(ii)"
UCA_77_40A_206_2_B = "Utah Code § 77-40a-206(2)(b)(ii)"
UCA_77_40A_302 = "Utah Code § 77-40a-302"
UCA_77_40A_303_1 = "Utah Code § 77-40a-303(1)"
UCA_77_40A_303_2 = "Utah Code § 77-40a-303(2)"
UCA_77_40A_303_2_A = "Utah Code § 77-40a-303(2)(a)"
UCA_77_40A_302_1_B = "Utah Code § 77-40a-302(1)(a)(i), (1)(b)(ii)-(iii)"
UCA_77_40A_303_LIMITS = "Utah Code § 77-40a-303 (limits on the number of convictions)"
UCA_77_27_5_1 = "Utah Code § 77-27-5.1"
UCA_CLEAN_SLATE_CASE = 'Utah Code § 77-40a-101 ("clean slate eligible case")'

CCRC_UTAH = Source(
    "Utah: Restoration of Rights & Record Relief (Collateral Consequences Resource Center)",
    "https://ccresourcecenter.org/state-restoration-profiles/utah-restoration-of-rights-pardon-expungement-sealing/",
)

OFFENSES = (
    Offense(
        "ut-uca-76-10-1302",
        "Prostitution",
        "Utah Code § 76-10-1302 (now Title 76, Chapter 5d)",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="A class B misdemeanor; a second or later conviction is a class A misdemeanor. Before 2022 the "
        "section also covered loitering to be hired.",
    ),
    Offense(
        "ut-uca-76-10-1302-1-c",
        "Prostitution by loitering to be hired (before 2022)",
        "Utah Code § 76-10-1302(1)(c) (as in force before 2022)",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.UNKNOWN,
    ),
    Offense(
        "ut-uca-76-10-1303",
        "Patronizing a prostitute",
        "Utah Code § 76-10-1303 (now Title 76, Chapter 5d)",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ut-uca-76-10-1313",
        "Sexual solicitation",
        "Utah Code § 76-10-1313 (now Title 76, Chapter 5d)",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor that can become a felony after earlier convictions.",
    ),
    Offense(
        "ut-uca-76-10-1304",
        "Aiding prostitution",
        "Utah Code § 76-10-1304 (now Title 76, Chapter 5d)",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense(
        "ut-uca-76-10-1305",
        "Exploiting prostitution",
        "Utah Code § 76-10-1305 (now Title 76, Chapter 5d)",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        # A second-degree felony, first-degree when the person exploited is a child (H.B. 22 of 2025 kept this).
        "ut-uca-76-10-1306",
        "Aggravated exploitation of prostitution",
        "Utah Code § 76-10-1306 (now Title 76, Chapter 5d)",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense("ut-uca-76-9-702", "Lewdness", "Utah Code § 76-9-702", Category.LEWDNESS, Level.UNKNOWN),
    Offense("ut-uca-76-9-102", "Disorderly conduct", "Utah Code § 76-9-102", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("ut-uca-76-6-206", "Criminal trespass", "Utah Code § 76-6-206", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense(
        "ut-uca-76-5-308.1",
        "Human trafficking for sexual exploitation",
        "Utah Code § 76-5-308.1",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# The offenses named in § 78B-9-104(1)(g) that are in this list (the vacatur names more, mostly drug and
# property offenses; a charge not listed here is left open rather than ruled in).
VACATUR_OFFENSES = ("ut-uca-76-10-1302", "ut-uca-76-10-1302-1-c", "ut-uca-76-10-1304", "ut-uca-76-10-1313")

vacatur_for_trafficking_survivors = Remedy(
    id="ut-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution-related conviction that happened because you were trafficked",
    citations=(UCA_78B_9_104_1_G,),
    sources=(
        Source(
            "H.B. 274 (2017), Human Trafficking Modifications (Utah Legislature)",
            "http://le.utah.gov/~2017/bills/hbillint/HB0274S04.htm",
        ),
        Source(
            "Utah vacatur for human trafficking victims (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/ut-c-7/",
        ),
    ),
    effective=date(2017, 5, 9),
    reviewed=REVIEWED,
    reaches=charges_about(
        Category.PROSTITUTION, Category.SOLICITATION, Category.LOITERING_FOR_PROSTITUTION, Category.PROMOTING
    ),
    conditions=(
        convicted(cite=UCA_78B_9_104_1_G),
        offense_in(*VACATUR_OFFENSES, cite=UCA_78B_9_104_1_G),
        trafficking_nexus(cite=UCA_78B_9_104_1_G),
    ),
    effect="The court cancels (vacates) the conviction because you acted under force, fraud or coercion "
    "while you were being trafficked.",
    limits=(
        "It covers only the offenses the law lists, such as prostitution, aiding prostitution and sexual "
        "solicitation. Ask a lawyer whether a different charge is on the list.",
        "You must show the court, usually at a hearing, that you acted under force, fraud or coercion.",
    ),
    next_steps=(
        "File a petition for post-conviction relief under Utah Code 78B-9-104(1)(g) in the district court "
        "of the county where you were convicted.",
        "There is no waiting period. Include any proof you have, such as letters from service providers.",
        "Free lawyers who help survivors are listed below.",
    ),
    legal_defect=True,
    filing="The district court of the county where the conviction was entered.",
)


# Custom: a later conviction restarts this charge's wait with a length set by that later conviction's
# level; the shared windows take their length from the charge at hand, not from the other conviction.
def _later_conviction_clock(context: ChargeContext) -> Finding:
    """Where the person has more than one conviction, the bureau counts the wait from the latest one; a
    later conviction is given the longest wait its level could have (seven years if unknown). For a
    conviction the person listed separately only its date is known, so the wait counts from it."""
    own = context.charge.disposition_date
    ends = []
    for past in context.convictions.besides(context.index):
        screened = context.facts.charges[past.index] if past.index is not None else None
        if past.day is None or own is None:
            return unknown(
                msg("Another conviction may restart the waiting period; the date a case ended is not known."),
                context.path(Fact.DISPOSITION_DATE) if own is None else past.path("date"),
            )
        if past.day > own:
            start = (screened.sentence_completed_date if screened is not None else None) or past.day
            years = 5 if past.level in (Level.MISDEMEANOR, Level.VIOLATION) else 7
            ends.append(add_period(start, years=years))
    if not ends:
        return met(msg("No later conviction restarts the waiting period."))
    last = max(ends)
    if last <= context.facts.as_of:
        return met(msg("A later conviction restarted the waiting period, and that wait is over too."), on=last)
    return later(msg("A later conviction restarted the waiting period; it ends on {ends}.", ends=last), on=last)


# Custom: three or four convictions are barred only if enough of them are class A (or class B)
# misdemeanors, which convictions_at_most (totals and felonies only) cannot state.
def _conviction_count(context: ChargeContext) -> Finding:
    """Two felonies, or five convictions in all, bar expungement; three or four convictions are barred
    when two of them are class A misdemeanors (or three class B), which the answers cannot tell."""
    past = context.convictions.past
    felonies = sum(p.level is Level.FELONY for p in past)
    if felonies >= 2:
        return not_met(msg("You listed two or more felony convictions; this does not allow that."))
    if len(past) >= 5:
        return not_met(msg("You listed five or more convictions; this does not allow that."))
    if len(past) >= 3:
        return unknown(
            msg(
                "With three or four convictions, whether you qualify depends on how many were class A or "
                "class B misdemeanors, which is not known."
            ),
            *(Fact.OFFENSE.path(p.index) if p.index is not None else p.path("grade") for p in past),
        )
    return met(msg("You listed no more than two convictions; convictions you did not list count too."))


# Offenses the screen names that can be a first-degree felony (aggravated exploitation of prostitution is one
# when the person exploited is a child); § 77-40a-303(2)(a)(ii) leaves first-degree felonies out. H.B. 22 (2025)
# also amended the violent felony list of § 76-3-203.5, which was not read in full, so it stays open.
MAYBE_FIRST_DEGREE = frozenset({"ut-uca-76-10-1306"})


# Custom: § 77-40a-303(2)(a) names capital, first-degree and violent felonies and felony impaired driving,
# lists the module cannot state (and the grade may not be given). The sex-trade, lewdness and quality-of-life
# felonies the screen names are third- or second-degree and not violent felonies; one that can be first-degree,
# and any "other" felony, stays open unless the grade rules it out or in.
def _not_an_excluded_felony(context: ChargeContext) -> Finding:
    """A capital felony, a first-degree felony, a violent felony or a felony impaired-driving conviction cannot
    be expunged by petition."""
    charge = context.charge
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("The conviction was not a felony, so the felonies the law leaves out do not apply."))
    if charge.grade is Grade.FELONY_FIRST_DEGREE:
        return not_met(msg("A first-degree felony cannot be expunged."))
    if charge.offense in MAYBE_FIRST_DEGREE:
        return unknown(
            msg(
                "This offense is a first-degree felony when the person exploited was a child, and may count as a "
                "violent felony; neither can be expunged. A lawyer can check this conviction."
            ),
            *((context.path(Fact.GRADE),) if charge.grade is None else ()),
        )
    if charge.category is Category.OTHER:
        return unknown(
            msg(
                "Capital, first-degree and violent felonies and felony impaired driving cannot be expunged; a "
                "lawyer can check this conviction."
            ),
            context.path(Fact.OFFENSE),
        )
    return met(msg("This kind of charge is not a capital, first-degree or violent felony."))


expungement_of_convictions = Remedy(
    id="ut-expungement-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Ask a court to expunge a conviction after a waiting period",
    citations=(UCA_77_40A_303_1, UCA_77_40A_303_2),
    sources=(
        Source(
            "Utah Code § 77-40a-303, version in force until 1 October 2024 (casetext)",
            "http://print.casetext.com/statute/utah-code/title-77-utah-code-of-criminal-procedure/chapter-40a-"
            "expungement-of-criminal-records/part-3-petition-for-expungement/section-77-40a-303-effective-until-"
            "1012024-requirements-for-a-certificate-of-eligibility-to-expunge-records-of-a-conviction",
        ),
        Source(
            "Utah Code § 77-40a-303 (LawServer)",
            "https://www.lawserver.com/law/state/utah/ut-code/utah_code_77-40a-303",
        ),
        CCRC_UTAH,
    ),
    effective=date(2024, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=UCA_77_40A_303_1),
        # From conviction or release from incarceration, parole or probation, whichever was last: the end
        # of the sentence. A misdemeanor whose class is not known waits the class A five years.
        waiting_period_by_grade(
            {
                Grade.MISDEMEANOR_CLASS_C: 3,
                Grade.MISDEMEANOR_CLASS_B: 4,
                Grade.MISDEMEANOR_CLASS_A: 5,
                Level.VIOLATION: 3,
                Level.MISDEMEANOR: 5,
                Level.FELONY: 7,
            },
            since=Event.SENTENCE_COMPLETED,
            cite=UCA_77_40A_303_1,
        ),
        custom(
            "later conviction restarts the wait",
            requirement="No later conviction has restarted the waiting period.",
            reads=(Fact.DISPOSITION_DATE, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
            rule=_later_conviction_clock,
            cite=UCA_77_40A_303_LIMITS,
        ),
        custom(
            "number of convictions",
            requirement="No more than one felony and fewer than five convictions in all, with further "
            "limits on class A and class B misdemeanors.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OFFENSE, Fact.OTHER_CONVICTIONS),
            rule=_conviction_count,
            cite=UCA_77_40A_303_LIMITS,
        ),
        custom(
            "not an excluded felony",
            requirement="The conviction was not a capital, first-degree or violent felony or a felony for impaired "
            "driving.",
            reads=(Fact.LEVEL, Fact.GRADE, Fact.OFFENSE, Fact.CATEGORY),
            rule=_not_an_excluded_felony,
            cite=UCA_77_40A_303_2_A,
        ),
        no_pending_case(cite=UCA_77_40A_303_2),
        not_under_sentence(cite=UCA_77_40A_303_1),
    ),
    effect="The records of the conviction are sealed from the public. In most cases you may say the "
    "conviction never happened.",
    limits=(
        "All fines, interest and restitution must be paid first; we count that as part of finishing your sentence.",
        "Some agencies, such as police and licensing boards for certain jobs, can still see expunged records.",
    ),
    next_steps=(
        "Apply to the Bureau of Criminal Identification (BCI) for a certificate of eligibility and pay its "
        "fee (a fee waiver can be asked for).",
        "File the certificate with a petition to expunge in the court where you were convicted, and give a "
        "copy to the prosecutor, who may object.",
        "The Utah courts' self-help pages have the petition forms.",
    ),
    filing="The court where you were convicted (district or justice court).",
)


# Custom: § 77-40a-302(1) lets a charge dismissed with prejudice be expunged 30 days after the arrest or charge,
# and one dismissed without prejudice 180 days after the dismissal (sooner with the prosecutor's written consent).
# The screening does not ask which kind of dismissal it was, so inside the 180 days the answer stays open; a
# shared waiting period would have to pick one of the two.
def _dismissal_wait(context: ChargeContext) -> Finding:
    """A dismissal can be expunged 180 days after it in any case, and 30 days after the arrest if it was with
    prejudice."""
    dismissed = context.charge.disposition_date
    if dismissed is None:
        return unknown(
            msg("The wait after a dismissal counts from the day the case was dismissed, which is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    ends = add_period(dismissed, days=180)
    if context.facts.as_of >= ends:
        return met(msg("180 days have passed since the dismissal."), on=ends)
    return unknown(
        msg(
            "A case dismissed with prejudice (it cannot be filed again) can be expunged 30 days after the arrest; "
            "one dismissed without prejudice waits until {ends}, unless the prosecutor agrees in writing. Which "
            "kind of dismissal this was is not known.",
            ends=ends,
        ),
        context.path(Fact.DISPOSITION),
    )


DISMISSAL_WAIT = custom(
    "wait after a dismissal",
    requirement="30 days after the arrest for a dismissal with prejudice, or 180 days after a dismissal without "
    "prejudice.",
    reads=(Fact.DISPOSITION, Fact.DISPOSITION_DATE),
    rule=_dismissal_wait,
    cite=UCA_77_40A_302_1_B,
)

expungement_without_conviction = Remedy(
    id="ut-expungement-no-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Ask a court to expunge an arrest or a case that did not end in a conviction",
    citations=(UCA_77_40A_302,),
    sources=(
        Source(
            "Utah Code § 77-40a-302 (LawServer)",
            "http://www.lawserver.com/law/state/utah/ut-code/utah_code_77-40a-302",
        ),
        CCRC_UTAH,
    ),
    effective=date(2024, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=UCA_77_40A_302,
        ),
        # § 77-40a-302(1): 30 days after the arrest or charge; a charge dismissed without prejudice waits
        # "at least 180 days ... after the day on which the charge is dismissed" unless the prosecutor
        # consents. Not knowing how a case was dismissed, a dismissal inside the 180 days stays open (a
        # completed plea in abeyance ends in a dismissal too). An acquittal comes after the arrest, so 30
        # days from the acquittal is never earlier than the law allows and does not need the arrest date.
        wait_by_outcome(
            {
                Disposition.ACQUITTAL: waiting_period(days=30, since=Event.DISPOSITION, cite=UCA_77_40A_302),
                Disposition.NO_CHARGES: waiting_period(days=30, since=Event.OFFENSE, cite=UCA_77_40A_302),
                Disposition.DISMISSAL: DISMISSAL_WAIT,
                Disposition.DIVERSION_COMPLETED: DISMISSAL_WAIT,
            },
            cite=UCA_77_40A_302,
        ),
        no_pending_case(cite=UCA_77_40A_302),
    ),
    effect="Records of the arrest, investigation and case are sealed, so they no longer show on most "
    "background checks.",
    next_steps=(
        "Apply to the Bureau of Criminal Identification for a certificate of eligibility.",
        "File it with a petition to expunge in the court that had the case; if no charges were filed, file "
        "in the district court of the county where you were arrested.",
    ),
    filing="The court that had the case, or the district court where the arrest happened.",
)


# Offenses that are never above a class C misdemeanor, so Clean Slate can reach them by their name.
CLASS_B_OR_LOWER: tuple[str, ...] = ("ut-uca-76-9-102",)


# Custom: the scope is a set of grades (class B and C misdemeanors, infractions), with offenses known by name
# to be no higher; no shared condition tests a grade, and the wait table would cover class A as a misdemeanor.
def _class_b_or_lower(context: ChargeContext) -> Finding:
    """Clean Slate reaches class B and C misdemeanors and infractions, not class A misdemeanors (the
    class A drug-possession exception is not a sex-trade offense and is not screened)."""
    charge = context.charge
    if charge.level is Level.FELONY or charge.grade is Grade.MISDEMEANOR_CLASS_A:
        return not_met(msg("Automatic expungement does not reach felonies or class A misdemeanors."))
    if charge.level is Level.VIOLATION or charge.grade in (Grade.MISDEMEANOR_CLASS_B, Grade.MISDEMEANOR_CLASS_C):
        return met(msg("The conviction was a class B or C misdemeanor or an infraction, which this covers."))
    if charge.offense in CLASS_B_OR_LOWER:
        return met(msg("This offense is a class C misdemeanor or an infraction, which this covers."))
    return unknown(
        msg(
            "This covers class B and C misdemeanors but not class A misdemeanors (for example a repeat "
            "prostitution conviction); the class of this conviction is not known."
        ),
        context.path(Fact.GRADE),
    )


# Custom: the bar is narrower than "serving a sentence": only the state prison and probation or parole supervised
# by the Department of Corrections stop Clean Slate, so a "yes" leaves the kind of sentence an open question.
def _not_in_prison_or_doc_supervision(context: ChargeContext) -> Finding:
    """From 1 January 2025 Clean Slate is not applied to someone in the state prison or on probation or parole
    supervised by the Department of Corrections."""
    answer = context.facts.person.under_sentence
    if answer is Answer.NO:
        return met(msg("You are not serving a sentence now."))
    if answer is Answer.YES:
        return unknown(
            msg(
                "Automatic expungement waits while you are in the state prison or on probation or parole "
                "supervised by the Department of Corrections; county jail or court probation does not stop it."
            ),
            Fact.UNDER_SENTENCE.value,
        )
    return unknown(
        msg("Automatic expungement waits while you are in the state prison or on state probation or parole."),
        Fact.UNDER_SENTENCE.value,
    )


clean_slate = Remedy(
    id="ut-clean-slate",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Clean Slate: automatic expungement of older low-level convictions",
    citations=(UCA_77_40A_204, UCA_77_40A_205, UCA_CLEAN_SLATE_CASE),
    sources=(
        Source(
            "Utah Code § 77-40a-204 (FindLaw, current as of 1 January 2025)",
            "https://codes.findlaw.com/ut/title-77-utah-code-of-criminal-procedure/ut-code-sect-77-40a-204/",
        ),
        Source("Utah Code § 77-40a-205 (CounselStack)", "https://law.counselstack.com/statute/ut/77-40a-205"),
        Source(
            "Utah Code § 77-40a-201 (LawServer)",
            "http://www.lawserver.com/law/state/utah/ut-code/utah_code_77-40a-201",
        ),
        Source(
            "Utah Code § 77-40a-203 (LawServer)",
            "http://www.lawserver.com/law/state/utah/ut-code/utah_code_77-40a-203",
        ),
        Source(
            "Utah Code definition of a clean slate eligible case (older code copy, Pocket Law)",
            "https://getpocketlaw.com/law/state_vermont/section-102-definitions_2d460d8ab464",
        ),
    ),
    # H.B. 431 (2019) took effect on 1 May 2020; the courts began expunging cases on 10 February 2022. From
    # 1 October 2024 to 31 December 2025 a request form was needed (§ 77-40a-204(1)); automatic again since.
    effective=date(2020, 5, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=UCA_77_40A_205),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=UCA_77_40A_205),
        custom(
            "class B or C only",
            requirement="The conviction was a class B or C misdemeanor or an infraction.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.GRADE),
            rule=_class_b_or_lower,
            cite=UCA_77_40A_205,
        ),
        # Five years for class C misdemeanors and infractions, six for class B, from the day the case
        # was adjudicated.
        waiting_period_by_grade(
            {
                Grade.MISDEMEANOR_CLASS_C: 5,
                Grade.MISDEMEANOR_CLASS_B: 6,
                Level.VIOLATION: 5,
                Level.MISDEMEANOR: 6,
            },
            since=Event.DISPOSITION,
            cite=UCA_CLEAN_SLATE_CASE,
        ),
        # The definition ties Clean Slate to the petition limits on the number of convictions, not to a
        # bar on any later conviction.
        custom(
            "number of convictions",
            requirement="No more than one felony and fewer than five convictions in all, with further "
            "limits on class A and class B misdemeanors.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OFFENSE, Fact.OTHER_CONVICTIONS),
            rule=_conviction_count,
            cite=UCA_CLEAN_SLATE_CASE,
        ),
        no_pending_case(cite=UCA_77_40A_205),
        custom(
            "not in prison or on state supervision",
            requirement="You are not in the state prison or on probation or parole supervised by the "
            "Department of Corrections.",
            reads=(Fact.UNDER_SENTENCE,),
            rule=_not_in_prison_or_doc_supervision,
            cite=UCA_77_40A_205_3,
        ),
    ),
    effect="The court and the Bureau of Criminal Identification expunge the case on their own, without a petition.",
    limits=(
        "Cases with a named victim, class A misdemeanors (such as a second prostitution conviction) and "
        "felonies are not expunged automatically; use the petition route.",
        "Unpaid fines or restitution can hold a case back, and the prosecutor can object.",
    ),
    next_steps=(
        "Nothing to file. You can ask the Bureau of Criminal Identification for your record to check whether "
        "the case was expunged; if it was not, apply for expungement by petition.",
    ),
    discretionary=False,
)


def _dismissed_long_ago(context: ChargeContext) -> Finding | None:
    """§ 77-40a-101 ("clean slate eligible case" includes a case dismissed after a plea in abeyance, or
    dismissed without prejudice, whose charges are class B or C misdemeanors or infractions, once the
    five (class C) or six (class B) years have passed from the dismissal, within the conviction limits).
    After that time a dismissal qualifies whichever way it was dismissed; before it, None."""
    charge = context.charge
    if charge.disposition_date is None or _class_b_or_lower(context).truth is not Truth.MET:
        return None
    years = 5 if charge.grade is Grade.MISDEMEANOR_CLASS_C or charge.level is Level.VIOLATION else 6
    if add_period(charge.disposition_date, years=years) > context.facts.as_of:
        return None
    if _conviction_count(context).truth is not Truth.MET:
        return None
    return met(
        msg(
            "The case was dismissed {years} or more years ago and its charges were low-level, so it is covered "
            "whether it was dismissed with or without prejudice or after a plea in abeyance.",
            years=years,
        )
    )


# Custom: only a dismissal "with prejudice" qualifies, which the request cannot tell; disposition_is has no
# such refinement, so a dismissal stays open instead of being ruled in or out.
def _dismissed_for_good(context: ChargeContext) -> Finding:
    """Acquittals and dismissals with prejudice are expunged automatically; a dismissal without prejudice
    is not, and the answers do not say which kind of dismissal it was."""
    disposition = context.charge.disposition
    if disposition is Disposition.ACQUITTAL:
        return met(msg("You were acquitted, which this covers."))
    if disposition in (Disposition.DISMISSAL, Disposition.DIVERSION_COMPLETED):
        late = _dismissed_long_ago(context)
        if late is not None:
            return late
    if disposition in (Disposition.DISMISSAL, Disposition.DIVERSION_COMPLETED, Disposition.UNKNOWN):
        return unknown(
            msg(
                "This covers acquittals and dismissals with prejudice (that cannot be refiled); whether "
                "the case was dismissed that way is not known."
            ),
            context.path(Fact.DISPOSITION),
        )
    return not_met(msg("This covers only acquittals and dismissals with prejudice."))


# Custom: § 77-40a-206 (acquittals and dismissals with prejudice, text in force from 1 October 2024) has no
# pending-case bar, while the clean slate eligible case of § 77-40a-205 (dismissals without prejudice or after a
# plea in abeyance) does; no_pending_case would bar both, so the bar applies only where § 77-40a-205 may be the
# route, and a dismissal of unknown kind stays open while another case is pending.
def _pending_case_bars_only_clean_slate_route(context: ChargeContext) -> Finding:
    """An open case does not hold back an acquittal or a dismissal with prejudice (§ 77-40a-206); it holds back a
    dismissal without prejudice or after a plea in abeyance (§ 77-40a-205)."""
    answer = context.facts.person.pending_case
    disposition = context.charge.disposition
    if answer is Answer.NO:
        return met(msg("You have no open criminal case."))
    if disposition is Disposition.ACQUITTAL:
        return met(msg("An acquittal is expunged even while another case is open."))
    if disposition is Disposition.DIVERSION_COMPLETED:
        if answer is Answer.YES:
            return not_met(
                msg("You have an open criminal case; a case dismissed after a plea in abeyance waits until it ends.")
            )
        return unknown(
            msg("A case dismissed after a plea in abeyance waits while another criminal case is open."),
            Fact.PENDING_CASE.value,
        )
    if answer is Answer.YES:
        return unknown(
            msg(
                "A dismissal with prejudice is expunged even while another case is open; a dismissal without "
                "prejudice waits until it ends, and which kind this was is not known."
            ),
            context.path(Fact.DISPOSITION),
        )
    return unknown(
        msg("A dismissal without prejudice waits while another criminal case is open."),
        Fact.PENDING_CASE.value,
    )


automatic_expungement_of_dismissals = Remedy(
    id="ut-clean-slate-dismissal",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Clean Slate: automatic expungement of acquittals and final dismissals",
    citations=(UCA_77_40A_201, UCA_77_40A_204, UCA_77_40A_206),
    sources=(
        Source(
            "Utah Code § 77-40a-204 (FindLaw, current as of 1 January 2025)",
            "https://codes.findlaw.com/ut/title-77-utah-code-of-criminal-procedure/ut-code-sect-77-40a-204/",
        ),
        Source(
            "Utah Code § 77-40a-206 (FindLaw, current as of 1 January 2025)",
            "https://codes.findlaw.com/ut/title-77-utah-code-of-criminal-procedure/ut-code-sect-77-40a-206/",
        ),
        Source(
            "Utah Code § 77-40a-201 (FindLaw, current as of 1 January 2025)",
            "https://codes.findlaw.com/ut/title-77-utah-code-of-criminal-procedure/ut-code-sect-77-40a-201/",
        ),
    ),
    effective=date(2020, 5, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        custom(
            "acquittal or dismissal with prejudice",
            requirement="You were acquitted, or the case was dismissed with prejudice.",
            reads=(Fact.DISPOSITION,),
            rule=_dismissed_for_good,
            cite=UCA_77_40A_206_2,
        ),
        # § 77-40a-206(2): an acquittal once "at least 60 days have passed after the day on which the case resulted
        # in an acquittal"; a dismissal with prejudice once "at least 180 days have passed after the day on which"
        # the entire case is dismissed with prejudice (no appeal) or a court issues a final nonappealable order (an
        # appeal). The screening asks no question about an appeal, so the 180 days count from the dismissal date
        # given (the limits say so). A completed diversion is on this path only if it ended in a dismissal with
        # prejudice; a dismissal without prejudice or after a plea in abeyance needs five or six years (checked in
        # _dismissed_long_ago), so the 180 days never let a case through too early.
        wait_by_outcome(
            {
                Disposition.ACQUITTAL: waiting_period(days=60, since=Event.DISPOSITION, cite=UCA_77_40A_206_2_A),
                Disposition.DISMISSAL: waiting_period(days=180, since=Event.DISPOSITION, cite=UCA_77_40A_206_2_B),
                Disposition.DIVERSION_COMPLETED: waiting_period(
                    days=180, since=Event.DISPOSITION, cite=UCA_77_40A_206_2_B
                ),
            },
            cite=UCA_77_40A_206,
        ),
        custom(
            "no open case, unless acquitted or dismissed with prejudice",
            requirement="No other criminal case is open, unless you were acquitted or the case was dismissed "
            "with prejudice.",
            reads=(Fact.PENDING_CASE, Fact.DISPOSITION),
            rule=_pending_case_bars_only_clean_slate_route,
            cite=UCA_77_40A_206,
        ),
    ),
    effect="Records of the case are expunged without a petition.",
    limits=(
        "The court can expunge the case 60 days after an acquittal, or 180 days after a dismissal with prejudice. "
        "If the dismissal was appealed, the 180 days start when the appeal is finally decided, which can be later "
        "than the date counted here.",
    ),
    next_steps=(
        "Nothing to file. If the case still shows up, apply for expungement by petition (see the other route listed).",
    ),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="UT",
    name="Utah",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_of_convictions,
        expungement_without_conviction,
        clean_slate,
        automatic_expungement_of_dismissals,
    ),
    legal_help=(
        LegalHelp(
            "Clean Slate Utah",
            "https://cleanslateutah.org",
            "Free help checking automatic record clearing; low-cost expungement help",
        ),
    ),
    where_to_file="The court where the case was heard (district or justice court), after getting a "
    "certificate of eligibility from the Bureau of Criminal Identification.",
    notes=(
        "A pardon from the Board of Pardons and Parole also expunges a conviction (Utah Code § 77-27-5.1); "
        "the Board usually expects you to try court expungement first.",
    ),
)
