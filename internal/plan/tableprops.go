package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Table properties: persistence (UNLOGGED), storage parameters and
// replica identity; and the comments of schemas and policies.

// persistenceKey stands for a table's persistence being set: a table
// turned LOGGED must wait for the tables it references to be LOGGED, and
// a table turned UNLOGGED for the tables that reference it to be
// UNLOGGED (PostgreSQL refuses a logged table referencing an unlogged
// one at every step).
func persistenceKey(schema, table string) string { return key("persistence", schema, table) }

// createTableSQL is CREATE [UNLOGGED] TABLE with the column and
// constraint definitions and the storage parameters.
func createTableSQL(t *models.Table, defs []string) string {
	unlogged := ""
	if t.Unlogged {
		unlogged = "UNLOGGED "
	}
	with := ""
	if len(t.StorageParameters) > 0 {
		with = " WITH (" + storageAssignments(t.StorageParameters) + ")"
	}
	return fmt.Sprintf("CREATE %sTABLE %s (\n  %s\n)%s%s;", unlogged, t.QualifiedName(), strings.Join(defs, ",\n  "), partitionByClause(t), with)
}

// storageName is a storage parameter's name as DDL writes it: each part
// of toast.name quoted as an identifier (the loader allows lower-case
// names only, which quoting leaves bare).
func storageName(name string) string {
	parts := strings.Split(name, ".")
	for i, p := range parts {
		parts[i] = models.QuoteIdent(p)
	}
	return strings.Join(parts, ".")
}

// storageAssignments is "name = 'value', ..." for WITH and SET: every
// value a string literal, which PostgreSQL parses by the parameter's
// type.
func storageAssignments(params []models.StorageParameter) string {
	out := make([]string, len(params))
	for i, p := range params {
		out[i] = storageName(p.Name) + " = " + models.QuoteLiteral(p.Value)
	}
	return strings.Join(out, ", ")
}

// storageSummary is the parameters for a plan's details.
func storageSummary(params []models.StorageParameter) string {
	out := make([]string, len(params))
	for i, p := range params {
		out[i] = p.Name + "=" + p.Value
	}
	return strings.Join(out, ", ")
}

// replicaIdentityText is a table's replica identity as ALTER TABLE ...
// REPLICA IDENTITY writes it.
func replicaIdentityText(t *models.Table) string {
	switch t.ReplicaIdentity {
	case "":
		return "DEFAULT"
	case models.ReplicaIdentityIndex:
		return "USING INDEX " + models.QuoteIdent(t.ReplicaIdentityIndex)
	}
	return t.ReplicaIdentity
}

// createTableProperties adds the details of a new table's properties and
// sets its replica identity once the table and its index exist.
func (b *builder) createTableProperties(c *Change, t *models.Table) {
	if t.Unlogged {
		c.Items = append(c.Items, created("persistence", "UNLOGGED"))
	}
	if len(t.StorageParameters) > 0 {
		c.Items = append(c.Items, created("storage parameters", storageSummary(t.StorageParameters)))
	}
	if t.ReplicaIdentity != "" {
		b.setReplicaIdentity(c, t)
	}
}

// diffTableProperties changes persistence, storage parameters and
// replica identity in place.
func (b *builder) diffTableProperties(c *Change, cur, t *models.Table) {
	if cur.Unlogged != t.Unlogged {
		b.setPersistence(c, t)
	}
	b.diffStorageParameters(c, cur, t)
	if cur.ReplicaIdentity != t.ReplicaIdentity || cur.ReplicaIdentityIndex != t.ReplicaIdentityIndex ||
		(t.ReplicaIdentity == models.ReplicaIdentityIndex && keyRebuilt(cur, t, t.ReplicaIdentityIndex)) {
		b.setReplicaIdentity(c, t)
	}
}

