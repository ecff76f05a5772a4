package workday

import (
	"errors"
	"fmt"
	"strings"
)

// Kind is the kind of a day in the mainland calendar.
//
// The zero value, KindUnknown, means the kind was not determined (it is what
// the zero DayInfo holds); every valid Date has one of the other kinds.
// Kinds are plain values, safe for concurrent use. String returns the
// stable lower-case id that MarshalText writes ("makeup"), Label the
// Chinese label (调休上班); a Kind has no English name beyond its id.
type Kind uint8

// The kinds of day.
const (
	KindUnknown Kind = iota // not determined
	KindWorkday             // an ordinary Monday–Friday working day
	KindWeekend             // a Saturday or Sunday outside any holiday block
	KindHoliday             // a day inside an official (or projected) holiday block, weekend days in the block included
	KindMakeup              // a Saturday or Sunday worked instead of a day inside a holiday block (调休上班)
)

var kindIDs = [...]string{"", "workday", "weekend", "holiday", "makeup"}
var kindZh = [...]string{"", "工作日", "周末", "节假日", "调休上班"}

// ErrUnknownKind is returned (as a *[TextError]) by [Kind.UnmarshalText]
// and [Festival.UnmarshalText] for an id they do not know.
var ErrUnknownKind = errors.New("workday: unknown id")

// TextError reports text that is not a known id of an enum of this package.
// It matches [ErrUnknownKind] with errors.Is; use a *TextError as the
// errors.As target. The package never returns a zero TextError; it is safe
// for concurrent reads.
type TextError struct {
	Type string // "Kind" or "Festival"
	Text string // the text given, clipped to 32 bytes; withheld (only its length given) when it could be personal data
}

func (e *TextError) Error() string {
	return fmt.Sprintf("workday: unknown %s id %q", e.Type, e.Text)
}

// Is reports whether target is ErrUnknownKind.
func (e *TextError) Is(target error) bool { return target == ErrUnknownKind }

// IsWorkday reports whether a day of this kind is worked: KindWorkday and
// KindMakeup.
func (k Kind) IsWorkday() bool { return k == KindWorkday || k == KindMakeup }

// String returns the stable id of k ("workday", "weekend", "holiday",
// "makeup"), or "" for KindUnknown and for values out of range.
func (k Kind) String() string {
	if int(k) < len(kindIDs) {
		return kindIDs[k]
	}
	return ""
}

// Label returns the Chinese label of k (工作日, 周末, 节假日, 调休上班), or ""
// for KindUnknown and for values out of range.
func (k Kind) Label() string {
	if int(k) < len(kindZh) {
		return kindZh[k]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the id from String.
// KindUnknown is written as "".
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindIDs) {
		return nil, &TextError{Type: "Kind", Text: fmt.Sprint(uint8(k))}
	}
	return []byte(kindIDs[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. "" gives KindUnknown;
// an unknown id gives an error wrapping ErrUnknownKind and leaves k
// unchanged.
func (k *Kind) UnmarshalText(text []byte) error {
	for i, id := range kindIDs {
		if id == string(text) {
			*k = Kind(i)
			return nil
		}
	}
	return &TextError{Type: "Kind", Text: echo(string(text))}
}

// Festival names the occasion of a holiday block or of a makeup workday.
//
// The zero value, FestivalNone, means no festival: the day is an ordinary
// workday or weekend day. Festivals are plain values, safe for concurrent
// use. String returns the stable lower-case id that MarshalText writes
// ("national_day"), Label the Chinese name as the notices write it (国庆节)
// and English the English name ("National Day"); all three are "" for
// FestivalNone.
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
	festivalCount
)

var festivalIDs = [festivalCount]string{
	"", "new_year", "spring_festival", "qingming", "labour_day", "dragon_boat",
	"mid_autumn", "national_day", "mid_autumn_national_day", "victory_day",
}

var festivalEn = [festivalCount]string{
	"", "New Year's Day", "Spring Festival", "Qingming Festival", "Labour Day",
	"Dragon Boat Festival", "Mid-Autumn Festival", "National Day",
	"Mid-Autumn Festival and National Day",
	"70th Anniversary of Victory in the War of Resistance",
}

var festivalZh = [festivalCount]string{
	"", "元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节",
	"中秋节、国庆节", "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}

// String returns the stable lower-case id of f ("new_year",
// "spring_festival", "qingming", "labour_day", "dragon_boat", "mid_autumn",
// "national_day", "mid_autumn_national_day", "victory_day"), the text
// MarshalText writes, or "" for FestivalNone and for values out of range.
func (f Festival) String() string {
	if f < festivalCount {
		return festivalIDs[f]
	}
	return ""
}

// Label returns the Chinese name of f as the notices write it (国庆节), or
// "" for FestivalNone and for values out of range.
func (f Festival) Label() string {
	if f < festivalCount {
		return festivalZh[f]
	}
	return ""
}

// English returns the English name of f ("National Day"), or "" for
// FestivalNone and for values out of range.
func (f Festival) English() string {
	if f < festivalCount {
		return festivalEn[f]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the id from String.
// FestivalNone is written as "".
func (f Festival) MarshalText() ([]byte, error) {
	if f >= festivalCount {
		return nil, &TextError{Type: "Festival", Text: fmt.Sprint(uint8(f))}
	}
	return []byte(festivalIDs[f]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. "" gives FestivalNone;
// an unknown id gives an error wrapping ErrUnknownKind and leaves f
// unchanged.
func (f *Festival) UnmarshalText(text []byte) error {
	for i, id := range festivalIDs {
		if id == string(text) {
			*f = Festival(i)
			return nil
		}
	}
	return &TextError{Type: "Festival", Text: echo(string(text))}
}

// ParseFestivalName maps a festival name as the notices and the holiday-cn
// files write it (元旦, 春节, 清明节, 劳动节 or “五一”, 端午节, 中秋节, 国庆节 or
// “十一”, 国庆节、中秋节 in either order, a name containing 纪念日) to a
// Festival. It reports false for any other name.
func ParseFestivalName(name string) (Festival, bool) {
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
