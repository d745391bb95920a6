"""One module per jurisdiction, named for its USPS code; found by :mod:`rules.registry`."""
