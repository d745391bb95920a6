"""Alabama: expungement by petition (REDEEMER Act), including for trafficking survivors, and pardon.

Alabama has no vacatur law and no automatic (clean-slate) relief. Records are cleared by
petition to the circuit court under Ala. Code §§ 15-27-1 to 15-27-19, as rewritten by the
REDEEMER Act (Act 2021-286, SB 117, in force 1 July 2021), which added misdemeanor
convictions and a ground for charges committed while the person was being trafficked.
Felony convictions can be expunged only after a pardon.

Reviewed 2026-11-25 against: Ala. Code § 15-27-1 (as quoted in 2024 SB 153, which
restates the current text), § 15-27-2 (Ex parte C.M., Ala. Crim. App. 2024), §§ 13A-12-110
to 13A-12-123 (prostitution offenses, § 12-15-701 for minors) and the CCRC Alabama profile.
Not verified from the official code: the exact wording of the trafficking ground in
§ 15-27-1(a)(8) (read here, conservatively, as reaching only misdemeanors, violations and
ordinance violations), and whether the law caps how many convictions can be expunged.

Reviewed 2026-12-06 against SB 153 (2024), which restates § 15-27-1(a), and law-firm copies of
§ 15-27-1(a)(4)-(8) and (b): added expungement of felony charges that ended without a conviction
(§ 15-27-2(a)), which the module had left out; the trafficking ground's own words are still unread.

Reviewed 2026-12-06 for the shared vocabulary: both non-conviction waits stay custom (the wait after
a dismissal turns on with or without prejudice, which is not asked); no rule changed.

Second review 2026-12-06: the 90-day waits of §§ 15-27-1(a)(1)-(3) and 15-27-2(a) say "more than 90
days have passed", so the first day is now the 91st (it had been counted as three months).

Reviewed 2026-12-07 against the full text of Ala. Code §§ 15-27-1 (through Act 2024-407), 15-27-2,
15-27-2.1, 15-27-3, 15-27-5 and 15-27-12 (Justia copies of the Code of Alabama, as scraped into the
saint1415/us-statutes data set, February 2026) and a summary of Ex parte C.M. (Ala. Crim. App. 2024).
Changed: felony charges that did not end in a conviction now have the trafficking ground of
§ 15-27-2(a)(8), and a conviction for promoting prostitution in the first degree can be expunged on the
trafficking showing of § 15-27-2(b) (both new remedies; before, a trafficking survivor's felony record
showed no trafficking relief); a misdemeanor conviction under the trafficking ground of § 15-27-1(a)(8)
is now only possibly eligible, since Ex parte C.M. read the same words in § 15-27-2(a)(8) as reaching
only charges that did not end in a conviction (the three-year route of § 15-27-1(b) stays open);
misdemeanor-conviction expungement no longer asks for no pending case (§ 15-27-1(b) does not say so)
and now tells the limit of two expungements under §§ 15-27-1(a)(6), 15-27-1(b) and 15-27-2(a)(6)
(§ 15-27-2.1(a)(3)).

Cross-check 2026-12-07 (worked examples built from the statute text): the limit of two expungements in
§ 15-27-2.1(a)(3) also counts charges dismissed after a diversion or court program (§§ 15-27-1(a)(6),
15-27-2(a)(6)); the non-conviction remedies now leave such a charge open when relief was granted before,
instead of eligible.

Legal help checked 2026-12-07: Legal Services Alabama confirmed (Road to Redemption expungement clinics; its
site seen); Alabama Legal Help replaced by Volunteer Lawyers Birmingham's expungement guide, as no source
showed the former's link or record-relief help.

Reviewed 2026-12-07 (evidence pass) against Ala. Code § 15-22-36 (vLex copy current through Act 579 of 2018;
LawServer copy of the current subsection (a)): a pardon may be granted after the sentence ends or, under
§ 15-22-36(c), after three years of permanent parole. The pardon had waited for the end of the sentence in every
case; a parolee released three or more years ago is now possibly eligible (was eligible only when the sentence
ended), and a later date names the parole route.

Reviewed 2026-12-07 (statute audit): read again the words of §§ 15-27-1(a)(1)-(8) and (b), 15-27-2(a)-(b) and
15-27-2.1(a)(3) quoted in rules/evidence/al.yaml, law-firm restatements of § 15-27-1(b) (they list a
commercial-vehicle condition, and no pending-case bar), § 13A-6-181 (getpocketlaw copy: pretrial diversion for a
first prostitution charge, which ends in a dismissal under § 15-27-1(a)(6)), and searched for 2025-2026 amendments to chapter 27
(none found: the 2025 bills seen concern youthful-offender status and habitual-offender resentencing). What changed:
- A dismissal of unknown kind is no longer left open for ever. Once "more than one year" (misdemeanor,
  § 15-27-1(a)(7)) or "more than five years" (felony, § 15-27-2(a)(7)) has passed since the dismissal, and no
  conviction the person listed falls in the two (five) years before, a dismissal without prejudice qualifies under
  (a)(7) and one with prejudice under (a)(1), so the answer is eligible whichever it was.
Still open: the lists of §§ 12-25-32, 15-20A-5 and 17-3-30.1 were not read (indecent exposure is still treated as a
sex offense, prostitution and third-degree promoting as neither violent nor of moral turpitude); the "has not been
refiled" words of (a)(7) are taken to hold for a case that ended in a dismissal with nothing pending.
"""

