"""Keys in a real server process: configured from the environment and a file, never in its logs."""

from __future__ import annotations

from pathlib import Path

import httpx

from service.keys import hash_secret, key_line
from tests.servers import ServiceProcess

ENV_SECRET = "env-secret-for-the-pipeline-0123456789"
FILE_SECRET = "file-secret-for-the-dashboard-0123456789"


def test_keys_from_environment_and_file_guard_a_real_server_and_stay_out_of_its_logs(
    database_url: str, tmp_path: Path
) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text(key_line("dashboard", "read", FILE_SECRET, "newsroom") + "\n")
    server = ServiceProcess(
        tmp_path,
        env={
            "DATABASE_URL": database_url,
            "TIMELINE_API_KEYS": f"pipeline:write:{ENV_SECRET}:newsroom",
            "TIMELINE_API_KEYS_FILE": str(keys_file),
        },
    )
    try:
        server.wait_ready()
        anonymous = httpx.get(f"{server.base}/v1/documents", timeout=10)
        assert anonymous.status_code == 401 and anonymous.headers["www-authenticate"].startswith("Bearer")
        body = {"text": "The polls closed on 5 November 2024.", "published_at": "2024-11-06"}
        created = httpx.post(
            f"{server.base}/v1/documents", json=body, headers={"Authorization": f"Bearer {ENV_SECRET}"}, timeout=10
        )
        assert created.status_code == 201, created.text
        reader = {"X-API-Key": FILE_SECRET}
        listed = httpx.get(f"{server.base}/v1/documents", headers=reader, timeout=10)
        assert [d["id"] for d in listed.json()["documents"]] == [created.json()["id"]]
        assert httpx.post(f"{server.base}/v1/documents", json=body, headers=reader, timeout=10).status_code == 403
    finally:
        server.terminate()

    requests = [line for line in server.logs() if line.get("event") == "request" and line["path"].startswith("/v1")]
    assert [(line["status"], line.get("api_key")) for line in requests] == [
        (401, None),
        (201, "pipeline"),
        (200, "dashboard"),
        (403, "dashboard"),
    ]
    assert all(line["tenant"] == "newsroom" for line in requests[1:])
    everything = "".join(server.lines)
    for secret in (ENV_SECRET, FILE_SECRET):
        assert secret not in everything and hash_secret(secret).hex() not in everything
    assert "NO API KEYS" not in everything
