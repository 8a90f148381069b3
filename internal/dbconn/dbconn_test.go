package dbconn

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/hostile"
	"github.com/schemactl/schemactl/internal/testdb"
)

func TestRedact(t *testing.T) {
	cases := map[string]string{
		"postgres://u:s3cret@h:5432/db?sslmode=disable":      "postgres://u:xxxxx@h:5432/db?sslmode=disable",
		"postgresql://u:s3cret@h/db":                         "postgresql://u:xxxxx@h/db",
		"postgres://u@h/db?password=s3cret":                  "postgres://u@h/db?password=xxxxx",
		"postgres://u@h/db?pass%77ord=s3cret&sslmode=allow":  "postgres://u@h/db?pass%77ord=xxxxx&sslmode=allow",
		"postgres://u@h/db?Password=s3cret":                  "postgres://u@h/db?Password=xxxxx",
		"postgres://u:p%40ss%3Aw%2Frd@h/db":                  "postgres://u:xxxxx@h/db",
		"postgres://u:s3cret@h/db?application_name=s3cret":   "postgres://u:xxxxx@h/db?application_name=xxxxx",
		"postgres://u:s3cret@h/db ":                          "postgres://u:xxxxx@h/db ",
		"host=h user=u password=s3cret dbname=d":             "host=h user=u password=xxxxx dbname=d",
		"host=h password='s3 cret' dbname=d":                 "host=h password=xxxxx dbname=d",
		`host=h password='a\' b' dbname=d`:                   "host=h password=xxxxx dbname=d",
		`host=h password=a\ b dbname=d`:                      "host=h password=xxxxx dbname=d",
		"host=h password = s3cret dbname=d":                  "host=h password = xxxxx dbname=d",
		"  host=h sslpassword=s3cret":                        "  host=h sslpassword=xxxxx",
		" postgres://u:s3cret@h/db?sslmode=disable":          Unparseable,
		"postgres:/u:s3cret@h/db?sslmode=disable":            Unparseable,
		"postgres://u:s3c@ret@h/db":                          Unparseable,
		"postgres://u:s3c/ret@h/db":                          Unparseable,
		"postgres://u:5432/s3cret@h/db":                      Unparseable,
		"DATABASE_URL=postgres://u:s3cret@h/db":              Unparseable,
		"host=h password='s3cret dbname=d":                   Unparseable,
		"postgres://u:s3cret@h:54x2/db":                      Unparseable,
		"host=h password=s3cret\x00 dbname=d":                Unparseable,
		"postgres://u:s3cret@h/db?sslmode=disable&x y=1":     Unparseable,
		"postgres://u:s3cret@h/db?target_session_attrs=oops": Unparseable,
	}
	for in, want := range cases {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestScrubEverySpelling: a message may show the password decoded,
// percent-encoded, quoted by Go, JSON or SQL, or in another letter case.
func TestScrubEverySpelling(t *testing.T) {
	const pw = `Ab'c d"e\f/g@h:ü-K`
	raw := "postgres://u:" + percentEncode(pw) + "@h/db"
	if Redact(raw) != "postgres://u:xxxxx@h/db" {
		t.Fatalf("Redact(%q) = %q", raw, Redact(raw))
	}
	for _, spelling := range []string{
		pw, url.QueryEscape(pw), url.PathEscape(pw), percentEncode(pw), strings.ToUpper(pw), strings.ToLower(pw),
		`Ab'c d\"e\\f/g@h:ü-K`, `Ab'c d\"e\\f/g@h:\u00fc-K`, `Ab''c d"e\f/g@h:ü-K`, `Ab\'c d"e\\f/g@h:ü-K`,
		"Ab'c d\"e\\f/g@h:ü-\u212a", // Kelvin sign: folds to K
	} {
		msg := "FATAL: something about «" + spelling + "» failed"
		if got := Scrub(msg, raw); got != "FATAL: something about «xxxxx» failed" {
			t.Errorf("Scrub(%q) = %q", msg, got)
		}
	}
}

// TestScrubPGPASSWORD: a password pgx takes from the environment is
// masked too.
func TestScrubPGPASSWORD(t *testing.T) {
	t.Setenv("PGPASSWORD", "Env-Pw-9731")
	for _, raw := range []string{"postgres://u@h/db", "host=h user=u", " postgres://u@h/db"} {
		if got := Scrub("password Env-Pw-9731 rejected", raw); strings.Contains(got, "Env-Pw-9731") {
			t.Errorf("%q: PGPASSWORD not scrubbed: %q", raw, got)
		}
	}
}

// TestScrubPassfile: so is one pgx takes from the passfile.
func TestScrubPassfile(t *testing.T) {
	passfile := filepath.Join(t.TempDir(), "pgpass")
	if err := os.WriteFile(passfile, []byte("*:*:*:*:Passfile-Pw-5521\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PGPASSFILE", passfile)
	raw := "postgres://u@127.0.0.1/db"
	if got := Scrub("password Passfile-Pw-5521 rejected", raw); strings.Contains(got, "Passfile-Pw-5521") {
		t.Errorf("the passfile password is not scrubbed: %q", got)
	}
	if got := Redact(raw); got != raw {
		t.Errorf("Redact(%q) = %q", raw, got)
	}
}

// TestURLCorpus runs every URL of testdata/hostile/urls.txt through
// Redact, Scrub and Connect (against the real server, under every exec
// mode): none shows the password, and the refused ones are refused
// before anything is sent.
func TestURLCorpus(t *testing.T) {
	cases, err := hostile.URLs()
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("the corpus has %d cases; it lost some", len(cases))
	}
	dbURL := testdb.New(t)
	dbName := strings.TrimPrefix(mustParse(t, dbURL).Path, "/")
	for _, c := range cases {
		raw := c.WithDatabase(dbName)
		redacted := Redact(raw)
		if leak := c.Leak(redacted); leak != "" {
			t.Errorf("%s: Redact shows %q: %s", c.Name(), leak, redacted)
		}
		if (redacted == Unparseable) != c.Refused {
			t.Errorf("%s: Redact = %s, want refused %v", c.Name(), redacted, c.Refused)
		}
		if c.Refused {
			continue // never sent: only Connect's own errors matter (below)
		}
		msg := "server said: " + c.Password + " / " + url.QueryEscape(c.Password) + " / " + strings.ToUpper(c.Password)
		if leak := c.Leak(Scrub(msg, raw)); leak != "" {
			t.Errorf("%s: Scrub left %q: %s", c.Name(), leak, Scrub(msg, raw))
		}
	}
	testdb.EachExecMode(t, dbURL, func(t *testing.T, modeURL string) {
		mode := mustParse(t, modeURL).Query().Get("default_query_exec_mode")
		for _, c := range cases {
			raw := c.WithDatabase(dbName)
			if !c.Refused {
				raw = withExecMode(raw, mode)
			}
			checkConnect(t, c, raw)
		}
	})
}

// checkConnect connects to raw: the error, if any, shows no password;
// a refused string is refused before connecting, a well-formed one is not.
func checkConnect(t *testing.T, c hostile.URLCase, raw string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	conn, err := Connect(ctx, raw)
	if err == nil {
		conn.Close(ctx)
		if c.Refused {
			t.Errorf("%s: connected; want it refused", c.Name())
		}
		return
	}
	if leak := c.Leak(err.Error()); leak != "" {
		t.Errorf("%s: the error shows %q: %v", c.Name(), leak, err)
	}
	refused := strings.HasPrefix(err.Error(), "parsing database URL "+Unparseable+": ")
	if refused != c.Refused {
		t.Errorf("%s: refused %v, want %v: %v", c.Name(), refused, c.Refused, err)
	}
}

// withExecMode adds pgx's default_query_exec_mode option to a URL or to
// key/value settings.
func withExecMode(raw, mode string) string {
	trimmed := strings.TrimSpace(raw)
	switch {
	case !strings.HasPrefix(trimmed, "postgres"):
		return raw + " default_query_exec_mode=" + mode
	case strings.Contains(trimmed, "?"):
		return trimmed + "&default_query_exec_mode=" + mode
	default:
		return trimmed + "?default_query_exec_mode=" + mode
	}
}

// percentEncode encodes every byte but letters and digits, as a careful
// user writes a password into a URL.
func percentEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func mustParse(t *testing.T, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestMalformedIsRefusedWithAHint: the three strings of issue 9 are
// refused with a reason a user can act on, and no password.
func TestMalformedIsRefusedWithAHint(t *testing.T) {
	for raw, hint := range map[string]string{
		" postgres://postgres:Hint-Pw-1@127.0.0.1:5432/postgres?sslmode=disable": "must start with postgres:// or postgresql://, without leading spaces",
		"postgres:/postgres:Hint-Pw-2@127.0.0.1:5432/postgres?sslmode=disable":   "must start with postgres:// or postgresql://",
		"postgres:/postgres:Hint-Pw-3@127.0.0.1:5432/postgres":                   "invalid keyword/value",
		"postgres://postgres:Hint@Pw-4@127.0.0.1:5432/postgres":                  "write '@' in a user name or password as %40",
		`host=127.0.0.1 password='a\' Hint-Pw-5`:                                 "unterminated quoted string",
	} {
		_, err := Connect(context.Background(), raw)
		if err == nil || !strings.Contains(err.Error(), hint) || !strings.Contains(err.Error(), Unparseable) {
			t.Errorf("Connect(%s): %v; want %q", Redact(raw), err, hint)
			continue
		}
		if strings.Contains(err.Error(), "Hint-Pw") || strings.Contains(err.Error(), "Pw-4") {
			t.Errorf("the error shows the password: %v", err)
		}
	}
}

func TestConnectWorksAndNoURLIsAnError(t *testing.T) {
	ctx := context.Background()
	if _, err := Connect(ctx, ""); !errors.Is(err, ErrNoURL) {
		t.Fatalf("empty URL: got %v", err)
	}
	testdb.EachExecMode(t, testdb.New(t), func(t *testing.T, dbURL string) {
		conn, err := Connect(ctx, dbURL)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		var one int
		if err := conn.QueryRow(ctx, "SELECT 1").Scan(&one); err != nil || one != 1 {
			t.Fatalf("SELECT 1: %v %d", err, one)
		}
	})
}
