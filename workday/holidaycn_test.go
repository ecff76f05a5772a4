package workday_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// cnDay is one entry of a holiday-cn file's "days".
type cnDay struct {
	Name     string `json:"name"`
	Date     string `json:"date"`
	IsOffDay bool   `json:"isOffDay"`
}

// cnFile writes a holiday-cn file of the project's shape.
func cnFile(t *testing.T, year int, days []cnDay) []byte {
	t.Helper()
	if days == nil {
		days = []cnDay{}
	}
	b, err := json.Marshal(map[string]any{
		"$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
		"$id":     fmt.Sprintf("https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/%d.json", year),
		"year":    year,
		"papers":  []string{},
		"days":    days,
	})
	require.NoError(t, err)
	return b
}

// realHolidayCN reads testdata/holidaycn_days.txt: the days of each year
// file of the holiday-cn project, 2007–2027.
func realHolidayCN(t *testing.T) map[int][]cnDay {
	t.Helper()
	f, err := os.Open("testdata/holidaycn_days.txt")
	require.NoError(t, err)
	defer f.Close()
	years := map[int][]cnDay{}
	year := 0
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Fields(text)
		if len(fields) == 2 && fields[0] == "year" {
			year, err = strconv.Atoi(fields[1])
			require.NoError(t, err, "line %d", line)
			years[year] = nil
			continue
		}
		require.Len(t, fields, 3, "line %d", line)
		first, last, _ := strings.Cut(fields[1], "..")
		if last == "" {
			last = first
		}
		require.Contains(t, []string{"off", "work"}, fields[2], "line %d", line)
		for x := d(first); !x.After(d(last)); x = x.AddDays(1) {
			years[year] = append(years[year], cnDay{fields[0], x.String(), fields[2] == "off"})
		}
	}
	require.NoError(t, sc.Err())
	return years
}

// joinedWeekends are the weekend days that a notice joins to a block of
// days off ("与周末连休", or a block stated as running over the weekend)
// and that holiday-cn leaves out of its list: the built-in data answers
// them as days of the block (KindHoliday, with its festival), holiday-cn as
// plain weekend days. They are off either way, and no workday count or
// workday arithmetic differs. Each is given with the block as the notice
// states it.
var joinedWeekends = []struct {
	year        int // the file
	days, block string
}{
	{2014, "2014-05-31..2014-06-01", "端午节 2014-05-31..06-02"},
	{2014, "2014-09-06..2014-09-07", "中秋节 2014-09-06..09-08"},
	{2015, "2015-05-02..2015-05-03", "劳动节 2015-05-01..05-03"},
	{2016, "2016-01-02..2016-01-03", "元旦 2016-01-01..01-03"},
	{2016, "2016-04-02..2016-04-03", "清明节 2016-04-02..04-04"},
	{2017, "2017-04-29..2017-04-30", "劳动节 2017-04-29..05-01"},
	{2018, "2017-12-30..2017-12-31", "元旦 2017-12-30..2018-01-01, in the 2018 notice"},
	{2018, "2018-06-16..2018-06-17", "端午节 2018-06-16..06-18"},
	{2018, "2018-09-22..2018-09-23", "中秋节 2018-09-22..09-24"},
	{2019, "2019-04-06..2019-04-07", "清明节 2019-04-05..04-07"},
	{2019, "2019-06-08..2019-06-09", "端午节 2019-06-07..06-09"},
	{2019, "2019-09-14..2019-09-15", "中秋节 2019-09-13..09-15"},
	{2024, "2023-12-30..2023-12-31", "元旦 2023-12-30..2024-01-01, in the 2024 notice"},
	{2024, "2024-06-08..2024-06-09", "端午节 2024-06-08..06-10"},
}

