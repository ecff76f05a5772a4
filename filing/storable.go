package filing

import (
	"unicode/utf8"
)

// checkRequest refuses a request that cannot be stored and read back as
// it is (Request.Encodable): a hand-built one can hold an Extra value that
// is not JSON, or text that is not UTF-8. Encodable writes the whole JSON
// to find out; most requests pass plainlyStorable first, a quick walk that
// never accepts what Encodable refuses.
func checkRequest(r *Request) error {
	if plainlyStorable(r) {
		return nil
	}
	return r.Encodable()
}

// plainlyStorable reports whether r is certainly Encodable, by rules
// stricter than Encodable's: no Extra at all, every text valid UTF-8 and
// within the smallest text limit (maxID), every list within maxList,
// every code within 32 bits, and even with every byte of text escaped in
// six, JSON far within maxPayload. A false answer means only "ask
// Encodable".
func plainlyStorable(r *Request) bool {
	var w storableWalk
	w.request(r)
	// Member names, punctuation and codes take at most a few kilobytes,
	// besides each list item's quotes, commas and members.
	return w.ok && 6*w.text+4096+64*w.items <= maxPayload
}

// storableWalk visits the members of a Request.
type storableWalk struct {
	ok          bool
	text, items int
}

func (w *storableWalk) str(ss ...string) {
	for _, s := range ss {
		if len(s) > maxID || !utf8.ValidString(s) {
			w.ok = false
		}
		w.text += len(s)
	}
}

func (w *storableWalk) code(n int) {
	if int64(n) < codeMin || int64(n) > codeMax {
		w.ok = false
	}
}

func (w *storableWalk) extra(x Extra) {
	if len(x) > 0 {
		w.ok = false
	}
}

func (w *storableWalk) list(n int) {
	if n > maxList {
		w.ok = false
	}
	w.items += n
}

func (w *storableWalk) request(r *Request) {
	w.ok = true
	s, a, m := &r.ICPSubject, &r.ICPApplets, &r.ICPMaterials
	w.extra(r.Extra)
	w.extra(s.Extra)
	b := &s.BaseInfo
	w.code(int(b.Type))
	w.str(b.Name, b.Province, b.City, b.District, b.Address, b.Comment, b.RecordNumber)
	w.extra(b.Extra)
	if p := s.PersonalInfo; p != nil {
		w.str(p.ResidencePermit)
		w.extra(p.Extra)
	}
	o := &s.OrganizeInfo
	w.code(int(o.CertificateType))
	w.str(o.CertificateNumber, o.CertificateAddress, o.CertificatePhoto)
	w.extra(o.Extra)
	w.principal(&s.PrincipalInfo)
	if l := s.LegalPersonInfo; l != nil {
		w.str(l.Name, l.CertificateNumber)
		w.extra(l.Extra)
	}
	w.extra(a.Extra)
	ab := &a.BaseInfo
	w.str(ab.AppID, ab.Name, ab.Comment, ab.RecordNumber)
	w.extra(ab.Extra)
	w.list(len(ab.ServiceContentTypes))
	for _, t := range ab.ServiceContentTypes {
		w.code(int(t))
	}
	w.list(len(ab.NrlxDetails))
	for i := range ab.NrlxDetails {
		d := &ab.NrlxDetails[i]
		w.code(int(d.Type))
		w.str(d.Code, d.Media)
		w.extra(d.Extra)
	}
	w.principal(&a.PrincipalInfo)
	w.extra(m.Extra)
	for _, l := range m.lists() {
		w.list(len(*l))
		w.str(*l...)
	}
}

func (w *storableWalk) principal(p *PrincipalInfo) {
	w.code(int(p.CertificateType))
	w.str(p.Name, p.Mobile, p.Email, p.EmergencyContact, p.CertificateNumber, p.CertificateValidityDateStart,
		p.CertificateValidityDateEnd, p.CertificatePhotoFront, p.CertificatePhotoBack, p.AuthorizationLetter, p.VerifyTaskID)
	w.extra(p.Extra)
}
