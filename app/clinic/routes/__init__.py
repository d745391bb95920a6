"""The clinic's pages, all under ``/clinic`` and all wrapped by ``ClinicRoute``."""

from __future__ import annotations

from fastapi import APIRouter

from app.clinic.routes import account, admin, bulk, deadlines, find, intakes, outputs, rescreen, signin

router = APIRouter()
for part in (signin, intakes, find, outputs, admin, rescreen, deadlines, account, bulk):
    router.include_router(part.router)
