package chain

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestLoadDeployment(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name    string
		path    string
		message string // substring of the error; "" for success
	}{
		{name: "missing file", path: filepath.Join(dir, "nope.json"), message: "does not exist (deploy with `ergon deploy`"},
		{name: "a directory", path: dir, message: "deployment file"},
		{name: "bad JSON", path: write("bad.json", `{"chain_id": 1337, "hub": `), message: "bad.json"},
		{name: "wrong types", path: write("types.json", `{"chain_id": "x"}`), message: "types.json"},
		{name: "no hub", path: write("nohub.json", `{"chain_id": 1337}`), message: "names no hub or no chain"},
		{name: "no chain", path: write("nochain.json", `{"hub": "0x5FbDB2315678afecb367f032d93F642f64180aa3"}`), message: "names no hub or no chain"},
		{name: "valid", path: write("ok.json", `{"chain_id": 1337, "hub": "0x5FbDB2315678afecb367f032d93F642f64180aa3", "block": 7, "test_token": true}`)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := LoadDeployment(c.path)
			if c.message == "" {
				if err != nil {
					t.Fatal(err)
				}
				if d.ChainID != 1337 || d.Hub != common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3") || d.Block != 7 || !d.TestToken {
					t.Errorf("deployment %+v", d)
				}
				return
			}
			if !errors.Is(err, ErrDeploymentFile) {
				t.Fatalf("error %v, want ErrDeploymentFile", err)
			}
			if !strings.Contains(err.Error(), c.message) {
				t.Errorf("error %q, want it to contain %q", err, c.message)
			}
			if d != nil {
				t.Errorf("deployment %+v returned with the error", d)
			}
		})
	}
	t.Run("save and load", func(t *testing.T) {
		want := &Deployment{ChainID: 31337, Token: common.Address{1}, AppRegistry: common.Address{2}, DatasetRegistry: common.Address{3},
			WorkerpoolRegistry: common.Address{4}, OrderDesk: common.Address{5}, Hub: common.Address{6}, Block: 9, TestToken: true}
		p := filepath.Join(dir, "sub", "dir", "deployment.json")
		if err := want.Save(p); err != nil {
			t.Fatal(err)
		}
		got, err := LoadDeployment(p)
		if err != nil {
			t.Fatal(err)
		}
		if *got != *want {
			t.Errorf("loaded %+v, saved %+v", got, want)
		}
		left, _ := filepath.Glob(filepath.Join(dir, "sub", "dir", ".tmp-*"))
		if len(left) != 0 {
			t.Errorf("temporary files left: %v", left)
		}
	})
}
