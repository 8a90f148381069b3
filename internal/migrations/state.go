package migrations

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"

	"github.com/schemactl/schemactl/internal/models"
)

// StateFormatVersion is the format_version this schemactl writes and the
// newest it reads.
const StateFormatVersion = 1

// stateFile is the JSON layout of schemactl.state.json: the realm's fields
// next to format_version.
type stateFile struct {
	FormatVersion int `json:"format_version"`
	*models.Realm
}

// EncodeState returns the state file for realm: its normalised form as
// indented JSON, ending with a newline. Equal realms encode to equal bytes.
func EncodeState(realm *models.Realm) ([]byte, error) {
	if realm == nil {
		realm = &models.Realm{}
	}
	data, err := json.MarshalIndent(stateFile{FormatVersion: StateFormatVersion, Realm: realm.Clone().Normalize()}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", StateFileName, err)
	}
	return append(data, '\n'), nil
}

// DecodeState parses a state file.
func DecodeState(data []byte) (*models.Realm, error) {
	var sf stateFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sf); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", StateFileName, err)
	}
	if sf.FormatVersion < 1 || sf.FormatVersion > StateFormatVersion {
		return nil, fmt.Errorf("%s has format_version %d; this schemactl reads versions 1 to %d", StateFileName, sf.FormatVersion, StateFormatVersion)
	}
	if sf.Realm == nil {
		sf.Realm = &models.Realm{}
	}
	return sf.Realm.Normalize(), nil
}

// ReadState returns the realm recorded in d's state file, or an empty realm
// when there is no state file yet.
func ReadState(d Dir) (*models.Realm, error) {
	data, err := d.ReadFile(StateFileName)
	if errors.Is(err, fs.ErrNotExist) {
		return &models.Realm{}, nil
	}
	if err != nil {
		return nil, err
	}
	return DecodeState(data)
}

// WriteState rewrites d's state file.
func WriteState(d Dir, realm *models.Realm) error {
	data, err := EncodeState(realm)
	if err != nil {
		return err
	}
	return d.WriteFile(StateFileName, data)
}
