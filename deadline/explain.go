package deadline

import (
	"strconv"
	"strings"
)

// Explain returns the estimate as a sentence a UI can show, in Chinese (zh
// true) or English, naming the holidays inside its window and the years
// whose schedule is not yet announced, for example
//
//	预计 2026-10-08 至 2026-10-30 完成（期间国庆节休息 7 天）
//	expected to be done between 2026-10-08 and 2026-10-30 (7 days off for National Day in between)
//
// It returns "" for the zero Estimate.
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
	if len(e.ProjectedYears) > 0 {
		b.WriteString("（" + joinYears(e.ProjectedYears, "、") + " 年放假安排尚未公布，为推算结果）")
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
	if len(e.ProjectedYears) > 0 {
		b.WriteString(" (holiday schedule for " + joinYears(e.ProjectedYears, ", ") + " not yet announced: estimated)")
	}
}

func joinYears(ys []int, sep string) string {
	parts := make([]string, len(ys))
	for i, y := range ys {
		parts[i] = strconv.Itoa(y)
	}
	return strings.Join(parts, sep)
}
