"""Texas: the Dallas and Bexar County District Attorneys' policies on criminal trespass.

Reviewed 2026-12-06 from a stored copy of the District Attorney's letter of 2019-04-11 and news reports.

Checked and encoded:
- Dallas County, John Creuzot, letter "To the People of Dallas County" of 2019-04-11: criminal
  trespass is not prosecuted unless there is physical intrusion or it involves a home (a charge
  often brought against homeless people). The letter also covers first-offense marijuana, trace
  drug possession and theft of necessary items; it does not mention prostitution.
- Bexar County, Joe Gonzales, press release of 2019-04-23 (posted 2019-04-24), effective
  2019-04-20 "until further notice": criminal trespass charges are rejected when the offense is at
  a non-residential place, it is the only charge, the person appears to be homeless, and the person
  has no violent history and is not on probation or deferred adjudication. Police may still arrest.
  The release does not mention prostitution.

Neither letter names promoting or any other third-party charge (scorecards completed on 2026-12-07).

Other actors: the DeSoto police chief said on 2019-04-12 that his officers would keep arresting and
would take rejected cases to municipal court (contrary).

Not verified: a later report says Dallas County still prosecutes criminal trespass only on physical
intrusion; its date could not be read, so it is not recorded as a confirmation. Creuzot ended the
theft part in 2022; no source seen ends the trespass part.
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

LETTER = Source(
    "Dallas County District Attorney John Creuzot: letter to the people of Dallas County (2019-04-11)",
    "https://www.dallascounty.org/Assets/uploads/docs/district-attorney/messages-from-da/Official-DACreuzotPoliciesLetter_April2019.pdf",
)
CBS = Source(
    "CBS DFW: Dallas County District Attorney John Creuzot Announces He Won't Prosecute 'Low-Level' Crimes",
    "https://www.cbsnews.com/dfw/news/dallas-county-district-attorney-john-creuzot-low-level-crimes/",
)
POLICE1 = Source(
    "Police1 (Dallas Morning News): Police say Dallas DA's plan to give petty criminals a pass could backfire",
    "https://www.police1.com/community-policing/articles/police-say-dallas-das-plan-to-give-petty-criminals-a-pass-could-backfire-ZsHGIUtyBwur4hiN/",
)
BEXAR_RELEASE = Source(
    "Bexar County District Attorney: Joe Gonzales issues new guidelines for criminal trespass arrests (2019-04-23)",
    "https://elections.bexar.org/CivicAlerts.aspx?AID=501",
)

POLICIES = (
    ProsecutorPolicy(
        id="tx-dallas-2019",
        jurisdiction="TX",
        counties=("Dallas County",),
        office="Dallas County Criminal District Attorney's Office",
        prosecutor="John Creuzot",
        announced=date(2019, 4, 11),
        covers=frozenset({Coverage.QUALITY_OF_LIFE}),
        summary=(
            "The Dallas County DA stopped prosecuting criminal trespass unless there was physical intrusion or a "
            "home was involved. Prostitution charges are not covered."
        ),
        pending_cases="Criminal trespass without physical intrusion or a home involved is declined.",
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(LETTER, CBS, POLICE1),
        reviewed=date(2026, 12, 7),
        scorecard=scorecard(
            LETTER,
            selling="no",
            buying="no",
            third_party="no",
            quality_of_life="partly",
            public="yes",
        ),
        other_actors=(
            OtherActor(ActorKind.POLICE, "DeSoto Police Department", ActorStance.CONTRARY, date(2019, 4, 12), POLICE1),
        ),
    ),
    ProsecutorPolicy(
        id="tx-bexar-2019",
        jurisdiction="TX",
        counties=("Bexar County",),
        office="Bexar County Criminal District Attorney's Office",
        prosecutor="Joe D. Gonzales",
        announced=date(2019, 4, 20),
        covers=frozenset({Coverage.QUALITY_OF_LIFE}),
        summary=(
            "The Bexar County DA rejects a criminal trespass charge when it is the only charge, the place is not a "
            "home, and the person appears homeless with no violent history. Prostitution charges are not covered."
        ),
        pending_cases=(
            "A lone criminal trespass charge at a non-residential place is rejected when the person appears homeless, "
            "has no violent history and is not on probation or deferred adjudication."
        ),
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(BEXAR_RELEASE,),
        reviewed=date(2026, 12, 7),
        scorecard=scorecard(
            BEXAR_RELEASE,
            selling="no",
            buying="no",
            third_party="no",
            quality_of_life="partly",
            public="yes",
        ),
    ),
)
