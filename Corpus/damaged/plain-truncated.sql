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


ALTER FUNCTION "alice's space".hello(who text) OWNER TO alice;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: order_archive; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.order_archive (
    order_id integer NOT NULL,
    archived_at timestamp with time zone NOT NULL
);


ALTER TABLE app.order_archive OWNER TO app_owner;

--
-- Name: orders; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.orders (
    id integer NOT NULL,
    customer_id bigint NOT NULL,
    invoice_no integer,
    status text DEFAULT 'new'::text NOT NULL,
    placed_at timestamp with time zone NOT NULL,
    qty app.positive_int,
    unit_price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (((qty)::numeric * unit_price)) STORED,
    valid_during tstzrange,
    qty_band int4range,
    weights app.floatrange,
    notes text,
    updated_at timestamp with time zone,
    CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text, 'shipped'::text, 'cancelled'::text])))
);
ALTER TABLE ONLY app.orders ALTER COLUMN notes SET STATISTICS 500;


ALTER TABLE app.orders OWNER TO app_owner;

--
-- Name: archive_cancelled(timestamp with time zone); Type: PROCEDURE; Schema: app; Owner: app_owner
--

CREATE PROCEDURE app.archive_cancelled(IN p_before timestamp with time zone)
    LANGUAGE sql
    BEGIN ATOMIC
 DELETE FROM app.order_archive
   WHERE (order_archive.archived_at < archive_cancelled.p_before);
 INSERT INTO app.order_archive (order_id, archived_at)  SELECT orders.id,
             archive_cancelled.p_before AS p_before
            FROM app.orders
           WHERE ((orders.status = 'cancelled'::text) AND (orders.placed_at < archive_cancelled.p_before));
END;


ALTER PROCEDURE app.archive_cancelled(IN p_before timestamp with time zone) OWNER TO app_owner;

--
-- Name: audit_orders(); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.audit_orders() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN
    INSERT INTO app.audit_log (table_name, op, row_count)
    SELECT TG_TABLE_NAME, TG_OP, count(*) FROM new_rows;
    RETURN NULL;
END
$$;


ALTER FUNCTION app.audit_orders() OWNER TO app_owner;

