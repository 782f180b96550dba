package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/whosaid/whosaid/ingest/fetch"
)

func ExampleClient_Get() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/old":
			http.Redirect(w, r, "/story", http.StatusMovedPermanently)
		case r.Header.Get("If-None-Match") == `"v1"`:
			w.WriteHeader(http.StatusNotModified)
		case r.URL.Path == "/story":
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<p>Hello</p>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	c := fetch.New(fetch.Config{})
	ctx := context.Background()

	resp, err := c.Get(ctx, fetch.Request{URL: srv.URL + "/old"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.URL == srv.URL+"/story", resp.MediaType(), string(resp.Body))

	// Asked again with the validator it gave, the server answers 304.
	resp, err = c.Get(ctx, fetch.Request{URL: srv.URL + "/story", ETag: resp.ETag})
	fmt.Println(resp.NotModified, err)

	_, err = c.Get(ctx, fetch.Request{URL: srv.URL + "/gone"})
	var se *fetch.StatusError
	fmt.Println(errors.As(err, &se), se.Code, se.Temporary())
	// Output:
	// true text/html <p>Hello</p>
	// true <nil>
	// true 404 false
}
