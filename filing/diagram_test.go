package filing

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/stages.mmd and the README's stage diagram")

const (
	readmePath  = "../README.md"
	goldenPath  = "testdata/stages.mmd"
	beginMarker = "<!-- stages:begin -->"
	endMarker   = "<!-- stages:end -->"
)

// readmeBlock is what the README holds between its stage markers.
func readmeBlock() string {
	return "\n```mermaid\n" + Diagram() + "```\n"
}

func TestDiagramGolden(t *testing.T) {
	got := Diagram()
	if *update {
		if err := os.WriteFile(goldenPath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (run go test ./filing -run Diagram -update)", err)
	}
	if got != string(want) {
		t.Errorf("diagram differs from %s (run go test ./filing -run Diagram -update):\n%s", goldenPath, got)
	}
}

func TestDiagramInREADME(t *testing.T) {
	b, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, []byte(beginMarker))
	j := bytes.Index(b, []byte(endMarker))
	if i < 0 || j < i {
		t.Fatalf("README lacks the markers %s … %s", beginMarker, endMarker)
	}
	inner := string(b[i+len(beginMarker) : j])
	if *update && inner != readmeBlock() {
		var out bytes.Buffer
		out.Write(b[:i+len(beginMarker)])
		out.WriteString(readmeBlock())
		out.Write(b[j:])
		if err := os.WriteFile(readmePath, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		inner = readmeBlock()
	}
	if inner != readmeBlock() {
		t.Errorf("README's stage diagram differs from the transition table (run go test ./filing -run Diagram -update)")
	}
}

// TestDiagramCoversTable: every row of the table is an arrow, every stage a
// node, and nothing else.
func TestDiagramCoversTable(t *testing.T) {
	d := Diagram()
	lines := strings.Split(strings.TrimSpace(d), "\n")
	arrows := 0
	for _, l := range lines {
		if strings.Contains(l, "-->") && !strings.Contains(l, "[*]") {
			arrows++
		}
	}
	want := 0
	for _, evs := range reference {
		want += len(evs)
	}
	if arrows != want {
		t.Errorf("%d arrows, want %d", arrows, want)
	}
	for _, s := range Stages() {
		if !strings.Contains(d, `" as `+s.String()+"\n") {
			t.Errorf("no node for %s", s)
		}
	}
	if filepath.Base(goldenPath) != "stages.mmd" {
		t.Fatal("golden file renamed")
	}
}
