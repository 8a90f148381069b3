package hclschema

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// peakLoad loads src and returns the diagnostics and the most the Go heap
// held while it ran, sampled.
func peakLoad(t *testing.T, src []byte) (diags []string, heapMB uint64) {
	t.Helper()
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var most uint64
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			most = max(most, ms.HeapInuse)
			select {
			case <-done:
				peak <- most
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	_, ds := LoadFiles(map[string][]byte{"big.hcl": src})
	close(done)
	most := <-peak
	for _, d := range ds {
		diags = append(diags, d.Summary)
	}
	return diags, (most - min(most, base.HeapInuse)) >> 20
}

// TestManyMistakesStopAtMaxErrors: a schema of nothing but syntax errors
// (here, as large as MaxTokens allows) stops at MaxErrors, having parsed
// little more than the chunks that held them, and decodes nothing.
func TestManyMistakesStopAtMaxErrors(t *testing.T) {
	// "a=1 1\n" is an error per line ("Missing newline after argument").
	line := "a=1 1\n"
	src := []byte(strings.Repeat(line, MaxTokens/5-1))
	diags, heapMB := peakLoad(t, src)
	if n := len(diags); n < MaxErrors || n > 2*MaxErrors || diags[n-1] != "Too many errors" {
		t.Fatalf("%d diagnostics, the last %q; want MaxErrors and Too many errors", n, diags[n-1])
	}
	if heapMB > 256 {
		t.Errorf("the heap grew by %d MB", heapMB)
	}
}

// TestLargeFileWithAnErrorIsNotParsedWhole: past wholeParseTokens, a
// syntax error is reported from its chunk (same error, same place) and the
// file is not parsed again whole.
func TestLargeFileWithAnErrorIsNotParsedWhole(t *testing.T) {
	var b strings.Builder
	b.WriteString("schema \"public\" {}\n")
	for i := 0; i < wholeParseTokens/20; i++ { // 26 tokens each
		fmt.Fprintf(&b, "enum \"e%d\" {\n  schema = schema.public\n  values = [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\"]\n}\n", i)
	}
	at := b.Len()
	b.WriteString("enum \"broken\" {\n  schema = schema.public\n  values = [\"a\"\n}\n")
	files := map[string][]byte{"big.hcl": []byte(b.String())}
	_, diags := LoadFiles(files)
	if len(diags) != 1 || diags[0].Subject == nil || diags[0].Subject.Start.Byte < at {
		t.Fatalf("want the one syntax error, after byte %d, got %v", at, diags)
	}
}

// TestTenThousandTablesLoad: a schema of 10,000 tables (17 MB, 3.7
// million tokens) is within the limits.
func TestTenThousandTablesLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and loads 17 MB of HCL")
	}
	src := Write(benchRealm(10000))
	r, diags := LoadFiles(map[string][]byte{"schema.hcl": src})
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	if n := len(r.Tables()); n != 10000 {
		t.Fatalf("loaded %d tables", n)
	}
}

// TestHostileLargeFilesAreBounded: shapes of a file as large as MaxTokens
// allows that chunking cannot spread out: one huge block of redefined
// arguments, an open bracket or quote before everything. Each is refused or
// stops early, within a bounded heap.
func TestHostileLargeFilesAreBounded(t *testing.T) {
	n := MaxTokens/4 - 10
	cases := map[string]string{
		"one block":     "table \"t\" {\n" + strings.Repeat("a=1\n", n) + "}\n",
		"open bracket":  "x = [\n" + strings.Repeat("a=1\n", n),
		"redefinitions": strings.Repeat("a=1\n", n),
		"open quote":    "x = \"abc\n" + strings.Repeat("a=1\n", (wholeParseBytes+1<<20)/4),
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			diags, heapMB := peakLoad(t, []byte(src))
			if len(diags) == 0 {
				t.Fatal("no diagnostic")
			}
			t.Logf("%d diagnostics, the first %q; heap grew by %d MB", len(diags), diags[0], heapMB)
			if heapMB > 1536 {
				t.Errorf("the heap grew by %d MB", heapMB)
			}
		})
	}
}
