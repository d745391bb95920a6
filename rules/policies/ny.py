"""New York: the New York City district attorneys' and the Onondaga County District Attorney's policies on sex-trade charges.

Reviewed 2026-11-25 from stored copies of the offices' releases and news reports.

Checked and encoded:
- Manhattan (New York County), Cyrus Vance Jr., 2021-04-21: decline-to-prosecute policy for
  prostitution and unlicensed massage; motions to dismiss 914 such cases and 5,080 loitering
  for prostitution cases and to vacate 5,994 bench warrants, granted the same day.
- Manhattan, Alvin Bragg, "Achieving Fairness and Safety" memo of 2022-01-03: prostitution
  (Penal Law § 230.00) and some trespass charges not to be prosecuted without a felony.
  One advocacy page says the memo also lists patronizing; no copy of the memo text seen here
  shows that, so buying is not encoded. The follow-up memo of February 2022 changed the robbery
  and gun sections; no source seen says it changed the prostitution section.
- Brooklyn (Kings County), Eric Gonzalez, 2021-01-29 and 2021-03-24: warrants vacated and all
  1,119 open prostitution and loitering for prostitution cases dismissed.
- Queens, Melinda Katz, 2021-03-16: about 700 prostitution and loitering cases dismissed.
- Bronx, Darcel Clark, 2021-03-08: more than 800 loitering for prostitution cases dismissed.
- Onondaga County (Syracuse), William Fitzpatrick: a report of 2021-02-02 says his office had a
  policy of not prosecuting loitering for prostitution (the statute was repealed that month). In the
  same report he opposed decriminalizing prostitution itself and pointed to Syracuse's Human
  Trafficking Court, so only loitering is encoded. When the policy began is not stated.

Status: no source seen tells whether any of these still applies, so each is UNKNOWN. Vance left
office at the end of 2021; Bragg's memo replaced his policy for prostitution, but no source says
what became of its unlicensed-massage part. Penal Law § 240.37 (loitering for prostitution) was
repealed in February 2021, so no new loitering charge can be brought anywhere in the state.

Scorecards for Brooklyn and Queens were completed on 2026-12-07: a May 2021 ProPublica account says
the Manhattan, Brooklyn and Queens DAs would keep prosecuting pimps, traffickers and buyers.
In January 2025 the Queens DA said her office had processed the arrests made in Operation Restore
Roosevelt and offered help to more than 60 people in prostitution (QNS); that is not a confirmation
of the 2021 action. No source of 2025 or later was found saying that any of these policies still
applies.

Other actors: in Queens, the NYPD launched "Operation Restore Roosevelt" on 2024-10-15, a 90-day
crackdown on prostitution along Roosevelt Avenue; sex workers were arrested and given desk
appearance tickets for prostitution (contrary). No source seen says how the Queens DA handled
those cases.

Checked and dropped: Erie County, John Flynn, who had six loitering-for-prostitution bench warrants
dismissed after the 2021 repeal but said he would keep prosecuting prostitution; the report's date
could not be read. Staten Island (Richmond County), Michael McMahon: no source found of a
policy or of motions to dismiss.
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

DAILY_BEAST = Source(
    "Daily Beast: Manhattan DA Will No Longer Prosecute Prostitution (patronizing still prosecuted)",
    "https://thedailybeast.com/manhattan-da-will-no-longer-prosecute-prostitution",
)
VLADTV = Source(
    "VladTV: Manhattan DA ends prosecution of prostitution (Vance: learned from those with lived experience)",
    "https://vladtv.com/article/271614/manhattan-da-ends-prosecution-of-prostitution",
)
OLDPROS = Source(
    "Old Pros: Manhattan DA Alvin Bragg de-prioritizes prosecution of some forms of sex work (2022-02-11)",
    "https://oldprosonline.org/alvin-bragg/",
)
BROOKLYN_RELEASE = Source(
    "Brooklyn DA: Gonzalez Dismisses All Outstanding Prostitution-Related Warrants (2021-03-24)",
    "http://www.brooklynda.org/2021/03/24/brooklyn-district-attorney-eric-gonzalez-dismisses-all-outstanding-prostitution-related-warrants-dating-back-to-1970s/",
)
SYRACUSE = Source(
    "Syracuse.com: As Albany looks to ditch unfair prostitution law, Syracuse DA warns against full decriminalization "
    "(2021-02-02)",
    "https://www.syracuse.com/crime/2021/02/as-albany-looks-to-ditch-unfair-prostitution-law-syracuse-da-warns-against-full-decriminalization.html",
)
PROPUBLICA = Source(
    "ProPublica (reposted by Random Lengths News, 2021-05-06): Manhattan, Brooklyn and Queens DAs keep prosecuting "
    "pimps, traffickers and buyers",
    "https://www.randomlengthsnews.com/archives/2021/05/06/how-nypds-vice-unit-got-prostitution-policing-all-wrong/33606",
)
ABC7_ROOSEVELT = Source(
    "ABC7 New York: New York City launches quality-of-life operation to fight prostitution in Queens (2024-10-16)",
    "https://abc7ny.com/post/new-york-citys-operation-restore-roosevelt-aims-crack-down-prostitution-other-quality-life-concerns-queens/15432905/",
)

POLICIES = (
    ProsecutorPolicy(
        id="ny-manhattan-2021",
        jurisdiction="NY",
        counties=("New York County",),
        office="New York County District Attorney's Office (Manhattan)",
        prosecutor="Cyrus R. Vance Jr.",
        announced=date(2021, 4, 21),
        covers=frozenset({Coverage.SELLING, Coverage.UNLICENSED_MASSAGE, Coverage.LOITERING}),
        summary=(
            "The Manhattan DA stopped prosecuting arrests for prostitution and unlicensed massage. Help is offered "
            "only if the person wants it, and buying sex and trafficking are still prosecuted."
        ),
        pending_cases="New arrests for prostitution or unlicensed massage are declined. Open cases were dismissed.",
        past_cases=(
            "The court granted the DA's motion to dismiss 914 prostitution and unlicensed massage cases, some from "
            "the 1970s, and 5,080 loitering for prostitution cases."
        ),
        warrants="The court granted the DA's motion to vacate 5,994 bench warrants in these cases, dating back to 1976.",
        status=PolicyStatus.UNKNOWN,
        sources=(
            Source(
                "amNY: District Attorney Vance ends prosecution of prostitution and unlicensed massage in Manhattan",
                "https://www.amny.com/news/district-attorney-vance-ends-prosecution-of-prostitution-and-unlicensed-massage-in-manhattan/",
            ),
            Source(
                "UPI: Manhattan DA to stop prosecuting prostitution, unlicensed massage (2021-04-21)",
                "https://www.upi.com/Top_News/US/2021/04/21/New-York-City-Manhattan-prostitution-Cy-Vance/4011619029562/",
            ),
            Source(
                "NBC New York: Manhattan DA Will No Longer Prosecute Prostitution Arrests (2021-04-21)",
                "https://www.nbcnewyork.com/news/local/crime-and-courts/manhattan-da-will-no-longer-prosecute-prostitution-arrests/3011704/",
            ),
            Source(
                "Daily Beast: Manhattan DA Will No Longer Prosecute Prostitution (patronizing still prosecuted)",
                "https://thedailybeast.com/manhattan-da-will-no-longer-prosecute-prostitution",
            ),
        ),
        reviewed=REVIEWED,
        scorecard=scorecard(
            Source(
                "UPI: Manhattan DA to stop prosecuting prostitution, unlicensed massage (2021-04-21)",
                "https://www.upi.com/Top_News/US/2021/04/21/New-York-City-Manhattan-prostitution-Cy-Vance/4011619029562/",
            ),
            selling="yes",
            buying=("no", DAILY_BEAST),
            third_party=(
                "no",
                Source(
                    "The Week: Manhattan DA to stop prosecuting sex workers, not clients, pimps or sex traffickers",
                    "https://theweek.com/speedreads/978825/manhattan-da-stop-prosecuting-sex-workers-not-clients-pimps-sex-traffickers",
                ),
            ),
            quality_of_life="no",
            massage="yes",
            past="yes",
            public="yes",
            sex_workers=("partly", VLADTV),
        ),
    ),
    ProsecutorPolicy(
        id="ny-manhattan-2022",
        jurisdiction="NY",
        counties=("New York County",),
        office="New York County District Attorney's Office (Manhattan)",
        prosecutor="Alvin L. Bragg Jr.",
        announced=date(2022, 1, 3),
        covers=frozenset({Coverage.SELLING, Coverage.QUALITY_OF_LIFE}),
        summary=(
            "DA Bragg's first memo tells staff not to prosecute prostitution or most trespass charges unless a felony "
            "is also charged. Supervisors are to watch for signs of coercion or trafficking."
        ),
        pending_cases=(
            "The memo is a charging policy for new arrests. The sources seen do not say how open cases were handled."
        ),
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(
            Source(
                "Manhattan Times: Pass on prosecution (Bragg memo of 2022-01-03)",
                "https://www.manhattantimesnews.com/pass-on-prosecution-rechazar-el-enjuiciamiento/",
            ),
            Source(
                "CNN: Manhattan DA Alvin Bragg's memo on charging, bail and sentencing (2022-01-06)",
                "https://www.cnn.com/2022/01/06/us/alvin-bragg-manhattan-district-attorney-crimes-prosecution/index.html",
            ),
            Source(
                "Gothamist (via NYC PBA): Manhattan DA Bragg Tells Staff to Stop Prosecuting Certain Offenses",
                "https://nycpba.org/news-items/gothamist/2022/manhattan-da-bragg-tells-staff-to-stop-prosecuting-certain-offenses/",
            ),
        ),
        reviewed=REVIEWED,
        replaces="ny-manhattan-2021",
        confirmed=(Confirmation(date(2022, 2, 11), OLDPROS),),
        scorecard=scorecard(
            Source(
                "CNN: Manhattan DA Alvin Bragg's memo on charging, bail and sentencing (2022-01-06)",
                "https://www.cnn.com/2022/01/06/us/alvin-bragg-manhattan-district-attorney-crimes-prosecution/index.html",
            ),
            selling="yes",
            quality_of_life="partly",
            public="yes",
        ),
    ),
    ProsecutorPolicy(
        id="ny-brooklyn-2021",
        jurisdiction="NY",
        counties=("Kings County",),
        office="Kings County District Attorney's Office (Brooklyn)",
        prosecutor="Eric Gonzalez",
        announced=date(2021, 1, 29),
        covers=frozenset({Coverage.SELLING, Coverage.LOITERING}),
        summary=(
            "In 2021 the Brooklyn DA said the office would no longer prosecute prostitution or loitering for "
            "prostitution. People arrested were to be sent to services, and their cases dropped and sealed."
        ),
        pending_cases=(
            "New prostitution arrests are referred to services instead of prosecution, then dismissed and sealed. "
            "The office stopped prosecuting loitering for prostitution in 2019 and prostitution in 2020."
        ),
        past_cases=(
            "By March 24, 2021 the court had dismissed all 1,119 open prostitution and loitering cases in Brooklyn, "
            "dating from 1970. The DA also asked the Legislature to expunge old prostitution convictions."
        ),
        warrants="Warrants were vacated in two rounds: 262 on January 29, 2021 and 857 on March 24, 2021.",
        status=PolicyStatus.UNKNOWN,
        sources=(
            Source(
                "Brooklyn DA: Gonzalez Dismisses All Outstanding Prostitution-Related Warrants (2021-03-24)",
                "http://www.brooklynda.org/2021/03/24/brooklyn-district-attorney-eric-gonzalez-dismisses-all-outstanding-prostitution-related-warrants-dating-back-to-1970s/",
            ),
            Source(
                "New York Daily News: Brooklyn DA to toss more than 250 open prostitution-related warrants (2021-01-29)",
                "https://www.nydailynews.com/new-york/ny-nyc-prostitution-warrants-tossed-brooklyn-district-attorney-20210129-4zsm6rd65fbu3h4clhfvdr5fra-story.html",
            ),
            Source(
                "New York Daily News: Judge tosses 850 prostitution warrants at Brooklyn DA's request (2021-03-24)",
                "https://www.nydailynews.com/new-york/ny-brooklyn-da-prostitution-warrants-thrown-out-20210324-uqgf2thenrastjckepq4ortpbi-story.html",
            ),
        ),
        reviewed=date(2026, 12, 7),
        confirmed=(Confirmation(date(2021, 3, 24), BROOKLYN_RELEASE),),
        scorecard=scorecard(
            BROOKLYN_RELEASE,
            selling="yes",
            buying=("no", PROPUBLICA),
            third_party=("no", PROPUBLICA),
            past="yes",
            public="yes",
        ),
    ),
    ProsecutorPolicy(
        id="ny-queens-2021",
        jurisdiction="NY",
        counties=("Queens County",),
        office="Queens County District Attorney's Office",
        prosecutor="Melinda Katz",
        announced=date(2021, 3, 16),
        covers=frozenset({Coverage.SELLING, Coverage.LOITERING}),
        summary=(
            "The Queens DA asked the court to dismiss and seal about 700 prostitution and loitering for prostitution "
            "cases, and the judge agreed. It was a one-time action, not a stated rule for new prostitution arrests."
        ),
        pending_cases=(
            "The DA had not prosecuted anyone under the loitering law since taking office in 2020. For new "
            "prostitution arrests, the sources seen state no rule."
        ),
        past_cases=(
            "The court dismissed open loitering cases and 443 other prostitution-related cases, some decades old. "
            "The DA also asked that the cases be sealed."
        ),
        warrants="Outstanding warrants in these cases were vacated.",
        status=PolicyStatus.UNKNOWN,
        sources=(
            Source(
                "Flushing Post: Queens Judge Dismisses Hundreds of Prostitution Cases at DA Katz's Request (2021-03-16)",
                "https://flushingpost.com/queens-judge-dismisses-hundreds-of-prostitution-cases-follows-request-from-queens-da-katz",
            ),
            Source(
                "amNY: Queens DA's office asks that county supreme court toss 700 prostitution cases",
                "https://www.amny.com/news/queens-das-office-asks-that-county-supreme-court-toss-700-prostitution-cases/",
            ),
            Source(
                "Crain's New York: Queens DA moves to drop 700 sex work-related prosecutions",
                "https://www.crainsnewyork.com/crains-new-york/queens-da-moves-drop-700-sex-work-related-prosecutions",
            ),
        ),
        reviewed=date(2026, 12, 7),
        scorecard=scorecard(
            Source(
                "Flushing Post: Queens Judge Dismisses Hundreds of Prostitution Cases at DA Katz's Request (2021-03-16)",
                "https://flushingpost.com/queens-judge-dismisses-hundreds-of-prostitution-cases-follows-request-from-queens-da-katz",
            ),
            buying=("no", PROPUBLICA),
            third_party=("no", PROPUBLICA),
            past="yes",
            public="yes",
        ),
        other_actors=(
            OtherActor(
                ActorKind.POLICE,
                "New York City Police Department",
                ActorStance.CONTRARY,
                date(2024, 10, 15),
                ABC7_ROOSEVELT,
            ),
        ),
    ),
    ProsecutorPolicy(
        id="ny-bronx-2021",
        jurisdiction="NY",
        counties=("Bronx County",),
        office="Bronx County District Attorney's Office",
        prosecutor="Darcel D. Clark",
        announced=date(2021, 3, 8),
        covers=frozenset({Coverage.LOITERING}),
        summary=(
            "The Bronx DA had stopped prosecuting loitering for prostitution and, after the law was repealed, had "
            "more than 800 of those cases dismissed. It does not cover prostitution charges."
        ),
        pending_cases="About 278 open cases whose only charge was loitering for prostitution were dismissed.",
        past_cases=(
            "More than 540 closed cases with a warrant were dismissed, including guilty pleas where a fine or other "
            "condition was not met. Some dated from the 1970s."
        ),
        warrants="The warrants in these cases were vacated.",
        status=PolicyStatus.UNKNOWN,
        sources=(
            Source(
                "Bronx Chronicle: Court grants Bronx DA's motion to dismiss over 800 loitering for prostitution cases",
                "https://thebronxchronicle.com/2021/03/09/court-grants-motion-by-bronx-da-darcel-d-clark-to-dismiss-over-800-loitering-for-prostitution-cases/",
            ),
            Source(
                "PIX11: More than 800 prostitution charges being dismissed in the Bronx (2021-03-08)",
                "https://pix11.com/news/local-news/bronx/more-than-800-prostitution-charges-being-dismissed-in-the-bronx-da-says/",
            ),
        ),
        reviewed=REVIEWED,
        scorecard=scorecard(
            Source(
                "Bronx Chronicle: Court grants Bronx DA's motion to dismiss over 800 loitering for prostitution cases",
                "https://thebronxchronicle.com/2021/03/09/court-grants-motion-by-bronx-da-darcel-d-clark-to-dismiss-over-800-loitering-for-prostitution-cases/",
            ),
            selling="no",
            past="yes",
            public="yes",
        ),
    ),
    ProsecutorPolicy(
        id="ny-onondaga-2021",
        jurisdiction="NY",
        counties=("Onondaga County",),
        office="Onondaga County District Attorney's Office",
        prosecutor="William J. Fitzpatrick",
        announced=date(2021, 2, 2),
        covers=frozenset({Coverage.LOITERING}),
        summary=(
            "The Onondaga County DA's office had a policy of not prosecuting loitering for prostitution, a law "
            "repealed in February 2021. Prostitution charges are not covered."
        ),
        pending_cases="Loitering for prostitution charges were not prosecuted.",
        past_cases="Not addressed in the sources seen.",
        warrants="Not addressed in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(SYRACUSE,),
        reviewed=date(2026, 12, 6),
        scorecard=scorecard(SYRACUSE, selling="no", public="partly"),
    ),
)
