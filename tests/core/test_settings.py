from pathlib import Path

import pytest

from service.settings import Settings, SettingsError


def test_defaults() -> None:
    settings = Settings.from_env({})
    assert settings.database_url is None
    assert (settings.host, settings.port) == ("127.0.0.1", 8000)
    assert settings.max_document_bytes == 1_000_000
    assert str(settings.default_timezone) == "UTC"
    assert settings.embedded_data_dir == Path("var").resolve() / "postgres"


def test_reads_the_environment() -> None:
    settings = Settings.from_env(
        {"DATABASE_URL": "postgresql://x/y", "TIMELINE_PORT": "9000", "TIMELINE_DEFAULT_TIMEZONE": "Asia/Tokyo"}
    )
    assert settings.database_url == "postgresql://x/y" and settings.port == 9000
    assert str(settings.default_timezone) == "Asia/Tokyo"


@pytest.mark.parametrize(
    ("name", "value"),
    [("TIMELINE_PORT", "eighty"), ("TIMELINE_LOG_LEVEL", "loud"), ("TIMELINE_DEFAULT_TIMEZONE", "Mars/Olympus")],
)
def test_bad_values_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_cors_origins_are_a_comma_separated_list() -> None:
    settings = Settings.from_env({"TIMELINE_CORS_ORIGINS": "https://a.example, https://b.example,"})
    assert settings.cors_origins == ("https://a.example", "https://b.example")


def test_database_connect_timeout_is_whole_seconds_of_at_least_one() -> None:
    assert Settings.from_env({}).db_connect_timeout_seconds == 5
    assert Settings.from_env({"TIMELINE_DB_CONNECT_TIMEOUT_SECONDS": "2"}).db_connect_timeout_seconds == 2
    with pytest.raises(SettingsError, match="TIMELINE_DB_CONNECT_TIMEOUT_SECONDS"):
        Settings.from_env({"TIMELINE_DB_CONNECT_TIMEOUT_SECONDS": "0"})


def test_date_order_is_dmy_mdy_or_unset() -> None:
    assert Settings.from_env({}).date_order is None
    assert Settings.from_env({"TIMELINE_DATE_ORDER": "dmy"}).date_order == "DMY"
    assert Settings.from_env({"TIMELINE_DATE_ORDER": "MDY"}).date_order == "MDY"
    with pytest.raises(SettingsError, match="TIMELINE_DATE_ORDER"):
        Settings.from_env({"TIMELINE_DATE_ORDER": "YMD"})
