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


@cache
def get_settings() -> Settings:
    return Settings()
