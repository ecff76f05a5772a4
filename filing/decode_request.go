package filing

// Decoding of the Request types, one function per object. Each reads
// the members it models by WeChat's exact name and keeps any other in
// the object's Extra. A member given twice replaces the earlier one; null
// empties a member. Errors are recorded in the reader, which names the
// member's path; the loops end on the first.

import (
	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/internal/jsonwire"
)

// decoder reads the Request types: a reader, and the strings of the
// object being read, allocated together when it ends.
type decoder struct {
	r jsonwire.Reader
	s jsonwire.Strings
}

func (d *decoder) request(v *Request) {
	r := &d.r
	if !r.Object() {
		return
	}
	for r.Member() {
		switch string(r.Name()) {
		case "icp_subject":
			v.ICPSubject = Subject{}
			d.subject(&v.ICPSubject)
		case "icp_applets":
			v.ICPApplets = Applets{}
			d.applets(&v.ICPApplets)
		case "icp_materials":
			v.ICPMaterials = Materials{}
			d.materials(&v.ICPMaterials)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
}

func (d *decoder) subject(v *Subject) {
	r := &d.r
	if !r.Object() {
		return
	}
	for r.Member() {
		switch string(r.Name()) {
		case "base_info":
			v.BaseInfo = SubjectBaseInfo{}
			d.subjectBaseInfo(&v.BaseInfo)
		case "personal_info":
			v.PersonalInfo = nil
			if r.Peek() == jsonwire.Object {
				v.PersonalInfo = new(PersonalInfo)
			}
			d.personalInfo(v.PersonalInfo)
		case "organize_info":
			v.OrganizeInfo = OrganizeInfo{}
			d.organizeInfo(&v.OrganizeInfo)
		case "principal_info":
			v.PrincipalInfo = PrincipalInfo{}
			d.principalInfo(&v.PrincipalInfo)
		case "legal_person_info":
			v.LegalPersonInfo = nil
			if r.Peek() == jsonwire.Object {
				v.LegalPersonInfo = new(LegalPersonInfo)
			}
			d.legalPersonInfo(v.LegalPersonInfo)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
}

func (d *decoder) subjectBaseInfo(v *SubjectBaseInfo) {
	r := &d.r
	if !r.Object() {
		return
	}
	m := d.s.Mark()
	for r.Member() {
		switch string(r.Name()) {
		case "type":
			v.Type = document.SubjectType(readCode(r))
		case "name":
			d.s.Read(r, &v.Name, maxText)
		case "province":
			d.s.Read(r, &v.Province, maxID)
		case "city":
			d.s.Read(r, &v.City, maxID)
		case "district":
			d.s.Read(r, &v.District, maxID)
		case "address":
			d.s.Read(r, &v.Address, maxText)
		case "comment":
			d.s.Read(r, &v.Comment, maxText)
		case "record_number":
			d.s.Read(r, &v.RecordNumber, maxID)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
	d.s.Commit(m)
}

// personalInfo reads into v, which is nil exactly when the value is not an
// object (null, or a type error for the reader to report).
func (d *decoder) personalInfo(v *PersonalInfo) {
	r := &d.r
	if !r.Object() {
		return
	}
	m := d.s.Mark()
	for r.Member() {
		switch string(r.Name()) {
		case "residence_permit":
			d.s.Read(r, &v.ResidencePermit, maxID)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
	d.s.Commit(m)
}

func (d *decoder) organizeInfo(v *OrganizeInfo) {
	r := &d.r
	if !r.Object() {
		return
	}
	m := d.s.Mark()
	for r.Member() {
		switch string(r.Name()) {
		case "certificate_type":
			v.CertificateType = document.CertificateType(readCode(r))
		case "certificate_number":
			d.s.Read(r, &v.CertificateNumber, maxID)
		case "certificate_address":
			d.s.Read(r, &v.CertificateAddress, maxText)
		case "certificate_photo":
			d.s.Read(r, &v.CertificatePhoto, maxID)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
	d.s.Commit(m)
}

func (d *decoder) principalInfo(v *PrincipalInfo) {
	r := &d.r
	if !r.Object() {
		return
	}
	m := d.s.Mark()
	for r.Member() {
		switch string(r.Name()) {
		case "name":
			d.s.Read(r, &v.Name, maxText)
		case "mobile":
			d.s.Read(r, &v.Mobile, maxID)
		case "email":
			d.s.Read(r, &v.Email, maxID)
		case "emergency_contact":
			d.s.Read(r, &v.EmergencyContact, maxID)
		case "certificate_type":
			v.CertificateType = document.CertificateType(readCode(r))
		case "certificate_number":
			d.s.Read(r, &v.CertificateNumber, maxID)
		case "certificate_validity_date_start":
			d.s.Read(r, &v.CertificateValidityDateStart, maxID)
		case "certificate_validity_date_end":
			d.s.Read(r, &v.CertificateValidityDateEnd, maxID)
		case "certificate_photo_front":
			d.s.Read(r, &v.CertificatePhotoFront, maxID)
		case "certificate_photo_back":
			d.s.Read(r, &v.CertificatePhotoBack, maxID)
		case "authorization_letter":
			d.s.Read(r, &v.AuthorizationLetter, maxID)
		case "verify_task_id":
			d.s.Read(r, &v.VerifyTaskID, maxID)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
	d.s.Commit(m)
}

// legalPersonInfo reads into v, nil exactly when the value is not an
// object.
func (d *decoder) legalPersonInfo(v *LegalPersonInfo) {
	r := &d.r
	if !r.Object() {
		return
	}
	m := d.s.Mark()
	for r.Member() {
		switch string(r.Name()) {
		case "name":
			d.s.Read(r, &v.Name, maxText)
		case "certificate_number":
			d.s.Read(r, &v.CertificateNumber, maxID)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
	d.s.Commit(m)
}

func (d *decoder) applets(v *Applets) {
	r := &d.r
	if !r.Object() {
		return
	}
	for r.Member() {
		switch string(r.Name()) {
		case "base_info":
			v.BaseInfo = AppletBaseInfo{}
			d.appletBaseInfo(&v.BaseInfo)
		case "principal_info":
			v.PrincipalInfo = PrincipalInfo{}
			d.principalInfo(&v.PrincipalInfo)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
}

func (d *decoder) appletBaseInfo(v *AppletBaseInfo) {
	r := &d.r
	if !r.Object() {
		return
	}
	m := d.s.Mark()
	for r.Member() {
		switch string(r.Name()) {
		case "appid":
			d.s.Read(r, &v.AppID, maxID)
		case "name":
			d.s.Read(r, &v.Name, maxText)
		case "service_content_types":
			v.ServiceContentTypes = nil
			if r.Array() {
				for r.Elem() {
					if v.ServiceContentTypes == nil {
						v.ServiceContentTypes = make([]ServiceContentType, 0, 5) // WeChat's most
					}
					if len(v.ServiceContentTypes) == maxList {
						r.TooMany(maxList)
						break
					}
					v.ServiceContentTypes = append(v.ServiceContentTypes, ServiceContentType(readCode(r)))
				}
			}
		case "nrlx_details":
			v.NrlxDetails = nil
			if r.Array() {
				for r.Elem() {
					if len(v.NrlxDetails) == maxList {
						r.TooMany(maxList)
						break
					}
					// Decoded in place: its strings are committed before
					// the next append can move it.
					v.NrlxDetails = append(v.NrlxDetails, NrlxDetail{})
					d.nrlxDetail(&v.NrlxDetails[len(v.NrlxDetails)-1])
				}
			}
		case "comment":
			d.s.Read(r, &v.Comment, maxText)
		case "record_number":
			d.s.Read(r, &v.RecordNumber, maxID)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
	d.s.Commit(m)
}

func (d *decoder) nrlxDetail(v *NrlxDetail) {
	r := &d.r
	if !r.Object() {
		return
	}
	m := d.s.Mark()
	for r.Member() {
		switch string(r.Name()) {
		case "type":
			v.Type = NrlxType(readCode(r))
		case "code":
			d.s.Read(r, &v.Code, maxID)
		case "media":
			d.s.Read(r, &v.Media, maxID)
		default:
			v.Extra = keepExtra(r, v.Extra)
		}
	}
	d.s.Commit(m)
}

func (d *decoder) materials(v *Materials) {
	r := &d.r
	if !r.Object() {
		return
	}
	lists := v.lists()
	for r.Member() {
		if i := materialIndex(r.Name()); i >= 0 {
			*lists[i] = d.s.List(r, maxList, maxID)
		} else {
			v.Extra = keepExtra(r, v.Extra)
		}
	}
}

// readCode reads one of WeChat's numeric codes.
func readCode(r *jsonwire.Reader) int {
	return int(r.Int(codeMin, codeMax))
}

// keepExtra reads the current member's value into x, made when needed.
func keepExtra(r *jsonwire.Reader, x Extra) Extra {
	name := string(r.Name())
	raw := r.Raw(maxExtraDepth)
	if raw == nil {
		return x
	}
	if x == nil {
		x = Extra{}
	}
	x[name] = raw
	return x
}
