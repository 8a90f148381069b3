// Package dbconn opens connections to the database a user names, and makes
// sure the password in that name never reaches an error, a log line or the
// terminal.
package dbconn

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"
)

// ErrNoURL is returned when a command needs a database and none was given.
var ErrNoURL = errors.New("no database URL: pass --database-url or set DATABASE_URL")

// Connect opens one connection to rawURL. Errors name the redacted URL and
// have every occurrence of the password scrubbed, whatever the driver put
// in them.
func Connect(ctx context.Context, rawURL string) (*pgx.Conn, error) {
	if rawURL == "" {
		return nil, ErrNoURL
	}
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, fmt.Errorf("parsing database URL %s: %s", Redact(rawURL), Scrub(err.Error(), rawURL))
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %s", Redact(rawURL), Scrub(err.Error(), rawURL))
	}
	return conn, nil
}

var kvPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// Redact returns rawURL with its password replaced by "xxxxx". It handles
// URLs (postgres://user:pass@host/db) and key=value strings
// (host=... password=...).
func Redact(rawURL string) string {
	if strings.Contains(rawURL, "://") {
		u, err := url.Parse(rawURL)
		if err != nil {
			return "(unparseable database URL)"
		}
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.Redacted()
	}
	return kvPassword.ReplaceAllString(rawURL, "${1}xxxxx")
}

// Scrub removes the password of rawURL from msg wherever it appears.
func Scrub(msg, rawURL string) string {
	pw := password(rawURL)
	if pw == "" {
		return msg
	}
	msg = strings.ReplaceAll(msg, pw, "xxxxx")
	if esc := url.QueryEscape(pw); esc != pw {
		msg = strings.ReplaceAll(msg, esc, "xxxxx")
	}
	if esc := url.PathEscape(pw); esc != pw {
		msg = strings.ReplaceAll(msg, esc, "xxxxx")
	}
	return msg
}

func password(rawURL string) string {
	if cfg, err := pgx.ParseConfig(rawURL); err == nil && cfg.Password != "" {
		return cfg.Password
	}
	if u, err := url.Parse(rawURL); err == nil && u.User != nil {
		if p, ok := u.User.Password(); ok {
			return p
		}
	}
	if m := kvPassword.FindStringSubmatch(rawURL); m != nil {
		return strings.Trim(m[2], "'")
	}
	return ""
}
