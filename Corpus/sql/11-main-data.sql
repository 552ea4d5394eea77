-- 11-main-data.sql — a handful of rows per table in database "main" (plus app.big_text).
-- Text deliberately contains tabs, newlines, carriage returns, backslashes, quotes, "\N",
-- and non-ASCII, so that COPY escaping is exercised.

SET client_min_messages = warning;
SET ROLE app_owner;

INSERT INTO app.customers (email, name, mood, tags, scores, address, balance, ratio, created_at,
                           birthday, wake_up, ext_id, profile, raw_profile, avatar, active,
                           home_net, nickname, search)
VALUES
  ('ann@example.com', 'Ann O''Neil', 'happy', '{vip,"needs \"quotes\"",NULL}',
   '{{1,2},{3,4}}', ROW('1 Main St', 'Springfield', '12345'), 1234.5678, 0.1,
   '2024-02-29 12:34:56.789+00', '1990-05-17', '07:30', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
   '{"level": 3, "langs": ["en", "ga"], "nested": {"k": null}}',
   '{ "spacing" :  "kept",  "dup": 1, "dup": 2 }',
   '\x89504e470d0a1a0a0000000d49484452', true, '192.0.2.1/24', 'annie', to_tsvector('simple', 'Ann likes tea')),
  ('bo@example.org', E'Bo\tTab', 'sad', '{}', NULL, ROW(E'Line1\nLine2', 'Köln', NULL), -0.0001, 'NaN',
   '2024-03-31 01:59:59+00', '2000-02-29', '23:59:59.999999', 'b1ffcd88-8d1a-4fe9-8c7e-7cc8ce491b22',
   '{"emoji": "😀", "escaped": "tab\there"}', '[]', '\x', false, '2001:db8::1', NULL, NULL),
  ('chloé@example.fr', E'Chloé \\ Backslash', 'it''s complicated', '{"a,b","c d",""}',
   '{{-1}}', ROW(NULL, NULL, NULL), 99999999.9999, '-Infinity',
   '1999-12-31 23:59:59+00', '0044-03-15 BC', '00:00', NULL,
   '[1, 2.5, "three", true, null]', 'null', '\x00ff5c0a0d09', true, NULL, E'N\\A', NULL),
  ('dmitri@example.ru', 'Дмитрий 日本 עברית', NULL, NULL, NULL, NULL, 0, 1e-300,
   'infinity', NULL, NULL, '00000000-0000-0000-0000-000000000000',
   '{}', '{"a":"\u00e9"}', NULL, true, '10.0.0.0/8', '', to_tsvector('simple', 'multi script'));

INSERT INTO app.orders (id, customer_id, status, placed_at, qty, unit_price, valid_during,
                        qty_band, weights, notes)
OVERRIDING SYSTEM VALUE
VALUES
  (100, 1, 'paid', '2024-04-01 10:00:00+00', 2, 9.99,
   '[2024-04-01 10:00:00+00,2024-05-01 00:00:00+00)', '[1,10)', '[0.5,1.5]', 'first order'),
  (110, 1, 'shipped', '2024-04-02 11:00:00+00', 1, 100.00, 'empty', '(,5]', NULL,
   E'multi\nline\nnote'),
  (120, 2, 'cancelled', '2024-04-03 12:00:00+00', 5, 0.01, NULL, NULL, '(,)',
   E'carriage\rreturn and \\N literal'),
  (130, 3, 'new', '2025-01-01 00:00:00+00', 3, 3.33, '[2025-01-01 00:00:00+00,)', '[3,3]',
   NULL, '\N');
SELECT setval('app.invoice_no_seq', 1014, true);

INSERT INTO app."Order Items" VALUES
  (100, 1, 'SKU-1', 1), (100, 2, 'SKU-2', 1), (110, 1, 'SKU "quoted"', 1), (130, 1, E'SKU\t3', 3);

BEGIN;
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO app.departments VALUES (1, 'Engineering', 10), (2, 'Sales', 20), (3, 'Empty', NULL);
INSERT INTO app.employees VALUES (10, 'Eve', 1, NULL), (11, 'Frank', 1, 10), (20, 'Grace', 2, NULL);
COMMIT;

INSERT INTO app.events (occurred_at, kind, payload) VALUES
  ('2024-06-01 08:00:00+00', 'login', '{"user": 1}'),
  ('2024-12-31 23:59:59.999999+00', 'logout', '{"user": 1, "reason": "timeout"}'),
  ('2025-01-01 00:00:00+00', 'click', '{"x": 10, "y": 20}'),
  ('2025-03-01 00:00:00+00', 'tap', '{}'),
  ('2025-07-04 12:00:00+00', 'purchase', '{"amount": "12.50"}'),
  ('2023-01-01 00:00:00+00', 'ancient', '{"note": "default partition"}'),
  ('2030-01-01 00:00:00+00', 'future', '{"deep": {"deeper": {"deepest": [1, [2, [3]]]}}}');

