package migrations

import (
	"fmt"
	"testing"
)

// BenchmarkReadAndVerify1000Files measures what every plan and apply pays
// before touching a database: reading and checking a long history.
func BenchmarkReadAndVerify1000Files(b *testing.B) {
	d := NewMemDir()
	var files []File
	for i := 1; i <= 1000; i++ {
		content := []byte(fmt.Sprintf("ALTER TABLE t ADD COLUMN c%d integer;\n", i))
		f := File{Version: i, Name: "step", FileName: FileName(i, "step"), Content: content, Checksum: Checksum(content)}
		d.WriteFile(f.FileName, content)
		files = append(files, f)
	}
	d.WriteFile(SumFileName, EncodeSum(files))
	for b.Loop() {
		got, err := ReadFiles(d)
		if err != nil {
			b.Fatal(err)
		}
		if err := VerifySum(d, got); err != nil {
			b.Fatal(err)
		}
	}
}
