"""Louisiana: expungement for trafficking survivors (with a prosecutor's certification), expungement of
arrests without conviction, of misdemeanors after five years and felonies after ten (at once when the
court set the conviction aside after a deferred sentence), expungement and an
automatic pardon for first felony offenders, a governor's pardon, and a closed new-trial route for
trafficking victims convicted of prostitution offenses before 1 August 2014.

Reviewed 2026-11-25 against La. C.Cr.P. arts. 975, 976, 977, 978, 983 (legis.la.gov text of 976, 977,
983; 978 from the 2014 text and the Clean Slate Clearinghouse summary of (A)(3) and (D)), arts. 851(B)(6),
853(C) and 855.1 (Acts 2014, No. 564), R.S. 15:572 (first offender pardon), La. Const. art. IV, § 5(E),
Ch.C. art. 923 (juvenile adjudications), the offenses in R.S. 14:82-14:89.2, and the CCRC Louisiana
profile (updated 2024).

Reviewed 2026-12-06 against legis.la.gov's text of arts. 976 (through Acts 2020, No. 132) and 977
(through Acts 2023, No. 342), the engrossed SB 98 of 2019 and the résumé digest of Acts 2019, No. 268
(art. 978(A)(3)), the enrolled SB 148 of 2022 (Act No. 130, art. 983(H)-(J)), and the audit in
research/audits/LA.md. What changed:
- Art. 978(A)(3) (expungement for a first offender pardon) starts on 1 August 2019: the Act 268 digest
  says "Effective August 1, 2019." It was 1 January 2019.
- The limit "one misdemeanor expungement every five years" is removed: the current art. 977 has no
  such words (its Paragraph B now deals only with service).
- Arts. 977(A)(2) and 978(A)(2) say "more than five [ten] years have elapsed", so the first day is the
  day after the anniversary of the end of the sentence (it was the anniversary itself).
- The conviction-free periods of arts. 977(A)(2) ("any felony offense during the five-year period")
  and 978(A)(2) ("any other criminal offense during the ten-year period") now use the shared
  conviction-during-the-wait rule: a conviction inside the period bars the route; one after the
  period ended does not, as the words say (the module used to leave that case open).
- Art. 983(H): for a conviction of a kind the screen cannot place (an "other" charge), the crime-of-
  violence and other offense limits of arts. 977 and 978 are now a stated open point, since sources
  say those limits still apply to the survivor route.
- SB 111 (2023), art. 985.2: automated expungement on request, from 1 January 2025 and subject to
  funding, is cited in the note; it grants nothing beyond arts. 976-978.

Second review, 2026-12-06 (worked examples written from the statute text): the automatic first
offender pardon is for a first offender "convicted of a non-violent crime" (La. Const. art. IV,
§ 5(E)(1), read as quoted by a firm); a felony of a kind the screen cannot place (an "other"
charge) is now left open on that limit instead of being called eligible.

Reviewed 2026-12-07 (evidence pass: the statute's words sought for every condition read only in
summaries): La. Admin. Code tit. 22, pt. V, §§ 203 and 205 (Justia, current through Register Vol. 50,
No. 9, September 2024) read for the governor's pardon. What changed:
- Governor's pardon: the Board's rule (§ 203(A)(1)) bars only outstanding detainers, more than $1,000
  of unpaid penalties and unpaid court costs; it does not make the end of the sentence a condition,
  and § 205(B) lists papers for incarcerated applicants and probationers. The module waited for the
  end of the sentence (from the CCRC profile); a finished sentence, or no sentence now being served,
  now meets the condition, and someone still serving a sentence is left open (§ 203(C), on
  incarcerated applicants, was not read).
- Searches for the full text of art. 983(H)-(J), the constitution's art. IV, § 5(E)(1) and arts.
  977(C)/978(B) as they bind the survivor route found nothing new; the evidence notes say what was
  searched.

Reviewed 2026-12-07 (set-aside after a deferred sentence) against legis.la.gov's text of art. 977
(through Acts 2023, No. 342), the 2014 Justia text of art. 978 with the Act 268 (2019) résumé digest
("New law retains prior law" for (A)(1)), and art. 893(E)(2) as enrolled in Acts 2020, No. 70 (HB 178).
What changed:
- New remedies la-expungement-set-aside-977-a-1 and la-expungement-set-aside-978-a-1: art. 977(A)(1)
  ("The conviction was set aside and the prosecution was dismissed pursuant to Article 894(B)") and
  art. 978(A)(1) (the same words, "pursuant to Article 893(E)"). Such a case is, in the screener's
  words, a completed diversion of the deferred-adjudication kind; it had been shown as not eligible
  under arts. 977 and 978, which asked for a conviction. Neither subparagraph sets a wait, a
  certificate, a conviction-free period or a pending-charge bar (those are words of (A)(2) alone).
  Art. 977(C) binds every route of the article (sex offenses; domestic abuse battery and stalking,
  left open for an "other" charge); art. 978(B)(2)(a) bars sex offenses "Notwithstanding any provision
  of Article 893", while (B)(1) bars crimes of violence only "Unless otherwise permissible under
  Article 893(E)", so it is not a condition of the set-aside route. Art. 975 (no filing while in
  custody) applies to both.
- Art. 976 now covers a completed diversion only of the pretrial kind: (A)(2) names "a pretrial
  diversion program", and a deferred sentence under arts. 893/894 follows a conviction, which the
  set-aside routes above expunge. A diversion of unknown kind is left open on that question.
- A conviction reported as such (even with adjudication withheld) is not taken to have been set
  aside: the set-aside is a later court order, and the screen asks for it as the outcome.
- Not read: the text of art. 894 itself (its (B) is known here only through art. 977(A)(1) and
  summaries), art. 978(B)(3) (drug felonies) and the current art. 978 limit of one felony expungement
  in fifteen years; whether the last two bind the felony set-aside route is shown as a limit to ask a
  lawyer about, not as a condition.

Reviewed 2026-12-07 (statute audit) against legis.la.gov's text of arts. 976 (through Acts 2020, No. 132),
977 (through Acts 2023, No. 342) and 894(A) (d=112888), the 2014 Justia text of art. 978(A)-(B)(2), the
engrossed SB 98 of 2019 (art. 978(A)(3)) and the digest of the reengrossed SB 148 of 2022. What changed:
- Art. 977(C)(2)-(3) (domestic abuse battery, stalking) now binds the five-year route of (A)(2) as well as
  the set-aside route: Paragraph C opens "No person shall be entitled to expungement of a record under any
  of the following circumstances" and is tied to neither subparagraph of Paragraph A. An "other"
  misdemeanor conviction is now left open on it instead of being called eligible.
- Art. 978(B)(1) ("a crime of violence as defined by or enumerated in R.S. 14:2(B)") is now a condition of
  the ten-year felony route, and art. 978(A)(3)'s proviso ("the offense is not defined as a crime of
  violence pursuant to R.S. 14:2(B)") one of the first offender route; both were shown only as limits.
  The charges the screen names are not crimes of violence; an "other" felony is left open.
- Art. 976(B): an arrest for operating a vehicle while intoxicated that ended in pretrial diversion cannot
  be expunged "until five years have elapsed since the date of arrest". A completed diversion of an
  "other" charge is now left open unless five years have passed since the arrest.
- Art. 894(A)(1) was read: a suspended or deferred misdemeanor sentence is available "except criminal
  neglect of family, or stalking". Its Paragraph B (the set-aside itself) was searched for in pages,
  code and the us-statutes data set (whose copy stops after (A)(1)'s first words) and not found; art.
  977(A)(1) is encoded from its own words, which need nothing more from art. 894 than the set-aside order.
Still open: the full text of art. 983(H)-(J) (only (H)(1) and the bill digest were read), art. 978(B)(3)
(drug felonies) and the current limit of one felony expungement in fifteen years (art. 978, per the Clean
Slate Clearinghouse), and art. 894(B).

Leads checked and not encoded:
- "La. C.Cr.P. art. 990.1" and "R.S. 15:539.3" as a vacatur or set-aside for adult trafficking victims:
  neither was found in force as such. R.S. 15:539.3 was proposed in SB 88 (2013) among other trafficking
  measures, but its current text could not be read. The set-aside articles proposed for adults
  (C.Cr.P. art. 930.10 in SB 54 and SB 88 of 2013, art. 926.2 in SB 434 of 2020, and art. 987.1 in the
  original SB 148 of 2022) were not found in the enacted law. Only a juvenile set-aside (Ch.C. art. 923,
  Acts 2013, No. 429) exists. SB 148 was enacted without its set-aside, only as the certification-and-
  expungement route in C.Cr.P. art. 983(H)-(J) (Acts 2022, No. 130, the "Michelle Johnson Act"), which
  is encoded.
- Art. 985.2 (SB 111 of 2023) is not a remedy of its own: it automates, on request and if funded,
  the expungements arts. 976-978 already give.

Not verified, encoded conservatively:
- The full text of art. 983(H)-(J) as amended in 2022 (only (H)(1) was read). Sources say it waives
  every waiting period and every fee, while the offense limits of arts. 977 and 978 still apply; a
  pending charge is treated as a bar for convictions, as one guide reports.
- The exact day Acts 2022, No. 130 took effect: the bill took effect on the governor's signature and was
  made an act on 26 May 2022, which is used.
- Which sex-trade offenses count as "sex offenses" under R.S. 15:541 (never expungeable): promoting
  offenses, purchase of commercial sexual activity, crime against nature (R.S. 14:89) and obscenity can
  count when a minor was involved, so they leave every expungement only possible. Prostitution
  (R.S. 14:82), prostitution by massage (14:83.3), massage with sexual content (14:83.4), crime against
  nature by solicitation (14:89.2, since 2010) and the quality-of-life offenses are treated as not sex
  offenses.
- Levels of most offenses vary with prior convictions or were not verified; they are Level.UNKNOWN.
- The limit of one felony expungement per fifteen years (art. 978, per the Clean Slate Clearinghouse)
  counts expungements the person already had, which the screener asks only in general; it is shown as
  a limit.
"""

