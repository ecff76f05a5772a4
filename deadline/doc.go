// Package deadline answers the time questions of a mini program's ICP filing
// in real mainland working days: whether a mini program is late under the
// filing policy, how long each stage of a filing may take, and when a filing
// submitted on a given day will be done.
//
// It is not a scheduler: it computes answers for an explicit moment passed
// in by the caller and never reads the clock.
//
// # Assumptions
//
// Working days come from a [github.com/beian-go/beian/workday.Calendar];
// instants are interpreted in China Standard Time (UTC+8).
package deadline