from collections.abc import Callable
from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    level_is,
    offense_in,
    offense_not_in,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

CODE_15_27_1_A = "Ala. Code § 15-27-1(a)"
CODE_15_27_1_A_8 = "Ala. Code § 15-27-1(a)(8)"
CODE_15_27_1_B = "Ala. Code § 15-27-1(b)"
CODE_15_27_2 = "Ala. Code § 15-27-2"
CODE_15_27_2_A = "Ala. Code § 15-27-2(a)"
CODE_15_27_2_A_8 = "Ala. Code § 15-27-2(a)(8)"
CODE_15_27_2_B = "Ala. Code § 15-27-2(b)"
CODE_15_27_2_1 = "Ala. Code § 15-27-2.1(a)(3)"
CODE_15_22_36 = "Ala. Code § 15-22-36"
CODE_15_22_36_C = "Ala. Code § 15-22-36(c)"
CODE_17_3_30_1 = "Ala. Code § 17-3-30.1"

REDEEMER_IN_FORCE = date(2021, 7, 1)

SOURCE_CODE_15_22_36 = Source(
    "Code of Alabama § 15-22-36 (vLex copy, current through Act 579 of the 2018 session)",
    "https://us.vlex.com/vid/authority-to-grant-pardons-656714697",
)
SOURCE_CCRC = Source(
    "Collateral Consequences Resource Center: Alabama restoration of rights and record relief",
    "https://ccresourcecenter.org/state-restoration-profiles/alabama-restoration-rights-expungement-sealing",
)
SOURCE_SB_153 = Source(
    "Alabama SB 153 (2024), restating Ala. Code § 15-27-1",
    "https://app.legiplex.com/al/legislature/2024/2024-r/bills/sb153/draft-725708?id=725708",
)
SOURCE_JYSI = Source("Juvenile and Young Adult Sex-Trade Info: Alabama", "https://jysi.org/states/alabama")
SOURCE_AL_COM = Source(
    "AL.com: Alabama expungement law will wipe away some nonviolent convictions (May 2021)",
    "https://www.al.com/news/2021/05/a-fresh-start-alabama-expungement-law-will-wipe-away-some-nonviolent-convictions.html",
)
SOURCE_ALSO_LAW = Source(
    "Also Law: what criminal charges can be expunged in Alabama (REDEEMER Act summary)",
    "https://www.alsolaw.com/what-types-of-criminal-charges-can-i-get-expunged-in-alabama/",
)
SOURCE_CODE_15_27_1 = Source(
    "Code of Alabama § 15-27-1 (Justia copy, through Act 2024-407)",
    "https://law.justia.com/codes/alabama/title-15/chapter-27/section-15-27-1/",
)
SOURCE_CODE_15_27_2 = Source(
    "Code of Alabama § 15-27-2 (Justia copy, through Act 2021-482)",
    "https://law.justia.com/codes/alabama/title-15/chapter-27/section-15-27-2/",
)
SOURCE_CODE_15_27_2_1 = Source(
    "Code of Alabama § 15-27-2.1, limits on the number of expungements (Justia copy)",
    "https://law.justia.com/codes/alabama/title-15/chapter-27/section-15-27-2-1/",
)
SOURCE_EX_PARTE_CM = Source(
    "Ex parte C.M. (Ala. Crim. App. 2024), on expunging a trafficking survivor's convictions",
    "https://law.counselstack.com/opinion/ex-parte-cm-in-re-state-of-alabama-v-cm-cleburne-circuit-court-alacrimapp-2024",
)

