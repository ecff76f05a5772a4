package filing

// Personal data in printed forms. Every type that can hold it masks it in
// fmt (Format serves %v, %+v, %#v and %s), in log/slog and, where JSON is
// not its wire or storage form, in JSON, through internal/mask: names
// through mask.Name, addresses through mask.Address, identifiers, phones
// and e-mails through mask.ID, free text (remarks, comments, rejection
// reasons, notes) through mask.Text, and Extra values, which may hold
// anything, not at all.
//
//   - The objects of a Request hold the data; the leaves mask it in Format,
//     so every struct around them (Request, Subject, Applets, Snapshot,
//     Poll, a slice of them) prints masked, and every object marshalled on
//     its own writes masked JSON, which is what slog's JSON handler shows.
//   - Request (WeChat's apply_icp_filing body) and Snapshot and Application
//     (the storage form) write complete JSON, so their LogValue logs a few
//     fields instead.
//   - Rejection, Transition and Change mask their free text in Format and
//     JSON.

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"time"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/internal/mask"
	"github.com/beian-go/beian/internal/xerr"
	"github.com/beian-go/beian/workday"
)

// Method-free twins of the types that print themselves, so that printing
// them reaches fmt's and encoding/json's default behaviour.
type (
	plainSubjectBaseInfo SubjectBaseInfo
	plainOrganizeInfo    OrganizeInfo
	plainPrincipalInfo   PrincipalInfo
	plainLegalPersonInfo LegalPersonInfo
	plainAppletBaseInfo  AppletBaseInfo
	plainRejection       Rejection
	plainTransition      Transition
	plainApplication     Snapshot
	plainChange          struct {
		plainTransition
		Todo Todo      `json:"todo"`
		Due  time.Time `json:"due"`
	}
)

// formatPlain prints v, a method-free twin of the type called name, with
// the verb's flags; %#v shows the public type name.
func formatPlain(f fmt.State, verb rune, name string, v any) {
	switch {
	case verb == 'v' && f.Flag('#'):
		s := fmt.Sprintf("%#v", v)
		s = strings.Replace(s, "filing.plain"+name, "filing."+name, 1)
		io.WriteString(f, s)
	case verb == 'v' && f.Flag('+'):
		fmt.Fprintf(f, "%+v", v)
	default:
		fmt.Fprintf(f, "%v", v)
	}
}

func (x Extra) Format(f fmt.State, _ rune) {
	keys := make([]string, 0, len(x))
	for k := range x {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	io.WriteString(f, "map[")
	for i, k := range keys {
		if i > 0 {
			io.WriteString(f, " ")
		}
		io.WriteString(f, xerr.Quote(k))
		io.WriteString(f, ":…")
	}
	io.WriteString(f, "]")
}

// MarshalJSON writes the keys of x, every value as "…" (a Request writes
// its objects' Extra complete).
func (x Extra) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]json.RawMessage(x.masked()))
}

// hidden is what a masked Extra holds for each value.
var hidden = json.RawMessage(`"…"`)

// masked returns a copy of x with every value hidden.
func (x Extra) masked() Extra {
	if x == nil {
		return nil
	}
	out := make(Extra, len(x))
	for k := range x {
		out[k] = hidden
	}
	return out
}

// The masked copies of the objects of a Request, which their Format and
// their MarshalJSON (but not the Request's) print.

func (v Subject) masked() Subject {
	v.BaseInfo = v.BaseInfo.masked()
	if v.PersonalInfo != nil {
		p := v.PersonalInfo.masked()
		v.PersonalInfo = &p
	}
	v.OrganizeInfo = v.OrganizeInfo.masked()
	v.PrincipalInfo = v.PrincipalInfo.masked()
	if v.LegalPersonInfo != nil {
		l := v.LegalPersonInfo.masked()
		v.LegalPersonInfo = &l
	}
	v.Extra = v.Extra.masked()
	return v
}

func (v SubjectBaseInfo) masked() SubjectBaseInfo {
	v.Name = mask.Name(v.Name) // the person's name for an individual subject
	v.Address = mask.Address(v.Address)
	v.Comment = mask.Text(v.Comment)
	v.Extra = v.Extra.masked()
	return v
}

func (v PersonalInfo) masked() PersonalInfo {
	v.Extra = v.Extra.masked()
	return v
}

func (v OrganizeInfo) masked() OrganizeInfo {
	v.CertificateNumber = mask.ID(v.CertificateNumber)
	v.CertificateAddress = mask.Address(v.CertificateAddress)
	v.Extra = v.Extra.masked()
	return v
}

func (v PrincipalInfo) masked() PrincipalInfo {
	v.Name = mask.Name(v.Name)
	v.Mobile = mask.ID(v.Mobile)
	v.Email = mask.ID(v.Email)
	v.EmergencyContact = mask.ID(v.EmergencyContact)
	v.CertificateNumber = mask.ID(v.CertificateNumber)
	v.Extra = v.Extra.masked()
	return v
}

func (v LegalPersonInfo) masked() LegalPersonInfo {
	v.Name = mask.Name(v.Name)
	v.CertificateNumber = mask.ID(v.CertificateNumber)
	v.Extra = v.Extra.masked()
	return v
}

