package workday

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/beian-go/beian/internal/mask"
	"github.com/beian-go/beian/internal/xerr"
)

// Limits on a holiday-cn file, far above any real one.
const (
	maxHolidayCNBytes = 1 << 20
	maxHolidayCNDays  = 400
)

// ErrNotPublished is returned for a holiday-cn file with no days, kept for
// a year whose notice is not out; it does not match [ErrSchedule].
var ErrNotPublished = errors.New("workday: schedule not yet published")

// ParseHolidayCN reads a per-year file (2026.json) of the holiday-cn
// project, https://github.com/NateScarlet/holiday-cn. Consecutive days off
// of a festival form a block, weekend days the file leaves out inside it
// included; a worked weekend day is a makeup day of the nearest block of its
// festival; a worked Monday–Friday (2020-02-03) changes nothing. The papers
// become the Source.
//
// A file with no days gives [ErrNotPublished]; a malformed or contradictory
// one a *[ScheduleError] naming the entry, e.g. `days[3] (2026-02-30)`.
func ParseHolidayCN(data []byte) (Schedule, error) {
	f, err := readHolidayCN(data)
	if err != nil {
		return Schedule{}, err
	}
	offs, works, err := f.readDays()
	if err != nil {
		return Schedule{}, err
	}
	hs, err := f.blocks(offs, works)
	if err != nil {
		return Schedule{}, err
	}
	return Schedule{Year: f.year, Holidays: hs, Source: f.source}, nil
}

// WithHolidayCN is WithSchedule of the official schedule ParseHolidayCN
// reads from data: the one call that adds a newly published year.
func (c *Calendar) WithHolidayCN(data []byte) (*Calendar, error) {
	s, err := ParseHolidayCN(data)
	if err != nil {
		return nil, err
	}
	return c.WithSchedule(s)
}

// holidayCN is a holiday-cn file whose top level has been read.
type holidayCN struct {
	year   int
	days   []json.RawMessage
	source string
}

// cnDay is one entry of "days", checked.
type cnDay struct {
	index    int
	date     Date
	festival Festival
	off      bool
	name     string
}

func (f *holidayCN) fail(entry, reason string, err error) error {
	return &ScheduleError{Year: f.year, Entry: entry, Reason: reason, Err: describeJSON(err)}
}

// readHolidayCN reads the top level of a file: the year, the raw days and
// the papers.
func readHolidayCN(data []byte) (*holidayCN, error) {
	f := &holidayCN{source: "holiday-cn"}
	if len(data) > maxHolidayCNBytes {
		return nil, f.fail("", "file larger than 1 MiB", nil)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, f.fail("", "not a JSON object", err)
	}
	if err := f.readYear(top); err != nil {
		return nil, err
	}
	raw, ok := top["days"]
	if !ok {
		return nil, f.fail("days", "missing", nil)
	}
	if err := json.Unmarshal(raw, &f.days); err != nil {
		return nil, f.fail("days", "not an array", err)
	}
	if len(f.days) == 0 {
		return nil, fmt.Errorf("%w: the holiday-cn file for %d lists no days", ErrNotPublished, f.year)
	}
	if len(f.days) > maxHolidayCNDays {
		return nil, f.fail("days", fmt.Sprintf("more than %d entries", maxHolidayCNDays), nil)
	}
	if raw, ok := top["papers"]; ok {
		var papers []string
		if err := json.Unmarshal(raw, &papers); err != nil {
			return nil, f.fail("papers", "not an array of strings", err)
		}
		if len(papers) > 0 {
			f.source += ": " + strings.Join(papers, " ")
		}
	}
	return f, nil
}

func (f *holidayCN) readYear(top map[string]json.RawMessage) error {
	raw, ok := top["year"]
	if !ok {
		return f.fail("year", "missing", nil)
	}
	var year int
	if err := json.Unmarshal(raw, &year); err != nil {
		return f.fail("year", "not an integer", err)
	}
	if year < minScheduleYear || year > maxScheduleYear {
		f.year = errYear(year)
		return f.fail("year", fmt.Sprintf("outside %d..%d", minScheduleYear, maxScheduleYear), nil)
	}
	f.year = year
	return nil
}

