// Command gen writes zz_generated_table.go, the table of package lunar, from
// the human-edited data/lunar_years.csv: for each Gregorian year the dates
// of 春节 (lunar 1/1), 清明, 端午 (lunar 5/5) and 中秋 (lunar 8/15).
//
// Usage (from the lunar package directory, via go generate):
//
//	go run ./internal/gen -o zz_generated_table.go
//
// The output depends only on the data file: every run writes the same bytes.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

const dataFile = "data/lunar_years.csv"

// firstYear is the lunar year of the table's first row, which began on
// 1900-01-31.
const firstYear = 1900

var firstDay = time.Date(1900, time.January, 31, 0, 0, 0, 0, time.UTC)

func main() {
	out := flag.String("o", "zz_generated_table.go", "output file")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	f, err := os.Open(dataFile)
	if err != nil {
		return err
	}
	defer f.Close()
	years, err := parse(f)
	if err != nil {
		return fmt.Errorf("%s: %w", dataFile, err)
	}
	src, err := generate(years)
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}

// year is one row of the data file.
type year struct {
	info     uint32 // the packed month lengths and leap month
	qingming int    // April day of 清明
}

// parse reads the rows of the data file, which must start at firstYear and
// have no gap.
func parse(r io.Reader) ([]year, error) {
	var out []year
	sc := bufio.NewScanner(r)
	header := false
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !header {
			if text != "year,info,qingming" {
				return nil, fmt.Errorf("line %d: unexpected header %q", line, text)
			}
			header = true
			continue
		}
		y, err := parseRow(text, firstYear+len(out))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, y)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("no rows")
	}
	return out, nil
}

// parseRow reads "year,info,qingming", where year must be want.
func parseRow(text string, want int) (year, error) {
	fields := strings.Split(text, ",")
	if len(fields) != 3 {
		return year{}, fmt.Errorf("want 3 fields, got %d", len(fields))
	}
	y, err := strconv.Atoi(fields[0])
	if err != nil || y != want {
		return year{}, fmt.Errorf("year %q, want %d (rows in order, no gap)", fields[0], want)
	}
	info, err := strconv.ParseUint(fields[1], 0, 32)
	if err != nil || info>>17 != 0 {
		return year{}, fmt.Errorf("info %q is not a 17-bit number", fields[1])
	}
	if leap := info & 0xf; leap > 12 {
		return year{}, fmt.Errorf("info %q: leap month %d", fields[1], leap)
	}
	q, err := strconv.Atoi(fields[2])
	if err != nil || q < 3 || q > 6 {
		return year{}, fmt.Errorf("qingming %q is not an April day 3..6", fields[2])
	}
	return year{info: uint32(info), qingming: q}, nil
}

// month is one lunar month: its number, whether it is a leap month, and
// its first day.
type month struct {
	num   int
	leap  bool
	start time.Time
}

// months lays out the months of the lunar year whose packed entry is info
// and which begins on start; it returns them and the first day of the next
// year.
func months(info uint32, start time.Time) ([]month, time.Time) {
	length := func(long bool) int {
		if long {
			return 30
		}
		return 29
	}
	leap := int(info & 0xf)
	var out []month
	for m := 1; m <= 12; m++ {
		out = append(out, month{num: m, start: start})
		start = start.AddDate(0, 0, length(info&(0x10000>>m) != 0))
		if m == leap {
			out = append(out, month{num: m, leap: true, start: start})
			start = start.AddDate(0, 0, length(info&0x10000 != 0))
		}
	}
	return out, start
}

// festivals are the dates of one Gregorian year, packed as month*100+day.
type festivals struct {
	spring, qingming, dragonBoat, midAutumn int
}

// compute returns the festivals of each Gregorian year of the table. The
// 春节, 端午 and 中秋 of Gregorian year y all fall in lunar year y.
func compute(years []year) ([]festivals, error) {
	out := make([]festivals, len(years))
	start := firstDay
	for i, y := range years {
		var ms []month
		ms, start = months(y.info, start)
		day := func(num, d int) time.Time {
			for _, m := range ms {
				if m.num == num && !m.leap {
					return m.start.AddDate(0, 0, d-1)
				}
			}
			panic("unreachable: every lunar year has months 1..12")
		}
		pack := func(t time.Time) int { return int(t.Month())*100 + t.Day() }
		gy := firstYear + i
		f := festivals{
			spring:     pack(day(1, 1)),
			qingming:   400 + y.qingming,
			dragonBoat: pack(day(5, 5)),
			midAutumn:  pack(day(8, 15)),
		}
		for _, t := range []time.Time{day(1, 1), day(5, 5), day(8, 15)} {
			if t.Year() != gy {
				return nil, fmt.Errorf("lunar year %d: festival on %s, outside Gregorian %d", gy, t.Format(time.DateOnly), gy)
			}
		}
		out[i] = f
	}
	return out, nil
}

// generate returns the gofmt-ed source of the table.
func generate(years []year) ([]byte, error) {
	fs, err := compute(years)
	if err != nil {
		return nil, err
	}
	last := firstYear + len(years) - 1
	var b bytes.Buffer
	fmt.Fprintf(&b, `// Code generated by "go run ./internal/gen" from %s; DO NOT EDIT.

package lunar

// First and Last are the Gregorian years covered by [For].
const (
	First = %d
	Last  = %d
)

// table holds, for each year from First, the dates of 春节, 清明, 端午 and
// 中秋 packed as month*100 + day.
var table = [Last - First + 1][4]uint16{
`, dataFile, firstYear, last)
	for i, f := range fs {
		fmt.Fprintf(&b, "\t{%d, %d, %d, %d}, // %d\n", f.spring, f.qingming, f.dragonBoat, f.midAutumn, firstYear+i)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
