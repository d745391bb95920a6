"""Iowa: expungement of dismissed and acquitted cases, of completed deferred judgments, and of one
misdemeanor conviction case per lifetime after eight years. Iowa has no trafficking-survivor vacatur
or expungement law in force.

Reviewed 2026-11-25 against Iowa Code §§ 901C.2 (non-conviction records, 2016), 901C.3 (misdemeanor
convictions, 2019 Iowa Acts ch. 140, in force 1 July 2019), 907.9(4) (deferred judgments) and chapter
725 (vice). A survivor expungement section, new § 710A.8, was proposed in HF 2464 (2022, died), HF 926
(2025) and HF 2696 (2026); we found no sign that any of them became law, so none is encoded.

Reviewed 2026-12-06 against the text of § 901C.3(1) (LawServer copy), the Clean Slate
Clearinghouse, Iowa Legal Aid and practitioner summaries of §§ 901C.2, 901C.3(2)-(3) and 907.9.
Changed: § 901C.3 now asks whether a court already granted this expungement (one grant per
lifetime), and § 907.9(4) automatic expungement is dated from 1 July 2013, the date Iowa Legal Aid
gives for deferred judgments completed after which no application is needed.

Reviewed 2026-12-06 for the shared vocabulary: the deferred-judgment bar stays custom (conviction
limits do not count deferred judgments); no rule changed.

Second review 2026-12-06: the § 901C.2 wait is now 180 days from the acquittal or dismissal, as the
statute says (S.F. 385 text), instead of six months; "more than eight years" (§ 901C.3(1)(a)) is
counted from the day after the eighth anniversary of the conviction.

Reviewed 2026-12-07 against the text of § 901C.2 (getpocketlaw and CourtGPT copies of the code), § 901C.3(1)
(LawServer) and § 907.9(1)-(4)(a) (getpocketlaw), and the 2022-2026 survivor bills (HF 2464, HF 669/926,
HF 2696, each adding a new § 710A.8; HF 2696 of 2026 shown only as introduced, none found enacted). Changed:
§ 901C.2 has no pending-charge bar (its conditions are acquittal or dismissal of every charge, costs paid,
180 days, no insanity acquittal and no incompetency finding), so an open case elsewhere no longer rules it out.
Still without a trafficking-survivor remedy.

Cross-checked 2026-12-07 with 9 new worked examples built from the text of §§ 901C.2, 901C.3 and 907.9 (Iowa Code
2024, the legislature's text as held in the public repository saint1415/us-statutes). Changed in § 901C.3: being
under a sentence in another case no longer rules it out (subsection 1 bars pending charges and unpaid costs and
fines of this case, not another sentence); an earlier grant of relief now leaves the answer open, because the
one-time limit of subsection 3 counts only an expungement "under this section". Two older worked examples that
had assumed otherwise were corrected. Added: Iowa Code § 725.1(1)(c) (2014 Acts, ch. 1097, § 6), expungement as a
matter of law, on petition two years after the conviction, of a conviction for selling sex by a person under 18,
with no other criminal conviction in those two years.

Reviewed 2026-12-07 (evidence pass) against the words of § 907.9(4)(a)-(f) (Iowa Code 2024, the legislature's text
as held in saint1415/us-statutes): the deferred-judgment evidence is now the statute's own words. The court record
is expunged on discharge only once the case's restitution, costs and fees are paid (4)(b); that is now stated as a
limit (not asked). No rule changed.

Reviewed 2026-12-07 (statute audit): read §§ 901C.2, 901C.3 and chapter 725 in the Iowa Code 2024 (the legislature's
text as held in saint1415/us-statutes) and searched again for a survivor law: HF 2696 (2026) is shown only as introduced
(legis.iowa.gov) and HF 926 (2025) only as a committee bill, so none is encoded. Changes: § 907.9 expunges the record of
a judgment "deferred under section 907.3" (a plea, then probation), and § 901C.2 covers a case in which "all criminal
charges were otherwise dismissed" except "dismissals related to a deferred judgment under section 907.9" (subsection
3). The module had sent every completed diversion to § 907.9 and none to § 901C.2; a case dismissed after a pretrial
diversion (no plea) now goes to § 901C.2 (180 days after the dismissal), a completed deferred judgment to § 907.9, and
a completed program of unknown kind leaves both open. The limit of two deferred judgments in § 901C.3(1)(c) now counts
deferred judgments only, not pretrial diversions; a completed program of unknown kind that would make the second one
leaves it open. Still open: whether a trespass conviction falls under § 716.8(3)-(4) (excluded by § 901C.3(2)(l)); it
is treated as not excluded.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    age_at_offense_under,
    convicted,
    custom,
    disposition_is,
    granted_once_under_this_law,
    level_is,
    no_conviction_during_wait,
    no_pending_case,
    offense_in,
    offense_not_in,
    sentence_completed,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

IA_901C_2 = "Iowa Code § 901C.2"
IA_901C_3_1 = "Iowa Code § 901C.3(1)"
IA_901C_3_2 = "Iowa Code § 901C.3(2)"
IA_901C_3_3 = "Iowa Code § 901C.3(3)"
IA_907_9_4 = "Iowa Code § 907.9(4)"

SECTION_901C_2 = Source(
    "Iowa Code § 901C.2, not-guilty verdicts and criminal-charge dismissals (getpocketlaw copy of the code text)",
    "https://getpocketlaw.com/law/state_iowa/section-901c-2-not-guilty-verdicts-and-criminal-charge-dismissals-expungement_62092de7f5d8",
)
SECTION_901C_3 = Source(
    "Iowa Code § 901C.3 (LawServer)", "https://www.lawserver.com/law/state/iowa/ia-code/iowa_code_901c-3"
)
CLEARINGHOUSE = Source(
    "Clean Slate Clearinghouse: Iowa misdemeanor convictions (IA-C-3)",
    "https://cleanslateclearinghouse.org/policies/ia-c-3/",
)
IOWA_LEGAL_AID = Source(
    "Iowa Legal Aid: Can I expunge my adult criminal conviction in Iowa?",
    "https://www.iowalegalaid.org/resource/can-i-expunge-my-adult-criminal-conviction-in-1",
)
IOWA_GUIDE = Source(
    "Iowa expungement under chapter 901C and § 907.9 (Halston Berg)",
    "https://halstonberg.com/expungement/iowa-expungement/",
)

OFFENSES = (
    Offense("ia-code-725.1", "Prostitution", "Iowa Code § 725.1", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "ia-code-725.1-purchase",
        "Prostitution (purchasing or offering to purchase sex)",
        "Iowa Code § 725.1",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="An aggravated misdemeanor; a felony when the person bought from was a minor.",
    ),
    Offense("ia-code-725.2", "Pimping", "Iowa Code § 725.2", Category.PROMOTING, Level.FELONY),
    Offense("ia-code-725.3", "Pandering", "Iowa Code § 725.3", Category.PROMOTING, Level.FELONY),
    Offense(
        "ia-code-725.4",
        "Leasing premises for prostitution",
        "Iowa Code § 725.4",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense("ia-code-709.9", "Indecent exposure", "Iowa Code § 709.9", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense("ia-code-723.4", "Disorderly conduct", "Iowa Code § 723.4", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("ia-code-716.7", "Trespass", "Iowa Code § 716.7", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("ia-code-710A.2", "Human trafficking", "Iowa Code § 710A.2", Category.TRAFFICKING, Level.FELONY),
)

# Sex offenses under § 692A.101 (indecent exposure is one) cannot be expunged under § 901C.3.
NOT_EXPUNGEABLE = ("ia-code-709.9",)

expungement_without_conviction = Remedy(
    id="ia-expungement-901c-2",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a case that ended in acquittal or dismissal",
    citations=(IA_901C_2,),
    sources=(SECTION_901C_2, IOWA_GUIDE),
    effective=date(2016, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # "all criminal charges were otherwise dismissed": a case dismissed after a pretrial diversion is a
        # dismissal; a dismissal "related to a deferred judgment under section 907.9" is not (subsection 3).
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=IA_901C_2,
        ),
        waiting_period(days=180, since=Event.DISPOSITION, cite=IA_901C_2),
    ),
    effect="The court record of the case becomes confidential and is removed from public view. Courts "
    "and police can still see it.",
    limits=(
        "All court costs and fees in the case must be paid.",
        "A judge can shorten the 180-day wait for good cause, for example mistaken identity.",
        "Not for a case ended by a not-guilty-by-reason-of-insanity finding or a finding that you were not "
        "competent to stand trial.",
    ),
    next_steps=(
        "File an application to expunge (Iowa Court Rule 2.86, Form 1) with the clerk of the district "
        "court in the county where the case was. There is no filing fee.",
    ),
    discretionary=False,
    filing="The district court in the county where the case was filed.",
)

IA_725_1_1_C = "Iowa Code § 725.1(1)(c)"
SECTION_725_1 = Source(
    "Iowa Code § 725.1, prostitution (Iowa Legislature, Iowa Code 2024)",
    "https://www.legis.iowa.gov/docs/code/725.1.pdf",
)

# Iowa Code § 725.1(1)(c), added by 2014 Acts, ch. 1097, § 6 (in force 1 July 2014): a person under 18 convicted
# of selling sex may petition two years after the conviction; with no other criminal conviction in those two
# years (local traffic violations and simple misdemeanors under chapter 321 aside), the conviction "shall be
# expunged as a matter of law". Found in the cross-check of 2026-12-07; it had not been encoded.
expungement_of_minor_prostitution_conviction = Remedy(
    id="ia-expungement-725-1-minor",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a prostitution conviction for an offense committed under 18",
    citations=(IA_725_1_1_C,),
    sources=(SECTION_725_1,),
    effective=date(2014, 7, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=IA_725_1_1_C),
        # Selling sex (paragraph "a"); buying sex is subsection 2 and is not reached.
        offense_in("ia-code-725.1", cite=IA_725_1_1_C),
        age_at_offense_under(18, cite=IA_725_1_1_C),
        waiting_period(years=2, since=Event.DISPOSITION, cite=IA_725_1_1_C),
        # Traffic violations are not asked; every listed misdemeanor or felony in the two years counts.
        no_conviction_during_wait(
            years=2, since=Event.DISPOSITION, levels=(Level.FELONY, Level.MISDEMEANOR), cite=IA_725_1_1_C
        ),
    ),
    effect="The court orders the conviction expunged, and it is removed from the state criminal history files.",
    limits=(
        "Only for selling sex when you were under 18, and only two years after the conviction.",
        "Another criminal conviction in those two years rules it out; local traffic violations do not count.",
    ),
    next_steps=(
        "File a petition to expunge the conviction with the clerk of the district court in the county where you "
        "were convicted. If you qualify, the court must grant it.",
    ),
    discretionary=False,
    filing="The district court in the county where you were convicted.",
)

deferred_judgment_expungement = Remedy(
    id="ia-deferred-judgment-907-9",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement after a deferred judgment is completed",
    citations=(IA_907_9_4,),
    sources=(IOWA_LEGAL_AID, IOWA_GUIDE),
    # Iowa Legal Aid: deferred judgments completed after 1 July 2013 are expunged without an application.
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # Only a judgment deferred under § 907.3 (a plea, then probation); a pretrial diversion dismissed with no
        # plea goes through § 901C.2.
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=IA_907_9_4
        ),
        waiting_period(since=Event.SENTENCE_COMPLETED, cite=IA_907_9_4),
    ),
    effect="When you are discharged from a deferred judgment, the court record of the case is expunged "
    "without a separate application.",
    limits=(
        # § 907.9(4)(b): "the court's record shall not be expunged until the person has paid the restitution, civil
        # penalties, court costs, fees, or other financial obligations ordered by the court".
        "The court record is not expunged until the restitution, court costs, fees and other amounts ordered in the "
        "case are paid.",
        "The state keeps a confidential record of deferred judgments, and it counts toward the limit of "
        "two deferred judgments.",
    ),
    next_steps=("Nothing to file. If the case still shows online, ask the clerk of court to check the discharge.",),
    discretionary=False,
)


def _at_most_one_deferred_judgment(context: ChargeContext) -> Finding:
    """Two earlier deferred judgments bar § 901C.3; counted over what was listed. A completed pretrial diversion
    is not a deferred judgment; a completed program of unknown kind may be one."""
    completed = [
        (i, c) for i, c in enumerate(context.facts.charges) if c.disposition is Disposition.DIVERSION_COMPLETED
    ]
    deferred = sum(c.diversion_kind is DiversionKind.DEFERRED_ADJUDICATION for _, c in completed)
    unsure = [Fact.DIVERSION_KIND.path(i) for i, c in completed if c.diversion_kind is DiversionKind.UNSURE]
    if deferred >= 2:
        return not_met(msg("You listed two or more deferred judgments; that rules this out."))
    if deferred + len(unsure) >= 2:
        return unknown(
            msg(
                "Two earlier deferred judgments rule this out; for some completed programs you listed it is not "
                "known whether they were deferred judgments."
            ),
            *unsure,
        )
    return met(msg("You listed fewer than two deferred judgments. Deferred judgments you did not list count too."))


misdemeanor_expungement = Remedy(
    id="ia-expungement-901c-3",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge one misdemeanor conviction case after eight years",
    citations=(IA_901C_3_1, IA_901C_3_2),
    sources=(
        SECTION_901C_3,
        CLEARINGHOUSE,
        Source(
            "New Iowa expungement law, SF 589 (Adam Pollack Law)",
            "https://adampollacklaw.com/new-iowa-expungement-law/",
        ),
    ),
    effective=date(2019, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=IA_901C_3_1),
        level_is(Level.MISDEMEANOR, cite=IA_901C_3_1),
        offense_not_in(*NOT_EXPUNGEABLE, cite=IA_901C_3_2),
        waiting_period(years=8, days=1, since=Event.DISPOSITION, cite=IA_901C_3_1),
        # Costs, fines and restitution must be paid; we read that as the whole sentence being done.
        sentence_completed(cite=IA_901C_3_1),
        no_pending_case(cite=IA_901C_3_1),
        # "one time in the person's lifetime" under this section: an expungement under § 901C.2 or § 907.9
        # does not count, so an earlier grant of unknown kind leaves the answer open.
        granted_once_under_this_law(cite=IA_901C_3_3),
        # Custom: the bar counts deferred judgments (completed, not pretrial diversions), which conviction limits do
        # not count.
        custom(
            "no more than one deferred judgment",
            requirement="You have not been given two deferred judgments before.",
            reads=(Fact.DISPOSITION, Fact.DIVERSION_KIND),
            rule=_at_most_one_deferred_judgment,
            cite=IA_901C_3_1,
        ),
    ),
    effect="The court must expunge the conviction record: it becomes confidential and is removed from "
    "the state criminal history. Courts and police can still see it.",
    limits=(
        "You can use this only once in your life. Several misdemeanors from the same incident can be cleared together.",
        "Some misdemeanors can never be expunged this way, including registrable sex offenses, drunk "
        "driving, domestic abuse assault and weapons offenses. Prostitution is not on that list.",
        "All court costs, fines, fees and restitution must be paid.",
    ),
    next_steps=(
        "Get your Iowa criminal history from the Division of Criminal Investigation (form DCI-77).",
        "File an application to expunge (Iowa Court Rule 2.86, Form 2) with the clerk of the district court "
        "in the county where you were convicted, and give a copy to the county attorney.",
    ),
    discretionary=False,
    filing="The district court in the county where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="IA",
    name="Iowa",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        expungement_without_conviction,
        deferred_judgment_expungement,
        misdemeanor_expungement,
        expungement_of_minor_prostitution_conviction,
    ),
    legal_help=(
        LegalHelp("Iowa Legal Aid", "https://www.iowalegalaid.org", "Statewide civil legal aid, including expungement"),
    ),
    where_to_file="The clerk of the district court in the county where the case was.",
    notes=(
        "Iowa has no law that vacates or expunges convictions because you were trafficked. Bills to create "
        "one (a new § 710A.8) were introduced in 2022, 2025 and 2026. Felony convictions, such as pimping, "
        "can only be pardoned by the governor.",
    ),
)
