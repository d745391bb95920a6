"""Mississippi: vacatur of prostitution convictions of trafficking victims and expunction by petition.

Reviewed 2026-11-25 against Miss. Code Ann. § 97-3-54.6 (vacatur for sex-trafficking victims,
as summarized by the Juvenile Sex Trafficking Institute and the Child Welfare Information
Gateway), § 99-19-71 (expunction of misdemeanors of first offenders, of one felony after five
years, and of cases dismissed or dropped; current text as reproduced in Senate Bill 2336 of
2026), § 97-29-49 (prostitution), § 97-29-51 (procuring, soliciting and promoting prostitution)
and § 97-3-54.1 (human trafficking).

What could not be confirmed, and how it is encoded:
- Senate Bill 2322 (2025) and Senate Bill 2336 (2026) would let trafficking victims expunge
  misdemeanors and nonviolent convictions that resulted from their victimization, extend the
  vacatur to juvenile adjudications and bar expunction of felony promoting or procuring. No
  source confirms that either was enacted; the 2026 bill still proposes those changes, so
  they are not encoded. § 97-29-49 itself was not found to hold an expunction provision of
  its own.
- The vacatur is read as reaching prostitution convictions only (the bill of 2026 calls it
  "vacatur of prostitution convictions"); its subsection number, (5), and its start date are
  taken from secondary sources.
- The levels of prostitution and procuring vary with earlier offenses in the sources seen, so
  they are left as unknown; a felony expunction also requires that fines and court costs be
  paid, which the screener reads as part of completing the sentence.

Reviewed 2026-12-06 against § 99-19-71 (2019 Justia copy and the 2026 SB 2336 restatement), § 99-15-123
(pretrial intervention), § 99-15-26(5) and secondary quotations of § 97-3-54.6(5): a completed pretrial
intervention or nonadjudication now reaches the non-conviction expunction (it ends in a noncriminal
disposition or dismissal). Still open: the one-felony-in-a-lifetime limit is shown as a limit only (the
screener's prior-relief question does not say what relief was granted), and the municipal-court expunction
of misdemeanors after two years (§ 21-23-7(6)) was seen only in a secondary quotation and is not encoded.

Reviewed 2026-12-07 against the text of §§ 97-3-54, 97-3-54.4 and 97-3-54.6 (Justia copies of the
Mississippi Code as scraped into the saint1415/us-statutes data set, February 2026; history of § 97-3-54.6:
Laws 2013, ch. 543 only). Changed: § 97-3-54.6(5) vacates "a conviction under this act", and § 97-3-54.4(a)
defines "this act" as the Mississippi Human Trafficking Act (§§ 97-3-54 to 97-3-54.9); a trafficking victim's
conviction under that Act (for example § 97-3-54.1) is now screened as eligible, and a prostitution
conviction (§ 97-29-49, outside the Act) is now only possibly eligible, since only secondary sources and the
title of an unenacted 2026 bill read the subsection as reaching it. The text of § 99-19-71 again came only
from the 2019 Justia copy and the 2026 bill (the data set lacks title 99, chapters 15 and 19).

Legal help checked 2026-12-07: Mississippi Center for Justice (expungement clinics) and the Mississippi
Volunteer Lawyers Project (expungement clinics; its about page now lists domestic matters) confirmed; the
latter's description narrowed.

Reviewed 2026-12-07 (statute audit): read § 21-23-7 in full (Justia copy in the saint1415/us-statutes data set,
history through Laws 2021, ch. 319), § 99-19-71 again (2019 Justia copy; 2026 S.B. 2336 as introduced, which
restates (1) and (2)(a) unchanged), the pre-2019 text of § 99-19-71 (laws.com; uslegal), the Clean Slate
Clearinghouse summary of (4), a law office's guide quoting § 9-11-15(3), and the 2021-2026 bills to change
§ 99-19-71 (H.B. 122 of 2021, S.B. 2204 of 2024, S.B. 2322 of 2025, S.B. 2222 and S.B. 2336 of 2026), none of
which was found enacted. Changed: (1) a road to expunction was missing: a municipal court (§ 21-23-7(6)) and a
justice court (§ 9-11-15(3)) "may, in its discretion, order the record of conviction of a person of any or all
misdemeanors in that court expunged" on "a showing in open court of rehabilitation, good conduct for a period of
two (2) years since the last conviction in any court", with no first-offender limit. It is joined to the
misdemeanor expunction as its second road: a person who is not (or may not be) a first offender is now possibly
eligible (from two years after the last conviction) instead of not eligible, since the court that convicted the
person is not asked. (2) The first-offender road of § 99-19-71(1) no longer rules out a person whose only other
convictions came after this one: the section does not define "first offender", and the record it keeps serves to
decide whether "in subsequent proceedings" the person is one, which reads as no earlier conviction; a later
conviction now leaves that road open, an earlier one closes it. (3) The non-conviction expunction now also
cites § 21-23-7(13), whose words reach a person "found not guilty at trial". Still open: the text of § 9-11-15(3) (secondary quotation only), the current text of
§ 99-19-71(4), the level of a prostitution conviction (§ 97-29-49 not read), and whether § 97-3-54.6(5) reaches
prostitution convictions.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    granted_once_under_this_law,
    level_is,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, Truth, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

MC_97_3_54_6 = "Miss. Code Ann. § 97-3-54.6(5)"
MC_99_19_71_1 = "Miss. Code Ann. § 99-19-71(1)"
MC_99_19_71_2 = "Miss. Code Ann. § 99-19-71(2)(a)"
MC_99_19_71_4 = "Miss. Code Ann. § 99-19-71(4)"
MC_99_15_123 = "Miss. Code Ann. § 99-15-123(1), (3)"
MC_99_15_26_5 = "Miss. Code Ann. § 99-15-26(5)"
MC_21_23_7_6 = "Miss. Code Ann. § 21-23-7(6); § 9-11-15(3)"
MC_99_19_71_1_OR_21_23_7_6 = "Miss. Code Ann. § 99-19-71(1); § 21-23-7(6); § 9-11-15(3)"
MC_21_23_7_13 = "Miss. Code Ann. § 21-23-7(13)"

SB_2336 = Source(
    "Mississippi Legislature, Senate Bill 2336 (2026), showing the current text of § 99-19-71",
    "http://billstatus.ls.state.ms.us/documents/2026/html/SB/2300-2399/SB2336IN.htm",
)
CODE_97_3_54_6 = Source(
    "Miss. Code Ann. § 97-3-54.6 (Justia copy, Laws 2013, ch. 543)",
    "https://law.justia.com/codes/mississippi/title-97/chapter-3/section-97-3-54-6/",
)
JYSI = Source("Juvenile Sex Trafficking Institute: Mississippi", "https://jysi.org/states/mississippi")
CHILD_WELFARE = Source(
    "Child Welfare Information Gateway: Responding to child victims of human trafficking, Mississippi",
    "https://www.childwelfare.gov/resources/responding-child-victims-human-trafficking-mississippi/",
)
CODE_21_23_7 = Source(
    "Miss. Code Ann. § 21-23-7 (Justia copy, amended through Laws 2021, ch. 319)",
    "https://law.justia.com/codes/mississippi/title-21/chapter-23/section-21-23-7/",
)
CLEARINGHOUSE = Source(
    "Clean Slate Clearinghouse: Mississippi, non-conviction records",
    "https://cleanslateclearinghouse.org/policies/ms-nc-2/",
)

OFFENSES = (
    Offense(
        "ms-code-97-29-49",
        "Prostitution",
        "Miss. Code Ann. § 97-29-49",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="Penalties rise with earlier offenses.",
    ),
    Offense(
        "ms-code-97-29-51-1",
        "Procuring or soliciting for prostitution",
        "Miss. Code Ann. § 97-29-51(1)",
        Category.SOLICITATION,
        Level.UNKNOWN,
    ),
    Offense(
        "ms-code-97-29-51-2",
        "Promoting prostitution",
        "Miss. Code Ann. § 97-29-51(2)",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ms-code-97-29-31", "Indecent exposure", "Miss. Code Ann. § 97-29-31", Category.LEWDNESS, Level.MISDEMEANOR
    ),
    Offense(
        "ms-code-97-35-7",
        "Disorderly conduct (failure to obey a police order)",
        "Miss. Code Ann. § 97-35-7",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ms-code-97-35-15",
        "Disturbing the peace",
        "Miss. Code Ann. § 97-35-15",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ms-code-97-3-54.1", "Human trafficking", "Miss. Code Ann. § 97-3-54.1", Category.TRAFFICKING, Level.FELONY
    ),
)


def _felony_not_excluded(context: ChargeContext) -> Finding:
    """Crimes of violence, first-degree arson, drug trafficking, felony DUI and some other felonies
    cannot be expunged. None of the sex-trade felonies this module names is on that list; a felony
    under another law may be."""
    charge = context.charge
    if charge.offense in context.offenses:
        return met(msg("This charge is not one of the felonies the law leaves out."))
    if charge.level not in (Level.FELONY, Level.UNKNOWN):
        return met(msg("Only some felonies are left out; this charge is not a felony."))
    return unknown(
        msg(
            "Crimes of violence and some other felonies cannot be expunged; which law the charge was under is not known."
        ),
        context.path(Fact.OFFENSE),
    )


def _first_offender(context: ChargeContext) -> Finding:
    """§ 99-19-71(1): a person "convicted of a misdemeanor ... and who is a first offender". The section does not
    define a first offender; the nonpublic record it keeps serves to decide "whether, in subsequent proceedings, the
    person is a first offender", which reads as a person with no conviction before the one at hand. A conviction
    before this one rules it out; a conviction only after it leaves the answer open (the words do not settle
    whether a later conviction ends first-offender status). Custom because the shared conviction limits count
    every conviction alike, earlier or later."""
    own = context.charge.disposition_date
    others = context.convictions.besides(context.index)
    if not others:
        return met(msg("You listed no other conviction, so this is a first offense."))
    if own is not None and any(p.day is not None and p.day < own for p in others):
        return not_met(msg("You have a conviction from before this one, so you are not a first offender."))
    undated = [p.path("date") for p in others if p.day is None]
    if own is None or undated:
        missing = ([context.path(Fact.DISPOSITION_DATE)] if own is None else []) + undated
        return unknown(
            msg(
                "A conviction from before this one would mean you are not a first offender; which came first is "
                "not known."
            ),
            *missing,
        )
    return unknown(
        msg(
            "Your other convictions came after this one. The law does not say whether a later conviction means "
            "you are no longer a first offender; a lawyer can check."
        )
    )


def _first_offender_or_lower_court(context: ChargeContext) -> Finding:
    """Two roads to expunging a misdemeanor. § 99-19-71(1): any court, for "a first offender" (see
    _first_offender). § 21-23-7(6) (municipal court) and § 9-11-15(3) (justice court): "any or all misdemeanors
    in that court", with no first-offender limit, on "a showing in open court of rehabilitation, good conduct for
    a period of two (2) years since the last conviction in any court". The screening does not ask which court
    decided the case, so where only the second road is left the answer stays open; it is dated in the reason
    while the two years run. Custom because one condition joins two statutes' alternatives."""
    first = _first_offender(context)
    if first.truth is Truth.MET:
        return first
    own = context.charge.disposition_date
    others = context.convictions.besides(context.index)
    undated = ([context.path(Fact.DISPOSITION_DATE)] if own is None else []) + [
        p.path("date") for p in others if p.day is None
    ]
    if undated:
        return unknown(
            msg(
                "If this is not a first offense, a municipal or justice court can still expunge it two years after "
                "your last conviction; the dates of your convictions are not all known."
            ),
            *dict.fromkeys((*first.open_questions, *undated)),
        )
    last = max(day for day in (own, *(p.day for p in others)) if day is not None)  # all known here
    ends = add_period(last, years=2)
    if ends <= context.facts.as_of:
        return unknown(
            msg(
                "A municipal (city) or justice court can expunge any misdemeanors it decided after two years of "
                "good conduct since your last conviction, and two years have passed; which court decided this one "
                "is not asked."
            ),
            *first.open_questions,
        )
    return unknown(
        msg(
            "If this is not a first offense, a municipal (city) or justice court can expunge it from {day}, two years "
            "after your last conviction; which court decided it is not asked.",
            day=ends,
        ),
        *first.open_questions,
    )


