package document_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode"

	"github.com/beian-go/beian/document"
)

func TestCodesCatalogue(t *testing.T) {
	codes := document.Codes()
	if len(codes) < 40 {
		t.Fatalf("only %d codes", len(codes))
	}
	for i, ci := range codes {
		if i > 0 && codes[i-1].Code >= ci.Code {
			t.Errorf("not sorted or duplicate at %s", ci.Code)
		}
		if ci.Severity != document.SeverityError && ci.Severity != document.SeverityWarning {
			t.Errorf("%s: severity %s", ci.Code, ci.Severity)
		}
		if !strings.ContainsFunc(ci.Message, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("%s: Chinese message %q", ci.Code, ci.Message)
		}
		if ci.English == "" || strings.ContainsFunc(ci.English, func(r rune) bool { return unicode.Is(unicode.Han, r) && r != '长' && r != '期' }) {
			t.Errorf("%s: English message %q", ci.Code, ci.English)
		}
		if got, ok := document.LookupCode(ci.Code); !ok || got != ci {
			t.Errorf("LookupCode(%s) = %+v, %v", ci.Code, got, ok)
		}
	}
	codes[0].Message = "changed"
	if document.Codes()[0].Message == "changed" {
		t.Error("Codes shares its backing array")
	}
	for _, c := range []document.Code{
		"uscc.checksum", "resident_id.component", "region.city_mismatch", "address.repeats_region",
		"applet.service_types.count", "applet.service_types.first_level", "applet.service_types.duplicate",
		"applet.nrlx.duplicate", "applet.nrlx.missing_code", "applet.nrlx.none_not_alone",
		"applet.description.length", "media.format", "media.too_large", "media.too_small",
		"media.truncated", "media.empty", "materials.missing", document.CodeInvalid,
	} {
		if _, ok := document.LookupCode(c); !ok {
			t.Errorf("code %s missing", c)
		}
	}
	if _, ok := document.LookupCode("no.such"); ok {
		t.Error("LookupCode found an unknown code")
	}
}

func TestProblemOf(t *testing.T) {
	const field = "icp_subject.organize_info.certificate_number"
	badUSCC := document.ValidateUSCC("91440300MA5G35XK4A")
	tests := []struct {
		name             string
		in               string // field passed to ProblemOf; "" means the constant field
		err              error
		field, code      string
		message, english string
	}{
		{"uscc checksum", "", badUSCC, field, "uscc.checksum",
			"统一社会信用代码校验位错误", "unified social credit code: check character does not match"},
		{"wrapped", "", fmt.Errorf("subject: %w", badUSCC), field, "uscc.checksum",
			"统一社会信用代码校验位错误", "unified social credit code: check character does not match"},
		{"resident ID old number", "", func() error { _, err := document.ParseResidentID("110105491231002"); return err }(), field, "resident_id.length",
			"居民身份证号码应为18位（15位旧号码不再使用）", "resident ID number: must have 18 characters (old 15-digit numbers are not accepted)"},
		{"subject from the catalogue, composed", "", &document.Error{Subject: "mobile", Kind: document.KindFormat}, field, "mobile.format",
			"手机号码格式错误", "mobile number: invalid characters or layout"},
		{"unknown subject keeps its code", "", &document.Error{Subject: "fax", Kind: document.KindLength}, field, "fax.length",
			"输入位数错误", "value: wrong number of characters"},
		{"unknown kind", "", &document.Error{Subject: "uscc"}, field, "uscc.invalid",
			"统一社会信用代码无效", "unified social credit code: not valid"},
		{"image error", "", &document.ImageError{Reason: document.ImageTooSmall}, field, "media.too_small",
			"图片分辨率过低，至少为720×1280像素", "image: resolution too low; at least 720×1280 pixels"},
		{"subject of package filing", "", &document.Error{Subject: "name", Kind: document.KindMissing}, field, "name.missing",
			"名称或姓名未填写", "name: missing"},
		{"foreign error", "", io.ErrUnexpectedEOF, field, "input.invalid", "输入无效", "invalid input"},
		{"problem keeps its code, field joined", "icp_subject.principal_info", document.NewProblem("mobile", "mobile.format"), "icp_subject.principal_info.mobile", "mobile.format",
			"手机号码格式错误", "mobile number: invalid characters or layout"},
		{"problems give the first", "icp_applets.base_info.nrlx_details", document.Problems{document.NewProblem("[2]", "applet.nrlx.duplicate"), document.NewProblem("", "media.empty")},
			"icp_applets.base_info.nrlx_details[2]", "applet.nrlx.duplicate",
			"前置审批类型重复", "pre-approval item: the type is listed twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := tc.in
			if f == "" {
				f = field
			}
			p := document.ProblemOf(f, tc.err)
			want := document.Problem{Field: tc.field, Code: document.Code(tc.code), Severity: document.SeverityError, Message: tc.message, English: tc.english}
			if p != want {
				t.Errorf("got  %+v\nwant %+v", p, want)
			}
		})
	}
	if p := document.ProblemOf("x", nil); p != (document.Problem{}) {
		t.Errorf("nil error gives %+v", p)
	}
}

