package filing

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/internal/jsonwire"
)

var samples = []string{"enterprise.json", "individual.json", "unknown_fields.json"}

func readSample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

// generic decodes JSON as encoding/json does into interface values,
// numbers kept as written.
func generic(t testing.TB, b []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	require.NoError(t, d.Decode(&v), "%s", b)
	return v
}

// decode reads data with UnmarshalJSON, as a *DecodeError.
func decode(data []byte) (Request, *DecodeError) {
	var r Request
	err := r.UnmarshalJSON(data)
	if err == nil {
		return r, nil
	}
	var de *DecodeError
	if !errors.As(err, &de) {
		panic(err)
	}
	return r, de
}

func TestRequestRoundTrip(t *testing.T) {
	for _, name := range samples {
		t.Run(name, func(t *testing.T) {
			in := readSample(t, name)
			var r Request
			require.NoError(t, json.Unmarshal(in, &r))
			out, err := json.Marshal(r)
			require.NoError(t, err)
			assert.Equal(t, generic(t, in), generic(t, out), "round trip changed the payload")

			direct, err := r.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, string(out), string(direct), "json.Marshal and MarshalJSON differ")

			var r2 Request
			require.NoError(t, r2.UnmarshalJSON(out))
			assert.Equal(t, r, r2)
			out2, err := json.Marshal(&r2)
			require.NoError(t, err)
			assert.Equal(t, string(out), string(out2), "second round trip differs")
			assert.NoError(t, r.Encodable())
		})
	}
}

func TestRequestUnknownFieldsKept(t *testing.T) {
	r := loadRequest(t, "unknown_fields.json")
	assert.Equal(t, `{"x":[1,2]}`, string(r.Extra["icp_future"]), "top-level member, compacted")
	assert.Equal(t, `3`, string(r.ICPApplets.PrincipalInfo.Extra["face_level"]), "nested member")
	require.Len(t, r.ICPApplets.BaseInfo.NrlxDetails, 1)
	assert.Equal(t, `"无"`, string(r.ICPApplets.BaseInfo.NrlxDetails[0].Extra["remark"]), "member of an array element")

	c := r.Clone()
	c.ICPApplets.PrincipalInfo.Extra["face_level"][0] = 'x'
	c.ICPApplets.BaseInfo.ServiceContentTypes[0] = 99
	assert.Equal(t, `3`, string(r.ICPApplets.PrincipalInfo.Extra["face_level"]), "Clone shares Extra")
	assert.Equal(t, ServiceContentType(3), r.ICPApplets.BaseInfo.ServiceContentTypes[0], "Clone shares a list")
}

const emptyRequest = `{"icp_subject":{"base_info":{},"organize_info":{},"principal_info":{}},"icp_applets":{"base_info":{},"principal_info":{}},"icp_materials":{}}`

func TestRequestWire(t *testing.T) {
	tests := []struct {
		name string
		req  Request
		want string
	}{
		{
			name: "zero request keeps the required objects and nothing else",
			want: emptyRequest,
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
			name: "extra members follow the known ones in key order, a modelled name left out",
			req:  Request{Extra: Extra{"z": json.RawMessage(`[1, 2]`), "a": json.RawMessage(`{"b": true}`), "icp_subject": json.RawMessage(`1`), "n": nil}},
			want: strings.TrimSuffix(emptyRequest, "}") + `,"a":{"b":true},"n":null,"z":[1,2]}`,
		},
		{
			name: "optional objects written when present, even empty",
			req:  Request{ICPSubject: Subject{PersonalInfo: &PersonalInfo{}, LegalPersonInfo: &LegalPersonInfo{Name: "王五"}}},
			want: `{"icp_subject":{"base_info":{},"personal_info":{},"organize_info":{},"principal_info":{},"legal_person_info":{"name":"王五"}},"icp_applets":{"base_info":{},"principal_info":{}},"icp_materials":{}}`,
		},
		{
			name: "a pre-approval's type is always written, blank media ids kept in lists",
			req: Request{
				ICPApplets:   Applets{BaseInfo: AppletBaseInfo{ServiceContentTypes: []ServiceContentType{3, 0}, NrlxDetails: []NrlxDetail{{}, {Type: 2, Code: "粤-1", Media: "m"}}}},
				ICPMaterials: Materials{CommitmentLetter: []string{""}, PromiseVideo: []string{}},
			},
			want: `{"icp_subject":{"base_info":{},"organize_info":{},"principal_info":{}},"icp_applets":{"base_info":{"service_content_types":[3,0],"nrlx_details":[{"type":0},{"type":2,"code":"粤-1","media":"m"}]},"principal_info":{}},"icp_materials":{"commitment_letter":[""]}}`,
		},
		{
			name: "strings escaped as encoding/json escapes them, invalid UTF-8 as U+FFFD",
			req:  Request{ICPSubject: Subject{BaseInfo: SubjectBaseInfo{Name: "a<b>&\"c\"\n", Comment: "bad\xff\u2028"}}},
			want: `{"icp_subject":{"base_info":{"name":"a\u003cb\u003e\u0026\"c\"\n","comment":"bad\ufffd\u2028"},"organize_info":{},"principal_info":{}},"icp_applets":{"base_info":{},"principal_info":{}},"icp_materials":{}}`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.req)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
			direct, err := tc.req.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(direct))
		})
	}
}