OFFENSES = (
    Offense("al-ac-13a-12-121", "Prostitution", "Ala. Code § 13A-12-121", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense(
        "al-ac-13a-12-111",
        "Promoting prostitution in the first degree",
        "Ala. Code § 13A-12-111",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "al-ac-13a-12-112",
        "Promoting prostitution in the second degree",
        "Ala. Code § 13A-12-112",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "al-ac-13a-12-113",
        "Promoting prostitution in the third degree",
        "Ala. Code § 13A-12-113",
        Category.PROMOTING,
        Level.MISDEMEANOR,
    ),
    Offense("al-ac-13a-11-9", "Loitering", "Ala. Code § 13A-11-9", Category.QUALITY_OF_LIFE, Level.VIOLATION),
    Offense(
        "al-ac-13a-11-7", "Disorderly conduct", "Ala. Code § 13A-11-7", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR
    ),
    Offense("al-ac-13a-6-68", "Indecent exposure", "Ala. Code § 13A-6-68", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense(
        "al-ac-13a-6-152",
        "Human trafficking in the first degree",
        "Ala. Code § 13A-6-152",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)

# Sex offenses and offenses of moral turpitude (§ 17-3-30.1) cannot be expunged as convictions.
NOT_EXPUNGEABLE = ("al-ac-13a-6-68", "al-ac-13a-12-111", "al-ac-13a-12-112", "al-ac-13a-6-152")

NON_CONVICTION = (Disposition.DISMISSAL, Disposition.ACQUITTAL, Disposition.NO_CHARGES, Disposition.DIVERSION_COMPLETED)


def _wait_after_non_conviction(
    without_prejudice: str, years_without_prejudice: int, look_back_years: int
) -> Callable[[ChargeContext], Finding]:
    """§§ 15-27-1(a), 15-27-2(a): 90 days after an acquittal, a no-bill or a dismissal with prejudice
    or an unconditional nolle prosequi; one year after a diversion program; longer, with no other
    conviction in the years before, after a dismissal without prejudice ((a)(7): one year and two
    years for a misdemeanor, five and five for a felony). A "dismissal" answer cannot tell these apart,
    so once 90 days have passed it stays only possible, until the longer wait of (a)(7) is over too and
    no conviction listed falls in its look-back: then either reading allows it. This is a custom
    condition because the statute's waits turn on the kind of dismissal, which the screening does not ask."""

    def rule(context: ChargeContext) -> Finding:
        charge = context.charge
        ended = charge.disposition_date
        if ended is None:
            return unknown(
                msg("The wait counts from the date the case ended, which has not been given."),
                context.path(Fact.DISPOSITION_DATE),
            )
        if charge.disposition is Disposition.DIVERSION_COMPLETED:
            ends = add_period(ended, years=1)
        else:
            # "more than 90 days have passed": the first day is the 91st after the case ended.
            ends = add_period(ended, days=91)
        as_of = context.facts.as_of
        if ends > as_of:
            return later(msg("You can file once the wait ends on {ends}.", ends=ends), on=ends)
        if charge.disposition is not Disposition.DISMISSAL:
            return met(msg("The wait after the case ended is over; it ended on {ends}.", ends=ends), on=ends)
        # "dismissed without prejudice more than one [five] year[s] ago": the day after the anniversary.
        long_end = add_period(ended, years=years_without_prejudice, days=1)
        others = context.convictions.besides(context.index)
        if long_end > as_of or any(p.day is None for p in others):
            return unknown(msg(without_prejudice), context.path(Fact.DISPOSITION))
        recent = [p.day for p in others if p.day is not None and add_period(p.day, years=look_back_years) > as_of]
        if recent:
            return unknown(msg(without_prejudice), context.path(Fact.DISPOSITION))
        clear = max((add_period(p.day, years=look_back_years) for p in others if p.day is not None), default=long_end)
        return met(
            msg(
                "Whether the dismissal was with or without prejudice, the wait is over: even the longer wait "
                "ended on {ends}, and you listed no other conviction in the years the law looks back over.",
                ends=long_end,
            ),
            on=max(long_end, clear),
        )

    return rule


def _charge_not_conviction(context: ChargeContext) -> Finding:
    """§ 15-27-1(a)(8) speaks of a person "charged with" a misdemeanor. Ex parte C.M. (Ala. Crim. App.
    2024) read the same words in § 15-27-2(a)(8) as reaching only charges that did not end in a
    conviction (convictions have their own routes, §§ 15-27-1(b) and 15-27-2(b)). No court has said so
    of § 15-27-1(a)(8) itself, so a conviction is left open rather than ruled out. Custom because the
    answer for a conviction is a legal doubt, not a missing fact."""
    disposition = context.charge.disposition
    if disposition in NON_CONVICTION:
        return met(msg("The charge did not end in a conviction."))
    if disposition is Disposition.CONVICTION:
        return unknown(
            msg(
                "A court has read the same trafficking ground in the felony law as reaching only charges that "
                "did not end in a conviction; whether a judge will apply it to a misdemeanor conviction is not "
                "settled. The three-year route for misdemeanor convictions may fit instead."
            ),
            context.path(Fact.DISPOSITION),
        )
    return not_met(msg("The case has not ended."))


def _fewer_than_two_earlier(context: ChargeContext) -> Finding:
    """§ 15-27-2.1(a)(3): at most two expungements in all under §§ 15-27-1(a)(6), 15-27-1(b) and
    15-27-2(a)(6). The screening asks only whether relief was granted before, not how many times or
    under which law, so a "yes" stays open. Custom because the shared once-only conditions cannot say
    "two"."""
    answer = context.facts.person.prior_relief
    if answer is Answer.NO:
        return met(msg("No court has expunged a record of yours before."))
    return unknown(
        msg(
            "Alabama allows at most two expungements of misdemeanor convictions and diversion dismissals in all; "
            "whether you have had two already is not known."
        ),
        Fact.PRIOR_RELIEF.value,
    )


def _diversion_within_limit(context: ChargeContext) -> Finding:
    """§ 15-27-2.1(a)(3): expungements of charges dismissed after a diversion or other court program
    (§§ 15-27-1(a)(6) and 15-27-2(a)(6)) count toward the limit of two; other outcomes (acquittal,
    dismissal with prejudice, no-bill) do not. Custom because the limit is two and reaches only one
    of the outcomes this remedy covers."""
    if context.charge.disposition is not Disposition.DIVERSION_COMPLETED:
        return met(msg("The limit of two expungements does not count this kind of outcome."))
    return _fewer_than_two_earlier(context)


def _pardon_timing(context: ChargeContext) -> Finding:
    """§ 15-22-36(c): "No pardon shall be granted unless the prisoner has successfully completed at least
    three years of permanent parole or until the expiration of his or her sentence if his or her sentence
    was for less than three years." The end of the sentence always suffices; for a longer sentence, three
    years on permanent parole may come sooner. The screening does not ask whether a release was on parole,
    so that route is left open (or told) rather than assumed. Custom because no shared wait or fact can say
    "on parole"."""
    charge = context.charge
    as_of = context.facts.as_of
    ends = charge.sentence_completed_date
    if ends is not None and ends <= as_of:
        return met(msg("The sentence ended on {ends}.", ends=ends), on=ends)
    if ends is None:
        return unknown(
            msg(
                "A pardon can be sought once the sentence ends, or after three years on permanent parole; "
                "the end of the sentence has not been given."
            ),
            context.path(Fact.SENTENCE_COMPLETED_DATE),
        )
    released = charge.release_date
    if released is not None and released <= as_of:
        parole_day = add_period(released, years=3)
        if parole_day <= as_of:
            return unknown(
                msg(
                    "The sentence runs until {ends}, but three years on permanent parole also allow a pardon; "
                    "if you have been on permanent parole since your release on {released}, that time has passed.",
                    ends=ends,
                    released=released,
                ),
                context.path(Fact.RELEASE_DATE),
            )
        if parole_day < ends:
            return later(
                msg(
                    "You can apply when the sentence ends on {ends}, or sooner, on {parole_day}, if you are on "
                    "permanent parole since your release.",
                    ends=ends,
                    parole_day=parole_day,
                ),
                on=ends,
            )
    return later(msg("You can apply when the sentence ends on {ends}.", ends=ends), on=ends)


MISDEMEANOR_WITHOUT_PREJUDICE = (
    "A dismissal with prejudice can be expunged after 90 days, but a dismissal without prejudice "
    "needs a year and no other conviction in the two years before; which one this was is not known."
)
FELONY_WITHOUT_PREJUDICE = (
    "A dismissal with prejudice can be expunged after 90 days, but a felony dismissed without prejudice "
    "needs five years and no other conviction in those years; which one this was is not known."
)


expungement_for_trafficking_survivors = Remedy(
    id="al-expungement-trafficking",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor record from the time you were trafficked",
    citations=(CODE_15_27_1_A_8,),
    sources=(SOURCE_CODE_15_27_1, SOURCE_JYSI, SOURCE_EX_PARTE_CM),
    effective=REDEEMER_IN_FORCE,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        # Custom: a conviction is a legal doubt after Ex parte C.M. (see _charge_not_conviction).
        custom(
            "charge not ended in conviction",
            requirement="The charge did not end in a conviction (a conviction is in doubt under this ground).",
            reads=(Fact.DISPOSITION,),
            rule=_charge_not_conviction,
            cite=CODE_15_27_1_A_8,
        ),
        # The misdemeanor section; felony charges have the same ground in § 15-27-2(a)(8), shown separately.
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=CODE_15_27_1_A),
        trafficking_nexus(cite=CODE_15_27_1_A_8),
    ),
    effect="The court orders the records of the charge expunged. Most people and agencies are told the "
    "record does not exist, and you may treat it as if it never happened.",
    limits=(
        "You must show the judge, more likely than not, that you were a trafficking victim, that the offense "
        "happened while you were being trafficked, and that you would not have committed it but for being "
        "trafficked.",
        "This covers misdemeanors, violations and city ordinance violations; felony charges have their own "
        "trafficking ground, shown separately.",
        "It is not settled whether it reaches a conviction; a court has read the same words in the felony law "
        "as reaching only charges that did not end in a conviction.",
        "Expungement is not a vacatur: the conviction is hidden, not ruled invalid.",
    ),
    next_steps=(
        "File a petition for expungement in the criminal division of the circuit court of the county "
        "where the charge was filed, and serve it on the district attorney, who may object.",
        "Attach anything that shows you were trafficked at the time, such as a letter from a service "
        "provider or police report. Your own sworn statement counts too.",
        "There is a filing fee; ask the clerk about the amount and about paying over time.",
    ),
    filing="The circuit court (criminal division) of the county where the charge was filed.",
)

expungement_without_conviction = Remedy(
    id="al-expungement-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor charge that did not end in a conviction",
    citations=(CODE_15_27_1_A,),
    sources=(SOURCE_CODE_15_27_1, SOURCE_CCRC),
    effective=REDEEMER_IN_FORCE,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(*NON_CONVICTION, cite=CODE_15_27_1_A),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=CODE_15_27_1_A),
        # Custom: the wait after a dismissal turns on with or without prejudice, which is not asked.
        custom(
            "non-conviction waiting period",
            requirement="Enough time has passed since the case ended: 90 days for most outcomes, one year "
            "after a diversion program or a dismissal without prejudice.",
            reads=(Fact.DISPOSITION, Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_wait_after_non_conviction(MISDEMEANOR_WITHOUT_PREJUDICE, 1, 2),
            cite=CODE_15_27_1_A,
        ),
        # Custom: § 15-27-2.1(a)(3) limits diversion-dismissal expungements to two, counted with others.
        custom(
            "at most two diversion expungements",
            requirement="After a diversion or other court program: you have not already had two expungements of "
            "misdemeanor convictions or diversion dismissals.",
            reads=(Fact.DISPOSITION, Fact.PRIOR_RELIEF),
            rule=_diversion_within_limit,
            cite=CODE_15_27_2_1,
        ),
    ),
    effect="The court orders the arrest and court records of the charge expunged. You may answer as if the "
    "arrest and charge never happened, with a few exceptions such as some government jobs.",
    limits=(
        "Felony charges use a similar law (§ 15-27-2), shown separately.",
        "Alabama allows at most two expungements of misdemeanor convictions and diversion dismissals in all.",
    ),
    next_steps=(
        "File a petition for expungement in the circuit court of the county where the charge was filed, with "
        "a certified record of how the case ended and your criminal history from the state.",
        "The district attorney has time to object; if no one objects, the judge may rule without a hearing.",
    ),
    filing="The circuit court (criminal division) of the county where the charge was filed.",
)

