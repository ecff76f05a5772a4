// Command stagesgen writes the stage diagram of package filing
// (filing.Diagram) into the README, between its stages markers. go
// generate runs it from the filing directory (see filing/table.go), and CI
// fails when the README it leaves differs from the one committed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/beian-go/beian/filing"
)

const (
	beginMarker = "<!-- stages:begin -->"
	endMarker   = "<!-- stages:end -->"
)

func main() {
	readme := flag.String("readme", "../README.md", "the README to update")
	flag.Parse()
	if err := update(*readme); err != nil {
		fmt.Fprintln(os.Stderr, "stagesgen:", err)
		os.Exit(1)
	}
}

// update rewrites the block between the markers of the file at path, and
// leaves the file untouched when it is current.
func update(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := Splice(b, filing.Diagram())
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if bytes.Equal(out, b) {
		return nil
	}
	return os.WriteFile(path, out, 0o644)
}

// Splice returns doc with the Mermaid block of diagram between its
// markers.
func Splice(doc []byte, diagram string) ([]byte, error) {
	i := bytes.Index(doc, []byte(beginMarker))
	j := bytes.Index(doc, []byte(endMarker))
	if i < 0 || j < i {
		return nil, fmt.Errorf("no %s … %s markers", beginMarker, endMarker)
	}
	var out bytes.Buffer
	out.Write(doc[:i+len(beginMarker)])
	out.WriteString("\n```mermaid\n" + diagram + "```\n")
	out.Write(doc[j:])
	return out.Bytes(), nil
}
