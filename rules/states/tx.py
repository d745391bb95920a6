"""Texas: nondisclosure for trafficking survivors, expunction of arrests, nondisclosure of
deferred adjudication and of misdemeanor convictions.

Texas has no vacatur for trafficking survivors; it offers an order of nondisclosure (sealing)
for prostitution records of trafficking victims. Arrests that never led to charges, and
acquittals, can be expunged. Completed deferred adjudication and first misdemeanor convictions
can be sealed by a nondisclosure order after a wait. There is no automatic sealing for
prostitution-related records.

Reviewed 2026-11-25 against Tex. Gov't Code §§ 411.0725, 411.073, 411.0728 (as amended by
S.B. 20, 2019), 411.0735 and 411.074, and Tex. Code Crim. Proc. ch. 55A (expunction, which
replaced ch. 55 on 1 January 2025; arts. 55A.051-55A.053). H.B. 4515 (2025), which would change
the deferred-adjudication waits, was seen only as introduced and is not encoded. Dismissals are
expungeable only for reasons the screening does not ask about, so they are not encoded here.
"""

from datetime import date

from rules.conditions import (
    convicted,
    convictions_at_most,
    disposition_is,
    level_is,
    no_later_conviction,
    no_pending_case,
    offense_in,
    offense_not_in,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
)
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, Event, Level, RemedyKind

REVIEWED = date(2026, 11, 25)

GC_411_0728 = "Tex. Gov't Code § 411.0728"
GC_411_0725 = "Tex. Gov't Code § 411.0725(e)"
GC_411_073 = "Tex. Gov't Code § 411.073"
GC_411_0735 = "Tex. Gov't Code § 411.0735"
GC_411_074_A = "Tex. Gov't Code § 411.074(a)"
GC_411_074_B = "Tex. Gov't Code § 411.074(b)"
CCP_55A_051 = "Tex. Code Crim. Proc. art. 55A.051"
CCP_55A_052 = "Tex. Code Crim. Proc. art. 55A.052(a)"
CCP_55_01_A_1 = "Tex. Code Crim. Proc. art. 55.01(a)(1)(A) (carried into ch. 55A from 1 January 2025)"

TLH_0728 = Source(
    "Nondisclosure for certain victims of trafficking under Section 411.0728 (TexasLawHelp.org)",
    "https://texaslawhelp.org/article/nondisclosure-procedure-certain-victims-trafficking-persons-under-section-4110728",
)
TLH_0735 = Source(
    "Nondisclosure for conviction of certain misdemeanors under Section 411.0735 (TexasLawHelp.org)",
    "https://texaslawhelp.org/article/nondisclosure-procedure-conviction-certain-misdemeanors-under-section-4110735",
)
SB_20 = Source(
    "S.B. 20 (2019), enrolled text (LegiScan)",
    "https://www.legiscan.com/TX/text/SB20/id/2027890/Texas-2019-SB20-Enrolled.html",
)
LAW_411_074 = Source(
    "Tex. Gov't Code § 411.074, required conditions for nondisclosure",
    "https://instalawyer.io/laws/texas-statutes/section-411074-required-conditions-for",
)
LAW_411_0715_0745 = Source(
    "Tex. Gov't Code §§ 411.0715-411.0745 (full text)",
    "https://www.recordgone.com:443/statutes/texas-government-code-411-0715--0745.php",
)
HB_4515 = Source(
    "H.B. 4515 (2025), as introduced, quoting § 411.0725(e)",
    "https://capitol.texas.gov/tlodocs/89R/billtext/html/HB04515I.htm",
)
LAW_55A_051 = Source(
    "Tex. Code Crim. Proc. art. 55A.051 (Justia)",
    "https://law.justia.com/codes/texas/2023/code-of-criminal-procedure/title-1/chapter-55a/subchapter-b/article-55a-051",
)
LAW_55A_052 = Source(
    "Tex. Code Crim. Proc. art. 55A.052 (Texas Public Law)",
    "https://texas.public.law/statutes/tex._code_of_crim._proc._article_55a.052",
)
LAW_55_01 = Source(
    "Tex. Code Crim. Proc. art. 55.01 (Justia)",
    "https://law.justia.com/codes/texas/current/code-of-criminal-procedure/title-1/chapter-55/article-55-01/",
)

