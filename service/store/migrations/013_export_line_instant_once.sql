-- An export line's instant in UTC or a fixed offset (migration 012) computed once: 012 wrote the
-- wall time twice, once for the seconds and again for the microseconds when there were any
-- (two to_char calls over two copies of the offset arithmetic, as SQL functions are inlined), and
-- told microseconds apart with extract(), which computes in numeric. One to_char with the format
-- chosen by comparing the instant with its own second gives the same text.
--
-- The lines stored until now stay as they are: the text is the same, so nothing is written again.

CREATE OR REPLACE FUNCTION export_line_instant(moment timestamptz, zone text, as_json boolean) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN zone <> 'UTC' AND zone !~ '^[+-][0-9]{2}:[0-9]{2}$' THEN export_instant(moment, zone)
        WHEN NOT isfinite(moment) THEN CASE WHEN as_json THEN 'null' ELSE '' END
        ELSE concat(CASE WHEN as_json THEN '"' END,
                    to_char(export_fixed_zone_time(moment, zone),
                            -- Whole minutes of offset: the instant's own microseconds are the wall time's.
                            CASE WHEN date_trunc('second', moment AT TIME ZONE 'UTC') = moment AT TIME ZONE 'UTC'
                                 THEN 'YYYY-MM-DD"T"HH24:MI:SS' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US' END),
                    CASE WHEN zone IN ('UTC', '+00:00') THEN 'Z' ELSE zone END,
                    CASE WHEN as_json THEN '"' END)
    END
$$;
