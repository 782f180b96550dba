package main

import (
	"errors"
	"path/filepath"
)

// dataDir is where whosaid keeps its store and index: the --data flag, else
// $WHOSAID_DATA, else $XDG_DATA_HOME/whosaid, else ~/.local/share/whosaid
// (the XDG default). The directory is not created here: the command that
// writes (crawl) creates it, the ones that read report it missing.
func dataDir(e *env, flagValue string) (string, error) {
	if flagValue != "" {
		return filepath.Clean(flagValue), nil
	}
	if d := e.getenv("WHOSAID_DATA"); d != "" {
		return filepath.Clean(d), nil
	}
	// The XDG spec says a relative $XDG_DATA_HOME is invalid and ignored.
	if d := e.getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "whosaid"), nil
	}
	if home := e.getenv("HOME"); home != "" {
		return filepath.Join(home, ".local", "share", "whosaid"), nil
	}
	return "", errors.New("no data directory: give --data DIR or set WHOSAID_DATA")
}
