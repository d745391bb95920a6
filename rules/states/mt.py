"""Montana: vacatur for trafficking survivors and a one-time expungement of misdemeanors.

Reviewed 2026-11-25 against MCA § 46-18-608 (motion to vacate, as widened to promoting
prostitution and other nonviolent offenses) and MCA §§ 46-18-1101 to 46-18-1111 (misdemeanor
expungement, in force 1 October 2017), using the Legislature's archive, the Clean Slate
Clearinghouse and the Collateral Consequences Resource Center. Montana has no automatic
record relief that reaches these charges, and its expungement law does not reach felonies.

Reviewed 2026-12-06 against MCA § 46-18-608 (current wording, getpocketlaw copy; 2013 text in the
Legislature's archive) and MCA § 46-18-1101 (2017 MCA, the Legislature's archive): a misdemeanor
expungement petition may now be filed once the sentence is completed (§ 46-18-1101(1)(a)); five
conviction-free years and no pending charge only make expungement presumed (subsection (2)), so they no
longer act as a waiting period or a lifetime bar. Still open: the once-in-a-lifetime limit is stated as a
limit only (the screener's prior-relief question does not say what relief was granted); the vacatur's start
date (1 January 2015 is a placeholder; Montana acts default to 1 October); the current numbering after
HB 543 (2019). Added: dismissal and confidential records after a deferred imposition of sentence
(§ 46-18-204, read in the getpocketlaw copy).

Second review 2026-12-06: 2019 HB 543 (the "Misdemeanor Expungement Clarification Act", official bill text)
repealed § 46-18-1101 and re-enacted misdemeanor expungement as Title 46, ch. 18, part 11 (the Montana
Supreme Court applies it as such in In re Dickey, 2021 MT 3; definitions are now § 46-18-1103 and
eligibility § 46-18-1104). It still reaches misdemeanors only ("A person
convicted of one or more misdemeanor offenses ... who has not had the person's records expunged under
[sections 1 through 10] previously, may petition"); it does not reach felonies. The module's conditions
(misdemeanor conviction, completed sentence, once under this law) follow the 2017 wording, which the 2019
act kept in substance as far as its section 3(1) was read; the re-numbered presumption criteria were not
read. The remedy id keeps the old section number.

Reviewed 2026-12-07 for the one condition below statute text, the legal-help list and this note. The
once-only limit now rests on the official text of 2019 HB 543, section 3(1) (leg.mt.gov/bills/2019/BillHtml/
HB0543.htm): a person "who has not had the person's records expunged under [sections 1 through 10] previously,
may petition"; the module already asks it as "granted once under this law". No rule changed. Legal help: MLSA's
Clean Slate expungement clinics are described in the Montana Lawyer (April/May 2025); MontanaLawHelp.org was
removed because no link to it was seen in a source.

Cross-check 2026-12-07: nine new worked examples built from the words of §§ 46-18-608, 46-18-1101 (2019 HB 543)
and 46-18-204 quoted in the evidence file; the module agreed with every one. No rule changed.

Reviewed 2026-12-07 (statute audit): re-read § 46-18-608 (getpocketlaw copy of the current wording; 2013 text in the
Legislature's archive), § 46-18-1101 (2017 MCA, archive) and 2019 HB 543 as far as its section 3(1) shows in the
stored copy of the official bill text; searched for later amendments to § 46-18-608 and for a Montana clean-slate or
automatic relief law (none found). No rule changed: the vacatur reaches any conviction of prostitution, promoting or
another nonviolent offense, felonies included, with no wait and no record bar; misdemeanor expungement may be
petitioned once the sentence is completed, once under the law; a deferred imposition of sentence (not a pretrial
diversion) leads to dismissal under § 46-18-204. Still open: the rest of HB 543's section 3 and its presumption
section (§ 46-18-1105 as codified) were not read, so whether HB 543 kept "completed the terms of the sentence" as a
condition of the petition rests on the 2017 text and the Clean Slate Clearinghouse summary; the vacatur's start date
is a placeholder; Montana's "nonviolent offense" is not defined in § 46-18-608, so an unnamed offense stays open.
"""

from datetime import date

