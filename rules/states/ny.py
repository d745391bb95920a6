"""New York: vacatur for trafficking survivors, sealing by application, automatic sealing.

Sources and where they disagree:
- CPL 440.10(1)(i): the 2010 text (L. 2010, ch. 332) reached only convictions where the arresting
  charge was prostitution (PL 230.00) or loitering (PL 240.37); the START Act (S.674/A.459, signed
  16 November 2021) opened it to any offense that resulted from sex trafficking, labor trafficking
  or compelling prostitution. The motion must be made with due diligence.
- CPL 160.57 (Clean Slate, in force 16 November 2024): 3 years for a misdemeanor, 8 for a felony,
  counted "from the defendant's release from incarceration or the imposition of sentence if there
  was no sentence of incarceration"; a later criminal conviction before sealing restarts the clock
  on "the same date as the time calculation starts for the subsequent criminal conviction". The
  module used to count from the end of the whole sentence (probation included) and to give the
  prior conviction the later conviction's length; both corrected.
- CPL 160.59: 10 years from the imposition of sentence on the latest conviction, or the latest
  release from incarceration; a later conviction of a crime is a bar ((3)(f); People v
  Witherspoon, 2022 NY Slip Op 05866, reads it as New York convictions only).
- Correction Law 168-a(2)(a)(i): registrable prostitution offenses are 230.04 (patronized person
  under 17), "subdivision two of section 230.30, section 230.32, 230.33, or 230.34", and 230.25
  where the person prostituted was under 17. The module listed all of 230.30; it now splits
  subdivision 1 (not registrable) from subdivision 2, and keeps 230.30 of unknown subdivision in
  the list (the safer answer until the subdivision is known).
- L. 2021, ch. 23 repealed PL 240.37 on 2 February 2021. Bills of 2023-2026 (A2500, S3040, A588,
  S9828) would add automatic vacatur and expungement of past 240.37 convictions; none is law. The
  sealing the module shows rests on CPL 160.50(3)(k)(iv), read only through the A2500 memo.

Reviewed 2026-12-06 against CPL 160.57 (nysenate.gov and casetext), CPL 160.59 (lawfletcher copy),
Correction Law 168-a (nysenate.gov), L. 2010, ch. 332 (DCJS), the START Act signing release (OCFS,
16 November 2021), S1351 of 2021 and the 2023-2026 240.37 bills: Clean Slate waits now run from
sentencing or release and the restart follows 160.57(1)(b); 160.59 counts from sentencing or
release; only the registrable degrees of promoting prostitution are excluded.
The Clean Slate restart, a custom rule, now uses the shared conviction-free window by level (3 or 8
years). It was wrong for a conviction of unknown level, which it gave 8 years (a date that could be
too late); the level is now asked when the two lengths give different answers, as the wait already did.

Second review 2026-12-06: sealing under CPL 160.59 now counts and bars crimes only - a violation does not
count toward the two-conviction limit ("eligible offense" is a crime, subdivision 1(a)) and a later violation
does not bar it ((3)(f): "convicted of a crime after"); the shared conditions had counted violations.

Reviewed 2026-12-07 against CPL 160.50(1) (casetext, current through 2024 chapter 456), CPL 160.59(1)-(2)
(lawfletcher copy) and the court system's CourtHelp guide to CPL 160.59, and the research file NY.yaml. No
rule changed: sealing on a termination in favor is automatic unless the prosecutor or court shows the
interests of justice require otherwise; the ten years of CPL 160.59 run from sentencing or the latest release
(the court guide says "date of conviction or release from prison, whichever is later"; the module uses the
statute's sentencing date). CPL 160.57 Clean Slate: the state has until 16 November 2027 to finish sealing
older records, so a record that qualifies may not yet show as sealed; the next steps say so. Legal help: the
Legal Aid Society's Exploitation Intervention Project and the Center for Appellate Litigation (both bring
vacatur motions) are linked to the pages seen; the Sex Workers Project was removed because its site was not
seen in a source.

Cross-check 2026-12-07 (worked examples built from the statute text: CPL 160.50, 160.57(1)(b), 160.59(2)(a),
(3)(f), (5), 440.10(1)(i)): the 160.59 bar of a later conviction read the record as barring the earlier of two
sealable convictions, but (3)(f) bars only a crime after "the last conviction for which sealing is sought" and
(2)(a) lets two eligible offenses be sought together; the later one now joins the application and the ten years
run from it (a later registrable or trafficking conviction still bars; one only listed is asked about). A
violation conviction was offered 160.59 sealing too; an "eligible offense" is a crime ((1)(a)), so it no longer is.

Third-pass audit 2026-12-07 (ten new worked cases from CPL 440.10(1)(i), 160.50, 160.55, 160.57(1)(b)): the Clean
Slate restart counted a later conviction from its date, but 160.57(1)(b) starts the prior's time on the "same date as
the time calculation starts for the subsequent criminal conviction", which is the release where there was
incarceration; a custom condition now uses the release date of a later convicted charge among those screened. A
conviction only listed under other convictions has no release asked and still counts from its date.

Reviewed 2026-12-07 (statute audit): read CPL 440.10(1)(i) as amended by the START Act (L. 2021, ch. 629) in the words
S7356 of 2025 (nysenate.gov, not enacted) restates: any conviction whose offense resulted from sex trafficking, sex
trafficking of a child, labor or aggravated labor trafficking, compelling prostitution or federal trafficking, with no
arresting-charge limit, as the module has it; CPL 160.57(1)(a)-(b)(iv) (nysenate.gov, lexace.ai), 160.59(1)(a)
(lawfletcher), 160.55(1) and 160.10(1) (laws9, onecle), and 160.50 as People v Tarver quotes it, checked against the fact
base NY.yaml. What changed: (1) Clean Slate no longer refuses every conviction of a person serving a sentence now;
160.57(1)(b)(iv) bars only supervision "for the conviction eligible for sealing", so the answer now reads this
conviction's own sentence end (passed: sealed; still running: sealed when it ends; unknown: open). (2) A conviction of
the 'other' kind whose law is not named is left open under Clean Slate and CPL 160.59 instead of being sealed: it may be
a sex offense, a registrable offense (Correction Law 168-a(2) lists far more than the prostitution offenses named here),
a violent, homicide or class A felony, which 160.57(1)(b)(v) and 160.59(1)(a) keep out. (3) Favorable-termination
sealing now says, as a limit, that it needs "an order to dismiss the entire accusatory instrument": a charge dismissed in
a case that ended in a conviction for a crime is not sealed this way (the screening cannot link charges to a case).
Still open: the rest of 160.57(1)(b)(v) and 160.59(3) in statute words; whether the "latest conviction" of 160.59's ten
years includes a later violation; CPL 160.50(3)(k) in statute words.
"""

