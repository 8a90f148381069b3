package views

// CheckFormatVersion is the version of `plan --check --format json`.
const CheckFormatVersion = 1

// CheckProblem is one place where the HCL, the migrations directory and
// the generated code disagree: Kind is "migrations", "plan" or
// "generated".
type CheckProblem struct {
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

type checkJSON struct {
	FormatVersion int            `json:"format_version"`
	OK            bool           `json:"ok"`
	Problems      []CheckProblem `json:"problems"`
}

// CheckJSON is the result of `plan --check` as JSON: whether the HCL, the
// migrations directory and the generated code agree, and every place they
// do not.
func CheckJSON(problems []CheckProblem) ([]byte, error) {
	if problems == nil {
		problems = []CheckProblem{}
	}
	return encodeJSON(checkJSON{FormatVersion: CheckFormatVersion, OK: len(problems) == 0, Problems: problems})
}
