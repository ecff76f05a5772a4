package filing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// secrets are the personal data of the enterprise sample that must never
// appear in full outside JSON.
var secrets = []string{
	"13012344321", "zhangsan@example.com", "17743211234", "440305198506121237",
	"13912345678", "lisi@example.com", "18698765432", "440306199203084564",
	"91440300MA5G35XK4R",
}

func leaks(s string) []string {
	var out []string
	for _, v := range secrets {
		if strings.Contains(s, v) {
			out = append(out, v)
		}
	}
	return out
}

func TestPrintingMasks(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: "440305198506121237"}
	a := inStageOf(t, StageBureauReview)
	require.NoError(t, json.Unmarshal(mustJSON(t, a), a))
	values := map[string]any{
		"Request":        r,
		"*Request":       &r,
		"PrincipalInfo":  r.ICPApplets.PrincipalInfo,
		"LegalPerson":    *r.ICPSubject.LegalPersonInfo,
		"OrganizeInfo":   r.ICPSubject.OrganizeInfo,
		"Subject":        r.ICPSubject,
		"*Application":   a,
		"Snapshot":       a.Snapshot(),
		"[]PrincipalInf": []PrincipalInfo{r.ICPApplets.PrincipalInfo},
	}
	for name, v := range values {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
			out := fmt.Sprintf(verb, v)
			if l := leaks(out); l != nil {
				t.Errorf("%s with %s leaks %v:\n%s", name, verb, l, out)
			}
			if !strings.Contains(out, "*****") {
				t.Errorf("%s with %s shows no masked value:\n%s", name, verb, out)
			}
		}
	}
	if s := fmt.Sprintf("%#v", r.ICPApplets.PrincipalInfo); !strings.HasPrefix(s, "filing.PrincipalInfo{") {
		t.Errorf("%%#v names %s", s)
	}
	if s := r.String() + r.GoString() + a.String() + a.GoString(); leaks(s) != nil {
		t.Errorf("String/GoString leak %v", leaks(s))
	}
	// JSON stays complete.
	b := mustJSON(t, a)
	for _, v := range secrets[4:8] {
		if !bytes.Contains(b, []byte(v)) {
			t.Errorf("JSON lacks %s", v)
		}
	}
}

func TestLoggingMasks(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: "440305198506121237"}
	a := inStageOf(t, StageFiled)
	for _, h := range []struct {
		name string
		new  func(*bytes.Buffer) slog.Handler
	}{
		{"json", func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) }},
		{"text", func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) }},
	} {
		t.Run(h.name, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(h.new(&buf))
			log.Info("filing", "request", r, "application", a, "principal", r.ICPSubject.PrincipalInfo, "ptr", &r)
			out := buf.String()
			if l := leaks(out); l != nil {
				t.Errorf("log leaks %v:\n%s", l, out)
			}
			for _, want := range []string{"130******21", "z***@example.com", "filed", goodNumber} {
				if !strings.Contains(out, want) {
					t.Errorf("log lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
