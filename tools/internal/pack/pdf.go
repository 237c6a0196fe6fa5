package pack

import (
	"os"
	"path/filepath"
	"regexp"
)

// pageObject matches the dictionary of one page in a PDF (/Type /Page, not
// /Type /Pages).
var pageObject = regexp.MustCompile(`/Type\s*/Page([^s]|$)`)

// CountPages counts the page objects of a PDF as Chromium writes it (page
// dictionaries are not compressed). It returns 0 for data that holds none.
func CountPages(pdf []byte) int {
	return len(pageObject.FindAllIndex(pdf, -1))
}

// writeFile writes data to name through a temporary file in the same folder,
// renamed into place once complete.
func writeFile(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
