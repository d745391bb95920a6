"""New Mexico: sealing for trafficking survivors and court expungement under the Criminal Record
Expungement Act (arrests without conviction and most convictions).

Reviewed 2026-11-25 against NMSA 1978 §§ 29-3A-4 and 29-3A-5 (Criminal Record Expungement Act,
Laws 2019, ch. 240, in force 1 January 2020), the sealing authority for crimes committed by human
trafficking victims that survived that Act (cited here as § 30-52-1.1; the section number and year
could not be checked against the official compilation, see below) and §§ 30-9-2 to 30-9-4.1
(prostitution offenses). New Mexico has no clean-slate law that reaches these records; the only
automatic expungement (§ 29-3A-9) is for cannabis offenses.

Reviewed 2026-12-06 against § 29-3A-5 (full text, LegalFix copy and the 2019 edition quoted by
Aarons Law) and § 29-3A-4(A)-(D) (Justia 2021); the trafficking-victim sealing section still only
through the CCRC profile (its text was not found). What changed: § 29-3A-5(C)(4) asks that "no other
criminal conviction of the petitioner has occurred for a period of" two to ten years, so a later
conviction now delays expungement until that conviction-free period has passed instead of barring it
for ever; the felony degree, where given, sets the period (fourth degree 4 years, third 6, second 8,
first 10). The period is still counted from the end of the sentence, the conservative reading: the
statute requires the sentence to be complete but does not say the period starts then.

Second review 2026-12-06 against the Justia text of §§ 29-3A-4, 29-3A-5 and 30-52-1.2 (read in the
saint1415/us-statutes repository): the survivor sealing law is § 30-52-1.2 (Laws 2013, ch. 200, § 2, in
force 1 July 2013; § 30-52-1.1 is a civil action). It seals "records of the charges and convictions" of
a trafficking victim charged with non-homicide crimes, so it now reaches dismissals, acquittals and
completed diversion too. § 29-3A-5(F) measures the conviction-free period "from the last date on which a
person completed a sentence for a conviction", so a listed conviction's sentence end now sets the date.

Reviewed 2026-12-07 for the one condition below statute text, the legal-help list and this note. The
pending-charge condition of § 29-3A-4 now rests on the statute's words: the 2019 text (getpocketlaw copy, Laws
2019, ch. 203, § 4) orders expungement "if it finds that no other charge or proceeding is pending against the
petitioner"; in the 2021 text (Justia) that sentence is subsection E, stored only to "E. After a hearing on the
p...". No rule changed. Legal help: the ACLU of New Mexico's expungement guide points people who cannot afford a
lawyer to the Volunteer Attorney Program of New Mexico Legal Aid and the State Bar (https://www.vapnm.org/); it
replaces the two entries whose links were not seen in a source.

Cross-check 2026-12-07 against the Justia text of §§ 29-3A-1 to 29-3A-8 (saint1415/us-statutes repository copy,
with the 2021 (1st S.S.) amendment): worked examples built from the statute's words. What changed: § 29-3A-5(F)
measures the conviction-free period "from the last date on which a person completed a sentence for a conviction
in any jurisdiction"; the end of the sentence of another conviction the person lists (not only of another charge
screened) now sets the day the period is over. Before, such a conviction counted from its conviction date, so a
person whose later sentence ended recently was told they could file now.

Reviewed 2026-12-07 (statute audit): read the Justia text of §§ 29-3A-1 to 29-3A-8, § 29-11A-3 and §§ 30-52-1 to
30-52-2 and §§ 30-9-1 to 30-9-4.1 (saint1415/us-statutes repository copies), with the LegalFix and Aarons Law copies
of § 29-3A-5. What changed: § 29-3A-5(G) ("do not apply to an offense committed against a child, an offense that
caused great bodily harm or death ..., a sex offense as defined in Section 29-11A-3 ..., embezzlement ... or an
offense involving driving while under the influence") is now a condition, not only a limit: § 29-11A-3(I) lists none
of the sex-trade offenses here nor plain indecent exposure, so those pass; an unnamed 'other' offense, a lewdness
charge under an unnamed law (it may be aggravated indecent exposure, which is listed) and a human trafficking
conviction (it may have been against a child or caused great bodily harm) are left open. Where a felony's degree is
missing, the degree is now asked rather than the level already given. Still open: § 30-52-1.2(A) seals charges
"arising out of the actions of someone charged with human trafficking"; the screening does not ask whether the
trafficker was charged, so the remedy's limits say it and the rule does not test it (see the evidence note). The
fines and fees of § 29-3A-5(A) and the restitution of (C)(3) are stated as limits, not asked. S.B. 467 (2025), which
would amend §§ 29-3A-3 to 29-3A-5, was seen only as introduced.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    no_conviction_within,
    no_pending_case,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, SEX_TRADE, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, Truth, later, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

NMSA_29_3A_4_A = "N.M. Stat. Ann. § 29-3A-4(A)"
NMSA_29_3A_4_E = "N.M. Stat. Ann. § 29-3A-4(E)"
NMSA_29_3A_5_A = "N.M. Stat. Ann. § 29-3A-5(A)"
NMSA_29_3A_5_C1 = "N.M. Stat. Ann. § 29-3A-5(C)(1)"
NMSA_29_3A_5_C4 = "N.M. Stat. Ann. § 29-3A-5(C)(4)"
NMSA_29_3A_5_G = "N.M. Stat. Ann. § 29-3A-5(G)"
NMSA_30_52_1_2 = "N.M. Stat. Ann. § 30-52-1.2"

CREA_NON_CONVICTION = Source(
    "NMSA § 29-3A-4, expungement of records upon release without conviction (Justia)",
    "https://law.justia.com/codes/new-mexico/2021/chapter-29/article-3a/section-29-3a-4/",
)
CREA_CONVICTION = Source(
    "NMSA § 29-3A-5, expungement of records upon conviction (LegalFix)",
    "https://legalfix.com/statutes/state-codes/new-mexico/chapter-29/article-3a/section-29-3a-5",
)
CCRC_PROFILE = Source(
    "New Mexico: Restoration of Rights & Record Relief (Collateral Consequences Resource Center)",
    "http://ccresourcecenter.org/state-restoration-profiles/new-mexico-restoration-of-rights-pardon-expungement-sealing",
)
CLEAN_SLATE_OVERVIEW = Source(
    "New Mexico adult criminal record clearance overview (National Reentry Resource Center)",
    "http://www.nationalreentryresourcecenter.org/cleanslate/states/new-mexico",
)

OFFENSES = (
    Offense(
        "nm-nmsa-30-9-2",
        "Prostitution",
        "N.M. Stat. Ann. § 30-9-2",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="A petty misdemeanor the first time, a misdemeanor after that.",
    ),
    Offense(
        "nm-nmsa-30-9-3",
        "Patronizing prostitutes",
        "N.M. Stat. Ann. § 30-9-3",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
        note="A petty misdemeanor the first time, a misdemeanor after that.",
    ),
    Offense(
        "nm-nmsa-30-9-4",
        "Promoting prostitution",
        "N.M. Stat. Ann. § 30-9-4",
        Category.PROMOTING,
        Level.FELONY,
        note="A fourth degree felony.",
        grade=Grade.FELONY_FOURTH_DEGREE,
    ),
    Offense(
        "nm-nmsa-30-9-4.1",
        "Accepting earnings of a prostitute",
        "N.M. Stat. Ann. § 30-9-4.1",
        Category.PROMOTING,
        Level.FELONY,
        note="A fourth degree felony.",
        grade=Grade.FELONY_FOURTH_DEGREE,
    ),
    Offense("nm-nmsa-30-9-14", "Indecent exposure", "N.M. Stat. Ann. § 30-9-14", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense(
        "nm-nmsa-30-20-1",
        "Disorderly conduct",
        "N.M. Stat. Ann. § 30-20-1",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "nm-nmsa-30-14-1", "Criminal trespass", "N.M. Stat. Ann. § 30-14-1", Category.QUALITY_OF_LIFE, Level.UNKNOWN
    ),
    Offense("nm-nmsa-30-52-1", "Human trafficking", "N.M. Stat. Ann. § 30-52-1", Category.TRAFFICKING, Level.FELONY),
)

# Known offenses whose degree fixes the Expungement Act wait (fourth degree felonies: 4 years).
FELONY_WAIT_YEARS = {"nm-nmsa-30-9-4": 4, "nm-nmsa-30-9-4.1": 4}
# § 29-3A-5(C)(4)(b)-(e): the conviction-free period by felony degree, where the degree is given.
DEGREE_WAIT_YEARS = {
    Grade.FELONY_FOURTH_DEGREE: 4,
    Grade.FELONY_THIRD_DEGREE: 6,
    Grade.FELONY_SECOND_DEGREE: 8,
    Grade.FELONY_FIRST_DEGREE: 10,
}
LONGEST_WAIT_YEARS = 10


def _period_years(context: ChargeContext) -> int | None:
    """The conviction-free period of § 29-3A-5(C)(4) for this charge, where it can be told."""
    charge = context.charge
    if charge.grade in DEGREE_WAIT_YEARS:
        return DEGREE_WAIT_YEARS[charge.grade]
    if charge.offense in FELONY_WAIT_YEARS:
        return FELONY_WAIT_YEARS[charge.offense]
    if charge.level in (Level.VIOLATION, Level.MISDEMEANOR) and charge.category is not Category.OTHER:
        return 2
    return None


# § 29-3A-5(G) leaves out offenses against a child, offenses causing great bodily harm or death, sex offenses
# under § 29-11A-3 (which lists none of the sex-trade offenses here, and aggravated indecent exposure but not
# indecent exposure), embezzlement and drunk driving. These categories' offenses are none of those.
NOT_EXCLUDED_CATEGORIES = SEX_TRADE | {Category.QUALITY_OF_LIFE}


def _not_excluded_offense(context: ChargeContext) -> Finding:
    """§ 29-3A-5(G): the conviction expungement does not apply to an offense against a child, one that caused
    great bodily harm or death, a registrable sex offense, embezzlement or drunk driving. A custom condition:
    the list is of kinds of offense, not of sections, and some (against a child, great bodily harm) turn on
    facts of the case the screening does not ask."""
    charge = context.charge
    if charge.category in NOT_EXCLUDED_CATEGORIES or charge.offense == "nm-nmsa-30-9-14":
        return met(msg("The charge is not one of the kinds of offense this leaves out."))
    if charge.category is Category.LEWDNESS:
        return unknown(
            msg(
                "This leaves out registrable sex offenses such as aggravated indecent exposure; which law the "
                "charge was under is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    if charge.category is Category.TRAFFICKING:
        return unknown(
            msg(
                "This leaves out offenses against a child and offenses that caused great bodily harm; whether "
                "either was so in this case is not known."
            )
        )
    return unknown(
        msg(
            "This leaves out offenses against a child, offenses that caused great bodily harm or death, "
            "registrable sex offenses, embezzlement and drunk driving; which offense this was is not known."
        ),
        context.path(Fact.OFFENSE),
    )


def _not_homicide(context: ChargeContext) -> Finding:
    """The trafficking-victim sealing law excludes homicide. A charge in one of the sex-trade or
    quality-of-life categories is not a homicide; an 'other' charge might be."""
    charge = context.charge
    if charge.category is not Category.OTHER or charge.offense in context.offenses:
        return met(msg("The charge was not a homicide."))
    return unknown(
        msg("This does not cover homicide; which law the charge was under is not known."),
        context.path(Fact.OFFENSE),
    )


def _degree_questions(context: ChargeContext) -> tuple[str, ...]:
    """What would settle the period: the offense, and the level where it was not given, or a felony's degree."""
    charge = context.charge
    if charge.level is Level.UNKNOWN:
        return (context.path(Fact.OFFENSE), context.path(Fact.LEVEL))
    if charge.level is Level.FELONY and charge.grade is None:
        return (context.path(Fact.OFFENSE), context.path(Fact.GRADE))
    return (context.path(Fact.OFFENSE),)


