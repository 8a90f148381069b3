package hclschema

import (
	"bytes"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Large files are parsed in chunks of whole top-level blocks, in parallel.
//
// hclsyntax lexes a whole file into one token slice before parsing it; for
// a 1.5 MB schema (1,000 tables) that slice grows by doubling to well over
// 100 MB, and copying and page-faulting it costs more than the parse. The
// grammar makes chunking exact: the top-level body is a sequence of items
// each ending in a newline, and the lexer is back in its initial state after
// such a newline, so lexing and parsing a file cut at those newlines yields
// the very tokens and nodes (with the same positions, since each chunk is
// parsed from its start position) that the whole-file parse would.
//
// The chunked result is used only when it is certainly the whole-file
// result: every chunk parsed without any diagnostic, no argument is set in
// two chunks (hclsyntax reports that only within one body), and no chunk
// after the first starts with a byte-order mark (stripped only at the start
// of a parse). Otherwise the file is parsed whole, so diagnostics are
// always those of hclsyntax.ParseConfig over the whole file, for files of
// up to wholeParseTokens tokens and wholeParseBytes bytes: a larger file with a syntax error reports
// its chunks' diagnostics (an argument set in two chunks is reported as
// hclsyntax reports it within one body), and once MaxErrors syntax errors
// are found the chunks not parsed yet are skipped. The scanner
// that finds the cuts only decides where to try; when it meets anything it
// does not follow it proposes no cut, and the file is parsed whole.

// chunkSize is the size a chunk grows to before it is cut at the next
// top-level newline. Smaller chunks keep the token slices small; much
// smaller ones add per-parse overhead and scheduling.
const chunkSize = 32 << 10

// parseOptions tune the parse; tests force tiny chunks to exercise every
// cut on small inputs.
type parseOptions struct {
	chunkSize int
	workers   int
	// fast tries fastParse on each chunk before hclsyntax.
	fast bool
}

func defaultParseOptions() parseOptions {
	return parseOptions{chunkSize: chunkSize, workers: runtime.GOMAXPROCS(0), fast: true}
}

// parsedFile is one source file's parse result.
type parsedFile struct {
	body  *hclsyntax.Body
	diags hcl.Diagnostics
}

// chunkJob is one chunk of one file, parsed by a worker.
type chunkJob struct {
	name  string
	src   []byte
	start hcl.Pos
	body  *hclsyntax.Body
	diags hcl.Diagnostics
	// skipped is set on a job left unparsed after MaxErrors errors.
	skipped bool
}

// parseFiles parses every file (names in order), in chunks where the file
// is large enough, and returns one body and its diagnostics per file.
// tokens are the files' token counts (checkLimits).
func parseFiles(files map[string][]byte, names []string, tokens map[string]int, opts parseOptions) []parsedFile {
	out := make([]parsedFile, len(names))
	var jobs []chunkJob
	firstJob := make([]int, len(names)+1)
	for i, name := range names {
		firstJob[i] = len(jobs)
		src := files[name]
		large := tokens[name] > wholeParseTokens || len(src) > wholeParseBytes
		cuts := topLevelCuts(src, opts.chunkSize)
		if cuts == nil && large {
			// Never parsed whole: up to what the scanner followed.
			cuts = topLevelCutsBefore(src, opts.chunkSize)
		}
		for _, c := range chunksAt(src, cuts) {
			j := chunkJob{name: name, src: src[c.from:c.to], start: c.start}
			if large {
				j.refuseLarge(src, c.from)
			}
			jobs = append(jobs, j)
		}
	}
	firstJob[len(names)] = len(jobs)

	runJobs(jobs, opts)

	for i, name := range names {
		parts := jobs[firstJob[i]:firstJob[i+1]]
		if len(parts) == 1 {
			// The file was parsed whole: its diagnostics are the parser's.
			out[i] = parsedFile{body: parts[0].body, diags: parts[0].diags}
			continue
		}
		if body, ok := mergeChunks(parts); ok {
			out[i] = parsedFile{body: body}
			continue
		}
		if len(files[name]) > wholeParseBytes || tokens[name] > wholeParseTokens || slices.ContainsFunc(parts, func(j chunkJob) bool { return j.skipped }) {
			out[i] = chunkResult(parts)
			continue
		}
		f, diags := hclsyntax.ParseConfig(files[name], name, hcl.InitialPos)
		body, _ := f.Body.(*hclsyntax.Body)
		out[i] = parsedFile{body: body, diags: diags}
	}
	return out
}

// refuseLarge skips a chunk of more than wholeParseTokens tokens or
// wholeParseBytes bytes (a block that large, or what follows text the cut
// scanner cannot follow) with a diagnostic: parsed, it could cost a few
// hundred times its size.
func (j *chunkJob) refuseLarge(src []byte, from int) {
	if len(j.src) <= wholeParseBytes {
		sc := scanner{src: j.src, maxTokens: wholeParseTokens, heredocLinesLeft: MaxHeredocLinesTotal}
		sc.scan()
		if !sc.tooMany {
			return
		}
	}
	j.skipped = true
	j.diags = hcl.Diagnostics{limitDiagnostic(j.name, src, from, "Block too large",
		fmt.Sprintf("This top-level block (with what follows it up to the next one schemactl can tell apart) holds more than %d tokens or %d MiB, the most schemactl reads in one piece.", wholeParseTokens, wholeParseBytes>>20))}
}

// runJobs parses the jobs on up to workers goroutines. Each job writes only
// its own element, so no locking is needed beyond the wait. A panic in a
// worker is raised again here.
func runJobs(jobs []chunkJob, opts parseOptions) {
	parse := func(j *chunkJob) {
		if opts.fast {
			if body, ok := fastParse(j.src, j.name, j.start); ok {
				j.body = body
				return
			}
		}
		f, diags := hclsyntax.ParseConfig(j.src, j.name, j.start)
		j.body, _ = f.Body.(*hclsyntax.Body)
		j.diags = diags
	}
	// errors counts the syntax errors found so far: past MaxErrors the
	// jobs left are skipped.
	var errors atomic.Int64
	parseOrSkip := func(j *chunkJob) {
		if j.skipped {
			errors.Add(1)
			return
		}
		if errors.Load() >= MaxErrors {
			j.skipped = true
			return
		}
		parse(j)
		errors.Add(int64(len(j.diags.Errs())))
	}
	workers := min(max(opts.workers, 1), len(jobs))
	if workers <= 1 {
		for i := range jobs {
			parseOrSkip(&jobs[i])
		}
		return
	}
	next := make(chan int)
	var (
		wg     sync.WaitGroup
		panics workerPanics
	)
	for range workers {
		wg.Go(func() {
			for i := range next {
				// Per job, so a panicking worker goes on taking jobs and
				// the loop below never blocks.
				panics.catch(func() { parseOrSkip(&jobs[i]) })
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	panics.rethrow()
}

// mergeChunks joins the bodies of a file's chunks into the body the
// whole-file parse would have produced, or reports false when that is not
// certain.
func mergeChunks(parts []chunkJob) (*hclsyntax.Body, bool) {
	merged := &hclsyntax.Body{Attributes: hclsyntax.Attributes{}}
	n := 0
	for _, p := range parts {
		if len(p.diags) > 0 || p.body == nil {
			return nil, false
		}
		n += len(p.body.Blocks)
	}
	merged.Blocks = make(hclsyntax.Blocks, 0, n)
	for _, p := range parts {
		for name, a := range p.body.Attributes {
			if _, dup := merged.Attributes[name]; dup {
				return nil, false // "Attribute redefined" comes from the whole parse
			}
			merged.Attributes[name] = a
		}
		merged.Blocks = append(merged.Blocks, p.body.Blocks...)
	}
	// The whole parse's body runs from its first token to the end of file;
	// the first chunk holds that first token and the last one the end.
	last := parts[len(parts)-1].body
	merged.SrcRange = hcl.RangeBetween(parts[0].body.SrcRange, last.SrcRange)
	merged.EndRange = last.EndRange
	return merged, true
}

// chunkResult is the result of a file too large to be parsed whole, or
// whose parse stopped at MaxErrors: its chunks' diagnostics and, when
// those hold no error, the merged body, with an argument set in two
// chunks reported as hclsyntax reports one set twice in a body.
func chunkResult(parts []chunkJob) parsedFile {
	var out parsedFile
	for _, p := range parts {
		out.diags = append(out.diags, p.diags...)
	}
	if out.diags.HasErrors() || slices.ContainsFunc(parts, func(j chunkJob) bool { return j.skipped || j.body == nil }) {
		return out
	}
	merged := &hclsyntax.Body{Attributes: hclsyntax.Attributes{}}
	for _, p := range parts {
		for name, a := range p.body.Attributes {
			if prev, dup := merged.Attributes[name]; dup {
				out.diags = append(out.diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Attribute redefined",
					Detail:  fmt.Sprintf("The argument %q was already set at %s. Each argument may be set only once.", name, prev.NameRange.String()),
					Subject: &a.NameRange})
				continue
			}
			merged.Attributes[name] = a
		}
		merged.Blocks = append(merged.Blocks, p.body.Blocks...)
	}
	last := parts[len(parts)-1].body
	merged.SrcRange = hcl.RangeBetween(parts[0].body.SrcRange, last.SrcRange)
	merged.EndRange = last.EndRange
	out.body = merged
	return out
}

// chunk is a byte range of a file and the position it starts at.
type chunk struct {
	from, to int
	start    hcl.Pos
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// chunks cuts src into pieces of at least size bytes at top-level newlines
// (see topLevelCuts). A small file, or one the scanner cannot follow, is
// one chunk.
func chunks(src []byte, size int) []chunk {
	return chunksAt(src, topLevelCuts(src, size))
}

// chunksAt cuts src at cuts.
func chunksAt(src []byte, cuts []int) []chunk {
	out := make([]chunk, 0, len(cuts)+1)
	from, start := 0, hcl.InitialPos
	for _, cut := range cuts {
		out = append(out, chunk{from: from, to: cut, start: start})
		// Every cut follows a newline: the next chunk starts a line.
		start = hcl.Pos{Line: start.Line + bytes.Count(src[from:cut], []byte{'\n'}), Column: 1, Byte: cut}
		from = cut
	}
	return append(out, chunk{from: from, to: len(src), start: start})
}

// scanner frames: what the scanner is inside of.
const (
	frameBrace   = '{'
	frameBracket = '['
	frameParen   = '('
	frameQuote   = '"'
	frameInterp  = '$' // ${ ... } or %{ ... } inside a quoted template
)

// topLevelCuts returns the offsets, in order, at which src may be cut: just
// after a newline that ends a top-level item (outside any brace, bracket,
// parenthesis, string, heredoc or comment), once the chunk since the
// previous cut is at least size bytes and holds more than comments and
// blank lines. It follows HCL's lexical structure: quoted templates with
// backslash escapes and ${ } / %{ } interpolations ($${ and %%{ are
// literal), heredocs (<<EOT and <<-EOT; one with an interpolation is not
// followed), #, // and /* */ comments. It returns nil for a file smaller
// than two chunks or anything it does not follow.
func topLevelCuts(src []byte, size int) []int {
	cuts, complete := scanCuts(src, size)
	if !complete {
		return nil
	}
	return cuts
}

// topLevelCutsBefore is topLevelCuts for a file too large to be parsed
// whole: when the scanner meets what it does not follow, the cuts it found
// before are still cuts (each after a top-level item it followed), and the
// rest of the file is the last chunk.
func topLevelCutsBefore(src []byte, size int) []int {
	cuts, _ := scanCuts(src, size)
	return cuts
}

// scanCuts finds the cuts of topLevelCuts, and reports whether it
// followed the whole file.
func scanCuts(src []byte, size int) (cuts []int, complete bool) {
	if len(src) < 2*size {
		return nil, true
	}
	sc := &cutScanner{src: src, size: size}
	for i, ok := 0, true; i < len(src); {
		switch {
		case sc.top() == frameQuote:
			i, ok = sc.inQuote(i)
		default:
			var trivia bool
			if i, trivia, ok = sc.trivia(i); ok && !trivia {
				i, ok = sc.item(i)
			}
		}
		if !ok {
			return sc.cuts, false
		}
	}
	return sc.cuts, len(sc.stack) == 0
}

// cutScanner is the state of topLevelCuts: the open frames (quotes,
// brackets, interpolations) and the cuts found so far.
type cutScanner struct {
	src     []byte
	size    int
	cuts    []int
	stack   []byte
	lastCut int
	sawItem bool // something other than trivia since the last cut
}

func (sc *cutScanner) top() byte {
	if len(sc.stack) == 0 {
		return 0
	}
	return sc.stack[len(sc.stack)-1]
}

// inQuote steps over one piece of a quoted string at i; ok is false for
// what hclsyntax would reject (a newline in the string).
func (sc *cutScanner) inQuote(i int) (int, bool) {
	src, c := sc.src, sc.src[i]
	switch {
	case c == '\n' || c == '\r':
		return i, false // a newline in a quoted string is an error
	case c == '\\':
		if i+1 >= len(src) || src[i+1] == '\n' || src[i+1] == '\r' {
			return i, false
		}
		return i + 2, true
	case c == '"':
		sc.stack = sc.stack[:len(sc.stack)-1]
	case (c == '$' || c == '%') && i+2 < len(src) && src[i+1] == c && src[i+2] == '{':
		return i + 3, true // $${ and %%{ are literal
	case (c == '$' || c == '%') && i+1 < len(src) && src[i+1] == '{':
		sc.stack = append(sc.stack, frameInterp)
		return i + 2, true
	}
	return i + 1, true
}

// trivia steps over white space or a comment at i, cutting after a
// newline at the top level once enough has been read since the last cut;
// trivia is false when i starts something else.
func (sc *cutScanner) trivia(i int) (next int, trivia, ok bool) {
	src := sc.src
	switch src[i] {
	case '\n':
		i++
		if len(sc.stack) == 0 && sc.sawItem && i-sc.lastCut >= sc.size && len(src)-i >= sc.size && !bytes.HasPrefix(src[i:], utf8BOM) {
			sc.cuts = append(sc.cuts, i)
			sc.lastCut, sc.sawItem = i, false
		}
		return i, true, true
	case ' ', '\t', '\r':
		return i + 1, true, true
	case '#':
		return lineEnd(src, i), true, true
	case '/':
		if i+1 < len(src) && src[i+1] == '/' {
			return lineEnd(src, i), true, true
		}
		if i+1 < len(src) && src[i+1] == '*' {
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return i, true, false
			}
			return i + 2 + end + 2, true, true
		}
	}
	return i, false, true
}

// item steps over one byte of something that is not trivia at i,
// opening and closing frames; ok is false for a frame closed by the wrong
// bracket or an unterminated heredoc.
func (sc *cutScanner) item(i int) (int, bool) {
	sc.sawItem = true
	switch c := sc.src[i]; c {
	case '"':
		sc.stack = append(sc.stack, frameQuote)
	case '{', '[', '(':
		sc.stack = append(sc.stack, c)
	case '}':
		if t := sc.top(); t != frameBrace && t != frameInterp {
			return i, false
		}
		sc.stack = sc.stack[:len(sc.stack)-1]
	case ']', ')':
		if (c == ')' && sc.top() != frameParen) || (c == ']' && sc.top() != frameBracket) {
			return i, false
		}
		sc.stack = sc.stack[:len(sc.stack)-1]
	case '<':
		if i+1 < len(sc.src) && sc.src[i+1] == '<' {
			return skipHeredoc(sc.src, i)
		}
	}
	return i + 1, true
}

// lineEnd is the offset of the newline ending the line that holds i (or
// the end of src); the newline itself is left to the caller.
func lineEnd(src []byte, i int) int {
	if n := bytes.IndexByte(src[i:], '\n'); n >= 0 {
		return i + n
	}
	return len(src)
}

// skipHeredoc follows a heredoc that starts with the << at i, as the HCL
// lexer does: <<EOT or <<-EOT and a newline, then lines up to one that is
// the marker once trimmed of white space. It returns the offset of the
// newline after the closing marker (which ends the enclosing item), or
// false for anything else: no marker, a non-ASCII marker, an unclosed
// heredoc, or an interpolation inside it.
func skipHeredoc(src []byte, i int) (int, bool) {
	j := i + 2
	if j < len(src) && src[j] == '-' {
		j++
	}
	markerStart := j
	for j < len(src) && (isIdentByte(src[j]) || (j > markerStart && (src[j] == '-' || ('0' <= src[j] && src[j] <= '9')))) {
		j++
	}
	marker := src[markerStart:j]
	if len(marker) == 0 {
		return 0, false
	}
	if j < len(src) && src[j] == '\r' {
		j++
	}
	if j >= len(src) || src[j] != '\n' {
		return 0, false
	}
	for line := j + 1; line < len(src); {
		end := lineEnd(src, line)
		text := src[line:end]
		if bytes.Contains(text, []byte("${")) || bytes.Contains(text, []byte("%{")) {
			return 0, false
		}
		if end < len(src) && bytes.Equal(bytes.TrimSpace(text), marker) {
			return end, true
		}
		line = end + 1
	}
	return 0, false
}

func isIdentByte(c byte) bool {
	return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}