from collections.abc import Callable
from datetime import date

from rules.calendar import add_period
from rules.conditions import (
    ChargeContext,
    convicted,
    convictions_at_most,
    custom,
    disposition_is,
    happened_before,
    level_is,
    no_conviction_during_wait,
    no_pending_case,
    offense_in,
    sentence_completed,
    trafficking_nexus,
    waiting_period,
)
from rules.facts import Fact
from rules.law import EVERY_CATEGORY, Jurisdiction, LegalHelp, Remedy, Source, charges_about
from rules.logic import Finding, met, not_met, unknown
from rules.message import Message, msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Event, Level, RemedyKind

REVIEWED = date(2026, 12, 7)

CCRP_975 = "La. C.Cr.P. art. 975"
CCRP_976_A = "La. C.Cr.P. art. 976(A)"
CCRP_976_B = "La. C.Cr.P. art. 976(B)"
CCRP_977_A_1 = "La. C.Cr.P. art. 977(A)(1)"
CCRP_977_A_2 = "La. C.Cr.P. art. 977(A)(2)"
CCRP_977_C_1 = "La. C.Cr.P. art. 977(C)(1)"
CCRP_977_C_2_3 = "La. C.Cr.P. art. 977(C)(2), (3)"
CCRP_978_A_1 = "La. C.Cr.P. art. 978(A)(1)"
CCRP_978_A_2 = "La. C.Cr.P. art. 978(A)(2)"
CCRP_978_A_3 = "La. C.Cr.P. art. 978(A)(3)"
CCRP_978_B = "La. C.Cr.P. art. 978(B)"
CCRP_978_B_1 = "La. C.Cr.P. art. 978(B)(1)"
CCRP_983_H = "La. C.Cr.P. art. 983(H)"
CCRP_893_E_2 = "La. C.Cr.P. art. 893(E)(2)"
CCRP_894_B = "La. C.Cr.P. art. 894(B)"
CCRP_851_B_6 = "La. C.Cr.P. art. 851(B)(6)"
CCRP_853_C = "La. C.Cr.P. art. 853(C)"
CCRP_855_1 = "La. C.Cr.P. art. 855.1"
RS_15_572_B = "La. R.S. 15:572(B)"
RS_15_572_A = "La. R.S. 15:572(A)"
LAC_22_V_203 = "La. Admin. Code tit. 22, pt. V, § 203(A)(1)"
CONST_IV_5_E = "La. Const. art. IV, § 5(E)(1)"


def _law(title: str, doc: str) -> Source:
    return Source(f"{title} (Louisiana State Legislature)", f"https://legis.la.gov/Legis/Law.aspx?d={doc}")


CCRC = Source(
    "Collateral Consequences Resource Center: Louisiana restoration of rights and record relief",
    "https://ccresourcecenter.org/state-restoration-profiles/louisiana-restoration-of-rights-pardon-expungement-sealing/",
)
ART_983 = _law("La. C.Cr.P. art. 983", "919675")
ART_977 = _law("La. C.Cr.P. art. 977", "919669")
ART_978_2014 = Source(
    "La. C.Cr.P. art. 978, 2014 text (Justia)",
    "http://law.justia.com/codes/louisiana/2014/code-codeofcriminalprocedure/ccrp-978",
)

