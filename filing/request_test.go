package filing

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

// semantic decodes JSON into generic values for comparison.
func semantic(t testing.TB, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%v in %s", err, b)
	}
	return v
}

func TestRequestRoundTrip(t *testing.T) {
	for _, name := range []string{"enterprise.json", "individual.json", "unknown_fields.json"} {
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			var r Request
			if err := json.Unmarshal(in, &r); err != nil {
				t.Fatal(err)
			}
			out, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := semantic(t, out), semantic(t, in); !reflect.DeepEqual(got, want) {
				t.Errorf("round trip changed the payload\n got %s\nwant %s", out, in)
			}
			// A second round trip is stable byte for byte.
			var r2 Request
			if err := json.Unmarshal(out, &r2); err != nil {
				t.Fatal(err)
			}
			out2, _ := json.Marshal(&r2)
			if string(out2) != string(out) {
				t.Errorf("second round trip differs\n got %s\nwant %s", out2, out)
			}
			if !reflect.DeepEqual(r2, r) {
				t.Errorf("decoded values differ")
			}
		})
	}
}

func TestRequestUnknownFieldsKept(t *testing.T) {
	r := loadRequest(t, "unknown_fields.json")
	if _, ok := r.Extra["icp_future"]; !ok {
		t.Errorf("top-level unknown member lost: %v", r.Extra)
	}
	if _, ok := r.ICPApplets.PrincipalInfo.Extra["face_level"]; !ok {
		t.Errorf("nested unknown member lost")
	}
	if _, ok := r.ICPApplets.BaseInfo.NrlxDetails[0].Extra["remark"]; !ok {
		t.Errorf("unknown member of an array element lost")
	}
	c := r.Clone()
	c.ICPApplets.PrincipalInfo.Extra["face_level"][0] = 'x'
	c.ICPApplets.BaseInfo.ServiceContentTypes[0] = 99
	if r.ICPApplets.PrincipalInfo.Extra["face_level"][0] == 'x' || r.ICPApplets.BaseInfo.ServiceContentTypes[0] == 99 {
		t.Errorf("Clone shares memory with the original")
	}
}

func TestRequestWire(t *testing.T) {
	tests := []struct {
		name string
		req  Request
		want string
	}{
		{
			name: "zero request keeps the required objects and nothing else",
			want: `{"icp_subject":{"base_info":{},"organize_info":{},"principal_info":{}},"icp_applets":{"base_info":{},"principal_info":{}},"icp_materials":{}}`,
		},
		{
			name: "codes are numbers",
			req: Request{ICPSubject: Subject{
				BaseInfo:     SubjectBaseInfo{Type: document.SubjectEnterprise},
				OrganizeInfo: OrganizeInfo{CertificateType: document.CertBusinessLicence},
			}},
			want: `{"icp_subject":{"base_info":{"type":4},"organize_info":{"certificate_type":1},"principal_info":{}},"icp_applets":{"base_info":{},"principal_info":{}},"icp_materials":{}}`,
		},
		{
			name: "extra members follow the known ones in key order",
			req:  Request{Extra: Extra{"z": json.RawMessage(`[1, 2]`), "a": json.RawMessage(`{"b": true}`), "icp_subject": json.RawMessage(`1`)}},
			want: `{"icp_subject":{"base_info":{},"organize_info":{},"principal_info":{}},"icp_applets":{"base_info":{},"principal_info":{}},"icp_materials":{},"a":{"b":true},"z":[1,2]}`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.req)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("got  %s\nwant %s", b, tc.want)
			}
		})
	}
}

func TestRequestUnmarshalErrors(t *testing.T) {
	for _, in := range []string{
		`{"icp_subject": {"base_info": {"type": "four"}}}`,
		`{"icp_subject": []}`,
		`{"icp_applets": {"base_info": {"service_content_types": [1, "x"]}}}`,
		`[`,
	} {
		var r Request
		if err := json.Unmarshal([]byte(in), &r); err == nil {
			t.Errorf("%s: no error", in)
		}
	}
}

