// Package project is a schemactl project on disk as the commands see it:
// the HCL schema, the migrations directory with its sum and state files,
// and the generated Go packages. It loads the inputs of a plan, proves the
// three agree (`plan --check`), and writes a plan as the next migration.
// It does no diffing itself (internal/plan) and never connects to a
// database (internal/live).
package project
