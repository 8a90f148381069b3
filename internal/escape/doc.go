// Package escape makes text safe to print on a terminal or in a web page
// before a person reads it: control characters, invalid UTF-8 and the
// characters that reorder or hide text (bidirectional overrides, line
// separators) are shown as escapes such as \x1b or \u202e, never sent raw.
//
// Everything schemactl prints that came from a schema file, a database or
// a migration file goes through it, so that what a reviewer reads is what
// will run. It is a leaf package, so the diagnostics printer and the views
// share one definition of what is unsafe.
package escape
