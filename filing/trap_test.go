package filing

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStageToClockIsReported proves that the trap of issue #11 cannot be
// written unseen: converting a Stage to deadline.Clock, a string type,
// makes go vet fail (stringintconv, which go test also runs), while the
// conversion through the stage's id passes. It vets two throwaway
// packages in a directory of this module whose name starts with "_", so
// that ./... patterns never see it.
func TestStageToClockIsReported(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet; skipped in -short mode")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go tool is not on PATH: cannot run go vet")
	}
	dir, err := os.MkdirTemp(".", "_vettrap")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })

	write := func(name, body string) string {
		pkg := filepath.Join(dir, name)
		require.NoError(t, os.Mkdir(pkg, 0o755))
		src := "package " + name + "\n\nimport (\n\t\"github.com/beian-go/beian/deadline\"\n\t\"github.com/beian-go/beian/filing\"\n)\n\n" + body
		require.NoError(t, os.WriteFile(filepath.Join(pkg, name+".go"), []byte(src), 0o644))
		return "./" + filepath.ToSlash(pkg)
	}
	trap := write("trap", "var Clock = deadline.Clock(filing.StageBureauReview)\n")
	safe := write("safe", "var Clock = deadline.Clock(filing.StageBureauReview.String())\n")

	vet := func(pkg string) (string, error) {
		cmd := exec.Command(goTool, "vet", "-stringintconv", pkg)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	out, err := vet(trap)
	require.Error(t, err, "go vet accepted deadline.Clock(filing.StageBureauReview):\n%s", out)
	assert.Contains(t, out, "yields a string of one rune", "go vet failed for another reason")
	assert.True(t, strings.Contains(out, "Stage (uint16)"), "the report names the Stage type: %s", out)

	out, err = vet(safe)
	assert.NoError(t, err, "go vet refused the conversion through the id:\n%s", out)
}