OFFENSES = (
    Offense(
        "la-rs-14.82",
        "Prostitution",
        "La. R.S. 14:82",
        Category.PROSTITUTION,
        Level.UNKNOWN,
        note="A misdemeanor the first time; a later conviction can be a felony.",
    ),
    Offense(
        "la-rs-14.83.3",
        "Prostitution by massage",
        "La. R.S. 14:83.3",
        Category.PROSTITUTION,
        Level.UNKNOWN,
    ),
    Offense(
        "la-rs-14.83.4",
        "Massage; sexual content prohibited",
        "La. R.S. 14:83.4",
        Category.UNLICENSED_MASSAGE,
        Level.UNKNOWN,
    ),
    Offense(
        "la-rs-14.89.2",
        "Crime against nature by solicitation",
        "La. R.S. 14:89.2",
        Category.SOLICITATION,
        Level.UNKNOWN,
        note="A misdemeanor the first time since 2010; a later conviction can be a felony.",
    ),
    Offense(
        "la-rs-14.89",
        "Crime against nature (solicitation charged under this section before 2010)",
        "La. R.S. 14:89",
        Category.SOLICITATION,
        Level.FELONY,
    ),
    Offense(
        "la-rs-14.82.2",
        "Purchase of commercial sexual activity",
        "La. R.S. 14:82.2",
        Category.SOLICITATION,
        Level.UNKNOWN,
    ),
    Offense("la-rs-14.83", "Soliciting for prostitutes", "La. R.S. 14:83", Category.PROMOTING, Level.UNKNOWN),
    Offense("la-rs-14.83.1", "Inciting prostitution", "La. R.S. 14:83.1", Category.PROMOTING, Level.UNKNOWN),
    Offense("la-rs-14.83.2", "Promoting prostitution", "La. R.S. 14:83.2", Category.PROMOTING, Level.UNKNOWN),
    Offense("la-rs-14.84", "Pandering", "La. R.S. 14:84", Category.PROMOTING, Level.UNKNOWN),
    Offense("la-rs-14.85", "Letting premises for prostitution", "La. R.S. 14:85", Category.PROMOTING, Level.UNKNOWN),
    Offense("la-rs-14.86", "Enticing persons into prostitution", "La. R.S. 14:86", Category.PROMOTING, Level.UNKNOWN),
    Offense("la-rs-14.106", "Obscenity", "La. R.S. 14:106", Category.LEWDNESS, Level.UNKNOWN),
    Offense("la-rs-14.103", "Disturbing the peace", "La. R.S. 14:103", Category.QUALITY_OF_LIFE, Level.MISDEMEANOR),
    Offense("la-rs-14.63", "Criminal trespass", "La. R.S. 14:63", Category.QUALITY_OF_LIFE, Level.UNKNOWN),
    Offense("la-rs-14.46.2", "Human trafficking", "La. R.S. 14:46.2", Category.TRAFFICKING, Level.FELONY),
)

# The offenses named in arts. 851(B)(6) and 855.1.
NEW_TRIAL_OFFENSES = ("la-rs-14.82", "la-rs-14.83.3", "la-rs-14.83.4", "la-rs-14.89", "la-rs-14.89.2")

# Offenses that R.S. 15:541 counts as sex offenses when a minor was involved; the screener cannot tell.
MAYBE_SEX_OFFENSE = frozenset(
    {
        "la-rs-14.82.2",
        "la-rs-14.83",
        "la-rs-14.83.1",
        "la-rs-14.83.2",
        "la-rs-14.84",
        "la-rs-14.85",
        "la-rs-14.86",
        "la-rs-14.89",
        "la-rs-14.106",
        "la-rs-14.46.2",
    }
)


# Custom: R.S. 15:541 makes some sex-trade offenses sex offenses only when a minor was involved, so
# the exclusion leaves them open instead of barring them as offense_not_in_list would.
def _not_a_sex_offense(context: ChargeContext) -> Finding:
    """Sex offenses under R.S. 15:541 can never be expunged. Some sex-trade offenses count only when a
    minor was involved, which the screener does not ask, so those stay open."""
    charge = context.charge
    if charge.offense is None:
        possible = {i for i, o in context.offenses.items() if o.category is charge.category} & MAYBE_SEX_OFFENSE
        if not possible and charge.category is not Category.OTHER:
            return met(msg("This kind of charge is not a sex offense under the registration law."))
        return unknown(
            msg("Sex offenses cannot be expunged; which law the charge was under is not known."),
            context.path(Fact.OFFENSE),
        )
    if charge.offense in MAYBE_SEX_OFFENSE:
        return unknown(
            msg(
                "This charge counts as a sex offense, which cannot be expunged, if a person under 18 was "
                "involved. A lawyer can check the exact charge."
            ),
            context.path(Fact.OFFENSE),
        )
    return met(msg("This charge is not a sex offense under the registration law."))


# Custom: art. 975 bars filing only while in custody, not on probation or parole, which the shared
# not_under_sentence would also bar.
def _not_locked_up(context: ChargeContext) -> Finding:
    """Art. 975 bars filing while in prison or jail; probation and parole do not."""
    answer = context.facts.person.under_sentence
    if answer is Answer.NO:
        return met(msg("You are not in jail or prison now."))
    if answer is Answer.YES:
        return unknown(
            msg(
                "You cannot file while you are held in a jail or prison, but you can while on probation or "
                "parole. Which of these applies to you is not known."
            ),
            Fact.UNDER_SENTENCE.value,
        )
    return unknown(
        msg(
            "You cannot file while you are held in a jail or prison; whether you are serving a sentence now is not known."
        ),
        Fact.UNDER_SENTENCE.value,
    )


# Custom: art. 977(A)(2) bars only a pending felony charge; the shared no_pending_case bars any case.
def _no_open_felony_charge(context: ChargeContext) -> Finding:
    """Art. 977(A)(2) bars only an open felony charge; the request asks about any open case."""
    answer = context.facts.person.pending_case
    if answer is Answer.NO:
        return met(msg("You have no open criminal case."))
    if answer is Answer.YES:
        return unknown(
            msg("An open felony charge stands in the way; whether your open case is a felony is not known."),
            Fact.PENDING_CASE.value,
        )
    return unknown(msg("An open felony charge stands in the way; that has not been answered."), Fact.PENDING_CASE.value)


