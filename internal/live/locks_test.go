package live

import (
	"testing"

	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

func TestServerLocksReadsTheServerSettings(t *testing.T) {
	ctx := testContext(t)
	conn := testdb.Connect(t, testdb.New(t))
	got, err := ServerLocks(ctx, conn)
	if err != nil {
		t.Fatal(err)
	}
	var want plan.ServerLocks
	err = conn.QueryRow(ctx, `SELECT setting::int FROM pg_settings WHERE name = 'max_locks_per_transaction'`).Scan(&want.MaxLocksPerTransaction)
	if err == nil {
		err = conn.QueryRow(ctx, `SELECT setting::int FROM pg_settings WHERE name = 'max_connections'`).Scan(&want.MaxConnections)
	}
	if err == nil {
		err = conn.QueryRow(ctx, `SELECT setting::int FROM pg_settings WHERE name = 'max_prepared_transactions'`).Scan(&want.MaxPreparedTransactions)
	}
	if err != nil {
		t.Fatal(err)
	}
	if got != want || got.TableSize() <= 0 {
		t.Fatalf("ServerLocks = %+v, pg_settings say %+v", got, want)
	}
}
