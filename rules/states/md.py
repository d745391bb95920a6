"""Maryland: vacatur for trafficking survivors, expungement of non-convictions (by petition and
automatically) and expungement of listed misdemeanor convictions, prostitution among them.

Reviewed 2026-11-25 against Md. Code, Crim. Proc. §§ 8-302 (current form effective 1 October
2023) and Md. Rule 4-333.1, §§ 10-105, 10-105.1 and 10-110, and Crim. Law §§ 11-303 and 11-306.
The full list of § 8-302 qualifying offenses was read only through item (xix); offenses not seen
in it are left open rather than assumed covered.

Reviewed 2026-12-06 against the official text of § 8-302(a)(2) (items (i)-(xix)), Md. Rule
4-333.1 (through November 2024), § 10-110(a) (casetext, current with the 2024 session: item (xiv)
names §§ 11-303, 11-306 and 11-307) and § 10-110(c)-(d) (West copy marked effective 1 October
2021), § 10-105(a) and the CCRC summary. Changed: a new conviction bars § 10-110 expungement only
when it falls inside the waiting period, as (d)(1) says, not for ever. The five-year wait of
§ 10-110(c)(1) dates from the REDEEM Act of 2023 (S.B. 37, chaptered 16 May 2023, in force
1 October 2023); the West copy read shows the earlier ten-year wait. The module screens with the
current five years.

Reviewed 2026-12-06 for the shared vocabulary: the qualifying-offense condition stays custom (§
11-306 must stay "not known"); no rule changed.

Second review 2026-12-06 (Laws of Maryland 2004 ch. 238 text of § 10-105(c)(2); In re Trey H.,
Md. App. 2022): expungement after probation before judgment now waits for the later of the end of
probation and three years after it was granted, and a conviction in those three years rules it out.

Reviewed 2026-12-07 against § 8-302 (official page, self-law.org, lexace.ai and casetext copies, current
with the 2024 session) and § 10-105.1 (official page). Every copy of § 8-302(a)(2) read ends its list at
item (xix) (failure to display a license, Transportation § 16-112(c)); no later item surfaced in three
searches, and the 2023 chapters that rewrote the list (chs. 686 and 687, S.B. 292 / H.B. 297) answered
only with their title pages. So prostitution under Crim. Law § 11-306 stays open, as before. § 10-105.1
was read in the official text and matches the module. No rule changed.

Cross-check 2026-12-07 (worked examples built from the statute text): a new conviction during the five-year
wait of § 10-110 no longer rules expungement out; (d)(1) lets the original be expunged once the new
conviction becomes eligible, and the screening does not ask what the new one was, so it is left open.

Third pass 2026-12-07: § 8-302(a)(2) searched again (pages: the official page, self-law.org, lexace.ai,
casetext print copy, the West copy effective 1 October 2023 and the 2023 chapters 686/687 on legiplex, which
again showed only their opening pages; find_string for two phrases of items (i) and (xix): no hit). No item
past (xix) was seen, so § 11-306 stays open. Eight new worked cases built from the text all agree with the
module; no rule changed.

Legal help checked 2026-12-07: MVLS and its Human Trafficking Prevention Project confirmed (mvlslaw.org/ht/);
Maryland Legal Aid removed for now, as its link was not seen in a source (its expungement help was).

Reviewed 2026-12-07 (statute audit): read § 8-302 again (official page, self-law.org, lexace.ai, casetext print copy
and the West copy effective 1 October 2023), § 10-105(a) (lexace.ai, legalfix.com 2019), § 10-110(a) (casetext,
2024 session), § 10-301 (FindLaw, current as of 1 January 2025; self-law.org), the opening of § 10-303(a) (2022
compiled copy), Crim. Law § 11-303 (lexace.ai), the Judiciary's expungement brochure and shielding guide, and the
Expungement Reform Act of 2025 (S.B. 432 / H.B. 499, signed 22 April 2025, in force 1 October 2025: its title
and opening pages only). Changed: (1) shielding under the Second Chance Act (§§ 10-301 to 10-306) was missing; it
is added for prostitution under § 11-303 ("if the conviction is for prostitution and not assignation"),
disorderly conduct, disturbing the peace and trespass on posted property, 3 years after the sentence, once in a
lifetime, with no new conviction in the 3 years unless it too can be shielded and no pending case (the bars read
only in summaries). (2) Expungement of a conviction for a "nuisance" crime under any State or local law against
loitering, vagrancy, panhandling, public urination and the like (§ 10-105(a)(9)) was missing; it is added, 3
years after the later of the conviction and the end of the sentence (the Judiciary's brochure; the words of
§ 10-105(c) for it were not found). (3) The 2025 Act added misdemeanors to § 10-110(a) that could not be read,
so an offense missing from the 2024 list (indecent exposure) is now open under § 10-110, not ruled out; the
2025 Act also runs the wait from the completion of the sentence (so a probation closed unsatisfactorily no
longer bars it, overruling In re Abhishek I.) and has the court check restitution, told as a limit. Still
open: § 8-302(a)(2) past item (xix) (every copy read ends there; the list's last item may be (xix)); whether an
older § 11-306 conviction counts for vacatur or shielding; the words of § 10-303(b)-(e) and of the pending-case
rule of § 10-105 (summaries say a pending criminal case blocks § 10-105 expungement too; told as a limit, not
screened, until the words are read); which misdemeanors the 2025 Act added.
"""

