-- 40-stats-data.sql — database "stats": one analyzed table and index, so that
-- pg_dump 18 --statistics writes STATISTICS DATA entries (Tools/make-corpus keeps only the
-- PG 18 dumps of this database). 100 rows: ANALYZE samples all of them, so the statistics
-- are the same on every run.

SET client_min_messages = warning;
SET ROLE app_owner;
CREATE TABLE public.measurements (
    id      integer PRIMARY KEY,
    sensor  text NOT NULL,
    reading numeric(6,2)
);
INSERT INTO public.measurements
SELECT i, 'sensor-' || (i % 5), round((i * 37 % 1000) / 10.0, 2)
  FROM generate_series(1, 100) AS i;
CREATE INDEX measurements_expr_idx ON public.measurements ((lower(sensor)));
RESET ROLE;
ANALYZE public.measurements;
