package filing

import (
	"strconv"

	"github.com/beian-go/beian/document"
)

// Material is one material of a filing, as [Request.Materials] lists it:
// its kind, the payload path it fills ("…nrlx_details[n].media" for a
// pre-approval), whether WeChat requires it, whether the request has it,
// and why, in Chinese and English. The zero Material is no material.
type Material struct {
	Kind       document.MaterialKind `json:"kind"`
	Field      string                `json:"field"`
	Required   bool                  `json:"required"`
	Present    bool                  `json:"present"`
	Why        string                `json:"why"`
	WhyEnglish string                `json:"why_english,omitempty"`
}

// Materials returns, in payload order, the materials the request needs
// and those its province is said to want, each with whether it is there (a
// blank media id is not): a checklist for a user interface.
func (r *Request) Materials(o CheckOptions) []Material {
	if r == nil {
		r = &Request{}
	}
	var c check
	c.parse(r, o)
	var out []Material
	c.eachMaterial(true, func(m Material) { out = append(out, m) })
	return out
}

// eachMaterial decides the materials of the filing (apply_icp_filing's field
// notes): for a unit its certificate photo; both principals' certificate
// photos; for a unit whose subject principal is not the legal
// representative, legal_person_info and an authorisation letter, and one
// for a mini program principal who is not; a proof of residence for an
// individual from another province; the face verification task; each
// pre-approval item's document; the name change letter of a renamed unit;
// and, as recommended only, the documents the province's rules name (the
// commitment letter in five provinces: WeChat's apply_icp_filing makes it
// optional and supplies the letter itself).
// Only with why are Why and WhyEnglish filled in.
func (c *check) eachMaterial(why bool, yield func(Material)) {
	s, a := &c.r.ICPSubject, &c.r.ICPApplets
	add := func(k document.MaterialKind, required, has bool, zh, en string) {
		m := Material{Kind: k, Field: k.Field(), Required: required, Present: has}
		if why {
			m.Why, m.WhyEnglish = zh, en
		}
		yield(m)
	}
	subjectIsLegal := c.legalKey == "" || c.legalKey == c.people[0].certKey
	legal := c.legalKey
	if legal == "" {
		legal = c.people[0].certKey
	}
	appletIsLegal := c.people[1].certKey != "" && c.people[1].certKey == legal

	if c.unit {
		add(document.MaterialSubjectCertificate, true, present(s.OrganizeInfo.CertificatePhoto),
			"非个人主体须上传主体证件", "a subject that is not an individual uploads its certificate")
	}
	add(document.MaterialSubjectPrincipalIDFront, true, present(s.PrincipalInfo.CertificatePhotoFront),
		"主体负责人证件正面（身份证为人像面）", "the subject principal's certificate, front (portrait side of an ID card)")
	add(document.MaterialSubjectPrincipalIDBack, true, present(s.PrincipalInfo.CertificatePhotoBack),
		"主体负责人证件反面（身份证为国徽面）", "the subject principal's certificate, back (emblem side of an ID card)")
	if c.unit && !subjectIsLegal {
		add(document.MaterialSubjectAuthorisation, true, present(s.PrincipalInfo.AuthorizationLetter),
			"主体负责人不是法定代表人时须上传授权书", "the subject principal is not the legal representative")
		add(document.MaterialLegalPersonInfo, true, s.LegalPersonInfo != nil && present(s.LegalPersonInfo.Name) && present(s.LegalPersonInfo.CertificateNumber),
			"主体负责人不是法定代表人时须填写法定代表人信息", "the subject principal is not the legal representative")
	}
	if c.nonLocal {
		add(document.MaterialResidencePermit, true, s.PersonalInfo != nil && present(s.PersonalInfo.ResidencePermit),
			"证件住所在外省的个人须提供居住证明", "an individual whose certificate address lies in another province proves residence")
	}
	add(document.MaterialAppletPrincipalIDFront, true, present(a.PrincipalInfo.CertificatePhotoFront),
		"小程序负责人证件正面（身份证为人像面）", "the mini program principal's certificate, front (portrait side of an ID card)")
	add(document.MaterialAppletPrincipalIDBack, true, present(a.PrincipalInfo.CertificatePhotoBack),
		"小程序负责人证件反面（身份证为国徽面）", "the mini program principal's certificate, back (emblem side of an ID card)")
	if c.unit && !appletIsLegal {
		add(document.MaterialAppletAuthorisation, true, present(a.PrincipalInfo.AuthorizationLetter),
			"小程序负责人不是法定代表人时须上传授权书", "the mini program principal is not the legal representative")
	}
	add(document.MaterialFaceVerification, true, present(a.PrincipalInfo.VerifyTaskID),
		"小程序负责人须完成人脸核验", "the mini program principal completes face verification")
	if items := a.BaseInfo.NrlxDetails; len(items) <= maxNrlx {
		for i, it := range items {
			if noneLike(it, c.cat) || it.Type <= 0 {
				continue
			}
			m := Material{Kind: document.MaterialPreApproval, Required: true, Present: present(it.Media)}
			if why {
				n := strconv.Itoa(int(it.Type))
				m.Field = indexed(pathNrlx, i) + ".media"
				m.Why, m.WhyEnglish = "前置审批项（类型"+n+"）须上传审批文件", "pre-approval item of type "+n+" needs its approval document"
			}
			yield(m)
		}
	}
	m := &c.r.ICPMaterials
	lists := m.lists()
	has := func(k document.MaterialKind) bool { return listPresent(*lists[k-document.MaterialCommitmentLetter]) }
	if c.unit && c.o.Renamed {
		add(document.MaterialBusinessNameChangeLetter, true, has(document.MaterialBusinessNameChangeLetter),
			"主体更名后须提供更名函", "a renamed subject explains the change of name")
	}
	for _, r := range c.rules.of(c.province) {
		k := extraDocument(r)
		if k == document.MaterialUnknown || !appliesTo(r.Applies, c.subject) {
			continue
		}
		var zh, en string
		if why {
			p, _ := document.ProvinceByCode(c.province)
			zh, en = p.Short+"的服务商称该省管局要求提供（建议提供；微信可能自行提供）",
				"providers say "+p.English+"'s bureau asks for it (recommended; WeChat may supply it)"
		}
		add(k, false, has(k), zh, en)
	}
}

