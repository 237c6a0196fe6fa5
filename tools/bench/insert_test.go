package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInsertParagraph(t *testing.T) {
	long := func(s string) string { return s + strings.Repeat(" More words of plain prose follow here.", 5) }
	tests := []struct {
		name, in, want string
	}{
		{
			"between the last two prose paragraphs of the second half",
			"Title\n\nBy Someone\n\n" + long("Opening one.") + "\n\n" + long("Middle one.") + "\n\n" + long("Late one.") + "\n\n" + long("Last one.") + "\n\nSubscribe",
			"Title\n\nBy Someone\n\n" + long("Opening one.") + "\n\n" + long("Middle one.") + "\n\n" + long("Late one.") + "\n\nEDIT\n\n" + long("Last one.") + "\n\nSubscribe",
		},
		{
			"not before a list",
			"Title\n\nBy Someone\n\n" + long("Opening one.") + "\n\n" + long("Prose one.") + "\n\n" + long("Prose two.") + "\n\n- item one\n- item two\n\nFooter",
			"Title\n\nBy Someone\n\n" + long("Opening one.") + "\n\n" + long("Prose one.") + "\n\nEDIT\n\n" + long("Prose two.") + "\n\n- item one\n- item two\n\nFooter",
		},
		{"no prose", "Title\n\nshort\n\n- a\n\n- b", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "e.txt")
			if err := os.WriteFile(path, []byte(tc.in), 0o644); err != nil {
				t.Fatal(err)
			}
			err := insertParagraph(path, "EDIT")
			if tc.want == "" {
				if err == nil {
					t.Fatal("no error for an essay with no prose to edit")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