// TestHolidayCNRealFiles loads every year file of the holiday-cn project
// (https://github.com/NateScarlet/holiday-cn), as testdata/holidaycn_days.txt
// records them, into the built-in calendar and compares the result with the
// built-in calendar day by day, over the days a file may list: the last
// week of the previous December and the whole year.
//
// The days that differ are the joinedWeekends above, each checked to be a
// weekend day off on both sides. The files also differ from the notices in
// ways that change no day:
//   - 2020.json lists Monday 2020-02-03, the first day after the extended
//     Spring Festival (国办发明电〔2020〕1号), as a working day named 春节. A
//     Monday–Friday that is worked is no makeup day; the calendar answers
//     it as an ordinary workday, as the built-in data does.
//   - 2014.json leaves out Sunday 2014-04-06 inside 清明节 04-05..04-07, and
//     2015.json Sunday 2015-06-21 inside 端午节 06-20..06-22; an unlisted
//     weekend day between two days off of one festival joins the block.
//   - 2007.json names 劳动节 and 国庆节 “五一” and “十一”, 2008.json 劳动节
//     “五一”国际劳动节, 2015.json the 纪念日 without 中国人民, and 2009, 2020
//     and 2025 the combined block 国庆节、中秋节 rather than 中秋节、国庆节.
//   - 2027.json lists no days: the notice was not out when it was taken.
func TestHolidayCNRealFiles(t *testing.T) {
	type fileDay struct {
		year int
		date workday.Date
	}
	joined := map[fileDay]string{}
	for _, j := range joinedWeekends {
		first, last, _ := strings.Cut(j.days, "..")
		for x := d(first); !x.After(d(last)); x = x.AddDays(1) {
			joined[fileDay{j.year, x}] = j.block
		}
	}
	files := realHolidayCN(t)
	require.Len(t, files, 2027-2007+1)
	china := workday.China()
	for y := 2007; y <= 2027; y++ {
		t.Run(strconv.Itoa(y), func(t *testing.T) {
			days, ok := files[y]
			require.True(t, ok, "no file for %d", y)
			c, err := china.WithHolidayCN(cnFile(t, y, days))
			if len(days) == 0 {
				require.ErrorIs(t, err, workday.ErrNotPublished)
				assert.NotErrorIs(t, err, workday.ErrSchedule)
				return
			}
			require.NoError(t, err)
			require.True(t, c.Official(y))
			for x := workday.MustDate(y-1, 12, 25); x.Year() <= y; x = x.AddDays(1) {
				got, want := c.Day(x), china.Day(x)
				block, listed := joined[fileDay{y, x}]
				if !listed {
					assert.Equal(t, want, got, "%s", x)
					continue
				}
				assert.Equal(t, workday.KindHoliday, want.Kind, "%s: built in as a day of %s", x, block)
				assert.Contains(t, block, want.Festival.Label(), "%s", x)
				assert.Equal(t, workday.KindWeekend, got.Kind, "%s: holiday-cn leaves it out of %s", x, block)
			}
			from, to := workday.MustDate(y-1, 12, 1), workday.MustDate(y+1, 1, 31)
			assert.Equal(t, china.WorkdaysBetween(from, to), c.WorkdaysBetween(from, to), "workdays counted")
		})
	}
}

// toHolidayCN writes a year of c in the holiday-cn format.
func toHolidayCN(t *testing.T, c *workday.Calendar, y int) []byte {
	t.Helper()
	var days []cnDay
	for _, h := range c.Holidays(y) {
		for x := h.Start; !x.After(h.End); x = x.AddDays(1) {
			days = append(days, cnDay{h.Festival.Label(), x.String(), true})
		}
		for _, m := range h.Makeup {
			days = append(days, cnDay{h.Festival.Label(), m.String(), false})
		}
	}
	return cnFile(t, y, days)
}

