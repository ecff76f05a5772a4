package workday

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

// Schedule is one year's holiday arrangement as the State Council's notice
// announces it, for [Calendar.WithSchedule] and [New]. The zero value is no
// schedule, which WithSchedule rejects. It is a plain value, safe for
// concurrent reads; WithSchedule copies what it needs.
type Schedule struct {
	Year     int       `json:"year"`
	Holidays []Holiday `json:"holidays"`         // Festival, Start, End, Makeup and Source are read
	Source   string    `json:"source,omitempty"` // for blocks without one, e.g. the notice's number and title
	// Provisional marks a schedule not checked against the notice (from a
	// compilation, say): its days are answered, but not as Official.
	Provisional bool `json:"provisional,omitempty"`
}

// Limits on the years a schedule may announce.
const (
	minScheduleYear = 1949
	maxScheduleYear = 2199
	maxBlockDays    = 31
)

// ErrSchedule matches every *[ScheduleError].
var ErrSchedule = errors.New("workday: invalid schedule")

// ScheduleError is a malformed or contradictory schedule or holiday-cn
// file, as a *ScheduleError. It is never zero and safe for concurrent reads.
type ScheduleError struct {
	Year   int    // 0 if unknown or not a year of 1..9999
	Entry  string // e.g. `days[3] (2026-02-30)` or `holidays[1] 春节 2026-02-15..2026-02-23`
	Reason string // in English
	Err    error  // an underlying error (from encoding/json), or nil
}

func (e *ScheduleError) Error() string {
	s := "workday: invalid schedule"
	if e.Year != 0 {
		s += fmt.Sprintf(" for %d", e.Year)
	}
	if e.Entry != "" {
		s += ": " + e.Entry
	}
	s += ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// errYear is y as a ScheduleError may carry it: 0 unless it is a year of
// 1..9999 (a long number might be a phone or ID number).
func errYear(y int) int {
	if y < minYear || y > maxYear {
		return 0
	}
	return y
}

// Is reports whether target is ErrSchedule.
func (e *ScheduleError) Is(target error) bool { return target == ErrSchedule }

// Unwrap returns the underlying error, if any.
func (e *ScheduleError) Unwrap() error { return e.Err }

// inWindow reports whether d may appear in the schedule of year y for
// festival f: any day of y, and for 元旦 also the last seven days of the
// previous December (blocks and makeup days announced with the new year).
func inWindow(d Date, y int, f Festival) bool {
	if d.Year() == y {
		return true
	}
	return f == FestivalNewYear && d.Year() == y-1 && d.Month() == time.December && d.Day() >= 25
}

// normalize checks s and returns a copy with blocks and makeup days sorted,
// Year, Official and Source filled in.
func normalize(s Schedule) ([]Holiday, error) {
	y := s.Year
	fail := func(entry, reason string) error {
		return &ScheduleError{Year: y, Entry: entry, Reason: reason}
	}
	if y < minScheduleYear || y > maxScheduleYear {
		return nil, &ScheduleError{Year: errYear(y), Entry: "year", Reason: fmt.Sprintf("outside %d..%d", minScheduleYear, maxScheduleYear)}
	}
	if len(s.Holidays) == 0 {
		return nil, fail("", "no holidays")
	}
	out := make([]Holiday, 0, len(s.Holidays))
	seenMakeup := map[Date]int{}
	for i, h := range s.Holidays {
		entry := fmt.Sprintf("holidays[%d] %s %s..%s", i, h.Festival.Label(), h.Start, h.End)
		switch {
		case h.Festival == FestivalNone || h.Festival >= festivalCount:
			return nil, fail(entry, "unknown festival")
		case !h.Start.IsValid() || !h.End.IsValid():
			return nil, fail(entry, "start or end date missing")
		case h.End.Before(h.Start):
			return nil, fail(entry, "end before start")
		case h.End.DaysSince(h.Start) >= maxBlockDays:
			return nil, fail(entry, fmt.Sprintf("block longer than %d days", maxBlockDays))
		case !inWindow(h.Start, y, h.Festival) || !inWindow(h.End, y, h.Festival):
			return nil, fail(entry, "date outside the year")
		}
		h.Year = y
		h.Official = !s.Provisional
		h.Provisional = s.Provisional
		if h.Source == "" {
			h.Source = s.Source
		}
		mk := append([]Date(nil), h.Makeup...)
		sort.Slice(mk, func(a, b int) bool { return mk[a].Before(mk[b]) })
		for _, m := range mk {
			mentry := fmt.Sprintf("%s makeup %s", entry, m)
			switch {
			case !m.IsValid():
				return nil, fail(mentry, "makeup date missing")
			case m.Weekday() != time.Saturday && m.Weekday() != time.Sunday:
				return nil, fail(mentry, "makeup day on a weekday ("+m.Weekday().String()+")")
			case !inWindow(m, y, h.Festival):
				return nil, fail(mentry, "date outside the year")
			}
			if j, dup := seenMakeup[m]; dup {
				return nil, fail(mentry, fmt.Sprintf("makeup day listed twice (also in holidays[%d])", j))
			}
			seenMakeup[m] = i
		}
		h.Makeup = mk
		out = append(out, h)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start.Before(out[b].Start) })
	for i := 1; i < len(out); i++ {
		if !out[i].Start.After(out[i-1].End) {
			return nil, fail(fmt.Sprintf("%s %s..%s", out[i].Festival.Label(), out[i].Start, out[i].End),
				fmt.Sprintf("overlaps %s %s..%s", out[i-1].Festival.Label(), out[i-1].Start, out[i-1].End))
		}
	}
	for _, h := range out {
		for _, m := range h.Makeup {
			for _, g := range out {
				if g.contains(m) {
					return nil, fail(fmt.Sprintf("%s makeup %s", h.Festival.Label(), m),
						fmt.Sprintf("inside the days off of %s %s..%s", g.Festival.Label(), g.Start, g.End))
				}
			}
		}
	}
	return out, nil
}
