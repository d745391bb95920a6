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
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    granted_once_under_this_law,
    level_is,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
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
    citations=(MC_99_19_71_4, MC_99_15_123, MC_99_15_26_5),
    sources=(
        CLEARINGHOUSE,
        SB_2336,
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
    title="Expunction of a misdemeanor conviction for a first offender",
    citations=(MC_99_19_71_1,),
    sources=(SB_2336,),
    # In force in this form since Laws 1986, ch. 412 (day not confirmed; 1 January 1986 used).
    effective=date(1986, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=MC_99_19_71_1),
        level_is(Level.MISDEMEANOR, cite=MC_99_19_71_1),
        # "First offender": read as no other conviction at all.
        convictions_at_most(total=1, cite=MC_99_19_71_1),
    ),
    effect="The court removes the misdemeanor conviction from public records, and you may lawfully leave it out when "
    "asked about your record, with a few exceptions.",
    limits=(
        "A private record is kept to check whether you are a first offender if you are charged again.",
        "This is only for a first offense; traffic offenses are left out.",
    ),
    next_steps=(
        "File a petition for expunction in the justice, municipal, county or circuit court where you were convicted.",
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
