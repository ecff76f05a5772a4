package workday_test

import (
	"crypto/sha256"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// The generated table is in step with the human-edited data files: its
// DataVersion carries their digest (see internal/gen). After editing
// data/*.csv, run go generate.
func TestGeneratedTableMatchesData(t *testing.T) {
	sum := sha256.New()
	for _, name := range []string{"data/cn_holidays.csv", "data/cn_notices.csv"} {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		sum.Write(b)
	}
	want := fmt.Sprintf("%d-%d+%x", workday.FirstYear, workday.LastYear, sum.Sum(nil)[:4])
	assert.Equal(t, want, workday.DataVersion, "run go generate ./workday")
}
