package main

// commands is the table of subcommands. Each lives in its own file.
func commands() map[string]command {
	return map[string]command{
		"validate": {summary: "parse and check the HCL schema; print diagnostics", run: runValidate},
		"fmt":      {summary: "rewrite the HCL schema in canonical layout (--check: exit 1 if not)", run: runFmt},
		"inspect":  {summary: "print the live schema as HCL (--schemas, --tables to narrow)", run: runInspect},
		"plan":     {summary: "show what the HCL changes; --write NAME emits the next migration; --check for CI", run: runPlan},
		"apply":    {summary: "apply pending migrations in order, once, under a lock", run: runApply},
		"status":   {summary: "applied and pending migrations, checksum problems, drift", run: runStatus},
		"generate": {summary: "write the Go models of the schema (--out DIR, --package, --check)", run: runGenerate},
	}
}
