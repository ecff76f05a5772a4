package workday

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/beian-go/beian/internal/xerr"
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
	maxBlocks       = 64 // a real year has fewer than ten
)

// ErrSchedule matches every *[ScheduleError].
var ErrSchedule = errors.New("workday: invalid schedule")

// ScheduleError is a malformed or contradictory schedule or holiday-cn
// file, as a *ScheduleError; it unwraps to Err. It is never zero and safe
// for concurrent reads.
type ScheduleError struct {
	Year   int    // 0 if unknown or not a year of 1..9999
	Entry  string // e.g. `days[3] (2026-02-30)` or `holidays[1] 春节 2026-02-15..2026-02-23`
	Reason string // in English
	Err    error  // an underlying error (from encoding/json), or nil
}

func (e *ScheduleError) Error() string {
	subject := "invalid schedule"
	if e.Year != 0 {
		subject += " for " + strconv.Itoa(e.Year)
	}
	if e.Entry != "" {
		subject += ": " + e.Entry
	}
	return xerr.Message("workday", subject, "", e.Reason, e.Err)
}

// errYear is y as a ScheduleError may carry it: 0 unless it is a year of
// 1..9999 (a long number might be a phone or ID number).
func errYear(y int) int {
	if y < minYear || y > maxYear {
		return 0
	}
	return y
}

func (e *ScheduleError) Is(target error) bool { return xerr.Is(target, ErrSchedule) }

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
// Year, Official, Provisional and Source filled in.
func normalize(s Schedule) ([]Holiday, error) {
	if s.Year < minScheduleYear || s.Year > maxScheduleYear {
		return nil, &ScheduleError{Year: errYear(s.Year), Entry: "year", Reason: fmt.Sprintf("outside %d..%d", minScheduleYear, maxScheduleYear)}
	}
	switch {
	case len(s.Holidays) == 0:
		return nil, &ScheduleError{Year: s.Year, Reason: "no holidays"}
	case len(s.Holidays) > maxBlocks:
		return nil, &ScheduleError{Year: s.Year, Reason: fmt.Sprintf("more than %d blocks", maxBlocks)}
	}
	out := make([]Holiday, 0, len(s.Holidays))
	seenMakeup := map[Date]int{}
	for i, h := range s.Holidays {
		h, err := normalizeBlock(s, i, h, seenMakeup)
		if err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start.Before(out[b].Start) })
	if err := checkOverlaps(s.Year, out); err != nil {
		return nil, err
	}
	return out, nil
}

// normalizeBlock checks block i of s and returns it filled in, with its
// own sorted Makeup. seen maps the makeup days of earlier blocks to their
// index.
func normalizeBlock(s Schedule, i int, h Holiday, seen map[Date]int) (Holiday, error) {
	y := s.Year
	entry := fmt.Sprintf("holidays[%d] %s", i, h.entry())
	fail := func(entry, reason string) (Holiday, error) {
		return Holiday{}, &ScheduleError{Year: y, Entry: entry, Reason: reason}
	}
	switch {
	case h.Festival == FestivalNone || h.Festival >= festivalCount:
		return fail(entry, "unknown festival")
	case !h.Start.IsValid() || !h.End.IsValid():
		return fail(entry, "start or end date missing")
	case h.End.Before(h.Start):
		return fail(entry, "end before start")
	case h.End.DaysSince(h.Start) >= maxBlockDays:
		return fail(entry, fmt.Sprintf("block longer than %d days", maxBlockDays))
	case !inWindow(h.Start, y, h.Festival) || !inWindow(h.End, y, h.Festival):
		return fail(entry, "date outside the year")
	case len(h.Makeup) > maxBlockDays:
		return fail(entry, fmt.Sprintf("more than %d makeup days", maxBlockDays))
	}
	mk := append([]Date(nil), h.Makeup...)
	sort.Slice(mk, func(a, b int) bool { return mk[a].Before(mk[b]) })
	for _, m := range mk {
		mentry := fmt.Sprintf("%s makeup %s", entry, m)
		switch {
		case !m.IsValid():
			return fail(mentry, "makeup date missing")
		case !isWeekend(m):
			return fail(mentry, "makeup day on a weekday ("+m.Weekday().String()+")")
		case !inWindow(m, y, h.Festival):
			return fail(mentry, "date outside the year")
		}
		if j, dup := seen[m]; dup {
			return fail(mentry, fmt.Sprintf("makeup day listed twice (also in holidays[%d])", j))
		}
		seen[m] = i
	}
	h.Makeup = mk
	h.Year = y
	h.Official = !s.Provisional
	h.Provisional = s.Provisional
	if h.Source == "" {
		h.Source = s.Source
	}
	return h, nil
}

// checkOverlaps refuses blocks, sorted by start, that overlap, and makeup
// days inside a block. Blocks that do not overlap are in the same order by
// end, so each makeup day is looked up by binary search.
func checkOverlaps(y int, hs []Holiday) error {
	for i := 1; i < len(hs); i++ {
		if !hs[i].Start.After(hs[i-1].End) {
			return &ScheduleError{Year: y, Entry: hs[i].entry(), Reason: "overlaps " + hs[i-1].entry()}
		}
	}
	for _, h := range hs {
		for _, m := range h.Makeup {
			j := sort.Search(len(hs), func(j int) bool { return !hs[j].End.Before(m) })
			if j < len(hs) && hs[j].contains(m) {
				return &ScheduleError{Year: y, Entry: fmt.Sprintf("%s makeup %s", h.Festival.Label(), m),
					Reason: "inside the days off of " + hs[j].entry()}
			}
		}
	}
	return nil
}
