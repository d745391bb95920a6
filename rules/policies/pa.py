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
No source seen tells whether the memo still applies, so its status is UNKNOWN. Buying sex is
not covered: the memo speaks only of charges against sex workers.
"""

from datetime import date

from rules.law import Source
from rules.prosecutors import Confirmation, Coverage, PolicyStatus, ProsecutorPolicy, scorecard

REVIEWED = date(2026, 11, 25)

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
        reviewed=REVIEWED,
        scorecard=scorecard(
            Source(
                "The Intercept: Philadelphia DA Larry Krasner's memo (new policies of 2018-02-15)",
                "https://theintercept.com/document/philadelphia-da-larry-krasners-revolutionary-memo/",
            ),
            selling="partly",
            past="partly",
            public="yes",
        ),
    ),
)
