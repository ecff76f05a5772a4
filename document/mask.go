package document

import "github.com/beian-go/beian/internal/mask"

// Mask hides the middle of a personal identifier (ID, phone or
// certificate number, credit code, e-mail address) for messages and logs,
// as every error of this package masks its input: "110*************2X",
// "z***@example.com". Only the empty string is returned unchanged.
func Mask(s string) string { return mask.ID(s) }
