package live

import (
	"context"
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/session"
)

// ExpressionError is a desired expression (CHECK, default, index or policy)
// that the server rejects, for instance because it names a missing column.
type ExpressionError struct {
	Object string // "check alert_events_status_check on table public.alert_events"
	SQL    string
	Err    error
}

func (e *ExpressionError) Error() string {
	return fmt.Sprintf("%s is not valid: %v", e.Object, e.Err)
}

func (e *ExpressionError) Unwrap() error { return e.Err }

// timeoutError turns a lock or statement timeout into a
// *session.TimeoutError naming the sessions holding locks on the managed
// tables; other errors pass through. The failed transaction tx is rolled
// back first so that db can be asked; the holders are best effort.
func timeoutError(ctx context.Context, db DB, tx interface{ Rollback(context.Context) error }, managed []*models.Realm, bounds session.Bounds, err error) error {
	lock := session.IsLockTimeout(err)
	if !lock && !session.IsStatementTimeout(err) {
		return err
	}
	te := &session.TimeoutError{Doing: "reading the managed schema", Lock: lock, Err: err,
		Hint: "Nothing was changed; try again once that transaction ends, or raise --lock-timeout"}
	if lock {
		te.Waited = bounds.LockTimeout
	} else {
		te.Waited = bounds.StatementTimeout
		te.Hint = "Nothing was changed; raise --statement-timeout, or look for an expression that is costly to evaluate"
		return te
	}
	if tx.Rollback(ctx) != nil {
		return te
	}
	probe, perr := db.Begin(ctx)
	if perr != nil {
		return te
	}
	defer func() { _ = probe.Rollback(context.WithoutCancel(ctx)) }()
	var names []string
	for _, r := range managed {
		for _, t := range r.Tables() {
			names = append(names, t.Schema+"."+t.Name)
		}
	}
	te.Holders, _ = session.RelationHolders(ctx, probe, names, 5)
	return te
}