from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    level_is,
    no_conviction_within,
    no_pending_case,
    offense_in,
    offense_not_in_list,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, later, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense, OffenseList
from rules.vocabulary import Answer, Category, Disposition, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

CPL_440_10 = "N.Y. Crim. Proc. Law § 440.10(1)(i)"
CPL_160_50 = "N.Y. Crim. Proc. Law § 160.50"
CPL_160_55 = "N.Y. Crim. Proc. Law § 160.55"
CPL_160_57 = "N.Y. Crim. Proc. Law § 160.57"
CPL_160_59 = "N.Y. Crim. Proc. Law § 160.59"
REPEAL_240_37 = "L. 2021, ch. 23 (repeal of N.Y. Penal Law § 240.37)"
CORRECTION_168_A = "N.Y. Correction Law § 168-a(2)"
CPL_160_57_B_IV = "N.Y. Crim. Proc. Law § 160.57(1)(b)(iv)"
CPL_160_59_1_A = "N.Y. Crim. Proc. Law § 160.59(1)(a)"


def _law(section: str) -> Source:
    return Source(
        f"N.Y. Crim. Proc. Law § {section} (New York State Senate)",
        f"https://www.nysenate.gov/legislation/laws/CPL/{section}",
    )


OFFENSES = (
    Offense(
        "ny-pl-230.00",
        "Prostitution",
        "N.Y. Penal Law § 230.00",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_CLASS_B,
    ),
    Offense(
        "ny-pl-230.03",
        "Prostitution in a school zone",
        "N.Y. Penal Law § 230.03",
        Category.PROSTITUTION,
        Level.MISDEMEANOR,
    ),
    Offense(
        "ny-pl-230.04",
        "Patronizing a person for prostitution in the third degree",
        "N.Y. Penal Law § 230.04",
        Category.SOLICITATION,
        Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_CLASS_A,
    ),
    Offense(
        "ny-pl-230.20",
        "Promoting prostitution in the fourth degree",
        "N.Y. Penal Law § 230.20",
        Category.PROMOTING,
        Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_CLASS_A,
    ),
    Offense(
        "ny-pl-230.25",
        "Promoting prostitution in the third degree",
        "N.Y. Penal Law § 230.25",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ny-pl-230.30",
        "Promoting prostitution in the second degree",
        "N.Y. Penal Law § 230.30",
        Category.PROMOTING,
        Level.FELONY,
        note="Subdivision 2 (a person under 18) requires registration; subdivision 1 does not.",
    ),
    Offense(
        "ny-pl-230.30-1",
        "Promoting prostitution in the second degree, subdivision 1",
        "N.Y. Penal Law § 230.30(1)",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ny-pl-230.30-2",
        "Promoting prostitution in the second degree, subdivision 2 (a person under 18)",
        "N.Y. Penal Law § 230.30(2)",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ny-pl-230.32",
        "Promoting prostitution in the first degree",
        "N.Y. Penal Law § 230.32",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "ny-pl-240.37",
        "Loitering for the purpose of engaging in a prostitution offense",
        "N.Y. Penal Law § 240.37 (repealed)",
        Category.LOITERING_FOR_PROSTITUTION,
        Level.VIOLATION,
        note="Repealed on 2 February 2021.",
        repealed=date(2021, 2, 2),
    ),
    Offense("ny-pl-245.00", "Public lewdness", "N.Y. Penal Law § 245.00", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense("ny-pl-240.35", "Loitering", "N.Y. Penal Law § 240.35", Category.QUALITY_OF_LIFE, Level.VIOLATION),
    Offense("ny-pl-140.05", "Trespass", "N.Y. Penal Law § 140.05", Category.QUALITY_OF_LIFE, Level.VIOLATION),
    Offense("ny-pl-240.20", "Disorderly conduct", "N.Y. Penal Law § 240.20", Category.QUALITY_OF_LIFE, Level.VIOLATION),
    Offense(
        "ny-educ-6512",
        "Unauthorized practice of a profession (unlicensed massage)",
        "N.Y. Educ. Law § 6512",
        Category.UNLICENSED_MASSAGE,
        Level.FELONY,
    ),
    Offense("ny-pl-230.34", "Sex trafficking", "N.Y. Penal Law § 230.34", Category.TRAFFICKING, Level.FELONY),
)

# Correction Law 168-a(2)(a)(i): the offenses here that require sex-offender registration, which no
# sealing reaches. 230.30 of unknown subdivision stays in the list until the subdivision is known.
REGISTRABLE = OffenseList.of(
    "offenses that require sex-offender registration",
    "ny-pl-230.30",
    "ny-pl-230.30-2",
    "ny-pl-230.32",
    "ny-pl-230.34",
    cite=CORRECTION_168_A,
)

vacatur_for_trafficking_survivors = Remedy(
    id="ny-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from trafficking",
    citations=(CPL_440_10,),
    sources=(_law("440.10"),),
    effective=date(2010, 8, 13),
    reviewed=REVIEWED,
    # Since the 2021 amendments the ground reaches any offense the trafficking led to.
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=CPL_440_10),
        trafficking_nexus(cite=CPL_440_10),
    ),
    effect="The court vacates the conviction and dismisses the charge; the case is sealed as if it had "
    "ended in your favor.",
    limits=(
        "The motion must be made with due diligence once you are out of the trafficking situation or "
        "have sought services, with allowance for your safety.",
    ),
    next_steps=(
        "File a motion to vacate the judgment under CPL 440.10(1)(i) in the court where you were convicted.",
        "Official papers showing you were trafficked help but are not required; your own sworn statement "
        "and other evidence can be enough.",
        "Free lawyers who bring these motions are listed below.",
    ),
    legal_defect=True,
    filing="The criminal court where the conviction was entered.",
)

