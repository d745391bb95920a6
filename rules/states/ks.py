"""Kansas: expungement by petition of convictions, diversions and arrests, with an earlier path for
people convicted of selling sexual relations who acted under coercion.

Reviewed 2026-11-25 against K.S.A. 21-6614 (text as amended by 2022 SB 366, published in the Kansas
Register), K.S.A. 22-2410 (arrest records) and the sex-trade offenses in K.S.A. 21-6419 to 21-6421.
Not verified: the subsection number and the year of the coercion provision of K.S.A. 21-6614 (it
appears on the court's petition form; encoded as in force from 1 January 2013, year only) and the
first year of K.S.A. 22-2410 (encoded from the 1998 expungement act). Felonies are screened with the
longer five-year wait because the request cannot tell severity levels apart.

Reviewed 2026-12-06 against K.S.A. 21-6614(a) as restated in the Kansas Register (SB 366, 2022),
the Kansas court petition form and the CCRC Kansas summary. Changed: the coercion path now waits one
year after the sentence is satisfied or the diversion fulfilled (the form offers "one" year and CCRC
says trafficking victims may petition "after one year"; the statute's own subsection was still not
read), and the "no felony conviction in the past two years" condition now uses the shared look-back,
which also reads the person's other convictions.

Reviewed 2026-12-07 against the Kansas Register copy of SB 366 (2022), which restates K.S.A.
21-6614(a) in the statute's words, the older K.S.A. 21-4619 (laws9.com), the court's petition form
and the CCRC and LegalClarity summaries. The later subsections of 21-6614 (the coercion path for
selling sexual relations and the conditions for granting) again did not surface in stored copies
(three page searches, an exact-phrase search, and a statute data set whose 21-6614 entry holds only
the heading). Changed: a pending case no longer rules expungement out; the conditions for granting
speak of no pending proceeding "involving any such crime", a felony, so a pending case whose level is
not asked now leaves it open.

Cross-check 2026-12-07 (worked examples built from the statute text): felonies no longer all wait five years;
§ 21-6614(a)(1) gives three years for severity levels 6 to 10 and (b) five for higher ones, so a felony is
now open between three and five years after the sentence (a custom condition, as severity is not asked).

Legal help checked 2026-12-07: Kansas Legal Services confirmed (expungement forms and petition help; its
site seen in its annual report and the KLS/Code for KC checklist).

Reviewed 2026-12-07 (statute audit): read again the Kansas Register copy of SB 366 (2022), which gives
K.S.A. 21-6614(a)(1)-(2) in the statute's words and shows that (a) is subject to "subsections (b), (c), (d),
(e) and (f)"; the 2012 House Bill 2779 text of the coercion clause ("One or more years have elapsed since the
person satisfied the sentence imposed or the terms of a diversion agreement or was discharged from probation");
the Council of State Governments' Clean Slate Clearinghouse summary, which places the coercion path for
prostitution in 21-6614(b) and the five-year felonies in 21-6614(c); the court's petition form; the Kansas Legal
Services/Code for KC checklist; and the 2023-2025 bills that touch the section (SB 106 of 2023, a reconciliation
act; HB 2028 and HB 2113 of 2023 and HB 2393 of 2025, which could not be confirmed as enacted and are not
encoded). Later subsections of 21-6614 again did not surface in a stored copy (page searches for the coercion
clause, the conditions for granting, the specialty-court clause and the Revisor's section page; find_string for
the clause's words). Changed: the citations now name (b) for the coercion path and (c) for the five-year
felonies (the module had called the five-year rule (b)); the wait for a conviction is now stated as two
conditions, at least three years after the sentence for every conviction and, for a felony, five years unless
its severity level is 6 to 10, so that a felony (or a conviction of unknown level) less than three years after
the sentence is shown as possible only from the three-year date instead of possible now with no date. Still
open: the specialty-court path of 21-6614(a)(3) (no waiting period after a specialty court program; the
screening does not ask about one, and the remedy's limits say so), the bar on expunging a conviction for which
the person must register as an offender, the list of offenses that can never be expunged (21-6614(e) on the
court form; its text was not read), and the letter of the subsection with the conditions for granting. Also changed: serving a sentence in another case no longer rules out expunging a
conviction whose own sentence is finished; (a)(1) counts only from the end of "the sentence imposed" for the
conviction, and the person-wide "not serving a sentence now" bar had no words in the statute behind it.

Reviewed 2026-12-07 (statute-text hunt): looked again for the words of K.S.A. 21-6614(b)-(h), 22-2410 and 12-4516.
The statute data set's Kansas entries for all three sections (chapter 21 article 66, chapter 22 article 24,
chapter 12 article 45) hold only the section headings, and a page search for the coercion clause returned only
the court form, the older K.S.A. 21-4619 and 12-4516 copies and the 1998 session law (SB 482). Read: an older
copy of K.S.A. 12-4516(a), which gives city-ordinance convictions and diversions the same wait as 21-6614(a)
("three or more years have elapsed since the person: (A) Satisfied the sentence imposed; or (B) was discharged
from probation, parole or a suspended sentence"); the screening does not ask which court convicted, so such a
conviction is screened under 21-6614 with the same result, and the note names the municipal-court path. No
change in behaviour. Still open, as before: the statute's own words for the coercion path (21-6614(b)), the
five-year felonies ((c)), the never-expungeable list ((e)), the registration bar and the conditions for granting
((h)); these rest on the court's petition form and the Clean Slate Clearinghouse and CCRC summaries.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    custom,
    disposition_is,
    no_conviction_within,
    offense_in,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

KSA_21_6614_A_1 = "K.S.A. 21-6614(a)(1)"
KSA_21_6614_A_2 = "K.S.A. 21-6614(a)(2)"
KSA_21_6614_C = "K.S.A. 21-6614(c)"
KSA_21_6614_COERCION = "K.S.A. 21-6614(b)"
KSA_21_6614_H = "K.S.A. 21-6614 (conditions for granting)"
KSA_22_2410 = "K.S.A. 22-2410"

SECTION_21_6614 = Source(
    "Kansas Register, SB 366 (2022), amending K.S.A. 21-6614",
    "https://sos.ks.gov/publications/register/Volume-41/Issues/Issue-19/05-12-22-50137.html",
)
PETITION_FORM = Source(
    "Kansas petition for expungement of conviction or diversion (form)",
    "https://docsbay.net/petition-for-expungement-of-conviction-or-diversion",
)

OFFENSES = (
    Offense("ks-ksa-21-6419", "Selling sexual relations", "K.S.A. 21-6419", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "ks-ksa-21-3512",
        "Prostitution (before the 2011 recodification)",
        "K.S.A. 21-3512 (repealed)",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        note="Replaced by selling sexual relations, K.S.A. 21-6419, on 1 July 2011.",
        repealed=date(2011, 7, 1),
    ),
    Offense("ks-ksa-21-6421", "Buying sexual relations", "K.S.A. 21-6421", Category.SOLICITATION, Level.UNKNOWN),
    Offense(
        "ks-ksa-21-6420",
        "Promoting the sale of sexual relations",
        "K.S.A. 21-6420",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense("ks-ksa-21-5513", "Lewd and lascivious behavior", "K.S.A. 21-5513", Category.LEWDNESS, Level.UNKNOWN),
    Offense("ks-ksa-21-6203", "Disorderly conduct", "K.S.A. 21-6203", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("ks-ksa-21-5808", "Criminal trespass", "K.S.A. 21-5808", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("ks-ksa-21-5426", "Human trafficking", "K.S.A. 21-5426", Category.TRAFFICKING, Level.FELONY),
)


# "has not been convicted of a felony in the past two years": a look-back before the petition.
NO_RECENT_FELONY = no_conviction_within(years=2, levels=(Level.FELONY,), cite=KSA_21_6614_H)


def _no_pending_felony(context: ChargeContext) -> Finding:
    """The court grants expungement if the petitioner "has not been convicted of a felony in the past two
    years and no proceeding involving any such crime is presently pending" (the court's petition form,
    worded as the statute): "such crime" is a felony, so only a pending felony case stands in the way.
    Custom because the screening asks whether any case is pending, not whether it is a felony."""
    answer = context.facts.person.pending_case
    if answer is Answer.NO:
        return met(msg("No criminal case is pending against you."))
    if answer is Answer.YES:
        return unknown(
            msg(
                "Only a pending felony case stops this; whether the case pending against you is a felony is not known."
            ),
            Fact.PENDING_CASE.value,
        )
    return unknown(
        msg("A pending felony case stops this; whether a case is pending is not known."), Fact.PENDING_CASE.value
    )


def _wait_by_severity(context: ChargeContext) -> Finding:
    """K.S.A. 21-6614(a)(1): three years after the sentence for a misdemeanor or a felony ranked in
    severity levels 6 to 10 (or a class D or E felony, or a nongrid felony); (c): five years for other
    felonies. Every conviction waits at least three years (the separate three-year wait); this condition
    adds the longer wait of (c). The screening does not ask a felony's severity level, so a felony less
    than five years after the sentence is left open. Custom because no shared grade names Kansas
    severity levels."""
    charge = context.charge
    if charge.level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("A misdemeanor waits three years, not five."))
    end = charge.sentence_completed_date
    path = context.path(Fact.LEVEL) if charge.level is not Level.FELONY else context.path(Fact.GRADE)
    if end is not None:
        five = add_period(end, years=5)
        if five <= context.facts.as_of:
            return met(msg("Five years have passed since the sentence was finished."), on=five)
    return unknown(
        msg(
            "A felony of severity level 6 to 10 waits three years after the sentence and a higher one five; "
            "which this was is not known."
        ),
        path,
    )


NO_PENDING_FELONY = custom(
    "no pending felony case",
    requirement="No felony case is pending against you.",
    reads=(Fact.PENDING_CASE,),
    rule=_no_pending_felony,
    cite=KSA_21_6614_H,
)

CLEARINGHOUSE_KANSAS = Source(
    "Clean Slate Clearinghouse (Council of State Governments Justice Center): Kansas record clearance policies",
    "https://nationalreentryresourcecenter.org/cleanslate/compare-records-clearance-policies"
    "?f%5B0%5D=jurisdiction%3A235&f%5B1%5D=jurisdiction%3A236&page=15",
)
CCRC_KANSAS = Source(
    "Collateral Consequences Resource Center: Kansas record relief",
    "https://ccresourcecenter.org/text-blocks/kansas-record-relief",
)

coerced_selling_expungement = Remedy(
    id="ks-expungement-coercion",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a selling-sexual-relations record if you were coerced",
    citations=(KSA_21_6614_COERCION,),
    sources=(PETITION_FORM, CCRC_KANSAS, CLEARINGHOUSE_KANSAS, SECTION_21_6614),
    # Believed added with the 2013 human trafficking law; only the year is known, so 1 January 2013.
    effective=date(2013, 1, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        disposition_is(Disposition.CONVICTION, Disposition.DIVERSION_COMPLETED, cite=KSA_21_6614_COERCION),
        offense_in("ks-ksa-21-6419", "ks-ksa-21-3512", cite=KSA_21_6614_COERCION),
        trafficking_nexus(cite=KSA_21_6614_COERCION),
        # One year after the sentence was satisfied (or probation ended) or the diversion was fulfilled.
        waiting_period(years=1, since=Event.SENTENCE_COMPLETED, cite=KSA_21_6614_COERCION),
        # Custom: only a pending felony bars it, and the screening does not ask the level of a pending case.
        NO_PENDING_FELONY,
        NO_RECENT_FELONY,
    ),
    effect="The court seals the conviction or diversion and the arrest record one year after your sentence "
    "or diversion ends, instead of the usual three, if you show you were acting under coercion by someone "
    "else.",
    limits=(
        "You must prove the coercion: threats of harm, restraint, or misuse of the legal process by another person.",
        "The judge decides whether expungement is in the public interest.",
        "Expunged records can still be seen by some licensing agencies and employers, such as those working "
        "with children or in law enforcement.",
    ),
    next_steps=(
        "File a petition for expungement under K.S.A. 21-6614 in the district court that convicted you, "
        "and state that you were coerced.",
        "Attach what shows the coercion, such as a statement, police or service-provider records.",
        "Ask the court about the docket fee; the court can waive it for survivors and for people who cannot pay.",
    ),
    filing="The district court that entered the conviction or diversion.",
)

conviction_expungement = Remedy(
    id="ks-expungement-21-6614",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a conviction three or five years after the sentence",
    citations=(KSA_21_6614_A_1, KSA_21_6614_C),
    sources=(SECTION_21_6614, PETITION_FORM, CLEARINGHOUSE_KANSAS),
    # Current form from SB 366, effective 1 July 2022.
    effective=date(2022, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(Disposition.CONVICTION, cite=KSA_21_6614_A_1),
        # Every conviction waits at least three years after the sentence was satisfied or supervision ended
        # ((a)(1)); felonies other than severity levels 6-10 wait five ((c)), the custom condition below.
        waiting_period(years=3, since=Event.SENTENCE_COMPLETED, cite=KSA_21_6614_A_1),
        # Custom: the request cannot tell felony severity levels apart, so a felony between 3 and 5 years
        # after the sentence is left open (it had waited 5 years, a wrong "not yet" for levels 6-10).
        custom(
            "wait by severity level",
            requirement="For a felony of severity levels 1 to 5 (or a class A, B or C felony), five years have "
            "passed since you finished the sentence.",
            reads=(Fact.LEVEL, Fact.GRADE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_wait_by_severity,
            cite=KSA_21_6614_C,
        ),
        # No bar for serving a sentence in another case: (a)(1) counts from the day "the person ... satisfied the
        # sentence imposed" for this conviction, which the three-year wait reads (a not_under_sentence bar was removed).
        # Custom: only a pending felony bars it, and the screening does not ask the level of a pending case.
        NO_PENDING_FELONY,
        NO_RECENT_FELONY,
    ),
    effect="The court seals the conviction and arrest records. You can usually say you were never "
    "convicted, though some employers and licensing agencies can still see it.",
    limits=(
        "Lower-level felonies (severity levels 6 to 10) wait only 3 years, higher ones 5; a lawyer can check yours.",
        "The judge decides whether expungement is in the public interest.",
        "If you finished a specialty court program, such as a drug court, you may be able to ask sooner; "
        "ask the court or a lawyer.",
        "A conviction for which you must register as an offender cannot be expunged while you must register.",
    ),
    next_steps=(
        "File a petition for expungement under K.S.A. 21-6614 in the district court that convicted you.",
        "Pay the docket fee or ask the court to waive it if you cannot pay.",
        "The court sets a hearing and notifies the prosecutor.",
    ),
    filing="The district court that entered the conviction.",
)

diversion_expungement = Remedy(
    id="ks-expungement-diversion",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a completed diversion three years later",
    citations=(KSA_21_6614_A_2,),
    sources=(SECTION_21_6614,),
    effective=date(2022, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(Disposition.DIVERSION_COMPLETED, cite=KSA_21_6614_A_2),
        # Counted from the day the diversion terms were fulfilled.
        waiting_period(years=3, since=Event.SENTENCE_COMPLETED, cite=KSA_21_6614_A_2),
        # Custom: only a pending felony bars it, and the screening does not ask the level of a pending case.
        NO_PENDING_FELONY,
        NO_RECENT_FELONY,
    ),
    effect="The court seals the diversion agreement and the arrest record.",
    next_steps=("File a petition for expungement of the diversion in the district court that handled the case.",),
    filing="The district court that handled the diversion.",
)

arrest_expungement = Remedy(
    id="ks-expungement-arrest",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest that did not lead to a conviction",
    citations=(KSA_22_2410,),
    sources=(
        Source(
            "1998 Kansas Session Laws ch. 131 (SB 482), expungement of arrest records",
            "https://kslegislature.org/historical_data/sessionlaws/1998/1998_O_SessionLaws_Chapter131.html",
        ),
    ),
    # Kansas laws take effect on 1 July unless they say otherwise.
    effective=date(1998, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=KSA_22_2410),
    ),
    effect="The court seals the arrest record and any court papers about it.",
    limits=(
        "The judge grants it only for mistaken identity, no probable cause, or when expungement serves the "
        "interests of justice and the charges were dismissed or are unlikely to be filed.",
    ),
    next_steps=(
        "File a petition to expunge the arrest record in the district court of the county where you were "
        "arrested; the court sets a hearing.",
    ),
    filing="The district court of the county where you were arrested.",
)

JURISDICTION = Jurisdiction(
    code="KS",
    name="Kansas",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(coerced_selling_expungement, conviction_expungement, diversion_expungement, arrest_expungement),
    legal_help=(
        LegalHelp(
            "Kansas Legal Services",
            "https://www.kansaslegalservices.org",
            "Free legal aid statewide, including expungement forms and help with petitions",
        ),
    ),
    where_to_file="The district court of the county where you were convicted or arrested (municipal court "
    "for city ordinance cases).",
    notes=("Convictions under a city ordinance are expunged in the municipal court, under K.S.A. 12-4516.",),
)
