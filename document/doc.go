// Package document checks the materials of a mini program's ICP filing
// (备案) before they are sent to WeChat: identifiers such as the unified
// social credit code and the resident ID number, contact data, certificate
// validity, regions and addresses, the mini program's own information,
// media files, and which materials a filing requires.
//
// It is not a client of WeChat's API and holds no catalogue that WeChat says
// must be fetched at run time (service content types, pre-approval types,
// district codes): such catalogues are inputs.
//
// # Errors and problems
//
// Single validators return an error wrapping one of the sentinels
// [ErrFormat], [ErrLength], [ErrChecksum], [ErrComponent], [ErrRange] or
// [ErrMissing]; the detail is an [*Error]. Validating a set of inputs returns
// every problem found as [Problems], each tied to WeChat's payload path.
// No error or message contains a full ID number, phone number or e-mail
// address: values are shown through [Mask].
package document
