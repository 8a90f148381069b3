package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/mattn/go-isatty"
	"github.com/schemactl/schemactl/internal/dbconn"
	"github.com/schemactl/schemactl/internal/session"
)

// Env is what a command may touch of the outside world. Tests build their
// own with buffers and a fake environment.
type Env struct {
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// StdoutIsTerminal decides, with --no-color and NO_COLOR, whether
	// output is colored.
	StdoutIsTerminal bool
	// Tracer, when set, traces every query of the connections commands
	// open (tests count a command's reads with it).
	Tracer pgx.QueryTracer

	// scrubber masks, in Stderr, the passwords of the database URL the
	// flags name (set by run; parseFlags gives it the URL).
	scrubber *dbconn.Scrubber
	// diagnostics is where HCL diagnostics are printed (set by run):
	// stderr, scrubbed, but not escaped again like Stderr, since the
	// diagnostics printer escapes what it quotes and colors the rest.
	diagnostics io.Writer
}

// diagnosticsWriter is the writer for HCL diagnostics: Stderr when run
// did not set one.
func (e *Env) diagnosticsWriter() io.Writer {
	if e.diagnostics == nil {
		return e.Stderr
	}
	return e.diagnostics
}

func newEnv(stdout, stderr *os.File, getenv func(string) string) *Env {
	return &Env{
		Stdout:           stdout,
		Stderr:           stderr,
		Getenv:           getenv,
		StdoutIsTerminal: isatty.IsTerminal(stdout.Fd()) || isatty.IsCygwinTerminal(stdout.Fd()),
	}
}

// commonFlags are the flags every command takes (docs/commands.md).
type commonFlags struct {
	Schema      string
	Migrations  string
	DatabaseURL string
	NoColor     bool
	LogLevel    string
	LogFormat   string

	// logger is built by parseFlags from --log-level and --log-format.
	logger *slog.Logger
	// tracer is the Env's, for connect.
	tracer pgx.QueryTracer
}

// newFlagSet makes a command's flag set with the common flags registered.
// Flags print to the command's stderr; errors are returned, not exited on.
func newFlagSet(env *Env, name, synopsis string) (*flag.FlagSet, *commonFlags) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(flagOutput{env.Stderr})
	c := &commonFlags{}
	fs.StringVar(&c.Schema, "schema", "schema", "HCL schema: a file, or a folder of *.hcl files")
	fs.StringVar(&c.Migrations, "migrations", "migrations", "migrations directory")
	fs.StringVar(&c.DatabaseURL, "database-url", "", "PostgreSQL URL (default $DATABASE_URL)")
	fs.BoolVar(&c.NoColor, "no-color", false, "disable colored output (also NO_COLOR, or stdout not a terminal)")
	fs.StringVar(&c.LogLevel, "log-level", "warn", "log level: debug, info, warn, error")
	fs.StringVar(&c.LogFormat, "log-format", "text", "log format: text or json")
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: schemactl %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs, c
}

// parseFlags parses args, fills defaults from the environment and builds
// the logger. A non-nil error ends the command: the flag package already
// printed why (exitStatus), or -h asked for the usage (exit 0).
func parseFlags(env *Env, fs *flag.FlagSet, c *commonFlags, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitStatus(exitOK)
		}
		return errReported
	}
	if c.DatabaseURL == "" {
		c.DatabaseURL = env.Getenv("DATABASE_URL")
	}
	if env.scrubber != nil {
		env.scrubber.HideURL(c.DatabaseURL)
	}
	logger, err := c.newLogger(env)
	if err != nil {
		return err
	}
	c.logger, c.tracer = logger, env.Tracer
	return nil
}

// hideDatabaseURLs has every password that may be in the arguments or
// in DATABASE_URL masked in what is printed to stderr, before anything is:
// a flag error quotes a value, and a URL given without --database-url is
// echoed as an unknown command or an unexpected argument. Only arguments
// that can hold one (an '@' or a password setting) are taken as connection
// strings: guessing the password of "a:b@c" masks "b" everywhere.
func hideDatabaseURLs(s *dbconn.Scrubber, getenv func(string) string, args []string) {
	s.HideURL(getenv("DATABASE_URL"))
	for _, arg := range args {
		if !strings.Contains(arg, "@") && !strings.Contains(strings.ToLower(arg), "password") {
			continue
		}
		s.HideURL(arg)
		if name, value, ok := strings.Cut(arg, "="); ok && strings.HasPrefix(name, "-") {
			s.HideURL(value) // --database-url=URL
		}
	}
}