# Custom: the pending-charge bar applies to the survivor route only for a conviction; no_pending_case would bar
# every outcome, and wait_by_outcome has no condition that is simply met for the others.
def _no_open_case_for_a_conviction(context: ChargeContext) -> Finding:
    """For a conviction, the district attorney certifies that no charge is pending (arts. 977, 978)."""
    if not context.charge.is_conviction:
        return met(msg("For a case without a conviction, an open case elsewhere does not matter."))
    answer = context.facts.person.pending_case
    if answer is Answer.NO:
        return met(msg("You have no open criminal case."))
    if answer is Answer.YES:
        return not_met(msg("You have an open criminal case; a conviction cannot be expunged until it ends."))
    return unknown(
        msg("A conviction cannot be expunged while another charge is open; that has not been answered."),
        Fact.PENDING_CASE.value,
    )


def _open_for_other_charges(placed: Message, left_open: Message) -> Callable[[ChargeContext], Finding]:
    """A rule for a limit naming crimes the screen can place only for the charges it knows (sex-trade, lewdness,
    promoting, quality-of-life), none of which is among them: met for those, open for an "other" charge."""

    def rule(context: ChargeContext) -> Finding:
        if context.charge.category is not Category.OTHER:
            return met(placed)
        return unknown(left_open)

    return rule


# Custom: La. Const. art. IV, § 5(E)(1) pardons automatically a first offender "convicted of a
# non-violent crime" (or of a few violent crimes it names). The screen can place only the sex-trade,
# lewdness, promoting and quality-of-life charges it knows, none of which is a crime of violence, so
# an "other" felony stays open rather than being matched against a list the module cannot state.
_non_violent_crime = _open_for_other_charges(
    msg("This kind of charge is not a crime of violence."),
    msg(
        "The automatic pardon is for a non-violent crime (and a few violent crimes the constitution names); "
        "a lawyer can check this conviction."
    ),
)


# Custom: sources say the offense limits of arts. 977(C) and 978(B) still bind the survivor route of
# art. 983(H); those limits name crimes (crimes of violence under R.S. 14:2(B), domestic abuse battery,
# stalking, some drug felonies) the screen can only place for the sex-trade and quality-of-life
# charges it knows, so an "other" conviction stays open.
def _offense_limits_for_a_conviction(context: ChargeContext) -> Finding:
    charge = context.charge
    if not charge.is_conviction:
        return met(msg("For a case without a conviction, the offense limits on expunging convictions do not apply."))
    if charge.category is not Category.OTHER:
        return met(msg("This kind of charge is not a crime of violence, domestic abuse battery or stalking."))
    return unknown(
        msg(
            "Crimes of violence, domestic abuse battery, stalking and some drug felonies cannot be expunged; a "
            "lawyer can check this conviction."
        )
    )


# Custom: art. 977(C)(2) and (3) refuse expungement of a misdemeanor conviction "for domestic abuse
# battery" or "for stalking (R.S. 14:40.2)", whatever the route of Paragraph A. None of the charges
# the screen names is either; an "other" misdemeanor could be, and the screen cannot tell, so it
# stays open (offense_not_in would call it met).
_not_domestic_abuse_battery_or_stalking = _open_for_other_charges(
    msg("This kind of charge is not domestic abuse battery or stalking."),
    msg(
        "A misdemeanor conviction for domestic abuse battery or stalking cannot be expunged; a lawyer can "
        "check this one."
    ),
)


# Custom: art. 978(B)(1) ("a crime of violence as defined by or enumerated in R.S. 14:2(B)") and art. 978(A)(3)
# ("provided that the offense is not defined as a crime of violence pursuant to R.S. 14:2(B)") name a list the
# module cannot state. None of the sex-trade, lewdness, promoting or quality-of-life charges the screen knows is
# on it; an "other" felony could be, so it stays open (offense_not_in would call it met).
_not_a_crime_of_violence = _open_for_other_charges(
    msg("This kind of charge is not a crime of violence."),
    msg("A crime of violence cannot be expunged this way; a lawyer can check this conviction."),
)


# Custom: art. 976(B) holds back the expungement of an arrest for operating a vehicle while intoxicated, when the
# prosecutor placed the person in pretrial diversion, "until five years have elapsed since the date of arrest".
# None of the charges the screen names is such an offense; a completed diversion of an "other" charge could be,
# so it stays open unless five years have passed since the arrest.
def _not_a_recent_impaired_driving_diversion(context: ChargeContext) -> Finding:
    charge = context.charge
    if charge.disposition is not Disposition.DIVERSION_COMPLETED or charge.category is not Category.OTHER:
        return met(msg("The five-year wait for a diversion after a drunk-driving arrest does not apply to this case."))
    arrested = charge.offense_date
    # Whether the anniversary itself counts ("until five years have elapsed", with art. 13's counting) is left
    # open: the first day taken as certain is the day after it.
    if arrested is not None and context.facts.as_of > add_period(arrested, years=5):
        return met(msg("Five years have passed since the arrest."))
    if arrested is not None:
        return unknown(
            msg(
                "If this diversion followed an arrest for driving while intoxicated, the arrest can be expunged "
                "only from {day}, five years after the arrest; a lawyer can check the charge.",
                day=add_period(arrested, years=5, days=1),
            ),
            context.path(Fact.OFFENSE),
        )
    return unknown(
        msg(
            "If this diversion followed an arrest for driving while intoxicated, the arrest can be expunged only "
            "five years after it; the charge and the arrest date are not known."
        ),
        context.path(Fact.OFFENSE),
        context.path(Fact.OFFENSE_DATE),
    )


# Custom: neither R.S. 15:572(A) nor the Board's rule makes the end of the sentence a condition of
# applying for a pardon. La. Admin. Code tit. 22, pt. V, § 203(A)(1) (Justia, current through Register
# Vol. 50, No. 9, September 2024) bars only applicants with outstanding detainers, more than $1,000 of
# unpaid penalties, or unpaid court costs, and § 205(B) lists the papers incarcerated applicants and
# probationers must attach. The CCRC profile's "after completion of sentence" was not found in the rule.
# § 203(C) ("Incarcerated Applicants") was not read, so someone still serving a sentence is left open.
def _may_apply_for_a_pardon(context: ChargeContext) -> Finding:
    ended = context.charge.sentence_completed_date
    serving = context.facts.person.under_sentence
    if ended is not None and ended <= context.facts.as_of:
        return met(msg("Your sentence for this conviction is over."))
    if ended is None and serving is Answer.NO:
        return met(msg("You are not serving a sentence now."))
    if serving is Answer.YES:
        return unknown(
            msg(
                "The Board of Pardons takes applications from people still serving a sentence, with extra rules "
                "for people in custody; a lawyer can check them."
            ),
            Fact.UNDER_SENTENCE.value,
        )
    if ended is not None:
        return unknown(
            msg(
                "Your sentence is not over yet. The Board of Pardons takes applications from people still serving "
                "a sentence, with extra rules for people in custody; a lawyer can check them."
            ),
            context.path(Fact.SENTENCE_COMPLETED_DATE),
        )
    return unknown(
        msg(
            "Whether you are still serving a sentence has not been answered; the Board has extra rules for people in custody."
        ),
        Fact.UNDER_SENTENCE.value,
    )


