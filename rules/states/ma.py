"""Massachusetts: vacatur for trafficking survivors, sealing of convictions by the Commissioner of
Probation, automatic sealing of acquittals, court sealing of dismissed cases, and expungement of
records of offenses committed before the 21st birthday.

Sources and where they disagree:
- G.L. c. 265, § 59(a) (St. 2018, c. 69; LawServer copy and the 2017 House amendment #16 to H4011)
  reaches "an offense under section 26, subsection (a) of section 53 or subsection (a) of section
  53A of chapter 272 or under section 34 of chapter 94C for simple possession" and any
  "conviction, adjudication of delinquency or continuance without a finding", on "a reasonable
  probability" that the participation resulted from trafficking. The module used to reach only
  prostitution and streetwalking convictions.
- G.L. c. 276, § 100A (instalawyer copy of the current text): 3 years for a misdemeanor, 7 for a
  felony, counted from the court disposition "including any period of incarceration or custody"
  (probation is not custody: mass.gov and the Clean Slate Clearinghouse both count from the
  finding of guilt or release, whichever is later); no finding of guilt "within the commonwealth
  ... 3 years before the request" (7 for a felony), which delays sealing and is not the permanent
  bar the module applied. Its exclusions (firearms under c. 140, §§ 121-131H, and c. 268 and 268A
  except resisting arrest) reach none of the offenses listed here; the limits say so.
  "Disorderly conduct" was listed as § 53(b); that subsection is "disorderly persons and
  disturbers of the peace", a misdemeanor (fine only for a first offense).
- G.L. c. 276, § 100C: not guilty, no bill and no probable cause are sealed by the Commissioner
  (first paragraph); dismissals and nolle prosequi may be sealed by a court (second paragraph).
- G.L. c. 276, §§ 100F-100I (St. 2018, c. 69; § 100I as applicable under St. 2020, c. 253, § 120,
  malegislature.gov): expungement where every offense "occurred before the petitioner's
  twenty-first birthday", 3 years (misdemeanors only) or 7 (any felony) "including any period of
  incarceration, custody or probation", no other court appearances, and not a § 100J offense.
  § 100J itself was not read; the module leaves lewdness and promoting charges open on it. St. 2018,
  c. 69 was approved 13 April 2018; the day its expungement sections took effect was not confirmed,
  so that date is used for the new remedy.
Massachusetts has no general expungement for adult convictions; sealing is the main relief.

Reviewed 2026-12-06 against c. 265, § 59 (LawServer; H4011 amendment #16), c. 276, § 100A
(instalawyer), § 100I (malegislature.gov), § 100G (FindLaw), mass.gov's sealing page and the
2026-11 audit: vacatur now reaches § 26, all of § 53(a), § 53A(a), c. 94C § 34 possession and
continuances without a finding; the sealing wait counts from disposition or release from custody,
and the no-finding-of-guilt window delays instead of barring; the under-21 expungement is added.
The § 100A(3)-(4) window, a custom rule, now uses the shared conviction-free window by level (3 or 7
years). It was wrong for a record of unknown level: it assumed a felony's 7 years and could give a date
too late; it now asks the level when the two lengths give different answers.

Cross-checked 2026-12-07 with 11 new worked examples built from the words quoted in rules/evidence/ma.yaml (G.L. c.
265 § 59, c. 276 §§ 100A, 100C, 100K): two cases were wrong (paying for sex is not reached by the vacatur; the §
100A wait runs from release from custody) and were corrected; no rule changed. The §§ 100C and 100J texts were not
found; their notes say so.

Third pass 2026-12-07: 10 new worked examples from the words of c. 265, § 59(a) and c. 276, §§ 100A and 100I (the
malegislature.gov § 100I and the instalawyer § 100A copies) all agreed with the rules. One gap against the text: §
100A(5) lets the Commissioner seal only if the record has no conviction of an offense the section excludes (firearms
under c. 140, §§ 121-131H; c. 268 and 268A except resisting arrest); the screener does not ask about such convictions,
so a limit now says that one of them stops sealing of the others. Whether "common night walkers" and "common street
walkers" are still in c. 272, § 53(a) (a repeal was asked about) could not be confirmed: the current text of § 53 was
not found (only 1967-1969 opinions quoting older versions), so the offenses and the vacatur's reach are unchanged.

Reviewed 2026-12-07 (statute audit): read c. 276, § 100I again (malegislature.gov, text applicable under St. 2020, c.
253, § 120), § 100O, In re Expungement, 489 Mass. 67 (2022) on § 100K, Commonwealth v. Moran, 80 Mass. App. Ct. 8
(2011) and Commonwealth v. Quinn, 439 Mass. 492 (2003) on what c. 272, § 53 holds, and the openings of the pending H.
1683 (2025) and of the archaic-laws bills (2023-2025). What changed: (1) § 59(a) names "subsection (a) of section 53" as a
whole, so the vacatur now also reaches its other offenses, accosting or annoying another person and indecent exposure,
and a quality-of-life charge of unnamed law is asked about rather than left out; § 53(b) disorderly persons stays out.
(2) § 100I(a)(4) counts every other "criminal court appearance ... or disposition", not only convictions, and treats
"multiple offenses arising out of the same incident" as one: another charge screened from the same day is the same
incident, one from after the 21st birthday or still open rules the under-21 expungement out, one from before it is left
open (it may join the petition). The earlier open point on § 53(a): H. 1683 (2025) cites "common night walking or
common streetwalking under section 53 of chapter 272 as appearing in the 2022 Official Edition", so those offenses were
still in the 2022 edition; no enacted repeal since was found. Still open:
the current words of § 53 and § 100C and the list in § 100J; § 100K (expungement for false identity, errors, fraud or
an offense no longer a crime) is not encoded, since the screener asks none of those facts and none of the sex-trade
offenses listed has been decriminalized; the day the 2018 expungement sections took effect.
"""

