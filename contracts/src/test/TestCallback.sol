// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IErgonCallback} from "../interfaces/IErgonCallback.sol";

/// @title TestCallback — a requester contract for tests: records results, or misbehaves on demand
contract TestCallback is IErgonCallback {
    /// @notice 0: record, 1: revert, 2: burn all its gas
    uint8 public mode;
    address public immutable hub;
    mapping(bytes32 taskid => bytes) public resultOf;
    uint256 public received;

    event Received(bytes32 indexed taskid, bytes callbackData);

    constructor(address hub_) {
        hub = hub_;
    }

    /// @notice Choose how the next callbacks behave.
    function setMode(uint8 mode_) external {
        mode = mode_;
    }

    /// @inheritdoc IErgonCallback
    function receiveResult(bytes32 taskid, bytes calldata callbackData) external {
        require(msg.sender == hub, "not the hub");
        if (mode == 1) revert("callback refuses");
        if (mode == 2) {
            while (true) {}
        }
        resultOf[taskid] = callbackData;
        received += 1;
        emit Received(taskid, callbackData);
    }
}
