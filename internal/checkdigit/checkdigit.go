// Package checkdigit computes the check characters of the three Chinese
// identifier standards the module validates, so that each algorithm is
// written once:
//
//   - [MOD112]: ISO 7064 MOD 11-2, the check character of the 18-digit
//     citizen identification number (GB 11643-1999) and of the numbers
//     laid out like it (residence permits for Hong Kong, Macao and Taiwan
//     residents, the 2023 foreigner's permanent residence ID);
//   - [MOD31]: the check character of the unified social credit code
//     (GB 32100-2015 §5), over its 31-character alphabet;
//   - [MOD11]: the check character of the organisation code
//     (GB 11714-1997), digits and upper-case letters.
//
// Each function takes the body (everything but the check character) and
// returns the check character, or 0 when the body has the wrong length or
// a character the standard does not allow. They never panic and allocate
// nothing.
package checkdigit

// mod112Weights are 2^(17-i) mod 11 for the 17 body digits (GB 11643-1999 §6).
var mod112Weights = [17]uint8{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// mod112Check maps the weighted sum mod 11 to the check character.
const mod112Check = "10X98765432"

// MOD112 returns the ISO 7064 MOD 11-2 check character ('0'–'9' or 'X')
// of 17 ASCII digits, or 0 when body is not 17 ASCII digits.
func MOD112(body string) byte {
	if len(body) != 17 {
		return 0
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := body[i]
		if c < '0' || c > '9' {
			return 0
		}
		sum += int(c-'0') * int(mod112Weights[i])
	}
	return mod112Check[sum%11]
}

// USCCAlphabet is the alphabet of the unified social credit code: digits
// and upper-case letters without I, O, Z, S and V (GB 32100-2015 §4).
const USCCAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// usccValue maps an ASCII byte to its value in USCCAlphabet plus one; 0
// means the byte is not in the alphabet.
var usccValue = func() (v [256]uint8) {
	for i := 0; i < len(USCCAlphabet); i++ {
		v[USCCAlphabet[i]] = uint8(i + 1)
	}
	return v
}()

// mod31Weights are 3^i mod 31 for positions 1–17 (GB 32100-2015 §5).
var mod31Weights = [17]uint8{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// InUSCCAlphabet reports whether c is a character of USCCAlphabet.
func InUSCCAlphabet(c byte) bool { return usccValue[c] != 0 }

// MOD31 returns the check character of the 17 body characters of a
// unified social credit code, or 0 when body is not 17 characters of
// USCCAlphabet.
func MOD31(body string) byte {
	if len(body) != 17 {
		return 0
	}
	sum := 0
	for i := 0; i < 17; i++ {
		v := usccValue[body[i]]
		if v == 0 {
			return 0
		}
		sum += int(v-1) * int(mod31Weights[i])
	}
	return USCCAlphabet[(31-sum%31)%31]
}

// mod11Weights are the GB 11714-1997 weights of the eight body characters.
var mod11Weights = [8]uint8{3, 7, 9, 10, 5, 8, 4, 2}

// MOD11Value is the GB 11714 value of a body character of an organisation
// code: digits 0–9, upper-case letters A–Z 10–35, and -1 for anything else.
func MOD11Value(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return -1
}

// MOD11 returns the GB 11714-1997 check character ('0'–'9' or 'X') of the
// eight body characters of an organisation code, or 0 when body is not
// eight digits or upper-case letters.
func MOD11(body string) byte {
	if len(body) != 8 {
		return 0
	}
	sum := 0
	for i := 0; i < 8; i++ {
		v := MOD11Value(body[i])
		if v < 0 {
			return 0
		}
		sum += v * int(mod11Weights[i])
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + c)
	}
}
