"""Tennessee: the Shelby County District Attorney General's agreement to stop charging aggravated prostitution.

Reviewed 2026-12-06 from stored copies of news reports on the agreement with the U.S. Department of Justice.

Checked and encoded:
- Shelby County, Steve Mulroy: in May 2024 (DOJ statement of 2024-05-16) the office agreed with the
  Justice Department to stop prosecuting people living with HIV under the aggravated prostitution
  statute (a felony with sex-offender registration), and to tell people eligible to have such
  convictions vacated or sentences ended how to petition. Mulroy said ordinary prostitution is
  still prosecuted. Confirmed in force by reports of 2024-06-11.

Other actors: on 2024-06-10 a state senator asked the Tennessee Attorney General whether the AG can
appoint a special prosecutor for cases the District Attorney declines (may take over). No source
seen says the AG did so.
"""

from datetime import date

from rules.law import Source
from rules.prosecutors import (
    ActorKind,
    ActorStance,
    Confirmation,
    Coverage,
    OtherActor,
    PolicyStatus,
    ProsecutorPolicy,
    scorecard,
)

REVIEWED = date(2026, 12, 6)

WKNO = Source(
    "WKNO: In deal with feds, Shelby County DA won't enforce state aggravated prostitution law (2024-05-21)",
    "https://www.wknofm.org/news-and-features/2024-05-21/in-deal-with-feds-shelby-county-da-wont-enforce-state-aggravated-prostitution-law",
)
AVN = Source(
    "AVN: Tenn. DA agrees to end upped prostitution charges for HIV+ people (DOJ statement of 2024-05-16)",
    "https://avn.com/business/articles/legal/doj-says-tenn-da-to-end-prostitution-charges-for-people-with-hiv-931493.html",
)
WREG = Source(
    "WREG: TN lawmaker wants special prosecutor after Shelby County DA agrees to stop prosecuting aggravated "
    "prostitution",
    "https://digital-stage.wreg.com/news/tn-lawmaker-wants-special-prosecutor-after-shelby-county-da-agrees-to-stop-prosecuting-aggravated-prostitution/amp",
)
LOCAL_MEMPHIS = Source(
    "Local Memphis: State Sen. Brent Taylor letter to the Attorney General on the DOJ-Shelby County DA agreement "
    "(letter of 2024-06-10)",
    "https://localmemphis.com/article/news/politics/state-sen-brent-taylor-letter-doj-shelby-county-da-agreement-end-aggravated-prostitution-prosecutions-people-living-with-hiv/522-c79732ab-5fad-4728-a619-a7f6f3dbdec8",
)
HOODLINE = Source(
    "Hoodline: State Senator questions DOJ and Shelby County DA agreement on prostitution prosecutions (2024-06-11)",
    "https://hoodline.com/2024/06/state-senator-brent-taylor-questions-legal-basis-of-doj-and-shelby-county-da-agreement-on-prostitution-prosecutions/",
)

POLICIES = (
    ProsecutorPolicy(
        id="tn-shelby-2024",
        jurisdiction="TN",
        counties=("Shelby County",),
        office="Shelby County District Attorney General's Office",
        prosecutor="Steve Mulroy",
        announced=date(2024, 5, 16),
        covers=frozenset({Coverage.SELLING}),
        summary=(
            "The Shelby County DA agreed with the U.S. Justice Department to stop charging aggravated prostitution, "
            "the felony used against people living with HIV. Ordinary prostitution is still prosecuted."
        ),
        pending_cases=(
            "Aggravated prostitution is no longer charged. An ordinary prostitution charge may still be prosecuted."
        ),
        past_cases=(
            "The office must tell people who can ask to have an aggravated prostitution conviction vacated, or their "
            "sentence ended, how to file."
        ),
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(AVN, WKNO, WREG, HOODLINE),
        reviewed=REVIEWED,
        confirmed=(Confirmation(date(2024, 6, 11), HOODLINE),),
        scorecard=scorecard(
            AVN,
            selling=("partly", WREG),
            buying=("no", WREG),
            past="partly",
            public=("yes", WKNO),
        ),
        other_actors=(
            OtherActor(
                ActorKind.ATTORNEY_GENERAL,
                "Tennessee Attorney General Jonathan Skrmetti",
                ActorStance.MAY_TAKE_OVER,
                date(2024, 6, 10),
                LOCAL_MEMPHIS,
            ),
        ),
    ),
)
