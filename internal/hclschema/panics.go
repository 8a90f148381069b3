package hclschema

import (
	"fmt"
	"runtime/debug"
	"sync"
)

// workerPanics carries a panic out of the worker goroutines of a parallel
// parse or decode into the goroutine that waits for them. A panic left in
// a goroutine of its own ends the process with exit status 2, which the
// CLI uses for "changes present"; raised again in the caller, it reaches
// the CLI's recover and is reported as the bug it is (exit 1).
type workerPanics struct {
	mu    sync.Mutex
	value any
	stack []byte
}

// catch runs f, recording its panic (the first of all workers) instead of
// letting it end the goroutine.
func (p *workerPanics) catch(f func()) {
	defer func() {
		if r := recover(); r != nil {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.stack == nil {
				p.value, p.stack = r, debug.Stack()
			}
		}
	}()
	f()
}

// rethrow panics in the calling goroutine if a worker panicked; call it
// after the workers are done.
func (p *workerPanics) rethrow() {
	if p.stack != nil {
		panic(fmt.Sprintf("%v\n\nraised in a worker goroutine:\n%s", p.value, p.stack))
	}
}
