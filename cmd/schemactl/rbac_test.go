package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// TestRBACFromScratch: the Supabase-style RBAC schema (testdata/rbac: two
// enums, user_roles and role_permissions, an authorize() function of an
// enum and a uuid, STABLE SECURITY DEFINER with an empty search_path, and
// policies calling it) is written as a migration offline, applied to an
// empty database by the CLI, and then planned to nothing, live and
// offline; authorize() answers from the tables it reads.
func TestRBACFromScratch(t *testing.T) {
	t.Parallel()
	project := t.TempDir()
	schemaDir, migrationsDir := filepath.Join(project, "schema"), filepath.Join(project, "migrations")
	if err := os.MkdirAll(schemaDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(schemaDir, "rbac.hcl"), mustRead(t, "../../testdata/rbac/schema.hcl"), 0o644); err != nil {
		t.Fatal(err)
	}
	requireCLI(t, nil, "validate", "--schema", schemaDir)
	out := requireCLI(t, nil, "plan", "--schema", schemaDir, "--migrations", migrationsDir, "--write", "rbac")
	if !strings.Contains(out, "function public.authorize(public.app_permission, uuid) will be created") {
		t.Fatalf("the plan does not create authorize():\n%s", out)
	}
	url := testdb.New(t)
	vars := map[string]string{"DATABASE_URL": url}
	requireCLI(t, vars, "apply", "--migrations", migrationsDir)

	for _, env := range []map[string]string{vars, nil} {
		status, stdout, stderr := runCLI(t, env, "plan", "--schema", schemaDir, "--migrations", migrationsDir, "--detailed-exitcode")
		if status != exitOK || !strings.Contains(stdout, "No changes.") {
			t.Fatalf("re-plan (live: %v) exited %d, want no changes:\n%s%s", env != nil, status, stdout, stderr)
		}
	}

	testdb.Exec(t, url, `INSERT INTO public.role_permissions (role, permission) VALUES ('moderator', 'messages.delete');
INSERT INTO public.user_roles (user_id, role) VALUES ('00000000-0000-0000-0000-00000000000a', 'moderator');`)
	may := queryTestDB[bool](t, url, `SELECT public.authorize('messages.delete', '00000000-0000-0000-0000-00000000000a')`)
	mayNot := queryTestDB[bool](t, url, `SELECT public.authorize('channels.delete', '00000000-0000-0000-0000-00000000000a')`)
	if !may || mayNot {
		t.Fatalf("authorize: messages.delete %v (want true), channels.delete %v (want false)", may, mayNot)
	}
}
