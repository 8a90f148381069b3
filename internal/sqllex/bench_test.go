package sqllex

import (
	"os"
	"strings"
	"testing"
)

// migrationText is the repository's first migration repeated to about
// 1 MB, the size of a large migration file.
func migrationText(b *testing.B) string {
	b.Helper()
	one, err := os.ReadFile("../../migrations/0001_create_monitoring.sql")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(one)+"\n", 1<<20/len(one)+1)
}

func BenchmarkSplitStatements(b *testing.B) {
	text := migrationText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		SplitStatements(text)
	}
}

func BenchmarkCheckExpression(b *testing.B) {
	const expr = "status IN ('active', 'acknowledged', 'resolved') AND (latency_ms >= 0 OR note <> E'it\\'s')"
	b.SetBytes(int64(len(expr)))
	b.ReportAllocs()
	for b.Loop() {
		if err := CheckExpression(expr); err != nil {
			b.Fatal(err)
		}
	}
}
