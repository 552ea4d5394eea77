-- 14-main-fdw.sql — postgres_fdw and file_fdw in database "main".
-- requires-extension: postgres_fdw file_fdw
-- Tools/make-corpus loads this file only when the build ships both extensions
-- (pgserver 0.1.4 = PostgreSQL 16.2 ships none of the contrib modules, so it is skipped there).
-- Nothing here connects anywhere: the servers point at a .invalid host and a missing file.

SET client_min_messages = warning;

CREATE EXTENSION postgres_fdw SCHEMA public;
CREATE EXTENSION file_fdw SCHEMA public;
COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers (corpus)';

CREATE SERVER remote_pg FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host 'remote.example.invalid', port '5433', dbname 'warehouse', fetch_size '500');
ALTER SERVER remote_pg OWNER TO app_owner;
CREATE USER MAPPING FOR alice SERVER remote_pg
    OPTIONS (user 'alice_dw', password 'correct horse battery staple');
CREATE USER MAPPING FOR app_owner SERVER remote_pg
    OPTIONS (user 'etl', password 'p@ss''word;with$$odd chars');
CREATE USER MAPPING FOR PUBLIC SERVER remote_pg OPTIONS (user 'readonly');
GRANT USAGE ON FOREIGN SERVER remote_pg TO alice, reporting;

CREATE FOREIGN TABLE app.remote_orders (
    id     integer NOT NULL,
    amount numeric(10,2) OPTIONS (column_name 'amt'),
    note   text
) SERVER remote_pg OPTIONS (schema_name 'public', table_name 'orders', updatable 'false');
ALTER FOREIGN TABLE app.remote_orders OWNER TO app_owner;
COMMENT ON FOREIGN TABLE app.remote_orders IS 'Lives in the warehouse';

CREATE SERVER local_files FOREIGN DATA WRAPPER file_fdw;
-- file_fdw accepts no user-mapping options, so this mapping has none.
CREATE USER MAPPING FOR alice SERVER local_files;
CREATE FOREIGN TABLE app.csv_import (
    id    integer,
    label text
) SERVER local_files
  OPTIONS (filename '/nonexistent/import.csv', format 'csv', header 'true', delimiter ';');
GRANT SELECT ON app.csv_import TO reporting;
