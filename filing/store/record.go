package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/xerr"
)

// Create stores new records, one or many, in one transaction: all or
// none. A taken id, or one given twice, is ErrExists. Create writes
// nothing to the outbox.
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

// Load reads record id, checked as filing.Restore checks a record and
// against its row's columns: a row that fails is a *CorruptError naming
// the id. An unknown id is ErrNotFound.
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
	if err := a.UnmarshalJSON(r.record); err != nil {
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
	if snap.Identity.ID == "" || snap.Stage == filing.StageUnknown {
		return row{}, errors.New("store: a record without identity or stage (build it with filing.NewApplication)")
	}
	b, err := snap.MarshalJSON()
	if err != nil {
		return row{}, fmt.Errorf("store: encoding a record: %w", err)
	}
	return row{
		id:       snap.Identity.ID,
		appid:    snap.Identity.AppID,
		stage:    snap.Stage.String(),
		version:  snap.Version,
		deadline: s.deadlineOf(snap.Timer()),
		record:   b,
	}, nil
}

// Save writes a record that had Version loaded when it was loaded, and
// the changes its commands returned since, to the outbox in the same
// transaction. If the stored record is no longer at version loaded,
// nothing is written and the error is a *ConflictError: reload and apply
// the command again, as Update does. A record still at version loaded
// is not written.
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
		return fmt.Errorf("store: record %s at version %d cannot be saved over version %d", xerr.Quote(r.id), r.version, loaded)
	}
	outs := make([]outRow, len(changes))
	for i, c := range changes {
		b, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("store: encoding a change of %s: %w", xerr.Quote(r.id), err)
		}
		outs[i] = outRow{change: b}
	}
	return s.swapRow(ctx, r, loaded, outs)
}

// Update loads record id, applies cmd and saves the result with Save,
// starting again on a conflict, up to Options.Attempts times with a
// growing random pause; cmd may run more than once, so it should only
// apply commands. It returns the changes saved. An error from cmd is
// returned and nothing is saved, except filing.ErrAlreadyDone (a retry of
// a command that took effect), which is success with no changes.
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
