"""The legal-clinic intake workspace at ``/clinic``.

The only part of the service that stores anything. Everything here reaches the database lazily, on a clinic
request, so self-screening and the public API keep working when the database is down.
"""
