package workday

import (
	"fmt"
	"math/bits"
	"sort"
	"sync"
	"time"
)

// Calendar answers which days are worked in mainland China and counts in
// working days.
//
// A Calendar is immutable and safe for concurrent use by many goroutines.
// Get the mainland calendar with [China]; derive an updated one with
// [Calendar.WithSchedule] or [Calendar.WithHolidayCN]; build one from a
// table of your own with [New]. The zero Calendar has no data at all: it
// answers every question with Monday–Friday and flags every day as not
// covered. A nil *Calendar behaves like the zero Calendar.
//
// Every day is answered from one of three sources, reported by
// [Calendar.Day]:
//   - an announced schedule ([Calendar.Official] years, [FirstYear]..[LastYear]
//     in the embedded data);
//   - a projection of the statutory holidays in force that year, for years
//     without an announced schedule ([DayInfo.Projected]; see the package
//     documentation);
//   - nothing: Monday–Friday only, flagged as not covered
//     ([DayInfo.Covered] is false).
type Calendar struct {
	schedules map[int][]Holiday // official blocks per announced year, sorted
	sources   map[int]string    // the Source given for each announced year
	blocks    []Holiday         // every block, official and projected, sorted by Start
	projFirst int               // first projected year (0 when none)
	projLast  int               // last projected year

	// The day table covers Date numbers base .. base+len(days)-1.
	base      int32
	days      []uint16 // per day: kind | festival<<kindBits | basis<<(kindBits+festivalBits)
	bits      []uint64 // bit i set when day base+i is a workday
	cum       []int32  // cum[w] = workdays in bits[:w]
	baseCount int64    // workdays (Monday–Friday) from 0001-01-01 to the day before base
	endCount  int64    // workdays from 0001-01-01 to the last day of the table
}

const (
	kindBits     = 3
	festivalBits = 4
	basisShift   = kindBits + festivalBits

	basisNone      = 0
	basisOfficial  = 1
	basisProjected = 2
)

var china = sync.OnceValue(func() *Calendar {
	c, err := New(embeddedSchedules()...)
	if err != nil {
		// The embedded data is checked by the generator and by the tests.
		panic("workday: embedded schedule data is invalid: " + err.Error())
	}
	return c
})

// China returns the mainland calendar built from the embedded schedules
// (FirstYear..LastYear) and the statutory projection. It is built once, on
// first use, and shared: the same *Calendar is returned on every call.
func China() *Calendar { return china() }

// New builds a calendar from the given announced schedules, one per year,
// and projects the statutory holidays for every other year it can. It
// returns a *[ScheduleError] (matching [ErrSchedule]) if a schedule is
// invalid, two schedules share a year, or schedules of adjacent years
// overlap.
//
// New with no schedules gives a calendar that only projects; tests use New
// to build a calendar from a small synthetic table.
func New(schedules ...Schedule) (*Calendar, error) {
	m := make(map[int][]Holiday, len(schedules))
	src := make(map[int]string, len(schedules))
	for _, s := range schedules {
		if _, dup := m[s.Year]; dup {
			return nil, &ScheduleError{Year: s.Year, Reason: "year given twice"}
		}
		hs, err := normalize(s)
		if err != nil {
			return nil, err
		}
		m[s.Year] = hs
		src[s.Year] = s.Source
	}
	if err := checkAcrossYears(m); err != nil {
		return nil, err
	}
	return build(m, src), nil
}

// WithSchedule returns a new Calendar in which s replaces the schedule of
// s.Year (or adds it). c itself is not changed, nor is s. It returns a
// *[ScheduleError] (matching [ErrSchedule]) naming the offending entry when
// s is malformed or contradicts itself or a neighbouring year's schedule: a
// makeup day on a weekday or inside a block, a date outside the year (元旦
// may start in the last week of the previous December), blocks that
// overlap, a makeup day listed twice, a block without a festival or longer
// than 31 days.
func (c *Calendar) WithSchedule(s Schedule) (*Calendar, error) {
	hs, err := normalize(s)
	if err != nil {
		return nil, err
	}
	m := make(map[int][]Holiday, len(c.scheds())+1)
	src := make(map[int]string, len(c.scheds())+1)
	if c != nil {
		for y, v := range c.schedules {
			m[y] = v
			src[y] = c.sources[y]
		}
	}
	m[s.Year] = hs
	src[s.Year] = s.Source
	if err := checkAcrossYears(m); err != nil {
		return nil, err
	}
	return build(m, src), nil
}

func (c *Calendar) scheds() map[int][]Holiday {
	if c == nil {
		return nil
	}
	return c.schedules
}

