package workday_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/beian-go/beian/workday"
)

func TestKindText(t *testing.T) {
	for _, tc := range []struct {
		k       workday.Kind
		id, zh  string
		working bool
	}{
		{workday.KindUnknown, "", "", false},
		{workday.KindWorkday, "workday", "工作日", true},
		{workday.KindWeekend, "weekend", "周末", false},
		{workday.KindHoliday, "holiday", "节假日", false},
		{workday.KindMakeup, "makeup", "调休上班", true},
	} {
		t.Run(tc.id, func(t *testing.T) {
			b, err := tc.k.MarshalText()
			if err != nil || string(b) != tc.id || tc.k.String() != tc.id || tc.k.Label() != tc.zh || tc.k.IsWorkday() != tc.working {
				t.Errorf("%d: %q %v %q %q", tc.k, b, err, tc.k.String(), tc.k.Label())
			}
			var back workday.Kind = 99
			if err := back.UnmarshalText(b); err != nil || back != tc.k {
				t.Errorf("UnmarshalText(%q) = %d, %v", b, back, err)
			}
		})
	}
	var k workday.Kind
	if err := k.UnmarshalText([]byte("Holiday")); !errors.Is(err, workday.ErrUnknownKind) || k != workday.KindUnknown {
		t.Errorf("UnmarshalText(Holiday) = %d, %v", k, err)
	}
	if _, err := workday.Kind(42).MarshalText(); err == nil {
		t.Error("MarshalText of an out-of-range Kind succeeded")
	}
}

func TestFestivalText(t *testing.T) {
	for _, tc := range []struct {
		f          workday.Festival
		id, zh, en string
		cnName     string // as holiday-cn or a notice writes it
	}{
		{workday.FestivalNone, "", "", "", ""},
		{workday.FestivalNewYear, "new_year", "元旦", "New Year's Day", "元旦"},
		{workday.FestivalSpringFestival, "spring_festival", "春节", "Spring Festival", "春节"},
		{workday.FestivalQingming, "qingming", "清明节", "Qingming Festival", "清明节"},
		{workday.FestivalLabourDay, "labour_day", "劳动节", "Labour Day", "“五一”"},
		{workday.FestivalDragonBoat, "dragon_boat", "端午节", "Dragon Boat Festival", "端午节"},
		{workday.FestivalMidAutumn, "mid_autumn", "中秋节", "Mid-Autumn Festival", "中秋节"},
		{workday.FestivalNationalDay, "national_day", "国庆节", "National Day", "“十一”"},
		{workday.FestivalMidAutumnNationalDay, "mid_autumn_national_day", "中秋节、国庆节", "Mid-Autumn Festival and National Day", "国庆节、中秋节"},
		{workday.FestivalVictoryDay, "victory_day", "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "70th Anniversary of Victory in the War of Resistance", "抗日战争暨世界反法西斯战争胜利70周年纪念日"},
	} {
		t.Run(tc.id, func(t *testing.T) {
			if tc.f.String() != tc.id || tc.f.Label() != tc.zh || tc.f.English() != tc.en {
				t.Errorf("%d: %q %q %q", tc.f, tc.f.String(), tc.f.Label(), tc.f.English())
			}
			if b, err := tc.f.MarshalText(); err != nil || string(b) != tc.f.String() {
				t.Errorf("MarshalText = %q, %v; String = %q", b, err, tc.f.String())
			}
			var back workday.Festival
			b, _ := tc.f.MarshalText()
			if err := back.UnmarshalText(b); err != nil || back != tc.f {
				t.Errorf("round trip of %q = %d, %v", b, back, err)
			}
			if tc.f == workday.FestivalNone {
				return
			}
			if got, ok := workday.ParseFestivalName(tc.cnName); !ok || got != tc.f {
				t.Errorf("ParseFestivalName(%q) = %d, %v", tc.cnName, got, ok)
			}
		})
	}
	if f := workday.Festival(200); f.String() != "" || f.Label() != "" || f.English() != "" {
		t.Errorf("Festival(200) names: %q %q %q", f.String(), f.Label(), f.English())
	}
	if _, ok := workday.ParseFestivalName("圣诞节"); ok {
		t.Error("ParseFestivalName accepted 圣诞节")
	}
	b, err := json.Marshal(workday.DayInfo{Kind: workday.KindHoliday, Festival: workday.FestivalNationalDay, Date: workday.MustDate(2026, 10, 1)})
	if err != nil || string(b) != `{"date":"2026-10-01","kind":"holiday","festival":"national_day","official":false,"projected":false}` {
		t.Errorf("DayInfo JSON = %s, %v", b, err)
	}
}

// Unknown ids are refused with a *TextError and leave the value as it was;
// known ids round-trip.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"", "workday", "makeup", "national_day", "victory_day", "Holiday", "new_year\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := workday.KindMakeup
		if err := k.UnmarshalText([]byte(s)); err != nil {
			var te *workday.TextError
			if !errors.Is(err, workday.ErrUnknownKind) || !errors.As(err, &te) || k != workday.KindMakeup {
				t.Fatalf("Kind.UnmarshalText(%q) = %v, left %d", s, err, k)
			}
		} else if b, err := k.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("Kind %q round trip = %q, %v", s, b, err)
		}
		fe := workday.FestivalSpringFestival
		if err := fe.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, workday.ErrUnknownKind) || fe != workday.FestivalSpringFestival {
				t.Fatalf("Festival.UnmarshalText(%q) = %v, left %d", s, err, fe)
			}
		} else if b, err := fe.MarshalText(); err != nil || string(b) != s || fe.String() != s {
			t.Fatalf("Festival %q round trip = %q, %v", s, b, err)
		}
		_, _ = workday.ParseFestivalName(s)
	})
}
