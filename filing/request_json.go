package filing

// The JSON methods of the Request types and their encoding, one function
// per object, on internal/jsonwire. Decoding is in decode_request.go.

import (
	"encoding/json"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/beian-go/beian/internal/jsonwire"
)

// MarshalJSON writes the request with WeChat's member names, the Extra
// members last, and no empty string or list. It fails (*DecodeError) only
// when an Extra value is not valid JSON; text that is not UTF-8 is written
// with U+FFFD, as encoding/json does.
func (v Request) MarshalJSON() ([]byte, error) {
	var e encoder
	e.open()
	e.request(&v)
	return e.close()
}

// marshal writes v, one object of a Request, with encode.
func marshal[T any](v *T, encode func(*encoder, *T)) ([]byte, error) {
	var e encoder
	e.open()
	encode(&e, v)
	return e.close()
}

// UnmarshalJSON reads a payload into v, replacing its contents; null
// leaves v as it is. On error v is unchanged and the error is a
// *DecodeError. json.Unmarshal reports malformed JSON itself, as a
// *json.SyntaxError, before calling it.
func (v *Request) UnmarshalJSON(data []byte) error { return unmarshal(data, v, (*decoder).request) }

// Encodable reports whether r can be written as JSON and read back as it
// is, as a stored record needs: nil, or a *DecodeError naming the first
// member in the way (text that is not UTF-8, an Extra value that is not
// UTF-8 JSON or is named like a field, a limit of DecodeError). Content is
// Check's. A decoded request is encodable unless it outgrows 64 KiB when
// written back ("<" takes six bytes).
func (r *Request) Encodable() error {
	if r == nil {
		return &DecodeError{Found: "a nil *Request", Want: "a request", Offset: -1, kind: jsonwire.Type}
	}
	e := encoder{check: true}
	e.open()
	e.request(r)
	out, err := e.close()
	switch {
	case err != nil:
		return err
	case len(out) > maxPayload:
		return tooLarge(len(out), -1)
	}
	return nil
}

// The objects of a Request read JSON as Request.UnmarshalJSON does and
// write it with their personal data masked as fmt shows it (see Request):
// only a whole Request writes complete JSON.

func (v Subject) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).subject)
}
func (v *Subject) UnmarshalJSON(data []byte) error { return unmarshal(data, v, (*decoder).subject) }

func (v SubjectBaseInfo) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).subjectBaseInfo)
}
func (v *SubjectBaseInfo) UnmarshalJSON(data []byte) error {
	return unmarshal(data, v, (*decoder).subjectBaseInfo)
}

func (v PersonalInfo) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).personalInfo)
}
func (v *PersonalInfo) UnmarshalJSON(data []byte) error {
	return unmarshal(data, v, (*decoder).personalInfo)
}

func (v OrganizeInfo) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).organizeInfo)
}
func (v *OrganizeInfo) UnmarshalJSON(data []byte) error {
	return unmarshal(data, v, (*decoder).organizeInfo)
}

func (v PrincipalInfo) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).principalInfo)
}
func (v *PrincipalInfo) UnmarshalJSON(data []byte) error {
	return unmarshal(data, v, (*decoder).principalInfo)
}

func (v LegalPersonInfo) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).legalPersonInfo)
}
func (v *LegalPersonInfo) UnmarshalJSON(data []byte) error {
	return unmarshal(data, v, (*decoder).legalPersonInfo)
}

func (v Applets) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).applets)
}
func (v *Applets) UnmarshalJSON(data []byte) error { return unmarshal(data, v, (*decoder).applets) }

func (v AppletBaseInfo) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).appletBaseInfo)
}
func (v *AppletBaseInfo) UnmarshalJSON(data []byte) error {
	return unmarshal(data, v, (*decoder).appletBaseInfo)
}

func (v NrlxDetail) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).nrlxDetail)
}
func (v *NrlxDetail) UnmarshalJSON(data []byte) error {
	return unmarshal(data, v, (*decoder).nrlxDetail)
}

func (v Materials) MarshalJSON() ([]byte, error) {
	v = v.masked()
	return marshal(&v, (*encoder).materials)
}
func (v *Materials) UnmarshalJSON(data []byte) error { return unmarshal(data, v, (*decoder).materials) }

