// Package document checks the materials of a mini program's ICP filing
// (备案) before they are sent to WeChat: identifiers such as the unified
// social credit code and the resident ID number, contact data, certificate
// validity, regions and addresses, the mini program's own information,
// media files, and which materials a filing requires. A rejection sends a
// filing back to the start of the queue; these checks catch the input
// errors that cause most of them.
//
// It is not a client of WeChat's API and holds no catalogue that WeChat says
// must be fetched at run time (service content types, pre-approval types,
// district codes): such catalogues are inputs ([ServiceCatalog], the
// "none of the above" pre-approval code, region names). It cannot judge
// what needs a person or a registry: whether a scan is legible, whether a
// name matches the business registry, whether a phone number answers.
//
// # Errors and problems
//
// Single validators return an error wrapping one of the sentinels
// [ErrFormat], [ErrLength], [ErrChecksum], [ErrComponent], [ErrRange] or
// [ErrMissing]; the detail is an [*Error] ([*ImageError] for files).
//
// Validating a set of inputs returns every problem found as [Problems],
// each a [Problem] tied to WeChat's dotted payload path
// ("icp_subject.principal_info.mobile", "…nrlx_details[1].code"), with a
// stable [Code] ("uscc.checksum", "applet.description.length"), a Chinese
// message and an English one. The composite checks ([CheckRegion],
// [CheckAddress], [CheckServiceTypes], [CheckPreApprovals],
// [CheckDescription], [CheckMaterials]) return Problems directly;
// [ProblemOf] and [Problems.Add] turn a single validator's error into one,
// so that a caller collects everything in one pass. [Codes] lists every
// code with its messages, for documentation and for UIs that translate
// codes themselves.
//
// No error or message contains a full ID number, phone number or e-mail
// address: values are shown through [Mask], and catalogue messages never
// echo input at all.
//
// # Rejection checks
//
// Beyond malformed input, filings are sent back for reasons a careful
// reader can see in advance: a principal under 18, a certificate about to
// expire, two principals sharing a mobile, a name starting with 中国, an
// address without a house number, a description that mentions tutoring
// while the pre-approval list says "none of the above", an individual from
// another province without a residence permit. [CheckRejections] looks for
// them in a [RejectionInput] on the day of submission and reports each as
// a Problem with a [Severity]: SeverityError when WeChat or the bureau
// rejects it (submission should be refused), SeverityWarning when it is
// likely to be rejected somewhere (shown, not blocking). [Problems.Errors],
// [Problems.Warnings] and [Problems.Blocking] separate the two.
//
// Provincial bureaus differ; their rules are data, not code: a
// [ProvinceRules] table, built in ([DefaultProvinceRules],
// data/province_rules.json) or loaded at run time ([LoadProvinceRules]),
// each rule with its source and as-of day. CheckRejections
// (RejectionOptions.Rules) and [RequiredMaterials] (MaterialsInput.Rules,
// for the province's extra documents) read the same table. A province
// without rules gets the general checks only. Checks that need the caller's own records of
// other filings (one province per subject, one filing in review at a time,
// a mobile used by another subject) are [CheckOwnRecords], a pure function
// of the records passed in.
//
// Every code, with its severity, messages and source, is listed by
// [Codes] and in CHECKS.md, which a test keeps equal to the catalogue.
// The heuristics (keyword lists, address patterns) are this package's
// own and err towards warnings.
//
// # Sources and confidence
//
// The rules come from WeChat's applyIcpFiling documentation and the SDKs
// that mirror its field notes, WeChat's console guidance, GB/T 2260 and the
// identifier standards, and cloud providers' notes on provincial bureaus.
// Each rule's doc comment names its source; rules marked UNCONFIRMED (the
// "none of the above" pre-approval code 24, the 2 MB / 720×1280 image
// limits at API level, province-specific documents) are applied as
// documented defaults that callers can override where an input allows.
//
// # Assumptions and data coverage
//
// Input is taken exactly as WeChat receives it: nothing is trimmed or
// case-folded (except the x of a resident ID number), and full-width
// digits or letters are format errors, since the bureaus compare
// characters, not appearances. Identifiers are checked by structure and
// check characters only; the district part of a region code is never
// looked up, because numbers keep the code of a district that has since
// been abolished.
//
// Built-in data: the 34 provincial-level divisions of GB/T 2260 with their
// filing-number abbreviations ([Provinces]); the registration authorities
// and organisation categories of GB 32100-2015 with the later A and N
// authorities; MIIT's subject types 1–16 and certificate types
// ([SubjectType], [CertificateType]), of which only 1–5 and the personal
// certificate types are confirmed for WeChat. WeChat's own catalogues
// (service content types, pre-approval types, district codes) are inputs.
// Dates are workday.Date values; the day a check is made on is always
// passed in, never read from a clock.
//
// # Enums
//
// The enums of this package name their values one way: String returns the
// stable lower-case id that MarshalText writes ("" for the zero value),
// Label the Chinese name and English the English name, where the enum has
// them. [SubjectType] and [CertificateType] are the exception: they are
// WeChat's numeric codes, go to JSON as numbers and have no text id, so
// their String is the English name.
//
// # Concurrency
//
// Every function is pure: no global mutable state, no clock, no network.
// All exported types are plain values or immutable once built and are safe
// for concurrent use, except that a Problems being appended to is, like
// any slice, owned by one goroutine.
package document
