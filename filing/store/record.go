package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/beian-go/beian/filing"
)

// Create stores new records, all or none, in one transaction: one
// application or a hundred thousand (they go in batches of statements).
// Each row is keyed by the record's Identity.ID and starts at the record's
// Version. An id already stored, or given twice, fails with an error
// matching ErrExists that names it, and nothing is stored. A record
// created with commands already applied keeps them in its history, but
// Create writes nothing to the outbox: there was no change to tell
// anybody about.
func (s *Store) Create(ctx context.Context, apps ...*filing.Application) error {
	rows := make([]row, len(apps))
	for i, a := range apps {
		if a == nil {
			return errors.New("store: Create of a nil *filing.Application")
		}
		r, err := s.rowOf(a)
		if err != nil {
			return err
		}
		rows[i] = r
	}
	return s.insertRows(ctx, rows)
}

// Load reads the record id. Its JSON goes through the same checks as
// filing.Restore, and the row's own columns must agree with it; a row
// that fails is refused with a *CorruptError (ErrCorrupt) naming the id,
// and no Application is returned. An unknown id is ErrNotFound.
func (s *Store) Load(ctx context.Context, id string) (*filing.Application, error) {
	r, err := s.loadRow(ctx, id)
	if err != nil {
		return nil, err
	}
	return appOf(r)
}

// appOf decodes a row, checking it.
func appOf(r row) (*filing.Application, error) {
	a := new(filing.Application)
	if err := json.Unmarshal(r.record, a); err != nil {
		return nil, &CorruptError{ID: r.id, Err: err}
	}
	id := a.Identity()
	switch {
	case id.ID != r.id:
		return nil, &CorruptError{ID: r.id, Err: errors.New("the record's id differs from the row's")}
	case id.AppID != r.appid:
		return nil, &CorruptError{ID: r.id, Err: errors.New("the record's appid differs from the row's")}
	case a.Version() != r.version:
		return nil, &CorruptError{ID: r.id, Err: fmt.Errorf("the record's version %d differs from the row's %d", a.Version(), r.version)}
	case a.Stage().String() != r.stage:
		return nil, &CorruptError{ID: r.id, Err: errors.New("the record's stage differs from the row's")}
	}
	return a, nil
}

// rowOf encodes a record as its row. Everything comes from one
// Snapshot, so that the columns agree with the JSON even if another
// goroutine changes a meanwhile.
func (s *Store) rowOf(a *filing.Application) (row, error) {
	snap := a.Snapshot()
	b, err := json.Marshal(&snap)
	if err != nil {
		return row{}, fmt.Errorf("store: encoding a record: %w", err)
	}
	return row{
		id:       snap.Identity.ID,
		appid:    snap.Identity.AppID,
		stage:    snap.Stage.String(),
		version:  snap.Version,
		deadline: s.deadlineOf(&snap),
		record:   b,
	}, nil
}

// Save writes a record loaded at version loaded (the Version it had when
// Load returned it), with changes, the transitions the commands applied
// since then returned, which go to the outbox in the same transaction.
// The write happens only if the stored record is still at version
// loaded; otherwise nothing is written and the error is a
// *ConflictError (ErrConflict): reload, apply the command again and save
// again, or let Update do it. A record whose Version is still loaded has
// nothing to save: Save returns nil without a write. An id that is not
// stored is ErrNotFound.
func (s *Store) Save(ctx context.Context, a *filing.Application, loaded int64, changes []filing.Change) error {
	if a == nil {
		return errors.New("store: Save of a nil *filing.Application")
	}
	r, err := s.rowOf(a)
	if err != nil {
		return err
	}
	switch {
	case r.version == loaded && len(changes) == 0:
		return nil
	case r.version <= loaded:
		return fmt.Errorf("store: record %q at version %d cannot be saved over version %d", r.id, r.version, loaded)
	}
	outs := make([]outRow, len(changes))
	for i, c := range changes {
		b, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("store: encoding a change of %q: %w", r.id, err)
		}
		outs[i] = outRow{change: b}
	}
	return s.swapRow(ctx, r, loaded, outs)
}

// Update applies a command to record id and saves it with its changes:
// it loads the record, calls cmd, and saves what cmd did with Save. When
// the record changed in between (another replica saved it first), it
// starts again from the load, up to Options.Attempts times, waiting a
// little longer each time; cmd must therefore do nothing but apply
// commands to the Application it is given. It returns the changes saved.
//
// An error from cmd is returned as it is and nothing is saved, except
// that filing.ErrAlreadyDone, a retry of a command that already took
// effect, counts as success with no changes. When every attempt
// conflicts, the error is the last *ConflictError.
func (s *Store) Update(ctx context.Context, id string, cmd func(*filing.Application) ([]filing.Change, error)) ([]filing.Change, error) {
	var err error
	for attempt := 0; attempt < s.attempts; attempt++ {
		if attempt > 0 {
			if err := pause(ctx, attempt); err != nil {
				return nil, err
			}
		}
		var a *filing.Application
		a, err = s.Load(ctx, id)
		if err != nil {
			return nil, err
		}
		loaded := a.Version()
		changes, cerr := cmd(a)
		if errors.Is(cerr, filing.ErrAlreadyDone) {
			return nil, nil
		}
		if cerr != nil {
			return nil, cerr
		}
		err = s.Save(ctx, a, loaded, changes)
		if !errors.Is(err, ErrConflict) {
			if err != nil {
				return nil, err
			}
			return changes, nil
		}
	}
	return nil, err
}

// pause waits before the attempt-th retry: a random time up to 2^attempt
// milliseconds (at most about half a second), so that replicas that
// conflicted do not meet again at once.
func pause(ctx context.Context, attempt int) error {
	d := time.Duration(rand.Int64N(int64(time.Millisecond) << min(attempt, 9)))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