var (
	_ json.Marshaler   = Request{}
	_ json.Unmarshaler = (*Request)(nil)
	_ json.Marshaler   = Subject{}
	_ json.Unmarshaler = (*Subject)(nil)
	_ json.Marshaler   = SubjectBaseInfo{}
	_ json.Unmarshaler = (*SubjectBaseInfo)(nil)
	_ json.Marshaler   = PersonalInfo{}
	_ json.Unmarshaler = (*PersonalInfo)(nil)
	_ json.Marshaler   = OrganizeInfo{}
	_ json.Unmarshaler = (*OrganizeInfo)(nil)
	_ json.Marshaler   = PrincipalInfo{}
	_ json.Unmarshaler = (*PrincipalInfo)(nil)
	_ json.Marshaler   = LegalPersonInfo{}
	_ json.Unmarshaler = (*LegalPersonInfo)(nil)
	_ json.Marshaler   = Applets{}
	_ json.Unmarshaler = (*Applets)(nil)
	_ json.Marshaler   = AppletBaseInfo{}
	_ json.Unmarshaler = (*AppletBaseInfo)(nil)
	_ json.Marshaler   = NrlxDetail{}
	_ json.Unmarshaler = (*NrlxDetail)(nil)
	_ json.Marshaler   = Materials{}
	_ json.Unmarshaler = (*Materials)(nil)
)

// encodeSize is the room an encoder starts with: a real request's JSON
// (2–4 KB) fits, a record's (5–8 KB) grows it once.
const encodeSize = 4 << 10

// open starts writing an object, in a new buffer that close hands to the
// caller. The encoder itself stays on the caller's stack: pointer writes
// to a heap value cost write barriers on every append while the
// collector runs.
func (e *encoder) open() {
	e.w.Reset(make([]byte, 0, encodeSize))
	e.w.BeginObject()
}

// close ends the object and returns what was written, or the first
// error.
func (e *encoder) close() ([]byte, error) {
	e.w.EndObject()
	if e.err != nil {
		return nil, e.err
	}
	return e.w.Bytes(), nil
}

// encoder writes the Request types. It tracks the path of the member
// being written for its errors; with check set (Encodable) it also
// refuses what decoding would refuse or change.
type encoder struct {
	w     jsonwire.Writer
	check bool
	segs  [6]pathSeg // the objects being written: the Request's nest 4 deep
	nsegs int
	err   *DecodeError
}

// pathSeg is one step of a path: a member's name, and an element's index
// when the member is a list of objects (-1 otherwise).
type pathSeg struct {
	name  string
	index int
}

// path returns the path to the member name ("" for the current object),
// to its element index when index >= 0.
func (e *encoder) path(name string, index int) string {
	var p string
	for _, s := range e.segs[:e.nsegs] {
		p = jsonwire.JoinPath(p, s.name)
		if s.index >= 0 {
			p = jsonwire.IndexPath(p, s.index)
		}
	}
	if name != "" {
		p = jsonwire.JoinPath(p, name)
	}
	if index >= 0 {
		p = jsonwire.IndexPath(p, index)
	}
	return p
}

// fail records the first problem, at the member name (its element index
// when index >= 0).
func (e *encoder) fail(name string, index int, kind jsonwire.ErrorKind, found, want string) {
	if e.err == nil {
		e.err = &DecodeError{Path: e.path(name, index), Found: found, Want: want, Offset: -1, kind: kind}
	}
}

// begin writes the name of a member holding an object, and starts it.
func (e *encoder) begin(name string) {
	e.w.NamePlain(name)
	e.w.BeginObject()
	e.segs[e.nsegs] = pathSeg{name: name, index: -1}
	e.nsegs++
}

func (e *encoder) end() {
	e.w.EndObject()
	e.nsegs--
}

// text writes a string member unless it is empty.
func (e *encoder) text(name, s string, max int) {
	if s == "" {
		return
	}
	e.w.NamePlain(name)
	e.w.String(s)
	if e.check {
		e.checkText(name, -1, s, max)
	}
}

// checkText refuses text that decoding would change or refuse.
func (e *encoder) checkText(name string, index int, s string, max int) {
	switch {
	case !utf8.ValidString(s):
		e.fail(name, index, jsonwire.Type, "text that is not valid UTF-8", "UTF-8 text")
	case len(s) > max:
		e.fail(name, index, jsonwire.Limit, "text of "+strconv.Itoa(len(s))+" bytes", "at most "+strconv.Itoa(max)+" bytes")
	}
}

// code writes a numeric code, unless it is zero and omitted when empty.
func (e *encoder) code(name string, n int, omitZero bool) {
	if n == 0 && omitZero {
		return
	}
	e.w.NamePlain(name)
	e.w.Int(int64(n))
	if e.check {
		e.checkCode(name, -1, n)
	}
}

