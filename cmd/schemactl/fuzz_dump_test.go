package main

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// dumpEntry starts each object of a pg_dump --schema-only text.
const dumpEntry = "\n--\n-- Name: "

// partitionIndexCopiesByParent rewrites a schema dump so that the names
// PostgreSQL chose for the partitions' copies of a partitioned table's
// indexes do not count, while what each copy is still does. The server
// names a copy after its columns and suffixes the name while another
// copy holds it (part_c_idx, part_c_idx1), so two indexes over the same
// columns get their copies' names in the order they were built: an
// order the path to the schema decides, and a name no schema declares.
// Each copy becomes a line naming its parent index and its definition
// without its name, sorted and put at the end; its ATTACH goes.
func partitionIndexCopiesByParent(dump string) string {
	attach := regexp.MustCompile(`(?m)^ALTER INDEX (.+) ATTACH PARTITION (.+);$`)
	parentOf := map[string]string{} // a copy's name, as CREATE INDEX prints it
	for _, m := range attach.FindAllStringSubmatch(dump, -1) {
		parentOf[unqualified(m[2])] = m[1]
	}
	create := regexp.MustCompile(`(?m)^CREATE (UNIQUE )?INDEX (.+?) ON (.+)$`)
	var kept, copies []string
	for _, entry := range strings.Split(dump, dumpEntry) {
		header, _, _ := strings.Cut(entry, "\n")
		if strings.Contains(header, "; Type: INDEX ATTACH;") {
			continue
		}
		if m := create.FindStringSubmatch(entry); m != nil && strings.Contains(header, "; Type: INDEX;") {
			if parent, ok := parentOf[m[2]]; ok {
				copies = append(copies, "-- a copy of index "+parent+": CREATE "+m[1]+"INDEX ON "+m[3])
				continue
			}
		}
		kept = append(kept, entry)
	}
	slices.Sort(copies)
	return strings.Join(kept, dumpEntry) + "\n" + strings.Join(copies, "\n")
}

// unqualified is the part of a name pg_dump printed qualified
// (schema.name, either part maybe quoted) after the schema.
func unqualified(qualified string) string {
	quoted := false
	for i, r := range qualified {
		switch {
		case r == '"':
			quoted = !quoted
		case r == '.' && !quoted:
			return qualified[i+1:]
		}
	}
	return qualified
}

// TestPartitionIndexCopiesByParent: two dumps that differ only in which
// copy got which name (the order two indexes over one column were built)
// compare equal; a copy with another definition does not.
func TestPartitionIndexCopiesByParent(t *testing.T) {
	entry := func(name, typ, body string) string {
		return "--\n-- Name: " + name + "; Type: " + typ + "; Schema: public; Owner: postgres\n--\n\n" + body + "\n\n\n"
	}
	dump := func(descName, ascName string, descDef string) string {
		return "SET x = 1;\n\n\n" +
			entry("ix_a", "INDEX", `CREATE INDEX ix_a ON ONLY public.pt USING btree ("my c");`) +
			entry("ix_b", "INDEX", `CREATE INDEX ix_b ON ONLY public.pt USING btree ("my c" DESC);`) +
			entry("part 1_my c_"+descName, "INDEX", `CREATE INDEX "part 1_my c_`+descName+`" ON public."part 1" USING btree (`+descDef+`);`) +
			entry("part 1_my c_"+ascName, "INDEX", `CREATE INDEX "part 1_my c_`+ascName+`" ON public."part 1" USING btree ("my c");`) +
			entry("part 1_my c_"+descName, "INDEX ATTACH", `ALTER INDEX public.ix_b ATTACH PARTITION public."part 1_my c_`+descName+`";`) +
			entry("part 1_my c_"+ascName, "INDEX ATTACH", `ALTER INDEX public.ix_a ATTACH PARTITION public."part 1_my c_`+ascName+`";`)
	}
	built := partitionIndexCopiesByParent(dump("idx", "idx1", `"my c" DESC`))
	migrated := partitionIndexCopiesByParent(dump("idx1", "idx", `"my c" DESC`))
	if built != migrated {
		t.Fatalf("the copies' names still count:\n%s\n---\n%s", built, migrated)
	}
	if !strings.Contains(built, `-- a copy of index public.ix_b: CREATE INDEX ON public."part 1" USING btree ("my c" DESC);`) || strings.Contains(built, "ATTACH") {
		t.Fatalf("the copies are not described by their parents:\n%s", built)
	}
	if other := partitionIndexCopiesByParent(dump("idx", "idx1", `"my c"`)); other == built {
		t.Fatal("a copy with another definition compares equal")
	}
}
