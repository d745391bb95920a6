"""Washington: the Seattle City Attorney's and the King County Prosecutor's policies on prostitution charges.

Reviewed 2026-12-06 from stored copies of news reports and the offices' filings and letters; the Seattle
City Attorney's SOAP orders and Davison's successor entry were added on 2026-12-07.

Checked and encoded:
- Seattle, City Attorney Pete Holmes: in September 2021 the Municipal Court granted his motion to
  quash all 37 outstanding misdemeanor prostitution warrants (34 people, 2001-2019) and to dismiss
  the cases or vacate the charges, without refiling. The report says the office had not prosecuted
  anyone for selling sex since 2019. Buyers ("sexual exploitation") were still charged under his
  2017 charging policy. The City Attorney prosecutes misdemeanors in Seattle only. In the same month
  Holmes told his staff to stop asking judges for SOAP and SODA orders ("stay out of areas of
  prostitution / drug areas"), per a sex worker rights group's post of September 2021; his office
  had filed no prostitution loitering charge since 2018, and the City Council repealed that crime on
  2020-06-22 (Seattle Times).
- King County, Prosecuting Attorney Dan Satterberg, reported 2018-01-09: people are not prosecuted
  for prostitution when they seek medical help or report a crime against themselves or others.
- Seattle, City Attorney Ann Davison (successor entry, linked to Holmes's): she put forward, and
  the City Council passed on 2024-09-17 (8-1), ordinances that brought back the crime of
  prostitution loitering and created a Stay Out of Areas of Prostitution zone along Aurora Avenue
  North. The sponsor said on 2024-08-20 that the SOAP part would reach only buyers and promoters;
  the loitering law was kept whole. A later report (undated, "more than seven months after the law
  passed") says her office had charged nine men with prostitution loitering or sexual exploitation
  since October 2024; its date could not be read, so it is not recorded as a confirmation.

Other actors: the Seattle Police Department ramped up arrests and stings of sex workers and buyers
in 2019 (contrary), per the 2021 report.

Checked and dropped: Erika Evans, elected City Attorney in November 2025 (sworn in January 2026),
said before taking office that she would neither seek new SOAP orders nor charge violations of
existing ones (Seattle Times editorial of 2025-12-07; KUOW). No source seen shows her office putting
that in place (her first memo, of 2026-01-01, concerned drug cases), so, as with a campaign pledge,
no entry is encoded; Davison's entry records the pledge. King County Prosecuting Attorney Leesa
Manion (from 2023): no source found on the 2018 policy.
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
RIGHTS_AND_SAFETY = Source(
    "Coalition for Rights & Safety: all outstanding prostitution cases at Seattle Municipal Court closed; the City "
    "Attorney stops seeking SOAP and SODA orders (September 2021)",
    "http://rightsandsafety.org/2021/09",
)
SEATTLE_TIMES_2020 = Source(
    "Seattle Times: Seattle City Council votes to repeal loitering laws (no prostitution loitering charge filed "
    "since 2018) (2020-06-22)",
    "https://www.seattletimes.com/seattle-news/homeless/seattle-city-council-votes-to-repeal-loitering-laws-but-groups-say-much-more-is-needed/",
)
MYNORTHWEST = Source(
    "MyNorthwest: Ann Davison on SOAP laws curbing Seattle sex trafficking: 'The goal is disruption' (2024-09-17)",
    "https://mynorthwest.com/3988355/davison-soap-laws-curbing-city-sex-trafficking-goal-disruption/",
)
PUBLICOLA_SOAP = Source(
    "PubliCola: Council Legislation Would Ban Sex Workers from Aurora Ave. North (2024-08-01)",
    "https://publicola.com/2024/08/01/council-proposes-creating-huge-new-zone-where-sex-workers-arent-allowed",
)
PUBLICOLA_AMENDED = Source(
    "PubliCola: Seattle Nice: will anti-sex work laws help sex workers? (sponsor to take sex workers out of SOAP "
    "orders; loitering law kept) (2024-08-20)",
    "https://publicola.com/2024/08/20/seattle-nice-will-anti-sex-work-laws-help-sex-workers",
)
BARNETT = Source(
    "Erica C. Barnett: Seattle Leaders Said 'Stay Out' Orders Would Reduce Gun Violence and Sex Trafficking. So Far, "
    "They've Issued Five. (2025)",
    "https://ericacbarnett.substack.com/p/seattle-leaders-said-stay-out-orders",
)
SEATTLE_TIMES_EVANS = Source(
    "Seattle Times editorial: New Seattle city attorney: Where's the plan to fight sex trafficking? (2025-12-07; "
    "read in a newsgroup repost)",
    "https://www.seattletimes.com/opinion/editorials/new-seattle-city-attorney-must-offer-plan-to-combat-sex-trafficking/",
)
MIAMI_DAILY = Source(
    "Incoming Seattle City Attorney Signals End to Enforcement of Anti-Prostitution Zones (Evans to KUOW; 32 active "
    "SOAP orders)",
    "https://miamidaily.life/news/incoming-seattle-city-attorney-signals-end-to-enforcement-of-anti-prostitution-zones",
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
        sources=(EMERALD, HOLMES_2017, RIGHTS_AND_SAFETY, SEATTLE_TIMES_2020),
        reviewed=date(2026, 12, 7),
        scorecard=scorecard(
            EMERALD,
            selling="yes",
            buying=("no", HOLMES_2017),
            quality_of_life=("partly", RIGHTS_AND_SAFETY),
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
    ProsecutorPolicy(
        id="wa-seattle-2024",
        jurisdiction="WA",
        counties=("King County",),
        office="Seattle City Attorney's Office",
        prosecutor="Ann Davison",
        announced=date(2024, 9, 17),
        covers=frozenset(),
        summary=(
            "A later Seattle City Attorney backed a 2024 law that brought back the crime of prostitution loitering "
            "and orders keeping people out of part of Aurora Avenue, aimed at buyers and promoters. The City "
            "Attorney elected in 2025 said she would stop seeking those orders."
        ),
        pending_cases=(
            "Prostitution loitering and sexual exploitation (buying sex) may be charged in Seattle Municipal Court, "
            "and judges may order people charged to stay out of the zone."
        ),
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        replaces="wa-seattle-2021",
        sources=(MYNORTHWEST, PUBLICOLA_SOAP, PUBLICOLA_AMENDED, BARNETT, SEATTLE_TIMES_EVANS, MIAMI_DAILY),
        reviewed=date(2026, 12, 7),
        scorecard=scorecard(
            MYNORTHWEST,
            buying=("no", BARNETT),
            third_party="no",
            quality_of_life=("no", PUBLICOLA_SOAP),
            public="yes",
        ),
    ),
)
