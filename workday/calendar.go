package workday

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"sync"
	"time"
)

// Calendar answers which days are worked in mainland China and counts in
// working days.
//
// A Calendar is immutable and safe for concurrent use by many goroutines.
// Get the mainland calendar with [China]; derive an updated one with
// [Calendar.WithSchedule] or [Calendar.WithHolidayCN]; build one from
// schedules of your own with [New]. The zero Calendar, and a nil
// *Calendar, has no data: every day is answered Monday–Friday and flagged
// as not covered. [Calendar.Day] says where each answer comes from.
type Calendar struct {
	years     map[int]yearSchedule // announced and provisional schedules by year
	blocks    []Holiday            // every block, scheduled and projected, sorted by Start
	projFirst int                  // first projected year (0 when none)
	projLast  int                  // last projected year

	// The day table covers Date numbers base .. base+len(days)-1.
	base      int32
	days      []uint16 // per day: kind | festival<<kindBits | basis<<basisShift
	bits      []uint64 // bit i set when day base+i is a workday
	cum       []int32  // cum[w] = workdays in bits[:w]
	baseCount int64    // workdays (Monday–Friday) from 0001-01-01 to the day before base
	endCount  int64    // workdays from 0001-01-01 to the last day of the table
}

// yearSchedule is one year's normalized blocks.
type yearSchedule struct {
	holidays    []Holiday
	provisional bool
}

const (
	kindBits     = 3
	festivalBits = 4
	basisShift   = kindBits + festivalBits

	// Where a day's answer comes from.
	basisNone        = 0
	basisOfficial    = 1
	basisProjected   = 2
	basisProvisional = 3
)

var china = sync.OnceValue(func() *Calendar {
	c, err := New(embeddedSchedules()...)
	if err != nil {
		// The embedded data is checked by the generator and by the tests.
		panic("workday: embedded schedule data is invalid: " + err.Error())
	}
	return c
})

// China returns the shared mainland calendar of the embedded data (see the
// package documentation), built on first use.
func China() *Calendar { return china() }

// New builds a calendar from the given schedules, one per year, and
// projects the statutory holidays for every other year; with none it only
// projects. An invalid schedule, a year given twice, or adjacent years that
// overlap give a *[ScheduleError].
func New(schedules ...Schedule) (*Calendar, error) {
	m := make(map[int]yearSchedule, len(schedules))
	for _, s := range schedules {
		if _, dup := m[s.Year]; dup {
			return nil, &ScheduleError{Year: errYear(s.Year), Reason: "year given twice"}
		}
		hs, err := normalize(s)
		if err != nil {
			return nil, err
		}
		m[s.Year] = yearSchedule{hs, s.Provisional}
	}
	if err := checkAcrossYears(m); err != nil {
		return nil, err
	}
	return build(m), nil
}

// WithSchedule returns a new Calendar in which s replaces the schedule of
// s.Year (or adds it); c and s are not changed. A schedule that is
// malformed or contradicts itself or a neighbouring year (a makeup day on a
// weekday or inside a block, a date outside the year, overlapping blocks)
// gives a *[ScheduleError] naming the entry.
func (c *Calendar) WithSchedule(s Schedule) (*Calendar, error) {
	hs, err := normalize(s)
	if err != nil {
		return nil, err
	}
	var old map[int]yearSchedule
	if c != nil {
		old = c.years
	}
	m := make(map[int]yearSchedule, len(old)+1)
	for y, v := range old {
		m[y] = v
	}
	m[s.Year] = yearSchedule{hs, s.Provisional}
	if err := checkAcrossYears(m); err != nil {
		return nil, err
	}
	return build(m), nil
}