// readDays checks every entry and sorts them into days off and worked
// weekend days. A date listed twice with the same values counts once; a
// worked Monday–Friday is dropped.
func (f *holidayCN) readDays() (offs, works []cnDay, err error) {
	seen := make(map[Date]cnDay, len(f.days))
	for i, raw := range f.days {
		d, err := f.readDay(i, raw)
		if err != nil {
			return nil, nil, err
		}
		if prev, dup := seen[d.date]; dup {
			if prev.festival != d.festival || prev.off != d.off {
				return nil, nil, f.fail(d.label(), fmt.Sprintf("contradicts days[%d] for the same date", prev.index), nil)
			}
			continue
		}
		seen[d.date] = d
		switch {
		case d.off:
			offs = append(offs, d)
		case isWeekend(d.date):
			works = append(works, d)
		}
	}
	if len(offs) == 0 {
		return nil, nil, f.fail("days", "no day off", nil)
	}
	sort.Slice(offs, func(a, b int) bool { return offs[a].date.Before(offs[b].date) })
	return offs, works, nil
}

// readDay checks entry i of "days".
func (f *holidayCN) readDay(i int, raw json.RawMessage) (cnDay, error) {
	var v struct {
		Name     *string `json:"name"`
		Date     *string `json:"date"`
		IsOffDay *bool   `json:"isOffDay"`
	}
	label := fmt.Sprintf("days[%d]", i)
	if err := json.Unmarshal(raw, &v); err != nil {
		return cnDay{}, f.fail(label, "not an object with string name, string date and boolean isOffDay", err)
	}
	if v.Date == nil {
		return cnDay{}, f.fail(label, "date missing", nil)
	}
	label = fmt.Sprintf("days[%d] (%s)", i, mask.Echo(*v.Date))
	if v.Name == nil || v.IsOffDay == nil {
		return cnDay{}, f.fail(label, "name or isOffDay missing", nil)
	}
	date, err := ParseDate(*v.Date)
	if err != nil {
		return cnDay{}, f.fail(label, "not a date", err)
	}
	fest, ok := parseFestivalName(*v.Name)
	if !ok {
		return cnDay{}, f.fail(label, "unknown festival name "+xerr.Quote(*v.Name), nil)
	}
	if !inWindow(date, f.year, fest) {
		return cnDay{}, f.fail(label, "date outside the year", nil)
	}
	return cnDay{index: i, date: date, festival: fest, off: *v.IsOffDay, name: *v.Name}, nil
}

func (d cnDay) label() string { return fmt.Sprintf("days[%d] (%s)", d.index, d.date) }

// blocks joins the days off, in date order, into blocks and gives each
// worked weekend day to the nearest block of its festival.
func (f *holidayCN) blocks(offs, works []cnDay) ([]Holiday, error) {
	worked := make(map[Date]bool, len(works))
	for _, d := range works {
		worked[d.date] = true
	}
	var hs []Holiday
	for _, d := range offs {
		if n := len(hs); n > 0 && hs[n-1].Festival == d.festival && onlyWeekendBetween(hs[n-1].End, d.date, worked) {
			hs[n-1].End = d.date
			continue
		}
		hs = append(hs, Holiday{Festival: d.festival, Start: d.date, End: d.date})
	}
	for _, d := range works {
		best := nearestBlock(hs, d.festival, d.date)
		if best < 0 {
			return nil, f.fail(d.label(), "makeup day for "+xerr.Quote(d.name)+", which has no day off", nil)
		}
		hs[best].Makeup = append(hs[best].Makeup, d.date)
	}
	return hs, nil
}

// onlyWeekendBetween reports whether every day strictly between a and b
// (a before b) is a Saturday or Sunday not listed as worked: holiday-cn
// leaves out some weekend days inside a block (2014-04-06, 2015-06-21).
func onlyWeekendBetween(a, b Date, worked map[Date]bool) bool {
	if b.DaysSince(a) > 3 {
		return false
	}
	for d := a.next(); d.Before(b); d = d.next() {
		if !isWeekend(d) || worked[d] {
			return false
		}
	}
	return true
}

func isWeekend(d Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// describeJSON returns err, except that a JSON type error, whose message
// quotes a number of the input in full (a phone or ID number, perhaps),
// becomes one that names only the kinds of value.
func describeJSON(err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return err
	}
	got, _, _ := strings.Cut(te.Value, " ")
	where := te.Field
	if where == "" {
		where = "value"
	}
	return fmt.Errorf("json: %s is a %s, want %s", where, got, te.Type)
}
