"""Settings, read from the environment (prefix ``SCREENER_``) with safe local defaults."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SCREENER_", extra="ignore")

    debug: bool = False
    # Signs the answers carried in self-screening forms; set a long random value in production.
    secret_key: str = Field(default="local-development-only-change-me", min_length=16)
    database_url: str = f"sqlite:///{PROJECT_ROOT / 'screener.sqlite3'}"
    max_body_bytes: int = 64 * 1024
    max_charges: int = 50
    templates_dir: Path = PROJECT_ROOT / "templates"
    static_dir: Path = PROJECT_ROOT / "static"
    quick_exit_url: str = "https://www.weather.gov/"
    log_level: str = "INFO"
    # Partner API: keys (hashed, in a JSON file the `python -m app.partners.cli` command keeps), rate limits
    # per client address without a key and per key with one, CORS and framing allowlists (comma-separated).
    api_keys_file: Path = PROJECT_ROOT / "api-keys.json"
    rate_limit_anonymous: str = "60/minute"
    rate_limit_with_key: str = "600/minute"
    cors_origins: str = ""
    embed_origins: str = ""
    # Redis (redis://host:6379/0) keeps the API's rate-limit counts for every worker and instance; empty means
    # each worker counts in its own memory. The prefix keeps deployments that share one Redis apart.
    redis_url: str = ""
    redis_prefix: str = "screener"
    # The reverse proxies (comma-separated addresses or networks) whose X-Forwarded-For / X-Forwarded-Proto are
    # believed; empty means none, so the socket's peer is the client. scripts/serve.sh and the Dockerfile give it to
    # uvicorn's --forwarded-allow-ips.
    forwarded_allow_ips: str = ""

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]

    @property
    def embed_origin_list(self) -> list[str]:
        return [o.strip() for o in self.embed_origins.split(",") if o.strip()]

    # The clinic workspace (/clinic); see the README's "Clinic workspace" section.
    # Comma-separated Fernet keys: the first encrypts, every one decrypts (rotation). The default is for local
    # development only: anyone with this source can read a database encrypted with it.
    clinic_keys: str = "gF4lxSCZ3cJE4SQnJ5d0BrVnRQNcJbV9GYYZBmBMrvY="
    # The key of the blind index that lets staff find a client by name, date of birth or docket (HMAC-SHA256): a
    # random secret of its own, apart from clinic_keys. Development default as above.
    clinic_index_key: str = "dev-only-index-key-3f9a1c0e5b7d2a4c6e8f0b1d3a5c7e9f"
    # Admins must use two-factor sign-in (TOTP); staff may choose it either way.
    clinic_admin_two_factor: bool = False
    session_idle_minutes: int = Field(default=30, ge=1, le=24 * 60)
    # However active, a session ends this long after sign-in.
    session_max_hours: int = Field(default=12, ge=1, le=24 * 30)
    retention_days: int = Field(default=365, ge=1)
    secure_cookies: bool = True
    login_attempts: int = Field(default=5, ge=1)
    login_window_minutes: int = Field(default=15, ge=1)
    # Argon2id cost; the defaults are argon2-cffi's recommendation, tests lower them.
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_kib: int = Field(default=65536, ge=8)
    argon2_parallelism: int = Field(default=4, ge=1)
    clinic_page_size: int = Field(default=25, ge=1, le=500)
    # A clinic database that does not answer: seconds to wait for a connection and for one statement, seconds to
    # refuse clinic requests at once after a failed connection, and the threads the clinic's database work may
    # use (its own pool, apart from the one the public pages use).
    database_connect_timeout: int = Field(default=3, ge=2, le=60)
    database_statement_timeout: float = Field(default=10, gt=0, le=600)
    database_retry_seconds: float = Field(default=5, ge=0, le=600)
    clinic_threads: int = Field(default=8, ge=1, le=100)


@cache
def get_settings() -> Settings:
    return Settings()
