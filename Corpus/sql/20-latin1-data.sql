-- 20-latin1-data.sql — database "latin1" (ENCODING 'LATIN1').
-- This file is UTF-8; the server converts to LATIN1, so the dumps hold Latin-1 bytes
-- (non-UTF-8) in data, in identifiers and in a comment.

SET client_encoding = 'UTF8';
SET client_min_messages = warning;

CREATE SCHEMA latin AUTHORIZATION app_owner;
SET ROLE app_owner;

CREATE TABLE latin.wörter (
    id      integer PRIMARY KEY,
    wort    text NOT NULL,
    notiz   text
);
COMMENT ON TABLE latin.wörter IS 'Wörter mit Umlauten: äöü ÄÖÜ ß; «Guillemets», £ ¥ © ® ½ ¼ ¾ ± × ÷ ¿ ¡';
COMMENT ON COLUMN latin.wörter.wort IS 'Ærøskøbing, Þórshöfn, Ñandú';

INSERT INTO latin.wörter VALUES
  (1, 'Straße', 'Größe'),
  (2, 'café crème', E'naïve\tfaçade'),
  (3, '¿Qué? ¡Olé!', E'multi\nligne'),
  (4, 'Ærøskøbing', NULL),
  (5, 'ÿ þ ð µ ª º', E'back\\slash'),
  (6, 'plain ascii', '');

CREATE FUNCTION latin.grüße(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    RETURN 'Grüße, ' || name || ' - ' || $q$«zitiert»$q$;
END
$$;
RESET ROLE;
