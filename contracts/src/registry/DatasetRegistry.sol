// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AssetRegistry} from "./AssetRegistry.sol";

/// @title DatasetRegistry — datasets sold per use
/// @notice The content is encrypted by its owner; the checksum is that of the encrypted content.
contract DatasetRegistry is AssetRegistry {
    struct Dataset {
        string name;
        string location;
        bytes32 checksum;
    }

    /// @notice The checksum is zero.
    error ZeroChecksum();

    /// @notice A new dataset was registered.
    event DatasetCreated(address indexed dataset, address indexed owner, string name, string location, bytes32 checksum);

    mapping(address dataset => Dataset) private _datasets;

    constructor() AssetRegistry("Ergon Datasets", "ERGDATA") {}

    /// @notice Register a dataset owned by `owner`; returns its address (see predictDataset).
    function createDataset(address owner, string calldata name, string calldata location, bytes32 checksum)
        external
        returns (address dataset)
    {
        _requireText(name, "name");
        _requireText(location, "location");
        if (checksum == bytes32(0)) revert ZeroChecksum();
        dataset = _register(owner, keccak256(abi.encode(owner, name, location, checksum)));
        _datasets[dataset] = Dataset(name, location, checksum);
        emit DatasetCreated(dataset, owner, name, location, checksum);
    }

    /// @notice The address createDataset would give these arguments.
    function predictDataset(address owner, string calldata name, string calldata location, bytes32 checksum)
        external
        view
        returns (address)
    {
        return _assetAddress(keccak256(abi.encode(owner, name, location, checksum)));
    }

    /// @notice The registered fields of `dataset`.
    function datasetInfo(address dataset) external view returns (Dataset memory) {
        if (ownerOfAsset(dataset) == address(0)) revert UnknownAsset(dataset);
        return _datasets[dataset];
    }
}
