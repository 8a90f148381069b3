package escape

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestLineAndBlock(t *testing.T) {
	for _, c := range []struct{ in, line, block string }{
		{"plain name", "plain name", "plain name"},
		{"Ünïcødé 密码", "Ünïcødé 密码", "Ünïcødé 密码"},
		{"t\x1b[1A\x1b[2K\r\x1b[8m", `t\x1b[1A\x1b[2K\r\x1b[8m`, `t\x1b[1A\x1b[2K\r\x1b[8m`},
		{"a\nb\tc", `a\nb\tc`, "a\nb\tc"},
		{"del\x7f nul\x00", `del\u007f nul\x00`, `del\u007f nul\x00`},
		{"csi\u009b2J", `csi\u009b2J`, `csi\u009b2J`},
		{"id\u202e\u2066evil\u2069 \u200f \u061c", `id\u202e\u2066evil\u2069 \u200f \u061c`, `id\u202e\u2066evil\u2069 \u200f \u061c`},
		{"line\u2028sep\u2029", `line\u2028sep\u2029`, `line\u2028sep\u2029`},
		{"bad\xffutf8", `bad\xffutf8`, `bad\xffutf8`},
	} {
		if got := Line(c.in); got != c.line {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.line)
		}
		if got := Block(c.in); got != c.block {
			t.Errorf("Block(%q) = %q, want %q", c.in, got, c.block)
		}
	}
}

// TestJSONEscapesWhatEncodingJSONLeavesRaw: the escaped document holds no
// DEL, C1 control or bidirectional override, and decodes to the same
// value.
func TestJSONEscapesWhatEncodingJSONLeavesRaw(t *testing.T) {
	value := map[string]string{"name": "t\x7f\u009b2J\u202eevil\u2066 \x1b[2K 密码 \u2028"}
	doc, err := json.Marshal(value)
	if err != nil {
		t.Fatal(err)
	}
	got := JSON(doc)
	for _, r := range string(got) {
		if r == 0x7f || Unsafe(r) || r < 0x20 {
			t.Fatalf("JSON left %U raw: %s", r, got)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(got, &back); err != nil || back["name"] != value["name"] {
		t.Fatalf("escaped JSON decodes to %q (%v), want %q:\n%s", back["name"], err, value["name"], got)
	}
	plain := []byte(`{"a":"b"}`)
	if out := JSON(plain); &out[0] != &plain[0] {
		t.Error("JSON copied a document that needed no escape")
	}
}

// TestWriterEscapesAcrossWrites: a message written a byte at a time comes
// out as Block escapes it whole: a rune split between writes is not taken
// for invalid UTF-8.
func TestWriterEscapesAcrossWrites(t *testing.T) {
	msg := "Error: table \"t\x1b[2K\r\u202e密\" is locked\n\tby pid 7\n"
	var out strings.Builder
	w := NewWriter(&out)
	for i := range len(msg) {
		if n, err := w.Write([]byte(msg[i : i+1])); n != 1 || err != nil {
			t.Fatalf("Write = %d, %v", n, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if out.String() != Block(msg) {
		t.Fatalf("got %q, want %q", out.String(), Block(msg))
	}
	out.Reset()
	if _, err := w.Write([]byte("cut \xe5\xaf")); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil || out.String() != `cut \xe5\xaf` {
		t.Fatalf("an incomplete rune at the end flushes as %q (%v)", out.String(), err)
	}
	// A JSON log line keeps DEL, the C1 controls and overrides raw: their
	// escapes are JSON escapes, so the line stays JSON, with the same
	// value.
	out.Reset()
	line, _ := json.Marshal(map[string]string{"table": "t\x7f\u009b\u202e"})
	if _, err := w.Write(append(line, '\n')); err != nil {
		t.Fatal(err)
	}
	var back map[string]string
	if err := json.Unmarshal([]byte(out.String()), &back); err != nil || back["table"] != "t\x7f\u009b\u202e" {
		t.Fatalf("the escaped JSON line %q does not decode to the same value (%v)", out.String(), err)
	}
}
