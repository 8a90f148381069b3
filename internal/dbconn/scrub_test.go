package dbconn

import (
	"bytes"
	"strings"
	"testing"
)

const writerURL = "postgres://u:Wr1ter-Secret@h/db"

// TestWriterMasksAcrossWrites: a password split over two writes (as
// fmt.Fprint calls or a tabwriter may split it) is masked all the same.
func TestWriterMasksAcrossWrites(t *testing.T) {
	s := NewScrubber()
	s.HideURL(writerURL)
	var out bytes.Buffer
	w := s.Writer(&out)
	for _, part := range []string{"error: Wr1t", "er-Secr", "et refused\n", "next line: WR1TER-SECRET", "\n"} {
		if _, err := w.Write([]byte(part)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if want := "error: xxxxx refused\nnext line: xxxxx\n"; out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
}

// TestWriterPassesLinesOn: complete lines reach the writer at once (apply
// prints its progress), the unfinished rest at Flush.
func TestWriterPassesLinesOn(t *testing.T) {
	s := NewScrubber()
	s.HideURL(writerURL)
	var out bytes.Buffer
	w := s.Writer(&out)
	w.Write([]byte("Applying 0001_x.sql ...\nstill go"))
	if out.String() != "Applying 0001_x.sql ...\n" {
		t.Fatalf("after one line: %q", out.String())
	}
	w.Write([]byte("ing"))
	w.Flush()
	if out.String() != "Applying 0001_x.sql ...\nstill going" {
		t.Fatalf("after Flush: %q", out.String())
	}
}

// TestWriterLongLine: a line longer than maxPending is passed on before
// it ends, and a password across the cut is still masked.
func TestWriterLongLine(t *testing.T) {
	s := NewScrubber()
	s.HideURL(writerURL)
	var out bytes.Buffer
	w := s.Writer(&out)
	long := strings.Repeat("a", maxPending+10) + "Wr1ter-"
	w.Write([]byte(long))
	if out.Len() == 0 {
		t.Fatal("nothing passed on from a line longer than maxPending")
	}
	w.Write([]byte("Secret end"))
	w.Flush()
	if want := strings.Repeat("a", maxPending+10) + "xxxxx end"; out.String() != want {
		t.Fatalf("got ...%q", out.String()[maxPending:])
	}
}

// TestWriterMultilineSecret: a key/value password may hold a line break;
// then text is not passed on line by line.
func TestWriterMultilineSecret(t *testing.T) {
	s := NewScrubber()
	s.HideURL("host=h password='two\nlines-Secret'")
	var out bytes.Buffer
	w := s.Writer(&out)
	w.Write([]byte("FATAL: two\n"))
	w.Write([]byte("lines-Secret is wrong\n"))
	w.Flush()
	if want := "FATAL: xxxxx is wrong\n"; out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
}

// TestWriterWithoutSecrets passes every write straight on.
func TestWriterWithoutSecrets(t *testing.T) {
	s := NewScrubber()
	s.HideURL("")
	s.HideURL("postgres://u@h/db")
	var out bytes.Buffer
	w := s.Writer(&out)
	w.Write([]byte("no newline yet"))
	if out.String() != "no newline yet" {
		t.Fatalf("got %q", out.String())
	}
}
