CREATE TABLE public.their_events (id integer NOT NULL, order_id integer);
