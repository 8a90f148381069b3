package plan

// HazardCode names a way a statement can hurt a live system. Codes are
// stable (JSON, tests); the message of each Hazard explains.
type HazardCode string

// Hazard codes.
const (
	// HazardDataLoss: rows or values are destroyed (drop table or column,
	// narrowing type, enum value removal).
	HazardDataLoss HazardCode = "DATA_LOSS"
	// HazardTableRewrite: the whole table is rewritten under an ACCESS
	// EXCLUSIVE lock.
	HazardTableRewrite HazardCode = "TABLE_REWRITE"
	// HazardAccessExclusiveLock: the statement takes an ACCESS EXCLUSIVE
	// lock that blocks reads and writes for its duration.
	HazardAccessExclusiveLock HazardCode = "ACCESS_EXCLUSIVE_LOCK"
	// HazardTableScan: the statement scans the whole table to validate
	// existing rows.
	HazardTableScan HazardCode = "TABLE_SCAN"
	// HazardIndexBuild: an index is built without CONCURRENTLY on an
	// existing table, blocking writes while it builds.
	HazardIndexBuild HazardCode = "INDEX_BUILD"
	// HazardIndexDropped: queries that used the index may get slower.
	HazardIndexDropped HazardCode = "INDEX_DROPPED"
	// HazardUndeclaredDropped: something on a managed table that the HCL
	// does not declare (a trigger, an exclusion constraint, a rule, a
	// policy) is dropped: a managed table owns everything on it.
	HazardUndeclaredDropped HazardCode = "UNDECLARED_DROPPED"
	// HazardPrivilegeRevoked: a role loses a privilege on a table (a
	// grant the HCL no longer declares, or never did).
	HazardPrivilegeRevoked HazardCode = "PRIVILEGE_REVOKED"
	// HazardViewReplaced: a view or materialized view is dropped and
	// created again: grants on it are lost, a materialized view is
	// computed again.
	HazardViewReplaced HazardCode = "VIEW_REPLACED"
	// HazardFunctionReplaced: a function or procedure is dropped and
	// created again (its result or arguments change): calls fail between
	// the two statements, and what uses it is created again.
	HazardFunctionReplaced HazardCode = "FUNCTION_REPLACED"
)

// Hazard is one way a statement can hurt a live system.
type Hazard struct {
	Code    HazardCode `json:"code"`
	Message string     `json:"message"`
}
