package document_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

func TestErrorIsAndCode(t *testing.T) {
	sentinels := []error{document.ErrFormat, document.ErrLength, document.ErrChecksum, document.ErrComponent, document.ErrRange, document.ErrMissing}
	kinds := []document.Kind{document.KindFormat, document.KindLength, document.KindChecksum, document.KindComponent, document.KindRange, document.KindMissing}
	for i, k := range kinds {
		t.Run(k.String(), func(t *testing.T) {
			var err error = fmt.Errorf("wrapped: %w", &document.Error{Subject: "uscc", Kind: k, Reason: "x"})
			for j, s := range sentinels {
				if errors.Is(err, s) != (i == j) {
					t.Errorf("errors.Is(%s, %v) = %v", k, s, i != j)
				}
			}
			if errors.Is(err, document.ErrOldResidentID) {
				t.Error("matches ErrOldResidentID")
			}
			var de *document.Error
			if !errors.As(err, &de) || string(de.Code()) != "uscc."+k.String() {
				t.Errorf("Code() = %q", de.Code())
			}
		})
	}
	zero := &document.Error{}
	for _, s := range sentinels {
		if errors.Is(zero, s) {
			t.Errorf("zero Error matches %v", s)
		}
	}
	if document.Kind(99).String() != "" || document.KindUnknown.String() != "" {
		t.Error("unknown kinds have names")
	}
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
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// personalValues are personal data typed into the wrong field: none of them
// may appear in an error message, in any field.
var personalValues = []struct{ name, value string }{
	{"resident ID", "11010519491231002X"},
	{"resident ID, lower-case x", "11010519491231002x"},
	{"old resident ID", "110105491231002"},
	{"mobile", "13812345678"},
	{"mobile with hyphens", "138-1234-5678"},
	{"mobile with spaces", "138 1234 5678"},
	{"mobile with country code", "+8613812345678"},
	{"e-mail", "zhang.san@example.com"},
	{"ID with text around", "身份证11010519491231002X号"},
}

// Every function that reports outside text in an error masks personal data,
// whatever field it was typed into (PIPL).
func TestErrorsNeverEchoPersonalData(t *testing.T) {
	var (
		g  document.Gender
		s  document.Severity
		fk document.FilingKind
		ir document.ImageReason
		mk document.MaterialKind
		u  document.USCC
		r  document.ResidentID
		fn document.FilingNumber
	)
	checks := []struct {
		name  string
		check func(v string) error
	}{
		{"ValidateUSCC", document.ValidateUSCC},
		{"ValidateOrgCode", document.ValidateOrgCode},
		{"ValidateResidentID", document.ValidateResidentID},
		{"ValidateMobile", document.ValidateMobile},
		{"ValidateEmail", document.ValidateEmail},
		{"ValidateEmergencyContact", func(v string) error { return document.ValidateEmergencyContact(v, v) }},
		{"ParseValidity start", func(v string) error { _, err := document.ParseValidity(v, "长期"); return err }},
		{"ParseValidity end", func(v string) error { _, err := document.ParseValidity("20200101", v); return err }},
		{"ParseFilingNumber", func(v string) error { _, err := document.ParseFilingNumber(v); return err }},
		{"USCC.UnmarshalText", func(v string) error { return u.UnmarshalText([]byte(v)) }},
		{"ResidentID.UnmarshalText", func(v string) error { return r.UnmarshalText([]byte(v + "0")) }},
		{"FilingNumber.UnmarshalText", func(v string) error { return fn.UnmarshalText([]byte(v)) }},
		{"Gender.UnmarshalText", func(v string) error { return g.UnmarshalText([]byte(v)) }},
		{"Severity.UnmarshalText", func(v string) error { return s.UnmarshalText([]byte(v)) }},
		{"FilingKind.UnmarshalText", func(v string) error { return fk.UnmarshalText([]byte(v)) }},
		{"ImageReason.UnmarshalText", func(v string) error { return ir.UnmarshalText([]byte(v)) }},
		{"MaterialKind.UnmarshalText", func(v string) error { return mk.UnmarshalText([]byte(v)) }},
	}
	for ct := document.CertificateType(0); ct <= 50; ct++ {
		ct := ct
		checks = append(checks, struct {
			name  string
			check func(v string) error
		}{"ValidateCertificate " + ct.String(), func(v string) error { return document.ValidateCertificate(ct, v+"-") }})
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			for _, pv := range personalValues {
				err := c.check(pv.value)
				if err == nil {
					continue
				}
				msg := err.Error()
				var de *document.Error
				if errors.As(err, &de) {
					msg += " " + de.Value + " " + de.Reason
				}
				for _, leak := range []string{pv.value, "13812345678", "1234-5678", "1234 5678", "491231002", "zhang.san"} {
					if strings.Contains(msg, leak) {
						t.Errorf("%s: error %q contains %q", pv.name, msg, leak)
					}
				}
			}
		})
	}
}

// noEcho fails when err's message holds one of inputs in full and that
// input looks like personal data: an e-mail address (two characters or
// more before an '@', something after it), or eleven or more digits in a
// row (spaces and hyphens between them allowed).
func noEcho(t *testing.T, err error, inputs ...string) {
	t.Helper()
	for _, in := range inputs {
		at := strings.LastIndexByte(in, '@')
		personal := at >= 2 && at < len(in)-1
		run := 0
		for _, r := range in {
			switch {
			case r >= '0' && r <= '9':
				run++
			case (r == ' ' || r == '-') && run > 0:
			default:
				run = 0
			}
			personal = personal || run >= 11
		}
		if personal && strings.Contains(err.Error(), in) {
			t.Fatalf("error %q shows the input %q", err, in)
		}
	}
}

func TestKindText(t *testing.T) {
	for k := document.KindUnknown; k <= document.KindMissing; k++ {
		t.Run("kind "+k.String(), func(t *testing.T) {
			b, err := k.MarshalText()
			if err != nil || string(b) != k.String() {
				t.Fatalf("MarshalText = %q, %v", b, err)
			}
			var got document.Kind
			if err := got.UnmarshalText(b); err != nil || got != k {
				t.Fatalf("UnmarshalText(%q) = %v, %v", b, got, err)
			}
		})
	}
	t.Run("out of range", func(t *testing.T) {
		if _, err := document.Kind(99).MarshalText(); !errors.Is(err, document.ErrFormat) {
			t.Errorf("MarshalText(99) error %v", err)
		}
	})
	t.Run("unknown id leaves the value", func(t *testing.T) {
		k := document.KindRange
		if err := k.UnmarshalText([]byte("Range")); !errors.Is(err, document.ErrFormat) || k != document.KindRange {
			t.Errorf("got %v, %v", k, err)
		}
	})
}
