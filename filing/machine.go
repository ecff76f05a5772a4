package filing

// This file is the only one that imports looplab/fsm. The rules it follows
// (reference go-style.md, "looplab/fsm and rickar/cal: how to wrap them
// well"):
//
//   - the machine's events are derived once from the transition table;
//     rows that keep the stage never reach looplab, which treats
//     self-transitions specially;
//   - a fresh machine is built for each command from the stored stage and
//     thrown away afterwards, so no machine is shared, kept or restored;
//   - the only callbacks are before_<event> guards, which read the command
//     and Cancel with the guard's error; a panicking guard is recovered and
//     cancels with ErrInternal;
//   - the caller's context is checked first, then detached with
//     context.WithoutCancel so a cancellation can never leave a machine
//     half-way;
//   - every looplab error is translated at this boundary.

import (
	"context"
	"errors"
	"fmt"

	"github.com/looplab/fsm"
)

// fsmEvents is the transition table in looplab's form, without the rows
// that keep the stage. Built once; looplab only reads it.
var fsmEvents = buildFSMEvents()

// fsmCallbacks holds one before_<event> guard per event that has a guard.
// Built once from typed constants; looplab only reads it. The command being
// checked travels as the event's single argument, so the map is shared by
// every machine.
var fsmCallbacks = buildFSMCallbacks()

// fsmKnows tells which events appear in fsmEvents.
var fsmKnows = func() (known [numEvents]bool) {
	for _, e := range fsmEvents {
		ev, _ := parseEvent(e.Name)
		known[ev] = true
	}
	return known
}()

func buildFSMEvents() fsm.Events {
	var evs fsm.Events
	for i := range table {
		r := &table[i]
		var src []string
		for _, f := range r.from {
			if f != r.to {
				src = append(src, f.String())
			}
		}
		if len(src) > 0 {
			evs = append(evs, fsm.EventDesc{Name: r.event.String(), Src: src, Dst: r.to.String()})
		}
	}
	return evs
}

func buildFSMCallbacks() fsm.Callbacks {
	cbs := make(fsm.Callbacks)
	for _, ev := range Events() {
		if guards[ev] == nil {
			continue
		}
		cbs["before_"+ev.String()] = func(_ context.Context, e *fsm.Event) {
			c, ok := commandOf(e.Args)
			if !ok {
				e.Cancel(fmt.Errorf("%w: guard called without its command", ErrInternal))
				return
			}
			if err := runGuard(c); err != nil {
				e.Cancel(err)
			}
		}
	}
	return cbs
}

func commandOf(args []any) (*command, bool) {
	if len(args) != 1 {
		return nil, false
	}
	c, ok := args[0].(*command)
	return c, ok
}

// runGuard runs the guard of c's event, turning a panic into ErrInternal.
func runGuard(c *command) (err error) {
	g := guards[c.event]
	if g == nil {
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: guard of %s panicked: %v", ErrInternal, c.event, p)
		}
	}()
	return g(c)
}

// runMachine decides c: it returns the stage c's event leads to, or the
// reason it is refused. It changes nothing; the caller records the result.
func runMachine(ctx context.Context, c *command) (Stage, error) {
	if err := ctx.Err(); err != nil {
		return StageUnknown, err
	}
	from := c.snap.Stage
	if !from.IsValid() || !c.event.IsValid() {
		// Never hand looplab a state or event outside our vocabulary.
		return StageUnknown, &TransitionError{From: from, Event: c.event}
	}
	if inStage(from, c.event) {
		return from, runGuard(c)
	}
	if !fsmKnows[c.event] {
		// An in-stage event fired elsewhere: looplab has never heard of
		// it, and would call it unknown rather than not allowed.
		return StageUnknown, &TransitionError{From: from, Event: c.event}
	}
	m := fsm.NewFSM(from.String(), fsmEvents, fsmCallbacks)
	if err := translate(m.Event(context.WithoutCancel(ctx), c.event.String(), c), from, c.event); err != nil {
		return StageUnknown, err
	}
	to, ok := parseStage(m.Current())
	if want, _ := target(from, c.event); !ok || to != want {
		return StageUnknown, fmt.Errorf("%w: machine moved %s by %s to %q", ErrInternal, from, c.event, m.Current())
	}
	return to, nil
}

// translate maps looplab's errors to this package's.
func translate(err error, from Stage, ev Event) error {
	if err == nil {
		return nil
	}
	var (
		invalid  fsm.InvalidEventError
		canceled fsm.CanceledError
		none     fsm.NoTransitionError
	)
	switch {
	case errors.As(err, &invalid):
		return &TransitionError{From: from, Event: ev}
	case errors.As(err, &canceled):
		if canceled.Err == nil {
			return fmt.Errorf("%w: guard of %s cancelled without a reason", ErrInternal, ev)
		}
		return canceled.Err
	case errors.As(err, &none):
		if none.Err == nil {
			return nil
		}
		return none.Err
	}
	return fmt.Errorf("%w: state machine: %v", ErrInternal, err)
}
