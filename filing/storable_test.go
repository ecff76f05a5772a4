package filing

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPlainlyStorableSeesEveryMember: the quick walk looks at every text,
// code, list and Extra of a Request, so that a request it calls storable
// is one Encodable accepts. Each case breaks one member through
// reflection, so a member added to the Request types is covered too.
func TestPlainlyStorableSeesEveryMember(t *testing.T) {
	base := loadRequest(t, "enterprise.json")
	base.ICPSubject.PersonalInfo = &PersonalInfo{ResidencePermit: "m"}
	base.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: "1"}
	require.True(t, plainlyStorable(&base))
	require.NoError(t, base.Encodable())

	var paths []string
	var visit func(v reflect.Value, path string, breakIt func(r *Request) reflect.Value)
	visit = func(v reflect.Value, path string, at func(r *Request) reflect.Value) {
		switch v.Kind() {
		case reflect.String, reflect.Int, reflect.Map:
			paths = append(paths, path)
			r := base.Clone()
			if base.ICPSubject.PersonalInfo != nil {
				p := *base.ICPSubject.PersonalInfo
				r.ICPSubject.PersonalInfo = &p
			}
			if base.ICPSubject.LegalPersonInfo != nil {
				l := *base.ICPSubject.LegalPersonInfo
				r.ICPSubject.LegalPersonInfo = &l
			}
			f := at(&r)
			switch v.Kind() {
			case reflect.String:
				f.SetString("\xff")
			case reflect.Int:
				if f.OverflowInt(1 << 40) {
					return // a 32-bit int: every code fits
				}
				f.SetInt(1 << 40)
			case reflect.Map:
				f.Set(reflect.ValueOf(Extra{"x": json.RawMessage(`{`)}))
			}
			assert.False(t, plainlyStorable(&r), "%s broken, still plainly storable", path)
			assert.Error(t, r.Encodable(), "%s broken, still encodable", path)
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				i := i
				visit(v.Field(i), path+"."+v.Type().Field(i).Name, func(r *Request) reflect.Value { return at(r).Field(i) })
			}
		case reflect.Pointer:
			visit(v.Elem(), path, func(r *Request) reflect.Value { return at(r).Elem() })
		case reflect.Slice:
			if v.Len() == 0 {
				t.Fatalf("%s: the sample needs an element", path)
			}
			visit(v.Index(0), path+"[0]", func(r *Request) reflect.Value { return at(r).Index(0) })
		}
	}
	base.ICPMaterials.BusinessNameChangeLetter = []string{"m"}
	for _, l := range base.ICPMaterials.lists() {
		if len(*l) == 0 {
			*l = []string{"m"}
		}
	}
	base.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 1, Code: "c", Media: "m"}}
	visit(reflect.ValueOf(base), "Request", func(r *Request) reflect.Value { return reflect.ValueOf(r).Elem() })
	assert.Greater(t, len(paths), 50, strings.Join(paths, " "))
}

// TestPlainlyStorableLimits: over a limit, the quick walk leaves the
// answer to Encodable, which may still accept.
func TestPlainlyStorableLimits(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	r.ICPSubject.BaseInfo.Address = strings.Repeat("地", maxID/3+1) // within maxText
	assert.False(t, plainlyStorable(&r))
	assert.NoError(t, checkRequest(&r))
	r = loadRequest(t, "enterprise.json")
	r.ICPMaterials.SubjectOtherMaterials = make([]string, maxList+1)
	assert.False(t, plainlyStorable(&r))
	assert.Error(t, checkRequest(&r))
	r = loadRequest(t, "enterprise.json")
	r.Extra = Extra{"x": json.RawMessage(`1`)}
	assert.False(t, plainlyStorable(&r))
	assert.NoError(t, checkRequest(&r))
}
