CREATE SCHEMA staging;
CREATE SCHEMA "Empty Too";
CREATE TABLE public.kept (
    id integer
);
