package models_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/models/modelstest"
)

// TestCloneIsDeep clones a realm with every field set and checks the clone
// is equal and shares no pointer or slice with its source, so a field
// added to the model without a copy in Clone fails.
func TestCloneIsDeep(t *testing.T) {
	r := modelstest.FilledRealm()
	c := r.Clone()
	if !reflect.DeepEqual(r, c) {
		t.Fatalf("clone differs from source")
	}
	if p := shared(reflect.ValueOf(r), reflect.ValueOf(c), "realm"); p != "" {
		t.Fatalf("clone shares memory with its source at %s", p)
	}
	if (*models.Realm)(nil).Clone() != nil {
		t.Fatal("nil.Clone() is not nil")
	}
}

func shared(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Pointer:
		if a.Pointer() == b.Pointer() {
			return path
		}
		return shared(a.Elem(), b.Elem(), path)
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			return path
		}
		for i := 0; i < a.Len(); i++ {
			if p := shared(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if p := shared(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
				return p
			}
		}
	}
	return ""
}
