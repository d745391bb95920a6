"""Charge details and stored results are encrypted at rest, and the migration converts existing rows both ways."""

from __future__ import annotations

from sqlalchemy import text

from app.clinic import schema
from app.clinic.deployment import Deployment
from tests.clinic.people import World


def test_the_migration_encrypts_existing_charges_and_can_undo_it(world: World, deployment: Deployment) -> None:
    client = world.staff_a
    client.screen(world.intake_a)
    before = client.get(f"/clinic/intakes/{world.intake_a}").text
    assert "Schoharie County" in before
    keys = deployment.settings.clinic_keys
    schema.downgrade(deployment.database, revision="0003", keys=keys)
    with deployment.database.engine.connect() as connection:
        county, nexus, day = connection.execute(
            text("SELECT county, trafficking_nexus, disposition_date FROM clinic_charges WHERE id = :id"),
            {"id": world.charge_a},
        ).one()
        response = connection.execute(
            text("SELECT response_json FROM clinic_screenings WHERE intake_id = :id"), {"id": world.intake_a}
        ).scalar_one()
    assert (county, nexus, str(day)) == ("Schoharie County", "yes", "2014-06-10")
    assert '"jurisdiction":"NY"' in response.replace(" ", "")
    schema.upgrade(deployment.database, keys=keys)
    with deployment.database.engine.connect() as connection:
        stored = " ".join(
            str(v)
            for v in connection.execute(
                text("SELECT * FROM clinic_charges WHERE id = :id"), {"id": world.charge_a}
            ).one()
        )
    assert "Schoharie" not in stored
    assert "2014-06-10" not in stored
    after = client.get(f"/clinic/intakes/{world.intake_a}").text
    assert "Schoharie County" in after
    assert "Vacate a conviction that resulted from trafficking" in after  # the stored results read back
