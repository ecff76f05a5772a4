package lunar

import (
	"testing"
	"time"
)

// publishedQingming holds the April day of 清明 for 1900–2100, one digit a
// year, read from the 24-solar-term table (sTermInfo) widely copied with
// calendar.js: for year y the entry sTermInfo[y-1900] is hex text; its
// characters 5..9 read as a hexadecimal number, written in decimal, give
// six digits whose fourth is the day of 清明.
const publishedQingming = "" +
	"55665566556655565556555655565556555655565556555555" + // 1900–1949
	"55555555555555555555555555455545554555455545554555" + // 1950–1999
	"45554555445544554455445544554455445544554445444544" + // 2000–2049
	"45444544454445444544454444444444444444444444444444" + // 2050–2099
	"5" // 2100

// TestQingmingAgainstPublishedTable compares every covered year. They agree
// for all of 1900–2100.
func TestQingmingAgainstPublishedTable(t *testing.T) {
	if len(publishedQingming) != 2100-1900+1 {
		t.Fatalf("table has %d years", len(publishedQingming))
	}
	for y := max(First, 1900); y <= min(Last, 2100); y++ {
		d, _ := For(y)
		want := MonthDay{Month: time.April, Day: int(publishedQingming[y-1900] - '0')}
		if d.Qingming != want {
			t.Errorf("清明 %d: got %v, published %v", y, d.Qingming, want)
		}
	}
}
