package main

import (
	"bytes"
	"context"
	"fmt"
	"os"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemactl/schemactl/internal/hclschema"
)

// runFmt rewrites every schema file in the canonical layout, in place.
// With --check it writes nothing, lists the files that would change and
// exits 1 if there are any. A file with a syntax error stops the command
// before anything is written.
func runFmt(ctx context.Context, env *Env, args []string) int {
	fs, common := newFlagSet(env, "fmt", "fmt [--check] [--schema PATH]")
	check := fs.Bool("check", false, "write nothing; exit 1 listing the files that are not in canonical layout")
	if ok, status := parseFlags(env, fs, common, args); !ok {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "schemactl fmt: %v\n", argumentsError("fmt", fs.Args()))
		return exitError
	}
	logger := common.logger
	names, err := schemaPaths(common.Schema)
	if err != nil {
		fmt.Fprintf(env.Stderr, "schemactl fmt: %v\n", err)
		return exitError
	}
	type change struct {
		name string
		mode os.FileMode
		out  []byte
	}
	var changes []change
	var diags hcl.Diagnostics
	sources := map[string][]byte{}
	for _, name := range names {
		src, err := hclschema.ReadFile(name)
		if err != nil {
			fmt.Fprintf(env.Stderr, "schemactl fmt: reading %s: %v\n", name, err)
			return exitError
		}
		sources[name] = src
		out, d := hclschema.FormatFile(name, src)
		diags = append(diags, d...)
		if d.HasErrors() || bytes.Equal(out, src) {
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			fmt.Fprintf(env.Stderr, "schemactl fmt: %v\n", err)
			return exitError
		}
		changes = append(changes, change{name: name, mode: info.Mode().Perm(), out: out})
	}
	if diags.HasErrors() {
		printer := &hclschema.Printer{Sources: sources, Color: common.Color(env)}
		if err := printer.Print(env.diagnosticsWriter(), diags); err != nil {
			fmt.Fprintf(env.Stderr, "schemactl fmt: printing diagnostics: %v\n", err)
		}
		return exitError
	}
	for _, c := range changes {
		fmt.Fprintln(env.Stdout, c.name)
		if *check {
			continue
		}
		logger.DebugContext(ctx, "formatting", "file", c.name)
		if err := os.WriteFile(c.name, c.out, c.mode); err != nil {
			fmt.Fprintf(env.Stderr, "schemactl fmt: writing %s: %v\n", c.name, err)
			return exitError
		}
	}
	if *check && len(changes) > 0 {
		fmt.Fprintf(env.Stderr, "schemactl fmt: %d file(s) not in canonical layout; run schemactl fmt\n", len(changes))
		return exitError
	}
	return exitOK
}

// schemaPaths lists the files --schema names: the file itself, or the
// *.hcl files of the folder.
func schemaPaths(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading schema: %w", err)
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	names, err := hclschema.SchemaFiles(path)
	if err != nil {
		return nil, fmt.Errorf("listing schema files in %s: %w", path, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("the folder %s holds no *.hcl files", path)
	}
	return names, nil
}
