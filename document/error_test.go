package document_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

func TestErrorIsAndCode(t *testing.T) {
	sentinels := []error{document.ErrFormat, document.ErrLength, document.ErrChecksum, document.ErrComponent, document.ErrRange, document.ErrMissing}
	kinds := []document.Kind{document.KindFormat, document.KindLength, document.KindChecksum, document.KindComponent, document.KindRange, document.KindMissing}
	for i, k := range kinds {
		t.Run(k.String(), func(t *testing.T) {
			var err error = fmt.Errorf("wrapped: %w", &document.Error{Subject: "uscc", Kind: k, Reason: "x"})
			for j, s := range sentinels {
				assert.Equal(t, i == j, errors.Is(err, s), "%v", s)
			}
			assert.NotErrorIs(t, err, document.ErrOldResidentID)
			var de *document.Error
			require.ErrorAs(t, err, &de)
			assert.Equal(t, "uscc."+k.String(), de.Code())
		})
	}
	zero := &document.Error{}
	for _, s := range sentinels {
		assert.NotErrorIs(t, zero, s)
	}
	assert.Equal(t, "kind(99)", document.Kind(99).String())
	assert.Empty(t, document.KindUnknown.String())
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		name string
		err  *document.Error
		want string
	}{
		{"with value", &document.Error{Subject: "mobile", Kind: document.KindLength, Value: "138****5", Reason: "want 11 digits"}, `document: mobile "138****5": want 11 digits`},
		{"without value", &document.Error{Subject: "mobile", Kind: document.KindMissing, Reason: "empty"}, "document: mobile: empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.err.Error())
		})
	}
}

// Every code has a Chinese and an English message, neither of which has a
// placeholder or repeats the code; Message knows no other code.
func TestCodesHaveMessages(t *testing.T) {
	codes := document.Codes()
	require.NotEmpty(t, codes)
	for _, c := range codes {
		zh, en, ok := document.Message(c)
		require.True(t, ok, c)
		assert.NotEmpty(t, zh, c)
		assert.NotEmpty(t, en, c)
		assert.NotContains(t, zh+en, "%", c)
		assert.NotContains(t, en, c, "message repeats the code")
	}
	_, _, ok := document.Message("uscc.nonsense")
	assert.False(t, ok)
	codes[0] = "changed"
	assert.NotEqual(t, "changed", document.Codes()[0], "Codes returns a copy")
}

// personalData is personal data in every notation people type it in:
// full-width digits, separators of every kind, +86, spaces, text around.
// Each value's digits (or an e-mail's local part) must never appear in an
// error, whatever function it was given to (PIPL).
var personalData = []struct{ name, value, secret string }{
	{"resident ID", "11010519491231002X", "11010519491231002"},
	{"resident ID, lower-case x", "11010519491231002x", "11010519491231002"},
	{"resident ID, full-width", "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002"},
	{"resident ID with spaces", "110105 19491231 002X", "11010519491231002"},
	{"old resident ID", "110105491231002", "110105491231002"},
	{"credit code", "91440300708461136T", "91440300708461136"},
	{"mobile", "13812345678", "13812345678"},
	{"mobile with hyphens", "138-1234-5678", "13812345678"},
	{"mobile with spaces", "138 1234 5678", "13812345678"},
	{"mobile with slashes and dots", "138/1234.5678", "13812345678"},
	{"mobile in brackets", "(138)12345678", "13812345678"},
	{"mobile with country code", "+8613812345678", "13812345678"},
	{"mobile with +86 and a space", "+86 138 1234 5678", "13812345678"},
	{"mobile, full-width", "１３８１２３４５６７８", "13812345678"},
	{"mobile, full-width separators", "１３８－１２３４．５６７８", "13812345678"},
	{"landline", "(0755)8765-4321", "07558765432"},
	{"e-mail", "zhang.san@example.com", "zhang.san"},
	{"e-mail with a phone number", "a@13812345678.com", "13812345678"},
	{"e-mail, full-width at", "zhang.san＠example.com", "zhang.san"},
	{"ID with text around", "身份证11010519491231002X号", "11010519491231002"},
	{"filing number with a phone", "粤ICP备13812345678号", "13812345678"},
	{"filing number, full-width", "粤ICP备１３８１２３４５６７８号", "13812345678"},
	{"filing number with separators", "粤ICP备138/1234.(5678)号", "13812345678"},
	{"name", "张三丰", "张三丰"},
	{"name in Latin letters", "Zhang Sanfeng", "Sanfeng"},
	{"address", "广东省深圳市南山区科技南路18号", "科技南路"},
}

