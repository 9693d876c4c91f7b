package report

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"

	"gopkg.in/yaml.v3"

	"github.com/evalctl/evalctl/evaluate"
)

// canonicalRules is the canonical text of the effective rules: the rules
// file that `rules show` prints, without its base: line. The same rules
// give the same text however they were written (any order, spelling of
// numbers, comments, or a base: preset and the fields it fills in), since
// it is made from the rules, not from the file.
func canonicalRules(r *evaluate.Rules) ([]byte, error) {
	c := *r
	c.Base = ""
	return RulesYAML(&c)
}

// RulesSHA256 is the hex SHA-256 of the canonical effective rules: what an
// office publishes with its 评分办法 before the ballots are opened, and
// what `score --rules-sha256` holds the rules to. It equals the digest of
// `evalctl rules show` without its base: line.
func RulesSHA256(r *evaluate.Rules) (string, error) {
	text, err := canonicalRules(r)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:]), nil
}

// RulesChanges names the fields in which two rules differ, as paths of the
// rules-file format (groups[2].weight, categories[0].bottom), in the order
// of the file. A list whose length changed is named once, as a whole.
func RulesChanges(before, after *evaluate.Rules) ([]string, error) {
	var nodes [2]yaml.Node
	for i, r := range []*evaluate.Rules{before, after} {
		text, err := canonicalRules(r)
		if err != nil {
			return nil, err
		}
		if err := yaml.Unmarshal(text, &nodes[i]); err != nil {
			return nil, err
		}
	}
	var out []string
	diffNodes("", &nodes[0], &nodes[1], &out)
	return out, nil
}

// diffNodes appends to out the paths under path where a and b differ.
func diffNodes(path string, a, b *yaml.Node, out *[]string) {
	if a.Kind == yaml.DocumentNode && b.Kind == yaml.DocumentNode && len(a.Content) == 1 && len(b.Content) == 1 {
		a, b = a.Content[0], b.Content[0]
	}
	field := func(key string) string {
		if path == "" {
			return key
		}
		return path + "." + key
	}
	switch {
	case a.Kind != b.Kind:
		*out = append(*out, path)
	case a.Kind == yaml.MappingNode:
		seen := map[string]bool{}
		for i := 0; i+1 < len(a.Content); i += 2 {
			key := a.Content[i].Value
			seen[key] = true
			if other := mappingValue(b, key); other == nil {
				*out = append(*out, field(key))
			} else {
				diffNodes(field(key), a.Content[i+1], other, out)
			}
		}
		for i := 0; i+1 < len(b.Content); i += 2 {
			if !seen[b.Content[i].Value] {
				*out = append(*out, field(b.Content[i].Value))
			}
		}
	case a.Kind == yaml.SequenceNode:
		if len(a.Content) != len(b.Content) {
			*out = append(*out, path)
			return
		}
		for i := range a.Content {
			diffNodes(path+"["+strconv.Itoa(i)+"]", a.Content[i], b.Content[i], out)
		}
	case a.Value != b.Value:
		*out = append(*out, path)
	}
}

// mappingValue is the value of key in mapping n, nil when absent.
func mappingValue(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
