"""Michigan: the Washtenaw County Prosecutor's policy on consensual sex work.

Reviewed 2026-11-25 from a stored copy of the policy directive and news reports.

Checked and encoded:
- Washtenaw County, Eli Savit, Policy Directive 2021-08 of 2021-01-14: no charges for
  consensual sex work between adults, for the person selling or the person buying. The office
  still charges trafficking, violence, offenses involving minors, and pimping, so third-party
  charges are not covered. Reports say the office will not oppose expungement of past sex-work
  convictions.

Not verified: the directive's text on pending cases and warrants (only its opening pages were
seen). No source seen tells whether the directive still applies, so its status is UNKNOWN.
"""

from datetime import date

from rules.law import Source
from rules.prosecutors import Coverage, PolicyStatus, ProsecutorPolicy, scorecard

REVIEWED = date(2026, 11, 25)

FREEP = Source(
    "Detroit Free Press: Washtenaw County will no longer prosecute consensual sex work (2021-01-15)",
    "https://www.freep.com/story/news/local/michigan/2021/01/15/sex-workers-washtenaw-county-prosecutor-decriminalization/4158397001/",
)
INSIDEHOOK = Source(
    "InsideHook: Sex Work Will No Longer Be Prosecuted in This Michigan County",
    "https://www.insidehook.com/culture/sex-work-no-longer-prosecuted-michigan-county",
)

POLICIES = (
    ProsecutorPolicy(
        id="mi-washtenaw-2021",
        jurisdiction="MI",
        counties=("Washtenaw County",),
        office="Washtenaw County Prosecutor's Office",
        prosecutor="Eli Savit",
        announced=date(2021, 1, 14),
        covers=frozenset({Coverage.SELLING, Coverage.BUYING}),
        summary=(
            "In 2021 the Washtenaw County Prosecutor said the office would not charge adults for consensual sex "
            "work, whether they sell or buy sex. Trafficking, violence, pimping and buying sex from minors were "
            "still to be charged."
        ),
        pending_cases="Not stated in the sources seen.",
        past_cases="The office said it will not oppose requests to expunge past sex-work convictions.",
        warrants="Not stated in the sources seen.",
        status=PolicyStatus.UNKNOWN,
        sources=(
            Source(
                "Washtenaw County Prosecutor: Policy Directive 2021-08, Policy Regarding Sex Work (copy)",
                "https://www.scribd.com/document/499008441/2021-08-Sex-Work-FINAL-202103120849532237",
            ),
            Source(
                "Detroit Free Press: Washtenaw County will no longer prosecute consensual sex work (2021-01-15)",
                "https://www.freep.com/story/news/local/michigan/2021/01/15/sex-workers-washtenaw-county-prosecutor-decriminalization/4158397001/",
            ),
            Source(
                "MLive: Michigan prosecutor will look the other way on certain kinds of prostitution (2021-01-14)",
                "https://www.mlive.com/news/ann-arbor/2021/01/consensual-sex-work-decriminalized-in-washtenaw-county-following-policy-change.html",
            ),
            Source(
                "InsideHook: Sex Work Will No Longer Be Prosecuted in This Michigan County",
                "https://www.insidehook.com/culture/sex-work-no-longer-prosecuted-michigan-county",
            ),
        ),
        reviewed=REVIEWED,
        scorecard=scorecard(
            Source(
                "Washtenaw County Prosecutor: Policy Directive 2021-08, Policy Regarding Sex Work (copy)",
                "https://www.scribd.com/document/499008441/2021-08-Sex-Work-FINAL-202103120849532237",
            ),
            selling="yes",
            buying="yes",
            third_party=("no", FREEP),
            past=("partly", INSIDEHOOK),
            public="yes",
            sex_workers=("partly", INSIDEHOOK),
        ),
    ),
)
