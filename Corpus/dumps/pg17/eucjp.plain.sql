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
SET client_encoding = 'EUC_JP';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: 日本語; Type: SCHEMA; Schema: -; Owner: app_owner
--

CREATE SCHEMA "日本語";


ALTER SCHEMA "日本語" OWNER TO app_owner;

--
-- Name: 挨拶(text); Type: FUNCTION; Schema: 日本語; Owner: app_owner
--

CREATE FUNCTION "日本語"."挨拶"("名前" text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'こんにちは、' || 名前 || 'さん' $$;


ALTER FUNCTION "日本語"."挨拶"("名前" text) OWNER TO app_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: 商品; Type: TABLE; Schema: 日本語; Owner: app_owner
--

CREATE TABLE "日本語"."商品" (
    "番号" integer NOT NULL,
    "名前" text NOT NULL,
    "説明" text,
    "価格" numeric(10,0)
);


ALTER TABLE "日本語"."商品" OWNER TO app_owner;

--
-- Name: TABLE "商品"; Type: COMMENT; Schema: 日本語; Owner: app_owner
--

COMMENT ON TABLE "日本語"."商品" IS '商品の一覧です。セミコロン；と $$ ドル記号';


--
-- Name: COLUMN "商品"."名前"; Type: COMMENT; Schema: 日本語; Owner: app_owner
--

COMMENT ON COLUMN "日本語"."商品"."名前" IS '商品名（全角）';


--
-- Data for Name: 商品; Type: TABLE DATA; Schema: 日本語; Owner: app_owner
--

COPY "日本語"."商品" ("番号", "名前", "説明", "価格") FROM stdin;
1	東京タワー	こんにちは世界	1000
2	ｶﾀｶﾅ	半角カナ\tタブ	250
3	表示	ソ（0x835C は Shift_JIS の問題、EUC-JP では無関係）\n改行	0
4	ascii name	\N	\N
\.


--
-- Name: 商品 商品_pkey; Type: CONSTRAINT; Schema: 日本語; Owner: app_owner
--

ALTER TABLE ONLY "日本語"."商品"
    ADD CONSTRAINT "商品_pkey" PRIMARY KEY ("番号");


--
-- PostgreSQL database dump complete
--

\unrestrict PGDUMPKITCORPUS

