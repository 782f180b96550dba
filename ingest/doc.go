// Package ingest is the front of the pipeline: it reads feeds, fetches each
// new article page once, politely, and keeps what it fetched on disk. The work
// is done in sub-packages, each named for what it provides:
//
//	fetch    one HTTP GET with timeouts, a size cap, conditional requests and typed errors
//	polite   robots.txt, a per-host request rate and a cap on requests in flight
//	feed     RSS, Atom and JSON Feed parsed into one small type; feed or page detection
//	store    the crawl state, raw pages and extracted articles in one bbolt file
//	crawl    sources → feeds → pages → extract → store, counting what failed and why
//
// ingest imports extract (to turn pages into articles) and nothing else of
// whosaid: indexing is the caller's job, fed by store.Unindexed.
package ingest
