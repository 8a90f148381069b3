package main

// commands is the table of subcommands. Each lives in its own file.
func commands() map[string]command {
	return map[string]command{}
}
