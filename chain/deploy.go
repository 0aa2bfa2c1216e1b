package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain/bindings"
)

// ABIs of the contracts, parsed once, to pack calls and unpack results and events.
var (
	Hub        = bindings.NewErgonHub()
	Token      = bindings.NewErgonToken()
	Apps       = bindings.NewAppRegistry()
	Datasets   = bindings.NewDatasetRegistry()
	Pools      = bindings.NewWorkerpoolRegistry()
	Desk       = bindings.NewOrderDesk()
	TestCallbk = bindings.NewTestCallback()
)

// Deployment is where the protocol lives on one chain; `ergon deploy` writes it to a file that
// every other command reads.
type Deployment struct {
	ChainID            uint64         `json:"chain_id"`
	Token              common.Address `json:"token"`
	AppRegistry        common.Address `json:"app_registry"`
	DatasetRegistry    common.Address `json:"dataset_registry"`
	WorkerpoolRegistry common.Address `json:"workerpool_registry"`
	OrderDesk          common.Address `json:"order_desk"`
	Hub                common.Address `json:"hub"`
	// Block the hub was created in: where event watchers start.
	Block uint64 `json:"block"`
	// TestToken is true when Token is the mintable ErgonToken deployed with the hub.
	TestToken bool `json:"test_token"`
}

// LoadDeployment reads a deployment file.
func LoadDeployment(path string) (*Deployment, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s does not exist (deploy with `ergon deploy`, or start `ergon up`)", ErrDeploymentFile, path)
		}
		return nil, fmt.Errorf("%w: %v", ErrDeploymentFile, err)
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDeploymentFile, path, err)
	}
	if d.Hub == (common.Address{}) || d.ChainID == 0 {
		return nil, fmt.Errorf("%w: %s names no hub or no chain", ErrDeploymentFile, path)
	}
	return &d, nil
}

// Save writes the deployment file atomically.
func (d *Deployment) Save(path string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(path, append(b, '\n'))
}

// DeployConfig chooses what Deploy creates.
type DeployConfig struct {
	// Token is the ERC-20 to pay in; zero deploys a mintable test token owned by the deployer.
	Token common.Address
	// KittyMin is the least a successful scheduler takes from the kitty (default 1 token, 1e9).
	KittyMin *big.Int
	// Owner of the hub (may add categories); zero means the deployer.
	Owner common.Address
}

// Deploy creates the registries, the order desk, the hub (and a test token) from s's account.
// The transactions are sent back to back and awaited together.
func Deploy(ctx context.Context, s *Sender, cfg DeployConfig) (*Deployment, error) {
	c := s.Client()
	if cfg.KittyMin == nil {
		cfg.KittyMin = big.NewInt(1_000_000_000)
	}
	if cfg.Owner == (common.Address{}) {
		cfg.Owner = s.Address()
	}
	d := &Deployment{ChainID: c.ChainID.Uint64(), Token: cfg.Token}
	var txs []*types.Transaction
	create := func(meta *bindingsMeta, args []byte) (common.Address, error) {
		code := append(common.FromHex(meta.Bin), args...)
		tx, err := s.Send(ctx, nil, code, nil)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: %w", meta.Name, err)
		}
		txs = append(txs, tx)
		return crypto.CreateAddress(s.Address(), tx.Nonce()), nil
	}
	var err error
	if d.Token == (common.Address{}) {
		d.TestToken = true
		if d.Token, err = create(&bindingsMeta{"ErgonToken", bindings.ErgonTokenMetaData.Bin}, Token.PackConstructor(s.Address())); err != nil {
			return nil, err
		}
	}
	if d.AppRegistry, err = create(&bindingsMeta{"AppRegistry", bindings.AppRegistryMetaData.Bin}, nil); err != nil {
		return nil, err
	}
	if d.DatasetRegistry, err = create(&bindingsMeta{"DatasetRegistry", bindings.DatasetRegistryMetaData.Bin}, nil); err != nil {
		return nil, err
	}
	if d.WorkerpoolRegistry, err = create(&bindingsMeta{"WorkerpoolRegistry", bindings.WorkerpoolRegistryMetaData.Bin}, nil); err != nil {
		return nil, err
	}
	if d.OrderDesk, err = create(&bindingsMeta{"OrderDesk", bindings.OrderDeskMetaData.Bin},
		Desk.PackConstructor(d.Token, d.AppRegistry, d.DatasetRegistry, d.WorkerpoolRegistry, cfg.KittyMin, cfg.Owner)); err != nil {
		return nil, err
	}
	if d.Hub, err = create(&bindingsMeta{"ErgonHub", bindings.ErgonHubMetaData.Bin},
		Hub.PackConstructor(d.Token, d.AppRegistry, d.DatasetRegistry, d.WorkerpoolRegistry, cfg.KittyMin, cfg.Owner, d.OrderDesk)); err != nil {
		return nil, err
	}
	for _, tx := range txs {
		r, err := s.Wait(ctx, tx)
		if err != nil {
			return nil, fmt.Errorf("deploy: %w", err)
		}
		d.Block = r.BlockNumber.Uint64()
	}
	if err := c.use(ctx, d); err != nil {
		return nil, err
	}
	c.log.Info("protocol deployed", "hub", d.Hub, "token", d.Token, "chain", d.ChainID, "block", d.Block)
	return d, nil
}

type bindingsMeta struct {
	Name string
	Bin  string
}

func writeFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path))
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
