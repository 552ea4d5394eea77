--
-- PostgreSQL database dump
--

\restrict PGDUMPKITCORPUS

-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
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
-- Name: grüße(text); Type: FUNCTION; Schema: latin; Owner: app_owner
--

CREATE FUNCTION latin."grüße"(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $_$
BEGIN
    RETURN 'Grüße, ' || name || ' - ' || $q$«zitiert»$q$;
END
$_$;


ALTER FUNCTION latin."grüße"(name text) OWNER TO app_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: wörter; Type: TABLE; Schema: latin; Owner: app_owner
--

CREATE TABLE latin."wörter" (
    id integer NOT NULL,
    wort text NOT NULL,
    notiz text
);


ALTER TABLE latin."wörter" OWNER TO app_owner;

--
-- Name: TABLE "wörter"; Type: COMMENT; Schema: latin; Owner: app_owner
--

COMMENT ON TABLE latin."wörter" IS 'Wörter mit Umlauten: äöü ÄÖÜ ß; «Guillemets», £ ¥ © ® ½ ¼ ¾ ± × ÷ ¿ ¡';


--
-- Name: COLUMN "wörter".wort; Type: COMMENT; Schema: latin; Owner: app_owner
--

COMMENT ON COLUMN latin."wörter".wort IS 'Ærøskøbing, Þórshöfn, Ñandú';


--
-- Data for Name: wörter; Type: TABLE DATA; Schema: latin; Owner: app_owner
--

COPY latin."wörter" (id, wort, notiz) FROM stdin;
1	Straße	Größe
2	café crème	naïve\tfaçade
3	¿Qué? ¡Olé!	multi\nligne
4	Ærøskøbing	\N
5	ÿ þ ð µ ª º	back\\slash
6	plain ascii	
\.


--
-- Name: wörter wörter_pkey; Type: CONSTRAINT; Schema: latin; Owner: app_owner
--

ALTER TABLE ONLY latin."wörter"
    ADD CONSTRAINT "wörter_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict PGDUMPKITCORPUS