// checkAcrossYears rejects blocks or makeup days of one year that collide
// with another year's (possible only around New Year).
func checkAcrossYears(m map[int][]Holiday) error {
	for y, hs := range m {
		prev, ok := m[y-1]
		if !ok {
			continue
		}
		for _, h := range hs {
			for _, p := range prev {
				if !h.Start.After(p.End) && !p.Start.After(h.End) {
					return &ScheduleError{Year: y, Entry: fmt.Sprintf("%s %s..%s", h.Festival.Label(), h.Start, h.End),
						Reason: fmt.Sprintf("overlaps %s %s..%s of the %d schedule", p.Festival.Label(), p.Start, p.End, y-1)}
				}
				for _, mk := range h.Makeup {
					if p.Contains(mk) || containsDate(p.Makeup, mk) {
						return &ScheduleError{Year: y, Entry: fmt.Sprintf("%s makeup %s", h.Festival.Label(), mk),
							Reason: fmt.Sprintf("collides with the %d schedule", y-1)}
					}
				}
				for _, mk := range p.Makeup {
					if h.Contains(mk) {
						return &ScheduleError{Year: y, Entry: fmt.Sprintf("%s %s..%s", h.Festival.Label(), h.Start, h.End),
							Reason: fmt.Sprintf("contains makeup day %s of the %d schedule", mk, y-1)}
					}
				}
			}
		}
	}
	return nil
}

func containsDate(ds []Date, d Date) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

// build lays out the day table. m must be validated.
func build(m map[int][]Holiday, src map[int]string) *Calendar {
	c := &Calendar{schedules: m, sources: src}
	first, last := 0, 0
	for y := range m {
		if first == 0 || y < first {
			first = y
		}
		if y > last {
			last = y
		}
	}
	// Projected years: every year the lunar table and the statutory rules
	// cover, except announced ones.
	pf, pl := projectionYears()
	var proj []Holiday
	if pf <= pl {
		c.projFirst, c.projLast = pf, pl
		for y := pf; y <= pl; y++ {
			if _, ok := m[y]; ok {
				continue
			}
			proj = append(proj, projectYear(y)...)
		}
	}
	spanFirst, spanLast := first-1, last // the year before the first may hold New Year rows
	if first == 0 {
		spanFirst, spanLast = pf, pl
	} else if pf <= pl {
		spanFirst, spanLast = min(spanFirst, pf), max(spanLast, pl)
	}
	for _, hs := range m {
		c.blocks = append(c.blocks, hs...)
	}
	c.blocks = append(c.blocks, proj...)
	sort.Slice(c.blocks, func(a, b int) bool { return c.blocks[a].Start.Before(c.blocks[b].Start) })
	if spanFirst == 0 || spanFirst > spanLast {
		return c
	}

	start := MustDate(spanFirst, time.January, 1)
	end := MustDate(spanLast, time.December, 31)
	c.base = start.n
	n := int(end.n-start.n) + 1
	c.days = make([]uint16, n)
	for y := spanFirst; y <= spanLast; y++ {
		basis := uint16(basisNone)
		if _, ok := m[y]; ok {
			basis = basisOfficial
		} else if c.projected(y) {
			basis = basisProjected
		}
		ys := MustDate(y, time.January, 1)
		ye := MustDate(y, time.December, 31)
		for d := ys; !d.After(ye); d = d.next() {
			k := KindWorkday
			if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
				k = KindWeekend
			}
			c.days[d.n-c.base] = uint16(k) | basis<<basisShift
		}
	}
	mark := func(h Holiday, basis uint16) {
		for d := h.Start; !d.After(h.End); d = d.next() {
			c.days[d.n-c.base] = uint16(KindHoliday) | uint16(h.Festival)<<kindBits | basis<<basisShift
		}
		for _, d := range h.Makeup {
			c.days[d.n-c.base] = uint16(KindMakeup) | uint16(h.Festival)<<kindBits | basis<<basisShift
		}
	}
	for _, h := range proj {
		mark(h, basisProjected)
	}
	years := make([]int, 0, len(m))
	for y := range m {
		years = append(years, y)
	}
	sort.Ints(years)
	for _, y := range years {
		for _, h := range m[y] {
			mark(h, basisOfficial)
		}
	}

	words := (n + 63) / 64
	c.bits = make([]uint64, words)
	c.cum = make([]int32, words+1)
	for i, v := range c.days {
		if Kind(v & (1<<kindBits - 1)).IsWorkday() {
			c.bits[i>>6] |= 1 << (uint(i) & 63)
		}
	}
	for w, b := range c.bits {
		c.cum[w+1] = c.cum[w] + int32(bits.OnesCount64(b))
	}
	c.baseCount = weekdaysThrough(c.base - 1)
	c.endCount = c.baseCount + int64(c.cum[words])
	return c
}

