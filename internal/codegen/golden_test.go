package codegen

import (
	"bytes"
	"flag"
	"reflect"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/codegen/codegentest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGoldenAllTypes compares the generated fixture package, which is
// committed under fixtures/alltypes and compiled (and tested against a
// real database) as part of the module, with what Generate produces now.
func TestGoldenAllTypes(t *testing.T) {
	const dir = "fixtures/alltypes"
	files, err := Generate(codegentest.AllTypes(), Options{Package: "alltypes"})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if *update {
		if _, err := WriteDir(dir, files); err != nil {
			t.Fatal(err)
		}
	}
	diffs, err := CheckDir(codegentest.AllTypes(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(diffs) > 0 {
		t.Fatalf("%s is out of date (run go test ./internal/codegen -run TestGoldenAllTypes -update):\n%s", dir, strings.Join(diffs, "\n"))
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, err := Generate(codegentest.AllTypes(), Options{Package: "alltypes"})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		b, err := Generate(codegentest.AllTypes(), Options{Package: "alltypes"})
		if err != nil {
			t.Fatal(err)
		}
		if len(a) != len(b) {
			t.Fatalf("run %d: %d files, first run %d", i, len(b), len(a))
		}
		for name, src := range a {
			if !bytes.Equal(src, b[name]) {
				t.Fatalf("run %d: %s differs", i, name)
			}
		}
	}
	for name, src := range a {
		if !bytes.HasPrefix(src, []byte(Header+"\n")) {
			t.Errorf("%s does not start with the generated-code header", name)
		}
	}
}

// overridesOptions are the options the overrides fixture is generated
// with; its db.go records them, so CheckDir needs no telling.
func overridesOptions() Options {
	return Options{
		Package:   "overrides",
		NoFinders: true,
		Types:     map[string]string{"uuid": "string"},
		Columns: map[string]string{
			"documents.doc":         codegentest.OverridesPackage + ".Doc",
			"public.documents.meta": codegentest.OverridesPackage + ".Meta",
		},
	}
}

func TestGoldenOverrides(t *testing.T) {
	const dir = "fixtures/overrides"
	files, err := Generate(codegentest.Overrides(), overridesOptions())
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if *update {
		if _, err := WriteDir(dir, files); err != nil {
			t.Fatal(err)
		}
	}
	diffs, err := CheckDir(codegentest.Overrides(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(diffs) > 0 {
		t.Fatalf("%s is out of date (run go test ./internal/codegen -run TestGoldenOverrides -update):\n%s", dir, strings.Join(diffs, "\n"))
	}
	got, err := OptionsForDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, overridesOptions()) {
		t.Fatalf("options recorded in %s: %+v, want %+v", dir, got, overridesOptions())
	}
	src := string(files["documents.go"])
	for _, want := range []string{"Doc custom.Doc", "Meta *custom.Meta", "ID string", "Owner *string", "Readers []string", `"` + codegentest.OverridesPackage + `"`} {
		if !strings.Contains(strings.Join(strings.Fields(src), " "), want) {
			t.Errorf("documents.go lacks %q", want)
		}
	}
	if strings.Contains(src, "func List") || strings.Contains(src, "Before(") {
		t.Error("--no-finders: documents.go has finders")
	}
}

func TestOptionErrors(t *testing.T) {
	for _, c := range []struct {
		opts Options
		want string
	}{
		{Options{Package: "x", Columns: map[string]string{"documents.nope": "string"}}, `no column "nope"`},
		{Options{Package: "x", Columns: map[string]string{"nope.doc": "string"}}, `no table "nope"`},
		{Options{Package: "x", Columns: map[string]string{"doc": "string"}}, "want table.column"},
		{Options{Package: "x", Types: map[string]string{"uuid": "github.com/x/y.lower"}}, "not an exported identifier"},
		{Options{Package: "x", Types: map[string]string{"uuid": "Thing"}}, "want import/path.TypeName"},
		{Options{Package: "x", Types: map[string]string{"uuid": `a"b.T`}}, "not an import path"},
	} {
		_, err := Generate(codegentest.Overrides(), c.opts)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want %q", c.opts, err, c.want)
		}
	}
}

// TestGoldenBuiltins: the fixture package of the built-in types mapped
// to pgx's types, compiled and tested against PostgreSQL in
// fixtures/builtins.
func TestGoldenBuiltins(t *testing.T) {
	const dir = "fixtures/builtins"
	files, err := Generate(codegentest.Builtins(), Options{Package: "builtins"})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if *update {
		if _, err := WriteDir(dir, files); err != nil {
			t.Fatal(err)
		}
	}
	diffs, err := CheckDir(codegentest.Builtins(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(diffs) > 0 {
		t.Fatalf("%s is out of date (run go test ./internal/codegen -run TestGoldenBuiltins -update):\n%s", dir, strings.Join(diffs, "\n"))
	}
}

// TestGoldenDomains: the fixture package of domain and composite-typed
// columns (codegentest.Domains), compiled and tested against PostgreSQL
// in fixtures/domains.
func TestGoldenDomains(t *testing.T) {
	const dir = "fixtures/domains"
	files, err := Generate(codegentest.Domains(), Options{Package: "domains"})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if *update {
		if _, err := WriteDir(dir, files); err != nil {
			t.Fatal(err)
		}
	}
	diffs, err := CheckDir(codegentest.Domains(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(diffs) > 0 {
		t.Fatalf("%s is out of date (run go test ./internal/codegen -run TestGoldenDomains -update):\n%s", dir, strings.Join(diffs, "\n"))
	}
	src := strings.Join(strings.Fields(string(files["orders.go"])), " ")
	for _, want := range []string{"Zip string", "Qty int32", "OtherZips []string", "ShipTo *string",
		"`quantity_positive`, n.Qty.Value", "`postal_code_length`, n.Zip", "- us_postal_code_digits:", "`grade_letter`, n.Grade",
		"- postal_code_length: length(VALUE) >= 5"} {
		if !strings.Contains(src, want) {
			t.Errorf("orders.go lacks %q", want)
		}
	}
}