def _crea_wait(context: ChargeContext) -> Finding:
    """§ 29-3A-5(C)(4): 2 years for a misdemeanor or ordinance violation, 4 to 10 years for a felony
    by degree, 10 years for any household-member crime. Where the degree is not known we only say
    the wait is over once the longest (10-year) wait has passed."""
    years = _period_years(context)
    if years is not None:
        return waiting_period(years=years, since=Event.SENTENCE_COMPLETED, cite=NMSA_29_3A_5_C4).evaluate(context)
    longest = waiting_period(years=LONGEST_WAIT_YEARS, since=Event.SENTENCE_COMPLETED, cite=NMSA_29_3A_5_C4)
    finding = longest.evaluate(context)
    if finding.truth is Truth.MET:
        return finding
    return unknown(
        msg(
            "The wait is 2 to 10 years after the sentence ends, depending on how serious the offense "
            "was; which offense or degree it was is not known."
        ),
        *finding.open_questions,
        *_degree_questions(context),
    )


def _after_last_sentence(context: ChargeContext, years: int, found: Finding) -> Finding:
    """§ 29-3A-5(F): the period is "measured from the last date on which a person completed a sentence
    for a conviction in any jurisdiction". Where another listed conviction gives the day its sentence
    ended (a charge screened or another conviction listed), the period runs from that day, not from the
    conviction date the shared window uses."""
    if found.truth in (Truth.NOT_MET, Truth.UNKNOWN):
        return found
    # Every other conviction on the record: the charges screened and the other convictions the person listed.
    ends = [p.sentence_end for p in context.convictions.besides(context.index) if p.sentence_end is not None]
    if not ends:
        return found
    opens = add_period(max(ends), years=years)
    if opens <= context.facts.as_of:
        return found
    if found.truth is Truth.LATER and found.on is not None and found.on >= opens:
        return found
    return later(msg("The period counts from the end of your last sentence; it is over on {day}.", day=opens), on=opens)


