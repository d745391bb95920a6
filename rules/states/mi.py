"""Michigan: set-aside for trafficking survivors, set-aside by application (Clean Slate, 2021) and
automatic set-aside of older convictions (since 11 April 2023).

Reviewed 2026-11-25 against MCL 780.621 (as amended by 2020 PA 193, effective 11 April 2021),
MCL 780.621g (automatic set-aside, effective 11 April 2023), MCL 750.451c (deferral for
trafficking victims) and MCL 750.448-750.455. The subsection numbers of MCL 780.621 changed in
2020; the trafficking provision is cited as § 780.621(3) per the 2021 Survivor Reentry Project
summary. A 2021 bill (HB 4091) to widen it to any crime could not be confirmed as enacted.

Reviewed 2026-12-06 against MCL 780.621(1) (legislature.mi.gov), MCL 780.621d (casetext copy current through
2024 PA 156), MCL 750.451c, 2014 PA 335 with its Senate Fiscal Agency analysis, and Clean Slate Clearinghouse
summaries of MCL 780.621g: the application wait is now 5 years for a single felony (7 only with more than one,
MCL 780.621d(1)-(2)), and the automatic set-aside now counts 7 years from the imposition of a misdemeanor
sentence and 10 years from a felony sentence or release from prison, whichever is later (MCL 780.621g(2),
(4)), instead of from the end of probation or parole. Still open: the words of the bar on convictions during
the application wait (the module keeps a bar on any later conviction), whether the survivor set-aside now
reaches section 462 and local ordinances, and the 4-misdemeanor cap of the automatic set-aside (reported
for misdemeanors punishable by 93 days or more only). Later the same day: the automatic set-aside's
caps (2 felonies, 4 misdemeanors) now count the other convictions a person lists, not only the charges
screened (the custom rule had left them out, which was wrong); the felony cap is the shared conviction limit. Added: destruction of the arrest record and
fingerprints after a dismissal, acquittal or arrest without charge (MCL 28.243(7)-(8), from the Clean Slate
Clearinghouse summary and People v. Guthrie; the statute's own words were not read).

Second review 2026-12-06: the application set-aside no longer treats any later conviction as a lifetime bar;
only a conviction during this conviction's own 3-, 5- or 7-year wait rules it out, as SADO and a practitioner
summary state the bar (the statute's words for it were not found; MCL 780.621d(1)-(3) read: the waits only).

Reviewed 2026-12-07 against the statute text of MCL 780.621, 780.621c, 780.621d, 780.621g and 780.621h (Justia's
copy of the official text, history through 2023 PA 205, eff. 13 February 2024). Confirmed: the survivor set-aside
(MCL 780.621(3)) still reaches only sections 448, 449 and 450 and matching local ordinances, with no wait
(780.621d(6)); HB 4091 (2021) and HB 5836 (2024) were not enacted; the bar on a conviction during the application
wait is a window (780.621d(4)(c)); the automatic set-aside is MCL 780.621g (MCL 780.621h only reinstates a
conviction set aside in error or without good-faith restitution), in force 11 April 2023. Changed: an application
now needs no pending charge (780.621d(4)(b)); the automatic set-aside now has its conviction-free window
(780.621g(6)(c)); misdemeanors punishable by 92 days or less (disorderly person) are set aside automatically without
the pending-charge bar, the window or the misdemeanor cap (780.621g(1), (3), (5)); more than 4 listed misdemeanors
now leaves the automatic answer open, because the cap counts only 93-day misdemeanors and limits how many are set
aside. Not modelled: the 5-year wait for "serious misdemeanors" (MCL 780.811) and the bar for more than one
assaultive crime (780.621g(7)). Also read MCL 28.243 (Justia copy, through 2018 PA 67): the arrest-record
destruction now rests on the statute's words; its note on acquittals now says any earlier conviction other than a
misdemeanor traffic offense (not only a felony) needs a judge's order (28.243(14)(h)).

Cross-checked 2026-12-07 with 12 new worked examples built from the text of MCL 780.621, 780.621d, 780.621g and
28.243 (same Justia copy). Changed: for a felony, the automatic set-aside's bar on a conviction during the wait now
counts the 10 years from the later of the sentence and release from prison (780.621g(2)(a), (6)(c)); it counted from
the sentence alone. Still not modelled: serious misdemeanors (MCL 780.811) are excluded from the automatic set-aside
(780.621g(10)(b)) and wait 5 years for an application (780.621d(2)), and more than one assaultive crime bars the
automatic set-aside (780.621g(7)); no prostitution offense the module lists is an assaultive crime, and the list of
serious misdemeanors was not read.

Reviewed 2026-12-07 (serious misdemeanors and assaultive crimes) against MCL 780.621(4)(a), (i), 780.621d(2)-(4) and
780.621g(7), (10) (same Justia copy). "Serious misdemeanor" is the term of MCL 780.811(1)(a), whose own words were
not found in a stored copy (the repository's file for 1985 PA 87 holds only headings); practitioners' lists name
indecent exposure and no prostitution offense. Changed: a misdemeanor indecent exposure now waits 5 years for an
application, with the bar on convictions over the same 5 years (780.621d(2), (4)(c)), and is not set aside
automatically (780.621g(10)(b)); the automatic set-aside now has the bar for more than one assaultive crime
(780.621g(7)): none of the module's offenses is one, but two or more convictions of unknown kind leave it open.
Not checked: whether a felony indecent exposure (sexually delinquent person) carries life, which would rule out any
set-aside (780.621c(1)(a)).

Third-pass audit 2026-12-07 against MCL 780.621, 780.621c, 780.621d and 780.621g (same Justia copy), with 23 new
worked examples written from the text. Changed: the survivor set-aside now needs no pending charge (780.621d(4)(b)
binds every application under section 1; where only section 1(1) is meant the act says so, (7)(c) and (11));
a felony indecent exposure is left open for both set-asides, because the sexually-delinquent-person kind carries
life (MCL 750.335a(2)(c), read as quoted in People v Arnold (2019)) and 780.621c(1)(a), (2) bar any set-aside of
it; the automatic set-aside's cap of 2 felonies (780.621g(5)) no longer bars a misdemeanor, leaves a felony open
with 3 felonies and rules it out with more than 3 (not eligible under section 1, (2)(b); 780.621(1)(a)). Still
open: with more than one felony the application wait is kept at 7 years, though 780.621d(1)-(2) tie 7 years to an
application "to set aside more than 1 felony conviction" and 5 to one for "1 felony conviction" (whether a person
with two felonies may apply for one alone after 5 years was not settled from the text); another conviction of
unknown level is counted as a felony for that wait; deferrals counted as misdemeanor convictions for eligibility
(780.621(2)) are not counted.

Reviewed 2026-12-07 (statute audit) against MCL 780.621, 780.621b, 780.621c, 780.621d, 780.621g, 780.622 and 780.624
(the same Justia copy, read whole in the saint1415/us-statutes repository), with People v Pimpleton (Mich. Ct. App.,
27 July 2023) and People v Pulliam (Mich. Ct. App., 8 February 2024). The open point on several felonies is closed
from the text: 780.621d(2) gives 5 years to an application "to set aside ... 1 felony conviction" and (1) gives 7 to
an application "to set aside more than 1 felony conviction", each counted from the last event "for the convictions
that the applicant seeks to set aside"; 780.621(1)(a) lets a person apply for their convictions without requiring
all at once, and 780.624 exempts section 1 from the one-conviction limit. Changed: (1) a felony applied for on its
own now waits 5 years whatever other felonies the person has (it waited 7 with any other felony or conviction of
unknown level); (2) another conviction inside this conviction's own wait no longer rules the application out: it
bars an application for this conviction alone (780.621d(4)(c)), but one application may join it with the later
conviction, whose period then runs from the later one's events (in Pimpleton a 1986 felony was sought together with
the 1990 felonies that followed it, and the court of appeals held later convictions do not compel a denial), so the
answer is left open for a lawyer, since whether the later conviction can itself be set aside is not asked. Still
open, not modelled: offenses within 24 hours of the same transaction count as one (780.621b); deferrals counted as
misdemeanor convictions (780.621(2)); the automatic set-aside's own window (780.621g(6)(c)) is kept per conviction.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    ConvictionFreeWindow,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    no_pending_case,
    offense_in,
    offense_not_in,
    offense_not_in_list,
    trafficking_nexus,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, Truth, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense, OffenseList
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind
from rules.waits import WaitingPeriod

REVIEWED = date(2026, 12, 7)

MCL_780_621_3 = "MCL 780.621(3)"
MCL_780_621 = "MCL 780.621"
MCL_780_621D = "MCL 780.621d"
MCL_780_621G = "MCL 780.621g"
MCL_780_621G_10 = "MCL 780.621g(10)"
MCL_28_243 = "MCL 28.243(7), (8), (10)"
MCL_780_621G_2 = "MCL 780.621g(2)"
MCL_780_621G_4 = "MCL 780.621g(4)"
MCL_780_621G_5 = "MCL 780.621g(5)"
MCL_780_621G_6 = "MCL 780.621g(6)"
MCL_780_621D_4 = "MCL 780.621d(4)"
MCL_780_621_1 = "MCL 780.621(1)"
MCL_780_621G_7 = "MCL 780.621g(7)"
MCL_780_621G_10_B = "MCL 780.621g(10)(b)"
MCL_780_811 = "MCL 780.811(1)(a)"
MCL_780_621C_1_A = "MCL 780.621c(1)(a)"
MCL_780_621C_2 = "MCL 780.621c(1)(a), (2)"
MCL_780_621G_2_B_5 = "MCL 780.621g(2)(b), (5)"

MSP_CLEAN_SLATE = Source(
    "Michigan Clean Slate (Michigan State Police)",
    "https://www.michigan.gov/msp/services/chr/conviction-set-aside-public-information/michigan-clean-slate",
)
JUSTIA_ACT_213 = Source(
    "Michigan Compiled Laws, Act 213 of 1965, MCL 780.621-780.624 (Justia copy of the official text, through 2023 PA 205)",
    "https://law.justia.com/codes/michigan/chapter-780/statute-act-213-of-1965/section-780-621/",
)
SADO = Source("Michigan's Clean Slate Legislation (SADO)", "https://sado.org/Articles/Article/839")

OFFENSES = (
    Offense(
        "mi-mcl-750.448",
        "Soliciting, accosting or inviting to commit prostitution",
        "MCL 750.448",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A misdemeanor for a first or second offense; a felony for a third.",
    ),
    Offense(
        "mi-mcl-750.449",
        "Admitting to a place for prostitution",
        "MCL 750.449",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A misdemeanor for a first or second offense; a felony for a third.",
    ),
    Offense(
        "mi-mcl-750.449a",
        "Engaging the services of a prostitute",
        "MCL 750.449a",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor for a first or second offense; a felony for a third.",
    ),
    Offense(
        "mi-mcl-750.450",
        "Aiding or abetting prostitution",
        "MCL 750.450",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A misdemeanor for a first or second offense; a felony for a third.",
    ),
    Offense("mi-mcl-750.455", "Pandering", "MCL 750.455", Category.PROMOTING, Level.FELONY),
    Offense("mi-mcl-750.167", "Disorderly person", "MCL 750.167", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense(
        "mi-mcl-750.335a",
        "Indecent exposure",
        "MCL 750.335a",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="Usually a misdemeanor; a felony in some cases.",
    ),
)

# Punishable by 20 years: excluded from automatic set-aside (offenses punishable by 10 years or more).
TEN_YEAR_FELONIES = ("mi-mcl-750.455",)


def _at_most_four_misdemeanors(context: ChargeContext) -> Finding:
    """MCL 780.621g(5): "not more than 2 felony convictions and 4 misdemeanor convictions total" may be set
    aside automatically in a lifetime (the felony cap is the shared conviction limit). The misdemeanor cap does
    not count misdemeanors punishable by 92 days or less (subsections (1) and (3)). The statute limits how many
    are set aside, not who may have any set aside, and the screener cannot tell a 92-day misdemeanor from a
    93-day one, so more than 4 listed misdemeanors leaves the answer open rather than ruling it out."""
    if _is_ninety_two_day_misdemeanor(context):
        return met(msg("The limit of 4 misdemeanors does not apply to misdemeanors punishable by 92 days or less."))
    past = context.convictions.past
    misdemeanors = [p for p in past if p.level in (Level.MISDEMEANOR, Level.VIOLATION)]
    unsure = [p.path("level") for p in past if p.level is Level.UNKNOWN]
    if len(misdemeanors) > 4:
        return unknown(
            msg(
                "At most 4 misdemeanors punishable by 93 days or more are set aside automatically in a lifetime; "
                "you listed more than 4 misdemeanors, so which ones count is for a lawyer to check."
            ),
            *(p.path("level") for p in misdemeanors),
        )
    if unsure and len(misdemeanors) + len(unsure) > 4:
        return unknown(
            msg(
                "Automatic set-aside is only for people with at most 4 misdemeanors; "
                "the level of some listed convictions is not known."
            ),
            *unsure,
        )
    return met(msg("The convictions you listed are within the limits. Convictions you did not list would count too."))


# MCL 780.621(4)(i): "serious misdemeanor" is the term of MCL 780.811(1)(a) (Crime Victim's Rights Act). Of the
# offenses this module lists, only indecent exposure is on that list (as a misdemeanor); prostitution, soliciting,
# engaging, admitting, aiding and abetting and disorderly person are not. The list's words were not found in a
# stored copy of MCL 780.811; the offense names come from practitioners' lists (see the evidence file).
SERIOUS_MISDEMEANORS = OffenseList.of("serious misdemeanors", "mi-mcl-750.335a", cite=MCL_780_811)


def _is_serious_misdemeanor(context: ChargeContext) -> bool:
    """Read as the shared offense lists read a charge: by its offense, or, with none given, by its category where
    every offense of that category the module lists is on the list."""
    charge = context.charge
    if charge.offense is not None:
        return charge.offense in SERIOUS_MISDEMEANORS.offense_ids
    same_category = context.offense_ids_of(charge.category)
    return bool(same_category) and same_category <= SERIOUS_MISDEMEANORS.offense_ids


def _application_years(context: ChargeContext) -> int | None:
    """MCL 780.621d(2)-(3): an application to set aside this conviction alone waits 3 years for a misdemeanor and
    5 for a serious misdemeanor or for "1 felony conviction", however many other felonies the person has; the
    7 years of subsection (1) bind only an application "to set aside more than 1 felony conviction" at once. None
    where the level is not known."""
    level = context.charge.level
    if level in (Level.MISDEMEANOR, Level.VIOLATION):
        return 5 if _is_serious_misdemeanor(context) else 3
    if level is Level.FELONY:
        return 5
    return None


def _application_wait(context: ChargeContext) -> Finding:
    """MCL 780.621d(2)-(3): 3 years for a misdemeanor, 5 for a serious misdemeanor (MCL 780.811) or one felony,
    each from the last of sentencing, probation, parole and imprisonment for this conviction. The shared waits
    take a length by level; here the length also depends on the offense, so it is chosen per charge and the
    shared wait run. An application that joins more than one felony waits 7 years from the last of them
    (subsection (1)); that route is taken up by the window below, where a later conviction needs it."""
    years = _application_years(context)
    if years is None:
        return unknown(
            msg("The wait depends on whether the conviction was a misdemeanor or a felony, which is not known."),
            context.path(Fact.LEVEL),
        )
    return WaitingPeriod(cite=MCL_780_621D, since=Event.SENTENCE_COMPLETED, years=years).evaluate(context)


def _no_conviction_during_application_wait(context: ChargeContext) -> Finding:
    """MCL 780.621d(4)(c): no other conviction "during the applicable time period required under subsection (1),
    (2), or (3)". For this conviction alone the period is its own wait as chosen above. A later conviction inside
    it does not end the matter: the periods of (1)-(3) run from the last of the events "for the convictions that
    the applicant seeks to set aside", so one application may join this conviction with the later ones (MCL
    780.621(1)(a): "all of the applicant's convictions"), as in People v Pimpleton (Mich. Ct. App. 2023), where
    a 1986 felony was sought with the 1990 felonies that followed it. Whether the later conviction can itself be
    set aside is not asked, so that answer is left open rather than ruled out. Custom for that reason."""
    years = _application_years(context)
    if years is None:
        return unknown(
            msg(
                "The waiting period depends on whether the conviction was a misdemeanor or a felony, which is not known."
            ),
            context.path(Fact.LEVEL),
        )
    alone = ConvictionFreeWindow(
        cite=MCL_780_621D,
        years=years,
        since=Event.SENTENCE_COMPLETED,
        levels=frozenset({Level.FELONY, Level.MISDEMEANOR}),
    ).evaluate(context)
    if alone.truth is not Truth.NOT_MET:
        return alone
    return unknown(
        msg(
            "You listed a conviction during the {years} years after this sentence ended, so this conviction cannot be "
            "set aside on its own. One application can ask to set it aside together with the later conviction, once "
            "the wait after the later one has passed (7 years if the application covers more than one felony), if "
            "the later conviction can be set aside too. A lawyer can check.",
            years=years,
        )
    )


# Misdemeanors punishable by no more than 92 days are set aside after 7 years under MCL 780.621g(1) and (3),
# which carry none of the limits of subsections (5)-(7) and (10): no cap, no pending-charge or new-conviction
# bar, no excluded offenses. Disorderly person (MCL 750.167) is punishable by at most 90 days (MCL 750.168).
NINETY_TWO_DAY_MISDEMEANORS = ("mi-mcl-750.167",)


def _is_ninety_two_day_misdemeanor(context: ChargeContext) -> bool:
    return context.charge.offense in NINETY_TWO_DAY_MISDEMEANORS and context.charge.level in (
        Level.MISDEMEANOR,
        Level.VIOLATION,
    )


def _no_pending_charge_for_automatic(context: ChargeContext) -> Finding:
    """MCL 780.621g(6)(b): no pending charge, for felonies and misdemeanors of 93 days or more only."""
    if _is_ninety_two_day_misdemeanor(context):
        return met(msg("A misdemeanor punishable by 92 days or less is set aside even while another charge is open."))
    return no_pending_case(cite=MCL_780_621G_6).evaluate(context)


def _automatic_window(years: int, since: Event) -> ConvictionFreeWindow:
    return ConvictionFreeWindow(
        cite=MCL_780_621G_6, years=years, since=since, levels=frozenset({Level.FELONY, Level.MISDEMEANOR})
    )


def _no_conviction_during_automatic_wait(context: ChargeContext) -> Finding:
    """MCL 780.621g(6)(c): no conviction "during the applicable time period required under subsection (2) or
    (4)" (not for 92-day misdemeanors). A misdemeanor's period is the 7 years after the sentence; a felony's is
    the 10 years after the sentence or the end of imprisonment, whichever is later ((2)(a)). The shared window
    counts from one event, so for a felony the later of the two days is chosen here; with the release day not
    given, the answer holds only if both starting days agree."""
    if _is_ninety_two_day_misdemeanor(context):
        return met(msg("A misdemeanor punishable by 92 days or less is set aside whatever other convictions you have."))
    charge = context.charge
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        return _automatic_window(7, Event.DISPOSITION).evaluate(context)
    if charge.level is not Level.FELONY:
        return unknown(
            msg(
                "The waiting period depends on whether the conviction was a misdemeanor or a felony, which is not known."
            ),
            context.path(Fact.LEVEL),
        )
    sentenced, released = charge.disposition_date, charge.release_date
    if released is not None and (sentenced is None or released > sentenced):
        return _automatic_window(10, Event.RELEASE).evaluate(context)
    from_sentence = _automatic_window(10, Event.DISPOSITION).evaluate(context)
    if released is not None or not context.convictions.besides(context.index):
        return from_sentence
    from_release = _automatic_window(10, Event.RELEASE).evaluate(context)
    if from_release.truth is from_sentence.truth:
        return from_sentence
    return unknown(
        msg(
            "For a felony the 10 years count from the sentence or the end of any prison term, whichever is later; "
            "the day you left prison (if you were in prison) is not known."
        ),
        context.path(Fact.RELEASE_DATE),
    )


# Categories whose offenses, as this module lists them, are none of them an assaultive crime (MCL 780.621(4)(a):
# the crimes of MCL 770.9a, chapter XI of the penal code (assaults, MCL 750.81-750.90g), sections 110a, 136b, 234a-c,
# 349b and 411h, any other violent felony, and matching laws elsewhere). A conviction of another category, or one
# the person listed without saying what it was for, may be one.
NOT_ASSAULTIVE_CATEGORIES = frozenset(
    {
        Category.PROSTITUTION,
        Category.SOLICITATION,
        Category.LOITERING_FOR_PROSTITUTION,
        Category.PROMOTING,
        Category.UNLICENSED_MASSAGE,
        Category.LEWDNESS,
        Category.QUALITY_OF_LIFE,
    }
)
KNOWN_OFFENSES = frozenset(o.id for o in OFFENSES)


def _at_most_one_assaultive_crime(context: ChargeContext) -> Finding:
    """MCL 780.621g(7): subsections (2) and (4) "do not apply to an individual who has more than 1 conviction for an
    assaultive crime or an attempt to commit an assaultive crime". None of the offenses this module lists is an
    assaultive crime, but the screening does not ask what the other convictions a person lists were for, so with
    two or more convictions that could be assaultive the answer is left open. Custom because the bar counts a
    kind of conviction the shared limits cannot tell apart. Not for misdemeanors of 92 days or less ((1), (3))."""
    if _is_ninety_two_day_misdemeanor(context):
        return met(msg("A misdemeanor punishable by 92 days or less is set aside whatever other convictions you have."))
    charges = context.facts.charges
    maybe: list[str] = []
    for p in context.convictions.past:
        if p.index is None:
            maybe.append(f"{Fact.OTHER_CONVICTIONS.value}[{p.other}]")
            continue
        charge = charges[p.index]
        known = charge.offense in KNOWN_OFFENSES if charge.offense is not None else None
        if known or (known is None and charge.category in NOT_ASSAULTIVE_CATEGORIES):
            continue
        maybe.append(Fact.OFFENSE.path(p.index))
    if len(maybe) < 2:
        return met(
            msg(
                "No more than one of the convictions you listed could be for an assaultive crime (such as assault "
                "or stalking)."
            )
        )
    return unknown(
        msg(
            "Automatic set-aside is not for people with more than one conviction for an assaultive crime (such as "
            "assault or stalking); what some of your other convictions were for is not known."
        ),
        *maybe,
    )


def _not_a_life_felony(context: ChargeContext) -> Finding:
    """MCL 780.621c(1)(a): no set-aside, on application or automatically ((2)), of "a felony for which the maximum
    punishment is life imprisonment". Of the offenses this module lists only indecent exposure by a sexually
    delinquent person is one (MCL 750.335a(2)(c): 1 day to life); a felony indecent exposure may instead be the
    aggravated kind ((2)(b), 2 years), and the screening cannot tell which, so it is left open. Custom because the
    bar turns on the kind of felony within one offense, which the offense list does not separate."""
    charge = context.charge
    indecent_exposure = charge.offense == "mi-mcl-750.335a" or (
        charge.offense is None and charge.category is Category.LEWDNESS
    )
    if indecent_exposure and charge.level is Level.FELONY:
        return unknown(
            msg(
                'A felony indecent exposure by a "sexually delinquent person" can be punished by life in prison '
                "and can never be set aside; which kind of felony indecent exposure this was is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return met(msg("The conviction is not for a felony that can be punished by life in prison."))


def _automatic_felony_cap(context: ChargeContext) -> Finding:
    """MCL 780.621g(5): "not more than 2 felony convictions ... may be set aside under this section during the
    lifetime of an individual"; (2)(b): a felony is set aside only if it is "otherwise eligible to be set aside
    under section 1", which allows "not more than a total of 3 felony offenses" (MCL 780.621(1)(a)). The cap limits
    how many felonies are set aside, so it does not stop a misdemeanor being set aside, and with 3 felonies which
    2 are set aside is left open (as the misdemeanor cap is); more than 3 rules a felony out. Custom because the
    shared limit bars every charge of a person over the cap."""
    if context.charge.level is not Level.FELONY:
        return met(msg("The limit of 2 felonies limits how many felonies are set aside, not misdemeanors."))
    past = context.convictions.past
    felonies = [p for p in past if p.level is Level.FELONY]
    unsure = [p.path("level") for p in past if p.level is Level.UNKNOWN]
    if len(felonies) > 3:
        return not_met(
            msg(
                "A felony is set aside automatically only if it could also be set aside on application, which "
                "allows at most 3 felonies; you listed more than 3."
            )
        )
    if len(felonies) > 2:
        return unknown(
            msg(
                "At most 2 felonies are set aside automatically in a lifetime; you listed 3, so which ones are set "
                "aside is for a lawyer to check."
            ),
            *(p.path("level") for p in felonies),
        )
    if unsure and len(felonies) + len(unsure) > 2:
        return unknown(
            msg(
                "At most 2 felonies are set aside automatically in a lifetime; the level of some listed "
                "convictions is not known."
            ),
            *unsure,
        )
    return met(msg("The felonies you listed are within the limit of 2."))


def _automatic_wait(context: ChargeContext) -> Finding:
    """MCL 780.621g: a misdemeanor 7 years from the imposition of the sentence; a felony 10 years from
    the imposition of the sentence or the end of imprisonment, whichever is later. The events differ
    by level, which the shared waits do not express, so the wait is chosen per charge."""
    level = context.charge.level
    if level in (Level.MISDEMEANOR, Level.VIOLATION):
        wait = WaitingPeriod(cite=MCL_780_621G_4, since=Event.DISPOSITION, years=7)
    elif level is Level.FELONY:
        wait = WaitingPeriod(cite=MCL_780_621G_2, since=Event.DISPOSITION, or_later=(Event.RELEASE,), years=10)
    else:
        return unknown(
            msg("The wait depends on whether the conviction was a misdemeanor or a felony, which is not known."),
            context.path(Fact.LEVEL),
        )
    return wait.evaluate(context)


set_aside_for_trafficking_survivors = Remedy(
    id="mi-set-aside-trafficking",
    kind=RemedyKind.SET_ASIDE,
    title="Set aside prostitution convictions that resulted from trafficking",
    citations=(MCL_780_621_3,),
    sources=(
        JUSTIA_ACT_213,
        Source(
            "Michigan (Freedom Network USA, Survivor Reentry Project)", "https://freedomnetworkusa.org/srp_states/mi/"
        ),
        Source(
            "House Fiscal Agency analysis of HB 5542 (2016), describing 2014 PA 335",
            "https://legislature.mi.gov/documents/2015-2016/billanalysis/House/htm/2015-HLA-5542-E620990B.htm",
        ),
    ),
    # Current form since the Clean Slate amendments (2020 PA 193) took effect.
    effective=date(2021, 4, 11),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.PROMOTING),
    conditions=(
        convicted(cite=MCL_780_621_3),
        offense_in("mi-mcl-750.448", "mi-mcl-750.449", "mi-mcl-750.450", cite=MCL_780_621_3),
        trafficking_nexus(cite=MCL_780_621_3),
        # MCL 780.621d(4)(b) binds every "application under section 1", section 1(3) included (where only
        # section 1(1) is meant, 780.621d(7)(c) and (11) say so).
        no_pending_case(cite=MCL_780_621D_4),
    ),
    effect="The court sets aside the conviction, so for most purposes you are treated as not convicted. "
    "The record becomes nonpublic. There is no waiting period and no limit on how many such "
    "convictions you can set aside, but the court cannot grant it while a criminal charge is open against you.",
    limits=(
        "This is a set-aside, not a finding that the conviction was wrong, so it may not help in immigration cases.",
        "The judge also looks at your circumstances and behavior since the conviction.",
        "It covers sections 448, 449 and 450 and matching local ordinances, not engaging a prostitute "
        "(section 449a) or other offenses.",
    ),
    next_steps=(
        "File an Application to Set Aside Conviction (form MC 227) in the court where you were convicted, "
        "with a sworn statement about the trafficking. Send copies to the Attorney General and the "
        "prosecutor. The filing fee is $50; ask about a fee waiver.",
        "Get your fingerprints taken and sent with the application to the Michigan State Police.",
    ),
    filing="The circuit or district court where you were convicted.",
)

set_aside_by_application = Remedy(
    id="mi-set-aside-780-621",
    kind=RemedyKind.SET_ASIDE,
    title="Apply to set aside a conviction",
    citations=(MCL_780_621, MCL_780_621D),
    sources=(JUSTIA_ACT_213, SADO, MSP_CLEAN_SLATE),
    effective=date(2021, 4, 11),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=MCL_780_621),
        convictions_at_most(felonies=3, cite=MCL_780_621_1),
        # MCL 780.621d(4)(b): "There are no criminal charges pending against the applicant."
        no_pending_case(cite=MCL_780_621D_4),
        # Custom: a felony indecent exposure may be the life-maximum kind (sexually delinquent person).
        custom(
            "not a felony punishable by life",
            requirement="The conviction is not for a felony that can be punished by life in prison.",
            reads=(Fact.OFFENSE, Fact.CATEGORY, Fact.LEVEL),
            rule=_not_a_life_felony,
            cite=MCL_780_621C_1_A,
        ),
        # Custom: a serious misdemeanor (MCL 780.811) waits 5 years, other misdemeanors 3, one felony applied for
        # alone 5 (MCL 780.621d(2)-(3)); the wait follows the offense, not only the level.
        custom(
            "set-aside wait",
            requirement="Enough time has passed since your sentence ended: 3 years for a misdemeanor, 5 for a serious "
            "misdemeanor such as indecent exposure or for a felony applied for on its own.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.SENTENCE_COMPLETED_DATE),
            rule=_application_wait,
            cite=MCL_780_621D,
        ),
        # Custom: no conviction during this conviction's own wait (3 or 5 years, as above): MCL 780.621d(4)(c), "has
        # not been convicted of any criminal offense during the applicable time period"; a later conviction inside
        # it leaves open an application joining both (see the rule's docstring).
        custom(
            "no conviction during the wait",
            requirement="You were not convicted of another crime during the waiting period after this sentence.",
            reads=(Fact.LEVEL, Fact.SENTENCE_COMPLETED_DATE, Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_no_conviction_during_application_wait,
            cite=MCL_780_621D_4,
        ),
    ),
    effect="The court sets aside the conviction. It is hidden from the public, and you may say you "
    "were not convicted on most applications.",
    limits=(
        "Police, courts and some licensing boards can still see it.",
        "A felony applied for on its own waits 5 years, even if you have other felonies; an application that sets "
        "aside more than one felony at once waits 7 years after the last of them.",
        "Indecent exposure is a serious misdemeanor under Michigan law, so it waits 5 years, not 3.",
    ),
    next_steps=(
        "File an Application to Set Aside Conviction (form MC 227) in the court where you were convicted. "
        "The fee is $50; ask about a fee waiver.",
        "Get your fingerprints taken and send them with a copy of the application to the Michigan State Police.",
        "The prosecutor may object, and the judge may hold a hearing.",
    ),
    filing="The circuit or district court where you were convicted.",
)

automatic_set_aside = Remedy(
    id="mi-automatic-set-aside",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Clean Slate: automatic set-aside of older convictions",
    citations=(MCL_780_621G,),
    sources=(
        JUSTIA_ACT_213,
        MSP_CLEAN_SLATE,
        Source(
            "Michigan misdemeanor automatic set-aside (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/mi-c-7/",
        ),
    ),
    effective=date(2023, 4, 11),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=MCL_780_621G),
        offense_not_in(*TEN_YEAR_FELONIES, cite=MCL_780_621G_10),
        # MCL 780.621g(10)(b): serious misdemeanors (MCL 780.811) are not set aside automatically.
        offense_not_in_list(SERIOUS_MISDEMEANORS, cite=MCL_780_621G_10_B, levels=(Level.MISDEMEANOR,)),
        # Custom: the event the wait counts from differs by level (release counts only for a felony).
        custom(
            "automatic wait",
            requirement="7 years have passed since a misdemeanor sentence was imposed, or 10 years since a felony "
            "sentence was imposed or you left prison, whichever is later.",
            reads=(Fact.LEVEL, Fact.DISPOSITION_DATE, Fact.RELEASE_DATE),
            rule=_automatic_wait,
            cite=MCL_780_621G,
        ),
        # Custom: the life-felony bar of MCL 780.621c(1)(a) also binds the automatic set-aside (780.621c(2)).
        custom(
            "not a felony punishable by life",
            requirement="The conviction is not for a felony that can be punished by life in prison.",
            reads=(Fact.OFFENSE, Fact.CATEGORY, Fact.LEVEL),
            rule=_not_a_life_felony,
            cite=MCL_780_621C_2,
        ),
        # Custom: the cap of 2 felonies limits how many felonies are set aside; it does not reach misdemeanors.
        custom(
            "at most two felonies",
            requirement="A felony is set aside automatically only for a person with no more than 2 felonies (3 "
            "leaves it for a lawyer to check which are set aside); misdemeanors are not limited by this.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
            rule=_automatic_felony_cap,
            cite=MCL_780_621G_2_B_5,
        ),
        # Custom: the shared limit caps the total and the felonies; this caps the misdemeanors of 93 days or more.
        custom(
            "at most four misdemeanors",
            requirement="You have no more than 4 misdemeanors punishable by 93 days or more.",
            reads=(Fact.OFFENSE, Fact.DISPOSITION, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
            rule=_at_most_four_misdemeanors,
            cite=MCL_780_621G_5,
        ),
        # Custom: MCL 780.621g(6)(b)-(c) bind felonies and misdemeanors of 93 days or more, not 92-day misdemeanors.
        custom(
            "no pending charge",
            requirement="No criminal charge is pending against you (not needed for a misdemeanor punishable by 92 "
            "days or less).",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.PENDING_CASE),
            rule=_no_pending_charge_for_automatic,
            cite=MCL_780_621G_6,
        ),
        custom(
            "no conviction during the wait",
            requirement="You were not convicted of another crime during the 7- or 10-year wait (not needed for a "
            "misdemeanor punishable by 92 days or less).",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.DISPOSITION_DATE, Fact.RELEASE_DATE, Fact.OTHER_CONVICTIONS),
            rule=_no_conviction_during_automatic_wait,
            cite=MCL_780_621G_6,
        ),
        # Custom: the bar counts assaultive crimes, and the screening does not ask what other convictions were for.
        custom(
            "not more than one assaultive crime",
            requirement="You have no more than one conviction for an assaultive crime (not needed for a misdemeanor "
            "punishable by 92 days or less).",
            reads=(Fact.OFFENSE, Fact.CATEGORY, Fact.DISPOSITION, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
            rule=_at_most_one_assaultive_crime,
            cite=MCL_780_621G_7,
        ),
    ),
    effect="The State Police set the conviction aside without an application, and it no longer appears "
    "on public background checks.",
    limits=(
        "Assaultive crimes, serious misdemeanors, crimes of dishonesty and offenses punishable by 10 years "
        "or more are not set aside automatically, nor is anything for a person with more than one assaultive crime.",
        "A conviction during the wait rules out automatic set-aside of a felony or of a misdemeanor punishable by "
        "93 days or more; a misdemeanor punishable by 92 days or less is set aside anyway.",
    ),
    next_steps=(
        "Nothing to file. You can check your record with the Michigan State Police ICHAT service or apply "
        "under MCL 780.621 to get relief sooner.",
    ),
    discretionary=False,
)

arrest_record_destruction = Remedy(
    id="mi-arrest-record-destruction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Destruction of the arrest record and fingerprints when there was no conviction",
    citations=(MCL_28_243,),
    sources=(
        Source(
            "Michigan: adult non-conviction arrests (Clean Slate Clearinghouse, MI-NC-3)",
            "https://cleanslateclearinghouse.org/policies/mi-nc-3-2/",
        ),
        Source(
            "People v. Guthrie (Mich. Ct. App. 2016), applying MCL 28.243(8) to a dismissed case",
            "http://print.casetext.com/case/people-v-guthrie-42",
        ),
    ),
    # MCL 28.243(8) applied to a case dismissed in December 2014 (People v. Guthrie); its present form (ICHAT
    # removal; destruction unless the prosecutor or judge objects within 60 days) came with 2018 PA 67, eff.
    # 12 June 2018, for dismissals entered after that day. The acquittal rule ((10)) is older. The year of
    # Guthrie's case is kept as the start.
    effective=date(2015, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # Not a dismissal after a diversion program: McElroy v. Michigan State Police (2007) held that
        # subsection (8) does not reach it.
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=MCL_28_243),
    ),
    effect="The arrest record, fingerprints and other biometric data are destroyed, and the arrest is removed "
    "from the State Police's public criminal history (ICHAT).",
    limits=(
        "After a dismissal before trial this happens after 60 days unless the judge or prosecutor objects.",
        "After a not-guilty verdict, a person with any earlier conviction (other than a misdemeanor traffic "
        "offense) may have the records destroyed only if a judge orders it.",
        "After a not-guilty verdict, charges of sexual conduct crimes or crimes against a child under 16 are left "
        "out; a dismissal before trial is not limited this way.",
    ),
    next_steps=(
        "Usually nothing to file. If the arrest still shows on ICHAT, file a Motion and Order to Destroy "
        "Fingerprints and Arrest Card (form MC 235) in the court that handled the case.",
    ),
    discretionary=False,
    filing="The court that handled the case.",
)

JURISDICTION = Jurisdiction(
    code="MI",
    name="Michigan",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        set_aside_for_trafficking_survivors,
        set_aside_by_application,
        automatic_set_aside,
        arrest_record_destruction,
    ),
    legal_help=(
        LegalHelp("Michigan Legal Help", "https://michiganlegalhelp.org", "Set-aside guides and forms"),
        LegalHelp(
            "University of Michigan Law School Human Trafficking Clinic",
            "https://michigan.law.umich.edu/academics/experiential-learning/clinics/human-trafficking-clinic-0",
            "Free legal help for trafficking survivors, including clearing criminal records",
        ),
        LegalHelp("Safe & Just Michigan", "https://www.safeandjustmi.org", "Clean Slate information"),
    ),
    where_to_file="The circuit court (felonies) or district court (misdemeanors) where you were convicted.",
    notes=(
        "A person charged with a prostitution offense who shows it was a direct result of trafficking may "
        "have the case deferred and dismissed (MCL 750.451c).",
    ),
)
