"""Response compression, and which encoding a request will get (ETags differ by it)."""

from __future__ import annotations

from litestar.config.compression import CompressionConfig

# Below this a response gains little from compression (a page of ten events is about 6 KB;
# headers and a TCP round trip cost more than the bytes saved under 1 KB).
MINIMUM_SIZE_BYTES = 1024
# Brotli for clients that take it, gzip for the others, both at their fastest levels: on a
# dashboard's poll the service's own CPU is the scarce thing, not the bytes. On a real 100-event
# page brotli 1 costs a fifth of brotli 4 for 13% more bytes, and gzip 1 a third of gzip 6 for
# 16% more (README, "Caching and compression").
BROTLI_QUALITY = 1
GZIP_LEVEL = 1

COMPRESSION = CompressionConfig(
    backend="brotli",
    brotli_quality=BROTLI_QUALITY,
    brotli_gzip_fallback=True,
    gzip_compress_level=GZIP_LEVEL,
    minimum_size=MINIMUM_SIZE_BYTES,
)


def negotiated_encoding(accept_encoding: str) -> str:
    """The content coding the compression middleware picks for this ``Accept-Encoding`` when the
    response is large enough, by the middleware's own rule (the coding's name in the header)."""
    preferred = COMPRESSION.compression_facade.encoding
    if preferred in accept_encoding:
        return preferred
    if COMPRESSION.gzip_fallback and "gzip" in accept_encoding:
        return "gzip"
    return "identity"