expungement_of_felony_charge_without_conviction = Remedy(
    id="al-expungement-felony-non-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a felony charge that did not end in a conviction",
    citations=(CODE_15_27_2_A,),
    sources=(SOURCE_CODE_15_27_2, SOURCE_ALSO_LAW),
    effective=REDEEMER_IN_FORCE,
    reviewed=REVIEWED,
    # § 15-27-2(a): "any felony offense", violent ones included, when the charge did not end in a conviction.
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(*NON_CONVICTION, cite=CODE_15_27_2_A),
        level_is(Level.FELONY, cite=CODE_15_27_2_A),
        # Custom: the wait after a dismissal turns on with or without prejudice, which is not asked.
        custom(
            "felony non-conviction waiting period",
            requirement="Enough time has passed since the case ended: 90 days for most outcomes, one year "
            "after a diversion program, five years after a dismissal without prejudice.",
            reads=(Fact.DISPOSITION, Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_wait_after_non_conviction(FELONY_WITHOUT_PREJUDICE, 5, 5),
            cite=CODE_15_27_2_A,
        ),
        # Custom: § 15-27-2.1(a)(3) limits diversion-dismissal expungements to two, counted with others.
        custom(
            "at most two diversion expungements",
            requirement="After a diversion or other court program: you have not already had two expungements of "
            "misdemeanor convictions or diversion dismissals.",
            reads=(Fact.DISPOSITION, Fact.PRIOR_RELIEF),
            rule=_diversion_within_limit,
            cite=CODE_15_27_2_1,
        ),
    ),
    effect="The court orders the arrest and court records of the felony charge expunged. You may answer as if "
    "the arrest and charge never happened, with a few exceptions such as some government jobs.",
    limits=(
        "A felony dismissed without prejudice waits five years, with no other conviction in that time.",
        "Alabama allows at most two expungements of misdemeanor convictions and diversion dismissals in all.",
    ),
    next_steps=(
        "File a petition for expungement in the circuit court of the county where the charge was filed, with "
        "a certified record of how the case ended and your criminal history from the state.",
        "The district attorney has time to object; if no one objects, the judge may rule without a hearing.",
    ),
    filing="The circuit court (criminal division) of the county where the charge was filed.",
)

