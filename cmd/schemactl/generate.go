package main

import (
	"context"
	"fmt"

	"github.com/schemactl/schemactl/internal/codegen"
	"github.com/schemactl/schemactl/internal/hclschema"
)

// runGenerate writes the Go models of the HCL schema into --out, or with
// --check reports (exit 1) where --out differs from what it would write.
func runGenerate(ctx context.Context, env *Env, args []string) int {
	fs, common := newFlagSet(env, "generate", "generate --out DIR [--package NAME] [--check] [--schema PATH]")
	out := fs.String("out", "", "directory of the generated package (required), e.g. generated/monitoring")
	pkg := fs.String("package", "", "Go package name (default: the package of DIR/db.go, else the base name of DIR)")
	check := fs.Bool("check", false, "write nothing; exit 1 when DIR differs from what would be generated")
	if ok, status := parseFlags(env, fs, common, args); !ok {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "schemactl generate: %v\n", argumentsError("generate", fs.Args()))
		return exitError
	}
	if *out == "" {
		fmt.Fprintln(env.Stderr, "schemactl generate: --out DIR is required")
		return exitError
	}
	logger := common.logger
	logger.DebugContext(ctx, "loading schema", "path", common.Schema)
	realm, diags := hclschema.Load(common.Schema)
	if err := hclschema.PrintDiagnostics(env.diagnosticsWriter(), diags, common.Color(env)); err != nil {
		fmt.Fprintf(env.Stderr, "schemactl generate: printing diagnostics: %v\n", err)
		return exitError
	}
	if diags.HasErrors() {
		return exitError
	}
	name := *pkg
	if name == "" {
		name = codegen.PackageNameForDir(*out)
	}
	files, err := codegen.Generate(realm, codegen.Options{Package: name})
	if err != nil {
		fmt.Fprintf(env.Stderr, "schemactl generate: %v\n", err)
		return exitError
	}
	if *check {
		diffs, err := codegen.Diff(*out, files)
		if err != nil {
			fmt.Fprintf(env.Stderr, "schemactl generate: %v\n", err)
			return exitError
		}
		if len(diffs) > 0 {
			fmt.Fprintf(env.Stderr, "Generated code in %s is out of date (run schemactl generate --out %s):\n", *out, *out)
			for _, d := range diffs {
				fmt.Fprintf(env.Stderr, "  %s\n", d)
			}
			return exitError
		}
		fmt.Fprintf(env.Stdout, "Generated code in %s is up to date.\n", *out)
		return exitOK
	}
	changes, err := codegen.WriteDir(*out, files)
	if err != nil {
		fmt.Fprintf(env.Stderr, "schemactl generate: %v\n", err)
		return exitError
	}
	for _, c := range changes {
		logger.InfoContext(ctx, "generated", "change", c)
	}
	fmt.Fprintf(env.Stdout, "Generated package %s in %s: %d files, %d changed.\n", name, *out, len(files), len(changes))
	return exitOK
}
