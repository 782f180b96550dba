package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestRunUsage checks what a newcomer typing at the command line gets:
// asked-for help on stdout with status 0, mistakes on stderr with 2.
func TestRunUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		code       int
		stdout     string // a part of stdout, "" for none at all
		stderr     string // a part of stderr
		noStdout   bool
		alignLines bool // the command list is in columns
	}{
		{name: "no args", args: nil, code: 2, stderr: "Commands:", noStdout: true},
		{name: "help", args: []string{"help"}, code: 0, stdout: "Commands:", alignLines: true},
		{name: "-h", args: []string{"-h"}, code: 0, stdout: "Commands:"},
		{name: "--help", args: []string{"--help"}, code: 0, stdout: "Commands:"},
		{name: "help crawl", args: []string{"help", "crawl"}, code: 0, stderr: "usage: whosaid crawl"},
		{name: "crawl -h", args: []string{"crawl", "-h"}, code: 0, stderr: "-timeout"},
		{name: "unknown command", args: []string{"crawel"}, code: 2, stderr: `unknown command "crawel"`, noStdout: true},
		{name: "help unknown", args: []string{"help", "crawel"}, code: 2, stderr: `unknown command "crawel"`, noStdout: true},
		{name: "wrong flag", args: []string{"search", "--speeker", "x"}, code: 2, stderr: "flag provided but not defined: -speeker", noStdout: true},
		{name: "bad date", args: []string{"search", "--from", "yesterday"}, code: 2, stderr: "want a day as YYYY-MM-DD"},
		{name: "dates reversed", args: []string{"search", "--from", "2025-12-01", "--to", "2025-11-01"}, code: 2, stderr: "--from 2025-12-01 is after --to 2025-11-01"},
		{name: "reindex extra args", args: []string{"reindex", "now"}, code: 2, stderr: `unexpected arguments ["now"]`},
		{name: "demo extra args", args: []string{"demo", "fast"}, code: 2, stderr: `unexpected arguments ["fast"]`},
		{name: "crawl without scheme", args: []string{"crawl", "example.com/feed"}, code: 2, stderr: `SOURCE "example.com/feed": want an http:// or https:// URL`},
		{name: "eval dates wrong flag", args: []string{"eval", "dates", "--quiet"}, code: 2, stderr: "flag provided but not defined: -quiet"},
		{name: "eval dates two dirs", args: []string{"eval", "dates", "a", "b"}, code: 2, stderr: "want at most one argument, got 2"},
		{name: "export bad format", args: []string{"export", "--format", "xml"}, code: 2, stderr: "unknown export format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, stderr := crawlEnv(nil)
			var stdout bytes.Buffer
			e.stdout = &stdout
			if code := run(context.Background(), e, tt.args); code != tt.code {
				t.Errorf("exit code %d, want %d", code, tt.code)
			}
			if !strings.Contains(stdout.String(), tt.stdout) || tt.noStdout && stdout.Len() > 0 {
				t.Errorf("stdout = %q, want it to hold %q", stdout.String(), tt.stdout)
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr = %q, want it to hold %q", stderr.String(), tt.stderr)
			}
			if tt.alignLines {
				col := -1
				for _, c := range commands() {
					line := stdout.String()[strings.Index(stdout.String(), "\n  "+c.name+" ")+1:]
					at := strings.Index(line, c.summary)
					if col >= 0 && at != col {
						t.Errorf("summary of %s starts at column %d, others at %d", c.name, at, col)
					}
					col = at
				}
			}
		})
	}
}
