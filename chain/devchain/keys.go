package devchain

import (
	"crypto/ecdsa"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Account is a dev account: an address and its private key.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// devAccountSeed is hashed with the account index to derive each key.
const devAccountSeed = "ergon dev account "

// DevAccounts returns the first n deterministic dev accounts. Key i is
// keccak256("ergon dev account <i>"), so every machine, test and restart sees
// the same accounts. Account 0 is the deployer and owner by convention.
//
// The keys are derived from public strings: anyone can compute them. Never
// send real funds to these addresses.
func DevAccounts(n int) []Account {
	accs := make([]Account, 0, max(n, 0))
	for i := range n {
		accs = append(accs, devAccount(i))
	}
	return accs
}

func devAccount(i int) Account {
	seed := devAccountSeed + strconv.Itoa(i)
	for retry := 0; ; retry++ {
		s := seed
		if retry > 0 {
			// A hash that is zero or not below the curve order is not a valid
			// key (probability ~2^-128); derive another one deterministically.
			s += "/" + strconv.Itoa(retry)
		}
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(s)))
		if err == nil {
			return Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
		}
	}
}
