// Package store keeps filing records ([filing.Application]) in a SQL
// database through database/sql, so that a service's replicas share them:
// SQLite for one host, PostgreSQL for many. The caller opens the *sql.DB
// with a driver of its choice (modernc.org/sqlite and
// github.com/jackc/pgx/v5/stdlib are the tested ones); this package
// imports none.
//
// It is not a queue, a scheduler or a WeChat client: it keeps records,
// hands their changes to a consumer, and answers what is due. When to
// poll WeChat, sweep and deliver is the service's choice.
//
// # Records, versions and the outbox
//
// A record's row holds its id ([filing.Identity].ID), appid, stage,
// [filing.Application.Version], next deadline and JSON. [Store.Save]
// writes only over the version it loaded, comparing in the database, so
// replicas never overwrite each other; [Store.Update] reloads and
// retries. [Store.Load] checks a row as [filing.Restore] checks a record.
// Save writes the changes it saves to an outbox in the same transaction:
// a change is stored if and only if its record is. Consumers
// [Store.Fetch], deliver and [Store.Ack]; a fetched message is leased,
// not locked, so a consumer that dies loses nothing: its messages are
// fetched again once the lease runs out. Delivery is at least once, and
// in order per record: while a message is leased, the later messages of
// its record are held back, so concurrent consumers never deliver one
// record's changes out of order.
//
// # Concurrency and dialects
//
// A Store is safe for concurrent use, and Stores in many processes may
// share a database. On PostgreSQL, advisory locks serialise migrations
// and outbox claims (a claim is one short statement; delivery runs
// outside it). SQLite has one writer at a time: open it with a busy
// timeout so that writers wait for their turn, and in WAL mode so that
// readers do not wait for them, as in
// "file:beian.db?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)"
// for modernc.org/sqlite. Every write transaction starts with its write,
// so SQLite's deferred transactions never fail to upgrade their lock.
//
// # Schema and migrations
//
// The tables are beian_applications, beian_outbox and beian_schema, in
// the connection's default schema. The schema comes in migrations
// embedded per dialect and numbered from 1; [Store.Migrate] applies the
// ones the database has not recorded in beian_schema, each in its own
// transaction, when the service calls it (at start-up). Migrations only
// move forward, and an applied one is never edited: a change is a new
// migration, and a replica that does not know a database's newest
// migration refuses it. Deadlines are Unix seconds and outbox times Unix
// milliseconds; records are JSON as [filing.Application] writes it
// (PostgreSQL type json, kept as written).
package store