func TestValidateSamples(t *testing.T) {
	for _, name := range []string{"enterprise.json", "individual.json"} {
		t.Run(name, func(t *testing.T) {
			r := loadRequest(t, name)
			if err := r.Validate(); err != nil {
				t.Errorf("sample does not validate: %v", err)
			}
		})
	}
}

func TestValidateProblems(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(r *Request)
		fields []string // each must be among the problems' fields
	}{
		{"empty request", func(r *Request) { *r = Request{} }, []string{
			"icp_subject.base_info.type", "icp_subject.base_info.name", "icp_subject.organize_info.certificate_number",
			"icp_subject.principal_info.mobile", "icp_applets.principal_info.email", "icp_applets.base_info.comment",
		}},
		{"bad credit code", func(r *Request) { r.ICPSubject.OrganizeInfo.CertificateNumber = "91440300MA5G35XK4A" }, []string{
			"icp_subject.organize_info.certificate_number",
		}},
		{"bad resident id", func(r *Request) { r.ICPApplets.PrincipalInfo.CertificateNumber = "440306199203084565" }, []string{
			"icp_applets.principal_info.certificate_number",
		}},
		{"principal with a business licence", func(r *Request) { r.ICPSubject.PrincipalInfo.CertificateType = document.CertBusinessLicence }, []string{
			"icp_subject.principal_info.certificate_type",
		}},
		{"missing face task and authorisation", func(r *Request) {
			r.ICPApplets.PrincipalInfo.VerifyTaskID = ""
			r.ICPApplets.PrincipalInfo.AuthorizationLetter = ""
		}, []string{"icp_applets.principal_info.verify_task_id", "icp_applets.principal_info.authorization_letter"}},
		{"too many service types", func(r *Request) {
			r.ICPApplets.BaseInfo.ServiceContentTypes = []ServiceContentType{1, 2, 3, 4, 5, 6}
		}, []string{"icp_applets.base_info.service_content_types"}},
		{"address repeats the region", func(r *Request) { r.ICPSubject.BaseInfo.Address = "广东省深圳市南山区科技园路1号" }, []string{
			"icp_subject.base_info.address",
		}},
		{"two commitment letters", func(r *Request) { r.ICPMaterials.CommitmentLetter = []string{"a", "b"} }, []string{
			"icp_materials.commitment_letter",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, "enterprise.json")
			tc.edit(&r)
			err := r.Validate()
			var ps document.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %v is not document.Problems", err)
			}
			have := map[string]bool{}
			for _, p := range ps {
				have[p.Field] = true
			}
			for _, f := range tc.fields {
				if !have[f] {
					t.Errorf("no problem at %s; got %v", f, ps)
				}
			}
			for _, p := range ps {
				if strings.Contains(p.Error(), "440306199203084565") || strings.Contains(p.Error(), "91440300MA5G35XK4A") {
					t.Errorf("problem echoes a full number: %v", p)
				}
			}
		})
	}
}

// FuzzRequestJSON: whatever decodes as a Request encodes to JSON that
// decodes to the same Request and the same payload, and the member scanner
// agrees with encoding/json about an object's members.
func FuzzRequestJSON(f *testing.F) {
	for _, name := range []string{"enterprise.json", "individual.json", "unknown_fields.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"icp_subject":{"x":[1,{"y":"}\"]"}],"base_info":null},"k\u00e9y":-1.5e3,"t":true}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var m map[string]json.RawMessage
		if json.Unmarshal(data, &m) == nil && m != nil {
			seen := map[string]string{}
			if err := eachMember(data, func(k string, v []byte) error { seen[k] = string(v); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(seen) != len(m) {
				t.Fatalf("scanner found %d members, encoding/json %d", len(seen), len(m))
			}
			for k, v := range m {
				if seen[k] != string(v) {
					t.Fatalf("member %q: scanner %q, encoding/json %q", k, seen[k], v)
				}
			}
		}
		var r Request
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var r2 Request
		if err := json.Unmarshal(out, &r2); err != nil {
			t.Fatalf("%v in %s", err, out)
		}
		out2, err := json.Marshal(r2)
		if err != nil {
			t.Fatal(err)
		}
		if string(out2) != string(out) {
			t.Fatalf("unstable encoding\n%s\n%s", out, out2)
		}
	})
}
