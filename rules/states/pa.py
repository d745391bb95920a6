"""Pennsylvania: vacatur for trafficking survivors, expungement, limited access and Clean Slate.

Pennsylvania lets a trafficking survivor ask the court, with the district attorney's consent, to
vacate and expunge convictions for prostitution and a few street offenses. Cases that did not end
in a conviction can be expunged, and are also hidden automatically. Old summary convictions can be
expunged. Misdemeanor convictions can be hidden from the public (limited access) by petition or
automatically under the Clean Slate law.

Reviewed 2026-11-25 against 18 Pa.C.S. § 3019(d)-(g) (Act 105 of 2014), § 5902 (grading of
prostitution), § 9122 (expungement), § 9122.1 (petition for limited access, as amended by Act 36
of 2023) and §§ 9122.2-9122.3 (Clean Slate, as amended by Act 36 of 2023, 7-year wait in force
from 11 June 2024). The lists of offenses excluded from limited access (§§ 9122.1(b), 9122.3) were
not seen in full text; we exclude promoting prostitution (§ 5902(b)) and open lewdness (§ 5901)
as we understand those lists, which never favours the person.

Reviewed 2026-12-06 against § 9122.1 (official text), § 9122.2 (Westlaw text with the June 2024
amendment), § 3019(d)-(g) as quoted verbatim by the CSE Institute, and § 9122(b)(3) through the CCRC
profile. What changed: the vacatur now reaches every § 5902 conviction (the statute names "5902"
whole, so promoting and patronizing are included, not only 5902(a)); the summary-conviction
expungement bars only an arrest or conviction in the five years after the conviction, not any later
conviction; the seven conviction-free years for limited access and Clean Slate now run from the
conviction (the statute's words) rather than from the end of each sentence; the degree of a
misdemeanor is read when given (prostitution is third degree for a first or second offense, § 5902(a.1);
the 2026-12-07 audit corrected this citation, first written as § 5902(c), which grades promoting).
Not added: limited access for qualifying felonies after ten years (§ 9122.1(a.1)), whose list was not read.

Second review 2026-12-06 (§ 9122(b)(3)(i) as quoted in Commonwealth v. Giulian, 141 A.3d 1262 (Pa.
2016)): the five years "free of arrest or prosecution ... following the conviction" may be any five
years after the conviction, not only the five right after it; the summary expungement now says so.

Reviewed 2026-12-07 against §§ 3019, 9122, 9122.1, 9122.2 and 9122.3 in Justia's compiled text (through Act
36 of 2023), read in the saint1415/us-statutes repository, and § 9122.1 on the General Assembly's site. What
changed: the petition for limited access now screens the person-level bars of § 9122.1(b)(2), which had only
been listed as limits: a conviction ever of murder or a first-degree felony; in the last 15 years, four or
more offenses punishable by two years or more (second-degree misdemeanors and up) or a felony against the
person or family, under the firearms chapter or a registrable sex offense (a felony in those 15 years leaves
the answer open); in the last 10 years, two or more punishable by more than two years (first-degree
misdemeanors and felonies). § 3019(d)-(g) read as the module has it (the district attorney must consent;
the court must grant a consented motion that shows the conviction resulted from trafficking); § 9122(a)(4)
and § 9122.2-9122.3 as encoded. Act 105 of 2014's exact effective day was again not found. Legal help
confirmed: Philadelphia Lawyers for Social Equity (plsephilly.org expungement pages) and Community Legal
Services (its record-clearing history page; vacatur work per The Legal Intelligencer, 2019).

Third-pass audit 2026-12-07 against the Justia text (saint1415/us-statutes) of §§ 3019, 5901, 5902, 5503, 5506,
5507, 3503, 9102, 9122, 9122.1, 9122.2, 9122.3 and 9122.5; 27 new worked cases. What changed: open lewdness
(§ 5901) and loitering and prowling at night (§ 5506) are third-degree misdemeanors whatever the facts, so the
offenses now carry that grade and a conviction with no grade given is sealed by Clean Slate instead of being
left open. The grading of prostitution is § 5902(a.1) (and of patronizing § 5902(e.1)), not § 5902(c). Checked
and unchanged: the vacatur list and conditions of § 3019(d)-(g); the five years of § 9122(b)(3) and § 9122.2(a)(3);
the ten years after final release and age 70 of § 9122(b)(1); the seven conviction-free years of §§ 9122.1(a) and
9122.2(a)(1); the record bars of §§ 9122.1(b)(2) and 9122.3(a)(2); § 9122(a)(4) (eff. 11 June 2024). § 9122.5 is
the effect of limited access (no trafficking remedy), and no 42 Pa.C.S. § 9543.2 was found. Still open: Act 105
of 2014's effective day; a repeat simple-possession conviction's maximum term; qualifying drug felonies under
§ 9122.3(a)(2)(i); an open case under § 9122(b)(3) after an earlier clear five years (Giulian).

Reviewed 2026-12-07 (statute audit): read §§ 3019, 9102, 9122, 9122.1 to 9122.6 in the Justia copy (saint1415/us-statutes,
chapter-91.json and chapter-30.json; the chapter 30 copy's only 2024 amendment is to § 3051, civil actions), § 9122.1
on the General Assembly's site and FindLaw (current as of 1 January 2025), and cross-checked the summary and age-70
expungements against the Expungement Generator (mhollander/Expungement-Generator, Arrest.php, 2018), which also reads
Giulian as any five free years. Numbering: § 9122.4 is 18 Pa.C.S. (the prosecutor's petition to vacate a Clean Slate
order entered in error or after a new misdemeanor or felony conviction), not 42 Pa.C.S., and grants no relief; § 9122.5
is the effect of expungement and limited access (Act 36 added (a.1), no use for employment, housing or school). What
changed: (1) Clean Slate no longer refuses a person who lists a felony: § 9122.3(a)(2)(i) bars "A felony, excluding a
qualifying offense", and § 9102 makes a drug offense under section 13 of the Controlled Substance Act a qualifying
offense unless 30 months minimum or 60 months maximum was imposed; a felony without a degree and of unnamed law may be
one, so the answer is open; a graded felony (drug felonies are ungraded) or one under a named non-drug law still bars
it. (2) New remedy: the petition for limited access of a qualifying felony after ten years free from conviction (§
9122.1(a.1), Act 36 of 2023, in force 12 February 2024): criminal mischief, criminal trespass, theft, forgery and fraud,
public assistance fraud and qualifying drug offenses, first and second degree excluded; the person-level bars of (b)(2)
apply as for misdemeanors. Still open: Clean Slate for a qualifying drug felony after ten years (§ 9122.2(a)(1.1)) is
not screened (drug felonies are outside the offenses listed here); the undefined "qualifying misdemeanor" of § 9122.1(a)
is read as any misdemeanor, as before.
"""

