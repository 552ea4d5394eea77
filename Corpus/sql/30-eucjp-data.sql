-- 30-eucjp-data.sql — database "eucjp" (ENCODING 'EUC_JP').
-- This file is UTF-8; the server converts to EUC_JP, so the dumps hold EUC-JP bytes,
-- including half-width katakana (two-byte SS2 sequences, 0x8E ..).

SET client_encoding = 'UTF8';
SET client_min_messages = warning;

CREATE SCHEMA 日本語 AUTHORIZATION app_owner;
SET ROLE app_owner;

CREATE TABLE 日本語.商品 (
    番号   integer PRIMARY KEY,
    名前   text NOT NULL,
    説明   text,
    価格   numeric(10,0)
);
COMMENT ON TABLE 日本語.商品 IS '商品の一覧です。セミコロン；と $$ ドル記号';
COMMENT ON COLUMN 日本語.商品.名前 IS '商品名（全角）';

INSERT INTO 日本語.商品 VALUES
  (1, '東京タワー', 'こんにちは世界', 1000),
  (2, 'ｶﾀｶﾅ', E'半角カナ\tタブ', 250),
  (3, '表示', E'ソ（0x835C は Shift_JIS の問題、EUC-JP では無関係）\n改行', 0),
  (4, 'ascii name', NULL, NULL);

CREATE FUNCTION 日本語.挨拶(名前 text) RETURNS text
LANGUAGE sql IMMUTABLE
AS $本文$ SELECT 'こんにちは、' || 名前 || 'さん' $本文$;
RESET ROLE;
