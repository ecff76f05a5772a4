package workday

import (
	"time"

	"github.com/beian-go/beian/workday/internal/lunar"
)

// The projection answers years without an announced schedule from the
// statutory holidays of 《全国年节及纪念日放假办法》 in force that year:
//
//	1949 text (to 1999-09-17): 元旦 1 day; 春节 初一..初三; 劳动节 05-01; 国庆节 10-01..10-02
//	1999 amendment (from 1999-09-18): 劳动节 05-01..05-03; 国庆节 10-01..10-03
//	2007 amendment (from 2008): 元旦 1; 春节 除夕..初二; 清明节 1; 劳动节 05-01; 端午节 1; 中秋节 1; 国庆节 3
//	2013 amendment (from 2014): 春节 初一..初三 instead of 除夕..初二
//	2024 amendment (from 2025): 春节 除夕..初三; 劳动节 05-01..05-02
//
// A statutory day that falls on a weekend is simply a day off: no
// substitute day and no makeup day is guessed, because the State Council
// decides those each year. When 中秋节 falls inside 10-01..10-03 the two
// festivals form one block (FestivalMidAutumnNationalDay).
//
// Projection starts in 1996, the first full year of the five-day week
// (introduced 1995-05-01); earlier years, and years the lunar table does not
// cover, are answered Monday–Friday and flagged as not covered.
const projectionFirstYear = 1996

// projectionYears returns the range of years the projection can answer.
func projectionYears() (first, last int) {
	return max(lunar.First, projectionFirstYear), lunar.Last
}

// projectYear returns the statutory blocks of year y, in date order; nil
// when the lunar dates of y are unknown.
func projectYear(y int) []Holiday {
	ld, ok := lunar.For(y)
	if !ok {
		return nil
	}
	day := func(m time.Month, d int) Date { return MustDate(y, m, d) }
	lunarDay := func(md lunar.MonthDay) Date { return day(md.Month, md.Day) }
	span := func(f Festival, start Date, days int) Holiday {
		return Holiday{Festival: f, Year: y, Start: start, End: start.AddDays(days - 1), Source: "projection"}
	}
	spring := lunarDay(ld.SpringFestival)
	var hs []Holiday
	hs = append(hs, span(FestivalNewYear, day(time.January, 1), 1))
	switch {
	case y < 2008:
		hs = append(hs, span(FestivalSpringFestival, spring, 3))
	case y < 2014:
		hs = append(hs, span(FestivalSpringFestival, spring.AddDays(-1), 3))
	case y < 2025:
		hs = append(hs, span(FestivalSpringFestival, spring, 3))
	default:
		hs = append(hs, span(FestivalSpringFestival, spring.AddDays(-1), 4))
	}
	if y >= 2008 {
		hs = append(hs, span(FestivalQingming, lunarDay(ld.Qingming), 1))
	}
	switch {
	case y < 2000:
		hs = append(hs, span(FestivalLabourDay, day(time.May, 1), 1))
	case y < 2008:
		hs = append(hs, span(FestivalLabourDay, day(time.May, 1), 3))
	case y < 2025:
		hs = append(hs, span(FestivalLabourDay, day(time.May, 1), 1))
	default:
		hs = append(hs, span(FestivalLabourDay, day(time.May, 1), 2))
	}
	national := span(FestivalNationalDay, day(time.October, 1), 3)
	if y < 1999 {
		national = span(FestivalNationalDay, day(time.October, 1), 2)
	}
	if y >= 2008 {
		hs = append(hs, span(FestivalDragonBoat, lunarDay(ld.DragonBoat), 1))
		mid := span(FestivalMidAutumn, lunarDay(ld.MidAutumn), 1)
		if national.contains(mid.Start) {
			national.Festival = FestivalMidAutumnNationalDay
		} else {
			hs = append(hs, mid)
		}
	}
	hs = append(hs, national)
	return hs
}
