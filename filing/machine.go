package filing

// This file is the only one that imports looplab/fsm. The rules it
// follows, so that looplab stays an implementation detail:
//
//   - the machines' events are derived once from the transition table;
//     rows that keep the stage never reach looplab, which treats
//     self-transitions specially;
//   - a fresh machine is built for each command from the stored stage and
//     thrown away afterwards, so no machine is shared, kept or restored. To
//     keep that cheap, the machine for a stage is given only the events the
//     table allows there: looplab then reports any other event as unknown
//     to it, which means "not allowed in this stage" (events outside our
//     vocabulary never reach looplab);
//   - the only callbacks are before_<event> guards, which read the command
//     and Cancel with the guard's error; a panicking guard is recovered and
//     cancels with ErrInternal;
//   - commands take no context: a decision is a few microseconds of
//     computation, so there is nothing to cancel, and a machine is never
//     left half-way;
//   - every looplab error is translated at this boundary.

import (
	"context"
	"errors"
	"fmt"

	"github.com/looplab/fsm"
)

// machineSpec is what looplab needs to build the machine of one stage.
type machineSpec struct {
	events    fsm.Events
	callbacks fsm.Callbacks
}

// specs holds, per stage, the table's rows leaving that stage in looplab's
// form and the guards of their events. Built once at initialisation;
// looplab only reads them.
var specs = buildSpecs()

func buildSpecs() [numStages]machineSpec {
	var out [numStages]machineSpec
	for _, s := range Stages() {
		spec := machineSpec{callbacks: fsm.Callbacks{}}
		for i := range table {
			r := &table[i]
			if r.to == s {
				continue
			}
			for _, f := range r.from {
				if f != s {
					continue
				}
				spec.events = append(spec.events, fsm.EventDesc{Name: r.event.String(), Src: []string{s.String()}, Dst: r.to.String()})
				if guards[r.event] != nil {
					spec.callbacks["before_"+r.event.String()] = guardCallback
				}
			}
		}
		out[s] = spec
	}
	return out
}

// guardCallback is the before_<event> callback of every guarded event: the
// command travels as the event's single argument.
func guardCallback(_ context.Context, e *fsm.Event) {
	c, ok := commandOf(e.Args)
	if !ok {
		e.Cancel(fmt.Errorf("%w: guard called without its command", ErrInternal))
		return
	}
	if err := runGuard(c); err != nil {
		e.Cancel(err)
	}
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
func runMachine(c *command) (Stage, error) {
	from := c.snap.Stage
	if !from.IsValid() || !c.event.IsValid() {
		// Never hand looplab a state or event outside our vocabulary.
		return StageUnknown, &TransitionError{From: from, Event: c.event}
	}
	if inStage(from, c.event) {
		return from, runGuard(c)
	}
	spec := &specs[from]
	m := fsm.NewFSM(from.String(), spec.events, spec.callbacks)
	if err := translate(m.Event(context.Background(), c.event.String(), c), from, c.event); err != nil {
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
		unknown  fsm.UnknownEventError
		canceled fsm.CanceledError
		none     fsm.NoTransitionError
	)
	switch {
	case errors.As(err, &invalid):
		return &TransitionError{From: from, Event: ev}
	case errors.As(err, &unknown) && ev.IsValid():
		// A stage's machine knows only the events allowed there.
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
