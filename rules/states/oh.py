"""Ohio: expungement for trafficking survivors (convictions and dismissed charges), and sealing or
expungement of convictions and of dismissals under the 2023 rewrite of R.C. 2953.31 to 2953.33.

Reviewed 2026-11-25 against Ohio Rev. Code §§ 2953.38 (expungement of convictions of trafficking
victims; needs a conviction for soliciting, loitering to solicit or prostitution), 2953.521
(expungement of dismissed charges and acquittals of trafficking victims), 2953.32 (sealing and
expungement of convictions as rewritten by S.B. 288, in force April 2023; H.B. 96 of 2025 made
further changes that could not be read in full) and 2953.33 (non-conviction records, formerly
§ 2953.52), and the offenses in ch. 2907.

Reviewed 2026-12-06 against secondary summaries only (Freedom Network USA, January 2025; the Ohio
Justice & Policy Center's guides; the Franklin County Law Library's summary of R.C. 2953.32 after
S.B. 288; the University of Akron law library; a law firm on felony expungement timing) and
§ 2953.521(A) in a LawServer copy of the statute; no statute text of the other sections surfaced. What changed: the survivor expungement is cited as R.C. 2953.36 (S.B.
288 renumbered former 2953.38; the remedy id keeps the old number); sealing and expungement waits now
follow the felony degree (fourth or fifth degree: 1 year to seal, 11 to expunge; third degree: 3 and
13; first and second degree: not eligible) instead of treating every felony as third degree with an
11-year expungement wait; a charge dismissed after diversion or intervention in lieu of conviction is
now reached by §§ 2953.33 and 2953.521. Promoting prostitution has no default degree here: it is a
fourth degree felony, a third degree one where a minor was involved, so the degree is asked.

Reviewed 2026-12-07 against R.C. 2953.33(A) (official text, codes.ohio.gov, "[Former R.C. 2953.52, amended
and renumbered by S.B. 288, 134th General Assembly, effective 4/4/2023]") and the Legislative Service
Commission's Final Analysis of S.B. 214 (135th G.A., effective 24 October 2024); R.C. 2953.32 and 2953.36 in
their own words did not surface in stored copies (codes.ohio.gov answered only with its search listing), so
those conditions still rest on summaries. What changed: S.B. 214 added R.C. 2953.36(A)(2), under which a
trafficking survivor convicted of a misdemeanor or a fourth or fifth degree felony may apply to expunge it
without the prior soliciting, loitering or prostitution conviction that (A)(1) still requires, on clear and
convincing evidence that the offense resulted from the trafficking; it is a new remedy here. Non-conviction
sealing under R.C. 2953.33 now starts on 4 April 2023, the effective date the official code gives (was 6 April).
Legal help: each link is a page seen in a search this review (OJPC's survivors page, the Akron clinic's guide, a
Legal Aid Society of Cleveland record-sealing post); the Akron trafficking clinic was added.

Cross-checked 2026-12-07 with 10 new worked examples built from the words of R.C. 2953.32, 2953.33, 2953.36 and
2953.521 in the evidence (waits after final discharge, the pending-case bar, the survivor paths of S.B. 214 and the
former 2953.38); no disagreement, no rule changed.

Third-pass audit 2026-12-07: R.C. 2953.32(A)(1) read in statute words as S.B. 418 (136th G.A., as introduced, on the
General Assembly's site) sets out the current section; 19 new worked cases. Three disagreed: division (A)(1)(g) puts
a third degree felony outside sealing and expungement when the person has more than one other felony conviction, or,
with exactly two third degree felony convictions, more convictions in all than those two and two misdemeanors. The
module had this only as a limit's sentence, so a third degree promoting conviction showed as sealable beside two other
felonies; it is now a condition of both conviction remedies, counted on the record given (an other felony of unknown
degree, or a conviction of unknown level, leaves it open). The exclusions' evidence now quotes (A)(1)(b)-(e) instead of
a pre-2023 summary (first-degree misdemeanor offenses of violence are no longer listed). Still open: the waits of
division (B) and R.C. 2953.36 itself were again not found in statute words (summaries and the LSC analysis only); a
grand jury no bill, which R.C. 2953.33(A)(2) lets a person seal two years after it is reported, is not screened (a
"no charges" answer cannot tell a no bill from an arrest with no charge); and a promoting conviction with a victim
under 13 or sex-offender registration ((A)(1)(c), (d)) is not asked.

Reviewed 2026-12-07 (statute audit): read R.C. 2953.33(A)(1)-(3) again in the official code (codes.ohio.gov,
"[Former R.C. 2953.52, amended and renumbered by S.B. 288 ... effective 4/4/2023]") and H.B. 608 (135th G.A., as
introduced), which restates the same divisions; Sub. S.B. 4 (132nd G.A.) as enrolled, the act that widened former
R.C. 2953.38 to "the expungement of the conviction record of any offense, other than a specified disqualifying
offense" and enacted R.C. 2953.521. What changed: a grand jury no bill is now screened under R.C. 2953.33(A)(2). A
"no charges" answer no longer shows non-conviction sealing as not available: it is possible, since it may be a no
bill ("may apply ... at any time after the expiration of two years after the date on which the foreperson ... reports
to the court that the grand jury has reported a no bill"), which the screening cannot tell from an arrest that never
reached a court or grand jury (which the section does not name). The two years run from the date given for the
decision not to charge, and are never over before two years from the arrest. The trafficking-survivor remedies of R.C.
2953.36 and 2953.521 do not name a no bill and are unchanged. R.C. 2953.38 as a vacatur: Ohio's survivor relief is
expungement, not vacatur (S.B. 4's title and the LSC analysis of S.B. 214 say "expunge"; no vacatur section was
found), so no vacatur remedy is added and the expungements are not marked as relief for a legal defect. Still open:
the words of R.C. 2953.61 (a charge that shares an act with a conviction waits until all can be sealed, by the
cross-reference in R.C. 2953.33(A)(1)) were not found in their current form (searched: "2953.61 charged with two or
more offenses ... same act", "Section 2953.61 | Multiple offenses with different dispositions", H.B. 608's
restatement); the screening has no answer linking charges to one act, so it is a limit, not a condition. The
current R.C. 2953.32(B) waits and R.C. 2953.36 in statute words were again not found.
Reviewed 2026-12-07 (statute audit, statute-text hunt): searched for S.B. 288 (134th G.A.) as enrolled or as passed by
the House, which restates R.C. 2953.31 to 2953.33, 2953.36, 2953.521 and 2953.61 in full, and for former R.C. 2953.38
in Sub. S.B. 4 (132nd G.A.); only the opening of S.B. 418 (division (A)(1) of R.C. 2953.32, already quoted), the title
of a House-passed copy of S.B. 288 and the summaries already cited surfaced, and the saint1415/us-statutes Ohio chapter
2953 file holds only R.C. 2953.01. No rule changed; four worked cases were added from the words already on file
((A)(1)(e) of R.C. 2953.32, R.C. 2953.33(A)(1) and R.C. 2953.521(A)). Still open, as before: the R.C. 2953.32(B) waits,
R.C. 2953.36 and R.C. 2953.61 in their own words.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    Span,
    convicted,
    custom,
    disposition_is,
    no_pending_case,
    span,
    trafficking_nexus,
    waiting_period_by_grade,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

# S.B. 288 (April 2023) renumbered former § 2953.38 as § 2953.36.
ORC_2953_38_B = "Ohio Rev. Code § 2953.36 (former § 2953.38(B))"
ORC_2953_38_E = "Ohio Rev. Code § 2953.36 (former § 2953.38(E))"
ORC_2953_36_A2 = "Ohio Rev. Code § 2953.36(A)(2) (S.B. 214, 2024)"
ORC_2953_521_A = "Ohio Rev. Code § 2953.521(A)"
ORC_2953_32_A = "Ohio Rev. Code § 2953.32(A)"
ORC_2953_32_A1G = "Ohio Rev. Code § 2953.32(A)(1)(g)"
ORC_2953_32_SEAL = "Ohio Rev. Code § 2953.32(B)"
ORC_2953_32_EXPUNGE = "Ohio Rev. Code § 2953.32(B)(1)(b)"
ORC_2953_33 = "Ohio Rev. Code § 2953.33"
ORC_2953_33_A2 = "Ohio Rev. Code § 2953.33(A)(2)"

CLEARINGHOUSE_2953_38 = Source(
    "Ohio: expungement for victims of human trafficking, R.C. 2953.38 (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/oh-c-3/",
)
CLEARINGHOUSE_2953_521 = Source(
    "Ohio: expungement of dismissed charges of trafficking victims, R.C. 2953.521 (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/oh-nc-3/",
)
STATUTE_2953_521 = Source(
    "Ohio Rev. Code § 2953.521 (LawServer)", "https://lawserver.com/law/state/ohio/oh-code/ohio_code_2953-521"
)
FREEDOM_NETWORK = Source(
    "Ohio: criminal record relief for trafficking survivors (Freedom Network USA)",
    "https://freedomnetworkusa.org/srp_states/oh",
)
SB_288_GUIDE = Source(
    "Ohio SB 288 changes expungement law in Ohio (Ohio Expungement Law)",
    "https://www.ohioexpungementlaw.com/ohio-senate-bill-288-explained/",
)
LAW_LIBRARY_GUIDE = Source(
    "Ohio sealing and expungement laws (Franklin County Law Library)",
    "https://fclawlib.libguides.com/expungement/ohiolaws",
)
AKRON_GUIDE = Source(
    "Erasing Records for Survivors of Human Trafficking (University of Akron law library guide)",
    "https://libguides.uakron.edu/c.php?g=495116&p=7250067",
)
FELONY_EXPUNGEMENT_TIMING = Source(
    "Expunging a third degree felony in Ohio (DFM Law)",
    "https://dfm-law.com/?p=1242",
)
SB_4_2018 = Source(
    "Sub. S.B. 4, 132nd General Assembly, as enrolled: amends R.C. 2953.38 and enacts R.C. 2953.521 (Ohio "
    "General Assembly)",
    "https://search-prod.lis.state.oh.us/solarapi/v1/general_assembly_132/bills/sb4/EN/05?format=html",
)
SB_214_ANALYSIS = Source(
    "S.B. 214 Final Analysis, 135th General Assembly (Ohio Legislative Service Commission), effective 24 October 2024",
    "https://fastdemocracy.com/bill-summary/?billsummary_id=OHB00012856&billsummary_session=135&billsummary_state=oh",
)
STATUTE_2953_33 = Source(
    "Ohio Rev. Code § 2953.33, sealing of official records after not guilty finding or dismissal (official)",
    "https://codes.ohio.gov/orc/2953.33",
)
COURT_NEWS = Source(
    "New Laws Unlock Possibilities for Fresh Start (Court News Ohio, May 2023)",
    "https://courtnewsohio.gov/inDepth/2023/May/default.asp",
)

OFFENSES = (
    Offense("oh-rc-2907.25", "Prostitution", "Ohio Rev. Code § 2907.25", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense("oh-rc-2907.24", "Soliciting", "Ohio Rev. Code § 2907.24", Category.SOLICITATION, Level.MISDEMEANOR),
    Offense(
        "oh-rc-2907.231",
        "Engaging in prostitution (buying sex)",
        "Ohio Rev. Code § 2907.231",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "oh-rc-2907.241",
        "Loitering to engage in solicitation",
        "Ohio Rev. Code § 2907.241",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "oh-rc-2907.22",
        "Promoting prostitution",
        "Ohio Rev. Code § 2907.22",
        Category.PROMOTING,
        Level.FELONY,
        note="A fourth degree felony; third degree if a minor was involved.",
    ),
    Offense(
        "oh-rc-2907.23",
        "Enticement or solicitation to patronize a prostitute; procurement of a prostitute for another",
        "Ohio Rev. Code § 2907.23",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense(
        "oh-rc-2907.09",
        "Public indecency",
        "Ohio Rev. Code § 2907.09",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="Usually a misdemeanor; repeat offenses or a minor involved can make it a felony.",
    ),
    Offense(
        "oh-rc-2917.11",
        "Disorderly conduct",
        "Ohio Rev. Code § 2917.11",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
        note="A minor misdemeanor, or a fourth degree misdemeanor in some cases.",
    ),
    Offense("oh-rc-2905.32", "Trafficking in persons", "Ohio Rev. Code § 2905.32", Category.TRAFFICKING, Level.FELONY),
)

# The convictions that open § 2953.38 to a survivor.
PREDICATE_OFFENSES = frozenset({"oh-rc-2907.24", "oh-rc-2907.241", "oh-rc-2907.25"})


def _is_predicate(charge_offense: str | None, category: Category) -> bool | None:
    if charge_offense is not None:
        return charge_offense in PREDICATE_OFFENSES
    if category in (Category.PROSTITUTION, Category.LOITERING_FOR_PROSTITUTION):
        return True
    if category is Category.SOLICITATION:
        return None  # soliciting (covered) or buying sex (not covered)
    return False


def _has_predicate_conviction(context: ChargeContext) -> Finding:
    """§ 2953.38(B): the survivor must have been convicted of soliciting, loitering to engage in
    solicitation or prostitution; then that and other convictions can be expunged."""
    open_paths: list[str] = []
    for i, c in enumerate(context.facts.charges):
        if not c.is_conviction:
            continue
        found = _is_predicate(c.offense, c.category)
        if found:
            return met(msg("You have a conviction for soliciting, loitering to solicit or prostitution."))
        if found is None:
            open_paths.append(Fact.OFFENSE.path(i))
    if open_paths:
        return unknown(
            msg(
                "This needs a conviction for soliciting, loitering to solicit or prostitution; whether a "
                "soliciting charge you listed was for selling or for buying sex is not known."
            ),
            *open_paths,
        )
    return not_met(
        msg(
            "This needs a conviction for soliciting, loitering to solicit or prostitution, and you did not list "
            "one. If you have one, add it."
        )
    )


def _not_murder_or_rape(context: ChargeContext) -> Finding:
    """§ 2953.38(B) excludes aggravated murder, murder and rape, which only an 'other' charge can be."""
    charge = context.charge
    if charge.category is not Category.OTHER or charge.offense in context.offenses:
        return met(msg("The charge was not murder or rape."))
    return unknown(
        msg("This does not cover aggravated murder, murder or rape; which law the charge was under is not known."),
        context.path(Fact.OFFENSE),
    )


def _not_excluded(context: ChargeContext) -> Finding:
    """Custom because the exclusions of R.C. 2953.32 (first and second degree felonies, most offenses of
    violence, sex offenses, offenses against a child under 13) are long: the sex-trade and quality-of-life
    offenses listed here are outside them unless the grade says otherwise; an unnamed 'other' charge
    might be inside."""
    if context.is_other_of_unnamed_law():
        return unknown(
            msg(
                "Offenses of violence, sex offenses and offenses against a child under 13 cannot be sealed; which "
                "law the charge was under is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return met(msg("The offense is not one of those that cannot be sealed."))


LOW_FELONIES = frozenset({Grade.FELONY_FOURTH_DEGREE, Grade.FELONY_FIFTH_DEGREE})


def _third_degree_record_limit(context: ChargeContext) -> Finding:
    """§ 2953.32(A)(1)(g): a third degree felony is outside §§ 2953.32 to 2953.34 if the person has more than
    one other felony conviction or, with exactly two third degree felony convictions, more convictions in all
    than those two and two misdemeanors. Custom because the shared conviction cap cannot count grades."""
    charge = context.charge
    if charge.grade is not Grade.FELONY_THIRD_DEGREE:
        # A felony of unknown degree is asked its degree by the wait, which turns on it too.
        return met(msg("This limit applies only to a third degree felony."))
    past = context.convictions.past
    others = context.convictions.besides(context.index)
    felonies = [p for p in others if p.level is Level.FELONY]
    if len(felonies) > 1:
        return not_met(
            msg(
                "A third degree felony cannot be sealed or expunged when you have more than one other felony conviction."
            )
        )
    unknown_level = [p.path("level") for p in others if p.level is Level.UNKNOWN]
    if unknown_level and len(felonies) + len(unknown_level) > 1:
        return unknown(
            msg(
                "A third degree felony cannot be sealed or expunged when you have more than one other felony "
                "conviction; whether some of your other convictions were felonies is not known."
            ),
            *unknown_level,
        )
    if not felonies:
        return met(msg("You have no more than one other felony conviction."))
    other = felonies[0]
    total = len(past)
    if other.grade is Grade.FELONY_THIRD_DEGREE or other.grade is None:
        if total <= 4:
            return met(msg("You have no more than one other felony conviction."))
        if other.grade is None:
            return unknown(
                msg(
                    "With two third degree felonies, no more than two other convictions (misdemeanors) are "
                    "allowed; whether your other felony was of the third degree is not known."
                ),
                other.path("grade"),
            )
        return not_met(
            msg(
                "With two third degree felony convictions, you may have at most two other convictions, both "
                "misdemeanors."
            )
        )
    return met(msg("You have no more than one other felony conviction."))


def _misdemeanor_or_low_felony(context: ChargeContext) -> Finding:
    """§ 2953.36(A)(2) (S.B. 214) reaches "a misdemeanor or a fourth or fifth degree felony". Custom because
    the shared conditions test the level or the wait by grade, not a level and some grades of another."""
    charge = context.charge
    if charge.grade is not None:
        if charge.grade in LOW_FELONIES or charge.grade.level in (Level.MISDEMEANOR, Level.VIOLATION):
            return met(msg("The conviction was a misdemeanor or a fourth or fifth degree felony."))
        return not_met(msg("This covers only misdemeanors and fourth or fifth degree felonies."))
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("The conviction was a misdemeanor or a fourth or fifth degree felony."))
    if charge.level is Level.FELONY:
        return unknown(
            msg("This covers a felony only of the fourth or fifth degree; the degree is not known."),
            context.path(Fact.GRADE),
        )
    return unknown(
        msg("This covers only misdemeanors and fourth or fifth degree felonies; the level is not known."),
        context.path(Fact.LEVEL),
    )


def _two_years_after_no_bill(context: ChargeContext) -> Finding:
    """§ 2953.33(A)(2): after a no bill the application "may be filed at any time after the expiration of two years
    after the date on which the foreperson or deputy foreperson of the grand jury reports to the court that the grand
    jury has reported a no bill". The report's date is read from the date given for the decision not to charge;
    without it, the arrest (which comes before the report) gives the earliest day the two years can end. Custom
    because the wait applies to one outcome only and may be bounded from the arrest."""
    charge = context.charge
    if charge.disposition is not Disposition.NO_CHARGES:
        return met(msg("The case ended in court, so the wait after a grand jury no bill does not apply."))
    as_of = context.facts.as_of
    decided = charge.declined_date
    if decided is not None:
        ends = add_period(decided, years=2)
        if ends > as_of:
            return later(
                msg("After a no bill you can apply two years after it was reported, on {ends}.", ends=ends), on=ends
            )
        return met(
            msg("Two years have passed since the no bill was reported; they ended on {ends}.", ends=ends), on=ends
        )
    arrested = charge.offense_date
    if arrested is not None and add_period(arrested, years=2) > as_of:
        ends = add_period(arrested, years=2)
        return later(
            msg(
                "After a no bill you can apply two years after it was reported to the court, which is no sooner "
                "than {ends}.",
                ends=ends,
            ),
            on=ends,
        )
    return unknown(
        msg("After a no bill you can apply two years after it was reported to the court; that date is not known."),
        context.path(Fact.DECLINED_DATE),
    )


def _grand_jury_no_bill(context: ChargeContext) -> Finding:
    """§ 2953.33(A)(2) names a grand jury no bill; a "no charges" answer may be that or an arrest with no court
    case, which §§ 2953.32 and 2953.33 do not name. Custom because the screening has no answer that tells the two
    apart: it stays open, never a refusal."""
    if context.charge.disposition is not Disposition.NO_CHARGES:
        return met(msg("The case was in court, so no grand jury question arises."))
    return unknown(
        msg(
            "This covers a case a grand jury refused to indict (a 'no bill'), not an arrest that never went to a "
            "court or grand jury; which it was is not known."
        ),
        context.path(Fact.DISPOSITION),
    )


# Waits after final discharge (R.C. 2953.32 after S.B. 288). A minor misdemeanor is recorded as a
# violation. First and second degree felonies have no entry: they cannot be sealed or expunged.
SEALING_WAITS: dict[Grade | Level, int | Span] = {
    Level.VIOLATION: span(months=6),
    Level.MISDEMEANOR: 1,
    Grade.FELONY_FIFTH_DEGREE: 1,
    Grade.FELONY_FOURTH_DEGREE: 1,
    Grade.FELONY_THIRD_DEGREE: 3,
}
# A felony can be expunged ten years after it could first be sealed.
EXPUNGEMENT_WAITS: dict[Grade | Level, int | Span] = {
    Level.VIOLATION: span(months=6),
    Level.MISDEMEANOR: 1,
    Grade.FELONY_FIFTH_DEGREE: 11,
    Grade.FELONY_FOURTH_DEGREE: 11,
    Grade.FELONY_THIRD_DEGREE: 13,
}

# Custom: the exclusions are long and none of the named offenses; an unnamed 'other' charge stays open.
NOT_EXCLUDED = custom(
    "not an excluded offense",
    requirement="The offense is not an offense of violence, a sex offense or an offense against a child under 13.",
    reads=(Fact.CATEGORY, Fact.OFFENSE),
    rule=_not_excluded,
    cite=ORC_2953_32_A,
)

# Custom: counts felonies and third degree felonies on the whole record, only for a third degree felony.
THIRD_DEGREE_RECORD_LIMIT = custom(
    "third degree felony record limit",
    requirement="A third degree felony can be sealed or expunged only if you have no more than one other felony "
    "conviction; with two third degree felonies, no more than two other convictions, both misdemeanors.",
    reads=(Fact.GRADE, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
    rule=_third_degree_record_limit,
    cite=ORC_2953_32_A1G,
)


expungement_for_trafficking_victims = Remedy(
    id="oh-expungement-2953-38",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge convictions that resulted from being trafficked, with a prostitution-related conviction",
    citations=(ORC_2953_38_B,),
    sources=(FREEDOM_NETWORK, AKRON_GUIDE, SB_4_2018, CLEARINGHOUSE_2953_38),
    # H.B. 262 of 2012 created this remedy; it was later broadened beyond prostitution offenses.
    effective=date(2012, 6, 27),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=ORC_2953_38_B),
        trafficking_nexus(cite=ORC_2953_38_E),
        # Custom: it asks whether the record holds a qualifying conviction, not about this charge.
        custom(
            "prostitution-related conviction",
            requirement="You have a conviction for soliciting, loitering to solicit or prostitution.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE, Fact.CATEGORY),
            rule=_has_predicate_conviction,
            cite=ORC_2953_38_B,
        ),
        # Custom: these crimes are none of the named offenses; an unnamed 'other' charge stays open.
        custom(
            "not murder or rape",
            requirement="The conviction was not for aggravated murder, murder or rape.",
            reads=(Fact.OFFENSE,),
            rule=_not_murder_or_rape,
            cite=ORC_2953_38_B,
        ),
    ),
    effect="The court destroys the records of the conviction. The case is treated as if it never happened, and "
    "you may say no record exists.",
    limits=(
        "There is always a hearing. The prosecutor may object.",
        "You must show the offense was a result of being trafficked; for some felonies the proof needed is higher.",
        "Without a prostitution-related conviction, a misdemeanor or fourth or fifth degree felony can still be "
        "expunged under the path added in 2024, shown separately.",
    ),
    next_steps=(
        "File an application for expungement under R.C. 2953.36 (formerly 2953.38) with the court that sentenced you.",
        "The fee is $50 unless you show you cannot pay it.",
        "Bring proof that you were trafficked; a free lawyer listed below can help.",
    ),
    filing="The court that sentenced you.",
)

expungement_of_low_level_convictions_of_trafficking_victims = Remedy(
    id="oh-expungement-2953-36-a2",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor or fourth or fifth degree felony that resulted from being trafficked",
    citations=(ORC_2953_36_A2,),
    sources=(SB_214_ANALYSIS, FREEDOM_NETWORK),
    # S.B. 214 (135th G.A.) added division (A)(2); effective 24 October 2024 per the LSC final analysis.
    effective=date(2024, 10, 24),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=ORC_2953_36_A2),
        # Custom: a level (misdemeanor) or two grades of another level (fourth or fifth degree felony).
        custom(
            "misdemeanor or fourth or fifth degree felony",
            requirement="The conviction was a misdemeanor or a fourth or fifth degree felony.",
            reads=(Fact.LEVEL, Fact.GRADE),
            rule=_misdemeanor_or_low_felony,
            cite=ORC_2953_36_A2,
        ),
        trafficking_nexus(cite=ORC_2953_36_A2),
    ),
    effect="The court destroys the records of the conviction. The case is treated as if it never happened, and "
    "you may say no record exists.",
    limits=(
        "You must prove by clear and convincing evidence that you took part in the offense because you were "
        "trafficked.",
        "No earlier prostitution-related conviction is needed for this path.",
        "There is a hearing; the prosecutor may object.",
    ),
    next_steps=(
        "File an application for expungement under R.C. 2953.36 with the court that sentenced you.",
        "Bring proof that you were trafficked; a free lawyer listed below can help.",
    ),
    filing="The court that sentenced you.",
)

expungement_of_dismissed_charges_of_trafficking_victims = Remedy(
    id="oh-expungement-2953-521",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a dismissed charge or acquittal that resulted from being trafficked",
    citations=(ORC_2953_521_A,),
    sources=(STATUTE_2953_521, SB_4_2018, CLEARINGHOUSE_2953_521),
    # Enacted by Sub. S.B. 4 (132nd G.A., 2018); its effective day was not read, so 1 January 2019 is a late stand-in.
    effective=date(2019, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            cite=ORC_2953_521_A,
        ),
        trafficking_nexus(cite=ORC_2953_521_A),
    ),
    effect="The court destroys the records of the case. It is treated as if it never happened.",
    limits=("A charge dismissed without prejudice can be expunged only after the time to prosecute it has run.",),
    next_steps=(
        "File an application to expunge under R.C. 2953.521 with the court where the case was. You can file "
        "at any time after the dismissal or not-guilty finding.",
    ),
    filing="The court where the charge was dismissed or you were found not guilty.",
)

sealing_of_conviction = Remedy(
    id="oh-sealing-2953-32",
    kind=RemedyKind.SEALING,
    title="Seal a conviction after a waiting period",
    citations=(ORC_2953_32_A, ORC_2953_32_SEAL),
    sources=(SB_288_GUIDE, LAW_LIBRARY_GUIDE, COURT_NEWS),
    # S.B. 288's sealing rules; sources give 3, 4 and 6 April 2023, the latest is used.
    effective=date(2023, 4, 6),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=ORC_2953_32_A),
        NOT_EXCLUDED,
        THIRD_DEGREE_RECORD_LIMIT,
        waiting_period_by_grade(SEALING_WAITS, since=Event.SENTENCE_COMPLETED, cite=ORC_2953_32_SEAL),
        no_pending_case(cite=ORC_2953_32_SEAL),
    ),
    effect="The conviction record is sealed: the public, most employers and landlords cannot see it.",
    limits=(
        "Not for first or second degree felonies, most felony offenses of violence, or offenses with a victim "
        "under 13.",
        "A third degree felony cannot be sealed if you have more than one other felony conviction.",
        "Police, some licensing boards and some employers can still see sealed records.",
    ),
    next_steps=(
        "File an application to seal with the court that sentenced you. Many courts have a form and a self-help "
        "center.",
        "The fee is $50 or less unless waived. The court holds a hearing 45 to 90 days later; the prosecutor may "
        "object.",
    ),
    filing="The court that sentenced you.",
)

expungement_of_conviction = Remedy(
    id="oh-expungement-2953-32",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge (destroy) a conviction record after a longer wait",
    citations=(ORC_2953_32_A, ORC_2953_32_EXPUNGE),
    sources=(SB_288_GUIDE, LAW_LIBRARY_GUIDE, FELONY_EXPUNGEMENT_TIMING),
    effective=date(2023, 4, 6),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=ORC_2953_32_A),
        NOT_EXCLUDED,
        THIRD_DEGREE_RECORD_LIMIT,
        waiting_period_by_grade(EXPUNGEMENT_WAITS, since=Event.SENTENCE_COMPLETED, cite=ORC_2953_32_EXPUNGE),
        no_pending_case(cite=ORC_2953_32_EXPUNGE),
    ),
    effect="The conviction record is destroyed so it cannot be found again, with very few exceptions.",
    limits=(
        "The same offenses that cannot be sealed cannot be expunged.",
        "A felony can be expunged ten years after it could first be sealed: 11 years after final discharge for a "
        "fourth or fifth degree felony, 13 for a third degree felony.",
    ),
    next_steps=(
        "File an application to expunge with the court that sentenced you; you can ask for sealing and "
        "expungement in the same application.",
        "The court holds a hearing; the prosecutor may object.",
    ),
    filing="The court that sentenced you.",
)

sealing_of_non_conviction = Remedy(
    id="oh-sealing-2953-33",
    kind=RemedyKind.SEALING,
    title="Seal or expunge a dismissed charge or not-guilty finding",
    citations=(ORC_2953_33,),
    sources=(STATUTE_2953_33, SB_288_GUIDE, LAW_LIBRARY_GUIDE),
    # The official code dates the S.B. 288 renumbering (from § 2953.52) 4 April 2023.
    effective=date(2023, 4, 4),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            Disposition.NO_CHARGES,
            cite=ORC_2953_33,
        ),
        # Custom: a "no charges" answer may be a grand jury no bill (covered) or an arrest with no court case.
        custom(
            "grand jury no bill",
            requirement="If no charge was filed against you, a grand jury refused to indict you (a 'no bill').",
            reads=(Fact.DISPOSITION,),
            rule=_grand_jury_no_bill,
            cite=ORC_2953_33_A2,
        ),
        # Custom: two years after a no bill only; counted from the report, bounded from the arrest.
        custom(
            "two years after a no bill",
            requirement="After a grand jury no bill, two years have passed since it was reported to the court.",
            reads=(Fact.DISPOSITION, Fact.DECLINED_DATE, Fact.OFFENSE_DATE),
            rule=_two_years_after_no_bill,
            cite=ORC_2953_33_A2,
        ),
        no_pending_case(cite=ORC_2953_33),
    ),
    effect="The records of the case are sealed, or destroyed if you ask for expungement.",
    limits=(
        "After a grand jury 'no bill' you must wait two years from the day it was reported to the court. An arrest "
        "that never reached a court or a grand jury is not covered by this law.",
        "If this charge came from the same act as a charge that ended in a conviction, another rule (R.C. 2953.61) "
        "may make you wait until the conviction can be sealed too.",
    ),
    next_steps=(
        "File an application to seal or expunge records of a dismissal, not-guilty finding or no bill with the "
        "court where the case was. There is no filing fee for these.",
    ),
    filing="The court where the case was dismissed or tried.",
)

JURISDICTION = Jurisdiction(
    code="OH",
    name="Ohio",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        expungement_for_trafficking_victims,
        expungement_of_low_level_convictions_of_trafficking_victims,
        expungement_of_dismissed_charges_of_trafficking_victims,
        sealing_of_conviction,
        expungement_of_conviction,
        sealing_of_non_conviction,
    ),
    legal_help=(
        LegalHelp(
            "Ohio Justice & Policy Center",
            "https://www.ohiojpc.org/our-work/legal-services/survivors-of-human-trafficking/",
            "Record sealing and Safe Harbor expungement for survivors of human trafficking",
        ),
        LegalHelp(
            "University of Akron School of Law, Human Trafficking Clinic",
            "https://libguides.uakron.edu/c.php?g=495116&p=7250067",
            "Law students help trafficking survivors file expungement applications",
        ),
        LegalHelp(
            "The Legal Aid Society of Cleveland",
            "https://lasclev.org/09202022-3/",
            "Free help sealing records in northeast Ohio for people who meet its income limits",
        ),
    ),
    where_to_file="The court where you were sentenced or where the case ended (municipal, county or common pleas "
    "court).",
)