sealing_after_favorable_termination = Remedy(
    id="ny-sealing-favorable-termination",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing when a case ends in your favor",
    citations=(CPL_160_50,),
    sources=(_law("160.50"),),
    effective=date(1976, 9, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=CPL_160_50,
        ),
    ),
    effect="Court and police records of the case are sealed, and fingerprints and photos are destroyed "
    "or returned. You do not have to apply.",
    limits=(
        "The whole case must end in your favor: if another charge in the same case ended in a conviction for a crime, "
        "this does not seal the dismissed charge.",
    ),
    next_steps=(
        "Nothing to file. If the record still shows up, ask the court clerk for a certificate of disposition "
        "and ask the court to order the sealing.",
    ),
    discretionary=False,
)

sealing_of_violations = Remedy(
    id="ny-sealing-violation",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing of a conviction for a violation",
    citations=(CPL_160_55,),
    sources=(_law("160.55"),),
    effective=date(1980, 9, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=CPL_160_55),
        level_is(Level.VIOLATION, cite=CPL_160_55),
    ),
    effect="Police and court records of a conviction for a violation (not a crime) are sealed, though "
    "the court keeps a record of the conviction itself.",
    next_steps=("Nothing to file. If an old violation still shows up, ask the court clerk why.",),
    discretionary=False,
)