from rules.conditions import (
    ChargeContext,
    convicted,
    custom,
    disposition_is,
    granted_once_under_this_law,
    level_is,
    sentence_completed,
    trafficking_nexus,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source
from rules.logic import Finding, met, unknown
from rules.message import msg
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, DiversionKind, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

MCA_46_18_608 = "Mont. Code Ann. § 46-18-608(1)"
MCA_46_18_608_2 = "Mont. Code Ann. § 46-18-608(2)"
MCA_46_18_1101_1 = "Mont. Code Ann. § 46-18-1101(1)"
MCA_46_18_1101_2 = "Mont. Code Ann. § 46-18-1101(2)"
MCA_46_18_204 = "Mont. Code Ann. § 46-18-204"

OFFENSES = (
    Offense(
        "mt-mca-45-5-601",
        "Prostitution",
        "Mont. Code Ann. § 45-5-601",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A misdemeanor for a first offense; repeat offenses carry more jail time.",
    ),
    Offense(
        "mt-mca-45-5-601-3",
        "Patronizing a prostitute",
        "Mont. Code Ann. § 45-5-601(3)",
        Category.SOLICITATION,
        Level.UNKNOWN,
    ),
    Offense(
        "mt-mca-45-5-602",
        "Promotion of prostitution",
        "Mont. Code Ann. § 45-5-602",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "mt-mca-45-5-603",
        "Aggravated promotion of prostitution",
        "Mont. Code Ann. § 45-5-603",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense(
        "mt-mca-45-5-504",
        "Indecent exposure",
        "Mont. Code Ann. § 45-5-504",
        Category.LEWDNESS,
        Level.UNKNOWN,
        note="A misdemeanor the first time; a felony for a third offense or where a child was present.",
    ),
    Offense(
        "mt-mca-45-8-101",
        "Disorderly conduct",
        "Mont. Code Ann. § 45-8-101",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "mt-mca-45-6-203",
        "Criminal trespass to property",
        "Mont. Code Ann. § 45-6-203",
        Category.QUALITY_OF_LIFE,
        Level.MISDEMEANOR,
    ),
    Offense(
        "mt-mca-45-5-702",
        "Trafficking of persons",
        "Mont. Code Ann. § 45-5-702",
        Category.TRAFFICKING,
        Level.FELONY,
    ),
)


def _nonviolent(context: ChargeContext) -> Finding:
    """§ 46-18-608(1) reaches prostitution, promoting prostitution or another nonviolent
    offense. Every category we screen is nonviolent except "other", which may not be."""
    if context.charge.category is Category.OTHER:
        return unknown(
            msg("This covers only offenses that were not violent; which offense this was is not known."),
            context.path(Fact.OFFENSE),
        )
    return met(msg("The offense was not a violent offense."))


vacatur_for_trafficking_survivors = Remedy(
    id="mt-vacatur-trafficking",
    kind=RemedyKind.VACATUR,
    title="Vacate a conviction that resulted from trafficking",
    citations=(MCA_46_18_608,),
    sources=(
        Source(
            "Mont. Code Ann. § 46-18-608, motion to vacate conviction (human trafficking victims)",
            "https://getpocketlaw.com/law/state_montana/section-46-18-608-motion-to-vacate-conviction-human-trafficking-victims_b88fa1b8ff44",
        ),
        Source(
            "Mont. Code Ann. § 46-18-608 as first enacted (Montana Legislature archive)",
            "https://archive.legmt.gov/bills/2013/mca/46/18/46-18-608.htm",
        ),
    ),
    # The section dates from 2013 (prostitution only); it was widened to promoting and other
    # nonviolent offenses by the 2015 trafficking law. Only the year is known: 1 January 2015.
    effective=date(2015, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=MCA_46_18_608),
        trafficking_nexus(cite=MCA_46_18_608),
        # Custom: no list of violent offenses here; only an unnamed 'other' charge may be one, so it stays open.
        custom(
            "nonviolent offense",
            requirement="The offense was prostitution, promoting prostitution or another nonviolent offense.",
            reads=(Fact.CATEGORY, Fact.OFFENSE),
            rule=_nonviolent,
            cite=MCA_46_18_608,
        ),
    ),
    effect="The court vacates the conviction. All records of it become confidential criminal justice information.",
    limits=(
        "File within a reasonable time after you got out of trafficking or asked for help, with allowance "
        "for your safety and your family's.",
        "The motion must say why these facts were not raised when you were prosecuted.",
    ),
    next_steps=(
        "File a motion to vacate under MCA 46-18-608 in the court that convicted you.",
        "You do not need official papers, but a letter or record from a government agency showing you "
        "were trafficked makes the court presume the link.",
        "Free lawyers who can help are listed below.",
    ),
    legal_defect=True,
    filing="The court where you were convicted.",
)

misdemeanor_expungement = Remedy(
    id="mt-expungement-46-18-1101",
    kind=RemedyKind.EXPUNGEMENT,
    title="One-time expungement of misdemeanor convictions",
    citations=(MCA_46_18_1101_1, MCA_46_18_1101_2),
    sources=(
        Source(
            "Mont. Code Ann. § 46-18-1101 (Montana Legislature archive)",
            "https://archive.legmt.gov/bills/2017/mca-update-112018/title_0460/chapter_0180/part_0110/"
            "section_0010/0460-0180-0110-0010.html",
        ),
        Source(
            "2019 Montana HB 543, Misdemeanor Expungement Clarification Act (official bill text)",
            "https://leg.mt.gov/bills/2019/BillHtml/HB0543.htm",
        ),
        Source(
            "Montana: misdemeanor expungement (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/mt-c-2/",
        ),
        Source(
            "Montana just authorized expungement of adult convictions (Collateral Consequences Resource Center)",
            "http://ccresourcecenter.org/2017/05/01/montana-latest-to-authorize-expungement-of-adult-convictions/",
        ),
    ),
    effective=date(2017, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=MCA_46_18_1101_1),
        level_is(Level.MISDEMEANOR, cite=MCA_46_18_1101_1),
        # The petition may be filed once the sentence is completed (subsection (1)(a)). Five years with no
        # other conviction, and no pending charge, only make expungement presumed (subsection (2)); they are
        # not conditions of the petition, so they are stated in the effect and limits instead.
        sentence_completed(cite=MCA_46_18_1101_1),
        # One expungement order in a lifetime under this law; earlier relief of another kind does not count.
        granted_once_under_this_law(cite=MCA_46_18_1101_1),
    ),
    effect="The records of the arrest, the case and the conviction are destroyed or erased from the "
    "state's criminal history system. Only fingerprints are kept. If five years have passed since you "
    "finished the sentence with no other conviction, and no charge is pending, the court must grant it unless "
    "public safety demands otherwise.",
    limits=(
        "You can get this only once in your life, so list every misdemeanor you want cleared in one petition.",
        "It does not reach felonies.",
        "Before five conviction-free years have passed, or while a charge is pending, the judge decides "
        "whether to grant it.",
    ),
    next_steps=(
        "File a petition for expungement in the district court, listing all your misdemeanor convictions.",
        "The county attorney is told and can object; if a victim is identified, they may respond.",
        "You can file as soon as you have finished your sentence, including fines and treatment.",
    ),
    filing="The district court.",
)

