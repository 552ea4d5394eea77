--
-- PostgreSQL database cluster dump
--

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE "Mixed Case Role";
ALTER ROLE "Mixed Case Role" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE alice;
ALTER ROLE alice WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 5 PASSWORD 'md54a0a68b43b6cd5cf266fa02f196e2371' VALID UNTIL 'infinity';
COMMENT ON ROLE alice IS 'Analyst; has a user mapping with a password';
CREATE ROLE app_owner;
ALTER ROLE app_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
CREATE ROLE reporting;
ALTER ROLE reporting WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;

--
-- User Configurations
--

--
-- User Config "alice"
--

ALTER ROLE alice SET statement_timeout TO '30s';

--
-- User Config "reporting"
--

ALTER ROLE reporting SET search_path TO 'reporting', 'app', 'public';


--
-- Role memberships
--

GRANT reporting TO alice WITH INHERIT TRUE GRANTED BY postgres;






--
-- Databases
--

--
-- Database "template1" dump
--

\connect template1

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- PostgreSQL database dump complete
--

--
-- Database "eucjp" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'EUC_JP';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: eucjp; Type: DATABASE; Schema: -; Owner: app_owner
--

CREATE DATABASE eucjp WITH TEMPLATE = template0 ENCODING = 'EUC_JP' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE eucjp OWNER TO app_owner;

\connect eucjp

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'EUC_JP';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: ���ܸ�; Type: SCHEMA; Schema: -; Owner: app_owner
--

CREATE SCHEMA "���ܸ�";


ALTER SCHEMA "���ܸ�" OWNER TO app_owner;

--
-- Name: ����(text); Type: FUNCTION; Schema: ���ܸ�; Owner: app_owner
--

