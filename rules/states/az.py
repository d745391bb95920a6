"""Arizona: vacatur of prostitution convictions for sex-trafficking survivors, sealing by petition
(A.R.S. § 13-911, petitions from 1 January 2023) and set-aside (A.R.S. § 13-905).

Reviewed 2026-11-25 against: A.R.S. § 13-909 as amended by Laws 2024, ch. 255 (HB 2623, in force
14 September 2024), which removed the rule that the offense must predate 24 July 2014; A.R.S.
§ 13-911 (the Arizona Judicial Branch's self-service pages on sealing); A.R.S. § 13-905; A.R.S.
§§ 13-3201 to 13-3214. Not verified from the official text: the exact wording of § 13-911's
subsections and the classes of some offenses (encoded as of unknown level).

Reviewed 2026-12-06 against A.R.S. § 13-909 (Casetext copy current through L. 2024, ch. 259) and the
Arizona Judicial Branch's § 13-911 guides (completing the petition; multiple convictions): another
conviction no longer bars sealing for ever, since § 13-911(E)-(F) lets each conviction's own wait run;
the sealing wait now follows the offense class where it is known (class 5 felony: five years);
indecent exposure and public sexual indecency are no longer excluded outright from sealing and
set-aside, only where they required sex-offender registration (left open, as the screening does not
ask).

Reviewed 2026-12-06 for the shared vocabulary: the sex-offender registration condition stays custom
(it turns on facts not asked); no rule changed.

Second review 2026-12-06: sealing under § 13-911 is dated 1 January 2023, the day the Senate fact
sheet for SB 1294 and Ariz. R. Crim. P. 36.1 give (it had been 31 December 2022).

Reviewed 2026-12-07 against A.R.S. § 13-909 (Casetext and self-law.org copies, through L. 2024), the
lawserver copy of § 13-905(A), the Clean Slate Clearinghouse summary of § 13-905's exclusions and the
Arizona Judicial Branch's § 13-911 guides. The text of § 13-911 and of § 13-905's exclusion subsection
again did not surface in stored copies (three page searches, an exact-phrase search, and a statute data
set whose Arizona part stops at title 10), so the sealing waits stay on the court guides and law-firm
summaries. No rule changed; the evidence for set-aside exclusions now cites the section's own four
exclusions (dangerous offenses, registration offenses, sexual-motivation offenses, felonies with a
victim under 15).

Cross-check 2026-12-07 (worked examples built from the statute and court-guide words): sealing with other
convictions now waits for each other conviction's own § 13-911(E) period, by its class and from the end of
its sentence (a custom condition); before, any felony held sealing up for ten years from its date and any
misdemeanor for three, so a class 6 felony finished in 2019 wrongly delayed sealing to 2029.

Legal help checked 2026-12-07: Community Legal Services and Southern Arizona Legal Aid removed (no source shows
them helping with criminal records; a guide says CLS takes no criminal matters); added Pima County Public
Defense Services' sealing clinics (KJZZ, Tucson Sentinel) and the court's self-service sealing forms.

Third-pass audit 2026-12-07 (ten new worked cases from the statute and court-guide words): the court guide on
multiple convictions says a historical prior felony conviction adds five years to the sealing wait; the module
only told this in the limits and could answer "eligible" too early. A custom condition now leaves sealing open
(the earlier felony's class is asked) while the longer wait has not run, since whether a felony is "historical
prior" (§ 13-105) turns on class and dates not settled here. § 13-911's own text was again not found. The brief
named § 13-907.01 for survivor vacatur; that section was renumbered, and § 13-909 (read in text) is the one in
force. § 13-4051 (clearing a wrongful-arrest record) was not reviewed for lack of time and is not encoded.

Reviewed 2026-12-07 (statute audit): searched again for the words of § 13-911 and § 13-905 (azleg.gov, instalawyer.io,
lawserver, the 2021 HB 2320 bill, the 2020 HB 2402 bill, the 2023 SB 1582 bill, fact sheets). Read: § 13-911(A)-(D)
(instalawyer.io copy), Ariz. R. Crim. P. 36.1(b) (official rule text: a petition may be filed "except as provided in
A.R.S. § 13-911(O)" and only if no petition was denied in the past three years), § 13-905(A) (lawserver: "Except as
provided in subsection P"), the Senate fact sheet for S.B. 1294 on the § 13-905 exclusions and the Tucson City Court's
list of them. Changed: an offense the module does not name (category other) is no longer taken to be outside the
exclusions (dangerous, registration, sexual-motivation and child-victim offenses): sealing and set-aside now leave it
open, asking the offense. The vacatur act of 2024 is Laws 2024, ch. 195 (the chaptered HB 2623), not ch. 255 as said
above. Still open: the words of § 13-911(E)-(G) and (O) and § 13-905(P); S.B. 1639 (2024), which passed both houses to
change § 13-911 for people with later cases ("sealing of records as soon as a given case becomes eligible", per the
Justice Action Network) but whose signing and words were not confirmed, so the rule that each other conviction's own
wait must also have run (the court guide on multiple convictions) is kept; a 2025 bill for misdemeanor expungement
(§ 13-912) was seen only in a summary.

Reviewed 2026-12-07 (statute audit, statute-text hunt): read § 13-911(A)-(D) in the instalawyer.io copy (now quoted
for both sealing remedies: "Convicted of a criminal offense and has completed all of the terms and conditions of the
sentence", "Charged with a criminal offense and the charge was subsequently dismissed or resulted in a not guilty
verdict at a trial", "Arrested for a criminal offense and no charges were filed"), the Arizona House summary of the
S.B. 1639 strike-everything amendment (2024), which states the § 13-911(E) waits (ten, five, three and two years by
class, after completion of the sentence, "extended by 5 years if the person has a prior historical felony
conviction"), and the Senate fact sheet "as passed by House" for S.B. 1639 ("NOW: subsequent felony; sealing case
records"; "Modifies eligibility and reporting requirements relating to the sealing of case records"). A secondary
guide says that since September 2024 prior convictions no longer extend the wait and five more years apply only to a
felony committed after an earlier sealing; the Justice Action Network says the bill lets a case be sealed "as soon as
a given case becomes eligible". Changed: another conviction whose own wait has not run no longer makes sealing
"eligible later" on that day; the answer is open, since the 2024 change may have ended that delay. Still open: the
words of § 13-911 as amended by S.B. 1639 (and its chapter number and signing), § 13-911(O) and § 13-905(P); the
historical-prior-felony rule stays open as before. Searching stopped before the chaptered bill could be read.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    Condition,
    convicted,
    custom,
    disposition_is,
    offense_in,
    offense_not_in,
    sentence_completed,
    trafficking_nexus,
    waiting_period_by_grade,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

ARS_13_909 = "Ariz. Rev. Stat. § 13-909(A)"
ARS_13_911 = "Ariz. Rev. Stat. § 13-911"
ARS_13_911_E = "Ariz. Rev. Stat. § 13-911(E)"
ARS_13_911_F = "Ariz. Rev. Stat. § 13-911(E)-(F)"
ARS_13_905 = "Ariz. Rev. Stat. § 13-905"

SOURCE_13_909 = Source(
    "A.R.S. § 13-909, vacating the conviction of a sex trafficking victim (annotated copy, current through 2024)",
    "https://d1tvxue8o4w0fl.cloudfront.net/statute/arizona-revised-statutes/title-13-criminal-code/chapter-9-probation-and-restoration-of-civil-rights/section-13-909-vacating-the-conviction-of-a-sex-trafficking-victim-requirements",
)
SOURCE_HB_2623 = Source(
    "Arizona Senate fact sheet on HB 2623 (2024)", "https://azleg.gov/legtext/56leg/2R/summary/S.2623JUD.DOCX.htm"
)
SOURCE_SOS = Source(
    "Arizona Secretary of State: rights restoration for sex trafficking survivors",
    "https://azsos.gov/services/acp/starr",
)
SOURCE_COURTS_SEALING = Source(
    "Arizona Judicial Branch: completing the petition to seal criminal case records",
    "https://www.azcourts.gov/selfservicecenter/Criminal-Law/Sealing-records/Completing-the-Petition",
)
SOURCE_WAITS = Source(
    "Rideout Law: A.R.S. 13-911 waiting periods", "https://www.rideoutlaw.com/sealing-records-in-criminal-cases/"
)

OFFENSES = (
    Offense(
        "az-ars-13-3214",
        "Prostitution",
        "Ariz. Rev. Stat. § 13-3214",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A class 1 misdemeanor for the first three convictions; a class 5 felony from the fourth.",
    ),
    Offense("az-ars-13-3209", "Pandering", "Ariz. Rev. Stat. § 13-3209", Category.PROMOTING, Level.FELONY),
    Offense(
        "az-ars-13-3208",
        "Keeping or residing in a house of prostitution; employment in prostitution",
        "Ariz. Rev. Stat. § 13-3208",
        Category.PROMOTING,
        Level.UNKNOWN,
    ),
    Offense(
        "az-ars-13-2904", "Disorderly conduct", "Ariz. Rev. Stat. § 13-2904", Category.QUALITY_OF_LIFE, Level.UNKNOWN
    ),
    Offense("az-ars-13-2905", "Loitering", "Ariz. Rev. Stat. § 13-2905", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("az-ars-13-1402", "Indecent exposure", "Ariz. Rev. Stat. § 13-1402", Category.LEWDNESS, Level.UNKNOWN),
    Offense(
        "az-ars-13-1403", "Public sexual indecency", "Ariz. Rev. Stat. § 13-1403", Category.LEWDNESS, Level.UNKNOWN
    ),
    Offense("az-ars-13-1307", "Sex trafficking", "Ariz. Rev. Stat. § 13-1307", Category.TRAFFICKING, Level.FELONY),
    Offense(
        "az-ars-13-3212",
        "Child sex trafficking",
        "Ariz. Rev. Stat. § 13-3212",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Sex offenses and dangerous crimes against children are excluded from sealing and set-aside.
EXCLUDED_SEX_OFFENSES = ("az-ars-13-1307", "az-ars-13-3212")
# Indecent exposure and public sexual indecency need sex-offender registration only when a minor was
# involved or on a third offense (A.R.S. § 13-3821; Ariz. Att'y Gen. Op. I00-030 on the 1995 change).
LEWDNESS_OFFENSES = frozenset({"az-ars-13-1402", "az-ars-13-1403"})


def _registration_offense(context: ChargeContext) -> Finding:
    """Sealing and set-aside leave out offenses that require sex-offender registration. A first or
    second indecent exposure or public sexual indecency before an adult does not, so for these two
    offenses the answer turns on facts the screening does not ask: a custom condition for that reason."""
    if context.charge.offense not in LEWDNESS_OFFENSES:
        return met(msg("This offense does not require sex-offender registration."))
    return unknown(
        msg(
            "Indecent exposure or public sexual indecency is left out only if it required sex-offender "
            "registration (for example, if a minor was involved or it was a third offense); that is not known."
        ),
        context.path(Fact.OFFENSE),
    )


def _not_an_excluded_kind_of_offense(context: ChargeContext) -> Finding:
    """Set-aside leaves out a dangerous offense, an offense requiring sex-offender registration, one with a finding
    of sexual motivation and a felony with a victim under 15 (§ 13-905, as the Senate fact sheet for SB 1294 and the
    courts summarise it); sealing has its own exclusion subsection, § 13-911(O) (Ariz. R. Crim. P. 36.1(b)(1)),
    whose words were not read. None of the sex-trade offenses named here is one in itself; an offense the module does
    not name may be, so it stays open rather than being taken to be outside the lists."""
    if context.is_other_of_unnamed_law():
        return unknown(
            msg("Dangerous offenses, offenses that require sex-offender registration, offenses with a finding of "
                "sexual motivation and felonies against a child under 15 are left out; which offense this was is "
                "not known."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    return met(msg("This kind of offense is not one of those left out as dangerous or sexual."))


# Custom: an unnamed offense may be on lists the module cannot state (dangerous offenses are defined by the facts).
def _excluded_kinds(cite: str) -> Condition:
    return custom(
        "not a dangerous or sexual offense",
        requirement="The offense was not a dangerous offense, an offense requiring sex-offender registration, one "
        "with a finding of sexual motivation, or a felony against a child under 15.",
        reads=(Fact.CATEGORY, Fact.OFFENSE),
        rule=_not_an_excluded_kind_of_offense,
        cite=cite,
    )


# § 13-911(E): the wait for each class, in years from completing the sentence.
SEALING_WAITS: dict[Grade, int] = {
    Grade.FELONY_CLASS_2: 10,
    Grade.FELONY_CLASS_3: 10,
    Grade.FELONY_CLASS_4: 5,
    Grade.FELONY_CLASS_5: 5,
    Grade.FELONY_CLASS_6: 5,
    Grade.MISDEMEANOR_CLASS_1: 3,
    Grade.MISDEMEANOR_CLASS_2: 2,
    Grade.MISDEMEANOR_CLASS_3: 2,
}
WAITS_BY_LEVEL: dict[Level, tuple[int, ...]] = {Level.FELONY: (5, 10), Level.MISDEMEANOR: (2, 3)}


def _other_convictions_waits(context: ChargeContext) -> Finding:
    """§ 13-911(E)-(F) as first enacted (court guide on multiple convictions): where a person has other
    convictions, the period in (E) for each of them must also have passed, counted from the end of that
    conviction's sentence. Where the class of another conviction is not known and its possible waits give
    different answers, the class is asked; where its sentence end is not known, its date is the earliest
    the wait could start. Where another conviction's own wait has not run, the answer is open, not "later":
    S.B. 1639 (2024) was passed to let each case be sealed once it is itself eligible, and its words were
    not read."""
    as_of = context.facts.as_of
    clear_on: date | None = None
    open_paths: list[str] = []
    delaying: list[str] = []
    for p in context.convictions.besides(context.index):
        start = p.sentence_end or p.day
        if start is None:
            open_paths.append(p.path("sentence_completed_date" if p.other is not None else "date"))
            continue
        if p.grade in SEALING_WAITS:
            lengths: tuple[int, ...] = (SEALING_WAITS[p.grade],)
        else:
            lengths = WAITS_BY_LEVEL.get(p.level, (2, 3, 5, 10))
        ends = {add_period(start, years=n) for n in lengths}
        if all(end <= as_of for end in ends):
            if p.sentence_end is None:
                open_paths.append(p.path("sentence_completed_date"))
            continue
        if len(ends) > 1:
            open_paths.append(p.path("grade"))
            continue
        end = max(ends)
        clear_on = end if clear_on is None else max(clear_on, end)
        delaying.append(p.path("date"))
    if clear_on is not None:
        # S.B. 1639 (2024, "subsequent felony; sealing case records") passed both houses to let a case be
        # sealed once it is eligible itself; its words and signing were not read, so the delay is left open.
        return unknown(
            msg(
                "Another conviction you listed has its own waiting period until {day}. The sealing law as first "
                "written makes you wait for it too, but a 2024 change may have ended that wait; which applies is "
                "not settled here.",
                day=clear_on,
            ),
            *delaying,
        )
    if open_paths:
        return unknown(
            msg(
                "The waiting period for each other conviction must also have passed; it turns on that "
                "conviction's class and the day its sentence ended, which are not known."
            ),
            *open_paths,
        )
    return met(msg("The waiting period for each other conviction you listed has passed."))


def _prior_felony_extra_wait(context: ChargeContext) -> Finding:
    """§ 13-911 (court guide on multiple convictions): with a historical prior felony conviction the
    wait is five years longer. Whether an earlier felony counts as "historical prior" (A.R.S. § 13-105)
    turns on its class and dates in ways the screening does not settle, so while the longer wait has not
    run, an earlier felony (or one of unknown level or date) leaves the answer open rather than guessed."""
    as_of = context.facts.as_of
    own = next((p for p in context.convictions.past if p.index == context.index), None)
    if own is None or own.sentence_end is None:
        return met(msg("No earlier felony conviction adds to the wait."))
    priors = [
        p
        for p in context.convictions.besides(context.index)
        if p.level in (Level.FELONY, Level.UNKNOWN) and (p.day is None or own.day is None or p.day < own.day)
    ]
    if not priors:
        return met(msg("No earlier felony conviction adds to the wait."))
    base = SEALING_WAITS.get(own.grade) if own.grade is not None else None
    years = base if base is not None else max(WAITS_BY_LEVEL.get(own.level, (10,)))
    longer = add_period(own.sentence_end, years=years + 5)
    if longer <= as_of:
        return met(msg("Even with five more years for an earlier felony, the wait has passed."))
    return unknown(
        msg(
            "If an earlier felony counts as a historical prior felony conviction, the wait is five years "
            "longer and would end on {day}; whether it counts turns on its class and dates.",
            day=longer,
        ),
        *(p.path("grade") for p in priors),
    )


vacatur_for_trafficking_survivors = Remedy(
    id="az-vacatur-13-909",
    kind=RemedyKind.VACATUR,
    title="Vacate a prostitution conviction that resulted from sex trafficking",
    citations=(ARS_13_909,),
    sources=(SOURCE_13_909, SOURCE_HB_2623, SOURCE_SOS),
    # Current form (no cut-off date for the offense) since Laws 2024, ch. 195 (HB 2623 as chaptered; an earlier note said ch. 255).
    effective=date(2024, 9, 14),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        convicted(cite=ARS_13_909),
        # § 13-3214 or a city or town ordinance with the same elements.
        offense_in("az-ars-13-3214", cite=ARS_13_909),
        trafficking_nexus(cite=ARS_13_909),
    ),
    effect="The court vacates the conviction, frees you from its penalties and has your records marked to "
    "show you were a victim of a crime. You may say you were never arrested, charged or convicted.",
    limits=(
        "You must prove with clear and convincing evidence that you took part only because you were a "
        "victim of sex trafficking.",
        "You must still disclose it when applying for a fingerprint clearance card.",
        "It covers only prostitution convictions, not other charges.",
    ),
    next_steps=(
        "File an application to vacate in the court that sentenced you (a city, justice or superior court).",
        "If the prosecutor does not object, the judge may decide without a hearing; if they object, there "
        "will be a hearing.",
        "Free lawyers listed below can help you gather evidence.",
    ),
    legal_defect=True,
    filing="The court that pronounced the sentence.",
)

sealing_of_convictions = Remedy(
    id="az-sealing-13-911-conviction",
    kind=RemedyKind.SEALING,
    title="Seal a conviction after the waiting period",
    citations=(ARS_13_911, ARS_13_911_E),
    sources=(SOURCE_COURTS_SEALING, SOURCE_WAITS),
    # The Senate fact sheet for SB 1294 (2021) and Ariz. R. Crim. P. 36.1: petitions "effective January 1, 2023".
    effective=date(2023, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=ARS_13_911),
        offense_not_in(*EXCLUDED_SEX_OFFENSES, cite=ARS_13_911),
        # Custom: registration for these two offenses turns on facts not asked (a minor involved, a third offense).
        custom(
            "no sex offender registration",
            requirement="The offense did not require you to register as a sex offender.",
            reads=(Fact.OFFENSE,),
            rule=_registration_offense,
            cite=ARS_13_911,
        ),
        _excluded_kinds("Ariz. Rev. Stat. § 13-911(O)"),
        # All terms done, including fines and restitution.
        sentence_completed(cite=ARS_13_911),
        # § 13-911(E): counted from completion of the sentence and discharge. Without the class we use
        # the longer wait for each level.
        waiting_period_by_grade(
            {
                Grade.FELONY_CLASS_2: 10,
                Grade.FELONY_CLASS_3: 10,
                Grade.FELONY_CLASS_4: 5,
                Grade.FELONY_CLASS_5: 5,
                Grade.FELONY_CLASS_6: 5,
                Grade.MISDEMEANOR_CLASS_1: 3,
                Grade.MISDEMEANOR_CLASS_2: 2,
                Grade.MISDEMEANOR_CLASS_3: 2,
                Level.MISDEMEANOR: 3,
                Level.FELONY: 10,
            },
            since=Event.SENTENCE_COMPLETED,
            cite=ARS_13_911_E,
        ),
        # § 13-911(E)-(F): with other convictions, each one's own wait (by its class, from the end of its
        # sentence) must also have run; it delays sealing but does not bar it. Open, not "later", while
        # another's wait runs: S.B. 1639 (2024) may have ended the delay (its words were not read). Custom: the shared windows
        # count one length from each conviction's date, not each conviction's own class and sentence end.
        custom(
            "each other conviction's own wait",
            requirement="The waiting period for each of your other convictions, counted from the end of its "
            "sentence, has also passed.",
            reads=(Fact.OTHER_CONVICTIONS,),
            rule=_other_convictions_waits,
            cite=ARS_13_911_F,
        ),
        # Five more years with a historical prior felony conviction (Arizona Judicial Branch guide on
        # multiple convictions; § 13-911 text not read). Custom: "historical prior" (§ 13-105) is not asked.
        custom(
            "five more years after a historical prior felony",
            requirement="If you have an earlier felony conviction that counts as a historical prior felony, "
            "five more years have passed.",
            reads=(Fact.OTHER_CONVICTIONS,),
            rule=_prior_felony_extra_wait,
            cite=ARS_13_911,
        ),
    ),
    effect="Court, police and prosecutor records are sealed from the public. On most job, housing and loan "
    "applications you may say you were never arrested, charged or convicted.",
    limits=(
        "Sealing does not reach copies already published, and some agencies and employers can still see it.",
        "A class 4, 5 or 6 felony waits 5 years, and a class 2 or 3 misdemeanor 2 years; this screen uses the "
        "longer wait when it does not know the class.",
        "If you have other convictions, their own waiting periods and a prior felony may delay sealing; a 2024 "
        "change to the law may have ended those delays, so ask the court or a lawyer.",
        "If a petition is denied, you must wait three years to file again.",
    ),
    next_steps=(
        "File a petition to seal criminal case records (A.R.S. 13-911) in the court where you were sentenced; "
        "forms are on the Arizona Judicial Branch self-service site.",
        "The prosecutor has 30 days to respond; the judge may hold a hearing.",
        "Ask the clerk about a fee waiver or deferral if you cannot pay.",
    ),
    filing="The court where you were convicted.",
)

sealing_without_conviction = Remedy(
    id="az-sealing-13-911-non-conviction",
    kind=RemedyKind.SEALING,
    title="Seal an arrest or charge that did not end in a conviction",
    citations=(ARS_13_911,),
    sources=(SOURCE_COURTS_SEALING,),
    # The Senate fact sheet for SB 1294 (2021) and Ariz. R. Crim. P. 36.1: petitions "effective January 1, 2023".
    effective=date(2023, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=ARS_13_911,
        ),
    ),
    effect="Records of the arrest and charge are sealed from the public, and you may say on most applications "
    "that the arrest never happened.",
    next_steps=(
        "File a petition to seal criminal case records in the court that handled the case (or, with no charges "
        "filed, the superior court in the county of arrest).",
    ),
    filing="The court that handled the case.",
)

set_aside = Remedy(
    id="az-set-aside-13-905",
    kind=RemedyKind.SET_ASIDE,
    title="Set aside a conviction after finishing the sentence",
    citations=(ARS_13_905,),
    sources=(SOURCE_COURTS_SEALING,),
    # Renumbered as § 13-905 in 2019; only the year is known, so January 1 is used.
    effective=date(2019, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=ARS_13_905),
        offense_not_in(*EXCLUDED_SEX_OFFENSES, cite=ARS_13_905),
        # Custom: registration for these two offenses turns on facts not asked (a minor involved, a third offense).
        custom(
            "no sex offender registration",
            requirement="The offense did not require you to register as a sex offender.",
            reads=(Fact.OFFENSE,),
            rule=_registration_offense,
            cite=ARS_13_905,
        ),
        _excluded_kinds("Ariz. Rev. Stat. § 13-905(P)"),
        sentence_completed(cite=ARS_13_905),
    ),
    effect="The judge sets aside the judgment of guilt and dismisses the charge. The record stays public but "
    "shows the conviction was set aside.",
    limits=("The conviction can still be used against you in a later case.",),
    next_steps=(
        "File an application to set aside the judgment with the court that sentenced you; there is no "
        "waiting period after the sentence ends.",
    ),
    filing="The court that sentenced you.",
)

JURISDICTION = Jurisdiction(
    code="AZ",
    name="Arizona",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(vacatur_for_trafficking_survivors, sealing_of_convictions, sealing_without_conviction, set_aside),
    legal_help=(
        # 2026-12-07: Community Legal Services and Southern Arizona Legal Aid removed; no source shows them
        # helping with criminal records (a 2025 guide says CLS does not handle criminal matters).
        LegalHelp(
            "Pima County Public Defense Services",
            "https://www.pima.gov/796/Public-Defense-Services",
            "Free legal clinics to help seal criminal records; advice for anyone with Arizona records",
        ),
        LegalHelp(
            "Arizona Judicial Branch self-service center",
            "https://www.azcourts.gov/selfservicecenter/Criminal-Law/Sealing-records/Completing-the-Petition",
            "Court forms and instructions for a petition to seal records",
        ),
    ),
    where_to_file="The court that handled the case (city, justice or superior court).",
    notes=("Being a sex-trafficking victim is an affirmative defense to a prostitution charge (A.R.S. § 13-3214).",),
)
