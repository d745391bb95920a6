"""New Jersey: vacatur and expungement for trafficking survivors, expungement by petition,
"clean slate" expungement after ten years, and expungement of arrests without a conviction.

Reviewed 2026-11-25 against N.J.S.A. 2C:44-1.1 (as widened by P.L.2021, c.467, in force
1 June 2022) with Court Rule 3:21-11, N.J.S.A. 2C:52-2, 2C:52-3, 2C:52-5.3 and 2C:52-6 (as
amended by P.L.2019, c.269, in force 15 June 2020), and 2C:34-1. The automated clean-slate
system the 2019 law called for is not encoded: whether it now reaches these records could
not be verified here.

Reviewed 2026-12-06 against the Assembly and Senate Judiciary statements to A5322 (P.L.2021, c.467), N.J.S.A.
2C:52-6 (pre-2020 text) with the June 2020 court directive on P.L.2019, c.269, and the Clean Slate
Clearinghouse summary of 2C:52-6(c): the trafficking-survivor vacatur and expungement now reaches arrests,
dismissals and other dispositions as well as convictions, and automatic expungement after a diversion
dismissal now waits the six months the law sets. 2C:52-3 (casetext copy through L. 2024, c. 87) was read in
part: the five-year wait now also runs from the most recent disorderly persons conviction (2C:52-3(b), wording
from a secondary source). 2C:52-2 and 2C:52-5.3 were not re-read. Still
open: the start date of P.L.2021, c.467 (1 June 2022 kept; one source says 1 May 2022); the limit on
disorderly persons offenses alongside one crime under 2C:52-2 is not encoded. Later the same day: the
clean-slate ten years (2C:52-5.3) now also run from the date of another conviction the person lists; the custom
rule had counted only the charges screened, which was wrong.

Second review 2026-12-06: expungement of a crime (2C:52-2(a)) now also refuses a person with more than three
disorderly or petty disorderly persons offenses besides the crime (at most 4 convictions in all; the number
follows the 2017 and 2019 amendments as summarized, not re-read in the statute this session).

Reviewed 2026-12-07 against N.J.S.A. 2C:52-5.3 (casetext copy current through L. 2024, c. 80), 2C:52-5.4 (Rutgers
copy of the statute and a verbatim copy on njexpungements.com), 2C:52-3 (casetext copy through L. 2024, c. 87),
2C:52-6 (pre-2020 text and the June 2020 court directive), the Senate and Assembly Judiciary statements to
A5322 (P.L.2021, c.467) and In re K.M.G. (App. Div. 2023). 2C:52-2's own words were not found in a stored
copy (see the evidence notes). What changed: the six years of 2C:52-2 now also run from the end of the
sentence of any other conviction the person lists (the statute counts from the "most recent conviction",
as 2C:52-5.3 does, and the crime may sit beside up to three disorderly persons offenses); the trafficking
vacatur's start date is 1 May 2022 (two sources), not 1 June. The automated clean-slate process of
2C:52-5.4 is still not encoded: the statute tells the State to "develop and implement" it on a task force's
recommendations, and 2024-2025 bills (affecting 2C:52-5.4 and re-establishing the task force) show it is not
running; no remedy can be promised from it. Legal help links are now ones seen in sources.

Reviewed 2026-12-06 for the new "last sentence" vocabulary: the clean-slate ten years (2C:52-5.3(b), "the most
recent conviction, payment of fine, satisfactory completion of probation or parole, or release from
incarceration, whichever is later") are now a wait from this charge's sentence plus ten years since every
other conviction's sentence ended. Another conviction the person lists now counts from the end of its sentence
(asked; an unknown end is an open question), not from its conviction date.

Third-pass audit 2026-12-07: fourteen new worked cases written from the statute words (2C:44-1.1 for lewdness,
solicitation acquittals, no link, an open case; 2C:52-3 wait boundaries and the five-offense limit; 2C:52-2 and
2C:52-5.3 wait boundaries and an out-of-state conviction; 2C:52-6 on 15 June 2020 and a pre-2020 conditional
discharge) all agree with the module; nothing changed. Still open: the current 2C:52-2(a) words were again not
found, so its path for several crimes in one judgment of conviction or one short sequence of events (named in
summaries of P.L.2017, c.244) is not encoded, and two crimes still read as not eligible under 2C:52-2.

Reviewed 2026-12-07 (statute audit): read 2C:52-14 in full (a law firm's verbatim copy, amended through P.L.2019,
c.269, s.12), 2C:52-3(a)-(b) again (casetext through L. 2024, c. 87, up to where every copy breaks off), the Senate
Budget, Judiciary and Health committee statements to S3205 (2018-2019), the introduced S4154 (P.L.2019, c.269),
Volunteer Lawyers for Justice's June 2020 note on P.L.2019, c.269, the LegalEase New Jersey memo (2026-08-06, which
read the enacted act), and excerpts of In re C.P.M. (App. Div. 2019) and In re J.S. (2015). 2C:52-2's own words were again not
found. What changed: (1) a crime now waits five years, not six: P.L.2019, c.269 shortened it from 15 June 2020
(three sources agree; the six years came from a 2018 summary of the superseded P.L.2017, c.244). (2) The
several-crimes routes of 2C:52-2(a) are no longer refused: several crimes, or a crime with more than three disorderly
persons offenses, qualify if all were "listed in a single judgment of conviction" or were "interdependent or closely
related ... within a comparatively short period of time, regardless of the date of conviction"; the screener does not
ask this, so such a record is left open with no question. The same holds for more than five offenses under 2C:52-3,
whose words also say "a prior conviction for another disorderly persons offense ... shall not bar presenting" an
application; any crime still rules 2C:52-3 out. (3) 2C:52-14(e) was missing: a person who has had a conviction
expunged or sealed before cannot use 2C:52-2 or 2C:52-3 (clean slate and 2C:52-6 are exempt); an earlier record
relief leaves this open, since the screening does not ask whether it was of a conviction. (4) The pending-case rule
cited 2C:52-14, which has no such ground; it is the statement every petition carries (2C:52-8), and now also applies to
the petition for an older arrest, dismissal or acquittal. Still open: the text of 2C:52-2 and the end of 2C:52-3(b);
whether a prior crime still bars 2C:52-2 (the 2018 statements say "prior" was dropped; left open); the early paths
(four years for a crime, three for offenses) and unpaid financial assessments are not encoded; clean slate is by its
words for a person "not otherwise eligible" under another section, which the module states as a limit rather than a
condition; the start date of P.L.2021, c.467 (1 May 2022 kept). 2C:44-1.1's own words, beyond paragraph (a)(2), were
again not found.

Reviewed 2026-12-07 (statute-text hunt): read the amendatory text of 2C:52-2(a) in S3205 (first reprint, 18 March
2019), which restates the section with "[prior or]" struck ("convicted of one crime under the laws of this State, and
does not otherwise have any [prior or] subsequent conviction for another crime, whether within this State or any
other jurisdiction"), njexpungements.com's analysis of the enacted L. 2019, c.269 (the most recent of unrelated
crimes can be expunged) and its copies of 2C:52-3 and 2C:52-5.4, and Justia's 2C:52-5.3. What changed: an earlier
crime no longer leaves 2C:52-2 open; only a later crime bars the one-crime route (a later or same-day crime stays open
for the single-judgment and closely-related routes, and a crime of unknown date asks its date). The enacted section's
own copy, the end of 2C:52-3(b), 2C:52-6 and 2C:52-8 as amended, and 2C:44-1.1(a)(1) were again not found; those
entries still rest on summaries or secondary sources.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    Condition,
    convicted,
    custom,
    disposition_is,
    happened_before,
    happened_on_or_after,
    level_is,
    no_conviction_within,
    no_pending_case,
    offense_not_in,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
    years_since_every_other_sentence,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, Truth, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

NJSA_2C_44_1_1 = "N.J.S.A. 2C:44-1.1"
NJSA_2C_52_2 = "N.J.S.A. 2C:52-2"
NJSA_2C_52_2_B = "N.J.S.A. 2C:52-2(b)"
NJSA_2C_52_3 = "N.J.S.A. 2C:52-3"
NJSA_2C_52_5_3 = "N.J.S.A. 2C:52-5.3"
NJSA_2C_52_6 = "N.J.S.A. 2C:52-6"
NJSA_2C_52_6_A = "N.J.S.A. 2C:52-6(a)"
NJSA_2C_52_6_B = "N.J.S.A. 2C:52-6(b)"
NJSA_2C_52_6_C = "N.J.S.A. 2C:52-6(c)"
NJSA_2C_52_8 = "N.J.S.A. 2C:52-8"
NJSA_2C_52_14_E = "N.J.S.A. 2C:52-14(e)"

OFFENSES = (
    Offense(
        "nj-2c-34-1-b-1",
        "Engaging in prostitution",
        "N.J.S.A. 2C:34-1(b)(1)",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="A disorderly persons offense.",
    ),
    Offense(
        "nj-2c-34-1-b-7",
        "Soliciting or paying for sexual activity",
        "N.J.S.A. 2C:34-1(b)(7)",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A disorderly persons offense, or a crime when the other person is a minor.",
    ),
    Offense(
        "nj-2c-34-1-1",
        "Loitering for the purpose of engaging in prostitution",
        "N.J.S.A. 2C:34-1.1",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.MISDEMEANOR,
        note="A disorderly persons offense.",
    ),
    Offense(
        "nj-2c-34-1-b-2",
        "Promoting prostitution (owning, running or managing a prostitution business)",
        "N.J.S.A. 2C:34-1(b)(2)",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "nj-2c-34-1-b-3",
        "Promoting prostitution of a child",
        "N.J.S.A. 2C:34-1(b)(3)",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "nj-2c-14-4",
        "Lewdness",
        "N.J.S.A. 2C:14-4",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="A disorderly persons offense, or a crime of the fourth degree in some cases.",
    ),
    Offense(
        "nj-2c-33-2",
        "Disorderly conduct",
        "N.J.S.A. 2C:33-2",
        Category.QUALITY_OF_LIFE,
        Level.VIOLATION,
        note="A petty disorderly persons offense.",
    ),
    Offense(
        "nj-2c-18-3",
        "Criminal trespass (defiant trespass)",
        "N.J.S.A. 2C:18-3",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
    ),
    Offense("nj-2c-13-8", "Human trafficking", "N.J.S.A. 2C:13-8", Category.TRAFFICKING, Level.FELONY),
)

# Crimes 2C:52-2(b) bars from expungement that appear above.
NOT_EXPUNGEABLE = ("nj-2c-34-1-b-3", "nj-2c-13-8")


def _not_an_excluded_offense(context: ChargeContext) -> Finding:
    """2C:44-1.1 reaches any offense except murder, manslaughter, kidnapping, luring a child
    and sexual assault. None of our categories is one of those except, possibly, "other"."""
    if context.charge.category is Category.OTHER:
        return unknown(
            msg(
                "This does not cover murder, manslaughter, kidnapping, luring a child or sexual assault; "
                "which offense this was is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return met(msg("The offense is not one this law leaves out."))


vacatur_for_trafficking_survivors = Remedy(
    id="nj-vacatur-2c-44-1-1",
    kind=RemedyKind.VACATUR,
    title="Vacate and expunge a conviction or other record that resulted from human trafficking",
    citations=(NJSA_2C_44_1_1,),
    sources=(
        Source(
            "New Jersey (Freedom Network USA, Survivor Reentry Project)", "https://freedomnetworkusa.org/srp_states/nj/"
        ),
        Source(
            "New Jersey expands its vacatur and expungement remedy for human trafficking survivors (CSE Institute)",
            "https://cseinstitute.org/new-jersey-expands-its-vacatur-and-expungement-remedy-for-human-trafficking-survivors",
        ),
        Source(
            "Court Rule 3:21-11, motion to vacate certain convictions",
            "http://criminal-jury.blogspot.com/2015/09/revised-rule-321-11-motion-to-vacate.html",
        ),
    ),
    # P.L.2021, c.467 was approved on 18 January 2022; Legal Services of New Jersey ("effective in May") and a
    # law-firm summary (1 May 2022) agree on May, Freedom Network USA says 1 June 2022. The act's own
    # effective-date section was not read; 1 May 2022 follows the two sources that agree.
    effective=date(2022, 5, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # P.L.2021, c.467 reaches "all arrests, charges, complaints, convictions, or other dispositions".
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=NJSA_2C_44_1_1,
        ),
        trafficking_nexus(cite=NJSA_2C_44_1_1),
        # Custom: the excluded crimes are none of the named offenses; an unnamed 'other' charge stays open.
        custom(
            "not an excluded offense",
            requirement="The offense is not murder, manslaughter, kidnapping, luring a child or sexual assault.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_not_an_excluded_offense,
            cite=NJSA_2C_44_1_1,
        ),
    ),
    effect="The court vacates the conviction, if there was one, and at the same time expunges the arrest, the "
    "charges and any conviction or other outcome of the case.",
    limits=(
        "You must show by a preponderance of the evidence (more likely than not) that the offense came from "
        "your being trafficked.",
        "File within a reasonable time after you got out or sought services, with allowance for your safety.",
    ),
    next_steps=(
        "File a motion under Court Rule 3:21-11 in the Superior Court of the county where you were convicted, "
        "and mail it to the Attorney General, the county prosecutor, the State Police and the police who "
        "arrested you.",
        "Official papers showing you were trafficked are not required but create a presumption in your favor.",
        "Those notified have 60 days to object; if no one does, the motion goes ahead unopposed.",
    ),
    legal_defect=True,
    filing="The Superior Court in the county where the conviction happened.",
)


def _other_levels(context: ChargeContext) -> tuple[int, int, list[str]]:
    """The person's other convictions (listed or among the charges screened): how many were crimes, how many
    disorderly or petty disorderly persons offenses, and the paths of those whose level is not known."""
    others = context.convictions.besides(context.index)
    crimes = sum(p.level is Level.FELONY for p in others)
    lesser = sum(p.level in (Level.MISDEMEANOR, Level.VIOLATION) for p in others)
    return crimes, lesser, [p.path("level") for p in others if p.level is Level.UNKNOWN]


def _disorderly_persons_record(context: ChargeContext) -> Finding:
    """2C:52-3(a)-(b): no crime at all, "whether within this State or any other jurisdiction" (statute text); no
    more than five disorderly or petty disorderly persons offenses. A custom condition because a record over five
    is not ruled out: the 2019 law keeps routes for offenses entered in one judgment or closely related and
    committed in one short sequence of events, and says a prior such conviction "shall not bar presenting" an
    application; the screener does not ask which convictions those are, so the answer stays open."""
    crimes, lesser, unsure = _other_levels(context)
    if crimes:
        return not_met(
            msg(
                "You listed a conviction for a crime (an indictable offense, or a felony elsewhere). This route "
                "is only for people with no crime at all; the route for crimes or clean slate may fit instead."
            )
        )
    if unsure:
        return unknown(
            msg(
                "Any conviction for a crime closes this route; the level of another conviction you listed is not known."
            ),
            *unsure,
        )
    if 1 + lesser <= 5:
        return met(
            msg(
                "Counting this one, you listed {count} disorderly persons offenses; the law allows up to five. "
                "Convictions you did not list would count too.",
                count=1 + lesser,
            )
        )
    return unknown(
        msg(
            "You listed more than five disorderly persons offenses. The record can still qualify if the "
            "offenses were entered in one judgment or were closely related and committed in one short series of "
            "events, and earlier convictions may not count against the limit. The screener does not ask this; a "
            "lawyer can tell from your record."
        )
    )


def _crime_record(context: ChargeContext) -> Finding:
    """2C:52-2(a) as amended by P.L.2019, c.269: "convicted of one crime ... and does not otherwise have any
    subsequent conviction for another crime, whether within this State or any other jurisdiction", alone or with
    "less than four" disorderly or petty disorderly persons offenses (bill text of S3205, first reprint, which
    struck "[prior or]"; the enacted section's own copy was not read). So an earlier crime does not bar the most
    recent one; a later crime does, unless all were "listed in a single judgment of conviction" or were
    "interdependent or closely related in circumstances ... within a comparatively short period of time". A custom
    condition: the screener does not ask whether convictions shared a judgment or a sequence of events, so a later
    (or same-day) crime, or more than three offenses, leaves the answer open instead of refusing it."""
    others = context.convictions.besides(context.index)
    crimes = [p for p in others if p.level is Level.FELONY]
    lesser = sum(p.level in (Level.MISDEMEANOR, Level.VIOLATION) for p in others)
    unsure = [p.path("level") for p in others if p.level is Level.UNKNOWN]
    this_day = context.charge.disposition_date
    undated = [p.path("date") for p in crimes if p.day is None]
    if this_day is None and crimes:
        undated.insert(0, Fact.DISPOSITION_DATE.path(context.index))
    later = [p for p in crimes if p.day is not None and this_day is not None and p.day >= this_day]
    if later or lesser > 3:
        return unknown(
            msg(
                "Besides this crime you listed another crime, or more than three disorderly persons offenses. "
                "That can still qualify if all of them were listed in one judgment of conviction, or were closely "
                "related offenses committed in one short series of events. The screener does not ask this; a "
                "lawyer can tell from your record."
            )
        )
    if undated:
        return unknown(
            msg(
                "An earlier crime does not stop you from expunging your most recent one, but a later crime does "
                "unless they were entered together or closely related; the date of a crime conviction is not known."
            ),
            *undated,
        )
    if unsure:
        return unknown(
            msg(
                "This allows one crime and up to three disorderly persons offenses; the level of another "
                "conviction you listed is not known."
            ),
            *unsure,
        )
    if crimes:
        return met(
            msg(
                "Your other crime conviction came before this one. Only a later crime closes this route, so your "
                "most recent crime can be expunged (the earlier one stays on your record). Besides the crimes you "
                "listed {count} disorderly persons offenses; the law allows up to three.",
                count=lesser,
            )
        )
    return met(
        msg(
            "Besides this crime you listed {count} disorderly persons offenses; the law allows up to three. "
            "Convictions you did not list would count too.",
            count=lesser,
        )
    )


def _no_conviction_expunged_before(context: ChargeContext) -> Finding:
    """2C:52-14(e): a petition "shall be denied" where "the person has had a previous criminal conviction
    expunged", or sealed under prior law, except a clean slate petition (2C:52-5.3) and a petition for an arrest
    without a conviction (2C:52-6). The screening asks only whether any record relief was granted before, so a
    "yes" cannot tell whether a conviction was expunged: it leaves the answer open rather than refusing."""
    answer = context.facts.person.prior_relief
    if answer is Answer.NO:
        return met(msg("No court has expunged or sealed a conviction of yours before."))
    if answer is Answer.YES:
        return unknown(
            msg(
                "A court has cleared a record of yours before. If it expunged or sealed a conviction, this route "
                "is closed to you, though clean slate is not; if it cleared only an arrest or a dismissed charge, "
                "that does not count."
            )
        )
    return unknown(
        msg(
            "This route is closed to someone who has had a conviction expunged or sealed before (clean slate is "
            "not); whether that has happened is not known."
        ),
        Fact.PRIOR_RELIEF.value,
    )


def _no_conviction_expunged(cite: str) -> Condition:
    return custom(
        "no conviction expunged before",
        requirement="No court has expunged or sealed a conviction of yours before.",
        reads=(Fact.PRIOR_RELIEF,),
        rule=_no_conviction_expunged_before,
        cite=cite,
    )


def _five_years_from_most_recent_conviction(context: ChargeContext) -> Finding:
    """2C:52-3(b): five years "from the date of his most recent conviction, payment of any court-ordered
    financial assessment, satisfactory completion of probation or parole, or release from incarceration,
    whichever is later". Another conviction delays the petition until five years after the end of its
    sentence; where that end is not given, five years after its conviction date is still a floor, so a
    recent conviction says "not before" that day and only then leaves the end date as an open question."""
    floor = no_conviction_within(years=5, levels=(Level.MISDEMEANOR, Level.VIOLATION), cite=NJSA_2C_52_3)
    found = floor.evaluate(context)
    if found.truth is not Truth.MET:
        return found
    return years_since_every_other_sentence(years=5, cite=NJSA_2C_52_3).evaluate(context)


expungement_of_disorderly_persons_offenses = Remedy(
    id="nj-expungement-2c-52-3",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge disorderly persons offenses after five years",
    citations=(NJSA_2C_52_3,),
    sources=(
        Source(
            "N.J. Stat. § 2C:52-3 (Casetext)",
            "https://casetext.com/statute/new-jersey-statutes/title-2c-the-new-jersey-code-of-criminal-justice/"
            "chapter-2c52-definition-of-expungement/section-2c52-3-disorderly-persons-offenses-and-petty-"
            "disorderly-persons-offenses",
        ),
    ),
    effective=date(2020, 6, 15),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=NJSA_2C_52_3),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=NJSA_2C_52_3),
        # Custom: no crime at all, and up to five disorderly persons offenses; a longer record stays open (one
        # judgment, closely related offenses, earlier convictions that do not bar).
        custom(
            "the convictions the law allows",
            requirement="No conviction for a crime, and no more than five disorderly or petty disorderly persons "
            "offenses (more may qualify if they were entered together or closely related).",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
            rule=_disorderly_persons_record,
            cite=NJSA_2C_52_3,
        ),
        # Five years from the conviction, payment of fines, probation or release, whichever is later.
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=NJSA_2C_52_3),
        # Custom: the shared window counts either from each other conviction's date or from the end of its
        # sentence; 2C:52-3(b) needs both (the end where it is known, the conviction date as a floor where not).
        custom(
            "five years from the most recent conviction",
            requirement="Five years have passed since your most recent conviction and the end of its sentence.",
            reads=(Fact.OTHER_CONVICTIONS, Fact.DISPOSITION_DATE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_five_years_from_most_recent_conviction,
            cite=NJSA_2C_52_3,
        ),
        no_pending_case(cite=NJSA_2C_52_8),
        # Custom: a conviction expunged before bars this route (not clean slate); see the rule.
        _no_conviction_expunged(NJSA_2C_52_14_E),
    ),
    effect="The records of the arrest and conviction are removed from public view and kept apart; you can "
    "answer as if the offense never happened, with some exceptions (for example judicial and police jobs).",
    limits=(
        "A court can grant it after 3 years in some cases if there is a good reason; this screener uses the "
        "5-year rule.",
        "Not available if a court has expunged or sealed a conviction of yours before; clean slate still is.",
    ),
    next_steps=(
        "Use the Judiciary's eCourts expungement system or its paper forms to file a petition in the Superior "
        "Court of the county where you live or where you were convicted.",
        "There is no filing fee for expungement petitions.",
        "The prosecutor and police are notified and can object; a judge decides.",
    ),
    filing="The Superior Court in the county where you live or where you were convicted.",
)

expungement_of_a_crime = Remedy(
    id="nj-expungement-2c-52-2",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a crime (indictable offense) after five years",
    citations=(NJSA_2C_52_2,),
    sources=(
        Source(
            "New expungement legislation, P.L.2019, c.269 (Volunteer Lawyers for Justice, June 2020)",
            "https://vljnj.org/news/2020/6/9/new-expungement-legislation",
        ),
        Source(
            "Senate Budget and Appropriations Committee statement to S3205 (2018)",
            "https://www.njleg.state.nj.us/2018/Bills/S3500/3205_S1.HTM",
        ),
    ),
    effective=date(2020, 6, 15),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=NJSA_2C_52_2),
        level_is(Level.FELONY, cite=NJSA_2C_52_2),
        offense_not_in(*NOT_EXPUNGEABLE, cite=NJSA_2C_52_2_B),
        # Custom: one crime with no later crime (an earlier one does not bar it) and up to three disorderly persons
        # offenses; a later crime or more offenses stays open (one judgment of conviction, or closely related
        # offenses in one short sequence of events), never refused.
        custom(
            "the convictions the law allows",
            requirement="One crime and no later crime (an earlier one does not count), with no more than three "
            "disorderly or petty disorderly persons offenses (more may qualify if in one judgment or closely related).",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_crime_record,
            cite=NJSA_2C_52_2,
        ),
        # Five years (six before P.L.2019, c.269) from "the most recent conviction, payment of any court-ordered
        # financial assessment, ... or release ... whichever is later": the end of this charge's sentence, and the
        # end of every other conviction's sentence, as for clean slate below.
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=NJSA_2C_52_2),
        years_since_every_other_sentence(years=5, cite=NJSA_2C_52_2),
        no_pending_case(cite=NJSA_2C_52_8),
        # Custom: a conviction expunged before bars this route (not clean slate); see the rule.
        _no_conviction_expunged(NJSA_2C_52_14_E),
    ),
    effect="The records of the arrest and conviction are removed from public view and kept apart.",
    limits=(
        "Some crimes can never be expunged, including promoting prostitution of a child and human trafficking.",
        "An earlier crime does not stop you from expunging your most recent one. A later crime, or more than three "
        "disorderly persons offenses, can still qualify if they were all in one judgment of conviction or were "
        "closely related offenses committed in one short series of events; ask a lawyer.",
        "A court can grant it after 4 years in some cases if there is a good reason; this screener uses the "
        "5-year rule.",
        "Not available if a court has expunged or sealed a conviction of yours before; clean slate still is.",
    ),
    next_steps=(
        "File a petition for expungement in the Superior Court of the county where you live or where you were "
        "convicted, using the Judiciary's eCourts expungement system or paper forms.",
    ),
    filing="The Superior Court in the county where you live or where you were convicted.",
)


clean_slate_expungement = Remedy(
    id="nj-clean-slate-2c-52-5-3",
    kind=RemedyKind.EXPUNGEMENT,
    title="Clean slate: expunge your whole record after ten years",
    citations=(NJSA_2C_52_5_3,),
    sources=(
        Source(
            "N.J.S.A. 2C:52-5.3, clean slate expungement by petition (Justia, 2019)",
            "https://law.justia.com/codes/new-jersey/2019/title-2c/section-2c-52-5-3/",
        ),
    ),
    effective=date(2020, 6, 15),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=NJSA_2C_52_5_3),
        offense_not_in(*NOT_EXPUNGEABLE, cite=NJSA_2C_52_5_3),
        # Ten years from the most recent conviction, payment, probation or release, whichever is later: the end
        # of this charge's sentence, and the end of every other conviction's sentence, listed or not.
        waiting_period(years=10, since=Event.SENTENCE_COMPLETED, cite=NJSA_2C_52_5_3),
        years_since_every_other_sentence(years=10, cite=NJSA_2C_52_5_3),
        no_pending_case(cite=NJSA_2C_52_8),
    ),
    effect="All your eligible New Jersey convictions are expunged together, however many there are.",
    limits=(
        "Any crime that can never be expunged bars this path for the whole record.",
        "The law offers clean slate to people whose record the five-year routes cannot clear; if one of those "
        "fits your record, use it instead.",
    ),
    next_steps=(
        "File one clean slate expungement petition in the Superior Court of the county where you live or where "
        "you were convicted.",
        "The judge decides whether expungement is in the public interest.",
    ),
    filing="The Superior Court in the county where you live or where you were convicted.",
)

DIVERSION_WAIT_MONTHS = 6


def _after_the_case_ended(cite: str) -> Condition:
    """2C:52-6: no wait after a dismissal, acquittal or arrest without charges; six months after a dismissal
    that followed supervisory treatment, a conditional discharge or a conditional dismissal."""
    now = waiting_period(since=Event.DISPOSITION, cite=cite)
    return wait_by_outcome(
        {
            Disposition.DISMISSAL: now,
            Disposition.ACQUITTAL: now,
            Disposition.NO_CHARGES: now,
            Disposition.DIVERSION_COMPLETED: waiting_period(
                months=DIVERSION_WAIT_MONTHS, since=Event.DISPOSITION, cite=cite
            ),
        },
        cite=cite,
    )


automatic_expungement_of_non_convictions = Remedy(
    id="nj-expungement-2c-52-6-automatic",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement when a case is dismissed or you are acquitted",
    citations=(NJSA_2C_52_6_A,),
    sources=(
        Source(
            "Court directive on expungement of arrests not resulting in conviction (June 2020)",
            "https://criminal-jury.blogspot.com/2020/07/expungement-directive-criminal.html",
        ),
    ),
    effective=date(2020, 6, 15),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=NJSA_2C_52_6_A,
        ),
        happened_on_or_after(Event.DISPOSITION, date(2020, 6, 15), cite=NJSA_2C_52_6_A),
        _after_the_case_ended(NJSA_2C_52_6_C),
    ),
    effect="The court orders the arrest and case records expunged when the case ends, without a petition.",
    limits=("A dismissal that was part of a plea deal waits until the charge you pleaded to can be expunged.",),
    next_steps=(
        "Nothing to file. Ask the court for a copy of the expungement order; if none was entered, file a "
        "petition under 2C:52-6.",
    ),
    discretionary=False,
)

expungement_of_older_non_convictions = Remedy(
    id="nj-expungement-2c-52-6-petition",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an older arrest that did not lead to a conviction",
    citations=(NJSA_2C_52_6,),
    sources=(
        Source(
            "Expungement: arrests not resulting in conviction, N.J.S.A. 2C:52-6",
            "https://schneiderfreibergerlaw.com/criminal-statutes/expungement-arrests-not-resulting-conviction-njsa-2c52-6/",
        ),
    ),
    # The petition path predates 1980; only the year of the code is used.
    effective=date(1979, 9, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=NJSA_2C_52_6_A,
        ),
        # Cases ended since 15 June 2020 are expunged by the court without a petition.
        happened_before(Event.DISPOSITION, date(2020, 6, 15), cite=NJSA_2C_52_6_A),
        _after_the_case_ended(NJSA_2C_52_6_B),
        # Every petition states that no charge is pending (2C:52-8), this one too.
        no_pending_case(cite=NJSA_2C_52_8),
    ),
    effect="The court orders the records of the arrest and case expunged.",
    limits=("A dismissal that was part of a plea deal waits until the charge you pleaded to can be expunged.",),
    next_steps=(
        "File a petition for expungement in the Superior Court of the county where the case ended. You can "
        "file at any time after a dismissal or acquittal.",
    ),
    filing="The Superior Court in the county where the case ended.",
)

JURISDICTION = Jurisdiction(
    code="NJ",
    name="New Jersey",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_of_disorderly_persons_offenses,
        expungement_of_a_crime,
        clean_slate_expungement,
        automatic_expungement_of_non_convictions,
        expungement_of_older_non_convictions,
    ),
    legal_help=(
        LegalHelp(
            "Volunteer Lawyers for Justice",
            "https://www.vljnj.org/trafficking-victims-legal-assistance-program",
            "Expungement clinics and the Human Trafficking Survivors' Legal Assistance Program",
        ),
        LegalHelp(
            "Legal Services of New Jersey (LSNJLaw)",
            "https://lsnjlaw.org/legal-topics/victims-of-crime/human-trafficking/pages/vacatur-expungement-bill-aspx",
            "Statewide civil legal aid; a guide to trafficking-survivor vacatur and expungement",
        ),
    ),
    where_to_file="The Superior Court, Criminal Division, in the county where you live or where the case was decided.",
    notes=(
        "The law (N.J.S.A. 2C:52-5.4) calls for an automated clean slate process that would clear old convictions "
        "without a petition, but the State has not put it in place; until it does, you must file a petition.",
    ),
)
