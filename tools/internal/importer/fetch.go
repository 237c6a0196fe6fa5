package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Fetch limits.
const (
	// DefaultTimeout bounds one whole fetch: connecting, redirects and
	// reading the body.
	DefaultTimeout = 20 * time.Second
	// DefaultMaxBytes is the largest page fetched (5 MB): an article page
	// with its markup is far smaller; anything bigger is not an article.
	DefaultMaxBytes = 5 << 20
)

// FetchOptions configure fetching an address.
type FetchOptions struct {
	// Client does the requests; nil means http.DefaultClient.
	Client *http.Client
	// Timeout bounds the fetch; zero means DefaultTimeout.
	Timeout time.Duration
	// MaxBytes caps the page size; zero means DefaultMaxBytes.
	MaxBytes int64
}

// IsURL reports whether arg is an http or https address rather than a path.
func IsURL(arg string) bool {
	u, err := url.Parse(arg)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// FetchError is a failed fetch: the address and what went wrong, worded
// for the person who typed the address.
type FetchError struct {
	URL string
	Msg string
	Err error // the underlying error, if any
}

func (e *FetchError) Error() string { return e.URL + ": " + e.Msg }

// Unwrap returns the underlying error.
func (e *FetchError) Unwrap() error { return e.Err }

// Fetch downloads the page at rawURL. It returns the body and the final
// address after redirects. It fails with a *FetchError when the server does
// not answer in time, answers with anything but 200 OK, sends something that
// is not text, or sends more than the size cap.
func Fetch(ctx context.Context, rawURL string, opts FetchOptions) (body []byte, final string, err error) {
	if !IsURL(rawURL) {
		return nil, "", &FetchError{URL: rawURL, Msg: "not an http or https address"}
	}
	client := opts.Client
	if client == nil {
		client = http.DefaultClient
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", &FetchError{URL: rawURL, Msg: "not a valid address", Err: err}
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9")
	req.Header.Set("User-Agent", "leadup-import/1 (+https://github.com/leadingup/leadingup)")
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", timeoutOr(ctx, rawURL, timeout, "cannot fetch the page", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg := fmt.Sprintf("the server answered %s", resp.Status)
		switch {
		case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
			msg += ": check the address, or save the page from your browser and import the file"
		case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
			msg += ": the page needs a login; save it from your browser and import the file"
		}
		return nil, "", &FetchError{URL: rawURL, Msg: msg}
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		mt, _, _ := mime.ParseMediaType(ct)
		if !strings.HasPrefix(mt, "text/") && mt != "application/xhtml+xml" {
			return nil, "", &FetchError{URL: rawURL, Msg: fmt.Sprintf("the page is %s, not text or HTML: import web pages, text or Markdown", mt)}
		}
	}
	if resp.ContentLength > limit {
		return nil, "", &FetchError{URL: rawURL, Msg: fmt.Sprintf("the page is %d bytes, over the %d-byte limit: save the article part and import that file", resp.ContentLength, limit)}
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, "", timeoutOr(ctx, rawURL, timeout, "reading the page failed", err)
	}
	if int64(len(body)) > limit {
		return nil, "", &FetchError{URL: rawURL, Msg: fmt.Sprintf("the page is over the %d-byte limit: save the article part and import that file", limit)}
	}
	return body, resp.Request.URL.String(), nil
}

// timeoutOr words a transport error, naming the timeout when it struck.
func timeoutOr(ctx context.Context, rawURL string, timeout time.Duration, msg string, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return &FetchError{URL: rawURL, Msg: fmt.Sprintf("no complete answer within %s: try again later, or save the page from your browser and import the file", timeout), Err: err}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return &FetchError{URL: rawURL, Msg: fmt.Sprintf("%s: %v", msg, err), Err: err}
}