from datetime import date
from itertools import pairwise

from rules.calendar import add_period, years_between
from rules.conditions import (
    ChargeContext,
    Condition,
    PastConviction,
    convicted,
    custom,
    disposition_is,
    happened_on_or_after,
    level_is,
    no_conviction_within,
    no_pending_case,
    offense_in,
    offense_not_in,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

PACS_3019_D = "18 Pa.C.S. § 3019(d)"
PACS_3019_G = "18 Pa.C.S. § 3019(g)"
PACS_9122_A = "18 Pa.C.S. § 9122(a)"
PACS_9122_A_4 = "18 Pa.C.S. § 9122(a)(4)"
PACS_9122_B_1 = "18 Pa.C.S. § 9122(b)(1)"
PACS_9122_B_3 = "18 Pa.C.S. § 9122(b)(3)"
PACS_9122_1_A = "18 Pa.C.S. § 9122.1(a)"
PACS_9122_1_B = "18 Pa.C.S. § 9122.1(b)"
PACS_9122_2_A_1 = "18 Pa.C.S. § 9122.2(a)(1)"
PACS_9122_2_A_2 = "18 Pa.C.S. § 9122.2(a)(2)"
PACS_9122_2_A_3 = "18 Pa.C.S. § 9122.2(a)(3)"
PACS_9122_3 = "18 Pa.C.S. § 9122.3"
PACS_9122_3_A_2_I = "18 Pa.C.S. § 9122.3(a)(2)(i)"
PACS_9122_1_A_1 = "18 Pa.C.S. § 9122.1(a.1)"

CSE_INSTITUTE = Source(
    "New Pennsylvania law can help trafficking survivors seek justice (CSE Institute)",
    "https://cseinstitute.org/new-pennsylvania-law-can-help-trafficking-survivors-seek-justice",
)
LEGAL_INTELLIGENCER = Source(
    "Accessing opportunity for exploited youth (The Legal Intelligencer, 2019)",
    "https://law.com/thelegalintelligencer/2019/06/21/accessing-opportunity-for-exploited-youth",
)
CCRC = Source(
    "Pennsylvania: Restoration of Rights & Record Relief (Collateral Consequences Resource Center)",
    "https://ccresourcecenter.org/state-restoration-profiles/pennsylvania-restoration-of-rights-pardon-expungement-sealing",
)
LAW_9122 = Source(
    "18 Pa.C.S. § 9122, Expungement (Pennsylvania General Assembly)",
    "https://www.legis.state.pa.us/WU01/LI/LI/CT/HTM/18/00.091.022.000..HTM",
)
LAW_9122_1 = Source(
    "18 Pa.C.S. § 9122.1, Petition for limited access (Pennsylvania General Assembly)",
    "https://www.legis.state.pa.us/WU01/LI/LI/CT/HTM/18/00.091.022.001..HTM",
)
LAW_9122_2 = Source(
    "18 Pa.C.S. § 9122.2, Clean slate limited access (Westlaw government site)",
    "https://govt.westlaw.com/pac/Document/N95A8E510AE7311EEBA4A8C9569A15992?viewType=FullText"
    "&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)",
)
LAW_CH_59 = Source(
    "18 Pa.C.S. Chapter 59, Public indecency (Pennsylvania General Assembly)",
    "http://www.legis.state.pa.us/WU01/LI/LI/CT/HTM/18/00.059..HTM",
)
PSU_GUIDE = Source(
    "Expungements, sealing, limited access orders and pardons (Penn State Student Legal Services)",
    "https://studentaffairs.psu.edu/involvement-student-life/student-services/legal-services/"
    "legal-information-students/expungement",
)

OFFENSES = (
    Offense(
        "pa-cs-5902a",
        "Prostitution",
        "18 Pa.C.S. § 5902(a)",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A third-degree misdemeanor for a first or second offense, second degree for a third, first "
        "degree for a fourth or later; a felony in one case.",
    ),
    Offense(
        "pa-cs-5902a2",
        "Loitering in a public place to be hired for sex",
        "18 Pa.C.S. § 5902(a)(2)",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.UNKNOWN,
        note="Part of the prostitution offense and graded the same way.",
    ),
    Offense(
        "pa-cs-5902b",
        "Promoting prostitution",
        "18 Pa.C.S. § 5902(b)",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A misdemeanor or a felony depending on the conduct.",
    ),
    Offense(
        "pa-cs-5902e",
        "Patronizing prostitutes",
        "18 Pa.C.S. § 5902(e)",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="Graded by the number of prior offenses.",
    ),
    # § 5901: "a misdemeanor of the third degree", whatever the act; § 5506 likewise.
    Offense(
        "pa-cs-5901",
        "Open lewdness",
        "18 Pa.C.S. § 5901",
        Category.LEWDNESS,
        Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_THIRD_DEGREE,
    ),
    Offense("pa-cs-3503", "Criminal trespass", "18 Pa.C.S. § 3503", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("pa-cs-5503", "Disorderly conduct", "18 Pa.C.S. § 5503", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense(
        "pa-cs-5506",
        "Loitering and prowling at night time",
        "18 Pa.C.S. § 5506",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_THIRD_DEGREE,
    ),
    Offense(
        "pa-cs-5507",
        "Obstructing highways and other public passages",
        "18 Pa.C.S. § 5507",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
    ),
    Offense(
        "pa-ps-780-113a16",
        "Simple possession of a controlled substance",
        "35 P.S. § 780-113(a)(16)",
        Category.OTHER,
        Level.MISDEMEANOR,
    ),
    Offense("pa-cs-3011", "Trafficking in individuals", "18 Pa.C.S. § 3011", Category.TRAFFICKING, Level.FELONY),
)

VACATUR_OFFENSES = (
    "pa-cs-5902a",
    "pa-cs-5902a2",
    "pa-cs-5902b",
    "pa-cs-5902e",
    "pa-cs-3503",
    "pa-cs-5503",
    "pa-cs-5506",
    "pa-cs-5507",
    "pa-ps-780-113a16",
)
# Offenses we read as excluded from limited access (§§ 9122.1(b), 9122.3).
# §§ 9122.1(b)(1), 9122.3(a)(1): offenses under Article B of Part II (offenses involving danger to the
# person, which includes trafficking, ch. 30), Article D, ch. 61, registrable sex offenses and a few more.
# Open lewdness (§ 5901) and promoting (§ 5902(b)) are in Article E and are not on these lists.
NOT_SEALABLE = ("pa-cs-3011",)
NON_CONVICTIONS = (
    Disposition.DISMISSAL,
    Disposition.ACQUITTAL,
    Disposition.NO_CHARGES,
    Disposition.DIVERSION_COMPLETED,
)
# Offenses that are never higher than a second-degree misdemeanor when they are misdemeanors: §§ 5901 and 5506
# are third-degree misdemeanors and §§ 5503(b) and 5507(a) summary or third degree (statute text read). Simple
# possession is kept here as a first offense (one year at most); secondary sources say a repeat possession carries
# up to three years (35 P.S. § 780-113(b)), which the 2026-12-07 audit could not read in statute text: open.
LOW_MISDEMEANORS = ("pa-cs-5901", "pa-cs-5506", "pa-cs-5503", "pa-cs-5507", "pa-ps-780-113a16")


LOW_GRADES = frozenset({Grade.MISDEMEANOR_SECOND_DEGREE, Grade.MISDEMEANOR_THIRD_DEGREE})


def _second_or_third_degree(context: ChargeContext) -> Finding:
    """Clean Slate seals only second- and third-degree misdemeanors (and misdemeanors with at most
    two years in prison). Custom because the offenses that are low-level whatever their grade are
    known by name, while prostitution's degree depends on the number of earlier offenses: it is a
    first-degree misdemeanor from the fourth offense on, so without a given grade it stays open."""
    charge = context.charge
    if charge.grade in LOW_GRADES:
        return met(msg("The conviction was a second- or third-degree misdemeanor."))
    if charge.level is Level.FELONY or charge.grade is not None:
        return not_met(msg("Automatic sealing of convictions covers only lower-level misdemeanors."))
    if charge.offense in LOW_MISDEMEANORS:
        return met(msg("This offense is a lower-level misdemeanor at most."))
    return unknown(
        msg(
            "Automatic sealing covers only second- or third-degree misdemeanors; the degree of this "
            "charge is not known. A fourth or later prostitution conviction is a first-degree misdemeanor."
        ),
        context.path(Fact.GRADE),
    )


def _free_years_after(context: ChargeContext, start: date | None, start_path: str, years: int) -> Finding:
    """Some run of ``years`` after ``start`` free of arrest or prosecution: the gap between any two
    listed convictions after it, or since the last of them, counts (Commonwealth v. Giulian, 141 A.3d
    1262 (Pa. 2016), reading § 9122(b)(3)'s "following the conviction" as any such period). Custom
    because the shared windows look only at the years right after an event or right before filing."""
    if start is None:
        return unknown(
            msg("This needs {years} years free of arrest or prosecution after a date that is not known.", years=years),
            start_path,
        )
    others = context.convictions.besides(context.index)
    undated = [p.path("date") for p in others if p.day is None]
    days = sorted([start, *(p.day for p in others if p.day is not None and p.day > start)])
    for earlier, following in pairwise(days):
        if add_period(earlier, years=years) <= following:
            return met(msg("You had {years} years in a row free of convictions after it.", years=years))
    if undated:
        return unknown(
            msg("This needs {years} years free of arrest or prosecution; the date of another listed conviction is "
                "not known.", years=years),
            *undated,
        )  # fmt: skip
    clear_on = add_period(days[-1], years=years)
    if clear_on <= context.facts.as_of:
        return met(
            msg("You listed no conviction in the last {years} years. Arrests and convictions you did not list count "
                "too.", years=years),
            on=clear_on,
        )  # fmt: skip
    return later(msg("{years} years free of arrest or prosecution end on {day}.", years=years, day=clear_on),
                 on=clear_on)  # fmt: skip


def _five_free_years_after(context: ChargeContext) -> Finding:
    """§ 9122(b)(3)(i): "free of arrest or prosecution for five years following the conviction"."""
    return _free_years_after(context, context.charge.disposition_date, context.path(Fact.DISPOSITION_DATE), 5)


def _ten_free_years_after_release(context: ChargeContext) -> Finding:
    """§ 9122(b)(1): "free of arrest or prosecution for ten years following final release from
    confinement or supervision"."""
    charge = context.charge
    return _free_years_after(context, charge.sentence_completed_date, context.path(Fact.SENTENCE_COMPLETED_DATE), 10)


def _seventy_now(context: ChargeContext) -> Finding:
    """§ 9122(b)(1): the person "reaches 70 years of age". Custom: no shared condition reads age now."""
    born = context.facts.person.birth_date
    if born is None:
        return unknown(msg("This is for people aged 70 or older; your birth date is not known."), Fact.BIRTH_DATE.value)
    seventy_on = add_period(born, years=70)
    if years_between(born, context.facts.as_of) >= 70:
        return met(msg("You are 70 or older."), on=seventy_on)
    return later(msg("You can ask once you turn 70, on {day}.", day=seventy_on), on=seventy_on)


def _conviction_counts(context: ChargeContext) -> Finding:
    """§ 9122.3(a)(2)(ii)-(iii): Clean Slate is closed to anyone "at any time ... convicted of" two or
    more offenses punishable by more than two years (first-degree misdemeanors and felonies) or four or
    more punishable by one year or more (every misdemeanor and felony; summary offenses carry less).
    Custom because the shared conviction limit counts summary convictions too and cannot read degrees."""
    past = context.convictions.past
    counted = [p for p in past if p.level in (Level.MISDEMEANOR, Level.FELONY)]
    unsure = [p.path("level") for p in past if p.level is Level.UNKNOWN]
    serious = [p for p in counted if p.level is Level.FELONY or p.grade is Grade.MISDEMEANOR_FIRST_DEGREE]
    if len(counted) >= 4:
        return not_met(msg("Clean Slate is closed to anyone with four or more misdemeanor or felony convictions."))
    if len(serious) >= 2:
        return not_met(
            msg("Clean Slate is closed to anyone with two or more first-degree misdemeanor or felony convictions.")
        )
    if len(counted) + len(unsure) >= 4:
        return unknown(
            msg("Four or more misdemeanor or felony convictions close Clean Slate; the level of some is not known."),
            *unsure,
        )
    return met(msg("Counting the convictions you listed, you have fewer than four misdemeanors or felonies."))


PACS_9122_1_B_2 = "18 Pa.C.S. § 9122.1(b)(2)"

# Maximum prison terms by grade (18 Pa.C.S. § 1104, § 1103): M1 five years, M2 two, M3 one; F1 twenty.
_AT_LEAST_TWO_YEARS = {Grade.MISDEMEANOR_FIRST_DEGREE: True, Grade.MISDEMEANOR_SECOND_DEGREE: True,
                       Grade.MISDEMEANOR_THIRD_DEGREE: False}  # fmt: skip
_MORE_THAN_TWO_YEARS = {Grade.MISDEMEANOR_FIRST_DEGREE: True, Grade.MISDEMEANOR_SECOND_DEGREE: False,
                        Grade.MISDEMEANOR_THIRD_DEGREE: False}  # fmt: skip
_PA_FELONY_GRADES = (Grade.FELONY_FIRST_DEGREE, Grade.FELONY_SECOND_DEGREE, Grade.FELONY_THIRD_DEGREE)


def _punishable(conviction: PastConviction, by_grade: dict[Grade, bool]) -> bool | None:
    """Whether a conviction's maximum term passes a threshold (two years, or more than two): None if not known."""
    if conviction.level is Level.FELONY:
        return True
    if conviction.level is Level.VIOLATION:
        return False
    if conviction.level is Level.MISDEMEANOR and conviction.grade in by_grade:
        return by_grade[conviction.grade]
    return None


def _within(conviction: PastConviction, years: int, today: date) -> bool | None:
    if conviction.day is None:
        return None
    return add_period(conviction.day, years=years) > today


def _both(first: bool | None, second: bool | None) -> bool | None:
    if first is False or second is False:
        return False
    if first is None or second is None:
        return None
    return True


# Custom: § 9122.1(b)(2) bars the person, not the offense, on counts of other convictions by maximum term within
# 15 or 10 years; the shared conviction limits count by level over a lifetime and cannot express it.
def _no_petition_record_bar(context: ChargeContext) -> Finding:
    """§ 9122.1(b)(2): no limited access for someone ever convicted of murder or a first-degree felony; convicted
    in the last 15 years of four or more offenses punishable by two years or more, or of a felony against the
    person, the family, under the firearms chapter or a registrable sex offense; or convicted in the last 10
    years of two or more offenses punishable by more than two years."""
    today = context.facts.as_of
    past = context.convictions.past
    unsure: list[str] = []
    for conviction in past:
        if conviction.level is Level.FELONY and conviction.grade is Grade.FELONY_FIRST_DEGREE:
            return not_met(msg("A first-degree felony conviction at any time rules out limited access by petition."))
    counts: dict[str, tuple[int, int]] = {}
    for key, years, by_grade in (("four", 15, _AT_LEAST_TWO_YEARS), ("two", 10, _MORE_THAN_TWO_YEARS)):
        sure = maybe = 0
        for conviction in past:
            counted = _both(_within(conviction, years, today), _punishable(conviction, by_grade))
            if counted:
                sure += 1
            elif counted is None:
                maybe += 1
                unsure.append(conviction.path("date") if conviction.day is None else conviction.path("grade"))
        counts[key] = (sure, maybe)
    if counts["four"][0] >= 4:
        return not_met(
            msg(
                "Four or more convictions punishable by two years or more in the last 15 years rule out limited access."
            )
        )
    if counts["two"][0] >= 2:
        return not_met(
            msg(
                "Two or more convictions punishable by more than two years in the last 10 years rule out limited access."
            )
        )
    if sum(counts["four"]) >= 4 or sum(counts["two"]) >= 2:
        return unknown(
            msg(
                "Some of your convictions may count against limited access: four punishable by two years or more in "
                "15 years, or two punishable by more than two years in 10 years, rule it out. The grade or date of "
                "some is not known."
            ),
            *dict.fromkeys(unsure),
        )
    # The charge screened is judged by its own remedy (a misdemeanor, or a felony of a kind (a.1) names, none of
    # them against a person, the family, under the firearms chapter or a sex offense): only the others count here.
    others = [c for c in past if c.index != context.index]
    felonies = [c for c in others if c.level is Level.FELONY and _within(c, 15, today) is not False]
    if felonies:
        return unknown(
            msg(
                "A felony in the last 15 years rules out limited access if it was an offense against a person or the "
                "family, a firearms offense or a registrable sex offense, or was a first-degree felony."
            ),
            *dict.fromkeys(c.path("grade") for c in felonies),
        )
    ungraded = [c for c in others if c.level is Level.FELONY and c.grade not in _PA_FELONY_GRADES]
    if ungraded:
        return unknown(
            msg(
                "A first-degree felony conviction at any time rules out limited access; the grade of a felony is not known."
            ),
            *dict.fromkeys(c.path("grade") for c in ungraded),
        )
    if any(c.level is Level.UNKNOWN for c in past):
        return unknown(
            msg("Some convictions could rule out limited access; the level of one is not known."),
            *dict.fromkeys(c.path("level") for c in past if c.level is Level.UNKNOWN),
        )
    return met(msg("Counting the convictions you listed, none of the record bars to limited access applies."))


# Drug offenses under section 13 of The Controlled Substance, Drug, Device and Cosmetic Act among the offenses
# listed here: a "qualifying offense" (§ 9102) unless a minimum of 30 months or a maximum of 60 months was imposed.
DRUG_OFFENSES = frozenset({"pa-ps-780-113a16"})


def _no_felony_except_a_drug_offense(context: ChargeContext) -> Finding:
    """§ 9122.3(a)(2)(i): Clean Slate is closed to a person who "at any time has been convicted of ... A felony,
    excluding a qualifying offense", a drug offense under section 13 of the Controlled Substance Act with no minimum
    sentence of 30 months or maximum of 60 months or more (§ 9102). A felony among the charges screened whose law
    is known and is not such an offense rules it out; a felony the person listed, or one whose law is not known,
    may be a qualifying offense and leaves it open, unless it has a degree (drug felonies are ungraded). Custom because the shared felony limit cannot except one kind
    of felony."""
    others = context.convictions.besides(context.index)
    open_paths: list[str] = []
    for conviction in others:
        if conviction.level is Level.UNKNOWN:
            open_paths.append(conviction.path("level"))
            continue
        if conviction.level is not Level.FELONY:
            continue
        if conviction.grade in _PA_FELONY_GRADES:
            # Drug felonies under the Controlled Substance Act are ungraded: a graded felony is not one.
            return not_met(
                msg("A felony conviction at any time, other than some drug felonies, rules out Clean Slate sealing.")
            )
        if conviction.index is None:
            open_paths.append(Fact.OTHER_CONVICTIONS.value)
            continue
        screened = context.facts.charges[conviction.index]
        if screened.offense in DRUG_OFFENSES or (screened.offense is None and screened.category is Category.OTHER):
            open_paths.append(Fact.OFFENSE.path(conviction.index))
        else:
            return not_met(
                msg("A felony conviction at any time, other than some drug felonies, rules out Clean Slate sealing.")
            )
    if open_paths:
        return unknown(
            msg(
                "A felony conviction at any time rules out Clean Slate sealing unless it was a drug offense that "
                "did not bring a sentence of at least 30 months minimum or 60 months maximum; whether yours was is "
                "not known."
            ),
            *dict.fromkeys(open_paths),
        )
    return met(msg("You listed no felony conviction."))


# § 9122.1(a.1): the felonies that can be sealed by petition after ten years, first and second degree excluded:
# criminal mischief (§ 3304), criminal trespass (§ 3503), theft (ch. 39), forgery and fraud (ch. 41), public
# assistance fraud and a qualifying (drug) offense. Of the offenses listed here, criminal trespass and drug possession.
QUALIFYING_FELONIES = frozenset({"pa-cs-3503"}) | DRUG_OFFENSES
HIGH_FELONIES = frozenset({Grade.FELONY_FIRST_DEGREE, Grade.FELONY_SECOND_DEGREE})


def _qualifying_felony(context: ChargeContext) -> Finding:
    """§ 9122.1(a.1): "a qualifying felony is any of the following ..., excluding felonies of the first and second
    degrees". Criminal trespass is a third-degree felony when the person entered and a second-degree one when they
    broke in (§ 3503(a)), so its degree is asked; drug felonies are ungraded. An unnamed other felony may be theft,
    forgery, criminal mischief or a drug offense and stays open. Custom because the list mixes named offenses,
    whole chapters and a grade exclusion."""
    charge = context.charge
    if charge.grade in HIGH_FELONIES:
        return not_met(msg("First- and second-degree felonies cannot be sealed this way."))
    if charge.offense in DRUG_OFFENSES:
        return met(msg("A drug felony can be sealed this way unless the sentence was 30 months minimum or 60 months "
                       "maximum or more."))  # fmt: skip
    if charge.offense in QUALIFYING_FELONIES:
        if charge.grade is Grade.FELONY_THIRD_DEGREE:
            return met(msg("A third-degree felony criminal trespass can be sealed this way."))
        return unknown(
            msg("Felony criminal trespass can be sealed this way only if it was of the third degree, not the second "
                "(breaking in); the degree is not known."),
            context.path(Fact.GRADE),
        )  # fmt: skip
    if charge.offense is None and charge.category is Category.OTHER:
        return unknown(
            msg("This covers only felony criminal mischief, criminal trespass, theft, forgery or fraud, public "
                "assistance fraud and drug offenses; which law the charge was under is not known."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    return not_met(
        msg("This covers only felony criminal mischief, criminal trespass, theft, forgery or fraud, public assistance "
            "fraud and drug offenses.")
    )  # fmt: skip


# "Free for seven years from conviction for any offense punishable by imprisonment of one or more
# years": seven years from this conviction, with no misdemeanor or felony conviction in the seven
# years before (summary offenses carry less than a year and do not count).
def _seven_free_years(cite: str, years: int = 7) -> tuple[Condition, ...]:
    return (
        waiting_period(years=years, since=Event.DISPOSITION, cite=cite),
        no_conviction_within(years=years, levels=(Level.FELONY, Level.MISDEMEANOR), cite=cite),
    )


# Custom: the person-level bars of § 9122.1(b)(2), shared by the misdemeanor and the felony petitions.
NO_PETITION_RECORD_BAR = custom(
    "no record bar",
    requirement="No conviction ever of murder or a first-degree felony; in the last 15 years, fewer than four "
    "convictions punishable by two years or more and no felony against a person or the family, under the "
    "firearms law or a registrable sex offense; in the last 10 years, fewer than two punishable by more than "
    "two years.",
    reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.GRADE, Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
    rule=_no_petition_record_bar,
    cite=PACS_9122_1_B_2,
)

vacatur_for_trafficking_survivors = Remedy(
    id="pa-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution or street-offense conviction that resulted from trafficking",
    citations=(PACS_3019_D, PACS_3019_G),
    sources=(CSE_INSTITUTE, LEGAL_INTELLIGENCER),
    # Act 105 of 2014; only the year was confirmed, so we use 1 January 2014.
    effective=date(2014, 1, 1),
    reviewed=REVIEWED,
    reaches=charges_about(
        Category.PROSTITUTION,
        Category.LOITERING_FOR_PROSTITUTION,
        Category.SOLICITATION,
        Category.PROMOTING,
        Category.QUALITY_OF_LIFE,
        Category.OTHER,
    ),
    conditions=(
        convicted(cite=PACS_3019_D),
        offense_in(*VACATUR_OFFENSES, cite=PACS_3019_D),
        trafficking_nexus(cite=PACS_3019_D),
    ),
    effect="The court vacates the conviction, strikes the finding of guilt and orders the whole record "
    "expunged. Court debt left on the case goes away with it.",
    limits=(
        "The district attorney must agree to the motion before the court will consider it.",
        "It covers only offenses under 18 Pa.C.S. 5902 (prostitution and related offenses), criminal trespass, "
        "disorderly conduct, loitering at night, obstructing a public passage and simple drug possession.",
    ),
    next_steps=(
        "Write a motion to vacate under 18 Pa.C.S. 3019(d) and file it in the Court of Common Pleas "
        "of the county where you were convicted.",
        "Describe your evidence in detail and attach any papers that show you were trafficked. Papers "
        "from a government agency make the court presume the link, but none are required.",
        "Ask the district attorney's office to consent; a free lawyer below can do this for you.",
    ),
    legal_defect=True,
    filing="The Court of Common Pleas of the county where you were convicted.",
)

expungement_of_non_convictions = Remedy(
    id="pa-expungement-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest or charge that did not end in a conviction",
    citations=(PACS_9122_A,),
    sources=(PSU_GUIDE, CCRC),
    effective=date(1979, 1, 1),  # Criminal History Record Information Act; only the year is known.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(*NON_CONVICTIONS, cite=PACS_9122_A),),
    effect="The court orders the police, the courts and the state police to destroy the record of the "
    "arrest and charge.",
    next_steps=(
        "File a petition for expungement (Pa.R.Crim.P. 790 form) with the Clerk of Courts of the county "
        "where the case was; cases before a magisterial district judge use Rule 490.",
        "The district attorney can object; if so, the judge holds a hearing. Ask the clerk about the fee "
        "and about filing without paying if you cannot afford it.",
    ),
    filing="The Clerk of Courts of the county where the charge was filed.",
)

automatic_expungement_of_acquittals = Remedy(
    id="pa-automatic-expungement-acquittal",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement after you are found not guilty of every charge",
    citations=(PACS_9122_A_4,),
    sources=(LAW_9122,),
    # Act 36 of 2023 (signed 14 December 2023, in force 180 days later). Whether it reaches acquittals
    # entered before then is not said; only later ones are promised here.
    effective=date(2024, 6, 11),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.ACQUITTAL, cite=PACS_9122_A_4),
        happened_on_or_after(Event.DISPOSITION, date(2024, 6, 11), cite=PACS_9122_A_4),
        # "Expungement shall occur no later than 12 months from the date of acquittal."
        waiting_period(months=12, since=Event.DISPOSITION, cite=PACS_9122_A_4),
    ),
    effect="The court orders the record of the case destroyed without a petition, within a year of the verdict.",
    limits=(
        "Only when you were found not guilty of all charges from the same conduct after a trial; a partial "
        "acquittal does not count.",
        "The prosecutor has 60 days after the court's notice to object; the court then decides.",
    ),
    next_steps=(
        "Nothing to file. If the record is still there a year after the verdict, ask the Clerk of Courts or a "
        "lawyer below, or file a petition for expungement.",
    ),
    discretionary=False,
)

clean_slate_for_non_convictions = Remedy(
    id="pa-clean-slate-non-conviction",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of charges that did not end in a conviction",
    citations=(PACS_9122_2_A_2,),
    sources=(LAW_9122_2, CCRC),
    effective=date(2019, 6, 28),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(*NON_CONVICTIONS, cite=PACS_9122_2_A_2),),
    effect="The record is hidden from the public and most employers and landlords without a petition. "
    "Police and courts can still see it.",
    limits=("Sealing is not expungement: the record still exists. You can still ask for expungement.",),
    next_steps=(
        "Nothing to file. If the case still shows up, ask the Clerk of Courts or a lawyer below to have "
        "it sealed, or file for expungement.",
    ),
    discretionary=False,
)

expungement_of_summary_convictions = Remedy(
    id="pa-expungement-summary",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a summary conviction after five years",
    citations=(PACS_9122_B_3,),
    sources=(PSU_GUIDE, CCRC),
    effective=date(1979, 1, 1),  # Only the year of the original act is known.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PACS_9122_B_3),
        level_is(Level.VIOLATION, cite=PACS_9122_B_3),
        waiting_period(years=5, since=Event.DISPOSITION, cite=PACS_9122_B_3),
        # Five years free of arrest or prosecution after the conviction: any five years (Giulian, 2016).
        # Custom: any five free years after it count; shared windows look right after an event or before filing.
        custom(
            "five free years after the conviction",
            requirement="Five years in a row, at any time after the conviction, free of arrest or prosecution.",
            reads=(Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_five_free_years_after,
            cite=PACS_9122_B_3,
        ),
        no_pending_case(cite=PACS_9122_B_3),
    ),
    effect="The court orders the record of the summary conviction (the lowest level of offense) destroyed.",
    limits=(
        "You need five years in a row after the conviction with no arrest or prosecution; the screening sees only "
        "the convictions you listed.",
    ),
    next_steps=(
        "File a petition for expungement (Pa.R.Crim.P. 490 for a magisterial district judge case, Rule "
        "790 in the Court of Common Pleas) with the court that handled the case.",
    ),
    filing="The magisterial district court or the Clerk of Courts where the case was decided.",
)

expungement_at_seventy = Remedy(
    id="pa-expungement-age-70",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an old record once you are 70 and ten years past your sentence",
    citations=(PACS_9122_B_1,),
    sources=(LAW_9122, CCRC),
    effective=date(1979, 1, 1),  # Criminal History Record Information Act; only the year is known.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=PACS_9122_B_1),
        # Custom: the shared age condition reads the age at the offense, not the age today.
        custom(
            "70 or older now",
            requirement="You are 70 years old or older.",
            reads=(Fact.BIRTH_DATE,),
            rule=_seventy_now,
            cite=PACS_9122_B_1,
        ),
        waiting_period(years=10, since=Event.SENTENCE_COMPLETED, cite=PACS_9122_B_1),
        # Custom: any ten free years after release count; shared windows look right after an event or before filing.
        custom(
            "ten free years after release",
            requirement="Ten years in a row after your final release from jail, probation or parole free of arrest "
            "or prosecution.",
            reads=(Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_ten_free_years_after_release,
            cite=PACS_9122_B_1,
        ),
        no_pending_case(cite=PACS_9122_B_1),
    ),
    effect="The court orders the record of the conviction destroyed.",
    limits=(
        "Any arrest or prosecution in the ten years after your final release counts against you; the screening "
        "sees only the convictions you listed.",
    ),
    next_steps=(
        "File a petition for expungement (Pa.R.Crim.P. 790 form) with the Clerk of Courts of the county where you "
        "were convicted, with proof of your age.",
    ),
    filing="The Clerk of Courts of the county where you were convicted.",
)

clean_slate_for_summary_convictions = Remedy(
    id="pa-clean-slate-summary",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of summary convictions after five years",
    citations=(PACS_9122_2_A_3,),
    sources=(LAW_9122_2, CCRC),
    effective=date(2019, 6, 28),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PACS_9122_2_A_3),
        level_is(Level.VIOLATION, cite=PACS_9122_2_A_3),
        # Five years since Act 36 of 2023 (in force 11 June 2024); ten years before.
        waiting_period(years=5, since=Event.DISPOSITION, cite=PACS_9122_2_A_3),
        sentence_completed(cite=PACS_9122_2_A_3),
    ),
    effect="A summary conviction is hidden from the public and most employers five years after the "
    "judgment, without a petition.",
    limits=("All court-ordered restitution must be paid first.",),
    next_steps=("Nothing to file. If it still shows up, ask the court clerk or a lawyer below.",),
    discretionary=False,
)

