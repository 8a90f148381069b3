package statefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/models/modelstest"
)

// TestEveryModelFieldRoundTrips fills every field of the model by
// reflection and takes it through the format and back, in both layouts,
// without normalising (normalising would zero some fields, Nullable of an
// identity column for one, and hide a field the format forgot). A field
// added to the model that the format does not carry fails here.
func TestEveryModelFieldRoundTrips(t *testing.T) {
	want := Recorded(modelstest.FilledRealm())
	doc, err := fromRealm(want)
	if err != nil {
		t.Fatal(err)
	}
	if doc.FormatVersion != FormatVersion {
		t.Fatalf("a realm using every field is written as format_version %d, want %d", doc.FormatVersion, FormatVersion)
	}

	file, err := encodeFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	back, err := decodeStrict(file)
	if err != nil {
		t.Fatalf("%v\n%s", err, file)
	}
	got, err := realmOf(back)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("the format loses fields of the model: %s", firstDifference(reflect.ValueOf(want), reflect.ValueOf(got), "realm"))
	}

	// EncodeCompact normalises, as Encode does: compare normalised.
	compact, err := EncodeCompact(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err = Decode("compact", compact)
	if err != nil {
		t.Fatal(err)
	}
	if norm := want.Clone().Normalize(); !reflect.DeepEqual(got, norm) {
		t.Fatalf("compact layout loses fields:\n%s", strings.Join(models.Differences(norm, got), "\n"))
	}
}

// TestEveryFormatFieldReachesTheModel is the way back: a field of the
// format that no conversion fills would be written as zero and read into
// nothing.
func TestEveryFormatFieldReachesTheModel(t *testing.T) {
	var want document
	modelstest.Fill(&want)
	want.FormatVersion = FormatVersion
	got, err := fromRealm(want.realm())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, &want) {
		t.Fatalf("a field of the format does not reach the model and back: %s", firstDifference(reflect.ValueOf(&want), reflect.ValueOf(got), "document"))
	}
}

// TestEncodeNormalisesAndIsDeterministic checks the promise the file's
// place in git rests on: equal realms, in any order, give equal bytes,
// and the caller's realm is left alone.
func TestEncodeNormalisesAndIsDeterministic(t *testing.T) {
	a := v1Full()
	b := v1Full()
	// Reverse every list whose order carries no meaning.
	for _, s := range b.Schemas {
		reverse(s.Tables)
		reverse(s.Enums)
		for _, tb := range s.Tables {
			reverse(tb.Indexes)
			reverse(tb.Policies)
			reverse(tb.ForeignKeys)
		}
	}
	reverse(b.Schemas)
	before := b.Clone()
	ea, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	eb, err := Encode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ea, eb) {
		t.Fatal("the order of the realm's lists changes the file")
	}
	if !reflect.DeepEqual(b, before) {
		t.Fatal("Encode modified its argument")
	}
	for _, r := range []*models.Realm{nil, {}} {
		data, err := Encode(r)
		if err != nil {
			t.Fatal(err)
		}
		if want := "{\n  \"format_version\": 1,\n  \"schemas\": []\n}\n"; string(data) != want {
			t.Fatalf("empty realm encodes as\n%s\nwant\n%s", data, want)
		}
		back, err := Decode("empty", data)
		if err != nil || len(back.Schemas) != 0 {
			t.Fatalf("empty realm decodes as %+v, %v", back, err)
		}
	}
	data, err := Encode(&models.Realm{Schemas: []*models.Schema{{Name: "s"}}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"format_version\": 1,\n  \"schemas\": [\n    {\n      \"name\": \"s\"\n    }\n  ]\n}\n"; string(data) != want {
		t.Fatalf("a bare schema encodes as\n%s\nwant\n%s", data, want)
	}
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// firstDifference names the first field where a and b differ, with
// what each holds there.
func firstDifference(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return fmt.Sprintf("%s: %v != %v", path, a, b)
			}
			return ""
		}
		return firstDifference(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if d := firstDifference(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); d != "" {
				return d
			}
		}
		return ""
	case reflect.Slice:
		if a.Len() != b.Len() || a.IsNil() != b.IsNil() {
			return fmt.Sprintf("%s: %d elements (nil %t) != %d (nil %t)", path, a.Len(), a.IsNil(), b.Len(), b.IsNil())
		}
		for i := 0; i < a.Len(); i++ {
			if d := firstDifference(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); d != "" {
				return d
			}
		}
		return ""
	}
	if !reflect.DeepEqual(a.Interface(), b.Interface()) {
		return fmt.Sprintf("%s: %#v != %#v", path, a.Interface(), b.Interface())
	}
	return ""
}

// TestFindProblemKnowsTheWholeFormat: the walker that locates decode
// errors accepts a document with every field set, so it knows every key
// and kind of value the format has (a new kind it does not check fails
// here, not in a user's error message).
func TestFindProblemKnowsTheWholeFormat(t *testing.T) {
	var doc document
	modelstest.Fill(&doc)
	for name, encode := range map[string]func(*document) ([]byte, error){
		"file":    encodeFile,
		"compact": func(d *document) ([]byte, error) { return json.Marshal(d) },
	} {
		data, err := encode(&doc)
		if err != nil {
			t.Fatal(err)
		}
		if p, found := findProblem(data); found {
			t.Fatalf("%s layout: findProblem reports %s: %v", name, p.path, p.err)
		}
	}
}

