package document

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// marshalMethods build errors about enum text, not about filing input;
// the scan skips them.
var marshalMethods = map[string]bool{"MarshalText": true, "UnmarshalText": true, "MarshalJSON": true, "UnmarshalJSON": true}

// scannedFunc is what the source scan learns about one function.
type scannedFunc struct {
	param   string          // name of a string parameter called "subject", if any
	kinds   map[string]bool // every Kind constant mentioned in the body
	direct  map[string]bool // "<subject>.<kind>" built with constants here
	subject map[string]bool // subjects built here with a non-constant kind
	calls   [][2]string     // (callee, subject) where subject is constant or "$param"
}

// scanSource parses the package's non-test files and returns every
// "<subject>.<kind>" code its validators can build, with one position
// each, and every code passed to AddCode or NewProblem. It follows the
// patterns the package uses: newError("x", KindY, …), &Error{Subject: "x",
// Kind: KindY}, a local `const subject = "x"`, and helpers taking a
// `subject` parameter (their kinds are attributed to each caller's
// subject), and codes held in package-level tables of checks as
// {code: "x.y", …}. It over-approximates a little: a helper's kinds are all Kind
// constants in its body.
func scanSource(t *testing.T) (errCodes, ownCodes map[string]string) {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	funcs := map[string]*scannedFunc{}
	errCodes, ownCodes = map[string]string{}, map[string]string{}
	pos := map[string]string{}
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR && !strings.HasPrefix(n, "catalog") {
				// Tables of checks: {code: "x.y", …}.
				ast.Inspect(gd, func(x ast.Node) bool {
					if kv, ok := x.(*ast.KeyValueExpr); ok {
						if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "code" {
							if s, ok := stringLit(kv.Value); ok {
								ownCodes[s] = fset.Position(kv.Pos()).String()
							}
						}
					}
					return true
				})
			}
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || (fd.Recv != nil && marshalMethods[fd.Name.Name]) {
				continue
			}
			sf := &scannedFunc{kinds: map[string]bool{}, direct: map[string]bool{}, subject: map[string]bool{}}
			for _, p := range fd.Type.Params.List {
				for _, nm := range p.Names {
					if nm.Name == "subject" {
						sf.param = "subject"
					}
				}
			}
			consts := map[string]string{}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if gd, ok := n.(*ast.GenDecl); ok && gd.Tok == token.CONST {
					for _, sp := range gd.Specs {
						vs := sp.(*ast.ValueSpec)
						for i, nm := range vs.Names {
							if i < len(vs.Values) {
								if s, ok := stringLit(vs.Values[i]); ok {
									consts[nm.Name] = s
								}
							}
						}
					}
				}
				return true
			})
			resolve := func(e ast.Expr) (string, bool) {
				if s, ok := stringLit(e); ok {
					return s, true
				}
				if id, ok := e.(*ast.Ident); ok {
					if s, ok := consts[id.Name]; ok {
						return s, true
					}
					if id.Name == sf.param && sf.param != "" {
						return "$param", true
					}
				}
				return "", false
			}
			here := fset.Position(fd.Pos()).String()
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.Ident:
					if k, ok := kindIdent(n); ok {
						sf.kinds[k] = true
					}
				case *ast.CallExpr:
					name := ""
					switch fn := n.Fun.(type) {
					case *ast.Ident:
						name = fn.Name
					case *ast.SelectorExpr:
						name = fn.Sel.Name
					}
					switch {
					case name == "AddCode" || name == "NewProblem":
						if len(n.Args) == 2 {
							if s, ok := stringLit(n.Args[1]); ok {
								ownCodes[s] = fset.Position(n.Pos()).String()
							}
						}
					case name == "newError" && len(n.Args) >= 2:
						s, ok := resolve(n.Args[0])
						k, kok := kindIdent(n.Args[1])
						switch {
						case ok && kok:
							sf.direct[s+"."+k] = true
						case ok:
							sf.subject[s] = true
						}
					case len(n.Args) > 0:
						if s, ok := resolve(n.Args[0]); ok {
							sf.calls = append(sf.calls, [2]string{name, s})
						}
					}
				case *ast.CompositeLit:
					if id, ok := n.Type.(*ast.Ident); !ok || id.Name != "Error" {
						return true
					}
					var s, k string
					var sok, kok bool
					for _, el := range n.Elts {
						kv, ok := el.(*ast.KeyValueExpr)
						if !ok {
							continue
						}
						switch kv.Key.(*ast.Ident).Name {
						case "Subject":
							s, sok = resolve(kv.Value)
						case "Kind":
							k, kok = kindIdent(kv.Value)
						}
					}
					switch {
					case sok && kok:
						sf.direct[s+"."+k] = true
					case sok:
						sf.subject[s] = true
					}
				}
				return true
			})
			key := fd.Name.Name
			if fd.Recv != nil {
				key = "(" + types.ExprString(fd.Recv.List[0].Type) + ")." + key // methods never serve as helpers
			}
			funcs[key] = sf
			pos[key] = here
		}
	}
	// codesFor returns the codes function name builds for subject s
	// ("$param" inside a helper stays symbolic and is replaced by s).
	var codesFor func(name, s string, depth int) []string
	codesFor = func(name, s string, depth int) []string {
		sf := funcs[name]
		if sf == nil || depth > 8 {
			return nil
		}
		var out []string
		sub := func(x string) string {
			if x == "$param" {
				return s
			}
			return x
		}
		for c := range sf.direct {
			subj, kind, _ := strings.Cut(c, ".")
			out = append(out, sub(subj)+"."+kind)
		}
		for subj := range sf.subject {
			for k := range sf.kinds {
				out = append(out, sub(subj)+"."+k)
			}
		}
		for _, c := range sf.calls {
			if funcs[c[0]] == nil || funcs[c[0]].param == "" {
				continue
			}
			out = append(out, codesFor(c[0], sub(c[1]), depth+1)...)
		}
		return out
	}
	for name, sf := range funcs {
		if sf.param != "" {
			continue // a helper: counted through its callers
		}
		for _, c := range codesFor(name, "", 0) {
			if !strings.HasPrefix(c, "$param") && !strings.HasPrefix(c, ".") {
				errCodes[c] = pos[name]
			}
		}
	}
	return errCodes, ownCodes
}