// Every object type marshals and unmarshals on its own as it does inside a
// Request, except that on its own it writes its personal data masked.
func TestObjectsOnTheirOwn(t *testing.T) {
	r := loadRequest(t, "unknown_fields.json")
	objects := []struct {
		name string
		v    any
		new  func() any
	}{
		{"Subject", r.ICPSubject, func() any { return new(Subject) }},
		{"SubjectBaseInfo", r.ICPSubject.BaseInfo, func() any { return new(SubjectBaseInfo) }},
		{"PersonalInfo", PersonalInfo{ResidencePermit: "m", Extra: Extra{"x": json.RawMessage(`1`)}}, func() any { return new(PersonalInfo) }},
		{"OrganizeInfo", r.ICPSubject.OrganizeInfo, func() any { return new(OrganizeInfo) }},
		{"PrincipalInfo", r.ICPApplets.PrincipalInfo, func() any { return new(PrincipalInfo) }},
		{"LegalPersonInfo", LegalPersonInfo{Name: "王五", CertificateNumber: "1"}, func() any { return new(LegalPersonInfo) }},
		{"Applets", r.ICPApplets, func() any { return new(Applets) }},
		{"AppletBaseInfo", r.ICPApplets.BaseInfo, func() any { return new(AppletBaseInfo) }},
		{"NrlxDetail", r.ICPApplets.BaseInfo.NrlxDetails[0], func() any { return new(NrlxDetail) }},
		{"Materials", r.ICPMaterials, func() any { return new(Materials) }},
	}
	for _, o := range objects {
		t.Run(o.name, func(t *testing.T) {
			b, err := json.Marshal(o.v)
			require.NoError(t, err)
			got := o.new()
			require.NoError(t, json.Unmarshal(b, got))
			assert.Equal(t, maskedCopy(o.v), reflectElem(got))

			err = json.Unmarshal([]byte(`{"x":1,"y":[}`), got)
			assert.Error(t, err)
			err = got.(json.Unmarshaler).UnmarshalJSON([]byte(`[]`))
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, "filing: payload: is a JSON array, want an object", de.Error())
		})
	}
}

// reflectElem returns *p for the pointers of TestObjectsOnTheirOwn.
func reflectElem(p any) any {
	switch v := p.(type) {
	case *Subject:
		return *v
	case *SubjectBaseInfo:
		return *v
	case *PersonalInfo:
		return *v
	case *OrganizeInfo:
		return *v
	case *PrincipalInfo:
		return *v
	case *LegalPersonInfo:
		return *v
	case *Applets:
		return *v
	case *AppletBaseInfo:
		return *v
	case *NrlxDetail:
		return *v
	case *Materials:
		return *v
	}
	return nil
}

func TestRequestDecodeErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		path   string
		found  string
		want   string
		limit  bool   // matches ErrTooLarge
		friend string // the whole message, when checked
	}{
		{name: "code as text", in: `{"icp_subject": {"base_info": {"type": "four"}}}`,
			path: "icp_subject.base_info.type", found: "a JSON string", want: "a whole number",
			friend: "filing: icp_subject.base_info.type: is a JSON string, want a whole number"},
		{name: "array for an object", in: `{"icp_subject": []}`,
			path: "icp_subject", found: "a JSON array", want: "an object"},
		{name: "text in a code list", in: `{"icp_applets": {"base_info": {"service_content_types": [1, "x"]}}}`,
			path: "icp_applets.base_info.service_content_types[1]", found: "a JSON string", want: "a whole number"},
		{name: "fraction for a code", in: `{"icp_applets": {"base_info": {"nrlx_details": [{"type": 24}, {"type": 2.5}]}}}`,
			path: "icp_applets.base_info.nrlx_details[1].type", found: "a number with a fraction or exponent", want: "a whole number"},
		{name: "code out of range", in: `{"icp_subject": {"organize_info": {"certificate_type": 2147483648}}}`,
			path: "icp_subject.organize_info.certificate_type", found: "a number out of range", want: "a whole number from -2147483648 to 2147483647"},
		{name: "huge code", in: `{"icp_subject": {"organize_info": {"certificate_type": 1e400}}}`,
			path: "icp_subject.organize_info.certificate_type", found: "a number with a fraction or exponent", want: "a whole number"},
		{name: "number for a phone", in: `{"icp_applets": {"principal_info": {"mobile": 13912345678}}}`,
			path: "icp_applets.principal_info.mobile", found: "a JSON number", want: "a string",
			friend: "filing: icp_applets.principal_info.mobile: is a JSON number, want a string"},
		{name: "object for a list", in: `{"icp_applets": {"base_info": {"nrlx_details": {"type": 24}}}}`,
			path: "icp_applets.base_info.nrlx_details", found: "a JSON object", want: "an array"},
		{name: "number in a media list", in: `{"icp_materials": {"commitment_letter": [13912345678]}}`,
			path: "icp_materials.commitment_letter[0]", found: "a JSON number", want: "a string"},
		{name: "boolean for an optional object", in: `{"icp_subject": {"personal_info": true}}`,
			path: "icp_subject.personal_info", found: "a JSON boolean", want: "an object"},
		{name: "not an object", in: `"x"`, found: "a JSON string", want: "an object",
			friend: "filing: payload: is a JSON string, want an object"},
		{name: "truncated", in: `{"icp_subject": {`, path: "icp_subject", found: "the end of the input", want: "a member name or '}'",
			friend: "filing: icp_subject: invalid JSON at byte 17: found the end of the input, want a member name or '}'"},
		{name: "trailing data", in: `{} {}`, found: "the character '{'", want: "the end of the input"},
		{name: "empty", in: ``, found: "the end of the input", want: "a value"},
		{name: "broken unknown member", in: `{"icp_subject": {"future": [1, }}`,
			path: "icp_subject.future", found: "the character '}'", want: "a value"},
		{name: "unknown member named by a phone number", in: `{"13912345678": tru}`,
			path: "139******78", found: "the character '}'", want: "the literal true"},
		{name: "unknown member named by a person's name", in: `{"icp_subject": {"欧阳娜娜": tru}}`,
			path: `icp_subject."欧**娜"`, found: "the character '}'", want: "the literal true"},
		{name: "text too long", in: `{"icp_applets": {"base_info": {"comment": "` + strings.Repeat("深", maxText/3+1) + `"}}}`,
			path: "icp_applets.base_info.comment", found: "text of 4098 bytes", want: "at most 4096 bytes", limit: true},
		{name: "id too long", in: `{"icp_subject": {"principal_info": {"mobile": "` + strings.Repeat("1", maxID+1) + `"}}}`,
			path: "icp_subject.principal_info.mobile", found: "text of 513 bytes", want: "at most 512 bytes", limit: true},
		{name: "media id too long", in: `{"icp_materials": {"promise_video": ["` + strings.Repeat("m", maxID+1) + `"]}}`,
			path: "icp_materials.promise_video[0]", found: "text of 513 bytes", want: "at most 512 bytes", limit: true},
		{name: "too many service types", in: `{"icp_applets": {"base_info": {"service_content_types": [` + strings.Repeat("1,", maxList) + `1]}}}`,
			path: "icp_applets.base_info.service_content_types", found: "a list of more than 100 items", want: "at most 100", limit: true},
		{name: "too many pre-approvals", in: `{"icp_applets": {"base_info": {"nrlx_details": [` + strings.Repeat("{},", maxList) + `{}]}}}`,
			path: "icp_applets.base_info.nrlx_details", found: "a list of more than 100 items", want: "at most 100", limit: true},
		{name: "too many media ids", in: `{"icp_materials": {"applets_other_materials": [` + strings.Repeat(`"m",`, maxList) + `"m"]}}`,
			path: "icp_materials.applets_other_materials", found: "a list of more than 100 items", want: "at most 100", limit: true},
		{name: "unknown member too deep", in: `{"icp_subject": {"x": ` + strings.Repeat("[", maxExtraDepth+1) + strings.Repeat("]", maxExtraDepth+1) + `}}`,
			path: "icp_subject.x", found: "nested more than 64 levels deep", want: "at most 64 levels", limit: true},
		{name: "payload too large", in: `{"x":"` + strings.Repeat(" ", maxPayload) + `"}`,
			found: "65544 bytes", want: "at most 65536 bytes", limit: true,
			friend: "filing: payload: is 65544 bytes, want at most 65536 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, "enterprise.json")
			before := r.Clone()
			err := r.UnmarshalJSON([]byte(tc.in))
			require.Error(t, err)
			assert.Equal(t, before, r, "a failed decoding changed the request")
			assert.ErrorIs(t, err, ErrDecode)
			if tc.limit {
				assert.ErrorIs(t, err, ErrTooLarge)
			} else {
				assert.NotErrorIs(t, err, ErrTooLarge)
			}
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tc.path, de.Path, "path")
			assert.Equal(t, tc.found, de.Found, "found")
			assert.Equal(t, tc.want, de.Want, "want")
			if tc.friend != "" {
				assert.Equal(t, tc.friend, de.Error())
			}
			assert.True(t, de.Offset >= 0 && de.Offset <= int64(len(tc.in)), "offset %d", de.Offset)
			for _, secret := range []string{"13912345678", "four", "深深", "阳娜"} {
				assert.NotContains(t, err.Error(), secret)
			}
			// Through encoding/json a type or limit error is the same;
			// malformed JSON is encoding/json's to report.
			viaJSON := json.Unmarshal([]byte(tc.in), &r)
			require.Error(t, viaJSON)
			if de.kind != jsonwire.Syntax {
				assert.Equal(t, err, viaJSON)
			}
		})
	}
}

