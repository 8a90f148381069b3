package codegen

import (
	"bytes"
	"slices"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
)

// generate writes no model for a data table (issue 11): it is the
// database's, not the project's. A schema with data tables and import
// blocks generates exactly what it does without them.
func TestGenerateIgnoresDataTablesAndImports(t *testing.T) {
	const tables = `schema "public" {}

table "subscriptions" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  column "user_id" {
    type = uuid
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "subscriptions_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [data.table.auth_users.column.id]
  }
}
`
	const takeover = `import {
  to = table.subscriptions
}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"
  column "id" {
    type = uuid
  }
}
`
	with, diags := hclschema.LoadFiles(map[string][]byte{"tables.hcl": []byte(tables), "takeover.hcl": []byte(takeover)})
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	if len(with.Data) != 1 || len(with.Imports) != 1 {
		t.Fatalf("data %+v, imports %+v", with.Data, with.Imports)
	}
	without := with.Clone()
	without.Data, without.Imports = nil, nil
	got, err := Generate(with, Options{Package: "app"})
	if err != nil {
		t.Fatal(err)
	}
	want, err := Generate(without, Options{Package: "app"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name, src := range got {
		names = append(names, name)
		if !bytes.Equal(src, want[name]) {
			t.Errorf("%s differs with the data table and the import", name)
		}
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"db.go", "subscriptions.go"}) {
		t.Fatalf("files %v, want db.go and subscriptions.go only", names)
	}
}