sealing_of_repealed_loitering = Remedy(
    id="ny-sealing-240-37-repeal",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Sealing of loitering-for-prostitution records after the 2021 repeal",
    citations=(REPEAL_240_37, CPL_160_50),
    sources=(
        Source(
            "Senate bill S1351 of 2021, signed as chapter 23", "https://www.nysenate.gov/legislation/bills/2021/S1351"
        ),
        _law("160.50"),
    ),
    effective=date(2021, 2, 2),
    reviewed=REVIEWED,
    reaches=charges_about(Category.LOITERING_FOR_PROSTITUTION),
    conditions=(
        offense_in("ny-pl-240.37", cite=REPEAL_240_37),
        convicted(cite=CPL_160_50),
    ),
    effect="Convictions under the repealed loitering law are treated as ended in your favor and sealed. "
    "They are sealed, not destroyed.",
    next_steps=(
        "Nothing to file. If the conviction still appears on a background check, ask the court that "
        "handled it, or a lawyer below, to have it sealed.",
    ),
    discretionary=False,
)


CLEAN_SLATE_YEARS = {Level.MISDEMEANOR: 3, Level.FELONY: 8}
# CPL 160.57(1)(b): a later conviction restarts the wait, so the window has the same lengths.
RESTART_WINDOW_YEARS: dict[Grade | Level, int] = {Level.MISDEMEANOR: 3, Level.FELONY: 8}


def _restart_from_later_release(context: ChargeContext) -> Finding:
    """CPL 160.57(1)(b): when a crime conviction follows this one, this conviction's time "shall start upon the
    same date as the time calculation starts for the subsequent criminal conviction", which for a sentence of
    incarceration is the release ((b)(i)-(ii)). The shared window counts from the later conviction's date; this
    rule adds the later release where a later convicted charge among those screened gives one. This conviction
    keeps its own length (3 or 8 years); a later conviction the person only listed has no release asked."""
    own = context.charge
    if own.disposition_date is None:
        return met(msg("No later conviction with a release from incarceration is known."))
    starts = [
        c.release_date
        for i, c in enumerate(context.facts.charges)
        if i != context.index
        and c.disposition is Disposition.CONVICTION
        and c.level in (Level.FELONY, Level.MISDEMEANOR)
        and c.disposition_date is not None
        and c.disposition_date > own.disposition_date
        and c.release_date is not None
        and c.release_date > c.disposition_date
    ]
    if not starts:
        return met(msg("No later conviction with a release from incarceration is known."))
    years = CLEAN_SLATE_YEARS.get(own.level)
    if years is None:
        return unknown(
            msg("A later conviction restarts this wait from the release on it; the length depends on the level."),
            context.path(Fact.LEVEL),
        )
    ready = add_period(max(starts), years=years)
    if ready > context.facts.as_of:
        return later(
            msg("A later conviction restarted this wait from your release on it; it ends on {day}.", day=ready),
            on=ready,
        )
    return met(msg("The wait restarted by a later conviction, counted from your release on it, has passed."))


