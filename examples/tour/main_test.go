package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/examples/internal/golden"
)

// runTour runs the tour with standard output captured.
func runTour(t *testing.T) string {
	t.Helper()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	stdout := os.Stdout
	os.Stdout = w
	defer func() { os.Stdout = stdout }()
	done := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		done <- b
	}()
	var errOut bytes.Buffer
	code := run(&errOut)
	w.Close()
	out := <-done
	r.Close()
	require.Zero(t, code, "exit code; stderr: %s", errOut.String())
	return string(out)
}

func TestGolden(t *testing.T) {
	golden.Check(t, "tour", []byte(runTour(t)))
}

// Every line the tour prints is stated by a comment in its code, which
// the README shows.
func TestCommentsMatchOutput(t *testing.T) {
	out := runTour(t)
	src := readFile(t, "main.go")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, "== ") {
			continue
		}
		assert.Contains(t, src, "// "+line+"\n", "no comment in main.go states the output line")
	}
}

var (
	tourPart = regexp.MustCompile(`(?s)\t// tour:begin\n(.*?)\t// tour:end\n`)
	goBlock  = regexp.MustCompile("(?s)```go\n(.*?)```\n")
)

// The README's Go blocks are the tour's parts, in order, with the
// function's indentation removed and tabs shown as four spaces.
func TestREADMECode(t *testing.T) {
	readme := readFile(t, filepath.Join("..", "..", "README.md"))
	src := readFile(t, "main.go")
	var parts []string
	for _, m := range tourPart.FindAllStringSubmatch(src, -1) {
		parts = append(parts, readmeForm(m[1]))
	}
	var blocks []string
	for _, m := range goBlock.FindAllStringSubmatch(readme, -1) {
		blocks = append(blocks, m[1])
	}
	require.Len(t, blocks, len(parts), "README.md's Go blocks against main.go's tour parts")
	for i := range parts {
		assert.Equal(t, parts[i], blocks[i], "README Go block %d differs from tour part %d", i+1, i+1)
	}
}

// readmeForm removes one tab of indentation from each line and turns the
// remaining leading tabs into four spaces each.
func readmeForm(code string) string {
	lines := strings.Split(code, "\n")
	for i, l := range lines {
		l = strings.TrimPrefix(l, "\t")
		n := len(l) - len(strings.TrimLeft(l, "\t"))
		lines[i] = strings.Repeat("    ", n) + l[n:]
	}
	return strings.Join(lines, "\n")
}

// The README's sample estimate is the estimate example's output.
func TestREADMEEstimate(t *testing.T) {
	readme := readFile(t, filepath.Join("..", "..", "README.md"))
	sample := readFile(t, filepath.Join("..", "estimate", "testdata", "national_day.golden"))
	assert.Contains(t, readme, "```text\n"+sample+"```\n",
		"README.md lacks the output of go run ./examples/estimate -submitted 2026-09-28 (examples/estimate/testdata/national_day.golden)")
}

// Every "go run ./examples/..." command in the README names an example
// program and files that exist, with flags the program defines.
func TestREADMECommands(t *testing.T) {
	readme := readFile(t, filepath.Join("..", "..", "README.md"))
	cmds := goRun.FindAllStringSubmatch(readme, -1)
	require.GreaterOrEqual(t, len(cmds), 6, "go run commands in README.md")
	for _, m := range cmds {
		dir, args := m[1], strings.Fields(m[2])
		t.Run(strings.Join(append([]string{dir}, args...), " "), func(t *testing.T) {
			src := readFile(t, filepath.Join("..", dir, "main.go"))
			for i, a := range args {
				switch {
				case strings.HasPrefix(a, "-"):
					assert.Contains(t, src, `"`+a[1:]+`"`, "examples/%s defines no flag %s", dir, a)
				case strings.HasPrefix(a, "examples/"):
					_, err := os.Stat(filepath.Join("..", "..", a))
					assert.NoError(t, err, "argument %d", i+1)
				}
			}
		})
	}
}

// goRun matches a command up to a comment, a closing backquote or the end
// of the line.
var goRun = regexp.MustCompile("go run \\./examples/([a-z]+)([^`#\n]*)")

// The payload the tour embeds is the clean sample the README says it is.
func TestPayloadIsCleanSample(t *testing.T) {
	assert.Equal(t, readFile(t, filepath.Join("..", "validate", "clean.json")), readFile(t, "payload.json"),
		"examples/tour/payload.json differs from examples/validate/clean.json")
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}
