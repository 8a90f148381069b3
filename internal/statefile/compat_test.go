package statefile

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// stateDir holds states written by earlier releases; see its README.
const stateDir = "../../testdata/state"

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := readFixtureFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func readFixtureFile(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(stateDir, name))
}

// v1Fixtures pairs each format-1 fixture with the model the release that
// wrote it decoded from it.
var v1Fixtures = []struct {
	name  string
	model func() *models.Realm
}{
	{"monitoring", v1Monitoring},
	{"full", v1Full},
}

// TestFormat1StatesStillLoad decodes the state files and the migrations
// table states that schemactl wrote before this package existed, and
// compares them with what that release decoded.
func TestFormat1StatesStillLoad(t *testing.T) {
	for _, f := range v1Fixtures {
		t.Run(f.name, func(t *testing.T) {
			want := f.model()
			file := "v1/" + f.name + ".state.json"
			got, err := Decode(file, readFixture(t, file))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s decodes differently: %s", file, firstDifference(reflect.ValueOf(want), reflect.ValueOf(got), "realm"))
			}
			// The migrations table's jsonb, as PostgreSQL hands it back:
			// keys reordered, no format_version.
			column := "v1/" + f.name + ".column.json"
			got, err = DecodeRecorded(readFixture(t, column))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s decodes differently: %s", column, firstDifference(reflect.ValueOf(want), reflect.ValueOf(got), "realm"))
			}
			if _, err := Decode(column, readFixture(t, column)); err == nil || !strings.Contains(err.Error(), "no format_version") {
				t.Fatalf("Decode of a state without format_version: %v; want it refused (only the migrations table has such states)", err)
			}
		})
	}
}

// TestFormat1LayoutIsKept re-encodes the format-1 models and wants the
// very bytes the earlier release wrote: a state file must not change in
// every repository because schemactl was upgraded.
func TestFormat1LayoutIsKept(t *testing.T) {
	for _, f := range v1Fixtures {
		file := "v1/" + f.name + ".state.json"
		want := readFixture(t, file)
		got, err := Encode(f.model())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: Encode writes another layout:\n%s", file, firstLineDiff(want, got))
		}
	}
}

// TestCompactRoundTrip: what apply records in the migrations table now
// carries format_version and reads back as the same model.
func TestCompactRoundTrip(t *testing.T) {
	for _, f := range v1Fixtures {
		data, err := EncodeCompact(f.model())
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte("\n")) || !bytes.HasPrefix(data, []byte(`{"format_version":1,`)) {
			t.Fatalf("compact layout: %.80s", data)
		}
		got, err := DecodeRecorded(data)
		if err != nil {
			t.Fatal(err)
		}
		if want := f.model(); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %s", f.name, firstDifference(reflect.ValueOf(want), reflect.ValueOf(got), "realm"))
		}
	}
}

func firstLineDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant " + w + "\ngot  " + g
		}
	}
	return "(no line differs)"
}
