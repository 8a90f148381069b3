-- A hand-written schema in the style of a real multi-tenant SaaS
-- application, as a team would have built it with plain SQL migrations
-- before adopting schemactl.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled', 'refunded');
CREATE TYPE member_role AS ENUM ('owner', 'admin', 'member', 'viewer');

CREATE TABLE organizations (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    slug varchar(64) NOT NULL UNIQUE,
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE organizations IS 'Tenants: every row below belongs to one';

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    org_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email varchar(320) NOT NULL,
    display_name varchar(120),
    role member_role NOT NULL DEFAULT 'member',
    tags text[] NOT NULL DEFAULT '{}',
    email_verified boolean NOT NULL DEFAULT false,
    last_login_at timestamptz,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_format CHECK (position('@' in email) > 1)
);
CREATE UNIQUE INDEX users_org_email_key ON users (org_id, lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX users_last_login_idx ON users (last_login_at DESC NULLS LAST);
CREATE INDEX users_tags_idx ON users USING gin (tags);

CREATE TABLE products (
    org_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    sku varchar(40) NOT NULL,
    title text NOT NULL,
    price numeric(12,2) NOT NULL DEFAULT 0,
    currency char(3) NOT NULL DEFAULT 'EUR',
    attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
    stock integer NOT NULL DEFAULT 0,
    discontinued boolean NOT NULL DEFAULT false,
    PRIMARY KEY (org_id, sku),
    CHECK (price >= 0),
    CONSTRAINT products_stock_check CHECK (stock >= 0)
);
CREATE INDEX products_attributes_idx ON products USING gin (attributes jsonb_path_ops);
CREATE INDEX products_title_search_idx ON products USING gin (to_tsvector('english'::regconfig, title));
CREATE INDEX products_available_idx ON products (org_id, price) INCLUDE (title) WHERE NOT discontinued AND stock > 0;

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    org_id integer NOT NULL,
    customer_id bigint REFERENCES users (id) ON DELETE SET NULL,
    public_id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    status order_status NOT NULL DEFAULT 'pending',
    total numeric(12,2) NOT NULL DEFAULT 0,
    notes text,
    shipping_address jsonb,
    placed_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (org_id) REFERENCES organizations (id) ON DELETE RESTRICT
);
CREATE INDEX orders_org_status_idx ON orders (org_id, status, placed_at DESC);
CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status IN ('pending', 'paid');

CREATE TABLE order_items (
    order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no smallint NOT NULL,
    org_id integer NOT NULL,
    sku varchar(40) NOT NULL,
    quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price numeric(12,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_items_product_fkey FOREIGN KEY (org_id, sku)
        REFERENCES products (org_id, sku) ON UPDATE CASCADE ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    actor_id bigint REFERENCES users (id) ON DELETE SET NULL,
    action varchar(64) NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    ip inet,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_org_at_idx ON audit_log USING brin (at);

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE orders FORCE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY users_same_org ON users FOR SELECT TO authenticated
    USING (org_id = current_setting('app.org_id')::integer);
CREATE POLICY users_self_update ON users FOR UPDATE TO authenticated
    USING (id = current_setting('app.user_id')::bigint)
    WITH CHECK (id = current_setting('app.user_id')::bigint AND deleted_at IS NULL);
CREATE POLICY users_service ON users TO service_role USING (true) WITH CHECK (true);
CREATE POLICY orders_tenant ON orders AS RESTRICTIVE TO authenticated, anon
    USING (org_id = current_setting('app.org_id', true)::integer);
CREATE POLICY orders_read ON orders FOR SELECT TO authenticated USING (true);
CREATE POLICY orders_write ON orders FOR INSERT TO authenticated WITH CHECK (status = 'pending');
CREATE POLICY orders_service ON orders TO service_role USING (true);
CREATE POLICY audit_log_insert_only ON audit_log FOR INSERT TO authenticated, service_role WITH CHECK (true);
