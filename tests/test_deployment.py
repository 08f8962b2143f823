"""The deployment files are read by no Docker engine here, so they are checked by reading."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: it comes with the dev extras (python3 dev.py test installs them)")
    return path


def test_dockerfile_passes_hadolint() -> None:
    result = subprocess.run([tool("hadolint"), "Dockerfile"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_is_multi_stage_non_root_with_readiness_check() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    stages = re.findall(r"^FROM\s+(\S+)", dockerfile, flags=re.M)
    assert len(stages) >= 2 and all("slim" in image for image in stages)
    user = re.findall(r"^USER\s+(\S+)", dockerfile, flags=re.M)
    assert user and user[-1].split(":")[0] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*", dockerfile, flags=re.M) and "/readyz" in dockerfile
    assert re.search(r"^COPY --from=build", dockerfile, flags=re.M)


def test_dockerfile_shows_how_to_give_the_service_keys() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^ENV .*TIMELINE_HOST=0\.0\.0\.0", dockerfile, flags=re.M | re.S)
    for needed in ("TIMELINE_API_KEYS=", "TIMELINE_API_KEYS_FILE=", "python -m service hash-key"):
        assert needed in dockerfile


def test_compose_runs_the_service_on_a_healthy_postgres_17() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    db = services["db"]
    assert db["image"] == "postgres:17"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]
    app = services["timeline"]
    assert app["depends_on"]["db"]["condition"] == "service_healthy"
    assert app["ports"] == ["8000:8000"]
    # The port is published, so the service must be given keys: compose stops with a message without them.
    assert app["environment"]["TIMELINE_API_KEYS"].startswith("${TIMELINE_API_KEYS:?set TIMELINE_API_KEYS")
    url = app["environment"]["DATABASE_URL"]
    env = db["environment"]
    assert url == f"postgresql://{env['POSTGRES_USER']}:{env['POSTGRES_PASSWORD']}@db:5432/{env['POSTGRES_DB']}"


def test_compose_scale_profile_puts_replicas_of_the_same_service_behind_nginx() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    replica, balancer = services["replica"], services["balancer"]
    assert replica["profiles"] == balancer["profiles"] == ["scale"]
    # The replicas run the same image with the same settings as the single service.
    assert replica["build"] == services["timeline"]["build"]
    assert replica["environment"] == services["timeline"]["environment"]
    assert "ports" not in replica, "replicas are reached through the balancer only"
    assert replica["depends_on"]["db"]["condition"] == "service_healthy"
    config_file, mounted = balancer["volumes"][0].split(":")[:2]
    assert mounted == "/etc/nginx/conf.d/default.conf"
    nginx = (ROOT / config_file).read_text()
    port = replica["environment"]["TIMELINE_PORT"]
    assert re.search(rf"^\s*server replica:{port}\b", nginx, flags=re.M)
    # Streamed exports must reach the client as they are written.
    assert re.search(r"^\s*proxy_buffering off;", nginx, flags=re.M)
    # The database must accept every replica's pool.
    settings = dict(arg.split("=", 1) for arg in services["db"]["command"] if "=" in arg)
    assert int(settings["max_connections"]) >= 10 * 10


def test_code_is_ruff_clean() -> None:
    result = subprocess.run([tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# What mypy checks, and how: the engine in strict mode, and the whole service and the benches at mypy's defaults.
# bench/ has no __init__.py (its scripts run as files), so its modules are named from the checkout: bench.run.
MYPY_RUNS = (
    ("--strict", "service/temporal"),
    ("service",),
    ("--explicit-package-bases", "bench"),
)


def test_code_type_checks() -> None:
    for args in MYPY_RUNS:
        result = subprocess.run([tool("mypy"), *args], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, f"mypy {' '.join(args)}:\n{result.stdout}{result.stderr}"


def test_readme_quick_start_has_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"## Quick start\s*```\w*\n(.*?)```", readme, flags=re.S)
    assert block, "README has no Quick start code block"
    lines = [line for line in block.group(1).splitlines() if line.strip()]
    assert lines == ["python3 dev.py run", "python3 dev.py test"]