clean_slate_for_misdemeanors = Remedy(
    id="pa-clean-slate-misdemeanor",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of lower-level misdemeanors after seven years",
    citations=(PACS_9122_2_A_1, PACS_9122_3),
    sources=(LAW_9122_2, CCRC),
    effective=date(2024, 6, 11),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PACS_9122_2_A_1),
        level_is(Level.MISDEMEANOR, cite=PACS_9122_2_A_1),
        # Custom: the degree is known from the grade or a named low-level offense; prostitution's depends on priors.
        custom(
            "second- or third-degree misdemeanor",
            requirement="The conviction was a misdemeanor of the second or third degree.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.GRADE),
            rule=_second_or_third_degree,
            cite=PACS_9122_2_A_1,
        ),
        offense_not_in(*NOT_SEALABLE, cite=PACS_9122_3),
        # Custom: § 9122.3(a)(2)(i) bars any felony ever except a qualifying drug offense, which a listed felony may be.
        custom(
            "no felony except a drug offense",
            requirement="No felony conviction at any time, other than a drug offense that did not bring a sentence of "
            "at least 30 months minimum or 60 months maximum.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OFFENSE, Fact.OTHER_CONVICTIONS),
            rule=_no_felony_except_a_drug_offense,
            cite=PACS_9122_3_A_2_I,
        ),
        # Custom: the shared limit counts summary convictions too and cannot count first-degree misdemeanors.
        custom(
            "fewer than four misdemeanor convictions",
            requirement="Fewer than four misdemeanor or felony convictions in all, and fewer than two of the first "
            "degree or felony grade.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.GRADE, Fact.OTHER_CONVICTIONS),
            rule=_conviction_counts,
            cite=PACS_9122_3,
        ),
        *_seven_free_years(PACS_9122_2_A_1),
    ),
    effect="The conviction is hidden from the public and most employers and landlords without a "
    "petition. Police, courts and some licensing boards can still see it.",
    limits=(
        "All court-ordered restitution must be paid first.",
        "Offenses against the person (including trafficking), offenses against the family, firearms offenses "
        "and registrable sex offenses are not sealed this way.",
        "Not sealed if a conviction carrying five years or more came out of the same case.",
        "Not if you were ever convicted of a felony (other than some drug felonies), of two or more offenses "
        "punishable by more than two years, or of four or more offenses punishable by a year or more.",
        "Not if you were ever convicted of certain listed offenses, such as indecent exposure, even in another case.",
    ),
    next_steps=(
        "Nothing to file. You can check your record on the state police's PATCH site; a lawyer below "
        "can help if an eligible case was missed.",
    ),
    discretionary=False,
)