from datetime import date

from rules.calendar import years_between
from rules.condition import ChargeContext
from rules.conditions import (
    age_at_offense_under,
    convicted,
    custom,
    disposition_is,
    no_conviction_within,
    offense_in,
    trafficking_nexus,
    wait_by_outcome,
    waiting_period_by_level,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Event, Grade, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

GL_265_59 = "Mass. Gen. Laws ch. 265, § 59(a)"
GL_265_59_1 = "Mass. Gen. Laws ch. 265, § 59(a)(1)"
GL_276_100A = "Mass. Gen. Laws ch. 276, § 100A"
GL_276_100A_12 = "Mass. Gen. Laws ch. 276, § 100A(1)-(2)"
GL_276_100A_34 = "Mass. Gen. Laws ch. 276, § 100A(3)-(4)"
GL_276_100C_1 = "Mass. Gen. Laws ch. 276, § 100C, first paragraph"
GL_276_100C_2 = "Mass. Gen. Laws ch. 276, § 100C, second paragraph"
GL_276_100F = "Mass. Gen. Laws ch. 276, §§ 100F-100H"
GL_276_100I_1 = "Mass. Gen. Laws ch. 276, § 100I(a)(1); § 100J"
GL_276_100I_2 = "Mass. Gen. Laws ch. 276, § 100I(a)(2)"
GL_276_100I_3 = "Mass. Gen. Laws ch. 276, § 100I(a)(3)"
GL_276_100I_4 = "Mass. Gen. Laws ch. 276, § 100I(a)(4)-(5)"

CCRC = Source(
    "Massachusetts record relief (Collateral Consequences Resource Center)",
    "https://ccresourcecenter.org/text-blocks/massachusetts-record-relief",
)
MASS_GOV = Source(
    "Find out if you can seal your criminal record (mass.gov)",
    "https://www.mass.gov/service-details/find-out-if-you-can-seal-your-criminal-record",
)
GL_100I_SOURCE = Source(
    "G.L. c. 276, § 100I (malegislature.gov)",
    "https://malegislature.gov/Laws/GeneralLaws/PartIV/TitleII/Chapter276/Section100I",
)

OFFENSES = (
    Offense("ma-gl-272-53a-a", "Engaging in sexual conduct for a fee", "Mass. Gen. Laws ch. 272, § 53A(a)",
            Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense("ma-gl-272-53a-b", "Paying for sexual conduct", "Mass. Gen. Laws ch. 272, § 53A(b)",
            Category.SOLICITATION, Level.MISDEMEANOR),
    Offense("ma-gl-272-26", "Resorting to restaurants or taverns for immoral purposes",
            "Mass. Gen. Laws ch. 272, § 26", Category.PROSTITUTION, Level.MISDEMEANOR),
    Offense("ma-gl-272-53-a", "Common nightwalking or streetwalking", "Mass. Gen. Laws ch. 272, § 53(a)",
            Category.LOITERING_FOR_PROSTITUTION, Level.MISDEMEANOR),
    Offense("ma-gl-272-53-a-lewd", "Lewd, wanton and lascivious person in speech or behavior",
            "Mass. Gen. Laws ch. 272, § 53(a)", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense("ma-gl-272-53-a-exposure", "Indecent exposure", "Mass. Gen. Laws ch. 272, § 53(a)", Category.LEWDNESS,
            Level.MISDEMEANOR),
    Offense("ma-gl-272-53-a-accost", "Accosting or annoying another person with offensive and disorderly acts or "
            "language", "Mass. Gen. Laws ch. 272, § 53(a)", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("ma-gl-272-53-b", "Disorderly person or disturber of the peace", "Mass. Gen. Laws ch. 272, § 53(b)",
            Category.QUALITY_OF_LIFE, Level.MISDEMEANOR, note="A fine only for a first offense."),
    Offense("ma-gl-94c-34", "Possession of a controlled substance", "Mass. Gen. Laws ch. 94C, § 34",
            Category.OTHER, Level.MISDEMEANOR),
    Offense("ma-gl-272-7", "Living off or sharing the earnings of a prostitute", "Mass. Gen. Laws ch. 272, § 7",
            Category.PROMOTING, Level.FELONY),
    Offense("ma-gl-272-16", "Open and gross lewdness", "Mass. Gen. Laws ch. 272, § 16", Category.LEWDNESS,
            Level.FELONY),
    Offense("ma-gl-265-50", "Trafficking of persons for sexual servitude", "Mass. Gen. Laws ch. 265, § 50",
            Category.TRAFFICKING, Level.FELONY),
)  # fmt: skip

# § 59(a): the offenses the vacatur names. "Subsection (a) of section 53" is every offense in § 53(a), not only
# nightwalking: accosting or annoying, lewd behavior and indecent exposure too (§ 53(b), disorderly persons, is not).
VACATUR_OFFENSES = (
    "ma-gl-272-26",
    "ma-gl-272-53-a",
    "ma-gl-272-53-a-accost",
    "ma-gl-272-53-a-exposure",
    "ma-gl-272-53-a-lewd",
    "ma-gl-272-53a-a",
    "ma-gl-94c-34",
)

# § 100A(1)-(3) and § 100I(a)(3): 3 years for a misdemeanor record, 7 for a felony record.
YEARS_BY_LEVEL = {Level.MISDEMEANOR: 3, Level.FELONY: 7}
# § 100A(3)-(4): the same lengths as the window with no finding of guilt before the request.
WINDOW_YEARS: dict[Grade | Level, int] = {Level.MISDEMEANOR: 3, Level.FELONY: 7}


# § 100J lists the offenses that can never be expunged (violence, weapons, sex offenses, OUI and
# others). It was not read this session: the sex-trade, loitering and drug-possession charges this
# screener asks about are not of those kinds, but lewdness and promoting could be (sex offenses
# under c. 6, § 178C), so those are left open.
OPEN_UNDER_100J = frozenset({Category.LEWDNESS, Category.PROMOTING, Category.OTHER, Category.TRAFFICKING})


def _not_a_100j_offense(context: ChargeContext) -> Finding:
    if context.charge.category in OPEN_UNDER_100J and context.charge.offense != "ma-gl-94c-34":
        return unknown(
            msg("Some offenses, including sex offenses, can never be expunged; whether this one is among them is not "
                "settled here."),
            context.path(Fact.OFFENSE),
        )  # fmt: skip
    return met(msg("This kind of offense is not among those that can never be expunged."))


# Outcomes that leave a court appearance or disposition on file (§ 100I(a)(4)); an arrest with no complaint does not.
COURT_OUTCOMES = frozenset(
    {
        Disposition.CONVICTION,
        Disposition.DISMISSAL,
        Disposition.ACQUITTAL,
        Disposition.DIVERSION_COMPLETED,
        Disposition.PENDING,
    }
)


def _no_other_court_record(context: ChargeContext) -> Finding:
    """§ 100I(a)(4)-(5): no court appearance or disposition besides those in the petition, which must all be from
    before the 21st birthday; "multiple offenses arising out of the same incident shall be considered a single
    offense". Another charge screened from the same day is taken as the same incident; one from after the 21st
    birthday, or still open, rules this out; one from before may join the petition, which is left open, as is a listed
    conviction, whose offense date is not asked."""
    facts = context.facts
    own_day = context.charge.offense_date
    born = facts.person.birth_date
    missing: list[str] = []
    joinable = False
    for index, other in enumerate(facts.charges):
        if index == context.index or other.disposition not in COURT_OUTCOMES:
            continue
        if own_day is not None and other.offense_date == own_day:
            continue
        if other.disposition is Disposition.PENDING:
            return not_met(msg("Another of your cases is still open; no other court case may be on your record."))
        if born is None or other.offense_date is None:
            missing += [Fact.BIRTH_DATE.value] if born is None else []
            missing += [Fact.OFFENSE_DATE.path(index)] if other.offense_date is None else []
            continue
        if years_between(born, other.offense_date) >= 21:
            return not_met(
                msg(
                    "Another of your court cases is from after you turned 21; with it on your record this is not "
                    "available."
                )
            )
        joinable = True
    listed = any(p.index is None for p in context.convictions.past)
    if missing:
        return unknown(
            msg(
                "No other court case may be on your record unless it is also from before you turned 21 (or from the "
                "same incident); the date of another of your charges or your birth date is not known."
            ),
            *dict.fromkeys(missing),
        )
    if listed:
        return unknown(
            msg("Every other court case must also be from before you turned 21 and be expunged with this one; you "
                "listed another conviction."),
            Fact.OTHER_CONVICTIONS.value,
        )  # fmt: skip
    if joinable:
        return unknown(
            msg(
                "Another of your court cases is also from before you turned 21. Both can be expunged only together, "
                "in one petition, if that one qualifies too."
            )
        )
    return met(msg("You listed no other court case. Other court cases you did not list would count too."))


vacatur_for_trafficking_survivors = Remedy(
    id="ma-vacatur-265-59",
    kind=RemedyKind.VACATUR,
    title="Vacate a sex-trade, streetwalking or drug possession case that resulted from trafficking",
    citations=(GL_265_59,),
    sources=(
        Source(
            "Mass. Gen. Laws ch. 265, § 59 (LawServer)",
            "http://www.lawserver.com/law/state/massachusetts/ma-laws/massachusetts_general_laws_265_59",
        ),
        Source(
            "House amendment #16 to H4011 (2017), text of § 59",
            "https://malegislature.gov/Bills/GetAmendmentContent/190/H4011/16/House/Content?version=Latest",
        ),
        Source(
            "Massachusetts (Freedom Network USA, Survivor Reentry Project)",
            "https://freedomnetworkusa.org/srp_states/ma/",
        ),
    ),
    # Added by the 2018 criminal justice reform act, signed 13 April 2018.
    effective=date(2018, 4, 13),
    reviewed=REVIEWED,
    reaches=charges_about(
        Category.PROSTITUTION,
        Category.LOITERING_FOR_PROSTITUTION,
        Category.LEWDNESS,
        Category.QUALITY_OF_LIFE,
        Category.OTHER,
    ),
    conditions=(
        # A continuance without a finding (an admission to sufficient facts, later dismissed) is a
        # completed diversion of the deferred-adjudication kind.
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.DEFERRED_ADJUDICATION,),
            cite=GL_265_59,
        ),
        offense_in(*VACATUR_OFFENSES, cite=GL_265_59),
        trafficking_nexus(cite=GL_265_59_1),
    ),
    effect="The court must vacate the conviction or continuance without a finding, and you may take back your "
    "plea, if there is a reasonable probability that you took part because you were trafficked. The case is "
    "then sealed.",
    limits=(
        "It covers sex for a fee, the offenses of c. 272, § 53(a) (streetwalking, lewd behavior, indecent exposure, "
        "accosting or annoying someone), c. 272, § 26, and simple drug possession; it does not cover paying for sex "
        "or disorderly conduct under § 53(b).",
    ),
    next_steps=(
        "File a motion to vacate in the court where the case was decided. You can file at any time.",
        "Official papers showing you were trafficked help but are not required.",
    ),
    legal_defect=True,
    discretionary=False,
    filing="The District Court, Boston Municipal Court or Superior Court that entered the judgment.",
)

sealing_by_the_commissioner = Remedy(
    id="ma-sealing-100a",
    kind=RemedyKind.SEALING,
    title="Ask the Commissioner of Probation to seal a conviction",
    citations=(GL_276_100A,),
    sources=(
        Source(
            "Mass. Gen. Laws ch. 276, § 100A",
            "https://instalawyer.io/laws/massachusetts-general-laws/section-100a-requests-to",
        ),
        MASS_GOV,
        Source(
            "Massachusetts felony sealing (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/ma-c-2/",
        ),
        CCRC,
    ),
    # Waiting periods of 3 and 7 years since St. 2018, c. 69 (signed 13 April 2018).
    effective=date(2018, 4, 13),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=GL_276_100A),
        # Counted from the disposition or the end of any jail or prison time, whichever is later;
        # probation is not custody under § 100A.
        waiting_period_by_level(YEARS_BY_LEVEL, since=(Event.DISPOSITION, Event.RELEASE), cite=GL_276_100A_12),
        # No finding of guilt in the 3 years before the request (7 for a felony record), and no
        # conviction or imprisonment elsewhere in that time: a window by the record's level.
        no_conviction_within(years=WINDOW_YEARS, levels=(Level.FELONY, Level.MISDEMEANOR), cite=GL_276_100A_34),
    ),
    effect="The Probation Service seals the record. Most employers, landlords and the public cannot see "
    "it, and you may answer that you have no record.",
    limits=(
        "Police, courts and some employers who work with children, the elderly or people with "
        "disabilities can still see sealed records.",
        "Sex offenses that require registration have a 15-year wait and other rules.",
        "Firearms offenses and most offenses against public justice (c. 268 and 268A, except resisting arrest) "
        "cannot be sealed this way.",
        # § 100A(5): the record may not include convictions of offenses the section does not apply to.
        "If your record has a conviction of one of those kinds, the Commissioner cannot seal your other convictions "
        "this way either.",
    ),
    next_steps=(
        "Fill in the Petition to Seal from the Office of the Commissioner of Probation and mail it or "
        "bring it in. There is no fee.",
    ),
    discretionary=False,
    filing="The Office of the Commissioner of Probation, Boston.",
)

