package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
)

// TestREADMEIsCurrent fails, before CI's go generate step would, when the
// README's stage diagram differs from the transition table.
func TestREADMEIsCurrent(t *testing.T) {
	b, err := os.ReadFile("../../../README.md")
	require.NoError(t, err)
	want, err := Splice(b, filing.Diagram())
	require.NoError(t, err)
	assert.Equal(t, string(want), string(b), "README's stage diagram is stale: run go generate ./filing")
}

func TestSplice(t *testing.T) {
	out, err := Splice([]byte("a\n"+beginMarker+"\nold\n"+endMarker+"\nb\n"), "D\n")
	require.NoError(t, err)
	assert.Equal(t, "a\n"+beginMarker+"\n```mermaid\nD\n```\n"+endMarker+"\nb\n", string(out))
	_, err = Splice([]byte(endMarker+beginMarker), "D\n")
	assert.Error(t, err)
	_, err = Splice([]byte("no markers"), "D\n")
	assert.Error(t, err)
}
