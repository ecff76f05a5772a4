package store

import (
	"strconv"
	"strings"
)

// dialect is what differs between the databases: the schema's migrations
// and the statements that serialise migrations and outbox claims.
type dialect struct {
	dir string // under migrations/
	// lockMigrate is the first statement of the migration transaction: it
	// makes concurrent Migrate calls wait for each other. When it needs the
	// schema table, lockNeedsTable is set and the table is created first,
	// on its own (PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe to
	// run concurrently, so there it comes after the lock).
	lockMigrate    string
	lockNeedsTable bool
	// lockClaim, when set, is the first statement of an outbox claim: it
	// serialises claims so that two consumers never take messages of the
	// same record at once. SQLite needs none: it has one writer at a time.
	lockClaim string
	// busyCheck, when set, returns the SQLite busy timeout, in
	// milliseconds, of one connection.
	busyCheck string
	// positional: parameters are sent as "?", bound by position, instead
	// of "$1", "$2", …: SQLite looks numbered and named parameters up by
	// name, which costs time quadratic in their number.
	positional bool
	// batch is how many rows one INSERT carries. SQLite's driver matches
	// every parameter against every argument, so its batches are smaller.
	batch int
}

// q returns query with the dialect's parameters. Queries are written
// with $1, $2, … numbered in order of appearance, each used once, so
// that replacing each by "?" keeps their meaning.
func (d *dialect) q(query string) string {
	if !d.positional || !strings.Contains(query, "$") {
		return query
	}
	b := make([]byte, 0, len(query))
	next := 1
	for i := 0; i < len(query); i++ {
		c := query[i]
		if c != '$' || i+1 == len(query) || query[i+1] < '0' || query[i+1] > '9' {
			b = append(b, c)
			continue
		}
		j := i + 1
		for j < len(query) && query[j] >= '0' && query[j] <= '9' {
			j++
		}
		if n, _ := strconv.Atoi(query[i+1 : j]); n != next {
			panic("store: query parameters not numbered in order: " + query)
		}
		next++
		b = append(b, '?')
		i = j - 1
	}
	return string(b)
}

// lockKey is the PostgreSQL advisory lock key of the store ("beian" in
// ASCII); the migration lock uses it, the claim lock lockKey+1.
const lockKey = 0x626569616e

var dialects = map[Dialect]*dialect{
	SQLite: {
		dir: "sqlite",
		// An UPDATE takes SQLite's write lock even when it changes no
		// row, waiting for it up to the busy timeout.
		lockMigrate:    "UPDATE beian_schema SET applied = applied WHERE version < 0",
		lockNeedsTable: true,
		busyCheck:      "PRAGMA busy_timeout",
		positional:     true,
		batch:          100,
	},
	PostgreSQL: {
		dir:         "postgres",
		lockMigrate: "SELECT pg_advisory_xact_lock(" + strconv.FormatInt(lockKey, 10) + ")",
		lockClaim:   "SELECT pg_advisory_xact_lock(" + strconv.FormatInt(lockKey+1, 10) + ")",
		batch:       500,
	},
}
