CREATE VIEW order_ids AS SELECT id FROM orders;
