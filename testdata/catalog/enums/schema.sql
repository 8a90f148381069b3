CREATE SCHEMA billing;
CREATE TYPE alert_severity AS ENUM ('info', 'warning', 'critical');
CREATE TYPE billing.plan AS ENUM ('free', 'pro', 'enterprise');
CREATE TYPE "Mood" AS ENUM ('sad', 'ok', 'happy', 'it''s complicated');
CREATE TYPE unused_enum AS ENUM ('only');
ALTER TYPE alert_severity ADD VALUE 'debug' BEFORE 'info';
CREATE TABLE alert_events (
    id bigint NOT NULL,
    severity alert_severity NOT NULL DEFAULT 'info'::alert_severity,
    history alert_severity[] NOT NULL DEFAULT '{}'::alert_severity[],
    mood "Mood",
    plan billing.plan NOT NULL DEFAULT 'free'::billing.plan,
    plans billing.plan[]
);
CREATE TABLE billing.accounts (
    id bigint NOT NULL,
    plan billing.plan NOT NULL,
    severity alert_severity
);