sealing_of_acquittals = Remedy(
    id="ma-sealing-100c-acquittal",
    kind=RemedyKind.AUTOMATIC_SEALING,
    title="Automatic sealing after a not-guilty finding",
    citations=(GL_276_100C_1,),
    sources=(
        CCRC,
        MASS_GOV,
        Source("How to seal a criminal record in Massachusetts", "https://www.sealmyrecordma.com/guide"),
    ),
    # Long-standing; we use the effective date of the 2010 CORI reform (St. 2010, c. 256), the
    # earliest date we could tie to the current text.
    effective=date(2012, 5, 4),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.ACQUITTAL, cite=GL_276_100C_1),),
    effect="When you are found not guilty, or a grand jury or judge finds no case to answer, the "
    "Commissioner of Probation seals the record without a request.",
    next_steps=("Nothing to file. If the case still shows on your record, ask the Probation Service to seal it.",),
    discretionary=False,
)

sealing_of_dismissed_cases = Remedy(
    id="ma-sealing-100c-dismissal",
    kind=RemedyKind.SEALING,
    title="Ask a judge to seal a dismissed or dropped case",
    citations=(GL_276_100C_2,),
    sources=(
        CCRC,
        MASS_GOV,
        Source("How to seal a criminal record in Massachusetts", "https://www.sealmyrecordma.com/guide"),
    ),
    effective=date(2012, 5, 4),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(
            Disposition.DISMISSAL, Disposition.NO_CHARGES, Disposition.DIVERSION_COMPLETED, cite=GL_276_100C_2
        ),
    ),
    effect="If the judge finds that sealing serves substantial justice, the record of the dismissed or "
    "dropped case is sealed.",
    limits=("The judge decides; you need to show how the record harms you, for example with work or housing.",),
    next_steps=(
        "File a Petition to Seal (non-conviction) in the court where the case was heard. There is no fee.",
        "The judge may hold a short hearing.",
    ),
    filing="The District Court, Boston Municipal Court or Superior Court where the case was heard.",
)

