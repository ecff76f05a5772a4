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
	tests := []struct {
		name  string
		in    string
		field string // the *json.UnmarshalTypeError's Field; "" for a syntax error
	}{
		{"code as text", `{"icp_subject": {"base_info": {"type": "four"}}}`, "icp_subject.base_info.type"},
		{"array for an object", `{"icp_subject": []}`, "icp_subject"},
		{"text in a code list", `{"icp_applets": {"base_info": {"service_content_types": [1, "x"]}}}`, "icp_applets.base_info.service_content_types"},
		{"fraction for a code", `{"icp_applets": {"base_info": {"nrlx_details": [{"type": 2.5}]}}}`, "icp_applets.base_info.nrlx_details.type"},
		{"code out of range", `{"icp_subject": {"organize_info": {"certificate_type": 1e400}}}`, "icp_subject.organize_info.certificate_type"},
		{"number for a phone", `{"icp_applets": {"principal_info": {"mobile": 13912345678}}}`, "icp_applets.principal_info.mobile"},
		{"not an object", `"x"`, ""},
		{"truncated", `{"icp_subject": {`, ""},
		{"trailing data", `{} {}`, ""},
		{"empty", ``, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, "enterprise.json")
			before := r.Clone()
			err := json.Unmarshal([]byte(tc.in), &r)
			if err == nil {
				t.Fatal("no error")
			}
			if direct := r.UnmarshalJSON([]byte(tc.in)); direct == nil {
				t.Fatal("UnmarshalJSON: no error")
			}
			if !reflect.DeepEqual(r, before) {
				t.Error("a failed decoding changed the request")
			}
			if strings.Contains(err.Error(), "13912345678") {
				t.Errorf("error quotes the value: %v", err)
			}
			var typ *json.UnmarshalTypeError
			var syntax *json.SyntaxError
			switch {
			case tc.field == "" && tc.name == "not an object":
				if !errors.As(err, &typ) {
					t.Errorf("error %T is not a *json.UnmarshalTypeError", err)
				}
			case tc.field == "":
				if !errors.As(err, &syntax) {
					t.Errorf("error %T is not a *json.SyntaxError: %v", err, err)
				}
			case !errors.As(err, &typ):
				t.Errorf("error %T is not a *json.UnmarshalTypeError", err)
			case typ.Field != tc.field:
				t.Errorf("Field = %q, want %q", typ.Field, tc.field)
			}
		})
	}
}

func TestRequestUnmarshalNull(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	before := r.Clone()
	if err := json.Unmarshal([]byte(`null`), &r); err != nil || !reflect.DeepEqual(r, before) {
		t.Errorf("null: %v, changed %v", err, !reflect.DeepEqual(r, before))
	}
	// Members are matched by their exact name; a repeated member replaces
	// the earlier one; null inside the payload empties a member.
	in := `{"icp_subject":{"base_info":{"name":"甲","type":4},"base_info":{"name":"乙"},"Organize_Info":{"x":1},"personal_info":null}}`
	var got Request
	if err := json.Unmarshal([]byte(in), &got); err != nil {
		t.Fatal(err)
	}
	want := Request{ICPSubject: Subject{BaseInfo: SubjectBaseInfo{Name: "乙"}, Extra: Extra{"Organize_Info": json.RawMessage(`{"x":1}`)}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// roundTripForm is what a round trip through Request keeps of a payload
// decoded generically (v) when c is its codec: every member, except that
// modelled members that are null, "", 0, [] or an object left empty are
// dropped, since they mean "absent" to WeChat. Array elements that are
// null become their zero value.
func roundTripForm(v any, c *objectCodec) map[string]any {
	m, _ := v.(map[string]any)
	out := map[string]any{}
	for k, val := range m {
		f := c.byName[k]
		if f == nil {
			out[k] = val
			continue
		}
		if nv := roundTripValue(val, &f.typ, false); nv != nil {
			out[k] = nv
		}
	}
	return out
}

func roundTripValue(v any, t *jsonType, elem bool) any {
	switch t.shape {
	case shapeString:
		if s, _ := v.(string); s != "" || elem {
			return s
		}
	case shapeInt:
		if n, _ := v.(float64); n != 0 || elem {
			return n
		}
	case shapeObject, shapePointer:
		if m := roundTripForm(v, t.obj); len(m) > 0 || elem {
			return m
		}
	case shapeSlice:
		if a, _ := v.([]any); len(a) > 0 {
			out := make([]any, len(a))
			for i, e := range a {
				out[i] = roundTripValue(e, t.elem, true)
			}
			return out
		}
	}
	return nil
}

// FuzzRequestJSON: decoding never panics and fails only with a typed
// error; whatever decodes as a Request keeps, written back, every member
// of the payload except empty modelled ones (compared with encoding/json's
// generic decoding), and its encoding is stable.
func FuzzRequestJSON(f *testing.F) {
	for _, name := range []string{"enterprise.json", "individual.json", "unknown_fields.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"icp_subject":{"x":[1,{"y":"}\"]"}],"base_info":null},"k\u00e9y":-1.5e3,"t":true}`))
	f.Add([]byte(`{"icp_subject":{"base_info":{"name":"a"},"base_info":{"type":1}},"icp_applets":{"base_info":{"nrlx_details":[null,{"type":2,"r":[]}],"service_content_types":[1,null]}}}`))
	f.Add([]byte(`{"icp_subject":{"base_info":{"name":"\u003c\u2028\ud800 <&>","a\"b":"\u00e9"}}}`))
	f.Add([]byte(`{"icp_subject":{"personal_info":{},"legal_person_info":null}}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Request
		if err := json.Unmarshal(data, &r); err != nil {
			var syntax *json.SyntaxError
			var typ *json.UnmarshalTypeError
			if !errors.As(err, &syntax) && !errors.As(err, &typ) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var in any
		if err := json.Unmarshal(data, &in); err != nil {
			t.Fatalf("encoding/json refuses what Request accepted: %v", err)
		}
		if in != nil {
			c := codecs[reflect.TypeOf(r)]
			if got, want := roundTripForm(semantic(t, out), c), roundTripForm(in, c); !reflect.DeepEqual(got, want) {
				t.Fatalf("round trip changed the payload\n got %v\nwant %v", got, want)
			}
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

func TestRequestStringsAsEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", "深圳市", "a<b>&c", `q"uo\te`, "line\nbreak\x01", "sep\u2028\u2029", "\u2000 space", "bad\xffutf8", "\xe2"} {
		var e encoder
		e.string(s)
		want, _ := json.Marshal(s)
		if got := e.buf.String(); got != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}