// looksLikeDatabaseURL reports whether a command-line argument may be a
// connection string (and so hold a password): a URL, an '@', settings.
func looksLikeDatabaseURL(arg string) bool {
	return strings.ContainsAny(arg, "@=") || strings.Contains(arg, "://")
}

// flagOutput is where the flag package prints: its errors quote the value
// of a flag ("invalid value %q for flag -x"), and a value that looks like
// a database URL is replaced, since the password it may hold cannot always
// be told apart.
type flagOutput struct{ w io.Writer }

var quotedValue = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

func (o flagOutput) Write(p []byte) (int, error) {
	out := quotedValue.ReplaceAllFunc(p, func(q []byte) []byte {
		if v, err := strconv.Unquote(string(q)); err == nil && looksLikeDatabaseURL(v) {
			return []byte("(a database URL)")
		}
		return q
	})
	if _, err := o.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// argumentsError is the error for positional arguments given to a
// command that takes none. An argument that looks like a database URL or
// connection settings is not echoed (it holds a password): the error says
// to pass it with --database-url.
func argumentsError(command string, args []string) error {
	for _, arg := range args {
		if looksLikeDatabaseURL(arg) {
			return fmt.Errorf("%s takes no arguments; one looks like a database URL: pass it with --database-url (or DATABASE_URL)", command)
		}
	}
	return fmt.Errorf("%s takes no arguments, got %q", command, args)
}

// connect opens the connection the flags name. Only the redacted URL is
// ever logged.
func (c *commonFlags) connect(ctx context.Context) (*pgx.Conn, error) {
	c.logger.DebugContext(ctx, "connecting", "database", dbconn.Redact(c.DatabaseURL))
	if c.tracer != nil {
		return dbconn.Connect(ctx, c.DatabaseURL, dbconn.WithTracer(c.tracer))
	}
	return dbconn.Connect(ctx, c.DatabaseURL)
}

// Color reports whether output should be colored.
func (c *commonFlags) Color(env *Env) bool {
	return !c.NoColor && env.Getenv("NO_COLOR") == "" && env.StdoutIsTerminal
}

// newLogger builds the structured logger the flags ask for, writing to
// stderr. Database URLs are logged through dbconn.Redact, never raw.
func (c *commonFlags) newLogger(env *Env) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return nil, fmt.Errorf("--log-level %q: want debug, info, warn or error", c.LogLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(c.LogFormat) {
	case "text":
		return slog.New(slog.NewTextHandler(env.Stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(env.Stderr, opts)), nil
	default:
		return nil, fmt.Errorf("--log-format %q: want text or json", c.LogFormat)
	}
}

// readBoundsFlags registers --lock-timeout and --statement-timeout, the
// bounds of a command's catalog reads (see internal/session).
func readBoundsFlags(fs *flag.FlagSet) *session.Bounds {
	b := &session.Bounds{}
	fs.DurationVar(&b.LockTimeout, "lock-timeout", session.DefaultLockTimeout, "how long a read of the catalog waits for a lock another session holds")
	fs.DurationVar(&b.StatementTimeout, "statement-timeout", session.DefaultStatementTimeout, "how long one read of the catalog (or rendering of the HCL's expressions) may run")
	return b
}

// checkBounds refuses bounds that would mean "wait forever".
func checkBounds(b *session.Bounds) error {
	if b.LockTimeout <= 0 || b.StatementTimeout <= 0 {
		return fmt.Errorf("--lock-timeout and --statement-timeout must be positive durations, got %s and %s", b.LockTimeout, b.StatementTimeout)
	}
	return nil
}

// readError names a lock or statement timeout met while doing something
// as a *session.TimeoutError; other errors pass through.
func readError(doing string, b session.Bounds, err error) error {
	switch {
	case session.IsLockTimeout(err):
		return &session.TimeoutError{Doing: doing, Lock: true, Waited: b.LockTimeout, Err: err,
			Hint: "Nothing was changed; try again once the transaction holding the lock ends, or raise --lock-timeout"}
	case session.IsStatementTimeout(err):
		return &session.TimeoutError{Doing: doing, Waited: b.StatementTimeout, Err: err,
			Hint: "Nothing was changed; raise --statement-timeout"}
	}
	return err
}
