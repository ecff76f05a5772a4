package deadline

// The enums of this package (Stage, RuleID, Status, State, Advice) share
// one text form: a stable lower-case id per value, "" for the zero value,
// taken from a table indexed by the value. These helpers implement it once.

// idText returns ids[i], or "" when i is outside the table.
func idText(ids []string, i int) string {
	if i >= 0 && i < len(ids) {
		return ids[i]
	}
	return ""
}

// marshalID returns ids[i] as text; an i outside the table is an error
// wrapping ErrInvalid, naming field.
func marshalID(field string, ids []string, i int) ([]byte, error) {
	if i < 0 || i >= len(ids) {
		return nil, errorf(field, ErrInvalid, "unknown %s %d", field, i)
	}
	return []byte(ids[i]), nil
}

// parseID returns the index of text in ids; an id not in the table is an
// error wrapping ErrInvalid, naming field, with the input clipped.
func parseID(field string, ids []string, text []byte) (int, error) {
	for i, id := range ids {
		if id == string(text) {
			return i, nil
		}
	}
	return 0, errorf(field, ErrInvalid, "unknown %s %q", field, clip(string(text)))
}

// clip keeps error messages short when an input is long.
func clip(s string) string {
	const max = 32
	if len(s) > max {
		return s[:max] + "…"
	}
	return s
}
