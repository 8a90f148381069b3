package statefile

import (
	"encoding/json"
	"sort"
	"strings"
)

// format2Keys are the keys a format_version 2 document may hold, each as
// its path of object keys from the document (list indexes left out).
// Anything else a document holds is newer: versionOf then says 3, so
// that a release that knows only version 2 refuses the state instead of
// dropping what it cannot hold. A field added to the format later needs
// no change here; only a future version 4 does.
func format2Keys() map[string]bool {
	keys := map[string]bool{}
	add := func(prefix string, names ...string) {
		for _, n := range names {
			keys[prefix+n] = true
		}
	}
	add("", "format_version", "schemas")
	add("schemas.", "name", "exclusive", "enums", "tables")
	add("schemas.enums.", "schema", "name", "values")
	t := "schemas.tables."
	add(t, "schema", "name", "comment", "columns", "primary_key", "uniques", "checks", "foreign_keys",
		"indexes", "row_security", "policies", "lifecycle")
	add(t+"columns.", "name", "type", "nullable", "default", "identity", "serial", "comment")
	add(t+"columns.type.", "name", "modifiers", "array", "enum_schema")
	add(t+"columns.identity.", "generated")
	add(t+"primary_key.", "name", "columns")
	add(t+"uniques.", "name", "columns")
	add(t+"checks.", "name", "expr", "not_valid")
	add(t+"foreign_keys.", "name", "columns", "ref_schema", "ref_table", "ref_columns", "on_delete",
		"on_update", "deferrable", "initially_deferred", "not_valid")
	add(t+"indexes.", "name", "unique", "method", "parts", "where", "include", "concurrently")
	add(t+"indexes.parts.", "column", "expr", "desc", "nulls_first", "opclass")
	add(t+"row_security.", "enabled", "forced")
	add(t+"lifecycle.", "prevent_destroy")
	add(t+"policies.", "name", "command", "as", "roles", "using", "check")
	return keys
}

// newerKeys lists the keys of the encoded document data that
// format_version 2 does not have, as paths, sorted.
func newerKeys(data []byte) ([]string, error) {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, err
	}
	known := format2Keys()
	found := map[string]bool{}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, child := range x {
				p := k
				if path != "" {
					p = path + "." + k
				}
				if !known[p] {
					found[p] = true
				}
				walk(p, child)
			}
		case []any:
			for _, child := range x {
				walk(path, child)
			}
		}
	}
	walk("", v)
	out := make([]string, 0, len(found))
	for k := range found {
		if !strings.Contains(k, ".") || !found[k[:strings.LastIndex(k, ".")]] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out, nil
}
