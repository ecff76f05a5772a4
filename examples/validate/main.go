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
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/beian-go/beian/examples/internal/termtext"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

func main() {
	// The clock is read here and nowhere else.
	os.Exit(run(os.Args[1:], workday.DateOf(time.Now()), os.Stdin, os.Stdout, os.Stderr))
}

// maxRead bounds what is read from the input, so that a wrong file
// name costs little; the library then refuses a payload over its own
// limit of 64 KiB (a payload holds media ids, not media: a few kilobytes
// are usual).
const maxRead = 1 << 20

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
	data, err := io.ReadAll(io.LimitReader(in, maxRead+1))
	if err != nil {
		return fail("%s: %v", display, err)
	}
	if len(data) > maxRead {
		return fail("%s: larger than %d bytes, not a payload", display, maxRead)
	}
	// The library reads null as "leave the request as it is"; as a whole
	// file it is no payload.
	if string(bytes.TrimSpace(data)) == "null" {
		return fail("%s: payload: is null, want an object", display)
	}
	// UnmarshalJSON, called directly, reports malformed JSON as it reports
	// a member of the wrong type: by WeChat's field path, without quoting
	// the value.
	var req filing.Request
	if err := req.UnmarshalJSON(data); err != nil {
		return fail("%s: %v", display, err)
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