# The Mississippi Human Trafficking Act: §§ 97-3-54 to 97-3-54.9 (§ 97-3-54); § 97-3-54.4(a): "'Act' or
# 'this act' means the Mississippi Human Trafficking Act."
HUMAN_TRAFFICKING_ACT = frozenset({"ms-code-97-3-54.1"})
PROSTITUTION = "ms-code-97-29-49"


def _conviction_under_the_act(context: ChargeContext) -> Finding:
    """§ 97-3-54.6(5) vacates "a conviction under this act", and § 97-3-54.4(a) defines "this act" as the
    Human Trafficking Act. Prostitution (§ 97-29-49) is outside that Act, yet secondary sources and the title
    of 2026 S.B. 2336 speak of the subsection as vacating prostitution convictions; a prostitution conviction
    is therefore left open rather than counted or ruled out. Custom because one listed offense is answered
    "not known", which the shared offense lists cannot say."""
    offense = context.charge.offense
    if offense in HUMAN_TRAFFICKING_ACT:
        return met(msg("The conviction was under the Human Trafficking Act."))
    if offense == PROSTITUTION or (offense is None and context.charge.category is Category.PROSTITUTION):
        return unknown(
            msg(
                "The law vacates convictions under the Human Trafficking Act; prostitution is a separate law. Some "
                "guides and a 2026 bill treat it as covering prostitution convictions, but its words do not say so; "
                "a lawyer can check."
            ),
            context.path(Fact.OFFENSE),
        )
    if offense is None:
        return unknown(
            msg(
                "This covers only convictions under the Human Trafficking Act; which law the charge was under is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    return not_met(msg("This covers only convictions under the Human Trafficking Act."))


vacatur_for_trafficking_victims = Remedy(
    id="ms-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from being trafficked",
    citations=(MC_97_3_54_6,),
    sources=(CODE_97_3_54_6, JYSI, CHILD_WELFARE),
    # Section 97-3-54.6 came with the 2013 revision of the Human Trafficking Act (House Bill 673),
    # in force from 1 July 2013; the date the vacatur subsection was added was not confirmed.
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.TRAFFICKING),
    conditions=(
        convicted(cite=MC_97_3_54_6),
        # Custom: a prostitution conviction is a legal doubt (see _conviction_under_the_act).
        custom(
            "conviction under the human trafficking act",
            requirement="The conviction was under the Human Trafficking Act (whether a prostitution conviction "
            "counts is not settled).",
            reads=(Fact.OFFENSE,),
            rule=_conviction_under_the_act,
            cite=MC_97_3_54_6,
        ),
        trafficking_nexus(cite=MC_97_3_54_6),
    ),
    effect="The court sets aside (vacates) the conviction because you took part only as a victim of trafficking.",
    limits=(
        "The judge decides. Papers from a government agency showing you were a trafficking victim at the time make "
        "the judge presume the link, but they are not required.",
        "There is no deadline: you can file at any time after the conviction.",
        "The law speaks of convictions under the Human Trafficking Act; whether it reaches a prostitution "
        "conviction is not settled.",
    ),
    next_steps=(
        "File a motion to vacate in the court where you were convicted (justice, municipal, county or circuit court).",
        "Attach any proof that you were trafficked, such as a letter from a federal, state or local agency; your own "
        "sworn statement and other evidence can also help.",
        "After the conviction is vacated, you can also ask the court to expunge the record of the case.",
    ),
    legal_defect=True,
    filing="The court where you were convicted.",
)

expunction_without_conviction = Remedy(
    id="ms-expunction-nonconviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunction of an arrest or charge that was dismissed, dropped, diverted or ended without a conviction",
    citations=(MC_99_19_71_4, MC_99_15_123, MC_99_15_26_5, MC_21_23_7_13),
    sources=(
        CLEARINGHOUSE,
        SB_2336,
        CODE_21_23_7,
        Source(
            "Miss. Code Ann. § 99-15-123 (pretrial intervention; expunction of dismissed cases)",
            "https://statutes.laws.com/mississippi/title-99/15/99-15-123/",
        ),
    ),
    # The rule dates from Laws 2003, ch. 557 (approved 24 April 2003); it is now subsection (4).
    effective=date(2003, 4, 24),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A completed pretrial intervention ends in a "noncriminal disposition" (§ 99-15-123(1)) and a
        # completed nonadjudication in dismissal (§ 99-15-26); both are then expunged on petition.
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=MC_99_19_71_4,
        ),
    ),
    effect="The court orders the record of the arrest and case removed from public records. In law you are put back "
    "where you were before the arrest.",
    limits=("A private record is kept that courts and police can use in some later cases.",),
    next_steps=(
        "File a petition for expunction in the court that handled the case (justice, municipal, county or circuit "
        "court). There is no waiting period.",
        "Ask the court clerk about the filing fee and whether it can be waived if you cannot pay.",
    ),
    discretionary=False,
    filing="The court that had the case.",
)

