package jsonwire

// Strings allocates the strings read for one object together: Read
// records where each string goes, and Commit makes one string of all the
// text read since Mark and hands out its pieces. A decoder saves one
// allocation per string member this way, and the pieces of one object
// stay together in memory.
//
// Marks nest: an object's decoder may call nested decoders that Mark and
// Commit their own strings between its Mark and Commit. Until Commit, the
// destinations keep their old values, and must not move: commit before
// appending an element whose strings were read into a local value, and
// before replacing a struct whose fields have pending strings. The zero
// value is ready to use.
type Strings struct {
	text []byte
	refs []stringRef
}

type stringRef struct {
	dst        *string
	start, end int
}

// StringsMark is a position in a Strings, from Mark.
type StringsMark struct{ refs, text int }

// Mark returns the position from which Commit hands out strings.
func (s *Strings) Mark() StringsMark { return StringsMark{len(s.refs), len(s.text)} }

// Read reads a string as Reader.String does and records that it goes to
// *dst (null and errors give "").
func (s *Strings) Read(r *Reader, dst *string, max int) {
	start := len(s.text)
	s.text = append(s.text, r.Text(max)...)
	s.refs = append(s.refs, stringRef{dst: dst, start: start, end: len(s.text)})
}

// Commit stores every string read since m into its destination, in the
// order read (so the last of a repeated member wins), with one allocation
// for all of them, and forgets them.
func (s *Strings) Commit(m StringsMark) {
	all := string(s.text[m.text:])
	for i := m.refs; i < len(s.refs); i++ {
		ref := &s.refs[i]
		*ref.dst = all[ref.start-m.text : ref.end-m.text]
		ref.dst = nil
	}
	s.refs = s.refs[:m.refs]
	s.text = s.text[:m.text]
}

// List reads an array of strings (null and [] give nil) of at most
// maxItems items, each of at most max bytes, with one allocation for their
// text and one for the slice. More items are a Limit error (TooMany); on
// any error List returns nil.
func (s *Strings) List(r *Reader, maxItems, max int) []string {
	if !r.Array() {
		return nil
	}
	m := s.Mark()
	for r.Elem() {
		if len(s.refs)-m.refs == maxItems {
			r.TooMany(maxItems)
			break
		}
		start := len(s.text)
		s.text = append(s.text, r.Text(max)...)
		s.refs = append(s.refs, stringRef{start: start, end: len(s.text)})
	}
	var out []string
	if n := len(s.refs) - m.refs; n > 0 && r.err == nil {
		all := string(s.text[m.text:])
		out = make([]string, n)
		for i := range out {
			ref := s.refs[m.refs+i]
			out[i] = all[ref.start-m.text : ref.end-m.text]
		}
	}
	s.refs = s.refs[:m.refs]
	s.text = s.text[:m.text]
	return out
}
