"""Local prosecutors' policies, one module per state (``POLICIES = (...)``); see :mod:`rules.prosecutors`."""