from collections.abc import Callable
from datetime import date

from rules.conditions import (
    ChargeContext,
    Condition,
    convicted,
    custom,
    disposition_is,
    granted_once_under_this_law,
    happened_on_or_after,
    no_conviction_during_wait,
    no_pending_case,
    offense_in,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, Truth, later, met, not_met, unknown
from rules.message import Message, msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

CP_8_302 = "Md. Code, Crim. Proc. § 8-302"
CP_8_302_A = "Md. Code, Crim. Proc. § 8-302(a)(2)"
CP_10_105 = "Md. Code, Crim. Proc. § 10-105(a)"
CP_10_105_C_2 = "Md. Code, Crim. Proc. § 10-105(c)(2)"
CP_10_105_E = "Md. Code, Crim. Proc. § 10-105(e)"
CP_10_105_C = "Md. Code, Crim. Proc. § 10-105(c)"
CP_10_105_1 = "Md. Code, Crim. Proc. § 10-105.1(a)"
CP_10_110_A = "Md. Code, Crim. Proc. § 10-110(a)"
CP_10_110_C = "Md. Code, Crim. Proc. § 10-110(c)"
CP_10_110_D = "Md. Code, Crim. Proc. § 10-110(d)"
CP_10_105_A_9 = "Md. Code, Crim. Proc. § 10-105(a)(9)"
CP_10_105_C_NUISANCE = "Md. Code, Crim. Proc. § 10-105(c)"
CP_10_301_F = "Md. Code, Crim. Proc. § 10-301(f)"
CP_10_303 = "Md. Code, Crim. Proc. § 10-303"
CP_10_303_A = "Md. Code, Crim. Proc. § 10-303(a)"


def _statute(section: str) -> Source:
    return Source(
        f"Md. Code, Crim. Proc. § {section} (Maryland General Assembly)",
        f"https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcp&section={section}",
    )


OFFENSES = (
    Offense(
        "md-cr-11-303",
        "Prostitution (engaging in prostitution or assignation)",
        "Md. Code, Crim. Law § 11-303",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "md-cr-11-306",
        "Prostitution and related crimes (keeping a place, procuring or soliciting)",
        "Md. Code, Crim. Law § 11-306",
        Category.PROMOTING,
        Level.MISDEMEANOR,
        note="Older prostitution charges were often brought under this section.",
    ),
    Offense(
        "md-cr-10-201",
        "Disturbing the public peace and disorderly conduct",
        "Md. Code, Crim. Law § 10-201",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "md-cr-6-402",
        "Trespass on posted property",
        "Md. Code, Crim. Law § 6-402",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense("md-cr-11-107", "Indecent exposure", "Md. Code, Crim. Law § 11-107", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense(
        "md-local-loitering",
        "Loitering or vagrancy (a State or local law, such as a county or Baltimore City code)",
        "State or local loitering law",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.MISDEMEANOR,
        note="Loitering laws are mostly local in Maryland.",
    ),
    Offense(
        "md-local-nuisance",
        "Public urination, panhandling, drinking in public, obstructing passage, sleeping in a park or riding "
        "transit without paying (a State or local law)",
        "State or local nuisance law",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense("md-cr-3-1102", "Human trafficking", "Md. Code, Crim. Law § 3-1102", Category.TRAFFICKING, Level.FELONY),
)

# Offenses we saw named in § 8-302(a)(2) as qualifying offenses.
VACATUR_QUALIFYING = frozenset({"md-cr-11-303", "md-cr-10-201", "md-cr-6-402", "md-cr-11-107"})
# Offenses we saw named in § 10-110(a)(1) (text current with the 2024 session).
EXPUNGEABLE_MISDEMEANORS = frozenset({"md-cr-11-303", "md-cr-11-306", "md-cr-10-201", "md-cr-6-402"})
# Known offenses not in that list. The Expungement Reform Act of 2025 (S.B. 432, in force 1 October 2025) added
# misdemeanors to § 10-110(a) that were not read, so these stay open rather than ruled out.
NOT_SEEN_IN_10_110 = frozenset({"md-cr-11-107", "md-local-loitering", "md-local-nuisance"})
# § 10-105(a)(9): a conviction under any State or local law against loitering, vagrancy and other nuisance acts.
NUISANCE_CRIMES = ("md-local-loitering", "md-local-nuisance")


def _qualifying_offense(context: ChargeContext) -> Finding:
    """§ 8-302(a)(2): only listed offenses can be vacated. An older prostitution conviction under
    § 11-306 is not named in the list we read, so it stays open.

    Custom because one named offense is answered "not known", which the shared offense lists cannot.
    """
    offense = context.charge.offense
    if offense in VACATUR_QUALIFYING:
        return met(msg("The charge is one of the offenses this law lists."))
    if offense == "md-cr-11-306":
        return unknown(
            msg(
                "The law lists prostitution under § 11-303. Whether an older conviction under § 11-306 "
                "counts is not clear; a lawyer can check."
            ),
            context.path(Fact.OFFENSE),
        )
    if offense in context.offenses:
        return not_met(msg("This charge is not one of the offenses this law lists."))
    return unknown(
        msg("This covers only the offenses the law lists; which law the charge was under is not known."),
        context.path(Fact.OFFENSE),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="md-vacatur-8-302",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that was a direct result of trafficking",
    citations=(CP_8_302,),
    sources=(
        _statute("8-302"),
        Source(
            "Md. Rule 4-333.1, motion to vacate judgment of conviction of human trafficking victim",
            "https://d1tvxue8o4w0fl.cloudfront.net/rule/maryland-court-rules/title-4-criminal-causes/"
            "chapter-300-trial-and-sentencing/rule-4-3331-motion-to-vacate-judgment-of-conviction-of-human-trafficking-victim",
        ),
    ),
    effective=date(2023, 10, 1),
    reviewed=REVIEWED,
    reaches=charges_about(
        Category.PROSTITUTION,
        Category.SOLICITATION,
        Category.PROMOTING,
        Category.LOITERING_FOR_PROSTITUTION,
        Category.QUALITY_OF_LIFE,
        Category.LEWDNESS,
        Category.OTHER,
    ),
    conditions=(
        convicted(cite=CP_8_302),
        # Custom: one named offense (§ 11-306) must stay "not known", which an offense list cannot answer.
        custom(
            "qualifying offense",
            requirement="The conviction is for an offense listed in the law (such as prostitution, "
            "disorderly conduct, trespass or indecent exposure).",
            reads=(Fact.OFFENSE,),
            rule=_qualifying_offense,
            cite=CP_8_302_A,
        ),
        trafficking_nexus(cite=CP_8_302),
    ),
    effect="The court sets aside the conviction because you took part in the offense as a direct "
    "result of being trafficked. You can then ask to have the records expunged.",
    limits=("You must show it is more likely than not that the offense was a direct result of trafficking.",),
    next_steps=(
        "File a written motion to vacate in the court where you were convicted, describing your evidence "
        "and attaching any documents (Md. Rule 4-333.1).",
        "Serve the motion on the State's Attorney. The judge may rule without a hearing if the State's "
        "Attorney agrees and 60 days have passed.",
        "After the conviction is vacated, file a petition for expungement of the records.",
    ),
    legal_defect=True,
    filing="The District Court or Circuit Court where the conviction was entered.",
)

# § 10-105(c)(2): not before the later of the discharge from probation and 3 years after probation
# was granted; § 10-105(e): no conviction within those 3 years (In re Trey H., Md. App. 2022).
PBJ_THREE_YEARS = waiting_period(years=3, since=Event.DISPOSITION, cite=CP_10_105_C_2)
PBJ_PROBATION_ENDED = waiting_period(since=Event.SENTENCE_COMPLETED, cite=CP_10_105_C_2)
PBJ_NO_CONVICTION = no_conviction_during_wait(years=3, since=Event.DISPOSITION, cite=CP_10_105_E)
PBJ_RULES = (PBJ_THREE_YEARS, PBJ_PROBATION_ENDED, PBJ_NO_CONVICTION)


def _probation_before_judgment_timing(context: ChargeContext) -> Finding:
    if context.charge.disposition is not Disposition.DIVERSION_COMPLETED:
        return met(msg("This wait applies only after probation before judgment."))
    # A completed probation has ended; its end date matters only when it is given (it may lie ahead).
    rules = PBJ_RULES if context.charge.sentence_completed_date is not None else (PBJ_THREE_YEARS, PBJ_NO_CONVICTION)
    findings = [rule.evaluate(context) for rule in rules]
    for finding in findings:
        if finding.truth is Truth.NOT_MET:
            return finding
    questions = tuple(q for f in findings for q in f.open_questions)
    if questions:
        return unknown(msg("The dates of the probation before judgment are needed."), *questions)
    days = [f.on for f in findings if f.on is not None]
    ends = max(days) if days else None
    if any(f.truth is Truth.LATER for f in findings) and ends is not None:
        return later(msg("You can file on {ends}.", ends=ends), on=ends)
    return met(msg("Probation has ended and the 3 years have passed."), on=ends)


expungement_of_non_convictions = Remedy(
    id="md-expungement-10-105",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a case that ended without a conviction",
    citations=(CP_10_105,),
    sources=(
        _statute("10-105"),
        Source(
            "Maryland record relief (Collateral Consequences Resource Center)",
            "https://ccresourcecenter.org/text-blocks/maryland-record-relief/",
        ),
    ),
    # Recodified in the Criminal Procedure Article effective 1 October 2001.
    effective=date(2001, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=CP_10_105,
        ),
        # Custom: the timing rules of § 10-105(c)(2) and (e) apply only after probation before judgment;
        # a shared per-outcome wait would ask for their dates even when the outcome is not known.
        custom(
            "probation before judgment timing",
            requirement="After probation before judgment: probation has ended, 3 years have passed since it "
            "was granted, and there was no conviction in those 3 years.",
            reads=tuple(dict.fromkeys(f for c in PBJ_RULES for f in c.needs)),
            rule=_probation_before_judgment_timing,
            cite=CP_10_105_C_2,
        ),
    ),
    effect="Police and court records of the charge are removed from public view and later destroyed. "
    "You do not have to mention the charge on most applications.",
    limits=(
        "Without waiting 3 years after the case ended, you must sign a waiver giving up any claim against "
        "the police or the state over the arrest.",
        "After probation before judgment, wait until probation ends and 3 years have passed since it was "
        "granted. A new conviction in those 3 years rules it out.",
        "If you have a criminal case open now, the court may make you wait until it ends.",
    ),
    next_steps=(
        "File a Petition for Expungement of Records (form CC-DC-CR-072) in the court that handled the case; "
        "there is no filing fee for a case that ended without a conviction.",
        "If less than 3 years have passed, attach the General Waiver and Release form.",
    ),
    discretionary=False,
    filing="The court where the charge was filed.",
)

automatic_expungement = Remedy(
    id="md-auto-expungement-10-105-1",
    kind=RemedyKind.AUTOMATIC_EXPUNGEMENT,
    title="Automatic expungement of dismissals and acquittals after three years",
    citations=(CP_10_105_1,),
    sources=(
        _statute("10-105.1"),
        Source(
            "Maryland automatic expungement (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/md-nc-5/",
        ),
    ),
    effective=date(2021, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DISMISSAL, Disposition.ACQUITTAL, cite=CP_10_105_1),
        # Read conservatively as reaching only cases decided on or after 1 October 2021.
        happened_on_or_after(Event.DISPOSITION, date(2021, 10, 1), cite=CP_10_105_1),
        waiting_period(years=3, since=Event.DISPOSITION, cite=CP_10_105_1),
    ),
    effect="The records are expunged without a petition three years after the case ended. The court "
    "sends you a notice with the date.",
    limits=(
        "Only if every charge in the same case ended in a dismissal, acquittal, not guilty verdict or "
        "nolle prosequi (not one tied to drug or alcohol treatment).",
    ),
    next_steps=("Nothing to file. You can file a petition under § 10-105 sooner if you do not want to wait.",),
    discretionary=False,
)


def _listed_misdemeanor(context: ChargeContext) -> Finding:
    """§ 10-110(a)(1): only listed misdemeanors. The list read (2024 session) names §§ 6-402, 10-201, 11-303,
    11-306 and 11-307 among many others; the 2025 Act added misdemeanors that were not read, so an offense
    missing from the 2024 list is left open, not ruled out.

    Custom because offenses the module knows but did not see in the list must stay "not known"."""
    offense = context.charge.offense
    if offense in EXPUNGEABLE_MISDEMEANORS:
        return met(msg("The charge is one of the misdemeanors this law lists."))
    if offense in NOT_SEEN_IN_10_110:
        return unknown(
            msg(
                "This offense was not on the list as it stood in 2024. A 2025 law added more misdemeanors to "
                "the list; whether this one is among them is not known."
            ),
            context.path(Fact.OFFENSE),
        )
    if offense in context.offenses:
        return not_met(msg("This charge is not one of the misdemeanors this law lists."))
    return unknown(
        msg("This covers only the misdemeanors the law lists; which law the charge was under is not known."),
        context.path(Fact.OFFENSE),
    )


NEW_CONVICTION_WINDOW = no_conviction_during_wait(years=5, since=Event.SENTENCE_COMPLETED, cite=CP_10_110_D)


def _open_if_it_may_qualify_too(window: Condition, reason: Message) -> Callable[[ChargeContext], Finding]:
    """A rule for a new conviction during a wait that stands in the way only unless it can be cleared too: the
    window's own finding where no conviction falls inside it, and otherwise an open question, since whether the
    new conviction can itself be cleared turns on its offense, which the screening does not ask."""

    def rule(context: ChargeContext) -> Finding:
        finding = window.evaluate(context)
        if finding.truth is not Truth.NOT_MET:
            return finding
        return unknown(reason, Fact.OTHER_CONVICTIONS.value)

    return rule


# § 10-110(d)(1): "If the person is convicted of a new crime during the applicable time period ... the original
# conviction or convictions are not eligible for expungement unless the new conviction becomes eligible for
# expungement."
_new_conviction_during_wait = _open_if_it_may_qualify_too(
    NEW_CONVICTION_WINDOW,
    msg(
        "You listed a conviction within 5 years after this sentence ended. It stands in the way unless it "
        "can be expunged too; then both can be expunged once it is eligible. What it was for is not known."
    ),
)


expungement_of_misdemeanor_convictions = Remedy(
    id="md-expungement-10-110",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a prostitution or other listed misdemeanor conviction after five years",
    citations=(CP_10_110_A, CP_10_110_C),
    sources=(
        _statute("10-110"),
        Source(
            "Expungeable convictions and waiting periods (Maryland Volunteer Lawyers Service)",
            "https://mvlslaw.org/expungeable-convictions/",
        ),
    ),
    # Justice Reinvestment Act expansion took effect 1 October 2017.
    effective=date(2017, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CP_10_110_A),
        # Custom: offenses not seen in the list read must stay "not known" (the 2025 additions were not read).
        custom(
            "listed misdemeanor",
            requirement="The conviction is for a misdemeanor the law lists (prostitution, disorderly conduct and "
            "trespass on posted property are among them).",
            reads=(Fact.OFFENSE,),
            rule=_listed_misdemeanor,
            cite=CP_10_110_A,
        ),
        waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=CP_10_110_C),
        # § 10-110(d)(1): a new conviction during the wait bars relief unless it becomes eligible too; one
        # after the wait does not. Custom: the screening does not ask what the new conviction was, so one
        # during the wait leaves the answer open rather than ruling it out.
        custom(
            "no new conviction during the wait",
            requirement="No new conviction in the 5 years after the sentence, unless that conviction can also be "
            "expunged.",
            reads=(Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_new_conviction_during_wait,
            cite=CP_10_110_D,
        ),
        no_pending_case(cite=CP_10_110_C),
    ),
    effect="Police and court records of the conviction are removed from public view and later destroyed.",
    limits=(
        "The State's Attorney or a victim may object; then the judge holds a hearing and decides.",
        "Expungement of one charge may be refused if other charges in the same case cannot be expunged.",
        "A new conviction during the wait makes this unavailable unless the new conviction can be expunged too.",
        "The court checks that any restitution ordered has been paid, or that you cannot pay it.",
    ),
    next_steps=(
        "File a Petition for Expungement of Records (form CC-DC-CR-072) in the court where you were "
        "convicted. A filing fee applies; ask the clerk about a fee waiver if you cannot pay.",
        "The State's Attorney has 30 days to object.",
    ),
    filing="The court where you were convicted.",
)

expungement_of_nuisance_convictions = Remedy(
    id="md-expungement-10-105-nuisance",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a loitering, vagrancy or other nuisance conviction after three years",
    citations=(CP_10_105_A_9,),
    sources=(
        _statute("10-105"),
        Source(
            "Expungement brochure (Maryland Judiciary)",
            "https://www.yumpu.com/en/document/view/17887888/expungement-brochure-maryland-judiciary/6",
        ),
    ),
    # Nuisance crimes were added to § 10-105(a) by the Second Chance and expungement reforms in force 1 October 2015.
    effective=date(2015, 10, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.LOITERING_FOR_PROSTITUTION, Category.QUALITY_OF_LIFE, Category.OTHER),
    conditions=(
        convicted(cite=CP_10_105_A_9),
        offense_in(*NUISANCE_CRIMES, cite=CP_10_105_A_9),
        # The later of the conviction and the end of the sentence, probation included.
        waiting_period(years=3, since=(Event.DISPOSITION, Event.SENTENCE_COMPLETED), cite=CP_10_105_C_NUISANCE),
    ),
    effect="Police and court records of the conviction are removed from public view and later destroyed.",
    limits=(
        "Only convictions under a law against public urination, panhandling, drinking in public, obstructing "
        "passage, sleeping in a park, loitering, vagrancy or riding transit without paying.",
        "Expungement of one charge may be refused if other charges in the same case cannot be expunged.",
        "If you have a criminal case open now, the court may make you wait until it ends.",
    ),
    next_steps=(
        "File a Petition for Expungement of Records (form CC-DC-CR-072) in the court where you were convicted.",
        "The State's Attorney has 30 days to object.",
    ),
    filing="The court where you were convicted.",
)


def _shieldable_conviction(context: ChargeContext) -> Finding:
    """§ 10-301(f): the twelve shieldable convictions. Prostitution counts only under § 11-303 and only "if the
    conviction is for prostitution and not assignation"; earlier text named § 11-306(a)(1), so an older
    conviction under § 11-306 is left open.

    Custom because one listed offense counts only for one of its forms (prostitution, not assignation)."""
    offense = context.charge.offense
    if offense in ("md-cr-10-201", "md-cr-6-402"):
        return met(msg("The charge is one of the convictions this law lets you shield."))
    if offense == "md-cr-11-303":
        if context.charge.category is Category.PROSTITUTION:
            return met(msg("A prostitution conviction under § 11-303 can be shielded."))
        return unknown(
            msg(
                "A conviction under § 11-303 can be shielded only if it was for prostitution, not for "
                "assignation (arranging to meet for prostitution). Which one it was is not known."
            ),
            context.path(Fact.CATEGORY),
        )
    if offense == "md-cr-11-306":
        return unknown(
            msg(
                "The law now names prostitution under § 11-303; an earlier version named § 11-306. Whether an "
                "older conviction under § 11-306 can be shielded is not clear; a lawyer can check."
            ),
            context.path(Fact.OFFENSE),
        )
    if offense in context.offenses:
        return not_met(msg("This charge is not one of the convictions this law lets you shield."))
    return unknown(
        msg("Only the convictions the law lists can be shielded; which law the charge was under is not known."),
        context.path(Fact.OFFENSE),
    )


SHIELD_NEW_CONVICTION_WINDOW = no_conviction_during_wait(years=3, since=Event.SENTENCE_COMPLETED, cite=CP_10_303)


# A new conviction during the 3-year wait stands in the way unless it can be shielded too.
_new_conviction_during_shield_wait = _open_if_it_may_qualify_too(
    SHIELD_NEW_CONVICTION_WINDOW,
    msg(
        "You listed a conviction within 3 years after this sentence ended. It stands in the way unless it "
        "can be shielded too. What it was for is not known."
    ),
)


shielding_of_minor_convictions = Remedy(
    id="md-shielding-10-303",
    kind=RemedyKind.SEALING,
    title="Shield a prostitution, disorderly conduct or trespass conviction after three years",
    citations=(CP_10_301_F, CP_10_303_A),
    sources=(
        _statute("10-303"),
        Source(
            "Md. Code, Crim. Proc. § 10-301 (FindLaw, current as of 1 January 2025)",
            "https://codes.findlaw.com/md/criminal-procedure/md-code-crim-proc-sect-10-301/",
        ),
        Source(
            "Guide for shielding of Maryland Second Chance Act records (Maryland Judiciary)",
            "https://www.mdcourts.gov/district/selfhelp/secondchanceactshieldinguide",
        ),
    ),
    # Second Chance Act of 2015.
    effective=date(2015, 10, 1),
    reviewed=REVIEWED,
    reaches=charges_about(
        Category.PROSTITUTION,
        Category.SOLICITATION,
        Category.PROMOTING,
        Category.QUALITY_OF_LIFE,
        Category.LEWDNESS,
        Category.OTHER,
    ),
    conditions=(
        convicted(cite=CP_10_301_F),
        # Custom: prostitution under § 11-303 counts only if it was not assignation.
        custom(
            "shieldable conviction",
            requirement="The conviction is one the law lets you shield, such as prostitution (not assignation), "
            "disorderly conduct, disturbing the peace or trespass on posted property.",
            reads=(Fact.OFFENSE, Fact.CATEGORY),
            rule=_shieldable_conviction,
            cite=CP_10_301_F,
        ),
        waiting_period(years=3, since=Event.SENTENCE_COMPLETED, cite=CP_10_303_A),
        # Custom: a new conviction in the 3 years bars shielding unless it can be shielded too.
        custom(
            "no new conviction during the wait",
            requirement="No new conviction in the 3 years after the sentence, unless that conviction can also be "
            "shielded.",
            reads=(Fact.SENTENCE_COMPLETED_DATE, Fact.OTHER_CONVICTIONS),
            rule=_new_conviction_during_shield_wait,
            cite=CP_10_303,
        ),
        no_pending_case(cite=CP_10_303),
        granted_once_under_this_law(cite=CP_10_303),
    ),
    effect="Court and police records of the conviction are hidden from the public, including on Case Search. "
    "Courts, police and some employers and licensing agencies can still see them.",
    limits=(
        "Shielding can be granted only once in your life, for one conviction or one group of convictions from "
        "the same case.",
        "If one conviction in a case cannot be shielded, none of the others in that case can.",
        "Disorderly conduct counts under § 10-201(c)(2), (3) or (4) only (disorderly conduct, failure to obey a "
        "lawful order, disturbing the peace).",
    ),
    next_steps=(
        "File a Petition for Shielding in the court where you were convicted; there is no filing fee.",
        "The State's Attorney has 30 days to object; the judge may then hold a hearing.",
    ),
    filing="The court where you were convicted.",
)

JURISDICTION = Jurisdiction(
    code="MD",
    name="Maryland",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        expungement_of_non_convictions,
        automatic_expungement,
        expungement_of_misdemeanor_convictions,
        expungement_of_nuisance_convictions,
        shielding_of_minor_convictions,
    ),
    legal_help=(
        LegalHelp(
            "Maryland Volunteer Lawyers Service",
            "https://mvlslaw.org",
            "Free help with expungement, shielding and vacatur",
        ),
        LegalHelp(
            "Human Trafficking Prevention Project, University of Baltimore School of Law",
            "https://mvlslaw.org/ht/",
            "Free vacatur and expungement for trafficking survivors and people who have traded sex",
        ),
        # 2026-12-07: Maryland Legal Aid removed for now: its expungement help is in the sources, but its link
        # was not seen in any of them.
    ),
    where_to_file="The District Court or Circuit Court where the case was heard.",
)