// TestLayoutFollowsTheStructs: a new kind of object in a schema goes one
// object per line with no change to the encoder, and a new plain field of
// a schema goes among its keys.
func TestLayoutFollowsTheStructs(t *testing.T) {
	type futureSchema struct {
		Name      string   `json:"name"`
		Owner     string   `json:"owner,omitempty"`
		Tables    []*table `json:"tables,omitempty"`
		Sequences []*enum  `json:"sequences,omitempty"`
	}
	type futureDocument struct {
		FormatVersion int             `json:"format_version"`
		Schemas       []*futureSchema `json:"schemas"`
	}
	doc := futureDocument{FormatVersion: 2, Schemas: []*futureSchema{{
		Name: "s", Owner: "o",
		Tables:    []*table{{Schema: "s", Name: "t"}},
		Sequences: []*enum{{Schema: "s", Name: "a"}, {Schema: "s", Name: "b"}},
	}}}
	var b bytes.Buffer
	if err := writeObject(&b, reflect.ValueOf(doc), "", 0); err != nil {
		t.Fatal(err)
	}
	want := `{
  "format_version": 2,
  "schemas": [
    {
      "name": "s",
      "owner": "o",
      "tables": [
        {"schema":"s","name":"t","row_security":{},"lifecycle":{}}
      ],
      "sequences": [
        {"schema":"s","name":"a","values":null},
        {"schema":"s","name":"b","values":null}
      ]
    }
  ]
}`
	if b.String() != want {
		t.Fatalf("layout:\n%s\nwant\n%s", b.String(), want)
	}
}

// TestEncodeWritesTheOldestVersionThatHoldsTheState: a state without
// serial columns stays format_version 1, readable by older releases; one
// with a serial column is 2, which they refuse with "upgrade schemactl".
func TestEncodeWritesTheOldestVersionThatHoldsTheState(t *testing.T) {
	realm := &models.Realm{Schemas: []*models.Schema{{Name: "public", Tables: []*models.Table{{
		Schema: "public", Name: "t", Columns: []*models.Column{{Name: "id", Type: models.Type{Name: "integer"}}}}}}}}
	for _, tc := range []struct {
		serial bool
		want   string
	}{{false, `"format_version": 1,`}, {true, `"format_version": 2,`}} {
		realm.Tables()[0].Columns[0].Serial = tc.serial
		data, err := Encode(realm)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte(tc.want)) {
			t.Errorf("serial %v: state does not say %s:\n%s", tc.serial, tc.want, data)
		}
		back, err := Decode("state", data)
		if err != nil || back.Tables()[0].Columns[0].Serial != tc.serial {
			t.Errorf("serial %v: decoded %v, err %v", tc.serial, back, err)
		}
	}
}

// TestNewKeysMakeVersion3: a state using only what version 2 had keeps
// version 2 (or 1), byte for byte; one field added since, wherever it
// sits, makes the document version 3, so that a release reading only
// version 2 refuses it rather than drop the field and plan from the rest.
func TestNewKeysMakeVersion3(t *testing.T) {
	v2 := []byte(`{"format_version":2,"schemas":[{"name":"public","tables":[{"schema":"public","name":"t","comment":"c",` +
		`"columns":[{"name":"id","type":{"name":"integer"},"serial":true,"comment":"x"}],"row_security":{},"lifecycle":{}}]}]}`)
	if newer, err := newerKeys(v2); err != nil || len(newer) != 0 {
		t.Fatalf("a version 2 document has newer keys %v (%v)", newer, err)
	}
	for _, doc := range []string{
		`{"schemas":[{"name":"public","comment":"schema comments are new"}]}`,
		`{"schemas":[{"name":"p","tables":[{"columns":[{"name":"c","generated":"a + 1"}]}]}]}`,
		`{"schemas":[{"name":"p","tables":[{"policies":[{"name":"p","comment":"new"}]}]}]}`,
		`{"schemas":[{"name":"p","sequences":[{"name":"s"}]}]}`,
		`{"schemas":[{"name":"p","tables":[{"grants":[{"role":"anon","privileges":["SELECT"]}]}]}]}`,
		`{"schemas":[{"name":"p","ignore_grants_to":["anon"]}]}`,
		`{"schemas":[],"extensions":[{"name":"citext","schema":"public"}]}`,
	} {
		newer, err := newerKeys([]byte(doc))
		if err != nil || len(newer) != 1 {
			t.Errorf("newerKeys(%s) = %v (%v), want one key", doc, newer, err)
		}
	}
	r := v1Full()
	doc, err := fromRealm(r.Clone().Normalize())
	if err != nil || doc.FormatVersion != 1 {
		t.Fatalf("a version 1 realm is written as %d (%v)", doc.FormatVersion, err)
	}
	r.Schemas[0].Comment = "new in version 3"
	if doc, err = fromRealm(r.Clone().Normalize()); err != nil || doc.FormatVersion != 3 {
		t.Fatalf("a schema comment is written as version %d (%v), want 3", doc.FormatVersion, err)
	}
}
