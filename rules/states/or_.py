"""Oregon: vacatur of prostitution convictions for sex trafficking victims, and set-aside
(expunction) of convictions, arrests and dismissed charges under ORS 137.225.

Sources and where they disagree:
- ORS 137.221 (S.B. 249 of 2017, amended in 2018 to add municipal prostitution ordinances): the
  21-day filing rule is in the 2017 enacted text (the introduced bill said "at any time"); the 2018
  act (in force 13 April 2018) added city ordinances and "Notwithstanding ORS 138.540". The burden
  is the person's (subsection (3)). The 2017 press said the bill was not retroactive; the enacted
  text read says nothing about it, so the module keeps only a caution in its limits.
- ORS 137.225 as rewritten by S.B. 397 (in force 1 January 2022), read in the version operative
  1 September 2024: waits of 1 to 7 years by class, each counted "from the date of conviction or
  the release of the person from imprisonment for the conviction ..., whichever is later"
  ((1)(b)); an arrest with no charge 60 days "from the date the prosecuting attorney indicates that
  the state has elected not to proceed" ((1)(c)); acquittals and dismissals at any time ((1)(d)).
- Sex crimes cannot be set aside. The 2026-11 audit doubted whether promoting prostitution is one;
  the cross-check against RecordSponge (Code for PDX's Oregon engine, which lists ORS 167.012,
  167.017 and felony 163.465 as sex crimes under 137.225(6)(a)) and the definition itself (ORS
  163A.005(5), formerly 181.805(5): "(j) Compelling prostitution; (k) Promoting prostitution; ...
  (t) Public indecency or private indecency, if the person has a prior conviction for a crime
  listed in this subsection") settle it: both are sex crimes, and so is public indecency with a
  prior conviction (the Class C felony). A first public indecency (Class A misdemeanor) is not.
- Another conviction (other than motor vehicle violations) "within the time period" of the wait
  bars relief "whether the second conviction occurred before or after" (137.225(7)(b) as
  RecordSponge applies it): it delays eligibility to the other conviction's date plus this
  charge's wait. It is never a bar for ever, as the module used to treat it.
- Oregon later passed laws to make some set-asides automatic; their reach and start dates could
  not be confirmed, so no automatic relief is encoded here.

Reviewed 2026-12-06 against ORS 137.225 (1)(a)-(d) (casetext copy of the text operative
2024-09-01), ORS 137.221 (OregonLaws and LawServer copies), ORS 163A.005(5) and the OSP copy of
ORS 181.805(5), and RecordSponge's engine (codeforpdx/recordexpungPDX, expunger.py and
charge_types/sex_crimes.py): the wait now runs from the later of conviction and release from
imprisonment, by class (grades added to the offenses); another conviction delays instead of
barring; the no-charge clock runs from the prosecutor's decision; promoting prostitution and
felony public indecency are barred as sex crimes; completing the sentence is its own condition.
The ORS 137.225(7)(b) window, a custom rule, now uses the shared conviction-free window by class (the
same lengths as the wait). It was wrong for a charge of unknown class, which it gave the longest
possible window (a date that could be too late); the class is now asked, as the wait already did.

Cross-checked 2026-12-07 with 10 new worked examples built from the words quoted in rules/evidence/or.yaml (ORS
137.221, 137.225): no case disagreed with the module; no rule changed. The current text of ORS 137.225(7) was not
found; the notes name the searches.

Reviewed 2026-12-07 (statute audit): read ORS 137.225(1)(a)-(d) again (casetext copy operative 2024-09-01 and
oregon.public.law's current page, which agree), State v. Grant, 339 Or App 612 (2025) (restitution still owed
means the sentence is not "fully complied with and performed"; the 120-day objection rule and the bar on weighing
money owed in (3) apply only once the person is eligible), the S.B. 397 measure summary (OLIS and LegiScan:
"Reduces waiting period for filing motion if person was revoked from probation"), and RecordSponge at its
2026-06-30 head (expunger.py, charge_types/duii.py, sex_crimes.py; the 2026 court forms). What changed:
- Set-aside of an arrest, dismissal or acquittal: an open criminal case no longer bars it; it leaves the
  answer open. The pending-charge bar is ORS 137.225(7)(c), and subsection (7) lists what "subsection (1)(a)"
  (convictions) does not apply to: its (a) and (b) speak of convictions, RecordSponge cites (7)(a)-(b) only for
  convictions and cites (8) for the one exclusion of the arrest route (a DUII diversion dismissal). The current
  words of (7) could not be read, so the answer is open, not eligible.
- Limits now say that restitution must be paid (Grant) and that a revoked probation means a wait of three years
  from the revocation (S.B. 397 summary; Clean Slate Clearinghouse OR-C-6; RecordSponge's expunger). The screen
  does not ask about a revocation, so this stays a stated limit.
Still open: the current text of ORS 137.225(5)-(8) (the conviction-free window, whether a single non-traffic
violation counts as "any other offense", the pending-charge bar and the probation-revocation wait are known from
summaries and RecordSponge); no automatic set-aside for these offenses was found; ORS 137.221 has not changed
since the 2018 amendment as far as the copies read show.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    no_conviction_within,
    no_pending_case,
    offense_in,
    offense_not_in_list,
    sentence_completed,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
    waiting_period_by_grade,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense, OffenseList
from rules.vocabulary import Answer, Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

ORS_137_221_1 = "Or. Rev. Stat. § 137.221(1)"
ORS_137_221_2 = "Or. Rev. Stat. § 137.221(2)(a)"
ORS_137_221_3 = "Or. Rev. Stat. § 137.221(3)"
ORS_137_225_1A = "Or. Rev. Stat. § 137.225(1)(a)"
ORS_137_225_1B = "Or. Rev. Stat. § 137.225(1)(b)"
ORS_137_225_1C = "Or. Rev. Stat. § 137.225(1)(c)"
ORS_137_225_1D = "Or. Rev. Stat. § 137.225(1)(d)"
ORS_137_225_SEX_CRIMES = "Or. Rev. Stat. § 137.225(6)(a); § 163A.005(5)"
ORS_137_225_7B = "Or. Rev. Stat. § 137.225(7)(b)"
ORS_137_225_7C = "Or. Rev. Stat. § 137.225(7)(c)"
ORS_137_225_7 = "Or. Rev. Stat. § 137.225(7)"

STATUTE_137_221 = Source(
    "ORS 137.221, vacation of judgment of conviction for prostitution (OregonLaws)",
    "https://www.oregonlaws.org/ors/137.221",
)
STATUTE_137_221_CURRENT = Source(
    "Oregon Statutes 137.221 (LawServer)",
    "https://www.lawserver.com/law/state/oregon/or-statutes/oregon_statutes_137-221",
)
FREEDOM_NETWORK = Source(
    "Oregon: criminal record relief for trafficking survivors (Freedom Network USA)",
    "http://freedomnetworkusa.org/srp_states/or/",
)
STATUTE_137_225 = Source(
    "ORS 137.225, operative 1 September 2024 (casetext)",
    "https://casetext.com/statute/oregon-revised-statutes/title-14-procedure-in-criminal-matters-generally/"
    "chapter-137-judgment-and-execution-parole-and-probation-by-the-court/judgment/post-judgment-procedures/"
    "section-137225-operative-912024-order-setting-aside-conviction-or-record-of-criminal-charge-fees-"
    "prerequisites-limitations",
)
STATE_V_GRANT = Source(
    "State v. Grant, 339 Or App 612 (2025): unpaid restitution means the sentence is not fully performed",
    "https://law.counselstack.com/opinion/state-v-grant-orctapp-2025",
)
STATUTE_163A_005 = Source("ORS 163A.005, definitions (OregonLaws)", "https://www.oregonlaws.org/ors/163A.005")
RECORDSPONGE = Source(
    "RecordSponge, Code for PDX's Oregon expungement analyzer",
    "https://github.com/codeforpdx/recordexpungPDX",
)
SB_397_GUIDE = Source(
    "Expungement eligibility timeframes after S.B. 397 (Lohrke Law)",
    "https://lohrkelaw.com/expungement-eligibility-timeframes/",
)

OFFENSES = (
    Offense("or-ors-167.007", "Prostitution", "Or. Rev. Stat. § 167.007", Category.PROSTITUTION, Level.MISDEMEANOR,
            grade=Grade.MISDEMEANOR_CLASS_A),
    Offense("or-ors-167.008", "Commercial sexual solicitation", "Or. Rev. Stat. § 167.008", Category.SOLICITATION,
            Level.MISDEMEANOR, grade=Grade.MISDEMEANOR_CLASS_A),
    Offense("or-ors-167.012", "Promoting prostitution", "Or. Rev. Stat. § 167.012", Category.PROMOTING,
            Level.FELONY, note="A Class C felony and a listed sex crime.", grade=Grade.FELONY_CLASS_C),
    Offense("or-ors-167.017", "Compelling prostitution", "Or. Rev. Stat. § 167.017", Category.PROMOTING,
            Level.FELONY, note="A Class B felony and a listed sex crime.", grade=Grade.FELONY_CLASS_B),
    Offense("or-ors-163.465", "Public indecency", "Or. Rev. Stat. § 163.465", Category.LEWDNESS, Level.UNKNOWN,
            note="A Class A misdemeanor; a Class C felony (and a sex crime) with an earlier conviction."),
    Offense("or-ors-163.465-felony", "Public indecency with an earlier conviction (felony)",
            "Or. Rev. Stat. § 163.465(2)(b)", Category.LEWDNESS, Level.FELONY,
            note="A Class C felony and a listed sex crime.", grade=Grade.FELONY_CLASS_C),
    Offense("or-ors-166.025", "Disorderly conduct in the second degree", "Or. Rev. Stat. § 166.025",
            Category.QUALITY_OF_LIFE, Level.MISDEMEANOR, grade=Grade.MISDEMEANOR_CLASS_B),
    Offense("or-ors-164.245", "Criminal trespass in the second degree", "Or. Rev. Stat. § 164.245",
            Category.QUALITY_OF_LIFE, Level.MISDEMEANOR, grade=Grade.MISDEMEANOR_CLASS_C),
    Offense("or-ors-163.266", "Trafficking in persons", "Or. Rev. Stat. § 163.266", Category.TRAFFICKING,
            Level.FELONY),
)  # fmt: skip

# ORS 163A.005(5): the listed sex crimes among this module's offenses. A first public indecency
# (Class A misdemeanor) is not one; with a prior conviction it is.
SEX_CRIMES = OffenseList.of(
    "sex crimes", "or-ors-167.012", "or-ors-167.017", "or-ors-163.465-felony", cite="Or. Rev. Stat. § 163A.005(5)"
)

# ORS 137.225(1)(b)(A)-(D). A Class A felony has no entry: it cannot be set aside.
SET_ASIDE_YEARS: dict[Grade | Level, int] = {
    Grade.FELONY_CLASS_B: 7,
    Grade.FELONY_CLASS_C: 5,
    Grade.MISDEMEANOR_CLASS_A: 3,
    Grade.MISDEMEANOR_CLASS_B: 1,
    Grade.MISDEMEANOR_CLASS_C: 1,
    # A misdemeanor whose class is not known waits as a Class A one, the longer wait.
    Level.MISDEMEANOR: 3,
    Level.VIOLATION: 1,
}
SET_ASIDE_WAIT = waiting_period_by_grade(SET_ASIDE_YEARS, since=(Event.DISPOSITION, Event.RELEASE), cite=ORS_137_225_1B)


vacatur_for_trafficking_victims = Remedy(
    id="or-vacatur-137-221",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution conviction if you were a victim of sex trafficking",
    citations=(ORS_137_221_1,),
    sources=(STATUTE_137_221, STATUTE_137_221_CURRENT, FREEDOM_NETWORK),
    # S.B. 249 (2017); Oregon acts without an emergency clause take effect on 1 January of the next year.
    effective=date(2018, 1, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=ORS_137_221_1),
        offense_in("or-ors-167.007", cite=ORS_137_221_1),
        trafficking_nexus(cite=ORS_137_221_3),
        waiting_period(days=21, since=Event.DISPOSITION, cite=ORS_137_221_2),
    ),
    effect="The court vacates the prostitution conviction because you were a victim of sex trafficking at or around "
    "the time.",
    limits=(
        "Only prostitution under ORS 167.007 or a city prostitution ordinance.",
        "There is always a hearing, and you must prove you were trafficked, with clear and convincing evidence.",
        "An early version of the bill covered only newer convictions; if yours is from before 2018, ask a lawyer.",
    ),
    next_steps=(
        "File a motion to vacate in the circuit court of the county where you were convicted and serve a copy on "
        "the district attorney.",
        "Explain the facts showing you were trafficked and why they were not raised in the original case. Court "
        "or immigration records, or a sworn statement from a victim advocate, lawyer or counselor, can help.",
        "After it is vacated, you can also ask to have the record set aside under ORS 137.225.",
    ),
    legal_defect=True,
    filing="The circuit court of the county where you were convicted.",
)

set_aside_of_conviction = Remedy(
    id="or-set-aside-137-225-conviction",
    kind=RemedyKind.SET_ASIDE,
    title="Set aside (expunge) a conviction after 1 to 7 years",
    citations=(ORS_137_225_1A, ORS_137_225_1B),
    sources=(STATUTE_137_225, STATUTE_163A_005, RECORDSPONGE, SB_397_GUIDE, STATE_V_GRANT),
    effective=date(2022, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=ORS_137_225_1A),
        offense_not_in_list(SEX_CRIMES, cite=ORS_137_225_SEX_CRIMES),
        SET_ASIDE_WAIT,
        sentence_completed(cite=ORS_137_225_1A),
        # No other conviction (motor vehicle violations and a single violation aside) within this
        # charge's own wait by class, counted back from the motion.
        no_conviction_within(years=SET_ASIDE_YEARS, levels=(Level.FELONY, Level.MISDEMEANOR), cite=ORS_137_225_7B),
        no_pending_case(cite=ORS_137_225_7C),
    ),
    effect="The conviction is set aside and sealed. You are treated as never having been convicted, and you may "
    "answer questions about it as if it never happened.",
    limits=(
        "Not for Class A felonies, sex crimes, or some crimes against children or elderly people.",
        "Promoting or compelling prostitution, and public indecency with an earlier conviction, are sex crimes "
        "under Oregon law and cannot be set aside.",
        "You must have done everything the sentence required, including paying fines and any restitution.",
        "If your probation was revoked, you must wait three years from the revocation.",
        "If the prosecutor or a victim does not object, the court must grant it.",
    ),
    next_steps=(
        "File a motion to set aside in the circuit court of the county where you were convicted. There is no "
        "court filing fee.",
        "Get a fingerprint card and pay the Oregon State Police fee for the background check (about $80), and "
        "serve the district attorney.",
    ),
    discretionary=False,
    filing="The circuit court of the county where you were convicted.",
)


# Custom: the bar on a person "under charge of commission of any crime" is read in ORS 137.225(7)(c), whose
# opening words confine it to motions under (1)(a) (convictions), as (7)(a) and (7)(b) are (RecordSponge cites
# (7)(a)-(b) for convictions only and (8) for the one exclusion of the arrest route). The current text of (7)
# could not be read, so an open case leaves the arrest route open instead of barring it.
def _open_case_for_arrest_record(context: ChargeContext) -> Finding:
    pending = context.facts.person.pending_case
    if pending is Answer.NO:
        return met(msg("You have no open criminal case."))
    if pending is Answer.YES:
        return unknown(
            msg(
                "You have an open criminal case. The law bars a set-aside of a conviction while a charge is "
                "pending; whether it also bars setting aside an arrest or a dismissed charge is not settled."
            ),
            Fact.PENDING_CASE.value,
        )
    return unknown(
        msg("An open criminal case may matter here; whether you have one has not been answered."),
        Fact.PENDING_CASE.value,
    )


set_aside_of_arrest = Remedy(
    id="or-set-aside-137-225-arrest",
    kind=RemedyKind.SET_ASIDE,
    title="Set aside an arrest, a dismissed charge or an acquittal",
    citations=(ORS_137_225_1C, ORS_137_225_1D),
    sources=(STATUTE_137_225, RECORDSPONGE),
    effective=date(2022, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.NO_CHARGES,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            cite=ORS_137_225_1D,
        ),
        wait_by_outcome(
            {
                # (1)(c): 60 days from the prosecutor's decision not to proceed, not from the arrest.
                Disposition.NO_CHARGES: waiting_period(days=60, since=Event.DECLINED, cite=ORS_137_225_1C),
                # (1)(d): "at any time after an acquittal or a dismissal".
                Disposition.DISMISSAL: disposition_is(Disposition.DISMISSAL, cite=ORS_137_225_1D),
                Disposition.ACQUITTAL: disposition_is(Disposition.ACQUITTAL, cite=ORS_137_225_1D),
                Disposition.DIVERSION_COMPLETED: disposition_is(Disposition.DIVERSION_COMPLETED, cite=ORS_137_225_1D),
            },
            cite=ORS_137_225_1C,
        ),
        custom(
            "open case for an arrest record",
            requirement="An open criminal case may stand in the way; the law is not clear on this for arrests "
            "and dismissed charges.",
            reads=(Fact.PENDING_CASE,),
            rule=_open_case_for_arrest_record,
            cite=ORS_137_225_7,
        ),
    ),
    effect="The records of the arrest and charge are sealed, and the arrest is treated as if it never happened.",
    limits=("A dismissal after a drunk-driving (DUII) diversion cannot be set aside.",),
    next_steps=(
        "File a motion to set aside the arrest or charge in the circuit court of the county where it happened. "
        "There is no court filing fee; the Oregon State Police background check fee still applies.",
    ),
    discretionary=False,
    filing="The circuit court of the county where you were arrested or charged.",
)

JURISDICTION = Jurisdiction(
    code="OR",
    name="Oregon",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(vacatur_for_trafficking_victims, set_aside_of_conviction, set_aside_of_arrest),
    legal_help=(
        LegalHelp(
            "Legal Aid Services of Oregon", "https://lasoregon.org", "Free civil legal help, including expunction"
        ),
        LegalHelp(
            "Oregon Law Center", "https://oregonlawcenter.org", "Free civil legal help for low-income Oregonians"
        ),
    ),
    where_to_file="The circuit court of the county where you were arrested or convicted.",
    notes=(
        "Oregon has passed laws to make some set-asides automatic; check with a lawyer whether your record has "
        "already been set aside.",
    ),
)
