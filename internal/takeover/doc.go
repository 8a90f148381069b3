// Package takeover decides what `schemactl inspect` prints from an
// inspected realm: the HCL that takes existing objects over, and the
// report of what that HCL cannot express.
//
// Prepare turns the realm the catalog read (catalog.InspectWithReferences:
// the selected tables, and data tables for what their foreign keys
// reference outside the selection) into the realm to write. With Import it
// adds an import block for every table and enum it holds. With a Project
// (the realm the project's schema files load into) it makes a file that
// validates when added to that project: it refuses the tables the project
// declares already, leaves out the enums it declares, and refers to the
// project's own tables and data tables instead of declaring data tables of
// its own for them (hclschema.WriteForProject then leaves out the schema
// blocks the project declares and writes references that resolve there).
//
// Unexpressible lists, grouped by kind, everything of the inspected scope
// the schema language cannot say: objects the model cannot hold
// (Realm.Unsupported), objects on tables (Table.Objects), attributes
// (Table.Unmodeled) and the foreign keys the catalog had to leave out
// (catalog.Dangling). inspect prints it on stderr, so nothing is left out
// silently; --strict makes it an error.
package takeover
