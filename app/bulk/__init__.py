"""Bulk screening: a court-records or case-management export in (CSV or XLSX, one row per charge), every
charge's remedies, a roll-up per person and a summary out.

The path is the API's, without HTTP: a row is read through a column map (``layout``) into the same rules facts
the API builds (``rows``), screened a person at a time (``screening``), and written as CSV, JSON Lines or Parquet
(``writer``) with a summary and its charts (``summary``). ``runner`` streams a file through a process pool or a
Dask cluster; ``cli`` is the ``screener bulk`` command. Nothing here imports the web pages.
"""
