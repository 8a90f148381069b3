package codegen

import (
	"bytes"
	"flag"
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
