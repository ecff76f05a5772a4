package workday_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// Personal data a caller may pass by mistake where a date or a festival
// name belongs, in the notations people type. These are made-up values of
// the right shape.
var personal = []string{
	"11010519491231002X", // an ID number
	"１１０１０５１９４９１２３１００２Ｘ", // the same in full-width digits
	"13800138000",          // a phone number
	"+86 138-0013-8000",    // the same, written out
	"138 0013 8000",        // spaced
	"zhang.san@example.cn", // an e-mail address
}

// No error message of the package repeats personal data (PIPL): text that
// could be an ID number, a phone number or an e-mail address is withheld.
func TestErrorsWithholdPersonalData(t *testing.T) {
	for _, p := range personal {
		q := fmt.Sprintf("%q", p)
		num := strings.TrimRight(p, "XＸ")
		cases := map[string]func() error{
			"ParseDate": func() error { _, err := workday.ParseDate(p); return err },
			"Date.UnmarshalText": func() error {
				var d workday.Date
				return d.UnmarshalText([]byte(p))
			},
			"Kind.UnmarshalText": func() error {
				var k workday.Kind
				return k.UnmarshalText([]byte(p))
			},
			"Festival.UnmarshalText": func() error {
				var f workday.Festival
				return f.UnmarshalText([]byte(p))
			},
			"holiday-cn date": func() error {
				_, err := workday.ParseHolidayCN([]byte(`{"year":2028,"days":[{"name":"元旦","date":` + q + `,"isOffDay":true}]}`))
				return err
			},
			"holiday-cn name": func() error {
				_, err := workday.ParseHolidayCN([]byte(`{"year":2028,"days":[{"name":` + q + `,"date":"2028-01-01","isOffDay":true}]}`))
				return err
			},
			"holiday-cn makeup name": func() error {
				_, err := workday.ParseHolidayCN([]byte(`{"year":2028,"days":[{"name":"元旦","date":"2028-01-01","isOffDay":true},{"name":"春节 ` + p + `","date":"2028-01-23","isOffDay":false}]}`))
				return err
			},
		}
		if !strings.ContainsAny(p, "+X@. Ｘ") {
			// Numbers in places where JSON wants another type, or a
			// number out of range.
			cases["holiday-cn year"] = func() error { _, err := workday.ParseHolidayCN([]byte(`{"year":` + p + `,"days":[]}`)); return err }
			cases["holiday-cn fractional year"] = func() error {
				_, err := workday.ParseHolidayCN([]byte(`{"year":` + p + `.5,"days":[]}`))
				return err
			}
			cases["holiday-cn name a number"] = func() error {
				_, err := workday.ParseHolidayCN([]byte(`{"year":2028,"days":[{"name":` + p + `,"date":"2028-01-01","isOffDay":true}]}`))
				return err
			}
			cases["holiday-cn papers"] = func() error {
				_, err := workday.ParseHolidayCN([]byte(`{"year":2028,"papers":[` + p + `],"days":[{"name":"元旦","date":"2028-01-01","isOffDay":true}]}`))
				return err
			}
			cases["holiday-cn top level"] = func() error { _, err := workday.ParseHolidayCN([]byte(p)); return err }
			cases["NewDate"] = func() error {
				var y int
				fmt.Sscan(p, &y)
				_, err := workday.NewDate(y, time.January, 1)
				return err
			}
			cases["Schedule year"] = func() error {
				var y int
				fmt.Sscan(p, &y)
				_, err := workday.China().WithSchedule(workday.Schedule{Year: y})
				return err
			}
		}
		for name, f := range cases {
			t.Run(name+" "+p, func(t *testing.T) {
				err := f()
				require.Error(t, err)
				msg := fmt.Sprintf("%v %+v", err, errors.Unwrap(err))
				for _, secret := range []string{p, num, "13800138000", "0013", "19491231", "１９４９１２３１", "hang.san"} {
					assert.NotContains(t, msg, secret, "error repeats personal data")
				}
			})
		}
	}
}

// Ordinary mistakes are still quoted, so the caller can see them.
func TestErrorsQuoteOrdinaryInput(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2026-1-1", `"2026-1-1"`},
		{"2026/01/01", `"2026/01/01"`},
		{"2026-02-30", `"2026-02-30"`},
		{"next tuesday", `"next tuesday"`},
	} {
		_, err := workday.ParseDate(tc.in)
		require.Error(t, err)
		assert.Contains(t, err.Error(), tc.want)
	}
	var f workday.Festival
	err := f.UnmarshalText([]byte("christmas"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"christmas"`)
}
