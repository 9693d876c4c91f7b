package report

import (
	"bytes"

	"gopkg.in/yaml.v3"

	"github.com/evalctl/evalctl/evaluate"
)

// RulesYAML renders rules in the rules-file format, a starting point for an
// office's own file: `evalctl score --rules` reads back exactly these rules.
func RulesYAML(r *evaluate.Rules) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