limited_access_by_petition = Remedy(
    id="pa-limited-access-petition",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a misdemeanor conviction (limited access) after seven years",
    citations=(PACS_9122_1_A, PACS_9122_1_B, PACS_9122_1_B_2),
    sources=(LAW_9122_1, CCRC),
    effective=date(2024, 2, 12),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=PACS_9122_1_A),
        level_is(Level.MISDEMEANOR, cite=PACS_9122_1_A),
        offense_not_in(*NOT_SEALABLE, cite=PACS_9122_1_B),
        *_seven_free_years(PACS_9122_1_A),
        NO_PETITION_RECORD_BAR,
    ),
    effect="The conviction is hidden from the public and most employers and landlords. Police, courts "
    "and some licensing boards can still see it.",
    limits=(
        "All court-ordered restitution must be paid first.",
        "Serious offenses against the person or the family, firearms offenses and registrable sex offenses "
        "cannot be sealed this way.",
        "Not if you were convicted in the last 15 years of indecent exposure or a few other listed offenses.",
    ),
    next_steps=(
        "File a Petition for Limited Access (Pa.R.Crim.P. 791 form) with the Clerk of Courts of the county "
        "where you were convicted. There is a filing fee; ask about filing without paying.",
        "The district attorney has 30 days to object; if so, the judge holds a hearing.",
    ),
    filing="The Court of Common Pleas of the county where you were convicted.",
)