func (c *Calendar) projected(y int) bool {
	if c.projFirst == 0 || y < c.projFirst || y > c.projLast {
		return false
	}
	_, ok := c.schedules[y]
	return !ok
}

// weekdaysThrough returns the number of Mondays–Fridays from 0001-01-01
// (a Monday, day number 1) to day number x inclusive; 0 for x <= 0.
func weekdaysThrough(x int32) int64 {
	if x <= 0 {
		return 0
	}
	q, r := int64(x)/7, int64(x)%7
	return 5*q + min(r, 5)
}

// firstWithWeekdays returns the smallest day number x with
// weekdaysThrough(x) >= k, for k >= 1.
func firstWithWeekdays(k int64) int64 {
	q, r := (k-1)/5, (k-1)%5+1
	return 7*q + r
}

// count returns the number of workdays from 0001-01-01 to day number x
// inclusive, for 0 <= x <= maxN.
func (c *Calendar) count(x int32) int64 {
	if c == nil || x < c.base {
		return weekdaysThrough(x)
	}
	off := x - c.base
	if int(off) < len(c.days) {
		w := off >> 6
		mask := uint64(2)<<(uint(off)&63) - 1
		return c.baseCount + int64(c.cum[w]) + int64(bits.OnesCount64(c.bits[w]&mask))
	}
	last := c.base + int32(len(c.days)) - 1
	return c.endCount + weekdaysThrough(x) - weekdaysThrough(last)
}

// nth returns the smallest day number x >= 1 with count(x) >= k, for k >= 1,
// searching near the hint word first. The result may exceed maxN.
func (c *Calendar) nth(k int64, hint int) int64 {
	if c == nil || len(c.days) == 0 || k <= c.baseCount {
		return firstWithWeekdays(k)
	}
	if k > c.endCount {
		last := int64(c.base) + int64(len(c.days)) - 1
		return firstWithWeekdays(k - c.endCount + weekdaysThrough(int32(last)))
	}
	r := int32(k - c.baseCount) // 1 .. cum[len]
	// Find w with cum[w] < r <= cum[w+1].
	words := len(c.bits)
	w := hint
	if w < 0 {
		w = 0
	} else if w >= words {
		w = words - 1
	}
	for steps := 0; ; steps++ {
		if c.cum[w] >= r {
			if steps > 4 {
				w = sort.Search(w, func(i int) bool { return c.cum[i+1] >= r })
				break
			}
			w--
			continue
		}
		if c.cum[w+1] < r {
			if steps > 4 {
				w = w + 1 + sort.Search(words-w-1, func(i int) bool { return c.cum[w+1+i+1] >= r })
				break
			}
			w++
			continue
		}
		break
	}
	b := c.bits[w]
	for j := r - c.cum[w]; j > 1; j-- {
		b &= b - 1
	}
	return int64(c.base) + int64(w)*64 + int64(bits.TrailingZeros64(b))
}

// IsWorkday reports whether d is a working day in mainland China: a
// Monday–Friday outside every block of days off, or a makeup day. The zero
// Date and invalid dates are not workdays.
func (c *Calendar) IsWorkday(d Date) bool {
	if c != nil {
		if off := uint32(d.n - c.base); off < uint32(len(c.days)) {
			return c.bits[off>>6]>>(off&63)&1 != 0
		}
	}
	if !d.IsValid() {
		return false
	}
	wd := d.n % 7
	return wd >= 1 && wd <= 5
}

// AddWorkdays counts n workdays from d: for n > 0 it returns the n-th
// workday strictly after d, for n < 0 the |n|-th workday strictly before d,
// and for n == 0 d itself (workday or not). This is the counting of
// rickar/cal's WorkdaysFrom; [Calendar.WorkdaysBetween] is its inverse.
//
// The zero Date, an invalid Date, or a result outside 0001-01-01..9999-12-31
// gives the zero Date.
func (c *Calendar) AddWorkdays(d Date, n int) Date {
	if !d.IsValid() {
		return Date{}
	}
	if n == 0 {
		return d
	}
	// More workdays than there are days; n is widened first, as int may
	// have 32 bits.
	const lim = 1 << 32
	n64 := max(min(int64(n), lim), -lim)
	var k int64
	if n64 > 0 {
		k = c.count(d.n) + n64
	} else {
		k = c.count(d.n-1) + n64 + 1
		if k < 1 {
			return Date{}
		}
	}
	hint := 0
	if c != nil {
		hint = int(d.n-c.base) >> 6
	}
	x := c.nth(k, hint)
	if x < 1 || x > int64(maxN) {
		return Date{}
	}
	return Date{n: int32(x)}
}

