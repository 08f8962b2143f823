"""Settings, read from the environment once at start-up.

Every knob lives here so the README can list them all in one table.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from service.keys import ApiKey, KeyRing, KeySpecError, parse_keys
from service.numeric_dates import DATE_ORDERS, DateOrder
from service.ratelimit import RateLimit

DOCUMENT_TYPES = ("news", "narrative", "colloquial")


class SettingsError(ValueError):
    """An environment variable holds a value the service cannot use."""


def _int(env: dict[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {value}")
    return value


def _seconds(env: dict[str, str], name: str, default: float) -> float:
    """A positive number of seconds; fractions are allowed (a time limit of 0.5 s is a real need)."""
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number of seconds, got {raw!r}") from None
    if not 0 < value < float("inf"):
        raise SettingsError(f"{name} must be a positive number of seconds, got {raw!r}")
    return value


def _choice(env: dict[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    value = (env.get(name) or default).lower()
    if value not in choices:
        raise SettingsError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


def _zone(env: dict[str, str], name: str, default: str) -> ZoneInfo:
    raw = env.get(name) or default
    try:
        return ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"{name} must be an IANA time zone such as UTC or Europe/London, got {raw!r}") from None


def _flag(env: dict[str, str], name: str, default: bool) -> bool:
    return _choice(env, name, "true" if default else "false", ("true", "false")) == "true"


def _api_keys(env: dict[str, str]) -> tuple[ApiKey, ...]:
    name = "TIMELINE_API_KEYS"
    try:
        keys = parse_keys((env.get(name) or "").split(","), hashed_only=False)
        if path := env.get("TIMELINE_API_KEYS_FILE"):
            name = "TIMELINE_API_KEYS_FILE"
            try:
                lines = Path(path).expanduser().read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise SettingsError(f"{name}: cannot read {path}: {exc.strerror}") from None
            keys += parse_keys(lines, hashed_only=True)
        KeyRing(keys)  # names and secrets must be unique across both sources
    except KeySpecError as exc:
        raise SettingsError(f"{name}: {exc}") from None
    return keys


def _rate_limit(env: dict[str, str], name: str) -> RateLimit | None:
    raw = env.get(name)
    try:
        return RateLimit.parse(raw) if raw else None
    except ValueError as exc:
        raise SettingsError(f"{name}: {exc}") from None


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach an address (a name other than localhost may resolve anywhere)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _date_order(env: dict[str, str], name: str) -> DateOrder | None:
    raw = (env.get(name) or "").strip().upper()
    if not raw:
        return None
    if raw not in DATE_ORDERS:
        raise SettingsError(f"{name} must be one of {', '.join(DATE_ORDERS)} (or unset), got {env[name]!r}")
    return cast(DateOrder, raw)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the service can be told from outside."""

    database_url: str | None = None
    data_dir: Path = field(default_factory=lambda: Path("var"))
    host: str = "127.0.0.1"
    port: int = 8000
    log_level: str = "info"
    log_format: str = "auto"
    max_document_bytes: int = 1_000_000
    default_timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    # How to read a numeric published_at whose day and month could be swapped; None: refuse it.
    date_order: DateOrder | None = None
    default_document_type: str = "news"
    pool_min_size: int = 1
    pool_max_size: int = 10
    db_connect_timeout_seconds: int = 5
    # The longest one SQL statement may run (PostgreSQL's statement_timeout); over it, 503.
    db_read_timeout_seconds: int = 5
    db_write_timeout_seconds: int = 15
    shutdown_grace_seconds: int = 30
    # The engine's bounds per document: worker processes, seconds, expressions (422 above).
    engine_workers: int = 2
    engine_timeout_seconds: float = 20
    # A batch's documents must all be annotated within this; the rest are answered 503, unstored.
    batch_timeout_seconds: float = 60
    max_expressions_per_document: int = 10_000
    migrate_on_start: bool = True
    cors_origins: tuple[str, ...] = ()
    api_keys: tuple[ApiKey, ...] = ()
    public_reads: bool = False
    rate_limit: RateLimit | None = None
    # Bytes of timeline answers each process keeps by revision (service/api/response_cache.py); 0: none.
    # 8 MB holds about 650 compressed 100-event pages, and keeps a process with its engine workers
    # under the 200 MB an export of a million events may use (issue 9).
    response_cache_mb: int = 8

    @property
    def embedded_data_dir(self) -> Path:
        """Where the embedded PostgreSQL keeps its cluster (only used without DATABASE_URL)."""
        return self.data_dir / "postgres"

    @property
    def cache_dir(self) -> Path:
        """What the service keeps from one start for the next, rebuilt if lost (service.kept_patterns)."""
        return self.data_dir / "cache"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        return cls(
            database_url=env.get("DATABASE_URL") or None,
            data_dir=Path(env.get("TIMELINE_DATA_DIR") or "var").expanduser().resolve(),
            host=env.get("TIMELINE_HOST") or "127.0.0.1",
            port=_int(env, "TIMELINE_PORT", 8000, minimum=0),
            log_level=_choice(env, "TIMELINE_LOG_LEVEL", "info", ("debug", "info", "warning", "error")),
            log_format=_choice(env, "TIMELINE_LOG_FORMAT", "auto", ("auto", "json", "console")),
            max_document_bytes=_int(env, "TIMELINE_MAX_DOCUMENT_BYTES", 1_000_000, minimum=1),
            default_timezone=_zone(env, "TIMELINE_DEFAULT_TIMEZONE", "UTC"),
            date_order=_date_order(env, "TIMELINE_DATE_ORDER"),
            default_document_type=_choice(env, "TIMELINE_DEFAULT_DOCUMENT_TYPE", "news", DOCUMENT_TYPES),
            pool_min_size=_int(env, "TIMELINE_DB_POOL_MIN", 1, minimum=0),
            pool_max_size=_int(env, "TIMELINE_DB_POOL_MAX", 10, minimum=1),
            db_connect_timeout_seconds=_int(env, "TIMELINE_DB_CONNECT_TIMEOUT_SECONDS", 5, minimum=1),
            db_read_timeout_seconds=_int(env, "TIMELINE_DB_READ_TIMEOUT_SECONDS", 5, minimum=1),
            db_write_timeout_seconds=_int(env, "TIMELINE_DB_WRITE_TIMEOUT_SECONDS", 15, minimum=1),
            shutdown_grace_seconds=_int(env, "TIMELINE_SHUTDOWN_GRACE_SECONDS", 30, minimum=0),
            engine_workers=_int(env, "TIMELINE_ENGINE_WORKERS", 2, minimum=1),
            engine_timeout_seconds=_seconds(env, "TIMELINE_ENGINE_TIMEOUT_SECONDS", 20),
            batch_timeout_seconds=_seconds(env, "TIMELINE_BATCH_TIMEOUT_SECONDS", 60),
            max_expressions_per_document=_int(env, "TIMELINE_MAX_EXPRESSIONS_PER_DOCUMENT", 10_000, minimum=1),
            migrate_on_start=_choice(env, "TIMELINE_MIGRATE_ON_START", "true", ("true", "false")) == "true",
            cors_origins=tuple(o.strip() for o in (env.get("TIMELINE_CORS_ORIGINS") or "").split(",") if o.strip()),
            api_keys=_api_keys(env),
            public_reads=_flag(env, "TIMELINE_PUBLIC_READS", False),
            rate_limit=_rate_limit(env, "TIMELINE_RATE_LIMIT"),
            response_cache_mb=_int(env, "TIMELINE_RESPONSE_CACHE_MB", 8, minimum=0),
        )
