package sqllex

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The rule this file enforces: no code outside this package scans SQL by
// hand. A hand-written scanner shows itself by comparing bytes or runes
// with SQL's quote characters, or by searching text for SQL's quote,
// comment or dollar-quote markers with the strings and bytes functions.
//
// Two markers SQL shares with HCL: the double quote and /* */ comments.
// The HCL front end (package hclschema) scans HCL source, which it holds
// as []byte, while SQL text is held as string everywhere; so those two
// markers are allowed in a function that takes a []byte or is a method of
// a type holding one. The single quote, "--" and "$$" belong to SQL alone
// and are refused everywhere.

// notSQL are the packages ("internal/x") and functions ("internal/x.f")
// that scan text which is not SQL but shares SQL's quotes, with what that
// text is. Every entry must still match a hand scan.
var notSQL = map[string]string{
	"internal/dbconn":             "libpq key/value connection strings (password='...')",
	"internal/codegen.arrayElems": `PostgreSQL's array input syntax ({a,"b c"}), the value of a literal`,
}

// searchFuncs are the strings and bytes functions that look for a marker.
var searchFuncs = map[string]bool{
	"Contains": true, "ContainsAny": true, "ContainsRune": true, "Count": true,
	"Cut": true, "CutPrefix": true, "CutSuffix": true, "HasPrefix": true, "HasSuffix": true,
	"Index": true, "IndexAny": true, "IndexByte": true, "IndexRune": true,
	"LastIndex": true, "LastIndexAny": true, "LastIndexByte": true,
	"Split": true, "SplitN": true, "SplitAfter": true, "SplitAfterN": true, "SplitSeq": true,
	"Trim": true, "TrimLeft": true, "TrimRight": true, "TrimPrefix": true, "TrimSuffix": true,
	"EqualFold": true, "Fields": true,
}

func TestNoHandWrittenSQLScanning(t *testing.T) {
	root := moduleRoot(t)
	var found []string
	used := map[string]bool{}
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		name := d.Name()
		if rel != "." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") {
			return filepath.SkipDir
		}
		if rel == "internal/sqllex" {
			return nil
		}
		files, err := parseDir(path)
		if err != nil {
			return err
		}
		checked += len(files)
		found = append(found, handScans(files, rel, used)...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("checked only %d files under %s: is the walk broken?", checked, root)
	}
	for _, f := range found {
		t.Errorf("%s: scan SQL with package sqllex instead", f)
	}
	for key := range notSQL {
		if !used[key] {
			t.Errorf("notSQL[%q] matches no hand scan any more: remove it", key)
		}
	}
}

