package main

import (
	"errors"
	"fmt"
)

// This file is the one place a command's outcome becomes what the user
// sees: commands return an error (or nil), and report prints it once, as
// "Error: …" on the command's stderr (scrubbed of passwords and escaped by
// runWith), and picks the exit status.

// exitStatus ends a command with a status and no message of its own:
// what explains it is already on the terminal (HCL diagnostics, a flag
// error, a --check listing), or it means "changes present" (exit 2).
type exitStatus int

func (s exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(s)) }

// errReported is the failure whose message is already printed.
const errReported = exitStatus(exitError)

// problemsError is several independent failures, one "Error:" line each
// (plan --check lists every disagreement, not only the first), then the
// summary line.
type problemsError struct {
	summary string
	items   []string
}

func (p *problemsError) Error() string { return p.summary }

// renderedError is an error whose user-facing text is not its Error()
// (apply's failures, rendered with the statement and file they hit); the
// error itself stays reachable for errors.As.
type renderedError struct {
	text string
	err  error
}

func (e *renderedError) Error() string { return e.text }
func (e *renderedError) Unwrap() error { return e.err }

// report prints err and returns the exit status for it.
func report(env *Env, err error) int {
	if err == nil {
		return exitOK
	}
	var status exitStatus
	if errors.As(err, &status) {
		return int(status)
	}
	var problems *problemsError
	if errors.As(err, &problems) {
		for _, p := range problems.items {
			fmt.Fprintf(env.Stderr, "Error: %s\n", p)
		}
		fmt.Fprintln(env.Stderr, problems.summary)
		return exitError
	}
	fmt.Fprintf(env.Stderr, "Error: %s\n", err)
	return exitError
}
