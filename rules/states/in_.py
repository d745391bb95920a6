"""Indiana: vacatur for trafficking survivors, automatic expungement of recent dismissals, and
expungement by petition under the Second Chance Law.

Reviewed 2026-11-25 against Ind. Code ch. 35-38-10 (vacatur, added 2017; applied in A.C. v. State,
Ind. Ct. App. 2022), Ind. Code §§ 35-38-9-1 (arrests; automatic for charges filed after 30 June
2022), 35-38-9-2 (misdemeanors), 35-38-9-3 and 35-38-9-4 (felonies), 35-38-9-9 (one petition per
lifetime) and the prostitution offenses in Ind. Code ch. 35-45-4. Not verified: the exact day the
2017 vacatur chapter took effect (only the year; encoded as 1 January 2017). Level 6 and higher
felonies are screened with the stricter § 35-38-9-4 waits because the request cannot tell them apart.

Reviewed 2026-12-06 against A.C. v. State (Ind. Ct. App. 2022) and secondary accounts of
ch. 35-38-10 (the elements: trafficked at the time, no bodily injury to another person, coerced or
controlled; preponderance of the evidence), and the text of §§ 35-38-9-1 (InstaLawyer, current;
2014 code book) and 35-38-9-2 (casetext, through P.L. 171-2024).
Changed: the conviction-free windows of §§ 35-38-9-2(e) and 35-38-9-4(e) now use the shared
look-back and read the person's other convictions too; the one-year wait of § 35-38-9-1 now runs
from the arrest (the offense date), as the section says, not from the end of the case.

Reviewed 2026-12-06 for the shared vocabulary: the bodily-injury condition stays custom (a fact of
the offense, not a list); no rule changed.

Second review 2026-12-06: a Level 6 or Class D felony (charge grade felony_class_6 / felony_class_d)
now needs only a finished sentence and eight years from the conviction (§ 35-38-9-3); higher felonies
and felonies of unknown grade keep the § 35-38-9-4 three years after the sentence.

Reviewed 2026-12-07 against the evidence already gathered for § 35-38-9-1 (InstaLawyer's current text) and
A.C. v. State (2022), Wieneke Law Office and The Indiana Lawyer on ch. 35-38-10 (the chapter's own text again
did not surface; searched "Indiana Code 35-38-10-2 petition vacate conviction victim of human trafficking did
not cause bodily injury coerced"). What changed: automatic expungement under § 35-38-9-1(b) reaches people
"charged ... after June 30, 2022"; the module had required the offense to be on or after 1 July 2022, so an
arrest in June 2022 charged later was wrongly ruled out. Now an offense from July 2022 on is in, a case that
ended before July 2022 is out, and anything between is an open question. The vacatur's start is 1 July 2017
(Indiana's default effective day for acts) instead of 1 January 2017. Legal help: Indiana Legal Services is
now linked through the Bloomington Expungement Help Desk page it staffs (IU Maurer School of Law); Indiana
Legal Help was removed, as no source seen supported it.

Cross-check 2026-12-07 (worked examples from §§ 35-38-9-1, -2, -4 and ch. 35-38-10): the petitions to expunge
convictions ignored § 35-38-9-9's one petition in a lifetime; they now ask whether a court has granted relief
before, and an earlier grant leaves the answer open (its exceptions were not read, and a grant of another kind
does not count). The 2019 text of § 35-38-9-1 runs the year from the arrest or the charge, whichever is later;
the screening has no charge date, so this is noted in the evidence, not encoded.

Third pass 2026-12-07 against the text of §§ 35-38-9-3 (casetext through P.L. 171-2024; InstaLawyer) and
35-38-9-4 (2014 code book): eight new worked cases (wait boundaries for Level 6, Class D and Level 5 felonies,
the eight-year conviction-free window, an acquittal, a conviction under § 35-38-9-1, vacatur of public
indecency) all agree with the module; no rule changed. Open: the words of § 35-38-9-3(e) after "(3)" were not
read in full, so the finished-sentence requirement for a Level 6 felony still rests on the earlier review.

Reviewed 2026-12-07 (statute audit) against §§ 35-38-9-1 (InstaLawyer, current text), 35-38-9-2 (casetext through
P.L. 171-2024), 35-38-9-3(a)-(d) (casetext through P.L. 171-2024; InstaLawyer) and 35-38-9-4 (2014 code book),
and A.C. v. State (2022) with secondary accounts of ch. 35-38-10. What changed:
- Felony expungement: §§ 35-38-9-3(b) and 35-38-9-4(b) do not apply to a person "convicted of an offense
  described in: (A) IC 35-42-1; (B) IC 35-42-3.5; or (C) IC 35-42-4", to a felony that "resulted in (serious)
  bodily injury to another person", or to perjury or official misconduct. These were not screened; the charges
  the screen names are none of them, and an "other" felony is now left open instead of eligible.
- Automatic expungement (§ 35-38-9-1(b)) now covers a completed diversion: subdivision (1) reads "a court
  dismisses all ... criminal charges ... filed and pending against a person", which is how a diversion ends. It
  was shown as not eligible.
Still open: the text of ch. 35-38-10 (vacatur) and of § 35-38-9-3(e); the person-level exclusions (a sex or
violent offender, an elected official, two or more deadly-weapon felonies) are shown as limits, since the
screening does not ask them.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    granted_once_under_this_law,
    level_is,
    no_conviction_within,
    no_pending_case,
    not_under_sentence,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, SEX_TRADE, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

IC_35_38_10_2 = "Ind. Code § 35-38-10-2"
IC_35_38_9_1_B = "Ind. Code § 35-38-9-1(b)"
IC_35_38_9_1 = "Ind. Code § 35-38-9-1"
IC_35_38_9_2 = "Ind. Code § 35-38-9-2"
IC_35_38_9_2_C = "Ind. Code § 35-38-9-2(c)"
IC_35_38_9_2_E = "Ind. Code § 35-38-9-2(e)"
IC_35_38_9_4 = "Ind. Code § 35-38-9-4"
IC_35_38_9_4_C = "Ind. Code § 35-38-9-4(c)"
IC_35_38_9_4_E = "Ind. Code § 35-38-9-4(e)"
IC_35_38_9_3_4_B = "Ind. Code §§ 35-38-9-3(b), 35-38-9-4(b)"
IC_35_38_9_9 = "Ind. Code § 35-38-9-9"

SECTION_9_1 = Source(
    "Ind. Code § 35-38-9-1, expunging arrest records (InstaLawyer)",
    "https://instalawyer.io/laws/indiana-code/35-38-9-1-expunging-arrest-records",
)
SECTION_9_2 = Source(
    "Ind. Code § 35-38-9-2 (Justia, 2022 Indiana Code)",
    "https://law.justia.com/codes/indiana/2022/title-35/article-38/chapter-9/section-35-38-9-2/",
)
SECOND_CHANCE_GUIDE = Source(
    "Indiana Second Chance Law, categories of expungement (Riley Cate)",
    "https://www.rileycate.com/indiana-expungement-statute-second-chance-law/",
)

OFFENSES = (
    Offense(
        "in-ic-35-45-4-2",
        "Prostitution",
        "Ind. Code § 35-45-4-2",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A Class A misdemeanor; a Level 6 felony with two prior convictions.",
    ),
    Offense(
        "in-ic-35-45-4-3",
        "Making an unlawful proposition / patronizing a prostitute",
        "Ind. Code § 35-45-4-3",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A Class A misdemeanor; a Level 6 felony with two prior convictions.",
    ),
    Offense(
        "in-ic-35-45-4-4",
        "Promoting prostitution",
        "Ind. Code § 35-45-4-4",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "in-ic-35-45-4-1",
        "Public indecency",
        "Ind. Code § 35-45-4-1",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="A Class A misdemeanor; a Level 6 felony with a prior conviction.",
    ),
    Offense("in-ic-35-45-1-3", "Disorderly conduct", "Ind. Code § 35-45-1-3", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("in-ic-35-43-2-2", "Criminal trespass", "Ind. Code § 35-43-2-2", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense(
        "in-ic-35-42-3.5-1.1",
        "Promotion of human sexual trafficking",
        "Ind. Code § 35-42-3.5-1.1",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Offenses whose elements involve no bodily injury to anyone, so § 35-38-10-2(2) is met.
NO_INJURY_OFFENSES = frozenset(
    {"in-ic-35-45-4-2", "in-ic-35-45-4-3", "in-ic-35-45-4-4", "in-ic-35-45-4-1", "in-ic-35-43-2-2"}
)
NO_INJURY_CATEGORIES = SEX_TRADE | {Category.LEWDNESS}


def _no_bodily_injury(context: ChargeContext) -> Finding:
    """Sex-trade offenses involve no bodily injury; for any other charge the law it was under must be named.

    Custom because it depends on the facts of the offense, not on a list the shared conditions know.
    """
    charge = context.charge
    if charge.offense in NO_INJURY_OFFENSES or (charge.offense is None and charge.category in NO_INJURY_CATEGORIES):
        return met(msg("This offense does not involve hurting anyone."))
    return unknown(
        msg("This is only for offenses that did not cause bodily injury to anyone; that is not known for this charge."),
        context.path(Fact.OFFENSE),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="in-vacatur-35-38-10",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from trafficking",
    citations=(IC_35_38_10_2,),
    sources=(
        Source(
            "A.C. v. State, Indiana Court of Appeals, 2022 (Justia)",
            "https://supreme.justia.com/cases/indiana/court-of-appeals/2022/22a-pc-01215.html",
        ),
        Source(
            "Wieneke Law Office: Indiana's vacatur statute",
            "http://wienekelaw.com/a-gift-from-the-legislature-the-vacatur-statute/",
        ),
    ),
    # Enacted in 2017 (S.B. 166). Indiana acts take effect on 1 July unless they say otherwise, and no other
    # date was found for this one, so 1 July 2017 is used (it was 1 January 2017).
    effective=date(2017, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=IC_35_38_10_2),
        trafficking_nexus(cite=IC_35_38_10_2),
        # Custom: whether the offense caused bodily injury is a fact of the case, not a list the vocabulary knows.
        custom(
            "no bodily injury",
            requirement="The offense did not cause bodily injury to anyone.",
            reads=(Fact.OFFENSE,),
            rule=_no_bodily_injury,
            cite=IC_35_38_10_2,
        ),
    ),
    effect="The court vacates the conviction because you were a trafficking victim who was forced or "
    "controlled by someone else when it happened.",
    limits=(
        "You must prove, more likely than not, that you were trafficked at the time and were coerced or "
        "controlled by another person.",
        "Offenses that hurt another person are not covered.",
    ),
    next_steps=(
        "File a petition for post-conviction relief under Ind. Code ch. 35-38-10 in the court where you "
        "were convicted.",
        "Gather what shows you were trafficked and controlled at the time: your own statement, records "
        "from service providers, police or the trafficker's case.",
        "After the conviction is vacated, the records can be expunged under Ind. Code § 35-38-9-1; for a charge "
        "filed after 30 June 2022 the court must order that on its own.",
    ),
    legal_defect=True,
    filing="The circuit or superior court that entered the conviction.",
)

AUTOMATIC_FROM = date(2022, 7, 1)


# Custom: the subsection turns on the day the charge was filed ("charged ... after June 30, 2022"), which the
# screening does not ask; the offense date and the end of the case bound it from both sides.
def _charged_after_june_2022(context: ChargeContext) -> Finding:
    """§ 35-38-9-1(b) applies to a person charged after 30 June 2022."""
    charge = context.charge
    if charge.offense_date is not None and charge.offense_date >= AUTOMATIC_FROM:
        return met(msg("The charge came after 30 June 2022, when automatic expungement began."))
    if charge.disposition_date is not None and charge.disposition_date < AUTOMATIC_FROM:
        return not_met(msg("The case ended before 1 July 2022, so automatic expungement does not apply."))
    return unknown(
        msg(
            "Automatic expungement applies if the charge was filed after 30 June 2022; an arrest before then may "
            "still count if the charge came later. Check the filing date on the court record."
        ),
        context.path(Fact.OFFENSE_DATE),
    )


automatic_expungement_of_dismissals = Remedy(
    id="in-automatic-expungement-35-38-9-1",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement when all charges are dismissed or you are acquitted",
    citations=(IC_35_38_9_1_B,),
    sources=(SECTION_9_1, SECOND_CHANCE_GUIDE),
    effective=date(2022, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # "(1) a court dismisses all ... criminal charges ... filed and pending against a person": a completed
        # pretrial diversion ends that way too. "(3) ... acquitted of all charges".
        disposition_is(
            Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.DIVERSION_COMPLETED, cite=IC_35_38_9_1_B
        ),
        # The law covers charges filed after 30 June 2022. The offense date is never later than the charge
        # and the end of the case never earlier, so each settles some cases; between them it stays open.
        custom(
            "charged after 30 June 2022",
            requirement="You were charged after 30 June 2022.",
            reads=(Fact.OFFENSE_DATE, Fact.DISPOSITION_DATE),
            rule=_charged_after_june_2022,
            cite=IC_35_38_9_1_B,
        ),
    ),
    effect="When every charge in the case is dismissed or you are found not guilty, the court must order "
    "the records expunged on its own.",
    limits=(
        "It applies only if all charges in the case ended this way. The order takes effect 60 days after "
        "the dismissal or acquittal, or later if the prosecutor shows a reason to delay.",
    ),
    next_steps=(
        "Nothing to file. If the case still shows up, ask the court clerk for a copy of the expungement "
        "order, or file a petition under Ind. Code § 35-38-9-1.",
    ),
    discretionary=False,
)

expungement_of_arrests = Remedy(
    id="in-expungement-35-38-9-1",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest or charge that did not lead to a conviction",
    citations=(IC_35_38_9_1,),
    sources=(SECTION_9_1, SECOND_CHANCE_GUIDE),
    # The Second Chance Law took effect on 1 July 2013.
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=IC_35_38_9_1,
        ),
        # Not earlier than one year after the arrest (the offense date in the screener).
        waiting_period(years=1, since=Event.OFFENSE, cite=IC_35_38_9_1),
    ),
    effect="The court orders the arrest and court records sealed from the public and the arrest removed "
    "from the state police record.",
    limits=("The prosecutor can agree in writing to let you file sooner than one year.",),
    next_steps=(
        "File a verified petition for expungement in the court where the charges were filed (or, if none "
        "were filed, a criminal court in the county of the arrest).",
        "The Indiana courts' self-help site has free expungement forms. Ask the court to waive the filing "
        "fee if you cannot pay.",
    ),
    filing="The court where the charges were filed.",
)


expungement_of_misdemeanors = Remedy(
    id="in-expungement-35-38-9-2",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor conviction after five years",
    citations=(IC_35_38_9_2,),
    sources=(
        SECTION_9_2,
        Source(
            "National Reentry Resource Center: Indiana adult convictions (IN-C-2)",
            "http://www.nationalreentryresourcecenter.org/cleanslate/states/indiana/policies/c-2",
        ),
    ),
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=IC_35_38_9_2),
        level_is(Level.MISDEMEANOR, cite=IC_35_38_9_2),
        waiting_period(years=5, since=Event.DISPOSITION, cite=IC_35_38_9_2_C),
        # Fines, fees, costs and restitution must be paid; we read that as the whole sentence being done.
        sentence_completed(cite=IC_35_38_9_2_E),
        not_under_sentence(cite=IC_35_38_9_2_E),
        no_pending_case(cite=IC_35_38_9_2_E),
        no_conviction_within(years=5, cite=IC_35_38_9_2_E),
        # § 35-38-9-9: one petition to expunge convictions in a lifetime (petitions in several counties within
        # one 365-day period count as one; the exceptions of its later subsections were not read). A grant of
        # another kind (an arrest record, a vacatur) does not count, so an earlier grant leaves this open.
        granted_once_under_this_law(cite=IC_35_38_9_9),
    ),
    effect="The court must order the records of the conviction sealed from the public. The conviction is "
    "treated as if it never happened for most jobs, licenses and housing.",
    limits=(
        "People who must register as a sex or violent offender cannot use this.",
        "You can file for expungement only once in your life, so list every conviction you want cleared "
        "in one petition.",
        "All fines, fees, court costs and restitution must be paid.",
    ),
    next_steps=(
        "File a petition to expunge in the circuit or superior court of the county where you were "
        "convicted, listing all of your convictions in every county.",
        "Free forms and instructions are on the Indiana courts' self-help site. Ask the court to waive the "
        "civil filing fee if you cannot pay.",
    ),
    discretionary=False,
    filing="A circuit or superior court in the county of conviction.",
)

LOWEST_FELONY_GRADES = frozenset({Grade.FELONY_CLASS_6, Grade.FELONY_CLASS_D})
SENTENCE_DONE = waiting_period(since=Event.SENTENCE_COMPLETED, cite="Ind. Code § 35-38-9-3(e)")
THREE_YEARS_AFTER_SENTENCE = waiting_period(years=3, since=Event.SENTENCE_COMPLETED, cite=IC_35_38_9_4_C)


def _felony_wait_after_sentence(context: ChargeContext) -> Finding:
    """§ 35-38-9-3 (Level 6 / Class D): only a completed sentence; § 35-38-9-4: three years after it.

    Custom because a felony whose grade is not given must keep the longer (§ 35-38-9-4) wait as a
    date rather than turn into an open question, which a grade table would do.
    """
    if context.charge.grade in LOWEST_FELONY_GRADES:
        return SENTENCE_DONE.evaluate(context)
    return THREE_YEARS_AFTER_SENTENCE.evaluate(context)


# Custom: §§ 35-38-9-3(b) and 35-38-9-4(b) leave out convictions under IC 35-42-1 (homicide), 35-42-3.5 (human
# trafficking) and 35-42-4 (sex crimes), felonies that hurt another person, perjury and official misconduct. None
# of the offenses the screen names is one (human trafficking is outside this remedy's reach); an "other" felony
# could be, and the screen cannot tell, so it stays open.
def _not_an_excluded_felony(context: ChargeContext) -> Finding:
    if context.charge.category is not Category.OTHER:
        return met(msg("This kind of charge is not one of the felonies the expungement law leaves out."))
    return unknown(
        msg(
            "Homicide, sex crimes, human trafficking, perjury, official misconduct and felonies that injured "
            "someone cannot be expunged this way; a lawyer can check this conviction."
        ),
        context.path(Fact.OFFENSE),
    )


expungement_of_felonies = Remedy(
    id="in-expungement-35-38-9-4",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a felony conviction after eight years",
    citations=(IC_35_38_9_4, "Ind. Code § 35-38-9-3"),
    sources=(SECOND_CHANCE_GUIDE, SECTION_9_2),
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=IC_35_38_9_4),
        level_is(Level.FELONY, cite=IC_35_38_9_4),
        # A Level 6 (or Class D) felony waits 8 years from conviction, once the sentence is done
        # (§ 35-38-9-3); higher felonies, and a felony whose grade is not given, wait until 8 years after
        # conviction or 3 years after the sentence, whichever is later (§ 35-38-9-4).
        waiting_period(years=8, since=Event.DISPOSITION, cite=IC_35_38_9_4_C),
        # Custom: a felony of unknown grade keeps the longer wait as a date; a grade table would leave it open.
        custom(
            "wait after the sentence",
            requirement="The sentence is done; for a felony above Level 6 (or Class D), three years have passed "
            "since it ended.",
            reads=(Fact.SENTENCE_COMPLETED_DATE,),
            rule=_felony_wait_after_sentence,
            cite=IC_35_38_9_4_C,
        ),
        custom(
            "not an excluded felony",
            requirement="The felony was not homicide, a sex crime, human trafficking, perjury or official misconduct, "
            "and did not injure anyone.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_not_an_excluded_felony,
            cite=IC_35_38_9_3_4_B,
        ),
        not_under_sentence(cite=IC_35_38_9_4_E),
        no_pending_case(cite=IC_35_38_9_4_E),
        no_conviction_within(years=8, cite=IC_35_38_9_4_E),
        granted_once_under_this_law(cite=IC_35_38_9_9),
    ),
    effect="The court seals the records of the felony conviction from the public, or marks them as "
    "expunged. For a Level 6 or Class D felony the court must grant it; for higher felonies the judge "
    "decides.",
    limits=(
        "People who must register as a sex or violent offender cannot use this.",
        "A Level 6 felony can often be filed 8 years after the conviction even if the sentence ended "
        "recently; a lawyer can check.",
        "You can file for expungement only once in your life.",
    ),
    next_steps=(
        "File a petition to expunge in the circuit or superior court of the county where you were "
        "convicted, listing all of your convictions.",
        "Free forms are on the Indiana courts' self-help site; ask for a fee waiver if you cannot pay.",
    ),
    filing="A circuit or superior court in the county of conviction.",
)

JURISDICTION = Jurisdiction(
    code="IN",
    name="Indiana",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        automatic_expungement_of_dismissals,
        expungement_of_arrests,
        expungement_of_misdemeanors,
        expungement_of_felonies,
    ),
    legal_help=(
        LegalHelp(
            "Bloomington Expungement Help Desk (Indiana Legal Services)",
            "https://law.indiana.edu/academics/public-interest/expungement-desk.html",
            "Free expungement help from Indiana Legal Services lawyers",
        ),
    ),
    where_to_file="The circuit or superior court in the county where you were charged or convicted.",
)
