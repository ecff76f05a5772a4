package document

// RejectionCodes exposes the rejection checks' codes to the external
// tests.
func RejectionCodes() []CodeInfo { return append([]CodeInfo(nil), rejectionCodes...) }
