"""Texas: nondisclosure for trafficking survivors, expunction of arrests, acquittals and dismissals,
and nondisclosure of deferred adjudication and of misdemeanor convictions.

Texas has no vacatur for trafficking survivors; it offers an order of nondisclosure (sealing)
for records of prostitution and a few minor drug and theft offenses of trafficking victims.
Arrests that never led to charges, acquittals, charges dismissed after a pretrial intervention
program, and dismissed charges once the time to prosecute has run out can be expunged (Code
Crim. Proc. ch. 55A). Completed deferred adjudication and first misdemeanor convictions can be
sealed by a nondisclosure order after a wait. There is no automatic sealing for
prostitution-related records.

Where sources disagree we follow the statute text: the 2026-11 audit proposed dating the
limitations expunction from the offense, but Code Crim. Proc. art. 12.05(b) stops the limitations
clock while an information or indictment is pending, so we count the period from the dismissal
(the latest day it can end when the charge was filed at arrest). TexasLawHelp says Section
411.0728 needs probation rather than deferred adjudication; that describes the 2015 text, and the
2019 text (S.B. 1801) reaches a person "convicted of or placed on deferred adjudication community
supervision".

Reviewed 2026-12-06 against Tex. Code Crim. Proc. arts. 55A.051, 55A.052, 55A.053 and 55A.203 (H.B.
4504, 2023, in force 1 January 2025), art. 12.01 and the tolling rule of art. 12.05(b); Tex. Gov't
Code § 411.0728(a) as rewritten by S.B. 1801 (2019); §§ 411.072, 411.0725(a)-(e), 411.073 and
411.074 (statute text); § 411.0735 (guides only); Penal Code § 43.02 and § 43.032 (H.B. 1778, 2025).
Changed: dismissals now reach expunction (limitations run, dated from the dismissal; pretrial
intervention, at once); completed diversion is split into pretrial intervention (expunction) and
deferred adjudication (nondisclosure); the deferred-adjudication wait follows § 411.0725(e) by
offense chapter; the permanent "no later conviction" bar became § 411.074(a)'s window (during
supervision and the wait); § 411.0728 now reaches the drug and theft offenses of (a)(1)(A)-(C) and
deferred adjudication; the no-charges wait counts from the arrest by class (180 days for Class C);
the open-case condition on the misdemeanor nondisclosure was dropped (no statute read requires it; §
411.074(a) bars only a new conviction); buying before 1 September 2021 (former § 43.02(b)) and
continuous promotion (§ 43.032) can be picked. Not verified: § 411.0728(b-1)-(c-1), § 411.0735's
wait for misdemeanors outside the listed chapters (the 2026-11 audit says they may petition when the
sentence ends; Paper Prisons says § 411.0735 waits two years for any misdemeanor with jail time and
none for a fine-only one; the audit's rule is § 411.073(d)'s, for community supervision, so the
module keeps two years, right for prostitution and lewdness), and the ch. 55A article for acquittals
(the acquittal citation stays on former art. 55.01(a)(1)(A)). The audit's claim that Promotion
(43.03) is now a state jail felony was not checked; its note no longer gives a grade. S.B. 1012
(2023), which would widen § 411.0728(a)(1) to more misdemeanors (drug offenses under H&S Code ch.
481 subch. D, 37.10, 49.02), was seen only as introduced; its fate was not confirmed.

Second review, 2026-12-06 (worked examples written from the statute text): the first-offense
misdemeanor nondisclosure counted only other convictions, but §§ 411.073(b)(2) and 411.0735 also
bar a person "placed on deferred adjudication community supervision for another offense"; a
deferred adjudication listed as another charge now rules it out (an unsure kind of diversion
leaves it open). Likewise § 411.074(a) bars a person "convicted of or placed on deferred
adjudication community supervision" during the supervision or the wait; the deferred-adjudication
nondisclosure now counts another listed deferred adjudication in that window, not only convictions.

Cross-checked 2026-12-07 with 9 new worked examples built from the words quoted in rules/evidence/tx.yaml (Gov't
Code 411.0728, 411.0735; Code Crim. Proc. ch. 55A): no case disagreed with the module; no rule changed. A one-year
wait and a later-conviction bar that one secondary source reports for § 411.0728 could not be confirmed and are not
encoded; the remedy's limits tell people to check with a lawyer.

Third-pass audit 2026-12-07 (18 new worked examples from the statute text; 82 in all). The text of § 411.0728
(b-1)-(c-1) was searched for again and not found: the saint1415/us-statutes data set has no Texas Government Code,
the stored copies of S.B. 1801 and S.B. 20 (2019) stop before subsection (b) ends, and no copy of
statutes.capitol.texas.gov's chapter 411 is stored; a practitioner's note mentions a 2025 amendment of § 411.0728
that was not found either. The one-year wait and the later-conviction bar Freedom Network USA reports therefore stay
unencoded and told as a limit. Changed, each from statute text: (1) § 411.0728(a)(1)(A)-(C) name grades, not just
"misdemeanor": H&S Code 481.120(b)(1) and 481.121(b)(1) are the Class B grades and Penal Code 31.03(e)(1)-(2) the
Class C and B grades, so a Class A marihuana or theft charge no longer counts and a misdemeanor of unknown class is
an open question (the module had taken any misdemeanor). (2) Art. 55A.051(3) excepts a Class C misdemeanor from the
community-supervision bar, so a Class C charge dismissed after deferred adjudication now reaches the limitations
expunction (the module had ruled out every deferred adjudication). (3) The acquittal remedy now states the
criminal-episode exception of art. 55.01(c) (court statements of it; the ch. 55A article was not read). Gov't Code
§ 126.004(d) (statute text, texas.public.law) confirms the note on commercially sexually exploited persons court
programs. Still open: § 411.0735's wait for fine-only misdemeanors (two years kept), § 411.0728(b-1)-(c-1), and
whether a Class C charge prosecuted on a complaint alone counts as "not presented" under art. 55A.052.

Reviewed 2026-12-07 (statute audit). Read: S.B. 1012 (2023, introduced), whose first words amend "Sections
411.0728(a), (b), (b-1), (b-3), (c), and (c-1)", so those subsections exist, though every stored copy of S.B.
1012, S.B. 1801 and H.B. 1216 stops inside (b); H.B. 2042 (2025, introduced), which restates art. 55A.201(a)
and names art. 55A.002 as the acquittal article; § 411.074 and § 411.073 again (statute text); Freedom Network
USA, Paper Prisons, TexasLawHelp and practitioners' pages for §§ 411.0728 and 411.0735. Searched and not found:
the text of § 411.0728(b-1)-(c-1), § 411.0735 and art. 55A.002 (pages corpus, find_string, the saint1415 data
set). Changed: (1) § 411.0728 no longer answers eligible where a reported rule of the unread subsections would
bite: a sentence or supervision that ended less than a year ago, or another conviction dated after the offense
(or undated), now leaves the answer open; the module had read (b)'s "Notwithstanding any other provision of this
subchapter" as excluding such rules, but (b-1)-(b-3) are in the same section. (2) § 411.0735's wait is no longer
two years for every misdemeanor: the two secondary readings (none for a fine-only misdemeanor, two years for the
rest; or two years for Penal Code chapters 20, 21, 22, 25, 42, 43 and 46, none for the rest) are both applied and
the answer is firm only where they agree, so a Class C theft or trespass conviction qualifies when the sentence
ends and prostitution and public lewdness still wait two years; other cases are open until two years pass. The
remedy now also tells the guides' rule that a court will not grant it for an offense it finds violent or sexual.
(3) The acquittal expunction cites art. 55A.002. Still open: the words of § 411.0728(b-1)-(c-1) and of
§ 411.0735, the reported 2025 amendment of § 411.0728, whether S.B. 1012 passed, and whether a court would find
a prostitution or lewdness conviction "sexual in nature" under § 411.0735.

Reviewed 2026-12-07 (the § 411.0735 wait by kind of charge): a selling, buying or promoting misdemeanor given
without its Penal Code section waits two years on both readings of the wait (all are chapter 43 offenses and none is
punishable by fine only); a lewdness misdemeanor of no named section stays open (obscene display, § 43.22, is Class C).
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    WaitingPeriod,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    level_is,
    offense_in,
    offense_not_in,
    span,
    trafficking_nexus,
    waiting_period_by_grade,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, Truth, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

GC_411_0728 = "Tex. Gov't Code § 411.0728(a)(1)"
GC_411_0728_B = "Tex. Gov't Code § 411.0728(b)"
GC_411_0725 = "Tex. Gov't Code § 411.0725(a)"
GC_411_0725_E = "Tex. Gov't Code § 411.0725(e)"
GC_411_073 = "Tex. Gov't Code § 411.073"
GC_411_073_B_2 = "Tex. Gov't Code §§ 411.073(b)(2), 411.0735"
GC_411_0735 = "Tex. Gov't Code § 411.0735"
GC_411_074_A = "Tex. Gov't Code § 411.074(a)"
GC_411_074_B = "Tex. Gov't Code § 411.074(b)"
CCP_55A_051 = "Tex. Code Crim. Proc. art. 55A.051"
CCP_55A_051_3 = "Tex. Code Crim. Proc. art. 55A.051(3)"
CCP_55A_052 = "Tex. Code Crim. Proc. art. 55A.052(a)"
CCP_55A_053 = "Tex. Code Crim. Proc. art. 55A.053(a)(2)(C)"
CCP_LIMITATIONS = "Tex. Code Crim. Proc. arts. 12.01, 12.02, 12.05(b); ch. 55A (limitations expired)"
CCP_12_01 = "Tex. Code Crim. Proc. art. 12.01(1)"
CCP_55A_002 = "Tex. Code Crim. Proc. art. 55A.002 (formerly art. 55.01(a)(1)(A))"
GC_411_0728_B_1 = "Tex. Gov't Code § 411.0728(b-1)-(b-3) (text not read)"
GC_411_0735_WAIT = "Tex. Gov't Code § 411.0735 (wait after the sentence; text not read)"

TLH_0728 = Source(
    "Nondisclosure for certain victims of trafficking under Section 411.0728 (TexasLawHelp.org)",
    "https://texaslawhelp.org/article/nondisclosure-procedure-certain-victims-trafficking-persons-under-section-4110728",
)
TLH_0735 = Source(
    "Nondisclosure for conviction of certain misdemeanors under Section 411.0735 (TexasLawHelp.org)",
    "https://texaslawhelp.org/article/nondisclosure-procedure-conviction-certain-misdemeanors-under-section-4110735",
)
SB_1801 = Source(
    "S.B. 1801 (2019), enrolled text amending § 411.0728 (Texas Legislature Online)",
    "https://capitol.texas.gov/tlodocs/86R/billtext/html/SB01801F.htm",
)
LAW_411_0725 = Source(
    "Tex. Gov't Code § 411.0725, deferred adjudication",
    "https://instalawyer.io/laws/texas-statutes/section-4110725-procedure-for-deferred",
)
LAW_411_074 = Source(
    "Tex. Gov't Code § 411.074, required conditions for nondisclosure (Justia, 2023)",
    "https://law.justia.com/codes/texas/government-code/title-4/subtitle-b/chapter-411/subchapter-e-d-1/section-411-074/",
)
LAW_411_0715_0745 = Source(
    "Tex. Gov't Code §§ 411.0715-411.0745 (full text)",
    "https://www.recordgone.com:443/statutes/texas-government-code-411-0715--0745.php",
)
HB_4515 = Source(
    "H.B. 4515 (2025), as introduced, quoting § 411.0725(e)",
    "https://capitol.texas.gov/tlodocs/89R/billtext/html/HB04515I.htm",
)
LAW_55A_051 = Source(
    "Tex. Code Crim. Proc. art. 55A.051 (Justia)",
    "https://law.justia.com/codes/texas/2023/code-of-criminal-procedure/title-1/chapter-55a/subchapter-b/article-55a-051",
)
LAW_55A_052 = Source(
    "Tex. Code Crim. Proc. art. 55A.052 (Texas Public Law)",
    "https://texas.public.law/statutes/tex._code_of_crim._proc._article_55a.052",
)
LAW_55A_053 = Source(
    "Tex. Code Crim. Proc. art. 55A.053 (LawServer)",
    "https://www.lawserver.com/law/state/texas/tx-codes/texas_code_of_criminal_procedure_55a-053",
)
LAW_12_01 = Source(
    "Tex. Code Crim. Proc. art. 12.01 (LawServer)",
    "https://lawserver.com/law/state/texas/tx-codes/texas_code_of_criminal_procedure_12-01",
)
TCR_V_BELL = Source(
    "T.C.R. v. Bell County District Attorney's Office, 305 S.W.3d 661 (Tex. App.—Austin 2009)",
    "https://law.justia.com/cases/texas/third-court-of-appeals/2009/18388.html",
)
LAW_55_01 = Source(
    "Tex. Code Crim. Proc. art. 55.01 (Justia)",
    "https://law.justia.com/codes/texas/current/code-of-criminal-procedure/title-1/chapter-55/article-55-01/",
)
HB_2042 = Source(
    "H.B. 2042 (2025), as introduced, restating art. 55A.201(a) (Texas Legislature Online)",
    "https://capitol.texas.gov/tlodocs/89R/billtext/html/HB02042I.htm",
)
SB_1012 = Source(
    "S.B. 1012 (2023), as introduced, amending § 411.0728(a)-(c-1) (Texas Legislature Online)",
    "https://capitol.texas.gov/tlodocs/88R/billtext/html/SB01012I.htm",
)
FNUSA_TX = Source(
    "Freedom Network USA, Texas criminal record relief for trafficking survivors (January 2020)",
    "https://freedomnetworkusa.org/srp_states/tx/",
)
PAPER_PRISONS_TX = Source(
    "Paper Prisons Initiative, Texas summary",
    "https://paperprisons.org/states/TX.html",
)

OFFENSES = (
    Offense(
        "tx-pc-43.02",
        "Prostitution",
        "Tex. Penal Code § 43.02",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="Offering or agreeing to receive a fee: a Class B misdemeanor; Class A with one or two prior "
        "convictions; a state jail felony with three or more.",
    ),
    Offense(
        "tx-pc-43.02-b",
        "Prostitution (offering or agreeing to pay a fee), before 1 September 2021",
        "Tex. Penal Code § 43.02(b) (former)",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="Buying was part of Section 43.02 until 1 September 2021, when it became Section 43.021.",
        repealed=date(2021, 9, 1),
    ),
    Offense(
        "tx-pc-43.021",
        "Solicitation of prostitution",
        "Tex. Penal Code § 43.021",
        Category.SOLICITATION,
        Level.FELONY,
    ),
    Offense(
        "tx-pc-43.03",
        "Promotion of prostitution",
        "Tex. Penal Code § 43.03",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="The grade depends on the facts and on prior convictions.",
    ),
    Offense(
        "tx-pc-43.032",
        "Continuous promotion of prostitution",
        "Tex. Penal Code § 43.032",
        Category.PROMOTING,
        Level.FELONY,
        grade=Grade.FELONY_FIRST_DEGREE,
    ),
    Offense(
        "tx-pc-43.04",
        "Aggravated promotion of prostitution",
        "Tex. Penal Code § 43.04",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense("tx-pc-43.05", "Compelling prostitution", "Tex. Penal Code § 43.05", Category.PROMOTING, Level.FELONY),
    Offense("tx-pc-21.07", "Public lewdness", "Tex. Penal Code § 21.07", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense("tx-pc-42.01", "Disorderly conduct", "Tex. Penal Code § 42.01", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("tx-pc-30.05", "Criminal trespass", "Tex. Penal Code § 30.05", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense(
        "tx-hs-481.121",
        "Possession of marihuana",
        "Tex. Health & Safety Code § 481.121",
        Category.OTHER,
        Level.UNKNOWN,
        note="Two ounces or less is a misdemeanor (Subsection (b)(1)).",
    ),
    Offense(
        "tx-hs-481.120",
        "Delivery of marihuana",
        "Tex. Health & Safety Code § 481.120",
        Category.OTHER,
        Level.UNKNOWN,
        note="A quarter ounce or less, without payment, is a misdemeanor (Subsection (b)(1)).",
    ),
    Offense("tx-pc-31.03", "Theft", "Tex. Penal Code § 31.03", Category.OTHER, Level.UNKNOWN),
    Offense("tx-pc-20a.02", "Trafficking of persons", "Tex. Penal Code § 20A.02", Category.TRAFFICKING, Level.FELONY),
)

# § 411.074(b): trafficking, and offenses requiring sex-offender registration (compelling
# prostitution can), bar any nondisclosure order.
BARRED = ("tx-pc-20a.02", "tx-pc-43.05")

# § 411.0728(a)(1): the offenses a trafficking victim's nondisclosure reaches. For the drug and
# theft offenses only the grades named there count: 481.120 and 481.121 "punishable under Subsection
# (b)(1)" (Class B: delivery of a quarter ounce or less without pay; possession of two ounces or
# less), and 31.03 "punishable under Subsection (e)(1) or (2)" (Class C or Class B theft). A Class A
# grade of any of them ((b)(2), (e)(3)) is left out.
TRAFFICKING_VICTIM_OFFENSES = ("tx-pc-43.02", "tx-pc-43.02-b", "tx-hs-481.120", "tx-hs-481.121", "tx-pc-31.03")
COVERED_GRADES: dict[str, frozenset[Grade]] = {
    "tx-hs-481.120": frozenset({Grade.MISDEMEANOR_CLASS_B}),
    "tx-hs-481.121": frozenset({Grade.MISDEMEANOR_CLASS_B}),
    "tx-pc-31.03": frozenset({Grade.MISDEMEANOR_CLASS_B, Grade.MISDEMEANOR_CLASS_C}),
}

# § 411.0725(e)(2): misdemeanors under Penal Code chapters 20, 21, 22, 25, 42, 43 and 46 wait two
# years after discharge; other misdemeanors may petition at discharge ((e)(1)); felonies wait five.
LISTED_CHAPTERS = frozenset(
    {"tx-pc-43.02", "tx-pc-43.02-b", "tx-pc-43.021", "tx-pc-43.03", "tx-pc-43.032", "tx-pc-43.04", "tx-pc-43.05",
     "tx-pc-21.07", "tx-pc-42.01"}
)  # fmt: skip
OTHER_CHAPTERS = frozenset({"tx-pc-30.05", "tx-hs-481.120", "tx-hs-481.121", "tx-pc-31.03"})

# Misdemeanors that are never Class C: prostitution (Penal Code 43.02(c): Class B, Class A after one or
# two earlier convictions, and former 43.02(b) buying likewise), public lewdness (21.07: Class A) and
# the marihuana offenses (H&S Code 481.120(b)(1)-(2), 481.121(b)(1)-(2): Class B or A).
NEVER_CLASS_C = frozenset({"tx-pc-43.02", "tx-pc-43.02-b", "tx-pc-21.07", "tx-hs-481.120", "tx-hs-481.121"})
# A charge given by its kind only. Every offense of selling or buying sex, promoting it, or lewdness is in Penal
# Code chapter 21 or 43 (so two years on the chapter reading); none of selling, buying or promoting is punishable
# by fine only (so two years on the fine-only reading too), while a lewdness charge may be (obscene display,
# § 43.22, is Class C).
CHAPTER_21_OR_43_KINDS = frozenset(
    {Category.PROSTITUTION, Category.SOLICITATION, Category.PROMOTING, Category.LEWDNESS}
)
NEVER_CLASS_C_KINDS = frozenset({Category.PROSTITUTION, Category.SOLICITATION, Category.PROMOTING})


# Custom: a grade limit that binds some listed offenses and not others; no shared condition joins them.
def _trafficking_victim_grade(context: ChargeContext) -> Finding:
    """The drug and theft offenses count only at the grades § 411.0728(a)(1)(A)-(C) names.

    A custom condition: the limit applies to some listed offenses and not to others (43.02 counts
    at any grade), and the covered grades differ by offense (Class B for the two marihuana
    offenses, Class C or B for theft), which the shared level and offense conditions cannot say
    together.
    """
    charge = context.charge
    if charge.offense is None:
        if charge.category is Category.OTHER:
            return unknown(
                msg("Only some drug and theft charges count; which law this charge was under is not known."),
                context.path(Fact.OFFENSE),
            )
        return met(msg("Prostitution counts at any grade."))
    covered = COVERED_GRADES.get(charge.offense)
    if covered is None:
        return met(msg("Prostitution counts at any grade."))
    if charge.level is Level.FELONY:
        return not_met(msg("Only a misdemeanor drug or theft charge counts; this one was a felony."))
    if charge.grade in covered:
        return met(msg("The drug or theft charge was a misdemeanor of the class this covers."))
    if charge.grade is not None:
        return not_met(
            msg("Only the lowest classes of these drug and theft misdemeanors count (Class B, or Class C or B for "
                "theft); this charge was of another class.")
        )  # fmt: skip
    if charge.level is Level.MISDEMEANOR:
        return unknown(
            msg("Only a Class B (or, for theft, Class C or B) misdemeanor counts; the class of this charge is not "
                "known."),
            context.path(Fact.GRADE),
        )  # fmt: skip
    return unknown(
        msg("Only a misdemeanor drug or theft charge of the lowest classes counts; the level of this charge is not "
            "known."),
        context.path(Fact.LEVEL),
    )  # fmt: skip


# Custom: community supervision bars the expunction except for a Class C misdemeanor, a grade-dependent
# limit on one kind of diversion that the shared disposition condition cannot express.
def _no_community_supervision_unless_class_c(context: ChargeContext) -> Finding:
    """Art. 55A.051(3): no court-ordered community supervision for the offense, "other than for a
    Class C misdemeanor".

    A custom condition: a completed deferred adjudication bars the limitations expunction only when
    the charge was above Class C, so the bar depends on the disposition, the kind of diversion and
    the grade together.
    """
    charge = context.charge
    if charge.disposition is not Disposition.DIVERSION_COMPLETED:
        return met(msg("There was no court-ordered supervision for this charge."))
    if charge.diversion_kind is DiversionKind.PRETRIAL:
        return met(msg("A pretrial program is not court-ordered community supervision."))
    if charge.grade is Grade.MISDEMEANOR_CLASS_C:
        return met(msg("Supervision for a Class C misdemeanor does not stand in the way."))
    if charge.diversion_kind is DiversionKind.DEFERRED_ADJUDICATION:
        if charge.level is Level.FELONY or charge.grade is not None or charge.offense in NEVER_CLASS_C:
            return not_met(
                msg("Deferred adjudication is court-ordered community supervision, which rules this out unless the "
                    "charge was a Class C misdemeanor.")
            )  # fmt: skip
        if charge.level is Level.MISDEMEANOR:
            return unknown(
                msg("Deferred adjudication rules this out unless the charge was a Class C misdemeanor; the class of "
                    "this charge is not known."),
                context.path(Fact.GRADE),
            )  # fmt: skip
        return unknown(
            msg("Deferred adjudication rules this out unless the charge was a Class C misdemeanor; the level of this "
                "charge is not known."),
            context.path(Fact.LEVEL),
        )  # fmt: skip
    return unknown(
        msg("Court-ordered community supervision rules this out unless the charge was a Class C misdemeanor; which "
            "kind of program this was is not known."),
        context.path(Fact.DIVERSION_KIND),
    )  # fmt: skip


def _deferred_wait_years(context: ChargeContext) -> tuple[int | None, tuple[str, ...]]:
    """The years § 411.0725(e) makes the person wait after discharge, or None with the open question."""
    charge = context.charge
    if charge.level is Level.FELONY:
        return 5, ()
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        if charge.offense in LISTED_CHAPTERS:
            return 2, ()
        if charge.offense in OTHER_CHAPTERS:
            return 0, ()
        return None, (context.path(Fact.OFFENSE),)
    return None, (context.path(Fact.LEVEL),)


# Custom: the wait follows the Penal Code chapter as well as the level, which waiting_period_by_grade cannot.
def _deferred_wait(context: ChargeContext) -> Finding:
    """§ 411.0725(e): at discharge, or two or five years after it, by the chapter and level of the offense.

    A custom condition: the wait depends on the Penal Code chapter of the offense as well as on its
    level, which the shared wait-by-grade condition cannot express.
    """
    years, questions = _deferred_wait_years(context)
    if years is not None:
        return WaitingPeriod(cite=GC_411_0725_E, since=Event.SENTENCE_COMPLETED, years=years).evaluate(context)
    longest = 5 if context.charge.level is Level.UNKNOWN else 2
    found = WaitingPeriod(cite=GC_411_0725_E, since=Event.SENTENCE_COMPLETED, years=longest).evaluate(context)
    if found.truth is Truth.MET:
        return met(msg("Whatever the offense, the wait after discharge is over."), on=found.on)
    return unknown(
        msg("The wait after discharge (none, two years or five years) depends on the offense, which is not known."),
        *questions,
        *found.open_questions,
    )


# Custom: the window opens at the placement and closes a wait after discharge; the shared window has one start.
def _other_deferred_placements(
    context: ChargeContext,
) -> tuple[list[tuple[date | None, str]], list[tuple[date | None, str]]]:
    """Other listed charges that ended in deferred adjudication (and those whose kind of diversion is
    not known), each with the day the person was placed on it as far as the screening tells: the
    disposition date, else the arrest (the earliest it can have been)."""
    known: list[tuple[date | None, str]] = []
    unsure: list[tuple[date | None, str]] = []
    for i, other in enumerate(context.facts.charges):
        if i == context.index or other.disposition is not Disposition.DIVERSION_COMPLETED:
            continue
        placed = (other.disposition_date or other.offense_date, Fact.DISPOSITION_DATE.path(i))
        if other.diversion_kind is DiversionKind.DEFERRED_ADJUDICATION:
            known.append(placed)
        elif other.diversion_kind is not DiversionKind.PRETRIAL:
            unsure.append((placed[0], Fact.DIVERSION_KIND.path(i)))
    return known, unsure


def _no_conviction_during_supervision_or_wait(context: ChargeContext) -> Finding:
    """§ 411.074(a): no conviction or deferred adjudication from the sentence or placement on
    supervision to the end of the wait.

    A custom condition: the statute's window opens at one event (the sentence or placement) and
    closes a wait after another (discharge); the shared window condition has a single start, and it
    counts convictions only, while § 411.074(a) also counts a deferred adjudication.
    """
    deferred, unsure_kind = _other_deferred_placements(context)
    others = [(p.day, p.path("date")) for p in context.convictions.besides(context.index)] + deferred
    if not others and not unsure_kind:
        return met(msg("You listed no other conviction. Convictions you did not list would count too."))
    charge = context.charge
    # The screening does not ask when supervision began; the arrest is the earliest it can have been.
    start = charge.offense_date or charge.disposition_date
    if start is None:
        return unknown(
            msg("A conviction after this case began would rule this out; the date of this case is not known."),
            context.path(Fact.OFFENSE_DATE),
        )
    years, questions = _deferred_wait_years(context)
    done = charge.sentence_completed_date
    after_start = [e for e in others + unsure_kind if e[0] is not None and e[0] > start]
    if after_start:
        if done is None:
            return unknown(
                msg("A conviction during the supervision or the waiting period rules this out; whether yours fell "
                    "in it is not known."),
                context.path(Fact.SENTENCE_COMPLETED_DATE),
            )  # fmt: skip
        longest = years if years is not None else (5 if charge.level is Level.UNKNOWN else 2)
        inside = [e for e in after_start if e[0] is not None and e[0] <= add_period(done, years=longest)]
        inside_known = [e for e in inside if e not in unsure_kind]
        if inside_known and years is not None:
            return not_met(
                msg("You listed a conviction during the supervision or the waiting period, which rules this out.")
            )
        if inside:
            return unknown(
                msg("A conviction during the supervision or the waiting period rules this out; whether yours fell "
                    "in it is not known."),
                *questions,
                *(e[1] for e in inside if e in unsure_kind),
            )  # fmt: skip
    undated = [path for day, path in others if day is None]
    if undated:
        return unknown(
            msg("A conviction during the supervision or the waiting period rules this out; the date of another "
                "listed conviction is not known."),
            *undated,
        )  # fmt: skip
    return met(msg("None of the convictions you listed fell during the supervision or the waiting period."))


# Custom: the bar counts deferred adjudications, which convictions_at_most (convictions only) does not count.
def _no_other_deferred_adjudication(context: ChargeContext) -> Finding:
    """§§ 411.073(b)(2), 411.0735: never "placed on deferred adjudication community supervision for
    another offense".

    A custom condition: the shared conviction limit counts only convictions, and this bar also
    counts a deferred adjudication (a completed diversion of that kind) listed as another charge.
    As with the conviction count, any other listed deferred adjudication counts.
    """
    unsure: list[str] = []
    for i, other in enumerate(context.facts.charges):
        if i == context.index or other.disposition is not Disposition.DIVERSION_COMPLETED:
            continue
        if other.diversion_kind is DiversionKind.DEFERRED_ADJUDICATION:
            return not_met(msg("You listed another charge that ended in deferred adjudication, which rules this out."))
        if other.diversion_kind is not DiversionKind.PRETRIAL:
            unsure.append(Fact.DIVERSION_KIND.path(i))
    if unsure:
        return unknown(
            msg("An earlier deferred adjudication rules this out; whether another listed diversion was one is not "
                "known."),
            *unsure,
        )  # fmt: skip
    return met(msg("You listed no other deferred adjudication. One you did not list would count too."))


# Custom: a wait and a bar the statute text could not confirm; the answer stays open only where they would matter.
def _trafficking_victim_wait_and_later_conviction(context: ChargeContext) -> Finding:
    """§ 411.0728(b-1)-(b-3), not read: a year's wait after the sentence or the discharge, and a bar for a
    conviction after the offense, as one guide (Freedom Network USA, 2020) reports them.

    A custom condition: the rule could not be confirmed from the statute's words, so it never rules the
    remedy out; it leaves the answer open where the facts given fall inside the reported wait or show a
    later (or undated) conviction, and is met otherwise. The shared waiting-period and record conditions
    give a firm answer, which the unread text does not allow.
    """
    charge = context.charge
    as_of = context.facts.as_of
    done = charge.sentence_completed_date
    if done is not None and as_of < add_period(done, years=1):
        return unknown(
            msg("The law may require a year to pass after the sentence or supervision ends; we could not confirm "
                "this, and yours ended less than a year ago.")
        )  # fmt: skip
    if done is None and charge.disposition_date is not None and as_of < add_period(charge.disposition_date, years=1):
        return unknown(
            msg("The law may require a year to pass after the sentence or supervision ends; we could not confirm "
                "this, and the case ended less than a year ago."),
            context.path(Fact.SENTENCE_COMPLETED_DATE),
        )  # fmt: skip
    start = charge.offense_date or charge.disposition_date
    others = context.convictions.besides(context.index)
    undated = [p.path("date") for p in others if p.day is None]
    after = [p for p in others if p.day is not None and (start is None or p.day > start)]
    if after:
        return unknown(
            msg("The law may rule this out if you were convicted of another offense after this one; we could not "
                "confirm this, and you listed a later conviction.")
        )  # fmt: skip
    if undated:
        return unknown(
            msg("The law may rule this out if you were convicted of another offense after this one; we could not "
                "confirm this, and the date of another listed conviction is not known."),
            *undated,
        )  # fmt: skip
    return met(
        msg("Nothing you told us falls within the one-year wait or the later-conviction limit some guides report.")
    )


def _fine_only_reading(context: ChargeContext) -> tuple[int | None, tuple[str, ...]]:
    """One reading of § 411.0735's wait: none for a misdemeanor punishable by fine only (Class C), two years
    for any other misdemeanor."""
    charge = context.charge
    if charge.level is Level.VIOLATION or charge.grade is Grade.MISDEMEANOR_CLASS_C:
        return 0, ()
    if charge.grade is not None or charge.offense in NEVER_CLASS_C:
        return 2, ()
    if charge.offense is None and charge.category in NEVER_CLASS_C_KINDS:
        return 2, ()
    return None, (context.path(Fact.GRADE),)


def _chapter_reading(context: ChargeContext) -> tuple[int | None, tuple[str, ...]]:
    """The other reading of § 411.0735's wait, § 411.073(d)'s rule: two years for a misdemeanor under Penal
    Code chapters 20, 21, 22, 25, 42, 43 or 46, none for any other."""
    offense = context.charge.offense
    if offense in LISTED_CHAPTERS or (offense is None and context.charge.category in CHAPTER_21_OR_43_KINDS):
        return 2, ()
    if offense in OTHER_CHAPTERS:
        return 0, ()
    return None, (context.path(Fact.OFFENSE),)


# Custom: two readings of an unread wait; the answer is firm only where they agree, which no shared wait can say.
def _misdemeanor_conviction_wait(context: ChargeContext) -> Finding:
    """§ 411.0735's wait after the sentence ends, whose text was not read: two secondary readings are
    applied, and the answer is firm only where both give the same wait.

    A custom condition: the shared waiting-period condition takes one length; here the length is known
    only where the fine-only reading (Paper Prisons) and the chapter reading (§ 411.073(d)'s rule) agree,
    and otherwise the two-year wait, the longer, decides whether the question matters at all.
    """
    by_fine, fine_questions = _fine_only_reading(context)
    by_chapter, chapter_questions = _chapter_reading(context)
    if by_fine is not None and by_fine == by_chapter:
        return WaitingPeriod(cite=GC_411_0735_WAIT, since=Event.SENTENCE_COMPLETED, years=by_fine).evaluate(context)
    longest = WaitingPeriod(cite=GC_411_0735_WAIT, since=Event.SENTENCE_COMPLETED, years=2).evaluate(context)
    if longest.truth is Truth.MET:
        return met(
            msg("Two years have passed since the sentence ended ({ends}), the longest wait that can apply.",
                ends=longest.on),
            on=longest.on,
        )  # fmt: skip
    if longest.truth is Truth.UNKNOWN:
        return longest
    if by_fine is None or by_chapter is None:
        return unknown(
            msg("The wait after the sentence (none or two years) depends on the class and the law of the offense, "
                "which are not both known."),
            *fine_questions,
            *chapter_questions,
        )  # fmt: skip
    return unknown(
        msg("Guides disagree on whether this misdemeanor waits two years after the sentence or not at all, and two "
            "years have not passed; we could not read the statute to settle it.")
    )  # fmt: skip


nondisclosure_for_trafficking_victims = Remedy(
    id="tx-nondisclosure-trafficking",
    kind=RemedyKind.SEALING,
    title="Seal a prostitution, minor drug or theft record of a trafficking victim (order of nondisclosure)",
    citations=(GC_411_0728, GC_411_0728_B, GC_411_0728_B_1),
    sources=(SB_1801, TLH_0728, SB_1012, FNUSA_TX),
    effective=date(2019, 9, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.SOLICITATION, Category.OTHER),
    conditions=(
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.DEFERRED_ADJUDICATION,),
            cite=GC_411_0728,
        ),
        offense_in(*TRAFFICKING_VICTIM_OFFENSES, cite=GC_411_0728),
        custom(
            "grade of drug or theft offense",
            requirement="A drug or theft charge counts only if it was a misdemeanor of the class the law names: "
            "Class B for the marihuana offenses, Class C or B for theft.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.GRADE),
            rule=_trafficking_victim_grade,
            cite=GC_411_0728,
        ),
        trafficking_nexus(cite=GC_411_0728_B),
        custom(
            "reported wait and later-conviction limit",
            requirement="One guide reports that you must wait a year after the sentence or supervision ends and "
            "that a conviction after this offense rules this out; we could not confirm either in the law's words.",
            reads=(Fact.SENTENCE_COMPLETED_DATE, Fact.DISPOSITION_DATE, Fact.OFFENSE_DATE, Fact.OTHER_CONVICTIONS),
            rule=_trafficking_victim_wait_and_later_conviction,
            cite=GC_411_0728_B_1,
        ),
    ),
    effect="Courts, police and other public agencies may no longer release the record to the public or "
    "most employers, and you do not have to tell anyone about it. Some agencies can still see it.",
    limits=(
        "It seals the record; it does not undo the conviction.",
        "If police or prosecutors asked you to help with a case against a trafficker, you must have "
        "helped, unless your age or a disability caused by the trafficking kept you from it.",
        "The law has further rules on when you may file and on filing again; we could not confirm them, so "
        "ask a lawyer or TexasLawHelp.org before you file.",
        "One guide reports a wait of a year after the sentence or supervision ends, and that a conviction after "
        "this offense rules this out.",
    ),
    next_steps=(
        "File a petition for an order of nondisclosure under Section 411.0728 in the court that handled "
        "your case. TexasLawHelp.org has the petition form.",
        "There is a filing fee; if you cannot pay, file a Statement of Inability to Afford Payment of Court Costs.",
        "The court holds a hearing and must find that the order is in the best interest of justice.",
    ),
    filing="The court that convicted you or placed you on deferred adjudication.",
)

expunction_after_acquittal = Remedy(
    id="tx-expunction-acquittal",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge the record of a charge you were found not guilty of",
    citations=(CCP_55A_002,),
    sources=(HB_2042, LAW_55_01),
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.ACQUITTAL, cite=CCP_55A_002),),
    effect="All records and files of the arrest are destroyed or returned, and you may deny the arrest.",
    # Art. 55.01(c) (the exception (a)(1)(A) points to): not if the acquitted offense arose out of a
    # criminal episode in which the person was convicted of, or can still be prosecuted for, another
    # offense. The screening cannot tell which charges share an episode, so this is told, not asked.
    limits=(
        "Not if the charge was part of one criminal episode with another offense that you were convicted of or "
        "can still be charged with.",
    ),
    next_steps=(
        "Ask the trial court that acquitted you to sign an expunction order; you can do this within 30 "
        "days of the acquittal, or file a petition for expunction later in district court.",
    ),
    discretionary=False,
    filing="The court that acquitted you, or the district court of that county.",
)

expunction_when_never_charged = Remedy(
    id="tx-expunction-no-charges",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest that never led to charges",
    citations=(CCP_55A_051, CCP_55A_052),
    sources=(LAW_55A_051, LAW_55A_052),
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.NO_CHARGES, cite=CCP_55A_052),
        # Art. 55A.052(a)(1)-(3): 180 days for a Class C arrest, one year for Class A or B, three
        # years for a felony, each "from the date of arrest" (the screening's offense date).
        waiting_period_by_grade(
            {
                Grade.MISDEMEANOR_CLASS_C: span(days=180),
                Grade.MISDEMEANOR_CLASS_B: 1,
                Grade.MISDEMEANOR_CLASS_A: 1,
                Level.MISDEMEANOR: 1,
                Level.VIOLATION: span(days=180),
                Level.FELONY: 3,
            },
            since=Event.OFFENSE,
            cite=CCP_55A_052,
        ),
    ),
    effect="All records and files of the arrest are destroyed or returned, and you may deny the arrest.",
    limits=(
        "A Class C arrest can be expunged after 180 days, and any arrest sooner if the prosecutor certifies "
        "the records are not needed.",
    ),
    next_steps=(
        "File a petition for expunction in the district court of the county where you were arrested. "
        "TexasLawHelp.org has forms.",
        "There is a filing fee; ask for a fee waiver with a Statement of Inability to Afford Payment.",
    ),
    discretionary=False,
    filing="The district court of the county where you were arrested.",
)

expunction_after_limitations = Remedy(
    id="tx-expunction-dismissal-limitations",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a dismissed charge once the time to prosecute it has run out",
    citations=(CCP_55A_051, CCP_LIMITATIONS),
    sources=(LAW_55A_051, TCR_V_BELL, LAW_12_01),
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # Art. 55A.051(2)-(3): no final conviction and no court-ordered community supervision "other than
        # for a Class C misdemeanor": a completed deferred adjudication is left out unless the charge was
        # Class C; a pretrial program is not community supervision.
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL, DiversionKind.DEFERRED_ADJUDICATION),
            cite=CCP_55A_051,
        ),
        custom(
            "no community supervision unless Class C",
            requirement="No court-ordered community supervision (such as deferred adjudication) for the charge, "
            "unless it was a Class C misdemeanor.",
            reads=(Fact.DISPOSITION, Fact.DIVERSION_KIND, Fact.LEVEL, Fact.GRADE),
            rule=_no_community_supervision_unless_class_c,
            cite=CCP_55A_051_3,
        ),
        # Art. 12.01(1): no limitation for trafficking under 20A.02(a)(7)-(8) or compelling
        # prostitution under 43.05(a)(2)-(3).
        offense_not_in("tx-pc-20a.02", "tx-pc-43.05", cite=CCP_12_01),
        # Two years for a misdemeanor (art. 12.02), three for most felonies (art. 12.01), from the
        # offense, but the time the charge was pending does not count (art. 12.05(b)). Counted
        # from the dismissal, the period has surely run.
        waiting_period_by_level(
            {Level.MISDEMEANOR: 2, Level.VIOLATION: 2, Level.FELONY: 3}, since=Event.DISPOSITION, cite=CCP_LIMITATIONS
        ),
    ),
    effect="All records and files of the arrest are destroyed or returned, and you may deny the arrest.",
    limits=(
        "A dismissal after a pretrial intervention program, or because the charge was a mistake, lacked probable "
        "cause or was void, can be expunged at once.",
        "Not if you were placed on court-ordered community supervision (probation or deferred adjudication) for "
        "the charge, unless it was a Class C misdemeanor.",
        "Some felonies have a longer time to prosecute, or none.",
    ),
    next_steps=(
        "File a petition for expunction in the district court of the county where you were arrested. "
        "TexasLawHelp.org has forms.",
        "There is a filing fee; ask for a fee waiver with a Statement of Inability to Afford Payment.",
    ),
    discretionary=False,
    filing="The district court of the county where you were arrested.",
)

expunction_after_pretrial_intervention = Remedy(
    id="tx-expunction-pretrial-intervention",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a charge dismissed after a pretrial intervention program",
    citations=(CCP_55A_053, CCP_55A_051),
    sources=(LAW_55A_053, LAW_55A_051),
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.PRETRIAL,), cite=CCP_55A_053),
    ),
    effect="All records and files of the arrest are destroyed or returned, and you may deny the arrest.",
    limits=(
        "The court must find that the charge was dismissed because you completed the program.",
        "Deferred adjudication is not a pretrial program; it can be sealed by an order of nondisclosure instead.",
    ),
    next_steps=(
        "File a petition for expunction in the district court of the county where you were arrested, with "
        "proof that you completed the program. TexasLawHelp.org has forms.",
        "There is a filing fee; ask for a fee waiver with a Statement of Inability to Afford Payment.",
    ),
    discretionary=False,
    filing="The district court of the county where you were arrested.",
)

nondisclosure_after_deferred_adjudication = Remedy(
    id="tx-nondisclosure-deferred-adjudication",
    kind=RemedyKind.SEALING,
    title="Seal a case that ended with deferred adjudication (order of nondisclosure)",
    citations=(GC_411_0725, GC_411_0725_E, GC_411_074_A, GC_411_074_B),
    sources=(LAW_411_0725, HB_4515, LAW_411_074, LAW_411_0715_0745),
    effective=date(2015, 9, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=GC_411_0725
        ),
        offense_not_in(*BARRED, cite=GC_411_074_B),
        custom(
            "wait after discharge",
            requirement="Enough time has passed since the discharge: none for most misdemeanors, two years for "
            "prostitution, lewdness, disorderly conduct and other listed misdemeanors, five years for a felony.",
            reads=(Fact.LEVEL, Fact.OFFENSE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_deferred_wait,
            cite=GC_411_0725_E,
        ),
        custom(
            "no conviction during supervision or wait",
            requirement="No new conviction or deferred adjudication (other than a fine-only traffic ticket) "
            "during the supervision or the waiting period.",
            reads=(Fact.OFFENSE_DATE, Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_no_conviction_during_supervision_or_wait,
            cite=GC_411_074_A,
        ),
    ),
    effect="Courts, police and other public agencies may no longer release the record to the public or "
    "most employers, and you do not have to tell anyone about it.",
    limits=(
        "This is for deferred adjudication (a guilty plea with the case dismissed after supervision). "
        "A dismissal after a pretrial diversion program can instead be expunged.",
        "Any new conviction or deferred adjudication during supervision or the wait, other than a "
        "fine-only traffic ticket, rules this out.",
    ),
    next_steps=(
        "File a petition for an order of nondisclosure under Section 411.0725 in the court that placed "
        "you on deferred adjudication. There is a filing fee; ask about a fee waiver if you cannot pay.",
    ),
    filing="The court that placed you on deferred adjudication.",
)

nondisclosure_of_misdemeanor_conviction = Remedy(
    id="tx-nondisclosure-misdemeanor-conviction",
    kind=RemedyKind.SEALING,
    title="Seal a first misdemeanor conviction after the sentence ends (order of nondisclosure)",
    citations=(GC_411_0735, GC_411_0735_WAIT, GC_411_073, GC_411_074_A, GC_411_074_B),
    sources=(TLH_0735, LAW_411_0715_0745, LAW_411_074, PAPER_PRISONS_TX),
    effective=date(2017, 9, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=GC_411_0735),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=GC_411_0735),
        offense_not_in(*BARRED, cite=GC_411_074_B),
        # Never previously convicted or on deferred adjudication for anything but a fine-only traffic offense.
        convictions_at_most(total=1, cite=GC_411_0735),
        custom(
            "no other deferred adjudication",
            requirement="Never placed on deferred adjudication for another offense.",
            reads=(Fact.DISPOSITION, Fact.DIVERSION_KIND),
            rule=_no_other_deferred_adjudication,
            cite=GC_411_073_B_2,
        ),
        # The wait after the sentence: two guides disagree (see _misdemeanor_conviction_wait); both give two
        # years for prostitution and public lewdness.
        custom(
            "wait after the sentence",
            requirement="Enough time has passed since the sentence ended: two years for prostitution and public "
            "lewdness; for other misdemeanors none or two years, which guides do not agree on.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.GRADE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_misdemeanor_conviction_wait,
            cite=GC_411_0735_WAIT,
        ),
    ),
    effect="Courts, police and other public agencies may no longer release the conviction to the public "
    "or most employers, and you do not have to tell anyone about it.",
    limits=(
        "Only a first offense: any earlier conviction or deferred adjudication rules this out.",
        "Guides say the court will not grant it for an offense it finds violent or sexual in nature; ask a "
        "lawyer whether a court could see your offense that way.",
    ),
    next_steps=(
        "File a petition for an order of nondisclosure under Section 411.0735 (or 411.073 if you were on "
        "probation) in the court that convicted you. TexasLawHelp.org has the forms; ask about a fee "
        "waiver if you cannot pay.",
    ),
    filing="The court that convicted you.",
)

JURISDICTION = Jurisdiction(
    code="TX",
    name="Texas",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        nondisclosure_for_trafficking_victims,
        expunction_after_acquittal,
        expunction_when_never_charged,
        expunction_after_limitations,
        expunction_after_pretrial_intervention,
        nondisclosure_after_deferred_adjudication,
        nondisclosure_of_misdemeanor_conviction,
    ),
    legal_help=(
        LegalHelp("TexasLawHelp.org", "https://texaslawhelp.org", "Free guides and forms for nondisclosure"),
        LegalHelp(
            "Texas RioGrande Legal Aid",
            "https://www.trla.org",
            "Free civil legal help in South, Central and West Texas",
        ),
        LegalHelp(
            "Lone Star Legal Aid", "https://www.lonestarlegal.org", "Free legal help in East and Gulf Coast Texas"
        ),
    ),
    where_to_file="The court that handled the case for nondisclosure; the district court of the county of "
    "arrest for expunction.",
    notes=(
        "Some counties run commercially sexually exploited persons courts (Gov't Code ch. 126) whose "
        "participants must be told about nondisclosure under Section 411.0728.",
    ),
)
