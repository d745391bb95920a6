"""Massachusetts: the Suffolk County District Attorney's list of charges to decline.

Reviewed 2026-11-25 from stored copies of the policy memo and news reports.

Checked and encoded:
- Suffolk County, Rachael Rollins, policy memo of 2019-03-25: a presumption that charges on a
  list of fifteen low-level offenses are declined or dismissed before arraignment, including
  trespassing, disorderly conduct and disturbing the peace, which are often charged against
  street-based sex workers. Neither the campaign list nor the memo coverage seen names
  prostitution (G.L. c. 272, §§ 53, 53A) or sex for a fee, so only quality-of-life charges
  are encoded.

The list leaves out promoting and other third-party charges. The memo says appeals in cases that
would now be declined are to be dismissed, and that the office means to be data-driven (scorecard
completed on 2026-12-07).

Status: Rollins resigned to become U.S. Attorney for Massachusetts. Her appointed successor,
Kevin Hayden, said in 2022 that he backs the idea behind the list but would not say he would
keep it as written. No source seen says it was rescinded or kept, so its status is UNKNOWN.
"""

from datetime import date

from rules.law import Source
from rules.prosecutors import Coverage, PolicyStatus, ProsecutorPolicy, scorecard

REVIEWED = date(2026, 11, 25)

BOSTON_HERALD = Source(
    "Boston Herald: Fifteen crimes Rachael Rollins wouldn't pursue as DA (2018-09-07)",
    "https://www.bostonherald.com/2018/09/07/fifteen-crimes-rachael-rollins-wouldnt-pursue-as-da/",
)
BOSTON_25 = Source(
    "Boston 25 News: Suffolk County DA releases detailed memo (appeals of cases that would now be declined to be "
    "dismissed) (2019-03-25)",
    "http://www.boston25news.com/news/suffolk-county-da-releases-detailed-memo-plans-to-make-good-on-campaign-promises/934102720",
)

POLICIES = (
    ProsecutorPolicy(
        id="ma-suffolk-2019",
        jurisdiction="MA",
        counties=("Suffolk County",),
        office="Suffolk County District Attorney's Office",
        prosecutor="Rachael Rollins",
        announced=date(2019, 3, 25),
        covers=frozenset({Coverage.QUALITY_OF_LIFE}),
        summary=(
            "The Suffolk County DA set a default of dropping fifteen low-level charges, such as trespassing and "
            "disorderly conduct, before arraignment. Prostitution charges are not on the list."
        ),
        pending_cases=(
            "Listed charges are to be declined or dismissed before arraignment, or diverted, unless a supervisor "
            "approves going ahead."
        ),
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(
            Source(
                "The Rachael Rollins Policy Memo, March 2019 (copy)",
                "https://docslib.org/doc/13330244/the-rachael-rollins-policy-memo-march-2019-i-don-t-believe-accountability-has-to-equal-incarceration",
            ),
            Source(
                "Chelsea Record: Rollins releases policy memo (2019-03-29)",
                "http://chelsearecord.com/2019/03/29/council-will-assist-resident-in-resolving-issues-at-his-property/",
            ),
            Source(
                "Boston Herald: Fifteen crimes Rachael Rollins wouldn't pursue as DA (2018-09-07)",
                "https://www.bostonherald.com/2018/09/07/fifteen-crimes-rachael-rollins-wouldnt-pursue-as-da/",
            ),
            Source(
                "CommonWealth: Rollins reforms loom over Suffolk DA race (Hayden on the list)",
                "https://commonwealthmagazine.org/criminal-justice/rollins-reforms-loom-over-suffolk-da-race-2/",
            ),
            BOSTON_25,
        ),
        reviewed=date(2026, 12, 7),
        scorecard=scorecard(
            Source(
                "The Rachael Rollins Policy Memo, March 2019 (copy)",
                "https://docslib.org/doc/13330244/the-rachael-rollins-policy-memo-march-2019-i-don-t-believe-accountability-has-to-equal-incarceration",
            ),
            selling="no",
            buying="no",
            third_party=("no", BOSTON_HERALD),
            quality_of_life="yes",
            past=("partly", BOSTON_25),
            public="yes",
            data="partly",
        ),
    ),
)
