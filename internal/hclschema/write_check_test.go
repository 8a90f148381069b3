package hclschema

import (
	"bytes"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// TestWriteCheckedInPieces: a realm of more tables than one piece, whose
// foreign keys cross the pieces, writes what WriteForProject writes and
// checks clean.
func TestWriteCheckedInPieces(t *testing.T) {
	r := benchRealm(checkTables + 20)
	out, _, diags := WriteChecked(r, nil, nil, "inspect.hcl")
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	if !bytes.Equal(out, Write(r)) {
		t.Fatal("WriteChecked wrote other text than Write")
	}
}

// TestWriteCheckedFindsWhatDoesNotLoad: a foreign key to a table the realm
// lacks is written as a reference that does not resolve, in whichever
// piece it falls.
func TestWriteCheckedFindsWhatDoesNotLoad(t *testing.T) {
	r := benchRealm(checkTables + 20)
	last := r.Tables()[checkTables+10]
	last.ForeignKeys[0].RefTable = "missing"
	_, sources, diags := WriteChecked(r, nil, nil, "inspect.hcl")
	if !diags.HasErrors() || sources["inspect.hcl"] == nil {
		t.Fatalf("want an error with the piece that failed, got %v", diags)
	}
	// With a project, the whole text is loaded with the project's files.
	project := &models.Realm{Schemas: []*models.Schema{{Name: "other"}}}
	files := map[string][]byte{"p.hcl": []byte("schema \"other\" {}\n")}
	_, sources, diags = WriteChecked(r, project, files, "out.hcl")
	if !diags.HasErrors() || sources["p.hcl"] == nil || sources["out.hcl"] == nil {
		t.Fatalf("want an error with the project's files, got %v", diags)
	}
}
