package plan

import (
	"strings"
	"testing"
)

// Hostile names and values of the table properties reach DDL only
// quoted: a collation and a comment that try to end the statement, a
// storage parameter value that tries the same.
func TestTablePropertiesQuoted(t *testing.T) {
	desired := loadHCL(t, "a.hcl", `schema "public" {
  comment = "x'; DROP TABLE t; --"
}

table "t" {
  schema = schema.public
  storage_parameters = {
    vacuum_index_cleanup = "auto'); DROP TABLE t; --"
  }

  column "c" {
    type    = text
    collate = "C\"; DROP TABLE t; --"
  }

  row_security {
    enabled = true
  }
}

policy "p" {
  on      = table.t
  to      = [PUBLIC]
  using   = "true"
  comment = "it's"
}
`)
	p, err := Build(nil, desired, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sql := strings.Join(sqlOf(p), "\n")
	for _, want := range []string{
		`"c" text COLLATE "C""; DROP TABLE t; --" NOT NULL`,
		`WITH ("vacuum_index_cleanup" = 'auto''); DROP TABLE t; --');`,
		`COMMENT ON SCHEMA "public" IS 'x''; DROP TABLE t; --';`,
		`COMMENT ON POLICY "p" ON "public"."t" IS 'it''s';`,
		`TO PUBLIC`,
	} {
		if !strings.Contains(sql, want) {
			t.Errorf("missing %s in:\n%s", want, sql)
		}
	}
}

// A change of storage parameters sets the new and changed ones and
// resets the dropped ones; a change of collation alone keeps the type and
// warns of the index rebuild; a replica identity follows its index.
func TestTablePropertiesAlter(t *testing.T) {
	cur := loadHCL(t, "a.hcl", `schema "public" {}
table "t" {
  schema = schema.public
  storage_parameters = {
    fillfactor         = 70
    autovacuum_enabled = false
  }
  replica_identity = index.t_c_key
  column "c" {
    type = text
  }
  column "d" {
    type = text
  }
  index "t_c_key" {
    unique  = true
    columns = [column.c]
  }
}
`)
	desired := loadHCL(t, "b.hcl", `schema "public" {}
table "t" {
  schema   = schema.public
  unlogged = true
  storage_parameters = {
    fillfactor           = 80
    "toast.vacuum_truncate" = false
  }
  replica_identity = index.t_c_key
  column "c" {
    type    = text
    collate = "C"
  }
  column "d" {
    type = text
  }
  index "t_c_key" {
    unique  = true
    columns = [column.c]
    include = [column.d]
  }
}
`)
	p, err := Build(cur, desired, cur, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sql := strings.Join(sqlOf(p), "\n")
	for _, want := range []string{
		`ALTER TABLE "public"."t" SET UNLOGGED;`,
		`ALTER TABLE "public"."t" SET ("fillfactor" = '80', "toast"."vacuum_truncate" = 'false');`,
		`ALTER TABLE "public"."t" RESET ("autovacuum_enabled");`,
		`ALTER TABLE "public"."t" ALTER COLUMN "c" TYPE text COLLATE "C";`,
		`ALTER TABLE "public"."t" REPLICA IDENTITY USING INDEX "t_c_key";`,
	} {
		if !strings.Contains(sql, want) {
			t.Errorf("missing %s in:\n%s", want, sql)
		}
	}
	if strings.Index(sql, `REPLICA IDENTITY`) < strings.Index(sql, `CREATE UNIQUE INDEX`) {
		t.Errorf("replica identity set before its index is rebuilt:\n%s", sql)
	}
	var codes []string
	for _, h := range p.Hazards() {
		codes = append(codes, string(h.Code))
	}
	if got := strings.Join(codes, ","); !strings.Contains(got, "TABLE_REWRITE") || !strings.Contains(got, "ACCESS_EXCLUSIVE_LOCK") {
		t.Errorf("hazards %s, want TABLE_REWRITE and ACCESS_EXCLUSIVE_LOCK", got)
	}
}

func sqlOf(p *Plan) []string {
	out := make([]string, len(p.Statements))
	for i, s := range p.Statements {
		out[i] = s.SQL
	}
	return out
}
