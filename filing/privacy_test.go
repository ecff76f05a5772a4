package filing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// personalData is each kind of personal data in the notations people
// type, with the part that must never be shown (issue #12): kind says
// which fields hold it.
var personalData = []struct {
	name, value, secret string
	kind                dataKind
}{
	{"mobile", "13876549210", "76549", kindContact},
	{"mobile +86", "+86 138 7654 9210", "7654 9", kindContact},
	{"mobile hyphens", "138-7654-9210", "7654-9", kindContact},
	{"mobile dots", "138.7654.9210", "7654.9", kindContact},
	{"mobile full-width", "１３８７６５４９２１０", "７６５４９", kindContact},
	{"landline", "(010) 6876-5432", "876-54", kindContact},
	{"resident ID", "44030619920308456X", "0619920308", kindContact},
	{"resident ID full-width", "４４０３０６１９９２０３０８４５６Ｘ", "０６１９９２", kindContact},
	{"resident ID spaced", "440306 19920308 4564", "19920308", kindContact},
	{"e-mail", "lisi.wang@example.com", "isi.wang", kindContact},
	{"e-mail full-width at", "lisi.wang＠example.com", "isi.wang", kindContact},
	{"name", "欧阳娜娜", "阳娜娜", kindName},
	{"name in Latin letters", "Nana Ouyang", "ana Ouyang", kindName},
	{"address", "广东省深圳市南山区科技南路18号", "科技南路18号", kindAddress},
	{"address without a province", "南山区科技南路18号3栋", "科技南路18号", kindAddress},
}

type dataKind int

const (
	kindContact dataKind = iota // identifiers, phones, e-mails: also inside free text
	kindName
	kindAddress
)

// requestHolding returns the enterprise sample with v in every field of
// its kind, and for contacts also inside every free text and Extra value.
func requestHolding(t *testing.T, v string, kind dataKind) Request {
	r := loadRequest(t, "enterprise.json")
	s, a := &r.ICPSubject, &r.ICPApplets
	s.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: "440305198506121237"}
	switch kind {
	case kindContact:
		text := "如有疑问请联系 " + v + " 谢谢"
		for _, p := range []*PrincipalInfo{&s.PrincipalInfo, &a.PrincipalInfo} {
			p.Mobile, p.Email, p.EmergencyContact, p.CertificateNumber = v, v, v, v
		}
		s.OrganizeInfo.CertificateNumber, s.LegalPersonInfo.CertificateNumber = v, v
		s.BaseInfo.Comment, a.BaseInfo.Comment = text, text
		raw, err := json.Marshal(text)
		require.NoError(t, err)
		r.Extra = Extra{"note": raw}
		s.PrincipalInfo.Extra = Extra{"phone": raw}
	case kindName:
		s.BaseInfo.Name, s.PrincipalInfo.Name, a.PrincipalInfo.Name, s.LegalPersonInfo.Name = v, v, v, v
	case kindAddress:
		s.BaseInfo.Address, s.OrganizeInfo.CertificateAddress = v, v
	}
	return r
}

// printed returns every printed form of v: fmt's verbs, and log/slog's
// JSON and text handlers.
func printed(v any) map[string]string {
	out := map[string]string{}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		out[verb] = fmt.Sprintf(verb, v)
	}
	var j, x bytes.Buffer
	// Without the record's time: its digits could hold a secret by chance.
	noTime := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 && a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}
	slog.New(slog.NewJSONHandler(&j, noTime)).Info("m", "v", v)
	slog.New(slog.NewTextHandler(&x, noTime)).Info("m", "v", v)
	out["slog json"], out["slog text"] = j.String(), x.String()
	return out
}