// WorkdaysBetween counts workdays from from to to: when to is after from,
// the number of workdays in (from, to]; when to is before from, minus the
// number in [to, from); 0 when they are equal. So
// WorkdaysBetween(d, AddWorkdays(d, n)) == n whenever the result of
// AddWorkdays is valid. It returns 0 if either date is invalid or zero.
func (c *Calendar) WorkdaysBetween(from, to Date) int {
	if !from.IsValid() || !to.IsValid() {
		return 0
	}
	switch {
	case to.n > from.n:
		return int(c.count(to.n) - c.count(from.n))
	case to.n < from.n:
		return -int(c.count(from.n-1) - c.count(to.n-1))
	}
	return 0
}

// Day describes d: its kind, the festival of the block it belongs to (or
// that a makeup day serves), and where the answer comes from. The zero
// Date or an invalid Date gives the zero DayInfo.
func (c *Calendar) Day(d Date) DayInfo {
	if !d.IsValid() {
		return DayInfo{}
	}
	if c != nil {
		if off := uint32(d.n - c.base); off < uint32(len(c.days)) {
			v := c.days[off]
			basis := v >> basisShift
			return DayInfo{
				Date:      d,
				Kind:      Kind(v & (1<<kindBits - 1)),
				Festival:  Festival(v >> kindBits & (1<<festivalBits - 1)),
				Official:  basis == basisOfficial,
				Projected: basis == basisProjected,
			}
		}
	}
	k := KindWorkday
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		k = KindWeekend
	}
	return DayInfo{Date: d, Kind: k}
}

// Holidays returns the blocks of days off of the given year, in date order:
// the announced ones when Official(year), else the projected statutory
// holidays, else nil. Blocks announced with the year may start in the
// previous December. The result is a fresh copy.
func (c *Calendar) Holidays(year int) []Holiday {
	if c == nil {
		return nil
	}
	if hs, ok := c.schedules[year]; ok {
		return cloneAll(hs)
	}
	if !c.projected(year) {
		return nil
	}
	var out []Holiday
	for _, h := range c.HolidaysBetween(MustDate(year, time.January, 1), MustDate(year, time.December, 31)) {
		if h.Year == year {
			out = append(out, h)
		}
	}
	return out
}

// HolidaysBetween returns every block of days off (announced or projected)
// that has at least one day in [from, to], in date order; nil when there
// is none or a date is invalid. The result is a fresh copy.
func (c *Calendar) HolidaysBetween(from, to Date) []Holiday {
	if c == nil || !from.IsValid() || !to.IsValid() || to.Before(from) {
		return nil
	}
	// The first block ending on or after from. Blocks do not overlap, so
	// ends are in the same order as starts.
	i := sort.Search(len(c.blocks), func(i int) bool { return !c.blocks[i].End.Before(from) })
	var out []Holiday
	for ; i < len(c.blocks) && !c.blocks[i].Start.After(to); i++ {
		out = append(out, c.blocks[i].clone())
	}
	return out
}

func cloneAll(hs []Holiday) []Holiday {
	out := make([]Holiday, len(hs))
	for i, h := range hs {
		out[i] = h.clone()
	}
	return out
}

// Official reports whether year has a schedule announced by the State
// Council in c: the embedded years [FirstYear]..[LastYear] for [China],
// and any year added with [Calendar.WithSchedule]. For other years the
// answers are projected or not covered (see [DayInfo]).
func (c *Calendar) Official(year int) bool {
	if c == nil {
		return false
	}
	_, ok := c.schedules[year]
	return ok
}

// Years returns the first and last years with an announced schedule (0, 0
// when there is none). Years added with WithSchedule may leave gaps: check
// Official for a given year.
func (c *Calendar) Years() (first, last int) {
	for y := range c.scheds() {
		if first == 0 || y < first {
			first = y
		}
		if y > last {
			last = y
		}
	}
	return first, last
}

// ProjectedYears returns the range of years answered by projecting the
// statutory holidays when they have no announced schedule; first > last
// when the calendar projects nothing.
func (c *Calendar) ProjectedYears() (first, last int) {
	if c == nil || c.projFirst == 0 {
		return 1, 0
	}
	return c.projFirst, c.projLast
}

// next returns the following day, without range checks.
func (d Date) next() Date { return Date{n: d.n + 1} }
