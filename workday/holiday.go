package workday

import "fmt"

// Holiday is one block of consecutive days off (放假) for a festival, as
// its notice states it (weekend days inside included; a 元旦 block may start
// in the previous December), with the weekend days worked in exchange
// (调休上班). In JSON, dates are 2006-01-02 and the festival its id.
//
// The zero value is no block. A Holiday from a Calendar is a copy, Makeup
// included, safe to change and for concurrent reads.
type Holiday struct {
	Festival    Festival `json:"festival"`              // FestivalMidAutumnNationalDay for a combined block
	Year        int      `json:"year"`                  // the year of the schedule that announced the block
	Start       Date     `json:"start"`                 // first day off
	End         Date     `json:"end"`                   // last day off, inclusive
	Makeup      []Date   `json:"makeup,omitempty"`      // weekend days worked in exchange, in date order
	Official    bool     `json:"official"`              // announced by the State Council
	Provisional bool     `json:"provisional,omitempty"` // from a provisional Schedule
	Source      string   `json:"source,omitempty"`      // notice number and title, or "projection"
}

// Days returns the number of days off in the block, weekend days included.
func (h Holiday) Days() int {
	if !h.Start.IsValid() || !h.End.IsValid() || h.End.Before(h.Start) {
		return 0
	}
	return h.End.DaysSince(h.Start) + 1
}

// contains reports whether d is one of the block's days off.
func (h Holiday) contains(d Date) bool {
	return d.IsValid() && !d.Before(h.Start) && !d.After(h.End)
}

// entry names h in an error: "春节 2026-02-15..2026-02-23".
func (h Holiday) entry() string {
	return fmt.Sprintf("%s %s..%s", h.Festival.Label(), h.Start, h.End)
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

// DayInfo describes one day, as Calendar.Day returns it, and where the
// answer comes from: at most one of Official, Provisional and Projected is
// set (see the package documentation), none outside every table.
//
// The zero value (KindUnknown) is no answer, given for an invalid Date. It
// is a plain value, safe for concurrent use.
type DayInfo struct {
	Date        Date     `json:"date"`
	Kind        Kind     `json:"kind"`
	Festival    Festival `json:"festival,omitempty"` // the block the day is in, or the one a makeup day serves
	Official    bool     `json:"official"`
	Provisional bool     `json:"provisional,omitempty"`
	Projected   bool     `json:"projected"`
}

// Covered reports whether the answer rests on a schedule or a projection
// rather than on Monday–Friday alone.
func (i DayInfo) Covered() bool { return i.Official || i.Provisional || i.Projected }