// checkCode refuses a code that does not fit in 32 bits.
func (e *encoder) checkCode(name string, index, n int) {
	if int64(n) < codeMin || int64(n) > codeMax {
		e.fail(name, index, jsonwire.Type, "a number out of range",
			"a whole number from "+strconv.Itoa(codeMin)+" to "+strconv.Itoa(codeMax))
	}
}

// checkList refuses a list of n items over the limit.
func (e *encoder) checkList(name string, n int) {
	if e.check && n > maxList {
		e.fail(name, -1, jsonwire.Limit, "a list of more than "+strconv.Itoa(maxList)+" items", "at most "+strconv.Itoa(maxList))
	}
}

// extra writes the members of x in name order, except those named like a
// member the object models (known), which only Encodable reports.
func (e *encoder) extra(x Extra, known func(string) bool) {
	if len(x) == 0 {
		return
	}
	keys := make([]string, 0, len(x))
	for k := range x {
		if e.check || !known(k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if e.check {
			switch {
			case known(k):
				e.fail(k, -1, jsonwire.Type, "both a field and an Extra member", "one of them")
				continue
			case !utf8.ValidString(k):
				e.fail(k, -1, jsonwire.Type, "a member name that is not valid UTF-8", "UTF-8 text")
			}
		}
		e.w.Name(k)
		e.w.Raw(x[k], maxExtraDepth)
		if err := e.w.Err(); err != nil && e.err == nil {
			e.err = decodeError(err)
			e.err.Path = e.path(k, -1)
		}
	}
}

// request and the functions below write the members of an object whose
// braces the caller writes.
func (e *encoder) request(v *Request) {
	e.begin("icp_subject")
	e.subject(&v.ICPSubject)
	e.end()
	e.begin("icp_applets")
	e.applets(&v.ICPApplets)
	e.end()
	e.begin("icp_materials")
	e.materials(&v.ICPMaterials)
	e.end()
	e.extra(v.Extra, isRequestMember)
}

func isRequestMember(k string) bool {
	return k == "icp_subject" || k == "icp_applets" || k == "icp_materials"
}

func (e *encoder) subject(v *Subject) {
	e.begin("base_info")
	e.subjectBaseInfo(&v.BaseInfo)
	e.end()
	if v.PersonalInfo != nil {
		e.begin("personal_info")
		e.personalInfo(v.PersonalInfo)
		e.end()
	}
	e.begin("organize_info")
	e.organizeInfo(&v.OrganizeInfo)
	e.end()
	e.begin("principal_info")
	e.principalInfo(&v.PrincipalInfo)
	e.end()
	if v.LegalPersonInfo != nil {
		e.begin("legal_person_info")
		e.legalPersonInfo(v.LegalPersonInfo)
		e.end()
	}
	e.extra(v.Extra, isSubjectMember)
}

func isSubjectMember(k string) bool {
	switch k {
	case "base_info", "personal_info", "organize_info", "principal_info", "legal_person_info":
		return true
	}
	return false
}

func (e *encoder) subjectBaseInfo(v *SubjectBaseInfo) {
	e.code("type", int(v.Type), true)
	e.text("name", v.Name, maxText)
	e.text("province", v.Province, maxID)
	e.text("city", v.City, maxID)
	e.text("district", v.District, maxID)
	e.text("address", v.Address, maxText)
	e.text("comment", v.Comment, maxText)
	e.text("record_number", v.RecordNumber, maxID)
	e.extra(v.Extra, isSubjectBaseInfoMember)
}

func isSubjectBaseInfoMember(k string) bool {
	switch k {
	case "type", "name", "province", "city", "district", "address", "comment", "record_number":
		return true
	}
	return false
}

func (e *encoder) personalInfo(v *PersonalInfo) {
	e.text("residence_permit", v.ResidencePermit, maxID)
	e.extra(v.Extra, isPersonalInfoMember)
}

func isPersonalInfoMember(k string) bool { return k == "residence_permit" }

func (e *encoder) organizeInfo(v *OrganizeInfo) {
	e.code("certificate_type", int(v.CertificateType), true)
	e.text("certificate_number", v.CertificateNumber, maxID)
	e.text("certificate_address", v.CertificateAddress, maxText)
	e.text("certificate_photo", v.CertificatePhoto, maxID)
	e.extra(v.Extra, isOrganizeInfoMember)
}

func isOrganizeInfoMember(k string) bool {
	switch k {
	case "certificate_type", "certificate_number", "certificate_address", "certificate_photo":
		return true
	}
	return false
}

func (e *encoder) principalInfo(v *PrincipalInfo) {
	e.text("name", v.Name, maxText)
	e.text("mobile", v.Mobile, maxID)
	e.text("email", v.Email, maxID)
	e.text("emergency_contact", v.EmergencyContact, maxID)
	e.code("certificate_type", int(v.CertificateType), true)
	e.text("certificate_number", v.CertificateNumber, maxID)
	e.text("certificate_validity_date_start", v.CertificateValidityDateStart, maxID)
	e.text("certificate_validity_date_end", v.CertificateValidityDateEnd, maxID)
	e.text("certificate_photo_front", v.CertificatePhotoFront, maxID)
	e.text("certificate_photo_back", v.CertificatePhotoBack, maxID)
	e.text("authorization_letter", v.AuthorizationLetter, maxID)
	e.text("verify_task_id", v.VerifyTaskID, maxID)
	e.extra(v.Extra, isPrincipalInfoMember)
}

func isPrincipalInfoMember(k string) bool {
	switch k {
	case "name", "mobile", "email", "emergency_contact", "certificate_type", "certificate_number",
		"certificate_validity_date_start", "certificate_validity_date_end", "certificate_photo_front",
		"certificate_photo_back", "authorization_letter", "verify_task_id":
		return true
	}
	return false
}

func (e *encoder) legalPersonInfo(v *LegalPersonInfo) {
	e.text("name", v.Name, maxText)
	e.text("certificate_number", v.CertificateNumber, maxID)
	e.extra(v.Extra, isLegalPersonInfoMember)
}

func isLegalPersonInfoMember(k string) bool { return k == "name" || k == "certificate_number" }

func (e *encoder) applets(v *Applets) {
	e.begin("base_info")
	e.appletBaseInfo(&v.BaseInfo)
	e.end()
	e.begin("principal_info")
	e.principalInfo(&v.PrincipalInfo)
	e.end()
	e.extra(v.Extra, isAppletsMember)
}

func isAppletsMember(k string) bool { return k == "base_info" || k == "principal_info" }

func (e *encoder) appletBaseInfo(v *AppletBaseInfo) {
	e.text("appid", v.AppID, maxID)
	e.text("name", v.Name, maxText)
	if len(v.ServiceContentTypes) > 0 {
		e.checkList("service_content_types", len(v.ServiceContentTypes))
		e.w.NamePlain("service_content_types")
		e.w.BeginArray()
		for i, t := range v.ServiceContentTypes {
			e.w.Int(int64(t))
			if e.check {
				e.checkCode("service_content_types", i, int(t))
			}
		}
		e.w.EndArray()
	}
	if len(v.NrlxDetails) > 0 {
		e.checkList("nrlx_details", len(v.NrlxDetails))
		e.w.NamePlain("nrlx_details")
		e.w.BeginArray()
		e.segs[e.nsegs] = pathSeg{name: "nrlx_details"}
		e.nsegs++
		for i := range v.NrlxDetails {
			e.segs[e.nsegs-1].index = i
			e.w.BeginObject()
			e.nrlxDetail(&v.NrlxDetails[i])
			e.w.EndObject()
		}
		e.nsegs--
		e.w.EndArray()
	}
	e.text("comment", v.Comment, maxText)
	e.text("record_number", v.RecordNumber, maxID)
	e.extra(v.Extra, isAppletBaseInfoMember)
}

func isAppletBaseInfoMember(k string) bool {
	switch k {
	case "appid", "name", "service_content_types", "nrlx_details", "comment", "record_number":
		return true
	}
	return false
}

func (e *encoder) nrlxDetail(v *NrlxDetail) {
	e.code("type", int(v.Type), false)
	e.text("code", v.Code, maxID)
	e.text("media", v.Media, maxID)
	e.extra(v.Extra, isNrlxDetailMember)
}

func isNrlxDetailMember(k string) bool { return k == "type" || k == "code" || k == "media" }

func (e *encoder) materials(v *Materials) {
	for i, l := range v.lists() {
		e.mediaIDs(materialMembers[i], *l)
	}
	e.extra(v.Extra, isMaterialsMember)
}

func isMaterialsMember(k string) bool { return materialIndex(k) >= 0 }

// mediaIDs writes a list of media ids unless it is empty; its items are
// written even when blank.
func (e *encoder) mediaIDs(name string, ids []string) {
	if len(ids) == 0 {
		return
	}
	e.checkList(name, len(ids))
	e.w.NamePlain(name)
	e.w.BeginArray()
	for i, id := range ids {
		e.w.String(id)
		if e.check {
			e.checkText(name, i, id, maxID)
		}
	}
	e.w.EndArray()
}