// extraDocument returns the material an extra-document rule names, or
// MaterialUnknown for any other rule.
func extraDocument(r ProvinceRule) document.MaterialKind {
	if r.kind != ruleExtraDocument {
		return document.MaterialUnknown
	}
	if i := materialIndex(r.Value); i >= 0 {
		return document.MaterialCommitmentLetter + document.MaterialKind(i)
	}
	return document.MaterialUnknown
}

// materialRules report the required materials that are missing, the
// material lists longer than WeChat takes, and the documents the
// province's rules name (warnings).
func (c *check) materialRules() {
	c.eachMaterial(false, func(m Material) {
		switch {
		case m.Present || m.Kind == document.MaterialPreApproval || m.Kind == document.MaterialResidencePermit:
			// Present, or reported by the pre-approval and residence rules.
		case m.Required:
			c.addProblem(materialProblem(m.Field, codeMaterialsMissing, m.Kind))
		default:
			p, _ := document.ProvinceByCode(c.province)
			c.addProblem(withDetail(newProblem(m.Field, codeExtraDocument), m.Kind.Label()+"（"+p.Short+"）", m.Kind.English()+" ("+p.English+")"))
		}
	})
	lists := c.r.ICPMaterials.lists()
	for i, l := range lists {
		k := document.MaterialCommitmentLetter + document.MaterialKind(i)
		if len(*l) > k.Max() {
			c.add(k.Field(), codeMaterialsLength)
		}
	}
}