def _not_supervised_for_this_conviction(context: ChargeContext) -> Finding:
    """CPL 160.57(1)(b)(iv): "the defendant is not currently under the supervision of any probation or parole
    department for the conviction eligible for sealing". The screening asks whether the person is serving a
    sentence now, for any case; supervision for another case does not hold this conviction back (a later crime
    conviction restarts its time instead, screened separately). So a sentence now is read against this
    conviction's own end: over, it is someone else's; still running, it waits; not known, it stays open. Custom
    because the shared condition asks only whether the person is serving any sentence."""
    answer = context.facts.person.under_sentence
    if answer is Answer.NO:
        return met(msg("You are not on probation or parole now."))
    ended = context.charge.sentence_completed_date
    as_of = context.facts.as_of
    if ended is not None and ended <= as_of:
        return met(
            msg("Your sentence for this conviction ended on {day}; supervision for another case does not stop this.",
                day=ended)
        )  # fmt: skip
    if answer is Answer.YES and ended is not None:
        return later(msg("This is sealed only after your supervision for it ends, on {day}.", day=ended), on=ended)
    if answer is Answer.YES:
        return unknown(
            msg("This is not sealed while you are on probation or parole for this conviction; whether your current "
                "sentence is for this one or another case is not known."),
            context.path(Fact.SENTENCE_COMPLETED_DATE),
        )  # fmt: skip
    return unknown(
        msg("This is not sealed while you are on probation or parole for this conviction. That has not been answered."),
        Fact.UNDER_SENTENCE.value,
    )


