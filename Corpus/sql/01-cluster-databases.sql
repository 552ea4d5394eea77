-- 01-cluster-databases.sql — the databases Tools/make-corpus dumps (run in database "postgres").
-- Every database uses the C locale so output does not depend on the machine's locales.

CREATE DATABASE main OWNER app_owner TEMPLATE template0
    ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE latin1 OWNER app_owner TEMPLATE template0
    ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE eucjp OWNER app_owner TEMPLATE template0
    ENCODING 'EUC_JP' LC_COLLATE 'C' LC_CTYPE 'C';

COMMENT ON DATABASE main IS 'pgdumpkit corpus: the big one; comment has $$ and ; in it';
ALTER DATABASE main SET work_mem = '8MB';
GRANT CONNECT, TEMPORARY ON DATABASE main TO reporting;
REVOKE TEMPORARY ON DATABASE main FROM PUBLIC;

-- Only PG 18's dump of it is kept (pg_dump --statistics, STATISTICS DATA entries).
CREATE DATABASE stats OWNER app_owner TEMPLATE template0
    ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
