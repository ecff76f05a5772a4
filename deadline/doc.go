// Package deadline answers the time questions of a mini program's ICP filing
// in real mainland working days: is the mini program late under the filing
// policy, how long may each stage of a filing take and has it run over, and
// when will a filing be done.
//
// The entry points:
//
//   - Policy: [Assess] (or [AssessOn]) tells whether a [Program] is
//     compliant, must be filed before listing, is due by 2024-03-31 or is
//     overdue and subject to clearing, naming the [Rule] and its source.
//   - Wall-clock rules: [SMSDeadline] and [SMSExpired] for the 24-hour MIIT
//     SMS; [FaceTaskDeadline] and [FaceTaskExpired] for the face-verification
//     task (3 days, or 1 day in the combined flow).
//   - Stage clocks: [StageWindow] gives the window of a [Stage] from the
//     moment it was entered; [Check] says, at a given moment, whether it is
//     pending, in its window or overdue, with the workdays left and an
//     [Advice] when overdue.
//   - Estimates: [EstimateFiling] from a submission, [EstimateRemaining]
//     from the current stage; [Estimate.Explain] words them in Chinese or
//     English with the holidays inside the window.
//   - Fleet sweep: a [Sweeper] built once per moment evaluates millions of
//     [Record] values without allocating.
//
// Package filing has stages of its own; [Stage] says which of them each
// clock belongs to. This package does not import filing.
//
// It is not a scheduler and not a WeChat client: it computes answers for an
// explicit moment passed in by the caller, never reads the clock, and keeps
// no state between calls. Its functions may be called from many
// goroutines at once; its types are plain values, and a [Sweeper] is
// immutable once built. Rejected inputs give an *[Error] wrapping one of
// [ErrMissing], [ErrInvalid] or [ErrOrder]; no function panics on outside
// input. Nor is it legal advice: the policy rules are those of the 2023
// notices for mini programs only, not those for apps or quick apps.
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
//     matter, and a day of validity is 24 hours. Such a limit is passed at
//     any instant after start + validity.
//   - Policy dates (2023-09-01, 2024-03-31, 2024-04-01) are whole days in
//     China Standard Time; the last day to comply is included.
//
// # Assumptions and data coverage
//
// Working days come from the [workday.Calendar] passed in (holidays off,
// makeup weekend days worked). With [workday.China] the years
// [workday.FirstYear]..[workday.LastYear] are announced; other years from
// 1996 to 2100 are projected from the statutory holidays, and an estimate,
// window or sweep result touching one says so ([Estimate.ProjectedYears],
// [Window.Projected], [Result.Projected]); years outside both count
// Monday–Friday only and are flagged the same way. An estimate also tells
// the years the calendar has no data for ([Estimate.UncoveredYears]) from
// those whose schedule it lacks although it is no longer to come
// ([Estimate.MissingYears]), and [Estimate.Explain] words each kind.
// Instants and days are accepted from 0001-01-01 to 9999-12-31 China
// Standard Time; an answer that would fall outside is an error wrapping
// [ErrInvalid].
//
// The time limits come from WeChat's filing documentation, MIIT notice
// 工信部信管〔2023〕105号 and secondary pages that agree with each other;
// each constant names its source. The platform review's 1–2 workdays and the
// overall 3–20 workdays are typical durations, not commitments.
package deadline