// The offset points at the offending value.
func TestDecodeErrorOffset(t *testing.T) {
	in := `{"icp_subject": {"base_info": {"type": "four"}}}`
	_, de := decode([]byte(in))
	require.NotNil(t, de)
	assert.Equal(t, `"four"`, in[de.Offset:de.Offset+6])
}

func TestRequestUnmarshalNull(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	before := r.Clone()
	require.NoError(t, json.Unmarshal([]byte(`null`), &r))
	assert.Equal(t, before, r, "null changed the request")
	require.NoError(t, r.UnmarshalJSON([]byte(" null ")))
	assert.Equal(t, before, r, "null changed the request")
	assert.Error(t, r.UnmarshalJSON([]byte("null x")))
}

func TestRequestMembers(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Request
	}{
		{
			name: "a repeated member replaces the earlier one, nested objects whole",
			in:   `{"icp_subject":{"base_info":{"name":"甲","type":4},"base_info":{"name":"乙"}}}`,
			want: Request{ICPSubject: Subject{BaseInfo: SubjectBaseInfo{Name: "乙"}}},
		},
		{
			name: "names are matched exactly",
			in:   `{"icp_subject":{"Organize_Info":{"x":1},"base_info":{"Name":"甲"}}}`,
			want: Request{ICPSubject: Subject{
				BaseInfo: SubjectBaseInfo{Extra: Extra{"Name": json.RawMessage(`"甲"`)}},
				Extra:    Extra{"Organize_Info": json.RawMessage(`{"x":1}`)},
			}},
		},
		{
			name: "escaped names are decoded before matching",
			in:   `{"icp_subject":{"base_info":{"n\u0061me":"甲","k\u00e9y":1}}}`,
			want: Request{ICPSubject: Subject{BaseInfo: SubjectBaseInfo{Name: "甲", Extra: Extra{"kéy": json.RawMessage(`1`)}}}},
		},
		{
			name: "null empties a member",
			in:   `{"icp_subject":{"personal_info":{},"personal_info":null,"base_info":{"name":"甲"},"base_info":null},"icp_materials":{"promise_video":["v"],"promise_video":null}}`,
			want: Request{},
		},
		{
			name: "null elements are zero values, empty lists absent",
			in:   `{"icp_applets":{"base_info":{"service_content_types":[null,3],"nrlx_details":[null]}},"icp_materials":{"commitment_letter":[null],"promise_video":[]}}`,
			want: Request{
				ICPApplets:   Applets{BaseInfo: AppletBaseInfo{ServiceContentTypes: []ServiceContentType{0, 3}, NrlxDetails: []NrlxDetail{{}}}},
				ICPMaterials: Materials{CommitmentLetter: []string{""}},
			},
		},
		{
			name: "an empty optional object is present",
			in:   `{"icp_subject":{"legal_person_info":{}}}`,
			want: Request{ICPSubject: Subject{LegalPersonInfo: &LegalPersonInfo{}}},
		},
		{
			name: "unknown values are compacted and made HTML-safe, escapes kept",
			in:   "{\"x\" : [ \"<\\u0041>\" , 1.50 , {} ] , \"y\":\"\xff\"}",
			want: Request{Extra: Extra{"x": json.RawMessage(`["\u003c\u0041\u003e",1.50,{}]`), "y": json.RawMessage(`"\ufffd"`)}},
		},
		{
			name: "strings decoded as encoding/json decodes them",
			in:   "{\"icp_subject\":{\"base_info\":{\"name\":\"\\ud83d\\ude00\\ud800\xff\\/\"}}}",
			want: Request{ICPSubject: Subject{BaseInfo: SubjectBaseInfo{Name: "😀\ufffd\ufffd/"}}},
		},
		{
			name: "minus zero is zero",
			in:   `{"icp_subject":{"base_info":{"type":-0}}}`,
			want: Request{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decode([]byte(tc.in))
			require.Nil(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestMaterialMembers: the names the codec reads and writes each material
// list under, taken from package document's catalogue, are the Materials
// struct's own JSON names, in the order of its fields and of lists.
func TestMaterialMembers(t *testing.T) {
	var m Materials
	typ := reflect.TypeOf(m)
	lists := m.lists()
	require.Len(t, materialMembers, typ.NumField()-1) // all but Extra
	for i, name := range materialMembers {
		f := typ.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		assert.Equal(t, tag, name, f.Name)
		assert.Equal(t, reflect.ValueOf(&m).Elem().Field(i).Addr().Interface(), lists[i], f.Name)
		assert.Equal(t, i, materialIndex(name))
		assert.Equal(t, i, materialIndex([]byte(name)))
	}
	assert.Equal(t, document.MaterialHoldingCertificatePhoto, document.MaterialCommitmentLetter+document.MaterialKind(len(materialMembers)-1))
	assert.Equal(t, -1, materialIndex("commitment_letters"))
}

func TestRequestLimitsAccepted(t *testing.T) {
	r := Request{
		ICPSubject: Subject{BaseInfo: SubjectBaseInfo{
			Name:     strings.Repeat("深", maxText/3),
			Province: strings.Repeat("4", maxID),
			Type:     math.MaxInt32,
		}, OrganizeInfo: OrganizeInfo{CertificateType: math.MinInt32}},
		ICPApplets: Applets{BaseInfo: AppletBaseInfo{
			ServiceContentTypes: make([]ServiceContentType, maxList),
			NrlxDetails:         make([]NrlxDetail, maxList),
		}},
		ICPMaterials: Materials{SubjectOtherMaterials: make([]string, maxList)},
		Extra:        Extra{"deep": json.RawMessage(strings.Repeat("[", maxExtraDepth) + strings.Repeat("]", maxExtraDepth))},
	}
	require.NoError(t, r.Encodable())
	b, err := json.Marshal(r)
	require.NoError(t, err)
	got, de := decode(b)
	require.Nil(t, de)
	assert.Equal(t, r.ICPSubject, got.ICPSubject)
	assert.Len(t, got.ICPApplets.BaseInfo.NrlxDetails, maxList)

	// A whole payload of exactly the limit decodes.
	pad := maxPayload - len(`{"x":""}`)
	exact := `{"x":"` + strings.Repeat("a", pad) + `"}`
	require.Len(t, exact, maxPayload)
	_, de = decode([]byte(exact))
	assert.Nil(t, de)
}

// Hostile payloads of a few megabytes, of every shape, are refused before
// they are read; under the payload limit, lists and texts past their
// limits stop the reading where they cross them.
func TestRequestHostilePayloads(t *testing.T) {
	for _, tc := range hostilePayloads() {
		t.Run(tc.name, func(t *testing.T) {
			_, de := decode(tc.data)
			require.NotNil(t, de)
			assert.ErrorIs(t, de, ErrTooLarge)
		})
	}
}

type hostile struct {
	name string
	data []byte
}

func hostilePayloads() []hostile {
	const mb = 3 << 20
	return []hostile{
		{"3 MB of service types", []byte(`{"icp_applets":{"base_info":{"service_content_types":[` + strings.Repeat("1,", mb/2) + `1]}}}`)},
		{"3 MB of pre-approvals", []byte(`{"icp_applets":{"base_info":{"nrlx_details":[` + strings.Repeat(`{"type":1},`, mb/11) + `{}]}}}`)},
		{"3 MB comment", []byte(`{"icp_applets":{"base_info":{"comment":"` + strings.Repeat("深", mb/3) + `"}}}`)},
		{"3 MB unknown member", []byte(`{"x":` + strings.Repeat("[", mb/2) + strings.Repeat("]", mb/2) + `}`)},
		{"60 KB of service types", []byte(`{"icp_applets":{"base_info":{"service_content_types":[` + strings.Repeat("1,", 30000) + `1]}}}`)},
		{"60 KB comment", []byte(`{"icp_applets":{"base_info":{"comment":"` + strings.Repeat("深", 20000) + `"}}}`)},
		{"60 KB of nesting", []byte(`{"x":` + strings.Repeat("[", 30000) + strings.Repeat("]", 30000) + `}`)},
	}
}

func TestEncodable(t *testing.T) {
	big := int64(math.MaxInt32) + 1
	tests := []struct {
		name  string
		edit  func(r *Request)
		path  string
		found string
		limit bool
	}{
		{name: "sample", edit: func(*Request) {}},
		{name: "extra that is not JSON", edit: func(r *Request) {
			r.ICPSubject.BaseInfo.Extra = Extra{"note": json.RawMessage(`{"a":}`)}
		}, path: "icp_subject.base_info.note", found: "the character '}'"},
		{name: "extra of two values", edit: func(r *Request) {
			r.Extra = Extra{"n": json.RawMessage(`1 2`)}
		}, path: "n", found: "the character '2'"},
		{name: "extra that is not UTF-8", edit: func(r *Request) {
			r.ICPApplets.BaseInfo.NrlxDetails[0].Extra = Extra{"remark": json.RawMessage("\"\xff\"")}
		}, path: "icp_applets.base_info.nrlx_details[0].remark", found: "text that is not valid UTF-8"},
		{name: "extra named like a field", edit: func(r *Request) {
			r.ICPApplets.PrincipalInfo.Extra = Extra{"mobile": json.RawMessage(`"1"`)}
		}, path: "icp_applets.principal_info.mobile", found: "both a field and an Extra member"},
		{name: "extra name that is not UTF-8", edit: func(r *Request) {
			r.ICPMaterials.Extra = Extra{"\xff": json.RawMessage(`1`)}
		}, path: `icp_materials."*"`, found: "a member name that is not valid UTF-8"},
		{name: "extra too deep", edit: func(r *Request) {
			r.Extra = Extra{"d": json.RawMessage(strings.Repeat("[", maxExtraDepth+1) + strings.Repeat("]", maxExtraDepth+1))}
		}, path: "d", found: "nested more than 64 levels deep", limit: true},
		{name: "text that is not UTF-8", edit: func(r *Request) {
			r.ICPSubject.PrincipalInfo.Name = "张\xff"
		}, path: "icp_subject.principal_info.name", found: "text that is not valid UTF-8"},
		{name: "blank-free media id that is not UTF-8", edit: func(r *Request) {
			r.ICPMaterials.CommitmentLetter = []string{"ok", "\xfe"}
		}, path: "icp_materials.commitment_letter[1]", found: "text that is not valid UTF-8"},
		{name: "text too long", edit: func(r *Request) {
			r.ICPSubject.BaseInfo.Address = strings.Repeat("a", maxText+1)
		}, path: "icp_subject.base_info.address", found: "text of 4097 bytes", limit: true},
		{name: "id too long", edit: func(r *Request) {
			r.ICPApplets.PrincipalInfo.VerifyTaskID = strings.Repeat("a", maxID+1)
		}, path: "icp_applets.principal_info.verify_task_id", found: "text of 513 bytes", limit: true},
		{name: "list too long", edit: func(r *Request) {
			r.ICPMaterials.AppletsOtherMaterials = make([]string, maxList+1)
		}, path: "icp_materials.applets_other_materials", found: "a list of more than 100 items", limit: true},
		{name: "payload too large", edit: func(r *Request) {
			r.Extra = Extra{"blob": json.RawMessage(`"` + strings.Repeat("a", maxPayload) + `"`)}
		}, found: "(the request's size)", limit: true},
		{name: "code out of range", edit: func(r *Request) {
			if strconv.IntSize == 64 {
				r.ICPApplets.BaseInfo.ServiceContentTypes[1] = ServiceContentType(big)
			} else {
				r.ICPApplets.BaseInfo.ServiceContentTypes[1] = math.MinInt32
			}
		}, path: "icp_applets.base_info.service_content_types[1]", found: "a number out of range"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, "unknown_fields.json")
			tc.edit(&r)
			err := r.Encodable()
			if tc.found == "" {
				require.NoError(t, err)
				b, err := json.Marshal(r)
				require.NoError(t, err)
				got, de := decode(b)
				require.Nil(t, de)
				assert.Equal(t, r, got)
				return
			}
			if strconv.IntSize == 32 && tc.name == "code out of range" {
				assert.NoError(t, err, "a 32-bit int cannot leave the range")
				return
			}
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.ErrorIs(t, err, ErrDecode)
			assert.Equal(t, tc.limit, errors.Is(err, ErrTooLarge), "ErrTooLarge")
			if tc.name == "payload too large" {
				assert.Equal(t, "", de.Path)
				assert.Regexp(t, `^filing: payload: is 6\d{4} bytes, want at most 65536 bytes$`, de.Error())
				return
			}
			assert.Equal(t, tc.path, de.Path)
			assert.Equal(t, tc.found, de.Found)
			assert.NotContains(t, de.Error(), "张")
		})
	}

	var nilRequest *Request
	assert.ErrorIs(t, nilRequest.Encodable(), ErrDecode)
}

// MarshalJSON refuses an Extra value that is not JSON with the error
// Encodable gives, and never writes invalid UTF-8.
func TestMarshalBadExtra(t *testing.T) {
	r := Request{ICPSubject: Subject{OrganizeInfo: OrganizeInfo{Extra: Extra{"bad": json.RawMessage(`{`)}}}}
	_, err := json.Marshal(r)
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "icp_subject.organize_info.bad", de.Path)
	assert.Equal(t, r.Encodable(), error(de))

	r = Request{ICPSubject: Subject{OrganizeInfo: OrganizeInfo{Extra: Extra{"bad": json.RawMessage("\"\xff\"")}}}}
	_, err = r.MarshalJSON()
	assert.ErrorIs(t, err, ErrDecode)
}

func TestRequestStringsAsEncodingJSON(t *testing.T) {
	type plain struct {
		Province string `json:"province"`
	}
	for _, s := range []string{"plain", "深圳市", "a<b>&c", `q"uo\te`, "line\nbreak\x01\b\f", "sep\u2028\u2029", "\u2000 space", "bad\xffutf8", "\xe2"} {
		t.Run(strconv.Quote(s), func(t *testing.T) {
			want, err := json.Marshal(plain{s})
			require.NoError(t, err)
			got, err := SubjectBaseInfo{Province: s}.MarshalJSON() // a member shown unmasked
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got))
		})
	}
}

