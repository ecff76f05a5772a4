// Package document validates the values that go into a mini program's ICP
// filing (备案): the unified social credit code, the organisation code, the
// resident ID number and the other certificates of people and units;
// mobile numbers, e-mail addresses and emergency contacts; certificate
// validity periods; image files; filing numbers. It also holds the small
// catalogues these values refer to: the provinces and their filing-number
// abbreviations ([Provinces]), MIIT's subject and certificate types
// ([SubjectType], [CertificateType]) and the filing materials
// ([MaterialKind]).
//
// It knows nothing of WeChat's payload as a whole: which fields a filing
// needs and how they relate are package filing's rules, which call these
// validators. Nor can it judge what needs a person or a registry: whether
// a scan is legible, whether a name matches the business registry.
//
// # Errors
//
// A validator returns nil or an error wrapping one of the sentinels
// [ErrFormat], [ErrLength], [ErrChecksum], [ErrComponent], [ErrRange] or
// [ErrMissing]; the detail is an [*Error] ([*ImageError] for files). Its
// Code is a stable id, "uscc.checksum", or narrower where the validator
// knows more ("mobile.country_code"); [Codes] lists them and [Message]
// gives each a Chinese and an English sentence that never repeats the
// input. Errors quote their input masked as [Mask] masks it, and clipped:
// no ID number, phone number, e-mail address, name or address typed into
// any field shows in full, in any notation.
//
// # Sources and data
//
// The identifiers follow GB 11643-1999, GB 32100-2015 (with the later A
// and N authorities), GB 11714-1997 and GB/T 2260; e-mail addresses RFC
// 5321/5322; mobile numbers MIIT's numbering plan; validity dates and the
// month a certificate must have left ([MinValidityMonths]), WeChat's
// apply_icp_filing and filing console; images, WeChat's filing tutorial.
// Input is taken as WeChat receives it: nothing is trimmed or case-folded
// but the x of a resident ID, and full-width characters are errors.
// District codes are never looked up, as numbers keep an abolished
// district's code. The day a check is made on is passed in, never read
// from a clock.
//
// # Enums and concurrency
//
// Enums name their values one way: String returns the stable lower-case
// id that MarshalText writes ("" for the zero value, "<noun>(N)" out of
// range), Label the Chinese name and English the English name, where they
// have them. MarshalText of a value out of range, and UnmarshalText of an
// unknown id, give an *Error of KindFormat; UnmarshalText then leaves the
// value unchanged. [SubjectType]
// and [CertificateType] are WeChat's numbers and have no text id: their
// String is the English name. Every function is pure and every type a
// plain value or immutable, safe for concurrent use.
package document
