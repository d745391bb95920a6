"""Tennessee: expunction for trafficking survivors, free expunction of charges that did not end
in a conviction, expunction after diversion and of up to two convictions.

Tennessee lets a trafficking survivor expunge convictions that resulted from being trafficked one
year after the sentence for the most recent offense ends. Dismissed charges, acquittals and
arrests without charges are expunged for free. A case that ended with pretrial or judicial
diversion can be expunged. One or two convictions (two misdemeanors, or one felony and one
misdemeanor) can be expunged five years after the sentence ends, once in a lifetime.

Reviewed 2026-12-06 against the text of Tenn. Code Ann. § 40-32-105 (added by 2019 Tenn. Acts
ch. 199, in force 1 July 2019; amended 2022 and by 2024 Tenn. Acts ch. 545) and § 40-32-101 (as
amended through 2024 Tenn. Acts ch. 992), read in Justia's copy of the current code held in the
saint1415/us-statutes repository. A 2025 reorganisation of chapter 32 is reported but its text was
not seen; sections are cited as the copy read numbers them. Changes on this review: the survivor
petition no longer requires a prostitution conviction (the statute reaches any conviction
individually eligible under § 40-32-101(g), and aggravated prostitution); a later conviction now
only delays it (the statute looks back one year before filing) instead of barring it for ever;
the survivor petition takes effect on 1 July 2019, not 1 January; the conviction route no longer
refuses people with more than two convictions (the two-offense limit is on what one petition
expunges), no longer asks about open cases (subsection (g) does not), excludes public indecency
(§ 39-13-511) and promoting prostitution (not on the closed felony lists), and counts ten years
for Class C and D felonies. The once-only limits of §§ 40-32-105(b)(5) and 40-32-101(g)(2)(A)(ii)
are stated as limits: the screener's question about earlier relief does not say which law granted
it. The exclusion of diverted "sexual offenses" (§ 40-32-101(a)(1)(D), defined in § 40-39-202)
was not checked against the sex-trade offenses.

Second review 2026-12-06 (same § 40-32-105 text): the survivor expunction's year runs from "the
completion of the sentence imposed for the petitioner's most recent criminal offense"; a later listed
conviction whose sentence ended less than a year ago now delays it.

Reviewed 2026-12-06 for the new "last sentence" vocabulary: the custom stays, since (b)(1) counts the sentence
for the most recent offense only, while the shared condition counts every other conviction's sentence. Known
gaps, not changed here: the custom reads the latest-ending sentence of the other listed charges (not only the
most recent offense's), skips a listed charge whose sentence end is not given, and does not read the other
convictions the person lists; the (b)(3) one-year look-back covers those by conviction date.

Reviewed 2026-12-07 (independent cross-check with worked examples built from the text of § 40-32-105(b)
and § 40-32-101(a), (g) in the copy read before): the year of (b)(1) now also runs from the end of the
sentence of a conviction the person lists on its own, where they give that day; a later conviction
whose probation ended less than a year ago used to be missed once the conviction itself was over a
year old. The latest-ending sentence still stands in for the most recent offense's sentence. The
once-only rules are now conditions, not only limits: § 40-32-105(b)(5) ("has not had public records
previously expunged pursuant to this section") and § 40-32-101(g)(2)(A)(ii) (not previously granted
expunction under subsection (g), (k) or (m)); since the screening does not ask which law granted earlier
relief, an earlier grant leaves the answer open and an unknown answer is asked. § 40-32-101(g)(2)(A)(i)
(the offense must come before any conviction for an offense that cannot be expunged) is now screened:
a conviction dated before the offense leaves the answer open. Both were missing, so a person with an
earlier expunction or an earlier ineligible conviction was told they qualified.

Reviewed 2026-12-07 (statute audit): §§ 40-32-101 and 40-32-105 read again in full in the same copy (Justia's
text in the saint1415/us-statutes data branch, chapter 32 file, amended through 2024 Tenn. Acts chs. 545 and 992),
with §§ 39-13-511, 39-13-513 and 39-13-517 (Justia, casetext). Changed: (1) § 40-32-101(g)(1)(B)(xxix) excludes
"Unlawful massage or exposure of erogenous areas" (§ 39-17-918); the offense is now listed and not expungeable by
either conviction route. (2) Since the 2012 amendments § 39-13-511 is indecent exposure and public indecency is §
39-13-517, but the excluded list still names "Section 39-13-511 - Public indecency"; § 39-13-511 is now titled
indecent exposure (excluded by (vii) and (xxxix)), and a § 39-13-517 conviction is left open rather than guessed.
(3) A lewdness or massage misdemeanor whose law is not given is now open (the offense is asked) instead of
eligible, since those categories hold excluded misdemeanors. Checked and unchanged: the waits of (g)(2)(B) and
(k)(1)(C), the once-only rules, (g)(2)(A)(i), the non-conviction route of (a)(1)(A), (a)(1)(F) and (a)(3), and §
40-32-105(b)(1)-(7). Still open: whether any sex-trade offense is a "sexual offense" under § 40-39-202 (which bars
expunction after diversion; the definition was not found in the stored copies); H.B. 1391 / S.B. 1349 (2025),
which would expunge eligible misdemeanors and Class E felonies automatically a year after the sentence, was seen
only as introduced and is not encoded; a reported 2025 renumbering of chapter 32 was not confirmed.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    granted_once_under_this_law,
    no_conviction_within,
    no_pending_case,
    not_under_sentence,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_grade,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

TCA_40_32_105 = "Tenn. Code Ann. § 40-32-105"
TCA_40_32_105_A = "Tenn. Code Ann. § 40-32-105(a)"
TCA_40_32_105_B_1 = "Tenn. Code Ann. § 40-32-105(b)(1)"
TCA_40_32_105_B_3 = "Tenn. Code Ann. § 40-32-105(b)(3)"
TCA_40_32_105_B_5 = "Tenn. Code Ann. § 40-32-105(b)(5)"
TCA_40_32_105_B_6 = "Tenn. Code Ann. § 40-32-105(b)(6)"
TCA_40_32_105_B_7 = "Tenn. Code Ann. § 40-32-105(b)(7)"
TCA_40_32_101_A = "Tenn. Code Ann. § 40-32-101(a)(1)(A)"
TCA_40_32_101_A_DIVERSION = "Tenn. Code Ann. § 40-32-101(a)(1)(B), (a)(6)"
TCA_40_32_101_G = "Tenn. Code Ann. § 40-32-101(g)"
TCA_40_32_101_G_1 = "Tenn. Code Ann. § 40-32-101(g)(1)"
TCA_40_32_101_G_2_A_I = "Tenn. Code Ann. § 40-32-101(g)(2)(A)(i)"
TCA_40_32_101_G_2_A_II = "Tenn. Code Ann. § 40-32-101(g)(2)(A)(ii)"
TCA_40_32_101_G_2_B = "Tenn. Code Ann. § 40-32-101(g)(2)(B)"
TCA_40_32_101_G_2_C = "Tenn. Code Ann. § 40-32-101(g)(2)(C)"
TCA_40_32_101_K = "Tenn. Code Ann. § 40-32-101(k)"
TCA_40_35_313_B = "Tenn. Code Ann. § 40-35-313(b)"


def _justia(section: str, path: str) -> Source:
    return Source(
        f"Tenn. Code Ann. § {section} (Justia's copy of the current code)",
        f"https://law.justia.com/codes/tennessee/title-40/chapter-32/{path}/",
    )


LAW_40_32_105 = _justia("40-32-105", "section-40-32-105")
LAW_40_32_101 = _justia("40-32-101", "section-40-32-101")
CLEARINGHOUSE = Source(
    "Tennessee: expungement for victims of human trafficking (Clean Slate Clearinghouse)",
    "https://cleanslateclearinghouse.org/policies/tn-c-4/",
)

OFFENSES = (
    Offense(
        "tn-tca-39-13-513",
        "Prostitution",
        "Tenn. Code Ann. § 39-13-513",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "tn-tca-39-13-514",
        "Patronizing prostitution",
        "Tenn. Code Ann. § 39-13-514",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor, or a felony where the person patronized was a minor or had a disability.",
    ),
    Offense(
        "tn-tca-39-13-515",
        "Promoting prostitution",
        "Tenn. Code Ann. § 39-13-515",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "tn-tca-39-13-516",
        "Aggravated prostitution",
        "Tenn. Code Ann. § 39-13-516",
        Category.PROSTITUTION,
        Level.FELONY,
        note="Prostitution by a person who knows they have HIV.",
    ),
    Offense(
        "tn-tca-39-13-511",
        "Indecent exposure",
        "Tenn. Code Ann. § 39-13-511",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="Before the 2012 amendments this section also held public indecency, which is now § 39-13-517.",
    ),
    Offense(
        "tn-tca-39-13-517",
        "Public indecency",
        "Tenn. Code Ann. § 39-13-517",
        Category.LEWDNESS,
        Level.MISDEMEANOR,
        note="A Class B misdemeanor punished by a fine only for a first or second offense.",
    ),
    Offense(
        "tn-tca-39-17-918",
        "Unlawful massage or exposure of erogenous areas",
        "Tenn. Code Ann. § 39-17-918",
        Category.UNLICENSED_MASSAGE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "tn-tca-39-17-305",
        "Disorderly conduct",
        "Tenn. Code Ann. § 39-17-305",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "tn-tca-39-13-309",
        "Trafficking for a commercial sex act",
        "Tenn. Code Ann. § 39-13-309",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Offenses in this list that § 40-32-101(g) leaves out: indecent exposure ((g)(1)(B)(vii), (xxxix)) and
# unlawful massage or exposure of erogenous areas ((g)(1)(B)(xxix)) are on the list of excluded
# misdemeanors; promoting prostitution and trafficking are felonies on none of the closed lists of Class
# C, D and E felonies ((g)(1)(A), (D), (E)).
NOT_EXPUNGEABLE = frozenset({"tn-tca-39-13-511", "tn-tca-39-17-918", "tn-tca-39-13-515", "tn-tca-39-13-309"})
AGGRAVATED_PROSTITUTION = "tn-tca-39-13-516"
# Public indecency: the excluded list names "Section 39-13-511 - Public indecency" ((g)(1)(B)(vi), (xxxviii)),
# the section's number before public indecency moved to § 39-13-517; whether the list reaches the new
# section is not settled by its words.
PUBLIC_INDECENCY = "tn-tca-39-13-517"
# Categories holding misdemeanors on the excluded list (indecent exposure, public indecency, unlawful
# massage): without the offense, whether the conviction is excluded is not known.
CATEGORIES_WITH_EXCLUDED_MISDEMEANORS = frozenset({Category.LEWDNESS, Category.UNLICENSED_MASSAGE})


# Custom: "a misdemeanor not on one list, or a felony on another" joins level and offense lists, which no
# shared condition states.
def _eligible_under_g(context: ChargeContext, *, aggravated_prostitution: bool) -> Finding:
    """Subsection (g) names the convictions it reaches as closed lists: misdemeanors less an excluded
    list, and three lists of Class C, D and E felonies. No shared condition states "a misdemeanor not
    on this list, or a felony on that one", so the rule is written out here."""
    charge = context.charge
    if aggravated_prostitution and charge.offense == AGGRAVATED_PROSTITUTION:
        return met(msg("Aggravated prostitution is named in the survivor law, so it is covered."))
    if charge.offense in NOT_EXPUNGEABLE or charge.offense == AGGRAVATED_PROSTITUTION:
        return not_met(msg("This offense is not one the expunction law allows to be cleared."))
    if charge.offense == PUBLIC_INDECENCY:
        return unknown(
            msg("The law's list of misdemeanors that cannot be expunged names public indecency under its old "
                "section number; whether a conviction under the current section is excluded is not settled.")
        )  # fmt: skip
    unnamed = charge.offense is None and charge.category in CATEGORIES_WITH_EXCLUDED_MISDEMEANORS
    if unnamed and charge.level is not Level.FELONY:
        return unknown(
            msg("Some indecency and massage misdemeanors cannot be expunged; which law this charge was under is not "
                "known."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    if charge.level is Level.MISDEMEANOR:
        return met(msg("Misdemeanors can be expunged unless the law lists them as excluded; this one is not listed."))
    if charge.level is Level.FELONY:
        return unknown(
            msg(
                "Only felonies on the law's lists (mostly property and some drug offenses of Class C, D or E) "
                "can be expunged; whether this one is listed is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return unknown(
        msg("Misdemeanors and some listed felonies can be expunged; the level of this conviction is not known."),
        context.path(Fact.LEVEL),
    )


def _survivor_offense(context: ChargeContext) -> Finding:
    return _eligible_under_g(context, aggravated_prostitution=True)


def _conviction_offense(context: ChargeContext) -> Finding:
    return _eligible_under_g(context, aggravated_prostitution=False)


def _year_after_most_recent_sentence(context: ChargeContext) -> Finding:
    """§ 40-32-105(b)(1): "at least one (1) year has elapsed since the completion of the sentence imposed
    for the petitioner's most recent criminal offense". Where another listed conviction (a charge
    screened or a conviction listed on its own) gives the day its sentence ended, the year runs from
    the latest such day."""
    ends = [
        c.sentence_completed_date
        for i, c in enumerate(context.facts.charges)
        if i != context.index and c.is_conviction and c.sentence_completed_date is not None
    ] + [o.sentence_completed_date for o in context.facts.person.other_convictions if o.sentence_completed_date]
    if not ends:
        return met(msg("No other listed sentence ended later than a year ago."))
    opens = add_period(max(ends), years=1)
    if opens <= context.facts.as_of:
        return met(msg("A year has passed since your most recent sentence was completed."), on=opens)
    return later(msg("A year after your most recent sentence was completed comes on {day}.", day=opens), on=opens)


def _before_any_ineligible_conviction(context: ChargeContext) -> Finding:
    """§ 40-32-101(g)(2)(A)(i): the offense "occurred prior to any conviction for a criminal offense that is
    ineligible for expunction", in any state. A custom condition: the screening does not ask whether an
    earlier conviction could itself be expunged, so a conviction from before this offense leaves it open."""
    charge = context.charge
    start = charge.offense_date or charge.disposition_date
    earlier: list[str] = []
    for i, other in enumerate(context.facts.charges):
        if i == context.index or not other.is_conviction:
            continue
        if other.disposition_date is None or start is None or other.disposition_date < start:
            earlier.append(Fact.DISPOSITION_DATE.path(i))
    for n, listed in enumerate(context.facts.person.other_convictions):
        if listed.date is None or start is None or listed.date < start:
            earlier.append(f"{Fact.OTHER_CONVICTIONS.value}[{n}]")
    if not earlier:
        return met(msg("None of the convictions you listed came before this offense."))
    if start is None:
        return unknown(
            msg("The offense must come before any conviction that cannot be expunged; its date is not known."),
            context.path(Fact.OFFENSE_DATE),
        )
    return unknown(
        msg(
            "You have a conviction from before this offense (or of unknown date). If that conviction cannot be "
            "expunged itself, this is not available; a lawyer can check."
        ),
        Fact.OTHER_CONVICTIONS.value,
    )


expunction_for_trafficking_survivors = Remedy(
    id="tn-expunction-trafficking",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge convictions that resulted from being trafficked",
    citations=(TCA_40_32_105,),
    sources=(LAW_40_32_105, CLEARINGHOUSE),
    # 2019 Tenn. Acts ch. 199, § 1, effective 1 July 2019.
    effective=date(2019, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(Disposition.CONVICTION, cite=TCA_40_32_105_A),
        trafficking_nexus(cite=TCA_40_32_105_B_7),
        custom(
            "eligible for expunction or aggravated prostitution",
            requirement="The conviction is one § 40-32-101(g) lets be expunged, or aggravated prostitution; "
            "it did not involve force against a person or a deadly weapon.",
            reads=(Fact.CATEGORY, Fact.OFFENSE, Fact.LEVEL),
            rule=_survivor_offense,
            cite=TCA_40_32_105_B_6,
        ),
        # One year from the end of the sentence for the most recent offense: this charge's sentence
        # here, and any later conviction through the one-year look-back below.
        waiting_period(years=1, since=Event.SENTENCE_COMPLETED, cite=TCA_40_32_105_B_1),
        # Custom: (b)(1) counts only the sentence for the most recent offense; no shared condition picks that one.
        custom(
            "one year after the most recent sentence",
            requirement="At least one year has passed since the sentence for your most recent offense was completed.",
            reads=(Fact.DISPOSITION, Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_year_after_most_recent_sentence,
            cite=TCA_40_32_105_B_1,
        ),
        no_conviction_within(years=1, cite=TCA_40_32_105_B_3),
        no_pending_case(cite=TCA_40_32_105_B_3),
        granted_once_under_this_law(cite=TCA_40_32_105_B_5),
    ),
    effect="The public records of the convictions are removed and destroyed, and the law treats you as "
    "if the arrest and conviction never happened.",
    limits=(
        "Convictions that involved force or a deadly weapon cannot be cleared this way.",
        "You can use this petition only once. If it is denied, you must wait two years to try again.",
        "Each offense must have happened after you became a victim of trafficking.",
    ),
    next_steps=(
        "File a petition for expunction under Tenn. Code Ann. 40-32-105 in the court of your most recent "
        "conviction, and serve it on the district attorney in every county where you were convicted.",
        "Attach a sworn statement about how the trafficking led to the convictions.",
        "There is no state fee, but the clerk may charge up to $100; ask about a waiver.",
    ),
    filing="The court where your most recent conviction was entered.",
)

expunction_without_conviction = Remedy(
    id="tn-expunction-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Free expunction of a charge that was dismissed, not charged, or ended in acquittal",
    citations=(TCA_40_32_101_A,),
    sources=(LAW_40_32_101,),
    effective=date(2012, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=TCA_40_32_101_A),
    ),
    effect="The public records of the charge are removed and destroyed at no cost to you.",
    limits=("Not available if you were convicted of another offense from the same incident, such as a lesser charge.",),
    next_steps=("Ask the clerk of the court that handled the case for an order of expunction; there is no fee.",),
    discretionary=False,
    filing="The court that handled the charge (often General Sessions Court).",
)

expunction_after_diversion = Remedy(
    id="tn-expunction-diversion",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a case after completing judicial or pretrial diversion",
    citations=(TCA_40_32_101_A_DIVERSION, TCA_40_35_313_B),
    sources=(LAW_40_32_101,),
    effective=date(1989, 11, 1),  # Criminal Sentencing Reform Act of 1989.
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    # Pretrial diversion (§§ 40-15-102 to -107) and judicial diversion (§ 40-35-313) both qualify.
    conditions=(disposition_is(Disposition.DIVERSION_COMPLETED, cite=TCA_40_32_101_A_DIVERSION),),
    effect="The charge is dismissed and its public records are destroyed, so the law treats you as if "
    "the case never happened.",
    limits=(
        "Diversion and its expunction can be used only once.",
        "Diversion for an offense on the sex offender registry's list of sexual offenses cannot be expunged.",
    ),
    next_steps=(
        "Ask the court that granted diversion for an order of expunction; the clerk may charge a fee (often $100).",
    ),
    filing="The court that granted diversion.",
)

expunction_of_convictions = Remedy(
    id="tn-expunction-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge one or two convictions five years after the sentence ends",
    citations=(TCA_40_32_101_G, TCA_40_32_101_K),
    sources=(LAW_40_32_101,),
    effective=date(2017, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=TCA_40_32_101_G_1),
        custom(
            "eligible for expunction",
            requirement="The conviction is a misdemeanor not on the excluded list, or a felony on one of the "
            "lists of § 40-32-101(g)(1).",
            reads=(Fact.CATEGORY, Fact.OFFENSE, Fact.LEVEL),
            rule=_conviction_offense,
            cite=TCA_40_32_101_G_1,
        ),
        waiting_period_by_grade(
            {
                Grade.FELONY_CLASS_C: 10,
                Grade.FELONY_CLASS_D: 10,
                Grade.FELONY_CLASS_E: 5,
                Level.MISDEMEANOR: 5,
                # A listed felony whose class is not known is given the longer wait.
                Level.FELONY: 10,
            },
            since=Event.SENTENCE_COMPLETED,
            cite=TCA_40_32_101_G_2_B,
        ),
        not_under_sentence(cite=TCA_40_32_101_G_2_C),
        # Custom: whether an earlier conviction could itself be expunged is not asked.
        custom(
            "before any conviction that cannot be expunged",
            requirement="The offense happened before any conviction (in any state) for an offense that "
            "cannot be expunged.",
            reads=(Fact.OFFENSE_DATE, Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_before_any_ineligible_conviction,
            cite=TCA_40_32_101_G_2_A_I,
        ),
        granted_once_under_this_law(cite=TCA_40_32_101_G_2_A_II),
    ),
    effect="The public records of the conviction are removed and destroyed.",
    limits=(
        "All fines, costs and restitution must be paid.",
        "One petition can clear at most two convictions (two misdemeanors, or one felony and one misdemeanor), "
        "and only once in your life.",
        "The offense must have happened before any conviction that cannot be expunged.",
    ),
    next_steps=(
        "File a petition for expunction in the court that convicted you, using the court's form. There "
        "is a fee set by law plus clerk fees; ask whether you can file without paying.",
        "The district attorney can object, and the judge decides.",
    ),
    filing="The court that convicted you.",
)

JURISDICTION = Jurisdiction(
    code="TN",
    name="Tennessee",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        expunction_for_trafficking_survivors,
        expunction_without_conviction,
        expunction_after_diversion,
        expunction_of_convictions,
    ),
    legal_help=(
        LegalHelp(
            "Legal Aid Society of Middle Tennessee and the Cumberlands",
            "https://las.org",
            "Free civil legal help in 48 counties of Middle and East Tennessee",
        ),
        LegalHelp("Memphis Area Legal Services", "https://www.malsi.org", "Free civil legal help in the Memphis area"),
        LegalHelp(
            "West Tennessee Legal Services", "https://www.wtls.org", "Free expungement clinics in West Tennessee"
        ),
    ),
    where_to_file="The court that handled the case (General Sessions or Criminal Court of the county).",
)