def _no_other_conviction_in_period(context: ChargeContext) -> Finding:
    """§ 29-3A-5(C)(4): "no other criminal conviction of the petitioner has occurred for a period of" the
    same two to ten years, looked back from the petition: a later conviction delays, it does not bar.
    Custom only because the period's length follows the degree (the shared window takes one length)."""
    years = _period_years(context)
    if years is not None:
        found = no_conviction_within(years=years, cite=NMSA_29_3A_5_C4).evaluate(context)
        return _after_last_sentence(context, years, found)
    longest = no_conviction_within(years=LONGEST_WAIT_YEARS, cite=NMSA_29_3A_5_C4).evaluate(context)
    if longest.truth is Truth.MET:
        return longest
    return unknown(
        msg(
            "No other conviction may fall in the 2 to 10 years before the petition, depending on how serious "
            "the offense was; which offense or degree it was is not known."
        ),
        *longest.open_questions,
        *_degree_questions(context),
    )


sealing_for_trafficking_victims = Remedy(
    id="nm-sealing-trafficking-victim",
    kind=RemedyKind.SEALING,
    title="Seal the records of a charge or conviction that arose from being trafficked",
    citations=(NMSA_30_52_1_2,),
    sources=(CCRC_PROFILE, CLEAN_SLATE_OVERVIEW),
    # Laws 2013, ch. 200, § 2, effective 1 July 2013 (§ 5).
    effective=date(2013, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # "charged with crimes ... may have all legal and law enforcement records of the charges and
        # convictions in the person's case sealed": any outcome of a charge, not only a conviction.
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            cite=NMSA_30_52_1_2,
        ),
        trafficking_nexus(cite=NMSA_30_52_1_2),
        # Custom: homicides are none of the named offenses; an unnamed 'other' charge stays open.
        custom(
            "not a homicide",
            requirement="The crime was not a homicide.",
            reads=(Fact.OFFENSE,),
            rule=_not_homicide,
            cite=NMSA_30_52_1_2,
        ),
    ),
    effect="The court can seal all records of the charge and any conviction; the case is then treated as if it "
    "never happened, and you may say no record exists. There is no waiting period.",
    limits=(
        "The judge decides whether to grant it.",
        "Sealing hides the conviction; it does not vacate it, so it may still count for immigration.",
        "The charge must have arisen from the actions of someone who was charged with human trafficking, and your "
        "part must have been due to duress, coercion, force, threats or fraud by a person who trafficked you.",
    ),
    next_steps=(
        "File a petition to seal in the district court where you were charged; the prosecutor and the police "
        "agency get notice.",
        "Explain how being trafficked led to the charge; papers from an advocate, a service provider or "
        "law enforcement help.",
        "A free lawyer listed below can help you prepare it.",
    ),
    filing="The district court where you were charged.",
)