INSERT INTO app.vehicles VALUES (1, 'Generic', '2001-01-01');
INSERT INTO app.cars VALUES (2, 'Fiat', '2010-06-15', 3);
INSERT INTO app.trucks VALUES (3, 'Volvo', NULL, 12000.5);
INSERT INTO app.amphibious VALUES (4, 'Amphicar', '1965-01-01', 2, 500.0, 'steel');

INSERT INTO app."quote""d" VALUES (1, 'has "double" quotes'), (2, NULL);
DO $do$
BEGIN
    EXECUTE format('INSERT INTO app.%I VALUES (1, %L), (2, %L)', E'weird\nname',
                   'first', E'second\nrow');
END
$do$;

INSERT INTO app.notes (id, label, body, blob, num, f8, ts, d, iv, arr, js) VALUES
  (1, 'tab',          E'a\tb',                       '\x09',           0,                        0,          '2000-01-01 00:00:00+00', '2000-01-01', '1 day', '{"a\tb"}', '"\t"'),
  (2, 'newline',      E'a\nb\n',                     '\x0a',           -0,                       '-0',       'epoch',                  'epoch',      '-1 year 2 mons', '{"a\nb"}', '"\n"'),
  (3, 'crlf',         E'a\r\nb',                     '\x0d0a',         'NaN',                    'NaN',      '-infinity',              '-infinity',  '00:00:00.000001', '{}', '{}'),
  (4, 'backslash',    E'C:\\temp\\new',              '\x5c',           '1e-20',                  '1e308',    'infinity',               'infinity',   '1000000 years', '{"\\\\"}', '"\\"'),
  (5, 'backslash-N',  E'\\N',                        '\x5c4e',         'Infinity',               'Infinity', '2024-02-29 00:00:00+14', '2024-02-29', '1 mon -1 day', '{"\\N",NULL}', '{"k": "\\N"}'),
  (6, 'end-of-copy',  E'\\.',                        '\x5c2e',         '-Infinity',              '-Infinity','1970-01-01 00:00:00-12', '1970-01-01', '0', '{"\\."}', '[]'),
  (7, 'quotes',       'single '' double " back `',   '\x2722',         '123456789012345678901234567890.123456789', 1.5, NULL, NULL, NULL, '{"''","\""}', '{"q": "\"''"}'),
  (8, 'empty',        '',                            '\x',             NULL,                     NULL,       NULL,                     NULL,         NULL, '{""}', '""'),
  (9, 'null',         NULL,                          NULL,             NULL,                     NULL,       NULL,                     NULL,         NULL, NULL, 'null'),
  (10, 'unicode',     'naïve café — 日本語 — 😀 — ﬁ — e' || U&'\0301', '\xc3a9', 1, 1, NULL, NULL, NULL, '{"日本","😀"}', '{"日本": "😀"}'),
  (11, 'control',     E'bell\x07 esc\x1b del\x7f',   '\x0007',         1, 1, NULL, NULL, NULL, NULL, NULL),
  (12, 'semicolons',  'a;b;$$c$$;$q$d$q$;',          '\x3b',           1, 1, NULL, NULL, NULL, NULL, NULL),
  (13, 'copy-like',   E'COPY app.notes FROM stdin;\n1\tx\n\\.\n', NULL, 1, 1, NULL, NULL, NULL, NULL, NULL),
  (14, 'long-line',   repeat('0123456789', 500),     decode(repeat('ab', 300), 'hex'), 1, 1, NULL, NULL, NULL, NULL, NULL);

-- ~2000 rows; md5 makes the codes varied (and deterministic).
INSERT INTO app.big_text (id, word, code)
SELECT i,
       (ARRAY['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
              'iota', 'kappa', 'λάμδα', 'μῦ', 'tab	inside', 'back\slash'])[1 + (i * 7919) % 14],
       substr(md5(i::text), 1, 4)
         || CASE WHEN i % 97 = 0 THEN E'\nnewline' WHEN i % 89 = 0 THEN E'\\' ELSE '' END
FROM generate_series(1, 2000) AS i;

INSERT INTO app.cache VALUES ('k1', '{"cached": true}');
RESET ROLE;

SET ROLE alice;
INSERT INTO "alice's space".scratch (memo) VALUES ('alice''s memo'), (E'memo\twith tab');
RESET ROLE;

INSERT INTO "Mixed Case Schema"."Mixed Case Table" VALUES (1, 'one'), (2, NULL);
