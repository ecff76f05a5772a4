package store

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestQueryParameters(t *testing.T) {
	for _, tc := range []struct {
		name, query, sqlite string
	}{
		{"none", "SELECT 1", "SELECT 1"},
		{"in order", "SELECT a FROM t WHERE b = $1 AND c > $2 LIMIT $3", "SELECT a FROM t WHERE b = ? AND c > ? LIMIT ?"},
		{"ten and more", "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)", "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
		{"a dollar that is no parameter", "SELECT '$' || $1", "SELECT '$' || ?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.sqlite, dialects[SQLite].q(tc.query))
			assert.Equal(t, tc.query, dialects[PostgreSQL].q(tc.query), "PostgreSQL takes them as written")
		})
	}
	for _, query := range []string{"SELECT $2, $1", "SELECT $1, $1", "SELECT $0"} {
		assert.Panics(t, func() { dialects[SQLite].q(query) }, query)
	}
}

func TestDialectString(t *testing.T) {
	assert.Equal(t, "sqlite", SQLite.String())
	assert.Equal(t, "postgres", PostgreSQL.String())
	assert.Equal(t, "", DialectUnknown.String())
	assert.Equal(t, "dialect(9)", Dialect(9).String())
}
