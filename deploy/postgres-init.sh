#!/bin/sh
# Runs once, when the database volume is new (the postgres image's /docker-entrypoint-initdb.d): the role the app
# connects as. The "migrate" service of compose.yaml then grants it only what the app needs (grant-app-role).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$CLINIC_APP_PASSWORD" <<'SQL'
CREATE ROLE clinic_app LOGIN PASSWORD :'app_password';
SQL
