package plan

import (
	"cmp"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// Build diffs current against desired. state is the recorded state
// (schemactl.state.json; may be empty): with desired it defines the
// managed scope (docs/hcl.md, "What a declaration manages") and remembers
// prevent_destroy. current is the
// live catalog, or the state itself when planning offline.
//
// A destroy that is not allowed is a *DestroyError naming the objects.
func Build(current, desired, state *models.Realm, opts Options) (*Plan, error) {
	return BuildOwned(current.Clone(), desired.Clone(), state, opts)
}

// BuildOwned is Build over current and desired realms the caller hands
// over: they are normalised in place and must not be used afterwards
// (the live comparison builds fresh ones for each plan, and copying a
// large realm twice more is a tenth of a plan's time); state is copied.
func BuildOwned(current, desired, state *models.Realm, opts Options) (*Plan, error) {
	return buildAllOwned(current, desired, realmOrEmpty(state.Clone()).Normalize(), opts)
}

// buildAllOwned is Build over realms the caller hands over, state already
// normalised: current and desired are normalised in place. Diffing only
// reads the realms (the scope filter makes its own copy of current), so
// current and state may share their objects, as Offline's do.
func buildAllOwned(current, desired, state *models.Realm, opts Options) (*Plan, error) {
	desired = realmOrEmpty(desired).Normalize()
	sc := scope{desired: desired, state: state}
	unsupported := sc.exclusiveUnsupported(realmOrEmpty(current))
	current = realmOrEmpty(current).Normalize()
	sc.movedFrom = movedSources(current, desired)
	unmanagedViews := sc.unmanagedViews(current)
	if err := sc.relationClash(current, desired); err != nil {
		return nil, err
	}
	current = sc.filter(current)
	mv, err := applyMoves(current, state, desired)
	if err != nil {
		return nil, err
	}
	current, state = mv.current, mv.state
	sc.state = state
	imports, state, err := takeover(current, desired, state, sc)
	if err != nil {
		return nil, err
	}
	sc.state = state

	b := &builder{current: current, desired: desired, scope: sc, changes: map[string]*Change{},
		retyped: map[string]*retypedColumns{}, enumConverted: map[string][]string{}}
	for _, c := range imports {
		b.changes[c.Address] = c
	}
	b.unresolved = unsupported
	b.unmanagedViews = unmanagedViews
	b.planRenames(mv.renames)
	b.noteReplacedFunctions()
	b.diffSchemas()
	b.diffEnums()
	b.diffUserTypes()
	if len(b.typeRefusals) > 0 {
		return nil, &TypeChangeError{Refusals: b.typeRefusals}
	}
	b.diffTables()
	b.diffSequences()
	b.diffFunctions()
	b.diffPolicies()
	b.diffViews()
	b.diffTriggers()
	b.orderFunctionUsers()
	b.orderPersistence()
	b.diffGrants()
	b.diffExtensions()
	return b.finish(opts)
}

// builder accumulates changes and statements while diffing.
type builder struct {
	current, desired *models.Realm
	scope            scope
	g                graph
	changes          map[string]*Change

	// retyped lists, per table key, the columns whose type this plan
	// changes. PostgreSQL refuses ALTER COLUMN ... TYPE on a column a
	// policy uses (of its own table or, in a subquery, of another), so
	// such policies are dropped first and created again after. Filled
	// while diffing enums and columns, read when diffing policies (which
	// come last).
	retyped map[string]*retypedColumns
	// unresolved are the differences no statement can make.
	unresolved []Unresolved
	// typeRefusals are the changes of domains and composite types in use
	// that PostgreSQL cannot make (usertypes.go): the plan is refused.
	typeRefusals []string
	// enumConverted lists, per table key, the columns an enum replace
	// converts to the new type. PostgreSQL re-creates the CHECKs and
	// indexes on a retyped column from their stored expressions, whose
	// enum literals still have the old type, so those naming the column
	// are dropped first and added again after. Filled while diffing
	// enums, before tables.
	enumConverted map[string][]string
	// renameStatements are the statements of the moved blocks, which run
	// before all others (moved.go).
	renameStatements []*Statement
	// replaced are the partitioned tables whose key this plan changes
	// (partition.go): their partitions are dropped with them, not
	// detached first.
	replaced map[[2]string]bool
	// created are the object keys the statements emitted so far create:
	// a constraint or index created (or replaced) by this plan has no
	// comment yet.
	created map[string]bool
	// checkOff is the statement that turns off function body checks,
	// once emitted (function.go).
	checkOff *Statement
	// replacedFunctions are the functions (schema, name) this plan drops
	// and creates again: the policies and triggers using them are
	// replaced too.
	replacedFunctions map[[2]string]bool
	// tableIndexes are the tables of current and desired by name, for
	// the policies that name other tables (otherTablesNamed).
	tableIndexes map[*models.Realm]*tableIndex
	// unmanagedViews are the views of the database the HCL does not
	// manage; textDeps caches textualDependencies.
	unmanagedViews []*models.View
	textDeps       map[*models.View][]models.ViewDependency
}

// retypedColumns are the columns of one table whose type the plan changes.
type retypedColumns struct {
	table   *models.Table
	columns []string
}

// noteRetyped records that this plan changes the type of column col of t.
func (b *builder) noteRetyped(t *models.Table, col string, enumConversion bool) {
	k := tableKey(t.Schema, t.Name)
	if b.retyped[k] == nil {
		b.retyped[k] = &retypedColumns{table: t}
	}
	b.retyped[k].columns = append(b.retyped[k].columns, col)
	if enumConversion {
		b.enumConverted[k] = append(b.enumConverted[k], col)
	}
}

// policyUsesRetyped reports whether policy p of table t names a column
// this plan retypes: of t itself, or of another table the policy also
// names (a subquery).
func (b *builder) policyUsesRetyped(t *models.Table, p *models.Policy) bool {
	own := tableKey(t.Schema, t.Name)
	for k, r := range b.retyped {
		if k == own {
			if namesAny(r.columns, p.Using, p.Check) {
				return true
			}
			continue
		}
		if namesAny([]string{r.table.Name}, p.Using, p.Check) && namesAny(r.columns, p.Using, p.Check) {
			return true
		}
	}
	return false
}

// namesAny reports whether any of exprs names one of cols.
func namesAny(cols []string, exprs ...string) bool {
	for _, col := range cols {
		for _, e := range exprs {
			if e != "" && sqllex.MentionsIdentifier(e, col) {
				return true
			}
		}
	}
	return false
}

// change returns the change for an address, creating it with action a.
// A later call may upgrade an update to something stronger.
func (b *builder) change(kind Kind, address string, a Action) *Change {
	c := b.changes[address]
	if c == nil {
		c = &Change{Kind: kind, Address: address, Action: a}
		b.changes[address] = c
	} else if c.Action == ActionUpdate && a != ActionUpdate {
		c.Action = a
	}
	return c
}

// emit registers a statement under change c.
func (b *builder) emit(c *Change, s *Statement) *Statement {
	b.g.add(s)
	if b.created == nil {
		b.created = map[string]bool{}
	}
	for _, k := range s.creates {
		b.created[k] = true
	}
	c.Statements = append(c.Statements, s)
	return s
}

// destroys marks c as needing --allow-destroy for what.
func (c *Change) markDestroy(what string) {
	c.Destroy = true
	if !slices.Contains(c.destroys, what) {
		c.destroys = append(c.destroys, what)
	}
}

func (b *builder) finish(opts Options) (*Plan, error) {
	b.renamesFirst()
	sorted, err := b.g.sort()
	if err != nil {
		return nil, err
	}
	if sorted, err = importsFirst(sorted, b.changes); err != nil {
		return nil, err
	}
	p := &Plan{Statements: sorted, graph: &b.g, estimator: newLockEstimator(b.current, b.desired)}
	rank := make(map[*Statement]int, len(sorted))
	for i, s := range sorted {
		rank[s] = i
	}
	p.Unresolved = b.unresolved
	slices.SortStableFunc(p.Unresolved, func(x, y Unresolved) int { return cmp.Compare(x.Address, y.Address) })
	derr := &DestroyError{}
	for _, c := range b.changes {
		if len(c.Statements) == 0 && c.Action != ActionImport {
			continue
		}
		slices.SortFunc(c.Statements, func(x, y *Statement) int { return cmp.Compare(rank[x], rank[y]) })
		p.Changes = append(p.Changes, c)
	}
	slices.SortFunc(p.Changes, func(x, y *Change) int { return cmp.Compare(x.Address, y.Address) })
	for _, c := range p.Changes {
		if c.Kind == KindTable && (c.Action == ActionDelete || c.Action == ActionReplace) {
			schema, table := b.tableOfAddress(c.Address)
			if b.scope.preventDestroy(schema, table) {
				derr.Prevented = append(derr.Prevented, c.Address)
				continue
			}
		}
		if c.Destroy && !opts.AllowDestroy {
			derr.Refused = append(derr.Refused, c.destroys...)
		}
	}
	if len(derr.Prevented) > 0 || len(derr.Refused) > 0 {
		return nil, derr
	}
	return p, nil
}

// tableOfAddress recovers schema and table of a table change.
func (b *builder) tableOfAddress(address string) (string, string) {
	for _, r := range []*models.Realm{b.current, b.desired} {
		for _, t := range r.Tables() {
			if addressOf(KindTable, t.Schema, t.Name) == address {
				return t.Schema, t.Name
			}
		}
	}
	return "", ""
}
