package filing

import (
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strconv"
	"strings"

	"github.com/beian-go/beian/document"
)

// Printing and logging of the Request types. fmt verbs (%v, %+v, %#v, %s)
// and slog show ID numbers, phone numbers and e-mail addresses only through
// document.Mask; JSON is the one complete form. The types holding such data
// (PrincipalInfo, LegalPersonInfo, OrganizeInfo) mask themselves, so any
// struct that contains them prints safely; Extra prints only its keys,
// since unknown members may hold anything.

// Method-free twins of the types that print themselves, so that printing
// them reaches fmt's default behaviour.
type (
	plainRequest         Request
	plainOrganizeInfo    OrganizeInfo
	plainPrincipalInfo   PrincipalInfo
	plainLegalPersonInfo LegalPersonInfo
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

// Format prints the keys of x, never the values: map[key:… …].
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
		io.WriteString(f, strconv.Quote(k))
		io.WriteString(f, ":…")
	}
	io.WriteString(f, "]")
}

func (p PrincipalInfo) masked() PrincipalInfo {
	p.Mobile = document.Mask(p.Mobile)
	p.Email = document.Mask(p.Email)
	p.EmergencyContact = document.Mask(p.EmergencyContact)
	p.CertificateNumber = document.Mask(p.CertificateNumber)
	return p
}

// Format implements fmt.Formatter with the mobile, e-mail, emergency
// contact and certificate number masked.
func (p PrincipalInfo) Format(f fmt.State, verb rune) {
	formatPlain(f, verb, "PrincipalInfo", plainPrincipalInfo(p.masked()))
}

// String returns the %v form, with personal data masked.
func (p PrincipalInfo) String() string { return fmt.Sprint(p) }

// GoString returns the %#v form, with personal data masked.
func (p PrincipalInfo) GoString() string { return fmt.Sprintf("%#v", p) }

// LogValue implements slog.LogValuer with personal data masked.
func (p PrincipalInfo) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", p.Name),
		slog.String("mobile", document.Mask(p.Mobile)),
		slog.String("email", document.Mask(p.Email)),
		slog.String("emergency_contact", document.Mask(p.EmergencyContact)),
		slog.Int("certificate_type", int(p.CertificateType)),
		slog.String("certificate_number", document.Mask(p.CertificateNumber)),
		slog.String("certificate_validity_date_end", p.CertificateValidityDateEnd),
		slog.String("verify_task_id", p.VerifyTaskID),
	)
}

// Format implements fmt.Formatter with the certificate number masked.
func (l LegalPersonInfo) Format(f fmt.State, verb rune) {
	l.CertificateNumber = document.Mask(l.CertificateNumber)
	formatPlain(f, verb, "LegalPersonInfo", plainLegalPersonInfo(l))
}

// String returns the %v form, with the certificate number masked.
func (l LegalPersonInfo) String() string { return fmt.Sprint(l) }

// GoString returns the %#v form, with the certificate number masked.
func (l LegalPersonInfo) GoString() string { return fmt.Sprintf("%#v", l) }

// LogValue implements slog.LogValuer with the certificate number masked.
func (l LegalPersonInfo) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", l.Name),
		slog.String("certificate_number", document.Mask(l.CertificateNumber)),
	)
}

// Format implements fmt.Formatter with the certificate number masked (for
// an individual subject it is an ID number).
func (o OrganizeInfo) Format(f fmt.State, verb rune) {
	o.CertificateNumber = document.Mask(o.CertificateNumber)
	formatPlain(f, verb, "OrganizeInfo", plainOrganizeInfo(o))
}

// String returns the %v form, with the certificate number masked.
func (o OrganizeInfo) String() string { return fmt.Sprint(o) }

// GoString returns the %#v form, with the certificate number masked.
func (o OrganizeInfo) GoString() string { return fmt.Sprintf("%#v", o) }

// Format implements fmt.Formatter: the request with ID numbers, phone
// numbers and e-mail addresses masked.
func (r Request) Format(f fmt.State, verb rune) {
	formatPlain(f, verb, "Request", plainRequest(r))
}

// String returns the %v form, with personal data masked.
func (r Request) String() string { return fmt.Sprint(r) }

// GoString returns the %#v form, with personal data masked.
func (r Request) GoString() string { return fmt.Sprintf("%#v", r) }

// LogValue implements slog.LogValuer: the fields that identify a filing,
// with personal data masked. Media ids and materials are left out.
func (r Request) LogValue() slog.Value {
	s := &r.ICPSubject
	subject := []slog.Attr{
		slog.Int("type", int(s.BaseInfo.Type)),
		slog.String("name", s.BaseInfo.Name),
		slog.String("province", s.BaseInfo.Province),
		slog.String("city", s.BaseInfo.City),
		slog.String("district", s.BaseInfo.District),
		slog.Int("certificate_type", int(s.OrganizeInfo.CertificateType)),
		slog.String("certificate_number", document.Mask(s.OrganizeInfo.CertificateNumber)),
		slog.Any("principal_info", s.PrincipalInfo),
	}
	if s.LegalPersonInfo != nil {
		subject = append(subject, slog.Any("legal_person_info", *s.LegalPersonInfo))
	}
	types := make([]int, len(r.ICPApplets.BaseInfo.ServiceContentTypes))
	for i, t := range r.ICPApplets.BaseInfo.ServiceContentTypes {
		types[i] = int(t)
	}
	return slog.GroupValue(
		slog.Attr{Key: "icp_subject", Value: slog.GroupValue(subject...)},
		slog.Group("icp_applets",
			slog.String("appid", r.ICPApplets.BaseInfo.AppID),
			slog.String("name", r.ICPApplets.BaseInfo.Name),
			slog.Any("service_content_types", types),
			slog.Any("principal_info", r.ICPApplets.PrincipalInfo),
		),
	)
}