expungement_of_felony_charge_for_trafficking_survivors = Remedy(
    id="al-expungement-felony-trafficking",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a felony charge from the time you were trafficked",
    citations=(CODE_15_27_2_A_8,),
    sources=(SOURCE_CODE_15_27_2, SOURCE_EX_PARTE_CM),
    effective=REDEEMER_IN_FORCE,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # Ex parte C.M. (Ala. Crim. App. 2024): (a)(8) reaches charges that did not end in a conviction.
        disposition_is(*NON_CONVICTION, cite=CODE_15_27_2_A_8),
        level_is(Level.FELONY, cite=CODE_15_27_2_A),
        trafficking_nexus(cite=CODE_15_27_2_A_8),
    ),
    effect="The court orders the arrest and court records of the felony charge expunged. You may answer as if "
    "the arrest and charge never happened, with a few exceptions such as some government jobs.",
    limits=(
        "You must show the judge, more likely than not, that you were a trafficking victim, that the offense "
        "happened while you were being trafficked, and that you would not have committed it but for being "
        "trafficked.",
        "There is no waiting period and no limit on how many charges can be expunged this way.",
    ),
    next_steps=(
        "File a petition for expungement in the criminal division of the circuit court of the county where the "
        "charge was filed, and serve it on the district attorney, who has 45 days to object.",
        "Attach anything that shows you were trafficked at the time; a conviction of your trafficker is one kind "
        "of proof the law names.",
    ),
    filing="The circuit court (criminal division) of the county where the charge was filed.",
)