// checkAcrossYears rejects blocks or makeup days of one year that collide
// with another year's (possible only around New Year).
func checkAcrossYears(m map[int]yearSchedule) error {
	for y, ys := range m {
		prev, ok := m[y-1]
		if !ok {
			continue
		}
		for _, h := range ys.holidays {
			for _, p := range prev.holidays {
				if err := collide(y, h, p); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// collide reports a block h of year y that overlaps, or whose makeup days
// meet, a block p of the year before.
func collide(y int, h, p Holiday) error {
	if !h.Start.After(p.End) && !p.Start.After(h.End) {
		return &ScheduleError{Year: y, Entry: h.entry(),
			Reason: fmt.Sprintf("overlaps %s of the %d schedule", p.entry(), y-1)}
	}
	for _, mk := range h.Makeup {
		if p.contains(mk) || slices.Contains(p.Makeup, mk) {
			return &ScheduleError{Year: y, Entry: fmt.Sprintf("%s makeup %s", h.Festival.Label(), mk),
				Reason: fmt.Sprintf("collides with the %d schedule", y-1)}
		}
	}
	for _, mk := range p.Makeup {
		if h.contains(mk) {
			return &ScheduleError{Year: y, Entry: h.entry(),
				Reason: fmt.Sprintf("contains makeup day %s of the %d schedule", mk, y-1)}
		}
	}
	return nil
}

// build lays out the day table of validated schedules.
func build(m map[int]yearSchedule) *Calendar {
	c := &Calendar{years: m}
	proj := c.project()
	c.blocks = sortedBlocks(m, proj)
	first, last, ok := c.span()
	if !ok {
		return c
	}
	c.layWeeks(first, last)
	for _, h := range proj {
		c.mark(h, basisProjected)
	}
	for _, y := range sortedYears(m) {
		for _, h := range m[y].holidays {
			c.mark(h, c.basis(y))
		}
	}
	c.countWorkdays()
	return c
}

// project returns the statutory blocks of every year the projection can
// answer and no schedule covers, and records the projection's range.
func (c *Calendar) project() []Holiday {
	pf, pl := projectionYears()
	if pf > pl {
		return nil
	}
	c.projFirst, c.projLast = pf, pl
	var proj []Holiday
	for y := pf; y <= pl; y++ {
		if _, ok := c.years[y]; !ok {
			proj = append(proj, projectYear(y)...)
		}
	}
	return proj
}

// sortedBlocks returns every scheduled and projected block by start date.
func sortedBlocks(m map[int]yearSchedule, proj []Holiday) []Holiday {
	var out []Holiday
	for _, ys := range m {
		out = append(out, ys.holidays...)
	}
	out = append(out, proj...)
	sort.Slice(out, func(a, b int) bool { return out[a].Start.Before(out[b].Start) })
	return out
}

func sortedYears(m map[int]yearSchedule) []int {
	years := make([]int, 0, len(m))
	for y := range m {
		years = append(years, y)
	}
	sort.Ints(years)
	return years
}

// span returns the years the day table covers: the scheduled years, the
// year before the first (which may hold New Year rows) and the projected
// years. ok is false when there is nothing to lay out.
func (c *Calendar) span() (first, last int, ok bool) {
	first, last = c.projFirst, c.projLast
	if c.projFirst == 0 {
		first, last = maxYear, minYear
	}
	for y := range c.years {
		first, last = min(first, y-1), max(last, y)
	}
	return first, last, first <= last
}

// basis returns where the answers for year y come from.
func (c *Calendar) basis(y int) uint16 {
	if ys, ok := c.years[y]; ok {
		if ys.provisional {
			return basisProvisional
		}
		return basisOfficial
	}
	if c.projFirst != 0 && y >= c.projFirst && y <= c.projLast {
		return basisProjected
	}
	return basisNone
}

// layWeeks fills the years first..last with workdays and weekend days.
func (c *Calendar) layWeeks(first, last int) {
	start := MustDate(first, time.January, 1)
	c.base = start.n
	c.days = make([]uint16, MustDate(last, time.December, 31).n-start.n+1)
	for y := first; y <= last; y++ {
		b := c.basis(y) << basisShift
		for d, end := MustDate(y, time.January, 1), MustDate(y, time.December, 31); !d.After(end); d = d.next() {
			k := KindWorkday
			if isWeekend(d) {
				k = KindWeekend
			}
			c.days[d.n-c.base] = uint16(k) | b
		}
	}
}

// mark writes the days off and makeup days of h, answered from basis.
func (c *Calendar) mark(h Holiday, basis uint16) {
	v := uint16(h.Festival)<<kindBits | basis<<basisShift
	for d := h.Start; !d.After(h.End); d = d.next() {
		c.days[d.n-c.base] = uint16(KindHoliday) | v
	}
	for _, d := range h.Makeup {
		c.days[d.n-c.base] = uint16(KindMakeup) | v
	}
}

// countWorkdays sets the workday bits and their running counts.
func (c *Calendar) countWorkdays() {
	words := (len(c.days) + 63) / 64
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

// IsWorkday reports whether d is worked: a Monday–Friday outside every
// block of days off, or a makeup day. Invalid dates are not workdays.
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

// AddWorkdays returns the n-th workday strictly after d for n > 0, the
// |n|-th strictly before it for n < 0, and d itself for n == 0. An invalid
// d, or a result outside 0001-01-01..9999-12-31, gives the zero Date.
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

// WorkdaysBetween returns the number of workdays in (from, to], or minus
// the number in [to, from) when to is before from: the inverse of
// AddWorkdays. It returns 0 if either date is invalid.
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

// Day describes d, or returns the zero DayInfo for an invalid d.
func (c *Calendar) Day(d Date) DayInfo {
	if !d.IsValid() {
		return DayInfo{}
	}
	if c != nil {
		if off := uint32(d.n - c.base); off < uint32(len(c.days)) {
			v := c.days[off]
			basis := v >> basisShift
			return DayInfo{
				Date:        d,
				Kind:        Kind(v & (1<<kindBits - 1)),
				Festival:    Festival(v >> kindBits & (1<<festivalBits - 1)),
				Official:    basis == basisOfficial,
				Provisional: basis == basisProvisional,
				Projected:   basis == basisProjected,
			}
		}
	}
	k := KindWorkday
	if isWeekend(d) {
		k = KindWeekend
	}
	return DayInfo{Date: d, Kind: k}
}

// Holidays returns a copy of the blocks of days off of year (scheduled or
// projected), in date order, or nil.
func (c *Calendar) Holidays(year int) []Holiday {
	if c == nil {
		return nil
	}
	if ys, ok := c.years[year]; ok {
		return cloneAll(ys.holidays)
	}
	if c.basis(year) != basisProjected {
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

// HolidaysBetween returns a copy of every block of days off with a day in
// [from, to], in date order, or nil.
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

// Official reports whether c has the State Council's schedule for year:
// [FirstYear]..[LastYear] in [China], and years added by WithHolidayCN or
// by WithSchedule without Provisional.
func (c *Calendar) Official(year int) bool {
	return c != nil && c.basis(year) == basisOfficial
}

// Years returns the first and last years with an official schedule (0, 0
// when none); there may be gaps.
func (c *Calendar) Years() (first, last int) {
	if c == nil {
		return 0, 0
	}
	for y, ys := range c.years {
		if ys.provisional {
			continue
		}
		if first == 0 || y < first {
			first = y
		}
		last = max(last, y)
	}
	return first, last
}

// ProjectedYears returns the years projected when they have no schedule;
// first > last when c projects nothing.
func (c *Calendar) ProjectedYears() (first, last int) {
	if c == nil || c.projFirst == 0 {
		return 1, 0
	}
	return c.projFirst, c.projLast
}

// next returns the following day, without range checks.
func (d Date) next() Date { return Date{n: d.n + 1} }
