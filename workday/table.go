package workday

//go:generate go run ./internal/gen

import (
	"sort"
	"strings"
)

// noticeRow is one notice of data/cn_notices.csv.
type noticeRow struct {
	id, number, title, published, status string
}

// source returns the text a Holiday carries as its Source.
func (n noticeRow) source() string {
	var b strings.Builder
	if n.number != "" {
		b.WriteString(n.number + " ")
	}
	b.WriteString("《" + n.title + "》")
	if n.published != "" {
		b.WriteString(" " + n.published)
	}
	if n.status == "unverified" {
		b.WriteString(" [unverified]")
	}
	return b.String()
}

// dataRow is one row of data/cn_holidays.csv.
type dataRow struct {
	year     int
	off      bool
	first    string
	last     string // "" for a makeup day
	festival Festival
	notice   int // index into embeddedNotices
}

// embeddedSchedules turns the generated rows into one Schedule per year.
// Off rows of the same festival that touch form one block; makeup rows join
// the block of their festival nearest to them.
func embeddedSchedules() []Schedule {
	byYear := map[int][]dataRow{}
	var years []int
	for _, r := range embeddedRows {
		if _, ok := byYear[r.year]; !ok {
			years = append(years, r.year)
		}
		byYear[r.year] = append(byYear[r.year], r)
	}
	sort.Ints(years)
	out := make([]Schedule, 0, len(years))
	for _, y := range years {
		out = append(out, rowsToSchedule(y, byYear[y]))
	}
	return out
}

func rowsToSchedule(y int, rows []dataRow) Schedule {
	s := Schedule{Year: y}
	var hs []Holiday
	for _, r := range rows {
		if !r.off {
			continue
		}
		start, _ := ParseDate(r.first)
		end, _ := ParseDate(r.last)
		n := embeddedNotices[r.notice]
		s.Provisional = s.Provisional || n.status == "unverified"
		src := n.source()
		var extended bool
		hs, extended = extendOrAppend(hs, r.festival, start, end)
		if h := &hs[len(hs)-1]; !extended {
			h.Source = src
		} else if !strings.Contains(h.Source, src) {
			h.Source += "; " + src
		}
		if s.Source == "" {
			s.Source = src
		}
	}
	for _, r := range rows {
		if r.off {
			continue
		}
		d, _ := ParseDate(r.first)
		best := nearestBlock(hs, r.festival, d)
		if best < 0 {
			// Left for normalize to reject: a makeup day without a block.
			hs = append(hs, Holiday{Festival: r.festival, Makeup: []Date{d}})
			continue
		}
		hs[best].Makeup = append(hs[best].Makeup, d)
		if src := embeddedNotices[r.notice].source(); !strings.Contains(hs[best].Source, src) {
			hs[best].Source += "; " + src
		}
	}
	s.Holidays = hs
	return s
}
