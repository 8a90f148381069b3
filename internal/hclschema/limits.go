package hclschema

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
)

// Limits on what the loader reads. Schema files come from any branch
// (README, "Security model"), so they are bounded before any parser sees them:
//
//   - hclsyntax (and fastParse) parse, and evaluate, nested expressions
//     recursively: default = ((((1)))) nested 100,000 deep (200 KB) overflows
//     the goroutine stack, a fatal error that no recover catches, and 50,000
//     deep takes 943 MB of stack. Brackets, parentheses, braces, templates
//     and their interpolations, %{if}/%{for} directives, and chains of
//     operators (!!!!x, 1+1+…, a ? b : c ? …) all nest that way.
//   - hclsyntax keeps a token slice and a syntax tree of a few hundred bytes
//     per token, a kilobyte per traversal step, and a few per diagnostic: an
//     ordinary schema costs about 40 times its size while it loads (5,000
//     tables, 7.7 MB: 290 MB), a file of nothing but tokens or mistakes up to
//     a few hundred times (500,000 redefined attributes, 3 MB: 1.5 GB).
//
// The limits are far above any real schema (10,000 generated tables of
// eleven columns, three checks, two indexes, a foreign key and a policy
// each: 17 MB, 3.7 million tokens) and keep a load within seconds and, at
// worst, about a gigabyte and a half: past wholeParseTokens (or wholeParseBytes)
// a file is never parsed whole, and past MaxErrors syntax errors nothing more is parsed.
const (
	// MaxSchemaBytes bounds the size of a schema: all its files together.
	MaxSchemaBytes = 64 << 20
	// MaxTokens bounds the number of HCL tokens of a schema, all files
	// together (an ordinary schema has one every four or five bytes, some
	// 370 a table).
	MaxTokens = 8_000_000
	// MaxNesting bounds how deep expressions and blocks nest: each open
	// bracket, parenthesis, brace, string template, interpolation and
	// %{if}/%{for} directive counts one level, and so does each operator
	// and each traversal step (.name, [index]) of the expression that
	// holds it.
	MaxNesting = 256
	// MaxHeredocLines bounds the lines of one heredoc (<<EOT … EOT), and
	// MaxHeredocLinesTotal those of all the heredocs of a schema:
	// hclsyntax reads a heredoc in time that grows with the square of its
	// line count (10,000 lines: about a second; 20,000: several).
	MaxHeredocLines      = 10_000
	MaxHeredocLinesTotal = 50_000
	// MaxErrors bounds the syntax errors a load collects: once a file's
	// chunks hold that many, the chunks not parsed yet are skipped and the
	// load stops with what it found.
	MaxErrors = 1000
	// wholeParseTokens bounds the files parsed whole (see parse.go) to
	// report exactly hclsyntax's diagnostics: a file of mistakes costs a
	// few hundred times its size that way. A larger file with a syntax
	// error reports its chunks' diagnostics, which hold the same errors
	// at the same positions.
	wholeParseTokens = 2_000_000
	// wholeParseBytes bounds the files parsed whole by size as well: the
	// token count of text the scanner reads as one string is small.
	wholeParseBytes = 8 << 20
)

// ReadFile reads one schema file, refusing one over MaxSchemaBytes without
// reading more than that.
func ReadFile(name string) ([]byte, error) {
	return readBounded(name, MaxSchemaBytes)
}

// readBounded reads at most limit bytes of the file name; a longer file is
// an error.
func readBounded(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(src)) > limit {
		return nil, errTooLarge
	}
	return src, nil
}

// errTooLarge is readBounded's error for a file over its limit.
var errTooLarge = fmt.Errorf("the schema is larger than %d MiB, the most schemactl reads", MaxSchemaBytes>>20)

// checkLimits checks files (read in names order) against MaxSchemaBytes,
// MaxTokens and MaxNesting, and returns the diagnostic of the first limit
// exceeded, pointing at where it is, or nil, and the token count of each
// file.
func checkLimits(files map[string][]byte, names []string) (map[string]int, *hcl.Diagnostic) {
	tokens := make(map[string]int, len(names))
	bytesLeft, tokensLeft, heredocLeft := MaxSchemaBytes, MaxTokens, MaxHeredocLinesTotal
	for _, name := range names {
		src := files[name]
		if len(src) > bytesLeft {
			return nil, limitDiagnostic(name, src, bytesLeft, "Schema too large",
				fmt.Sprintf("The schema files together are larger than %d MiB, the most schemactl reads.", MaxSchemaBytes>>20))
		}
		bytesLeft -= len(src)
		s := scanner{src: src, maxTokens: tokensLeft, heredocLinesLeft: heredocLeft}
		s.scan()
		switch {
		case s.heredocTooLong:
			return nil, limitDiagnostic(name, src, s.at, "Heredoc too long",
				fmt.Sprintf("A heredoc holds more than %d lines, or the schema's heredocs together more than %d, the most schemactl reads (parsing a longer one takes too long).", MaxHeredocLines, MaxHeredocLinesTotal))
		case s.tooDeep:
			return nil, limitDiagnostic(name, src, s.at, "Nesting too deep",
				fmt.Sprintf("Expressions and blocks nest more than %d levels deep here (brackets, parentheses, braces, strings and their interpolations, and the operators of one expression each count); no schema needs that, and parsing it could exhaust the stack.", MaxNesting))
		case s.tooMany:
			return nil, limitDiagnostic(name, src, s.at, "Schema too large",
				fmt.Sprintf("The schema files together hold more than %d tokens (names, values, operators, brackets), the most schemactl reads.", MaxTokens))
		}
		tokensLeft -= s.tokens
		heredocLeft = s.heredocLinesLeft
		tokens[name] = s.tokens
	}
	return tokens, nil
}

// limitDiagnostic is an error about the character at offset off of src.
func limitDiagnostic(name string, src []byte, off int, summary, detail string) *hcl.Diagnostic {
	off = min(off, len(src))
	lineStart := bytes.LastIndexByte(src[:off], '\n') + 1
	start := hcl.Pos{
		Line:   1 + bytes.Count(src[:off], []byte{'\n'}),
		Column: 1 + utf8.RuneCount(src[lineStart:off]),
		Byte:   off,
	}
	end := start
	if off < len(src) {
		_, size := utf8.DecodeRune(src[off:])
		end.Column++
		end.Byte += size
	}
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail,
		Subject: &hcl.Range{Filename: name, Start: start, End: end}}
}
