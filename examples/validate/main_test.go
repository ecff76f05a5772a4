package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/examples/internal/golden"

	"github.com/beian-go/beian/workday"
)

// today stands in for the clock main reads.
var today = workday.MustDate(2026, 11, 27)

func runWith(stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, today, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

func readSample(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return b
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string // a sample file fed to standard input, if any
		code  int
	}{
		{"clean", []string{"-on", "2026-09-28", "clean.json"}, "", 0},
		{"clean_en_stdin", []string{"-lang", "en", "-on", "2026-09-28"}, "clean.json", 0},
		{"faulty", []string{"-on", "2026-09-28", "faulty.json"}, "", 1},
		{"faulty_en", []string{"-lang", "en", "-on", "2026-09-28", "faulty.json"}, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdin io.Reader = strings.NewReader("")
			if tt.stdin != "" {
				stdin = bytes.NewReader(readSample(t, tt.stdin))
			}
			code, out, errOut := runWith(stdin, tt.args...)
			require.Equal(t, tt.code, code, "exit code")
			require.Empty(t, errOut, "stderr")
			golden.Check(t, tt.name, []byte(out))
		})
	}
}

// Standard input, "-" and a file name give the same report.
func TestInputs(t *testing.T) {
	_, fromFile, _ := runWith(nil, "-on", "2026-09-28", "faulty.json")
	_, fromStdin, _ := runWith(bytes.NewReader(readSample(t, "faulty.json")), "-on", "2026-09-28")
	_, fromDash, _ := runWith(bytes.NewReader(readSample(t, "faulty.json")), "-on", "2026-09-28", "-")
	want := strings.Replace(fromFile, "faulty.json", "<stdin>", 1)
	assert.Equal(t, want, fromStdin, "standard input")
	assert.Equal(t, want, fromDash, `"-"`)
}

// The clean sample stays clean for years: its certificates are valid
// long enough that the example does not rot.
func TestCleanStaysClean(t *testing.T) {
	for _, on := range []string{"2026-01-05", "2030-06-30", "2040-12-31"} {
		t.Run(on, func(t *testing.T) {
			code, out, _ := runWith(nil, "-on", on, "-strict", "clean.json")
			assert.Zero(t, code, "exit code; report:\n%s", out)
		})
	}
}

// The faulty sample shows the same mistakes whatever the day, so the
// README's command prints what the golden file holds on any day: the
// certificate that has expired did so in 2020, the others run to 2043-03-01.
func TestFaultyStable(t *testing.T) {
	_, want, _ := runWith(nil, "-on", "2026-09-28", "faulty.json")
	for _, on := range []string{"2025-01-02", "2026-12-31", "2030-06-30", "2042-06-30"} {
		t.Run(on, func(t *testing.T) {
			code, out, _ := runWith(nil, "-on", on, "faulty.json")
			out = strings.Replace(out, on, "2026-09-28", 1)
			assert.Equal(t, 1, code, "exit code")
			assert.Equal(t, want, out, "the report on %s differs from the one on 2026-09-28", on)
		})
	}
}

