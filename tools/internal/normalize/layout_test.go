package normalize

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// maxFileLines is the longest a non-test source file of the package may be.
const maxFileLines = 600

// TestFileSizes keeps every stage file short enough to read whole.
func TestFileSizes(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(b), "\n"); n > maxFileLines {
			t.Errorf("%s has %d lines, more than %d: split it by what its parts read and mark", f, n, maxFileLines)
		}
	}
}

// TestTextUsesNothingBack checks that text.go, the helpers every stage
// uses, depends on no other file of the package.
func TestTextUsesNothingBack(t *testing.T) {
	fset := token.NewFileSet()
	sources, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	declaredIn := map[string]string{}
	var text *ast.File
	for _, name := range sources {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		if name == "text.go" {
			text = f
		}
		for _, d := range f.Decls {
			for _, n := range declNames(d) {
				declaredIn[n] = name
			}
		}
	}
	if text == nil {
		t.Fatal("text.go not found")
	}
	used := map[string]bool{}
	ast.Inspect(text, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if f := declaredIn[id.Name]; f != "" && f != "text.go" {
				used[id.Name+" ("+f+")"] = true
			}
		}
		return true
	})
	var names []string
	for n := range used {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) > 0 {
		t.Errorf("text.go uses %s: move what it needs into text.go, or the helper out of it", strings.Join(names, ", "))
	}
}

// declNames lists the package-level names a declaration declares (not
// methods).
func declNames(d ast.Decl) []string {
	var out []string
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil {
			out = append(out, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.ValueSpec:
				for _, n := range s.Names {
					if n.Name != "_" {
						out = append(out, n.Name)
					}
				}
			case *ast.TypeSpec:
				out = append(out, s.Name.Name)
			}
		}
	}
	return out
}