// TestProblemOfNeverEchoesInput feeds invalid personal data through the
// validators and checks that no problem text contains it.
func TestProblemOfNeverEchoesInput(t *testing.T) {
	inputs := []string{
		"91440300MA5G35XK4A", "91440300MA5G35XK4", "11010519491231002Y", "110105194912310021",
		"110105491231002", "11010519491331002X", "91440300ma5g35xk4r",
	}
	for _, in := range inputs {
		t.Run(in, func(t *testing.T) {
			var ps document.Problems
			ps.Add("a", document.ValidateUSCC(in))
			_, err := document.ParseResidentID(in)
			ps.Add("b", err)
			if len(ps) != 2 {
				t.Fatalf("want 2 problems, got %v", ps)
			}
			for _, p := range ps {
				for _, s := range []string{p.Message, p.English, p.Error()} {
					if strings.Contains(s, in) || strings.Contains(s, in[3:14]) {
						t.Errorf("%q echoes the input", s)
					}
				}
			}
		})
	}
}

func TestNewProblemUnknownCode(t *testing.T) {
	p := document.NewProblem("f", "custom.check")
	if p.Code != "custom.check" || p.Field != "f" || !p.Severity.Blocking() || p.Message == "" {
		t.Errorf("got %+v", p)
	}
}

func TestProblemsAdd(t *testing.T) {
	nested := document.Problems{
		document.NewProblem("", "applet.description.missing"),
		document.NewProblem("code", "applet.nrlx.missing_code"),
		document.NewProblem("[1].media", "applet.nrlx.missing_media"),
	}
	tests := []struct {
		name  string
		field string
		err   error
		want  []string
	}{
		{"nil error", "x", nil, nil},
		{"nil Problems", "x", document.Problems(nil), nil},
		{"empty Problems", "x", document.Problems{}, nil},
		{"single error", "icp_subject.principal_info.mobile", &document.Error{Subject: "mobile", Kind: document.KindLength},
			[]string{"icp_subject.principal_info.mobile mobile.length"}},
		{"nested with prefix", "p", nested, []string{
			"p applet.description.missing", "p.code applet.nrlx.missing_code", "p[1].media applet.nrlx.missing_media"}},
		{"nested without prefix", "", nested, []string{
			" applet.description.missing", "code applet.nrlx.missing_code", "[1].media applet.nrlx.missing_media"}},
		{"wrapped Problems", "p", fmt.Errorf("ctx: %w", nested[:1]), []string{"p applet.description.missing"}},
		{"single Problem", "p", document.NewProblem("q", "media.empty"), []string{"p.q media.empty"}},
		{"composite check", "", document.CheckDescription("短"), []string{"icp_applets.base_info.comment applet.description.length"}},
		{"composite check passing", "", document.CheckDescription(strings.Repeat("好", 30)), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ps document.Problems
			ps.Add(tc.field, tc.err)
			if g := problemKeys(ps); strings.Join(g, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", g, tc.want)
			}
			if (ps.Err() == nil) != (len(tc.want) == 0) {
				t.Errorf("Err() = %v", ps.Err())
			}
		})
	}
	t.Run("AddCode and errors.As", func(t *testing.T) {
		var ps document.Problems
		ps.AddCode("icp_applets.base_info.comment", "applet.description.length")
		ps.AddCode("icp_subject.base_info.address", "address.missing")
		var back document.Problems
		if err := ps.Err(); !errors.As(err, &back) || len(back) != 2 || !back.Has("address.missing") {
			t.Errorf("got %v", back)
		}
	})
}

func TestProblemText(t *testing.T) {
	p := document.NewProblem("icp_subject.principal_info.mobile", "mobile.length")
	tests := []struct {
		name, lang string
		english    bool
	}{
		{"en", "en", true},
		{"en-GB", "en-GB", true},
		{"upper case with underscore", "EN_us", true},
		{"zh-CN", "zh-CN", false},
		{"empty", "", false},
		{"eng is not a tag of English here", "eng", false},
		{"e alone", "e", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := p.Message
			if tc.english {
				want = p.English
			}
			if got := p.Text(tc.lang); got != want {
				t.Errorf("Text(%q) = %q, want %q", tc.lang, got, want)
			}
		})
	}
	if got := (document.Problem{Message: "只有中文"}).Text("en"); got != "只有中文" {
		t.Errorf("no English message: Text(en) = %q", got)
	}
}
