package views

import "github.com/schemactl/schemactl/internal/escape"

// Line escapes s for a one-line context (see escape.Line).
func Line(s string) string { return escape.Line(s) }

// Block escapes s for a multi-line context such as a SQL statement:
// newlines and tabs stay (see escape.Block).
func Block(s string) string { return escape.Block(s) }