expungement_of_promoting_conviction_for_trafficking_survivors = Remedy(
    id="al-expungement-trafficking-conviction-15-27-2-b",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a first-degree promoting prostitution conviction from the time you were trafficked",
    citations=(CODE_15_27_2_B,),
    sources=(SOURCE_CODE_15_27_2, SOURCE_EX_PARTE_CM),
    effective=REDEEMER_IN_FORCE,
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROMOTING),
    conditions=(
        convicted(cite=CODE_15_27_2_B),
        # § 15-27-2(b) names three violent offenses; the other two are not sex-trade offenses.
        offense_in("al-ac-13a-12-111", cite=CODE_15_27_2_B),
        trafficking_nexus(cite=CODE_15_27_2_B),
    ),
    effect="The court orders the records of the charge and the conviction expunged, so they no longer show on "
    "public background checks.",
    limits=(
        "You must show that you committed the offense while you were being trafficked and would not have "
        "committed it but for being trafficked.",
        "Of the violent offenses, only promoting prostitution in the first degree, third-degree domestic violence "
        "and one obscene-matter offense can be expunged this way.",
    ),
    next_steps=(
        "File a petition for expungement in the criminal division of the circuit court of the county where the "
        "charge was filed, and serve it on the district attorney, who has 45 days to object.",
        "Attach anything that shows you were trafficked at the time.",
    ),
    filing="The circuit court (criminal division) of the county where the charge was filed.",
)

