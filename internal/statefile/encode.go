package statefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Encode returns the state file for realm: its normalised form in the file
// layout (see the package doc), ending with a newline. Equal realms encode
// to equal bytes. realm is not modified; nil encodes as an empty realm.
func Encode(realm *models.Realm) ([]byte, error) {
	doc, err := documentOf(realm)
	if err != nil {
		return nil, err
	}
	return encodeFile(doc)
}

// EncodeCompact returns realm's normalised form as one line of JSON, with
// its format_version, for a jsonb column such as the migrations table's
// state. Decode and DecodeRecorded read it back.
func EncodeCompact(realm *models.Realm) ([]byte, error) {
	doc, err := documentOf(realm)
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("encoding the state: %w", err)
	}
	return data, nil
}

// documentOf converts a normalised copy of realm. (A realm holding a nil
// object is a caller's bug: Clone fails on it before convertEach could.)
func documentOf(realm *models.Realm) (*document, error) {
	if realm == nil {
		realm = &models.Realm{}
	}
	return fromRealm(realm.Clone().Normalize())
}

// encodeFile writes doc in the file layout. The layout follows the
// structs, by reflection, so a new field needs no change here: the
// document and each schema are written one key per line; a list of
// schemas one schema after another; a list of objects inside a schema
// (tables, enums, and whatever kind comes next) one object per line, as
// compact JSON. Values are encoded by encoding/json, so escaping ("\u003e"
// for ">") is the same as in every state file written so far.
func encodeFile(doc *document) ([]byte, error) {
	var b bytes.Buffer
	if err := writeObject(&b, reflect.ValueOf(doc).Elem(), "", 0); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// writeObject writes the struct v as an object whose opening brace is at
// indent; depth is 0 for the document and 1 for a schema.
func writeObject(b *bytes.Buffer, v reflect.Value, indent string, depth int) error {
	inner := indent + "  "
	b.WriteByte('{')
	first := true
	for i := 0; i < v.NumField(); i++ {
		key, omitEmpty := jsonKey(v.Type().Field(i))
		f := v.Field(i)
		if key == "" || (omitEmpty && isEmptyValue(f)) {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		fmt.Fprintf(b, "\n%s%q: ", inner, key)
		var err error
		if isObjectList(f.Type()) {
			err = writeList(b, f, key, inner, depth)
		} else {
			err = writeCompact(b, f, key)
		}
		if err != nil {
			return err
		}
	}
	b.WriteString("\n" + indent + "}")
	return nil
}

// writeList writes a list of objects: nested objects at depth 0, one
// compact object per line below.
func writeList(b *bytes.Buffer, list reflect.Value, key, indent string, depth int) error {
	b.WriteByte('[')
	for i := 0; i < list.Len(); i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n" + indent + "  ")
		item := list.Index(i)
		var err error
		if depth == 0 {
			err = writeObject(b, item.Elem(), indent+"  ", depth+1)
		} else {
			err = writeCompact(b, item, key)
		}
		if err != nil {
			return err
		}
	}
	if list.Len() > 0 {
		b.WriteString("\n" + indent)
	}
	b.WriteByte(']')
	return nil
}

func writeCompact(b *bytes.Buffer, v reflect.Value, key string) error {
	data, err := json.Marshal(v.Interface())
	if err != nil {
		return fmt.Errorf("encoding the state: %s: %w", key, err)
	}
	b.Write(data)
	return nil
}

// jsonKey returns a field's JSON name ("" for a field encoding/json skips)
// and whether it is omitted when empty.
func jsonKey(f reflect.StructField) (key string, omitEmpty bool) {
	tag := f.Tag.Get("json")
	if tag == "-" || !f.IsExported() {
		return "", false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	for _, o := range strings.Split(opts, ",") {
		if o == "omitempty" {
			omitEmpty = true
		}
	}
	return name, omitEmpty
}

// isEmptyValue is encoding/json's rule for omitempty: an empty list,
// map or string, a zero number, false, nil; a struct is never empty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.String, reflect.Array:
		return v.Len() == 0
	case reflect.Struct:
		return false
	}
	return v.IsZero()
}

// isObjectList reports whether t is a list of pointers to structs: a list
// of schemas, tables, enums and the like.
func isObjectList(t reflect.Type) bool {
	return t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Pointer && t.Elem().Elem().Kind() == reflect.Struct
}
