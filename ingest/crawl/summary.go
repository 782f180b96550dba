package crawl

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"

	"github.com/whosaid/whosaid/extract/decode"
	"github.com/whosaid/whosaid/ingest/feed"
	"github.com/whosaid/whosaid/ingest/fetch"
	"github.com/whosaid/whosaid/ingest/polite"
)

// Summary counts what one Run did. Each page counts once: as fetched and
// stored, fetched and failed, skipped (already stored), or failed before it
// could be fetched (robots.txt, a host backing off).
type Summary struct {
	Feeds     int // sources that were feeds
	Pages     int // sources that were single pages
	Unchanged int // feeds that answered 304 Not Modified
	Items     int // items listed by the feeds fetched
	New       int // of which the store had not seen before
	Fetched   int // pages fetched (feed items and page sources)
	Stored    int // pages stored with their article
	Skipped   int // pages not fetched because they were already stored
	NoText    int // stored pages in which extract found no article text
	// Failed counts failures by reason: a failed source and a failed page
	// each count once.
	Failed map[Reason]int
	// Sources has one result per source, in the order given.
	Sources []SourceResult
}

// SourceResult is what became of one source.
type SourceResult struct {
	URL    string
	Kind   string // "feed", "page", or "" when it could not be fetched
	Stored int    // pages stored from it in this run
	Failed int    // pages of it that failed in this run, and the source itself
	// Err is why the source itself failed: its fetch, or its feed did not
	// parse. Nil when it was read, even if some of its items failed.
	Err error
	// Unusable is set when the source gave nothing: it failed, or every
	// new page it led to failed. Pages that failed before and fail again
	// on a retry do not count: the source had nothing new.
	Unusable bool
}

// Total is the number of failures of every reason.
func (s *Summary) Total() int {
	n := 0
	for _, v := range s.Failed {
		n += v
	}
	return n
}

// AllFailed reports whether there were sources and every one was unusable:
// the case in which a command should exit non-zero. A source with nothing
// new to fetch has not failed.
func (s *Summary) AllFailed() bool {
	if len(s.Sources) == 0 {
		return false
	}
	for _, r := range s.Sources {
		if !r.Unusable {
			return false
		}
	}
	return true
}

// String is the one-line report a command prints:
//
//	3 sources (2 feeds, 1 page): 7 items (5 new), 6 fetched, 5 stored, 1 skipped, 1 unchanged; 2 failed (http 404: 1, not a feed: 1)
func (s *Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s, %s): %s (%d new), %d fetched, %d stored, %d skipped, %d unchanged",
		plural(len(s.Sources), "source"), plural(s.Feeds, "feed"), plural(s.Pages, "page"),
		plural(s.Items, "item"), s.New, s.Fetched, s.Stored, s.Skipped, s.Unchanged)
	if s.NoText > 0 {
		fmt.Fprintf(&b, ", %d without text", s.NoText)
	}
	fmt.Fprintf(&b, "; %d failed", s.Total())
	if len(s.Failed) > 0 {
		reasons := make([]Reason, 0, len(s.Failed))
		for r := range s.Failed {
			reasons = append(reasons, r)
		}
		slices.Sort(reasons)
		parts := make([]string, len(reasons))
		for i, r := range reasons {
			parts[i] = fmt.Sprintf("%s: %d", r, s.Failed[r])
		}
		fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// Reason is why a source or page failed, short enough for a summary line.
type Reason string

// Reasons that are not HTTP statuses ("http 404", "http 500" are made from
// the code).
const (
	ReasonRobots       Reason = "robots.txt"
	ReasonBackoff      Reason = "host backing off"
	ReasonRedirectLoop Reason = "redirect loop"
	ReasonRedirects    Reason = "too many redirects"
	ReasonTooLarge     Reason = "too large"
	ReasonURLTooLong   Reason = "url too long"
	ReasonTimeout      Reason = "timeout"
	ReasonNetwork      Reason = "network"
	ReasonNotFeed      Reason = "not a feed"
	ReasonBadFeed      Reason = "bad feed"
	ReasonNotHTML      Reason = "not html"
	ReasonEmpty        Reason = "empty page"
	ReasonBinary       Reason = "binary page"
	ReasonExtract      Reason = "extract"
	ReasonNotHTTP      Reason = "not http"
	ReasonPanic        Reason = "parser panicked"
)

// errNotHTML is returned for a page whose body is not HTML.
var errNotHTML = errors.New("not an HTML page")

// errBadFeed marks a feed that was recognised but did not parse.
var errBadFeed = errors.New("feed does not parse")

// errExtract marks an extraction failure other than empty or binary.
var errExtract = errors.New("extract failed")

// errPanic marks a page or feed whose parser panicked (see guard).
var errPanic = errors.New("parser panicked")

// reasonOf classifies an error for the summary.
func reasonOf(err error) Reason {
	var se *fetch.StatusError
	var ne net.Error
	switch {
	case errors.As(err, &se):
		return Reason(fmt.Sprintf("http %d", se.Code))
	case errors.Is(err, polite.ErrDisallowed):
		return ReasonRobots
	case errors.Is(err, polite.ErrBackoff):
		return ReasonBackoff
	case errors.Is(err, fetch.ErrRedirectLoop):
		return ReasonRedirectLoop
	case errors.Is(err, fetch.ErrTooManyRedirects):
		return ReasonRedirects
	case errors.Is(err, fetch.ErrTooLarge):
		return ReasonTooLarge
	case errors.Is(err, fetch.ErrURLTooLong):
		return ReasonURLTooLong
	case errors.Is(err, feed.ErrNotFeed):
		return ReasonNotFeed
	case errors.Is(err, errBadFeed):
		return ReasonBadFeed
	case errors.Is(err, errNotHTML), errors.Is(err, fetch.ErrNotText):
		return ReasonNotHTML
	case errors.Is(err, decode.ErrEmpty):
		return ReasonEmpty
	case errors.Is(err, decode.ErrBinary):
		return ReasonBinary
	case errors.Is(err, errExtract):
		return ReasonExtract
	case errors.Is(err, fetch.ErrNotHTTP):
		return ReasonNotHTTP
	case errors.Is(err, errPanic):
		return ReasonPanic
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return ReasonTimeout
	}
	return ReasonNetwork
}
