package hclschema

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TestWorkerPanicReachesTheCaller: a panic while decoding tables on worker
// goroutines used to end the process (exit 2: "changes present"); it is
// raised again in the goroutine that waits, where the CLI recovers it.
func TestWorkerPanicReachesTheCaller(t *testing.T) {
	files := map[string][]byte{"many.hcl": Write(benchRealm(4 * parallelTables))}
	l := newLoader()
	l.workers = 4
	for _, f := range parseFiles(files, []string{"many.hcl"}, nil, defaultParseOptions()) {
		l.load([]*hclsyntax.Body{f.body})
	}
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(fmt.Sprint(r), "decoding bench_0200 failed") || !strings.Contains(fmt.Sprint(r), "worker goroutine") {
			t.Fatalf("recovered %v", r)
		}
	}()
	l.eachTable(func(l *loader, td *tableDecl) {
		if td.table.Name == "bench_0200" {
			panic("decoding bench_0200 failed")
		}
	})
	t.Fatal("eachTable returned")
}

// TestWorkerPanicsCatchTheFirst: catch records the first panic and lets
// the worker go on; rethrow raises it.
func TestWorkerPanicsCatchTheFirst(t *testing.T) {
	var p workerPanics
	p.catch(func() {})
	p.rethrow() // nothing caught: no panic
	p.catch(func() { panic("first") })
	p.catch(func() { panic("second") })
	defer func() {
		if r := fmt.Sprint(recover()); !strings.HasPrefix(r, "first") {
			t.Fatalf("recovered %q", r)
		}
	}()
	p.rethrow()
}
