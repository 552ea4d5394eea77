--
-- PostgreSQL database dump
--

\restrict PGDUMPKITCORPUS

-- Dumped from database version 17.10
-- Dumped by pg_dump version 17.10

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: Mixed Case Schema; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "Mixed Case Schema";


ALTER SCHEMA "Mixed Case Schema" OWNER TO postgres;

--
-- Name: alice's space; Type: SCHEMA; Schema: -; Owner: alice
--

CREATE SCHEMA "alice's space";


ALTER SCHEMA "alice's space" OWNER TO alice;

--
-- Name: SCHEMA "alice's space"; Type: COMMENT; Schema: -; Owner: alice
--

COMMENT ON SCHEMA "alice's space" IS 'Owned by alice.
Second line; with a semicolon.';


--
-- Name: app; Type: SCHEMA; Schema: -; Owner: app_owner
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO app_owner;

--
-- Name: SCHEMA app; Type: COMMENT; Schema: -; Owner: app_owner
--

COMMENT ON SCHEMA app IS 'Application schema';


--
-- Name: reporting; Type: SCHEMA; Schema: -; Owner: reporting
--

CREATE SCHEMA reporting;


ALTER SCHEMA reporting OWNER TO reporting;

--
-- Name: c_copy; Type: COLLATION; Schema: app; Owner: app_owner
--

CREATE COLLATION app.c_copy (provider = libc, locale = 'C');


ALTER COLLATION app.c_copy OWNER TO app_owner;

--
-- Name: file_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS file_fdw WITH SCHEMA public;


--
-- Name: EXTENSION file_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION file_fdw IS 'foreign-data wrapper for flat file access';


--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers (corpus)';


--
-- Name: address; Type: TYPE; Schema: app; Owner: app_owner
--

CREATE TYPE app.address AS (
	street text,
	city text,
	zip character varying(10)
);


ALTER TYPE app.address OWNER TO app_owner;

--
-- Name: email; Type: DOMAIN; Schema: app; Owner: app_owner
--

CREATE DOMAIN app.email AS text
	CONSTRAINT email_has_at CHECK ((VALUE ~ '^[^@\s]+@[^@\s]+$'::text));


ALTER DOMAIN app.email OWNER TO app_owner;

--
-- Name: DOMAIN email; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON DOMAIN app.email IS 'Very loose e-mail check';


--
-- Name: floatrange; Type: TYPE; Schema: app; Owner: app_owner
--

CREATE TYPE app.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = app.floatmultirange,
    subtype_diff = float8mi
);


ALTER TYPE app.floatrange OWNER TO app_owner;

--
-- Name: mood; Type: TYPE; Schema: app; Owner: app_owner
--

CREATE TYPE app.mood AS ENUM (
    'sad',
    'ok',
    'happy',
    'it''s complicated'
);


ALTER TYPE app.mood OWNER TO app_owner;

--
-- Name: TYPE mood; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON TYPE app.mood IS 'How a customer feels';


--
-- Name: positive_int; Type: DOMAIN; Schema: app; Owner: app_owner
--

CREATE DOMAIN app.positive_int AS integer NOT NULL DEFAULT 1
	CONSTRAINT positive CHECK ((VALUE > 0));


ALTER DOMAIN app.positive_int OWNER TO app_owner;

--
-- Name: hello(text); Type: FUNCTION; Schema: alice's space; Owner: alice
--

CREATE FUNCTION "alice's space".hello(who text DEFAULT 'world'::text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $_$
BEGIN
    RETURN format($f$Hello, %s! $$ stays $$$f$, who);
END
$_$;


ELTER FUNCTION "alice's space".hello(who text) OWNER TO alice;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- PostgreSQL database dump complete
--

\unrestrict PGDUMPKITCORPUS