// setPersistence is ALTER TABLE ... SET LOGGED / UNLOGGED, a rewrite.
func (b *builder) setPersistence(c *Change, t *models.Table) {
	from, to := "LOGGED", "UNLOGGED"
	if !t.Unlogged {
		from, to = to, from
	}
	name := displayName(t.Schema, t.Name)
	c.Items = append(c.Items, updated("table", "persistence", from, to))
	hz := Hazard{HazardTableRewrite, fmt.Sprintf("SET %s rewrites %s and its indexes under an ACCESS EXCLUSIVE lock", to, name)}
	if t.Unlogged {
		hz.Message += "; from then on its rows are not written to the WAL, are lost after a crash and are not replicated"
	}
	s := &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s SET %s;", t.QualifiedName(), to),
		creates:  []string{persistenceKey(t.Schema, t.Name)},
		requires: []string{tableKey(t.Schema, t.Name)},
		Hazards:  []Hazard{hz},
	}
	if t.Unlogged {
		// The tables referencing t go unlogged first.
		for _, y := range referencing(b.desired, t) {
			s.requires = append(s.requires, persistenceKey(y.table.Schema, y.table.Name))
		}
	} else {
		// The tables t references go logged first.
		for _, fk := range t.ForeignKeys {
			if fk.RefSchema != t.Schema || fk.RefTable != t.Name {
				s.requires = append(s.requires, persistenceKey(fk.RefSchema, fk.RefTable))
			}
		}
	}
	b.emit(c, s)
}

// diffStorageParameters sets what is new or changed and resets what is
// no longer declared.
func (b *builder) diffStorageParameters(c *Change, cur, t *models.Table) {
	var set []models.StorageParameter
	var reset []string
	for _, p := range t.StorageParameters {
		old, ok := cur.StorageParameter(p.Name)
		if ok && old == p.Value {
			continue
		}
		set = append(set, p)
		c.Items = append(c.Items, updated("storage parameter "+p.Name, "value", old, p.Value))
	}
	for _, p := range cur.StorageParameters {
		if _, ok := t.StorageParameter(p.Name); !ok {
			reset = append(reset, storageName(p.Name))
			c.Items = append(c.Items, updated("storage parameter "+p.Name, "value", p.Value, ""))
		}
	}
	req := []string{tableKey(t.Schema, t.Name)}
	if len(set) > 0 {
		b.emit(c, &Statement{SQL: fmt.Sprintf("ALTER TABLE %s SET (%s);", t.QualifiedName(), storageAssignments(set)), requires: req})
	}
	if len(reset) > 0 {
		b.emit(c, &Statement{SQL: fmt.Sprintf("ALTER TABLE %s RESET (%s);", t.QualifiedName(), strings.Join(reset, ", ")), requires: req})
	}
}

// setReplicaIdentity is ALTER TABLE ... REPLICA IDENTITY, after the index
// it names is built.
func (b *builder) setReplicaIdentity(c *Change, t *models.Table) {
	s := &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s REPLICA IDENTITY %s;", t.QualifiedName(), replicaIdentityText(t)),
		requires: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
	}
	if t.ReplicaIdentity == models.ReplicaIdentityIndex {
		s.requires = append(s.requires, uniqueKeyKey(t.Schema, t.Name, t.ReplicaIdentityIndex))
	}
	value := strings.TrimPrefix(replicaIdentityText(t), "USING ")
	if actionFor(c) == ActionCreate {
		c.Items = append(c.Items, created("replica identity", value))
	} else {
		cur := b.current.Table(t.Schema, t.Name)
		c.Items = append(c.Items, updated("table", "replica identity", strings.TrimPrefix(replicaIdentityText(cur), "USING "), value))
	}
	b.emit(c, s)
}

// keyRebuilt reports whether the plan drops and builds again the index,
// unique constraint or primary key named name of table t (cur is the
// table now): a rebuilt index loses its place as replica identity.
func keyRebuilt(cur, t *models.Table, name string) bool {
	switch {
	case t.PrimaryKey != nil && t.PrimaryKey.Name == name:
		return cur.PrimaryKey == nil || cur.PrimaryKey.Name != name || !slices.Equal(cur.PrimaryKey.Columns, t.PrimaryKey.Columns)
	case t.Unique(name) != nil:
		return cur.Unique(name) == nil || !slices.Equal(cur.Unique(name).Columns, t.Unique(name).Columns)
	case t.Index(name) != nil:
		return cur.Index(name) == nil || !cur.Index(name).SameDefinition(t.Index(name))
	}
	return false
}

// collationSQL is " COLLATE name" for a column with a collation.
func collationSQL(c *models.Column) string {
	if c.Collation == "" {
		return ""
	}
	return " COLLATE " + models.QuoteIdent(c.Collation)
}

