"""California: the Los Angeles County District Attorney's misdemeanor directive, and its end.

Reviewed 2026-11-25 from stored copies of the directive and news reports.

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

The directive bound the county District Attorney only; in cities with their own prosecutor
(such as the City of Los Angeles) misdemeanors are charged by the city attorney. Penal Code
§ 653.22 was itself repealed effective 2023-01-01 (SB 357).

Checked and dropped: San Francisco, Chesa Boudin, whose 2019 campaign answer to an ACLU
questionnaire said "offering or soliciting sex" would not be prosecuted; no office policy or
memo putting it in place was found, so there is no dated policy to encode. An advocacy group
says his successor, Brooke Jenkins, reversed the approach; in 2023 her office was referring
cited sex buyers to neighborhood court.
"""

from datetime import date

from rules.law import Source
from rules.prosecutors import Coverage, PolicyStatus, ProsecutorPolicy, scorecard

REVIEWED = date(2026, 11, 25)

DIRECTIVE = Source(
    "Special Directive 20-07, Misdemeanor Case Management (copy in City of Rosemead records)",
    "http://www3.cityofrosemead.org/WebLink/DocView.aspx?dbid=1&id=65760&repo=Rosemead",
)
METNEWS = Source(
    "Metropolitan News-Enterprise: Hochman Announces Immediate Rescinding of Certain Policies (2024-12-04)",
    "http://metnews.com/articles/2024/districtattorney_120424.htm",
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
        reviewed=REVIEWED,
        ended_by=METNEWS,
        scorecard=scorecard(
            DIRECTIVE,
            selling="no",
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
)
