//go:build !unix

package executor

import "errors"

func mkfifo(string) error { return errors.ErrUnsupported }