limited_access_for_felonies = Remedy(
    id="pa-limited-access-felony",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a lower-level trespass, theft or drug felony (limited access) after ten years",
    citations=(PACS_9122_1_A_1, PACS_9122_1_B, PACS_9122_1_B_2),
    sources=(LAW_9122_1,),
    # Act 36 of 2023 added (a.1), in force 60 days after 14 December 2023.
    effective=date(2024, 2, 12),
    reviewed=REVIEWED,
    reaches=charges_about(Category.QUALITY_OF_LIFE, Category.OTHER),
    conditions=(
        convicted(cite=PACS_9122_1_A_1),
        level_is(Level.FELONY, cite=PACS_9122_1_A_1),
        # Custom: named offenses, whole chapters and a grade exclusion; an unnamed other felony stays open.
        custom(
            "qualifying felony",
            requirement="The felony was criminal mischief, criminal trespass, theft, forgery or fraud, public "
            "assistance fraud or a drug offense, and not of the first or second degree.",
            reads=(Fact.OFFENSE, Fact.CATEGORY, Fact.GRADE),
            rule=_qualifying_felony,
            cite=PACS_9122_1_A_1,
        ),
        *_seven_free_years(PACS_9122_1_A_1, years=10),
        NO_PETITION_RECORD_BAR,
    ),
    effect="The conviction is hidden from the public and most employers and landlords. Police, courts "
    "and some licensing boards can still see it.",
    limits=(
        "All court-ordered restitution and the limited access fee must be paid first.",
        "A drug felony counts only if the sentence was less than 30 months minimum and less than 60 months maximum.",
        "Not if you were convicted in the last 15 years of indecent exposure or a few other listed offenses.",
    ),
    next_steps=(
        "File a Petition for Limited Access (Pa.R.Crim.P. 791 form) with the Clerk of Courts of the county "
        "where you were convicted. There is a filing fee; ask about filing without paying.",
        "The district attorney has 30 days to object; if so, the judge holds a hearing.",
    ),
    filing="The Court of Common Pleas of the county where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="PA",
    name="Pennsylvania",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_of_non_convictions,
        automatic_expungement_of_acquittals,
        clean_slate_for_non_convictions,
        expungement_of_summary_convictions,
        expungement_at_seventy,
        clean_slate_for_summary_convictions,
        clean_slate_for_misdemeanors,
        limited_access_by_petition,
        limited_access_for_felonies,
    ),
    legal_help=(
        LegalHelp(
            "Community Legal Services of Philadelphia",
            "https://clsphila.org",
            "Vacatur for trafficking survivors, expungement and sealing",
        ),
        LegalHelp(
            "Philadelphia Lawyers for Social Equity",
            "https://www.plsephilly.org",
            "Free expungement and pardon help in Philadelphia",
        ),
    ),
    where_to_file="The Court of Common Pleas (Clerk of Courts) of the county where the case was, or the "
    "magisterial district court for summary cases.",
)
