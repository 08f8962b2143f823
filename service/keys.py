"""API keys: how they are written down, and how a presented secret is recognised.

A key is ``name:scope:secret[:tenant[:rate]]``. In a keys file the secret is stored as
``sha256:<64 hex digits>``, the SHA-256 of the secret, so the file holds nothing a caller
could send. Secrets are random (``python -m service hash-key`` makes one with 256 bits), so a
plain hash is enough: no one can search a 256-bit space backwards from a hash, and a slow
password hash would only slow every request down.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

from service.ratelimit import RateLimit

READ, WRITE = "read", "write"
SCOPES = (READ, WRITE)
# Keys that name no tenant, and the service without keys, share this one.
DEFAULT_TENANT = "default"
HASH_PREFIX = "sha256:"
# Plain secrets in the environment must be long enough that guessing them is hopeless.
MIN_SECRET_LENGTH = 24
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_HEX_DIGEST = re.compile(r"^[0-9a-f]{64}$")


class KeySpecError(ValueError):
    """A key is written in a way the service cannot use. The message never quotes a secret."""


@dataclass(frozen=True, slots=True)
class ApiKey:
    name: str
    scope: str
    secret_hash: bytes = field(repr=False)
    tenant: str = DEFAULT_TENANT
    rate_limit: RateLimit | None = None

    def allows(self, needed: str) -> bool:
        """Write includes read."""
        return self.scope == WRITE or needed == READ


def hash_secret(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def key_line(name: str, scope: str, secret: str, tenant: str | None = None, rate_limit: str | None = None) -> str:
    """The keys-file line of a key: its secret only as a hash."""
    if len(secret) < MIN_SECRET_LENGTH:
        raise KeySpecError(f"key {name!r}: a secret is at least {MIN_SECRET_LENGTH} characters")
    line = f"{name}:{scope}:{HASH_PREFIX}{hash_secret(secret).hex()}"
    if tenant or rate_limit:
        line += f":{tenant or ''}"
    if rate_limit:
        line += f":{rate_limit}"
    parse_key(line, hashed_only=True)  # the line must read back
    return line


def parse_key(spec: str, *, hashed_only: bool) -> ApiKey:
    """One key from ``name:scope:secret[:tenant[:rate]]``; the secret may be ``sha256:<hex>``."""
    parts = spec.strip().split(":")
    name = parts[0]
    if not _NAME.match(name):
        raise KeySpecError(f"a key name is 1-64 letters, digits, '.', '_' or '-', got {name!r}")
    if len(parts) < 3:
        raise KeySpecError(f"key {name!r} is not name:scope:secret[:tenant[:rate]]")
    scope = parts[1]
    if scope not in SCOPES:
        raise KeySpecError(f"key {name!r} has scope {scope!r}; scopes are {' and '.join(SCOPES)}")
    if parts[2] + ":" == HASH_PREFIX and len(parts) >= 4:
        digest = parts[3]
        if not _HEX_DIGEST.match(digest):
            raise KeySpecError(f"key {name!r}: a hashed secret is sha256: and 64 lower-case hex digits")
        secret_hash, rest = bytes.fromhex(digest), parts[4:]
    elif hashed_only:
        raise KeySpecError(
            f"key {name!r} holds its secret in plain text; store sha256:<hex> (python -m service hash-key)"
        )
    elif len(parts[2]) < MIN_SECRET_LENGTH:
        raise KeySpecError(f"key {name!r}: a secret is at least {MIN_SECRET_LENGTH} characters")
    else:
        secret_hash, rest = hash_secret(parts[2]), parts[3:]
    if len(rest) > 2:
        raise KeySpecError(f"key {name!r} has fields after its rate limit (':' cannot appear in a secret)")
    tenant = rest[0] if rest and rest[0] else DEFAULT_TENANT
    if not _NAME.match(tenant):
        raise KeySpecError(f"key {name!r}: a tenant is 1-64 letters, digits, '.', '_' or '-', got {tenant!r}")
    try:
        rate_limit = RateLimit.parse(rest[1]) if len(rest) == 2 else None
    except ValueError as exc:
        raise KeySpecError(f"key {name!r}: {exc}") from None
    return ApiKey(name, scope, secret_hash, tenant, rate_limit)


def parse_keys(specs: Iterable[str], *, hashed_only: bool) -> tuple[ApiKey, ...]:
    """Keys from lines or comma-separated items; blank ones and ``#`` comments are skipped."""
    return tuple(
        parse_key(spec, hashed_only=hashed_only) for spec in specs if spec.strip() and not spec.lstrip().startswith("#")
    )


class KeyRing:
    """The configured keys, looked up by a presented secret in constant time."""

    def __init__(self, keys: Iterable[ApiKey]) -> None:
        self.keys = tuple(keys)
        names = [k.name for k in self.keys]
        if duplicated := sorted({n for n in names if names.count(n) > 1}):
            raise KeySpecError(f"two keys share a name: {', '.join(duplicated)}")
        hashes = [k.secret_hash for k in self.keys]
        if len(set(hashes)) != len(hashes):
            raise KeySpecError("two keys share a secret; give each key its own")

    def __bool__(self) -> bool:
        return bool(self.keys)

    def find(self, presented: str) -> ApiKey | None:
        # Every key is compared, and each comparison takes the same time, so the time taken
        # says nothing about how close a guess came.
        digest = hash_secret(presented)
        found = None
        for key in self.keys:
            if hmac.compare_digest(key.secret_hash, digest):
                found = key
        return found