// TestCatalogueMatchesSource checks that every code the package's source
// can produce is in the catalogue, and that every "<subject>.<kind>" code
// in the catalogue can be produced: Codes then lists exactly the checks
// there are. A validator added or changed later fails here until the
// catalogue (catalog.go) follows.
func TestCatalogueMatchesSource(t *testing.T) {
	errCodes, own := scanSource(t)
	if len(errCodes) < 40 || len(own) < 20 {
		t.Fatalf("scan found only %d error codes and %d own codes; is it broken?", len(errCodes), len(own))
	}
	var missing []string
	for c, p := range errCodes {
		if _, ok := catalog[Code(c)]; !ok {
			missing = append(missing, p+": "+c)
		}
	}
	for c, p := range own {
		if _, ok := catalog[Code(c)]; !ok {
			missing = append(missing, p+": "+c)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("code not in the catalogue: %s", m)
	}
	for _, ci := range rejectionCodes {
		if _, ok := own[string(ci.Code)]; !ok {
			t.Errorf("catalogue lists %s, which no check produces", ci.Code)
		}
	}
	for subject, n := range subjectNouns {
		for _, k := range n.kinds {
			c := subject + "." + k.String()
			if _, ok := errCodes[c]; !ok {
				t.Errorf("catalogue lists %s, which no validator produces", c)
			}
		}
	}
}

func stringLit(e ast.Expr) (string, bool) {
	bl, ok := e.(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(bl.Value)
	return s, err == nil
}

// kindIdent turns the identifier KindChecksum into "checksum".
func kindIdent(e ast.Expr) (string, bool) {
	id, ok := e.(*ast.Ident)
	if !ok || !strings.HasPrefix(id.Name, "Kind") {
		return "", false
	}
	for k := KindFormat; k <= KindMissing; k++ {
		if "Kind"+strings.ToUpper(k.String()[:1])+k.String()[1:] == id.Name {
			return k.String(), true
		}
	}
	return "", false
}

// TestRejectionCodesComplete checks that every rejection code has a
// severity, both messages and a source, and is listed once.
func TestRejectionCodesComplete(t *testing.T) {
	seen := map[Code]bool{}
	for _, ci := range rejectionCodes {
		if seen[ci.Code] {
			t.Errorf("%s listed twice", ci.Code)
		}
		seen[ci.Code] = true
		if ci.Severity != SeverityError && ci.Severity != SeverityWarning {
			t.Errorf("%s: severity %v", ci.Code, ci.Severity)
		}
		if ci.Message == "" || ci.English == "" || ci.Source == "" {
			t.Errorf("%s: message, English message or source missing", ci.Code)
		}
		if catalogComposed()[ci.Code] {
			t.Errorf("%s: also built from a subject and kind", ci.Code)
		}
	}
	for _, ci := range Codes() {
		if ci.Source == "" {
			t.Errorf("%s: no source", ci.Code)
		}
	}
}

// catalogComposed returns the codes built from subject nouns and kinds.
func catalogComposed() map[Code]bool {
	m := map[Code]bool{}
	for _, nouns := range [...]map[string]noun{subjectNouns, callerNouns} {
		for subject, n := range nouns {
			for _, k := range n.kinds {
				m[Code(subject+"."+k.String())] = true
			}
		}
	}
	return m
}

// TestCatalogueMessagesHaveNoPlaceholders checks that no catalogue message
// has a formatting verb or placeholder that would invite echoing a value.
func TestCatalogueMessagesHaveNoPlaceholders(t *testing.T) {
	for c, ci := range catalog {
		if strings.ContainsAny(ci.Message+ci.English, "%{}") {
			t.Errorf("%s: message has a placeholder", c)
		}
		if ci.Code != c {
			t.Errorf("%s: CodeInfo has code %s", c, ci.Code)
		}
	}
}
