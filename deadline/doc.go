// Package deadline answers the time questions of a mini program's ICP
// filing in real mainland working days: is the mini program late under the
// filing policy, how long may each timed step take and has it run over,
// and when will the filing be done.
//
//   - Policy: [Assess] and [AssessOn] tell whether a [Program] is
//     compliant, must be filed before listing, is due by 2024-03-31 or is
//     overdue, naming the [Rule].
//   - Wall-clock rules: [SMSDeadline] for the 24-hour MIIT SMS,
//     [FaceTaskDeadline] for the face-verification task.
//   - Clocks: [WindowOf] gives the [Window] of a [Clock] from the moment
//     it started; [Check] says whether it is pending, in its window or
//     overdue, with the workdays left and an [Advice].
//   - Estimates: [EstimateFiling] from a submission, [EstimateRemaining]
//     from a running clock; [Estimate.Explain] words them in Chinese or
//     English with the holidays inside.
//   - Fleet sweep: a [Sweeper] built once per moment evaluates millions of
//     [Timer] values without allocating.
//
// Each [Clock] times one stage of package filing's record, which this
// package does not import (the face task times a verified draft); the
// filed stage has no clock.
//
// It is not a scheduler, not a WeChat client and not legal advice (the
// policy rules are the 2023 ones for mini programs only). It never reads
// the clock and keeps no state: its functions may be called from many
// goroutines at once. Rejected input gives an *[Error] wrapping
// [ErrMissing], [ErrInvalid] or [ErrOrder]; nothing panics on outside
// input.
//
// # Counting conventions
//
//   - A clock starts at an instant (a task created, a filing submitted, an
//     SMS sent, an SMS verified). Its day is the day on which that instant
//     falls in China Standard Time ([workday.CST]), whatever its location.
//   - That day does not count: workday 1 is the first mainland workday
//     strictly after it. "Within N workdays" ends at 23:59:59 China
//     Standard Time on the N-th workday after it.
//   - Limits in hours or days of validity (the 24-hour SMS, the 3-day and
//     1-day face task) run on the wall clock from the starting instant:
//     holidays and weekends do not matter, and a day is 24 hours.
//   - A limit is passed at any instant after its deadline. Policy dates
//     are whole days in China Standard Time; the last day to comply is
//     included.
//
// # Data coverage
//
// Workdays come from the [workday.Calendar] passed in. Any year it does
// not call official ([workday.Calendar.Official]: projected from the
// statutory holidays, provisional, or not covered at all) is flagged in
// the answers that reach it ([Estimate.ProjectedYears], [Window.Projected],
// [Result.Projected]), and [Estimate.Explain] says so. Instants and days
// from 0001-01-01 to 9999-12-31 China Standard Time are accepted; an
// answer that would fall outside is an error wrapping [ErrInvalid].
//
// The limits come from WeChat's filing documentation, MIIT notice
// 工信部信管〔2023〕105号 and ISP help pages that agree with each other; the
// code cites each. The platform review's 1–2 workdays and the overall 3–20
// workdays are typical durations, not commitments.
package deadline
