// Package testdb gives each test its own fresh PostgreSQL database on the
// server named by SCHEMACTL_TEST_DATABASE_URL (README, "The two set-up
// commands"), and drops it when
// the test ends, so tests run in parallel and leave nothing behind.
//
// There is no skipping: a test that asks for a database and cannot get one
// fails, so CI never passes on tests that did not run.
package testdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// EnvURL names the environment variable holding the server address.
const EnvURL = "SCHEMACTL_TEST_DATABASE_URL"

// DefaultURL is used when EnvURL is unset: the local trust-auth server.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// Roles are the roles that policies in tests and fixtures name (Supabase's
// roles); they are created on the server when missing.
var Roles = []string{"anon", "authenticated", "service_role"}

// ServerURL is the address of the test server's maintenance database.
func ServerURL() string {
	if u := os.Getenv(EnvURL); u != "" {
		return u
	}
	return DefaultURL
}

// New creates a fresh, empty database for t, makes sure the Supabase roles
// exist, and returns the database's URL. The database is dropped (with
// FORCE, ending leftover connections) when t ends.
func New(t testing.TB) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	admin, err := pgx.Connect(ctx, ServerURL())
	if err != nil {
		t.Fatalf("testdb: connecting to %s (set %s): %v", redact(ServerURL()), EnvURL, err)
	}
	defer admin.Close(ctx)

	if err := EnsureRoles(ctx, admin); err != nil {
		t.Fatalf("testdb: %v", err)
	}

	name := "schemactl_test_" + randomSuffix()
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()+" STRATEGY FILE_COPY"); err != nil {
		t.Fatalf("testdb: creating database %s: %v", name, err)
	}
	t.Cleanup(func() { drop(t, name) })

	u, err := url.Parse(ServerURL())
	if err != nil {
		t.Fatalf("testdb: parsing %s: %v", EnvURL, err)
	}
	u.Path = "/" + name
	return u.String()
}

// EnsureRoles creates the roles in Roles that do not exist yet. Roles are
// cluster-wide, so parallel tests race to create them; losing the race is
// fine.
func EnsureRoles(ctx context.Context, conn *pgx.Conn) error {
	for _, role := range Roles {
		var exists bool
		if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)", role).Scan(&exists); err != nil {
			return fmt.Errorf("checking role %s: %w", role, err)
		}
		if exists {
			continue
		}
		_, err := conn.Exec(ctx, "CREATE ROLE "+pgx.Identifier{role}.Sanitize()+" NOLOGIN")
		var pgErr *pgconn.PgError
		if err != nil && !(errors.As(err, &pgErr) && (pgErr.Code == "42710" || pgErr.Code == "23505")) {
			return fmt.Errorf("creating role %s: %w", role, err)
		}
	}
	return nil
}

// Exec runs sql (any number of statements) on the database at dbURL.
func Exec(t testing.TB, dbURL, sql string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatalf("testdb: connecting: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("testdb: executing SQL: %v\n%s", err, sql)
	}
}

// Connect opens a connection to dbURL that is closed when t ends.
func Connect(t testing.TB, dbURL string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatalf("testdb: connecting: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func drop(t testing.TB, name string) {
	// A database of 10,000 tables (the scale benchmarks) takes minutes to
	// drop on a loaded server.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	admin, err := pgx.Connect(ctx, ServerURL())
	if err != nil {
		t.Errorf("testdb: connecting to drop %s: %v", name, err)
		return
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		t.Errorf("testdb: dropping database %s: %v", name, err)
	}
}

func randomSuffix() string {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Sprintf("testdb: reading random bytes: %v", err))
	}
	return hex.EncodeToString(b[:])
}

func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparseable URL)"
	}
	return u.Redacted()
}

// ExecModes are the values of pgx's default_query_exec_mode connection
// option. the safety rules (README, "Security model") hold for every one of
// them; simple_protocol matters
// most, since it sends a batch of statements as one query string.
var ExecModes = []string{"cache_statement", "cache_describe", "describe_exec", "exec", "simple_protocol"}

// WithExecMode returns dbURL with its default_query_exec_mode option set
// to mode (one of ExecModes).
func WithExecMode(t testing.TB, dbURL, mode string) string {
	t.Helper()
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatalf("testdb: parsing %s: %v", redact(dbURL), err)
	}
	q := u.Query()
	q.Set("default_query_exec_mode", mode)
	u.RawQuery = q.Encode()
	return u.String()
}

// EachExecMode runs f as a subtest once per pgx exec mode, with dbURL
// carrying that mode.
func EachExecMode(t *testing.T, dbURL string, f func(t *testing.T, dbURL string)) {
	t.Helper()
	for _, mode := range ExecModes {
		t.Run(mode, func(t *testing.T) { f(t, WithExecMode(t, dbURL, mode)) })
	}
}