// alterCollation changes a column's collation with ALTER ... TYPE, the
// type unchanged: no table rewrite, but every index on the column is
// rebuilt.
func (b *builder) alterCollation(c *Change, t *models.Table, old, col *models.Column) {
	b.noteRetyped(t, col.Name, false)
	c.Items = append(c.Items, updated("column "+col.Name, "collate", old.Collation, col.Collation))
	b.alterStatement(c, t, fmt.Sprintf("%s TYPE %s%s;", alterColumnSQL(t, col), col.Type.SQL(), collationSQL(col)),
		Hazard{HazardAccessExclusiveLock, fmt.Sprintf("changing the collation of %s.%s rebuilds every index on the column under an ACCESS EXCLUSIVE lock, blocking reads and writes",
			displayName(t.Schema, t.Name), col.Name)})
}

// diffSchemaComment sets a schema's comment, or removes it.
func (b *builder) diffSchemaComment(s *models.Schema, old string) {
	if s.Comment == old {
		return
	}
	sql := fmt.Sprintf("COMMENT ON SCHEMA %s IS %s;", models.QuoteIdent(s.Name), commentLiteral(s.Comment))
	req := []string{schemaKey(s.Name)}
	c := b.change(KindSchema, addressOf(KindSchema, s.Name), ActionUpdate)
	if c.Action == ActionCreate {
		c.Items = append(c.Items, created("comment", models.QuoteLiteral(s.Comment)))
	} else {
		c.Items = append(c.Items, updated("schema "+s.Name, "comment", commentText(old), commentText(s.Comment)))
	}
	b.emit(c, &Statement{SQL: sql, requires: req})
}

// commentPolicy sets a policy's comment, or removes it (old is "" for a
// policy created by this plan).
func (b *builder) commentPolicy(c *Change, t *models.Table, old string, p *models.Policy) {
	if p.Comment == old {
		return
	}
	if c.Action == ActionUpdate {
		c.Items = append(c.Items, updated("policy "+p.Name, "comment", commentText(old), commentText(p.Comment)))
	} else {
		c.Items = append(c.Items, Item{Action: c.Action, Object: "policy " + p.Name, Attribute: "comment", New: commentText(p.Comment)})
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("COMMENT ON POLICY %s ON %s IS %s;", models.QuoteIdent(p.Name), t.QualifiedName(), commentLiteral(p.Comment)),
		requires: []string{policyKey(t.Schema, t.Name, p.Name)},
	})
}

// orderPersistence orders the persistence switches around the foreign
// keys this plan drops and adds, once every statement is generated: a
// table turns UNLOGGED only after the foreign keys (and tables) that
// reference it from logged tables are dropped, and a foreign key into a
// table turning LOGGED is added only after the switch. (Switches of
// several tables are ordered among themselves by persistenceKey.)
func (b *builder) orderPersistence() {
	for _, t := range b.desired.Tables() {
		cur := b.current.Table(t.Schema, t.Name)
		if cur == nil || cur.Unlogged == t.Unlogged {
			continue
		}
		sw := b.statementCreating(persistenceKey(t.Schema, t.Name))
		if sw == nil {
			continue
		}
		if t.Unlogged {
			for _, y := range referencing(b.current, t) {
				for _, s := range b.g.stmts {
					if containsString(s.drops, constraintKey(y.table.Schema, y.table.Name, y.fk.Name)) ||
						containsString(s.drops, tableKey(y.table.Schema, y.table.Name)) {
						sw.after = append(sw.after, s)
					}
				}
			}
			continue
		}
		for _, y := range referencing(b.desired, t) {
			if add := b.statementCreating(constraintKey(y.table.Schema, y.table.Name, y.fk.Name)); add != nil {
				add.after = append(add.after, sw)
			}
		}
	}
}

// reference is a foreign key of table into another.
type reference struct {
	table *models.Table
	fk    *models.ForeignKey
}

// referencing lists the foreign keys of r's other tables into t.
func referencing(r *models.Realm, t *models.Table) []reference {
	var out []reference
	for _, y := range r.Tables() {
		if y.Schema == t.Schema && y.Name == t.Name {
			continue
		}
		for _, fk := range y.ForeignKeys {
			if fk.RefSchema == t.Schema && fk.RefTable == t.Name {
				out = append(out, reference{y, fk})
			}
		}
	}
	return out
}

// statementCreating is the first statement of the plan that creates key
// k, or nil.
func (b *builder) statementCreating(k string) *Statement {
	for _, s := range b.g.stmts {
		if containsString(s.creates, k) {
			return s
		}
	}
	return nil
}
