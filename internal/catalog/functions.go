package catalog

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// routineType is a type as queryFunctions describes it (routineTypeSQL).
type routineType struct {
	Format string  `json:"format"`
	Schema *string `json:"schema"`
	Name   string  `json:"name"`
	Array  bool    `json:"array"`
}

// model is the type in the model: a type outside pg_catalog by schema
// and bare name (as enums are), a built-in one parsed from format_type.
func (t routineType) model() (models.Type, error) {
	if t.Schema != nil {
		return models.Type{Name: t.Name, EnumSchema: *t.Schema, Array: t.Array}, nil
	}
	return models.ParseType(t.Format)
}

type routineArg struct {
	Name    string      `json:"name"`
	Mode    string      `json:"mode"`
	Default *string     `json:"default"`
	Type    routineType `json:"type"`
}

var argModes = map[string]string{"i": "", "o": models.ArgOut, "b": models.ArgInOut, "v": models.ArgVariadic}

// readFunctions reads the functions and procedures into their schemas;
// one with attributes the model cannot hold is reported instead.
func (r *reader) readFunctions(rows pgx.Rows) error {
	for rows.Next() {
		var (
			f                             = &models.Function{}
			volatility                    string
			retSet                        bool
			searchPath, comment           *string
			retJSON, argsJSON, unmodelled string
			identity                      string
		)
		if err := rows.Scan(&f.Schema, &f.Name, &f.Procedure, &f.Language, &volatility, &f.Strict, &f.SecurityDefiner, &retSet,
			&searchPath, &f.Body, &comment, &retJSON, &argsJSON, &unmodelled, &identity); err != nil {
			return err
		}
		if unmodelled != "" {
			r.unsupported = append(r.unsupported, models.Object{Kind: f.Kind(), Schema: f.Schema, Name: f.Name, Detail: identity + ": " + unmodelled})
			continue
		}
		f.Volatility = map[string]string{"i": models.VolatilityImmutable, "s": models.VolatilityStable}[volatility]
		f.SearchPath, f.Comment = deref(searchPath), deref(comment)
		if err := readRoutineTypes(f, retSet, retJSON, argsJSON); err != nil {
			return fmt.Errorf("%s %s.%s: %w", f.Kind(), f.Schema, identity, err)
		}
		s := r.schema(f.Schema)
		s.Functions = append(s.Functions, f)
	}
	return nil
}

// readRoutineTypes fills the arguments and result of f.
func readRoutineTypes(f *models.Function, retSet bool, retJSON, argsJSON string) error {
	var ret routineType
	var args []routineArg
	if err := json.Unmarshal([]byte(retJSON), &ret); err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(argsJSON), &args); err != nil {
		return err
	}
	var table []*models.FunctionArg
	for _, a := range args {
		ty, err := a.Type.model()
		if err != nil {
			return err
		}
		arg := &models.FunctionArg{Name: a.Name, Type: ty, Default: deref(a.Default)}
		if a.Mode == "t" {
			table = append(table, arg)
			continue
		}
		arg.Mode = argModes[a.Mode]
		f.Args = append(f.Args, arg)
	}
	if f.Procedure {
		return nil
	}
	if len(table) > 0 {
		f.Returns = &models.FunctionReturn{Table: table}
		return nil
	}
	ty, err := ret.model()
	if err != nil {
		return err
	}
	f.Returns = &models.FunctionReturn{Type: ty, SetOf: retSet}
	return nil
}

// tgtype bits (PostgreSQL's trigger.h).
const (
	tgRow      = 1 << 0
	tgBefore   = 1 << 1
	tgInsert   = 1 << 2
	tgDelete   = 1 << 3
	tgUpdate   = 1 << 4
	tgTruncate = 1 << 5
	tgInstead  = 1 << 6
)

// readTriggers reads the triggers onto their tables.
func (r *reader) readTriggers(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid           uint32
			tr            = &models.Trigger{}
			tgtype, nargs int
			rawArgs       []byte
			hasWhen       bool
			def           string
			comment       *string
		)
		if err := rows.Scan(&oid, &tr.Name, &tgtype, &tr.UpdateOf, &tr.FunctionSchema, &tr.FunctionName, &nargs, &rawArgs,
			&hasWhen, &def, &comment); err != nil {
			return err
		}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("trigger %s of unknown table oid %d", tr.Name, oid)
		}
		tr.ForEachRow = tgtype&tgRow != 0
		switch {
		case tgtype&tgInstead != 0:
			tr.Timing = models.TriggerInsteadOf
		case tgtype&tgBefore != 0:
			tr.Timing = models.TriggerBefore
		default:
			tr.Timing = models.TriggerAfter
		}
		for _, e := range []struct {
			bit  int
			name string
		}{{tgInsert, models.EventInsert}, {tgDelete, models.EventDelete}, {tgUpdate, models.EventUpdate}, {tgTruncate, models.EventTruncate}} {
			if tgtype&e.bit != 0 {
				tr.Events = append(tr.Events, e.name)
			}
		}
		parts := strings.Split(string(rawArgs), "\x00")
		for i := 0; i < nargs && i < len(parts); i++ {
			tr.Args = append(tr.Args, parts[i])
		}
		if hasWhen {
			tr.When = TriggerWhen(def)
		}
		tr.Comment = deref(comment)
		t.Triggers = append(t.Triggers, tr)
	}
	return nil
}

// TriggerWhen cuts the WHEN condition out of a definition as
// pg_get_triggerdef prints it ("... FOR EACH ROW WHEN ((new.a > 0))
// EXECUTE FUNCTION ..."), without its parentheses.
func TriggerWhen(def string) string {
	start := strings.Index(def, " WHEN (")
	end := strings.LastIndex(def, ") EXECUTE ")
	if start < 0 || end < start {
		return ""
	}
	return sqllex.StripOuterParens(def[start+len(" WHEN (") : end])
}
