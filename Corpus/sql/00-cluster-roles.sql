-- 00-cluster-roles.sql — roles shared by every database (run in database "postgres").
-- Loaded first by Tools/make-corpus; ends up in cluster.dumpall.sql only.
-- No SCRAM passwords: their random salt would change on every regeneration. alice gets a
-- pre-hashed MD5 password, which is stored as given (PG 18 warns that MD5 is deprecated).

CREATE ROLE app_owner LOGIN;
CREATE ROLE reporting NOLOGIN;
CREATE ROLE alice LOGIN PASSWORD 'md54a0a68b43b6cd5cf266fa02f196e2371'
    CONNECTION LIMIT 5 VALID UNTIL 'infinity';
CREATE ROLE "Mixed Case Role" NOLOGIN;

GRANT reporting TO alice;
ALTER ROLE reporting SET search_path = reporting, app, public;
ALTER ROLE alice SET statement_timeout = '30s';
COMMENT ON ROLE alice IS 'Analyst; has a user mapping with a password';
