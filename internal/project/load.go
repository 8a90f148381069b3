package project

import (
	"sync"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
)

// Inputs is what a plan compares: the desired model declared in the HCL
// and the state recorded in the migrations directory.
type Inputs struct {
	Desired *models.Realm
	State   *models.Realm
}

// Load loads the HCL at schemaPath and, at the same time, the state
// file of dir and its migration files (checked for bad names and gaps).
// For a large schema each is about half of an offline plan and they share
// nothing, so the two cores do them side by side.
//
// diags are the HCL's; err is the directory's. Callers print diags first:
// while the HCL has errors nothing else matters.
func Load(schemaPath string, dir migrations.Dir) (*Inputs, hcl.Diagnostics, error) {
	var (
		in       Inputs
		stateErr error
		wg       sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		if in.State, stateErr = migrations.ReadState(dir); stateErr != nil {
			return
		}
		_, stateErr = migrations.ReadFiles(dir)
	}()
	var diags hcl.Diagnostics
	in.Desired, diags = hclschema.Load(schemaPath)
	wg.Wait()
	return &in, diags, stateErr
}
