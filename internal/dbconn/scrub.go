package dbconn

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"sync"
)

// mask replaces every password.
const mask = "xxxxx"

// Unparseable is what Redact shows for a connection string pgx would not
// read as its author meant it: such a string is never echoed, since no one
// can say which part of it is the password.
const Unparseable = "(unparseable database URL)"

// Redact returns rawURL with every password replaced by "xxxxx", for a
// postgres:// URL (userinfo and query) or key=value settings (quoted or
// not). A string that pgx cannot parse, or would read otherwise than as a
// URL or settings (a leading space, "postgres:/" with one slash, an
// unescaped '@' in a password), is shown as "(unparseable database URL)".
func Redact(rawURL string) string {
	_, cs, problem := read(rawURL)
	if problem != "" {
		return Unparseable
	}
	var b strings.Builder
	last := 0
	for _, s := range cs.secrets {
		b.WriteString(rawURL[last:s.from])
		b.WriteString(mask)
		last = s.to
	}
	b.WriteString(rawURL[last:])
	// The password may also sit where no password belongs (a database
	// named like it); mask it there too.
	return Scrub(b.String(), rawURL)
}

// Scrub removes from msg every password rawURL carries (from the string,
// PGPASSWORD or the passfile), in every spelling: as written, decoded,
// percent-encoded, quoted or escaped, in any letter case.
func Scrub(msg, rawURL string) string {
	s := NewScrubber()
	s.HideURL(rawURL)
	return s.Scrub(msg)
}

// Scrubber masks the passwords of the connection strings it was given in
// any text. It is safe for concurrent use.
type Scrubber struct {
	mu sync.Mutex
	// secrets are the passwords as they are; current masks their
	// spellings.
	secrets []string
	current pattern
}

// pattern is a compiled view of a Scrubber's secrets.
type pattern struct {
	re *regexp.Regexp // nil: nothing to mask
	// keep is an upper bound on the length in bytes of a match: case
	// folding can change a character's length (K and the Kelvin sign).
	keep int
	// multiline: a secret spans lines, so text cannot be passed on line
	// by line.
	multiline bool
}

// NewScrubber returns a Scrubber that masks nothing yet.
func NewScrubber() *Scrubber { return &Scrubber{} }

// HideURL adds the passwords of rawURL to what s masks.
func (s *Scrubber) HideURL(rawURL string) {
	secrets := secretsOf(rawURL)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.secrets = append(s.secrets, secrets...)
	spelt := spellings(s.secrets)
	if len(spelt) == 0 {
		return
	}
	quoted := make([]string, len(spelt))
	p := pattern{}
	for i, secret := range spelt {
		quoted[i] = regexp.QuoteMeta(secret)
		p.keep = max(p.keep, 4*len(secret))
		p.multiline = p.multiline || strings.ContainsAny(secret, "\r\n")
	}
	// Alternatives are tried in order: longest first (spellings sorts).
	p.re = regexp.MustCompile(`(?i)(?:` + strings.Join(quoted, "|") + `)`)
	s.current = p
}

func (s *Scrubber) pattern() pattern {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.current
}

// Scrub returns text with every hidden password replaced by "xxxxx".
func (s *Scrubber) Scrub(text string) string {
	if p := s.pattern(); p.re != nil {
		return p.re.ReplaceAllLiteralString(text, mask)
	}
	return text
}

// maxPending is how much of an unfinished line a Writer holds back before
// passing on all of it that cannot be the start of a password.
const maxPending = 64 << 10

// Writer passes what is written to it on to another writer with every
// password its Scrubber hides masked. It holds text back until the end of
// a line (a password is never split across lines unless it holds a line
// break, and then text is held back until it cannot be the start of one);
// Flush passes on the rest. It is safe for concurrent use.
type Writer struct {
	scrubber *Scrubber
	out      io.Writer
	mu       sync.Mutex
	buf      []byte
}

// Writer returns a Writer masking s's passwords on their way to w.
func (s *Scrubber) Writer(w io.Writer) *Writer {
	return &Writer{scrubber: s, out: w}
}

// Write takes p; the scrubbed text reaches the underlying writer line by
// line. Its error is that of the underlying writer.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	pat := w.scrubber.pattern()
	if pat.re == nil && len(w.buf) == 0 {
		return w.out.Write(p)
	}
	w.buf = append(w.buf, p...)
	if err := w.emit(pat, false); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush passes on everything held back.
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.emit(w.scrubber.pattern(), true)
}

// emit writes the part of buf that can be written: all of it with all
// set, else the complete lines and, past maxPending, all but what could
// be the start of a password.
func (w *Writer) emit(pat pattern, all bool) error {
	if len(w.buf) == 0 {
		return nil
	}
	if pat.re == nil {
		_, err := w.out.Write(w.buf)
		w.buf = w.buf[:0]
		return err
	}
	cut, hold := len(w.buf), maxPending
	if !all {
		cut = 0
		if !pat.multiline {
			cut = bytes.LastIndexByte(w.buf, '\n') + 1
		} else {
			hold = pat.keep
		}
	}
	out := pat.re.ReplaceAllLiteral(w.buf[:cut], []byte(mask))
	rest := append([]byte(nil), w.buf[cut:]...)
	if len(rest) > hold {
		scrubbed := pat.re.ReplaceAllLiteral(rest, []byte(mask))
		n := max(len(scrubbed)-pat.keep, 0)
		out = append(out, scrubbed[:n]...)
		rest = scrubbed[n:]
	}
	w.buf = rest
	if len(out) == 0 {
		return nil
	}
	_, err := w.out.Write(out)
	return err
}
