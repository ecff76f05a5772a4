// Package deadline answers the time questions of a mini program's ICP filing
// in real mainland working days: whether a mini program is late under the
// filing policy ([Assess]), how long each stage of a filing may take and
// whether it has run over ([Stage], [Limit], the clock functions), and when
// a filing submitted at a given moment will be done.
//
// It is not a scheduler and not a WeChat client: it computes answers for an
// explicit moment passed in by the caller, never reads the clock, and keeps
// no state between calls.
//
// # Counting conventions
//
// Every clock in this package keeps to these rules, stated once here:
//
//   - A clock starts at an instant (an SMS sent, a stage entered, a filing
//     submitted). Its day is the day on which that instant falls in China
//     Standard Time (UTC+8, [workday.CST]), whatever the instant's location.
//   - The day on which a clock starts does not count. Workday 1 is the first
//     mainland workday strictly after it, even when the clock starts early
//     on a workday or on a holiday.
//   - "Within N workdays" ends at 23:59:59 China Standard Time on the N-th
//     workday after the start ([EndOfDay]). A limit is passed at any instant
//     after that one.
//   - Rules stated in hours or days of validity (the 24-hour SMS, the
//     3-day and 1-day face-verification task) run on the wall clock from the
//     starting instant: holidays, weekends and the time of day do not
//     matter. Such a limit is passed at any instant after start + validity.
//   - Policy dates (2023-09-01, 2024-03-31, 2024-04-01) are whole days in
//     China Standard Time; the last day to comply is included.
//
// # Assumptions and data coverage
//
// Working days come from the mainland calendar in package workday
// (holidays off, makeup weekend days worked), covering the years its data
// covers; years whose schedule the State Council has not yet announced are
// projected by that package, and an estimate touching one says so.
//
// The time limits come from WeChat's filing documentation, MIIT notice
// 工信部信管〔2023〕105号 and secondary pages that agree with each other;
// each constant names its source. The platform review's 1–2 workdays and the
// overall 3–20 workdays are typical durations, not commitments.
package deadline
