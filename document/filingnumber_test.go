package document_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/beian-go/beian/document"
)

func TestParseFilingNumber(t *testing.T) {
	tests := []struct {
		name, in  string
		kind      document.FilingKind
		province  string
		canonical bool
		licence   string
		serial    string
		year      int
		index     int
	}{
		{"subject 8 digits", "京ICP备16020626号", document.FilingKindSubject, "北京市", true, "", "16020626", 0, 0},
		{"subject 10 digits", "苏ICP备2026036865号", document.FilingKindSubject, "江苏省", true, "", "2026036865", 2026, 0},
		{"website", "京ICP备16020626号-8", document.FilingKindWebsite, "北京市", true, "", "16020626", 0, 8},
		{"app", "陕ICP备2024026116号-1A", document.FilingKindApp, "陕西省", true, "", "2024026116", 2024, 1},
		{"mini program", "粤ICP备2023123456号-1X", document.FilingKindMiniProgram, "广东省", true, "", "2023123456", 2023, 1},
		{"quick app", "沪ICP备2023123456号-12K", document.FilingKindQuickApp, "上海市", true, "", "2023123456", 2023, 12},
		{"licence subject", "粤B2-20090059", document.FilingKindSubject, "广东省", true, "B2", "20090059", 2009, 0},
		{"licence mini program", "粤B2-20090059-1626X", document.FilingKindMiniProgram, "广东省", true, "B2", "20090059", 2009, 1626},
		{"licence B1", "京B1-20181234-3", document.FilingKindWebsite, "北京市", true, "B1", "20181234", 2018, 3},
		{"sichuan canonical", "蜀ICP备19026949号-1", document.FilingKindWebsite, "四川省", true, "", "19026949", 0, 1},
		{"guizhou canonical", "黔ICP备17003900号-1", document.FilingKindWebsite, "贵州省", true, "", "17003900", 0, 1},
		{"yunnan canonical", "滇ICP备12006807号-1", document.FilingKindWebsite, "云南省", true, "", "12006807", 0, 1},
		{"gansu canonical", "陇ICP备2023000001号-2X", document.FilingKindMiniProgram, "甘肃省", true, "", "2023000001", 2023, 2},
		{"gansu alternative", "甘ICP备16003251号-1", document.FilingKindWebsite, "甘肃省", false, "", "16003251", 0, 1},
		{"sichuan alternative", "川ICP备2023123456号-1X", document.FilingKindMiniProgram, "四川省", false, "", "2023123456", 2023, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := document.ParseFilingNumber(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			p, _ := f.Province()
			if f.Kind() != tc.kind || p.Name != tc.province || f.Canonical() != tc.canonical || f.Licence() != tc.licence ||
				f.IsLicence() != (tc.licence != "") || f.Serial() != tc.serial || f.Year() != tc.year || f.Index() != tc.index {
				t.Errorf("got kind %s province %s canonical %v licence %q serial %s year %d index %d",
					f.Kind(), p.Name, f.Canonical(), f.Licence(), f.Serial(), f.Year(), f.Index())
			}
			if f.String() != tc.in {
				t.Errorf("String() = %q", f.String())
			}
			sub := f.Subject()
			if sub.Kind() != document.FilingKindSubject || sub.Index() != 0 || sub.Serial() != tc.serial || sub.Abbr() != f.Abbr() {
				t.Errorf("Subject() = %v", sub)
			}
			b, _ := f.MarshalText()
			var g document.FilingNumber
			if err := g.UnmarshalText(b); err != nil || g != f {
				t.Errorf("text round trip: %v, %v", g, err)
			}
		})
	}
}

