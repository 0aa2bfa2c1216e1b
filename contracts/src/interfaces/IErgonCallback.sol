// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IErgonCallback — implemented by a requester's contract that wants results pushed to it
interface IErgonCallback {
    /// @notice Called by the hub when a task of a deal naming this contract as callback is finalized.
    /// @dev The call carries a bounded gas allowance; its failure does not block finalization.
    /// @param taskid the finalized task
    /// @param callbackData the bytes the app wrote as `callback-data`; keccak256 of them is the
    /// task's result digest, checked by the hub before the call
    function receiveResult(bytes32 taskid, bytes calldata callbackData) external;
}
