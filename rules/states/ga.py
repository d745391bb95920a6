"""Georgia: vacatur for trafficking survivors and record restriction (Georgia's word for sealing).

Reviewed 2026-11-25 against O.C.G.A. § 17-10-21 (vacating sentences of trafficking victims; any
offense) and O.C.G.A. § 35-3-37 (record restriction, including the misdemeanor restriction added
by S.B. 288, in force 1 January 2021). We could confirm that public indecency, keeping a place of
prostitution and pimping are excluded from misdemeanor restriction, but not whether prostitution
(§ 16-6-9), pandering or masturbation for hire are, so those are shown only as possible.

Reviewed 2026-12-06 against the text of § 17-10-21 (PocketLaw copy of the 2020 text; Code history
note: in force 29 June 2020, the filing wait in (a)(2)(B) rewritten by Ga. L. 2022, p. 601, in force
9 May 2022), § 35-3-37(h) (Syfert copy) and (j)(4) (as reproduced by the Cook County Probate Court,
cut off inside the (j)(4)(B) list). Changed: the vacatur now dates from 29 June 2020, not 1 July;
misdemeanor restriction now asks for a completed sentence and no conviction in the four years
before filing (this one included) instead of four years after the sentence and no later conviction
ever; an arrest never referred for prosecution is restricted two years (misdemeanor) or four years
(felony) after the arrest, as (h)(1)(A)(ii) says. Added: vacatur of first-offender and
conditional-discharge sentences (§ 42-8-60, § 16-13-2) of trafficking victims under H.B. 1201
(signed 24 April 2024, per the Governor's office and UGA's CEASE clinic). The act's own
effective-date section was not read; Georgia's default day, 1 July 2024, is used.

Reviewed 2026-12-06 for the shared vocabulary: the possibly excluded sex-related misdemeanor
condition stays custom (it must answer "not known" for named offenses); no rule changed.

Second review 2026-12-06 (§ 35-3-37(h)(1) as shown in the Syfert and InstaLawyer copies): an arrest
referred to the prosecutor and then dropped ((h)(1)(B)) is restricted with no wait, so a declined
charge no longer waits two or four years.

Reviewed 2026-12-07 for the conditions below statute text and the (j)(4)(B) list of § 35-3-37: three more
searches found only the same copy of (j)(4)(B), cut off after pimping (§ 16-6-11), so prostitution,
pandering and masturbation for hire stay open questions for misdemeanor restriction rather than a guess;
the 1 July 2013 start of automatic restriction still rests on the Coweta district attorney's account. No rule
changed. Legal help: Georgia Justice Project confirmed (its record-restriction pages); Atlanta Legal Aid Society
removed, as no source seen supported record-restriction help there.

Cross-check 2026-12-07 (worked examples built from §§ 17-10-21 and 35-3-37): the automatic restriction of
§ 35-3-37(h) begins with arrests on 1 July 2013, and an older arrest that ended without a conviction got no
remedy at all (the limit only told people to ask). § 35-3-37(n) lets such an arrest be restricted on a written
request to the arresting agency, at any time, when it meets the (h) terms; that is now screened as its own
remedy (the Clean Slate Clearinghouse's account of (n); the subsection's text was not in stored copies).

Third pass 2026-12-07 (27 new worked cases from §§ 17-10-21, 35-3-37, 16-6-8 to 16-6-17 and 42-8-60): the H.B. 1201
words reach a defendant "who was sentenced" as a first offender or under conditional discharge, finished or not, so
the first-offender vacatur now also takes a sentence still being served (a conviction with adjudication withheld).
§ 16-6-13 (Justia copy) makes pandering a felony on a second offense and pandering or keeping a place of
prostitution a felony when a minor is involved, so neither is taken to be a misdemeanor by default any more.
Giving massages in a place used for prostitution (§ 16-6-17, a misdemeanor) is added; it was on the older
youthful-offender list of (j)(4)(B), so it and an unlicensed-massage charge with no law named stay open for
misdemeanor restriction. Eight more searches found no complete (j)(4)(B) list: prostitution, pandering, masturbation
for hire and § 16-6-17 remain open questions.

Reviewed 2026-12-07 (statute audit): read again §§ 17-10-21 (PocketLaw 2020 text, InstaLawyer history note, H.B. 1201
of 2024 as introduced, as substituted in the Senate and as passed, LegiPlex copies) and 35-3-37 (Justia 2021, Syfert,
getpocketlaw, InstaLawyer, Cook County Probate Court). Missing remedy added: § 35-3-37(j)(6), from the Survivors
First Act of 2020, lets a person "convicted of an offense and sentenced while such individual was a victim of an
offense of trafficking" ask the sentencing court to restrict the conviction (words as quoted by the Clean Slate
Clearinghouse, GA-C-6; the Attorney General publishes a separate restriction form). The law asks only that the
conviction came while the person was being trafficked, not that it resulted from it; the screening's one
trafficking question is used, so a "no" there reads as "not trafficked at the time". Whether H.B. 1201 also brought
first-offender sentences into (j)(6) was not read, so a plea with adjudication withheld stays an open question there.
Still open: the (j)(4)(B) list. Eleven more searches (pages, code, exact strings) found no complete statute copy; a
law firm's list "as enumerated under O.C.G.A. 35-3-37(j)(4)" (McPhillip Firm) names keeping a place of prostitution,
pimping and pandering by compulsion but not prostitution, pandering, masturbation for hire or § 16-6-17, while the
older youthful-offender list did name the last two. A firm's list is not the statute, so those offenses stay open.
The effective-date section of H.B. 1201 was again not in the stored excerpts; 1 July 2024 is kept.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    happened_before,
    happened_on_or_after,
    level_is,
    no_conviction_within,
    no_pending_case,
    offense_not_in,
    sentence_completed,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

OCGA_17_10_21 = "O.C.G.A. § 17-10-21(a)(1)"
OCGA_17_10_21_HB_1201 = "O.C.G.A. § 17-10-21(a)(1), as amended by H.B. 1201 (2024)"
OCGA_35_3_37_H = "O.C.G.A. § 35-3-37(h)"
OCGA_35_3_37_H_1 = "O.C.G.A. § 35-3-37(h)(1)(A)(ii)"
OCGA_35_3_37_J4 = "O.C.G.A. § 35-3-37(j)(4)"
OCGA_35_3_37_N = "O.C.G.A. § 35-3-37(n)"
OCGA_35_3_37_J4_B = "O.C.G.A. § 35-3-37(j)(4)(B)"
OCGA_35_3_37_J6 = "O.C.G.A. § 35-3-37(j)(6)"

FNUSA = Source("Freedom Network USA: Georgia vacatur summary", "https://freedomnetworkusa.org/srp_states/ga/")
VACATUR_HISTORY = Source(
    "O.C.G.A. § 17-10-21 history note (InstaLawyer)",
    "https://instalawyer.io/laws/georgia-code/17-10-21-vacating-of-sentence",
)
RESTRICTION_TEXT = Source("O.C.G.A. § 35-3-37 text (Syfert)", "https://syfert.com/gacode/35-3-37.html")
VACATUR_TEXT = Source(
    "O.C.G.A. § 17-10-21 text (PocketLaw)",
    "https://getpocketlaw.com/law/state_georgia/section-17-10-21-vacating-of-sentence-for-trafficking-victim-defendants_9a97797af7e9",
)
MISDEMEANOR_GUIDE = Source(
    "Misdemeanor record restriction terms (Cook County Probate Court, Georgia)",
    "https://cookcountyprobatecourt.com/misdemeanor-record-restriction",
)
CSG_GUIDE = Source(
    "Clean Slate Clearinghouse: Georgia adult convictions (GA-C-2)",
    "http://www.nationalreentryresourcecenter.org/cleanslate/states/georgia/policies/ga-c-2",
)
CSG_PRE_2013 = Source(
    "Clean Slate Clearinghouse: Georgia arrests before 1 July 2013 (GA-NC-9)",
    "https://cleanslateclearinghouse.org/policies/ga-nc-9/",
)
CSG_TRAFFICKING_RESTRICTION = Source(
    "Clean Slate Clearinghouse: Georgia restriction for trafficking victims (GA-C-6)",
    "https://cleanslateclearinghouse.org/policies/ga-c-6/",
)
AG_FORMS = Source(
    "Georgia Attorney General: restriction and vacatur forms for trafficking survivors",
    "https://law.georgia.gov/key-issues/human-trafficking/restriction-and-vacatur-forms",
)
SB_288_GUIDE = Source(
    "Georgia's misdemeanor record restriction law (SB 288) explained",
    "https://ryanwalshlegal.com/blog/what-is-georgias-misdemeanor-record-restriction-law",
)

OFFENSES = (
    Offense("ga-ocga-16-6-9", "Prostitution", "O.C.G.A. § 16-6-9", Category.PROSTITUTION, Level.MISDEMEANOR),
    # § 16-6-13(a)(4), (b)(2): a first offense is a misdemeanor of a high and aggravated nature; a second or later
    # one, or one involving a person under 18, is a felony. So the level is asked, not assumed.
    Offense(
        "ga-ocga-16-6-12",
        "Pandering",
        "O.C.G.A. § 16-6-12",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor of a high and aggravated nature the first time; a felony for a second offense or when "
        "a minor is involved.",
    ),
    Offense("ga-ocga-16-6-16", "Masturbation for hire", "O.C.G.A. § 16-6-16", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "ga-ocga-16-6-17",
        "Giving massages in a place used for lewdness, prostitution, assignation or masturbation for hire",
        "O.C.G.A. § 16-6-17",
        Category.UNLICENSED_MASSAGE,
        Level.MISDEMEANOR,
    ),
    # § 16-6-13(a)(1), (b)(2): a misdemeanor of a high and aggravated nature, a felony when a minor is involved.
    Offense(
        "ga-ocga-16-6-10",
        "Keeping a place of prostitution",
        "O.C.G.A. § 16-6-10",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A misdemeanor of a high and aggravated nature, or a felony when a minor is involved.",
    ),
    Offense(
        "ga-ocga-16-6-11",
        "Pimping",
        "O.C.G.A. § 16-6-11",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A misdemeanor of a high and aggravated nature, or a felony when a minor is involved.",
    ),
    Offense("ga-ocga-16-6-8", "Public indecency", "O.C.G.A. § 16-6-8", Category.LEWDNESS, Level.UNKNOWN),
    Offense(
        "ga-ocga-16-11-36", "Loitering or prowling", "O.C.G.A. § 16-11-36", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
    Offense(
        "ga-ocga-16-5-46",
        "Trafficking of persons for labor or sexual servitude",
        "O.C.G.A. § 16-5-46",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Listed in § 35-3-37(j)(4)(B) as offenses a misdemeanor restriction never covers.
EXCLUDED_FROM_RESTRICTION = ("ga-ocga-16-6-8", "ga-ocga-16-6-10", "ga-ocga-16-6-11")
# Sex-trade misdemeanors whose place on that list we could not confirm (§ 16-6-16 and § 16-6-17 were on the
# pre-2021 youthful-offender list of (j)(4)(B), as county and Georgia Justice Project pages show).
UNCONFIRMED = frozenset({"ga-ocga-16-6-9", "ga-ocga-16-6-12", "ga-ocga-16-6-16", "ga-ocga-16-6-17"})
# A charge picked by category alone may be one of those offenses.
UNCONFIRMED_CATEGORIES = frozenset({Category.PROSTITUTION, Category.SOLICITATION, Category.UNLICENSED_MASSAGE})


def _not_possibly_excluded(context: ChargeContext) -> Finding:
    """Sex-trade misdemeanors may be on the excluded list; we could not confirm, so we do not say yes.

    Custom because it answers "not known" for named offenses, which the shared offense lists cannot.
    """
    charge = context.charge
    if charge.offense in UNCONFIRMED or (charge.offense is None and charge.category in UNCONFIRMED_CATEGORIES):
        return unknown(
            msg("Some sex-related misdemeanors cannot be restricted; whether this one can needs to be checked."),
            context.path(Fact.OFFENSE),
        )
    return met(msg("This offense is not one we know to be left out."))


NEVER_REFERRED_WAIT = waiting_period_by_level(
    {Level.MISDEMEANOR: 2, Level.FELONY: 4}, since=Event.OFFENSE, cite=OCGA_35_3_37_H_1
)


def _declined_or_never_referred(context: ChargeContext) -> Finding:
    """(h)(1)(B): a case referred to the prosecutor and dropped is restricted with no wait;
    (h)(1)(A)(ii): an arrest never referred waits two or four years from the arrest.

    Custom because the shared waits cannot say "no wait on one route, a wait on the other".
    """
    if context.charge.declined_date is not None:
        return met(msg("The prosecutor declined the case, so the arrest is restricted without a wait."))
    return NEVER_REFERRED_WAIT.evaluate(context)


vacatur_for_trafficking_survivors = Remedy(
    id="ga-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from trafficking",
    citations=(OCGA_17_10_21,),
    sources=(VACATUR_TEXT, VACATUR_HISTORY, FNUSA),
    # Ga. L. 2020, p. 90 (the Survivors First Act) took effect on 29 June 2020 (Code history note).
    effective=date(2020, 6, 29),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=OCGA_17_10_21),
        trafficking_nexus(cite=OCGA_17_10_21),
    ),
    effect="The court cancels the conviction and sentence because you were trafficked, restricts the "
    "record, and fines and fees you paid are refunded.",
    limits=(
        "Any open warrant, in Georgia or elsewhere, must be cleared before you file.",
        "Since 9 May 2022 there is no wait before filing.",
    ),
    next_steps=(
        "Fill in the Attorney General's vacatur petition form and file it under seal in the court that "
        "sentenced you, with a recent Georgia criminal history report (free for this use).",
        "Serve the prosecutor, who has 30 days to respond; if they agree or do not respond, the court can "
        "grant it without a hearing.",
        "Official papers showing you were trafficked are not required but create a presumption in your favor.",
    ),
    legal_defect=True,
    filing="The court that imposed the sentence.",
)

vacatur_of_first_offender_sentences = Remedy(
    id="ga-vacatur-trafficking-first-offender",
    kind=RemedyKind.VACATUR,
    title="Vacate a first-offender or conditional-discharge sentence that resulted from trafficking",
    citations=(OCGA_17_10_21_HB_1201,),
    sources=(
        Source(
            "H.B. 1201 (2024), as passed by the House and Senate (LegiPlex)",
            "https://app.legiplex.com/ga/legislature/2023/2023-r/bills/hb1201/draft-821133?id=821133",
        ),
        Source(
            "UGA School of Law CEASE clinic: Governor Kemp signs HB 1201",
            "https://cease.law.uga.edu/news/ceases-brian-atkinson-helps-fill-the-gap-in-georgias-vacatur-law-for-survivors-of-trafficking/",
        ),
        Source(
            "Office of the Governor: anti-trafficking bills signed (24 April 2024)",
            "https://gov.georgia.gov/node/21971",
        ),
        VACATUR_TEXT,
    ),
    # Signed 24 April 2024; the act's effective-date section was not read, so Georgia's default
    # effective day for general acts, 1 July 2024, is used (never earlier than the law).
    effective=date(2024, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A first-offender (§ 42-8-60) or conditional-discharge (§ 16-13-2) sentence: a plea with the
        # finding of guilt put off. The text reaches a defendant "who was sentenced" that way, finished or not, so a
        # sentence still being served (a plea with adjudication withheld) counts too (third pass, 2026-12-07).
        disposition_is(
            Disposition.DIVERSION_COMPLETED,
            Disposition.CONVICTION,
            cite=OCGA_17_10_21_HB_1201,
            diversion=(DiversionKind.DEFERRED_ADJUDICATION,),
            conviction_only_if_withheld=True,
        ),
        trafficking_nexus(cite=OCGA_17_10_21_HB_1201),
    ),
    effect="The court vacates the first-offender or conditional-discharge sentence because you were "
    "trafficked, and the record is restricted.",
    limits=(
        "Any open warrant, in Georgia or elsewhere, must be cleared before you file.",
        "A completed first-offender sentence is usually restricted already; vacating it also removes the plea.",
        "You can ask while the first-offender or conditional-discharge sentence is still being served.",
    ),
    next_steps=(
        "Fill in the Attorney General's vacatur petition form and file it under seal in the court that "
        "sentenced you, with a recent Georgia criminal history report (free for this use).",
        "Serve the prosecutor, who has 30 days to respond.",
    ),
    legal_defect=True,
    filing="The court that imposed the sentence.",
)


def _not_a_first_offender_sentence(context: ChargeContext) -> Finding:
    """(j)(6) speaks of a defendant "convicted of an offense and sentenced"; a first-offender plea with adjudication
    withheld is not a conviction in Georgia, and whether H.B. 1201 (2024) added such sentences to (j)(6), as it did
    to § 17-10-21, was not read. So a plea with adjudication withheld is an open question, not a yes or a no, and
    so is a sentence of which that is not known.

    Custom because it answers "not known" for a known fact, which the shared disposition condition cannot.
    """
    withheld = context.charge.adjudication_withheld
    if withheld is Answer.YES:
        return unknown(
            msg(
                "This covers convictions; whether it also covers a first-offender sentence with adjudication "
                "withheld needs to be checked."
            ),
            context.path(Fact.ADJUDICATION_WITHHELD),
        )
    if withheld is Answer.UNSURE:
        return unknown(
            msg(
                "This covers convictions; whether the judge gave a first-offender sentence with adjudication "
                "withheld is not known."
            ),
            context.path(Fact.ADJUDICATION_WITHHELD),
        )
    return met(msg("The case ended in a conviction, not a first-offender sentence still under way."))


# § 35-3-37(j)(6) (Survivors First Act, Ga. L. 2020, p. 90, in force 29 June 2020): restriction of a conviction
# imposed while the person was a trafficking victim. Added on the 2026-12-07 statute audit; the screener had only the
# vacatur of § 17-10-21, whose test ("as a direct result") is narrower than (j)(6)'s "while".
restriction_for_trafficking_survivors = Remedy(
    id="ga-restriction-trafficking",
    kind=RemedyKind.SEALING,
    title="Ask the court to restrict a conviction from a time you were being trafficked",
    citations=(OCGA_35_3_37_J6,),
    sources=(CSG_TRAFFICKING_RESTRICTION, AG_FORMS, FNUSA),
    effective=date(2020, 6, 29),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=OCGA_35_3_37_J6),
        # Custom: a first-offender plea stays "not known", which the shared disposition condition cannot say.
        custom(
            "not a first offender sentence",
            requirement="The case ended in a conviction, not a first-offender sentence with adjudication withheld.",
            reads=(Fact.ADJUDICATION_WITHHELD,),
            rule=_not_a_first_offender_sentence,
            cite=OCGA_35_3_37_J6,
        ),
        trafficking_nexus(cite=OCGA_35_3_37_J6),
    ),
    effect="If the judge grants it, the conviction is hidden from employers, landlords, licensing boards and the "
    "public; police and prosecutors can still see it.",
    limits=(
        "The conviction must have come while you were a victim of trafficking; it need not have been caused by it.",
        "Any open warrant, in Georgia or elsewhere, must be cleared before you file.",
        "There is no filing fee.",
    ),
    next_steps=(
        "Fill in the Attorney General's record restriction petition form for trafficking survivors and file it in the "
        "court that sentenced you.",
        "Serve the prosecutor, who has 30 days to respond; if they do not respond, the court restricts the record "
        "without a hearing, and if they object, a hearing is held within 90 days.",
    ),
    filing="The court that imposed the sentence.",
)

ARRESTED_SINCE_JULY_2013 = happened_on_or_after(Event.OFFENSE, date(2013, 7, 1), cite=OCGA_35_3_37_H)

restriction_without_conviction = Remedy(
    id="ga-restriction-nonconviction",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic record restriction when a case ends without conviction",
    citations=(OCGA_35_3_37_H,),
    sources=(RESTRICTION_TEXT, CSG_GUIDE, SB_288_GUIDE),
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=OCGA_35_3_37_H,
        ),
        # Arrests from 1 July 2013 on are restricted without a request; the arrest came after the offense.
        ARRESTED_SINCE_JULY_2013,
        # An arrest never referred for prosecution is restricted only once this time has passed
        # since the arrest: two years for a misdemeanor, four for most felonies. Other outcomes are
        # restricted when the case ends.
        wait_by_outcome(
            {
                # Custom: either no wait (the prosecutor declined) or a wait from the arrest; waits cannot say "or".
                Disposition.NO_CHARGES: custom(
                    "declined or never referred",
                    requirement="The prosecutor declined the case, or the arrest was never sent to a prosecutor "
                    "and two years (misdemeanor) or four years (felony) have passed since the arrest.",
                    reads=(Fact.DECLINED_DATE, Fact.OFFENSE_DATE, Fact.LEVEL),
                    rule=_declined_or_never_referred,
                    cite=OCGA_35_3_37_H_1,
                ),
                Disposition.DISMISSAL: ARRESTED_SINCE_JULY_2013,
                Disposition.ACQUITTAL: ARRESTED_SINCE_JULY_2013,
                Disposition.DIVERSION_COMPLETED: ARRESTED_SINCE_JULY_2013,
            },
            cite=OCGA_35_3_37_H_1,
        ),
    ),
    effect="The state crime information center hides the arrest from employers, landlords and the public; "
    "police and prosecutors can still see it.",
    limits=(
        "Some dismissals are not covered, for example when you pleaded to other charges in the same case.",
        "For an arrest before 1 July 2013, ask the arresting agency to restrict it (screened separately).",
        "An arrest that was never sent to a prosecutor is restricted two years after the arrest for a "
        "misdemeanor, four years for most felonies.",
    ),
    next_steps=(
        "Nothing to file. If the arrest still shows, ask the prosecutor's office or the arresting agency "
        "for record restriction, or ask the court to seal its own file.",
    ),
    discretionary=False,
)

# § 35-3-37(n): an arrest before 1 July 2013 that did not lead to a conviction is restricted on a written request
# to the arresting agency, when it meets the terms of subsection (h); there is no waiting period. Added on the
# 2026-12-07 cross-check: the automatic remedy above starts with arrests from 1 July 2013, so an older dismissed
# or dropped arrest had no remedy at all.
restriction_on_request_before_2013 = Remedy(
    id="ga-restriction-request-pre-2013",
    kind=RemedyKind.SEALING,
    title="Ask to restrict an arrest from before July 2013 that did not lead to a conviction",
    citations=(OCGA_35_3_37_N,),
    sources=(CSG_PRE_2013, RESTRICTION_TEXT),
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=OCGA_35_3_37_N,
        ),
        # The arrest came on or after the offense, so an offense before 1 July 2013 is not enough to place the
        # arrest before it; one from that day on puts the arrest on or after it (the automatic route).
        happened_before(Event.OFFENSE, date(2013, 7, 1), cite=OCGA_35_3_37_N),
    ),
    effect="The state crime information center hides the arrest from employers, landlords and the public; "
    "police and prosecutors can still see it.",
    limits=(
        "The case must meet the same terms as automatic restriction: for example, no plea to other charges from the "
        "same incident.",
    ),
    next_steps=(
        "Send a written request for record restriction to the police or sheriff's office that made the arrest; it "
        "sends a copy to the prosecutor, who decides.",
        "Once the record is restricted, you can ask the court to seal its own file.",
    ),
    filing="The law enforcement agency that made the arrest.",
)

misdemeanor_restriction = Remedy(
    id="ga-restriction-misdemeanor",
    kind=RemedyKind.SEALING,
    title="Ask the court to restrict a misdemeanor conviction",
    citations=(OCGA_35_3_37_J4,),
    sources=(MISDEMEANOR_GUIDE, RESTRICTION_TEXT, CSG_GUIDE, SB_288_GUIDE),
    effective=date(2021, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=OCGA_35_3_37_J4),
        level_is(Level.MISDEMEANOR, cite=OCGA_35_3_37_J4),
        offense_not_in(*EXCLUDED_FROM_RESTRICTION, cite=OCGA_35_3_37_J4_B),
        # Custom: some named offenses must stay "not known", which an offense list cannot answer.
        custom(
            "not a possibly excluded sex-related misdemeanor",
            requirement="The misdemeanor is not one of the sex-related offenses the law leaves out.",
            reads=(Fact.OFFENSE,),
            rule=_not_possibly_excluded,
            cite=OCGA_35_3_37_J4_B,
        ),
        # The sentence is completed, and no conviction in the four years before filing, this one included.
        sentence_completed(cite=OCGA_35_3_37_J4),
        waiting_period(years=4, since=Event.DISPOSITION, cite=OCGA_35_3_37_J4),
        no_conviction_within(years=4, cite=OCGA_35_3_37_J4),
        no_pending_case(cite=OCGA_35_3_37_J4),
    ),
    effect="If the judge grants it, the conviction is hidden from employers, landlords and the public, and "
    "the court file is sealed.",
    limits=(
        "You can use this for at most two misdemeanor cases in your life.",
        "A conviction for a minor traffic offense does not count against the four conviction-free years.",
    ),
    next_steps=(
        "File a petition for record restriction in the court where you were convicted and serve the "
        "prosecutor; either side can ask for a hearing.",
        "The judge grants it if the harm to you clearly outweighs the public's interest in the record.",
    ),
    filing="The court where you were convicted (state, magistrate, municipal or probate court).",
)

JURISDICTION = Jurisdiction(
    code="GA",
    name="Georgia",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        vacatur_of_first_offender_sentences,
        restriction_for_trafficking_survivors,
        restriction_without_conviction,
        restriction_on_request_before_2013,
        misdemeanor_restriction,
    ),
    legal_help=(
        LegalHelp(
            "Georgia Justice Project", "https://www.gjp.org", "Free help with record restriction, sealing and pardons"
        ),
    ),
    where_to_file="The court that handled the case; for arrests that never reached court, the prosecutor's "
    "office or the arresting agency.",
)