expungement_without_conviction = Remedy(
    id="nm-expungement-29-3a-4",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest or charge that did not end in a conviction",
    citations=(NMSA_29_3A_4_A,),
    sources=(CREA_NON_CONVICTION, CCRC_PROFILE),
    effective=date(2020, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=NMSA_29_3A_4_A,
        ),
        waiting_period(years=1, since=Event.DISPOSITION, cite=NMSA_29_3A_4_A),
        no_pending_case(cite=NMSA_29_3A_4_E),
    ),
    effect="The arrest and court records are removed from public view, including court and police websites.",
    limits=("Police, prosecutors and courts can still see expunged records.",),
    next_steps=(
        "File a petition under the Criminal Record Expungement Act in the district court of the district "
        "where the charge was brought. The courts publish a petition form for release without conviction.",
        "Attach a copy of your New Mexico Department of Public Safety record dated within the last 90 days.",
        "Mail a copy to the district attorney and the Department of Public Safety; they have 30 days to object.",
    ),
    discretionary=False,
    filing="The district court of the district where the charges were brought.",
)

expungement_of_conviction = Remedy(
    id="nm-expungement-29-3a-5",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a conviction after a conviction-free waiting period",
    citations=(NMSA_29_3A_5_A, NMSA_29_3A_5_C4),
    sources=(CREA_CONVICTION, CCRC_PROFILE),
    effective=date(2020, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=NMSA_29_3A_5_A),
        # Custom: § 29-3A-5(G) names kinds of offense, some turning on facts the screening does not ask.
        custom(
            "not an excluded offense",
            requirement="The offense was not against a child, did not cause great bodily harm or death, and was "
            "not a registrable sex offense, embezzlement or drunk driving.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_not_excluded_offense,
            cite=NMSA_29_3A_5_G,
        ),
        sentence_completed(cite=NMSA_29_3A_5_A),
        # Custom: the period follows the offense too (10 years for household-member crimes), not the grade alone.
        custom(
            "waiting period by degree",
            requirement="The conviction-free wait for this offense (2 to 10 years after the sentence) is over.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.GRADE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_crea_wait,
            cite=NMSA_29_3A_5_C4,
        ),
        # Custom: the period follows the offense too (10 years for household-member crimes), not the grade alone.
        custom(
            "no other conviction in the period",
            requirement="No other conviction in the 2 to 10 years (by the offense's degree) before you file.",
            reads=(Fact.OFFENSE, Fact.LEVEL, Fact.GRADE, Fact.DISPOSITION, Fact.DISPOSITION_DATE),
            rule=_no_other_conviction_in_period,
            cite=NMSA_29_3A_5_C4,
        ),
        no_pending_case(cite=NMSA_29_3A_5_C1),
    ),
    effect="The arrest and court records of the conviction are removed from public view, including court "
    "and police websites.",
    limits=(
        "Not available for sex offenses that require registration, crimes against children, crimes that "
        "caused great bodily harm or death, embezzlement or drunk driving.",
        "You must have paid fines and fees owed to the state and any restitution.",
        "The judge must find that justice will be served; police, prosecutors and courts can still see the record.",
    ),
    next_steps=(
        "File a petition under the Criminal Record Expungement Act in the district court where you were "
        "convicted, using the courts' petition form for convictions.",
        "Send notice to the district attorney, the Department of Public Safety and the arresting police agency.",
        "Go to the hearing; the court rules within 30 days after it.",
    ),
    filing="The district court where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="NM",
    name="New Mexico",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        sealing_for_trafficking_victims,
        expungement_without_conviction,
        expungement_of_conviction,
    ),
    legal_help=(
        LegalHelp(
            "Volunteer Attorney Program (New Mexico Legal Aid and the State Bar of New Mexico)",
            "https://www.vapnm.org/",
            "Connects people who cannot afford a lawyer with volunteer attorneys, including for expungement",
        ),
    ),
    where_to_file="The district court where you were convicted or where the charge was brought. Magistrate and "
    "municipal court cases are also filed in the district court.",
)
