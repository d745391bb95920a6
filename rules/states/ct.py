"""Connecticut: vacatur for trafficking survivors, automatic erasure of cases that end without a
conviction, Clean Slate automatic erasure of older convictions, and pardon.

Reviewed 2026-11-25 against: Conn. Gen. Stat. § 54-95c (as amended effective 1 October 2021),
§ 54-142a(a), (c) and (e) (Clean Slate, Public Act 21-32, automatic erasure from 1 January 2023,
finished for older records by 31 January 2024), § 54-130a, and §§ 53a-82 to 53a-89.
Not verified: the classes of some felonies in a charge given only by level (left open), and the
Board of Pardons and Paroles' current waiting periods (three years for a misdemeanor and five for
a felony, from its published rules as summarized by legal-aid guides).

Reviewed 2026-12-06 against § 54-95c (Casetext, current with the 2024 sessions), § 54-142a(a)
(Casetext, through 2024) and the Clean Slate Clearinghouse's quotations of § 54-142a(e): offenses
before 1 January 2000 are now screened for erasure by petition (§ 54-142a(e)(1)(ii)) instead of
"not eligible"; the Clean Slate clock counts every conviction the person lists; erasure of
non-convictions is dated from 1 October 1969, the day § 54-142a(a) names.

Reviewed 2026-12-06 for the shared vocabulary: the Clean Slate clock (§ 54-142a(e)(1)) is now this
conviction's own 7- or 10-year wait plus a conviction-free window of the same length keyed on the
charge's level, and the erasure wait (§ 54-142a(c)) a wait by outcome; the same law. Corrected: the
old clock ruled Clean Slate out when the outcome of the case was not known, instead of leaving it open.
The felony-class tests stay custom (the vocabulary has no condition on felony class).

Second review 2026-12-06: the felony-class tests of § 54-95c and § 54-142a(e) now read the class given
with the charge (its grade) when the offense is not one listed here; they had asked for the offense.

Reviewed 2026-12-07 for the two pardon conditions below statute text: the legislature's Office of Legislative
Research (report on removing felony convictions, 2014) states § 54-130a(b)-(c): the Board may grant absolute
pardons for any offense, and except in extraordinary circumstances takes applications only three years after
a misdemeanor conviction and five after a felony conviction, as the module counts; the section's own text was
not found. No rule changed. Legal help unchanged, but not confirmed: one search ("Connecticut free help pardon
erasure application Connecticut Legal Services Statewide Legal Services criminal record") surfaced neither
organisation's site; they are kept because removing both would leave no free help listed.

Cross-check 2026-12-07 (worked examples built from § 54-95c, § 54-142a(a), (c), (e) and § 54-130a): a charge
dismissed on completing accelerated rehabilitation (§ 54-56e) was given the 13 months § 54-142a(c) sets for a
nolle; the court's dismissal is erased under (a) once the time to appeal runs, so it now has no wait (the OLR's
account of § 54-56e; the section's text was not in stored excerpts).

Legal help, 2026-12-07: the two legal-aid programs listed before were not seen doing record work in any source
and are replaced by the Connecticut Pardon Team and CONECT's Clean Slate pages, both seen in sources.

Reviewed 2026-12-07 (statute audit): read the whole of § 54-142a as stored from Justia (history through P.A.
23-204, including P.A. 23-134's rewrite of (e)), § 54-250 (the sexual offenses (e)(2)(B) excludes), § 54-95c
(Casetext, current with the 2024 sessions; the OLR summary of P.A. 21-103) and § 54-130a(c) (LawServer). What
changed:
- Clean Slate (automatic and by petition): (e)(3)(A)-(B) hold erasure back until the person has finished the
  incarceration, parole and probation of the sentence for this offense "and any other offense for which the
  defendant has been convicted on or after January 1, 2000, in this state". Only this offense's own sentence was
  asked; the screen now also asks whether any sentence is being served now (a "yes" means not yet; an unknown
  answer leaves the remedy open).
- New remedies for § 54-142a(f), added by P.A. 21-32 from 1 January 2023 and missing here: a misdemeanor
  committed before the age of 18 is erased by law when the offense fell between 1 January 2000 and 30 June 2012
  ((f)(1): no wait, no sentence or record test), and on a petition the court must grant when it fell before 2000
  ((f)(2)). These reach 16- and 17-year-olds who were tried as adults for prostitution and similar charges.
- Pardon: § 54-130a(c) gives the three-year wait to a conviction "of a misdemeanor or violation"; a violation was
  outside the table and shown as not eligible.
Checked and unchanged: § 54-95c(a) (misdemeanors and class C, D, E or unclassified felonies up to ten years; no
wait); the OLR says P.A. 21-103 made vacatur discretionary except for prostitution convictions, where the court
must vacate once trafficking is proved (the words of (d) after "(1) the court shall vacate" were not in the stored
excerpt), so the remedy stays marked discretionary. The (e)(2) exclusions (family violence from 2000, § 54-250
sexual offenses, the (e)(2)(C) list, repeat § 14-227a) name none of §§ 53a-82 to 53a-89 or 53a-181, 53a-182 and
53a-186. Still open: a family violence designation on a breach of the peace or disorderly conduct conviction
(not asked; named in the limits); a multi-count case is erased only when every count is entitled ((i)(1)); a
"violation" that is not a motor vehicle violation is not named in (e)(1) and is still screened like a
misdemeanor; juvenile delinquency records (§ 46b-146, including erasure for trafficking victims in (B)) and
youthful offender records (§ 54-76o) are not screened here.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    age_at_offense_under,
    convicted,
    custom,
    disposition_is,
    happened_before,
    happened_on_or_after,
    level_is,
    no_conviction_within,
    no_pending_case,
    not_under_sentence,
    sentence_completed,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
    waiting_period_by_grade,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

CGS_54_95C = "Conn. Gen. Stat. § 54-95c(a)"
CGS_54_142A_A = "Conn. Gen. Stat. § 54-142a(a)"
CGS_54_142A_C = "Conn. Gen. Stat. § 54-142a(c)"
CGS_54_142A_E = "Conn. Gen. Stat. § 54-142a(e)"
CGS_54_142A_F1 = "Conn. Gen. Stat. § 54-142a(f)(1)"
CGS_54_142A_F2 = "Conn. Gen. Stat. § 54-142a(f)(2)"
CGS_54_130A = "Conn. Gen. Stat. § 54-130a"

SOURCE_54_95C = Source(
    "Conn. Gen. Stat. § 54-95c (Casetext, current with 2024 legislation)",
    "https://casetext.com/statute/general-statutes-of-connecticut/title-54-criminal-procedure/chapter-961-trial-and-proceedings-after-conviction/part-ii-sentencing-and-appeal/section-54-95c-application-to-vacate-certain-convictions-on-basis-of-being-a-victim-of-trafficking-in-persons-notification-to-victims-of-crimes-for-which-vacatur-is-sought-prosecutors-response-court-order-not-grounds-for-an-award-of-compensation",
)
SOURCE_FREEDOM_NETWORK = Source(
    "Freedom Network USA: Connecticut vacatur", "https://freedomnetworkusa.org/srp_states/ct/"
)
SOURCE_CLEAN_SLATE_MISD = Source(
    "Clean Slate Clearinghouse: Connecticut misdemeanor erasure (CT-C-7)",
    "http://www.nationalreentryresourcecenter.org/cleanslate/states/connecticut/policies/ct-c-7",
)
SOURCE_CLEAN_SLATE_FELONY = Source(
    "Clean Slate Clearinghouse: Connecticut felony erasure (CT-C-8)",
    "https://cleanslateclearinghouse.org/policies/ct-c-8/",
)
SOURCE_CT_TRIBUNE = Source(
    "Governor's announcement on Clean Slate erasures (December 2023)",
    "https://thectltribune.com/2023/12/20/thousands-of-old-low-level-convictions-in-ct-will-be-automatically-erased-over-the-next-month/",
)
SOURCE_CLEAN_SLATE_CT = Source("Clean Slate CT: about Clean Slate", "https://cleanslatect.org/about-clean-slate/")
SOURCE_54_142A = Source(
    "Conn. Gen. Stat. § 54-142a (Justia copy; history through P.A. 23-204)",
    "https://law.justia.com/codes/connecticut/title-54/chapter-961a/section-54-142a-formerly-sec-54-90/",
)

OFFENSES = (
    Offense("ct-cgs-53a-82", "Prostitution", "Conn. Gen. Stat. § 53a-82", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "ct-cgs-53a-83",
        "Patronizing a prostitute",
        "Conn. Gen. Stat. § 53a-83",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ct-cgs-53a-83a",
        "Patronizing a prostitute from a motor vehicle",
        "Conn. Gen. Stat. § 53a-83a",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ct-cgs-53a-86",
        "Promoting prostitution in the first degree (class B felony)",
        "Conn. Gen. Stat. § 53a-86",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ct-cgs-53a-87",
        "Promoting prostitution in the second degree (class C felony)",
        "Conn. Gen. Stat. § 53a-87",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ct-cgs-53a-88",
        "Promoting prostitution in the third degree (class D felony)",
        "Conn. Gen. Stat. § 53a-88",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ct-cgs-53a-89", "Permitting prostitution", "Conn. Gen. Stat. § 53a-89", Category.PROMOTING, Level.MISDEMEANOR
    ),
    Offense("ct-cgs-53a-186", "Public indecency", "Conn. Gen. Stat. § 53a-186", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense(
        "ct-cgs-53a-182",
        "Disorderly conduct",
        "Conn. Gen. Stat. § 53a-182",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ct-cgs-53a-181",
        "Breach of the peace in the second degree",
        "Conn. Gen. Stat. § 53a-181",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ct-cgs-53a-192a", "Trafficking in persons", "Conn. Gen. Stat. § 53a-192a", Category.TRAFFICKING, Level.FELONY
    ),
)

# Felony classes of the listed offenses, where the class decides eligibility.
FELONY_CLASS = {"ct-cgs-53a-86": "B", "ct-cgs-53a-87": "C", "ct-cgs-53a-88": "D", "ct-cgs-53a-192a": "A"}
GRADE_CLASS = {
    Grade.FELONY_CLASS_A: "A",
    Grade.FELONY_CLASS_B: "B",
    Grade.FELONY_CLASS_C: "C",
    Grade.FELONY_CLASS_D: "D",
    Grade.FELONY_CLASS_E: "E",
}


def _felony_class_within(classes: frozenset[str], words: str, context: ChargeContext) -> Finding:
    charge = context.charge
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("Misdemeanors are covered."))
    if charge.level is Level.UNKNOWN:
        return unknown(msg("Whether the charge was a misdemeanor or a felony is not known."), context.path(Fact.LEVEL))
    # The class of a listed offense, else the class given with the charge (its grade).
    found = FELONY_CLASS.get(charge.offense or "") or GRADE_CLASS.get(charge.grade)  # type: ignore[arg-type]
    if found is None:
        return unknown(
            msg(
                "Only some classes of felony are covered ({classes}); the class of this one is not known.",
                classes=words,
            ),
            context.path(Fact.OFFENSE),
        )
    if found in classes:
        return met(msg("This felony is of a class that is covered ({classes}).", classes=words))
    return not_met(msg("Only some classes of felony are covered ({classes}); this one is not.", classes=words))


def _vacatur_felony_class(context: ChargeContext) -> Finding:
    return _felony_class_within(
        frozenset({"C", "D", "E"}), "class C, D or E, or unclassified with at most ten years", context
    )


def _clean_slate_felony_class(context: ChargeContext) -> Finding:
    return _felony_class_within(frozenset({"D", "E"}), "class D or E, or unclassified with at most five years", context)


# § 54-142a(e)(1): erased seven years (misdemeanor) or ten years (felony) after the person's most
# recent judgment of conviction. Stated as this conviction's own wait plus no other conviction in the
# same span before erasure, both keyed on the level of the charge being erased. A violation is not
# named; it keeps the longer felony span, as the module did before.
CLEAN_SLATE_YEARS: dict[Grade | Level, int] = {Level.MISDEMEANOR: 7, Level.FELONY: 10, Level.VIOLATION: 10}

vacatur_for_trafficking_survivors = Remedy(
    id="ct-vacatur-54-95c",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from trafficking",
    citations=(CGS_54_95C,),
    sources=(SOURCE_54_95C, SOURCE_FREEDOM_NETWORK),
    effective=date(2021, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=CGS_54_95C),
        trafficking_nexus(cite=CGS_54_95C),
        # Custom: eligibility turns on the felony's class (C, D, E, or unclassified by maximum term); no grade test.
        custom(
            "misdemeanor or lower felony",
            requirement="The conviction was a misdemeanor, a class C, D or E felony, or an unclassified felony "
            "with at most ten years in prison.",
            reads=(Fact.LEVEL, Fact.OFFENSE, Fact.GRADE),
            rule=_vacatur_felony_class,
            cite=CGS_54_95C,
        ),
    ),
    effect="The court vacates the conviction and dismisses the charges related to it.",
    limits=(
        "You must prove you were a trafficking victim at the time of the offense.",
        "If the crime had a victim, you must notify that person by certified mail on the court's form.",
        "A vacated conviction does not entitle you to compensation for wrongful conviction.",
    ),
    next_steps=(
        "File an application to vacate in the Superior Court where you were convicted. There is no deadline.",
        "The prosecutor gets time to investigate and may object; the court then hears both sides.",
    ),
    legal_defect=True,
    filing="The Superior Court where the conviction was entered.",
)

erasure_without_conviction = Remedy(
    id="ct-erasure-non-conviction",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic erasure when a case ends without a conviction",
    citations=(CGS_54_142A_A, CGS_54_142A_C),
    sources=(SOURCE_CLEAN_SLATE_MISD,),
    # § 54-142a(a) reaches cases decided on or after 1 October 1969 (earlier ones: subsection (b)).
    effective=date(1969, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.ACQUITTAL, Disposition.DISMISSAL, Disposition.DIVERSION_COMPLETED, cite=CGS_54_142A_A
        ),
        # An acquittal is erased once the time to appeal has passed; a nolle prosequi 13 months after it
        # was entered (§ 54-142a(c)). A "dismissal" may have been a nolle, so it is given the 13 months too.
        wait_by_outcome(
            {
                Disposition.ACQUITTAL: disposition_is(Disposition.ACQUITTAL, cite=CGS_54_142A_A),
                Disposition.DISMISSAL: waiting_period(months=13, since=Event.DISPOSITION, cite=CGS_54_142A_C),
                # A completed diversion (accelerated rehabilitation, § 54-56e) ends in the court's dismissal, which
                # (a) erases once the time to appeal has run; it is not a nolle, so no 13 months.
                Disposition.DIVERSION_COMPLETED: waiting_period(since=Event.DISPOSITION, cite=CGS_54_142A_A),
            },
            cite=CGS_54_142A_C,
        ),
    ),
    effect="Police, court and prosecutor records of the case are erased. You may say under oath that you "
    "were never arrested.",
    next_steps=("Nothing to file. If the record still shows, ask the court clerk for proof of erasure.",),
    discretionary=False,
)

# § 54-142a(e)(1): what Clean Slate asks of a conviction, whether it is erased automatically (offenses from 2000
# on) or on a petition (offenses before 2000).
CLEAN_SLATE_TERMS = (
    # Custom: eligibility turns on the felony's class (D, E, or unclassified by maximum term); no grade test.
    custom(
        "misdemeanor or low-level felony",
        requirement="A misdemeanor, a class D or E felony, or an unclassified felony with at most five years.",
        reads=(Fact.LEVEL, Fact.OFFENSE, Fact.GRADE),
        rule=_clean_slate_felony_class,
        cite=CGS_54_142A_E,
    ),
    sentence_completed(cite=CGS_54_142A_E),
    waiting_period_by_grade(CLEAN_SLATE_YEARS, since=Event.DISPOSITION, cite=CGS_54_142A_E),
    no_conviction_within(years=CLEAN_SLATE_YEARS, cite=CGS_54_142A_E),
    # (e)(3)(A)-(B): not until the person has completed the incarceration, parole and probation of the sentence
    # for this offense (above) and for any other Connecticut conviction from 2000 on. The screen asks whether
    # any sentence is being served now; a sentence in another state does not hold erasure back (a "yes" for
    # such a sentence is the one case this reads too strictly, said in the evidence note).
    not_under_sentence(cite="Conn. Gen. Stat. § 54-142a(e)(3)(A)-(B)"),
    # (e)(3)(C): not while the person "is the subject of any pending state criminal charge in this state".
    no_pending_case(cite="Conn. Gen. Stat. § 54-142a(e)(3)(C)"),
)

clean_slate = Remedy(
    id="ct-clean-slate",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Clean Slate: automatic erasure of older convictions",
    citations=(CGS_54_142A_E,),
    sources=(SOURCE_CLEAN_SLATE_MISD, SOURCE_CLEAN_SLATE_FELONY, SOURCE_CT_TRIBUNE, SOURCE_CLEAN_SLATE_CT),
    effective=date(2023, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CGS_54_142A_E),
        # Older offenses are erased only on a petition (form JD-CR-202).
        happened_on_or_after(Event.OFFENSE, date(2000, 1, 1), cite=CGS_54_142A_E),
        *CLEAN_SLATE_TERMS,
    ),
    effect="The conviction is erased without a petition. You may say you were never arrested or convicted.",
    limits=(
        "Family violence crimes, sex offenses and some listed crimes are never erased this way.",
        "If any conviction is not erased, you cannot say you have no record at all.",
    ),
    next_steps=(
        "Nothing to file. For an offense before 1 January 2000, file a Petition for Clean Slate Erasure "
        "(JD-CR-202) in the court where you were convicted.",
    ),
    discretionary=False,
)

clean_slate_by_petition = Remedy(
    id="ct-clean-slate-petition",
    kind=RemedyKind.EXPUNGEMENT,
    title="Ask the court to erase an older conviction from before 2000",
    citations=(CGS_54_142A_E,),
    sources=(SOURCE_CLEAN_SLATE_MISD, SOURCE_CLEAN_SLATE_FELONY, SOURCE_CT_TRIBUNE),
    effective=date(2023, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CGS_54_142A_E),
        # § 54-142a(e)(1)(ii): offenses before 1 January 2000 are erased upon the filing of a petition.
        happened_before(Event.OFFENSE, date(2000, 1, 1), cite=CGS_54_142A_E),
        *CLEAN_SLATE_TERMS,
    ),
    effect="The court erases the conviction. You may say you were never arrested or convicted.",
    limits=(
        "Family violence crimes, sex offenses and some other offenses cannot be erased this way.",
        "Offenses from 2000 on are erased without a petition (Clean Slate).",
    ),
    next_steps=(
        "File a petition for erasure (form JD-CR-202) in the Superior Court where you were convicted.",
        "There is no fee for the petition.",
    ),
    filing="The Superior Court where the conviction was entered.",
)

# § 54-142a(f): misdemeanors committed before the age of 18 by people tried as adults (Connecticut moved 16- and
# 17-year-olds to the juvenile court in 2010 and 2012). Offenses from 1 January 2000 to 30 June 2012 are erased
# by law, with no wait and no other condition; offenses before 2000 on a petition the court must grant. Motor
# vehicle offenses are left out, and (f)(3) holds erasure back where a charge from the same information led to
# a conviction that cannot be erased.
UNDER_18_TERMS = (
    convicted(cite=CGS_54_142A_F1),
    level_is(Level.MISDEMEANOR, cite=CGS_54_142A_F1),
    age_at_offense_under(18, cite=CGS_54_142A_F1),
)

erasure_under_18 = Remedy(
    id="ct-erasure-under-18",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic erasure of misdemeanors committed before age 18 (offenses from 2000 to June 2012)",
    citations=(CGS_54_142A_F1,),
    sources=(SOURCE_54_142A,),
    # Added by Public Act 21-32, § 3, in force 1 January 2023.
    effective=date(2023, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        *UNDER_18_TERMS,
        happened_on_or_after(Event.OFFENSE, date(2000, 1, 1), cite=CGS_54_142A_F1),
        happened_before(Event.OFFENSE, date(2012, 7, 1), cite=CGS_54_142A_F1),
    ),
    effect="Police, court and prosecutor records of the conviction are erased without a petition. You may say "
    "under oath that you were never arrested for it.",
    limits=(
        "Motor vehicle offenses are not erased this way.",
        "If a charge from the same case ended in a conviction that cannot be erased, this erasure does not apply.",
    ),
    next_steps=("Nothing to file. If the record still shows, ask the court clerk for proof of erasure.",),
    discretionary=False,
)

erasure_under_18_by_petition = Remedy(
    id="ct-erasure-under-18-petition",
    kind=RemedyKind.EXPUNGEMENT,
    title="Ask the court to erase a misdemeanor committed before age 18 (offenses before 2000)",
    citations=(CGS_54_142A_F2,),
    sources=(SOURCE_54_142A,),
    effective=date(2023, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        *UNDER_18_TERMS,
        happened_before(Event.OFFENSE, date(2000, 1, 1), cite=CGS_54_142A_F2),
    ),
    effect="The court orders police, court and prosecutor records of the conviction erased.",
    limits=(
        "If a charge from the same case ended in a conviction that cannot be erased, this erasure does not apply.",
    ),
    next_steps=(
        "File a petition for erasure in the Superior Court where you were convicted. The court must grant it if "
        "the offense qualifies, and there is no fee.",
    ),
    discretionary=False,
    filing="The Superior Court where the conviction was entered.",
)

pardon = Remedy(
    id="ct-pardon",
    kind=RemedyKind.PARDON,
    title="Absolute pardon from the Board of Pardons and Paroles",
    citations=(CGS_54_130A,),
    sources=(SOURCE_CLEAN_SLATE_CT,),
    # Long-standing board power; date of the current statute not verified (year of Public Act 21-32).
    effective=date(2021, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=CGS_54_130A),
        # § 54-130a(c): three years after a conviction "of a misdemeanor or violation", five after a felony.
        waiting_period_by_level(
            {Level.MISDEMEANOR: 3, Level.VIOLATION: 3, Level.FELONY: 5}, since=Event.DISPOSITION, cite=CGS_54_130A
        ),
    ),
    effect="An absolute pardon erases all records of the conviction.",
    limits=("The Board decides freely and the process can take a year or more.",),
    next_steps=(
        "Apply to the Connecticut Board of Pardons and Paroles on its pardon application; there is no fee.",
        "Include references and a statement about your life since the conviction.",
    ),
    filing="The Connecticut Board of Pardons and Paroles.",
)

JURISDICTION = Jurisdiction(
    code="CT",
    name="Connecticut",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        erasure_without_conviction,
        clean_slate,
        clean_slate_by_petition,
        erasure_under_18,
        erasure_under_18_by_petition,
        pardon,
    ),
    legal_help=(
        # Seen 2026-12-07: connecticutpardonteam.org (a nonprofit site on pardons and Clean Slate erasures) and
        # cleanslatect.org (CONECT's Clean Slate pages, which answer questions and point to help with pardons).
        LegalHelp(
            "Connecticut Pardon Team",
            "https://www.connecticutpardonteam.org",
            "Help applying to the Board of Pardons and Paroles for a pardon, which erases convictions",
        ),
        LegalHelp(
            "Clean Slate CT (CONECT)",
            "https://cleanslatect.org/get-answers/",
            "Plain answers about automatic erasure under Clean Slate, and where to get help with a pardon",
        ),
    ),
    where_to_file="The Superior Court (geographical area or judicial district) where the case was heard.",
)