// Request members of the test schema: how a round trip treats each.
type memberKind int

const (
	kindText memberKind = iota
	kindCode
	kindObject
	kindTexts
	kindCodes
	kindObjects
)

type member struct {
	kind memberKind
	obj  schema
}

type schema map[string]member

var (
	principalSchema = schema{
		"name": {kind: kindText}, "mobile": {kind: kindText}, "email": {kind: kindText},
		"emergency_contact": {kind: kindText}, "certificate_type": {kind: kindCode},
		"certificate_number": {kind: kindText}, "certificate_validity_date_start": {kind: kindText},
		"certificate_validity_date_end": {kind: kindText}, "certificate_photo_front": {kind: kindText},
		"certificate_photo_back": {kind: kindText}, "authorization_letter": {kind: kindText},
		"verify_task_id": {kind: kindText},
	}
	requestSchema = schema{
		"icp_subject": {kind: kindObject, obj: schema{
			"base_info": {kind: kindObject, obj: schema{
				"type": {kind: kindCode}, "name": {kind: kindText}, "province": {kind: kindText},
				"city": {kind: kindText}, "district": {kind: kindText}, "address": {kind: kindText},
				"comment": {kind: kindText}, "record_number": {kind: kindText},
			}},
			"personal_info": {kind: kindObject, obj: schema{"residence_permit": {kind: kindText}}},
			"organize_info": {kind: kindObject, obj: schema{
				"certificate_type": {kind: kindCode}, "certificate_number": {kind: kindText},
				"certificate_address": {kind: kindText}, "certificate_photo": {kind: kindText},
			}},
			"principal_info":    {kind: kindObject, obj: principalSchema},
			"legal_person_info": {kind: kindObject, obj: schema{"name": {kind: kindText}, "certificate_number": {kind: kindText}}},
		}},
		"icp_applets": {kind: kindObject, obj: schema{
			"base_info": {kind: kindObject, obj: schema{
				"appid": {kind: kindText}, "name": {kind: kindText},
				"service_content_types": {kind: kindCodes},
				"nrlx_details": {kind: kindObjects, obj: schema{
					"type": {kind: kindCode}, "code": {kind: kindText}, "media": {kind: kindText},
				}},
				"comment": {kind: kindText}, "record_number": {kind: kindText},
			}},
			"principal_info": {kind: kindObject, obj: principalSchema},
		}},
		"icp_materials": {kind: kindObject, obj: schema{
			"commitment_letter": {kind: kindTexts}, "business_name_change_letter": {kind: kindTexts},
			"party_building_confirmation_letter": {kind: kindTexts}, "promise_video": {kind: kindTexts},
			"authenticity_responsibility_letter": {kind: kindTexts}, "authenticity_commitment_letter": {kind: kindTexts},
			"website_construction_proposal": {kind: kindTexts}, "subject_other_materials": {kind: kindTexts},
			"applets_other_materials": {kind: kindTexts}, "holding_certificate_photo": {kind: kindTexts},
		}},
	}
)

