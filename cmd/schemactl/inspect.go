package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/takeover"
)

// inspectFlags are inspect's own flags.
type inspectFlags struct {
	schemas, tables, migrationsTable string
	importBlocks, strict             bool
	bounds                           *session.Bounds
}

// runInspect is `schemactl inspect`: it reads the live catalog
// (internal/catalog) and prints it as HCL (internal/hclschema), like
// `terraform import`, so existing tables can be taken over; on stderr it
// names everything of the scope the HCL cannot express
// (internal/takeover).
func runInspect(ctx context.Context, env *Env, args []string) error {
	fs, common := newFlagSet(env, "inspect", "inspect --database-url URL [--schemas a,b] [--tables t1,schema.t2] [--import] [--strict] [--migrations-table schema.name]")
	f := inspectFlags{bounds: readBoundsFlags(fs)}
	fs.StringVar(&f.schemas, "schemas", "", "comma-separated schemas to read (default: every non-system schema)")
	fs.StringVar(&f.tables, "tables", "", "comma-separated tables to read, as name or schema.name (default: all)")
	fs.StringVar(&f.migrationsTable, "migrations-table", history.DefaultTable, "schemactl's migrations table, never printed (schema.name)")
	fs.BoolVar(&f.importBlocks, "import", false, "print an import block for every table and enum, as a file to add to the --schema folder (which must not declare those tables)")
	fs.BoolVar(&f.strict, "strict", false, "exit 1, printing no HCL, when the scope holds anything the HCL cannot express")
	if err := parseFlags(env, fs, common, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return argumentsError("inspect", fs.Args())
	}
	if err := checkBounds(f.bounds); err != nil {
		return err
	}
	var project *inspectProject
	if f.importBlocks {
		var diags hcl.Diagnostics
		if project, diags = readProject(common.Schema); diags.HasErrors() {
			if err := printInspectDiagnostics(env, common, diags, project.sources()); err != nil {
				return err
			}
			return fmt.Errorf("%s must load before inspect --import can add a file to it", common.Schema)
		}
	}
	realm, dangling, err := inspectCatalog(ctx, common, f)
	if err != nil {
		return err
	}
	return printInspected(env, common, f, project, realm, dangling)
}

// inspectCatalog reads the selection in a transaction bounded by
// --lock-timeout and --statement-timeout, and rolled back: pg_get_expr
// waits for the lock of the table it renders.
func inspectCatalog(ctx context.Context, common *commonFlags, f inspectFlags) (*models.Realm, []catalog.Dangling, error) {
	conn, err := common.connect(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	tx, err := conn.Begin(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the catalog: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := session.Bound(ctx, tx, *f.bounds); err != nil {
		return nil, nil, err
	}
	opts := catalog.Options{Schemas: inspectFlagList(f.schemas), Tables: inspectFlagList(f.tables), Exclude: inspectFlagList(f.migrationsTable)}
	common.logger.DebugContext(ctx, "inspecting", "schemas", opts.Schemas, "tables", opts.Tables, "exclude", opts.Exclude)
	realm, dangling, err := catalog.InspectWithReferences(ctx, tx, opts)
	if err != nil {
		err = readError("reading the catalog", *f.bounds, err)
		var te *session.TimeoutError
		if errors.As(err, &te) && te.Lock && tx.Rollback(ctx) == nil {
			// Best effort: who holds the lock, the selected tables first.
			te.Holders, _ = session.RelationHolders(ctx, conn, opts.Tables, 5)
		}
		return nil, nil, err
	}
	return realm, dangling, nil
}

// printInspected prints the HCL of realm on stdout and what it cannot
// express on stderr; with --strict, that is an error and no HCL is
// printed, so a redirect never gets a file that leaves something out.
func printInspected(env *Env, common *commonFlags, f inspectFlags, project *inspectProject, realm *models.Realm, dangling []catalog.Dangling) error {
	report := takeover.Unexpressible(realm, dangling)
	prepared, err := takeover.Prepare(realm, takeover.Options{Import: f.importBlocks, Project: project.realmOrNil()})
	if err != nil {
		return err
	}
	// What inspect prints always loads, with the project's files when it
	// is written for them: a file that does not is a bug to report, not
	// output to use.
	out, sources, diags := hclschema.WriteChecked(prepared, project.realmOrNil(), project.sources(), project.outputName())
	if diags.HasErrors() {
		if err := printInspectDiagnostics(env, common, diags, sources); err != nil {
			return err
		}
		return errors.New("the HCL inspect would print does not load (please report this); nothing was printed")
	}
	if len(prepared.Data) > 0 {
		names := make([]string, len(prepared.Data))
		for i, d := range prepared.Data {
			names[i] = d.Schema + "." + d.Name
		}
		fmt.Fprintf(env.Stderr, "Note: %s outside the selection that foreign keys reference %s printed as %s (never created, changed or dropped; a live plan checks them): %s\n",
			count(len(names), "table"), pick(len(names), "is", "are"), pick(len(names), "a data block", "data blocks"), strings.Join(names, ", "))
	}
	if f.strict && len(report) > 0 {
		_ = report.Write(env.Stderr, "Error")
		return errors.New("--strict: nothing was printed")
	}
	if err := report.Write(env.Stderr, "Warning"); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if _, err := env.Stdout.Write(out); err != nil {
		return fmt.Errorf("writing HCL: %w", err)
	}
	return nil
}

// inspectProject is the project inspect --import writes a file for: the
// sources of its schema files and the realm they load into.
type inspectProject struct {
	dir   string // where the printed file goes: --schema, or its folder
	files map[string][]byte
	realm *models.Realm
}

// readProject loads the schema files at path. A path that does not exist,
// or a folder without *.hcl files, is no project (nil): the output is
// then a standalone file.
func readProject(path string) (*inspectProject, hcl.Diagnostics) {
	info, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	dir := path
	if err == nil && !info.IsDir() {
		dir = filepath.Dir(path)
	}
	if err == nil && info.IsDir() {
		if names, err := hclschema.SchemaFiles(path); err == nil && len(names) == 0 {
			return nil, nil
		}
	}
	files, diags := hclschema.ReadSources(path)
	if diags.HasErrors() {
		return nil, diags
	}
	realm, diags := hclschema.LoadFiles(files)
	p := &inspectProject{dir: dir, files: files, realm: realm}
	return p, diags
}

func (p *inspectProject) realmOrNil() *models.Realm {
	if p == nil {
		return nil
	}
	return p.realm
}

func (p *inspectProject) sources() map[string][]byte {
	if p == nil {
		return nil
	}
	return p.files
}

// outputName is the name of the printed file in diagnostics: a new file
// of the project, or inspect.hcl.
func (p *inspectProject) outputName() string {
	if p == nil {
		return "inspect.hcl"
	}
	return filepath.Join(p.dir, "(inspect output).hcl")
}

func printInspectDiagnostics(env *Env, common *commonFlags, diags hcl.Diagnostics, sources map[string][]byte) error {
	printer := &hclschema.Printer{Sources: sources, Color: common.Color(env)}
	if err := printer.Print(env.Stderr, diags); err != nil {
		return fmt.Errorf("printing diagnostics: %w", err)
	}
	return nil
}

// inspectFlagList splits a comma-separated flag value, dropping empty entries.
func inspectFlagList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
