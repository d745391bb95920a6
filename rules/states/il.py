"""Illinois: vacatur for trafficking survivors, immediate sealing for them, expungement of cases
without a conviction, sealing of most convictions three years after the last sentence, and the
clearing of old felony prostitution convictions.

Reviewed 2026-11-25 against the Criminal Identification Act, 20 ILCS 2630/5.2 (as amended by
P.A. 100-284 (sealing of most felonies, 2017), P.A. 100-692 (immediate sealing for trafficking
victims, 2018) and P.A. 102-639 (felony prostitution records, 2021)), the Code of Criminal
Procedure, 725 ILCS 5/116-2.1 (P.A. 97-267, in force 1 January 2012) and the Criminal Code of
2012, Article 11. Not verified: whether later amendments widened § 116-2.1 beyond prostitution
(encoded for prostitution only), and the subsection number P.A. 102-639 added to § 5.2 (cited
as the Public Act).

Reviewed 2026-12-06 against the Governor's 2011 release on SB 1037 (§ 116-2.1), the enrolled HB 5494
(P.A. 100-692, § 5.2(h)), the CSE Institute on P.A. 102-639 and the Clean Slate Act, P.A. 104-459
(HB 1836, 2025; opening text at ilga.gov, with Capitol News Illinois and Lawndale News accounts).
The stored copies of § 5.2 answered only with their first page, so (b), (c) and the Article 11
exclusion were not re-read. Added: automatic sealing under the Clean Slate Act (20 ILCS 2630/5.3):
records the law already lets a court seal are to be sealed without a petition, convictions two years
(misdemeanor) or three years (felony) after the sentence, dismissed charges when the case ends;
Illinois State Police notices start on 1 January 2029 and clerks seal older records in waves until
1 January 2034, so 1 January 2029 is shown as the earliest day. Not confirmed: whether a later
conviction stops Clean Slate sealing; it is shown as a limit.

Reviewed 2026-12-06 for the shared vocabulary: all three customs stay (a level limit for one
offense; a wait from the end of the last sentence of any conviction); no rule changed.

Reviewed 2026-12-06 for the new "last sentence" vocabulary: the sealing wait of § 5.2(c)(3) ("three years
after the termination of the petitioner's last sentence") is now stated as a wait from this charge's
sentence plus three years since every other conviction's sentence ended. Other convictions the person
lists outside the charges (person.other_convictions) now count too, each from its sentence's end; an
unknown end is an open question. Not modelled: § 5.2(a)(1)(J) also counts an order of supervision as a
"last sentence"; the screener asks about other convictions only.

Second review 2026-12-06 (730 ILCS 5/5-6-3.1(f), official ILGA text): supervision for prostitution and
the other listed sex-trade offenses is expungeable two years after discharge; the five-year wait is kept
only for offenses the screener does not list (the statute's five-year group is vehicle-code offenses,
domestic battery, retail theft and criminal sexual abuse).

Reviewed 2026-12-07 against the Clean Slate Act's opening text (P.A. 104-459, ilga.gov), the Illinois House
Democrats' release and ISACO's report of its signing (16 January 2026), Sen. Belt's release (in force 1 June 2026),
CCRC's 6 November 2025 post, Abridge Forward's two posts on the Act, and a practitioner quotation of § 5.2(c)(3).
The texts of 725 ILCS 5/116-2.1 and of § 5.2 beyond its definitions still did not surface (the stored ILCS pages
cover other Chapter 725 sections; every stored act restating § 5.2 answers only with its opening), so those
conditions stay at official-summary or secondary level with the searches named in the evidence. Confirmed: the
Clean Slate Act is encoded (20 ILCS 2630/5.3) with automated sealing from 1 January 2029 and waves to 1 January
2034; the Act itself has been in force since 1 June 2026. Reported but not confirmed in the statute's words: the
Act also shortened the petition wait for some records to two years and dropped the subsequent-felony limit on
sealing; the petition remedy keeps three years and says so in its limits. No trafficking-relief expansion of
§ 116-2.1 after P.A. 102-639 was found (a UIC clinic report speaks of "prostitution and related convictions"; not
confirmed), so § 116-2.1 stays limited to prostitution, with immediate sealing (§ 5.2(h)) covering other offenses.

Cross-checked 2026-12-07 with 12 new worked examples built from the words of § 116-2.1 and § 5.2 in the evidence
(and the Justia heading of § 116-2.1: convictions under sections 11-14 and 11-14.2, a motion "at any time"); no
module error found (one case of ours was wrong: the screener cannot date the end of a sentence on another case, so a
survivor still serving a sentence is shown as not yet eligible). Legal help checked: Cabrini Green Legal Aid's help
desks (cgla.net) and Legal Aid Chicago's expungement clinics (legalaidchicago.org) confirmed; Illinois Legal Aid
Online's link was not seen in a source and is replaced by the Moran Center's record-relief practice, which a source
shows helping anyone expunge or seal an Illinois record.

Third-pass audit 2026-12-07 (40 new worked cases from the words quoted in the evidence). The texts of § 116-2.1 and of
§ 5.2 beyond its definitions were searched again (pages, code, docs, find_string, the saint1415/us-statutes data
branch, the ILGA per-section documents) and still did not surface; no enacted widening of § 116-2.1 was found (a
2025 attempt in HB 1302 was deleted before enactment). Changed: (1) immediate sealing under § 5.2(h) no longer says
yes for soliciting, promoting or felony public indecency: (h) names the survivor's "criminal record" while (a)(3)
bars sealing those Article 11 offenses, and which wins could not be read, so it is an open question; (2) a completed
pretrial diversion with no plea ends in a dismissal and is expunged at once under (b)(1) and sealed as a dismissed
charge under the Clean Slate Act; an unknown kind of program is asked; (3) supervision for unlicensed massage waits
two years, like the other sex-trade offenses (no massage offense is on the five-year list). Not changed, open: the
subsequent-felony limit of § 5.2(c)(5) (reported dropped by the Clean Slate Act) is not modelled; whether an
acquittal is sealed automatically under § 5.3; the 120/160-day wait a practitioner reports after a case stricken
with leave to reinstate.

Reviewed 2026-12-07 (statute audit): the texts of 725 ILCS 5/116-2.1 and of 20 ILCS 2630/5.2 beyond its definitions were
sought once more in the public acts and bills that restate them (P.A. 97-1118, 100-692, 103-755, 104-159, 104-459; SB
1037, SB 2136, SB 2220, SB 1597, SB 2361, HB 5341, HB 1836 and its Senate amendment), in Illinois opinions and practice
pages, and in the repositories (find_string on the sections' wording; saint1415/us-statutes, whose copy of § 5.2 is its
heading only and which has no 725 ILCS 5); every stored act answers only with its opening pages, so the words of (c),
(h) and § 116-2.1 are still read through official summaries and practitioners. P.A. 104-159 (SB 2323, 2025) was checked:
its synopsis names trafficking services and strategic plans, not § 116-2.1. Changed: the Clean Slate Act's automatic sealing now
covers acquittals and arrests released without charging as well as dismissals; the sponsor's release says
"Non-conviction records would be automatically sealed", and the screener had told people with an acquittal that the Act
did not reach them. Still open: whether the Act shortened the petition wait to two years for some convictions (the
county officials' association reports that it "adjusts timelines" and removes the subsequent-felony limit); whether
survivors' immediate sealing reaches the Article 11 offenses § 5.2(a)(3) excludes.

Reviewed 2026-12-07 (statute-text hunt): sought the words of 725 ILCS 5/116-2.1 and of 20 ILCS 2630/5.2 and 5.3 once
more in the saint1415/us-statutes data branch (its Criminal Identification Act file gives § 5.2 as a heading only, has
no § 5.3, and the branch has no Code of Criminal Procedure or Criminal Code file) and in the UniCourt code mirrors (none
for Illinois). No new statute text surfaced, so the evidence keeps its levels (one condition, the supervision wait of
730 ILCS 5/5-6-3.1(f), rests on statute text). Nine worked cases were built from the words already quoted (a 1998
conviction under § 116-2.1's "at any time", a dismissed charge that is no "finding of guilty", a survivor's disorderly
conduct or misdemeanor public indecency under § 5.2(h), supervision and Clean Slate boundaries); the module agreed with
each, and no rule changed. Still open, as before: the full words of § 116-2.1 (whether it reaches 11-14.2 first-offender
dispositions and local prostitution ordinances), of § 5.2(a)(3), (c) and (h), and of § 5.3.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    happened_before,
    level_is,
    not_under_sentence,
    offense_in,
    offense_not_in,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period,
    waiting_period_by_level,
    years_since_every_other_sentence,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, Truth, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

CPROC_116_2_1 = "725 ILCS 5/116-2.1"
CIA_5_2_A_3 = "20 ILCS 2630/5.2(a)(3)"
CIA_5_2_B_1 = "20 ILCS 2630/5.2(b)(1)"
CIA_5_2_B_2 = "20 ILCS 2630/5.2(b)(2)"
CIA_5_2_C_2 = "20 ILCS 2630/5.2(c)(2)"
CIA_5_2_C_3 = "20 ILCS 2630/5.2(c)(3)"
CIA_5_2_H = "20 ILCS 2630/5.2(h)"
PA_102_639 = "P.A. 102-639 (20 ILCS 2630/5.2, felony prostitution records)"
PA_98_538 = "P.A. 98-538 (720 ILCS 5/11-14, felony prostitution abolished)"
CIA_5_3 = "20 ILCS 2630/5.3 (P.A. 104-459, Clean Slate Act)"

CCRC_PROFILE = Source(
    "Collateral Consequences Resource Center: Illinois resources and Restoration of Rights profile",
    "https://ccresourcecenter.org/resources-2/state-specific-resources/illinois-2",
)
SECTION_5_2_TEXT = Source(
    "Public Act 103-755, with the current text of 20 ILCS 2630/5.2 (Illinois General Assembly)",
    "https://beta.ilga.gov/Legislation/PublicActs/PrinterFriendly/103-0755",
)

OFFENSES = (
    Offense("il-cc-11-14", "Prostitution", "720 ILCS 5/11-14", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "il-cc-11-14-felony",
        "Felony prostitution (repeat offense, before 2014)",
        "720 ILCS 5/11-14 (former felony enhancement)",
        Category.PROSTITUTION,
        Level.FELONY,
        note="A repeat prostitution offense could be a Class 4 felony until the felony was removed by P.A. 98-538.",
        repealed=date(2014, 1, 1),
    ),
    Offense(
        "il-cc-11-14.1",
        "Solicitation of a sexual act",
        "720 ILCS 5/11-14.1",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor, but a felony when the person solicited was a minor or had a disability.",
    ),
    Offense(
        "il-cc-11-14.3",
        "Promoting prostitution",
        "720 ILCS 5/11-14.3",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A misdemeanor or a felony depending on the conduct.",
    ),
    Offense(
        "il-cc-11-30",
        "Public indecency",
        "720 ILCS 5/11-30",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="A misdemeanor; a felony for a repeat offense or near a school.",
    ),
    Offense("il-cc-26-1", "Disorderly conduct", "720 ILCS 5/26-1", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense(
        "il-cc-21-3",
        "Criminal trespass to real property",
        "720 ILCS 5/21-3",
        Category.QUALITY_OF_LIFE,
        Level.UNKNOWN,
    ),
    Offense(
        "il-cc-10-9",
        "Trafficking in persons, involuntary servitude and related offenses",
        "720 ILCS 5/10-9",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Article 11 sex offenses cannot be sealed, except prostitution and misdemeanor public indecency.
ARTICLE_11_NOT_SEALABLE = ("il-cc-11-14.1", "il-cc-11-14.3")


def _indecency_misdemeanor_only(context: ChargeContext) -> Finding:
    """Public indecency (11-30) can be sealed only when it was a misdemeanor."""
    charge = context.charge
    is_indecency = charge.offense == "il-cc-11-30" or (charge.offense is None and charge.category is Category.LEWDNESS)
    if not is_indecency:
        return met(msg("This is not a public indecency conviction."))
    if charge.level is Level.MISDEMEANOR:
        return met(msg("Public indecency as a misdemeanor can be sealed."))
    if charge.level is Level.UNKNOWN:
        return unknown(
            msg("Public indecency can be sealed only if it was a misdemeanor; the level is not known."),
            context.path(Fact.LEVEL),
        )
    return not_met(msg("Public indecency as a felony cannot be sealed."))


def _article_11_under_immediate_sealing(context: ChargeContext) -> Finding:
    """Soliciting, promoting and felony public indecency: (h) against the (a)(3) bar, not settled.

    Custom because the answer for these offenses is a question of law, not of fact: the screener says
    neither yes nor no and sends the person to a lawyer.
    """
    charge = context.charge
    barred = charge.offense in ARTICLE_11_NOT_SEALABLE or (
        charge.offense is None and charge.category in (Category.SOLICITATION, Category.PROMOTING)
    )
    if barred:
        return unknown(
            msg(
                "The law bars sealing this sex offense; whether a survivor's immediate sealing reaches it anyway "
                "has not been confirmed. A lawyer can check."
            ),
            context.path(Fact.OFFENSE),
        )
    indecency = _indecency_misdemeanor_only(context)
    if indecency.truth is Truth.NOT_MET:
        return unknown(
            msg(
                "The law bars sealing felony public indecency; whether a survivor's immediate sealing reaches it "
                "anyway has not been confirmed. A lawyer can check."
            ),
            context.path(Fact.LEVEL),
        )
    return indecency


vacatur_for_trafficking_survivors = Remedy(
    id="il-vacatur-116-2-1",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution conviction that resulted from trafficking",
    citations=(CPROC_116_2_1,),
    sources=(
        Source(
            "Governor's press release on SB 1037 (motion to vacate prostitution convictions), 2011",
            "https://www.illinois.gov/news/press-release.9606.html",
        ),
        CCRC_PROFILE,
    ),
    effective=date(2012, 1, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=CPROC_116_2_1),
        offense_in("il-cc-11-14", "il-cc-11-14-felony", cite=CPROC_116_2_1),
        trafficking_nexus(cite=CPROC_116_2_1),
    ),
    effect="The court vacates the prostitution conviction because you took part only as a result of being "
    "trafficked. You can then ask to have the record expunged.",
    limits=(
        "This law names prostitution convictions. If you were trafficked and convicted of something else, "
        "ask a lawyer; immediate sealing may help instead.",
        "You must show the court that being trafficked is why you were involved; papers from an agency or "
        "a service provider help.",
    ),
    next_steps=(
        "File a motion to vacate under 725 ILCS 5/116-2.1 in the circuit court where you were convicted.",
        "Explain in the motion, with any documents you have, how you were trafficked at the time.",
        "Once the conviction is vacated, file a petition to expunge the arrest and court records.",
    ),
    legal_defect=True,
    filing="The circuit court of the county where you were convicted.",
)

immediate_sealing_for_trafficking_victims = Remedy(
    id="il-immediate-sealing-trafficking",
    kind=RemedyKind.SEALING,
    title="Immediate sealing for trafficking survivors",
    citations=(CIA_5_2_H,),
    sources=(
        Source(
            "HB 5494 (P.A. 100-692), immediate sealing for trafficking victims (LegiScan)",
            "https://legiscan.com/IL/text/HB5494/id/1798152",
        ),
        SECTION_5_2_TEXT,
    ),
    effective=date(2018, 8, 3),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=CIA_5_2_H),
        trafficking_nexus(cite=CIA_5_2_H),
        waiting_period(since=Event.SENTENCE_COMPLETED, cite=CIA_5_2_H),
        not_under_sentence(cite=CIA_5_2_H),
        # Custom: (h) grants sealing of the survivor's "criminal record", (a)(3) bars sealing most Article 11
        # offenses; which one wins is not confirmed in the statute's words, so it stays an open question.
        custom(
            "article 11 sex offenses under immediate sealing",
            requirement="The conviction is not one of the sex offenses the law otherwise bars from sealing, or "
            "survivors' immediate sealing reaches it anyway.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_article_11_under_immediate_sealing,
            cite=CIA_5_2_A_3,
        ),
    ),
    effect="The court seals the record as soon as your last sentence is over, without the usual three-year "
    "wait. The public and most employers cannot see sealed records.",
    limits=(
        "Sealing hides the record; it does not erase the conviction. Police and courts can still see it, "
        "and some employers who must check records can see sealed felonies.",
        "If the prosecutor objects, the court holds a hearing and decides.",
        "The law bars sealing most sex offenses, such as soliciting or promoting prostitution; whether a "
        "survivor can still seal them this way has not been confirmed. Ask a lawyer listed below.",
    ),
    next_steps=(
        "File a petition to seal in the circuit court of the county where the case was, using the "
        "Illinois statewide expungement and sealing forms.",
        "State in the petition that you were a trafficking victim at the time and that you took part in "
        "the offense because of it.",
        "If you cannot pay the filing fee, file an Application for Waiver of Court Fees.",
    ),
    filing="The circuit court of the county where the case was filed.",
)

expungement_without_conviction = Remedy(
    id="il-expungement-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest or a case that ended without a conviction",
    citations=(CIA_5_2_B_1, CIA_5_2_B_2),
    sources=(SECTION_5_2_TEXT, CCRC_PROFILE),
    # (b)(1)(A) in its current form (no bar for people with other convictions) since 1 January 2017.
    effective=date(2017, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A completed pretrial diversion ends in a dismissal, without a plea: (b)(1)(A) reaches it at once.
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=CIA_5_2_B_1,
        ),
    ),
    effect="The arrest and court records are destroyed or returned to you, and the case is treated as if it "
    "never happened.",
    limits=("If you have a conviction on your record, the prosecutor may object to expunging the arrest.",),
    next_steps=(
        "Get your rap sheet from the Illinois State Police or your local police.",
        "File a Request to Expunge and Seal Criminal Records with the circuit clerk in the county where "
        "you were arrested; you can file right away.",
        "If you cannot pay the filing fee, file an Application for Waiver of Court Fees.",
    ),
    filing="The circuit court of the county where you were arrested or charged.",
)

# Supervision for these is expunged 2 years after discharge: none is on the 5-year list of
# 730 ILCS 5/5-6-3.1(f) and 20 ILCS 2630/5.2(b)(2)(B) (vehicle-code offenses, domestic battery,
# retail theft, criminal sexual abuse). A charge outside them keeps the longer wait.
TWO_YEAR_SUPERVISION_CATEGORIES = frozenset(
    {
        Category.PROSTITUTION,
        Category.SOLICITATION,
        Category.LOITERING_FOR_PROSTITUTION,
        Category.PROMOTING,
        Category.UNLICENSED_MASSAGE,
    }
)
TWO_YEARS_AFTER_SUPERVISION = waiting_period(years=2, since=Event.SENTENCE_COMPLETED, cite=CIA_5_2_B_2)
FIVE_YEARS_AFTER_SUPERVISION = waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=CIA_5_2_B_2)


def _wait_after_supervision(context: ChargeContext) -> Finding:
    """Two years after a supervision for a sex-trade or other listed offense; five otherwise.

    Custom because the length follows the offense, not its level or grade, and an offense the
    screener does not know keeps the longer wait so it never says "file now" too early.
    """
    charge = context.charge
    if charge.offense in context.offenses or charge.category in TWO_YEAR_SUPERVISION_CATEGORIES:
        return TWO_YEARS_AFTER_SUPERVISION.evaluate(context)
    return FIVE_YEARS_AFTER_SUPERVISION.evaluate(context)


expungement_after_supervision = Remedy(
    id="il-expungement-supervision",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a case that ended with court supervision you completed",
    citations=(CIA_5_2_B_2,),
    sources=(SECTION_5_2_TEXT, CCRC_PROFILE),
    effective=date(2017, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A completed pretrial diversion (no plea) is also a dismissal, expunged at once under (b)(1) by the remedy
        # above; this remedy's longer wait is shown for it too, which never says "file now" too early.
        disposition_is(Disposition.DIVERSION_COMPLETED, cite=CIA_5_2_B_2),
        # Most supervisions can be expunged 2 years after discharge, a listed few (vehicle-code offenses,
        # domestic battery, retail theft, sexual abuse) only after 5; see the custom's docstring.
        custom(
            "wait after supervision",
            requirement="Two years have passed since the supervision ended (five years for a few listed "
            "offenses, such as domestic battery or retail theft).",
            reads=(Fact.OFFENSE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_wait_after_supervision,
            cite=CIA_5_2_B_2,
        ),
    ),
    effect="Once supervision or qualified probation is completed and the wait is over, the records of the "
    "case can be destroyed or returned to you.",
    limits=(
        "For an offense the screener does not list, it uses the 5-year wait; for most offenses the wait "
        "is only 2 years, and a lawyer can check yours.",
    ),
    next_steps=(
        "File a Request to Expunge and Seal Criminal Records with the circuit clerk in the county where the case was.",
        "If you cannot pay the filing fee, file an Application for Waiver of Court Fees.",
    ),
    filing="The circuit court of the county where the case was.",
)


sealing_of_convictions = Remedy(
    id="il-sealing-conviction",
    kind=RemedyKind.SEALING,
    title="Seal a conviction three years after your last sentence",
    citations=(CIA_5_2_C_2, CIA_5_2_C_3, CIA_5_2_A_3),
    sources=(
        SECTION_5_2_TEXT,
        Source(
            "Cabrini Green Legal Aid on P.A. 100-284 (Collateral Consequences Resource Center)",
            "https://ccresourcecenter.org/tag/cabrini-green",
        ),
        CCRC_PROFILE,
    ),
    effective=date(2017, 8, 24),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=CIA_5_2_C_2),
        offense_not_in(*ARTICLE_11_NOT_SEALABLE, cite=CIA_5_2_A_3),
        # Custom: a level limit that applies to one offense only; the vocabulary's level limit applies to all.
        custom(
            "public indecency only as a misdemeanor",
            requirement="A public indecency conviction was a misdemeanor.",
            reads=(Fact.OFFENSE, Fact.LEVEL),
            rule=_indecency_misdemeanor_only,
            cite=CIA_5_2_A_3,
        ),
        not_under_sentence(cite=CIA_5_2_C_3),
        # Three years from the end of the last sentence on the record: this charge's own sentence, and the
        # sentence of every other conviction, listed or not.
        waiting_period(years=3, since=Event.SENTENCE_COMPLETED, cite=CIA_5_2_C_3),
        years_since_every_other_sentence(years=3, cite=CIA_5_2_C_3),
    ),
    effect="The court seals the conviction. The public, landlords and most employers cannot see it; police, "
    "courts and some employers who must check records can still see sealed felonies.",
    limits=(
        "Solicitation of a sexual act, promoting prostitution and other sex offenses in Article 11 cannot be "
        "sealed; prostitution and misdemeanor public indecency can.",
        "The three years count from the end of your last sentence for any case, so a newer conviction "
        "restarts the wait.",
        "The Clean Slate Act, in force since 1 June 2026, is reported to shorten this wait to two years for some "
        "records; the screener still counts three. If two years have passed, ask a lawyer listed below.",
    ),
    next_steps=(
        "File a Request to Expunge and Seal Criminal Records with the circuit clerk in the county where "
        "you were convicted, using the Illinois statewide forms.",
        "The prosecutor and police have 60 days to object; the judge may hold a hearing.",
        "If you cannot pay the filing fee, file an Application for Waiver of Court Fees.",
    ),
    filing="The circuit court of the county where you were convicted.",
)

felony_prostitution_expungement = Remedy(
    id="il-felony-prostitution-expungement",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement of old felony prostitution convictions",
    citations=(PA_102_639, PA_98_538),
    sources=(
        Source("SB 2136 (P.A. 102-639), chaptered text (LegiScan)", "https://legiscan.com/IL/text/SB2136/2021"),
        Source(
            "CSE Institute: Illinois improved its vacatur and expungement remedy for past prostitution convictions",
            "https://cseinstitute.org/illinois-improved-its-vacatur-and-expungement-remedy-for-past-prostitution-convictions",
        ),
    ),
    effective=date(2021, 8, 27),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=PA_102_639),
        level_is(Level.FELONY, cite=PA_102_639),
        # Felony prostitution was abolished from 2014; only older offenses can be felonies.
        happened_before(Event.OFFENSE, date(2014, 1, 1), cite=PA_98_538),
    ),
    effect="The Illinois State Police and local police must expunge their records of a felony prostitution "
    "conviction. You do not have to apply for that.",
    limits=(
        "The automatic part clears police records. To clear the court file too, you or the prosecutor can "
        "ask the court to vacate and expunge the conviction.",
    ),
    next_steps=(
        "Nothing to file for police records. Ask the Illinois State Police for your record to check it has "
        "been cleared.",
        "To clear the court record, file a motion to vacate and expunge the felony prostitution conviction "
        "in the circuit court where you were convicted; a lawyer listed below can help.",
    ),
    discretionary=False,
)

# Custom: a level limit that applies to one offense only; the vocabulary's level limit applies to all.
INDECENCY_ONLY_AS_MISDEMEANOR = custom(
    "public indecency only as a misdemeanor",
    requirement="A public indecency conviction was a misdemeanor.",
    reads=(Fact.OFFENSE, Fact.LEVEL),
    rule=_indecency_misdemeanor_only,
    cite=CIA_5_2_A_3,
)

clean_slate_automatic_sealing = Remedy(
    id="il-clean-slate-automatic-sealing",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing under the Clean Slate Act (from 2029)",
    citations=(CIA_5_3,),
    sources=(
        Source(
            "Public Act 104-0459 (HB 1836), the Clean Slate Act (Illinois General Assembly)",
            "https://ilga.gov/documents/legislation/PublicActs/104/104-0459.htm",
        ),
        Source(
            "Capitol News Illinois: Clean Slate Act passed in Illinois (Republic-Times)",
            "https://www.republictimes.net/clean-slate-act-passed-in-illinois",
        ),
        Source("Lawndale News: Governor signs the Clean Slate Act", "http://www.lawndalenews.com/?p=121403"),
        Source(
            "Illinois House Democrats: Clean Slate Act signed, in force 1 June 2026 (16 January 2026)",
            "https://ilhousedems.com/2026/01/16/lilly-backed-legislation-offers-a-fresh-start-after-certain-minor-offenses",
        ),
        Source(
            "Sen. Elgie R. Sims, Jr.: the Clean Slate Act (sponsor's press release)",
            "http://senatorelgiesims.com/news/press-releases/510-sims-clean-slate-act-is-about-creating-pathways-to-opportunity-for-people-who-have-earned-a-second-chance",
        ),
    ),
    # The Act has been in force since 1 June 2026 (signed 16 January 2026), but Illinois State Police notices
    # to the circuit clerks begin on 1 January 2029; clerks seal older records in waves until 1 January 2034.
    # The first day of automated sealing is shown as the earliest.
    effective=date(2029, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # The sponsor's account: "Non-conviction records would be automatically sealed", so acquittals and
        # arrests released without charging are sealed like dismissed charges.
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=CIA_5_3,
        ),
        # The act adds no offenses: only records already sealable by petition are sealed.
        offense_not_in(*ARTICLE_11_NOT_SEALABLE, cite=CIA_5_2_A_3),
        INDECENCY_ONLY_AS_MISDEMEANOR,
        wait_by_outcome(
            {
                Disposition.CONVICTION: waiting_period_by_level(
                    {Level.MISDEMEANOR: 2, Level.FELONY: 3}, since=Event.SENTENCE_COMPLETED, cite=CIA_5_3
                ),
                # Non-conviction records are sealed once the case is over; these entries are always met.
                Disposition.DISMISSAL: disposition_is(Disposition.DISMISSAL, cite=CIA_5_3),
                Disposition.ACQUITTAL: disposition_is(Disposition.ACQUITTAL, cite=CIA_5_3),
                Disposition.NO_CHARGES: disposition_is(Disposition.NO_CHARGES, cite=CIA_5_3),
                # A completed pretrial diversion ends in a dismissal too.
                Disposition.DIVERSION_COMPLETED: disposition_is(
                    Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.PRETRIAL,), cite=CIA_5_3
                ),
            },
            cite=CIA_5_3,
        ),
    ),
    effect="Eligible records are sealed without a petition: the public, landlords and most employers "
    "cannot see them. Police and courts still can.",
    limits=(
        "Sealing starts in 2029. Records from before then are sealed in stages until 1 January 2034, so "
        "yours may be sealed later than the date shown.",
        "Only records the law already lets a court seal are covered; sex offenses, DUI and serious violent "
        "crimes are not.",
        "A new conviction may stop or delay automatic sealing; this has not been confirmed.",
    ),
    next_steps=("Nothing to file. You can still ask the court to seal an eligible record sooner with a petition.",),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="IL",
    name="Illinois",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        immediate_sealing_for_trafficking_victims,
        expungement_without_conviction,
        expungement_after_supervision,
        sealing_of_convictions,
        felony_prostitution_expungement,
        clean_slate_automatic_sealing,
    ),
    legal_help=(
        LegalHelp("Cabrini Green Legal Aid", "https://www.cgla.net", "Expungement and sealing help desks"),
        LegalHelp(
            "Legal Aid Chicago",
            "https://legalaidchicago.org",
            "Free expungement and sealing clinics in Chicago and suburban Cook County",
        ),
        LegalHelp(
            "James B. Moran Center for Youth Advocacy",
            "https://moran-center.org/recordrelief",
            "Free help to expunge or seal an Illinois criminal record",
        ),
    ),
    where_to_file="The circuit court clerk in the county where you were arrested or convicted.",
    notes=("Illinois removed the felony level for repeat prostitution in 2014; prostitution is now a misdemeanor.",),
)
