package catalog

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// readExclusions reads exclusion constraints, one row per column of
// their index (queryExclusionParts), onto their tables.
func (r *reader) readExclusions(rows pgx.Rows) error {
	byName := map[uint32]map[string]*models.Exclusion{}
	for rows.Next() {
		var (
			oid                  uint32
			name, method         string
			where                *string
			keyCount             int16
			position             int32
			column, expr         *string
			option               *int16
			collation, opclass   *string
			op                   *string
			opcDefault           *bool
			opcOptions, params   []string
			deferrable, deferred bool
			comment              *string
		)
		if err := rows.Scan(&oid, &name, &method, &where, &keyCount, &position, &column, &expr, &option,
			&collation, &opclass, &opcDefault, &opcOptions, &op, &deferrable, &deferred, &params, &comment); err != nil {
			return err
		}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("exclusion constraint %s of unknown table oid %d", name, oid)
		}
		if byName[oid] == nil {
			byName[oid] = map[string]*models.Exclusion{}
		}
		x := byName[oid][name]
		if x == nil {
			x = &models.Exclusion{Name: name, Method: method, Where: sqllex.StripOuterParens(deref(where)),
				StorageParameters: storageParameters(params), Comment: deref(comment),
				Timing: models.Timing{Deferrable: deferrable, InitiallyDeferred: deferred}}
			byName[oid][name] = x
			t.Exclusions = append(t.Exclusions, x)
		}
		if position >= int32(keyCount) {
			if column == nil {
				return fmt.Errorf("exclusion constraint %s: INCLUDE entry without a column", name)
			}
			x.Include = append(x.Include, *column)
			continue
		}
		x.Elements = append(x.Elements, models.ExclusionElement{
			IndexPart: indexPart(column, expr, option, collation, opclass, opcDefault, opcOptions), Op: deref(op)})
	}
	return nil
}
