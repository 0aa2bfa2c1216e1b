// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AssetRegistry} from "./AssetRegistry.sol";

/// @title AppRegistry — apps sold per execution
/// @notice An app is a WASM module or a Docker image, located by URI and pinned by checksum.
contract AppRegistry is AssetRegistry {
    /// @notice A WASM (WASI) module run by the wazero executor.
    uint8 public constant KIND_WASM = 0;
    /// @notice A Docker image run by the Docker executor.
    uint8 public constant KIND_DOCKER = 1;

    struct App {
        string name;
        uint8 kind;
        /// URI of the module or image: ergon://<sha256>, ipfs://…, docker:image@sha256:…
        string location;
        /// sha256 of the module, or the image digest
        bytes32 checksum;
        /// TEE fingerprint (mrenclave); empty for apps that do not run in an enclave
        bytes mrenclave;
    }

    /// @notice The kind is neither KIND_WASM nor KIND_DOCKER.
    error UnknownKind(uint8 kind);
    /// @notice The checksum is zero.
    error ZeroChecksum();

    /// @notice A new app was registered.
    event AppCreated(address indexed app, address indexed owner, string name, uint8 kind, string location, bytes32 checksum);

    mapping(address app => App) private _apps;

    constructor() AssetRegistry("Ergon Apps", "ERGAPP") {}

    /// @notice Register an app owned by `owner`; returns its address (see predictApp).
    function createApp(
        address owner,
        string calldata name,
        uint8 kind,
        string calldata location,
        bytes32 checksum,
        bytes calldata mrenclave
    ) external returns (address app) {
        _requireText(name, "name");
        _requireText(location, "location");
        if (kind > KIND_DOCKER) revert UnknownKind(kind);
        if (checksum == bytes32(0)) revert ZeroChecksum();
        app = _register(owner, _salt(owner, name, kind, location, checksum, mrenclave));
        _apps[app] = App(name, kind, location, checksum, mrenclave);
        emit AppCreated(app, owner, name, kind, location, checksum);
    }

    /// @notice The address createApp would give these arguments.
    function predictApp(
        address owner,
        string calldata name,
        uint8 kind,
        string calldata location,
        bytes32 checksum,
        bytes calldata mrenclave
    ) external view returns (address) {
        return _assetAddress(_salt(owner, name, kind, location, checksum, mrenclave));
    }

    /// @notice The registered fields of `app`.
    function appInfo(address app) external view returns (App memory) {
        if (ownerOfAsset(app) == address(0)) revert UnknownAsset(app);
        return _apps[app];
    }

    function _salt(
        address owner,
        string calldata name,
        uint8 kind,
        string calldata location,
        bytes32 checksum,
        bytes calldata mrenclave
    ) private pure returns (bytes32) {
        return keccak256(abi.encode(owner, name, kind, location, checksum, mrenclave));
    }
}
