"""Drafted court papers from a screening: which paper a charge may have, and the paper drawn as PDF and DOCX.

The templates are data in ``rules/papers``; this package decides whether a paper may be drafted (the remedy must be
eligible or possibly eligible for the charge), fills it, and draws it in memory: nothing is written to disk.
"""