// TestPersonalDataNeverPrinted feeds each kind of personal data in each
// notation through every printer and logger of the package's types, the
// JSON of the types whose JSON is not a wire or storage form, and the
// error paths that see outside input, and finds none of it in full.
func TestPersonalDataNeverPrinted(t *testing.T) {
	for _, d := range personalData {
		t.Run(d.name, func(t *testing.T) {
			r := requestHolding(t, d.value, d.kind)
			// Free text masks the contacts inside it; it cannot tell names
			// and addresses (see mask.Text), so only contacts go there.
			inText := "13598760123"
			if d.kind == kindContact {
				inText = d.value
			}
			reasons := []Rejection{{Field: "主办单位", Reason: "负责人 " + inText + " 与证件不一致", Suggestion: "核对 " + inText}}
			a, err := NewApplication(testID, r, t0)
			require.NoError(t, err)
			require.NoError(t, a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", t0, at(10*time.Minute)))
			_, err = a.Submit(at(time.Hour), CheckOptions{})
			var ps Problems
			if errors.As(err, &ps) {
				// The contact is not a valid one: the record stays a
				// draft, and the problems are an error path too.
				assertNoSecret(t, d.secret, "Submit's problems", err.Error())
				for name, s := range printed(ps) {
					assertNoSecret(t, d.secret, "problems "+name, s)
				}
				_, err = a.Sync(Poll{Status: StatusPlatformReview}, at(time.Hour))
			}
			require.NoError(t, err)
			_, err = a.Withdraw(at(2*time.Hour), "merchant asked; call "+inText)
			require.NoError(t, err)
			_, err = a.Submit(at(3*time.Hour), CheckOptions{})
			if errors.As(err, &ps) {
				_, err = a.Sync(Poll{Status: StatusPlatformReview}, at(3*time.Hour))
			}
			require.NoError(t, err)
			changes, err := a.RejectPlatform(at(4*time.Hour), reasons)
			require.NoError(t, err)
			snap := a.Snapshot()
			poll := Poll{Status: StatusPlatformRejected, AuditData: reasons}

			values := map[string]any{
				"Request": r, "*Request": &r, "Subject": r.ICPSubject, "SubjectBaseInfo": r.ICPSubject.BaseInfo,
				"OrganizeInfo": r.ICPSubject.OrganizeInfo, "PrincipalInfo": r.ICPSubject.PrincipalInfo,
				"[]PrincipalInfo": []PrincipalInfo{r.ICPSubject.PrincipalInfo, r.ICPApplets.PrincipalInfo},
				"LegalPersonInfo": *r.ICPSubject.LegalPersonInfo, "*LegalPersonInfo": r.ICPSubject.LegalPersonInfo,
				"Applets": r.ICPApplets, "AppletBaseInfo": r.ICPApplets.BaseInfo, "Extra": r.Extra,
				"Snapshot": snap, "*Snapshot": &snap, "*Application": a, "History": snap.History,
				"Transition": snap.History[2], "Change": changes[0], "[]Change": changes,
				"Rejection": reasons[0], "[]Rejection": reasons, "Poll": poll,
			}
			for name, v := range values {
				for how, s := range printed(v) {
					assertNoSecret(t, d.secret, name+" "+how, s)
				}
			}
			for name, v := range map[string]any{
				"Subject": r.ICPSubject, "SubjectBaseInfo": r.ICPSubject.BaseInfo, "OrganizeInfo": r.ICPSubject.OrganizeInfo,
				"[]PrincipalInfo": []PrincipalInfo{r.ICPSubject.PrincipalInfo}, "LegalPersonInfo": r.ICPSubject.LegalPersonInfo,
				"Applets": r.ICPApplets, "AppletBaseInfo": r.ICPApplets.BaseInfo, "Transition": snap.History[2],
				"Change": changes[0], "Rejection": reasons[0], "Poll": poll, "Extra in a sub-object": r.ICPSubject.PrincipalInfo,
			} {
				b, err := json.Marshal(v)
				require.NoError(t, err, name)
				assertNoSecret(t, d.secret, name+" JSON", jsonText(t, b))
			}
			// The wire and storage forms are complete.
			for name, v := range map[string]any{"Request": r, "Snapshot": snap, "*Application": a} {
				b, err := json.Marshal(v)
				require.NoError(t, err, name)
				assert.Contains(t, jsonText(t, b), d.value, "%s JSON is complete", name)
			}
			for name, err := range errorPaths(t, d.value) {
				require.Error(t, err, name)
				assertNoSecret(t, d.secret, "error of "+name, err.Error())
			}
		})
	}
}

// errorPaths returns the errors of the package's functions given v where
// an identifier, an id, a member name or a timestamp belongs.
func errorPaths(t *testing.T, v string) map[string]error {
	errs := map[string]error{}
	_, errs["NewApplication with v as id"] = NewApplication(Identity{ID: v + "\n", AppID: "wx1"}, Request{}, t0)
	_, errs["NewApplication with v as appid"] = NewApplication(Identity{ID: "1", AppID: v + "!"}, Request{}, t0)
	var s Stage
	errs["Stage.UnmarshalText"] = s.UnmarshalText([]byte(v))
	var e Event
	errs["Event.UnmarshalText"] = e.UnmarshalText([]byte(v))
	var td Todo
	errs["Todo.UnmarshalText"] = td.UnmarshalText([]byte(v))
	var sev Severity
	errs["Severity.UnmarshalText"] = sev.UnmarshalText([]byte(v))
	var res Residence
	errs["Residence.UnmarshalText"] = res.UnmarshalText([]byte(v))
	a := inStageOf(t, StageBureauReview)
	_, errs["ApproveBureau with v as number"] = a.ApproveBureau(at(10*time.Hour), v)
	good, err := json.Marshal(inStageOf(t, StageFiled))
	require.NoError(t, err)
	quoted, err := json.Marshal(v)
	require.NoError(t, err)
	for _, member := range []string{`"stage":"filed"`, `"version":5`, `"created_at":"2026-03-02T09:00:00+08:00"`, `"filing_number":"` + goodNumber + `"`} {
		name, _, _ := strings.Cut(member, ":")
		bad := strings.Replace(string(good), member, name+":"+string(quoted), 1)
		require.NotEqual(t, string(good), bad, member)
		var back Application
		errs["UnmarshalJSON with v in "+name] = json.Unmarshal([]byte(bad), &back)
	}
	var req Request
	errs["Request.UnmarshalJSON with v as a code"] = json.Unmarshal([]byte(`{"icp_subject":{"base_info":{"type":`+string(quoted)+`}}}`), &req)
	errs["Request.UnmarshalJSON with v as a member name"] = req.UnmarshalJSON([]byte(`{"icp_subject":{` + string(quoted) + `:[1,]}}`))
	const ok = `"value":"allowed","source":"s","as_of":"2026-01-01"`
	_, errs["LoadProvinceRules with v as province"] = LoadProvinceRules([]byte(`{"rules":[{"province":` + string(quoted) + `,"rule":"legal_rep",` + ok + `}]}`))
	_, errs["LoadProvinceRules with v as rule"] = LoadProvinceRules([]byte(`{"rules":[{"province":"11","rule":` + string(quoted) + `,` + ok + `}]}`))
	_, errs["LoadProvinceRules with v as a member name"] = LoadProvinceRules([]byte(`{"rules":[{"province":"11",` + string(quoted) + `:1}]}`))
	return errs
}

// jsonText returns JSON with its strings unescaped, so that a value
// written with escapes is still found.
func jsonText(t *testing.T, b []byte) string {
	var v any
	require.NoError(t, json.Unmarshal(b, &v))
	return fmt.Sprint(v)
}

func assertNoSecret(t *testing.T, secret, where, out string) {
	t.Helper()
	assert.NotContains(t, out, secret, "%s shows personal data:\n%s", where, out)
}

// TestPrintedFormsStayUseful: masking keeps what a reader needs, %#v names
// the public types, and the JSON of a sub-object says what it is.
func TestPrintedFormsStayUseful(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	p := r.ICPApplets.PrincipalInfo
	assert.True(t, strings.HasPrefix(fmt.Sprintf("%#v", p), "filing.PrincipalInfo{"), fmt.Sprintf("%#v", p))
	assert.Contains(t, fmt.Sprintf("%+v", p), "Mobile:139******78")
	assert.Contains(t, fmt.Sprintf("%v", p), "李**")
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"李**","mobile":"139******78","email":"l***@example.com","emergency_contact":"186******32",
		"certificate_type":2,"certificate_number":"440*************64","certificate_validity_date_start":"20200101",
		"certificate_validity_date_end":"长期","certificate_photo_front":"media_id_front_0002",
		"certificate_photo_back":"media_id_back_0002","authorization_letter":"media_auth_0002",
		"verify_task_id":"R5PqRPNb6GmG3i0rqd4pTg"}`, string(b))
	assert.Equal(t, `map["a":… "b":…]`, fmt.Sprint(Extra{"b": json.RawMessage(`1`), "a": json.RawMessage(`2`)}))
	c := Change{Transition: Transition{From: StagePlatformReview, To: StageDraft, Event: EventRejectPlatform, At: t0, Reason: "电话 13812345678 有误"},
		Todo: TodoResubmit, Due: t0}
	b, err = json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"from":"platform_review","to":"draft","event":"reject_platform","at":"2026-03-02T09:00:00+08:00",
		"reason":"电话 138******78 有误","todo":"resubmit","due":"2026-03-02T09:00:00+08:00"}`, string(b))
	assert.Contains(t, fmt.Sprintf("%+v", c), "Todo:resubmit")
}