// roundTripForm is what a round trip through Request keeps of a payload
// decoded generically (v): every member, except that modelled members
// that are null, "", 0, [] or an object left empty are dropped, since they
// mean "absent" to WeChat. Array elements that are null become their zero
// value.
func roundTripForm(v any, s schema) map[string]any {
	m, _ := v.(map[string]any)
	out := map[string]any{}
	for k, val := range m {
		f, ok := s[k]
		if !ok {
			out[k] = val
			continue
		}
		if nv := roundTripValue(val, f, false); nv != nil {
			out[k] = nv
		}
	}
	return out
}

func roundTripValue(v any, f member, elem bool) any {
	switch f.kind {
	case kindText:
		if s, _ := v.(string); s != "" || elem {
			return s
		}
	case kindCode:
		var n int64
		if num, ok := v.(json.Number); ok {
			n, _ = num.Int64()
		}
		if n != 0 || elem {
			return n
		}
	case kindObject:
		if m := roundTripForm(v, f.obj); len(m) > 0 || elem {
			return m
		}
	case kindTexts, kindCodes, kindObjects:
		a, _ := v.([]any)
		if len(a) == 0 {
			return nil
		}
		e := member{kind: map[memberKind]memberKind{kindTexts: kindText, kindCodes: kindCode, kindObjects: kindObject}[f.kind], obj: f.obj}
		out := make([]any, len(a))
		for i, x := range a {
			out[i] = roundTripValue(x, e, true)
		}
		return out
	}
	return nil
}

