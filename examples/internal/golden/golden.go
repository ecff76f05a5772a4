// Package golden compares the examples' output with files in their
// testdata folders; `go test -update` rewrites the files. It serves the
// examples' tests only.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beian-go/beian/examples/internal/termtext"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Updating reports whether the test run was asked to rewrite golden files.
func Updating() bool { return *update }

// Check compares got with testdata/name.golden, or rewrites the file when
// the tests run with -update. Either way it fails for a line of got wider
// than an 80-column terminal (termtext.LineWidth).
func Check(t *testing.T, name string, got []byte) {
	t.Helper()
	Fits(t, string(got))
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it)\n--- got:\n%s\n--- want:\n%s", path, got, want)
	}
}

// Fits fails for each line of out wider than an 80-column terminal.
func Fits(t *testing.T, out string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if w := termtext.Width(line); w > termtext.LineWidth {
			t.Errorf("line %d is %d columns wide: %s", i+1, w, line)
		}
	}
}