func TestParseFilingNumberErrors(t *testing.T) {
	tests := []struct {
		name, in string
		kind     document.Kind
	}{
		{"empty", "", document.KindMissing},
		{"no abbreviation", "ICP备2023123456号", document.KindFormat},
		{"hong kong", "港ICP备2023123456号", document.KindComponent},
		{"unknown han", "中ICP备2023123456号", document.KindComponent},
		{"ICP证", "京ICP证000001号", document.KindFormat},
		{"lower case icp", "粤icp备2023123456号", document.KindFormat},
		{"space", "粤ICP备 2023123456号", document.KindFormat},
		{"no 号", "粤ICP备2023123456-1X", document.KindFormat},
		{"no digits", "粤ICP备号", document.KindFormat},
		{"9 digits", "粤ICP备202312345号", document.KindLength},
		{"7 digits", "粤ICP备2023123号", document.KindLength},
		{"11 digits", "粤ICP备20231234567号", document.KindLength},
		{"licence 7 digits", "粤B2-2009005", document.KindLength},
		{"licence no digits", "粤B2-X", document.KindFormat},
		{"licence class A", "粤A2-20090059", document.KindFormat},
		{"full-width hyphen", "粤ICP备2023123456号－1X", document.KindFormat},
		{"trailing space", "粤ICP备2023123456号-1X ", document.KindFormat},
		{"dash no index", "粤ICP备2023123456号-", document.KindFormat},
		{"dash letter", "粤ICP备2023123456号-X", document.KindFormat},
		{"leading zero", "粤ICP备2023123456号-01X", document.KindFormat},
		{"zero index", "粤ICP备2023123456号-0", document.KindFormat},
		{"huge index", "粤ICP备2023123456号-1234567X", document.KindLength},
		{"lower-case x", "粤ICP备2023123456号-1x", document.KindFormat},
		{"unknown suffix", "粤ICP备2023123456号-1B", document.KindFormat},
		{"two suffixes", "粤ICP备2023123456号-1XA", document.KindFormat},
		{"text after", "粤ICP备2023123456号X", document.KindFormat},
		{"invalid utf-8", "\xff", document.KindFormat},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := document.ParseFilingNumber(tc.in)
			var de *document.Error
			if !errors.As(err, &de) || de.Subject != "filing_number" || de.Kind != tc.kind {
				t.Fatalf("got %v, want filing_number.%s", err, tc.kind)
			}
			if !f.IsZero() {
				t.Error("non-zero value with an error")
			}
		})
	}
}

func TestFilingNumberZero(t *testing.T) {
	var f document.FilingNumber
	if !f.IsZero() || f.String() != "" || f.Kind() != document.FilingKindUnknown || f.Canonical() || f.Year() != 0 || !f.Subject().IsZero() {
		t.Error("zero FilingNumber not empty")
	}
	if _, ok := f.Province(); ok {
		t.Error("zero FilingNumber has a province")
	}
	if err := f.UnmarshalText(nil); err != nil || !f.IsZero() {
		t.Error(err)
	}
	g := document.MustParseFilingNumber("粤B2-20090059-1626X")
	if err := g.UnmarshalText([]byte("bad")); err == nil || g.String() != "粤B2-20090059-1626X" {
		t.Errorf("bad text: %v, value %v", err, g)
	}
}

func TestFilingKindText(t *testing.T) {
	for k := document.FilingKindUnknown; k <= document.FilingKindQuickApp; k++ {
		t.Run(k.String(), func(t *testing.T) {
			b, err := k.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var got document.FilingKind
			if err := got.UnmarshalText(b); err != nil || got != k {
				t.Errorf("round trip %q: %v, %v", b, got, err)
			}
		})
	}
	k := document.FilingKindApp
	if err := k.UnmarshalText([]byte("miniprogram")); err == nil || k != document.FilingKindApp {
		t.Errorf("unknown id: %v, %v", k, err)
	}
	if _, err := document.FilingKind(42).MarshalText(); err == nil || document.FilingKind(42).String() != "" {
		t.Error("invalid kind marshalled")
	}
}

func FuzzParseFilingNumber(f *testing.F) {
	f.Add("粤ICP备2023123456号-1X")
	f.Add("粤B2-20090059-1626X")
	f.Add("京ICP备16020626号")
	f.Add("川ICP备2023123456号-1A")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := document.ParseFilingNumber(s)
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) || de.Subject != "filing_number" || de.Kind == document.KindUnknown {
				t.Fatalf("error %v is not a typed *Error", err)
			}
			noEcho(t, err, s)
			return
		}
		if n.String() != s {
			t.Fatalf("String() = %q, input %q", n.String(), s)
		}
		m, err := document.ParseFilingNumber(n.String())
		if err != nil || m != n {
			t.Fatalf("round trip: %v, %v", m, err)
		}
	})
}

var sinkFiling document.FilingNumber

func BenchmarkParseFilingNumber(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkFiling, sinkErr = document.ParseFilingNumber("粤ICP备2023123456号-1X")
	}
}

func ExampleParseFilingNumber() {
	for _, s := range []string{"粤B2-20090059-1626X", "川ICP备2023123456号-1A"} {
		f, err := document.ParseFilingNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		p, _ := f.Province()
		fmt.Println(p.Short, f.Kind(), f.Index(), f.Canonical(), f.Subject())
	}
	// Output:
	// 广东 mini_program 1626 true 粤B2-20090059
	// 四川 app 1 false 川ICP备2023123456号
}