expungement_under_21 = Remedy(
    id="ma-expungement-under-21",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a record of an offense from before you turned 21",
    citations=(GL_276_100F, GL_276_100I_3),
    sources=(
        GL_100I_SOURCE,
        Source(
            "G.L. c. 276, § 100G (FindLaw)",
            "https://codes.findlaw.com/ma/part-iv-crimes-punishments-and-proceedings-in-criminal-cases-ch-263-280/"
            "ma-gen-laws-ch-276-sect-100g/",
        ),
        Source(
            "Massachusetts expungement of a first felony before age 21 (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/ma-c-9/",
        ),
    ),
    # Enacted by St. 2018, c. 69, § 195 (approved 13 April 2018); the day the expungement
    # sections took effect was not confirmed.
    effective=date(2018, 4, 13),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.DIVERSION_COMPLETED,
            cite=GL_276_100F,
        ),
        age_at_offense_under(21, cite=GL_276_100I_2),
        # "including any period of incarceration, custody or probation": a conviction counts from
        # the end of the whole sentence; a case that ended without one, from its end.
        wait_by_outcome(
            {
                Disposition.CONVICTION: waiting_period_by_level(
                    YEARS_BY_LEVEL, since=(Event.DISPOSITION, Event.SENTENCE_COMPLETED), cite=GL_276_100I_3
                ),
                Disposition.DISMISSAL: waiting_period_by_level(
                    YEARS_BY_LEVEL, since=Event.DISPOSITION, cite=GL_276_100I_3
                ),
                Disposition.ACQUITTAL: waiting_period_by_level(
                    YEARS_BY_LEVEL, since=Event.DISPOSITION, cite=GL_276_100I_3
                ),
                Disposition.DIVERSION_COMPLETED: waiting_period_by_level(
                    YEARS_BY_LEVEL, since=Event.DISPOSITION, cite=GL_276_100I_3
                ),
            },
            cite=GL_276_100I_3,
        ),
        # Custom: § 100J was not read in full; named offenses that could be on it stay open, not barred.
        custom(
            "not an offense that can never be expunged",
            requirement="The offense is not one the law says can never be expunged (for example a sex offense, an "
            "offense with a weapon, or one that caused serious injury).",
            reads=(Fact.OFFENSE,),
            rule=_not_a_100j_offense,
            cite=GL_276_100I_1,
        ),
        # Other court records bar it unless they join the petition; the shared conviction limit
        # cannot tell which could, so a thin custom leaves that open (see the function).
        custom(
            "no other court record",
            requirement="No other court case on your record, here or in another state, except ones from before you "
            "turned 21 that are expunged together with this one.",
            reads=(Fact.DISPOSITION, Fact.OFFENSE_DATE, Fact.BIRTH_DATE, Fact.OTHER_CONVICTIONS),
            rule=_no_other_court_record,
            cite=GL_276_100I_4,
        ),
    ),
    effect="The record is destroyed, not just sealed. You may answer that you have no record of it.",
    limits=(
        "All of your court cases must be from before you turned 21, and you can have no other court cases.",
        "The district attorney can object, and a judge then decides if expunging it is in the best interests of "
        "justice.",
    ),
    next_steps=(
        "Fill in the Petition to Expunge from the Office of the Commissioner of Probation. The Commissioner checks "
        "that you qualify and tells the district attorney.",
        "If the district attorney objects, the court holds a hearing.",
    ),
    filing="The Office of the Commissioner of Probation, Boston.",
)

JURISDICTION = Jurisdiction(
    code="MA",
    name="Massachusetts",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        vacatur_for_trafficking_survivors,
        sealing_by_the_commissioner,
        sealing_of_acquittals,
        sealing_of_dismissed_cases,
        expungement_under_21,
    ),
    legal_help=(
        LegalHelp(
            "Greater Boston Legal Services (CORI and Re-entry Project)",
            "https://www.gbls.org",
            "Free help sealing criminal records (CORI) in the Boston area",
        ),
        LegalHelp(
            "Community Legal Aid",
            "https://communitylegal.org",
            "Free civil legal help in central and western Massachusetts",
        ),
    ),
    where_to_file="Convictions and expungement: the Office of the Commissioner of Probation. Dismissed cases and "
    "trafficking motions: the court where the case was heard.",
)
