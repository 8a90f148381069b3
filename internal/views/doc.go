// Package views renders what the commands compute: plans (text as
// Terraform prints them, JSON, and a Markdown pull-request comment), the
// header of a written migration, drift, status, apply progress and dry
// runs, and the problems `plan --check` finds. Commands compute; views
// print; neither does the other's job.
//
// Everything printed that came from a schema, a database or a file goes
// through package escape first (Line, Block; JSON documents after
// encoding): control characters and the runes that reorder text are shown
// as \x1b-style escapes, never sent raw, so what a reviewer reads in a
// terminal or a pull request is what will run.
package views
