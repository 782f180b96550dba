package main

import (
	"errors"
	"flag"
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

// dataFlag defines the --data flag every command that reads or writes a
// data dir takes; dataDir resolves its value.
func dataFlag(fs *flag.FlagSet) *string {
	return fs.String("data", "", "the data `DIR` (default $WHOSAID_DATA, else $XDG_DATA_HOME/whosaid)")
}

// optionalArg is the one positional argument a command may take, or def
// when there is none.
func optionalArg(pos []string, def string) (string, error) {
	switch len(pos) {
	case 0:
		return def, nil
	case 1:
		return pos[0], nil
	}
	return "", usagef("want at most one argument, got %d", len(pos))
}
