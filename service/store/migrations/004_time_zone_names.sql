-- Each document's time zone by name: an IANA zone such as Europe/London, whose daylight-saving
-- rules render a summer month of a winter article in summer time, or a fixed offset such as
-- +05:30 when the publication time gave only an offset (service/zones.py).
ALTER TABLE documents ADD COLUMN time_zone text;

-- Rows from before knew only their offset: carried over as that fixed offset, so they show
-- exactly as they did.
UPDATE documents SET time_zone =
    CASE WHEN utc_offset < 0 THEN '-' ELSE '+' END
    || to_char(abs(utc_offset) / 3600, 'FM00') || ':' || to_char(abs(utc_offset) % 3600 / 60, 'FM00')
    || CASE WHEN abs(utc_offset) % 60 <> 0 THEN ':' || to_char(abs(utc_offset) % 60, 'FM00') ELSE '' END;

ALTER TABLE documents ALTER COLUMN time_zone SET NOT NULL;