// The test schema names exactly the members the codec models: none of
// them lands in Extra, and an Extra member named like one is not written.
func TestSchemaMatchesCodec(t *testing.T) {
	var fill func(s schema) map[string]any
	fill = func(s schema) map[string]any {
		m := map[string]any{}
		for k, f := range s {
			switch f.kind {
			case kindText:
				m[k] = "x"
			case kindCode:
				m[k] = 1
			case kindObject:
				m[k] = fill(f.obj)
			case kindTexts:
				m[k] = []string{"x"}
			case kindCodes:
				m[k] = []int{1}
			case kindObjects:
				m[k] = []any{fill(f.obj)}
			}
		}
		return m
	}
	full, err := json.Marshal(fill(requestSchema))
	require.NoError(t, err)
	r, de := decode(full)
	require.Nil(t, de)
	out, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, string(full), string(out))
	assert.Empty(t, r.Extra)
	assert.Empty(t, r.ICPSubject.Extra)
	assert.Empty(t, r.ICPSubject.BaseInfo.Extra)
	assert.Empty(t, r.ICPSubject.PersonalInfo.Extra)
	assert.Empty(t, r.ICPSubject.OrganizeInfo.Extra)
	assert.Empty(t, r.ICPSubject.PrincipalInfo.Extra)
	assert.Empty(t, r.ICPSubject.LegalPersonInfo.Extra)
	assert.Empty(t, r.ICPApplets.Extra)
	assert.Empty(t, r.ICPApplets.BaseInfo.Extra)
	assert.Empty(t, r.ICPApplets.BaseInfo.NrlxDetails[0].Extra)
	assert.Empty(t, r.ICPApplets.PrincipalInfo.Extra)
	assert.Empty(t, r.ICPMaterials.Extra)
}

