package store

// The queries of Due, for the test of their query plans.
const (
	DueFirst = dueFirst
	DueAfter = dueAfter
)

// Query returns query as the Store sends it to a database of dialect d.
func Query(d Dialect, query string) string { return dialects[d].q(query) }
