package pack

import (
	"errors"
	"os"
	"os/exec"
)

// ErrNoChrome says that no Chromium or Chrome was found to print with.
var ErrNoChrome = errors.New("no Chromium or Chrome found to print with: install Chromium (on Debian or Ubuntu: sudo apt-get install chromium), or name a Chromium-based browser with -chrome PATH")

// chromeNames are the program names Chromium and Chrome are installed under.
var chromeNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell"}

// chromePaths are places browsers live that are seldom on PATH.
var chromePaths = []string{
	"/Applications/Chromium.app/Contents/MacOS/Chromium",
	"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
	`C:\Program Files\Google\Chrome\Application\chrome.exe`,
	`C:\Program Files (x86)\Google\Chrome\Application\chrome.exe`,
}

// FindChrome returns the path of a Chromium-based browser: the first of
// Chromium's and Chrome's usual program names found on PATH, then their usual
// install paths. It returns ErrNoChrome when there is none.
func FindChrome() (string, error) {
	return findChrome(exec.LookPath, chromeNames, chromePaths)
}

func findChrome(lookPath func(string) (string, error), names, paths []string) (string, error) {
	for _, n := range names {
		if p, err := lookPath(n); err == nil {
			return p, nil
		}
	}
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
	}
	return "", ErrNoChrome
}