// maskedCopy returns the masked copy of an object of a Request, as its
// MarshalJSON writes it.
func maskedCopy(v any) any {
	switch v := v.(type) {
	case Subject:
		return v.masked()
	case SubjectBaseInfo:
		return v.masked()
	case PersonalInfo:
		return v.masked()
	case OrganizeInfo:
		return v.masked()
	case PrincipalInfo:
		return v.masked()
	case LegalPersonInfo:
		return v.masked()
	case Applets:
		return v.masked()
	case AppletBaseInfo:
		return v.masked()
	case NrlxDetail:
		return v.masked()
	case Materials:
		return v.masked()
	}
	panic(fmt.Sprintf("maskedCopy: %T", v))
}

// TestApplicationLogsAFewFields: one slog record of an Application shows
// what an operator needs, in six fields and well under 256 bytes.
func TestApplicationLogsAFewFields(t *testing.T) {
	tests := []struct {
		stage Stage
		due   string
	}{
		{StageDraft, "2026-03-05T09:00:00+08:00"}, // the face task: 72 hours from t0
		{StageSMSVerification, "2026-03-03T11:00:00+08:00"},
		{StageBureauReview, "2026-03-30T23:59:59+08:00"}, // the 20th workday after the SMS verification
		{StageFiled, ""},
	}
	for _, tc := range tests {
		t.Run(tc.stage.String(), func(t *testing.T) {
			a := inStageOf(t, tc.stage)
			var buf bytes.Buffer
			slog.New(slog.NewJSONHandler(&buf, nil)).Info("filing", "app", a)
			var rec struct {
				App map[string]any `json:"app"`
			}
			require.NoError(t, json.Unmarshal(buf.Bytes(), &rec))
			want := map[string]any{
				"id": testID.ID, "appid": testID.AppID, "stage": tc.stage.String(),
				"attempt": float64(a.Snapshot().Attempt), "version": float64(a.Version()),
			}
			if tc.due != "" {
				want["due"] = tc.due
			}
			assert.Equal(t, want, rec.App)
			assert.Less(t, buf.Len(), 256, buf.String())

			buf.Reset()
			slog.New(slog.NewJSONHandler(&buf, nil)).Info("filing", "app", a.Snapshot())
			var fromSnap struct {
				App map[string]any `json:"app"`
			}
			require.NoError(t, json.Unmarshal(buf.Bytes(), &fromSnap))
			assert.Equal(t, rec, fromSnap, "a Snapshot logs as its Application")
		})
	}
}
