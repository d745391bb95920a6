"""Nebraska: set-aside for trafficking survivors, set-aside after a completed sentence, and
automatic sealing of cases that ended without a conviction.

Nebraska does not expunge adult convictions; a set-aside voids the conviction but the record
stays, with the order noted on it. Reviewed 2026-11-25 against Neb. Rev. Stat. §§ 29-3005
(LB 1132, 2018), 29-2264 and 29-3523, using the Nebraska Supreme Court's self-help pages,
the Clean Slate Clearinghouse and Freedom Network USA's Survivor Reentry Project page.

Reviewed 2026-12-06 against Neb. Rev. Stat. § 29-2264 (statute text), § 29-3523 (subsection (1) text;
subsection (3) through the Clean Slate Clearinghouse, Nolo and LegalClarity summaries) and reports of
LB 1132 (§ 29-3005; no copy of the statute's own words was found): the one-year wait after an arrest with
no charges now runs from the arrest, and an arrest followed by a completed diversion program is now sealed
two years after the arrest (§ 29-3523(3)(b)). Still open: whether § 29-3005 requires a completed sentence
(one report says so; kept), and the start date of § 29-2264(3).

Second review 2026-12-06: a pending criminal charge now leaves the § 29-2264 set-aside open - it bars a
petition after a jail sentence of a year or less ((3)(b)(i)) but not one after probation, a fine or community
service ((2)), and the screener does not ask which sentence was imposed.

Reviewed 2026-12-07 against § 29-2264 (getpocketlaw copy), § 29-3523(1) (getpocketlaw copy), the Nebraska
Judicial Branch's "Adult Record Sealing" self-help page, the Clean Slate Clearinghouse (NE-NC-2) and reports
of LB 1132 (§ 29-3005; Freedom Network USA, Unicameral Update, Catholic Voice). The words of § 29-3005 and
of § 29-3523(3)-(6) were still not found in stored copies (the official nebraskalegislature.gov pages and a
per-section code copy exist for other sections, but searches did not surface these two). What changed: a
dismissal or acquittal before 1 January 2017, which the law does not seal by itself, now shows the motion to
seal that the courts' self-help page describes, instead of no remedy.

Cross-check 2026-12-07: ten new worked examples built from the words of §§ 29-2264, 29-3523 and the reports of
§ 29-3005 quoted in the evidence file; the module agreed with every one. The words of § 29-3005 were searched for
again ('Neb. Rev. Stat. 29-3005 victim of sex trafficking motion to set aside ...', 'LB1132 2018 ... 29-3005') and
still not found, so whether it requires a completed sentence stays as before. No rule changed.

Fix 2026-12-07: not knowing whether a criminal charge is pending now leaves the § 29-2264 set-aside open on that
question, as a pending charge does (it bars the petition after a jail sentence, § 29-2264(3)(b)(i)); an unsure
answer had shown it open now, which answering "yes" would have taken back.

Reviewed 2026-12-07 (statute audit): the words of § 29-3005 (Laws 2018, LB1132; 2020, LB881) and of § 29-3523 in
full (through Laws 2019, LB686) read in Justia's copies held in the saint1415/us-statutes data branch, which the
earlier reviews had not found; § 29-2264 again (getpocketlaw). This settles the open point on § 29-3005: a motion
lies "At any time following the completion of sentence or disposition", so the completed-sentence condition is
the statute's; on the court's finding it "shall grant the motion" (§ 29-3005(3)), and after a set-aside the
sentencing court "shall grant" a motion to seal (§ 29-3523(4)). Changed: (1) a completed deferred judgment
(deferred adjudication) leaves the public record at the order dismissing the case, as § 29-3523(3)(c)(iv) says,
not two years after the arrest, which is the rule of (3)(b) for diversion without charges; one dismissed before
2017 goes to the motion of § 29-3523(6), which now reaches it, and a program of unknown kind that ended before
2017 is left open on its kind. (2) The survivor set-aside and the motion to seal old dismissals are marked as
ones the court must grant. Still open: the year § 29-2264(3) (jail of a year or less) took effect (1 January 2021
is kept as a placeholder); juvenile adjudications under § 29-3005 are not screened; LB 114 (2021, a Clean Slate
Act) was seen only as introduced.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    WaitingPeriod,
    convicted,
    custom,
    disposition_is,
    happened_before,
    happened_on_or_after,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

NRS_29_3005 = "Neb. Rev. Stat. § 29-3005"
NRS_29_2264_2 = "Neb. Rev. Stat. § 29-2264(2)"
NRS_29_2264_3 = "Neb. Rev. Stat. § 29-2264(3)"
NRS_29_2264_3_B = "Neb. Rev. Stat. § 29-2264(3)(b)(i)"
NRS_29_3523 = "Neb. Rev. Stat. § 29-3523"
NRS_29_3523_3 = "Neb. Rev. Stat. § 29-3523(3)"
NRS_29_3523_3_A = "Neb. Rev. Stat. § 29-3523(3)(a)"
NRS_29_3523_3_B = "Neb. Rev. Stat. § 29-3523(3)(b)"
NRS_29_3523_3_B_C = "Neb. Rev. Stat. § 29-3523(3)(b), (3)(c)(iv)"
NRS_29_3523_4 = "Neb. Rev. Stat. § 29-3523(4)"

SET_ASIDE_GUIDE = Source(
    "Set-Aside of a Criminal Conviction (Nebraska Judicial Branch self-help)",
    "https://supremecourt.nebraska.gov/self-help/criminal-record-rehabilitation/set-aside-criminal-conviction",
)
# Sealing by law reaches only cases ended after 31 December 2016 (§ 29-3523(3)(c)).
AUTOMATIC_SEALING_STARTS = date(2017, 1, 1)

SEALING_GUIDE = Source(
    "Adult Record Sealing (Nebraska Judicial Branch self-help)",
    "https://supremecourt.nebraska.gov/self-help/criminal-record-rehabilitation/adult-record-sealing",
)
SECTION_29_3523 = Source(
    "Neb. Rev. Stat. § 29-3523",
    "https://getpocketlaw.com/law/state_nebraska/section-29-3523-criminal-history-record-information-dissemination-"
    "limitations-removal-certain-information-not-part-of-public-record-court-duties-sealed-record-effect-expungement_"
    "e658248eb9ac",
)

OFFENSES = (
    Offense("ne-nrs-28-801", "Prostitution", "Neb. Rev. Stat. § 28-801", Category.PROSTITUTION, Level.UNKNOWN),
    Offense(
        "ne-nrs-28-801.01",
        "Solicitation of prostitution",
        "Neb. Rev. Stat. § 28-801.01",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor the first time; a felony for a repeat offense.",
    ),
    Offense("ne-nrs-28-802", "Pandering", "Neb. Rev. Stat. § 28-802", Category.PROMOTING, Level.FELONY),
    Offense(
        "ne-nrs-28-804",
        "Keeping a place of prostitution",
        "Neb. Rev. Stat. § 28-804",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense("ne-nrs-28-806", "Public indecency", "Neb. Rev. Stat. § 28-806", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense(
        "ne-nrs-28-1322",
        "Disturbing the peace",
        "Neb. Rev. Stat. § 28-1322",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ne-nrs-28-521",
        "Criminal trespass in the second degree",
        "Neb. Rev. Stat. § 28-521",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ne-nrs-28-831",
        "Human trafficking (sex trafficking)",
        "Neb. Rev. Stat. § 28-831",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

set_aside_for_trafficking_survivors = Remedy(
    id="ne-set-aside-trafficking",
    kind=RemedyKind.SET_ASIDE,
    title="Set aside a conviction that resulted from sex trafficking",
    citations=(NRS_29_3005, NRS_29_3523_4),
    sources=(
        Source(
            "Nebraska (Freedom Network USA, Survivor Reentry Project)", "http://freedomnetworkusa.org/srp_states/ne/"
        ),
        Source(
            "Proposal advanced to set aside convictions for sex trafficking victims (Unicameral Update)",
            "http://update.legislature.ne.gov/?p=23673",
        ),
    ),
    # LB 1132 was approved on 18 April 2018; Nebraska acts without an emergency clause take
    # effect three calendar months after the session ends (19 July 2018).
    effective=date(2018, 7, 19),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=NRS_29_3005),
        trafficking_nexus(cite=NRS_29_3005),
        # One report of the bill says it is for people who finished their sentences; we require it.
        sentence_completed(cite=NRS_29_3005),
    ),
    effect="The court sets aside (voids) the conviction and removes the legal disabilities it caused. "
    "You can then ask the court to seal the record, and it must do so.",
    limits=(
        "A set-aside is not an expungement: the conviction stays on the record with a note that it was "
        "set aside, unless the court also seals it.",
        "The court must grant the motion if it finds you were a victim of sex trafficking when the offense happened "
        "(for prostitution-related offenses) or that the trafficking caused the offense.",
    ),
    next_steps=(
        "File a motion to set aside the conviction in the court that convicted you.",
        "Bring evidence that you were trafficked when the offense happened: for example a letter from an "
        "agency, a sworn statement from a counselor or advocate, ads, phone records or other records.",
        "Ask in the same motion for the record to be sealed.",
    ),
    discretionary=False,
    filing="The court where you were convicted.",
)


def _sentence_within_set_aside_law(context: ChargeContext) -> Finding:
    """§ 29-2264(2)-(3): probation, a fine, community service or jail of one year or less.
    A misdemeanor or infraction cannot carry more than a year, so it always fits; a felony
    fits only if the sentence did, which the screener does not ask."""
    level = context.charge.level
    if level in (Level.MISDEMEANOR, Level.VIOLATION):
        return met(msg("A misdemeanor sentence is never more than one year, so it fits this law."))
    if level is Level.UNKNOWN:
        return unknown(
            msg(
                "This covers sentences of probation, a fine or one year or less; the level of the charge is not known."
            ),
            context.path(Fact.LEVEL),
        )
    return unknown(
        msg(
            "This covers a felony only if the sentence was probation, a fine, community service or one "
            "year or less in jail; the sentence is not known."
        )
    )


def _pending_charge_if_jailed(context: ChargeContext) -> Finding:
    """§ 29-2264(3)(b)(i): a petition under (3)(a) (a sentence of jail of a year or less) is denied while
    any criminal charge is pending; a petition under (2) (probation, a fine or community service) is not.
    The screener does not ask which sentence was imposed, so a pending charge leaves the answer open, and so does
    not knowing whether one is pending (which the answer to that question could settle)."""
    pending = context.facts.person.pending_case
    if pending is Answer.YES:
        return unknown(
            msg(
                "You have a pending charge. If your sentence included jail, the petition is denied until the "
                "charge ends; after probation, a fine or community service it is not."
            )
        )
    if pending is Answer.UNSURE:
        return unknown(
            msg(
                "If your sentence included jail, the petition is denied while any criminal charge is pending; "
                "whether one is pending is not known."
            ),
            context.path(Fact.PENDING_CASE),
        )
    return met(msg("No criminal charge is pending."))


set_aside_after_sentence = Remedy(
    id="ne-set-aside-29-2264",
    kind=RemedyKind.SET_ASIDE,
    title="Ask the sentencing judge to set aside a conviction",
    citations=(NRS_29_2264_2, NRS_29_2264_3),
    sources=(
        SET_ASIDE_GUIDE,
        Source(
            "Neb. Rev. Stat. § 29-2264",
            "https://getpocketlaw.com/law/state_nebraska/section-29-2264-probation-completion-conviction-may-be-set-"
            "aside-conditions-retroactive-effect_2caa3761146f",
        ),
    ),
    # Subsection (3) (jail of a year or less) was added after the older probation-and-fine rule;
    # its year is not verified here, so the remedy is dated no earlier than 1 January 2021.
    effective=date(2021, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=NRS_29_2264_2),
        # Custom: it turns on the sentence imposed (a felony's), which the screening does not ask.
        custom(
            "sentence the set-aside law covers",
            requirement="The sentence was probation, a fine, community service or one year or less in jail.",
            reads=(Fact.LEVEL,),
            rule=_sentence_within_set_aside_law,
            cite=NRS_29_2264_3,
        ),
        sentence_completed(cite=NRS_29_2264_2),
        # Custom: the pending-charge bar applies only to one of the two sentence paths, which is not asked.
        custom(
            "no pending charge after a jail sentence",
            requirement="If the sentence included jail, no criminal charge is pending.",
            reads=(Fact.PENDING_CASE,),
            rule=_pending_charge_if_jailed,
            cite=NRS_29_2264_3_B,
        ),
    ),
    effect="The judge voids the conviction and removes the legal disabilities it caused. The conviction "
    "stays on your record with the order noted next to it.",
    limits=(
        "It is not sealing: employers can still see the conviction and the order.",
        "If you served jail time, a petition is denied while any criminal charge is pending against you.",
    ),
    next_steps=(
        "Fill in the Nebraska Judicial Branch's set-aside petition form and file it with the clerk of the "
        "court that sentenced you; file one petition for each conviction.",
        "You can ask to waive the filing fee with a poverty affidavit.",
        "The judge looks at your behavior since sentencing and decides.",
    ),
    filing="The county or district court that sentenced you.",
)

sealing_after_dismissal_or_acquittal = Remedy(
    id="ne-sealing-29-3523-dismissal",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing when charges are dismissed or you are acquitted",
    citations=(NRS_29_3523_3,),
    sources=(
        Source(
            "Nebraska: non-conviction records removed from the public record (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/ne-nc-2/",
        ),
        SECTION_29_3523,
    ),
    effective=date(2017, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, cite=NRS_29_3523_3),
        # Older dismissals need a motion; only cases ended after 31 December 2016 are sealed by law.
        happened_on_or_after(Event.DISPOSITION, AUTOMATIC_SEALING_STARTS, cite=NRS_29_3523_3),
    ),
    effect="The court orders the records removed from the public record. Agencies answer the public as "
    "if there were no record, and you need not answer questions about it on applications.",
    next_steps=(
        "Nothing to file. For a case dismissed before 2017, file a motion to seal in the court that handled it.",
    ),
    discretionary=False,
)

sealing_of_older_dismissals_by_motion = Remedy(
    id="ne-sealing-29-3523-motion",
    kind=RemedyKind.SEALING,
    title="Ask the court to seal a case dismissed or ending in acquittal before 2017",
    citations=(NRS_29_3523,),
    sources=(SEALING_GUIDE, SECTION_29_3523),
    # The motion path came with the same 2016 amendment as sealing by law; the date used is the one the
    # module uses for § 29-3523(3) (the amendment's own start date was not read).
    effective=AUTOMATIC_SEALING_STARTS,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # § 29-3523(6) reaches every dismissal "described in subdivision (3)(c)", which includes one "after a
        # deferred judgment" ((3)(c)(iv)).
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.DEFERRED_ADJUDICATION,),
            cite=NRS_29_3523,
        ),
        happened_before(Event.DISPOSITION, AUTOMATIC_SEALING_STARTS, cite=NRS_29_3523),
    ),
    effect="The court orders the records removed from the public record. Agencies answer the public as "
    "if there were no record, and you need not answer questions about it on applications.",
    next_steps=(
        "File a motion to seal in the court that handled the case; the Nebraska Judicial Branch self-help "
        "pages have the forms.",
    ),
    discretionary=False,
    filing="The county or district court that handled the case.",
)

sealing_when_no_charges_filed = Remedy(
    id="ne-sealing-29-3523-no-charges",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing of an arrest when no charges are filed within a year",
    citations=(NRS_29_3523_3_A,),
    sources=(SECTION_29_3523,),
    effective=date(2017, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.NO_CHARGES, cite=NRS_29_3523_3_A),
        # One year from the date of arrest (§ 29-3523(3)(a)).
        waiting_period(years=1, since=Event.OFFENSE, cite=NRS_29_3523_3_A),
    ),
    effect="If no charge is filed within one year of the arrest, the arrest record is no longer shown to the public.",
    next_steps=("Nothing to file. If the arrest still shows, ask the Nebraska State Patrol to correct it.",),
    discretionary=False,
)


def _diversion_sealing_day(context: ChargeContext) -> Finding:
    """§ 29-3523(3)(b)-(c): "When charges are not filed as a result of a completed diversion", two years from the
    arrest; when charges were filed and the case is dismissed "after a deferred judgment", at the order dismissing
    it (a dismissal before 2017 only on a motion, § 29-3523(6)).

    A custom condition: the day the record leaves the public record counts from a different event for each kind of
    program, and a deferred judgment dismissed before 2017 is not reached at all; a single shared waiting period
    cannot say this.
    """
    charge = context.charge
    kind = charge.diversion_kind
    dismissed = charge.disposition_date
    if kind is DiversionKind.DEFERRED_ADJUDICATION:
        if dismissed is None:
            return unknown(
                msg("After a deferred judgment the record leaves the public record when the case is dismissed; the "
                    "date of the dismissal is not known."),
                context.path(Fact.DISPOSITION_DATE),
            )  # fmt: skip
        if dismissed < AUTOMATIC_SEALING_STARTS:
            return not_met(msg("A case dismissed after a deferred judgment before 2017 is sealed only on a motion."))
        if dismissed <= context.facts.as_of:
            return met(msg("The case was dismissed after a deferred judgment on {day}.", day=dismissed), on=dismissed)
        return later(msg("The record leaves the public record when the case is dismissed, on {day}.", day=dismissed),
                     on=dismissed)  # fmt: skip
    found = WaitingPeriod(cite=NRS_29_3523_3_B, since=Event.OFFENSE, years=2).evaluate(context)
    if kind is DiversionKind.UNSURE and dismissed is not None and dismissed < AUTOMATIC_SEALING_STARTS:
        return unknown(
            msg("After pretrial diversion the record leaves the public record two years after the arrest; a case "
                "dismissed after a deferred judgment before 2017 needs a motion. Which kind of program this was is "
                "not known."),
            context.path(Fact.DIVERSION_KIND),
        )  # fmt: skip
    return found


sealing_after_diversion = Remedy(
    id="ne-sealing-29-3523-diversion",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing of an arrest after a completed diversion program",
    citations=(NRS_29_3523_3_B, NRS_29_3523_3_B_C),
    sources=(
        SECTION_29_3523,
        Source(
            "Expunging or sealing adult criminal records in Nebraska (Nolo)",
            "http://www.criminaldefenselawyer.com/resources/criminal-defense/criminal-records-expungement/nebraska.htm",
        ),
    ),
    effective=date(2017, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DIVERSION_COMPLETED, cite=NRS_29_3523_3_B),
        # Custom: the day turns on the kind of program: two years from the arrest after pretrial diversion
        # ((3)(b)), the dismissal after a deferred judgment ((3)(c)(iv)).
        custom(
            "when the record leaves the public record",
            requirement="Two years have passed since the arrest (pretrial diversion), or the case was dismissed "
            "after a deferred judgment on or after 1 January 2017.",
            reads=(Fact.DIVERSION_KIND, Fact.OFFENSE_DATE, Fact.DISPOSITION_DATE),
            rule=_diversion_sealing_day,
            cite=NRS_29_3523_3_B_C,
        ),
    ),
    effect="The arrest record is no longer shown to the public, and you need not answer questions about it on "
    "applications: two years after the arrest after pretrial diversion, or as soon as the case is dismissed after "
    "a deferred judgment.",
    limits=(
        "If charges had been filed and the court dismissed them when you finished the program, the record is "
        "removed from the public record as soon as the case is dismissed.",
        "A case dismissed after a deferred judgment before 2017 is sealed only if you ask the court.",
    ),
    next_steps=("Nothing to file. If the arrest still shows, ask the Nebraska State Patrol to correct it.",),
    discretionary=False,
)

JURISDICTION = Jurisdiction(
    code="NE",
    name="Nebraska",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        set_aside_for_trafficking_survivors,
        set_aside_after_sentence,
        sealing_after_dismissal_or_acquittal,
        sealing_of_older_dismissals_by_motion,
        sealing_when_no_charges_filed,
        sealing_after_diversion,
    ),
    legal_help=(
        LegalHelp(
            "Legal Aid of Nebraska",
            "https://www.legalaidofnebraska.org",
            "Free civil legal aid statewide, including set-aside and record sealing clinics",
        ),
        LegalHelp(
            "Nebraska State Bar Association Volunteer Lawyers Project",
            "https://www.nebar.com/page/VLPProgram",
            "Matches low-income Nebraskans with free volunteer lawyers",
        ),
    ),
    where_to_file="The county court (misdemeanors) or district court (felonies) that handled the case.",
    notes=("A pardon from the Nebraska Board of Pardons also allows the record to be sealed.",),
)
