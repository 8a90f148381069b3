// Package statefile owns the format of a recorded state: the managed
// schema as schemactl.state.json holds it in the migrations directory, and
// as the migrations table's state column holds it for each complete apply.
// Both are this format, in two layouts.
//
// The format has structs of its own (format.go), separate from the model,
// with the JSON name of every field written out: renaming or reordering a
// field of models changes nothing on disk, and every state written so far
// still loads (testdata/state holds states written by earlier releases;
// the compatibility test decodes each of them).
//
// Not everything in a models.Realm is recorded: import blocks, data
// tables and what only the catalog reports are left out (see Recorded).
//
// # Layouts
//
// Encode writes the file layout: the document and each schema one key per
// line, each object of a schema (a table, an enum) on a line of its own as
// compact JSON:
//
//	{
//	  "format_version": 1,
//	  "schemas": [
//	    {
//	      "name": "public",
//	      "tables": [
//	        {"schema":"public","name":"alert_events",...},
//	        {"schema":"public","name":"service_health_checks",...}
//	      ]
//	    }
//	  ]
//	}
//
// A change to a table is one changed line in a pull request's diff, and
// the file is a third the size of fully indented JSON, which halves the
// time an offline plan spends decoding it. The encoding is deterministic:
// equal realms give equal bytes, so two branches that each change the
// schema conflict on the file in git, as they should.
//
// EncodeCompact writes the same document on one line, for the database.
// Decode reads either layout; DecodeRecorded also reads the states that
// earlier releases recorded in the migrations table without a
// format_version.
//
// # Errors
//
// A state that does not decode is a *DecodeError with the line and column
// of the fault and the path to it:
//
//	schemactl.state.json:12:5: schemas[0].tables[3]: unexpected end of JSON input
//	schemactl.state.json:7:524: schemas[0].tables[0].columns[5]: unknown field "nulable"
//
// for JSON syntax, a cut file, a value of the wrong type, a field the
// format does not have, a null where an object belongs, data after the
// document. A format_version outside 1 to FormatVersion is a
// *VersionError that says what to do.
//
// # Adding to the format
//
// A field of the model is added to the format in format.go only: the
// field in the kind's struct, with its JSON name (snake_case, omitempty
// unless its zero value must be written), and one line in each of the
// kind's two conversions. A new kind of object in a schema is a new list
// field of schema with its struct and conversions; the file layout follows
// the structs by reflection and needs no change. TestEveryModelFieldRoundTrips
// fills every field of the model and fails until the format carries it.
//
// # When format_version changes
//
// FormatVersion is the newest version Decode reads; Decode reads every
// version from 1 to FormatVersion, and refuses a newer one with "upgrade
// schemactl" rather than misread it. Encode writes the oldest version that
// holds the state (versionFor), so a state that uses nothing new keeps its
// bytes and stays readable by older releases. The versions:
//
//   - 1: the first format.
//   - 2: a column may be serial ("serial": true).
//   - 3: everything issue 13 added to tables (sequences, generated
//     columns, collations, identity start and increment, table
//     properties, constraint options, exclusion constraints, comments on
//     schemas, policies, indexes and constraints) and whatever is added
//     after: a document holding any key that version 2 does not have
//     (format2Keys) is version 3, found by the keys themselves, so that a
//     new field can never be written under an older version by mistake.
//
// So:
//
//   - Bump it when the format gains a field or a kind of object, or a field
//     gains a value older releases do not know (a new referential action,
//     say): an older schemactl must refuse such a state, not drop what it
//     cannot hold and plan from the rest. Add to testdata/state a state of
//     the old version written by the old release, and keep its test.
//   - Bump it, and convert on decode, when a field is renamed, removed or
//     changes meaning. The structs describe the newest version; decode
//     reads an older document into them and converts what changed
//     (a function per step, from version N to N+1), so that the model
//     never sees an old layout.
//   - Do not bump it for what leaves every byte meaning what it meant:
//     renaming a Go field of the model or of the format (the JSON name is
//     what counts), or a change to the layout's whitespace (which still
//     changes every file on its next write, so avoid it).
package statefile

// FormatVersion is the newest format_version; Encode writes the oldest
// that holds what it encodes.
const FormatVersion = 3
