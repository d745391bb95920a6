"""Maryland: the Baltimore City State's Attorney's policy on low-level offenses, and its end.

Reviewed 2026-11-25 from stored copies of news reports.

Checked and encoded:
- Baltimore City, Marilyn Mosby: on 2020-03-18, at the start of the COVID-19 pandemic, she told
  her prosecutors to dismiss charges for drug possession, prostitution, trespassing, open
  container, urinating in public, "rogue and vagabond" and minor traffic offenses. On 2021-03-26
  she made the policy permanent and reported 1,423 cases dismissed and 1,415 warrants quashed.
- Rescinded by her successor, Ivan Bates, in his inaugural address on 2023-01-03 ("Effective
  right now ... I recall that policy"). His June 2023 citation program for quality-of-life
  offenses is not a non-prosecution policy and left prostitution out, so it is not encoded.

Prostitution under Maryland law can reach both sides; the sources speak of prostitution charges
against the person selling, so only selling is encoded.
"""

from datetime import date

from rules.law import Source
from rules.prosecutors import Confirmation, Coverage, PolicyStatus, ProsecutorPolicy, scorecard

REVIEWED = date(2026, 11, 25)

WMAR = Source(
    "WMAR-2: Mosby orders staff to stop prosecuting drug possession, prostitution, other crimes (2020-03-18)",
    "https://www.wmar2news.com/news/local-news/baltimore-states-attorney-mosby-orders-staff-to-stop-prosecuting-drug-possession-prostitution-other-crimes-amid-coronavirus",
)
THE_HILL = Source(
    "The Hill: Baltimore drops prosecution of low-level crimes, including prostitution (2021-03-26)",
    "https://thehill.com/homenews/state-watch/545218-baltimore-drops-prosecution-of-low-level-crimes-including-prostitution/",
)
BALTIMORE_SUN = Source(
    "Baltimore Sun: Ivan Bates sworn in, immediately reinstates prosecution of low-level offenses (2023-01-03)",
    "https://www.baltimoresun.com/news/crime/bs-md-ci-cr-ivan-bates-swearing-in-20230103-jub5u3i5xjh5tetvlvaaqliwa4-story.html",
)

POLICIES = (
    ProsecutorPolicy(
        id="md-baltimore-city-2020",
        jurisdiction="MD",
        counties=("Baltimore city",),
        office="Office of the State's Attorney for Baltimore City",
        prosecutor="Marilyn J. Mosby",
        announced=date(2020, 3, 18),
        covers=frozenset({Coverage.SELLING, Coverage.QUALITY_OF_LIFE}),
        summary=(
            "In March 2020, Baltimore City stopped prosecuting prostitution, trespassing, public urination and some "
            "other minor charges. The policy was made permanent in 2021 and ended on January 3, 2023."
        ),
        pending_cases="Prosecutors were told to dismiss pending charges for the listed offenses.",
        past_cases=(
            "In the first year, 1,423 cases for the listed offenses were dismissed. Closed cases and convictions "
            "were not addressed."
        ),
        warrants="In the first year, 1,415 warrants for the listed offenses were quashed.",
        status=PolicyStatus.RESCINDED,
        status_changed=date(2023, 1, 3),
        sources=(
            Source(
                "WMAR-2: Mosby orders staff to stop prosecuting drug possession, prostitution, other crimes (2020-03-18)",
                "https://www.wmar2news.com/news/local-news/baltimore-states-attorney-mosby-orders-staff-to-stop-prosecuting-drug-possession-prostitution-other-crimes-amid-coronavirus",
            ),
            Source(
                "The Hill: Baltimore drops prosecution of low-level crimes, including prostitution (2021-03-26)",
                "https://thehill.com/homenews/state-watch/545218-baltimore-drops-prosecution-of-low-level-crimes-including-prostitution/",
            ),
            Source(
                "The Appeal: The Pandemic Prompted Marilyn Mosby to Stop Prosecuting Low-Level Crimes",
                "https://theappeal.org/the-pandemic-prompted-marilyn-mosby-to-stop-prosecuting-low-level-crimes-will-other-d-a-s-follow/",
            ),
            Source(
                "Baltimore Sun: Ivan Bates sworn in, immediately reinstates prosecution of low-level offenses (2023-01-03)",
                "https://www.baltimoresun.com/news/crime/bs-md-ci-cr-ivan-bates-swearing-in-20230103-jub5u3i5xjh5tetvlvaaqliwa4-story.html",
            ),
            Source(
                "Baltimore Beat: Ivan Bates is sworn in (inaugural address of 2023-01-03)",
                "https://baltimorebeat.com/around-baltimore-ivan-bates-is-sworn-in-maryland-makes-way-for-weed-and-a-minimum-wage-increase/",
            ),
        ),
        reviewed=REVIEWED,
        ended_by=BALTIMORE_SUN,
        confirmed=(Confirmation(date(2021, 3, 26), THE_HILL),),
        scorecard=scorecard(
            WMAR,
            selling="yes",
            quality_of_life="yes",
            past=("yes", THE_HILL),
            public="yes",
            data=("partly", THE_HILL),
        ),
    ),
    ProsecutorPolicy(
        id="md-baltimore-city-2023",
        jurisdiction="MD",
        counties=("Baltimore city",),
        office="Office of the State's Attorney for Baltimore City",
        prosecutor="Ivan J. Bates",
        announced=date(2023, 1, 3),
        covers=frozenset(),
        summary=(
            "On his first day, the new State's Attorney ended his predecessor's policy: prostitution and the other "
            "low-level charges it listed may be prosecuted again."
        ),
        pending_cases="The listed charges may be prosecuted again.",
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        replaces="md-baltimore-city-2020",
        sources=(BALTIMORE_SUN,),
        reviewed=REVIEWED,
        scorecard=scorecard(BALTIMORE_SUN, selling="no", quality_of_life="no", public="yes"),
    ),
)
