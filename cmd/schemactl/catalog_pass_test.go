package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/testdb"
)

// readCounter counts what a command sends: every query, and the reads of
// the live catalog (a catalog.Inspect batch over the managed schemas, not
// over the scratch copies that render expressions).
type readCounter struct {
	mu             sync.Mutex
	queries        int
	catalogPasses  int
	renderReadings int
	renderQueries  int // the queries of those readings
}

func (c *readCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	c.mu.Lock()
	c.queries++
	c.mu.Unlock()
	return ctx
}

func (c *readCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

func (c *readCounter) TraceBatchStart(ctx context.Context, _ *pgx.Conn, data pgx.TraceBatchStartData) context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	qs := data.Batch.QueuedQueries
	c.queries += len(qs)
	// catalog.Inspect starts by selecting its tables into a setting, with
	// the schemas it reads as first argument.
	if len(qs) > 0 && strings.Contains(qs[0].SQL, "set_config('schemactl.inspect_tables'") {
		if schemas, ok := qs[0].Arguments[0].([]string); ok && len(schemas) > 0 && strings.HasPrefix(schemas[0], "schemactl_scratch_") {
			c.renderReadings++
			c.renderQueries += len(qs)
		} else {
			c.catalogPasses++
		}
	}
	return ctx
}

func (c *readCounter) TraceBatchQuery(context.Context, *pgx.Conn, pgx.TraceBatchQueryData) {}
func (c *readCounter) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData)     {}

// runCounted runs the CLI with a tracer on its connections.
func runCounted(t *testing.T, url string, args ...string) (int, string, *readCounter) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	counter := &readCounter{}
	env := &Env{Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string { return map[string]string{"DATABASE_URL": url}[k] }, Tracer: counter}
	code := run(ctx, args, env)
	return code, stdout.String() + stderr.String(), counter
}

// TestALivePlanReadsTheCatalogOnce: `plan --database-url` reads the live
// catalog in one pass whether or not files are pending and the schema
// drifted: the plan and the drift come from the same read. With nothing
// pending it sends as many queries with drift as without; a pending
// change adds only the rendering of the changed table's expressions.
func TestALivePlanReadsTheCatalogOnce(t *testing.T) {
	url := testdb.New(t)
	dir := copyMigrations(t, "../../migrations")
	if code, out, errOut := runApplyCLI(t, url, "apply", "--migrations", dir); code != exitOK {
		t.Fatalf("apply: %d\n%s%s", code, out, errOut)
	}
	args := []string{"plan", "--schema", "../../schema", "--migrations", dir, "--allow-destroy"}
	code, out, steady := runCounted(t, url, args...)
	if code != exitOK || !strings.Contains(out, "No changes.") {
		t.Fatalf("plan: %d\n%s", code, out)
	}

	testdb.Exec(t, url, `ALTER TABLE public.alert_events ADD COLUMN by_hand int`)
	code, out, drifted := runCounted(t, url, args...)
	if code != exitOK || !strings.Contains(out, "drifted") {
		t.Fatalf("plan with drift: %d\n%s", code, out)
	}
	testdb.Exec(t, url, `ALTER TABLE public.alert_events DROP COLUMN by_hand`)

	schema := t.TempDir()
	src, err := os.ReadFile("../../schema/monitoring.hcl")
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(src), `"status IN ('active', 'acknowledged', 'resolved')"`, `"status IN ('active', 'acknowledged', 'resolved', 'muted')"`, 1)
	if changed == string(src) {
		t.Fatal("the monitoring schema no longer has the check this test changes")
	}
	if err := os.WriteFile(filepath.Join(schema, "monitoring.hcl"), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runCLI(t, nil, "plan", "--schema", schema, "--migrations", dir, "--write", "mute"); code != exitOK {
		t.Fatalf("plan --write: %d\n%s%s", code, out, errOut)
	}
	code, out, pending := runCounted(t, url, "plan", "--schema", schema, "--migrations", dir)
	if code != exitOK || !strings.Contains(out, "not applied yet") {
		t.Fatalf("plan with a pending file: %d\n%s", code, out)
	}

	for name, c := range map[string]*readCounter{"steady": steady, "drift": drifted, "pending": pending} {
		if c.catalogPasses != 1 {
			t.Errorf("%s: %d reads of the live catalog, want 1", name, c.catalogPasses)
		}
	}
	if steady.renderReadings != 0 || drifted.renderReadings != 0 {
		t.Errorf("renderings read back: %d steady, %d with drift; want none: the recorded renderings serve", steady.renderReadings, drifted.renderReadings)
	}
	if steady.queries != drifted.queries {
		t.Errorf("%d queries without drift, %d with: want as many", steady.queries, drifted.queries)
	}
	// The rendering: its statements (over the extended protocol, not
	// traced here) in a savepoint and its rollback, and the reading back.
	if rendering := pending.renderQueries + 2; pending.renderReadings != 1 || pending.queries-rendering != steady.queries {
		t.Errorf("with a pending change: %d queries, %d of them reading back %d rendering(s); want %d and one rendering",
			pending.queries, pending.renderQueries, pending.renderReadings, steady.queries)
	}
}
