"""West Virginia: vacatur and expungement of prostitution convictions for trafficking survivors,
expungement of convictions by petition, expungement of dismissed and acquitted charges.

Reviewed 2026-12-06 against the opening of W. Va. Code § 61-14-9 (read in the saint1415/us-statutes
repository's copy of chapter 61, whose date is not shown), § 61-11-26(a) and (b) (Lexace research copy),
§ 61-11-25(a) and (b) (Instalawyer copy) and § 61-11-22a (deferred adjudication). The survivor vacatur
was enacted by H.B. 2161 (2015) and carried into article 14 in 2017; § 61-14-9 reaches a conviction of
prostitution "notwithstanding the age and criminal history limitations" of § 61-11-26, so only
prostitution convictions are screened and the ordinary limits are not applied to it. The list of
offenses § 61-11-26 excludes was not read. Changes on this review: the survivor remedy no longer says
the ordinary expungement limits may apply; the bar on a prior felony in § 61-11-25 is stated with the
shared conviction limit; its sixty-day wait is counted in days, not months. West Virginia has no
automatic (clean slate) relief that reaches these records.

Reviewed 2026-12-06 for the new "last sentence" vocabulary: the two years after the last of several
misdemeanors (§ 61-11-26(b)(2)) stay a custom rule, since the shared condition counts every other conviction of
any level and for any charge, while (b)(2) counts only misdemeanors and only when several are expunged. No rule
changed.

Reviewed 2026-12-07 for the conditions still below statute text, the legal-help list and this note.
§ 61-14-9 was searched again ("W. Va. Code § 61-14-9 individual convicted of prostitution may petition to vacate
and expunge ...", "West Virginia Code Article 14 Human Trafficking §61-14-9 ..."): only §§ 61-14-1 and 61-14-7
surfaced (instalawyer, Lexace, LawServer), so the nexus words stay with H.B. 2161 (2015); a 2026 bill touching
§ 61-14-9 was seen only as a summary of an introduced bill and is not encoded. No rule changed. Legal help: Legal
Aid of West Virginia (expungement clinics reported in 2023) at https://legalaidwv.org/, to which its old lawv.net
address redirects.

Cross-check 2026-12-07: eleven new worked examples built from the words of §§ 61-14-9, 61-11-26 and 61-11-25 quoted
in the evidence file (the day before and the day a wait ends, felony prostitution, a prior felony, a completed deferral);
the module agreed with every one. No rule changed.

Reviewed 2026-12-07 (statute audit): read § 61-11-26(a)-(b) again (Lexace copy; the same words in the introduced
H.B. 3018 of 2021 on wvlegislature.gov and H.B. 4335 of 2024 on fastdemocracy, both introduced versions), the enrolled S.B. 562
(2020) title, Legal Aid of West Virginia's account of § 61-11-26(h)(1) (2020: the petitioner must show "the
conviction or convictions for which expungement is sought are the only convictions against the petitioner", with
"in the state" added in 2020), its 2024 expungement page, WV MetroNews on S.B. 152 (2019: "You can only petition
once"), the 2025 bill summary that would remove "the one-time limit on eligibility for expungement" (introduced
only), § 61-11-26a (Lexace), H.B. 3289 (2025 committee substitute, on § 61-11-26a), § 61-11-25 (Instalawyer) and
§ 5-1-16a (pardon expungement, Instalawyer). What changed:
- Conviction expungement now asks that the convictions be the person's only West Virginia convictions ((h)(1)):
  other misdemeanors screened here go in the same petition; any other conviction leaves the answer open (it may be
  from another state, which no longer counts, or may be included).
- Conviction expungement is once only under this law: an earlier grant of relief leaves it open (it may have been
  under another law), and an unanswered question about earlier relief leaves it open too.
Still open: the offense exclusions and the limitations of § 61-11-26(c)-(d) and the exact once-only words were not
read (every copy found stops at "(c) Limitations on eligibility"); the pardon route of § 5-1-16a is told in the
notes, not screened (the screen does not ask about pardons); the nexus words of § 61-14-9 still come from H.B. 2161.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    granted_once_under_this_law,
    level_is,
    no_pending_case,
    not_under_sentence,
    offense_in,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, later, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

WV_61_14_9 = "W. Va. Code § 61-14-9"
HB_2161_2015 = "H.B. 2161 (2015), Uniform Act on Prevention of and Remedies for Human Trafficking"
WV_61_11_26_A = "W. Va. Code § 61-11-26(a)"
WV_61_11_26_B = "W. Va. Code § 61-11-26(b)"
WV_61_11_26_C = "W. Va. Code § 61-11-26(c)"
WV_61_11_26_H_1 = "W. Va. Code § 61-11-26(h)(1)"
WV_61_11_26_ONCE = "W. Va. Code § 61-11-26 (one petition, S.B. 152 of 2019)"
WV_61_11_25_A = "W. Va. Code § 61-11-25(a)"
WV_61_11_25_B = "W. Va. Code § 61-11-25(b)"

OFFENSES = (
    Offense(
        "wv-code-61-8-5-b",
        "Prostitution (engaging in, offering or agreeing to prostitution)",
        "W. Va. Code § 61-8-5(b)",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A misdemeanor for a first or second offense; a third or later offense is a felony.",
    ),
    Offense(
        "wv-code-61-8-5-a",
        "Keeping, residing in or frequenting a house of ill fame",
        "W. Va. Code § 61-8-5(a)",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense(
        "wv-code-61-8-7",
        "Procuring for a house of prostitution",
        "W. Va. Code § 61-8-7",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense(
        "wv-code-61-8-9",
        "Indecent exposure",
        "W. Va. Code § 61-8-9",
        Category.LEWDNESS,
        Level.MISDEMEANOR,
    ),
    Offense(
        "wv-code-61-6-1b",
        "Disorderly conduct",
        "W. Va. Code § 61-6-1b",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "wv-code-61-14-2",
        "Human trafficking of an individual",
        "W. Va. Code § 61-14-2",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

vacatur_for_trafficking_survivors = Remedy(
    id="wv-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate and expunge a prostitution conviction that resulted from trafficking",
    citations=(WV_61_14_9, HB_2161_2015),
    sources=(
        Source(
            "H.B. 2161 (2015), enrolled version (West Virginia Legislature)",
            "http://www.wvlegislature.gov/Bill_Status/bills_text.cfm?billdoc=hb2161%20ENR.htm&yr=2015&sesstype=RS&i=2161",
        ),
        Source(
            "West Virginia human trafficking laws (Rural Domestic Violence & Child Victimization resource center)",
            "https://info.rdvic.org/laws/west-virginia-human-trafficking-laws",
        ),
    ),
    # H.B. 2161 passed 14 March 2015 and took effect ninety days later.
    effective=date(2015, 6, 12),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=WV_61_14_9),
        offense_in("wv-code-61-8-5-b", cite=WV_61_14_9),
        trafficking_nexus(cite=WV_61_14_9),
    ),
    effect="The circuit court vacates the prostitution conviction and expunges its records because it was a "
    "direct result of your being trafficked.",
    limits=(
        "The law covers prostitution convictions only. The age and criminal-history limits of the ordinary "
        "expungement law do not apply to it. Other convictions may qualify for ordinary expungement instead.",
    ),
    next_steps=(
        "File a petition to vacate and expunge in the circuit court of the county where you were convicted. "
        "Include whatever shows you were trafficked, such as letters from service providers.",
        "A lawyer can help; see the legal aid groups below.",
    ),
    legal_defect=True,
    filing="The circuit court of the county where the conviction was entered.",
)


def _multiple_misdemeanors(context: ChargeContext) -> Finding:
    """With more than one misdemeanor conviction, the wait is two years from the last conviction or the end
    of its sentence, whichever is later."""
    misdemeanors = [
        (i, c)
        for i, c in enumerate(context.facts.charges)
        if c.is_conviction and c.level in (Level.MISDEMEANOR, Level.UNKNOWN)
    ]
    if len(misdemeanors) < 2 or context.charge.level is Level.FELONY:
        return met(msg("You listed only one misdemeanor conviction, so the one-year wait applies."))
    ends = []
    for i, other in misdemeanors:
        start = other.sentence_completed_date or other.disposition_date
        if start is None:
            return unknown(
                msg("With more than one misdemeanor, the wait counts from the last one; a date is not known."),
                Fact.SENTENCE_COMPLETED_DATE.path(i),
            )
        ends.append(add_period(start, years=2))
    last = max(ends)
    if last <= context.facts.as_of:
        return met(msg("The two-year wait after your last misdemeanor ended on {ends}.", ends=last), on=last)
    return later(
        msg(
            "With more than one misdemeanor, you must wait two years after the last one; it ends on {ends}.", ends=last
        ),
        on=last,
    )


# Custom: § 61-11-26(h)(1) asks the petitioner to show that the convictions to be expunged "are the only convictions
# against the petitioner" in the state. Other misdemeanors screened here can go in the same petition (with the
# two-year rule of (b)(2)); any other conviction (a felony, or one the person listed apart, which may be from
# another state) leaves the answer open. No shared condition says "your only convictions, unless in this petition".
def _only_convictions_in_state(context: ChargeContext) -> Finding:
    others = context.convictions.besides(context.index)
    if not others:
        return met(msg("You listed no other conviction, so this is your only conviction in West Virginia."))
    own_level = context.charge.level
    together = all(
        p.index is not None and p.level is Level.MISDEMEANOR and own_level is Level.MISDEMEANOR for p in others
    )
    if together:
        return met(
            msg("Your other convictions are misdemeanors that can be asked for in the same petition as this one.")
        )
    return unknown(
        msg(
            "The convictions you ask to expunge must be your only convictions in West Virginia. You listed another "
            "conviction; whether it is from West Virginia and can be included in the same petition is not known."
        ),
        Fact.OTHER_CONVICTIONS.value,
    )


expungement_of_convictions = Remedy(
    id="wv-expungement-61-11-26",
    kind=RemedyKind.EXPUNGEMENT,
    title="Ask the circuit court to expunge a misdemeanor or nonviolent felony conviction",
    citations=(WV_61_11_26_A, WV_61_11_26_B, WV_61_11_26_C),
    sources=(
        Source("W. Va. Code § 61-11-26 (Lexace research copy)", "https://lexace.ai/us/statute/west-virginia/61-11-26"),
        Source(
            "Expungement in West Virginia: an update on the law (Public Defender Corporation, 4th Circuit)",
            "https://wvpdc4.com/2020/07/09/expungement-in-west-virginia-an-update-on-the-law/",
        ),
    ),
    # S.B. 562 passed 7 March 2020 and took effect ninety days later.
    effective=date(2020, 6, 5),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=WV_61_11_26_A),
        level_is(Level.MISDEMEANOR, Level.FELONY, cite=WV_61_11_26_A),
        # One year (misdemeanor) or five years (nonviolent felony) after conviction, the end of any jail or
        # prison term, or the end of supervision, whichever is later: the end of the whole sentence.
        waiting_period_by_level(
            {Level.MISDEMEANOR: 1, Level.FELONY: 5}, since=Event.SENTENCE_COMPLETED, cite=WV_61_11_26_B
        ),
        # Custom: (b)(2) counts only misdemeanor sentences, when several are expunged; no shared condition can.
        custom(
            "two years after the last of several misdemeanors",
            requirement="With more than one misdemeanor, two years have passed since the last one.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.SENTENCE_COMPLETED_DATE),
            rule=_multiple_misdemeanors,
            cite=WV_61_11_26_B,
        ),
        no_pending_case(cite=WV_61_11_26_C),
        not_under_sentence(cite=WV_61_11_26_B),
        # Custom: the convictions asked about must be the person's only West Virginia convictions.
        custom(
            "only convictions in the state",
            requirement="The convictions you ask to expunge are your only convictions in West Virginia.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
            rule=_only_convictions_in_state,
            cite=WV_61_11_26_H_1,
        ),
        # One petition under this section (S.B. 152 of 2019); an earlier grant under another law does not count.
        granted_once_under_this_law(cite=WV_61_11_26_ONCE),
    ),
    effect="The conviction and its records are sealed; in most cases the law treats it as if it never "
    "happened, and you need not report it on job, housing or credit applications.",
    limits=(
        "Some offenses can never be expunged, such as crimes of violence, many sex offenses, offenses with a "
        "deadly weapon, domestic violence and DUI.",
        "Only a nonviolent felony can be expunged, and felonies from separate events limit what you can ask "
        "for. The court decides, and the prosecutor and any victim may object.",
        "You can petition under this law only once, so include every conviction you want expunged in one petition.",
    ),
    next_steps=(
        "File the Supreme Court of Appeals expungement petition form in the circuit court of the county where "
        "you were convicted (or your home county if you were convicted in several counties).",
        "Serve the prosecuting attorney and the other offices the form lists; the court may hold a hearing.",
    ),
    filing="The circuit court of the county where the conviction happened.",
)


expungement_without_conviction = Remedy(
    id="wv-expungement-61-11-25",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a charge that was dismissed, ended in acquittal, or ended after diversion",
    citations=(WV_61_11_25_A, WV_61_11_25_B),
    sources=(
        Source(
            "West Virginia: expungement after acquittal or dismissal (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/wv-nc-2/",
        ),
        Source("W. Va. Code § 61-11-25 (Lexace research copy)", "https://lexace.ai/us/statute/west-virginia/61-11-25"),
    ),
    # Enacted by S.B. 519 (2000), in effect ninety days after 11 March 2000; later amended to add diversion.
    effective=date(2000, 6, 9),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            cite=WV_61_11_25_A,
        ),
        waiting_period(days=60, since=Event.DISPOSITION, cite=WV_61_11_25_B),
        convictions_at_most(felonies=0, cite=WV_61_11_25_A),
    ),
    effect="All records of the arrest and charge are expunged; the case is treated as if it never happened.",
    limits=(
        "A charge dropped because you pleaded guilty to something else does not qualify.",
        "The petition can be filed no sooner than 60 days after the dismissal or acquittal.",
    ),
    next_steps=(
        "File a civil petition for expungement in the circuit court where the charges were filed. There is "
        "no filing fee.",
    ),
    filing="The circuit court of the county where the charge was filed.",
)

JURISDICTION = Jurisdiction(
    code="WV",
    name="West Virginia",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_of_convictions,
        expungement_without_conviction,
    ),
    legal_help=(
        LegalHelp(
            "Legal Aid of West Virginia", "https://legalaidwv.org/", "Free civil legal aid, including expungement help"
        ),
    ),
    where_to_file="The circuit court of the county where the case was heard.",
    notes=(
        "A pardon from the Governor is also possible. It does not clear the record by itself, but after a full and "
        "unconditional pardon you can ask the circuit court to expunge the conviction (W. Va. Code § 5-1-16a).",
    ),
)
