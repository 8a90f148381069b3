package project

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/codegen"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
)

// Problem is one way the HCL, the migrations directory and the generated
// code disagree, as `plan --check` reports it.
type Problem struct {
	Kind    string // "migrations", "plan" or "generated"
	Message string
}

func (p Problem) String() string { return p.Kind + ": " + p.Message }

// Check proves that the desired model, the migrations directory
// and the generated Go code agree, without a database (CI's `plan
// --check`): the files match their sum, the offline plan from the recorded
// state to desired is empty, and every schemactl-generated package under
// generatedRoot is what generating from desired would write. It returns
// the problems found; an error means the check itself could not run.
func Check(desired *models.Realm, dir migrations.Dir, generatedRoot string) ([]Problem, error) {
	var problems []Problem
	files, err := migrations.ReadFiles(dir)
	if err == nil {
		err = migrations.VerifySum(dir, files)
	}
	if err != nil {
		problems = append(problems, Problem{"migrations", err.Error()})
	}
	state, err := migrations.ReadState(dir)
	if err != nil {
		problems = append(problems, Problem{"migrations", fmt.Sprintf("reading the state file: %v", err)})
	} else {
		p, err := plan.Offline(desired, state, plan.Options{AllowDestroy: true})
		if err != nil {
			var de *plan.DestroyError
			if !errors.As(err, &de) {
				return nil, err
			}
			problems = append(problems, Problem{"plan", "the HCL differs from the recorded state: " + err.Error()})
		} else if !p.Empty() {
			problems = append(problems, Problem{"plan", fmt.Sprintf("the HCL differs from the recorded state (%s): write a migration with `schemactl plan --write NAME`",
				strings.Join(p.Addresses(), ", "))})
		}
	}
	dirs, err := generatedDirs(generatedRoot)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		diffs, err := codegen.CheckDir(desired, d)
		if err != nil {
			problems = append(problems, Problem{"generated", fmt.Sprintf("%s: %v", d, err)})
			continue
		}
		if len(diffs) > 0 {
			problems = append(problems, Problem{"generated", fmt.Sprintf("%s is stale (%s): run `schemactl generate --out %s`", d, strings.Join(diffs, ", "), d)})
		}
	}
	return problems, nil
}

// generatedDirs lists the directories under root (root included) that
// hold a schemactl-generated package. A missing root has none.
func generatedDirs(root string) ([]string, error) {
	if root == "" {
		return nil, nil
	}
	var out []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && path == root {
				return filepath.SkipAll
			}
			return err
		}
		if d.IsDir() && codegen.IsGeneratedDir(path) {
			out = append(out, path)
		}
		return nil
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("listing generated code under %s: %w", root, err)
	}
	slices.Sort(out)
	return out, nil
}
