package msg

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/msg/msgtest"
)

// declaredKeys parses this package's source for every constant of type Key,
// by identifier.
func declaredKeys(t *testing.T) map[string]Key {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]Key{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Key" {
					continue // the languages
				}
				for i, name := range vs.Names {
					lit := vs.Values[i].(*ast.BasicLit)
					keys[name.Name] = Key(strings.Trim(lit.Value, `"`))
				}
			}
		}
	}
	if len(keys) < 100 {
		t.Fatalf("found only %d keys; the parser missed the declarations", len(keys))
	}
	return keys
}

var keyForm = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$`)

// Every key has a text in every language, is named in the dotted form (never
// by display text), and names only one text.
func TestEveryKeyHasEveryLanguage(t *testing.T) {
	keys := declaredKeys(t)
	values := map[Key]string{}
	for name, k := range keys {
		if !keyForm.MatchString(string(k)) {
			t.Errorf("%s = %q is not a dotted key like sheet.ranking", name, k)
		}
		if other, dup := values[k]; dup {
			t.Errorf("%s and %s are both %q", name, other, k)
		}
		values[k] = name
		for _, l := range Langs {
			if s, ok := catalogues[l][k]; !ok || strings.TrimSpace(s) == "" {
				t.Errorf("%s (%s) has no %s text", name, k, l)
			}
		}
	}
	for _, l := range Langs {
		for k := range catalogues[l] {
			if _, ok := values[k]; !ok {
				t.Errorf("the %s catalogue has %q, which no constant declares", l, k)
			}
		}
	}
}

// The parts of a catalogue never give one key twice.
func TestCatalogueParts(t *testing.T) {
	for name, parts := range map[string][]map[Key]string{
		"zh": {zhLabels, zhSentences, zhRules, zhData, zhXLSX, zhCommands, zhTemplates, zhVerdicts, zhArrivals, zhHelp, zhOutputs, zhBootstrap, zhPresets},
		"en": {enLabels, enSentences, enRules, enData, enXLSX, enCommands, enTemplates, enVerdicts, enArrivals, enHelp, enOutputs, enBootstrap, enPresets},
	} {
		seen := map[Key]bool{}
		for _, p := range parts {
			for k := range p {
				if seen[k] {
					t.Errorf("%s: %s is in two parts of the catalogue", name, k)
				}
				seen[k] = true
			}
		}
	}
}

// verbs maps each argument (1-based) of a format to its verb's class.
func verbs(t *testing.T, format string) map[int]byte {
	t.Helper()
	vs, err := msgtest.Verbs(format)
	if err != nil {
		t.Error(err)
	}
	out := map[int]byte{}
	for _, v := range vs {
		verb := verbClass(v.Letter)
		if prev, ok := out[v.Arg]; ok && prev != verb {
			t.Errorf("%q uses argument %d as %%%c and %%%c", format, v.Arg, prev, verb)
		}
		out[v.Arg] = verb
	}
	return out
}

// verbClass folds the verbs that format the same arguments alike: a
// string may be quoted in one language (%q) and set in 「」 in another (%s).
func verbClass(v byte) byte {
	switch v {
	case 's', 'q', 'v':
		return 's'
	case 'g', 'f', 'e':
		return 'g'
	}
	return v
}

// The texts of a key in every language take the same arguments with the same
// verbs, so that one call renders either.
func TestLanguagesTakeTheSameArguments(t *testing.T) {
	for k, enText := range en {
		want := verbs(t, enText)
		for _, l := range Langs {
			got := verbs(t, catalogues[l][k])
			if len(got) != len(want) {
				t.Errorf("%s: %s takes %d arguments, en %d:\n  %q\n  %q", k, l, len(got), len(want), catalogues[l][k], enText)
				continue
			}
			for i, v := range want {
				if got[i] != v {
					t.Errorf("%s: argument %d is %%%c in %s, %%%c in en", k, i, got[i], l, v)
				}
			}
		}
	}
}

// Every key is used somewhere in the module's code outside this package: a
// text nobody shows is a text nobody keeps up to date.
func TestEveryKeyIsUsed(t *testing.T) {
	keys := declaredKeys(t)
	used := map[string]bool{}
	root := filepath.Join("..", "..")
	here, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	ident := regexp.MustCompile(`\bmsg\.([A-Z][A-Za-z0-9]*)`)
	bare := regexp.MustCompile(`\b([A-Z][A-Za-z0-9]*)\b[^:]`)
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if dir, _ := filepath.Abs(filepath.Dir(path)); dir == here {
			// Inside the package, keys are used unqualified, and not as
			// the key of a catalogue entry ("Name:").
			for _, m := range bare.FindAllSubmatch(removeCatalogues(src), -1) {
				used[string(m[1])] = true
			}
			return nil
		}
		for _, m := range ident.FindAllSubmatch(src, -1) {
			used[string(m[1])] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var unused []string
	for name := range keys {
		if !used[name] {
			unused = append(unused, name)
		}
	}
	sort.Strings(unused)
	for _, name := range unused {
		t.Errorf("%s is declared but never used", name)
	}
}

// removeCatalogues drops the declarations and the catalogue maps from a
// file of this package, leaving the code that uses keys.
func removeCatalogues(src []byte) []byte {
	decl := regexp.MustCompile(`(?s)(const \(.*?\n\)|var (zh|en)[A-Za-z]* = map\[Key\]string\{.*?\n\})`)
	return decl.ReplaceAll(src, nil)
}

func TestLocalizeFileErrors(t *testing.T) {
	_, err := os.Stat(filepath.Join(t.TempDir(), "缺失.xlsx"))
	zhText, enText := Localize(err, Chinese), Localize(err, English)
	if !strings.Contains(zhText, "缺失.xlsx") || !strings.Contains(zhText, "不存在") {
		t.Errorf("zh: %q", zhText)
	}
	if !strings.Contains(enText, "缺失.xlsx") || !strings.Contains(enText, "no such file") {
		t.Errorf("en: %q", enText)
	}
}

func TestTextArgumentsAreTold(t *testing.T) {
	inner := New(ValYes)
	e := Errorf(UnknownLang, inner)
	if got := Localize(e, Chinese); !strings.Contains(got, "是") {
		t.Errorf("zh: %q does not tell its argument in Chinese", got)
	}
	if got := e.Error(); !strings.Contains(got, "yes") {
		t.Errorf("Error(): %q is not English", got)
	}
}
