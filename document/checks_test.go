package document_test

import (
	"bytes"
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

var update = flag.Bool("update", false, "rewrite CHECKS.md from the catalogue")

// checksFile is the generated list of every check.
const checksFile = "CHECKS.md"

// renderChecks writes the list of checks as Markdown: one table row per
// code, from Codes, in code order, so the output is deterministic.
func renderChecks() []byte {
	var b bytes.Buffer
	b.WriteString("# Checks of package document\n\n")
	b.WriteString("Generated from `document.Codes()` by `go test ./document -run TestChecksFile -update`; do not edit.\n")
	b.WriteString("A test fails when this file and the catalogue differ.\n\n")
	b.WriteString("Severity **error**: WeChat or the bureau rejects the filing, and submitting is refused.\n")
	b.WriteString("Severity **warning**: likely to be rejected somewhere (a heuristic, or a province rule from providers' notes); shown, not blocking.\n")
	b.WriteString("Sources refer to `rejections.md` and `wechat-icp.md`, the project's reference notes, where the pages behind each rule are listed.\n\n")
	codes := document.Codes()
	errs, warns := 0, 0
	for _, ci := range codes {
		if ci.Severity == document.SeverityWarning {
			warns++
		} else {
			errs++
		}
	}
	b.WriteString(strconv.Itoa(len(codes)) + " checks: " + strconv.Itoa(errs) + " errors, " + strconv.Itoa(warns) + " warnings.\n\n")
	b.WriteString("| Code | Severity | What it catches | 中文 | Source |\n")
	b.WriteString("|---|---|---|---|---|\n")
	for _, ci := range codes {
		b.WriteString("| `" + string(ci.Code) + "` | " + ci.Severity.String() + " | " + cell(ci.English) + " | " + cell(ci.Message) + " | " + cell(ci.Source) + " |\n")
	}
	rs := document.DefaultProvinceRules()
	b.WriteString("\n## Province rules\n\n")
	b.WriteString("The built-in table (`data/province_rules.json`, version " + rs.Version() + "), read by the `province.*` and `residence.province_refuses` checks, by `principal.age.minor_employment` and, for the commitment and party-building letters, by `RequiredMaterials`. ")
	b.WriteString("Callers can load a newer one with `LoadProvinceRules`. A province without a rule has none: the general checks still apply.\n\n")
	b.WriteString("| Province | Rule | Value | Applies to | Source | As of | Note |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for _, r := range rs.All() {
		p, _ := document.ProvinceByCode(r.Province)
		applies := string(r.Applies)
		if applies == "" {
			applies = "all"
		}
		b.WriteString("| " + p.Short + " (" + r.Province + ") | `" + r.Kind.String() + "` | `" + r.Value + "` | " + applies + " | " + cell(r.Source) + " | " + r.AsOf.String() + " | " + cell(r.Note) + " |\n")
	}
	return b.Bytes()
}

// cell escapes a table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }

// TestChecksFile keeps CHECKS.md equal to the catalogue. Run with -update
// to rewrite it after adding or changing a check.
func TestChecksFile(t *testing.T) {
	want := renderChecks()
	if *update {
		if err := os.WriteFile(checksFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(checksFile)
	if err != nil {
		t.Fatalf("%v; run go test ./document -run TestChecksFile -update", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date; run go test ./document -run TestChecksFile -update", checksFile)
	}
}
