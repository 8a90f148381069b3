package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFmtCheckProjectSchema(t *testing.T) {
	status, stdout, stderr := runSchemaCLI(t, "fmt", "--check", "--schema", "../../schema/")
	if status != exitOK || stdout != "" || stderr != "" {
		t.Fatalf("fmt --check schema/: status %d\nstdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}
}

const unformatted = `# keep this comment
schema "public" {
}
table "t"   {
    schema = schema.public
  column "id" { type = integer }   # and this one


  column "name" {
      type = text
     null = true
  }
}
`

const formatted = `# keep this comment
schema "public" {}

table "t" {
  schema = schema.public
  column "id" { type = integer } # and this one

  column "name" {
    type = text
    null = true
  }
}
`

func TestFmtRewritesInPlaceKeepingComments(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.hcl"), filepath.Join(dir, "b.hcl")
	if err := os.WriteFile(a, []byte(unformatted), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(formatted), 0o644); err != nil {
		t.Fatal(err)
	}

	status, stdout, stderr := runSchemaCLI(t, "fmt", "--check", "--schema", dir)
	if status != exitError || stdout != a+"\n" || !strings.Contains(stderr, "1 file(s) not in canonical layout") {
		t.Fatalf("--check: status %d\nstdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}
	if got, _ := os.ReadFile(a); string(got) != unformatted {
		t.Fatal("--check must not write")
	}

	status, stdout, stderr = runSchemaCLI(t, "fmt", "--schema", dir)
	if status != exitOK || stdout != a+"\n" || stderr != "" {
		t.Fatalf("fmt: status %d\nstdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}
	got, _ := os.ReadFile(a)
	if string(got) != formatted {
		t.Fatalf("formatted:\n%s\nwant:\n%s", got, formatted)
	}
	if info, _ := os.Stat(a); info.Mode().Perm() != 0o600 {
		t.Fatalf("mode changed to %v", info.Mode().Perm())
	}
	if status, _, _ := runSchemaCLI(t, "fmt", "--check", "--schema", dir); status != exitOK {
		t.Fatal("fmt is not idempotent")
	}
	if status, _, stderr := runSchemaCLI(t, "validate", "--schema", a); status != exitOK {
		t.Fatalf("formatted file no longer valid:\n%s", stderr)
	}
}

func TestFmtSyntaxErrorWritesNothing(t *testing.T) {
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "a.hcl"), filepath.Join(dir, "b.hcl")
	if err := os.WriteFile(good, []byte(unformatted), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("table \"t\" {\n  schema = \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	status, _, stderr := runSchemaCLI(t, "fmt", "--no-color", "--schema", dir)
	if status != exitError || !strings.Contains(stderr, "on "+bad+" line") {
		t.Fatalf("status %d, stderr:\n%s", status, stderr)
	}
	if got, _ := os.ReadFile(good); string(got) != unformatted {
		t.Fatal("fmt wrote a file although another has a syntax error")
	}
}
