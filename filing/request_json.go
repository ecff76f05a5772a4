package filing

// The JSON methods of the Request types: each hands its value to the
// one-pass codec of jsonobject.go, which reads and writes nested objects
// itself.

import "encoding/json"

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v Request) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *Request) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v Subject) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *Subject) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v SubjectBaseInfo) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *SubjectBaseInfo) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v PersonalInfo) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *PersonalInfo) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v OrganizeInfo) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *OrganizeInfo) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v PrincipalInfo) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *PrincipalInfo) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v LegalPersonInfo) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *LegalPersonInfo) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v Applets) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *Applets) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v AppletBaseInfo) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *AppletBaseInfo) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v NrlxDetail) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *NrlxDetail) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

// MarshalJSON writes the object with WeChat's member names, then the
// members kept in Extra.
func (v Materials) MarshalJSON() ([]byte, error) { return marshalObject(&v) }

// UnmarshalJSON reads the object, replacing v's contents; members not
// modelled go to Extra. JSON null leaves v unchanged. On error v is
// unchanged and the error is a *json.SyntaxError or a
// *json.UnmarshalTypeError naming the member's path.
func (v *Materials) UnmarshalJSON(data []byte) error { return unmarshalObject(data, v) }

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