expunction_of_first_misdemeanor = Remedy(
    id="ms-expunction-misdemeanor",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunction of a misdemeanor conviction (a first offense, or by a city or justice court)",
    citations=(MC_99_19_71_1, MC_21_23_7_6),
    sources=(
        SB_2336,
        CODE_21_23_7,
        Source(
            "Misdemeanor expungement in Mississippi (law office guide quoting §§ 9-11-15(3) and 21-23-7(6))",
            "https://hpattorney.net/misdemeanor-expungement-in-mississippi/",
        ),
    ),
    # In force in this form since Laws 1986, ch. 412 (day not confirmed; 1 January 1986 used).
    effective=date(1986, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=MC_99_19_71_1),
        level_is(Level.MISDEMEANOR, cite=MC_99_19_71_1),
        # "First offender": no conviction before this one; a later conviction is left open, since the words do not
        # say it ends first-offender status (any other conviction had ruled the expunction out). Otherwise a
        # municipal or justice court may expunge any misdemeanors after two years of good conduct (§ 21-23-7(6),
        # § 9-11-15(3)), which stays open as the court is not asked. Custom: see _first_offender_or_lower_court.
        custom(
            "first offender or lower court",
            requirement="You had no conviction before this one (you are a first offender), or the conviction was in "
            "a municipal or justice court and two years have passed since your last conviction.",
            reads=(Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_first_offender_or_lower_court,
            cite=MC_99_19_71_1_OR_21_23_7_6,
        ),
    ),
    effect="The court removes the misdemeanor conviction from public records, and you may lawfully leave it out when "
    "asked about your record, with a few exceptions.",
    limits=(
        "A private record is kept to check whether you are a first offender if you are charged again.",
        "In any court this is for a first offense; traffic offenses are left out.",
        "A municipal (city) or justice court can also expunge any or all misdemeanors it decided, first offense or "
        "not, once two years have passed since your last conviction; the judge must find rehabilitation and good "
        "conduct.",
    ),
    next_steps=(
        "File a petition for expunction in the justice, municipal, county or circuit court where you were convicted.",
        "If it was not a first offense and the conviction was in a municipal or justice court, ask that court to "
        "expunge it after two years of good conduct, and bring proof such as work or school records and letters "
        "of support.",
        "Ask the court clerk about the filing fee and whether it can be waived if you cannot pay.",
    ),
    filing="The court where you were convicted.",
)

