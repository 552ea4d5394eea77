-- 12-main-post.sql — indexes, views, triggers, row-level security, grants and default
-- privileges, publications, statistics objects and an event trigger in database "main".

SET client_min_messages = warning;
SET ROLE app_owner;

-- Indexes: partial, expression, INCLUDE, BRIN, GIN ---------------------------------------------
CREATE UNIQUE INDEX customers_email_lower_idx ON app.customers (lower(email::text));
CREATE INDEX orders_open_idx ON app.orders (placed_at) WHERE status <> 'cancelled';
CREATE INDEX orders_customer_idx ON app.orders (customer_id) INCLUDE (status);
CREATE INDEX big_text_word_idx ON app.big_text (word text_pattern_ops, (length(code)));
CREATE INDEX notes_ts_brin ON app.notes USING brin (ts);
CREATE INDEX customers_search_idx ON app.customers USING gin (search);
COMMENT ON INDEX app.orders_open_idx IS 'Partial index: open orders only';
ALTER TABLE app.orders ADD CONSTRAINT orders_unit_price_check CHECK (unit_price >= 0) NOT VALID;
CREATE STATISTICS app.orders_stat (ndistinct, dependencies) ON customer_id, status FROM app.orders;
ALTER TABLE app.customers CLUSTER ON customers_pkey;
ALTER TABLE app.orders ALTER COLUMN notes SET STATISTICS 500;
ALTER TABLE app.big_text ALTER COLUMN code SET STORAGE EXTERNAL;

-- Views and materialized views ---------------------------------------------------------------
CREATE VIEW app.active_customers AS
    SELECT id, email, name, mood FROM app.customers WHERE active
    WITH LOCAL CHECK OPTION;
COMMENT ON VIEW app.active_customers IS 'Only active customers';
CREATE RULE active_customers_no_delete AS ON DELETE TO app.active_customers DO INSTEAD NOTHING;
RESET ROLE;

-- reporting needs to see app's tables to build its views.
GRANT USAGE ON SCHEMA app TO reporting, alice;
GRANT SELECT ON ALL TABLES IN SCHEMA app TO reporting;
SET ROLE reporting;
CREATE VIEW reporting.customer_totals WITH (security_barrier = true) AS
    SELECT c.id, c.name, count(o.id) AS orders, coalesce(sum(o.total), 0) AS total
      FROM app.customers c LEFT JOIN app.orders o ON o.customer_id = c.id
     GROUP BY c.id, c.name;
CREATE MATERIALIZED VIEW reporting.monthly_sales AS
    SELECT date_trunc('month', placed_at AT TIME ZONE 'UTC') AS month,
           count(*) AS orders, sum(total) AS total
      FROM app.orders GROUP BY 1
    WITH DATA;
CREATE UNIQUE INDEX monthly_sales_month_idx ON reporting.monthly_sales (month);
CREATE MATERIALIZED VIEW reporting.not_yet_filled AS SELECT 1 AS x WITH NO DATA;
COMMENT ON MATERIALIZED VIEW reporting.monthly_sales IS 'Refreshed nightly; "quoted" words';
RESET ROLE;

-- Triggers -------------------------------------------------------------------------------------
SET ROLE app_owner;
CREATE TRIGGER orders_touch BEFORE UPDATE ON app.orders
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION app.touch_updated_at();
CREATE TRIGGER orders_audit AFTER INSERT ON app.orders
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app.audit_orders();
CREATE TRIGGER events_touch BEFORE UPDATE OF payload ON app.events
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
ALTER TABLE app.orders DISABLE TRIGGER orders_touch;
COMMENT ON TRIGGER orders_audit ON app.orders IS 'Statement trigger with a transition table';
CREATE CONSTRAINT TRIGGER employees_check AFTER INSERT OR UPDATE ON app.employees
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
RESET ROLE;

-- Row-level security ---------------------------------------------------------------------------
ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_owner ON app.orders FOR ALL TO alice
    USING (customer_id IN (SELECT id FROM app.customers WHERE email::text = current_user || '@example.com'))
    WITH CHECK (unit_price >= 0);
CREATE POLICY orders_reporting ON app.orders FOR SELECT TO reporting USING (true);
CREATE POLICY orders_hide_cancelled ON app.orders AS RESTRICTIVE FOR SELECT
    USING (status <> 'cancelled');
COMMENT ON POLICY orders_owner ON app.orders IS 'alice sees her own orders; $$ and ; inside';
ALTER TABLE "alice's space".scratch ENABLE ROW LEVEL SECURITY;
ALTER TABLE "alice's space".scratch FORCE ROW LEVEL SECURITY;
CREATE POLICY scratch_all ON "alice's space".scratch USING (true);

-- Grants ----------------------------------------------------------------------------------------
GRANT SELECT (id, name, email), UPDATE (name, mood) ON app.customers TO alice;
GRANT ALL ON app.orders TO alice WITH GRANT OPTION;
GRANT USAGE, SELECT ON SEQUENCE app.invoice_no_seq TO alice;
REVOKE EXECUTE ON FUNCTION app.describe_customer(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.describe_customer(bigint) TO reporting;
GRANT EXECUTE ON FUNCTION app.customer_total(bigint) TO reporting, alice;
GRANT USAGE ON TYPE app.mood TO reporting;
GRANT USAGE ON DOMAIN app.email TO alice;
GRANT CREATE ON SCHEMA reporting TO alice;
GRANT USAGE ON SCHEMA "alice's space" TO "Mixed Case Role";
GRANT SELECT ON "Mixed Case Schema"."Mixed Case Table" TO PUBLIC;
GRANT USAGE ON FOREIGN SERVER dummy_srv TO alice;
GRANT USAGE ON FOREIGN DATA WRAPPER corpus_dummy_fdw TO app_owner;
REVOKE ALL ON app.audit_log FROM reporting;
GRANT INSERT ON app.audit_log TO PUBLIC;
-- A grant made by a non-owner (alice holds the grant option): pg_dump wraps it in
-- SET SESSION AUTHORIZATION alice.
SET ROLE alice;
GRANT SELECT, INSERT ON app.orders TO "Mixed Case Role";
RESET ROLE;

ALTER DEFAULT PRIVILEGES FOR ROLE app_owner IN SCHEMA app GRANT SELECT ON TABLES TO reporting;
ALTER DEFAULT PRIVILEGES FOR ROLE app_owner IN SCHEMA app GRANT USAGE ON SEQUENCES TO alice;
ALTER DEFAULT PRIVILEGES FOR ROLE alice REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE reporting GRANT SELECT ON TABLES TO alice;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO reporting;

-- Publication (WARNINGs about wal_level are expected and harmless) ---------------------------
CREATE PUBLICATION corpus_pub FOR TABLE app.orders, app.customers (id, email)
    WITH (publish = 'insert, update');
CREATE PUBLICATION corpus_schema_pub FOR TABLES IN SCHEMA reporting;

-- Event trigger (superuser only); a no-op so it does not disturb restores.
CREATE FUNCTION public.corpus_ddl_noop() RETURNS event_trigger
LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER corpus_ddl ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION public.corpus_ddl_noop();
COMMENT ON EVENT TRIGGER corpus_ddl IS 'No-op';

COMMENT ON TABLE app.audit_log IS 'Always empty';
COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language (comment changed by the corpus)';
