package executor

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

func validJob() Job {
	return Job{TaskID: "0x01", DealID: "0x02", Index: 7, BotSize: 9, InDir: "/in", OutDir: "/out"}
}

func TestJobValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Job)
		ok     bool
	}{
		{"valid", func(*Job) {}, true},
		{"extra env", func(j *Job) { j.Env = map[string]string{"MODE": "fast"} }, true},
		{"no task id", func(j *Job) { j.TaskID = "" }, false},
		{"relative in", func(j *Job) { j.InDir = "in" }, false},
		{"relative out", func(j *Job) { j.OutDir = "" }, false},
		{"negative memory", func(j *Job) { j.MemoryLimit = -1 }, false},
		{"negative timeout", func(j *Job) { j.Timeout = -1 }, false},
		{"NUL in arg", func(j *Job) { j.Args = []string{"a\x00b"} }, false},
		{"= in env name", func(j *Job) { j.Env = map[string]string{"A=B": "c"} }, false},
		{"empty env name", func(j *Job) { j.Env = map[string]string{"": "c"} }, false},
		{"reserved env", func(j *Job) { j.Env = map[string]string{EnvBotSize: "1"} }, false},
		{"reserved input file env", func(j *Job) { j.Env = map[string]string{EnvInputFileNamePrefix + "1": "x"} }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := validJob()
			tt.modify(&j)
			err := j.Validate()
			if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrInvalidJob)) {
				t.Errorf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

func TestJobEnviron(t *testing.T) {
	j := validJob()
	j.DatasetFilename = "data.bin"
	j.InputFiles = []string{"b.csv", "a.csv"}
	j.Env = map[string]string{"ZED": "z", "ALPHA": "a=b"}
	want := []string{
		"ALPHA=a=b",
		"ERGON_BOT_SIZE=9",
		"ERGON_DATASET_FILENAME=data.bin",
		"ERGON_DEAL_ID=0x02",
		"ERGON_INPUT_FILES_NUMBER=2",
		"ERGON_INPUT_FILE_NAME_1=b.csv",
		"ERGON_INPUT_FILE_NAME_2=a.csv",
		"ERGON_TASK_ID=0x01",
		"ERGON_TASK_INDEX=7",
		"ZED=z",
	}
	if got := j.Environ(); !slices.Equal(got, want) {
		t.Errorf("Environ() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	bare := validJob().Environ()
	if slices.ContainsFunc(bare, func(kv string) bool { return strings.HasPrefix(kv, EnvDatasetFilename) }) ||
		!slices.Contains(bare, EnvInputFilesNum+"=0") {
		t.Errorf("Environ() without dataset or inputs = %q", bare)
	}
}

func TestFailureKindText(t *testing.T) {
	for k := None; k <= InvalidOutput; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back FailureKind
		if err := back.UnmarshalText(b); err != nil || back != k || k.String() != string(b) {
			t.Errorf("%d: %q → %v, %v", k, b, back, err)
		}
	}
	if _, err := FailureKind(99).MarshalText(); err == nil {
		t.Error("MarshalText of an unknown kind succeeded")
	}
	var k FailureKind
	if err := k.UnmarshalText([]byte("exploded")); err == nil {
		t.Error("UnmarshalText of an unknown name succeeded")
	}
}

func TestFormatSize(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{256 << 20, "256 MiB"},
		{1 << 30, "1 GiB"},
		{3 << 29, "1.5 GiB"},
		{64 << 10, "64 KiB"},
		{4096, "4 KiB"},
		{1000, "1000 bytes"},
		{(1 << 20) + 1, "1048577 bytes"},
	}
	for _, tt := range tests {
		if got := FormatSize(tt.n); got != tt.want {
			t.Errorf("FormatSize(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestTail(t *testing.T) {
	tests := []struct {
		name   string
		writes []string
		want   string
	}{
		{"short", []string{"ab", "cd"}, "abcd"},
		{"exactly max", []string{"abcdefgh"}, "abcdefgh"},
		{"one big write", []string{"0123456789abc"}, "56789abc"},
		{"many small writes", strings.Split("0123456789abcdefghij", ""), "cdefghij"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tail := NewTail(8)
			var n int64
			for _, w := range tt.writes {
				tail.Write([]byte(w))
				n += int64(len(w))
			}
			if got := tail.Bytes(); !bytes.Equal(got, []byte(tt.want)) || tail.Written() != n {
				t.Errorf("Bytes() = %q (%d written), want %q", got, tail.Written(), tt.want)
			}
		})
	}
}
