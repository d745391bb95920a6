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
from rules.logic import Finding, met, not_met
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 6)

TRAFFICKING_ACT = "R.I. Gen. Laws ch. 11-67.1 (P.L. 2017, ch. 260), motion to vacate a prostitution conviction"
RIGL_11_34_1_5 = "R.I. Gen. Laws § 11-34.1-5"
RIGL_12_1_3_1_3 = "R.I. Gen. Laws § 12-1.3-1(3)"
RIGL_12_1_3_2_A = "R.I. Gen. Laws § 12-1.3-2(a)"
RIGL_12_1_3_2_B = "R.I. Gen. Laws § 12-1.3-2(b)"
RIGL_12_1_3_2_CD = "R.I. Gen. Laws § 12-1.3-2(c)-(d)"
RIGL_12_1_3_3 = "R.I. Gen. Laws § 12-1.3-3"
RIGL_12_1_12_1 = "R.I. Gen. Laws § 12-1-12.1"
RIGL_12_1_12_A_2 = "R.I. Gen. Laws § 12-1-12(a)(2)"

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


def _no_felony_unless_acquitted(context: ChargeContext) -> Finding:
    """A person with a felony conviction can seal only a case that ended in acquittal at trial. The
    felony bar itself is the shared limit, so the other convictions the person listed count too."""
    if context.charge.disposition is Disposition.ACQUITTAL:
        return met(msg("An acquittal can be sealed even if you have a felony conviction."))
    return NO_FELONY.evaluate(context)


NO_FELONY = convictions_at_most(felonies=0, cite=RIGL_12_1_12_A_2)


sealing_without_conviction = Remedy(
    id="ri-sealing-12-1-12-1",
    kind=RemedyKind.SEALING,
    title="Seal a case that ended without a conviction",
    citations=(RIGL_12_1_12_1, RIGL_12_1_12_A_2),
    sources=(PUBLIC_LAW_2021_142, PUBLIC_DEFENDER_GUIDE),
    effective=date(2021, 7, 3),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, cite=RIGL_12_1_12_1),
        # Custom: the felony bar spares an acquittal; the by-outcome condition is for waits, not for limits.
        custom(
            "no felony conviction unless acquitted",
            requirement="You have no felony conviction, or this case ended in an acquittal.",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
            rule=_no_felony_unless_acquitted,
            cite=RIGL_12_1_12_A_2,
        ),
    ),
    effect="The court records of the case are sealed. Your fingerprints and photos from the arrest should "
    "also be destroyed.",
    limits=(
        "Every count in the case must have ended without a conviction.",
        "A case that was 'filed' after a plea is handled under a different law; ask a lawyer.",
    ),
    next_steps=(
        "File the court's Motion to Expunge or Seal form in the court that handled the case.",
        "Send notice of the hearing date to the Attorney General and the police department that charged you, "
        "at least 10 days before the hearing.",
        "After the order, the clerk has 45 days to seal the records.",
    ),
    filing="The court where the case ended.",
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
            "Free expungement clinics",
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
