// Command validate checks a WeChat apply_icp_filing payload before it is
// sent, and prints every problem with its field path in the payload.
//
// Usage:
//
//	go run ./examples/validate [-lang en] [-on 2026-09-28] [-none 24] [-strict] [file.json]
//	go run ./examples/validate < file.json
//
// The payload is read from the file named, or from standard input when
// there is none (or it is "-"). Messages are in Chinese unless -lang en.
// -on is the day of submission for the checks that depend on it
// (certificate validity, birth dates); it defaults to today in China
// Standard Time. -none is the code WeChat's query_icp_nrlx_types gives
// "以上都不涉及" (none of the above); it defaults to 24, the code the
// samples use, and 0 leaves it unknown.
//
// Exit status: 0 when nothing blocks the submission (warnings are still
// printed; -strict makes them fail too), 1 when a problem blocks it, 2
// when the input cannot be read or is not a payload.
//
// Two sample payloads sit beside this file: clean.json passes, faulty.json
// has a handful of the mistakes that get filings sent back.
package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/beian-go/beian/examples/internal/termtext"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

func main() {
	// The clock is read here and nowhere else.
	os.Exit(run(os.Args[1:], workday.DateOf(time.Now()), os.Stdin, os.Stdout, os.Stderr))
}

// maxPayload bounds what is read: a payload holds media ids, not media,
// so a few kilobytes are usual.
const maxPayload = 1 << 20

// run is the whole program: parse args, read and check the payload, write
// the problems to stdout. today is the default submission day. It returns
// the exit status.
func run(args []string, today workday.Date, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "zh", "language of the messages: `zh` or en")
	onFlag := fs.String("on", "", "day of submission, `YYYY-MM-DD` (default: today in China Standard Time)")
	strict := fs.Bool("strict", false, "exit with status 1 on warnings too")
	none := fs.Int("none", 24, "pre-approval `code` of 以上都不涉及 (none of the above) in WeChat's catalogue; 0: unknown")
	// The flag package's own messages are silenced: -h prints the usage
	// below, a bad flag one line.
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "usage: validate [-lang zh|en] [-on YYYY-MM-DD] [-none code] [-strict] [file.json]")
			fmt.Fprintln(stderr, "Reads standard input when no file is given.")
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return 0
		}
		fmt.Fprintf(stderr, "validate: %v (-h lists the flags)\n", err)
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "validate: "+format+"\n", a...)
		return 2
	}
	if *lang != "zh" && *lang != "en" {
		return fail("-lang %q: want zh or en", *lang)
	}
	en := *lang == "en"
	on := today
	if *onFlag != "" {
		d, err := workday.ParseDate(*onFlag)
		if err != nil {
			return fail("-on %q: want a date such as 2026-09-28", *onFlag)
		}
		on = d
	}
	if fs.NArg() > 1 {
		return fail("one payload at a time, got %d files", fs.NArg())
	}

	name, in := "-", stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			return fail("%v", err)
		}
		defer f.Close()
		in = f
	}
	display := name
	if name == "-" {
		display = "<stdin>"
	}
	data, err := io.ReadAll(io.LimitReader(in, maxPayload+1))
	if err != nil {
		return fail("%s: %v", display, err)
	}
	if len(data) > maxPayload {
		return fail("%s: larger than %d bytes, not a payload", display, maxPayload)
	}
	if t := bytes.TrimSpace(data); len(t) == 0 || t[0] != '{' {
		return fail("%s: not an apply_icp_filing payload: want a JSON object", display)
	}
	var req filing.Request
	if err := json.Unmarshal(data, &req); err != nil {
		return fail("%s: not an apply_icp_filing payload: %s", display, decodeProblem(err))
	}

	cat, err := catalogue(*none)
	if err != nil {
		return fail("-none %d: %v", *none, err)
	}
	problems := req.Check(filing.CheckOptions{On: on, Catalogue: cat})
	report(stdout, display, on, problems, en)
	if problems.Blocking() || *strict && len(problems) > 0 {
		return 1
	}
	return 0
}

// catalogue returns the embedded catalogue with the code of "none of the
// above" added; a service passes the catalogue WeChat answers instead.
func catalogue(none int) (*filing.Catalogue, error) {
	if none == 0 {
		return filing.DefaultCatalogue(), nil
	}
	d := filing.DefaultCatalogue().Dictionaries()
	d.PreApprovalTypes = append(d.PreApprovalTypes, filing.Entry{Code: none, Name: "以上都不涉及"})
	return filing.NewCatalogue(d)
}

// decodeProblem says what json.Unmarshal found wrong with the payload. A
// member of the wrong JSON type is named by its path in the payload and
// the JSON types involved, not by the Go types that hold it, and its
// value is not repeated (it could be a phone number); any other error
// says where the JSON breaks.
func decodeProblem(err error) string {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Type == nil {
		return err.Error()
	}
	field := te.Field
	if field == "" {
		field = "the payload"
	}
	got, _, _ := strings.Cut(te.Value, " ") // "number 1.5" carries the value
	want := jsonKind(te.Type)
	if got == "number" && want == "a whole number" {
		return field + " is a number out of range or not whole"
	}
	return fmt.Sprintf("%s is a JSON %s, want %s", field, got, want)
}

// jsonKind names the JSON value a Go type is read from.
func jsonKind(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "another JSON type"
}

var textUnmarshaler = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()

// report prints the problems, blocking ones first.
func report(w io.Writer, name string, on workday.Date, ps filing.Problems, en bool) {
	errs, warns := ps.Errors(), ps.Warnings()
	switch {
	case len(ps) == 0 && en:
		fmt.Fprintf(w, "%s: no problems found (submission day %s)\n", name, on)
	case len(ps) == 0:
		fmt.Fprintf(w, "%s：未发现问题（提交日 %s）\n", name, on)
	case en:
		fmt.Fprintf(w, "%s: %s, %s (submission day %s)\n", name,
			termtext.Count(len(errs), "error"), termtext.Count(len(warns), "warning"), on)
	default:
		fmt.Fprintf(w, "%s：%d 个错误，%d 个警告（提交日 %s）\n", name, len(errs), len(warns), on)
	}
	for _, group := range []filing.Problems{errs, warns} {
		for _, p := range group {
			field := p.Field
			if field == "" {
				field = "(payload)"
			}
			fmt.Fprintf(w, "\n%s %s\n%s", severity(p, en), field, termtext.Wrap(2, message(p, en)+" ["+string(p.Code)+"]"))
		}
	}
}

// message is the problem's text in the language chosen.
func message(p filing.Problem, en bool) string {
	if en {
		return p.Text("en")
	}
	return p.Text("zh")
}

// severity labels a problem.
func severity(p filing.Problem, en bool) string {
	switch {
	case p.Severity.Blocking() && en:
		return "error"
	case p.Severity.Blocking():
		return "错误"
	case en:
		return "warning"
	}
	return "警告"
}