// Without -on the checks use the day main passes in.
func TestDefaultDay(t *testing.T) {
	_, out, _ := runWith(nil, "clean.json")
	_, want, _ := runWith(nil, "-on", today.String(), "clean.json")
	assert.Equal(t, want, out, "output without -on")
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stderr string // a part of the standard error
	}{
		{"empty stdin", nil, "", 2, "validate: <stdin>: filing: payload: invalid JSON at byte 0: found the end of the input, want a value\n"},
		{"not json", nil, "icp_subject=1", 2, "validate: <stdin>: filing: payload: invalid JSON at byte 0: found the character 'i', want a value\n"},
		// Malformed JSON is located by the member it breaks in.
		{"truncated", nil, `{"icp_subject": {`, 2,
			"validate: <stdin>: filing: icp_subject: invalid JSON at byte 17: found the end of the input, want a member name or '}'\n"},
		{"array", nil, `[{}]`, 2, "validate: <stdin>: filing: payload: is a JSON array, want an object\n"},
		{"null", nil, ` null `, 2, "validate: <stdin>: payload: is null, want an object\n"},
		// A member of the wrong JSON type is named by its payload path,
		// never by the Go types behind it, and its value is not repeated.
		{"wrong type", nil, `{"icp_subject": {"base_info": {"type": "enterprise"}}}`, 2,
			"validate: <stdin>: filing: icp_subject.base_info.type: is a JSON string, want a whole number\n"},
		{"number for a string", nil, `{"icp_subject": {"principal_info": {"mobile": 13500000001}}}`, 2,
			"validate: <stdin>: filing: icp_subject.principal_info.mobile: is a JSON number, want a string\n"},
		{"number out of range", nil, `{"icp_subject": {"base_info": {"type": 13500000001135000000011}}}`, 2,
			"validate: <stdin>: filing: icp_subject.base_info.type: is a number out of range, want a whole number from -2147483648 to 2147483647\n"},
		{"fraction", nil, `{"icp_applets": {"base_info": {"service_content_types": [3.5]}}}`, 2,
			"icp_applets.base_info.service_content_types[0]: is a number with a fraction or exponent, want a whole number\n"},
		{"object for an array", nil, `{"icp_applets": {"base_info": {"nrlx_details": {"type": 24}}}}`, 2,
			"icp_applets.base_info.nrlx_details: is a JSON object, want an array\n"},
		{"array for an object", nil, `{"icp_subject": []}`, 2, "icp_subject: is a JSON array, want an object\n"},
		{"trailing data", nil, `{} {}`, 2, "validate: <stdin>: filing: payload: invalid JSON at byte 3: found the character '{', want the end of the input\n"},
		// The library's limits: a text member past 4096 bytes, a payload
		// past 64 KiB (the program itself reads at most 1 MiB).
		{"text too long", nil, `{"icp_subject": {"base_info": {"name": "` + strings.Repeat("x", 5000) + `"}}}`, 2,
			"validate: <stdin>: filing: icp_subject.base_info.name: is text of 5000 bytes, want at most 4096 bytes\n"},
		{"payload too long", nil, `{"x": "` + strings.Repeat("x", 70000) + `"}`, 2,
			"validate: <stdin>: filing: payload: is 70009 bytes, want at most 65536 bytes\n"},
		{"too large", nil, "{" + strings.Repeat(" ", maxRead) + "}", 2, "larger than"},
		{"missing file", []string{"no-such-file.json"}, "", 2, "no-such-file.json"},
		{"two files", []string{"clean.json", "faulty.json"}, "", 2, "one payload at a time"},
		{"bad lang", []string{"-lang", "fr", "clean.json"}, "", 2, "validate: -lang \"fr\": want zh or en\n"},
		{"bad day", []string{"-on", "2026-9-28", "clean.json"}, "", 2, "validate: -on \"2026-9-28\": want a date such as 2026-09-28\n"},
		{"unknown flag", []string{"-language", "en"}, "", 2, "validate: flag provided but not defined: -language (-h lists the flags)\n"},
		{"missing day", []string{"-on"}, "", 2, "validate: flag needs an argument: -on (-h lists the flags)\n"},
		{"help", []string{"-h"}, "", 0, "usage: validate"},
		// An empty object is a payload, with everything missing.
		{"empty object", nil, `{}`, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runWith(strings.NewReader(tt.stdin), tt.args...)
			assert.Equal(t, tt.code, code, "exit code")
			if tt.stderr == "" {
				assert.Empty(t, errOut, "stderr")
			} else {
				assert.Contains(t, errOut, tt.stderr)
			}
			if code == 2 {
				assert.Empty(t, out, "stdout")
			}
			if tt.name != "help" {
				assert.LessOrEqual(t, strings.Count(errOut, "\n"), 1, "stderr has more than one line: %q", errOut)
			}
		})
	}
}

// No report echoes a full ID number, phone number or e-mail address.
func TestMasked(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		_, out, _ := runWith(nil, "-lang", lang, "-on", "2026-09-28", "faulty.json")
		for _, secret := range []string{"330106197806151230", "13500000001", "13700000003", "91330106MA2H3E5L46", "wangwu@example.com"} {
			assert.NotContains(t, out, secret, "%s report", lang)
		}
	}
}

var sink int

func BenchmarkRun(b *testing.B) {
	payload, err := os.ReadFile("faulty.json")
	require.NoError(b, err)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		sink = run([]string{"-on", "2026-09-28"}, today, bytes.NewReader(payload), &out, &out)
	}
}

// Any input gives one of the three exit statuses, without a panic, and a
// report only when it is a payload.
func FuzzRun(f *testing.F) {
	for _, name := range []string{"clean.json", "faulty.json"} {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(b)
	}
	for _, s := range []string{"", "{}", "[]", "null", `{"icp_subject":{"base_info":{"type":5}}}`, `{"icp_applets":{"base_info":{"nrlx_details":[{"type":1}]}}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		code, out, errOut := runWith(bytes.NewReader(data), "-on", "2026-09-28")
		switch code {
		case 0, 1:
			assert.NotEmpty(t, out, "stdout of exit %d", code)
			assert.Empty(t, errOut, "stderr of exit %d", code)
		case 2:
			assert.Empty(t, out, "stdout of exit 2")
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "stderr of exit 2: %q", errOut)
		default:
			assert.Failf(t, "unexpected exit status", "exit %d", code)
		}
	})
}
