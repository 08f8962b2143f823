"""Schema migrations: numbered files, each applied once in a transaction with its record.

A migration is SQL (``NNN_name.sql``), or Python (``NNN_name.py`` with ``async def apply(conn)``)
when rows must be rewritten with the service's own code.

An advisory lock serialises concurrent start-ups, so several replicas may start at once.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from dataclasses import dataclass
from importlib import resources

import asyncpg

from service.logs import get_logger

log = get_logger(__name__)

# Any constant will do; it only has to be the same in every replica.
ADVISORY_LOCK_KEY = 0x7469_6D65_6C69_6E  # "timelin"
_FILENAME = re.compile(r"^(\d{3,})_([a-z0-9_]+)\.(sql|py)$")


class MigrationError(RuntimeError):
    """A migration could not be applied; the service must not start on this schema."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    # The SQL to run; for a Python migration, its source (what the checksum covers).
    sql: str
    # A Python migration: the module whose ``apply(conn)`` runs instead of ``sql``.
    module: str | None = None

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()

    async def apply(self, conn: asyncpg.Connection) -> None:
        if self.module is None:
            await conn.execute(self.sql)
        else:
            await importlib.import_module(self.module).apply(conn)


def discover() -> list[Migration]:
    """The migrations shipped with the package, in version order."""
    found = []
    for entry in resources.files("service.store").joinpath("migrations").iterdir():
        match = _FILENAME.match(entry.name)
        if match:
            module = f"{__package__}.migrations.{entry.name.removesuffix('.py')}" if match[3] == "py" else None
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8"), module))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"two migration files share a version number: {versions}")
    return found


async def migrate(conn: asyncpg.Connection, migrations: list[Migration] | None = None) -> list[str]:
    """Apply every migration not yet recorded; return the names applied."""
    migrations = discover() if migrations is None else migrations
    applied_now: list[str] = []
    await conn.execute("SELECT pg_advisory_lock($1)", ADVISORY_LOCK_KEY)
    try:
        await conn.execute(
            """CREATE TABLE IF NOT EXISTS schema_migrations (
                   version    integer PRIMARY KEY,
                   name       text        NOT NULL,
                   checksum   text        NOT NULL,
                   applied_at timestamptz NOT NULL DEFAULT now())"""
        )
        recorded = {r["version"]: r for r in await conn.fetch("SELECT version, name, checksum FROM schema_migrations")}
        for migration in migrations:
            label = f"{migration.version:03d}_{migration.name}"
            if migration.version in recorded:
                if recorded[migration.version]["checksum"] != migration.checksum:
                    raise MigrationError(f"migration {label} was changed after it was applied; add a new one instead")
                continue
            try:
                async with conn.transaction():
                    await migration.apply(conn)
                    await conn.execute(
                        "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                        migration.version,
                        migration.name,
                        migration.checksum,
                    )
            except asyncpg.PostgresError as exc:
                raise MigrationError(f"migration {label} failed: {type(exc).__name__}: {exc}") from exc
            log.info("migration applied", migration=label)
            applied_now.append(label)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", ADVISORY_LOCK_KEY)
    return applied_now
