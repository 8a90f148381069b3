package hclschema

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// wholeParse parses every file in one piece with hclsyntax.ParseConfig.
var wholeParse = parseOptions{chunkSize: 1 << 62, workers: 1}

// tinyChunks cuts at every top-level newline it can, on two goroutines,
// and tries fastParse on each chunk.
var tinyChunks = parseOptions{chunkSize: 1, workers: 2, fast: true}

// assertSameLoad loads files whole and in tiny chunks and requires the same
// realm and byte-identical printed diagnostics.
func assertSameLoad(t *testing.T, files map[string][]byte) {
	t.Helper()
	wantRealm, wantDiags := loadFiles(files, wholeParse)
	gotRealm, gotDiags := loadFiles(files, tinyChunks)
	if want, got := printedFiles(t, wantDiags, files), printedFiles(t, gotDiags, files); got != want {
		t.Fatalf("chunked diagnostics differ:\n--- chunked:\n%s\n--- whole:\n%s", got, want)
	}
	if (wantRealm == nil) != (gotRealm == nil) || (wantRealm != nil && !models.Equal(gotRealm, wantRealm)) {
		t.Fatalf("chunked realm differs: %v", models.Differences(gotRealm, wantRealm))
	}
}

// assertSameBodies requires the chunked parse of each file, where it was
// used, to be the very syntax tree of the whole-file parse.
func assertSameBodies(t *testing.T, files map[string][]byte) {
	t.Helper()
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	tokens, d := checkLimits(files, names)
	if d != nil {
		return // loadFiles never parses it; parsing it here could crash
	}
	whole := parseFiles(files, names, tokens, wholeParse)
	chunked := parseFiles(files, names, tokens, tinyChunks)
	for i, name := range names {
		if !reflect.DeepEqual(chunked[i], whole[i]) {
			t.Fatalf("%s: the chunked syntax tree differs from the whole-file one", name)
		}
	}
}

func fixtureSources(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, dir := range []string{"good", "takeover", "bad", "spec"} {
		for _, path := range fixtureFiles(t, dir) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			out[path] = src
		}
	}
	return out
}

// Every fixture, good or bad, loads alike whole and in chunks; the good
// ones are really cut.
func TestChunkedParseMatchesWholeOnFixtures(t *testing.T) {
	for path, src := range fixtureSources(t) {
		t.Run(filepath.Base(filepath.Dir(path))+"/"+filepath.Base(path), func(t *testing.T) {
			files := map[string][]byte{path: src}
			assertSameLoad(t, files)
			assertSameBodies(t, files)
			if strings.Contains(path, "/good/") && len(topLevelCuts(src, 1)) == 0 {
				t.Fatalf("no cut found in a good fixture")
			}
		})
	}
}

// Many tables with mistakes: decoding them in parallel (and parsing in
// chunks) reports exactly what decoding them in order does.
func TestParallelDecodeMatchesSerial(t *testing.T) {
	src := string(Write(benchRealm(300)))
	for _, bad := range []struct{ from, to string }{
		{`"bench_0010_name_idx"`, `"bench_0011_name_idx"`},                                     // relation name clash
		{"type = jsonb", "type = jsonbb"},                                                      // unknown type, in every table
		{"ref_columns = [table.bench_0100.column.id]", "ref_columns = [table.nope.column.id]"}, // undeclared table
		{`check "bench_0200_amount_check"`, `check "bench_0200_name_check"`},                   // duplicate check
		{"column = column.created_at", "column = column.created"},                              // undeclared column, everywhere
	} {
		if !strings.Contains(src, bad.from) {
			t.Fatalf("the written schema has no %q", bad.from)
		}
		src = strings.Replace(src, bad.from, bad.to, -1)
	}
	files := map[string][]byte{"many.hcl": []byte(src)}
	_, diags := loadFiles(files, defaultParseOptions())
	if len(diags) < 600 {
		t.Fatalf("want the injected mistakes reported, got %d diagnostics", len(diags))
	}
	assertSameLoad(t, files)
}

func TestChunkedParseMatchesWholeOnBenchSchema(t *testing.T) {
	src := Write(benchRealm(50))
	files := map[string][]byte{"bench.hcl": src}
	if n := len(chunks(src, 1)); n < 50 {
		t.Fatalf("50 tables cut into %d chunks", n)
	}
	assertSameLoad(t, files)
	assertSameBodies(t, files)
}

