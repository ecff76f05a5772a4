package workday

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseFestivalName(t *testing.T) {
	for _, tc := range []struct {
		name string // as holiday-cn or a notice writes it
		want Festival
	}{
		{"元旦", FestivalNewYear},
		{"春节", FestivalSpringFestival},
		{"清明节", FestivalQingming},
		{"“五一”", FestivalLabourDay},
		{"“五一”国际劳动节", FestivalLabourDay},
		{"端午节", FestivalDragonBoat},
		{"中秋节", FestivalMidAutumn},
		{"“十一”", FestivalNationalDay},
		{"国庆节、中秋节", FestivalMidAutumnNationalDay},
		{"中秋节、国庆节", FestivalMidAutumnNationalDay},
		{"抗日战争暨世界反法西斯战争胜利70周年纪念日", FestivalVictoryDay},
		{"圣诞节", FestivalNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := parseFestivalName(tc.name)
			assert.Equal(t, tc.want != FestivalNone, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}
