package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
)

// runValidate parses and checks the HCL schema and prints its diagnostics.
// Warnings alone leave the exit status 0.
func runValidate(ctx context.Context, env *Env, args []string) error {
	fs, common := newFlagSet(env, "validate", "validate [--schema PATH]")
	if err := parseFlags(env, fs, common, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return argumentsError("validate", fs.Args())
	}
	logger := common.logger
	logger.DebugContext(ctx, "loading schema", "path", common.Schema)
	realm, diags := hclschema.Load(common.Schema)
	if err := hclschema.PrintDiagnostics(env.diagnosticsWriter(), diags, common.Color(env)); err != nil {
		return fmt.Errorf("printing diagnostics: %w", err)
	}
	if diags.HasErrors() {
		logger.DebugContext(ctx, "schema is invalid", "diagnostics", len(diags))
		return errReported
	}
	tables, enums, policies, sequences, domains, composites := 0, 0, 0, 0, 0, 0
	for _, s := range realm.Schemas {
		enums += len(s.Enums)
		sequences += len(s.Sequences)
		domains += len(s.Domains)
		composites += len(s.Composites)
		for _, t := range s.Tables {
			tables++
			policies += len(t.Policies)
		}
	}
	counts := []string{count(len(realm.Schemas), "schema"), count(enums, "enum"), count(tables, "table"), count(policies, "policy")}
	// Sequences, domains, composite types, extensions, views, imports, data tables and moves
	// are named only when there are some, so a project without them reads
	// as it always did.
	if sequences > 0 {
		counts = append(counts, count(sequences, "sequence"))
	}
	if domains > 0 {
		counts = append(counts, count(domains, "domain"))
	}
	if composites > 0 {
		counts = append(counts, count(composites, "composite type"))
	}
	if n := len(realm.Extensions); n > 0 {
		counts = append(counts, count(n, "extension"))
	}
	views, materialized := 0, 0
	for _, v := range realm.Views() {
		if v.Materialized {
			materialized++
		} else {
			views++
		}
	}
	if views > 0 {
		counts = append(counts, count(views, "view"))
	}
	if materialized > 0 {
		counts = append(counts, count(materialized, "materialized view"))
	}
	counts = append(counts, routineCounts(realm)...)
	if n := len(realm.Imports); n > 0 {
		counts = append(counts, count(n, "import"))
	}
	if n := len(realm.Data); n > 0 {
		counts = append(counts, count(n, "data table"))
	}
	if n := len(realm.Moves); n > 0 {
		counts = append(counts, count(n, "move"))
	}
	fmt.Fprintf(env.Stdout, "The schema is valid: %s.\n", strings.Join(counts, ", "))
	return nil
}

func count(n int, noun string) string {
	switch {
	case n == 1:
		return "1 " + noun
	case noun == "policy":
		return fmt.Sprintf("%d policies", n)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// routineCounts counts the functions, procedures and triggers, each named
// only when there are some.
func routineCounts(realm *models.Realm) []string {
	functions, procedures, triggers := 0, 0, 0
	for _, s := range realm.Schemas {
		for _, f := range s.Functions {
			if f.Procedure {
				procedures++
			} else {
				functions++
			}
		}
	}
	for _, t := range realm.Tables() {
		triggers += len(t.Triggers)
	}
	for _, d := range realm.Data {
		triggers += len(d.Triggers)
	}
	var out []string
	for _, c := range []struct {
		n    int
		noun string
	}{{functions, "function"}, {procedures, "procedure"}, {triggers, "trigger"}} {
		if c.n > 0 {
			out = append(out, count(c.n, c.noun))
		}
	}
	return out
}
