// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

import {HubBase} from "./HubBase.sol";
import {Orders} from "./Orders.sol";
import {IErgonCallback} from "../interfaces/IErgonCallback.sol";
import {
    Deal,
    Contribution,
    TaskState,
    SignedContribution,
    ContributeItem,
    RevealItem,
    FinalizeItem,
    ContributeAndFinalizeItem,
    ClaimItem
} from "./Types.sol";

/// @title Poco — the task life cycle: contribute, consensus, reveal, finalize, reopen, claim
/// (PROTOCOL.md §6–§9)
/// @dev A task has no initialization transaction: it comes alive at its first contribution, its
/// deadlines derived from its deal. Its state lives in calldata and its hash in one storage slot;
/// every call passes the deal and the task state back and the hub checks both hashes. Workers may
/// send their own transactions (contribute, reveal, contributeAndFinalize) or sign EIP-712
/// messages the scheduler relays in batches across tasks.
abstract contract Poco is HubBase {
    // ---- views ----

    /// @notice The id of task `index` of deal `dealid`.
    function taskId(bytes32 dealid, uint256 index) external pure returns (bytes32) {
        return keccak256(abi.encodePacked(dealid, index));
    }

    /// @notice Status of a task: 0 unset, 1 active, 2 revealing, 3 completed, 4 failed (claimed).
    function taskStatus(bytes32 taskid) external view returns (uint8) {
        return uint8(_tasks[taskid]);
    }

    /// @notice The raw task slot: status in the low byte; the high 248 bits of the state hash
    /// (active, revealing) or of the result digest (completed).
    function taskSlot(bytes32 taskid) external view returns (uint256) {
        return _tasks[taskid];
    }

    /// @notice Whether the task completed with result digest `digest`.
    function resultDigestMatches(bytes32 taskid, bytes32 digest) external view returns (bool) {
        uint256 slot = _tasks[taskid];
        return uint8(slot) == TASK_COMPLETED && (slot ^ uint256(digest)) >> 8 == 0;
    }

    /// @notice The hash a task state is committed under.
    function taskStateHash(TaskState calldata state) external pure returns (bytes32) {
        return keccak256(abi.encode(state));
    }

    // ---- transactions sent by workers ----

    /// @notice Commit to a result: resultHash = keccak256(taskid, digest), resultSeal =
    /// keccak256(worker, taskid, digest). Needs the scheduler's EIP-712 Authorization(worker,
    /// taskid, enclaveChallenge) and locks the deal's worker stake.
    function contribute(
        bytes32 dealid,
        Deal calldata deal,
        uint256 index,
        TaskState calldata state,
        bytes32 resultHash,
        bytes32 resultSeal,
        address enclaveChallenge,
        bytes calldata enclaveSign,
        bytes calldata authorizationSign
    ) external {
        _checkDeal(dealid, deal);
        bytes32 taskid = _taskOf(dealid, deal, index);
        _checkAuthorization(taskid, deal, enclaveChallenge, authorizationSign);
        (uint8 status, TaskState memory s) = _load(taskid, state);
        _checkContributionOpen(taskid, deal, status);
        _checkEnclave(taskid, deal, resultHash, resultSeal, enclaveChallenge, enclaveSign);
        _contribute(taskid, deal, s, msg.sender, resultHash, resultSeal);
        _store(taskid, s);
    }

    /// @notice Reveal the digest behind the caller's winning contribution.
    function reveal(bytes32 taskid, TaskState calldata state, bytes32 digest) external {
        (uint8 status, TaskState memory s) = _load(taskid, state);
        if (status != TASK_REVEALING) revert WrongStatus(taskid, status);
        _reveal(taskid, s, msg.sender, digest);
        _store(taskid, s);
    }

    /// @notice Contribute, reveal and finalize in one call, for deals of trust 1 or less.
    function contributeAndFinalize(
        bytes32 dealid,
        Deal calldata deal,
        uint256 index,
        bytes32 digest,
        string calldata results,
        bytes calldata callbackData,
        address enclaveChallenge,
        bytes calldata enclaveSign,
        bytes calldata authorizationSign
    ) external {
        _checkDeal(dealid, deal);
        bytes32 taskid = _taskOf(dealid, deal, index);
        _checkAuthorization(taskid, deal, enclaveChallenge, authorizationSign);
        _contributeAndFinalize(
            taskid, deal, msg.sender, digest, results, callbackData, enclaveChallenge, enclaveSign
        );
    }

    // ---- transactions sent by the scheduler ----

    /// @notice Relay workers' signed contributions, grouped by task, for tasks of one deal.
    function contributeBatch(bytes32 dealid, Deal calldata deal, ContributeItem[] calldata items) external {
        _checkDeal(dealid, deal);
        _onlyScheduler(deal);
        for (uint256 i; i < items.length; ++i) {
            ContributeItem calldata item = items[i];
            bytes32 taskid = _taskOf(dealid, deal, item.index);
            (uint8 status, TaskState memory s) = _load(taskid, item.state);
            for (uint256 j; j < item.contributions.length; ++j) {
                if (s.consensus != 0) status = TASK_REVEALING;
                _checkContributionOpen(taskid, deal, status);
                SignedContribution calldata c = item.contributions[j];
                address worker = _recover(
                    taskid,
                    Orders.contribution(taskid, c.resultHash, c.resultSeal, c.enclaveChallenge),
                    c.workerSign
                );
                _checkEnclave(taskid, deal, c.resultHash, c.resultSeal, c.enclaveChallenge, c.enclaveSign);
                _contribute(taskid, deal, s, worker, c.resultHash, c.resultSeal);
            }
            _store(taskid, s);
        }
    }

    /// @notice Relay winners' signed reveals. Anyone may send it: the signatures authorize it.
    function revealBatch(RevealItem[] calldata items) external {
        for (uint256 i; i < items.length; ++i) {
            RevealItem calldata item = items[i];
            (uint8 status, TaskState memory s) = _load(item.taskid, item.state);
            if (status != TASK_REVEALING) revert WrongStatus(item.taskid, status);
            _applyReveals(item.taskid, s, item.digest, item.workerSigns);
            _store(item.taskid, s);
        }
    }

    /// @notice Finalize tasks of one deal with the pointers to their results; pays everyone
    /// (PROTOCOL.md §8) and calls the deal's callback. Each task needs every winner revealed, or
    /// one revealed and the reveal window closed; reveals may come with the finalization
    /// (`revealSigns`, applied first).
    function finalizeBatch(bytes32 dealid, Deal calldata deal, FinalizeItem[] calldata items) external {
        _checkDeal(dealid, deal);
        _onlyScheduler(deal);
        for (uint256 i; i < items.length; ++i) {
            FinalizeItem calldata item = items[i];
            bytes32 taskid = _taskOf(dealid, deal, item.index);
            (uint8 status, TaskState memory s) = _load(taskid, item.state);
            if (status != TASK_REVEALING) revert WrongStatus(taskid, status);
            _applyReveals(taskid, s, item.digest, item.revealSigns);
            _finalize(taskid, deal, s, item.digest, item.results, item.callbackData);
        }
    }

    /// @notice Relay trust-1 tasks done in one step, each signed by its worker.
    function contributeAndFinalizeBatch(
        bytes32 dealid,
        Deal calldata deal,
        ContributeAndFinalizeItem[] calldata items
    ) external {
        _checkDeal(dealid, deal);
        _onlyScheduler(deal);
        for (uint256 i; i < items.length; ++i) {
            ContributeAndFinalizeItem calldata item = items[i];
            bytes32 taskid = _taskOf(dealid, deal, item.index);
            bytes32 structHash = Orders.contribution(
                taskid, _resultHash(taskid, item.digest), _resultSeal(item.worker, taskid, item.digest), item.enclaveChallenge
            );
            if (_recover(taskid, structHash, item.workerSign) != item.worker) revert BadWorkerSignature(taskid);
            _contributeAndFinalize(
                taskid,
                deal,
                item.worker,
                item.digest,
                item.results,
                item.callbackData,
                item.enclaveChallenge,
                item.enclaveSign
            );
        }
    }

    /// @notice Nobody revealed before the reveal deadline: reject the winners and collect
    /// contributions again.
    function reopen(bytes32 dealid, Deal calldata deal, uint256 index, TaskState calldata state) external {
        _checkDeal(dealid, deal);
        _onlyScheduler(deal);
        bytes32 taskid = _taskOf(dealid, deal, index);
        (uint8 status, TaskState memory s) = _load(taskid, state);
        if (status != TASK_REVEALING) revert WrongStatus(taskid, status);
        if (block.timestamp < s.revealDeadline) revert RevealDeadlineNotReached(taskid, s.revealDeadline);
        uint256 finalDeadline = _finalDeadline(deal);
        if (block.timestamp >= finalDeadline) revert FinalDeadlinePassed(taskid, finalDeadline);
        uint256 group;
        for (uint256 i; i < s.contributions.length; ++i) {
            Contribution memory c = s.contributions[i];
            if (c.status == CONTRIBUTION_REVEALED) revert HasReveals(taskid);
            if (c.status == CONTRIBUTION_CONTRIBUTED && c.resultHash == s.consensus) {
                c.status = CONTRIBUTION_REJECTED;
                group = group == 0 ? c.weight : group * c.weight;
            }
        }
        s.total -= group;
        s.consensus = 0;
        s.revealDeadline = 0;
        _store(taskid, s);
        emit TaskReopen(taskid);
    }

    // ---- transactions anyone may send ----

    /// @notice After the final deadline, end unfinished tasks of a deal: the payer is refunded,
    /// the pool's stake for each task goes to the kitty, contributors get their stakes back.
    function claim(bytes32 dealid, Deal calldata deal, ClaimItem[] calldata items) external {
        _checkDeal(dealid, deal);
        for (uint256 i; i < items.length; ++i) {
            _claim(dealid, deal, items[i].index, items[i].state);
        }
    }

    // ---- the life cycle ----

    function _contribute(
        bytes32 taskid,
        Deal calldata deal,
        TaskState memory s,
        address worker,
        bytes32 resultHash,
        bytes32 resultSeal
    ) private {
        uint256 n = s.contributions.length;
        if (n >= MAX_CONTRIBUTIONS) revert TooManyContributions(taskid);
        Contribution[] memory grown = new Contribution[](n + 1);
        uint256 group;
        for (uint256 i; i < n; ++i) {
            Contribution memory c = s.contributions[i];
            if (c.worker == worker) revert AlreadyContributed(taskid, worker);
            if (c.resultHash == resultHash && c.status != CONTRIBUTION_REJECTED) {
                group = group == 0 ? c.weight : group * c.weight;
            }
            grown[i] = c;
        }
        uint256 weight = _weight(workerScore[worker]);
        _lock(worker, deal.workerStake);
        grown[n] = Contribution(worker, weight, resultHash, resultSeal, CONTRIBUTION_CONTRIBUTED);
        s.contributions = grown;
        uint256 newGroup = (group == 0 ? 1 : group) * weight;
        s.total = s.total + newGroup - group;
        emit TaskContribute(taskid, worker, resultHash, resultSeal, weight);

        // Sarmenta's credibility: consensus when group/(1 + total) > 1 - 1/trust.
        if (newGroup * deal.trust > (s.total + 1) * (deal.trust - 1)) {
            s.consensus = resultHash;
            s.revealDeadline = block.timestamp + deal.timeRef * REVEAL_DEADLINE_RATIO;
            emit TaskConsensus(taskid, resultHash, s.revealDeadline);
        }
    }

    function _applyReveals(bytes32 taskid, TaskState memory s, bytes32 digest, bytes[] calldata signs) private {
        bytes32 structHash = Orders.reveal(taskid, digest);
        for (uint256 j; j < signs.length; ++j) {
            _reveal(taskid, s, _recover(taskid, structHash, signs[j]), digest);
        }
    }

    function _reveal(bytes32 taskid, TaskState memory s, address worker, bytes32 digest) private {
        if (block.timestamp >= s.revealDeadline) revert RevealDeadlinePassed(taskid, s.revealDeadline);
        for (uint256 i; i < s.contributions.length; ++i) {
            Contribution memory c = s.contributions[i];
            if (c.worker != worker) continue;
            if (c.status != CONTRIBUTION_CONTRIBUTED || c.resultHash != s.consensus) revert NotAWinner(taskid, worker);
            if (_resultHash(taskid, digest) != c.resultHash || _resultSeal(worker, taskid, digest) != c.resultSeal) {
                revert BadReveal(taskid, worker);
            }
            c.status = CONTRIBUTION_REVEALED;
            emit TaskReveal(taskid, worker, digest);
            return;
        }
        revert NotAWinner(taskid, worker);
    }

    function _finalize(
        bytes32 taskid,
        Deal calldata deal,
        TaskState memory s,
        bytes32 digest,
        string calldata results,
        bytes calldata callbackData
    ) private {
        uint256 finalDeadline = _finalDeadline(deal);
        if (block.timestamp >= finalDeadline) revert FinalDeadlinePassed(taskid, finalDeadline);
        uint256 winners;
        uint256 revealed;
        for (uint256 i; i < s.contributions.length; ++i) {
            Contribution memory c = s.contributions[i];
            if (c.status == CONTRIBUTION_REVEALED) {
                ++revealed;
                ++winners;
            } else if (c.status == CONTRIBUTION_CONTRIBUTED && c.resultHash == s.consensus) {
                ++winners;
            }
        }
        if (revealed < winners && block.timestamp < s.revealDeadline) {
            revert NotAllRevealed(taskid, revealed, winners);
        }
        if (revealed == 0) revert NoReveal(taskid);
        if (_resultHash(taskid, digest) != s.consensus) revert DigestMismatch(taskid);
        _complete(taskid, deal, s, digest, results, callbackData);
    }

    function _contributeAndFinalize(
        bytes32 taskid,
        Deal calldata deal,
        address worker,
        bytes32 digest,
        string calldata results,
        bytes calldata callbackData,
        address enclaveChallenge,
        bytes calldata enclaveSign
    ) private {
        if (deal.trust > 1) revert TrustTooHighForShortcut(deal.trust);
        uint8 status = uint8(_tasks[taskid]);
        _checkContributionOpen(taskid, deal, status);
        if (status != TASK_UNSET) revert WrongStatus(taskid, status);
        bytes32 resultHash = _resultHash(taskid, digest);
        bytes32 resultSeal = _resultSeal(worker, taskid, digest);
        _checkEnclave(taskid, deal, resultHash, resultSeal, enclaveChallenge, enclaveSign);
        uint256 weight = _weight(workerScore[worker]);
        _lock(worker, deal.workerStake);
        emit TaskContribute(taskid, worker, resultHash, resultSeal, weight);

        TaskState memory s;
        s.consensus = resultHash;
        s.contributions = new Contribution[](1);
        s.contributions[0] = Contribution(worker, weight, resultHash, resultSeal, CONTRIBUTION_REVEALED);
        _complete(taskid, deal, s, digest, results, callbackData);
    }

    /// @dev Marks the task completed, pays everyone, then calls the callback (checks, effects,
    /// interactions: nothing is written after the external call).
    function _complete(
        bytes32 taskid,
        Deal calldata deal,
        TaskState memory s,
        bytes32 digest,
        string calldata results,
        bytes calldata callbackData
    ) private {
        bool hasCallback = deal.callback != address(0);
        if (hasCallback && keccak256(callbackData) != digest) revert CallbackDataMismatch(taskid);
        _tasks[taskid] = (uint256(digest) & ~uint256(0xff)) | TASK_COMPLETED;
        _distributeRewards(deal, s);
        emit TaskFinalize(taskid, digest, results);
        if (hasCallback) _callback(taskid, deal.callback, callbackData);
    }

    /// @dev PROTOCOL.md §8. Revealed winners share the pot (workerpool price + seized stakes, less
    /// the scheduler's ratio) in proportion to log2(weight); everyone else loses its stake and a
    /// third of its score; rounding and the kitty share go to the pool owner.
    function _distributeRewards(Deal calldata deal, TaskState memory s) private {
        uint256 n = s.contributions.length;
        uint256 stake = deal.workerStake;
        uint256 pot = deal.workerpoolPrice;
        uint256 totalLogWeight;
        for (uint256 i; i < n; ++i) {
            Contribution memory c = s.contributions[i];
            if (c.status == CONTRIBUTION_REVEALED) totalLogWeight += Math.log2(c.weight);
            else pot += stake;
        }
        uint256 workersPot = pot * (100 - deal.schedulerRewardRatio) / 100;
        for (uint256 i; i < n; ++i) {
            Contribution memory c = s.contributions[i];
            if (c.status == CONTRIBUTION_REVEALED) {
                uint256 share = workersPot * Math.log2(c.weight) / totalLogWeight;
                pot -= share;
                _settle(c.worker, stake, share);
                if (n > 1) workerScore[c.worker] += 1;
            } else {
                _seize(c.worker, stake);
                workerScore[c.worker] = workerScore[c.worker] * 2 / 3;
            }
        }

        _seize(deal.sponsor, deal.appPrice + deal.datasetPrice + deal.workerpoolPrice);
        _reward(deal.appOwner, deal.appPrice);
        if (deal.datasetPrice != 0) _reward(deal.datasetOwner, deal.datasetPrice);

        uint256 k = kitty;
        if (k != 0) {
            uint256 share = Math.min(Math.max(k * KITTY_RATIO / 100, kittyMin), k);
            kitty = k - share;
            pot += share;
        }
        _settle(deal.workerpoolOwner, deal.workerpoolPrice * WORKERPOOL_STAKE_RATIO / 100, pot);
    }

    function _callback(bytes32 taskid, address target, bytes calldata callbackData) private {
        if (gasleft() < CALLBACK_GAS * 64 / 63 + 5_000) revert NotEnoughGasForCallback(taskid);
        bytes memory payload = abi.encodeCall(IErgonCallback.receiveResult, (taskid, callbackData));
        bool ok;
        // A bare call: no return data is copied, so a callback cannot bomb us with it.
        assembly ("memory-safe") {
            ok := call(CALLBACK_GAS, target, 0, add(payload, 0x20), mload(payload), 0, 0)
        }
        if (!ok) emit CallbackFailed(taskid);
    }

    function _claim(bytes32 dealid, Deal calldata deal, uint256 index, TaskState calldata state) private {
        bytes32 taskid = _taskOf(dealid, deal, index);
        (uint8 status, TaskState memory s) = _load(taskid, state);
        if (status > TASK_REVEALING) revert WrongStatus(taskid, status);
        uint256 finalDeadline = _finalDeadline(deal);
        if (block.timestamp < finalDeadline) revert FinalDeadlineNotReached(taskid, finalDeadline);
        _tasks[taskid] = TASK_FAILED;
        _unlock(deal.sponsor, deal.appPrice + deal.datasetPrice + deal.workerpoolPrice);
        uint256 poolStake = deal.workerpoolPrice * WORKERPOOL_STAKE_RATIO / 100;
        _seize(deal.workerpoolOwner, poolStake);
        kitty += poolStake;
        for (uint256 i; i < s.contributions.length; ++i) {
            _unlock(s.contributions[i].worker, deal.workerStake);
        }
        emit TaskClaimed(taskid);
    }

    // ---- checks and helpers ----

    function _checkDeal(bytes32 dealid, Deal calldata deal) private view {
        if (dealHash[dealid] != keccak256(abi.encode(deal))) revert DealMismatch(dealid);
    }

    function _taskOf(bytes32 dealid, Deal calldata deal, uint256 index) private pure returns (bytes32) {
        if (index < deal.botFirst || index - deal.botFirst >= deal.botSize) {
            revert TaskOutOfRange(index, deal.botFirst, deal.botSize);
        }
        return keccak256(abi.encodePacked(dealid, index));
    }

    function _onlyScheduler(Deal calldata deal) private view {
        if (msg.sender != deal.scheduler) revert NotScheduler(msg.sender, deal.scheduler);
    }

    /// @dev Reads the task's status and checks `state` is the one committed (the empty state for
    /// a task never contributed to). Completed and failed tasks skip the check: callers reject them.
    function _load(bytes32 taskid, TaskState calldata state) private view returns (uint8 status, TaskState memory s) {
        uint256 slot = _tasks[taskid];
        status = uint8(slot);
        s = state;
        if (status == TASK_UNSET) {
            if (s.contributions.length != 0 || s.consensus != 0 || s.revealDeadline != 0 || s.total != 0) {
                revert StateMismatch(taskid);
            }
        } else if (status <= TASK_REVEALING) {
            if ((slot ^ uint256(keccak256(abi.encode(s)))) >> 8 != 0) revert StateMismatch(taskid);
        }
    }

    function _store(bytes32 taskid, TaskState memory s) private {
        uint8 status = s.consensus == 0 ? TASK_ACTIVE : TASK_REVEALING;
        _tasks[taskid] = (uint256(keccak256(abi.encode(s))) & ~uint256(0xff)) | status;
    }

    function _checkContributionOpen(bytes32 taskid, Deal calldata deal, uint8 status) private view {
        if (status > TASK_ACTIVE) revert WrongStatus(taskid, status);
        uint256 deadline = deal.startTime + deal.timeRef * CONTRIBUTION_DEADLINE_RATIO;
        if (block.timestamp >= deadline) revert ContributionDeadlinePassed(taskid, deadline);
    }

    function _checkAuthorization(
        bytes32 taskid,
        Deal calldata deal,
        address enclaveChallenge,
        bytes calldata authorizationSign
    ) private view {
        if (!_signedBy(deal.scheduler, Orders.authorization(msg.sender, taskid, enclaveChallenge), authorizationSign)) {
            revert BadAuthorization(taskid, msg.sender);
        }
    }

    function _checkEnclave(
        bytes32 taskid,
        Deal calldata deal,
        bytes32 resultHash,
        bytes32 resultSeal,
        address enclaveChallenge,
        bytes calldata enclaveSign
    ) private pure {
        if (enclaveChallenge == address(0)) {
            if (deal.tag & TAG_TEE != 0) revert EnclaveChallengeRequired(taskid);
            return;
        }
        bytes32 signed = MessageHashUtils.toEthSignedMessageHash(keccak256(abi.encodePacked(resultHash, resultSeal)));
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(signed, enclaveSign);
        if (err != ECDSA.RecoverError.NoError || signer != enclaveChallenge) revert BadEnclaveSignature(taskid);
    }

    function _recover(bytes32 taskid, bytes32 structHash, bytes calldata sign) private view returns (address) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(_hashTypedDataV4(structHash), sign);
        if (err != ECDSA.RecoverError.NoError) revert BadWorkerSignature(taskid);
        return signer;
    }

    function _finalDeadline(Deal calldata deal) private pure returns (uint256) {
        return deal.startTime + deal.timeRef * FINAL_DEADLINE_RATIO;
    }

    /// @dev Credibility weight of a worker with score `score`: max(floor(score/3), 3) - 1.
    function _weight(uint256 score) private pure returns (uint256) {
        return Math.max(score / 3, 3) - 1;
    }

    function _resultHash(bytes32 taskid, bytes32 digest) private pure returns (bytes32) {
        return keccak256(abi.encodePacked(taskid, digest));
    }

    function _resultSeal(address worker, bytes32 taskid, bytes32 digest) private pure returns (bytes32) {
        return keccak256(abi.encodePacked(worker, taskid, digest));
    }
}
