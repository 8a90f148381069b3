// Command schemactl is a declarative schema reconciler for PostgreSQL.
//
// This package is the CLI only: flags, wiring and exit codes. Everything a
// command computes lives under internal/.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"syscall"

	"github.com/schemactl/schemactl/internal/dbconn"
	"github.com/schemactl/schemactl/internal/escape"
)

// Exit statuses (docs/commands.md).
const (
	exitOK      = 0
	exitError   = 1
	exitChanges = 2 // with --detailed-exitcode: the plan has changes
)

// command is one subcommand: its one-line summary and its entry point,
// which returns what went wrong (report prints it and picks the status).
type command struct {
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], newEnv(os.Stdout, os.Stderr, os.Getenv)))
}

// run is the whole CLI behind main, callable from tests in-process.
func run(ctx context.Context, args []string, env *Env) int {
	return runWith(ctx, args, env, commands())
}

// runWith is run over a given command table.
//
// Every message goes to stderr through a dbconn.Scrubber, so no password
// of the database URL reaches the terminal or the logs, whichever path the
// text took (a driver error, a server message, a warning, a log line, a
// crash). Stdout is left alone: it carries what the commands produce (a
// plan, inspect's HCL, a status report, SQL) from the catalog and the
// files, never a message, and masking a password that happens to equal a
// name in it ("postgres", a role) would change what a reviewer reads or a
// file saves.
//
// Messages are then escaped (escape.Writer): an error may quote a table,
// a constraint or a file name holding an ESC sequence, and no message
// holds a control character of its own but newlines and tabs. Diagnostics
// go their own way (Env.diagnostics), scrubbed but not escaped again: the
// printer escapes what it quotes and adds the colors.
//
// A panic anywhere in the command's goroutine is a bug reported as an
// error (exit 1), never exit 2, which means "changes present".
func runWith(ctx context.Context, args []string, env *Env, cmds map[string]command) (status int) {
	scrubber := dbconn.NewScrubber()
	escaped := escape.NewWriter(env.Stderr)
	stderr := scrubber.Writer(escaped)
	diagnostics := scrubber.Writer(env.Stderr)
	scrubbed := *env
	scrubbed.Stderr, scrubbed.diagnostics, scrubbed.scrubber = stderr, diagnostics, scrubber
	hideDatabaseURLs(scrubber, env.Getenv, args)
	defer func() {
		// Last: after a panic's message.
		stderr.Flush()
		escaped.Flush()
		diagnostics.Flush()
	}()
	defer func() {
		if r := recover(); r != nil {
			status = report(&Env{Stderr: stderr}, fmt.Errorf("schemactl crashed; this is a bug, please report it with this message:\n%v\n\n%s", r, debug.Stack()))
		}
	}()
	return runCommand(ctx, args, &scrubbed, cmds)
}

// runCommand dispatches args to the command they name.
func runCommand(ctx context.Context, args []string, env *Env, cmds map[string]command) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stdout, cmds)
		if len(args) == 0 {
			return exitError
		}
		return exitOK
	}
	if args[0] == "version" || args[0] == "--version" {
		fmt.Fprintln(env.Stdout, "schemactl", version)
		return exitOK
	}
	cmd, ok := cmds[args[0]]
	if !ok && looksLikeDatabaseURL(args[0]) {
		return reportWithUsage(env, cmds, errors.New("no command given, but what looks like a database URL: pass it to a command with --database-url"))
	}
	if !ok {
		return reportWithUsage(env, cmds, fmt.Errorf("unknown command %q", args[0]))
	}
	return report(env, cmd.run(ctx, env, args[1:]))
}

// reportWithUsage reports err, then the list of commands.
func reportWithUsage(env *Env, cmds map[string]command, err error) int {
	status := report(env, err)
	fmt.Fprintln(env.Stderr)
	usage(env.Stderr, cmds)
	return status
}

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "Usage: schemactl <command> [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "schemactl <command> -h" for a command's flags.`)
}
