"""California: the Los Angeles County District Attorney's misdemeanor directive and its end; the San Francisco
District Attorney's policies.

Reviewed 2026-11-25 from stored copies of the directive and news reports; San Francisco's were reviewed
again on 2026-12-07.

Checked and encoded:
- Los Angeles County, George Gascón, Special Directive 20-07 (Misdemeanor Case Management),
  issued 2020-12-07 and effective 2020-12-08: listed misdemeanors are declined or dismissed
  before arraignment unless listed exceptions apply. The list includes trespass, disturbing the
  peace, loitering, drinking in public and public intoxication, and loitering to commit
  prostitution (Penal Code § 653.22(a)(1)), which was to be declined without exception.
  Prostitution itself (Penal Code § 647(b)) appears only in one opinion piece's summary, not in
  the directive's text as reported elsewhere, so it is not encoded.
- Rescinded by Nathan Hochman, who revoked Gascón's special directives on taking office on
  2024-12-03.

The directive's list leaves out prostitution, buying sex and promoting (scorecard completed on
2026-12-07). The directive bound the county District Attorney only; in cities with their own prosecutor
(such as the City of Los Angeles) misdemeanors are charged by the city attorney. Penal Code
§ 653.22 was itself repealed effective 2023-01-01 (SB 357).

- San Francisco, George Gascón, "Prioritizing Safety for Sex Workers" policy, announced with the
  city's Department on the Status of Women on 2018-01-11 (police bulletin of December 2017): people
  in the sex trade who are victims or witnesses of violent crime are not prosecuted for prostitution
  (Penal Code § 647(b)), loitering to commit prostitution (§ 653.22), lewd conduct (§ 647(a)),
  public nuisance (§ 372) or misdemeanor drug offenses, and what they report is not used against
  them. Developed with sex worker rights groups. The sources speak of the person selling sex, so
  buying and third-party charges are not encoded.
  No source seen says whether Gascón's successors kept it, so its status is UNKNOWN.
  Confirmed by an account of 2019-09-25 (openDemocracy) describing the policy as in place. Other
  actors: the San Francisco Police Department issued the matching non-arrest bulletin in December
  2017 (announced with the policy); in October 2022 the Mission police captain, after what he called
  a two-year hiatus in enforcing prostitution offenses, promised enforcement on Capp Street (contrary).

- San Francisco, Brooke Jenkins: in a statement reported on 2023-02-12 (KRON4) she said citations for
  soliciting (buying sex) are referred to the office's neighborhood courts, where those cited agree
  to conditions such as John School and a pledge not to repeat; 14 had been referred. Encoded as
  buying, partly. It speaks of nothing else, and no source seen says whether it still applies.

Checked and dropped: San Francisco, Chesa Boudin, whose 2019 campaign answer to an ACLU
questionnaire said "offering or soliciting sex" would not be prosecuted; no office policy or
memo putting it in place was found, so there is no dated policy to encode. An advocacy group
says his successor, Brooke Jenkins, reversed the approach (her 2023 statement on buyers is encoded
above).
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

DIRECTIVE = Source(
    "Special Directive 20-07, Misdemeanor Case Management (copy in City of Rosemead records)",
    "http://www3.cityofrosemead.org/WebLink/DocView.aspx?dbid=1&id=65760&repo=Rosemead",
)
METNEWS = Source(
    "Metropolitan News-Enterprise: Hochman Announces Immediate Rescinding of Certain Policies (2024-12-04)",
    "http://metnews.com/articles/2024/districtattorney_120424.htm",
)

SF_POLICY = Source(
    "San Francisco District Attorney: Prioritizing Safety for Sex Workers policy (copy, posted 2018-03-27)",
    "https://uspros.net/2018/03/27/sf-amnesty-policies-for-sex-workers-safety/",
)
EBAR = Source(
    "Bay Area Reporter: Police, DA Seek to Aid Sex Workers (2018-01-17)",
    "https://www.ebar.com/story.php?ch=news&sc=crime&id=254786",
)
CBS_SF = Source(
    "CBS San Francisco: San Francisco Sex Workers Reporting Violent Crimes Won't Face Arrest (January 2018)",
    "https://www.cbsnews.com/sanfrancisco/news/san-francisco-sex-workers-wont-face-arrest/",
)
LUTNICK = Source(
    "Anti-Trafficking Review 12 (2019): The 'Prioritizing Safety for Sex Workers Policy' (A. Lutnick)",
    "https://docslib.org/doc/283995/a-sex-worker-rights-and-anti-trafficking-initiative",
)
OPEN_DEMOCRACY = Source(
    "openDemocracy: The path to prioritising safety for sex workers in California (2019-09-25)",
    "https://www.opendemocracy.net/en/beyond-trafficking-and-slavery/path-prioritising-safety-sex-workers-california/",
)
MISSION_LOCAL = Source(
    "Mission Local: SFPD promises prostitution crackdown on Capp Street after a lapse in enforcement (2022-10-05)",
    "https://missionlocal.org/2022/10/lapse-sfpd-prostitution-crackdown-capp-street/",
)
KRON_JENKINS = Source(
    "KRON4: Are barricades in Mission District stopping solicitation? (DA Jenkins on citations for soliciting) "
    "(2023-02-12)",
    "https://www.kron4.com/news/bay-area/are-barricades-in-mission-district-stopping-solicitation/",
)

POLICIES = (
    ProsecutorPolicy(
        id="ca-los-angeles-2020",
        jurisdiction="CA",
        counties=("Los Angeles County",),
        office="Los Angeles County District Attorney's Office",
        prosecutor="George Gascón",
        announced=date(2020, 12, 7),
        covers=frozenset({Coverage.LOITERING, Coverage.QUALITY_OF_LIFE}),
        summary=(
            "The LA County DA told prosecutors to drop loitering to commit prostitution and many low-level charges, "
            "such as trespass and disturbing the peace, before arraignment. The next DA ended this on December 3, 2024."
        ),
        pending_cases=(
            "Listed charges were to be declined, or dismissed before arraignment, unless an exception applied. "
            "Loitering to commit prostitution had no exceptions."
        ),
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.RESCINDED,
        status_changed=date(2024, 12, 3),
        sources=(
            Source(
                "Special Directive 20-07, Misdemeanor Case Management (copy in City of Rosemead records)",
                "http://www3.cityofrosemead.org/WebLink/DocView.aspx?dbid=1&id=65760&repo=Rosemead",
            ),
            Source(
                "Claremont Courier: Council hears details on DA misdemeanor crime directive",
                "https://claremont-courier.com/latest-news/council-hears-details-on-da-misdemeanor-crime-directive-46985/",
            ),
            Source(
                "Kaass Law: Prosecuting Misdemeanors, Part Three (loitering to commit prostitution dismissed)",
                "https://kaass.com/prosecuting-misdemeanors-part-three/",
            ),
            Source(
                "Metropolitan News-Enterprise: Hochman Announces Immediate Rescinding of Certain Policies (2024-12-04)",
                "http://metnews.com/articles/2024/districtattorney_120424.htm",
            ),
        ),
        reviewed=date(2026, 12, 7),
        ended_by=METNEWS,
        scorecard=scorecard(
            DIRECTIVE,
            selling="no",
            buying="no",
            third_party="no",
            quality_of_life="yes",
            past=(
                "partly",
                Source(
                    "Kaass Law: Prosecuting Misdemeanors, Part Three (loitering to commit prostitution dismissed)",
                    "https://kaass.com/prosecuting-misdemeanors-part-three/",
                ),
            ),
            public="yes",
        ),
    ),
    ProsecutorPolicy(
        id="ca-los-angeles-2024",
        jurisdiction="CA",
        counties=("Los Angeles County",),
        office="Los Angeles County District Attorney's Office",
        prosecutor="Nathan J. Hochman",
        announced=date(2024, 12, 3),
        covers=frozenset(),
        summary=(
            "On taking office, the new LA County DA revoked his predecessor's special directives, including the one "
            "that had low-level charges dropped. Those charges may be prosecuted again."
        ),
        pending_cases="The listed charges may be prosecuted again.",
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        replaces="ca-los-angeles-2020",
        sources=(METNEWS,),
        reviewed=REVIEWED,
        scorecard=scorecard(METNEWS, quality_of_life="no", public="yes"),
    ),
    ProsecutorPolicy(
        id="ca-san-francisco-2018",
        jurisdiction="CA",
        counties=("San Francisco County",),
        office="San Francisco District Attorney's Office",
        prosecutor="George Gascón",
        announced=date(2018, 1, 11),
        covers=frozenset({Coverage.SELLING, Coverage.LOITERING, Coverage.QUALITY_OF_LIFE}),
        summary=(
            "San Francisco prosecutors do not charge prostitution or minor drug offenses against sex workers who "
            "report, or witness, a violent crime. Other prostitution cases are still charged."
        ),
        pending_cases=(
            "Prostitution and minor drug charges are not brought against a sex worker who came forward as the victim "
            "or witness of a violent crime, and what they report is not used against them."
        ),
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(EBAR, SF_POLICY, CBS_SF, LUTNICK, OPEN_DEMOCRACY),
        reviewed=date(2026, 12, 7),
        confirmed=(Confirmation(date(2019, 9, 25), OPEN_DEMOCRACY),),
        scorecard=scorecard(
            SF_POLICY,
            selling="partly",
            quality_of_life="partly",
            public="yes",
            sex_workers=("yes", LUTNICK),
        ),
        other_actors=(
            OtherActor(
                ActorKind.POLICE, "San Francisco Police Department", ActorStance.NON_ARREST, date(2018, 1, 11), EBAR
            ),
            OtherActor(
                ActorKind.POLICE,
                "San Francisco Police Department (Mission Station)",
                ActorStance.CONTRARY,
                date(2022, 10, 5),
                MISSION_LOCAL,
            ),
        ),
    ),
    ProsecutorPolicy(
        id="ca-san-francisco-2023",
        jurisdiction="CA",
        counties=("San Francisco County",),
        office="San Francisco District Attorney's Office",
        prosecutor="Brooke Jenkins",
        announced=date(2023, 2, 12),
        covers=frozenset({Coverage.BUYING}),
        summary=(
            "San Francisco's DA said people cited for trying to buy sex are sent to the office's neighborhood "
            "courts, where they agree to conditions such as a class for buyers. It says nothing about selling sex."
        ),
        pending_cases=(
            "A citation for soliciting is referred to neighborhood court, where the person agrees to conditions "
            "such as a class for buyers and a promise not to do it again."
        ),
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(KRON_JENKINS, MISSION_LOCAL),
        reviewed=date(2026, 12, 7),
        scorecard=scorecard(KRON_JENKINS, buying="partly", public="partly"),
        other_actors=(
            OtherActor(
                ActorKind.POLICE,
                "San Francisco Police Department (Mission Station)",
                ActorStance.CONTRARY,
                date(2022, 10, 5),
                MISSION_LOCAL,
            ),
        ),
    ),
)
