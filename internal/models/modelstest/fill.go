// Package modelstest helps tests that must cover every field of the
// schema model, so that a field added to the model cannot be forgotten by
// code that copies, encodes or compares it field by field.
package modelstest

import (
	"fmt"
	"reflect"

	"github.com/schemactl/schemactl/internal/models"
)

// FilledRealm returns a realm in which every field at every depth holds a
// non-zero value, with two elements in every slice (named apart, so that
// lists matched by name stay two).
func FilledRealm() *models.Realm {
	r := &models.Realm{}
	Fill(r)
	return r
}

// Fill does to the struct ptr points at what FilledRealm does to a realm,
// for a struct that mirrors the model (the state file's, say), so that a
// test can check the way back too.
func Fill(ptr any) {
	fill(reflect.ValueOf(ptr).Elem(), 1)
}

func fill(v reflect.Value, seed int) {
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), seed+1)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fill(v.Field(i), seed*16+i)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := 0; i < 2; i++ {
			fill(v.Index(i), seed*16+i)
		}
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", seed))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(seed%1000 + 1))
	default:
		panic("modelstest: the model has a field of a kind fill does not know: " + v.Kind().String())
	}
}
