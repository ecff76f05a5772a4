package workday

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/beian-go/beian/internal/mask"
)

// Limits on a holiday-cn file, far above any real one.
const (
	maxHolidayCNBytes = 1 << 20
	maxHolidayCNDays  = 400
)

// ParseHolidayCN reads one per-year file of the public holiday-cn project,
// of the form
//
//	{"year":2026,"days":[{"name":"元旦","date":"2026-01-01","isOffDay":true}, …]}
//
// and returns it as a Schedule: days off (isOffDay true) of the same
// festival that follow each other form one block; each worked day
// (isOffDay false) becomes a makeup day of the nearest block of its
// festival. The URLs in "papers" (an array of strings) become the Source;
// other fields ("$schema", "$id", and any unknown field of a day) are
// ignored.
//
// Malformed or contradictory input gives an error wrapping ErrSchedule
// whose *ScheduleError names the entry, e.g. `days[3] (2026-02-30)`: a
// field of the wrong type (year, days, papers, or a day's name, date or
// isOffDay), a missing or unknown festival name, a date that
// is not a date or lies outside the year (元旦 entries may fall in the last
// week of the previous December), the same date twice with different
// values, a makeup day on a weekday, or a makeup day with no block of its
// festival.
func ParseHolidayCN(data []byte) (Schedule, error) {
	fail := func(year int, entry, reason string, err error) (Schedule, error) {
		return Schedule{}, &ScheduleError{Year: year, Entry: entry, Reason: reason, Err: quietJSON(err)}
	}
	if len(data) > maxHolidayCNBytes {
		return fail(0, "", "file larger than 1 MiB", nil)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return fail(0, "", "not a JSON object", err)
	}
	var year int
	if raw, ok := top["year"]; !ok {
		return fail(0, "year", "missing", nil)
	} else if err := json.Unmarshal(raw, &year); err != nil {
		return fail(0, "year", "not an integer", err)
	}
	if year < minScheduleYear || year > maxScheduleYear {
		return fail(errYear(year), "year", fmt.Sprintf("outside %d..%d", minScheduleYear, maxScheduleYear), nil)
	}
	var days []json.RawMessage
	if raw, ok := top["days"]; !ok {
		return fail(year, "days", "missing", nil)
	} else if err := json.Unmarshal(raw, &days); err != nil {
		return fail(year, "days", "not an array", err)
	}
	if len(days) == 0 {
		return fail(year, "days", "empty", nil)
	}
	if len(days) > maxHolidayCNDays {
		return fail(year, "days", fmt.Sprintf("more than %d entries", maxHolidayCNDays), nil)
	}
	source := "holiday-cn"
	if raw, ok := top["papers"]; ok {
		var papers []string
		if err := json.Unmarshal(raw, &papers); err != nil {
			return fail(year, "papers", "not an array of strings", err)
		}
		if len(papers) > 0 {
			source += ": " + strings.Join(papers, " ")
		}
	}

	type entry struct {
		index    int
		date     Date
		festival Festival
		off      bool
		name     string
	}
	seen := map[Date]entry{}
	var offs, works []entry
	for i, raw := range days {
		var d struct {
			Name     *string `json:"name"`
			Date     *string `json:"date"`
			IsOffDay *bool   `json:"isOffDay"`
		}
		label := fmt.Sprintf("days[%d]", i)
		if err := json.Unmarshal(raw, &d); err != nil {
			return fail(year, label, "not an object with string name, string date and boolean isOffDay", err)
		}
		if d.Date == nil {
			return fail(year, label, "date missing", nil)
		}
		label = fmt.Sprintf("days[%d] (%s)", i, mask.Echo(*d.Date))
		if d.Name == nil || d.IsOffDay == nil {
			return fail(year, label, "name or isOffDay missing", nil)
		}
		date, err := ParseDate(*d.Date)
		if err != nil {
			return fail(year, label, "not a date", err)
		}
		f, ok := ParseFestivalName(*d.Name)
		if !ok {
			return fail(year, label, fmt.Sprintf("unknown festival name %q", mask.Echo(*d.Name)), nil)
		}
		if !inWindow(date, year, f) {
			return fail(year, label, "date outside the year", nil)
		}
		e := entry{index: i, date: date, festival: f, off: *d.IsOffDay, name: *d.Name}
		if prev, dup := seen[date]; dup {
			if prev.festival != e.festival || prev.off != e.off {
				return fail(year, label, fmt.Sprintf("contradicts days[%d] for the same date", prev.index), nil)
			}
			continue
		}
		seen[date] = e
		if e.off {
			offs = append(offs, e)
			continue
		}
		if wd := date.Weekday(); wd != time.Saturday && wd != time.Sunday {
			return fail(year, label, "makeup day on a weekday ("+wd.String()+")", nil)
		}
		works = append(works, e)
	}
	if len(offs) == 0 {
		return fail(year, "days", "no day off", nil)
	}
	sort.Slice(offs, func(a, b int) bool { return offs[a].date.Before(offs[b].date) })
	var hs []Holiday
	for _, e := range offs {
		hs, _ = extendOrAppend(hs, e.festival, e.date, e.date)
	}
	for _, e := range works {
		best := nearestBlock(hs, e.festival, e.date)
		if best < 0 {
			return fail(year, fmt.Sprintf("days[%d] (%s)", e.index, e.date), fmt.Sprintf("makeup day for %s, which has no day off", mask.Echo(e.name)), nil)
		}
		hs[best].Makeup = append(hs[best].Makeup, e.date)
	}
	return Schedule{Year: year, Holidays: hs, Source: source}, nil
}

// quietJSON returns err, except that a JSON type error, whose message
// quotes a number of the input in full (a phone or ID number, perhaps),
// becomes one that names only the kinds of value.
func quietJSON(err error) error {
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

// WithHolidayCN returns a new Calendar in which the schedule read from a
// holiday-cn per-year file (see ParseHolidayCN) replaces or adds that year.
// c itself is not changed.
func (c *Calendar) WithHolidayCN(data []byte) (*Calendar, error) {
	s, err := ParseHolidayCN(data)
	if err != nil {
		return nil, err
	}
	return c.WithSchedule(s)
}
