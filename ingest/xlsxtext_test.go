package ingest

import (
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/evalctl/evalctl/ingest/xlsx"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/internal/msg/msgtest"
)

// xlsxFormats reads the source of package xlsx (its non-test files) for the
// format of every call that makes an error: a call of any function, method
// or closure with a parameter "format string" and variadic arguments
// (newError, scanner.fail, invalidPart, counter.tooLarge, openPart's fail),
// found by type, not by name. It gives each format with where it is used.
// A format that is not a constant, other than a wrapper passing its own
// format on, is an error of the test: its text could not be in the table.
func xlsxFormats(t *testing.T) map[string][]string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join("xlsx", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var parsed []*ast.File
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, file)
	}
	// Only the package's own declarations matter: the packages it imports
	// are left out (go/types then makes do with stand-ins), and the errors
	// that leaves are expected.
	conf := types.Config{
		Importer: importerFunc(func(string) (*types.Package, error) { return nil, errors.New("not imported") }),
		Error:    func(error) {},
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	pkg, _ := conf.Check("github.com/evalctl/evalctl/ingest/xlsx", fset, parsed, info)
	errorType := pkg.Scope().Lookup("Error")
	if errorType == nil {
		t.Fatal("package xlsx declares no type Error")
	}

	formats := map[string][]string{}
	wrappers := map[string]bool{}
	for _, file := range parsed {
		var fn string // the function a node is in, for messages
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncDecl:
				fn = x.Name.Name
			case *ast.CompositeLit:
				if tv, ok := info.Types[x]; ok && namedIs(tv.Type, errorType) && fn != "newError" {
					t.Errorf("%s: an Error made in %s, not by newError: its format would not be checked", fset.Position(x.Pos()), fn)
				}
			case *ast.CallExpr:
				var id *ast.Ident
				switch f := x.Fun.(type) {
				case *ast.Ident:
					id = f
				case *ast.SelectorExpr:
					id = f.Sel
				default:
					return true
				}
				obj := info.Uses[id]
				if obj == nil || obj.Pkg() != pkg {
					return true
				}
				i := formatParam(obj.Type())
				if i < 0 || i >= len(x.Args) {
					return true
				}
				wrappers[id.Name] = true
				pos := fset.Position(x.Args[i].Pos())
				where := fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
				tv := info.Types[x.Args[i]]
				switch {
				case tv.Value != nil && tv.Value.Kind() == constant.String:
					f := constant.StringVal(tv.Value)
					formats[f] = append(formats[f], where)
				case isParam(info, x.Args[i], "format"):
					// A wrapper passing its caller's format on.
				default:
					t.Errorf("%s: %s is given a format that is not a constant", where, id.Name)
				}
			}
			return true
		})
	}
	for _, w := range []string{"newError", "fail", "invalidPart", "tooLarge"} {
		if !wrappers[w] {
			t.Errorf("no call of %s found: has the reader changed how it makes errors?", w)
		}
	}
	if len(formats) < 80 {
		t.Fatalf("found only %d formats; the test missed the calls", len(formats))
	}
	return formats
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// formatParam is the index of a signature's parameter "format string", if
// the signature is variadic and has one, or -1.
func formatParam(typ types.Type) int {
	sig, ok := typ.(*types.Signature)
	if !ok || !sig.Variadic() {
		return -1
	}
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if p.Name() == "format" && types.Identical(p.Type(), types.Typ[types.String]) {
			return i
		}
	}
	return -1
}

