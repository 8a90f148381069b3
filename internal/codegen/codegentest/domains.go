package codegentest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
)

// domainsHCL declares the domains fixture: columns of domains (one over
// another domain, one NOT NULL with a default, one array), whose CHECKs
// the generated Validate folds in, and a composite-typed column, carried
// as its text form.
const domainsHCL = `schema "public" {}

domain "postal_code" {
  schema = schema.public
  type   = varchar(10)
  null   = true
  check "postal_code_length" {
    expr = "length(VALUE) >= 5"
  }
}

domain "us_postal_code" {
  schema = schema.public
  type   = domain.postal_code
  null   = true
  check "us_postal_code_digits" {
    expr = "VALUE ~ '^[0-9]+$'"
  }
}

domain "quantity" {
  schema  = schema.public
  type    = integer
  default = 1
  check "quantity_positive" {
    expr = "VALUE > 0"
  }
}

domain "grade" {
  schema = schema.public
  type   = text
  null   = true
  check "grade_letter" {
    expr = "VALUE IN ('A', 'B', 'C')"
  }
}

composite "address" {
  schema = schema.public
  field "street" {
    type = text
  }
  field "zip" {
    type = domain.postal_code
  }
}

table "orders" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  column "zip" {
    type = domain.us_postal_code
  }
  column "qty" {
    type = domain.quantity
    null = true
  }
  column "grade" {
    type = domain.grade
    null = true
  }
  column "other_zips" {
    type = sql("postal_code[]")
    null = true
  }
  column "ship_to" {
    type = composite.address
    null = true
  }
  primary_key {
    columns = [column.id]
  }
}
`

// Domains is the domains fixture's realm.
func Domains() *models.Realm {
	r, diags := hclschema.LoadFiles(map[string][]byte{"domains.hcl": []byte(domainsHCL)})
	if diags.HasErrors() {
		panic(fmt.Sprintf("codegentest: the domains fixture does not load: %s", diags.Error()))
	}
	return r
}

// PlanDDL is the SQL creating r in an empty database, as the planner
// writes it (for the kinds DDL does not know: domains, composite types).
func PlanDDL(r *models.Realm) string {
	p, err := plan.Build(nil, r, nil, plan.Options{})
	if err != nil {
		panic(fmt.Sprintf("codegentest: planning the fixture: %v", err))
	}
	var b strings.Builder
	for _, s := range p.Statements {
		b.WriteString(s.SQL + "\n")
	}
	return b.String()
}

// IsCheckViolation reports whether err is PostgreSQL's check_violation
// (23514) of the named constraint: a domain's CHECK is reported so too.
func IsCheckViolation(err error, constraint string) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "23514" && pgErr.ConstraintName == constraint
}
