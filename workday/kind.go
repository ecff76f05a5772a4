package workday

import (
	"errors"
	"fmt"
	"strings"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/xerr"
)

// Kind is the kind of a day. The zero value, KindUnknown, is no answer
// (the zero DayInfo's). Kinds are plain values, safe for concurrent use,
// named like Festival.
type Kind uint8

// The kinds of day.
const (
	KindUnknown Kind = iota // not determined
	KindWorkday             // an ordinary Monday–Friday working day
	KindWeekend             // a Saturday or Sunday outside any holiday block
	KindHoliday             // a day inside a block of days off, weekend days included
	KindMakeup              // a Saturday or Sunday worked instead of a day inside a holiday block (调休上班)
)

var kindNames = enum.Names{
	Noun:   "kind",
	IDs:    []string{"", "workday", "weekend", "holiday", "makeup"},
	Labels: []string{"", "工作日", "周末", "节假日", "调休上班"},
	En:     []string{"", "workday", "weekend", "holiday", "makeup workday"},
}

// ErrUnknownKind is returned by the UnmarshalText of Kind and Festival for
// an unknown id, and by their MarshalText for a value out of range.
var ErrUnknownKind = errors.New("workday: unknown id")

// marshalEnum returns the id of value v of n, or an error wrapping
// ErrUnknownKind for a value out of range.
func marshalEnum(n *enum.Names, v int) ([]byte, error) {
	b, ok := n.Marshal(v)
	if !ok {
		return nil, fmt.Errorf("%w: %s is out of range", ErrUnknownKind, n.String(v))
	}
	return b, nil
}

// unmarshalEnum sets *v to the value of n whose id is text; text that is
// no id gives an error wrapping ErrUnknownKind and leaves *v unchanged.
func unmarshalEnum[T ~uint8](n *enum.Names, text []byte, v *T) error {
	i, ok := n.Parse(string(text))
	if !ok {
		return fmt.Errorf("%w: no %s has the id %s", ErrUnknownKind, n.Noun, xerr.QuoteToken(string(text)))
	}
	*v = T(i)
	return nil
}

// IsWorkday reports whether k is KindWorkday or KindMakeup.
func (k Kind) IsWorkday() bool { return k == KindWorkday || k == KindMakeup }

// String returns the id of k ("workday", "weekend", "holiday", "makeup"),
// "" for KindUnknown, or "kind(N)" out of range.
func (k Kind) String() string { return kindNames.String(int(k)) }

// Label returns the Chinese name of k (工作日, 周末, 节假日, 调休上班), or "".
func (k Kind) Label() string { return kindNames.Label(int(k)) }

// English returns the English name of k ("makeup workday"), or "".
func (k Kind) English() string { return kindNames.English(int(k)) }

func (k Kind) MarshalText() ([]byte, error) { return marshalEnum(&kindNames, int(k)) }

func (k *Kind) UnmarshalText(text []byte) error { return unmarshalEnum(&kindNames, text, k) }

// Festival names the occasion of a holiday block or of a makeup workday.
// The zero value, FestivalNone, is no festival. Festivals are plain values,
// safe for concurrent use, named like every enum of the module: String is
// the id MarshalText writes, Label the Chinese name, English the English;
// UnmarshalText reads the id back, leaving the value unchanged on error.
type Festival uint8

// The festivals of the mainland schedules.
const (
	FestivalNone                 Festival = iota // no festival
	FestivalNewYear                              // 元旦, New Year's Day
	FestivalSpringFestival                       // 春节, Spring Festival
	FestivalQingming                             // 清明节, Qingming Festival
	FestivalLabourDay                            // 劳动节, Labour Day
	FestivalDragonBoat                           // 端午节, Dragon Boat Festival
	FestivalMidAutumn                            // 中秋节, Mid-Autumn Festival
	FestivalNationalDay                          // 国庆节, National Day
	FestivalMidAutumnNationalDay                 // 中秋节、国庆节, one block for both festivals
	FestivalVictoryDay                           // 2015-09-03 纪念日: 70th anniversary of victory in the War of Resistance
)

const festivalCount = FestivalVictoryDay + 1

var festivalNames = enum.Names{
	Noun: "festival",
	IDs: []string{
		"", "new_year", "spring_festival", "qingming", "labour_day", "dragon_boat",
		"mid_autumn", "national_day", "mid_autumn_national_day", "victory_day",
	},
	Labels: []string{
		"", "元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节",
		"中秋节、国庆节", "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
	},
	En: []string{
		"", "New Year's Day", "Spring Festival", "Qingming Festival", "Labour Day",
		"Dragon Boat Festival", "Mid-Autumn Festival", "National Day",
		"Mid-Autumn Festival and National Day",
		"70th Anniversary of Victory in the War of Resistance",
	},
}

// String returns the id of f ("national_day"), "" for FestivalNone, or
// "festival(N)" for a value out of range.
func (f Festival) String() string { return festivalNames.String(int(f)) }

// Label returns the Chinese name of f as the notices write it (国庆节), or "".
func (f Festival) Label() string { return festivalNames.Label(int(f)) }

// English returns the English name of f ("National Day"), or "".
func (f Festival) English() string { return festivalNames.English(int(f)) }

func (f Festival) MarshalText() ([]byte, error) { return marshalEnum(&festivalNames, int(f)) }

func (f *Festival) UnmarshalText(text []byte) error { return unmarshalEnum(&festivalNames, text, f) }

// parseFestivalName maps a festival name as the notices and the holiday-cn
// files write it (元旦, 春节, 清明节, 劳动节 or “五一”, 端午节, 中秋节, 国庆节 or
// “十一”, 国庆节、中秋节 in either order, a name containing 纪念日) to a
// Festival. It reports false for any other name.
func parseFestivalName(name string) (Festival, bool) {
	has := func(s string) bool { return strings.Contains(name, s) }
	switch {
	case has("中秋") && (has("国庆") || has("十一")):
		return FestivalMidAutumnNationalDay, true
	case has("纪念日"):
		return FestivalVictoryDay, true
	case has("元旦"):
		return FestivalNewYear, true
	case has("春节"):
		return FestivalSpringFestival, true
	case has("清明"):
		return FestivalQingming, true
	case has("劳动") || has("五一"):
		return FestivalLabourDay, true
	case has("端午"):
		return FestivalDragonBoat, true
	case has("中秋"):
		return FestivalMidAutumn, true
	case has("国庆") || has("十一"):
		return FestivalNationalDay, true
	}
	return FestivalNone, false
}