// isParam reports whether e is a parameter named name of the function it
// is in (a wrapper handing its format on), not a variable.
func isParam(info *types.Info, e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	if !ok || id.Name != name {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.Kind() == types.ParamVar
}

func namedIs(typ types.Type, obj types.Object) bool {
	if p, ok := typ.(*types.Pointer); ok {
		typ = p.Elem()
	}
	n, ok := typ.(*types.Named)
	return ok && n.Obj() == obj
}

// Every error the reader can make has its text in the catalogue, through
// xlsxTexts: a new error in package xlsx cannot ship without its Chinese.
// And the table names no format the reader no longer makes.
func TestEveryXLSXFormatHasAText(t *testing.T) {
	formats := xlsxFormats(t)
	var missing []string
	for f, where := range formats {
		if _, ok := xlsxTexts[f]; !ok {
			missing = append(missing, fmt.Sprintf("%s: %q", strings.Join(where, ", "), f))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("%s has no text in xlsxTexts (ingest/xlsxtext.go) and the catalogue (internal/msg/*_xlsx.go)", m)
	}
	for f := range xlsxTexts {
		if _, ok := formats[f]; !ok {
			t.Errorf("xlsxTexts has %q, which package xlsx no longer makes", f)
		}
	}
}

// Every text of the table takes the format's arguments with the same verbs,
// in both languages, and renders them all: the Chinese in Chinese, the
// English without it.
func TestXLSXTextsRender(t *testing.T) {
	for format, k := range xlsxTexts {
		want := formatVerbs(t, format)
		args := make([]any, len(want))
		for i := range args {
			args[i] = sampleArg(want[i+1], i+1)
		}
		if s := fmt.Sprintf(format, args...); strings.Contains(s, "%!") {
			t.Fatalf("the test's arguments do not fit %q: %s", format, s)
		}
		for _, l := range msg.Langs {
			text := l.T(k)
			got := formatVerbs(t, text)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s (%s) takes %v, the format %q takes %v", k, l, verbList(got), format, verbList(want))
				continue
			}
			out := l.F(k, args...)
			if strings.Contains(out, "%!") {
				t.Errorf("%s (%s) renders %q", k, l, out)
			}
			for i, a := range args {
				if s := fmt.Sprintf("%"+string(want[i+1]), a); !strings.Contains(out, s) {
					t.Errorf("%s (%s) renders %q, without argument %d (%s)", k, l, out, i+1, s)
				}
			}
			if hasHan(text) != (l == msg.Chinese) {
				t.Errorf("%s: the %s text %q is in the wrong language", k, l, text)
			}
		}
	}
}

// formatVerbs maps each argument (1-based) of a format to its verb.
func formatVerbs(t *testing.T, format string) map[int]byte {
	t.Helper()
	vs, err := msgtest.Verbs(format)
	if err != nil {
		t.Error(err)
	}
	out := map[int]byte{}
	for _, v := range vs {
		if prev, ok := out[v.Arg]; ok && prev != v.Letter {
			t.Errorf("%q uses argument %d as %%%c and %%%c", format, v.Arg, prev, v.Letter)
		}
		out[v.Arg] = v.Letter
	}
	for i := range len(out) {
		if _, ok := out[i+1]; !ok {
			t.Errorf("%q skips argument %d", format, i+1)
		}
	}
	return out
}

func verbList(v map[int]byte) string {
	var b strings.Builder
	for i := range len(v) {
		fmt.Fprintf(&b, "%%%c", v[i+1])
	}
	return b.String()
}

// sampleArg is an argument for a verb, told apart from the others.
func sampleArg(verb byte, i int) any {
	switch verb {
	case 'd':
		return 1000 + i
	case 'x', 'X':
		return byte(0xa0 + i)
	case 'U', 'c':
		return rune(0x4e00 + i)
	}
	return fmt.Sprintf("参数%d", i)
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// readError tells the reader's error in the user's language, the row in the
// catalogue's words, and no library error's text, unless the format has
// no text, when the reader's English is all there is to tell.
func TestReadErrorWords(t *testing.T) {
	cause := errors.New("zip: not a valid zip file")
	known := &xlsx.Error{Part: "xl/worksheets/sheet1.xml", Sheet: "选票", Row: 5, Offset: -1, Kind: xlsx.Invalid,
		Format: "row %d comes after row %d: rows must go down the sheet", Args: []any{4, 5},
		Detail: "row 4 comes after row 5: rows must go down the sheet", Err: cause}
	unknown := &xlsx.Error{Part: "xl/worksheets/sheet1.xml", Sheet: "选票", Offset: -1, Kind: xlsx.Corrupt,
		Format: "a new problem %d", Args: []any{7}, Detail: "a new problem 7", Err: cause}
	cell := &xlsx.Error{Sheet: "选票", Row: 5, Cell: "C5", Offset: -1, Kind: xlsx.Malformed,
		Format: "unknown entity %s", Args: []any{"&nbsp;"}, Detail: "unknown entity &nbsp;"}
	for _, tc := range []struct {
		err    *xlsx.Error
		lang   msg.Lang
		want   string
		absent []string
	}{
		{known, msg.Chinese, "r.xlsx: 选票: 内容不合 Excel 的格式（第 5 行：第 4 行排在第 5 行之后，而行应自上而下排列）", []string{"row", "zip"}},
		{known, msg.English, "r.xlsx: 选票: not as Excel writes it (row 5: row 4 comes after row 5: rows must go down the sheet)", []string{"zip"}},
		{cell, msg.Chinese, "r.xlsx: 选票!C5: XML 已损坏（&nbsp; 不是 XML 认得的转义写法）", []string{"行"}},
		{unknown, msg.Chinese, "r.xlsx: 选票: 无法读取工作簿（文件损坏或不完整？）：a new problem 7: zip: not a valid zip file", nil},
	} {
		got := msg.Localize(readError("r.xlsx", "", tc.err), tc.lang)
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: got\n  %s\nwant\n  %s…", tc.lang, got, tc.want)
		}
		for _, a := range tc.absent {
			if strings.Contains(got, a) {
				t.Errorf("%s: %q has %q", tc.lang, got, a)
			}
		}
	}
}
