-- 13-main-largeobjects.sql — large objects in database "main", with fixed OIDs.
--
-- PG 17+ (archive 1.16) groups LOs by owner and ACL into BLOB METADATA entries:
--   424242, 424243, 424244, 424247  owner app_owner, no ACL        -> one group
--   424245                          owner alice                    -> its own group
--   424246                          owner app_owner, GRANT SELECT  -> its own group
-- PG 15/16 (archive 1.14/1.15) write one BLOB entry per LO and a single BLOBS data entry.
-- 424244 is ~17.5 KB of compressible text, more than pg_dump's 16 KB lo_read buffer, so its data
-- arrives in several chunks and pg_restore -f - prints several lowrite() calls.

SET client_min_messages = warning;

SELECT lo_from_bytea(424242, convert_to('Hello, large object!', 'UTF8'));
SELECT lo_from_bytea(424243, '\x00010203fffefd5c0a0d09'::bytea);
SELECT lo_from_bytea(424244, convert_to(
           string_agg(format('line %s: the quick brown fox jumps over the lazy dog', i), E'\n'),
           'UTF8'))
  FROM generate_series(1, 330) AS i;
SELECT lo_from_bytea(424245, convert_to('alice''s private blob — ünïcödé', 'UTF8'));
SELECT lo_from_bytea(424246, convert_to('shared with reporting', 'UTF8'));
SELECT lo_from_bytea(424247, ''::bytea);

ALTER LARGE OBJECT 424242 OWNER TO app_owner;
ALTER LARGE OBJECT 424243 OWNER TO app_owner;
ALTER LARGE OBJECT 424244 OWNER TO app_owner;
ALTER LARGE OBJECT 424245 OWNER TO alice;
ALTER LARGE OBJECT 424246 OWNER TO app_owner;
ALTER LARGE OBJECT 424247 OWNER TO app_owner;

GRANT SELECT ON LARGE OBJECT 424246 TO reporting;
GRANT SELECT, UPDATE ON LARGE OBJECT 424246 TO alice;

COMMENT ON LARGE OBJECT 424242 IS 'A greeting';
COMMENT ON LARGE OBJECT 424244 IS 'Big: spans several 16 KB chunks; has $$ and ; in the comment';
