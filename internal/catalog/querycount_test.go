package catalog

import (
	"context"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/testdb"
)

// countingTracer counts what a connection sends: plain queries, batches
// and the queries inside batches.
type countingTracer struct {
	mu           sync.Mutex
	queries      int
	batches      int
	batchQueries int
}

func (c *countingTracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.queries++
	return ctx
}

func (c *countingTracer) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

func (c *countingTracer) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.batches++
	return ctx
}

func (c *countingTracer) TraceBatchQuery(context.Context, *pgx.Conn, pgx.TraceBatchQueryData) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.batchQueries++
}

func (c *countingTracer) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData) {}

// TestQueryCountDoesNotGrowWithTables inspects a database of 5 tables and
// one of 200 and requires the same traffic: one batch of the same number
// of queries, and no other query.
func TestQueryCountDoesNotGrowWithTables(t *testing.T) {
	t.Parallel()
	type counts struct{ queries, batches, batchQueries, tables int }
	measure := func(n int) counts {
		url := testdb.New(t)
		testdb.Exec(t, url, generatedSchemaSQL(n))
		cfg, err := pgx.ParseConfig(url)
		if err != nil {
			t.Fatal(err)
		}
		tracer := &countingTracer{}
		cfg.Tracer = tracer
		ctx := context.Background()
		conn, err := pgx.ConnectConfig(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		realm, err := Inspect(ctx, conn, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(realm.Tables()); got != n {
			t.Fatalf("inspected %d tables, want %d", got, n)
		}
		for _, tb := range realm.Tables() {
			if len(tb.Columns) != 10 || len(tb.Indexes) != 2 || len(tb.Policies) != 1 || tb.PrimaryKey == nil {
				t.Fatalf("table %s read incompletely: %d columns, %d indexes, %d policies", tb.Name, len(tb.Columns), len(tb.Indexes), len(tb.Policies))
			}
		}
		return counts{tracer.queries, tracer.batches, tracer.batchQueries, n}
	}
	small, large := measure(5), measure(200)
	t.Logf("5 tables: %+v; 200 tables: %+v", small, large)
	if small.queries != 0 || small.batches != 1 {
		t.Errorf("5 tables: %d queries and %d batches, want 0 queries outside one batch", small.queries, small.batches)
	}
	if small.queries != large.queries || small.batches != large.batches || small.batchQueries != large.batchQueries {
		t.Errorf("traffic grows with tables: 5 tables %+v, 200 tables %+v", small, large)
	}
}