dismissal_after_deferred_sentence = Remedy(
    id="mt-dismissal-46-18-204",
    kind=RemedyKind.SEALING,
    title="Dismissal and confidential records after a deferred sentence",
    citations=(MCA_46_18_204,),
    sources=(
        Source(
            "Mont. Code Ann. § 46-18-204, dismissal after deferred imposition",
            "https://getpocketlaw.com/law/state_montana/section-46-18-204-dismissal-after-deferred-imposition_67341340bd26",
        ),
        Source(
            "Montana: records of a case dismissed after a deferred sentence (Clean Slate Clearinghouse)",
            "https://cleanslateclearinghouse.org/policies/mt-d-1/",
        ),
    ),
    # In its current form (felonies dismissed as of right) since Laws 2017, ch. 321; Montana acts take
    # effect on 1 October unless they say otherwise (MCA 1-2-201). The day was not checked.
    effective=date(2017, 10, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A deferred imposition of sentence is a deferred adjudication in the screener's words.
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=MCA_46_18_204
        ),
    ),
    effect="The court strikes the guilty plea or verdict and dismisses the charge. All records of the charge "
    "then become confidential criminal justice information, open to the public only by court order.",
    limits=(
        "For a felony the court must dismiss once the deferral ends, unless a petition to revoke it was filed; "
        "for a misdemeanor the court may dismiss when asked.",
    ),
    next_steps=(
        "If the charge was not dismissed when the deferral ended, file a motion in the court that sentenced you "
        "asking it to strike the plea and dismiss the charge under MCA 46-18-204.",
    ),
    filing="The court that deferred the sentence.",
)

JURISDICTION = Jurisdiction(
    code="MT",
    name="Montana",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(vacatur_for_trafficking_survivors, misdemeanor_expungement, dismissal_after_deferred_sentence),
    legal_help=(
        LegalHelp(
            "Montana Legal Services Association",
            "https://www.mtlsa.org/",
            "Free civil legal aid statewide, including misdemeanor expungement clinics",
        ),
    ),
    where_to_file="The district court (for expungement) or the court that convicted you (for vacatur).",
)
