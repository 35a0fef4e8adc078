// A bank of error-handling patterns: sentinel errors, custom error types with fields,
// wrapping with %w through several layers, errors.Is/As/Unwrap, Is methods on types,
// typed nil pitfalls avoided, and error-returning helpers in a pipeline.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
	ErrTimeout    = errors.New("timeout")
)

type ValidationError struct {
	Field string
	Value interface{}
	Rule  string
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("validation failed: %s=%v violates %s", e.Field, e.Value, e.Rule)
}

type HTTPError struct {
	Code int
	Err  error
}

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d: %v", e.Code, e.Err) }
func (e *HTTPError) Unwrap() error { return e.Err }

// Is makes any *HTTPError with the same code match.
func (e *HTTPError) Is(target error) bool {
	t, ok := target.(*HTTPError)
	return ok && t.Code == e.Code && t.Err == nil
}

type TemporaryError interface {
	error
	Temporary() bool
}

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

var users = map[int]string{1: "root", 2: "alice", 3: "bob"}

func findUser(id int) (string, error) {
	if id <= 0 {
		return "", ValidationError{"id", id, "must be positive"}
	}
	u, ok := users[id]
	if !ok {
		return "", fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func authorize(id int) error {
	u, err := findUser(id)
	if err != nil {
		return fmt.Errorf("authorize: %w", err)
	}
	if u == "root" {
		return &HTTPError{403, fmt.Errorf("user %s: %w", u, ErrPermission)}
	}
	if id == 3 {
		return &HTTPError{504, fmt.Errorf("upstream: %w", netErr{"connection reset"})}
	}
	return nil
}

func handle(id int) error {
	if err := authorize(id); err != nil {
		return fmt.Errorf("handle request %d: %w", id, err)
	}
	return nil
}

func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("port %q: %w", s, err)
	}
	if n < 1 || n > 65535 {
		return 0, ValidationError{"port", n, "1..65535"}
	}
	return n, nil
}

func chain(err error) []string {
	var out []string
	for err != nil {
		out = append(out, fmt.Sprintf("%T", err))
		err = errors.Unwrap(err)
	}
	return out
}

func main() {
	for _, id := range []int{2, 1, 3, 7, -1} {
		err := handle(id)
		fmt.Printf("id %2d: %v\n", id, err)
		if err == nil {
			continue
		}
		var he *HTTPError
		var ve ValidationError
		var te TemporaryError
		fmt.Printf("       notfound=%t perm=%t 403=%t 504=%t\n", errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission),
			errors.Is(err, &HTTPError{Code: 403}), errors.Is(err, &HTTPError{Code: 504}))
		if errors.As(err, &he) {
			fmt.Printf("       http code %d, inner: %v\n", he.Code, he.Err)
		}
		if errors.As(err, &ve) {
			fmt.Printf("       invalid field %q value %v (%T)\n", ve.Field, ve.Value, ve.Value)
		}
		if errors.As(err, &te) {
			fmt.Printf("       temporary=%t: %v\n", te.Temporary(), te)
		}
		fmt.Printf("       chain: %v\n", chain(err))
	}
	for _, s := range []string{"8080", "http", "0", "99999", "", "-1", "443"} {
		p, err := parsePort(s)
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("port %-7q ok %d\n", s, p)
		case errors.As(err, &ne):
			fmt.Printf("port %-7q num error: func=%s num=%q err=%v range=%t\n", s, ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
		default:
			fmt.Printf("port %-7q %v\n", s, err)
		}
	}
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrTimeout))
	fmt.Println(wrapped, errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(wrapped)) == ErrTimeout)
	notWrapped := fmt.Errorf("flattened: %v", ErrTimeout)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrTimeout), errors.Unwrap(notWrapped) == nil)
	fmt.Println(errors.Is(nil, ErrTimeout), errors.Is(ErrTimeout, ErrTimeout), errors.New("x") == errors.New("x"))
	fmt.Fprintln(os.Stderr, "diagnostics go to stderr:", ErrTimeout)
	fmt.Fprintf(os.Stdout, "%v|%s|%q|%+v|%#v\n", ErrNotFound, ErrNotFound, ErrNotFound, ValidationError{"f", 1.5, "r"}, ValidationError{"f", "s", "r"})
}
