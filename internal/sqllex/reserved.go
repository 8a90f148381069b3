package sqllex

// Reserved reports whether word (folded to lower case) is one of
// PostgreSQL's fully reserved key words, which name nothing unless
// quoted: an unquoted SELECT is the key word, never a view "select".
func Reserved(word string) bool {
	switch word {
	case "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both",
		"case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
		"current_date", "current_role", "current_time", "current_timestamp", "current_user",
		"default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false",
		"fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially",
		"intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
		"null", "offset", "on", "only", "or", "order", "placing", "primary", "references",
		"returning", "select", "session_user", "some", "symmetric", "table", "then", "to",
		"trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
		"window", "with":
		return true
	}
	return false
}
