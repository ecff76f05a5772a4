// Package workday is the mainland-China working-day calendar: which days are
// worked, which are official holidays (放假) and which weekend days are
// worked instead (调休上班), and arithmetic in working days.
//
// It is not a general holiday library: it knows only the national schedule
// of mainland China published each year by the General Office of the State
// Council, not regional holidays, Hong Kong, Macao or Taiwan, and not the
// lunar calendar as such.
//
// # Assumptions
//
// Days are civil dates ([Date]) in the proleptic Gregorian calendar. Instants
// are converted to days in China Standard Time (UTC+8, [CST]), whatever the
// location of the time.Time given; the package never reads time.Local or
// calls time.Now.
package workday