func (v Applets) masked() Applets {
	v.BaseInfo = v.BaseInfo.masked()
	v.PrincipalInfo = v.PrincipalInfo.masked()
	v.Extra = v.Extra.masked()
	return v
}

func (v AppletBaseInfo) masked() AppletBaseInfo {
	v.Comment = mask.Text(v.Comment)
	if v.NrlxDetails != nil {
		ds := make([]NrlxDetail, len(v.NrlxDetails))
		for i, d := range v.NrlxDetails {
			ds[i] = d.masked()
		}
		v.NrlxDetails = ds
	}
	v.Extra = v.Extra.masked()
	return v
}

func (v NrlxDetail) masked() NrlxDetail {
	v.Extra = v.Extra.masked()
	return v
}

func (v Materials) masked() Materials {
	v.Extra = v.Extra.masked()
	return v
}

func (v SubjectBaseInfo) Format(f fmt.State, verb rune) {
	formatPlain(f, verb, "SubjectBaseInfo", plainSubjectBaseInfo(v.masked()))
}

func (v OrganizeInfo) Format(f fmt.State, verb rune) {
	formatPlain(f, verb, "OrganizeInfo", plainOrganizeInfo(v.masked()))
}

func (v PrincipalInfo) Format(f fmt.State, verb rune) {
	formatPlain(f, verb, "PrincipalInfo", plainPrincipalInfo(v.masked()))
}

func (v LegalPersonInfo) Format(f fmt.State, verb rune) {
	formatPlain(f, verb, "LegalPersonInfo", plainLegalPersonInfo(v.masked()))
}

func (v AppletBaseInfo) Format(f fmt.State, verb rune) {
	formatPlain(f, verb, "AppletBaseInfo", plainAppletBaseInfo(v.masked()))
}

// LogValue logs the subject's type and province, the appid and the service
// content types: nothing personal.
func (r Request) LogValue() slog.Value {
	types := make([]int, len(r.ICPApplets.BaseInfo.ServiceContentTypes))
	for i, t := range r.ICPApplets.BaseInfo.ServiceContentTypes {
		types[i] = int(t)
	}
	return slog.GroupValue(
		slog.Int("subject_type", int(r.ICPSubject.BaseInfo.Type)),
		slog.String("province", r.ICPSubject.BaseInfo.Province),
		slog.String("appid", r.ICPApplets.BaseInfo.AppID),
		slog.Any("service_content_types", types),
	)
}

func (r Rejection) masked() Rejection {
	r.Field = mask.Text(r.Field)
	r.Reason = mask.Text(r.Reason)
	r.Suggestion = mask.Text(r.Suggestion)
	return r
}

func (r Rejection) Format(f fmt.State, verb rune) {
	formatPlain(f, verb, "Rejection", plainRejection(r.masked()))
}

// MarshalJSON writes the audit_data item with its text masked.
func (r Rejection) MarshalJSON() ([]byte, error) { return json.Marshal(plainRejection(r.masked())) }

func (t Transition) Format(f fmt.State, verb rune) {
	t.Reason = mask.Text(t.Reason)
	formatPlain(f, verb, "Transition", plainTransition(t))
}

// MarshalJSON writes t with the reason masked (a Snapshot's is complete).
func (t Transition) MarshalJSON() ([]byte, error) {
	t.Reason = mask.Text(t.Reason)
	return json.Marshal(plainTransition(t))
}

func (c Change) plain() plainChange {
	c.Reason = mask.Text(c.Reason)
	return plainChange{plainTransition(c.Transition), c.Todo, c.Due}
}

func (c Change) Format(f fmt.State, verb rune) { formatPlain(f, verb, "Change", c.plain()) }

// MarshalJSON writes c with the reason masked.
func (c Change) MarshalJSON() ([]byte, error) { return json.Marshal(c.plain()) }

// Format prints the record's Snapshot, personal data masked.
func (a *Application) Format(f fmt.State, verb rune) {
	formatPlain(f, verb, "Application", plainApplication(a.view()))
}

// LogValue logs what an operator needs: id, appid, stage, attempt,
// version and, when a clock runs, "due", its deadline (see Timing; workdays
// of workday.China()).
func (a *Application) LogValue() slog.Value {
	s := a.view() // the deadline is worked out without the mutex
	return s.LogValue()
}

// LogValue is Application.LogValue for the record s holds.
func (s Snapshot) LogValue() slog.Value {
	attrs := make([]slog.Attr, 5, 6)
	attrs[0] = slog.String("id", s.Identity.ID)
	attrs[1] = slog.String("appid", s.Identity.AppID)
	attrs[2] = slog.String("stage", s.Stage.String())
	attrs[3] = slog.Int("attempt", s.Attempt)
	attrs[4] = slog.Int64("version", s.Version)
	if c, started := s.clock(); c != "" {
		if w, err := deadline.WindowOf(workday.China(), c, started); err == nil {
			attrs = append(attrs, slog.Time("due", w.Deadline))
		}
	}
	return slog.GroupValue(attrs...)
}
