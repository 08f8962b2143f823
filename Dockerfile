# syntax=docker/dockerfile:1

# Build stage: install the service and its dependencies into a virtual environment.
FROM python:3.12-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY pyproject.toml README.md ./
COPY service ./service
RUN pip install --no-cache-dir .

# Run stage: the virtual environment only, as an unprivileged user.
# It listens on 0.0.0.0, so it needs API keys and refuses to start without them. Make a key with
#   docker run --rm IMAGE python -m service hash-key ingest write
# then either pass keys in the environment (secrets in plain text or as sha256:<hex>):
#   docker run -e TIMELINE_API_KEYS=ingest:write:<secret> ...
# or mount a keys file holding the printed lines (hashes only):
#   docker run -v "$PWD/keys:/run/secrets/timeline_keys:ro" -e TIMELINE_API_KEYS_FILE=/run/secrets/timeline_keys ...
FROM python:3.12-slim-bookworm
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    TIMELINE_HOST=0.0.0.0 \
    TIMELINE_PORT=8000 \
    TIMELINE_LOG_FORMAT=json
RUN groupadd --system --gid 10001 timeline \
    && useradd --system --uid 10001 --gid 10001 --home-dir /app --create-home --shell /usr/sbin/nologin timeline
COPY --from=build /opt/venv /opt/venv
USER 10001:10001
WORKDIR /app
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status != 200)"]
CMD ["python", "-m", "service", "serve"]
