package deadline

import (
	"sort"
	"strconv"
	"strings"
)

// Explain returns the estimate as a sentence a UI can show, in Chinese (zh
// true) or English, naming the holidays inside its window
// (“预计 2026-10-08 至 2026-10-30 完成（期间国庆节休息 7 天）”) and each kind of
// year that is not official, in the order of their first year: not yet
// announced (“（2028 年放假安排尚未公布，为推算结果）”), provisional
// (“（2027 年放假安排为暂定，尚未与国务院通知核对）”), missing from the
// calendar (“（2005 年放假安排未收入日历，为推算结果）”) or without data
// (“（1995 年无放假安排数据，按周一至周五计）”). It returns "" for the zero
// Estimate.
func (e Estimate) Explain(zh bool) string {
	if !e.Earliest.IsValid() || !e.Latest.IsValid() {
		return ""
	}
	var b strings.Builder
	if zh {
		e.explainZh(&b)
	} else {
		e.explainEn(&b)
	}
	return b.String()
}

func (e Estimate) explainZh(b *strings.Builder) {
	switch {
	case e.Overdue:
		b.WriteString("已超过预计最晚完成日 " + e.Latest.String())
	case e.Earliest == e.Latest:
		b.WriteString("预计 " + e.Latest.String() + " 完成")
	default:
		b.WriteString("预计 " + e.Earliest.String() + " 至 " + e.Latest.String() + " 完成")
	}
	if len(e.Holidays) > 0 {
		b.WriteString("（期间")
		for i, h := range e.Holidays {
			if i > 0 {
				b.WriteString("，")
			}
			b.WriteString(h.Festival.Label() + "休息 " + strconv.Itoa(h.Days) + " 天")
		}
		b.WriteString("）")
	}
	for _, g := range e.yearNotes() {
		switch g.kind {
		case notYetAnnounced:
			b.WriteString("（" + joinYears(g.years, "、") + " 年放假安排尚未公布，为推算结果）")
		case provisionalYear:
			b.WriteString("（" + joinYears(g.years, "、") + " 年放假安排为暂定，尚未与国务院通知核对）")
		case missingYear:
			b.WriteString("（" + joinYears(g.years, "、") + " 年放假安排未收入日历，为推算结果）")
		case uncoveredYear:
			b.WriteString("（" + joinYears(g.years, "、") + " 年无放假安排数据，按周一至周五计）")
		}
	}
}

func (e Estimate) explainEn(b *strings.Builder) {
	switch {
	case e.Overdue:
		b.WriteString("past the latest expected day, " + e.Latest.String())
	case e.Earliest == e.Latest:
		b.WriteString("expected to be done on " + e.Latest.String())
	default:
		b.WriteString("expected to be done between " + e.Earliest.String() + " and " + e.Latest.String())
	}
	if len(e.Holidays) > 0 {
		b.WriteString(" (")
		for i, h := range e.Holidays {
			switch {
			case i == 0:
			case i == len(e.Holidays)-1:
				b.WriteString(" and ")
			default:
				b.WriteString(", ")
			}
			b.WriteString(strconv.Itoa(h.Days))
			if h.Days == 1 {
				b.WriteString(" day off for ")
			} else {
				b.WriteString(" days off for ")
			}
			b.WriteString(h.Festival.English())
		}
		b.WriteString(" in between)")
	}
	for _, g := range e.yearNotes() {
		switch g.kind {
		case notYetAnnounced:
			b.WriteString(" (holiday schedule for " + joinYears(g.years, ", ") + " not yet announced: estimated)")
		case provisionalYear:
			b.WriteString(" (holiday schedule for " + joinYears(g.years, ", ") + " provisional: not yet checked against the State Council's notice)")
		case missingYear:
			b.WriteString(" (holiday schedule for " + joinYears(g.years, ", ") + " not in the calendar: estimated)")
		case uncoveredYear:
			b.WriteString(" (no holiday data for " + joinYears(g.years, ", ") + ": counted Monday to Friday)")
		}
	}
}

// The kinds of years without an announced schedule, as Explain names them.
const (
	notYetAnnounced = iota
	provisionalYear
	missingYear
	uncoveredYear
)

// yearNote is one kind of year without an announced schedule and its years.
type yearNote struct {
	kind  int
	years []int
}

// yearNotes sorts ProjectedYears into the three kinds, each kind with
// years listed once, the kinds in the order of their first year.
func (e Estimate) yearNotes() []yearNote {
	if len(e.ProjectedYears) == 0 {
		return nil
	}
	notes := []yearNote{{kind: notYetAnnounced}, {kind: provisionalYear}, {kind: missingYear}, {kind: uncoveredYear}}
	for _, y := range e.ProjectedYears {
		k := notYetAnnounced
		switch {
		case hasYear(e.ProvisionalYears, y):
			k = provisionalYear
		case hasYear(e.UncoveredYears, y):
			k = uncoveredYear
		case hasYear(e.MissingYears, y):
			k = missingYear
		}
		notes[k].years = append(notes[k].years, y)
	}
	out := notes[:0]
	for _, n := range notes {
		if len(n.years) > 0 {
			out = append(out, n)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].years[0] < out[j].years[0] })
	return out
}

func hasYear(ys []int, y int) bool {
	for _, x := range ys {
		if x == y {
			return true
		}
	}
	return false
}

func joinYears(ys []int, sep string) string {
	parts := make([]string, len(ys))
	for i, y := range ys {
		parts[i] = strconv.Itoa(y)
	}
	return strings.Join(parts, sep)
}
