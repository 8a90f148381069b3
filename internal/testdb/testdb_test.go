package testdb

import (
	"context"
	"strings"
	"testing"
)

func TestNewGivesAnEmptyDatabaseWithRolesAndDropsIt(t *testing.T) {
	var name string
	t.Run("inner", func(t *testing.T) {
		url := New(t)
		conn := Connect(t, url)
		ctx := context.Background()
		if err := conn.QueryRow(ctx, "SELECT current_database()").Scan(&name); err != nil {
			t.Fatal(err)
		}
		var tables int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&tables); err != nil {
			t.Fatal(err)
		}
		if tables != 0 {
			t.Fatalf("fresh database has %d tables", tables)
		}
		var roles int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_roles WHERE rolname = ANY($1)", Roles).Scan(&roles); err != nil {
			t.Fatal(err)
		}
		if roles != len(Roles) {
			t.Fatalf("found %d of the %d roles", roles, len(Roles))
		}
		Exec(t, url, "CREATE TABLE x (id int); INSERT INTO x VALUES (1)")
	})
	conn := Connect(t, ServerURL())
	var exists bool
	if err := conn.QueryRow(context.Background(), "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		t.Fatal(err)
	}
	if name == "" || exists {
		t.Fatalf("database %q was not dropped (exists=%v)", name, exists)
	}
}

func TestEachExecModeConnectsInThatMode(t *testing.T) {
	url := New(t)
	var seen []string
	EachExecMode(t, url, func(t *testing.T, modeURL string) {
		conn := Connect(t, modeURL)
		mode := conn.Config().DefaultQueryExecMode.String()
		seen = append(seen, mode)
		var one int
		if err := conn.QueryRow(context.Background(), "SELECT $1::int", 1).Scan(&one); err != nil || one != 1 {
			t.Fatalf("query in mode %s: %v (%d)", mode, err, one)
		}
	})
	if len(seen) != len(ExecModes) {
		t.Fatalf("ran %d modes, want %d", len(seen), len(ExecModes))
	}
	for i, m := range ExecModes {
		if want := strings.ReplaceAll(m, "_", " "); seen[i] != want {
			t.Errorf("mode %d: connection used %q, want %q", i, seen[i], want)
		}
	}
}