// Every embedded year, written as a holiday-cn file and read back, gives
// the same blocks.
func TestHolidayCNRoundTrip(t *testing.T) {
	c := workday.China()
	for y := workday.FirstYear; y <= workday.LastYear; y++ {
		t.Run(strconv.Itoa(y), func(t *testing.T) {
			s, err := workday.ParseHolidayCN(toHolidayCN(t, c, y))
			require.NoError(t, err)
			r, err := c.WithSchedule(s)
			require.NoError(t, err)
			want, got := c.Holidays(y), r.Holidays(y)
			require.Len(t, got, len(want))
			for i := range got {
				assert.Equal(t, formatBlock(y, want[i]), formatBlock(y, got[i]))
			}
			assert.Contains(t, got[0].Source, "holiday-cn")
		})
	}
}

func TestHolidayCNSample(t *testing.T) {
	// The shape of a holiday-cn file, with made-up 2028 dates.
	const sample = `{"$schema":"x","$id":"y","year":2028,"papers":["https://example.invalid/2028"],"days":[
		{"name":"元旦","date":"2028-01-01","isOffDay":true},
		{"name":"春节","date":"2028-01-23","isOffDay":false},
		{"name":"春节","date":"2028-01-25","isOffDay":true},
		{"name":"春节","date":"2028-01-26","isOffDay":true},
		{"name":"春节","date":"2028-01-26","isOffDay":true},
		{"name":"春节","date":"2028-01-27","isOffDay":false},
		{"name":"国庆节、中秋节","date":"2028-10-01","isOffDay":true},
		{"name":"国庆节、中秋节","date":"2028-10-02","isOffDay":true}]}`
	c, err := workday.China().WithHolidayCN([]byte(sample))
	require.NoError(t, err)
	hs := c.Holidays(2028)
	require.Len(t, hs, 3)
	assert.Equal(t, 2, hs[1].Days())
	assert.Equal(t, []workday.Date{d("2028-01-23")}, hs[1].Makeup, "the worked Thursday 01-27 is no makeup day")
	assert.Equal(t, workday.FestivalMidAutumnNationalDay, hs[2].Festival)
	assert.Equal(t, "holiday-cn: https://example.invalid/2028", hs[0].Source)
	assert.Equal(t, workday.KindWorkday, c.Day(d("2028-01-27")).Kind)
}

func TestHolidayCNErrors(t *testing.T) {
	entry := func(name, date string, off any) string {
		b, _ := json.Marshal(map[string]any{"name": name, "date": date, "isOffDay": off})
		return string(b)
	}
	file := func(days ...string) string {
		return `{"year":2028,"days":[` + strings.Join(days, ",") + `]}`
	}
	ok := entry("元旦", "2028-01-01", true)
	for _, tc := range []struct{ name, in, entry string }{
		{"not JSON", `{"year":`, "not a JSON object"},
		{"array", `[1,2]`, "not a JSON object"},
		{"year missing", `{"days":[]}`, "year"},
		{"year a string", `{"year":"2028","days":[]}`, "year"},
		{"year fractional", `{"year":2028.5,"days":[]}`, "year"},
		{"days missing", `{"year":2028}`, "days"},
		{"days an object", `{"year":2028,"days":{}}`, "days"},
		{"isOffDay a string", file(ok, entry("春节", "2028-01-26", "true")), "days[1]"},
		{"name a number", file(ok, `{"name":1,"date":"2028-01-26","isOffDay":true}`), "days[1]"},
		{"date missing", file(ok, `{"name":"春节","isOffDay":true}`), "days[1]"},
		{"isOffDay missing", file(ok, `{"name":"春节","date":"2028-01-26"}`), "days[1] (2028-01-26)"},
		{"entry a string", file(ok, `"2028-01-26"`), "days[1]"},
		{"unknown festival", file(ok, entry("圣诞节", "2028-12-25", true)), "days[1] (2028-12-25)"},
		{"bad date", file(ok, entry("春节", "2028-02-30", true)), "days[1] (2028-02-30)"},
		{"date outside the year", file(ok, entry("国庆节", "2029-10-01", true)), "days[1] (2029-10-01)"},
		{"same date, different values", file(ok, entry("元旦", "2028-01-01", false)), "days[1] (2028-01-01)"},
		{"same date, different festival", file(ok, entry("春节", "2028-01-01", true)), "days[1] (2028-01-01)"},
		{"makeup without its festival", file(ok, entry("春节", "2028-01-23", false)), "days[1] (2028-01-23)"},
		{"no day off", file(entry("元旦", "2027-12-26", false)), "days"},
		{"papers not strings", `{"year":2028,"papers":[1],"days":[` + ok + `]}`, "papers"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := workday.ParseHolidayCN([]byte(tc.in))
			var se *workday.ScheduleError
			require.ErrorAs(t, err, &se)
			assert.ErrorIs(t, err, workday.ErrSchedule)
			assert.NotErrorIs(t, err, workday.ErrNotPublished)
			assert.Contains(t, err.Error(), tc.entry)
			_, err = workday.China().WithHolidayCN([]byte(tc.in))
			assert.ErrorIs(t, err, workday.ErrSchedule, "WithHolidayCN")
		})
	}
}

