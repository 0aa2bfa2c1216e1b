package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain/bindings"
)

// networkFile is what `ergon up` writes to <data-dir>/network.json for the other commands:
// where each service is and what the local network publishes (its orders are also in the
// market's order book, where `ergon run` matches).
type networkFile struct {
	RPC          string         `json:"rpc"`
	ChainID      uint64         `json:"chain_id"`
	Deployment   string         `json:"deployment"`
	StoreURL     string         `json:"store_url"`
	MarketURL    string         `json:"market_url"`
	SchedulerURL string         `json:"scheduler_url"`
	Workerpool   common.Address `json:"workerpool"`
	Category     uint64         `json:"category"`
	// RequesterKey is the dev requester's key: publicly known, dev chain only.
	RequesterKey string                `json:"requester_key"`
	Requester    common.Address        `json:"requester"`
	Apps         map[string]networkApp `json:"apps"`
}

type networkApp struct {
	Address  common.Address    `json:"address"`
	Location string            `json:"location"`
	Checksum common.Hash       `json:"checksum"`
	Order    bindings.AppOrder `json:"order"`
}

func loadNetwork(path string) (*networkFile, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no %s: start a local network with `ergon up` (or `make run`) first, or pass --data-dir", path)
	}
	if err != nil {
		return nil, err
	}
	var n networkFile
	if err := json.Unmarshal(b, &n); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &n, nil
}
