package filing

// This file is the only one that imports looplab/fsm. The rules it
// follows, so that looplab stays an implementation detail:
//
//   - the machines' events are derived once from the transition table;
//     rows that keep the stage never reach looplab, which treats
//     self-transitions specially;
//   - the record keeps no machine: each command takes a machine for its
//     stage from a pool (building one when the pool is empty), sets it to
//     the stored stage, fires one event and returns it, so no machine is
//     shared between commands, kept with a record or restored. The machine
//     for a stage is given only the events the table allows there: looplab
//     then reports any other event as unknown to it, which means "not
//     allowed in this stage" (events outside our vocabulary never reach
//     looplab). A machine whose event failed in an unexpected way is
//     dropped, not returned;
//   - the only callbacks are before_<event> guards, which read the command
//     and Cancel with the guard's error; a panicking guard is recovered and
//     cancels with ErrInternal;
//   - commands take no context: a decision is a few microseconds of
//     computation, so there is nothing to cancel, and a machine is never
//     left half-way;
//   - every looplab error is translated at this boundary.

import (
	"context"
	"fmt"
	"sync"

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
	if !from.IsValid() || !c.event.IsValid() {
		// Never hand looplab a state or event outside our vocabulary.
		return StageUnknown, &TransitionError{From: from, Event: c.event}
	}
	if inStage(from, c.event) {
		return from, runGuard(c)
	}
	m := takeMachine(from)
	m.cmd = *c // the command travels in the pooled machine, not on the heap
	raw := m.fsm.Event(context.Background(), c.event.String(), &m.cmd)
	m.cmd = command{} // keep no record alive from the pool
	if err := translate(raw, from, c.event); err != nil {
		if _, ok := raw.(fsm.CanceledError); ok {
			machines[from].Put(m) // a guard said no; the machine is as it was
		}
		return StageUnknown, err
	}
	to, ok := parseStage(m.fsm.Current())
	if want, _ := target(from, c.event); !ok || to != want {
		return StageUnknown, fmt.Errorf("%w: machine moved %s by %s to %q", ErrInternal, from, c.event, m.fsm.Current())
	}
	machines[from].Put(m)
	return to, nil
}

// machine is a looplab machine for one stage's events, with room for the
// command it is deciding.
type machine struct {
	fsm *fsm.FSM
	cmd command
}

// machines holds, per stage, machines built for that stage's events and
// not in use. A machine in the pool has finished its event; takeMachine
// sets its state again before use.
var machines [numStages]sync.Pool

// takeMachine returns a machine for stage from, in stage from, that no one
// else uses until it is put back.
func takeMachine(from Stage) *machine {
	if m, ok := machines[from].Get().(*machine); ok {
		m.fsm.SetState(from.String())
		return m
	}
	spec := &specs[from]
	return &machine{fsm: fsm.NewFSM(from.String(), spec.events, spec.callbacks)}
}

// translate maps looplab's errors to this package's. looplab returns its
// error values unwrapped, so a type switch finds them without allocating.
func translate(err error, from Stage, ev Event) error {
	switch e := err.(type) {
	case nil:
		return nil
	case fsm.InvalidEventError:
		return &TransitionError{From: from, Event: ev}
	case fsm.UnknownEventError:
		if ev.IsValid() {
			// A stage's machine knows only the events allowed there.
			return &TransitionError{From: from, Event: ev}
		}
	case fsm.CanceledError:
		if e.Err == nil {
			return fmt.Errorf("%w: guard of %s cancelled without a reason", ErrInternal, ev)
		}
		return e.Err
	case fsm.NoTransitionError:
		return e.Err
	}
	return fmt.Errorf("%w: state machine: %v", ErrInternal, err)
}
