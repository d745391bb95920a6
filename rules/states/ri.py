"""Rhode Island: vacatur for trafficking survivors, a one-year expungement for prostitution and
loitering records, first-offender and multiple-misdemeanor expungement, and sealing of cases that
ended without a conviction.

Reviewed 2026-11-25 against:
- P.L. 2017, ch. 260 (S 0073 Sub A, enacted 19 July 2017), which replaced ch. 11-67 with ch. 11-67.1,
  the Uniform Act on Human Trafficking. News reports of the enacted bill say a person convicted of
  prostitution or solicitation as a direct result of being trafficked may ask the court to vacate
  and expunge it. We could not read the section itself, so the citation names the chapter and the
  public law rather than a section number, and the relief is limited to the two offenses a person
  who sells sex is charged with (§§ 11-34.1-2 and 11-34.1-4).
- § 11-34.1-5 (P.L. 2009, ch. 185 and 186): records of a conviction under § 11-34.1-2 or
  § 11-34.1-4 may be expunged one year after the sentence ends, whether or not the person is a first
  offender. Buyers (§ 11-34.1-3) are not covered.
- §§ 12-1.3-1 to 12-1.3-3 as amended by P.L. 2018, ch. 188: first-offender expungement (5 years after
  the sentence for a misdemeanor, 10 for a felony) and expungement of two to five misdemeanors with
  no felony (10 years after the last sentence).
- §§ 12-1-12 and 12-1-12.1 as amended by P.L. 2021, ch. 142: sealing of court records after an
  acquittal, dismissal or other exoneration, on motion.
- § 12-10-12 (complaints placed on file): the Public Defender's guide says a filed complaint is
  expunged when the filing period ends without a new charge. We could not read the section, and a
  "filing" does not map cleanly onto our dispositions, so it is not encoded; it is named in the notes.

Not encoded because we could not confirm them from a source: automatic sealing of Rule 48(a)
dismissals from 2023 (mentioned only in secondary material); 2024 H 7053 Sub A and 2025 S 0876
Sub A (bills amending ch. 12-1.3, enactment not confirmed); 2025 S 0810 (decriminalization bill,
not enacted as far as we could find); 2026 H 7508, the "Rhode Island Clean Slate Act" (introduced
4 February 2026, enactment not confirmed).

Reviewed 2026-12-06 against §§ 12-1.3-2(a)-(d) (P.L. 2018, ch. 188, official text) and § 12-1.3-3
(a copy of the earlier wording: no conviction or arrest "in the five (5) years preceding the filing of
the motion" for a misdemeanor, ten for a felony); ch. 11-67.1's vacatur section, § 11-34.1-5 and
§ 12-1-12.1 were not read (RI Public Defender guide and press only). What changed: the first-offender
remedy no longer carries a lifetime bar on later convictions (the statute looks back five or ten years;
its one-conviction limit already decides every case with a second conviction). Later the same day: the
two-to-five-misdemeanor remedy states its limits with the shared conviction limit (at most five, no felony)
and the felony bar on sealing uses it too, so the other convictions a person lists now count in both; the
custom rules had counted only the charges screened, which was wrong (§ 12-1.3-2(b), § 12-1-12(a)(2)); the
ten years after the last sentence (§ 12-1.3-3) now also run from the date of another listed conviction.

Reviewed 2026-12-06 for the new "last sentence" vocabulary: the two-to-five-misdemeanor remedy's ten years
after the completion of the last sentence (§ 12-1.3-3) are now a wait from this charge's sentence plus ten
years since every other conviction's sentence ended; another conviction the person lists now counts from the
end of its sentence (asked; an unknown end is an open question), not from its conviction date.

Reviewed 2026-12-07 against § 12-1-12.1 (the General Assembly's own statutes page), § 12-1-12 (FindLaw,
current as of 1 January 2022, and an instalawyer copy), P.L. 2023, ch. 154 and the opening of P.L. 2024,
ch. 387 (definitions in § 12-1.3-1; the rest of that act was not read). What changed: § 12-1-12(a)(2), the
bar on sealing for people with a felony conviction, was deleted by P.L. 2021, ch. 141 and ch. 142 (the earlier
review read the struck words in the public law as law), so the sealing remedy no longer has a felony bar; and
the sealing remedy now says that District Court cases dismissed under Rule 48(a) on or after 1 January 2023
are sealed by operation of law (§ 12-1-12.1(a)). That is a limit and not a remedy of its own because the
screening facts cannot tell a Rule 48(a) dismissal from another, so such a remedy could never be confirmed. Identification records (fingerprints, photographs) must be
destroyed within 60 days of any acquittal or dismissal (§ 12-1-12(a)(1)). The vacatur section of ch. 11-67.1
and § 11-34.1-5 were again not found in stored copies (three more searches), so those remedies still rest on
the Providence Journal and the Public Defender's guide. Legal help: the Roger Williams University School of Law
Pro Bono Collaborative, which runs expungement clinics (law.rwu.edu story on its clinics), is listed again.
Added: expungement of a completed deferred sentence (§ 12-1.3-2 as amended by P.L. 2016, ch. 202 and 204,
"without regard to" the first-offender and waiting-period subsections; § 12-19-19(c), official text: eligible
at once after a hearing finding all terms met and all money paid). A completed deferred sentence had no remedy
here. The 2018 restatement of § 12-1.3-2 was read only to subsection (d); the deferred-sentence subsection
is taken to continue there, as § 12-19-19(c) still refers to § 12-1.3-2. A completed pretrial diversion now
counts as a dismissal for sealing under § 12-1-12.1.

Reviewed 2026-12-07 (statute audit): read § 12-1-12 (FindLaw, current as of 1 January 2022, and instalawyer), § 12-1-12.1
and § 12-19-19 (General Assembly statutes pages), §§ 12-1.3-2 and 12-1.3-3 as restated in P.L. 2016, ch. 204 and P.L.
2018, ch. 188 and in 2024-2026 bills (S 2454 and S 2227 of 2024, H 5647 and S 0876 Sub A of 2025, H 7508 of 2026,
the "Clean Slate Act", held for further study), and § 12-10-12 (WomensLaw copy of July 2024; P.L. 2023, ch. 232).
The 2025 bills still restate § 12-1.3-2(b) with its felony bar, so S 2454 (2024) did not become law; P.L. 2024,
ch. 387 amended § 12-1.3-1; no Clean Slate law was enacted. Changed: § 12-1-12(b) applies the section "to persons
against whom charges have been filed by the court, and the period of such filing has expired", and § 12-10-12(a)
allows a filing only for a complaint that is not a felony; a completed plea-based term (a filing or a deferred
sentence, which the screening cannot tell apart) was "not eligible" for sealing and is now open for a misdemeanor
(still not eligible for a felony, which can only have been a deferred sentence). Still open: the text of the
vacatur section (§ 11-67.1-17), of § 11-34.1-5 and of § 12-1.3-3 as amended in 2018 was again not found in stored
copies (the public law and bill pages answer only with their opening); the automatic expungement of a filed
complaint after one year (§ 12-10-12(c)) is known only from the Clean Slate Clearinghouse summary and is a note,
not a remedy.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    level_is,
    no_pending_case,
    offense_in,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
    years_since_every_other_sentence,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

TRAFFICKING_ACT = "R.I. Gen. Laws ch. 11-67.1 (P.L. 2017, ch. 260), motion to vacate a prostitution conviction"
RIGL_11_34_1_5 = "R.I. Gen. Laws § 11-34.1-5"
RIGL_12_1_3_1_3 = "R.I. Gen. Laws § 12-1.3-1(3)"
RIGL_12_1_3_2_A = "R.I. Gen. Laws § 12-1.3-2(a)"
RIGL_12_1_3_2_B = "R.I. Gen. Laws § 12-1.3-2(b)"
RIGL_12_1_3_2_CD = "R.I. Gen. Laws § 12-1.3-2(c)-(d)"
RIGL_12_1_3_3 = "R.I. Gen. Laws § 12-1.3-3"
RIGL_12_1_3_2_DEFERRED = "R.I. Gen. Laws § 12-1.3-2 (deferred sentences; P.L. 2016, ch. 202 and 204)"
RIGL_12_19_19_C = "R.I. Gen. Laws § 12-19-19(c)"
RIGL_12_1_12_1_A = "R.I. Gen. Laws § 12-1-12.1(a)"
RIGL_12_1_12_1_B = "R.I. Gen. Laws § 12-1-12.1(b)"
RIGL_12_1_12_A_1 = "R.I. Gen. Laws § 12-1-12(a)(1)"
RIGL_12_1_12_B = "R.I. Gen. Laws § 12-1-12(b)"
RIGL_12_10_12 = "R.I. Gen. Laws § 12-10-12"

PUBLIC_LAW_2017_260 = Source(
    "P.L. 2017, ch. 260 (S 0073 Sub A), Uniform Act on Human Trafficking (R.I. General Assembly)",
    "http://webserver.rilegislature.gov/PublicLaws/law17/law17260.htm",
)
PROJO_2017 = Source(
    "R.I. Senate OKs sweeping human-trafficking reforms (Providence Journal, 14 June 2017)",
    "http://www.providencejournal.com/news/20170614/ri-senate-oks-sweeping-human-trafficking-reforms",
)
PUBLIC_DEFENDER_GUIDE = Source(
    "Expungement and Sealing of Criminal Records Resource Guide (R.I. Public Defender)",
    "http://www.ripd.org/expungement-sealingcriminalrecords.html",
)
CCRC_PROFILE = Source(
    "Rhode Island: Restoration of Rights, Pardon, Expungement & Sealing (Collateral Consequences Resource Center)",
    "https://ccresourcecenter.org/state-restoration-profiles/rhode-island-restoration-of-rights-pardon-expungement-sealing/",
)
PUBLIC_LAW_2018_188 = Source(
    "P.L. 2018, ch. 188 (H 8355), amending §§ 12-1.3-2 and 12-1.3-3 (R.I. General Assembly)",
    "http://webserver.rilin.state.ri.us/PublicLaws/law18/law18188.htm",
)
STATUTE_12_1_12_1 = Source(
    "R.I. Gen. Laws § 12-1-12.1 (State of Rhode Island General Assembly, Statutes)",
    "http://webserver.rilin.state.ri.us/Statutes/TITLE12/12-1/12-1-12.1.htm",
)
STATUTE_12_1_12 = Source(
    "R.I. Gen. Laws § 12-1-12 (FindLaw, current as of 1 January 2022)",
    "https://codes.findlaw.com/ri/title-12-criminal-procedure/ri-gen-laws-sect-12-1-12/",
)
PUBLIC_LAW_2016_204 = Source(
    "P.L. 2016, ch. 204 (H 7025), amending § 12-1.3-2: expungement of a completed deferred sentence (R.I. General "
    "Assembly)",
    "http://webserver.rilin.state.ri.us/PublicLaws/law16/law16204.htm",
)
STATUTE_12_10_12 = Source(
    "R.I. Gen. Laws § 12-10-12, Filing of complaints (WomensLaw copy, updated 19 July 2024)",
    "https://www.womenslaw.org/laws/ri/statutes/12-10-12-filing-complaints",
)
STATUTE_12_19_19 = Source(
    "R.I. Gen. Laws § 12-19-19 (State of Rhode Island General Assembly, Statutes)",
    "http://webserver.rilin.state.ri.us/Statutes/TITLE12/12-19/12-19-19.htm",
)
PUBLIC_LAW_2021_142 = Source(
    "P.L. 2021, ch. 142 (S 0503), amending §§ 12-1-12 and 12-1-12.1 (R.I. General Assembly)",
    "http://webserver.rilin.state.ri.us/PublicLaws/law21/law21142.htm",
)

OFFENSES = (
    Offense("ri-gl-11-34.1-2", "Prostitution", "R.I. Gen. Laws § 11-34.1-2", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "ri-gl-11-34.1-3",
        "Procurement of sexual conduct for a fee",
        "R.I. Gen. Laws § 11-34.1-3",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ri-gl-11-34.1-4",
        "Loitering for indecent purposes",
        "R.I. Gen. Laws § 11-34.1-4",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ri-gl-11-45-1", "Disorderly conduct", "R.I. Gen. Laws § 11-45-1", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
)

# The two offenses a person who sells sex is charged with; § 11-34.1-5 names exactly these.
SELLING_OFFENSES = ("ri-gl-11-34.1-2", "ri-gl-11-34.1-4")

vacatur_for_trafficking_survivors = Remedy(
    id="ri-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution conviction that resulted from trafficking",
    citations=(TRAFFICKING_ACT,),
    sources=(PUBLIC_LAW_2017_260, PROJO_2017),
    # Enacted 19 July 2017 and in force on passage, as the public law's header reads.
    effective=date(2017, 7, 19),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.SOLICITATION, Category.LOITERING_FOR_PROSTITUTION),
    conditions=(
        convicted(cite=TRAFFICKING_ACT),
        offense_in(*SELLING_OFFENSES, cite=TRAFFICKING_ACT),
        trafficking_nexus(cite=TRAFFICKING_ACT),
    ),
    effect="The court vacates the conviction and expunges the record of it, because you were a victim of "
    "trafficking when it happened.",
    limits=(
        "We could only confirm that this reaches prostitution and loitering-to-sell-sex convictions. If you "
        "were convicted of something else because you were trafficked, ask a lawyer whether it can be included.",
    ),
    next_steps=(
        "File a motion to vacate in the court where you were convicted (usually the District Court).",
        "Papers from a government agency showing you were trafficked help, but they are not required.",
        "A free lawyer listed below can help you write the motion and keep your information safe.",
    ),
    legal_defect=True,
    filing="The court where you were convicted.",
)

expungement_of_prostitution_records = Remedy(
    id="ri-expungement-11-34-1-5",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a prostitution or loitering conviction one year after the sentence ends",
    citations=(RIGL_11_34_1_5,),
    sources=(PUBLIC_DEFENDER_GUIDE, CCRC_PROFILE),
    # The governor signed the law (P.L. 2009, ch. 185 and 186) on 3 November 2009; in force on passage.
    effective=date(2009, 11, 3),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.SOLICITATION, Category.LOITERING_FOR_PROSTITUTION),
    conditions=(
        convicted(cite=RIGL_11_34_1_5),
        offense_in(*SELLING_OFFENSES, cite=RIGL_11_34_1_5),
        waiting_period(years=1, since=Event.SENTENCE_COMPLETED, cite=RIGL_11_34_1_5),
    ),
    effect="The court seals the records of the conviction and removes them from active files. You do not "
    "need to be a first offender.",
    limits=(
        "It does not cover the buyer's offense (procurement of sexual conduct for a fee).",
        "The judge decides whether to grant it.",
    ),
    next_steps=(
        "File a motion to expunge in the court where you were convicted, using the court's Motion to Expunge "
        "or Seal form.",
        "Send notice of the hearing date to the Attorney General and the police department that charged you, "
        "at least 10 days before the hearing, and bring a proposed order.",
        "Ask the clerk about the filing fee; you can ask the court to waive it if you cannot pay.",
    ),
    filing="The court where you were convicted.",
)

first_offender_expungement = Remedy(
    id="ri-expungement-first-offender",
    kind=RemedyKind.EXPUNGEMENT,
    title="First-offender expungement of one conviction",
    citations=(RIGL_12_1_3_2_A, RIGL_12_1_3_2_CD, RIGL_12_1_3_3),
    sources=(PUBLIC_LAW_2018_188, PUBLIC_DEFENDER_GUIDE, CCRC_PROFILE),
    effective=date(2018, 7, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=RIGL_12_1_3_2_A),
        convictions_at_most(total=1, cite=RIGL_12_1_3_1_3),
        waiting_period_by_level(
            {Level.MISDEMEANOR: 5, Level.FELONY: 10}, since=Event.SENTENCE_COMPLETED, cite=RIGL_12_1_3_2_CD
        ),
        # § 12-1.3-3(b)(1) looks back five (misdemeanor) or ten (felony) years for any conviction or
        # arrest; with only one conviction allowed, the conviction limit above already decides it.
        no_pending_case(cite=RIGL_12_1_3_1_3),
    ),
    effect="The records of the conviction are sealed and removed from active files. You can answer most "
    "questions as if it had not happened.",
    limits=(
        "It is not available for a crime of violence, such as robbery or sexual assault.",
        "All court fines, fees and costs must be paid, unless the court reduces or waives them.",
        "You must show the judge good moral character, and no arrest or conviction during the waiting time.",
    ),
    next_steps=(
        "File the court's Motion to Expunge or Seal form in the court where you were convicted.",
        "Send notice of the hearing date to the Attorney General and the police department that charged you, "
        "at least 10 days before the hearing.",
        "If the judge grants it, bring certified copies of the order to the Attorney General's criminal "
        "identification unit and the police department.",
    ),
    filing="The court where you were convicted.",
)


def _more_than_one_conviction(context: ChargeContext) -> Finding:
    """§ 12-1.3-2(b) is for "more than one misdemeanor": with one conviction, first-offender expungement applies."""
    count = len(context.convictions.past)
    if count < 2:
        return not_met(
            msg("This is for two to five misdemeanors; with one conviction, see first-offender expungement.")
        )
    return met(msg("You listed {count} convictions, more than one.", count=count))


multiple_misdemeanor_expungement = Remedy(
    id="ri-expungement-multiple-misdemeanors",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expungement of two to five misdemeanors",
    citations=(RIGL_12_1_3_2_B, RIGL_12_1_3_3),
    sources=(PUBLIC_LAW_2018_188, PUBLIC_DEFENDER_GUIDE),
    effective=date(2018, 7, 2),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=RIGL_12_1_3_2_B),
        level_is(Level.MISDEMEANOR, cite=RIGL_12_1_3_2_B),
        # "Convicted of more than one misdemeanor, but fewer than six (6) misdemeanors, and has not been
        # convicted of a felony": at most five convictions, none a felony, and at least two (below).
        convictions_at_most(total=5, felonies=0, cite=RIGL_12_1_3_2_B),
        # Custom: the shared limits cap how many convictions a person has; this sets a minimum.
        custom(
            "more than one misdemeanor",
            requirement="You have more than one misdemeanor conviction.",
            reads=(Fact.DISPOSITION, Fact.OTHER_CONVICTIONS),
            rule=_more_than_one_conviction,
            cite=RIGL_12_1_3_2_B,
        ),
        # Ten years from the completion of the last sentence on the record: this charge's sentence, and the
        # sentence of every other conviction, listed or not.
        waiting_period(years=10, since=Event.SENTENCE_COMPLETED, cite=RIGL_12_1_3_3),
        years_since_every_other_sentence(years=10, cite=RIGL_12_1_3_3),
        no_pending_case(cite=RIGL_12_1_3_3),
    ),
    effect="The records of the misdemeanor convictions you choose are sealed and removed from active files.",
    limits=(
        "Domestic violence and drunk-driving convictions cannot be expunged this way.",
        "You must have had no arrest or conviction in the ten years before you file, and show good moral character.",
    ),
    next_steps=(
        "File the court's Motion to Expunge or Seal form in each court where you were convicted.",
        "Send notice of the hearing date to the Attorney General and the police department that charged you, "
        "at least 10 days before the hearing.",
    ),
    filing="The court where each conviction was entered.",
)


def _ended_without_conviction(context: ChargeContext) -> Finding:
    """§ 12-1-12.1(b): "acquitted or otherwise exonerated of all counts ... including ... dismissals ... or filing of a
    no true bill or no information"; § 12-1-12(b): the section also applies "to persons against whom charges have been
    filed by the court, and the period of such filing has expired". A completed pretrial diversion ends in a dismissal.
    A plea followed by a completed term is either a complaint placed on file (§ 12-10-12, never for a felony), which is
    sealed here, or a deferred sentence, which is expunged under § 12-1.3-2 instead; the screening cannot tell them
    apart, so a misdemeanor of that kind is left open. Custom because the shared outcome rule cannot say "open for this
    kind of diversion at this level"."""
    charge = context.charge
    disposition = charge.disposition
    if disposition in (Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES):
        return met(msg("The case ended without a conviction, which this covers."))
    if disposition is Disposition.DIVERSION_COMPLETED:
        kind = charge.diversion_kind
        if kind is DiversionKind.PRETRIAL:
            return met(msg("A pretrial diversion that was completed ends in a dismissal, which this covers."))
        if kind is DiversionKind.UNSURE:
            return unknown(
                msg(
                    "A completed pretrial diversion (no plea) is sealed here; after a plea, it depends on how the case "
                    "was closed. What kind of program this was is not known."
                ),
                context.path(Fact.DIVERSION_KIND),
            )
        if charge.level is Level.FELONY:
            return not_met(
                msg(
                    "A felony cannot be placed on file, so a completed term after a plea to a felony was a deferred "
                    "sentence; see expungement of a deferred sentence."
                )
            )
        questions = (context.path(Fact.LEVEL),) if charge.level is Level.UNKNOWN else ()
        return unknown(
            msg(
                "After a plea, a complaint placed on file whose filing period has ended is sealed here; a deferred "
                "sentence is expunged under a different law (see expungement of a deferred sentence). Which of the "
                "two this was is not known."
            ),
            *questions,
        )
    if disposition is Disposition.UNKNOWN:
        return unknown(
            msg("This covers only a case that ended without a conviction; how the case ended is not known."),
            context.path(Fact.DISPOSITION),
        )
    if disposition is Disposition.PENDING:
        return not_met(msg("The case is still open; it can be sealed only once it ends without a conviction."))
    return not_met(msg("This covers only a case that ended without a conviction."))