OFFENSES = (
    Offense(
        "tx-pc-43.02",
        "Prostitution",
        "Tex. Penal Code § 43.02",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A Class B misdemeanor; Class A with one or two prior convictions; a state jail felony "
        "with three or more.",
    ),
    Offense(
        "tx-pc-43.021",
        "Solicitation of prostitution",
        "Tex. Penal Code § 43.021",
        Category.SOLICITATION,
        Level.FELONY,
    ),
    Offense(
        "tx-pc-43.03",
        "Promotion of prostitution",
        "Tex. Penal Code § 43.03",
        Category.PROMOTING,
        Level.UNKNOWN,
        note="A Class A misdemeanor, or a felony with a prior conviction.",
    ),
    Offense(
        "tx-pc-43.04",
        "Aggravated promotion of prostitution",
        "Tex. Penal Code § 43.04",
        Category.PROMOTING,
        Level.FELONY,
    ),
    Offense("tx-pc-43.05", "Compelling prostitution", "Tex. Penal Code § 43.05", Category.PROMOTING, Level.FELONY),
    Offense("tx-pc-21.07", "Public lewdness", "Tex. Penal Code § 21.07", Category.LEWDNESS, Level.MISDEMEANOR),
    Offense("tx-pc-42.01", "Disorderly conduct", "Tex. Penal Code § 42.01", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("tx-pc-30.05", "Criminal trespass", "Tex. Penal Code § 30.05", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("tx-pc-20a.02", "Trafficking of persons", "Tex. Penal Code § 20A.02", Category.TRAFFICKING, Level.FELONY),
)

# § 411.074(b): trafficking, and offenses requiring sex-offender registration (compelling
# prostitution can), bar any nondisclosure order.
BARRED = ("tx-pc-20a.02", "tx-pc-43.05")

nondisclosure_for_trafficking_victims = Remedy(
    id="tx-nondisclosure-trafficking",
    kind=RemedyKind.SEALING,
    title="Seal a prostitution record of a trafficking victim (order of nondisclosure)",
    citations=(GC_411_0728,),
    sources=(TLH_0728, SB_20),
    effective=date(2019, 9, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION),
    conditions=(
        disposition_is(Disposition.CONVICTION, Disposition.DIVERSION_COMPLETED, cite=GC_411_0728),
        offense_in("tx-pc-43.02", cite=GC_411_0728),
        trafficking_nexus(cite=GC_411_0728),
    ),
    effect="Courts, police and other public agencies may no longer release the record to the public or "
    "most employers, and you do not have to tell anyone about it. Some agencies can still see it.",
    limits=(
        "It seals the record; it does not undo the conviction.",
        "If police or prosecutors asked you to help with a case against a trafficker, you must have "
        "helped, unless your age or a disability caused by the trafficking kept you from it.",
    ),
    next_steps=(
        "File a petition for an order of nondisclosure under Section 411.0728 in the court that handled "
        "your case. TexasLawHelp.org has the petition form.",
        "There is a filing fee; if you cannot pay, file a Statement of Inability to Afford Payment of Court Costs.",
        "The court holds a hearing and must find that the order is in the best interest of justice.",
    ),
    filing="The court that convicted you or placed you on deferred adjudication.",
)

expunction_after_acquittal = Remedy(
    id="tx-expunction-acquittal",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge the record of a charge you were found not guilty of",
    citations=(CCP_55_01_A_1,),
    sources=(LAW_55_01,),
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(disposition_is(Disposition.ACQUITTAL, cite=CCP_55_01_A_1),),
    effect="All records and files of the arrest are destroyed or returned, and you may deny the arrest.",
    next_steps=(
        "Ask the trial court that acquitted you to sign an expunction order; you can do this within 30 "
        "days of the acquittal, or file a petition for expunction later in district court.",
    ),
    discretionary=False,
    filing="The court that acquitted you, or the district court of that county.",
)

expunction_when_never_charged = Remedy(
    id="tx-expunction-no-charges",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest that never led to charges",
    citations=(CCP_55A_051, CCP_55A_052),
    sources=(LAW_55A_051, LAW_55A_052),
    effective=date(2025, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.NO_CHARGES, cite=CCP_55A_051),
        # 180 days for a Class C arrest, 1 year for Class A or B, 3 years for a felony, counted from the
        # arrest. We use 1 year for any misdemeanor or violation and count from the day the case ended,
        # which is never earlier than the arrest.
        waiting_period_by_level(
            {Level.VIOLATION: 1, Level.MISDEMEANOR: 1, Level.FELONY: 3}, since=Event.DISPOSITION, cite=CCP_55A_052
        ),
    ),
    effect="All records and files of the arrest are destroyed or returned, and you may deny the arrest.",
    limits=(
        "A Class C arrest can be expunged after 180 days, and any arrest sooner if the prosecutor certifies "
        "the records are not needed.",
    ),
    next_steps=(
        "File a petition for expunction in the district court of the county where you were arrested. "
        "TexasLawHelp.org has forms.",
        "There is a filing fee; ask for a fee waiver with a Statement of Inability to Afford Payment.",
    ),
    discretionary=False,
    filing="The district court of the county where you were arrested.",
)

nondisclosure_after_deferred_adjudication = Remedy(
    id="tx-nondisclosure-deferred-adjudication",
    kind=RemedyKind.SEALING,
    title="Seal a case that ended with deferred adjudication (order of nondisclosure)",
    citations=(GC_411_0725, GC_411_074_A, GC_411_074_B),
    sources=(HB_4515, LAW_411_074, LAW_411_0715_0745),
    effective=date(2015, 9, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        disposition_is(Disposition.DIVERSION_COMPLETED, cite=GC_411_0725),
        offense_not_in(*BARRED, cite=GC_411_074_B),
        # Misdemeanors under Penal Code chapters 20-25, 42, 43 and 46 (prostitution, lewdness, disorderly
        # conduct) wait 2 years after discharge; felonies wait 5. We use 2 years for every misdemeanor.
        waiting_period_by_level(
            {Level.MISDEMEANOR: 2, Level.FELONY: 5}, since=Event.SENTENCE_COMPLETED, cite=GC_411_0725
        ),
        no_later_conviction(cite=GC_411_074_A),
    ),
    effect="Courts, police and other public agencies may no longer release the record to the public or "
    "most employers, and you do not have to tell anyone about it.",
    limits=(
        "This is for deferred adjudication (a guilty plea with the case dismissed after supervision). "
        "A dismissal after a pretrial diversion program can instead be expunged.",
        "Any new conviction or deferred adjudication during supervision or the wait, other than a "
        "fine-only traffic ticket, rules this out.",
    ),
    next_steps=(
        "File a petition for an order of nondisclosure under Section 411.0725 in the court that placed "
        "you on deferred adjudication. There is a filing fee; ask about a fee waiver if you cannot pay.",
    ),
    filing="The court that placed you on deferred adjudication.",
)

nondisclosure_of_misdemeanor_conviction = Remedy(
    id="tx-nondisclosure-misdemeanor-conviction",
    kind=RemedyKind.SEALING,
    title="Seal a first misdemeanor conviction two years after the sentence ends (order of nondisclosure)",
    citations=(GC_411_0735, GC_411_073, GC_411_074_A, GC_411_074_B),
    sources=(TLH_0735, LAW_411_0715_0745, LAW_411_074),
    effective=date(2017, 9, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=GC_411_0735),
        level_is(Level.MISDEMEANOR, Level.VIOLATION, cite=GC_411_0735),
        offense_not_in(*BARRED, cite=GC_411_074_B),
        # Never previously convicted or on deferred adjudication for anything but a fine-only traffic offense.
        convictions_at_most(total=1, cite=GC_411_0735),
        # Penal Code chapter 43 misdemeanors wait until the second anniversary of the sentence's end.
        waiting_period(years=2, since=Event.SENTENCE_COMPLETED, cite=GC_411_0735),
        no_pending_case(cite=GC_411_074_A),
    ),
    effect="Courts, police and other public agencies may no longer release the conviction to the public "
    "or most employers, and you do not have to tell anyone about it.",
    limits=("Only a first offense: any earlier conviction or deferred adjudication rules this out.",),
    next_steps=(
        "File a petition for an order of nondisclosure under Section 411.0735 (or 411.073 if you were on "
        "probation) in the court that convicted you. TexasLawHelp.org has the forms; ask about a fee "
        "waiver if you cannot pay.",
    ),
    filing="The court that convicted you.",
)

JURISDICTION = Jurisdiction(
    code="TX",
    name="Texas",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        nondisclosure_for_trafficking_victims,
        expunction_after_acquittal,
        expunction_when_never_charged,
        nondisclosure_after_deferred_adjudication,
        nondisclosure_of_misdemeanor_conviction,
    ),
    legal_help=(
        LegalHelp("TexasLawHelp.org", "https://texaslawhelp.org", "Free guides and forms for nondisclosure"),
        LegalHelp("Texas RioGrande Legal Aid", "https://www.trla.org", "Free legal help, including record clearing"),
        LegalHelp(
            "Lone Star Legal Aid", "https://www.lonestarlegal.org", "Free legal help in East and Gulf Coast Texas"
        ),
    ),
    where_to_file="The court that handled the case for nondisclosure; the district court of the county of "
    "arrest for expunction.",
    notes=(
        "Some counties run commercially sexually exploited persons courts (Gov't Code ch. 126) whose "
        "participants must be told about nondisclosure under Section 411.0728.",
    ),
)
