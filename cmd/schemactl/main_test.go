package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// runCLI runs schemactl in-process with the given environment variables
// (nothing else is set) and no terminal, returning the exit status, stdout
// and stderr.
func runCLI(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	env := &Env{Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string { return vars[k] }}
	status := run(ctx, args, env)
	return status, stdout.String(), stderr.String()
}

func TestUsageAndUnknownCommand(t *testing.T) {
	status, out, _ := runCLI(t, nil, "--help")
	if status != exitOK || !strings.Contains(out, "Usage: schemactl <command>") {
		t.Fatalf("--help: exit %d\n%s", status, out)
	}
	for _, cmd := range []string{"validate", "fmt", "plan", "apply", "status", "inspect", "generate"} {
		if !strings.Contains(out, "\n  "+cmd+" ") {
			t.Errorf("usage does not list %s:\n%s", cmd, out)
		}
	}
	status, _, errOut := runCLI(t, nil, "plna")
	if status != exitError || !strings.Contains(errOut, `unknown command "plna"`) {
		t.Fatalf("unknown command: exit %d\n%s", status, errOut)
	}
	if status, _, _ := runCLI(t, nil); status != exitError {
		t.Fatalf("no command: exit %d, want 1", status)
	}
}

func TestLogFlagsAreCheckedByEveryCommand(t *testing.T) {
	for _, cmd := range []string{"validate", "fmt", "plan", "apply", "status", "inspect", "generate"} {
		status, _, errOut := runCLI(t, nil, cmd, "--log-level", "loud")
		if status != exitError || !strings.Contains(errOut, `--log-level "loud"`) {
			t.Errorf("%s --log-level loud: exit %d\n%s", cmd, status, errOut)
		}
		status, _, errOut = runCLI(t, nil, cmd, "--log-format", "xml")
		if status != exitError || !strings.Contains(errOut, `--log-format "xml"`) {
			t.Errorf("%s --log-format xml: exit %d\n%s", cmd, status, errOut)
		}
	}
}

// TestDebugLogsNeverShowThePassword: with --log-level debug every command
// that connects logs where it connects, and the password is never in it.
func TestDebugLogsNeverShowThePassword(t *testing.T) {
	const secret = "Sup3rS3cretPw"
	url := "postgres://postgres:" + secret + "@127.0.0.1:1/postgres?sslmode=disable&connect_timeout=2"
	for _, args := range [][]string{
		{"apply"}, {"status"}, {"inspect"},
		{"plan", "--schema", "../../schema", "--migrations", "../../migrations"},
	} {
		for _, format := range []string{"text", "json"} {
			full := append(args, "--log-level", "debug", "--log-format", format)
			status, out, errOut := runCLI(t, map[string]string{"DATABASE_URL": url}, full...)
			if status != exitError {
				t.Errorf("%v: exit %d, want 1 (nothing listens on port 1)", full, status)
			}
			if strings.Contains(out+errOut, secret) {
				t.Errorf("%v shows the password:\n%s%s", full, out, errOut)
			}
			if !strings.Contains(errOut, "connecting") || !strings.Contains(errOut, "xxxxx") {
				t.Errorf("%v: no debug line naming the redacted URL:\n%s", full, errOut)
			}
		}
	}
}
