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
-- Statistics for Name: measurements; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180006'::integer,
	'schemaname', 'public',
	'relname', 'measurements',
	'relpages', '1'::integer,
	'reltuples', '100'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180006'::integer,
	'schemaname', 'public',
	'relname', 'measurements',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180006'::integer,
	'schemaname', 'public',
	'relname', 'measurements',
	'attname', 'reading',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{3.40,3.50,3.60,3.70,7.10,7.20,7.30,7.40,10.80,10.90,11.00,11.10,14.50,14.60,14.70,14.80,18.20,18.30,18.40,18.50,21.90,22.00,22.10,22.20,25.60,25.70,25.80,25.90,29.30,29.40,29.50,29.60,33.00,33.10,33.20,33.30,36.70,36.80,36.90,37.00,40.40,40.50,40.60,40.70,44.10,44.20,44.30,44.40,47.80,47.90,48.00,48.10,51.50,51.60,51.70,51.80,55.20,55.30,55.40,55.50,58.90,59.00,59.10,59.20,62.60,62.70,62.80,62.90,66.30,66.40,66.50,66.60,70.00,70.10,70.20,70.30,73.80,73.90,74.00,77.50,77.60,77.70,81.20,81.30,81.40,84.90,85.00,85.10,88.60,88.70,88.80,92.30,92.40,92.50,96.00,96.10,96.20,99.70,99.80,99.90}'::text,
	'correlation', '0.078019805'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180006'::integer,
	'schemaname', 'public',
	'relname', 'measurements',
	'attname', 'sensor',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '9'::integer,
	'n_distinct', '5'::real,
	'most_common_vals', '{sensor-0,sensor-1,sensor-2,sensor-3,sensor-4}'::text,
	'most_common_freqs', '{0.2,0.2,0.2,0.2,0.2}'::real[],
	'correlation', '0.19951995'::real
);


--
-- Name: measurements_expr_idx; Type: INDEX; Schema: public; Owner: app_owner
--

CREATE INDEX measurements_expr_idx ON public.measurements USING btree (lower(sensor));


--
-- Name: measurements measurements_pkey; Type: CONSTRAINT; Schema: public; Owner: app_owner
--

ALTER TABLE ONLY public.measurements
    ADD CONSTRAINT measurements_pkey PRIMARY KEY (id);


--
-- Statistics for Name: measurements_expr_idx; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180006'::integer,
	'schemaname', 'public',
	'relname', 'measurements_expr_idx',
	'relpages', '2'::integer,
	'reltuples', '100'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180006'::integer,
	'schemaname', 'public',
	'relname', 'measurements_expr_idx',
	'attnum', '1'::smallint,
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '12'::integer,
	'n_distinct', '5'::real,
	'most_common_vals', '{sensor-0,sensor-1,sensor-2,sensor-3,sensor-4}'::text,
	'most_common_freqs', '{0.2,0.2,0.2,0.2,0.2}'::real[],
	'correlation', '0.19951995'::real
);


--
-- Statistics for Name: measurements_pkey; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180006'::integer,
	'schemaname', 'public',
	'relname', 'measurements_pkey',
	'relpages', '2'::integer,
	'reltuples', '100'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- PostgreSQL database dump complete
--

\unrestrict PGDUMPKITCORPUS

