package main

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/dbconn"
	"github.com/schemactl/schemactl/internal/hostile"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestNoCommandShowsThePassword runs plan (live) and status, with debug
// logs in both formats, on every URL of testdata/hostile/urls.txt against
// the real server and under every exec mode, given as DATABASE_URL, as
// --database-url and, by mistake, as an argument: neither stdout nor
// stderr ever holds the password (stderr is scrubbed; stdout carries no
// message), and a refused URL is an error (exit 1) that says so.
func TestNoCommandShowsThePassword(t *testing.T) {
	cases, err := hostile.URLs()
	if err != nil {
		t.Fatal(err)
	}
	dbURL := testdb.New(t)
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	dbName := strings.TrimPrefix(u.Path, "/")
	testdb.EachExecMode(t, dbURL, func(t *testing.T, modeURL string) {
		mode, _ := url.Parse(modeURL)
		for _, c := range cases {
			raw := c.WithDatabase(dbName)
			if !c.Refused {
				raw = withExecMode(raw, mode.Query().Get("default_query_exec_mode"))
			}
			for _, args := range [][]string{
				{"plan", "--schema", "../../schema", "--migrations", "../../migrations", "--log-level", "debug"},
				{"status", "--migrations", "../../migrations", "--log-level", "debug", "--log-format", "json"},
			} {
				status, out, errOut := runCLI(t, map[string]string{"DATABASE_URL": raw}, args...)
				checkNoLeak(t, c, args, status, out+errOut)
			}
		}
	})
	for _, c := range cases {
		raw := c.WithDatabase(dbName)
		status, out, errOut := runCLI(t, nil, "status", "--migrations", "../../migrations", "--database-url="+raw)
		checkNoLeak(t, c, []string{"status", "--database-url=URL"}, status, out+errOut)
		for _, args := range [][]string{
			{"plan", "--schema", "../../schema", "--migrations", "../../migrations", raw},
			{"status", raw},
			{raw},
			{"status", "--lock-timeout", raw},
		} {
			status, out, errOut = runCLI(t, nil, args...)
			if leak := c.Leak(out + errOut); leak != "" || status != exitError {
				t.Errorf("%s: %v: exit %d, shows %q:\n%s%s", c.Name(), args[:len(args)-1], status, leak, out, errOut)
			}
		}
	}
}

func checkNoLeak(t *testing.T, c hostile.URLCase, args []string, status int, output string) {
	t.Helper()
	// The log's own timestamps come from the clock, not the URL: a
	// password piece of digits ("5433") turned up in their nanoseconds.
	stamps := regexp.MustCompile(`"time":"[^"]*"|time=\S+`)
	if leak := c.Leak(stamps.ReplaceAllString(output, "time")); leak != "" {
		t.Errorf("%s: %s shows %q:\n%s", c.Name(), args[0], leak, output)
	}
	if c.Refused && (status != exitError || !strings.Contains(output, "Error: parsing database URL "+dbconn.Unparseable)) {
		t.Errorf("%s: %s: exit %d, want 1 and the URL refused:\n%s", c.Name(), args[0], status, output)
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

// TestPanicIsAnErrorNotChanges: a crash in a command exits 1 with a
// message (exit 2 would read as "changes present"), and the message, like
// every message, has the password masked.
func TestPanicIsAnErrorNotChanges(t *testing.T) {
	const secret = "Panic-Pw-8812"
	cmds := map[string]command{"boom": {summary: "panics", run: func(ctx context.Context, env *Env, args []string) error {
		fs, common := newFlagSet(env, "boom", "boom")
		if err := parseFlags(env, fs, common, args); err != nil {
			return err
		}
		panic("lost connection to " + common.DatabaseURL)
	}}}
	var stdout, stderr strings.Builder
	env := &Env{Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string {
		if k == "DATABASE_URL" {
			return "postgres://u:" + secret + "@127.0.0.1/db"
		}
		return ""
	}}
	status := runWith(context.Background(), []string{"boom"}, env, cmds)
	if status != exitError {
		t.Fatalf("exit %d, want 1", status)
	}
	if !strings.Contains(stderr.String(), "schemactl crashed") || !strings.Contains(stderr.String(), "lost connection to postgres://u:xxxxx@127.0.0.1/db") {
		t.Fatalf("no crash message:\n%s", stderr.String())
	}
	if strings.Contains(stdout.String()+stderr.String(), secret) {
		t.Fatalf("the crash message shows the password:\n%s", stderr.String())
	}
}

// TestStdoutIsNotScrubbed: what a command produces on stdout is data (here
// inspect's HCL), kept exactly even when a name in it equals the password
// (the development default "postgres", a role): masking it would change
// the saved file.
func TestStdoutIsNotScrubbed(t *testing.T) {
	dbURL := testdb.New(t)
	testdb.Exec(t, dbURL, `CREATE TABLE public.pw_named (id int PRIMARY KEY, "Stdout-Pw-4471" text)`)
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(u.User.Username(), "Stdout-Pw-4471")
	status, out, errOut := runCLI(t, map[string]string{"DATABASE_URL": u.String()}, "inspect", "--tables", "pw_named", "--log-level", "debug")
	if status != exitOK || !strings.Contains(out, `column "Stdout-Pw-4471"`) {
		t.Fatalf("exit %d; the column is not in the HCL:\n%s%s", status, out, errOut)
	}
	if strings.Contains(errOut, "Stdout-Pw-4471") || !strings.Contains(errOut, ":xxxxx@") {
		t.Fatalf("stderr:\n%s", errOut)
	}
}
