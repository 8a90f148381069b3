// Package repocheck holds the tests of the repository's own house rules:
// the ones a reviewer would otherwise enforce by eye, and forget.
package repocheck

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The limits of the house rules: a function a reader can hold in one
// screen, a file a reader can hold in one sitting. Tests are held to the
// file limit; a table-driven test may run longer than a function should.
const (
	maxFunctionLines = 80
	maxFileLines     = 600
)

// TestSizeRules fails on a non-test function longer than maxFunctionLines
// and on any Go file longer than maxFileLines. Generated code is exempt:
// its size is the generator's, and the generator is held to the rules.
func TestSizeRules(t *testing.T) {
	t.Parallel()
	for _, name := range goFiles(t) {
		src, err := os.ReadFile(name)
		if err != nil {
			if os.IsNotExist(err) {
				continue // deleted in the work tree, not yet committed
			}
			t.Fatal(err)
		}
		if generated(src) {
			continue
		}
		if n := strings.Count(string(src), "\n"); n > maxFileLines {
			t.Errorf("%s has %d lines (at most %d): split it by what its parts hold", name, n, maxFileLines)
		}
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		for _, fn := range longFunctions(t, name, src) {
			t.Error(fn)
		}
	}
}

// TestNoInitFunctions fails on an init function anywhere outside
// tests: wiring happens in main, where a reader looks for it.
func TestNoInitFunctions(t *testing.T) {
	t.Parallel()
	for _, name := range goFiles(t) {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			if os.IsNotExist(err) {
				continue
			}
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatalf("parsing %s: %v", name, err)
		}
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "init" {
				t.Errorf("%s: func init: wire it explicitly instead", fset.Position(fd.Pos()))
			}
		}
	}
}

// longFunctions lists, as messages, the functions of one file over the
// limit.
func longFunctions(t *testing.T, name string, src []byte) []string {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("parsing %s: %v", name, err)
	}
	var out []string
	for _, decl := range file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		start, end := fset.Position(fd.Pos()), fset.Position(fd.End())
		if n := end.Line - start.Line + 1; n > maxFunctionLines {
			out = append(out, fmt.Sprintf("%s: func %s has %d lines (at most %d): split it by what its steps do", start, fd.Name.Name, n, maxFunctionLines))
		}
	}
	return out
}

// goFiles lists the tracked Go files as absolute paths: what a clean
// checkout holds, not what a developer left lying around.
func goFiles(t *testing.T) []string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("git", "ls-files", "-z", "--", "*.go")
	cmd.Dir = root
	listing, err := cmd.Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	names := strings.Split(strings.TrimRight(string(listing), "\x00"), "\x00")
	if len(names) < 50 {
		t.Fatalf("git ls-files lists only %d Go files", len(names))
	}
	for i, n := range names {
		names[i] = filepath.Join(root, n)
	}
	return names
}

// generated reports whether src carries Go's marker of generated code.
func generated(src []byte) bool {
	for _, line := range strings.SplitN(string(src), "\n", 20) {
		if strings.HasPrefix(line, "// Code generated ") && strings.HasSuffix(strings.TrimSpace(line), " DO NOT EDIT.") {
			return true
		}
	}
	return false
}
