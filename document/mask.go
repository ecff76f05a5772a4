package document

import "github.com/beian-go/beian/internal/mask"

// Mask hides the middle of a personal identifier (ID number, phone number,
// certificate number, credit code) so that it can appear in messages and
// logs: it keeps the first three and last two characters of values of nine
// or more characters, the first and last of shorter ones, and replaces the
// rest with '*'. An e-mail address keeps the first character of its local
// part and its domain ("z***@example.com"). Strings of two runes or fewer
// become all '*'. Mask never returns its input unchanged unless it is empty.
// Every error of this package masks the input it quotes the same way.
func Mask(s string) string { return mask.ID(s) }
