package filing

// This file is the only one that imports looplab/fsm, which holds the
// process as one machine per stage. The rules that keep it an
// implementation detail:
//
//   - the machines are derived once from the transition table: the machine
//     of a stage stands in that stage and knows exactly the events the table
//     allows there (in-stage ones included);
//   - at initialisation each machine is asked which events it can fire
//     (fsm.FSM.Can), and the answers are kept in a table that every command
//     reads: an event that changes the stage must be one the machine of the
//     record's stage can fire; the stage it leads to is the transition
//     table's, which alone decides the events that keep the stage. The
//     machines themselves are not kept: asking one at run time would pass
//     every command leaving a stage through looplab's event mutex, one at a
//     time across all records;
//   - looplab gets no callbacks: the guard of an allowed event runs next, and
//     a panicking guard is recovered and refuses with ErrInternal.
//
// Firing a looplab event (fsm.FSM.Event) would cost more than the whole
// command: a context, an event and two closures allocated, five lock
// operations, and nothing gained, since no callback is registered.

import (
	"fmt"

	"github.com/looplab/fsm"
)

// fires holds, for each stage and event, whether the stage's machine can
// fire the event. Built once at initialisation and only read afterwards.
var fires = firesOf(buildMachines())

func firesOf(ms [numStages]*fsm.FSM) (out [numStages][numEvents]bool) {
	for s, m := range ms {
		if m == nil {
			continue
		}
		for ev := EventUnknown + 1; int(ev) < numEvents; ev++ {
			out[s][ev] = m.Can(ev.String())
		}
	}
	return out
}

func buildMachines() [numStages]*fsm.FSM {
	var out [numStages]*fsm.FSM
	for s := StageDraft; int(s) < numStages; s++ {
		var evs fsm.Events
		for i := range table {
			r := &table[i]
			for _, f := range r.from {
				if f == s {
					evs = append(evs, fsm.EventDesc{Name: r.event.String(), Src: []string{s.String()}, Dst: r.to.String()})
				}
			}
		}
		out[s] = fsm.NewFSM(s.String(), evs, nil)
	}
	return out
}

// runGuard runs the guard of c's event, turning a panic into ErrInternal.
func runGuard(c *command) (err error) {
	ev := c.event
	g := guards[ev]
	if g == nil {
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: guard of %s panicked: %v", ErrInternal, ev, p)
		}
	}()
	return g(*c) // a copy: guards only read, and c need not escape
}

// runMachine decides c: it returns the stage c's event leads to, or the
// reason it is refused. It changes nothing; the caller records the result.
func runMachine(c *command) (Stage, error) {
	from := c.snap.Stage
	to, ok := target(from, c.event)
	if !ok {
		return StageUnknown, &TransitionError{From: from, Event: c.event}
	}
	if to != from && !fires[from][c.event] {
		return StageUnknown, fmt.Errorf("%w: the table allows %s in %s, its machine does not", ErrInternal, c.event, from)
	}
	if err := runGuard(c); err != nil {
		return StageUnknown, err
	}
	return to, nil
}
