CREATE SCHEMA geo;
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE DOMAIN zip5 AS text CHECK (VALUE ~ '^\d{5}$');
CREATE TYPE address AS (street text, city varchar(80), zip zip5, feeling mood, lines text[]);
COMMENT ON TYPE address IS 'A postal address';
CREATE TYPE geo.point2 AS (x double precision, y double precision);
CREATE TYPE geo.route AS (name text, stops geo.point2[], home address);
CREATE TYPE "Odd Pair" AS ("Left" integer, "right side" numeric(10,2), label text COLLATE "POSIX");
CREATE TABLE people (
    id bigint NOT NULL,
    home address,
    previous address[] NOT NULL DEFAULT '{}',
    pair "Odd Pair",
    CONSTRAINT people_pkey PRIMARY KEY (id)
);
CREATE TABLE geo.trips (
    id bigint NOT NULL,
    route geo.route NOT NULL,
    at geo.point2
);