def _clean_slate_kind(context: ChargeContext) -> Finding:
    """CPL 160.57(1)(b)(v) keeps out sex offenses, offenses that require registration and class A felonies (other
    than drug felonies). Correction Law 168-a(2) makes many offenses beyond the prostitution ones listed here
    registrable (article 130 and others), so a charge of the 'other' kind whose law is not named stays open; every
    other charge is judged by the named list. Custom because the shared exclusion cannot leave one category open."""
    if context.is_other_of_unnamed_law():
        return unknown(
            msg("Sex offenses, offenses that require sex-offender registration and class A felonies are not sealed "
                "this way; which law the charge was under is not known."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    return met(msg("The charge is of a kind this law can seal, as far as its law is known."))


def _eligible_offense_kind(context: ChargeContext) -> Finding:
    """CPL 160.59(1)(a): an "eligible offense" is any crime other than a sex offense (article 130), an article 263
    offense, a homicide felony (article 125), a violent felony offense (Penal Law 70.02), a class A felony, a
    conspiracy or felony attempt to commit one of those, or a registrable offense. None of the offenses listed here
    except the registrable ones is of those kinds, but a charge of the 'other' kind whose law is not named may be:
    it stays open. Custom because the shared exclusion cannot leave one category open."""
    if context.is_other_of_unnamed_law():
        return unknown(
            msg("Sex offenses, offenses that require registration, violent felonies, homicide felonies and class A "
                "felonies cannot be sealed this way; which law the charge was under is not known."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    return met(msg("The charge is of a kind this law can seal, as far as its law is known."))


clean_slate = Remedy(
    id="ny-clean-slate",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Clean Slate: automatic sealing of older convictions",
    citations=(CPL_160_57,),
    sources=(_law("160.57"),),
    effective=date(2024, 11, 16),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=CPL_160_57),
        offense_not_in_list(REGISTRABLE, cite=CPL_160_57),
        # Custom: an 'other' charge of unnamed law may be a sex offense or another excluded kind; it stays open.
        custom(
            "law of an other charge",
            requirement="A charge of another kind is not a sex offense, an offense that requires registration or a "
            "class A felony.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_clean_slate_kind,
            cite=CPL_160_57,
        ),
        # From the imposition of sentence, or release from incarceration if there was any.
        waiting_period_by_level(CLEAN_SLATE_YEARS, since=(Event.DISPOSITION, Event.RELEASE), cite=CPL_160_57),
        # A later criminal conviction restarts this conviction's own wait (3 or 8 years by its level), which
        # comes to "no criminal conviction in the last 3 (or 8) years"; violations are not crimes.
        no_conviction_within(years=RESTART_WINDOW_YEARS, levels=(Level.FELONY, Level.MISDEMEANOR), cite=CPL_160_57),
        # Custom: the restart runs from the later conviction's own start, its release from incarceration if any;
        # the shared window above counts only from the later conviction's date.
        custom(
            "restart from a later release",
            requirement="If a later crime conviction led to incarceration, this conviction's 3 or 8 years count "
            "again from the release on it.",
            reads=(Fact.DISPOSITION_DATE, Fact.LEVEL, Fact.RELEASE_DATE),
            rule=_restart_from_later_release,
            cite=CPL_160_57,
        ),
        # Custom: supervision "for the conviction eligible for sealing"; the screening asks about any sentence.
        custom(
            "not supervised for this conviction",
            requirement="You are not on probation or parole for this conviction now.",
            reads=(Fact.UNDER_SENTENCE, Fact.SENTENCE_COMPLETED_DATE),
            rule=_not_supervised_for_this_conviction,
            cite=CPL_160_57_B_IV,
        ),
        no_pending_case(cite=CPL_160_57),
    ),
    effect="The conviction is sealed from most background checks without a petition. Police, courts, "
    "prosecutors and some employers (for example in schools and law enforcement) can still see it.",
    limits=(
        "The state has until 16 November 2027 to finish sealing older records, so a record may still show for a while.",
    ),
    next_steps=(
        "Nothing to file. You can ask the Division of Criminal Justice Services for your own record to "
        "check whether it has been sealed.",
        "The state has until 16 November 2027 to seal records that already qualified when the law began, so an "
        "older record may not show as sealed yet.",
    ),
    discretionary=False,
)


def _at_most_two_crimes(context: ChargeContext) -> Finding:
    """CPL 160.59(3)(h): not more than two crimes, not more than one of them a felony. Violations are not
    crimes (Penal Law 10.00(6)), so they do not count; a conviction of unknown level might."""
    record = context.convictions.past
    sure = [p for p in record if p.level in (Level.FELONY, Level.MISDEMEANOR)]
    unsure = [p for p in record if p.level is Level.UNKNOWN]
    felonies = sum(p.level is Level.FELONY for p in sure)
    if len(sure) > 2 or felonies > 1:
        return not_met(msg("This allows at most two crime convictions, at most one of them a felony."))
    if unsure and (len(sure) + len(unsure) > 2 or felonies + len(unsure) > 1):
        return unknown(
            msg("This allows at most two crime convictions, one a felony; the level of some is not known."),
            *(p.path("level") for p in unsure),
        )
    return met(msg("The convictions you listed are within two crimes, one a felony. Violations do not count."))


def _no_later_crime(context: ChargeContext) -> Finding:
    """CPL 160.59(3)(f): a conviction of a crime "after the date of the entry of judgment of the last conviction
    for which sealing is sought" is a bar; a later violation is not a crime and does not bar it. Up to two
    eligible offenses are sealed on one application ((2)(a)), so a later crime that is itself sealable is no bar:
    the two are sought together and the ten years of (5) run from the later one. The two-crime limit is checked
    on its own; a later listed charge of a sealable kind is decided here, and a later conviction the person only
    listed leaves the answer open (whether it is an "eligible offense" under (1)(a) is not asked)."""
    others = [p for p in context.convictions.besides(context.index) if p.level is not Level.VIOLATION]
    own = context.charge.disposition_date
    if others and own is None:
        return unknown(
            msg("A crime conviction after this one rules this out; the date this case ended is not known."),
            context.path(Fact.DISPOSITION_DATE),
        )
    undated = [p.path("date") for p in others if p.day is None]
    if undated:
        return unknown(
            msg("A crime conviction after this one rules this out; the date of another conviction is not known."),
            *undated,
        )
    later_ones = [p for p in others if p.day is not None and own is not None and p.day > own]
    if not later_ones:
        return met(msg("None of the crime convictions you listed came after this one. Violations do not count."))
    charges = context.facts.charges
    starts = []
    for p in later_ones:
        if p.index is None:
            continue
        charge = charges[p.index]
        if charge.category is Category.TRAFFICKING or charge.offense in REGISTRABLE.offense_ids:
            return not_met(msg("You listed a crime conviction after this one that cannot be sealed with it."))
        starts.append(max(d for d in (charge.disposition_date, charge.release_date) if d is not None))
    listed_only = [p for p in later_ones if p.index is None]
    latest = max([p.day for p in listed_only if p.day is not None] + starts)
    ready = add_period(latest, years=10)
    if listed_only:
        return unknown(
            msg(
                "A later crime conviction can be sealed together with this one only if it is itself an offense "
                "this law covers; then both can be sealed from {day}.",
                day=ready,
            ),
            "person.other_convictions",
        )
    if ready > context.facts.as_of:
        return later(msg("The later conviction you listed can be sealed together with this one; the ten years "
                         "after it end on {day}.", day=ready), on=ready)  # fmt: skip
    return met(msg("The later conviction you listed can be sealed together with this one; ten years have passed."))


sealing_by_application = Remedy(
    id="ny-sealing-160-59",
    kind=RemedyKind.SEALING,
    title="Ask a court to seal up to two convictions after ten years",
    citations=(CPL_160_59,),
    sources=(_law("160.59"),),
    effective=date(2017, 10, 7),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CPL_160_59),
        # (1)(a): an "eligible offense" is a crime; a violation is not one (Penal Law 10.00(6)) and is sealed
        # under CPL 160.55 instead.
        level_is(Level.FELONY, Level.MISDEMEANOR, cite=CPL_160_59),
        offense_not_in_list(REGISTRABLE, cite=CORRECTION_168_A),
        # Custom: an 'other' charge of unnamed law may be outside the "eligible offense" definition; it stays open.
        custom(
            "law of an other charge",
            requirement="A charge of another kind is not a sex offense, an offense that requires registration, a "
            "violent felony, a homicide felony or a class A felony.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_eligible_offense_kind,
            cite=CPL_160_59_1_A,
        ),
        # Ten years from the imposition of sentence or the release from incarceration, whichever
        # is later.
        waiting_period(years=10, since=(Event.DISPOSITION, Event.RELEASE), cite=CPL_160_59),
        # Custom (both): the statute counts and bars crimes only; the shared conditions also count violations.
        custom(
            "at most two crimes",
            requirement="You have no more than two crime convictions, at most one of them a felony "
            "(violations do not count).",
            reads=(Fact.DISPOSITION, Fact.LEVEL, Fact.OTHER_CONVICTIONS),
            rule=_at_most_two_crimes,
            cite=CPL_160_59,
        ),
        # (3)(f): a conviction of a crime after the one to be sealed is a bar, as the statute says.
        custom(
            "no later crime",
            requirement="You have no crime conviction (violations do not count) after this one, unless it can be "
            "sealed together with it.",
            reads=(Fact.DISPOSITION_DATE, Fact.OTHER_CONVICTIONS),
            rule=_no_later_crime,
            cite=CPL_160_59,
        ),
        no_pending_case(cite=CPL_160_59),
    ),
    effect="The conviction is sealed from the public and most employers and landlords. Police, "
    "prosecutors, courts and some licensing agencies can still see it.",
    next_steps=(
        "Fill in the court system's sealing application (CPL 160.59) and file it with the court that "
        "sentenced you; send a copy to the district attorney, who has 45 days to object.",
        "Include a sworn statement about why sealing matters to you, such as work or housing.",
        "If the district attorney objects, the judge may hold a hearing and decides.",
    ),
    filing="The court that imposed the sentence (the county or Supreme Court for felonies).",
)

