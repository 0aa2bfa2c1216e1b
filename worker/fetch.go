package worker

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain/bindings"
	"ergon/store"
)

// maxAttempts bounds the tries of a download or a chain read before the task is given back.
const maxAttempts = 4

// appInfo returns an app's registered fields, read from the chain once per app (they
// never change).
func (w *Worker) appInfo(ctx context.Context, addr common.Address) (bindings.AppRegistryApp, error) {
	w.mu.Lock()
	app, ok := w.apps[addr]
	w.mu.Unlock()
	if ok {
		return app, nil
	}
	var err error
	delay := w.cfg.RetryMin
	for attempt := 1; ; attempt++ {
		app, err = w.cfg.Chain.App(ctx, addr)
		if err == nil || attempt == maxAttempts || ctx.Err() != nil {
			break
		}
		if sleep(ctx, delay) != nil {
			break
		}
		delay = min(2*delay, w.cfg.RetryMax)
	}
	if err != nil {
		return app, fmt.Errorf("read app %s from the AppRegistry: %w", addr.Hex(), err)
	}
	w.mu.Lock()
	w.apps[addr] = app
	w.mu.Unlock()
	return app, nil
}

// appFile returns the local copy of an app's file (WorkDir/apps/<checksum>), downloading
// it from the store the first time. mismatch reports an app whose location names other
// bytes than its checksum (the store verifies every download against the location's
// digest, so what it serves cannot match the checksum): it is not downloaded.
func (w *Worker) appFile(ctx context.Context, t *task, app bindings.AppRegistryApp) (path string, mismatch bool, err error) {
	d, err := store.ParsePointer(app.Location)
	if err != nil {
		return "", false, fmt.Errorf("%w: location %q: this worker fetches apps from ergon:// pointers only: %v", ErrUnsupportedApp, app.Location, err)
	}
	if d != store.Digest(app.Checksum) {
		return "", true, nil
	}
	path = filepath.Join(w.cfg.WorkDir, "apps", hex.EncodeToString(app.Checksum[:]))
	lock := w.appLock(app.Checksum)
	select {
	case lock <- struct{}{}:
	case <-ctx.Done():
		return "", false, context.Cause(ctx)
	}
	defer func() { <-lock }()
	// Download only renames a verified file into place: one that exists is good.
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		return path, false, nil
	}
	if err := w.download(ctx, t, d, path); err != nil {
		return "", false, fmt.Errorf("download app %s: %w", app.Location, err)
	}
	return path, false, nil
}

func (w *Worker) appLock(sum [32]byte) chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	l := w.appLocks[sum]
	if l == nil {
		l = make(chan struct{}, 1)
		w.appLocks[sum] = l
	}
	return l
}

// download fetches blob d into path, verified (store.Client.Download), trying again a few
// times when the store fails or sends corrupt bytes.
func (w *Worker) download(ctx context.Context, t *task, d store.Digest, path string) error {
	sc, err := w.storeClient()
	if err != nil {
		return err
	}
	delay := w.cfg.RetryMin
	for attempt := 1; ; attempt++ {
		dctx, cancel := context.WithTimeout(ctx, w.cfg.TransferTimeout)
		_, err = sc.Download(dctx, d, path)
		cancel()
		if err == nil || ctx.Err() != nil || attempt == maxAttempts || finalStoreError(err) {
			return err
		}
		t.log.Debug("download failed, retrying", "blob", d, "attempt", attempt, "err", err)
		if err := sleep(ctx, delay); err != nil {
			return err
		}
		delay = min(2*delay, w.cfg.RetryMax)
	}
}

// finalStoreError reports a store answer that trying again will not change.
func finalStoreError(err error) bool {
	for _, e := range []error{store.ErrNotFound, store.ErrTooLarge, store.ErrUnauthorized, store.ErrForbidden, store.ErrBadRequest} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// ensureStake makes sure the worker's free hub balance covers stake, depositing
// DepositAmount (at least the shortfall) from its wallet when it does not. Checks are
// serialised, so tasks contributing at once do not each deposit.
func (w *Worker) ensureStake(ctx context.Context, t *task, stake *big.Int) error {
	if stake == nil || stake.Sign() <= 0 {
		return nil
	}
	select {
	case w.stake <- struct{}{}:
	case <-ctx.Done():
		return context.Cause(ctx)
	}
	defer func() { <-w.stake }()
	bal, err := w.cfg.Chain.Balance(ctx)
	if err != nil {
		return fmt.Errorf("%w: read the hub balance: %v", ErrStakeNotCovered, err)
	}
	if bal.Cmp(stake) >= 0 {
		return nil
	}
	short := new(big.Int).Sub(stake, bal)
	if w.cfg.DepositAmount == nil || w.cfg.DepositAmount.Sign() == 0 {
		w.log.Error("the hub balance does not cover the stake and automatic deposits are off: deposit tokens into the worker's hub account",
			"balance", bal, "stake", stake)
		return fmt.Errorf("%w: free balance %s < stake %s", ErrStakeNotCovered, bal, stake)
	}
	amount := new(big.Int).Set(w.cfg.DepositAmount)
	if amount.Cmp(short) < 0 {
		amount.Set(short)
	}
	t.log.Info("depositing to cover the stake", "balance", bal, "stake", stake, "amount", amount)
	if err := w.cfg.Chain.Deposit(ctx, amount); err != nil {
		if errors.Is(err, ErrWalletTooLow) {
			w.log.Error("the wallet cannot pay the deposit the stake needs: send tokens to the worker's address", "err", err)
		}
		return fmt.Errorf("%w: free balance %s < stake %s, and the deposit of %s failed: %w", ErrStakeNotCovered, bal, stake, amount, err)
	}
	return nil
}