// An empty year file is a year not yet published, not a broken file.
func TestHolidayCNNotPublished(t *testing.T) {
	for _, in := range []string{
		`{"year":2028,"days":[]}`,
		`{"$schema":"x","$id":"y","year":2028,"papers":[],"days":[]}`,
	} {
		_, err := workday.ParseHolidayCN([]byte(in))
		require.ErrorIs(t, err, workday.ErrNotPublished, in)
		assert.NotErrorIs(t, err, workday.ErrSchedule, in)
		assert.Contains(t, err.Error(), "2028")
		_, err = workday.China().WithHolidayCN([]byte(in))
		assert.ErrorIs(t, err, workday.ErrNotPublished, in)
	}
}

func FuzzParseHolidayCN(f *testing.F) {
	f.Add([]byte(`{"year":2028,"days":[{"name":"元旦","date":"2028-01-01","isOffDay":true},{"name":"春节","date":"2028-01-23","isOffDay":false},{"name":"春节","date":"2028-01-25","isOffDay":true}]}`))
	f.Add([]byte(`{"year":2023,"days":[{"name":"元旦","date":"2022-12-31","isOffDay":true}]}`))
	f.Add([]byte(`{"year":2014,"days":[{"name":"清明节","date":"2014-04-05","isOffDay":true},{"name":"清明节","date":"2014-04-07","isOffDay":true}]}`))
	f.Add([]byte(`{"year":2027,"days":[]}`))
	f.Add([]byte(`{"year":"x"}`))
	f.Add([]byte(`null`))
	base := workday.China()
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := workday.ParseHolidayCN(data)
		if err != nil {
			require.True(t, errorIsAny(err, workday.ErrSchedule, workday.ErrNotPublished), "%v", err)
			return
		}
		c, err := base.WithSchedule(s)
		if err != nil {
			require.ErrorIs(t, err, workday.ErrSchedule)
			return
		}
		for _, h := range c.Holidays(s.Year) {
			require.False(t, c.IsWorkday(h.Start), "day off %s answered as a workday", h.Start)
		}
	})
}

func ExampleCalendar_WithHolidayCN() {
	// A file in the format of the holiday-cn project; these 2028 dates are
	// made up for the example.
	data := []byte(`{"year":2028,"days":[
		{"name":"元旦","date":"2028-01-01","isOffDay":true},
		{"name":"春节","date":"2028-01-23","isOffDay":false},
		{"name":"春节","date":"2028-01-25","isOffDay":true},
		{"name":"春节","date":"2028-01-26","isOffDay":true}]}`)
	c, err := workday.China().WithHolidayCN(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Official(2028), c.Day(workday.MustDate(2028, 1, 23)).Kind)

	// The project keeps an empty file for a year not yet announced.
	_, err = workday.China().WithHolidayCN([]byte(`{"year":2029,"papers":[],"days":[]}`))
	fmt.Println(errors.Is(err, workday.ErrNotPublished))
	// Output:
	// true makeup
	// true
}

// errorIsAny reports whether err matches one of the targets.
func errorIsAny(err error, targets ...error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}
