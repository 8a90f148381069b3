package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/hclschema"
)

// runValidate parses and checks the HCL schema and prints its diagnostics.
// Warnings alone leave the exit status 0.
func runValidate(ctx context.Context, env *Env, args []string) int {
	fs, common := newFlagSet(env, "validate", "validate [--schema PATH]")
	if ok, status := parseFlags(env, fs, common, args); !ok {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "schemactl validate: %v\n", argumentsError("validate", fs.Args()))
		return exitError
	}
	logger := common.logger
	logger.DebugContext(ctx, "loading schema", "path", common.Schema)
	realm, diags := hclschema.Load(common.Schema)
	if err := hclschema.PrintDiagnostics(env.diagnosticsWriter(), diags, common.Color(env)); err != nil {
		fmt.Fprintf(env.Stderr, "schemactl validate: printing diagnostics: %v\n", err)
		return exitError
	}
	if diags.HasErrors() {
		logger.DebugContext(ctx, "schema is invalid", "diagnostics", len(diags))
		return exitError
	}
	tables, enums, policies, sequences := 0, 0, 0, 0
	for _, s := range realm.Schemas {
		enums += len(s.Enums)
		sequences += len(s.Sequences)
		for _, t := range s.Tables {
			tables++
			policies += len(t.Policies)
		}
	}
	counts := []string{count(len(realm.Schemas), "schema"), count(enums, "enum"), count(tables, "table"), count(policies, "policy")}
	// Sequences, imports and data tables are named only when there are
	// some, so a project without them reads as it always did.
	if sequences > 0 {
		counts = append(counts, count(sequences, "sequence"))
	}
	if n := len(realm.Imports); n > 0 {
		counts = append(counts, count(n, "import"))
	}
	if n := len(realm.Data); n > 0 {
		counts = append(counts, count(n, "data table"))
	}
	fmt.Fprintf(env.Stdout, "The schema is valid: %s.\n", strings.Join(counts, ", "))
	return exitOK
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
