package filing

// JSON encoding of the Request types: every object keeps the members it
// does not model in its Extra (see jsonobject.go). Each type has a plain
// twin without methods, used to reach encoding/json's default behaviour.

import "encoding/json"

type (
	plainRequest         Request
	plainSubject         Subject
	plainSubjectBaseInfo SubjectBaseInfo
	plainPersonalInfo    PersonalInfo
	plainOrganizeInfo    OrganizeInfo
	plainPrincipalInfo   PrincipalInfo
	plainLegalPersonInfo LegalPersonInfo
	plainApplets         Applets
	plainAppletBaseInfo  AppletBaseInfo
	plainNrlxDetail      NrlxDetail
	plainMaterials       Materials
)

var (
	keysRequest         = jsonKeys(plainRequest{})
	keysSubject         = jsonKeys(plainSubject{})
	keysSubjectBaseInfo = jsonKeys(plainSubjectBaseInfo{})
	keysPersonalInfo    = jsonKeys(plainPersonalInfo{})
	keysOrganizeInfo    = jsonKeys(plainOrganizeInfo{})
	keysPrincipalInfo   = jsonKeys(plainPrincipalInfo{})
	keysLegalPersonInfo = jsonKeys(plainLegalPersonInfo{})
	keysApplets         = jsonKeys(plainApplets{})
	keysAppletBaseInfo  = jsonKeys(plainAppletBaseInfo{})
	keysNrlxDetail      = jsonKeys(plainNrlxDetail{})
	keysMaterials       = jsonKeys(plainMaterials{})
)

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v Request) MarshalJSON() ([]byte, error) {
	return encodeObject(plainRequest(v), v.Extra, keysRequest)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *Request) UnmarshalJSON(data []byte) error {
	var p plainRequest
	extra, err := decodeObject(data, &p, keysRequest)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = Request(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v Subject) MarshalJSON() ([]byte, error) {
	return encodeObject(plainSubject(v), v.Extra, keysSubject)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *Subject) UnmarshalJSON(data []byte) error {
	var p plainSubject
	extra, err := decodeObject(data, &p, keysSubject)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = Subject(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v SubjectBaseInfo) MarshalJSON() ([]byte, error) {
	return encodeObject(plainSubjectBaseInfo(v), v.Extra, keysSubjectBaseInfo)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *SubjectBaseInfo) UnmarshalJSON(data []byte) error {
	var p plainSubjectBaseInfo
	extra, err := decodeObject(data, &p, keysSubjectBaseInfo)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = SubjectBaseInfo(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v PersonalInfo) MarshalJSON() ([]byte, error) {
	return encodeObject(plainPersonalInfo(v), v.Extra, keysPersonalInfo)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *PersonalInfo) UnmarshalJSON(data []byte) error {
	var p plainPersonalInfo
	extra, err := decodeObject(data, &p, keysPersonalInfo)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = PersonalInfo(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v OrganizeInfo) MarshalJSON() ([]byte, error) {
	return encodeObject(plainOrganizeInfo(v), v.Extra, keysOrganizeInfo)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *OrganizeInfo) UnmarshalJSON(data []byte) error {
	var p plainOrganizeInfo
	extra, err := decodeObject(data, &p, keysOrganizeInfo)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = OrganizeInfo(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v PrincipalInfo) MarshalJSON() ([]byte, error) {
	return encodeObject(plainPrincipalInfo(v), v.Extra, keysPrincipalInfo)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *PrincipalInfo) UnmarshalJSON(data []byte) error {
	var p plainPrincipalInfo
	extra, err := decodeObject(data, &p, keysPrincipalInfo)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = PrincipalInfo(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v LegalPersonInfo) MarshalJSON() ([]byte, error) {
	return encodeObject(plainLegalPersonInfo(v), v.Extra, keysLegalPersonInfo)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *LegalPersonInfo) UnmarshalJSON(data []byte) error {
	var p plainLegalPersonInfo
	extra, err := decodeObject(data, &p, keysLegalPersonInfo)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = LegalPersonInfo(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v Applets) MarshalJSON() ([]byte, error) {
	return encodeObject(plainApplets(v), v.Extra, keysApplets)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *Applets) UnmarshalJSON(data []byte) error {
	var p plainApplets
	extra, err := decodeObject(data, &p, keysApplets)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = Applets(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v AppletBaseInfo) MarshalJSON() ([]byte, error) {
	return encodeObject(plainAppletBaseInfo(v), v.Extra, keysAppletBaseInfo)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *AppletBaseInfo) UnmarshalJSON(data []byte) error {
	var p plainAppletBaseInfo
	extra, err := decodeObject(data, &p, keysAppletBaseInfo)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = AppletBaseInfo(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v NrlxDetail) MarshalJSON() ([]byte, error) {
	return encodeObject(plainNrlxDetail(v), v.Extra, keysNrlxDetail)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *NrlxDetail) UnmarshalJSON(data []byte) error {
	var p plainNrlxDetail
	extra, err := decodeObject(data, &p, keysNrlxDetail)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = NrlxDetail(p)
	return nil
}

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v Materials) MarshalJSON() ([]byte, error) {
	return encodeObject(plainMaterials(v), v.Extra, keysMaterials)
}

// UnmarshalJSON reads the object; members not modelled go to Extra.
func (v *Materials) UnmarshalJSON(data []byte) error {
	var p plainMaterials
	extra, err := decodeObject(data, &p, keysMaterials)
	if err != nil {
		return err
	}
	p.Extra = extra
	*v = Materials(p)
	return nil
}

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