// leaks reports whether text shows seven or more consecutive digits of
// secret, an e-mail's local part, or a name or an address (a secret
// without digits) in full, reading full-width digits as ASCII and dropping
// a single separator between two digits, as people write numbers
// ("138-1234-5678", "138 1234 5678").
func leaks(text, secret string) bool {
	if strings.Contains(secret, ".") { // an e-mail's local part
		return strings.Contains(text, secret+"@")
	}
	if !strings.ContainsAny(secret, "0123456789") { // a name or an address
		return strings.Contains(text, secret)
	}
	rs := []rune(text)
	digit := func(i int) bool {
		return i >= 0 && i < len(rs) && (rs[i] >= '0' && rs[i] <= '9' || rs[i] >= '０' && rs[i] <= '９')
	}
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune(r - '０' + '0')
		case strings.ContainsRune(" -/.()\u3000－．／（）", r) && digit(i-1) && digit(i+1):
		default:
			b.WriteRune(r)
		}
	}
	norm := b.String()
	for i := 0; i+7 <= len(secret); i++ {
		if strings.Contains(norm, secret[i:i+7]) {
			return true
		}
	}
	return false
}

// Every function of the package that quotes its input in an error is fed
// every kind of personal data in every notation; no error shows it.
func TestErrorsNeverEchoPersonalData(t *testing.T) {
	var (
		u  document.USCC
		r  document.ResidentID
		fn document.FilingNumber
		k  document.Kind
		fk document.FilingKind
		ir document.ImageReason
		mk document.MaterialKind
	)
	checks := []struct {
		name  string
		check func(v string) error
	}{
		{"ParseUSCC", func(v string) error { _, err := document.ParseUSCC(v); return err }},
		{"ValidateOrgCode", document.ValidateOrgCode},
		{"ParseResidentID", func(v string) error { _, err := document.ParseResidentID(v); return err }},
		{"ValidateMobile", document.ValidateMobile},
		{"ValidateEmail", document.ValidateEmail},
		{"ValidateEmergencyContact", func(v string) error { return document.ValidateEmergencyContact(v, v) }},
		{"ValidateEmergencyContact, own mobile", func(v string) error { return document.ValidateEmergencyContact(v, "13812345678") }},
		{"ParseValidity start", func(v string) error { _, err := document.ParseValidity(v, "长期"); return err }},
		{"ParseValidity end", func(v string) error { _, err := document.ParseValidity("20200101", v); return err }},
		{"ParseFilingNumber", func(v string) error { _, err := document.ParseFilingNumber(v); return err }},
		{"CheckImage declared type", func(v string) error {
			_, err := document.CheckImage([]byte("GIF89a"), v, document.ImageLimits{})
			return err
		}},
		{"USCC.UnmarshalText", func(v string) error { return u.UnmarshalText([]byte(v)) }},
		{"ResidentID.UnmarshalText", func(v string) error { return r.UnmarshalText([]byte(v + "0")) }},
		{"FilingNumber.UnmarshalText", func(v string) error { return fn.UnmarshalText([]byte(v)) }},
		{"Kind.UnmarshalText", func(v string) error { return k.UnmarshalText([]byte(v)) }},
		{"FilingKind.UnmarshalText", func(v string) error { return fk.UnmarshalText([]byte(v)) }},
		{"ImageReason.UnmarshalText", func(v string) error { return ir.UnmarshalText([]byte(v)) }},
		{"MaterialKind.UnmarshalText", func(v string) error { return mk.UnmarshalText([]byte(v)) }},
	}
	for ct := document.CertificateType(0); ct <= 50; ct++ {
		checks = append(checks, struct {
			name  string
			check func(v string) error
		}{"ValidateCertificate " + ct.String(), func(v string) error { return document.ValidateCertificate(ct, v+"-") }})
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			for _, pd := range personalData {
				err := c.check(pd.value)
				if err == nil {
					continue
				}
				text := err.Error()
				var de *document.Error
				if errors.As(err, &de) {
					text += " " + de.Value + " " + de.Reason
				}
				var ie *document.ImageError
				if errors.As(err, &ie) {
					text += " " + ie.Declared + " " + ie.DeclaredFormat
				}
				assert.False(t, leaks(text, pd.secret), "%s: %q", pd.name, text)
			}
		})
	}
}

func TestKindText(t *testing.T) {
	for k := document.KindUnknown; k <= document.KindMissing; k++ {
		t.Run("kind "+k.String(), func(t *testing.T) {
			b, err := k.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, k.String(), string(b))
			var got document.Kind
			require.NoError(t, got.UnmarshalText(b))
			assert.Equal(t, k, got)
		})
	}
	_, err := document.Kind(99).MarshalText()
	assert.ErrorIs(t, err, document.ErrFormat)
	k := document.KindRange
	assert.ErrorIs(t, k.UnmarshalText([]byte("Range")), document.ErrFormat)
	assert.Equal(t, document.KindRange, k, "an unknown id leaves the value")
}
