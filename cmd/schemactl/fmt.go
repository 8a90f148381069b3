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
func runFmt(ctx context.Context, env *Env, args []string) error {
	fs, common := newFlagSet(env, "fmt", "fmt [--check] [--schema PATH]")
	check := fs.Bool("check", false, "write nothing; exit 1 listing the files that are not in canonical layout")
	if err := parseFlags(env, fs, common, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return argumentsError("fmt", fs.Args())
	}
	logger := common.logger
	names, err := schemaPaths(common.Schema)
	if err != nil {
		return err
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
			return fmt.Errorf("reading %s: %w", name, err)
		}
		sources[name] = src
		out, d := hclschema.FormatFile(name, src)
		diags = append(diags, d...)
		if d.HasErrors() || bytes.Equal(out, src) {
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			return err
		}
		changes = append(changes, change{name: name, mode: info.Mode().Perm(), out: out})
	}
	if diags.HasErrors() {
		printer := &hclschema.Printer{Sources: sources, Color: common.Color(env)}
		if err := printer.Print(env.diagnosticsWriter(), diags); err != nil {
			return fmt.Errorf("printing diagnostics: %w", err)
		}
		return errReported
	}
	for _, c := range changes {
		fmt.Fprintln(env.Stdout, c.name)
		if *check {
			continue
		}
		logger.DebugContext(ctx, "formatting", "file", c.name)
		if err := os.WriteFile(c.name, c.out, c.mode); err != nil {
			return fmt.Errorf("writing %s: %w", c.name, err)
		}
	}
	if *check && len(changes) > 0 {
		return fmt.Errorf("%d file(s) not in canonical layout; run schemactl fmt", len(changes))
	}
	return nil
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
