package filing

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

func TestSeverity(t *testing.T) {
	tests := []struct {
		s                  Severity
		id, label, english string
		blocking           bool
	}{
		{SeverityUnknown, "", "", "", true},
		{SeverityError, "error", "错误", "error", true},
		{SeverityWarning, "warning", "警告", "warning", false},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			assert.Equal(t, tc.id, tc.s.String())
			assert.Equal(t, tc.label, tc.s.Label())
			assert.Equal(t, tc.english, tc.s.English())
			assert.Equal(t, tc.blocking, tc.s.Blocking())
			b, err := tc.s.MarshalText()
			require.NoError(t, err)
			var back Severity = 9
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.s, back)
		})
	}
	_, err := Severity(9).MarshalText()
	assert.Error(t, err)
	s := SeverityWarning
	err = s.UnmarshalText([]byte("13800138000"))
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "13800138000")
	assert.Equal(t, SeverityWarning, s)
}

func TestResidenceText(t *testing.T) {
	for _, r := range []Residence{ResidenceFromAddress, ResidenceLocal, ResidenceNonLocal} {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back Residence = 9
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	assert.Equal(t, "non_local", ResidenceNonLocal.String())
	assert.Equal(t, "外省", ResidenceNonLocal.Label())
	assert.Equal(t, "from another province", ResidenceNonLocal.English())
	var r Residence
	assert.Error(t, r.UnmarshalText([]byte("elsewhere")))
	_, err := Residence(9).MarshalText()
	assert.Error(t, err)
}

func TestProblems(t *testing.T) {
	w := newProblem("icp_subject.base_info.address", codeAddressNoNumber)
	e := newProblem("icp_subject.principal_info.mobile", "mobile.country_code")
	ps := Problems{w, e}
	assert.True(t, ps.Blocking())
	assert.Equal(t, Problems{e}, ps.Errors())
	assert.Equal(t, Problems{w}, ps.Warnings())
	assert.True(t, ps.Has("mobile.country_code"))
	assert.False(t, ps.Has("mobile.format"))
	assert.Equal(t, "filing: no problems", Problems(nil).Error())
	assert.False(t, Problems{w}.Blocking())
	assert.True(t, Problems{{Code: "x"}}.Blocking(), "a problem without severity blocks")

	assert.Equal(t, "icp_subject.principal_info.mobile: mobile number: use the 11-digit number without +86 (mobile.country_code)", e.Error())
	assert.Equal(t, w.Error()+"; "+e.Error(), ps.Error())
	assert.Equal(t, e.English, e.Text("en-GB"))
	assert.Equal(t, e.English, e.Text("EN_us"))
	assert.Equal(t, e.Message, e.Text("zh"))
	assert.Equal(t, e.Message, e.Text("english"))
	assert.Equal(t, "x (c)", Problem{Code: "c", Message: "x"}.Error())

	var got Problems
	require.True(t, errors.As(fmt.Errorf("submit: %w", ps), &got))
	assert.Equal(t, ps, got)

	b, err := json.Marshal(e)
	require.NoError(t, err)
	assert.JSONEq(t, `{"field":"icp_subject.principal_info.mobile","code":"mobile.country_code","severity":"error",
		"message":"手机号码请填写11位手机号码，不要加+86","english":"mobile number: use the 11-digit number without +86"}`, string(b))
}

// Every rule has its severity, messages and a public source; every error
// cites a WeChat document or a standard; no source names notes that do
// not ship with the module.
func TestCodeTable(t *testing.T) {
	codes := Codes()
	require.Len(t, codes, len(codeTable))
	standard := []string{"WeChat", "GB ", "GB/T", "RFC ", "MIIT", "国办发", "National Immigration"}
	for i, c := range codes {
		if i > 0 {
			assert.Less(t, string(codes[i-1]), string(c), "sorted")
		}
		assert.Contains(t, []Severity{SeverityError, SeverityWarning}, c.Severity(), c)
		assert.NotEmpty(t, c.Label(), c)
		assert.NotEmpty(t, c.English(), c)
		assert.NotEmpty(t, c.Source(), c)
		assert.NotContains(t, c.Source(), ".md §", c)
		assert.NotContains(t, c.Source(), "rejections", c)
		if c.Severity() == SeverityError {
			cited := false
			for _, s := range standard {
				cited = cited || strings.Contains(c.Source(), s)
			}
			assert.True(t, cited, "error %s cites no WeChat document or standard: %s", c, c.Source())
		}
	}
	// Every code of package document that Check can report is listed.
	for _, c := range document.Codes() {
		if strings.HasPrefix(c, "media.") || strings.HasPrefix(c, "filing_number.") || c == "certificate.no_type" {
			continue
		}
		assert.Contains(t, codeTable, Code(c))
	}
	assert.Equal(t, SeverityUnknown, Code("nonsense").Severity())
	assert.Empty(t, Code("nonsense").Label())
	p := newProblem("f", "nonsense")
	assert.Equal(t, SeverityError, p.Severity, "an unlisted code blocks")
}