expunction_of_one_felony = Remedy(
    id="ms-expunction-felony",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunction of one felony conviction five years after the sentence",
    citations=(MC_99_19_71_2,),
    sources=(SB_2336,),
    # The five-year felony expunction took its current form with the Criminal Justice Reform Act
    # (House Bill 1352 of 2019), in force from 1 July 2019.
    effective=date(2019, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=MC_99_19_71_2),
        level_is(Level.FELONY, cite=MC_99_19_71_2),
        # Custom: no named offense is on the list, and an offense list with no member cannot render its names.
        custom(
            "felony not excluded",
            requirement="The felony is not a crime of violence or another felony the law leaves out.",
            reads=(Fact.LEVEL, Fact.OFFENSE),
            rule=_felony_not_excluded,
            cite=MC_99_19_71_2,
        ),
        # Counted from the successful completion of every term of the sentence, which includes paying
        # all fines and court costs.
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=MC_99_19_71_2),
        # "one (1) conviction": a person whose felony was expunged under this law before cannot use it again.
        granted_once_under_this_law(cite=MC_99_19_71_2),
    ),
    effect="The court can remove one felony conviction from public records.",
    limits=(
        "Only one felony conviction can ever be expunged this way.",
        "You must have paid all fines and court costs, and the judge decides after a hearing.",
    ),
    next_steps=(
        "File a petition for expunction in the circuit court where you were convicted.",
        "Bring proof that you finished probation or parole and paid all fines and court costs.",
    ),
    filing="The circuit court where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="MS",
    name="Mississippi",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_victims,
        expunction_without_conviction,
        expunction_of_first_misdemeanor,
        expunction_of_one_felony,
    ),
    legal_help=(
        LegalHelp(
            "Mississippi Center for Justice",
            "https://mscenterforjustice.org",
            "Free expungement clinics and help preparing petitions",
        ),
        LegalHelp(
            "Mississippi Volunteer Lawyers Project",
            "https://www.mvlp.net",
            "Free expungement clinics held from time to time for people with low incomes",
        ),
    ),
    where_to_file="The court that handled the case: justice or municipal court for most misdemeanors, county or "
    "circuit court for others, circuit court for felonies.",
    notes=(
        "A person under 18 cannot be charged with prostitution in Mississippi; they are treated as a child in need "
        "of protection.",
        "Bills to let trafficking victims expunge other convictions were filed in 2025 and 2026; check whether one "
        "has become law.",
    ),
)
