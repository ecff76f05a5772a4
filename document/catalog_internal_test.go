package document

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// notChecks are *Error subjects of text marshalling, not of validators;
// they need no catalogue entry. Errors built inside MarshalText and
// UnmarshalText methods are skipped anyway.
var notChecks = map[string]bool{"gender": true, "severity": true, "image_reason": true, "material_kind": true}

// marshalMethods build errors about enum text, not about filing input.
var marshalMethods = map[string]bool{"MarshalText": true, "UnmarshalText": true, "MarshalJSON": true, "UnmarshalJSON": true}

// TestCatalogueCoversSource reads this package's source and checks that
// every "<subject>.<kind>" an *Error can be built with, through newError or
// an &Error{...} literal with constant Subject and Kind, and every code
// passed to AddCode or NewProblem, is in the catalogue. It keeps the
// catalogue in step with validators added later.
func TestCatalogueCoversSource(t *testing.T) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, e := range entries {
		if n := e.Name(); strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			f, err := parser.ParseFile(fset, n, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
	}
	found := 0
	check := func(pos token.Pos, code string) {
		found++
		if _, ok := catalog[Code(code)]; !ok {
			t.Errorf("%s: code %q is not in the catalogue", fset.Position(pos), code)
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && marshalMethods[fd.Name.Name] {
				fd.Body = nil // not a validator
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				name := ""
				switch fn := n.Fun.(type) {
				case *ast.Ident:
					name = fn.Name
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				}
				switch name {
				case "newError":
					if len(n.Args) >= 2 {
						if s, ok := stringLit(n.Args[0]); ok {
							if k, ok := kindIdent(n.Args[1]); ok && !notChecks[s] {
								check(n.Pos(), s+"."+k)
							}
						}
					}
				case "AddCode", "NewProblem":
					if len(n.Args) == 2 {
						if s, ok := stringLit(n.Args[1]); ok {
							check(n.Pos(), s)
						}
					}
				}
			case *ast.CompositeLit:
				if id, ok := n.Type.(*ast.Ident); !ok || id.Name != "Error" {
					return true
				}
				var subject, kind string
				for _, el := range n.Elts {
					kv, ok := el.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					switch kv.Key.(*ast.Ident).Name {
					case "Subject":
						subject, _ = stringLit(kv.Value)
					case "Kind":
						kind, _ = kindIdent(kv.Value)
					}
				}
				if subject != "" && kind != "" && !notChecks[subject] {
					check(n.Pos(), subject+"."+kind)
				}
			}
			return true
		})
	}
	if found < 20 {
		t.Errorf("found only %d codes in the source; is the scan broken?", found)
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

// kindIdent turns KindChecksum into "checksum".
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

// TestComposedMessagesNoValue checks that no catalogue message has a
// formatting verb or placeholder that would invite echoing a value.
func TestComposedMessagesNoValue(t *testing.T) {
	for c, ci := range catalog {
		if strings.ContainsAny(ci.Message+ci.English, "%{}") {
			t.Errorf("%s: message has a placeholder", c)
		}
		if ci.Code != c {
			t.Errorf("%s: CodeInfo has code %s", c, ci.Code)
		}
	}
}
