package apply

import (
	"testing"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestAFileCannotCommitHalfOfItself: a migration file holding a COMMIT
// (or any statement that begins, ends or splits a transaction) is refused
// before anything runs, under every exec mode, so a smuggled COMMIT cannot
// commit half a file and drop a table on the way; the victim and its row
// survive, and nothing is recorded.
func TestAFileCannotCommitHalfOfItself(t *testing.T) {
	for _, smuggled := range []string{"COMMIT", "ROLLBACK", "END", "BEGIN", "SAVEPOINT s"} {
		t.Run(smuggled, func(t *testing.T) {
			testdb.EachExecMode(t, testdb.New(t), func(t *testing.T, url string) {
				ctx := testCtx(t)
				testdb.Exec(t, url, `DROP TABLE IF EXISTS victim, made; CREATE TABLE victim (id int); INSERT INTO victim VALUES (1)`)
				d := migrations.NewMemDir()
				writeRaw(t, d, "smuggle", "",
					migrations.Statement{SQL: `CREATE TABLE made (id int)`},
					migrations.Statement{SQL: smuggled},
					migrations.Statement{SQL: `DROP TABLE victim`})
				conn := connect(t, url)
				_, err := Apply(ctx, conn, Options{Dir: d})
				wantErr[*TransactionControlError](t, err, "0001_smuggle.sql, statement 2")
				if !queryBool(t, ctx, conn, `SELECT count(*) = 1 FROM victim`) || queryBool(t, ctx, conn, tableExistsSQL("public.made")) ||
					queryBool(t, ctx, conn, tableExistsSQL("public.migrations")) {
					t.Fatal("the refused file changed the database")
				}
			})
		})
	}
}
