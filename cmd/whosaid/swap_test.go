package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSwapIn: a new index takes the old one's place, and one that cannot
// leaves the old one where it was.
func TestSwapIn(t *testing.T) {
	mk := func(t *testing.T, dir, content string) {
		t.Helper()
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "mark"), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mark := func(dir string) string {
		b, _ := os.ReadFile(filepath.Join(dir, "mark"))
		return string(b)
	}
	tests := []struct {
		name        string
		old, fresh  bool
		wantErr     bool
		wantContent string
	}{
		{"replace", true, true, false, "new"},
		{"first index", false, true, false, "new"},
		{"nothing to install", true, false, true, "old"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			final, fresh := filepath.Join(dir, "index"), filepath.Join(dir, "index.new")
			if tt.old {
				mk(t, final, "old")
			}
			if tt.fresh {
				mk(t, fresh, "new")
			}
			err := swapIn(fresh, final)
			if (err != nil) != tt.wantErr {
				t.Fatalf("swapIn error %v, want error %v", err, tt.wantErr)
			}
			if got := mark(final); got != tt.wantContent {
				t.Errorf("index holds %q, want %q", got, tt.wantContent)
			}
			if _, err := os.Stat(final + ".old"); !os.IsNotExist(err) {
				t.Errorf("old index left beside the new one: %v", err)
			}
		})
	}
}
