package plan

import (
	"reflect"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// untidyRealm is a realm that Normalize changes: tables and indexes out of
// order, defaults left to fill (index method, foreign key actions, policy
// command and roles).
func untidyRealm() *models.Realm {
	col := func(name, typ string) *models.Column { return &models.Column{Name: name, Type: models.Type{Name: typ}} }
	return &models.Realm{Schemas: []*models.Schema{
		{Name: "public", Tables: []*models.Table{
			{Name: "posts", Columns: []*models.Column{col("id", "int4"), col("author", "int4"), col("body", "text")},
				Indexes: []*models.Index{
					{Name: "posts_z", Parts: []models.IndexPart{{Column: "body"}}},
					{Name: "posts_a", Method: "BTREE", Parts: []models.IndexPart{{Column: "author"}}},
				},
				ForeignKeys: []*models.ForeignKey{{Name: "posts_author_fkey", Columns: []string{"author"}, RefTable: "users", RefColumns: []string{"id"}}},
				Policies:    []*models.Policy{{Name: "own", Using: "author = 1", Roles: []string{"b", "a"}}},
			},
			{Name: "users", Columns: []*models.Column{col("id", "int4"), col("name", "text")},
				PrimaryKey: &models.PrimaryKey{Name: "users_pkey", Columns: []string{"id"}}},
		}},
		{Name: "app", Enums: []*models.Enum{{Name: "mood", Values: []string{"ok", "sad"}}}},
	}}
}

// Build and Offline normalise their own copies: the realms they are given
// are left exactly as they were, with or without differences to plan and
// whether or not the state already knows the schema public.
func TestBuildLeavesItsInputsUntouched(t *testing.T) {
	emptyState := &models.Realm{Schemas: []*models.Schema{{Name: "app"}}}
	for _, tc := range []struct {
		name           string
		desired, state *models.Realm
	}{
		{"first plan", untidyRealm(), emptyState},
		{"no changes", untidyRealm(), untidyRealm()},
		{"changes", untidyRealm(), func() *models.Realm {
			r := untidyRealm()
			r.Schemas[0].Tables[0].Columns = r.Schemas[0].Tables[0].Columns[:2]
			r.Schemas[0].Tables[1].Name = "people"
			return r
		}()},
		{"no state", untidyRealm(), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantDesired, wantState := tc.desired.Clone(), tc.state.Clone()
			check := func(what string) {
				t.Helper()
				if !reflect.DeepEqual(tc.desired, wantDesired) {
					t.Fatalf("%s changed desired: %v", what, models.Differences(wantDesired, tc.desired))
				}
				if !reflect.DeepEqual(tc.state, wantState) {
					t.Fatalf("%s changed state: %v", what, models.Differences(wantState, tc.state))
				}
			}
			offline, err := Offline(tc.desired, tc.state, Options{AllowDestroy: true})
			if err != nil {
				t.Fatal(err)
			}
			check("Offline")
			built, err := Build(tc.state, tc.desired, tc.state, Options{AllowDestroy: true})
			if err != nil {
				t.Fatal(err)
			}
			check("Build")
			// Offline is Build with the state standing for the catalog
			// (public taken as existing, which these realms declare).
			withPublic := tc.state.Clone()
			if withPublic.Schema("public") == nil {
				withPublic = realmOrEmpty(withPublic)
				withPublic.Schemas = append(withPublic.Schemas, &models.Schema{Name: "public"})
			}
			want, err := Build(withPublic, tc.desired, tc.state, Options{AllowDestroy: true})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := statementsOf(offline), statementsOf(want); !reflect.DeepEqual(got, want) {
				t.Fatalf("Offline planned %v, Build from the state with public %v", got, want)
			}
			if tc.name == "no changes" && !offline.Empty() {
				t.Fatalf("plan of a realm against itself is not empty: %v", offline.Addresses())
			}
			if tc.name == "changes" && (offline.Empty() || built.Empty()) {
				t.Fatal("plan of a changed realm is empty")
			}
		})
	}
}

// statementsOf lists a plan's statements in run order, those that run
// outside a transaction marked.
func statementsOf(p *Plan) []string {
	out := make([]string, len(p.Statements))
	for i, s := range p.Statements {
		out[i] = s.SQL
		if s.NoTransaction {
			out[i] = "-- no transaction\n" + s.SQL
		}
	}
	return out
}