CREATE FUNCTION "���ܸ�"."����"("̾��" text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT '����ˤ��ϡ�' || ̾�� || '����' $$;


ALTER FUNCTION "���ܸ�"."����"("̾��" text) OWNER TO app_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: ����; Type: TABLE; Schema: ���ܸ�; Owner: app_owner
--

CREATE TABLE "���ܸ�"."����" (
    "�ֹ�" integer NOT NULL,
    "̾��" text NOT NULL,
    "����" text,
    "����" numeric(10,0)
);


ALTER TABLE "���ܸ�"."����" OWNER TO app_owner;

--
-- Name: TABLE "����"; Type: COMMENT; Schema: ���ܸ�; Owner: app_owner
--

COMMENT ON TABLE "���ܸ�"."����" IS '���ʤΰ����Ǥ������ߥ����󡨤� $$ �ɥ뵭��';


--
-- Name: COLUMN "����"."̾��"; Type: COMMENT; Schema: ���ܸ�; Owner: app_owner
--

COMMENT ON COLUMN "���ܸ�"."����"."̾��" IS '����̾�����ѡ�';


--
-- Data for Name: ����; Type: TABLE DATA; Schema: ���ܸ�; Owner: app_owner
--

COPY "���ܸ�"."����" ("�ֹ�", "̾��", "����", "����") FROM stdin;
1	������	����ˤ�������	1000
2	��������	Ⱦ�ѥ���\t����	250
3	ɽ��	����0x835C �� Shift_JIS �����ꡢEUC-JP �Ǥ�̵�ط���\n����	0
4	ascii name	\N	\N
\.


--
-- Name: ���� ����_pkey; Type: CONSTRAINT; Schema: ���ܸ�; Owner: app_owner
--

ALTER TABLE ONLY "���ܸ�"."����"
    ADD CONSTRAINT "����_pkey" PRIMARY KEY ("�ֹ�");


--
-- PostgreSQL database dump complete
--

--
-- Database "latin1" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'LATIN1';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: latin1; Type: DATABASE; Schema: -; Owner: app_owner
--

CREATE DATABASE latin1 WITH TEMPLATE = template0 ENCODING = 'LATIN1' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE latin1 OWNER TO app_owner;

\connect latin1

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'LATIN1';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: latin; Type: SCHEMA; Schema: -; Owner: app_owner
--

CREATE SCHEMA latin;


ALTER SCHEMA latin OWNER TO app_owner;

--
-- Name: gr��e(text); Type: FUNCTION; Schema: latin; Owner: app_owner
--

CREATE FUNCTION latin."gr��e"(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $_$
BEGIN
    RETURN 'Gr��e, ' || name || ' - ' || $q$�zitiert�$q$;
END
$_$;


ALTER FUNCTION latin."gr��e"(name text) OWNER TO app_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: w�rter; Type: TABLE; Schema: latin; Owner: app_owner
--

CREATE TABLE latin."w�rter" (
    id integer NOT NULL,
    wort text NOT NULL,
    notiz text
);


ALTER TABLE latin."w�rter" OWNER TO app_owner;

--
-- Name: TABLE "w�rter"; Type: COMMENT; Schema: latin; Owner: app_owner
--

COMMENT ON TABLE latin."w�rter" IS 'W�rter mit Umlauten: ��� ��� �; �Guillemets�, � � � � � � � � � � � �';


--
-- Name: COLUMN "w�rter".wort; Type: COMMENT; Schema: latin; Owner: app_owner
--

COMMENT ON COLUMN latin."w�rter".wort IS '�r�sk�bing, ��rsh�fn, �and�';


--
-- Data for Name: w�rter; Type: TABLE DATA; Schema: latin; Owner: app_owner
--

COPY latin."w�rter" (id, wort, notiz) FROM stdin;
1	Stra�e	Gr��e
2	caf� cr�me	na�ve\tfa�ade
3	�Qu�? �Ol�!	multi\nligne
4	�r�sk�bing	\N
5	� � � � � �	back\\slash
6	plain ascii	
\.


--
-- Name: w�rter w�rter_pkey; Type: CONSTRAINT; Schema: latin; Owner: app_owner
--

ALTER TABLE ONLY latin."w�rter"
    ADD CONSTRAINT "w�rter_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

--
-- Database "main" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: main; Type: DATABASE; Schema: -; Owner: app_owner
--

CREATE DATABASE main WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE main OWNER TO app_owner;

\connect main

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: DATABASE main; Type: COMMENT; Schema: -; Owner: app_owner
--

COMMENT ON DATABASE main IS 'pgdumpkit corpus: the big one; comment has $$ and ; in it';


--
-- Name: main; Type: DATABASE PROPERTIES; Schema: -; Owner: app_owner
--

ALTER DATABASE main SET work_mem TO '8MB';


\connect main

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
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
-- Name: 424242; Type: BLOB; Schema: -; Owner: app_owner
--

SELECT pg_catalog.lo_create('424242');


ALTER LARGE OBJECT 424242 OWNER TO app_owner;

--
-- Name: LARGE OBJECT 424242; Type: COMMENT; Schema: -; Owner: app_owner
--

COMMENT ON LARGE OBJECT 424242 IS 'A greeting';


--
-- Name: 424243; Type: BLOB; Schema: -; Owner: app_owner
--

SELECT pg_catalog.lo_create('424243');


ALTER LARGE OBJECT 424243 OWNER TO app_owner;

--
-- Name: 424244; Type: BLOB; Schema: -; Owner: app_owner
--

SELECT pg_catalog.lo_create('424244');


ALTER LARGE OBJECT 424244 OWNER TO app_owner;

--
-- Name: LARGE OBJECT 424244; Type: COMMENT; Schema: -; Owner: app_owner
--

COMMENT ON LARGE OBJECT 424244 IS 'Big: spans several 16 KB chunks; has $$ and ; in the comment';


--
-- Name: 424245; Type: BLOB; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('424245');


ALTER LARGE OBJECT 424245 OWNER TO alice;

--
-- Name: 424246; Type: BLOB; Schema: -; Owner: app_owner
--

SELECT pg_catalog.lo_create('424246');


ALTER LARGE OBJECT 424246 OWNER TO app_owner;

--
-- Name: 424247; Type: BLOB; Schema: -; Owner: app_owner
--

SELECT pg_catalog.lo_create('424247');


ALTER LARGE OBJECT 424247 OWNER TO app_owner;

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
130	1	SKU\t3	3
\.


--
-- Data for Name: amphibious; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.amphibious (id, make, built, doors, payload_kg, hull) FROM stdin;
4	Amphicar	1965-01-01	2	500.0	steel
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.audit_log (id, table_name, op, row_count, at) FROM stdin;
\.


--
-- Data for Name: big_text; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.big_text (id, word, code) FROM stdin;
1	kappa	c4ca
2	epsilon	c81e
3	back\\slash	eccb
4	iota	a87f
5	delta	e4da
6	tab\tinside	1679
7	theta	8f14
8	gamma	c9f0
9	μῦ	45c4
10	eta	d3d9
11	beta	6512
12	λάμδα	c20a
13	zeta	c51c
14	alpha	aab3
15	kappa	9bf3
16	epsilon	c74d
17	back\\slash	70ef
18	iota	6f49
19	delta	1f0e
20	tab\tinside	98f1
21	theta	3c59
22	gamma	b6d7
23	μῦ	3769
24	eta	1ff1
25	beta	8e29
26	λάμδα	4e73
27	zeta	02e7
28	alpha	33e7
29	kappa	6ea9
30	epsilon	3417
31	back\\slash	c16a
32	iota	6364
33	delta	182b
34	tab\tinside	e369
35	theta	1c38
36	gamma	19ca
37	μῦ	a5bf
38	eta	a577
39	beta	d67d
40	λάμδα	d645
41	zeta	3416
42	alpha	a1d0
43	kappa	17e6
44	epsilon	f717
45	back\\slash	6c83
46	iota	d9d4
47	delta	67c6
48	tab\tinside	642e
49	theta	f457
50	gamma	c0c7
51	μῦ	2838
52	eta	9a11
53	beta	d82c
54	λάμδα	a684
55	zeta	b53b
56	alpha	9f61
57	kappa	72b3
58	epsilon	66f0
59	back\\slash	093f
60	iota	072b
61	delta	7f39
62	tab\tinside	44f6
63	theta	03af
64	gamma	ea5d
65	μῦ	fc49
66	eta	3295
67	beta	735b
68	λάμδα	a3f3
69	zeta	14bf
70	alpha	7cbb
71	kappa	e2c4
72	epsilon	32bb
73	back\\slash	d2dd
74	iota	ad61
75	delta	d09b
76	tab\tinside	fbd7
77	theta	28dd
78	gamma	35f4
79	μῦ	d1fe
80	eta	f033
81	beta	43ec
82	λάμδα	9778
83	zeta	fe9f
84	alpha	68d3
85	kappa	3ef8
86	epsilon	93db
87	back\\slash	c7e1
88	iota	2a38
89	delta	7647\\
90	tab\tinside	8613
91	theta	5422
92	gamma	92cc
93	μῦ	98dc
94	eta	f4b9
95	beta	812b
96	λάμδα	2665
97	zeta	e2ef\nnewline
98	alpha	ed3d
99	kappa	ac62
100	epsilon	f899
101	back\\slash	38b3
102	iota	ec89
103	delta	6974
104	tab\tinside	c9e1
105	theta	65b9
106	gamma	f093
107	μῦ	a97d
108	eta	a3c6
109	beta	2723
110	λάμδα	5f93
111	zeta	698d
112	alpha	7f6f
113	kappa	7327
114	epsilon	5fd0
115	back\\slash	2b44
116	iota	c451
117	delta	eb16
118	tab\tinside	5ef0
119	theta	07e1
120	gamma	da4f
121	μῦ	4c56
122	eta	a0a0
123	beta	202c
124	λάμδα	c8ff
125	zeta	3def
126	alpha	0690
127	kappa	ec5d
128	epsilon	76dc
129	back\\slash	d1f4
130	iota	9b86
131	delta	1afa
132	tab\tinside	65de
133	theta	9fc3
134	gamma	0252
135	μῦ	7f1d
136	eta	42a0
137	beta	3988
138	λάμδα	013d
139	zeta	e00d
140	alpha	1385
141	kappa	0f28
142	epsilon	a8ba
143	back\\slash	903c
144	iota	0a09
145	delta	2b24
146	tab\tinside	a5e0
147	theta	8d5e
148	gamma	47d1
149	μῦ	f221
150	eta	7ef6
151	beta	a8f1
152	λάμδα	37a7
153	zeta	b3e3
154	alpha	1d7f
155	kappa	2a79
156	epsilon	1c9a
157	back\\slash	6c4b
158	iota	0640
159	delta	140f
160	tab\tinside	b73c
161	theta	bd4c
162	gamma	82aa
163	μῦ	0777
164	eta	fa7c
165	beta	9766
166	λάμδα	7e77
167	zeta	5878
168	alpha	006f
169	kappa	3636
170	epsilon	149e
171	back\\slash	a4a0
172	iota	1ff8
173	delta	f7e6
174	tab\tinside	bf82
175	theta	8216
176	gamma	38af
177	μῦ	96da
178	eta	8f85\\
179	beta	8f53
180	λάμδα	0451
181	zeta	fc22
182	alpha	4c5b
183	kappa	cede
184	epsilon	6cdd
185	back\\slash	eecc
186	iota	9872
187	delta	31fe
188	tab\tinside	9dcb
189	theta	a255
190	gamma	cfec
191	μῦ	0aa1
192	eta	58a2
193	beta	bd68
194	λάμδα	a597\nnewline
195	zeta	0336
196	alpha	084b
197	kappa	85d8
198	epsilon	0e65
199	back\\slash	84d9
200	iota	3644
201	delta	757b
202	tab\tinside	854d
203	theta	e2c0
204	gamma	274a
205	μῦ	eae2
206	eta	7eab
207	beta	69ad
208	λάμδα	091d
209	zeta	b1d1
210	alpha	6f3e
211	kappa	eb16
212	epsilon	1534
213	back\\slash	979d
214	iota	ca46
215	delta	3b8a
216	tab\tinside	45fb
217	theta	63dc
218	gamma	e96e
219	μῦ	c0e1
220	eta	ec8c
221	beta	060a
222	λάμδα	bcbe
223	zeta	115f
224	alpha	13fe
225	kappa	d1c3
226	epsilon	9cfd
227	back\\slash	705f
228	iota	74db
229	delta	57ae
230	tab\tinside	6da9
231	theta	9b04
232	gamma	be83
233	μῦ	e165
234	eta	289d
235	beta	577e
236	λάμδα	0116
237	zeta	539f
238	alpha	ac1d
239	kappa	555d
240	epsilon	335f
241	back\\slash	f340
242	iota	e4a6
243	delta	cb70
244	tab\tinside	9188
245	theta	0266
246	gamma	38db
247	μῦ	3cec
248	eta	621b
249	beta	077e
250	λάμδα	6c98
251	zeta	19f3
252	alpha	03c6
253	kappa	c24c
254	epsilon	c52f
255	back\\slash	fe13
256	iota	f718
257	delta	d964
258	tab\tinside	502e
259	theta	cfa0
260	gamma	a4f2
261	μῦ	b1a5
262	eta	3666
263	beta	8c19
264	λάμδα	d6ba
265	zeta	e569
266	alpha	f766
267	kappa	eda8\\
268	epsilon	8f12
269	back\\slash	0613
270	iota	3905
271	delta	7f10
272	tab\tinside	7a61
273	theta	4734
274	gamma	d947
275	μῦ	6392
276	eta	db8e
277	beta	20f0
278	λάμδα	07cd
279	zeta	d395
280	alpha	92c8
281	kappa	e379
282	epsilon	6a9a
283	back\\slash	0f49
284	iota	46ba
285	delta	0e01
286	tab\tinside	16a5
287	theta	9183
288	gamma	48ae
289	μῦ	839a
290	eta	f90f
291	beta	9c83\nnewline
292	λάμδα	1700
293	zeta	53c3
294	alpha	6883
295	kappa	4918
296	epsilon	d296
297	back\\slash	9fd8
298	iota	26e3
299	delta	ef0d
300	tab\tinside	94f6
301	theta	34ed
302	gamma	577b
303	μῦ	11b9
304	eta	37bc
305	beta	496e
306	λάμδα	b2eb
307	zeta	8e98
308	alpha	a8c8
309	kappa	edde
310	epsilon	06eb
311	back\\slash	9dfc
312	iota	950a
313	delta	158f
314	tab\tinside	7588
315	theta	ad13
316	gamma	3fe9
317	μῦ	5b8a
318	eta	432a
319	beta	8d3b
320	λάμδα	3207
321	zeta	caf1
322	alpha	5737
323	kappa	bc6d
324	epsilon	f2fc
325	back\\slash	89f0
326	iota	a666
327	delta	b83a
328	tab\tinside	cd00
329	theta	6faa
330	gamma	fe73
331	μῦ	6da3
332	eta	c042
333	beta	310d
334	λάμδα	2f2b
335	zeta	f9b9
336	alpha	6855
337	kappa	357a
338	epsilon	819f
339	back\\slash	0402
340	iota	4000
341	delta	3dd4
342	tab\tinside	5823
343	theta	3ad7
344	gamma	b396
345	μῦ	d81f
346	eta	13f9
347	beta	c5ff
348	λάμδα	0138
349	zeta	0bb4
350	alpha	9de6
351	kappa	efe9
352	epsilon	371b
353	back\\slash	138b
354	iota	8dd4
355	delta	82ce
356	tab\tinside	6c52\\
357	theta	fb7b
358	gamma	aa94
359	μῦ	c058
360	eta	e7b2
361	beta	5272
362	λάμδα	c3e8
363	zeta	0041
364	alpha	bac9
365	kappa	9be4
366	epsilon	5ef6
367	back\\slash	0504
368	iota	cf00
369	delta	0c74
370	tab\tinside	d709
371	theta	41f1
372	gamma	24b1
373	μῦ	ffd5
374	eta	ad97
375	beta	f61d
376	λάμδα	1429
377	zeta	d34a
378	alpha	8bf1
379	kappa	a02f
380	epsilon	bca8
381	back\\slash	00ec
382	iota	4f6f
383	delta	beed
384	tab\tinside	0584
385	theta	dc91
386	gamma	3946
387	μῦ	8efb
388	eta	d9fc\nnewline
389	beta	c86a
390	λάμδα	a01a
391	zeta	5a4b
392	alpha	f73b
393	kappa	70c6
394	epsilon	28f0
395	back\\slash	1543
396	iota	f8c1
397	delta	e46d
398	tab\tinside	b7b1
399	theta	352f
400	gamma	18d8
401	μῦ	816b
402	eta	69cb
403	beta	bbf9
404	λάμδα	4f4a
405	zeta	bbcb
406	alpha	8cb2
407	kappa	f4f6
408	epsilon	0d0f
409	back\\slash	a96b
410	iota	1068
411	delta	17d6
412	tab\tinside	b922
413	theta	0deb
414	gamma	6680
415	μῦ	42e7
416	eta	8fe0
417	beta	41ae
418	λάμδα	d1f2
419	zeta	7eac
420	alpha	b6f0
421	kappa	e0c6
422	epsilon	f854
423	back\\slash	faa9
424	iota	3c77
425	delta	25b2
426	tab\tinside	6ecb
427	theta	1899
428	gamma	8d7d
429	μῦ	75fc
430	eta	f749
431	beta	6636
432	λάμδα	248e
433	zeta	019d
434	alpha	a49e
435	kappa	ddb3
436	epsilon	2421
437	back\\slash	fccb
438	iota	1651
439	delta	eed5
440	tab\tinside	a8ab
441	theta	15d4
442	gamma	c203
443	μῦ	13f3
444	eta	550a
445	beta	67f7\\
446	λάμδα	1a5b
447	zeta	9a96
448	alpha	9b70
449	kappa	d61e
450	epsilon	f5f8
451	back\\slash	941e
452	iota	9431
453	delta	49ae
454	tab\tinside	e44f
455	theta	821f
456	gamma	250c
457	μῦ	4299
458	eta	d07e
459	beta	7fe1
460	λάμδα	98b2
461	zeta	0353
462	alpha	51d9
463	kappa	428f
464	epsilon	f1b6
465	back\\slash	68ce
466	iota	e836
467	delta	ab81
468	tab\tinside	877a
469	theta	dc6a
470	gamma	2633
471	μῦ	8e6b
472	eta	ef57
473	beta	2050
474	λάμδα	25dd
475	zeta	5ef0
476	alpha	598b
477	kappa	7407
478	epsilon	cfee
479	back\\slash	d18f
480	iota	6ea2
481	delta	9461
482	tab\tinside	f770
483	theta	e1e3
484	gamma	eba0
485	μῦ	218a\nnewline
486	eta	7d04
487	beta	a516
488	λάμδα	c3c5
489	zeta	854d
490	alpha	c410
491	kappa	559c
492	epsilon	55a7
493	back\\slash	2f55
494	iota	1be3
495	delta	3505
496	tab\tinside	b534
497	theta	7380
498	gamma	05f9
499	μῦ	3cf1
500	eta	cee6
501	beta	5b69
502	λάμδα	b5b4
503	zeta	285e
504	alpha	b337
505	kappa	e8c0
506	epsilon	ff4d
507	back\\slash	2d6c
508	iota	389b
509	delta	e223
510	tab\tinside	0874
511	theta	a760
512	gamma	10a7
513	μῦ	3dc4
514	eta	59b9
515	beta	2b8a
516	λάμδα	f3f2
517	zeta	3891
518	alpha	ebd9
519	kappa	6353
520	epsilon	cf67
521	back\\slash	0756
522	iota	53fd
523	delta	2bb2
524	tab\tinside	ba2f
525	theta	6942
526	gamma	8542
527	μῦ	13f3
528	eta	f4be
529	beta	37f0
530	λάμδα	d64a
531	zeta	0fcb
532	alpha	298f
533	kappa	df87
534	epsilon	c399\\
535	back\\slash	33e8
536	iota	6565
537	delta	5ea1
538	tab\tinside	7bcd
539	theta	5737
540	gamma	9b72
541	μῦ	16c2
542	eta	7dcd
543	beta	8144
544	λάμδα	97e8
545	zeta	647b
546	alpha	ed26
547	kappa	c75b
548	epsilon	8d34
549	back\\slash	ccb1
550	iota	01f7
551	delta	7f24
552	tab\tinside	94c7
553	theta	f387
554	gamma	5e38
555	μῦ	15de
556	eta	11b9
557	beta	6e27
558	λάμδα	1bb9
559	zeta	3a07
560	alpha	a9a6
561	kappa	58ae
562	epsilon	4e4b
563	back\\slash	8eef
564	iota	1728
565	delta	cbcb
566	tab\tinside	db85
567	theta	99c5
568	gamma	dd45
569	μῦ	8b16
570	eta	a86c
571	beta	c989
572	λάμδα	e6b4
573	zeta	e5f6
574	alpha	f0e5
575	kappa	ffea
576	epsilon	a7ae
577	back\\slash	fde9
578	iota	a884
579	delta	258b
580	tab\tinside	069d
581	theta	c6e1
582	gamma	4692\nnewline
583	μῦ	9ad6
584	eta	f5de
585	beta	a9a1
586	λάμδα	605f
587	zeta	766e
588	alpha	daca
589	kappa	30bb
590	epsilon	08b2
591	back\\slash	3493
592	iota	dbe2
593	delta	acc3
594	tab\tinside	076a
595	theta	04ec
596	gamma	b2ee
597	μῦ	08c5
598	eta	6aca
599	beta	3435
600	λάμδα	d490
601	zeta	b2f6
602	alpha	c399
603	kappa	d86e
604	epsilon	9cf8
605	back\\slash	c361
606	iota	44c4
607	delta	dc82
608	tab\tinside	996a
609	theta	d7a7
610	gamma	00ac
611	μῦ	8ebd
612	eta	f76a
613	beta	f29c
614	λάμδα	851d
615	zeta	58d4
616	alpha	7750
617	kappa	5d44
618	epsilon	eb6f
619	back\\slash	cdc0
620	iota	b73d
621	delta	85fc
622	tab\tinside	3871
623	theta	a733\\
624	gamma	48ab
625	μῦ	2335
626	eta	4564
627	beta	185c
628	λάμδα	42e7
629	zeta	051e
630	alpha	9cc1
631	kappa	b7bb
632	epsilon	abd8
633	back\\slash	26dd
634	iota	6766
635	delta	6a10
636	tab\tinside	c5ab
637	theta	a532
638	gamma	4c27
639	μῦ	0f96
640	eta	4ffc
641	beta	67e1
642	λάμδα	2915
643	zeta	9b69
644	alpha	8c7b
645	kappa	5e9f
646	epsilon	0ff3
647	back\\slash	303e
648	iota	443c
649	delta	55b3
650	tab\tinside	884d
651	theta	5574
652	gamma	30ef
653	μῦ	eaae
654	eta	ab23
655	beta	3d2d
656	λάμδα	2640
657	zeta	b428
658	alpha	2f37
659	kappa	0ff8
660	epsilon	6826
661	back\\slash	3a06
662	iota	be31
663	delta	8757
664	tab\tinside	2291
665	theta	8411
666	gamma	fae0
667	μῦ	b5dc
668	eta	192f
669	beta	5c04
670	λάμδα	17c2
671	zeta	5dd9
672	alpha	2dea
673	kappa	9f39
674	epsilon	0d7d
675	back\\slash	8fec
676	iota	dc6a
677	delta	71a3
678	tab\tinside	9fe8
679	theta	ca9c\nnewline
680	gamma	fccb
681	μῦ	1595
682	eta	08d9
683	beta	2468
684	λάμδα	556f
685	zeta	3328
686	alpha	109a
687	kappa	7f5d
688	epsilon	f799
689	back\\slash	07a9
690	iota	c06d
691	delta	10a5
692	tab\tinside	e555
693	theta	53e3
694	gamma	5487
695	μῦ	e4bb
696	eta	0cb9
697	beta	8a0e
698	λάμδα	99bc
699	zeta	afd4
700	alpha	e584
701	kappa	b4a5
702	epsilon	b1ee
703	back\\slash	d6c6
704	iota	f64e
705	delta	4a47
706	tab\tinside	9c82
707	theta	500e
708	gamma	ae0e
709	μῦ	1ecf
710	eta	e706
711	beta	6081
712	λάμδα	19bc\\
713	zeta	07c5
714	alpha	d142
715	kappa	8df7
716	epsilon	e7f8
717	back\\slash	788d
718	iota	50c3
719	delta	2afe
720	tab\tinside	5f2c
721	theta	aba3
722	gamma	c8ed
723	μῦ	0841
724	eta	7f11
725	beta	82f2
726	λάμδα	0d31
727	zeta	fb89
728	alpha	d4c2
729	kappa	5751
730	epsilon	d5cf
731	back\\slash	59c3
732	iota	ba38
733	delta	6c29
734	tab\tinside	e995
735	theta	6cd6
736	gamma	6bc2
737	μῦ	a5cd
738	eta	217e
739	beta	df26
740	λάμδα	edfb
741	zeta	2e65
742	alpha	e945
743	kappa	5c57
744	epsilon	0537
745	back\\slash	5f0f
746	iota	185e
747	delta	8d31
748	tab\tinside	e49b
749	theta	b056
750	gamma	b137
751	μῦ	912d
752	eta	a1d3
753	beta	6f22
754	λάμδα	8724
755	zeta	ccb0
756	alpha	2823
757	kappa	470e
758	epsilon	bf62
759	back\\slash	fa14
760	iota	2ca6
761	delta	88ae
762	tab\tinside	0699
763	theta	eefc
764	gamma	5807
765	μῦ	d840
766	eta	959a
767	beta	f220
768	λάμδα	3a83
769	zeta	288c
770	alpha	4ea0
771	kappa	b7ee
772	epsilon	e57c
773	back\\slash	86b1
774	iota	4e09
775	delta	c0f1
776	tab\tinside	8c67\nnewline
777	theta	f1c1
778	gamma	e074
779	μῦ	67d9
780	eta	a8e8
781	beta	7143
782	λάμδα	72da
783	zeta	6e07
784	alpha	fc80
785	kappa	4b04
786	epsilon	61b4
787	back\\slash	3621
788	iota	c15d
789	delta	6805
790	tab\tinside	2dac
791	theta	df7f
792	gamma	96ea
793	μῦ	da8c
794	eta	8248
795	beta	7c59
796	λάμδα	35cf
797	zeta	beb2
798	alpha	9e3c
799	kappa	2826
800	epsilon	7a53
801	back\\slash	1905\\
802	iota	1141
803	delta	1aa4
804	tab\tinside	dc56
805	theta	846c
806	gamma	d580
807	μῦ	6e7b
808	eta	a8ec
809	beta	32b3
810	λάμδα	b6ed
811	zeta	670e
812	alpha	81e7
813	kappa	e0cf
814	epsilon	96b9
815	back\\slash	71ad
816	iota	43fa
817	delta	3183
818	tab\tinside	f0ad
819	theta	3b5d
820	gamma	e2a2
821	μῦ	4558
822	eta	afda
823	beta	632c
824	λάμδα	677e
825	zeta	d554
826	alpha	795c
827	kappa	fa3a
828	epsilon	c262
829	back\\slash	ce78
830	iota	8e82
831	delta	e0ec
832	tab\tinside	7250
833	theta	013a
834	gamma	301a
835	μῦ	4d5b
836	eta	ab88
837	beta	b0b1
838	λάμδα	f902
839	zeta	8f7d
840	alpha	fa83
841	kappa	02a3
842	epsilon	fc3c
843	back\\slash	3d8e
844	iota	e97e
845	delta	b86e
846	tab\tinside	84f7
847	theta	f455
848	gamma	362e
849	μῦ	fe8c
850	eta	1efa
851	beta	92fb
852	λάμδα	22ac
853	zeta	aff1
854	alpha	f7e9
855	kappa	addf
856	epsilon	8c23
857	back\\slash	847c
858	iota	a67f
859	delta	2a08
860	tab\tinside	fc49
861	theta	f9a4
862	gamma	5ec9
863	μῦ	19b6
864	eta	1fc2
865	beta	3b3d
866	λάμδα	ca81
867	zeta	ede7
868	alpha	dd45
869	kappa	49c9
870	epsilon	22fb
871	back\\slash	aeb3
872	iota	43fe
873	delta	98d6\nnewline
874	tab\tinside	51ef
875	theta	4b0a
876	gamma	67d1
877	μῦ	3524
878	eta	dd8e
879	beta	d516
880	λάμδα	1f50
881	zeta	7504
882	alpha	6c3c
883	kappa	210f
884	epsilon	170c
885	back\\slash	0efe
886	iota	704a
887	delta	7ce3
888	tab\tinside	0a11
889	theta	0787
890	gamma	024d\\
891	μῦ	cfbc
892	eta	c2ae
893	beta	d56b
894	λάμδα	4b02
895	zeta	20ae
896	alpha	0614
897	kappa	5705
898	epsilon	a64c
899	back\\slash	0188
900	iota	acf4
901	delta	892c
902	tab\tinside	b6a1
903	theta	aa16
904	gamma	f47d
905	μῦ	f57a
906	eta	c8fb
907	beta	6214
908	λάμδα	8b6d
909	zeta	a430
910	alpha	e205
911	kappa	b56a
912	epsilon	2a9d
913	back\\slash	8b50
914	iota	7634
915	delta	2489
916	tab\tinside	23ce
917	theta	da0d
918	gamma	1e05
919	μῦ	3e89
920	eta	6d0f
921	beta	430c
922	λάμδα	ccc0
923	zeta	c401
924	alpha	bea5
925	kappa	7fa7
926	epsilon	cbb6
927	back\\slash	1f44
928	iota	d045
929	delta	0d08
930	tab\tinside	1cc3
931	theta	9f53
932	gamma	d2ed
933	μῦ	043c
934	eta	4daa
935	beta	e820
936	λάμδα	9079
937	zeta	b789
938	alpha	74bb
939	kappa	3df1
940	epsilon	8d6d
941	back\\slash	9226
942	iota	b55e
943	delta	2f88
944	tab\tinside	6422
945	theta	4b65
946	gamma	c8c4
947	μῦ	c4b3
948	eta	58e4
949	beta	3cef
950	λάμδα	a3d6
951	zeta	1c1d
952	alpha	e6cb
953	kappa	9232
954	epsilon	6395
955	back\\slash	ef4e
956	iota	1689
957	delta	2ba5
958	tab\tinside	d240
959	theta	0f84
960	gamma	437d
961	μῦ	d707
962	eta	5c93
963	beta	1ce9
964	λάμδα	8065
965	zeta	eeb6
966	alpha	4e0c
967	kappa	6cfe
968	epsilon	8f46
969	back\\slash	e744
970	iota	89fc\nnewline
971	delta	6602
972	tab\tinside	c22a
973	theta	ca75
974	gamma	4311
975	μῦ	9297
976	eta	9c01
977	beta	cc1a
978	λάμδα	2ab5
979	zeta	c32d\\
980	alpha	d79a
981	kappa	287e
982	epsilon	fec8
983	back\\slash	6aab
984	iota	d93e
985	delta	54a3
986	tab\tinside	fe7e
987	theta	df6d
988	gamma	9908
989	μῦ	a114
990	eta	4fac
991	beta	692f
992	λάμδα	8603
993	zeta	7b13
994	alpha	9348
995	kappa	2bca
996	epsilon	0b8a
997	back\\slash	ec5a
998	iota	9ab0
999	delta	b706
1000	tab\tinside	a9b7
1001	theta	b8c3
1002	gamma	fba9
1003	μῦ	aa68
1004	eta	fed3
1005	beta	2387
1006	λάμδα	9246
1007	zeta	d732
1008	alpha	1587
1009	kappa	31b3
1010	epsilon	1e48
1011	back\\slash	7f97
1012	iota	f33b
1013	delta	6b18
1014	tab\tinside	766d
1015	theta	2989
1016	gamma	08fe
1017	μῦ	5d61
1018	eta	ef50
1019	beta	03e0
1020	λάμδα	65cc
1021	zeta	0768
1022	alpha	93d6
1023	kappa	ce51
1024	epsilon	021b
1025	back\\slash	82b8
1026	iota	2414
1027	delta	883e
1028	tab\tinside	3806
1029	theta	84d2
1030	gamma	e515
1031	μῦ	afde
1032	eta	995e
1033	beta	e171
1034	λάμδα	bdb1
1035	zeta	a34b
1036	alpha	83fa
1037	kappa	eddb
1038	epsilon	6d70
1039	back\\slash	27ed
1040	iota	537d
1041	delta	d736
1042	tab\tinside	9ac4
1043	theta	b914
1044	gamma	1019
1045	μῦ	a0e2
1046	eta	1579
1047	beta	20b5
1048	λάμδα	7cce
1049	zeta	58c5
1050	alpha	5055
1051	kappa	456a
1052	epsilon	f4dd
1053	back\\slash	7fec
1054	iota	db57
1055	delta	53c0
1056	tab\tinside	4ca8
1057	theta	d870
1058	gamma	b4d1
1059	μῦ	4a08
1060	eta	299a
1061	beta	a89c
1062	λάμδα	cd89
1063	zeta	6c34
1064	alpha	2290
1065	kappa	a213
1066	epsilon	43dd
1067	back\\slash	3185\nnewline
1068	iota	53ad\\
1069	delta	fc2c
1070	tab\tinside	dc58
1071	theta	1b01
1072	gamma	a151
1073	μῦ	390e
1074	eta	708f
1075	beta	4607
1076	λάμδα	8a1e
1077	zeta	062d
1078	alpha	522a
1079	kappa	43ba
1080	epsilon	731c
1081	back\\slash	36a1
1082	iota	818f
1083	delta	e5e6
1084	tab\tinside	9f36
1085	theta	4f16
1086	gamma	d91d
1087	μῦ	a263
1088	eta	b156
1089	beta	03f5
1090	λάμδα	8b40
1091	zeta	754d
1092	alpha	6a2f
1093	kappa	68b1
1094	epsilon	41bf
1095	back\\slash	d672
1096	iota	4e25
1097	delta	db2b
1098	tab\tinside	a5e0
1099	theta	a016
1100	gamma	1e6e
1101	μῦ	c6bf
1102	eta	c667
1103	beta	aace
1104	λάμδα	4da0
1105	zeta	af21
1106	alpha	c9f9
1107	kappa	e58c
1108	epsilon	b9d4
1109	back\\slash	8f1d
1110	iota	2cbc
1111	delta	b59c
1112	tab\tinside	20d1
1113	theta	9c3b
1114	gamma	d6ef
1115	μῦ	e193
1116	eta	dd77
1117	beta	0eec
1118	λάμδα	c60d
1119	zeta	8597
1120	alpha	c603
1121	kappa	3a15
1122	epsilon	3b71
1123	back\\slash	2cfd
1124	iota	c763
1125	delta	c210
1126	tab\tinside	ffee
1127	theta	678a
1128	gamma	3fe7
1129	μῦ	69a5
1130	eta	4a21
1131	beta	fe70
1132	λάμδα	571e
1133	zeta	fd06
1134	alpha	7c9d
1135	kappa	fd2c
1136	epsilon	47a6
1137	back\\slash	801c
1138	iota	c3e0
1139	delta	1842
1140	tab\tinside	8248
1141	theta	f7f5
1142	gamma	8ce6
1143	μῦ	208e
1144	eta	4588
1145	beta	feab
1146	λάμδα	8a33
1147	zeta	a1d5
1148	alpha	df0a
1149	kappa	09c6
1150	epsilon	2b38
1151	back\\slash	f197
1152	iota	45f3
1153	delta	55b1
1154	tab\tinside	e8b1
1155	theta	285f
1156	gamma	e223
1157	μῦ	a824\\
1158	eta	0c04
1159	beta	16e6
1160	λάμδα	884d
1161	zeta	38ca
1162	alpha	abea
1163	kappa	6e7d
1164	epsilon	00e2\nnewline
1165	back\\slash	a3fb
1166	iota	0f2c
1167	delta	9da1
1168	tab\tinside	2f29
1169	theta	1e1d
1170	gamma	3eb7
1171	μῦ	a113
1172	eta	36a1
1173	beta	0a0a
1174	λάμδα	3473
1175	zeta	1896
1176	alpha	a7d8
1177	kappa	83f9
1178	epsilon	7d77
1179	back\\slash	dabd
1180	iota	6eb6
1181	delta	2ac2
1182	tab\tinside	f473
1183	theta	0e09
1184	gamma	97af
1185	μῦ	5680
1186	eta	2b6d
1187	beta	4f28
1188	λάμδα	c44e
1189	zeta	82c2
1190	alpha	160c
1191	kappa	b20b
1192	epsilon	5229
1193	back\\slash	9a3d
1194	iota	a42a
1195	delta	0188
1196	tab\tinside	9ade
1197	theta	ae5e
1198	gamma	c54e
1199	μῦ	4d2e
1200	eta	fe2d
1201	beta	7501
1202	λάμδα	1477
1203	zeta	4914
1204	alpha	fb2f
1205	kappa	b571
1206	epsilon	144a
1207	back\\slash	4e4e
1208	iota	a581
1209	delta	7e7e
1210	tab\tinside	f7ca
1211	theta	285a
1212	gamma	a016
1213	μῦ	33ce
1214	eta	c8ba
1215	beta	a4d2
1216	λάμδα	3948
1217	zeta	6a61
1218	alpha	3f67
1219	kappa	2715
1220	epsilon	b24d
1221	back\\slash	1d72
1222	iota	3a02
1223	delta	43cc
1224	tab\tinside	68d1
1225	theta	25df
1226	gamma	3210
1227	μῦ	c485
1228	eta	eb86
1229	beta	310c
1230	λάμδα	4122
1231	zeta	6c14
1232	alpha	e53a
1233	kappa	e034
1234	epsilon	81dc
1235	back\\slash	9996
1236	iota	7bcc
1237	delta	a9eb
1238	tab\tinside	d389
1239	theta	b3ba
1240	gamma	a907
1241	μῦ	1c65
1242	eta	2de5
1243	beta	e1d5
1244	λάμδα	2c89
1245	zeta	5eac
1246	alpha	9050\\
1247	kappa	e6d8
1248	epsilon	39e4
1249	back\\slash	2ba8
1250	iota	81e5
1251	delta	838e
1252	tab\tinside	a284
1253	theta	b495
1254	gamma	884c
1255	μῦ	3bf5
1256	eta	e325
1257	beta	cd75
1258	λάμδα	2658
1259	zeta	68a8
1260	alpha	f457
1261	kappa	1732\nnewline
1262	epsilon	dc4c
1263	back\\slash	7eb3
1264	iota	6c8d
1265	delta	0ce2
1266	tab\tinside	8e2c
1267	theta	b51a
1268	gamma	1930
1269	μῦ	e004
1270	eta	c850
1271	beta	c1e3
1272	λάμδα	7810
1273	zeta	f91e
1274	alpha	e702
1275	kappa	bb04
1276	epsilon	fb60
1277	back\\slash	d759
1278	iota	ab1a
1279	delta	9956
1280	tab\tinside	da11
1281	theta	d94e
1282	gamma	1cec
1283	μῦ	018b
1284	eta	242c
1285	beta	944b
1286	λάμδα	c0a2
1287	zeta	4079
1288	alpha	0e9f
1289	kappa	0829
1290	epsilon	7022
1291	back\\slash	71f6
1292	iota	459a
1293	delta	7c82
1294	tab\tinside	8443
1295	theta	dc87
1296	gamma	2812
1297	μῦ	2866
1298	eta	a51f
1299	beta	a083
1300	λάμδα	6f3e
1301	zeta	2df4
1302	alpha	9960
1303	kappa	d282
1304	epsilon	5caf
1305	back\\slash	fd5c
1306	iota	7940
1307	delta	f938
1308	tab\tinside	a087
1309	theta	4476
1310	gamma	535a
1311	μῦ	7bb0
1312	eta	f29b
1313	beta	f096
1314	λάμδα	5090
1315	zeta	dfd7
1316	alpha	f3f1
1317	kappa	93fb
1318	epsilon	76cf
1319	back\\slash	1ee3
1320	iota	2a50
1321	delta	f9be
1322	tab\tinside	dc96
1323	theta	4671
1324	gamma	bb79
1325	μῦ	3546
1326	eta	c70d
1327	beta	17fa
1328	λάμδα	4c22
1329	zeta	01e9
1330	alpha	fe51
1331	kappa	e077
1332	epsilon	28e2
1333	back\\slash	ff49
1334	iota	8edd
1335	delta	9cb6\\
1336	tab\tinside	3d77
1337	theta	e48e
1338	gamma	0531
1339	μῦ	d10e
1340	eta	4f87
1341	beta	33eb
1342	λάμδα	5e1b
1343	zeta	674b
1344	alpha	a50a
1345	kappa	8610
1346	epsilon	8296
1347	back\\slash	0e55
1348	iota	c73d
1349	delta	bcc0
1350	tab\tinside	861d
1351	theta	3e31
1352	gamma	8b0d
1353	μῦ	ee83
1354	eta	af47
1355	beta	b8c2
1356	λάμδα	980e
1357	zeta	c268
1358	alpha	83ad\nnewline
1359	kappa	8d33
1360	epsilon	fb50
1361	back\\slash	cf9a
1362	iota	a9be
1363	delta	9683
1364	tab\tinside	effc
1365	theta	cf1f
1366	gamma	6a58
1367	μῦ	a223
1368	eta	6c1d
1369	beta	0e3a
1370	λάμδα	d1ee
1371	zeta	81ca
1372	alpha	f3bd
1373	kappa	e56b
1374	epsilon	792c
1375	back\\slash	70fe
1376	iota	79a4
1377	delta	f523
1378	tab\tinside	8d9a
1379	theta	bad5
1380	gamma	ea8f
1381	μῦ	d821
1382	eta	4e0d
1383	beta	cd0d
1384	λάμδα	5ca3
1385	zeta	86e8
1386	alpha	3637
1387	kappa	4fa7
1388	epsilon	0c0a
1389	back\\slash	2bd7
1390	iota	359f
1391	delta	7f53
1392	tab\tinside	c082
1393	theta	ad30
1394	gamma	f016
1395	μῦ	14d9
1396	eta	0966
1397	beta	215a
1398	λάμδα	d973
1399	zeta	602d
1400	alpha	f0dd
1401	kappa	9701
1402	epsilon	28fc
1403	back\\slash	4eda
1404	iota	186a
1405	delta	3de2
1406	tab\tinside	b708
1407	theta	4677
1408	gamma	6d9c
1409	μῦ	7b5b
1410	eta	512c
1411	beta	5407
1412	λάμδα	0e4e
1413	zeta	59f5
1414	alpha	7a67
1415	kappa	a609
1416	epsilon	23ad
1417	back\\slash	9a17
1418	iota	3099
1419	delta	30c8
1420	tab\tinside	90db
1421	theta	9aa4
1422	gamma	0ed9
1423	μῦ	856f
1424	eta	489d\\
1425	beta	a424
1426	λάμδα	299f
1427	zeta	970a
1428	alpha	0663
1429	kappa	5635
1430	epsilon	411a
1431	back\\slash	e119
1432	iota	5646
1433	delta	b069
1434	tab\tinside	7895
1435	theta	1f32
1436	gamma	eaa3
1437	μῦ	a8f8
1438	eta	db6e
1439	beta	540a
1440	λάμδα	f4a3
1441	zeta	b197
1442	alpha	f69e
1443	kappa	8fb5
1444	epsilon	afe4
1445	back\\slash	b265
1446	iota	8fb2
1447	delta	c930
1448	tab\tinside	e94f
1449	theta	2dff
1450	gamma	c5cc
1451	μῦ	80a8
1452	eta	6786
1453	beta	536a
1454	λάμδα	3bbf
1455	zeta	0a1b\nnewline
1456	alpha	5e76
1457	kappa	01d8
1458	epsilon	4dca
1459	back\\slash	1abb
1460	iota	0704
1461	delta	9515
1462	tab\tinside	ad71
1463	theta	fe70
1464	gamma	c913
1465	μῦ	372d
1466	eta	6d9c
1467	beta	0245
1468	λάμδα	cec6
1469	zeta	991d
1470	alpha	42ff
1471	kappa	8b0d
1472	epsilon	daa9
1473	back\\slash	ac79
1474	iota	7d60
1475	delta	571d
1476	tab\tinside	9727
1477	theta	78b9
1478	gamma	83cd
1479	μῦ	dc09
1480	eta	e816
1481	beta	4e84
1482	λάμδα	ab54
1483	zeta	bffc
1484	alpha	729c
1485	kappa	7fb8
1486	epsilon	86df
1487	back\\slash	6d3a
1488	iota	8a14
1489	delta	1baf
1490	tab\tinside	f187
1491	theta	226d
1492	gamma	e655
1493	μῦ	1714
1494	eta	fcdf
1495	beta	fa1e
1496	λάμδα	1415
1497	zeta	55c5
1498	alpha	ced5
1499	kappa	6490
1500	epsilon	cfa5
1501	back\\slash	5cbd
1502	iota	77f9
1503	delta	0c8c
1504	tab\tinside	49b8
1505	theta	0c9e
1506	gamma	b548
1507	μῦ	4dcf
1508	eta	ebd6
1509	beta	1cd3
1510	λάμδα	41a6
1511	zeta	ebb7
1512	alpha	0f3d
1513	kappa	2b3b\\
1514	epsilon	83f2
1515	back\\slash	bc73
1516	iota	4906
1517	delta	81c8
1518	tab\tinside	42d6
1519	theta	5607
1520	gamma	db19
1521	μῦ	253f
1522	eta	3fb4
1523	beta	df12
1524	λάμδα	471c
1525	zeta	8c00
1526	alpha	e60e
1527	kappa	5cce
1528	epsilon	109d
1529	back\\slash	aa48
1530	iota	cb8a
1531	delta	99ad
1532	tab\tinside	0804
1533	theta	3530
1534	gamma	d63f
1535	μῦ	748b
1536	eta	b5a1
1537	beta	d1a6
1538	λάμδα	b60c
1539	zeta	17e2
1540	alpha	cda7
1541	kappa	1373
1542	epsilon	d010
1543	back\\slash	819c
1544	iota	f337
1545	delta	89ae
1546	tab\tinside	aff0
1547	theta	204d
1548	gamma	3546
1549	μῦ	c88d
1550	eta	6b8e
1551	beta	4e6c
1552	λάμδα	351b\nnewline
1553	zeta	18ea
1554	alpha	9898
1555	kappa	b2dd
1556	epsilon	4e9c
1557	back\\slash	596f
1558	iota	2992
1559	delta	020c
1560	tab\tinside	3a20
1561	theta	b132
1562	gamma	92af
1563	μῦ	4d6e
1564	eta	facf
1565	beta	d961
1566	λάμδα	be53
1567	zeta	18d1
1568	alpha	dfa9
1569	kappa	655e
1570	epsilon	7949
1571	back\\slash	7bd2
1572	iota	452b
1573	delta	a1af
1574	tab\tinside	0d4f
1575	theta	70ef
1576	gamma	af5a
1577	μῦ	7e1d
1578	eta	95d3
1579	beta	ed42
1580	λάμδα	dc5c
1581	zeta	88a1
1582	alpha	b710
1583	kappa	0760
1584	epsilon	2772
1585	back\\slash	2284
1586	iota	8f19
1587	delta	49af
1588	tab\tinside	894b
1589	theta	dca5
1590	gamma	bcb4
1591	μῦ	5129
1592	eta	d72f
1593	beta	06a8
1594	λάμδα	0ebc
1595	zeta	d885
1596	alpha	309f
1597	kappa	87ec
1598	epsilon	9c19
1599	back\\slash	83e8
1600	iota	9e98
1601	delta	c559
1602	tab\tinside	1bc0\\
1603	theta	f317
1604	gamma	a368
1605	μῦ	f18a
1606	eta	495d
1607	beta	9597
1608	λάμδα	faaf
1609	zeta	a2cc
1610	alpha	a14a
1611	kappa	7a6a
1612	epsilon	5294
1613	back\\slash	69d6
1614	iota	e9fd
1615	delta	71a5
1616	tab\tinside	962e
1617	theta	297f
1618	gamma	f60b
1619	μῦ	d1dc
1620	eta	806b
1621	beta	4462
1622	λάμδα	c7af
1623	zeta	fc52
1624	alpha	9327
1625	kappa	a981
1626	epsilon	bc57
1627	back\\slash	97d0
1628	iota	efb7
1629	delta	5c50
1630	tab\tinside	4603
1631	theta	6ba3
1632	gamma	0771
1633	μῦ	21fe
1634	eta	6dd4
1635	beta	42a3
1636	λάμδα	1c54
1637	zeta	52c5
1638	alpha	7e23
1639	kappa	3c1e
1640	epsilon	84f0
1641	back\\slash	10c2
1642	iota	81c6
1643	delta	f670
1644	tab\tinside	89f0
1645	theta	c1fe
1646	gamma	e487
1647	μῦ	8d42
1648	eta	7437
1649	beta	96de\nnewline
1650	λάμδα	973a
1651	zeta	be3e
1652	alpha	207f
1653	kappa	b147
1654	epsilon	9d26
1655	back\\slash	cc42
1656	iota	712a
1657	delta	a405
1658	tab\tinside	c056
1659	theta	e169
1660	gamma	9a44
1661	μῦ	7d12
1662	eta	b253
1663	beta	e449
1664	λάμδα	4f39
1665	zeta	e8d9
1666	alpha	86d7
1667	kappa	158f
1668	epsilon	b0f2
1669	back\\slash	cdf1
1670	iota	1485
1671	delta	647c
1672	tab\tinside	2451
1673	theta	a0f3
1674	gamma	757f
1675	μῦ	64f1
1676	eta	831c
1677	beta	08e6
1678	λάμδα	2cb6
1679	zeta	e638
1680	alpha	11d0
1681	kappa	f50a
1682	epsilon	6a81
1683	back\\slash	fddd
1684	iota	1ef9
1685	delta	5d79
1686	tab\tinside	b618
1687	theta	7fea
1688	gamma	ae61
1689	μῦ	7c4e
1690	eta	d43a
1691	beta	8303\\
1692	λάμδα	4921
1693	zeta	b59a
1694	alpha	2675
1695	kappa	e721
1696	epsilon	5cf2
1697	back\\slash	6732
1698	iota	9fe9
1699	delta	ef2a
1700	tab\tinside	01e0
1701	theta	1523
1702	gamma	b9f9
1703	μῦ	375c
1704	eta	a588
1705	beta	2a27
1706	λάμδα	8bb8
1707	zeta	02f0
1708	alpha	c59b
1709	kappa	52d0
1710	epsilon	5a14
1711	back\\slash	a941
1712	iota	a51c
1713	delta	464d
1714	tab\tinside	798e
1715	theta	0efb
1716	gamma	66be
1717	μῦ	8b57
1718	eta	fc67
1719	beta	f314
1720	λάμδα	acab
1721	zeta	28dc
1722	alpha	404d
1723	kappa	8725
1724	epsilon	6288
1725	back\\slash	3e7e
1726	iota	7456
1727	delta	515a
1728	tab\tinside	7137
1729	theta	25e2
1730	gamma	8513
1731	μῦ	b29e
1732	eta	270e
1733	beta	4fa5
1734	λάμδα	ab2b
1735	zeta	c449
1736	alpha	c0d0
1737	kappa	70ec
1738	epsilon	84c6
1739	back\\slash	752d
1740	iota	54f5
1741	delta	b3b4
1742	tab\tinside	6e62
1743	theta	955a
1744	gamma	418e
1745	μῦ	97d9
1746	eta	442c\nnewline
1747	beta	3e15
1748	λάμδα	54e3
1749	zeta	fc9b
1750	alpha	6a5d
1751	kappa	b3bb
1752	epsilon	11c4
1753	back\\slash	a63f
1754	iota	2311
1755	delta	d8d3
1756	tab\tinside	cefa
1757	theta	d2cd
1758	gamma	2612
1759	μῦ	ba1b
1760	eta	e22d
1761	beta	7283
1762	λάμδα	17ed
1763	zeta	df90
1764	alpha	94e4
1765	kappa	8698
1766	epsilon	96a9
1767	back\\slash	e8fd
1768	iota	db29
1769	delta	7eb7
1770	tab\tinside	e5a4
1771	theta	21be
1772	gamma	2995
1773	μῦ	4abe
1774	eta	f0bd
1775	beta	36d7
1776	λάμδα	7dd0
1777	zeta	e9b7
1778	alpha	6709
1779	kappa	8c01
1780	epsilon	f63f\\
1781	back\\slash	8b6a
1782	iota	4a2d
1783	delta	b865
1784	tab\tinside	365d
1785	theta	393c
1786	gamma	6449
1787	μῦ	d860
1788	eta	db95
1789	beta	ecd6
1790	λάμδα	d254
1791	zeta	bf20
1792	alpha	0523
1793	kappa	c8cb
1794	epsilon	59e0
1795	back\\slash	0731
1796	iota	9059
1797	delta	8d9f
1798	tab\tinside	ac5d
1799	theta	0533
1800	gamma	f39a
1801	μῦ	cd14
1802	eta	dc40
1803	beta	3fab
1804	λάμδα	90e1
1805	zeta	7ffd
1806	alpha	d1e9
1807	kappa	1f1b
1808	epsilon	3902
1809	back\\slash	6450
1810	iota	6e79
1811	delta	09b1
1812	tab\tinside	5b6b
1813	theta	f542
1814	gamma	155f
1815	μῦ	f0bb
1816	eta	faac
1817	beta	f4a4
1818	λάμδα	f5c3
1819	zeta	17c3
1820	alpha	f2d8
1821	kappa	596d
1822	epsilon	0e08
1823	back\\slash	14cf
1824	iota	2647
1825	delta	ed51
1826	tab\tinside	f442
1827	theta	ffac
1828	gamma	4496
1829	μῦ	aa2a
1830	eta	0696
1831	beta	e0ab
1832	λάμδα	61b1
1833	zeta	9a1d
1834	alpha	d757
1835	kappa	dfce
1836	epsilon	f26d
1837	back\\slash	85f0
1838	iota	d765
1839	delta	728f
1840	tab\tinside	201d
1841	theta	e8df
1842	gamma	57c0
1843	μῦ	4888\nnewline
1844	eta	06a1
1845	beta	59bc
1846	λάμδα	f45a
1847	zeta	82ca
1848	alpha	7385
1849	kappa	cd63
1850	epsilon	8c30
1851	back\\slash	ff14
1852	iota	eb1e
1853	delta	7503
1854	tab\tinside	49ad
1855	theta	6ae0
1856	gamma	3c94
1857	μῦ	a354
1858	eta	d7fd
1859	beta	537d
1860	λάμδα	96c5
1861	zeta	f9d1
1862	alpha	4e87
1863	kappa	09fb
1864	epsilon	d072
1865	back\\slash	69d1
1866	iota	19de
1867	delta	a19a
1868	tab\tinside	c164
1869	theta	68c6\\
1870	gamma	d305
1871	μῦ	fb8f
1872	eta	2f25
1873	beta	d4b2
1874	λάμδα	958a
1875	zeta	7e9e
1876	alpha	ba9a
1877	kappa	f31b
1878	epsilon	dc5d
1879	back\\slash	44a2
1880	iota	3214
1881	delta	b456
1882	tab\tinside	e131
1883	theta	c450
1884	gamma	f0fc
1885	μῦ	d523
1886	eta	c366
1887	beta	7302
1888	λάμδα	2d1b
1889	zeta	6814
1890	alpha	865d
1891	kappa	1316
1892	epsilon	ca46
1893	back\\slash	56f9
1894	iota	5fa9
1895	delta	059f
1896	tab\tinside	e06f
1897	theta	af33
1898	gamma	11f5
1899	μῦ	6be5
1900	eta	9fdb
1901	beta	d54e
1902	λάμδα	fc4d
1903	zeta	9446
1904	alpha	c915
1905	kappa	73e0
1906	epsilon	dea9
1907	back\\slash	7736
1908	iota	6569
1909	delta	0609
1910	tab\tinside	ab73
1911	theta	04df
1912	gamma	ff7d
1913	μῦ	c447
1914	eta	07a4
1915	beta	b432
1916	λάμδα	65fc
1917	zeta	cb79
1918	alpha	e74c
1919	kappa	8c8a
1920	epsilon	4496
1921	back\\slash	9f69
1922	iota	3332
1923	delta	414e
1924	tab\tinside	b139
1925	theta	0950
1926	gamma	5103
1927	μῦ	e5b2
1928	eta	5bce
1929	beta	139f
1930	λάμδα	2953
1931	zeta	15d1
1932	alpha	52d2
1933	kappa	1e91
1934	epsilon	8562
1935	back\\slash	8d55
1936	iota	1110
1937	delta	136f
1938	tab\tinside	ad4c
1939	theta	f22e
1940	gamma	95e6\nnewline
1941	μῦ	7af6
1942	eta	519c
1943	beta	c339
1944	λάμδα	6f26
1945	zeta	2d00
1946	alpha	1f71
1947	kappa	de03
1948	epsilon	7ca5
1949	back\\slash	36ac
1950	iota	03e7
1951	delta	6a50
1952	tab\tinside	1113
1953	theta	a38b
1954	gamma	5a7f
1955	μῦ	378a
1956	eta	e340
1957	beta	277a
1958	λάμδα	d77f\\
1959	zeta	e4dd
1960	alpha	7f16
1961	kappa	f106
1962	epsilon	95f6
1963	back\\slash	c215
1964	iota	39dc
1965	delta	d46e
1966	tab\tinside	3683
1967	theta	a82d
1968	gamma	98c7
1969	μῦ	4d85
1970	eta	0004
1971	beta	de73
1972	λάμδα	c4de
1973	zeta	deb5
1974	alpha	3d86
1975	kappa	7d2b
1976	epsilon	dd05
1977	back\\slash	4afd
1978	iota	405e
1979	delta	798c
1980	tab\tinside	f80b
1981	theta	b3b4
1982	gamma	fb87
1983	μῦ	1e4d
1984	eta	1b36
1985	beta	1f36
1986	λάμδα	8c24
1987	zeta	d68a
1988	alpha	9d73
1989	kappa	4a3e
1990	epsilon	dc51
1991	back\\slash	9605
1992	iota	d5c1
1993	delta	c5a4
1994	tab\tinside	008b
1995	theta	3f08
1996	gamma	6351
1997	μῦ	0696
1998	eta	c5b2
1999	beta	5ec8
2000	λάμδα	08f9
\.


--
-- Data for Name: cache; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.cache (k, v) FROM stdin;
k1	{"cached": true}
\.


--
-- Data for Name: cars; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.cars (id, make, built, doors) FROM stdin;
2	Fiat	2010-06-15	3
\.


--
-- Data for Name: customers; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.customers (id, email, name, mood, tags, scores, address, balance, ratio, created_at, birthday, wake_up, ext_id, profile, raw_profile, avatar, active, home_net, nickname, search) FROM stdin;
1	ann@example.com	Ann O'Neil	happy	{vip,"needs \\"quotes\\"",NULL}	{{1,2},{3,4}}	("1 Main St",Springfield,12345)	1234.5678	0.1	2024-02-29 12:34:56.789+00	1990-05-17	07:30:00	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	{"langs": ["en", "ga"], "level": 3, "nested": {"k": null}}	{ "spacing" :  "kept",  "dup": 1, "dup": 2 }	\\x89504e470d0a1a0a0000000d49484452	t	192.0.2.1/24	annie	'ann':1 'likes':2 'tea':3
2	bo@example.org	Bo\tTab	sad	{}	\N	("Line1\nLine2",Köln,)	-0.0001	NaN	2024-03-31 01:59:59+00	2000-02-29	23:59:59.999999	b1ffcd88-8d1a-4fe9-8c7e-7cc8ce491b22	{"emoji": "😀", "escaped": "tab\\there"}	[]	\\x	f	2001:db8::1	\N	\N
3	chloé@example.fr	Chloé \\ Backslash	it's complicated	{"a,b","c d",""}	{{-1}}	(,,)	99999999.9999	-Infinity	1999-12-31 23:59:59+00	0044-03-15 BC	00:00:00	\N	[1, 2.5, "three", true, null]	null	\\x00ff5c0a0d09	t	\N	N\\A	\N
4	dmitri@example.ru	Дмитрий 日本 עברית	\N	\N	\N	\N	0.0000	1e-300	infinity	\N	\N	00000000-0000-0000-0000-000000000000	{}	{"a":"\\u00e9"}	\N	t	10.0.0.0/8		'multi':1 'script':2
\.


--
-- Data for Name: departments; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.departments (id, name, head_employee_id) FROM stdin;
1	Engineering	10
2	Sales	20
3	Empty	\N
\.


--
-- Data for Name: employees; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.employees (id, name, department_id, manager_id) FROM stdin;
10	Eve	1	\N
11	Frank	1	10
20	Grace	2	\N
\.


--
-- Data for Name: events_2024; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.events_2024 (id, occurred_at, kind, payload) FROM stdin;
1	2024-06-01 08:00:00+00	login	{"user": 1}
2	2024-12-31 23:59:59.999999+00	logout	{"user": 1, "reason": "timeout"}
\.


--
-- Data for Name: events_2025_click; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.events_2025_click (id, occurred_at, kind, payload) FROM stdin;
3	2025-01-01 00:00:00+00	click	{"x": 10, "y": 20}
4	2025-03-01 00:00:00+00	tap	{}
\.


--
-- Data for Name: events_2025_other; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.events_2025_other (id, occurred_at, kind, payload) FROM stdin;
5	2025-07-04 12:00:00+00	purchase	{"amount": "12.50"}
\.


--
-- Data for Name: events_default; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.events_default (id, occurred_at, kind, payload) FROM stdin;
6	2023-01-01 00:00:00+00	ancient	{"note": "default partition"}
7	2030-01-01 00:00:00+00	future	{"deep": {"deeper": {"deepest": [1, [2, [3]]]}}}
\.


--
-- Data for Name: notes; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.notes (id, label, body, blob, num, f8, ts, d, iv, arr, js) FROM stdin;
1	tab	a\tb	\\x09	0	0	2000-01-01 00:00:00+00	2000-01-01	1 day	{atb}	"\\t"
2	newline	a\nb\n	\\x0a	0	-0	1970-01-01 00:00:00+00	1970-01-01	-10 mons	{anb}	"\\n"
3	crlf	a\r\nb	\\x0d0a	NaN	NaN	-infinity	-infinity	00:00:00.000001	{}	{}
4	backslash	C:\\temp\\new	\\x5c	0.00000000000000000001	1e+308	infinity	infinity	1000000 years	{"\\\\\\\\"}	"\\\\"
5	backslash-N	\\N	\\x5c4e	Infinity	Infinity	2024-02-28 10:00:00+00	2024-02-29	1 mon -1 days	{"\\\\N",NULL}	{"k": "\\\\N"}
6	end-of-copy	\\.	\\x5c2e	-Infinity	-Infinity	1970-01-01 12:00:00+00	1970-01-01	00:00:00	{"\\\\."}	[]
7	quotes	single ' double " back `	\\x2722	123456789012345678901234567890.123456789	1.5	\N	\N	\N	{',"\\""}	{"q": "\\"'"}
8	empty		\\x	\N	\N	\N	\N	\N	{""}	""
9	null	\N	\N	\N	\N	\N	\N	\N	\N	null
10	unicode	naïve café — 日本語 — 😀 — ﬁ — é	\\xc3a9	1	1	\N	\N	\N	{日本,😀}	{"日本": "😀"}
11	control	bell esc del	\\x0007	1	1	\N	\N	\N	\N	\N
12	semicolons	a;b;$$c$$;$q$d$q$;	\\x3b	1	1	\N	\N	\N	\N	\N
13	copy-like	COPY app.notes FROM stdin;\n1\tx\n\\.\n	\N	1	1	\N	\N	\N	\N	\N
14	long-line	01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789	\\xabababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababab	1	1	\N	\N	\N	\N	\N
\.


--
-- Data for Name: order_archive; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.order_archive (order_id, archived_at) FROM stdin;
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.orders (id, customer_id, invoice_no, status, placed_at, qty, unit_price, valid_during, qty_band, weights, notes, updated_at) FROM stdin;
100	1	1000	paid	2024-04-01 10:00:00+00	2	9.99	["2024-04-01 10:00:00+00","2024-05-01 00:00:00+00")	[1,10)	[0.5,1.5]	first order	\N
110	1	1007	shipped	2024-04-02 11:00:00+00	1	100.00	empty	(,6)	\N	multi\nline\nnote	\N
120	2	1014	cancelled	2024-04-03 12:00:00+00	5	0.01	\N	\N	(,)	carriage\rreturn and \\N literal	\N
130	3	1021	new	2025-01-01 00:00:00+00	3	3.33	["2025-01-01 00:00:00+00",)	[3,4)	\N	\\N	\N
\.


--
-- Data for Name: quote"d; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app."quote""d" (id, "col""umn") FROM stdin;
1	has "double" quotes
2	\N
\.


--
-- Data for Name: trucks; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.trucks (id, make, built, payload_kg) FROM stdin;
3	Volvo	\N	12000.5
\.


--
-- Data for Name: vehicles; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.vehicles (id, make, built) FROM stdin;
1	Generic	2001-01-01
\.


--
-- Data for Name: weird name; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app."weird
name" (id, "Mixed Col") FROM stdin;
1	first
2	second\nrow
\.


--
-- Name: scratch_id_seq; Type: SEQUENCE SET; Schema: alice's space; Owner: alice
--

SELECT pg_catalog.setval('"alice''s space".scratch_id_seq', 2, true);


--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: app; Owner: app_owner
--

SELECT pg_catalog.setval('app.audit_log_id_seq', 1, false);


--
-- Name: customers_id_seq; Type: SEQUENCE SET; Schema: app; Owner: app_owner
--

SELECT pg_catalog.setval('app.customers_id_seq', 4, true);


--
-- Name: events_id_seq; Type: SEQUENCE SET; Schema: app; Owner: app_owner
--

SELECT pg_catalog.setval('app.events_id_seq', 7, true);


--
-- Name: invoice_no_seq; Type: SEQUENCE SET; Schema: app; Owner: app_owner
--

SELECT pg_catalog.setval('app.invoice_no_seq', 1014, true);


--
-- Name: never_used_seq; Type: SEQUENCE SET; Schema: app; Owner: app_owner
--

SELECT pg_catalog.setval('app.never_used_seq', 1, false);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: app; Owner: app_owner
--

SELECT pg_catalog.setval('app.orders_id_seq', 100, false);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('424242', 131072);
SELECT pg_catalog.lowrite(0, '\x48656c6c6f2c206c61726765206f626a65637421');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('424243', 131072);
SELECT pg_catalog.lowrite(0, '\x00010203fffefd5c0a0d09');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('424244', 131072);
SELECT pg_catalog.lowrite(0, '\x6c696e6520313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e6520323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e6520333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e6520343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e6520353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e6520363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e6520373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e6520383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e6520393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652031393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652032393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652033393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652034393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652035393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652036393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652037393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652038393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e652039393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203130393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203131393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203132393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203133393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203134393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203135393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203136393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203137393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203138393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203139393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203230393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203231393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203232393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203233393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203234393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203235393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203236393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203237393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203238393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203239393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330363a2074686520717569636b206272');
SELECT pg_catalog.lowrite(0, '\x6f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203330393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203331393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332313a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332323a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332333a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332343a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332353a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332363a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332373a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332383a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203332393a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f670a6c696e65203333303a2074686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f67');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('424245', 131072);
SELECT pg_catalog.lowrite(0, '\x616c6963652773207072697661746520626c6f6220e2809420c3bc6ec3af63c3b664c3a9');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('424246', 131072);
SELECT pg_catalog.lowrite(0, '\x7368617265642077697468207265706f7274696e67');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('424247', 131072);
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: scratch scratch_pkey; Type: CONSTRAINT; Schema: alice's space; Owner: alice
--

ALTER TABLE ONLY "alice's space".scratch
    ADD CONSTRAINT scratch_pkey PRIMARY KEY (id);


--
-- Name: Order Items Order Items_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app."Order Items"
    ADD CONSTRAINT "Order Items_pkey" PRIMARY KEY ("Order Id", "Line No");


--
-- Name: big_text big_text_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.big_text
    ADD CONSTRAINT big_text_pkey PRIMARY KEY (id);


--
-- Name: cache cache_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.cache
    ADD CONSTRAINT cache_pkey PRIMARY KEY (k);


--
-- Name: customers customers_ext_id_key; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_ext_id_key UNIQUE (ext_id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);

ALTER TABLE app.customers CLUSTER ON customers_pkey;


--
-- Name: departments departments_name_key; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.departments
    ADD CONSTRAINT departments_name_key UNIQUE NULLS NOT DISTINCT (name);


--
-- Name: departments departments_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.departments
    ADD CONSTRAINT departments_pkey PRIMARY KEY (id);


--
-- Name: employees employees_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.employees
    ADD CONSTRAINT employees_pkey PRIMARY KEY (id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, occurred_at, kind);


--
-- Name: events_2024 events_2024_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events_2024
    ADD CONSTRAINT events_2024_pkey PRIMARY KEY (id, occurred_at, kind);


--
-- Name: events_2025 events_2025_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events_2025
    ADD CONSTRAINT events_2025_pkey PRIMARY KEY (id, occurred_at, kind);


--
-- Name: events_2025_click events_2025_click_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events_2025_click
    ADD CONSTRAINT events_2025_click_pkey PRIMARY KEY (id, occurred_at, kind);


--
-- Name: events_2025_other events_2025_other_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events_2025_other
    ADD CONSTRAINT events_2025_other_pkey PRIMARY KEY (id, occurred_at, kind);


--
-- Name: events_default events_default_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.events_default
    ADD CONSTRAINT events_default_pkey PRIMARY KEY (id, occurred_at, kind);


--
-- Name: notes notes_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);


