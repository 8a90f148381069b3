package plan

import "github.com/schemactl/schemactl/internal/models"

// Offline plans without a database: the recorded state stands for the live
// catalog (PR review, `plan --check`, and `plan --write`, which writes the
// diff from the state so every environment gets the same file).
//
// PostgreSQL creates the schema "public" in every new database, so while
// the state does not know it yet (the first migration) it is taken as
// existing: the migration does not try to create it, which would need the
// CREATE privilege on the database (checked even for IF NOT EXISTS), and
// the plan does not claim a creation that will not happen.
func Offline(desired, state *models.Realm, opts Options) (*Plan, error) {
	current := realmOrEmpty(state)
	if desired.Schema("public") != nil && current.Schema("public") == nil {
		current = current.Clone()
		current.Schemas = append(current.Schemas, &models.Schema{Name: "public"})
	}
	return Build(current, desired, state, opts)
}
