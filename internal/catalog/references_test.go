package catalog

import (
	"context"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

func TestInspectWithReferences(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	testdb.Exec(t, url, `
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA auth;
CREATE TYPE auth.factor AS ENUM ('totp', 'webauthn');
CREATE TABLE auth.users (id uuid PRIMARY KEY, factor auth.factor);
CREATE TABLE public.c (id integer PRIMARY KEY);
CREATE TABLE public.b (id integer PRIMARY KEY, c_id integer REFERENCES public.c);
CREATE TABLE public.a (id integer PRIMARY KEY, b_id integer REFERENCES public.b, user_id uuid REFERENCES auth.users);
CREATE TABLE public.lookup (code text PRIMARY KEY);
ALTER EXTENSION citext ADD TABLE public.lookup;
CREATE TABLE public.uses_lookup (code text REFERENCES public.lookup);
CREATE TABLE public.unrelated (id integer);
`)
	conn := testdb.Connect(t, url)
	ctx := context.Background()

	realm, added, err := InspectWithReferences(ctx, conn, Options{Tables: []string{"a"}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := summarize(realm), "schema auth: enum factor, table users; schema public: table a, table b, table c"; got != want {
		t.Fatalf("realm:\n got %s\nwant %s", got, want)
	}
	if got, want := strings.Join(added, " "), "auth.users public.b public.c"; got != want {
		t.Fatalf("added %q, want %q", got, want)
	}
	requireRoundTrip(t, realm)

	// A reference to a table Inspect never reads stays dangling, and the
	// search ends.
	realm, added, err = InspectWithReferences(ctx, conn, Options{Tables: []string{"uses_lookup"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != 0 || strings.Join(MissingReferences(realm), " ") != "public.lookup" {
		t.Fatalf("added %v, missing %v", added, MissingReferences(realm))
	}

	// Nothing to add when the selection is closed.
	_, added, err = InspectWithReferences(ctx, conn, Options{Schemas: []string{"auth"}})
	if err != nil || len(added) != 0 {
		t.Fatalf("added %v, err %v", added, err)
	}
}