// Sources that exercise the scanner: braces, brackets and newlines inside
// strings, templates, heredocs and comments must not be cut, and sources
// with errors keep the whole-file diagnostics.
func TestChunkedParseTrickySources(t *testing.T) {
	sources := map[string]string{
		"braces in strings":          "schema \"public\" {}\n\ntable \"t\" {\n  schema = schema.public\n  comment = \"}\\n\\\"{ [ (\"\n  column \"a\" { type = text }\n}\n\ntable \"u\" {\n  schema = schema.public\n  column \"b\" { type = text }\n}\n",
		"templates":                  "schema \"public\" {}\n\ntable \"t\" {\n  schema = schema.public\n  comment = \"${\"}\"}\\n%{ if true }}\n{%{ endif } $${ %%{\"\n  column \"a\" { type = text }\n}\n",
		"heredoc":                    "schema \"public\" {}\n\ntable \"t\" {\n  schema  = schema.public\n  comment = <<-EOT\n  }\n}\ntable \"x\" {\n  EOT\n  column \"a\" { type = text }\n}\nschema \"other\" {}\n",
		"heredoc at top":             "x = <<EOT\n}\n{\nEOT\nschema \"public\" {}\n",
		"heredoc with interpolation": "schema \"public\" {}\ntable \"t\" {\n  schema  = schema.public\n  comment = <<EOT\n${\"\nEOT\n\"}\nEOT\n  column \"a\" { type = text }\n}\nschema \"p\" {}\n",
		"comments":                   "# {\nschema \"public\" {} // }\n/* }\n{ */\n# \"\ntable \"t\" {\n  schema = schema.public # }\n  column \"a\" { type = text }\n}\n// end\n",
		"only comments first":        "# one\n# two\n\nschema \"public\" {}\nschema \"b\" {}\n",
		"redefined attribute":        "a = 1\nschema \"public\" {}\na = 2\n",
		"bom":                        "\xef\xbb\xbfschema \"public\" {}\n\xef\xbb\xbfschema \"b\" {}\n",
		"crlf":                       "schema \"public\" {}\r\nschema \"b\" {}\r\n",
		"unclosed block":             "schema \"public\" {}\ntable \"t\" {\n  schema = schema.public\nschema \"b\" {}\n",
		"stray close":                "schema \"public\" {}\n}\nschema \"b\" {}\n",
		"newline in string":          "schema \"public\" {}\nx = \"a\nschema \"b\" {}\n",
		"unclosed comment":           "schema \"public\" {}\n/* {\nschema \"b\" {}\n",
		"unicode":                    "schema \"pübl👍c\" {}\n# ünïcode 👍🏽\nschema \"b\" { comment = \"é\" }\n",
		"block header split":         "schema \"public\"\n{}\nschema \"b\" {}\n",
		"operator continuation":      "x = 1 +\n2\nschema \"b\" {}\n",
		"no final newline":           "schema \"public\" {}\nschema \"b\" {}",
	}
	for name, src := range sources {
		t.Run(name, func(t *testing.T) {
			files := map[string][]byte{"t.hcl": []byte(src)}
			assertSameLoad(t, files)
			assertSameBodies(t, files)
		})
	}
}