// The checker finds each kind of hand scan, and leaves HCL scanners and
// SQL written (not scanned) alone.
func TestHandScanCheckerFlags(t *testing.T) {
	src := `package p

import ("bytes"; "strings")

func quotes(s string) {
	_ = s[0] == '\''
	_ = s[1] != '"'
	switch s[2] { case ';', '\'': }
	_ = strings.IndexByte(s, '"')
	_ = strings.ContainsRune(s, '\'')
}

func markers(s string) {
	_ = strings.HasPrefix(s, "--")
	_ = strings.Index(s, "/*")
	_ = strings.Contains(s, "$$")
	_ = strings.Trim(s, "'")
	_, _, _ = strings.Cut(s, "E'")
}

func sqlInBytes(b []byte) bool { return bytes.HasPrefix(b, []byte("--")) }

type hclScanner struct{ src []byte }

func (p *hclScanner) next() bool { return p.src[0] == '"' || bytes.HasPrefix(p.src, []byte("/*")) }

func hclCuts(src []byte) bool { return src[0] == '"' }

func hclButSQL(src []byte) bool { return src[0] == '\'' }

func writing(name string) string {
	_ = strings.HasPrefix(name, "x")
	return "'" + strings.ReplaceAll(name, "'", "''") + "' -- " + ` + "`\"`" + `
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "sample.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	got := handScans([]parsedFile{{fset: fset, file: f}}, "sample", map[string]bool{})
	wantLines := []int{6, 7, 8, 9, 10, 14, 15, 16, 17, 18, 21, 29}
	var lines []int
	for _, g := range got {
		n, _ := strconv.Atoi(strings.Split(g, ":")[1])
		lines = append(lines, n)
	}
	if fmt.Sprint(lines) != fmt.Sprint(wantLines) {
		t.Fatalf("flagged lines %v, want %v:\n%s", lines, wantLines, strings.Join(got, "\n"))
	}
}

type parsedFile struct {
	fset *token.FileSet
	file *ast.File
}

// parseDir parses the Go files of one directory that are neither tests
// nor generated.
func parseDir(dir string) ([]parsedFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []parsedFile
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, fmt.Errorf("parsing %s: %w", name, err)
		}
		if !ast.IsGenerated(f) {
			out = append(out, parsedFile{fset: fset, file: f})
		}
	}
	return out, nil
}

// handScans returns "file:line: what" for every hand scan of SQL in the
// files of the package pkg (a path from the module root), and marks in
// used the notSQL entries that excuse a hand scan.
func handScans(files []parsedFile, pkg string, used map[string]bool) []string {
	byteHolders := typesHoldingBytes(files)
	var out []string
	for _, pf := range files {
		for _, decl := range pf.file.Decls {
			hcl, key := false, pkg
			if fn, ok := decl.(*ast.FuncDecl); ok {
				hcl = takesBytes(fn.Type) || fn.Recv != nil && byteHolders[receiverType(fn)]
				if notSQL[pkg+"."+fn.Name.Name] != "" {
					key = pkg + "." + fn.Name.Name
				}
			}
			ast.Inspect(decl, func(n ast.Node) bool {
				what := handScan(n, hcl)
				switch {
				case what == "":
				case notSQL[key] != "":
					used[key] = true
				default:
					pos := pf.fset.Position(n.Pos())
					out = append(out, fmt.Sprintf("%s:%d: %s", pos.Filename, pos.Line, what))
				}
				return true
			})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return lineOf(out[i]) < lineOf(out[j]) })
	return out
}

func lineOf(finding string) int {
	n, _ := strconv.Atoi(strings.Split(finding, ":")[1])
	return n
}

// handScan says what hand scan node n is, or "".
func handScan(n ast.Node, hcl bool) string {
	switch n := n.(type) {
	case *ast.BinaryExpr:
		if n.Op != token.EQL && n.Op != token.NEQ {
			return ""
		}
		for _, side := range []ast.Expr{n.X, n.Y} {
			if q := quoteRune(side, hcl); q != "" {
				return "compares with " + q
			}
		}
	case *ast.CaseClause:
		for _, e := range n.List {
			if q := quoteRune(e, hcl); q != "" {
				return "a case of " + q
			}
		}
	case *ast.CallExpr:
		return searchCall(n, hcl)
	}
	return ""
}

// searchCall flags strings.F / bytes.F searching for a SQL marker.
func searchCall(call *ast.CallExpr, hcl bool) string {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || !searchFuncs[sel.Sel.Name] {
		return ""
	}
	if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "strings" && pkg.Name != "bytes" {
		return ""
	}
	for _, arg := range call.Args[1:] {
		if q := quoteRune(arg, hcl); q != "" {
			return sel.Sel.Name + " looks for " + q
		}
		if m := sqlMarker(stringLit(arg), hcl); m != "" {
			return sel.Sel.Name + " looks for " + m
		}
	}
	return ""
}

// quoteRune names the quote a rune literal e is, or "".
func quoteRune(e ast.Expr, hcl bool) string {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.CHAR {
		return ""
	}
	r, err := strconv.Unquote(lit.Value)
	switch {
	case err != nil:
		return ""
	case r == "'":
		return "the single quote"
	case r == `"` && !hcl:
		return "the double quote"
	}
	return ""
}

// stringLit is the value of a string literal, also inside []byte(...).
func stringLit(e ast.Expr) string {
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if _, conv := call.Fun.(*ast.ArrayType); conv {
			e = call.Args[0]
		}
	}
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return ""
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return ""
	}
	return s
}

// sqlMarker names the SQL marker that s holds, or "".
func sqlMarker(s string, hcl bool) string {
	for _, m := range []string{"'", "--", "$$"} {
		if strings.Contains(s, m) {
			return strconv.Quote(m)
		}
	}
	if hcl {
		return ""
	}
	for _, m := range []string{`"`, "/*", "*/"} {
		if strings.Contains(s, m) {
			return strconv.Quote(m)
		}
	}
	return ""
}

// typesHoldingBytes returns the struct types of the package with a
// []byte field.
func typesHoldingBytes(files []parsedFile) map[string]bool {
	out := map[string]bool{}
	for _, pf := range files {
		ast.Inspect(pf.file, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			if st, ok := ts.Type.(*ast.StructType); ok {
				for _, f := range st.Fields.List {
					if isByteSlice(f.Type) {
						out[ts.Name.Name] = true
					}
				}
			}
			return false
		})
	}
	return out
}

func takesBytes(ft *ast.FuncType) bool {
	for _, p := range ft.Params.List {
		if isByteSlice(p.Type) {
			return true
		}
	}
	return false
}

func receiverType(fn *ast.FuncDecl) string {
	t := fn.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

func isByteSlice(e ast.Expr) bool {
	at, ok := e.(*ast.ArrayType)
	if !ok || at.Len != nil {
		return false
	}
	id, ok := at.Elt.(*ast.Ident)
	return ok && id.Name == "byte"
}

// moduleRoot is the directory holding go.mod, above this package.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatalf("no go.mod at %s: %v", dir, err)
	}
	return dir
}
