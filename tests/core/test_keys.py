"""How keys are written, read and recognised; rate limits; the refusal to listen openly without keys."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from service.keys import DEFAULT_TENANT, KeyRing, KeySpecError, hash_secret, key_line, parse_key
from service.ratelimit import RateLimit, TokenBuckets
from service.settings import Settings, SettingsError, is_loopback

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cret-value-0123456789abcdefgh"


def test_a_plain_key_is_stored_as_its_hash_only() -> None:
    key = parse_key(f"ingest:write:{SECRET}", hashed_only=False)
    assert (key.name, key.scope, key.tenant, key.rate_limit) == ("ingest", "write", DEFAULT_TENANT, None)
    assert key.secret_hash == hash_secret(SECRET)
    assert SECRET not in repr(key)


def test_tenant_and_rate_limit_are_optional_fields() -> None:
    key = parse_key(f"feed:read:{SECRET}:acme:30/second", hashed_only=False)
    assert key.tenant == "acme" and key.rate_limit == RateLimit(30, "second")
    assert parse_key(f"feed:read:{SECRET}::5/hour", hashed_only=False).tenant == DEFAULT_TENANT


def test_hashed_form_reads_back_the_same_key() -> None:
    line = key_line("feed", "read", SECRET, "acme", "10/minute")
    assert line.startswith("feed:read:sha256:") and SECRET not in line
    assert parse_key(line, hashed_only=True) == parse_key(f"feed:read:{SECRET}:acme:10/minute", hashed_only=False)


def test_write_includes_read() -> None:
    reader = parse_key(f"r:read:{SECRET}", hashed_only=False)
    writer = parse_key(f"w:write:{SECRET}", hashed_only=False)
    assert reader.allows("read") and not reader.allows("write")
    assert writer.allows("read") and writer.allows("write")


@pytest.mark.parametrize(
    ("spec", "hashed_only", "message"),
    [
        (f"ingest:admin:{SECRET}", False, "scope"),
        (f"in gest:write:{SECRET}", False, "key name"),
        ("ingest:write:short-secret", False, "at least"),
        (f"ingest:write:{SECRET}", True, "plain text"),
        ("ingest:write:sha256:abc", True, "64"),
        (f"ingest:write:{SECRET}:a tenant", False, "tenant"),
        (f"ingest:write:{SECRET}:acme:lots", False, "rate limit"),
        (f"ingest:write:{SECRET}:acme:5/minute:more", False, "after its rate limit"),
        ("ingest:write", False, "name:scope:secret"),
    ],
)
def test_bad_keys_are_refused_without_quoting_the_secret(spec: str, hashed_only: bool, message: str) -> None:
    with pytest.raises(KeySpecError, match=message) as caught:
        parse_key(spec, hashed_only=hashed_only)
    assert SECRET not in str(caught.value) and "short-secret" not in str(caught.value)


def test_key_ring_finds_by_secret_and_refuses_duplicates() -> None:
    a = parse_key(f"a:read:{SECRET}", hashed_only=False)
    b = parse_key(f"b:write:{SECRET}-b", hashed_only=False)
    ring = KeyRing([a, b])
    assert ring.find(SECRET) == a and ring.find(SECRET + "-b") == b
    assert ring.find(SECRET[:-1]) is None and ring.find("") is None
    with pytest.raises(KeySpecError, match="share a name"):
        KeyRing([a, parse_key(f"a:read:{SECRET}-c", hashed_only=False)])
    with pytest.raises(KeySpecError, match="share a secret"):
        KeyRing([a, parse_key(f"c:write:{SECRET}", hashed_only=False)])


def test_settings_read_keys_from_the_environment_and_a_file(tmp_path: Path) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text(f"# comment\n{key_line('file-key', 'read', SECRET + '-f', 'acme')}\n")
    settings = Settings.from_env(
        {
            "TIMELINE_API_KEYS": f"env-key:write:{SECRET}, other:read:{SECRET}-o:beta",
            "TIMELINE_API_KEYS_FILE": str(keys_file),
            "TIMELINE_PUBLIC_READS": "true",
            "TIMELINE_RATE_LIMIT": "120/minute",
        }
    )
    assert [(k.name, k.tenant) for k in settings.api_keys] == [
        ("env-key", "default"),
        ("other", "beta"),
        ("file-key", "acme"),
    ]
    assert settings.public_reads and settings.rate_limit == RateLimit(120, "minute")
    assert Settings.from_env({}).api_keys == () and not Settings.from_env({}).public_reads


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"TIMELINE_API_KEYS": f"x:write:{SECRET},x:read:{SECRET}-2"}, "TIMELINE_API_KEYS"),
        ({"TIMELINE_API_KEYS_FILE": "/nonexistent/keys"}, "TIMELINE_API_KEYS_FILE"),
        ({"TIMELINE_RATE_LIMIT": "fast"}, "TIMELINE_RATE_LIMIT"),
        ({"TIMELINE_PUBLIC_READS": "maybe"}, "TIMELINE_PUBLIC_READS"),
    ],
)
def test_bad_access_settings_name_the_variable(env: dict[str, str], name: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env(env)


def test_a_keys_file_may_not_hold_plain_secrets(tmp_path: Path) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text(f"k:write:{SECRET}\n")
    with pytest.raises(SettingsError, match="plain text") as caught:
        Settings.from_env({"TIMELINE_API_KEYS_FILE": str(keys_file)})
    assert SECRET not in str(caught.value)


def test_rate_limit_spelling() -> None:
    assert RateLimit.parse("120/minute") == RateLimit(120, "minute")
    assert RateLimit.parse(" 5 / second ").per_second == 5
    assert str(RateLimit.parse("1000/hour")) == "1000/hour"
    for bad in ("0/minute", "5/day", "5", "-1/second"):
        with pytest.raises(ValueError, match="rate limit"):
            RateLimit.parse(bad)


def test_token_bucket_allows_a_burst_then_refills_at_the_rate() -> None:
    now = [0.0]
    buckets = TokenBuckets(clock=lambda: now[0])
    limit = RateLimit(3, "minute")  # one token every 20 s
    assert [buckets.take("a", limit) for _ in range(3)] == [0, 0, 0]
    assert buckets.take("a", limit) == pytest.approx(20)
    assert buckets.take("b", limit) == 0  # each caller has its own bucket
    now[0] = 10.0
    assert buckets.take("a", limit) == pytest.approx(10)
    now[0] = 20.0
    assert buckets.take("a", limit) == 0
    assert buckets.take("a", limit) == pytest.approx(20)


def test_token_buckets_forget_idle_callers_past_their_bound() -> None:
    now = [0.0]
    buckets = TokenBuckets(clock=lambda: now[0], max_callers=10)
    limit = RateLimit(1, "second")
    for i in range(50):
        now[0] += 0.01
        buckets.take(f"caller-{i}", limit)
    assert len(buckets._buckets) <= 10
    assert buckets.take("caller-49", limit) > 0  # the most recent caller is still remembered


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True), ("127.3.4.5", True),
     ("0.0.0.0", False), ("::", False), ("192.168.1.10", False), ("example.org", False)],
)  # fmt: skip
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def run_service(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        cwd=ROOT,
        env=base | env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_serve_refuses_a_public_address_without_keys() -> None:
    result = run_service("serve", env={"TIMELINE_HOST": "0.0.0.0"})
    assert result.returncode == 2
    assert "refusing to listen on 0.0.0.0 without API keys" in result.stderr
    assert "TIMELINE_API_KEYS" in result.stderr
    result = run_service("serve", "--host", "192.168.1.10", env={})
    assert result.returncode == 2 and "192.168.1.10" in result.stderr


def test_hash_key_makes_a_secret_and_its_keys_file_line() -> None:
    made = run_service("hash-key", "ingest", "write", "--tenant", "acme", "--rate-limit", "60/minute", env={})
    assert made.returncode == 0, made.stderr
    line = made.stdout.strip()
    secret = made.stderr.strip().rsplit(" ", 1)[-1]
    assert secret not in line and len(secret) >= 40
    key = parse_key(line, hashed_only=True)
    assert key.secret_hash == hash_secret(secret)
    assert (key.name, key.scope, key.tenant, str(key.rate_limit)) == ("ingest", "write", "acme", "60/minute")

    given = run_service("hash-key", "reader", "read", "--stdin", env={}, stdin=SECRET + "\n")
    assert given.returncode == 0 and SECRET not in given.stdout + given.stderr
    assert parse_key(given.stdout.strip(), hashed_only=True).secret_hash == hash_secret(SECRET)
    short = run_service("hash-key", "reader", "read", "--stdin", env={}, stdin="guessable\n")
    assert short.returncode == 2 and "at least" in short.stderr
