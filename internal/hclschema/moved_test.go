package hclschema

import (
	"reflect"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// TestLoadMoved reads moved blocks of every kind into the realm: chains
// are followed to the declared name, a table's objects may be named by
// the table's old name or its new one, references may give the schema,
// and each move says where its block is.
func TestLoadMoved(t *testing.T) {
	src := `schema "public" {}
schema "billing" {}

table "customers" {
  schema = schema.public
  column "id" { type = integer }
  column "full_name" { type = text }
  primary_key "customers_pk" { columns = [column.id] }
  index "customers_name_idx" { columns = [column.full_name] }
  unique "customers_name_key" { columns = [column.full_name] }
  check "customers_name_check" { expr = "full_name <> ''" }
}

table "billing" "invoices" {
  schema = schema.billing
  column "id" { type = integer }
  column "customer_id" { type = integer }
  foreign_key "invoices_customer_fk" {
    columns     = [column.customer_id]
    ref_columns = [table.customers.column.id]
  }
}

moved {
  from = table.users
  to   = table.customers
}
moved {
  from = table.users.column.name
  to   = table.customers.column.full_name
}
moved {
  from = table.customers.column.nm
  to   = table.customers.column.name
}
moved {
  from = table.public.customers.primary_key.users_pkey
  to   = table.public.customers.primary_key.customers_pk
}
moved {
  from = table.customers.index.users_name_idx
  to   = table.customers.index.customers_name_idx
}
moved {
  from = table.customers.unique.users_name_key
  to   = table.customers.unique.customers_name_key
}
moved {
  from = table.customers.check.users_name_check
  to   = table.customers.check.customers_name_check
}
moved {
  from = table.billing.bills
  to   = table.billing.invoices
}
moved {
  from = table.billing.invoices.foreign_key.bills_customer_fk
  to   = table.billing.invoices.foreign_key.invoices_customer_fk
}
`
	r, diags := LoadFiles(map[string][]byte{"schema.hcl": []byte(src)})
	if diags.HasErrors() {
		t.Fatalf("load:\n%s", printed(t, diags))
	}
	src1 := func(line int) string { return "schema.hcl:" + itoa(line) + ",1" }
	want := []models.Move{
		{Kind: models.MoveTable, Schema: "billing", From: "bills", To: "invoices", Source: src1(52)},
		{Kind: models.MoveTable, Schema: "public", From: "users", To: "customers", Source: src1(24)},
		{Kind: models.MoveForeignKey, Schema: "billing", Table: "invoices", From: "bills_customer_fk", To: "invoices_customer_fk", Source: src1(56)},
		{Kind: models.MoveCheck, Schema: "public", Table: "customers", From: "users_name_check", To: "customers_name_check", Source: src1(48)},
		{Kind: models.MoveColumn, Schema: "public", Table: "customers", From: "name", To: "full_name", Source: src1(28)},
		// The chain nm -> name -> full_name: nm goes straight to full_name.
		{Kind: models.MoveColumn, Schema: "public", Table: "customers", From: "nm", To: "full_name", Source: src1(32)},
		{Kind: models.MoveIndex, Schema: "public", Table: "customers", From: "users_name_idx", To: "customers_name_idx", Source: src1(40)},
		{Kind: models.MovePrimaryKey, Schema: "public", Table: "customers", From: "users_pkey", To: "customers_pk", Source: src1(36)},
		{Kind: models.MoveUnique, Schema: "public", Table: "customers", From: "users_name_key", To: "customers_name_key", Source: src1(44)},
	}
	if !reflect.DeepEqual(r.Moves, want) {
		t.Fatalf("moves:\n got %+v\nwant %+v", r.Moves, want)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
