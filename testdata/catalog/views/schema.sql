-- Views: options, a check option, a comment, views stacked on views, a
-- view in another schema reading this one's, an enum column, and one
-- reading with *.
CREATE TYPE order_status AS ENUM ('open', 'held', 'paid');
CREATE TABLE orders (
    id integer NOT NULL PRIMARY KEY,
    customer text NOT NULL,
    amount numeric(12, 2) NOT NULL,
    status order_status NOT NULL
);
CREATE VIEW open_orders WITH (security_barrier = true) AS
    SELECT id, customer, amount FROM orders WHERE status = 'open'
    WITH CASCADED CHECK OPTION;
COMMENT ON VIEW open_orders IS 'Orders still open';
CREATE VIEW big_open_orders WITH (security_invoker = true) AS
    SELECT id, amount FROM open_orders WHERE amount > 100 WITH LOCAL CHECK OPTION;
CREATE VIEW order_statuses AS SELECT * FROM orders;
CREATE VIEW customer_totals AS
    SELECT customer, sum(amount) AS total, count(*) AS n FROM orders GROUP BY customer;
CREATE SCHEMA reporting;
CREATE VIEW reporting."Top Customers" AS
    SELECT customer FROM public.customer_totals ORDER BY total DESC LIMIT 10;
CREATE VIEW constants AS VALUES (1, 'one'), (2, 'two');