expungement_of_misdemeanor_conviction = Remedy(
    id="al-expungement-misdemeanor-conviction",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor conviction after three years",
    citations=(CODE_15_27_1_B, CODE_15_27_2_1),
    sources=(SOURCE_CODE_15_27_1, SOURCE_CODE_15_27_2_1, SOURCE_AL_COM),
    effective=REDEEMER_IN_FORCE,
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CODE_15_27_1_B),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=CODE_15_27_1_B),
        # § 15-27-1(b)(4)-(7): not a violent offense, sex offense (§ 15-20A-5), moral turpitude offense
        # (§ 17-3-30.1) or serious traffic offense.
        offense_not_in(*NOT_EXPUNGEABLE, cite=CODE_15_27_1_B),
        # § 15-27-1(b)(2): "Three years have passed from the date of conviction."
        waiting_period(years=3, since=Event.DISPOSITION, cite=CODE_15_27_1_B),
        # § 15-27-1(b)(1) and § 15-27-12: probation completed and every fine, cost and restitution paid.
        sentence_completed(cite=CODE_15_27_1_B),
        # Custom: the limit is two, which the shared once-only conditions cannot say.
        custom(
            "at most two expungements",
            requirement="You have not already had two expungements of misdemeanor convictions or diversion dismissals.",
            reads=(Fact.PRIOR_RELIEF,),
            rule=_fewer_than_two_earlier,
            cite=CODE_15_27_2_1,
        ),
    ),
    effect="The court orders the conviction records expunged, so they no longer show on public background "
    "checks. Police and prosecutors can still see them.",
    limits=(
        "Violent offenses, sex offenses, offenses of moral turpitude and serious traffic offenses cannot be expunged.",
        "Felony convictions can be expunged only after a full pardon.",
        "Alabama allows at most two expungements of misdemeanor convictions and diversion dismissals in all.",
    ),
    next_steps=(
        "File a petition for expungement in the circuit court of the county where you were convicted, "
        "with proof that you finished probation and paid all fines, costs and restitution.",
        "The district attorney and any victim may object; the judge decides.",
    ),
    filing="The circuit court (criminal division) of the county where you were convicted.",
)

