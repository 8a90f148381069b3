package codegen

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
)

// A view gets a read-only model: a struct of its columns (nullable: the
// server knows no NOT NULL of a view's column) and a List function, and
// nothing that writes; a materialized view too. A view whose columns are
// unknown (no column blocks, no database) gets none. The package
// compiles.
func TestViewModels(t *testing.T) {
	r, diags := hclschema.Load("../../testdata/catalog/views/schema.hcl")
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	more, diags := hclschema.Load("../../testdata/docs/views.hcl") // no column blocks
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	mv, diags := hclschema.Load("../../testdata/catalog/materialized_views/schema.hcl")
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	r.Schemas[0].Views = append(r.Schemas[0].Views, mv.Schemas[0].Views...)
	r.Schemas[0].Views = append(r.Schemas[0].Views, more.View("public", "big_open_orders"))
	more.View("public", "big_open_orders").Name = "uncolumned"
	files, err := Generate(r, Options{Package: "app"})
	if err != nil {
		t.Fatal(err)
	}
	code := string(files["open_orders.go"])
	for _, want := range []string{
		"type OpenOrder struct {",
		"ID       *int32 ",
		"Customer *string ",
		"func ListOpenOrders(ctx context.Context, db DBTX, limit int) ([]OpenOrder, error)",
		"// Orders still open",
		"`\"public\".\"open_orders\"`",
	} {
		if !strings.Contains(code, want) {
			t.Errorf("open_orders.go lacks %q:\n%s", want, code)
		}
	}
	for _, banned := range []string{"INSERT", "UPDATE", "DELETE", "func Insert", "Validate"} {
		if strings.Contains(code, banned) {
			t.Errorf("open_orders.go writes (%q):\n%s", banned, code)
		}
	}
	if !regexp.MustCompile(`Status\s+\*OrderStatus\w* `).Match(files["order_statuses.go"]) {
		t.Errorf("an enum column of a view is not its enum type:\n%s", files["order_statuses.go"])
	}
	if !strings.Contains(string(files["daily_events.go"]), "func ListDailyEvents(") {
		t.Errorf("no List for the materialized view:\n%s", files["daily_events.go"])
	}
	if _, ok := files["uncolumned.go"]; ok {
		t.Errorf("a view without known columns got a model")
	}
	dir, err := os.MkdirTemp(".", "_views")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if _, err := WriteDir(dir, files); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("go", "vet", "./"+filepath.Base(dir)).CombinedOutput(); err != nil {
		t.Fatalf("generated package does not compile: %v\n%s", err, out)
	}
}
