// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AppOrder, DatasetOrder, WorkerpoolOrder, RequestOrder} from "./Types.sol";

/// @title Orders — EIP-712 struct hashes of the orders and of the workers' relayed messages
/// @dev The Go side (chain/order.go) computes the same bytes; tests check both agree.
library Orders {
    bytes32 internal constant APPORDER_TYPEHASH = keccak256(
        "AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
    );
    bytes32 internal constant DATASETORDER_TYPEHASH = keccak256(
        "DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
    );
    bytes32 internal constant WORKERPOOLORDER_TYPEHASH = keccak256(
        "WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)"
    );
    bytes32 internal constant REQUESTORDER_TYPEHASH = keccak256(
        "RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)"
    );
    /// @dev Signed by the scheduler: lets `worker` contribute to `taskid`.
    bytes32 internal constant AUTHORIZATION_TYPEHASH =
        keccak256("Authorization(address worker,bytes32 taskid,address enclaveChallenge)");
    /// @dev Signed by a worker whose contribution the scheduler relays.
    bytes32 internal constant CONTRIBUTION_TYPEHASH =
        keccak256("Contribution(bytes32 taskid,bytes32 resultHash,bytes32 resultSeal,address enclaveChallenge)");
    /// @dev Signed by a worker whose reveal the scheduler relays.
    bytes32 internal constant REVEAL_TYPEHASH = keccak256("Reveal(bytes32 taskid,bytes32 digest)");

    function hash(AppOrder calldata o) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                APPORDER_TYPEHASH,
                o.app,
                o.appprice,
                o.volume,
                o.tag,
                o.datasetrestrict,
                o.workerpoolrestrict,
                o.requesterrestrict,
                o.salt
            )
        );
    }

    function hash(DatasetOrder calldata o) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                DATASETORDER_TYPEHASH,
                o.dataset,
                o.datasetprice,
                o.volume,
                o.tag,
                o.apprestrict,
                o.workerpoolrestrict,
                o.requesterrestrict,
                o.salt
            )
        );
    }

    function hash(WorkerpoolOrder calldata o) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                WORKERPOOLORDER_TYPEHASH,
                o.workerpool,
                o.workerpoolprice,
                o.volume,
                o.tag,
                o.category,
                o.trust,
                o.apprestrict,
                o.datasetrestrict,
                o.requesterrestrict,
                o.salt
            )
        );
    }

    function hash(RequestOrder calldata o) internal pure returns (bytes32) {
        // Split in two encodes: fifteen fields exceed what one expression can hold on the stack.
        bytes memory head = abi.encode(
            REQUESTORDER_TYPEHASH,
            o.app,
            o.appmaxprice,
            o.dataset,
            o.datasetmaxprice,
            o.workerpool,
            o.workerpoolmaxprice,
            o.requester
        );
        bytes memory tail = abi.encode(
            o.volume, o.tag, o.category, o.trust, o.beneficiary, o.callback, keccak256(bytes(o.params)), o.salt
        );
        return keccak256(bytes.concat(head, tail));
    }

    function authorization(address worker, bytes32 taskid, address enclaveChallenge) internal pure returns (bytes32) {
        return keccak256(abi.encode(AUTHORIZATION_TYPEHASH, worker, taskid, enclaveChallenge));
    }

    /// @dev keccak256(abi.encode(CONTRIBUTION_TYPEHASH, taskid, resultHash, resultSeal,
    /// enclaveChallenge)), built in free memory: it runs once per relayed contribution.
    function contribution(bytes32 taskid, bytes32 resultHash, bytes32 resultSeal, address enclaveChallenge)
        internal
        pure
        returns (bytes32 h)
    {
        bytes32 typeHash = CONTRIBUTION_TYPEHASH;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, typeHash)
            mstore(add(m, 0x20), taskid)
            mstore(add(m, 0x40), resultHash)
            mstore(add(m, 0x60), resultSeal)
            mstore(add(m, 0x80), and(enclaveChallenge, 0xffffffffffffffffffffffffffffffffffffffff))
            h := keccak256(m, 0xa0)
        }
    }

    /// @dev keccak256(abi.encode(REVEAL_TYPEHASH, taskid, digest)), built in free memory.
    function reveal(bytes32 taskid, bytes32 digest) internal pure returns (bytes32 h) {
        bytes32 typeHash = REVEAL_TYPEHASH;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, typeHash)
            mstore(add(m, 0x20), taskid)
            mstore(add(m, 0x40), digest)
            h := keccak256(m, 0x60)
        }
    }
}
