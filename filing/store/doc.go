// Package store keeps filing records ([filing.Application]) in a SQL
// database through database/sql: SQLite for a service on one host,
// PostgreSQL for many replicas. The caller opens the *sql.DB with the
// driver of its choice; this package imports none.
package store
