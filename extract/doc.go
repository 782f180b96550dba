// Package extract turns one web page into an Article: the article's text and
// metadata, the quotes in it with their speakers, the actors it names and the
// dates it mentions.
//
// Everything here is a pure function of its input (the page's bytes and URL,
// or plain text): no network, no disk, no global mutable state. The stages
// live in sub-packages, each named for what it provides:
//
//	decode   bytes in any charset → UTF-8, with a size cap
//	meta     title, authors, dates, site, language from JSON-LD, OpenGraph, meta tags
//	content  the article body, stripped of navigation, ads, comments and other boilerplate
//	token    the body as tokens, sentences and paragraphs, shared by the finders below
//	actor    people, organizations and places, with aliases, roles and mentions
//	quote    direct, partial and reported speech with resolved speakers
//	when     temporal expressions normalized against the publication date
//
// All offsets in the public types are code-point offsets into Article.Text.
package extract
