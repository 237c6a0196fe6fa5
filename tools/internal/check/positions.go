package check

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
	yaml "go.yaml.in/yaml/v3"
)

// keyPos is where a front matter key is written: 1-based line and column,
// counted in the front matter text.
type keyPos struct{ line, col int }

// tomlKeyPositions returns the position of every key of a TOML document,
// read from the nodes of a TOML parser (pelletier/go-toml's unstable AST),
// named as page.get reads them: the i-th table of an array of tables is
// indexed, as in "params.items[2].gist". A table header names its table.
func tomlKeyPositions(text []byte) (map[string]keyPos, error) {
	out := map[string]keyPos{}
	count := map[string]int{} // array of tables (unindexed name) → tables so far
	var p unstable.Parser
	p.Reset(text)
	var table []string // the current table's key parts
	// name joins key parts, indexing every prefix that is an array of tables.
	name := func(parts []string) string {
		var b strings.Builder
		for i, k := range parts {
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(k)
			if n, ok := count[strings.Join(parts[:i+1], ".")]; ok {
				b.WriteString("[" + strconv.Itoa(n-1) + "]")
			}
		}
		return b.String()
	}
	record := func(parts []string, key *unstable.Node) {
		n := name(parts)
		if _, seen := out[n]; seen {
			return
		}
		s := p.Shape(key.Raw)
		out[n] = keyPos{s.Start.Line, s.Start.Column}
	}
	var keyValue func(prefix []string, kv *unstable.Node)
	keyValue = func(prefix []string, kv *unstable.Node) {
		parts, first := keyParts(kv)
		if first == nil {
			return
		}
		full := append(append([]string(nil), prefix...), parts...)
		record(full, first)
		switch v := kv.Value(); v.Kind {
		case unstable.InlineTable:
			for it := v.Children(); it.Next(); {
				keyValue(full, it.Node())
			}
		case unstable.Array:
			// An array of inline tables: name their keys "key[i].sub".
			i := 0
			for it := v.Children(); it.Next(); i++ {
				if el := it.Node(); el.Kind == unstable.InlineTable {
					elem := append(append([]string(nil), full[:len(full)-1]...), fmt.Sprintf("%s[%d]", full[len(full)-1], i))
					for kvs := el.Children(); kvs.Next(); {
						keyValue(elem, kvs.Node())
					}
				}
			}
		}
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			parts, first := keyParts(e)
			if first == nil {
				continue
			}
			if e.Kind == unstable.ArrayTable {
				count[strings.Join(parts, ".")]++
			}
			table = parts
			record(parts, first)
		case unstable.KeyValue:
			keyValue(table, e)
		}
	}
	if err := p.Error(); err != nil {
		return out, err
	}
	return out, nil
}

// keyParts returns the parts of a node's key and the node of its first part.
func keyParts(n *unstable.Node) ([]string, *unstable.Node) {
	var parts []string
	var first *unstable.Node
	for it := n.Key(); it.Next(); {
		k := it.Node()
		if first == nil {
			first = k
		}
		parts = append(parts, string(k.Data))
	}
	return parts, first
}

// yamlKeyPositions decodes YAML front matter with a YAML parser and returns
// its data and the position of every key, named like the TOML ones
// ("params.items[2].gist"). The error says where the YAML is broken.
func yamlKeyPositions(text []byte) (map[string]any, map[string]keyPos, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		return nil, nil, err
	}
	data := map[string]any{}
	out := map[string]keyPos{}
	if len(doc.Content) == 0 {
		return data, out, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, nil, fmt.Errorf("line %d: front matter must be a mapping of keys to values", root.Line)
	}
	if err := root.Decode(&data); err != nil {
		return nil, nil, err
	}
	var walk func(prefix string, n *yaml.Node)
	walk = func(prefix string, n *yaml.Node) {
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				name := k.Value
				if prefix != "" {
					name = prefix + "." + k.Value
				}
				if _, seen := out[name]; !seen {
					out[name] = keyPos{k.Line, k.Column}
				}
				walk(name, v)
			}
		case yaml.SequenceNode:
			for i, el := range n.Content {
				if el.Kind == yaml.MappingNode {
					name := fmt.Sprintf("%s[%d]", prefix, i)
					out[name] = keyPos{el.Line, el.Column}
					walk(name, el)
				}
			}
		}
	}
	walk("", root)
	return data, out, nil
}