--
-- Name: order_archive order_archive_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.order_archive
    ADD CONSTRAINT order_archive_pkey PRIMARY KEY (order_id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: orders orders_unit_price_check; Type: CHECK CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE app.orders
    ADD CONSTRAINT orders_unit_price_check CHECK ((unit_price >= (0)::numeric)) NOT VALID;


--
-- Name: orders orders_valid_during_excl; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_valid_during_excl EXCLUDE USING gist (valid_during WITH &&) WHERE ((status = 'paid'::text));


--
-- Name: quote"d quote"d_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app."quote""d"
    ADD CONSTRAINT "quote""d_pkey" PRIMARY KEY (id);


--
-- Name: vehicles vehicles_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.vehicles
    ADD CONSTRAINT vehicles_pkey PRIMARY KEY (id);


--
-- Name: weird name weird name_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app."weird
name"
    ADD CONSTRAINT "weird
name_pkey" PRIMARY KEY (id);


--
-- Name: big_text_word_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX big_text_word_idx ON app.big_text USING btree (word text_pattern_ops, length(code));


--
-- Name: customers_email_lower_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE UNIQUE INDEX customers_email_lower_idx ON app.customers USING btree (lower((email)::text));


--
-- Name: customers_search_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX customers_search_idx ON app.customers USING gin (search);


--
-- Name: events_kind_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_kind_idx ON ONLY app.events USING btree (kind);


--
-- Name: events_2024_kind_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_2024_kind_idx ON app.events_2024 USING btree (kind);


--
-- Name: events_payload_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_payload_idx ON ONLY app.events USING gin (payload jsonb_path_ops);


--
-- Name: events_2024_payload_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_2024_payload_idx ON app.events_2024 USING gin (payload jsonb_path_ops);


--
-- Name: events_2025_kind_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_2025_kind_idx ON ONLY app.events_2025 USING btree (kind);


--
-- Name: events_2025_click_kind_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_2025_click_kind_idx ON app.events_2025_click USING btree (kind);


--
-- Name: events_2025_payload_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_2025_payload_idx ON ONLY app.events_2025 USING gin (payload jsonb_path_ops);


--
-- Name: events_2025_click_payload_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_2025_click_payload_idx ON app.events_2025_click USING gin (payload jsonb_path_ops);


--
-- Name: events_2025_other_kind_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_2025_other_kind_idx ON app.events_2025_other USING btree (kind);


--
-- Name: events_2025_other_payload_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_2025_other_payload_idx ON app.events_2025_other USING gin (payload jsonb_path_ops);


--
-- Name: events_default_kind_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_default_kind_idx ON app.events_default USING btree (kind);


--
-- Name: events_default_payload_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX events_default_payload_idx ON app.events_default USING gin (payload jsonb_path_ops);


--
-- Name: notes_ts_brin; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX notes_ts_brin ON app.notes USING brin (ts);


--
-- Name: orders_customer_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX orders_customer_idx ON app.orders USING btree (customer_id) INCLUDE (status);


--
-- Name: orders_open_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX orders_open_idx ON app.orders USING btree (placed_at) WHERE (status <> 'cancelled'::text);


--
-- Name: INDEX orders_open_idx; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON INDEX app.orders_open_idx IS 'Partial index: open orders only';


--
-- Name: monthly_sales_month_idx; Type: INDEX; Schema: reporting; Owner: reporting
--

CREATE UNIQUE INDEX monthly_sales_month_idx ON reporting.monthly_sales USING btree (month);


--
-- Name: events_2024_kind_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_kind_idx ATTACH PARTITION app.events_2024_kind_idx;


--
-- Name: events_2024_payload_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_payload_idx ATTACH PARTITION app.events_2024_payload_idx;


--
-- Name: events_2024_pkey; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_pkey ATTACH PARTITION app.events_2024_pkey;


--
-- Name: events_2025_click_kind_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_2025_kind_idx ATTACH PARTITION app.events_2025_click_kind_idx;


--
-- Name: events_2025_click_payload_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_2025_payload_idx ATTACH PARTITION app.events_2025_click_payload_idx;


--
-- Name: events_2025_click_pkey; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_2025_pkey ATTACH PARTITION app.events_2025_click_pkey;


--
-- Name: events_2025_kind_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_kind_idx ATTACH PARTITION app.events_2025_kind_idx;


--
-- Name: events_2025_other_kind_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_2025_kind_idx ATTACH PARTITION app.events_2025_other_kind_idx;


--
-- Name: events_2025_other_payload_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_2025_payload_idx ATTACH PARTITION app.events_2025_other_payload_idx;


--
-- Name: events_2025_other_pkey; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_2025_pkey ATTACH PARTITION app.events_2025_other_pkey;


--
-- Name: events_2025_payload_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_payload_idx ATTACH PARTITION app.events_2025_payload_idx;


--
-- Name: events_2025_pkey; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_pkey ATTACH PARTITION app.events_2025_pkey;


--
-- Name: events_default_kind_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_kind_idx ATTACH PARTITION app.events_default_kind_idx;


--
-- Name: events_default_payload_idx; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_payload_idx ATTACH PARTITION app.events_default_payload_idx;


--
-- Name: events_default_pkey; Type: INDEX ATTACH; Schema: app; Owner: app_owner
--

ALTER INDEX app.events_pkey ATTACH PARTITION app.events_default_pkey;


--
-- Name: orders_stat; Type: STATISTICS; Schema: app; Owner: app_owner
--

CREATE STATISTICS app.orders_stat (ndistinct, dependencies) ON customer_id, status FROM app.orders;


ALTER STATISTICS app.orders_stat OWNER TO app_owner;

--
-- Name: active_customers active_customers_no_delete; Type: RULE; Schema: app; Owner: app_owner
--

CREATE RULE active_customers_no_delete AS
    ON DELETE TO app.active_customers DO INSTEAD NOTHING;


--
-- Name: employees employees_check; Type: TRIGGER; Schema: app; Owner: app_owner
--

CREATE CONSTRAINT TRIGGER employees_check AFTER INSERT OR UPDATE ON app.employees DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();


--
-- Name: events events_touch; Type: TRIGGER; Schema: app; Owner: app_owner
--

CREATE TRIGGER events_touch BEFORE UPDATE OF payload ON app.events FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();


--
-- Name: orders orders_audit; Type: TRIGGER; Schema: app; Owner: app_owner
--

CREATE TRIGGER orders_audit AFTER INSERT ON app.orders REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.audit_orders();


--
-- Name: TRIGGER orders_audit ON orders; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON TRIGGER orders_audit ON app.orders IS 'Statement trigger with a transition table';


--
-- Name: orders orders_touch; Type: TRIGGER; Schema: app; Owner: app_owner
--

CREATE TRIGGER orders_touch BEFORE UPDATE ON app.orders FOR EACH ROW WHEN ((old.status IS DISTINCT FROM new.status)) EXECUTE FUNCTION app.touch_updated_at();

ALTER TABLE app.orders DISABLE TRIGGER orders_touch;


--
-- Name: Order Items Order Items_Order Id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app."Order Items"
    ADD CONSTRAINT "Order Items_Order Id_fkey" FOREIGN KEY ("Order Id") REFERENCES app.orders(id);


--
-- Name: departments departments_head_fk; Type: FK CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.departments
    ADD CONSTRAINT departments_head_fk FOREIGN KEY (head_employee_id) REFERENCES app.employees(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: employees employees_department_fk; Type: FK CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.employees
    ADD CONSTRAINT employees_department_fk FOREIGN KEY (department_id) REFERENCES app.departments(id) DEFERRABLE;


--
-- Name: employees employees_manager_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.employees
    ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES app.employees(id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customers(id) ON DELETE CASCADE;


--
-- Name: scratch; Type: ROW SECURITY; Schema: alice's space; Owner: alice
--

ALTER TABLE "alice's space".scratch ENABLE ROW LEVEL SECURITY;

--
-- Name: scratch scratch_all; Type: POLICY; Schema: alice's space; Owner: alice
--

CREATE POLICY scratch_all ON "alice's space".scratch USING (true);


--
-- Name: orders; Type: ROW SECURITY; Schema: app; Owner: app_owner
--

ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;

--
-- Name: orders orders_hide_cancelled; Type: POLICY; Schema: app; Owner: app_owner
--

CREATE POLICY orders_hide_cancelled ON app.orders AS RESTRICTIVE FOR SELECT USING ((status <> 'cancelled'::text));


--
-- Name: orders orders_owner; Type: POLICY; Schema: app; Owner: app_owner
--

CREATE POLICY orders_owner ON app.orders TO alice USING ((customer_id IN ( SELECT customers.id
   FROM app.customers
  WHERE ((customers.email)::text = ((CURRENT_USER)::text || '@example.com'::text))))) WITH CHECK ((unit_price >= (0)::numeric));


--
-- Name: POLICY orders_owner ON orders; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON POLICY orders_owner ON app.orders IS 'alice sees her own orders; $$ and ; inside';


--
-- Name: orders orders_reporting; Type: POLICY; Schema: app; Owner: app_owner
--

CREATE POLICY orders_reporting ON app.orders FOR SELECT TO reporting USING (true);


--
-- Name: corpus_pub; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION corpus_pub WITH (publish = 'insert, update');


ALTER PUBLICATION corpus_pub OWNER TO postgres;

--
-- Name: corpus_schema_pub; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION corpus_schema_pub WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION corpus_schema_pub OWNER TO postgres;

--
-- Name: corpus_pub customers; Type: PUBLICATION TABLE; Schema: app; Owner: postgres
--

ALTER PUBLICATION corpus_pub ADD TABLE ONLY app.customers (id, email);


--
-- Name: corpus_pub orders; Type: PUBLICATION TABLE; Schema: app; Owner: postgres
--

ALTER PUBLICATION corpus_pub ADD TABLE ONLY app.orders;


--
-- Name: corpus_schema_pub reporting; Type: PUBLICATION TABLES IN SCHEMA; Schema: reporting; Owner: postgres
--

ALTER PUBLICATION corpus_schema_pub ADD TABLES IN SCHEMA reporting;


--
-- Name: DATABASE main; Type: ACL; Schema: -; Owner: app_owner
--

REVOKE CONNECT,TEMPORARY ON DATABASE main FROM PUBLIC;
GRANT CONNECT ON DATABASE main TO PUBLIC;
GRANT CONNECT,TEMPORARY ON DATABASE main TO reporting;


--
-- Name: SCHEMA "alice's space"; Type: ACL; Schema: -; Owner: alice
--

GRANT USAGE ON SCHEMA "alice's space" TO "Mixed Case Role";


--
-- Name: SCHEMA app; Type: ACL; Schema: -; Owner: app_owner
--

GRANT USAGE ON SCHEMA app TO reporting;
GRANT USAGE ON SCHEMA app TO alice;


--
-- Name: SCHEMA reporting; Type: ACL; Schema: -; Owner: reporting
--

GRANT CREATE ON SCHEMA reporting TO alice;


--
-- Name: TYPE email; Type: ACL; Schema: app; Owner: app_owner
--

GRANT ALL ON TYPE app.email TO alice;


--
-- Name: TYPE mood; Type: ACL; Schema: app; Owner: app_owner
--

GRANT ALL ON TYPE app.mood TO reporting;


--
-- Name: TABLE order_archive; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.order_archive TO reporting;


--
-- Name: TABLE orders; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.orders TO reporting;
GRANT ALL ON TABLE app.orders TO alice WITH GRANT OPTION;
SET SESSION AUTHORIZATION alice;
GRANT SELECT,INSERT ON TABLE app.orders TO "Mixed Case Role";
RESET SESSION AUTHORIZATION;


--
-- Name: FUNCTION customer_total(p_customer bigint); Type: ACL; Schema: app; Owner: app_owner
--

GRANT ALL ON FUNCTION app.customer_total(p_customer bigint) TO reporting;
GRANT ALL ON FUNCTION app.customer_total(p_customer bigint) TO alice;


--
-- Name: FUNCTION describe_customer(p_id bigint); Type: ACL; Schema: app; Owner: app_owner
--

REVOKE ALL ON FUNCTION app.describe_customer(p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION app.describe_customer(p_id bigint) TO reporting;


--
-- Name: FOREIGN DATA WRAPPER corpus_dummy_fdw; Type: ACL; Schema: -; Owner: postgres
--

GRANT ALL ON FOREIGN DATA WRAPPER corpus_dummy_fdw TO app_owner;


--
-- Name: FOREIGN SERVER dummy_srv; Type: ACL; Schema: -; Owner: app_owner
--

GRANT ALL ON FOREIGN SERVER dummy_srv TO alice;


--
-- Name: TABLE "Mixed Case Table"; Type: ACL; Schema: Mixed Case Schema; Owner: Mixed Case Role
--

GRANT SELECT ON TABLE "Mixed Case Schema"."Mixed Case Table" TO PUBLIC;


--
-- Name: TABLE "Order Items"; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app."Order Items" TO reporting;


--
-- Name: TABLE customers; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.customers TO reporting;


--
-- Name: COLUMN customers.id; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT(id) ON TABLE app.customers TO alice;


--
-- Name: COLUMN customers.email; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT(email) ON TABLE app.customers TO alice;


--
-- Name: COLUMN customers.name; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT(name),UPDATE(name) ON TABLE app.customers TO alice;


--
-- Name: COLUMN customers.mood; Type: ACL; Schema: app; Owner: app_owner
--

GRANT UPDATE(mood) ON TABLE app.customers TO alice;


--
-- Name: TABLE active_customers; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.active_customers TO reporting;


--
-- Name: TABLE vehicles; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.vehicles TO reporting;


--
-- Name: TABLE cars; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.cars TO reporting;


--
-- Name: TABLE trucks; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.trucks TO reporting;


--
-- Name: TABLE amphibious; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.amphibious TO reporting;


--
-- Name: TABLE audit_log; Type: ACL; Schema: app; Owner: app_owner
--

GRANT INSERT ON TABLE app.audit_log TO PUBLIC;


--
-- Name: TABLE big_text; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.big_text TO reporting;


--
-- Name: TABLE cache; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.cache TO reporting;


--
-- Name: TABLE departments; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.departments TO reporting;


--
-- Name: TABLE employees; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.employees TO reporting;


--
-- Name: TABLE events; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.events TO reporting;


--
-- Name: TABLE events_2024; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.events_2024 TO reporting;


--
-- Name: TABLE events_2025; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.events_2025 TO reporting;


--
-- Name: TABLE events_2025_click; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.events_2025_click TO reporting;


--
-- Name: TABLE events_2025_other; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.events_2025_other TO reporting;


--
-- Name: TABLE events_default; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.events_default TO reporting;


--
-- Name: SEQUENCE invoice_no_seq; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT,USAGE ON SEQUENCE app.invoice_no_seq TO alice;


--
-- Name: TABLE notes; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.notes TO reporting;


--
-- Name: TABLE "quote""d"; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app."quote""d" TO reporting;


--
-- Name: TABLE remote_things; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.remote_things TO reporting;


--
-- Name: TABLE "weird name"; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app."weird
name" TO reporting;


--
-- Name: LARGE OBJECT 424246; Type: ACL; Schema: -; Owner: app_owner
--

GRANT SELECT ON LARGE OBJECT 424246 TO reporting;
GRANT ALL ON LARGE OBJECT 424246 TO alice;


--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: app; Owner: app_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE app_owner IN SCHEMA app GRANT USAGE ON SEQUENCES TO alice;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: app; Owner: app_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE app_owner IN SCHEMA app GRANT SELECT ON TABLES TO reporting;


--
-- Name: DEFAULT PRIVILEGES FOR TYPES; Type: DEFAULT ACL; Schema: -; Owner: postgres
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT ALL ON TYPES TO reporting;


--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: alice
--

ALTER DEFAULT PRIVILEGES FOR ROLE alice REVOKE ALL ON FUNCTIONS FROM PUBLIC;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: -; Owner: reporting
--

ALTER DEFAULT PRIVILEGES FOR ROLE reporting GRANT SELECT ON TABLES TO alice;


--
-- Name: corpus_ddl; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER corpus_ddl ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
   EXECUTE FUNCTION public.corpus_ddl_noop();


ALTER EVENT TRIGGER corpus_ddl OWNER TO postgres;

--
-- Name: EVENT TRIGGER corpus_ddl; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON EVENT TRIGGER corpus_ddl IS 'No-op';


--
-- Name: monthly_sales; Type: MATERIALIZED VIEW DATA; Schema: reporting; Owner: reporting
--

REFRESH MATERIALIZED VIEW reporting.monthly_sales;


--
-- PostgreSQL database dump complete
--

--
-- Database "postgres" dump
--

\connect postgres

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- PostgreSQL database dump complete
--

--
-- Database "stats" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: stats; Type: DATABASE; Schema: -; Owner: app_owner
--

CREATE DATABASE stats WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE stats OWNER TO app_owner;

\connect stats

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: measurements; Type: TABLE; Schema: public; Owner: app_owner
--

CREATE TABLE public.measurements (
    id integer NOT NULL,
    sensor text NOT NULL,
    reading numeric(6,2)
);


ALTER TABLE public.measurements OWNER TO app_owner;

--
-- Data for Name: measurements; Type: TABLE DATA; Schema: public; Owner: app_owner
--

COPY public.measurements (id, sensor, reading) FROM stdin;
1	sensor-1	3.70
2	sensor-2	7.40
3	sensor-3	11.10
4	sensor-4	14.80
5	sensor-0	18.50
6	sensor-1	22.20
7	sensor-2	25.90
8	sensor-3	29.60
9	sensor-4	33.30
10	sensor-0	37.00
11	sensor-1	40.70
12	sensor-2	44.40
13	sensor-3	48.10
14	sensor-4	51.80
15	sensor-0	55.50
16	sensor-1	59.20
17	sensor-2	62.90
18	sensor-3	66.60
19	sensor-4	70.30
20	sensor-0	74.00
21	sensor-1	77.70
22	sensor-2	81.40
23	sensor-3	85.10
24	sensor-4	88.80
25	sensor-0	92.50
26	sensor-1	96.20
27	sensor-2	99.90
28	sensor-3	3.60
29	sensor-4	7.30
30	sensor-0	11.00
31	sensor-1	14.70
32	sensor-2	18.40
33	sensor-3	22.10
34	sensor-4	25.80
35	sensor-0	29.50
36	sensor-1	33.20
37	sensor-2	36.90
38	sensor-3	40.60
39	sensor-4	44.30
40	sensor-0	48.00
41	sensor-1	51.70
42	sensor-2	55.40
43	sensor-3	59.10
44	sensor-4	62.80
45	sensor-0	66.50
46	sensor-1	70.20
47	sensor-2	73.90
48	sensor-3	77.60
49	sensor-4	81.30
50	sensor-0	85.00
51	sensor-1	88.70
52	sensor-2	92.40
53	sensor-3	96.10
54	sensor-4	99.80
55	sensor-0	3.50
56	sensor-1	7.20
57	sensor-2	10.90
58	sensor-3	14.60
59	sensor-4	18.30
60	sensor-0	22.00
61	sensor-1	25.70
62	sensor-2	29.40
63	sensor-3	33.10
64	sensor-4	36.80
65	sensor-0	40.50
66	sensor-1	44.20
67	sensor-2	47.90
68	sensor-3	51.60
69	sensor-4	55.30
70	sensor-0	59.00
71	sensor-1	62.70
72	sensor-2	66.40
73	sensor-3	70.10
74	sensor-4	73.80
75	sensor-0	77.50
76	sensor-1	81.20
77	sensor-2	84.90
78	sensor-3	88.60
79	sensor-4	92.30
80	sensor-0	96.00
81	sensor-1	99.70
82	sensor-2	3.40
83	sensor-3	7.10
84	sensor-4	10.80
85	sensor-0	14.50
86	sensor-1	18.20
87	sensor-2	21.90
88	sensor-3	25.60
89	sensor-4	29.30
90	sensor-0	33.00
91	sensor-1	36.70
92	sensor-2	40.40
93	sensor-3	44.10
94	sensor-4	47.80
95	sensor-0	51.50
96	sensor-1	55.20
97	sensor-2	58.90
98	sensor-3	62.60
99	sensor-4	66.30
100	sensor-0	70.00
\.


--
-- Name: measurements measurements_pkey; Type: CONSTRAINT; Schema: public; Owner: app_owner
--

ALTER TABLE ONLY public.measurements
    ADD CONSTRAINT measurements_pkey PRIMARY KEY (id);


--
-- Name: measurements_expr_idx; Type: INDEX; Schema: public; Owner: app_owner
--

CREATE INDEX measurements_expr_idx ON public.measurements USING btree (lower(sensor));


--
-- PostgreSQL database dump complete
--

--
-- PostgreSQL database cluster dump complete
--