func TestTopLevelCuts(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []int
	}{
		{"a {}\nb {}\n", []int{5}},
		{"a {\n}\nb = [\n1]\nc {}\n", []int{6, 15}},
		{"# c\n\na {}\n", nil}, // comments and blank lines alone are no chunk
		{"a = \"{\"\nb {}\n", []int{8}},
		{"a = <<EOT\n}\nEOT\nb {}\n", []int{16}},
		{"a = <<EOT\n${x}\nEOT\nb {}\n", nil},
		{"a = \"\\\"}\"\nb {}\n", []int{10}},
		{"a {\n", nil},
		{"a }\nb {}\n", nil},
		{"a = (]\nb {}\n", nil},
		{"a {}\n\xef\xbb\xbfb {}\n", nil},
	} {
		if got := topLevelCuts([]byte(tc.src), 1); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("topLevelCuts(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

// Chunks start where the whole parse would be at that byte.
func TestChunkPositions(t *testing.T) {
	src := []byte("a {}\n\nb {\n}\nc {}\n")
	got := chunks(src, 1)
	want := []chunk{
		{from: 0, to: 5, start: hcl.InitialPos},
		{from: 5, to: 12, start: hcl.Pos{Line: 2, Column: 1, Byte: 5}},
		{from: 12, to: 17, start: hcl.Pos{Line: 5, Column: 1, Byte: 12}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("chunks = %+v, want %+v", got, want)
	}
	f, diags := hclsyntax.ParseConfig(src, "x.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if b := f.Body.(*hclsyntax.Body).Blocks[2]; b.TypeRange.Start != want[2].start {
		t.Fatalf("whole parse puts c at %+v, chunk starts at %+v", b.TypeRange.Start, want[2].start)
	}
}

// assertFastMatches parses src with fastParse and hclsyntax and, when
// fastParse takes it, requires the same tree; it reports whether it did.
func assertFastMatches(t *testing.T, src []byte, start hcl.Pos) bool {
	t.Helper()
	got, ok := fastParse(src, "f.hcl", start)
	if !ok {
		return false
	}
	f, diags := hclsyntax.ParseConfig(src, "f.hcl", start)
	if len(diags) > 0 {
		t.Fatalf("fastParse took %q, which hclsyntax rejects: %s", src, diags.Error())
	}
	if want := f.Body.(*hclsyntax.Body); !reflect.DeepEqual(got, want) {
		t.Fatalf("fastParse tree differs from hclsyntax's for %q", src)
	}
	return true
}

// fastParse takes the written schema, whole and in chunks, and builds
// hclsyntax's very tree.
func TestFastParseWrittenSchema(t *testing.T) {
	src := Write(benchRealm(30))
	if !assertFastMatches(t, src, hcl.InitialPos) {
		t.Fatal("fastParse refused the written schema")
	}
	for _, c := range chunks(src, 1) {
		if !assertFastMatches(t, src[c.from:c.to], c.start) {
			t.Fatalf("fastParse refused chunk %q", src[c.from:c.to])
		}
	}
	realm := monitoringRealm()
	realm.Schemas[0].Tables[0].Comment = "quotes \" and \\ backslashes\tand tabs"
	if !assertFastMatches(t, Write(realm), hcl.InitialPos) {
		t.Fatal("fastParse refused the written monitoring schema")
	}
}

func TestFastParseConstructs(t *testing.T) {
	taken := []string{
		"",
		"\n\n",
		"   ",
		"schema \"public\" {}\n",
		"schema \"public\" {   }",
		"a = 1\nb = \"\"\nc = \"x\\\"y\\n\\u00e9\"\nd = true\ne = false\nf = null\n",
		"t = [column.a, column.b]\nu = []\nv = [1, 2,]\nw = [ 1 , \"x\" ]\n",
		"f = sql(\"now()\")\ng = numeric(12, 2)\nh = f()\ni = f(g(1), [2])\n",
		"table x y {\n\n  column \"a\" {\n    type = text\n  }\n  lifecycle {\n    prevent_destroy = true   \n  }\n}\n",
		"\tindented = schema.public\n",
		"blk {\n}",
		"a-b_c = x-y.z_1\n",
		"a = \"100% $5 a<>b # not a comment // nor /* this */ <<EOT\"\n",
		"a = \"\"\n",
	}
	for _, src := range taken {
		if !assertFastMatches(t, []byte(src), hcl.InitialPos) {
			t.Errorf("fastParse refused %q", src)
		}
	}
	refused := []string{
		"a = 1 + 2\n", "a = -1\n", "a = 1.5\n", "a = x[0]\n", "a = x.*\n", "a = b ? c : d\n",
		"a = \"${x}\"\n", "a = \"%{if x}\"\n", "a = \"$${x}\"\n", "a = \"x\" \"y\"\n", "a = <<EOT\nx\nEOT\n", "# c\na = 1\n", "a = 1 // c\n",
		"a = 1\na = 2\n", "b { a = 1 }\n", "b\n{\n}\n", "a = [\n1]\n", "a = f(\n)\n",
		"a = \"é\"\n", "a = 1\r\n", "a = {}\n", "a = (1)\n", "a = [for x in y: x]\n",
		"a == 1\n", "a = 1 b = 2\n", "b {}}\n", "b {\n", "a = \"x\n", "a = \"\\q\"\n",
		"a = f (1)\n", "a = x . y\n", "a = x.0\n", "a = f::g(1)\n", "a = f(x...)\n",
	}
	for _, src := range refused {
		if _, ok := fastParse([]byte(src), "f.hcl", hcl.InitialPos); ok {
			t.Errorf("fastParse took %q, which is outside its subset", src)
		}
	}
}
