"""Washington: the Seattle City Attorney's and the King County Prosecutor's policies on prostitution charges.

Reviewed 2026-12-06 from stored copies of news reports and the offices' filings and letters.

Checked and encoded:
- Seattle, City Attorney Pete Holmes: in September 2021 the Municipal Court granted his motion to
  quash all 37 outstanding misdemeanor prostitution warrants (34 people, 2001-2019) and to dismiss
  the cases or vacate the charges, without refiling. The report says the office had not prosecuted
  anyone for selling sex since 2019. Buyers ("sexual exploitation") were still charged under his
  2017 charging policy. The City Attorney prosecutes misdemeanors in Seattle only.
- King County, Prosecuting Attorney Dan Satterberg, reported 2018-01-09: people are not prosecuted
  for prostitution when they seek medical help or report a crime against themselves or others.

Other actors: the Seattle Police Department ramped up arrests and stings of sex workers and buyers
in 2019 (contrary), per the 2021 report.

Checked and dropped: Seattle City Attorney Ann Davison (from 2022): a 2024 report says her office
charged 30 men with sexual exploitation in 2023; no source seen says whether she kept or ended the
policy on selling, so no successor entry is encoded.
"""

from datetime import date

from rules.law import Source
from rules.prosecutors import (
    ActorKind,
    ActorStance,
    Coverage,
    OtherActor,
    PolicyStatus,
    ProsecutorPolicy,
    scorecard,
)

REVIEWED = date(2026, 12, 6)

EMERALD = Source(
    "South Seattle Emerald (PubliCola): Court Approves City Attorney's Motion To Clear Outstanding Prostitution "
    "Warrants (2021-09-18)",
    "https://southseattleemerald.org/amp/story/news/2021/09/18/court-approves-city-attorneys-motion-to-clear-outstanding-prostitution-warrants",
)
HOLMES_2017 = Source(
    "Seattle City Attorney Peter S. Holmes: letter to the Municipal Court on the Sexual Exploitation charging "
    "policy (2017-09-26)",
    "https://assets.documentcloud.org/documents/4061522/Letter-From-Holmes-on-Sexual-Exploitation-Policy.txt",
)
KING5 = Source(
    "KING 5: Policy aims to build trust among sex workers (2018-01-09)",
    "https://www.king5.com/article/news/local/policy-aims-to-build-trust-among-sex-workers/281-506276354",
)
KING_COUNTY_BRIEF = Source(
    "King County Prosecuting Attorney: brief in State v. Peters, promoting prostitution (2018-01-29)",
    "https://assets.documentcloud.org/documents/4419449/051-SUB-2018-01-29-REP-Brief-in-Opposition.txt",
)

POLICIES = (
    ProsecutorPolicy(
        id="wa-seattle-2021",
        jurisdiction="WA",
        counties=("King County",),
        office="Seattle City Attorney's Office",
        prosecutor="Pete Holmes",
        announced=date(2021, 9, 18),
        covers=frozenset({Coverage.SELLING}),
        summary=(
            "The Seattle City Attorney had all outstanding prostitution warrants quashed and the cases dropped for "
            "good. Only cases in Seattle Municipal Court are covered, and buyers were still charged."
        ),
        pending_cases="The office had not charged anyone for selling sex since 2019.",
        past_cases=(
            "The court dismissed the cases or vacated the charges of the 34 people named in the warrants, and they "
            "cannot be refiled."
        ),
        warrants="All 37 outstanding misdemeanor prostitution warrants, from 2001 to 2019, were quashed.",
        status=PolicyStatus.UNKNOWN,
        sources=(EMERALD, HOLMES_2017),
        reviewed=REVIEWED,
        scorecard=scorecard(
            EMERALD,
            selling="yes",
            buying=("no", HOLMES_2017),
            past="yes",
            public="partly",
        ),
        other_actors=(
            OtherActor(ActorKind.POLICE, "Seattle Police Department", ActorStance.CONTRARY, date(2021, 9, 18), EMERALD),
        ),
    ),
    ProsecutorPolicy(
        id="wa-king-county-2018",
        jurisdiction="WA",
        counties=("King County",),
        office="King County Prosecuting Attorney's Office",
        prosecutor="Dan Satterberg",
        announced=date(2018, 1, 9),
        covers=frozenset({Coverage.SELLING}),
        summary=(
            "King County prosecutors do not charge prostitution against a person who seeks medical help or reports "
            "a crime against themselves or someone else. Other prostitution cases are still charged."
        ),
        pending_cases=(
            "Prostitution is not charged against a person who came forward to report a crime or to seek medical help."
        ),
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(KING5, KING_COUNTY_BRIEF),
        reviewed=REVIEWED,
        scorecard=scorecard(
            KING5,
            selling="partly",
            buying=("no", KING_COUNTY_BRIEF),
            third_party=("no", KING_COUNTY_BRIEF),
            public="partly",
        ),
    ),
)
