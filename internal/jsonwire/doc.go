// Package jsonwire reads and writes JSON for the module's hand-written
// codecs: a byte-level Reader that the per-type decoding code pulls
// values from, and an append-style Writer that the encoding code pushes
// values into. It is what encoding/json would do for plain structs, minus
// reflection: each codec names its members itself, so reading a payload
// touches each byte once and allocates only what the result keeps.
//
// It is not a general JSON library: there is no tree of values, no
// reflection and no streaming from an io.Reader. The whole document is in
// memory, and its size is the caller's to bound before reading.
//
// # Reading
//
// A Reader holds one document. Values are pulled in document order: Object
// then Member in a loop (Name tells which member), Array then Elem in a
// loop, and String, Int, Bool, Time for scalars; Skip and Raw take a value
// whatever it is, Raw keeping it compacted for later. JSON null is
// accepted wherever a value is read and gives the zero value (Object and
// Array report false). Errors are sticky: after the first one every call
// returns zero values, loops end, and Err reports that first problem as an
// *Error with the path of the member it occurred in
// ("icp_subject.base_info.type", "history[3].at"), what was found and what
// was wanted, but never the offending text. Member names in a path come
// from the input: a plain name (letters, digits, '_' and '-') is shown
// with long digit runs masked, any other one quoted with its middle hidden
// (mask.ID).
//
// Strings are decoded as encoding/json decodes them: escapes, \u surrogate
// pairs, and U+FFFD for invalid UTF-8 and lone surrogates. String and Text
// take a bound on the decoded length. Numbers follow JSON's grammar; Int
// accepts only whole numbers within the bounds given. Nesting deeper than
// MaxDepth is refused, as encoding/json does.
//
// A Strings batches the strings of one object into one allocation: Mark
// when the object starts, Read each string member into its field, Commit
// when it ends; List reads a list of strings the same way.
//
// # Writing
//
// A Writer appends to a byte slice and places the commas itself: Name
// (NamePlain for a schema's own names) before each member's value, BeginObject/EndObject and
// BeginArray/EndArray around containers. Strings are escaped exactly as
// encoding/json escapes them (HTML-safe, U+2028 and U+2029 escaped,
// invalid UTF-8 written as U+FFFD); Raw copies an already encoded value,
// compacted and checked.
//
// # Times and nested arrays
//
// Time reads and writes an instant as encoding/json does for time.Time:
// an RFC 3339 string with nanoseconds where present
// ("2026-03-02T09:00:00.5+08:00"); writing refuses a year outside
// 0000–9999 as time.Time.MarshalJSON does. Arrays nest like objects:
//
//	r.Array()
//	for r.Elem() {        // outer list
//		var row []int64
//		r.Array()
//		for r.Elem() {    // inner list
//			row = append(row, r.Int(0, 100))
//		}
//		rows = append(rows, row)
//	}
//
//	w.BeginArray()
//	for _, row := range rows {
//		w.BeginArray()
//		for _, n := range row {
//			w.Int(n)
//		}
//		w.EndArray()
//	}
//	w.EndArray()
//
// # Concurrency
//
// A Reader or Writer is used by one goroutine at a time; separate values
// are independent.
package jsonwire