// FuzzRequestJSON: decoding never panics and fails only with a
// *DecodeError; it accepts only what encoding/json accepts, and refuses
// for its syntax only what encoding/json refuses. Whatever decodes keeps,
// written back, every member of the payload except empty modelled ones
// (compared with encoding/json's generic decoding), decodes back to the
// same Request, and is encodable unless it outgrew the payload limit.
func FuzzRequestJSON(f *testing.F) {
	for _, name := range samples {
		f.Add(readSample(f, name))
	}
	for _, s := range []string{
		`{"icp_subject":{"x":[1,{"y":"}\"]"}],"base_info":null},"k\u00e9y":-1.5e3,"t":true}`,
		`{"icp_subject":{"base_info":{"name":"a"},"base_info":{"type":1}},"icp_applets":{"base_info":{"nrlx_details":[null,{"type":2,"r":[]}],"service_content_types":[1,null]}}}`,
		`{"icp_subject":{"base_info":{"name":"\u003c\u2028\ud800 <&>","a\"b":"\u00e9"}}}`,
		`{"icp_subject":{"personal_info":{},"legal_person_info":null}}`,
		`{"icp_materials":{"commitment_letter":["",null],"x":1E400}}`,
		`null`, `[]`, `{"icp_subject":{"base_info":{"type":-0}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, de := decode(data)
		if de != nil {
			require.ErrorIs(t, de, ErrDecode)
			if de.kind == jsonwire.Syntax {
				require.False(t, json.Valid(data), "refused as malformed: %v", de)
			}
			if errors.Is(de, ErrTooLarge) || de.kind == jsonwire.Syntax {
				return
			}
			// A type error: encoding/json into plain structs refuses
			// it too, when the payload is otherwise valid.
			if json.Valid(data) {
				var std stdRequest
				require.Error(t, json.Unmarshal(data, &std), "encoding/json accepts what gave %v", de)
			}
			return
		}
		require.True(t, json.Valid(data), "accepted what encoding/json refuses")
		out, err := r.MarshalJSON()
		require.NoError(t, err)
		require.True(t, utf8.Valid(out), "%q", out)
		if in := generic(t, data); in != nil {
			assert.Equal(t, roundTripForm(in, requestSchema), roundTripForm(generic(t, out), requestSchema), "round trip changed the payload")
		}
		r2, de := decode(out)
		require.Nil(t, de, "%s", out)
		assert.Equal(t, r, r2)
		if err := r.Encodable(); err != nil {
			var ee *DecodeError
			require.ErrorAs(t, err, &ee)
			require.True(t, errors.Is(err, ErrTooLarge) && ee.Path == "", "decoded but not encodable: %v", err)
		}
	})
}

// FuzzRequestExtra: any Extra value and any text a caller sets either
// passes Encodable, and then survives a round trip, or is refused; what
// MarshalJSON writes is always valid JSON in UTF-8.
func FuzzRequestExtra(f *testing.F) {
	f.Add("note", []byte(`{"a":[1,true,null]}`), "张三")
	f.Add("\xff", []byte(`1`), "bad\xff")
	f.Add("name", []byte(`"x"`), "")
	f.Add("x", []byte(`{"a":}`), "<&>")
	f.Add("x", []byte("\"\xfe\""), "\u2028")
	f.Add("x", []byte(" [ 1 , 2 ] "), "ok")
	f.Fuzz(func(t *testing.T, key string, value []byte, text string) {
		r := Request{ICPSubject: Subject{BaseInfo: SubjectBaseInfo{Name: text, Extra: Extra{key: value}}}}
		out, marshalErr := json.Marshal(r)
		if marshalErr == nil {
			require.True(t, json.Valid(out), "%q", out)
			require.True(t, utf8.Valid(out), "%q", out)
		} else {
			require.ErrorIs(t, marshalErr, ErrDecode)
		}
		if err := r.Encodable(); err != nil {
			require.ErrorIs(t, err, ErrDecode)
			return
		}
		require.NoError(t, marshalErr)
		got, de := decode(out)
		require.Nil(t, de, "%s", out)
		assert.Equal(t, text, got.ICPSubject.BaseInfo.Name)
		kept, ok := got.ICPSubject.BaseInfo.Extra[key]
		require.True(t, ok, "Extra member lost")
		if len(value) == 0 {
			assert.Equal(t, "null", string(kept))
		} else {
			assert.Equal(t, generic(t, value), generic(t, kept))
		}
		assert.NoError(t, got.Encodable())
	})
}
