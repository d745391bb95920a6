"""Key rotation: a new key put first in SCREENER_CLINIC_KEYS, ``rotate-keys``, then the old key dropped."""

from __future__ import annotations

from cryptography.fernet import Fernet
from sqlmodel import select

from app.clinic.deployment import Deployment
from app.clinic.models import ChargeRecord, Intake
from tests.clinic.conftest import KEY, app_for, clinic_settings, run_cli
from tests.clinic.people import ADMIN_PASSWORD, StaffClient, World


def _tokens(deployment: Deployment) -> list[str | None]:
    with deployment.database.session() as session:
        intakes = session.exec(select(Intake)).all()
        charges = session.exec(select(ChargeRecord)).all()
        return [i.client_name_enc for i in intakes] + [i.notes_enc for i in intakes] + [c.docket_enc for c in charges]


def test_rotate_keys_re_encrypts_every_field_so_the_old_key_can_be_dropped(
    world: World, deployment: Deployment
) -> None:
    new_key = Fernet.generate_key().decode()
    before = _tokens(deployment)
    both = Deployment.from_settings(clinic_settings(deployment.database.url, clinic_keys=f"{new_key},{KEY}"))
    message = run_cli(both, "rotate-keys")
    assert message.startswith("Re-encrypted ")
    assert int(message.split()[1]) >= 8
    after = _tokens(deployment)
    assert all(a != b for a, b in zip(after, before, strict=True) if b is not None)

    only_new = Deployment.from_settings(clinic_settings(deployment.database.url, clinic_keys=new_key))
    reader = StaffClient(app_for(only_new), "admin@a.example", ADMIN_PASSWORD)
    page = reader.get(f"/clinic/intakes/{world.intake_a}").text
    assert world.marked_a.client_name in page
    assert world.marked_a.docket in page
    assert world.marked_a.notes in page

    # The old key alone no longer opens anything, and says so instead of showing garbage or a stack trace.
    old_reader = StaffClient(app_for(deployment))
    assert old_reader.login("admin@a.example", ADMIN_PASSWORD).status_code == 303
    refused = old_reader.get(f"/clinic/intakes/{world.intake_a}")
    assert refused.status_code == 500
    assert "SCREENER_CLINIC_KEYS" in refused.text
    assert world.marked_a.client_name not in refused.text

    only_new.database.dispose()
    both.database.dispose()
