// Command peakrss runs a command and prints its peak resident set size and
// wall time, for benchmarks of the schemactl binary.
//
//	peakrss COMMAND [ARG...]
//
// The command's stdout and stderr pass through; its exit status is
// peakrss's. The figures go to the file named by PEAKRSS_OUT (or stderr)
// as one line: "peak_rss_kb=N wall_ns=N cpu_ns=N" (cpu: user and system
// time of the command, which on a loaded machine says more than wall).
//
// Why not read the rusage of the command from the benchmark itself: Go
// starts children with vfork, and Linux counts the memory image a process
// had before exec in its peak, so a child of a large benchmark process
// reports that process's peak. This small program starts the command
// instead, so the figure is the command's own.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: peakrss COMMAND [ARG...]")
		return 2
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	status := 0
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		status = exit.ExitCode()
	case err != nil:
		fmt.Fprintf(os.Stderr, "peakrss: %v\n", err)
		return 1
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		fmt.Fprintln(os.Stderr, "peakrss: no resource usage for the command")
		return 1
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	line := fmt.Sprintf("peak_rss_kb=%d wall_ns=%d cpu_ns=%d\n", ru.Maxrss, wall.Nanoseconds(), cpu.Nanoseconds()) // Maxrss is in KB on Linux
	out := os.Stderr
	if name := os.Getenv("PEAKRSS_OUT"); name != "" {
		f, err := os.Create(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "peakrss: %v\n", err)
			return 1
		}
		defer f.Close()
		out = f
	}
	if _, err := out.WriteString(line); err != nil {
		fmt.Fprintf(os.Stderr, "peakrss: %v\n", err)
		return 1
	}
	return status
}
