// Package dbconn opens connections to the database a user names, and makes
// sure the password in that name never reaches an error, a log line or the
// terminal.
package dbconn

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// ErrNoURL is returned when a command needs a database and none was given.
var ErrNoURL = errors.New("no database URL: pass --database-url or set DATABASE_URL")

// Connect opens one connection to rawURL. Errors never show the password:
// they name the redacted URL and have every spelling of the password
// scrubbed, whatever the driver or the server put in them. A string pgx
// cannot parse, or would read otherwise than its author meant (see
// Redact), is refused before anything is sent, with the parse error
// scrubbed the same way.
func Connect(ctx context.Context, rawURL string, opts ...Option) (*pgx.Conn, error) {
	if rawURL == "" {
		return nil, ErrNoURL
	}
	cfg, _, problem := read(rawURL)
	if problem != "" {
		return nil, fmt.Errorf("parsing database URL %s: %s", Unparseable, Scrub(problem, rawURL))
	}
	for _, o := range opts {
		o(cfg)
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %s", Redact(rawURL), Scrub(err.Error(), rawURL))
	}
	return conn, nil
}

// read parses rawURL with pgx, and with parseConnString to locate its
// passwords. problem is empty when both agree that it is a URL or
// settings, and on its password; otherwise it says why not (pgx's parse
// error, unscrubbed, among others) and cfg may be nil.
func read(rawURL string) (cfg *pgx.ConnConfig, cs *connString, problem string) {
	cs = parseConnString(rawURL)
	cfg, err := pgx.ParseConfig(rawURL)
	switch {
	case err != nil:
		return nil, cs, parseErrorText(err)
	case cs.problem != "":
		return cfg, cs, cs.problem
	case cfg.Password != "" && len(cs.passwords) > 0 && !slices.Contains(cs.passwords, cfg.Password):
		return cfg, cs, "schemactl cannot tell which part of it is the password"
	}
	return cfg, cs, ""
}

// parseErrorText is pgx's reason for refusing a connection string,
// without the string itself (which pgx masks only "on a best-effort
// basis") and without the parts of it pgx quotes (a user name, a host, a
// key: in a mangled string any of them may be a piece of the password).
func parseErrorText(err error) string {
	text := err.Error()
	var pe *pgconn.ParseConfigError
	if errors.As(err, &pe) {
		without := *pe
		without.ConnString = ""
		text = strings.TrimPrefix(without.Error(), "cannot parse ``: ")
	}
	return quotedPart.ReplaceAllString(text, `"…"`)
}

// quotedPart is a double-, single- or back-quoted part of a message.
var quotedPart = regexp.MustCompile("\"[^\"]*\"|'[^']*'|`[^`]*`")

// Option changes the connection's configuration before it connects.
type Option func(*pgx.ConnConfig)

// WithTracer traces the connection's queries (tests count them).
func WithTracer(t pgx.QueryTracer) Option {
	return func(cfg *pgx.ConnConfig) { cfg.Tracer = t }
}
