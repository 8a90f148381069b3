package live

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/plan"
)

// ServerLocks reads the settings that size the server's shared lock
// table, so that `plan --write` cuts a migration into transactions the
// server can hold (plan.LockBudget).
func ServerLocks(ctx context.Context, db interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}) (plan.ServerLocks, error) {
	var s plan.ServerLocks
	err := db.QueryRow(ctx, `SELECT current_setting('max_locks_per_transaction')::int,
		current_setting('max_connections')::int, current_setting('max_prepared_transactions')::int`).
		Scan(&s.MaxLocksPerTransaction, &s.MaxConnections, &s.MaxPreparedTransactions)
	if err != nil {
		return s, fmt.Errorf("reading the size of the server's lock table: %w", err)
	}
	return s, nil
}