# A verdict on 31 July 2014, the last day art. 855.1 covers, had until 31 July 2017.
LAST_NEW_TRIAL_DAY = date(2017, 7, 31)


# Custom: art. 853(C) is a deadline (filing within three years), not a wait before filing.
def _within_three_years_of_verdict(context: ChargeContext) -> Finding:
    judged = context.charge.disposition_date
    if judged is None and context.facts.as_of > LAST_NEW_TRIAL_DAY:
        return not_met(
            msg(
                "Only convictions before August 2014 were covered, and the last day to file was {day}.",
                day=LAST_NEW_TRIAL_DAY,
            )
        )
    if judged is None:
        return unknown(
            msg("The motion had to be filed within three years of the verdict; that date has not been given."),
            context.path(Fact.DISPOSITION_DATE),
        )
    ends = add_period(judged, years=3)
    if context.facts.as_of <= ends:
        return met(msg("The three years to file after the verdict run until {ends}.", ends=ends))
    return not_met(
        msg("The three years to file after the verdict ({judged}) ended on {ends}.", judged=judged, ends=ends)
    )


# Custom: some named offenses are sex offenses only if a minor was involved, so they stay open, not barred.
NOT_A_SEX_OFFENSE_977 = custom(
    "not a sex offense",
    requirement="The charge is not a sex offense under the sex offender registration law.",
    reads=(Fact.OFFENSE,),
    rule=_not_a_sex_offense,
    cite=CCRP_977_C_1,
)
# Custom: as above (art. 978(B) repeats the art. 977(C)(1) sex-offense bar).
NOT_A_SEX_OFFENSE_978 = custom(
    "not a sex offense",
    requirement="The charge is not a sex offense under the sex offender registration law.",
    reads=(Fact.OFFENSE,),
    rule=_not_a_sex_offense,
    cite=CCRP_978_B,
)
# Custom: as above (art. 977(C)(2)-(3) binds every route of the article).
NOT_DOMESTIC_ABUSE_OR_STALKING_977 = custom(
    "not domestic abuse battery or stalking",
    requirement="The misdemeanor was not domestic abuse battery or stalking.",
    reads=(Fact.CATEGORY,),
    rule=_not_domestic_abuse_battery_or_stalking,
    cite=CCRP_977_C_2_3,
)
NOT_LOCKED_UP = custom(
    "not held in jail or prison",
    requirement="You are not held in a jail or prison now.",
    reads=(Fact.UNDER_SENTENCE,),
    rule=_not_locked_up,
    cite=CCRP_975,
)

new_trial_for_trafficking_victims = Remedy(
    id="la-new-trial-trafficking",
    kind=RemedyKind.VACATUR,
    title="New trial for a trafficking victim convicted of a prostitution offense before August 2014",
    citations=(CCRP_851_B_6, CCRP_855_1, CCRP_853_C),
    sources=(
        Source(
            "La. C.Cr.P. art. 855.1 (Louisiana State Legislature)", "http://www.legis.la.gov/legis/Law.aspx?d=919636"
        ),
        Source(
            "La. C.Cr.P. art. 853 (LawServer)",
            "https://www.lawserver.com/law/state/louisiana/la-laws/louisiana_code_of_criminal_procedure_853",
        ),
    ),
    effective=date(2014, 8, 1),
    reviewed=REVIEWED,
    reaches=charges_about(Category.PROSTITUTION, Category.SOLICITATION, Category.UNLICENSED_MASSAGE),
    conditions=(
        convicted(cite=CCRP_855_1),
        offense_in(*NEW_TRIAL_OFFENSES, cite=CCRP_855_1),
        happened_before(Event.DISPOSITION, date(2014, 8, 1), cite=CCRP_855_1),
        trafficking_nexus(cite=CCRP_851_B_6),
        custom(
            "within three years of the verdict",
            requirement="The motion is filed within three years of the verdict.",
            reads=(Fact.DISPOSITION_DATE,),
            rule=_within_three_years_of_verdict,
            cite=CCRP_853_C,
        ),
    ),
    effect="The court sets the conviction aside and orders a new trial, because the offense was a direct "
    "result of your being trafficked. The prosecutor can then drop the case.",
    limits=(
        "Only for convictions before 1 August 2014, and only within three years of the verdict, so this "
        "route has closed for almost everyone. The expungement for trafficking survivors below is still open.",
    ),
    next_steps=(
        "File a motion for a new trial under article 851(B)(6) in the court that convicted you, with facts "
        "sworn by you or your lawyer that link the offense to the trafficking.",
    ),
    legal_defect=True,
    filing="The district or city court where you were convicted.",
)

trafficking_survivor_expungement = Remedy(
    id="la-expungement-trafficking-983-h",
    kind=RemedyKind.EXPUNGEMENT,
    title="Free expungement, with no waiting period, for an offense that resulted from trafficking",
    citations=(CCRP_983_H,),
    sources=(
        ART_983,
        Source(
            "SB 148 (2022), the Michelle Johnson Act, enacted as Act No. 130",
            "https://app.legiplex.com/la/legislature/2022/2022-r/bills/sb148",
        ),
        Source("Freedom Network USA: Louisiana survivor record relief", "https://freedomnetworkusa.org/?p=5993"),
    ),
    # Acts 2022, No. 130 took effect on the governor's signature; it became an act on 26 May 2022.
    effective=date(2022, 5, 26),
    reviewed=REVIEWED,
    # Human trafficking itself is a sex offense under R.S. 15:541 and cannot be expunged.
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        disposition_is(
            Disposition.CONVICTION,
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            cite=CCRP_983_H,
        ),
        trafficking_nexus(cite=CCRP_983_H),
        NOT_A_SEX_OFFENSE_977,
        # Custom: it binds only a conviction, and no named offense is on the list; an 'other' charge stays open.
        custom(
            "not an excluded conviction",
            requirement="A conviction is not one articles 977 and 978 leave out (crimes of violence, domestic abuse "
            "battery, stalking, some drug felonies).",
            reads=(Fact.DISPOSITION, Fact.CATEGORY),
            rule=_offense_limits_for_a_conviction,
            cite=CCRP_978_B,
        ),
        custom(
            "no open case for a conviction",
            requirement="For a conviction, you have no open criminal case.",
            reads=(Fact.DISPOSITION, Fact.PENDING_CASE),
            rule=_no_open_case_for_a_conviction,
            cite=CCRP_978_A_2,
        ),
        NOT_LOCKED_UP,
    ),
    effect="The arrest and any conviction are removed from public view. Police, prosecutors, courts and "
    "some licensing boards can still see them.",
    limits=(
        "The district attorney must first certify that the offense happened in large part because you were "
        "trafficked. You must show this is more likely true than not.",
        "This is an expungement, not a finding that the conviction was wrong; for immigration, ask a lawyer.",
    ),
    next_steps=(
        "Ask the district attorney's office in the parish where you were charged for a certification of "
        "human trafficking victim status.",
        "Then file a motion to expunge with the clerk of the district court in that parish and attach the "
        "certification. There are no fees and no waiting period.",
        "A certification from one parish is strong evidence for similar charges from the same time in other parishes.",
    ),
    filing="The district court of the parish where you were arrested or charged.",
)

