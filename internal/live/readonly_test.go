package live

import (
	"context"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestCompareNeverChangesTheDatabase: expression text that tries to end
// the comparison's transaction (a smuggled COMMIT) never reaches the
// server as more than one statement, whatever the connection's exec mode:
// the comparison fails, the victim table and its row survive, and the
// declared table was not created. The loader rejects such text first
// (README, "Security model"); this is the comparison's own guarantee, for models that did
// not come through the loader (a state file, the migrations table).
func TestCompareNeverChangesTheDatabase(t *testing.T) {
	url := testdb.New(t)
	testdb.Exec(t, url, `CREATE TABLE victim (id int); INSERT INTO victim VALUES (1)`)
	payloads := map[string]func(*models.Table){
		"check": func(t *models.Table) {
			t.Checks = []*models.Check{{Name: "c1", Expr: "true); COMMIT; DROP TABLE victim; --"}}
		},
		"default": func(t *models.Table) {
			t.Columns[0].Default = "1; COMMIT; DROP TABLE victim; --"
		},
		"where": func(t *models.Table) {
			t.Indexes = []*models.Index{{Name: "i1", Parts: []models.IndexPart{{Column: "id"}}, Where: "true); COMMIT; DROP TABLE victim; --"}}
		},
		"policy": func(t *models.Table) {
			t.RowSecurity.Enabled = true
			t.Policies = []*models.Policy{{Name: "p1", Using: "true); COMMIT; DROP TABLE victim; --"}}
		},
	}
	testdb.EachExecMode(t, url, func(t *testing.T, modeURL string) {
		for name, smuggle := range payloads {
			t.Run(name, func(t *testing.T) {
				ctx := testContext(t)
				conn := testdb.Connect(t, modeURL)
				table := &models.Table{Schema: "public", Name: "declared", Columns: []*models.Column{{Name: "id", Type: models.Type{Name: "integer"}}}}
				smuggle(table)
				desired := (&models.Realm{Schemas: []*models.Schema{{Name: "public", Tables: []*models.Table{table}}}}).Normalize()
				if _, err := Plan(ctx, conn, desired, nil, Options{MigrationsTable: "public.migrations"}); err == nil {
					t.Fatal("planning a smuggled statement succeeded")
				}
				requireUntouched(t, ctx, modeURL)
			})
		}
	})
}

// requireUntouched checks that victim still holds its row and that no
// declared table was left behind.
func requireUntouched(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	conn := testdb.Connect(t, url)
	var rows int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM victim").Scan(&rows); err != nil || rows != 1 {
		t.Fatalf("victim: %d rows, err %v; want its one row", rows, err)
	}
	var declared bool
	if err := conn.QueryRow(ctx, "SELECT to_regclass('public.declared') IS NOT NULL").Scan(&declared); err != nil || declared {
		t.Fatalf("the declared table exists after a plan (err %v)", err)
	}
}