JURISDICTION = Jurisdiction(
    code="NY",
    name="New York",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        sealing_after_favorable_termination,
        sealing_of_violations,
        sealing_of_repealed_loitering,
        clean_slate,
        sealing_by_application,
    ),
    legal_help=(
        # Seen 2026-12-07: urbanjustice.org/node/424 (the project campaigned for the 2010 vacatur law and runs a
        # project filing vacatur motions) and swp.urbanjustice.org (legal services for sex workers and survivors).
        LegalHelp(
            "Sex Workers Project at the Urban Justice Center",
            "https://swp.urbanjustice.org",
            "Legal help for people in the sex trade and trafficking survivors, including vacatur motions",
        ),
        LegalHelp(
            "The Legal Aid Society, Exploitation Intervention Project",
            "https://legalaidnyc.org/programs-projects-units/exploitation-intervention-project",
            "Vacatur motions for trafficking survivors and people charged with sex-work offenses in New York City",
        ),
        LegalHelp(
            "Center for Appellate Litigation",
            "https://www.appellate-litigation.org/human-trafficking/",
            "Vacatur motions for trafficking survivors in New York City",
        ),
        LegalHelp("Legal Action Center", "https://www.lac.org", "Sealing and criminal records"),
    ),
    where_to_file="The criminal court that handled the case (in New York City, the Criminal Court of the "
    "county, or the Supreme Court for felonies).",
    notes=(
        "In 2021 several New York City district attorneys asked courts to dismiss open prostitution and "
        "loitering cases and old warrants.",
    ),
)