expungement_without_conviction = Remedy(
    id="la-expungement-arrest-976",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge an arrest that did not lead to a conviction",
    citations=(CCRP_976_A, CCRP_975),
    sources=(_law("La. C.Cr.P. art. 976", "919667"), ART_983, CCRC),
    # Title XXXIV of the Code of Criminal Procedure (Acts 2014, No. 145) took effect on 1 August 2014.
    effective=date(2014, 8, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # A pretrial diversion ends with the prosecutor declining to go on ((A)(2)). A deferred sentence
        # under art. 893 or 894 follows a conviction, which the court later sets aside: that record is
        # expunged under arts. 977(A)(1) and 978(A)(1), not as an arrest "that did not result in a conviction".
        disposition_is(
            Disposition.DISMISSAL,
            Disposition.ACQUITTAL,
            Disposition.NO_CHARGES,
            Disposition.DIVERSION_COMPLETED,
            diversion=(DiversionKind.PRETRIAL,),
            cite=CCRP_976_A,
        ),
        custom(
            "not a drunk driving diversion within five years",
            requirement="If the arrest was for driving while intoxicated and ended in pretrial diversion, five years "
            "have passed since the arrest.",
            reads=(Fact.DISPOSITION, Fact.CATEGORY, Fact.OFFENSE, Fact.OFFENSE_DATE),
            rule=_not_a_recent_impaired_driving_diversion,
            cite=CCRP_976_B,
        ),
        NOT_LOCKED_UP,
    ),
    effect="The arrest record is removed from public view. Police, prosecutors, courts and some licensing "
    "boards can still see it.",
    limits=(
        "If no charges were filed, you qualify once the district attorney has declined to charge you or the "
        "time to charge you has run out.",
        "If you pleaded guilty, your sentence was deferred and the court later set the conviction aside "
        "(articles 893 and 894), the record is expunged as a set-aside conviction instead; see that option.",
    ),
    next_steps=(
        "File a motion to expunge a record of arrest (the court's standard form) with the clerk of the "
        "district court in the parish of the arrest. Bring a background check and the court papers.",
        "Fees are at most 550 dollars in all. If you cannot pay, ask to file without paying (in forma "
        "pauperis), or ask whether the district attorney will certify a fee waiver.",
    ),
    filing="The district court of the parish where you were arrested.",
)

misdemeanor_expungement = Remedy(
    id="la-expungement-misdemeanor-977",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor conviction five years after the sentence",
    citations=(CCRP_977_A_2, CCRP_977_C_1, CCRP_975),
    sources=(
        _law("La. C.Cr.P. art. 977", "919669"),
        Source(
            "Loyola pro bono desk manual: misdemeanor convictions",
            "https://probonodeskmanual.loyno.edu/expungements-louisiana/44-misdemeanor-convictions",
        ),
        CCRC,
    ),
    # In force since 1 August 2014 (Acts 2014, No. 145); later amended in 2015, 2020 and 2023.
    effective=date(2014, 8, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=CCRP_977_A_2),
        level_is(Level.MISDEMEANOR, cite=CCRP_977_A_2),
        # "More than five years have elapsed": the first day is the day after the anniversary.
        waiting_period(years=5, days=1, since=Event.SENTENCE_COMPLETED, cite=CCRP_977_A_2),
        no_conviction_during_wait(years=5, since=Event.SENTENCE_COMPLETED, levels=(Level.FELONY,), cite=CCRP_977_A_2),
        custom(
            "no open felony charge",
            requirement="You have no open felony charge.",
            reads=(Fact.PENDING_CASE,),
            rule=_no_open_felony_charge,
            cite=CCRP_977_A_2,
        ),
        NOT_A_SEX_OFFENSE_977,
        # Paragraph C ("No person shall be entitled to expungement of a record under any of the following
        # circumstances") is not tied to one subparagraph of Paragraph A: it binds the five-year route too.
        NOT_DOMESTIC_ABUSE_OR_STALKING_977,
        NOT_LOCKED_UP,
    ),
    effect="The arrest and conviction are removed from public view. Police, prosecutors, courts and some "
    "licensing boards can still see them, and the conviction can still count in a later case.",
    limits=(
        "If your sentence was deferred under article 894 and later set aside, you can file right away "
        "without the five-year wait.",
    ),
    next_steps=(
        "Get a certificate from the district attorney that you have no felony conviction in the five years "
        "and no open felony charge.",
        "File a motion to expunge a record of arrest and conviction of a misdemeanor with the clerk of the "
        "district court in the parish of conviction. Fees are at most 550 dollars; you can ask to file "
        "without paying if you cannot afford it.",
    ),
    filing="The district court of the parish where you were convicted.",
)

