INSERT INTO orders VALUES (1, 'ann', 5000, 'open'), (2, 'bob', 10, 'paid');
REFRESH MATERIALIZED VIEW customer_totals;