--
-- Name: concat_step(text, text); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.concat_step(state text, val text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN state = '' THEN val ELSE state || ', ' || val END $$;


ALTER FUNCTION app.concat_step(state text, val text) OWNER TO app_owner;

--
-- Name: customer_ids(numeric); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.customer_ids(min_balance numeric DEFAULT 0) RETURNS TABLE(id bigint, name text)
    LANGUAGE sql STABLE ROWS 10
    AS $$ SELECT id, name FROM app.customers WHERE balance >= min_balance ORDER BY id $$;


ALTER FUNCTION app.customer_ids(min_balance numeric) OWNER TO app_owner;

--
-- Name: customer_total(bigint); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.customer_total(p_customer bigint) RETURNS numeric
    LANGUAGE sql STABLE PARALLEL SAFE
    BEGIN ATOMIC
 SELECT COALESCE(sum(o.total), (0)::numeric) AS "coalesce"
    FROM app.orders o
   WHERE (o.customer_id = customer_total.p_customer);
END;


ALTER FUNCTION app.customer_total(p_customer bigint) OWNER TO app_owner;

--
-- Name: describe_customer(bigint); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.describe_customer(p_id bigint) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path TO 'app', 'pg_catalog'
    AS $_X$
DECLARE
    result   text;
    template constant text := $$Customer %s: "%s" (it's $tag$ and $_$ quoted)$$;
BEGIN
    SELECT format(template, c.id, c.name) INTO result
      FROM app.customers c WHERE c.id = p_id;
    IF result IS NULL THEN
        RAISE EXCEPTION $msg$no customer %; it's missing$msg$, p_id;
    END IF;
    EXECUTE $x$SELECT $1 || $$;$$$x$ INTO result USING result;
    RETURN result;
END;
$_X$;


ALTER FUNCTION app.describe_customer(p_id bigint) OWNER TO app_owner;

--
-- Name: FUNCTION describe_customer(p_id bigint); Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON FUNCTION app.describe_customer(p_id bigint) IS 'Uses $q$ ... $$ ... $msg$ quoting; and semicolons';


--
-- Name: shout(integer); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.shout(integer) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$SELECT app.shout($1::text)$_$;


ALTER FUNCTION app.shout(integer) OWNER TO app_owner;

--
-- Name: shout(text); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.shout(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$SELECT upper($1) || '!'$_$;


ALTER FUNCTION app.shout(text) OWNER TO app_owner;

--
-- Name: texteq_ci(text, text); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.texteq_ci(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    RETURN (lower(a) = lower(b));


ALTER FUNCTION app.texteq_ci(a text, b text) OWNER TO app_owner;

--
-- Name: touch_updated_at(); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;


ALTER FUNCTION app.touch_updated_at() OWNER TO app_owner;

--
-- Name: corpus_ddl_noop(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.corpus_ddl_noop() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NULL; END $$;


ALTER FUNCTION public.corpus_ddl_noop() OWNER TO postgres;

--
-- Name: comma_join(text); Type: AGGREGATE; Schema: app; Owner: app_owner
--

CREATE AGGREGATE app.comma_join(text) (
    SFUNC = app.concat_step,
    STYPE = text,
    INITCOND = ''
);


ALTER AGGREGATE app.comma_join(text) OWNER TO app_owner;

--
-- Name: =~=; Type: OPERATOR; Schema: app; Owner: app_owner
--

CREATE OPERATOR app.=~= (
    FUNCTION = app.texteq_ci,
    LEFTARG = text,
    RIGHTARG = text,
    COMMUTATOR = OPERATOR(app.=~=)
);


ALTER OPERATOR app.=~= (text, text) OWNER TO app_owner;

--
-- Name: simple_cfg; Type: TEXT SEARCH CONFIGURATION; Schema: app; Owner: app_owner
--

CREATE TEXT SEARCH CONFIGURATION app.simple_cfg (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR asciiword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR word WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR hword_part WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR hword_asciipart WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR asciihword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR hword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app.simple_cfg
    ADD MAPPING FOR uint WITH simple;


ALTER TEXT SEARCH CONFIGURATION app.simple_cfg OWNER TO app_owner;

--
-- Name: corpus_dummy_fdw; Type: FOREIGN DATA WRAPPER; Schema: -; Owner: postgres
--

CREATE FOREIGN DATA WRAPPER corpus_dummy_fdw OPTIONS (
    debug 'true'
);


ALTER FOREIGN DATA WRAPPER corpus_dummy_fdw OWNER TO postgres;

--
-- Name: dummy_srv; Type: SERVER; Schema: -; Owner: app_owner
--

CREATE SERVER dummy_srv FOREIGN DATA WRAPPER corpus_dummy_fdw OPTIONS (
    host 'db.example.invalid',
    port '5432'
);


ALTER SERVER dummy_srv OWNER TO app_owner;

--
-- Name: SERVER dummy_srv; Type: COMMENT; Schema: -; Owner: app_owner
--

COMMENT ON SERVER dummy_srv IS 'Handler-less server (no extension needed)';


--
-- Name: USER MAPPING alice SERVER dummy_srv; Type: USER MAPPING; Schema: -; Owner: app_owner
--

CREATE USER MAPPING FOR alice SERVER dummy_srv OPTIONS (
    password 's3cr3t;$$''x',
    "user" 'alice_remote'
);


--
-- Name: USER MAPPING public SERVER dummy_srv; Type: USER MAPPING; Schema: -; Owner: app_owner
--

CREATE USER MAPPING FOR public SERVER dummy_srv OPTIONS (
    password 'guest',
    "user" 'guest'
);


--
-- Name: local_files; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER local_files FOREIGN DATA WRAPPER file_fdw;


ALTER SERVER local_files OWNER TO postgres;

--
-- Name: USER MAPPING alice SERVER local_files; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR alice SERVER local_files;


--
-- Name: remote_pg; Type: SERVER; Schema: -; Owner: app_owner
--

CREATE SERVER remote_pg FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'warehouse',
    fetch_size '500',
    host 'remote.example.invalid',
    port '5433'
);


ALTER SERVER remote_pg OWNER TO app_owner;

--
-- Name: USER MAPPING alice SERVER remote_pg; Type: USER MAPPING; Schema: -; Owner: app_owner
--

CREATE USER MAPPING FOR alice SERVER remote_pg OPTIONS (
    password 'correct horse battery staple',
    "user" 'alice_dw'
);


--
-- Name: USER MAPPING app_owner SERVER remote_pg; Type: USER MAPPING; Schema: -; Owner: app_owner
--

CREATE USER MAPPING FOR app_owner SERVER remote_pg OPTIONS (
    password 'p@ss''word;with$$odd chars',
    "user" 'etl'
);


--
-- Name: USER MAPPING public SERVER remote_pg; Type: USER MAPPING; Schema: -; Owner: app_owner
--

CREATE USER MAPPING FOR public SERVER remote_pg OPTIONS (
    "user" 'readonly'
);


--
-- Name: Mixed Case Table; Type: TABLE; Schema: Mixed Case Schema; Owner: Mixed Case Role
--

CREATE TABLE "Mixed Case Schema"."Mixed Case Table" (
    "Id" integer,
    "Value Text" text
);


ALTER TABLE "Mixed Case Schema"."Mixed Case Table" OWNER TO "Mixed Case Role";

--
-- Name: scratch; Type: TABLE; Schema: alice's space; Owner: alice
--

CREATE TABLE "alice's space".scratch (
    id integer NOT NULL,
    memo text
);

ALTER TABLE ONLY "alice's space".scratch FORCE ROW LEVEL SECURITY;


ALTER TABLE "alice's space".scratch OWNER TO alice;

--
-- Name: scratch_id_seq; Type: SEQUENCE; Schema: alice's space; Owner: alice
--

ALTER TABLE "alice's space".scratch ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME "alice's space".scratch_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Order Items; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app."Order Items" (
    "Order Id" integer NOT NULL,
    "Line No" smallint NOT NULL,
    "SKU" text NOT NULL,
    "Qty" integer DEFAULT 1 NOT NULL
);


ALTER TABLE app."Order Items" OWNER TO app_owner;

--
-- Name: TABLE "Order Items"; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON TABLE app."Order Items" IS 'Mixed case with a space';


--
-- Name: customers; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.customers (
    id bigint NOT NULL,
    email app.email NOT NULL,
    name text NOT NULL COLLATE app.c_copy,
    name_lower text GENERATED ALWAYS AS (lower(name)) STORED,
    mood app.mood DEFAULT 'ok'::app.mood,
    tags text[] DEFAULT '{}'::text[],
    scores integer[],
    address app.address,
    balance numeric(14,4) DEFAULT 0,
    ratio double precision,
    created_at timestamp with time zone DEFAULT '2024-01-01 00:00:00+00'::timestamp with time zone NOT NULL,
    birthday date,
    wake_up time without time zone,
    ext_id uuid,
    profile jsonb,
    raw_profile json,
    avatar bytea,
    active boolean DEFAULT true NOT NULL,
    home_net inet,
    nickname character varying(40),
    search tsvector,
    CONSTRAINT customers_balance_check CHECK ((balance > ('-1000'::integer)::numeric))
)
WITH (fillfactor='90');


ALTER TABLE app.customers OWNER TO app_owner;

--
-- Name: TABLE customers; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON TABLE app.customers IS 'Customers; note: $$ is not a terminator here; nor is this ; semicolon';


--
-- Name: COLUMN customers.email; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON COLUMN app.customers.email IS 'Line one
Line two with ''quotes'' and a \ backslash';


--
-- Name: COLUMN customers.name_lower; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON COLUMN app.customers.name_lower IS 'Generated column: not in COPY column lists';


--
-- Name: active_customers; Type: VIEW; Schema: app; Owner: app_owner
--

CREATE VIEW app.active_customers AS
 SELECT id,
    email,
    name,
    mood
   FROM app.customers
  WHERE active
  WITH LOCAL CHECK OPTION;


ALTER VIEW app.active_customers OWNER TO app_owner;

--
-- Name: VIEW active_customers; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON VIEW app.active_customers IS 'Only active customers';


--
-- Name: vehicles; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.vehicles (
    id integer NOT NULL,
    make text NOT NULL,
    built date
);


ALTER TABLE app.vehicles OWNER TO app_owner;

--
-- Name: cars; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.cars (
    doors smallint,
    CONSTRAINT cars_doors_check CHECK (((doors >= 2) AND (doors <= 5)))
)
INHERITS (app.vehicles);


ALTER TABLE app.cars OWNER TO app_owner;

--
-- Name: trucks; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.trucks (
    payload_kg numeric(8,1)
)
INHERITS (app.vehicles);


ALTER TABLE app.trucks OWNER TO app_owner;

--
-- Name: amphibious; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.amphibious (
    hull text
)
INHERITS (app.cars, app.trucks);


ALTER TABLE app.amphibious OWNER TO app_owner;

--
-- Name: audit_log; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.audit_log (
    id bigint NOT NULL,
    table_name text NOT NULL,
    op text NOT NULL,
    row_count integer,
    at timestamp with time zone DEFAULT now()
);


ALTER TABLE app.audit_log OWNER TO app_owner;

--
-- Name: TABLE audit_log; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON TABLE app.audit_log IS 'Always empty';


--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: app; Owner: app_owner
--

ALTER TABLE app.audit_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: big_text; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.big_text (
    id integer NOT NULL,
    word text NOT NULL,
    code text NOT NULL
);
ALTER TABLE ONLY app.big_text ALTER COLUMN code SET STORAGE EXTERNAL;


ALTER TABLE app.big_text OWNER TO app_owner;

--
-- Name: cache; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE UNLOGGED TABLE app.cache (
    k text NOT NULL,
    v jsonb
);


ALTER TABLE app.cache OWNER TO app_owner;

--
-- Name: csv_import; Type: FOREIGN TABLE; Schema: app; Owner: postgres
--

CREATE FOREIGN TABLE app.csv_import (
    id integer,
    label text
)
SERVER local_files
OPTIONS (
    delimiter ';',
    filename '/nonexistent/import.csv',
    format 'csv',
    header 'true'
);


ALTER FOREIGN TABLE app.csv_import OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: app; Owner: app_owner
--

ALTER TABLE app.customers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: departments; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.departments (
    id integer NOT NULL,
    name text NOT NULL,
    head_employee_id integer
);


ALTER TABLE app.departments OWNER TO app_owner;

--
-- Name: employees; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.employees (
    id integer NOT NULL,
    name text NOT NULL,
    department_id integer NOT NULL,
    manager_id integer
);


ALTER TABLE app.employees OWNER TO app_owner;

--
-- Name: events; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.events (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
)
PARTITION BY RANGE (occurred_at);


ALTER TABLE app.events OWNER TO app_owner;

--
-- Name: events_id_seq; Type: SEQUENCE; Schema: app; Owner: app_owner
--

CREATE SEQUENCE app.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE app.events_id_seq OWNER TO app_owner;

--
-- Name: events_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: app_owner
--

ALTER SEQUENCE app.events_id_seq OWNED BY app.events.id;


--
-- Name: events_2024; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.events_2024 (
    id bigint DEFAULT nextval('app.events_id_seq'::regclass) NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);


ALTER TABLE app.events_2024 OWNER TO app_owner;

--
-- Name: events_2025; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.events_2025 (
    id bigint DEFAULT nextval('app.events_id_seq'::regclass) NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
)
PARTITION BY LIST (kind);


ALTER TABLE app.events_2025 OWNER TO app_owner;

--
-- Name: events_2025_click; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.events_2025_click (
    id bigint DEFAULT nextval('app.events_id_seq'::regclass) NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);


ALTER TABLE app.events_2025_click OWNER TO app_owner;

--
-- Name: events_2025_other; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.events_2025_other (
    id bigint DEFAULT nextval('app.events_id_seq'::regclass) NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);


ALTER TABLE app.events_2025_other OWNER TO app_owner;

--
-- Name: events_default; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.events_default (
    id bigint DEFAULT nextval('app.events_id_seq'::regclass) NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);


ALTER TABLE app.events_default OWNER TO app_owner;

--
-- Name: invoice_no_seq; Type: SEQUENCE; Schema: app; Owner: app_owner
--

CREATE SEQUENCE app.invoice_no_seq
    AS integer
    START WITH 1000
    INCREMENT BY 7
    MINVALUE 1000
    MAXVALUE 99999
    CACHE 1
    CYCLE;


ALTER SEQUENCE app.invoice_no_seq OWNER TO app_owner;

--
-- Name: invoice_no_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: app_owner
--

ALTER SEQUENCE app.invoice_no_seq OWNED BY app.orders.invoice_no;


--
-- Name: SEQUENCE invoice_no_seq; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON SEQUENCE app.invoice_no_seq IS 'Invoice numbers';


--
-- Name: never_used_seq; Type: SEQUENCE; Schema: app; Owner: app_owner
--

CREATE SEQUENCE app.never_used_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE app.never_used_seq OWNER TO app_owner;

--
-- Name: notes; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.notes (
    id integer NOT NULL,
    label text NOT NULL,
    body text,
    blob bytea,
    num numeric,
    f8 double precision,
    ts timestamp with time zone,
    d date,
    iv interval,
    arr text[],
    js jsonb
);


ALTER TABLE app.notes OWNER TO app_owner;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: app; Owner: app_owner
--

ALTER TABLE app.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.orders_id_seq
    START WITH 100
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: quote"d; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app."quote""d" (
    id integer NOT NULL,
    "col""umn" text
);


ALTER TABLE app."quote""d" OWNER TO app_owner;

--
-- Name: remote_orders; Type: FOREIGN TABLE; Schema: app; Owner: app_owner
--

CREATE FOREIGN TABLE app.remote_orders (
    id integer NOT NULL,
    amount numeric(10,2),
    note text
)
SERVER remote_pg
OPTIONS (
    schema_name 'public',
    table_name 'orders',
    updatable 'false'
);
ALTER FOREIGN TABLE ONLY app.remote_orders ALTER COLUMN amount OPTIONS (
    column_name 'amt'
);


ALTER FOREIGN TABLE app.remote_orders OWNER TO app_owner;

--
-- Name: FOREIGN TABLE remote_orders; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON FOREIGN TABLE app.remote_orders IS 'Lives in the warehouse';


--
-- Name: remote_things; Type: FOREIGN TABLE; Schema: app; Owner: app_owner
--

CREATE FOREIGN TABLE app.remote_things (
    id integer,
    label text
)
SERVER dummy_srv
OPTIONS (
    table_name 'things'
);


ALTER FOREIGN TABLE app.remote_things OWNER TO app_owner;

--
-- Name: weird name; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app."weird
name" (
    id integer NOT NULL,
    "Mixed Col" text
);


ALTER TABLE app."weird
name" OWNER TO app_owner;

--
-- Name: TABLE "weird name"; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON TABLE app."weird
name" IS 'Table name has a newline;
so does this comment';


--
-- Name: customer_totals; Type: VIEW; Schema: reporting; Owner: reporting
--

CREATE VIEW reporting.customer_totals WITH (security_barrier='true') AS
 SELECT c.id,
    c.name,
    count(o.id) AS orders,
    COALESCE(sum(o.total), (0)::numeric) AS total
   FROM (app.customers c
     LEFT JOIN app.orders o ON ((o.customer_id = c.id)))
  GROUP BY c.id, c.name;


ALTER VIEW reporting.customer_totals OWNER TO reporting;

--
-- Name: monthly_sales; Type: MATERIALIZED VIEW; Schema: reporting; Owner: reporting
--

CREATE MATERIALIZED VIEW reporting.monthly_sales AS
 SELECT date_trunc('month'::text, (placed_at AT TIME ZONE 'UTC'::text)) AS month,
    count(*) AS orders,
    sum(total) AS total
   FROM app.orders
  GROUP BY (date_trunc('month'::text, (placed_at AT TIME ZONE 'UTC'::text)))
  WITH NO DATA;


ALTER MATERIALIZED VIEW reporting.monthly_sales OWNER TO reporting;

--
-- Name: MATERIALIZED VIEW monthly_sales; Type: COMMENT; Schema: reporting; Owner: reporting
--

COMMENT ON MATERIALIZED VIEW reporting.monthly_sales IS 'Refreshed nightly; "quoted" words';


--
-- Name: not_yet_filled; Type: MATERIALIZED VIEW; Schema: reporting; Owner: reporting
--

CREATE MATERIALIZED VIEW reporting.not_yet_filled AS
 SELECT 1 AS x
  WITH NO DATA;


ALTER MATERIALIZED VIEW reporting.not_yet_filled OWNER TO reporting;

--
-- Name: events_2024; Type: TABLE ATTACH; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events ATTACH PARTITION app.events_2024 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');


--
-- Name: events_2025; Type: TABLE ATTACH; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events ATTACH PARTITION app.events_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');


--
-- Name: events_2025_click; Type: TABLE ATTACH; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events_2025 ATTACH PARTITION app.events_2025_click FOR VALUES IN ('click', 'tap');


--
-- Name: events_2025_other; Type: TABLE ATTACH; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events_2025 ATTACH PARTITION app.events_2025_other DEFAULT;


--
-- Name: events_default; Type: TABLE ATTACH; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events ATTACH PARTITION app.events_default DEFAULT;


--
-- Name: events id; Type: DEFAULT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events ALTER COLUMN id SET DEFAULT nextval('app.events_id_seq'::regclass);


--
-- Name: orders invoice_no; Type: DEFAULT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.orders ALTER COLUMN invoice_no SET DEFAULT nextval('app.invoice_no_seq'::regclass);


--
-- Data for Name: Mixed Case Table; Type: TABLE DATA; Schema: Mixed Case Schema; Owner: Mixed Case Role
--

COPY "Mixed Case Schema"."Mixed Case Table" ("Id", "Value Text") FROM stdin;
1	one
2	\N
\.


--
-- Data for Name: scratch; Type: TABLE DATA; Schema: alice's space; Owner: alice
--

COPY "alice's space".scratch (id, memo) FROM stdin;
1	alice's memo
2	memo\twith tab
\.


--
-- Data for Name: Order Items; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app."Order Items" ("Order Id", "Line No", "SKU", "Qty") FROM stdin;
100	1	SKU-1	1
100	2	SKU-2	1
110	1	SKU "quoted"	1
130	1	SKU\t3