sealing_without_conviction = Remedy(
    id="ri-sealing-12-1-12-1",
    kind=RemedyKind.SEALING,
    title="Seal a case that ended without a conviction",
    citations=(RIGL_12_1_12_1_B, RIGL_12_1_12_1_A, RIGL_12_1_12_A_1, RIGL_12_1_12_B, RIGL_12_10_12),
    sources=(STATUTE_12_1_12_1, STATUTE_12_1_12, STATUTE_12_10_12, PUBLIC_LAW_2021_142, PUBLIC_DEFENDER_GUIDE),
    effective=date(2021, 7, 3),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # § 12-1-12(a)(2), which barred people with a felony conviction except after an acquittal at trial,
        # was deleted by P.L. 2021, ch. 141 and ch. 142: there is no felony bar any more.
        # A completed pretrial diversion ends in a dismissal; a completed deferred sentence (a plea first) is
        # expunged under § 12-1.3-2 instead (the remedy below).
        # Custom: a completed plea-based term is open (a filing is sealed here, a deferred sentence is not).
        custom(
            "ended without a conviction",
            requirement="The case ended without a conviction: an acquittal, a dismissal (also after a pretrial "
            "diversion), no charges, or a complaint placed on file whose filing period has ended.",
            reads=(Fact.DISPOSITION, Fact.DIVERSION_KIND, Fact.LEVEL),
            rule=_ended_without_conviction,
            cite=RIGL_12_1_12_1_B,
        ),
    ),
    effect="The court records of the case are sealed. Your fingerprints and photos from the arrest should "
    "also be destroyed.",
    limits=(
        "Every count in the case must have ended without a conviction.",
        "A felony conviction in another case no longer stops this.",
        "A District Court case the prosecutor dismissed (Rule 48(a)) on or after 1 January 2023 is sealed by law "
        "10 to 20 days after the dismissal, with no motion; for such a dismissal before 2023, the clerk seals it "
        "on request without a hearing.",
        "A complaint placed on file (R.I. Gen. Laws § 12-10-12) is cleared when the filing period ends without a "
        "violation; if it still shows on your record, ask the court to seal it.",
    ),
    next_steps=(
        "File the court's Motion to Expunge or Seal form in the court that handled the case.",
        "Send notice of the hearing date to the Attorney General and the police department that charged you, "
        "at least 10 days before the hearing.",
        "After the order, the clerk has 45 days to seal the records.",
    ),
    filing="The court where the case ended.",
)

