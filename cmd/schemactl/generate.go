package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/codegen"
	"github.com/schemactl/schemactl/internal/hclschema"
)

// runGenerate writes the Go models of the HCL schema into --out, or with
// --check reports (exit 1) where --out differs from what it would write.
func runGenerate(ctx context.Context, env *Env, args []string) error {
	fs, common := newFlagSet(env, "generate", "generate --out DIR [--package NAME] [--type NAME=GOTYPE]... [--column TABLE.COLUMN=GOTYPE]... [--no-finders] [--check] [--schema PATH]")
	out := fs.String("out", "", "directory of the generated package (required), e.g. generated/monitoring")
	pkg := fs.String("package", "", "Go package name (default: the package of DIR/db.go, else the base name of DIR)")
	check := fs.Bool("check", false, "write nothing; exit 1 when DIR differs from what would be generated")
	var opts codegen.Options
	fs.BoolVar(&opts.NoFinders, "no-finders", false, "leave out the finders derived from indexes (List…, Get…By…, Delete…Before)")
	fs.Func("type", "map a PostgreSQL type to a Go type, NAME=import/path.Type (repeatable), e.g. numeric=github.com/shopspring/decimal.Decimal", mapFlag(&opts.Types))
	fs.Func("column", "map a column to a Go type, [SCHEMA.]TABLE.COLUMN=import/path.Type (repeatable); on a json or jsonb column, a struct", mapFlag(&opts.Columns))
	if err := parseFlags(env, fs, common, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return argumentsError("generate", fs.Args())
	}
	if *out == "" {
		return errors.New("--out DIR is required")
	}
	logger := common.logger
	logger.DebugContext(ctx, "loading schema", "path", common.Schema)
	realm, diags := hclschema.Load(common.Schema)
	if err := hclschema.PrintDiagnostics(env.diagnosticsWriter(), diags, common.Color(env)); err != nil {
		return fmt.Errorf("printing diagnostics: %w", err)
	}
	if diags.HasErrors() {
		return errReported
	}
	opts, err := generateOptions(fs, opts, *out, *pkg)
	if err != nil {
		return err
	}
	name := opts.Package
	files, err := codegen.Generate(realm, opts)
	if err != nil {
		return err
	}
	if *check {
		diffs, err := codegen.Diff(*out, files)
		if err != nil {
			return err
		}
		if len(diffs) > 0 {
			return fmt.Errorf("generated code in %s is out of date (run schemactl generate --out %s):\n  %s", *out, *out, strings.Join(diffs, "\n  "))
		}
		fmt.Fprintf(env.Stdout, "Generated code in %s is up to date.\n", *out)
		return nil
	}
	changes, err := codegen.WriteDir(*out, files)
	if err != nil {
		return err
	}
	for _, c := range changes {
		logger.InfoContext(ctx, "generated", "change", c)
	}
	fmt.Fprintf(env.Stdout, "Generated package %s in %s: %d files, %d changed.\n", name, *out, len(files), len(changes))
	return nil
}

// generateOptions completes the options of the command line: with none
// of --type, --column and --no-finders given, those DIR/db.go records
// (the options DIR was generated with) are kept, so that generate and
// `plan --check` regenerate DIR the same way; with any of them given,
// the command line is the whole set. The package name is --package, else
// DIR's.
func generateOptions(fs *flag.FlagSet, given codegen.Options, dir, pkg string) (codegen.Options, error) {
	recorded, err := codegen.OptionsForDir(dir)
	if err != nil {
		return codegen.Options{}, err
	}
	opts := recorded
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "type" || f.Name == "column" || f.Name == "no-finders" {
			opts = given
		}
	})
	opts.Package = recorded.Package
	if pkg != "" {
		opts.Package = pkg
	}
	return opts, nil
}

// mapFlag reads repeated KEY=VALUE flags into *m; the value is after the
// last "=" (a Go type holds none; a column name may).
func mapFlag(m *map[string]string) func(string) error {
	return func(s string) error {
		i := strings.LastIndex(s, "=")
		if i <= 0 || i == len(s)-1 {
			return fmt.Errorf("want NAME=GOTYPE, got %q", s)
		}
		if *m == nil {
			*m = map[string]string{}
		}
		(*m)[s[:i]] = s[i+1:]
		return nil
	}
}