pardon = Remedy(
    id="al-pardon",
    kind=RemedyKind.PARDON,
    title="Pardon from the Board of Pardons and Paroles",
    citations=(CODE_15_22_36, CODE_15_27_2),
    sources=(SOURCE_CODE_15_22_36, SOURCE_CCRC),
    # Current pardon statute; date of its present form not verified, so the year of the 2021 reform is used.
    effective=date(2021, 7, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=CODE_15_22_36),
        # Custom: § 15-22-36(c) also allows a pardon after three years of permanent parole (see _pardon_timing).
        custom(
            "sentence ended or three years on parole",
            requirement="The sentence has ended, or you have completed three years on permanent parole.",
            reads=(Fact.SENTENCE_COMPLETED_DATE, Fact.RELEASE_DATE),
            rule=_pardon_timing,
            cite=CODE_15_22_36_C,
        ),
    ),
    effect="A pardon forgives the conviction and can restore your civil rights. A full pardon also opens "
    "the way to ask a court to expunge a felony conviction.",
    limits=(
        "A pardon does not erase the record by itself.",
        "A city ordinance conviction is pardoned by the mayor of that city, not by the Board.",
    ),
    next_steps=(
        "Ask the Alabama Bureau of Pardons and Paroles for a pardon application once your sentence is done, "
        "or after three years on permanent parole.",
        "After a full pardon, you can petition the circuit court to expunge a felony conviction.",
    ),
    filing="The Alabama Board of Pardons and Paroles.",
)

JURISDICTION = Jurisdiction(
    code="AL",
    name="Alabama",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        expungement_for_trafficking_survivors,
        expungement_without_conviction,
        expungement_of_felony_charge_without_conviction,
        expungement_of_felony_charge_for_trafficking_survivors,
        expungement_of_promoting_conviction_for_trafficking_survivors,
        expungement_of_misdemeanor_conviction,
        pardon,
    ),
    legal_help=(
        LegalHelp(
            "Legal Services Alabama",
            "https://legalservicesalabama.org",
            "Free civil legal help statewide, including expungement clinics",
        ),
        # 2026-12-07: Alabama Legal Help replaced; no source seen showed its link or record-relief help.
        LegalHelp(
            "Volunteer Lawyers Birmingham",
            "https://www.vlbham.org/get-help/expungements/guide",
            "Step-by-step guide to filing an Alabama expungement petition",
        ),
    ),
    where_to_file="The circuit court (criminal division) of the county where the charge was filed.",
    notes=(
        "People under 18 cannot be convicted of prostitution in Alabama; they are treated as sexually exploited "
        "children (Ala. Code § 12-15-701).",
        "Being a trafficking victim is a defense to a prostitution charge (Ala. Code § 13A-6-159).",
    ),
)
