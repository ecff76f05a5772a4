package workday

// Holiday is one block of consecutive days off (放假) for a festival, as a
// notice of the State Council states it, with the weekend days worked in
// exchange (调休上班).
//
// Weekend days inside the block belong to it: the Saturday inside a Spring
// Festival block is reported as 春节. A block may start in the December of
// the previous year (元旦 2007-12-30..2008-01-01 was announced with 2008).
//
// The zero value is no block (Start and End are zero). A Holiday returned by
// a Calendar is a copy: changing it, or its Makeup slice, does not change
// the Calendar. It is safe for concurrent reads. In JSON its fields have
// lower-case names, dates are written as 2006-01-02 and the festival as its
// id (see [Festival.String]), so a [Schedule] can be kept in a file.
type Holiday struct {
	Festival Festival `json:"festival"`         // the occasion; FestivalMidAutumnNationalDay for a combined block
	Year     int      `json:"year"`             // the year of the schedule that announced the block
	Start    Date     `json:"start"`            // first day off
	End      Date     `json:"end"`              // last day off, inclusive
	Makeup   []Date   `json:"makeup,omitempty"` // weekend days worked in exchange, in date order; may be empty
	Official bool     `json:"official"`         // true when announced by the State Council; false for a projection
	Source   string   `json:"source,omitempty"` // where the block comes from: notice number and title, or "projection"
}

// Days returns the number of days off in the block, weekend days included;
// 0 for the zero Holiday.
func (h Holiday) Days() int {
	if !h.Start.IsValid() || !h.End.IsValid() || h.End.Before(h.Start) {
		return 0
	}
	return h.End.DaysSince(h.Start) + 1
}

// Contains reports whether d is one of the block's days off.
func (h Holiday) Contains(d Date) bool {
	return d.IsValid() && !d.Before(h.Start) && !d.After(h.End)
}

// clone returns h with its own Makeup slice.
func (h Holiday) clone() Holiday {
	if h.Makeup != nil {
		h.Makeup = append([]Date(nil), h.Makeup...)
	}
	return h
}

// extendOrAppend adds the days off start..end of festival f to hs, which is
// in date order: it lengthens the last block when that block is of the same
// festival and ends the day before start (an amendment, or a holiday-cn
// file listing day by day), and appends a new block otherwise. It reports
// whether it lengthened a block.
func extendOrAppend(hs []Holiday, f Festival, start, end Date) ([]Holiday, bool) {
	if n := len(hs); n > 0 && hs[n-1].Festival == f && hs[n-1].End.AddDays(1) == start {
		hs[n-1].End = end
		return hs, true
	}
	return append(hs, Holiday{Festival: f, Start: start, End: end}), false
}

// nearestBlock returns the index of the block of festival f nearest to d,
// the block a makeup day d of f serves; -1 when hs has no block of f.
func nearestBlock(hs []Holiday, f Festival, d Date) int {
	best, bestDist := -1, 0
	for i, h := range hs {
		if h.Festival != f {
			continue
		}
		dist := d.DaysSince(h.End)
		if d.Before(h.Start) {
			dist = h.Start.DaysSince(d)
		}
		if best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	return best
}

// DayInfo describes one day of the mainland calendar, as Calendar.Day
// returns it.
//
// The zero value (Kind KindUnknown) means no answer: it is what Day returns
// for the zero or an invalid Date. DayInfo is a plain value, safe for
// concurrent use.
type DayInfo struct {
	Date     Date     `json:"date"`
	Kind     Kind     `json:"kind"`
	Festival Festival `json:"festival,omitempty"` // the block the day is in, or the block a makeup day serves; FestivalNone otherwise
	// Official is true when the answer comes from a schedule announced by
	// the State Council.
	Official bool `json:"official"`
	// Projected is true when the year has no announced schedule and the
	// answer comes from the statutory holidays in force that year (no
	// makeup days are guessed).
	Projected bool `json:"projected"`
}

// Covered reports whether the answer rests on an announced schedule or on
// a projection of the statutory holidays. When false, the day lies outside
// every table and the answer is Monday–Friday only.
func (i DayInfo) Covered() bool { return i.Official || i.Projected }

// IsWorkday reports whether the day is worked.
func (i DayInfo) IsWorkday() bool { return i.Kind.IsWorkday() }
