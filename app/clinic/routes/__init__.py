"""The clinic's pages, all under ``/clinic`` and all wrapped by ``ClinicRoute``."""

from __future__ import annotations

from fastapi import APIRouter

from app.clinic.routes import account, admin, intakes, outputs, signin

router = APIRouter()
for part in (signin, intakes, outputs, admin, account):
    router.include_router(part.router)
