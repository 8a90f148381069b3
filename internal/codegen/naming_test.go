package codegen

import (
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

func TestGoNames(t *testing.T) {
	cases := map[string]string{
		"latency_ms": "LatencyMs", "health_check_id": "HealthCheckID", "id": "ID",
		"api_url": "APIURL", "http_status": "HTTPStatus", "ip_address": "IPAddress",
		"userId": "UserID", "json_payload": "JSONPayload", "type": "Type", "func": "Func",
		"2fa_code": "X2faCode", "名前": "X名前", "café": "Café", "Mixed Case": "MixedCase", "___": "X",
	}
	for in, want := range cases {
		if got := GoName(in); got != want {
			t.Errorf("GoName(%q) = %q, want %q", in, got, want)
		}
	}
	types := map[string]string{
		"alert_events": "AlertEvent", "service_health_checks": "ServiceHealthCheck", "statuses": "Status",
		"categories": "Category", "people": "Person", "addresses": "Address", "boxes": "Box",
		"analyses": "Analysis", "data": "Data", "news": "News", "user": "User", "users": "User",
		"matches": "Match", "buses": "Bus", "causes": "Cause", "responses": "Response", "movies": "Movie",
		"series": "Series", "class": "Class", "UserAccounts": "UserAccount", "leaves": "Leaf",
	}
	for in, want := range types {
		if got := TypeName(in); got != want {
			t.Errorf("TypeName(%q) = %q, want %q", in, got, want)
		}
	}
}

// trickyRealm holds names that collide or are hard to spell in Go.
func trickyRealm() *models.Realm {
	text := models.Type{Name: "text"}
	id := func() []*models.Column {
		return []*models.Column{{Name: "id", Type: models.Type{Name: "integer"}}, {Name: "note", Type: text, Nullable: true}}
	}
	pk := &models.PrimaryKey{Name: "pk", Columns: []string{"id"}}
	return (&models.Realm{Schemas: []*models.Schema{
		{Name: "public",
			Enums: []*models.Enum{{Name: "uuid", Values: []string{"a-b", "a_b", ""}}, {Name: "order status", Values: []string{"new"}}},
			Tables: []*models.Table{
				{Name: "user", Columns: id(), PrimaryKey: pk},
				{Name: "users", Columns: id(), PrimaryKey: pk},
				{Name: "User Accounts", Columns: id(), PrimaryKey: pk},
				{Name: "type", Columns: []*models.Column{
					{Name: "type", Type: text}, {Name: "func", Type: text}, {Name: "validate", Type: text},
					{Name: "Insert", Type: text}, {Name: "user_id", Type: text}, {Name: "userId", Type: text},
					{Name: "ctx", Type: text}, {Name: "weird `col\"", Type: text, Nullable: true},
					{Name: "page", Type: text}, {Name: "set", Type: text}, {Name: "updated_at", Type: models.Type{Name: "timestamp with time zone"}},
				}, PrimaryKey: &models.PrimaryKey{Name: "type_pk", Columns: []string{"type", "func", "ctx"}},
					Uniques: []*models.Unique{{Name: "type \"uq\"", Columns: []string{"user_id", "page"}}},
					Indexes: []*models.Index{
						{Name: "type `idx` \"q\"", Parts: []models.IndexPart{{Column: "ctx"}, {Column: "weird `col\"", Desc: true}}, Where: "\"func\" <> 'x`y'"},
						{Name: "type_updated", Parts: []models.IndexPart{{Column: "updated_at"}}, Unique: true},
					}},
				{Name: "optional", Columns: id(), PrimaryKey: pk},
				{Name: "2fa_codes", Columns: id()},
				{Name: "名前", Columns: id(), PrimaryKey: pk},
				{Name: "dbtx", Columns: id(), PrimaryKey: pk},
				{Name: "events_linux", Columns: id(), PrimaryKey: pk},
				{Name: "db", Columns: id(), PrimaryKey: pk},
				{Name: "get_user", Columns: id(), PrimaryKey: pk},
				{Name: "uuids", Columns: id(), PrimaryKey: pk},
			}},
		{Name: "auth", Tables: []*models.Table{{Name: "users", Columns: id(), PrimaryKey: pk}}},
		// x."y.z" and "x.y".z: two enums whose schema and name joined by
		// a dot read the same.
		{Name: "x", Enums: []*models.Enum{{Name: "y.z", Values: []string{"a"}}},
			Tables: []*models.Table{{Name: "moods", Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "integer"}},
				{Name: "first", Type: models.Type{Name: "y.z", EnumSchema: "x"}},
				{Name: "second", Type: models.Type{Name: "z", EnumSchema: "x.y"}},
			}, PrimaryKey: pk}}},
		{Name: "x.y", Enums: []*models.Enum{{Name: "z", Values: []string{"b"}}}},
	}}).Normalize()
}

func TestTrickyNamesNeverCollide(t *testing.T) {
	files, err := Generate(trickyRealm(), Options{Package: "tricky"})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for name, src := range files {
		if strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".") || strings.HasSuffix(strings.TrimSuffix(name, ".go"), "_linux") {
			t.Errorf("file name %q would be ignored or build-constrained", name)
		}
		if _, err := parser.ParseFile(token.NewFileSet(), name, src, 0); err != nil {
			t.Errorf("%s does not parse: %v", name, err)
		}
		all.Write(src)
	}
	code := all.String()
	for _, want := range []string{
		"type User struct", "type Users struct", "type AuthUser struct", "type UserAccount struct",
		"type Type struct", "type X2faCode struct", "type X名前 struct", "type Dbtx struct",
		"type UUIDEnum string", "type OrderStatus string", "func GetUser2(", "type GetUser struct",
		"Validate2 string", "Insert ", "UserID  ", "pageArg string", "type PublicOptional struct",
		"func ListQTypeByCtxAndWeirdCol(", "func GetTypeByUserIDAndPage(", "func DeleteTypeUpdatedAtBefore(", "UserID2 ", "ctxArg string", "funcArg string",
		"type YZ string", "type Z string", "YZA YZ = ", "ZB Z = ", "First  YZ ", "Second Z ",
	} {
		if !strings.Contains(code, want) {
			t.Errorf("generated code lacks %q", want)
		}
	}
	// The whole package must compile: write it inside the module (a
	// directory go ./... ignores) and vet it.
	dir, err := os.MkdirTemp(".", "_tricky")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if _, err := WriteDir(dir, files); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "./"+filepath.Base(dir))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generated package does not compile: %v\n%s", err, out)
	}
}

// Finder names of partial indexes (doc.go, "Finders").
func TestPartialWord(t *testing.T) {
	for _, c := range []struct{ index, table, want string }{
		{"idx_alert_events_active", "alert_events", "Active"},
		{"jobs_queued_idx", "jobs", "Queued"},
		{"ix_open_high_priority", "tickets", "OpenHighPriority"},
		{"alert_events_idx", "alert_events", "AlertEventsIdx"},
		{"idx_jobs", "jobs", "IdxJobs"},
		{"recent", "jobs", "Recent"},
	} {
		if got := partialWord(c.index, c.table); got != c.want {
			t.Errorf("partialWord(%q, %q) = %q, want %q", c.index, c.table, got, c.want)
		}
	}
}
