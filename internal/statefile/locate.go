package statefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// encoding/json says what went wrong but not where in the document:
// DisallowUnknownFields gives no offset, and a type error names Go
// fields without list indexes. So when decoding fails, findProblem walks
// the input again, token by token, beside the format's Go types, and
// stops at the first thing the types cannot hold, knowing its path and
// byte offset. It runs only on failure; decoding a good state never pays
// for it.

// problem is what findProblem found.
type problem struct {
	offset int64  // where the value or key at fault starts
	path   string // schemas[0].tables[2].columns[1]
	err    error
	// syntax marks a token the JSON scanner rejected: diagnose then takes
	// the message and position from encoding/json, and only the path
	// from here.
	syntax bool
}

// findProblem walks data as a document.
func findProblem(data []byte) (problem, bool) {
	w := &walker{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	w.dec.UseNumber()
	p := w.value(reflect.TypeOf(document{}), "", false)
	if p == nil {
		return problem{}, false
	}
	return *p, true
}

type walker struct {
	data []byte
	dec  *json.Decoder
}

// next reads a token and returns where it starts: the decoder's offset is
// the end of the previous token, before any separator.
func (w *walker) next(path string) (json.Token, int64, *problem) {
	start := w.dec.InputOffset()
	for start < int64(len(w.data)) && strings.IndexByte(" \t\r\n,:", w.data[start]) >= 0 {
		start++
	}
	tok, err := w.dec.Token()
	if err != nil {
		return nil, start, &problem{offset: start, path: path, err: err, syntax: true}
	}
	return tok, start, nil
}

// value reads one value that must fit t. inList is set for the elements
// of a list, where null is not an object.
func (w *walker) value(t reflect.Type, path string, inList bool) *problem {
	tok, start, p := w.next(path)
	if p != nil {
		return p
	}
	if tok == nil {
		if inList && t.Kind() == reflect.Pointer {
			return &problem{offset: start, path: path, err: errNull}
		}
		return nil // encoding/json leaves the Go value as it is
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	mismatch := func(want string) *problem {
		return &problem{offset: start, path: path, err: fmt.Errorf("want %s, got %s", want, describe(tok))}
	}
	switch t.Kind() {
	case reflect.Struct:
		if tok != json.Delim('{') {
			return mismatch("an object")
		}
		return w.object(t, path)
	case reflect.Slice:
		if tok != json.Delim('[') {
			return mismatch("a list")
		}
		return w.list(t.Elem(), path)
	case reflect.String:
		if _, ok := tok.(string); !ok {
			return mismatch("a string")
		}
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			return mismatch("true or false")
		}
	case reflect.Int, reflect.Int64:
		n, ok := tok.(json.Number)
		if !ok {
			return mismatch("a whole number")
		}
		if _, err := strconv.ParseInt(string(n), 10, t.Bits()); err != nil {
			return mismatch("a whole number")
		}
	default:
		return &problem{offset: start, path: path, err: fmt.Errorf("the format has a field of kind %s that findProblem does not check", t.Kind())}
	}
	return nil
}

// object reads the keys and values of an object whose '{' was read.
func (w *walker) object(t reflect.Type, path string) *problem {
	for w.dec.More() {
		tok, start, p := w.next(path)
		if p != nil {
			return p
		}
		key, _ := tok.(string) // the scanner allows nothing else here
		f, ok := fieldByKey(t, key)
		if !ok {
			return &problem{offset: start, path: path, err: fmt.Errorf("unknown field %q", key)}
		}
		if p := w.value(f.Type, joinPath(path, key), false); p != nil {
			return p
		}
	}
	_, _, p := w.next(path) // '}'
	return p
}

// list reads the elements of a list whose '[' was read.
func (w *walker) list(elem reflect.Type, path string) *problem {
	for i := 0; w.dec.More(); i++ {
		if p := w.value(elem, fmt.Sprintf("%s[%d]", path, i), true); p != nil {
			return p
		}
	}
	_, _, p := w.next(path) // ']'
	return p
}

// fieldByKey finds the field a JSON key decodes into, as encoding/json
// does: the exact name first, then ignoring case.
func fieldByKey(t reflect.Type, key string) (reflect.StructField, bool) {
	var folded reflect.StructField
	found := false
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _ := jsonKey(f)
		switch {
		case name == "":
		case name == key:
			return f, true
		case !found && strings.EqualFold(name, key):
			folded, found = f, true
		}
	}
	return folded, found
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// describe names a token for a message, quoting at most 40 bytes of a
// string.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		return "a list"
	case string:
		if len(v) > 40 {
			cut := 40
			for cut > 0 && !utf8.RuneStart(v[cut]) {
				cut--
			}
			return fmt.Sprintf("the string %q...", v[:cut])
		}
		return fmt.Sprintf("the string %q", v)
	case json.Number:
		return "the number " + string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return fmt.Sprint(tok)
}