set_aside_misdemeanor_expungement = Remedy(
    id="la-expungement-set-aside-977-a-1",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a misdemeanor conviction the court set aside after a deferred sentence",
    citations=(CCRP_977_A_1, CCRP_894_B, CCRP_977_C_1, CCRP_975),
    sources=(ART_977, CCRC),
    # In force since 1 August 2014 (Acts 2014, No. 145); (A)(1) is unchanged in the text through Acts 2023, No. 342.
    effective=date(2014, 8, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        # The screener's words for a conviction set aside, and the prosecution dismissed, at the end of a
        # deferred sentence (art. 894(B)): a completed diversion of the deferred-adjudication kind. A
        # conviction that still stands is not one; art. 977(A)(2) covers it after five years.
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=CCRP_977_A_1
        ),
        level_is(Level.MISDEMEANOR, cite=CCRP_977_A_1),
        # No wait, no certificate and no pending-charge or conviction-free condition: those are words of
        # (A)(2) alone. Paragraph C binds every route of the article.
        NOT_A_SEX_OFFENSE_977,
        NOT_DOMESTIC_ABUSE_OR_STALKING_977,
        NOT_LOCKED_UP,
    ),
    effect="The arrest and the set-aside conviction are removed from public view. Police, prosecutors, courts "
    "and some licensing boards can still see them, and the conviction can still count in a later case.",
    limits=(
        "This is for a misdemeanor where the judge deferred the sentence and, after you finished probation, "
        "set the conviction aside and dismissed the case (article 894). There is no waiting period and no "
        "certificate from the district attorney is needed.",
        "If the court has not set the conviction aside yet, ask it to do that first; otherwise the five-year "
        "wait of the usual misdemeanor expungement applies.",
        "A pretrial diversion with no guilty plea is expunged as an arrest without a conviction (article 976).",
    ),
    next_steps=(
        "Get a copy of the court's order that set the conviction aside and dismissed the prosecution.",
        "File a motion to expunge a record of arrest and conviction of a misdemeanor with the clerk of the "
        "district court in the parish of conviction, and attach that order. Fees are at most 550 dollars; you "
        "can ask to file without paying if you cannot afford it.",
    ),
    filing="The district court of the parish where you were convicted.",
)

felony_expungement = Remedy(
    id="la-expungement-felony-978",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a felony conviction ten years after the sentence",
    citations=(CCRP_978_A_2, CCRP_978_B, CCRP_975),
    sources=(
        Source(
            "La. C.Cr.P. art. 978, 2014 text (Justia)",
            "http://law.justia.com/codes/louisiana/2014/code-codeofcriminalprocedure/ccrp-978",
        ),
        CCRC,
    ),
    effective=date(2014, 8, 1),
    reviewed=REVIEWED,
    # Human trafficking is a sex offense under R.S. 15:541, which art. 978(B) excludes.
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CCRP_978_A_2),
        level_is(Level.FELONY, cite=CCRP_978_A_2),
        # "More than ten years have elapsed": the first day is the day after the anniversary.
        waiting_period(years=10, days=1, since=Event.SENTENCE_COMPLETED, cite=CCRP_978_A_2),
        no_conviction_during_wait(years=10, since=Event.SENTENCE_COMPLETED, cite=CCRP_978_A_2),
        no_pending_case(cite=CCRP_978_A_2),
        NOT_A_SEX_OFFENSE_978,
        custom(
            "not a crime of violence",
            requirement="The felony was not a crime of violence.",
            reads=(Fact.CATEGORY,),
            rule=_not_a_crime_of_violence,
            cite=CCRP_978_B_1,
        ),
        NOT_LOCKED_UP,
    ),
    effect="The arrest and conviction are removed from public view. Police, prosecutors, courts and some "
    "licensing boards can still see them, and the conviction can still count in a later case.",
    limits=(
        "Only one felony expungement is allowed every fifteen years.",
        "Sex offenses cannot be expunged this way, and neither can crimes of violence or some drug felonies.",
        "If your sentence was deferred under article 893 and the court later set the conviction aside, you "
        "can file right away without the ten-year wait.",
    ),
    next_steps=(
        "Get a certificate from the district attorney that you have no conviction in the ten years and no open charge.",
        "File a motion to expunge a record of arrest and conviction of a felony with the clerk of the "
        "district court in the parish of conviction. Fees are at most 550 dollars; you can ask to file "
        "without paying if you cannot afford it.",
    ),
    filing="The district court of the parish where you were convicted.",
)

set_aside_felony_expungement = Remedy(
    id="la-expungement-set-aside-978-a-1",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a felony conviction the court set aside after a deferred sentence",
    citations=(CCRP_978_A_1, CCRP_893_E_2, CCRP_978_B, CCRP_975),
    sources=(
        ART_978_2014,
        Source(
            "Acts 2020, No. 70 (HB 178), enrolled: art. 893(E)(2)",
            "https://app.legiplex.com/la/legislature/2020/2020-r/bills/hb178/draft-337561?id=337561",
        ),
        CCRC,
    ),
    # In force since 1 August 2014 (Acts 2014, No. 145); Acts 2019, No. 268 kept (A)(1) as it was.
    effective=date(2014, 8, 1),
    reviewed=REVIEWED,
    # Human trafficking is a sex offense under R.S. 15:541, which art. 978(B)(2)(a) excludes "notwithstanding
    # any provision of Article 893".
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        # A felony conviction set aside, and the prosecution dismissed, under art. 893(E) at the end of a
        # deferred sentence: in the screener's words, a completed diversion of the deferred-adjudication kind.
        disposition_is(
            Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.DEFERRED_ADJUDICATION,), cite=CCRP_978_A_1
        ),
        level_is(Level.FELONY, cite=CCRP_978_A_1),
        # No wait, certificate, pending-charge or conviction-free condition: those are words of (A)(2) alone.
        # The crime-of-violence bar of (B)(1) yields where art. 893(E) allowed the deferral ("Unless otherwise
        # permissible under Article 893(E)"); the sex-offense bar of (B)(2)(a) applies "notwithstanding" it.
        NOT_A_SEX_OFFENSE_978,
        NOT_LOCKED_UP,
    ),
    effect="The arrest and the set-aside conviction are removed from public view. Police, prosecutors, courts "
    "and some licensing boards can still see them, and the conviction can still count in a later case.",
    limits=(
        "This is for a felony where the judge deferred the sentence and, after you finished probation, set the "
        "conviction aside and dismissed the case (article 893). There is no waiting period and no certificate "
        "from the district attorney is needed.",
        "If the court has not set the conviction aside yet, ask it to do that first. A sentence that was only "
        "suspended, not deferred, cannot be set aside this way.",
        "Sources say only one felony expungement is allowed every fifteen years, and some drug felonies are "
        "left out; we could not confirm whether either applies after a set-aside, so ask a lawyer.",
    ),
    next_steps=(
        "Get a copy of the court's order that set the conviction aside and dismissed the prosecution.",
        "File a motion to expunge a record of arrest and conviction of a felony with the clerk of the district "
        "court in the parish of conviction, and attach that order. Fees are at most 550 dollars; you can ask "
        "to file without paying if you cannot afford it.",
    ),
    filing="The district court of the parish where you were convicted.",
)

