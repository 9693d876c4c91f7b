package sample

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestMalformedTestdata checks that testdata/malformed holds exactly the
// corpus's committed files, as the generator writes them; after changing
// it, rerun go run ./internal/sample/gen -malformed testdata/malformed.
func TestMalformedTestdata(t *testing.T) {
	heavyUnderRace(t)
	const dir = "../../testdata/malformed"
	var want []string
	for _, m := range MalformedCorpus() {
		if m.Large {
			continue
		}
		want = append(want, m.Name)
		data, err := m.Data()
		if err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		got, err := os.ReadFile(filepath.Join(dir, m.Name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s differs from the generator's", m.Name)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if slices.Sort(want); !slices.Equal(got, want) {
		t.Errorf("testdata/malformed holds %v, the corpus %v", got, want)
	}
}
