"""Pennsylvania: the Philadelphia District Attorney's policy on prostitution charges.

Reviewed 2026-11-25 from a stored copy of the memo (published by The Intercept) and news reports.

Checked and encoded:
- Philadelphia, Larry Krasner, memo "New Policies Announced February 15, 2018": do not charge
  prostitution against sex workers with two or fewer prostitution convictions, and withdraw
  pending cases that fall under the policy; people with three or more such convictions are
  charged and referred at once to Project Dawn Court.

Not verified: a later undated copy of the office's policies, seen only on an unreliable site,
states the rule without the prior-convictions limit; it is not relied on. A 2022 Inquirer
report (seen only as a reposted copy) says the office filed four prostitution cases in 2021.
A reposted 2022 Inquirer report says prosecutors had almost stopped bringing prostitution cases and
were frank about not charging sex workers (recorded as a confirmation of 2022-07-03, the repost's
date). Other actors: a 2024-06-18 Inquirer op-ed reports the mayor's decision to have police make
prostitution arrests in Kensington (contrary). No later source tells whether the memo still applies,
so its status is UNKNOWN. Buying sex is
not covered: the memo speaks only of charges against sex workers; the 2024 op-ed says the policy did
not restrict prosecution of buying sex or of trafficking (scorecard completed on 2026-12-07).
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

REVIEWED = date(2026, 11, 25)

INQUIRER_2022 = Source(
    "Philadelphia Inquirer (reposted 2022-07-03): Prostitution cases dwindle to almost nothing; four filed in 2021",
    "https://sexualpolitixxx.blog/2022/07/03/crime-and-court-writer-vinny-vella-on-phillys-2019-lead-program-defined-as-police-assisted-diversion-pad/",
)
INQUIRER_2024 = Source(
    "Philadelphia Inquirer op-ed (2024-06-18): the mayor's decision to have police arrest for prostitution in "
    "Kensington; the 2018 policy did not cover buying sex",
    "https://www.ahomefordawn.org/post/eradicate-the-sex-trade-in-kensington",
)

POLICIES = (
    ProsecutorPolicy(
        id="pa-philadelphia-2018",
        jurisdiction="PA",
        counties=("Philadelphia County",),
        office="Philadelphia District Attorney's Office",
        prosecutor="Larry Krasner",
        announced=date(2018, 2, 15),
        covers=frozenset({Coverage.SELLING}),
        summary=(
            "In 2018 Philadelphia prosecutors were told not to charge sex workers with prostitution if they had two "
            "or fewer prostitution convictions. People with three or more were to be charged and sent to Project "
            "Dawn Court."
        ),
        pending_cases="Prosecutors were told to withdraw pending cases that the policy would have declined.",
        past_cases="Not addressed.",
        warrants="Not addressed.",
        status=PolicyStatus.UNKNOWN,
        sources=(
            Source(
                "The Intercept: Philadelphia DA Larry Krasner's memo (new policies of 2018-02-15)",
                "https://theintercept.com/document/philadelphia-da-larry-krasners-revolutionary-memo/",
            ),
            Source(
                "Equal Justice Initiative: Philadelphia District Attorney Advances Criminal Justice Reforms",
                "https://eji.org/news/philadelphia-district-attorney-advances-criminal-justice-reforms/",
            ),
        ),
        reviewed=date(2026, 12, 7),
        scorecard=scorecard(
            Source(
                "The Intercept: Philadelphia DA Larry Krasner's memo (new policies of 2018-02-15)",
                "https://theintercept.com/document/philadelphia-da-larry-krasners-revolutionary-memo/",
            ),
            selling="partly",
            buying=("no", INQUIRER_2024),
            third_party=("no", INQUIRER_2024),
            past="partly",
            public="yes",
        ),
        confirmed=(Confirmation(date(2022, 7, 3), INQUIRER_2022),),
        other_actors=(
            OtherActor(
                ActorKind.POLICE,
                "Philadelphia Police Department",
                ActorStance.CONTRARY,
                date(2024, 6, 18),
                INQUIRER_2024,
            ),
        ),
    ),
)