first_offender_expungement = Remedy(
    id="la-expungement-first-offender-978-a-3",
    kind=RemedyKind.EXPUNGEMENT,
    title="Expunge a first felony conviction right after the sentence ends",
    citations=(CCRP_978_A_3, RS_15_572_B, CCRP_975),
    sources=(
        Source(
            "SB 98 (2019), enacted as Act No. 268, with its résumé digest",
            "https://app.legiplex.com/la/legislature/2019/2019-r/bills/sb98/draft-349353",
        ),
        Source("Clean Slate Clearinghouse: Louisiana LA-C-3", "https://cleanslateclearinghouse.org/policies/la-c-3/"),
        _law("La. R.S. 15:572", "79202"),
        CCRC,
    ),
    # Acts 2019, No. 268 (SB 98): "Effective August 1, 2019."
    effective=date(2019, 8, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=CCRP_978_A_3),
        level_is(Level.FELONY, cite=RS_15_572_B),
        convictions_at_most(felonies=1, cite=RS_15_572_B),
        sentence_completed(cite=RS_15_572_B),
        NOT_A_SEX_OFFENSE_978,
        custom(
            "not a crime of violence",
            requirement="The felony was not a crime of violence.",
            reads=(Fact.CATEGORY,),
            rule=_not_a_crime_of_violence,
            cite=CCRP_978_A_3,
        ),
        NOT_LOCKED_UP,
    ),
    effect="The arrest and conviction are removed from public view without the ten-year wait. Police, "
    "prosecutors, courts and some licensing boards can still see them.",
    limits=(
        "You must have paid all court costs for the first offender pardon to apply.",
        "Only one felony expungement is allowed every fifteen years.",
    ),
    next_steps=(
        "Ask the Division of Probation and Parole for proof of your first offender pardon (or bring proof "
        "that you finished your sentence and paid court costs).",
        "File a motion to expunge a record of arrest and conviction of a felony with the clerk of the "
        "district court in the parish of conviction. Fees are at most 550 dollars; you can ask to file "
        "without paying if you cannot afford it.",
    ),
    filing="The district court of the parish where you were convicted.",
)

first_offender_pardon = Remedy(
    id="la-first-offender-pardon",
    kind=RemedyKind.PARDON,
    title="Automatic pardon for a first felony conviction",
    citations=(CONST_IV_5_E, RS_15_572_B),
    sources=(_law("La. R.S. 15:572", "79202"), CCRC),
    # The 1974 Constitution took effect on 1 January 1975.
    effective=date(1975, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY - {Category.TRAFFICKING},
    conditions=(
        convicted(cite=RS_15_572_B),
        level_is(Level.FELONY, cite=CONST_IV_5_E),
        # Custom: no named offense is a crime of violence; an unnamed 'other' felony stays open for a lawyer.
        custom(
            "non-violent crime",
            requirement="The conviction was for a non-violent crime, or for one of the few violent crimes the "
            "constitution names.",
            reads=(Fact.CATEGORY,),
            rule=_non_violent_crime,
            cite=CONST_IV_5_E,
        ),
        convictions_at_most(felonies=1, cite=RS_15_572_B),
        sentence_completed(cite=RS_15_572_B),
    ),
    effect="You are pardoned without applying once you finish the sentence, and your rights as a citizen "
    "come back. The conviction stays on your record, but the pardon opens the immediate expungement above.",
    limits=(
        "Only for a non-violent crime, and only once all court costs are paid.",
        "It does not restore gun rights and the conviction can still count in a later case.",
    ),
    next_steps=(
        "Nothing to file. For proof of the pardon, ask the Division of Probation and Parole for a first "
        "offender pardon certificate.",
    ),
    discretionary=False,
    filing="No filing; the Division of Probation and Parole can give you a certificate.",
)

governor_pardon = Remedy(
    id="la-governor-pardon",
    kind=RemedyKind.PARDON,
    title="Pardon by the governor on the Board of Pardons' recommendation",
    citations=(RS_15_572_A,),
    sources=(
        _law("La. R.S. 15:572", "79202"),
        Source(
            "La. Admin. Code tit. 22, pt. V, § 201: types of clemency (Justia)",
            "https://regulations.justia.com/states/louisiana/title-22/part-v/chapter-2/section-v-201/",
        ),
        Source(
            "La. Admin. Code tit. 22, pt. V, § 203: eligibility to apply (Justia, current through September 2024)",
            "https://regulations.justia.com/states/louisiana/title-22/part-v/chapter-2/section-v-203",
        ),
        CCRC,
    ),
    effective=date(1975, 1, 1),
    reviewed=REVIEWED,
    reaches=EVERY_CATEGORY,
    conditions=(
        convicted(cite=RS_15_572_A),
        # Custom: the Board's rule sets who may apply; the end of the sentence is not one of its terms.
        custom(
            "may apply now",
            requirement="The Board of Pardons' rules let you apply now.",
            reads=(Fact.SENTENCE_COMPLETED_DATE, Fact.UNDER_SENTENCE),
            rule=_may_apply_for_a_pardon,
            cite=LAC_22_V_203,
        ),
    ),
    effect="A pardon forgives the conviction and, for a felony, can restore your rights. The conviction "
    "stays on your record unless you also get it expunged.",
    limits=(
        "The governor can pardon only if the Board of Pardons recommends it, and only once all court costs "
        "are paid. Few applications are granted.",
    ),
    next_steps=(
        "Apply to the Louisiana Board of Pardons on its application form. You must also publish a notice in a "
        "newspaper, and the board holds a public hearing.",
    ),
    filing="The Louisiana Board of Pardons and Committee on Parole.",
)

JURISDICTION = Jurisdiction(
    code="LA",
    name="Louisiana",
    reviewed=REVIEWED,
    offenses=OFFENSES,
    remedies=(
        new_trial_for_trafficking_victims,
        trafficking_survivor_expungement,
        expungement_without_conviction,
        misdemeanor_expungement,
        set_aside_misdemeanor_expungement,
        felony_expungement,
        set_aside_felony_expungement,
        first_offender_expungement,
        first_offender_pardon,
        governor_pardon,
    ),
    legal_help=(
        LegalHelp(
            "Justice & Accountability Center of Louisiana",
            "https://www.jaclouisiana.org",
            "Free expungement clinics and reentry legal help",
        ),
        LegalHelp(
            "Acadiana Legal Service Corporation",
            "https://www.la-law.org",
            "Free expungement clinics in south and central Louisiana",
        ),
    ),
    where_to_file="The clerk of the district court in the parish where you were arrested or convicted.",
    notes=(
        "Expungement in Louisiana hides a record from the public; it does not destroy it.",
        "A child whose prostitution-type adjudication came from being trafficked can ask the juvenile court "
        "to set it aside and expunge it at any time (Children's Code art. 923).",
        "A 2023 law (SB 111, C.Cr.P. art. 985.2) provides a free, automated expungement on request from 2025, "
        "if the state funds it; it covers the same records as the expungements listed here.",
    ),
)
