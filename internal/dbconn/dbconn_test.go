package dbconn

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/testdb"
)

func TestRedact(t *testing.T) {
	cases := map[string]string{
		"postgres://u:s3cret@h:5432/db?sslmode=disable": "postgres://u:xxxxx@h:5432/db?sslmode=disable",
		"postgres://u@h/db?password=s3cret":             "postgres://u@h/db?password=xxxxx",
		"host=h user=u password=s3cret dbname=d":        "host=h user=u password=xxxxx dbname=d",
		"host=h password='s3 cret' dbname=d":            "host=h password=xxxxx dbname=d",
	}
	for in, want := range cases {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestConnectFailureNeverShowsThePassword(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// Right server, wrong database: the server answers with an error.
	for _, raw := range []string{
		"postgres://postgres:Sup3rS3cretPw@127.0.0.1:5432/no_such_database_schemactl?sslmode=disable",
		"postgres://postgres:Sup3rS3cretPw@127.0.0.1:1/postgres?sslmode=disable&connect_timeout=2",
		"host=127.0.0.1 port=1 user=postgres password=Sup3rS3cretPw connect_timeout=2",
	} {
		_, err := Connect(ctx, raw)
		if err == nil {
			t.Fatalf("connecting to %s succeeded", Redact(raw))
		}
		if strings.Contains(err.Error(), "Sup3rS3cretPw") {
			t.Fatalf("error shows the password: %v", err)
		}
	}
}

func TestConnectWorksAndNoURLIsAnError(t *testing.T) {
	ctx := context.Background()
	if _, err := Connect(ctx, ""); !errors.Is(err, ErrNoURL) {
		t.Fatalf("empty URL: got %v", err)
	}
	conn, err := Connect(ctx, testdb.New(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var one int
	if err := conn.QueryRow(ctx, "SELECT 1").Scan(&one); err != nil || one != 1 {
		t.Fatalf("SELECT 1: %v %d", err, one)
	}
}