deferred_sentence_expungement = Remedy(
    id="ri-expungement-deferred-sentence",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a deferred sentence once it is completed",
    citations=(RIGL_12_1_3_2_DEFERRED, RIGL_12_19_19_C),
    sources=(PUBLIC_LAW_2016_204, STATUTE_12_19_19, PUBLIC_DEFENDER_GUIDE),
    # P.L. 2016, ch. 202 and ch. 204, enacted 29 June 2016.
    effective=date(2016, 6, 29),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A deferred sentence follows a plea of guilty or nolo contendere: the deferred-adjudication kind.
        disposition_is(
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.DEFERRED_ADJUDICATION,),
            cite=RIGL_12_1_3_2_DEFERRED,
        ),
        no_pending_case(cite=RIGL_12_1_3_3),
    ),
    effect="The records of the case are sealed and removed from active files. You do not need to be a first "
    "offender and there is no waiting period after the deferment ends.",
    limits=(
        "The court first holds a hearing to confirm you kept every term of the deferral agreement and paid all "
        "fines, fees, costs and restitution.",
        "The judge also considers whether you had any arrest or conviction in the years before you file, and "
        "your character.",
    ),
    next_steps=(
        "File the court's Motion to Expunge or Seal form in the Superior Court that deferred your sentence.",
        "Send notice of the hearing date to the Attorney General and the police department that charged you, "
        "at least 10 days before the hearing.",
    ),
    filing="The Superior Court that deferred the sentence.",
)

JURISDICTION = Jurisdiction(
    code="RI",
    name="Rhode Island",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_of_prostitution_records,
        first_offender_expungement,
        multiple_misdemeanor_expungement,
        sealing_without_conviction,
        deferred_sentence_expungement,
    ),
    legal_help=(
        LegalHelp(
            "Rhode Island Office of the Public Defender",
            "http://www.ripd.org",
            "Expungement and sealing guide; help for people it represented",
        ),
        LegalHelp(
            "Roger Williams University School of Law Pro Bono Collaborative",
            "https://law.rwu.edu",
            "Free expungement clinics with volunteer lawyers",
        ),
    ),
    where_to_file="The court where the case was heard: the District Court for misdemeanors, the Superior "
    "Court for felonies.",
    notes=(
        "A complaint 'placed on file' under R.I. Gen. Laws § 12-10-12 is cleared when the filing period ends "
        "without a new charge; check your record, and ask a lawyer if it still shows.",
        "Rhode Island lawmakers have proposed a Clean Slate Act; as of this review we could not confirm it became law.",
    ),
)
