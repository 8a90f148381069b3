package hclschema

// What the external tests (package hclschema_test, which may import
// internal/plan: plan imports hclschema) use of the internal ones.
var (
	AssertSameBodies = assertSameBodies
	AssertSameLoad   = assertSameLoad
	FixtureFiles     = fixtureFiles
	BenchRealm       = benchRealm
)
