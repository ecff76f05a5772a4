package workday_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

func TestKindText(t *testing.T) {
	for _, tc := range []struct {
		k          workday.Kind
		id, zh, en string
		working    bool
	}{
		{workday.KindUnknown, "", "", "", false},
		{workday.KindWorkday, "workday", "工作日", "workday", true},
		{workday.KindWeekend, "weekend", "周末", "weekend", false},
		{workday.KindHoliday, "holiday", "节假日", "holiday", false},
		{workday.KindMakeup, "makeup", "调休上班", "makeup workday", true},
	} {
		t.Run(tc.id, func(t *testing.T) {
			assert.Equal(t, tc.id, tc.k.String())
			assert.Equal(t, tc.zh, tc.k.Label())
			assert.Equal(t, tc.en, tc.k.English())
			assert.Equal(t, tc.working, tc.k.IsWorkday())
			b, err := tc.k.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.id, string(b))
			var back workday.Kind = 99
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.k, back)
		})
	}
	t.Run("unknown id", func(t *testing.T) {
		var k workday.Kind
		assert.ErrorIs(t, k.UnmarshalText([]byte("Holiday")), workday.ErrUnknownKind)
		assert.Equal(t, workday.KindUnknown, k)
	})
	t.Run("out of range", func(t *testing.T) {
		_, err := workday.Kind(42).MarshalText()
		assert.ErrorIs(t, err, workday.ErrUnknownKind)
		assert.Equal(t, "kind(42)", workday.Kind(42).String())
		assert.Equal(t, "", workday.Kind(42).Label())
	})
}

func TestFestivalText(t *testing.T) {
	for _, tc := range []struct {
		f          workday.Festival
		id, zh, en string
	}{
		{workday.FestivalNone, "", "", ""},
		{workday.FestivalNewYear, "new_year", "元旦", "New Year's Day"},
		{workday.FestivalSpringFestival, "spring_festival", "春节", "Spring Festival"},
		{workday.FestivalQingming, "qingming", "清明节", "Qingming Festival"},
		{workday.FestivalLabourDay, "labour_day", "劳动节", "Labour Day"},
		{workday.FestivalDragonBoat, "dragon_boat", "端午节", "Dragon Boat Festival"},
		{workday.FestivalMidAutumn, "mid_autumn", "中秋节", "Mid-Autumn Festival"},
		{workday.FestivalNationalDay, "national_day", "国庆节", "National Day"},
		{workday.FestivalMidAutumnNationalDay, "mid_autumn_national_day", "中秋节、国庆节", "Mid-Autumn Festival and National Day"},
		{workday.FestivalVictoryDay, "victory_day", "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "70th Anniversary of Victory in the War of Resistance"},
	} {
		t.Run(tc.id, func(t *testing.T) {
			assert.Equal(t, tc.id, tc.f.String())
			assert.Equal(t, tc.zh, tc.f.Label())
			assert.Equal(t, tc.en, tc.f.English())
			b, err := tc.f.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.id, string(b))
			var back workday.Festival
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.f, back)
		})
	}
	t.Run("out of range", func(t *testing.T) {
		f := workday.Festival(200)
		assert.Equal(t, "festival(200)", f.String())
		assert.Equal(t, "", f.Label())
		assert.Equal(t, "", f.English())
		_, err := f.MarshalText()
		assert.ErrorIs(t, err, workday.ErrUnknownKind)
	})
	t.Run("DayInfo JSON", func(t *testing.T) {
		b, err := json.Marshal(workday.DayInfo{Kind: workday.KindHoliday, Festival: workday.FestivalNationalDay, Date: workday.MustDate(2026, 10, 1)})
		require.NoError(t, err)
		assert.JSONEq(t, `{"date":"2026-10-01","kind":"holiday","festival":"national_day","official":false,"projected":false}`, string(b))
	})
}

// Unknown ids are refused with an error matching ErrUnknownKind and leave
// the value as it was; known ids round-trip.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"", "workday", "makeup", "national_day", "victory_day", "Holiday", "new_year\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := workday.KindMakeup
		if err := k.UnmarshalText([]byte(s)); err != nil {
			require.ErrorIs(t, err, workday.ErrUnknownKind)
			require.Equal(t, workday.KindMakeup, k)
		} else {
			b, err := k.MarshalText()
			require.NoError(t, err)
			require.Equal(t, s, string(b))
		}
		fe := workday.FestivalSpringFestival
		if err := fe.UnmarshalText([]byte(s)); err != nil {
			require.ErrorIs(t, err, workday.ErrUnknownKind)
			require.Equal(t, workday.FestivalSpringFestival, fe)
		} else {
			b, err := fe.MarshalText()
			require.NoError(t, err)
			require.Equal(t, s, string(b))
		}
	})
}
