package meta

import (
	"encoding/json"
	"strings"
)

// appStateAuthors reads the authors from a JavaScript app's embedded state
// (Next.js __NEXT_DATA__ and the like), for pages that render their byline
// in the browser: the first "authors", "author", "byline" or "creator" key
// whose value holds names, found depth first.
func appStateAuthors(scripts []string) []string {
	for _, s := range scripts {
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			continue
		}
		if names := findAuthorKey(v, 0); len(names) > 0 {
			return names
		}
	}
	return nil
}

// maxStateDepth bounds the walk into an app's state.
const maxStateDepth = 12

func findAuthorKey(v any, depth int) []string {
	if depth > maxStateDepth {
		return nil
	}
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			switch strings.ToLower(k) {
			case "authors", "author", "byline", "creator", "creators":
				if names := stateNames(val, 0); len(names) > 0 {
					return names
				}
			}
		}
		for _, val := range x {
			if names := findAuthorKey(val, depth+1); len(names) > 0 {
				return names
			}
		}
	case []any:
		for _, e := range x {
			if names := findAuthorKey(e, depth+1); len(names) > 0 {
				return names
			}
		}
	}
	return nil
}

// stateNames reads names from an author value: a string, an object with a
// name (or a first and last name), or a list of them.
func stateNames(v any, depth int) []string {
	if depth > 2 {
		return nil
	}
	switch x := v.(type) {
	case string:
		if x = strings.TrimSpace(x); x != "" && !looksLikeURL(x) {
			return []string{x}
		}
	case map[string]any:
		for _, k := range []string{"name", "displayName", "fullName", "title"} {
			if s, ok := x[k].(string); ok && strings.TrimSpace(s) != "" {
				return []string{strings.TrimSpace(s)}
			}
		}
		first, _ := x["firstName"].(string)
		last, _ := x["lastName"].(string)
		if n := strings.TrimSpace(first + " " + last); n != "" {
			return []string{n}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, stateNames(e, depth+1)...)
		}
		return out
	}
	return nil
}
