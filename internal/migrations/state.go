package migrations

import (
	"errors"
	"io/fs"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/statefile"
)

// EncodeState returns the state file for realm: its normalised form in
// the layout of package statefile, ending with a newline. Equal realms
// encode to equal bytes.
func EncodeState(realm *models.Realm) ([]byte, error) {
	return statefile.Encode(realm)
}

// DecodeState parses a state file. Errors name the file, with the line,
// column and path of the fault (*statefile.DecodeError), or say what to do
// about its format_version (*statefile.VersionError).
func DecodeState(data []byte) (*models.Realm, error) {
	return statefile.Decode(StateFileName, data)
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
