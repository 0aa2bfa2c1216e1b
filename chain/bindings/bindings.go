// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AppOrder is an auto generated low-level Go binding around an user-defined struct.
type AppOrder struct {
	App                common.Address
	Appprice           *big.Int
	Volume             *big.Int
	Tag                [32]byte
	Datasetrestrict    common.Address
	Workerpoolrestrict common.Address
	Requesterrestrict  common.Address
	Salt               [32]byte
	Sign               []byte
}

// AppRegistryApp is an auto generated low-level Go binding around an user-defined struct.
type AppRegistryApp struct {
	Name      string
	Kind      uint8
	Location  string
	Checksum  [32]byte
	Mrenclave []byte
}

// ClaimItem is an auto generated low-level Go binding around an user-defined struct.
type ClaimItem struct {
	Index *big.Int
	State TaskState
}

// ContributeAndFinalizeItem is an auto generated low-level Go binding around an user-defined struct.
type ContributeAndFinalizeItem struct {
	Index            *big.Int
	Worker           common.Address
	Digest           [32]byte
	Results          string
	CallbackData     []byte
	EnclaveChallenge common.Address
	EnclaveSign      Signature
	WorkerSign       Signature
}

// ContributeItem is an auto generated low-level Go binding around an user-defined struct.
type ContributeItem struct {
	Index         *big.Int
	State         TaskState
	Contributions []SignedContribution
	Enclaves      []Enclave
}

// Contribution is an auto generated low-level Go binding around an user-defined struct.
type Contribution struct {
	Worker     common.Address
	Weight     *big.Int
	ResultHash [32]byte
	ResultSeal [32]byte
	Status     uint8
}

// DatasetOrder is an auto generated low-level Go binding around an user-defined struct.
type DatasetOrder struct {
	Dataset            common.Address
	Datasetprice       *big.Int
	Volume             *big.Int
	Tag                [32]byte
	Apprestrict        common.Address
	Workerpoolrestrict common.Address
	Requesterrestrict  common.Address
	Salt               [32]byte
	Sign               []byte
}

// DatasetRegistryDataset is an auto generated low-level Go binding around an user-defined struct.
type DatasetRegistryDataset struct {
	Name     string
	Location string
	Checksum [32]byte
}

// Deal is an auto generated low-level Go binding around an user-defined struct.
type Deal struct {
	App                  common.Address
	AppOwner             common.Address
	AppPrice             *big.Int
	Dataset              common.Address
	DatasetOwner         common.Address
	DatasetPrice         *big.Int
	Workerpool           common.Address
	WorkerpoolOwner      common.Address
	WorkerpoolPrice      *big.Int
	Scheduler            common.Address
	Requester            common.Address
	Sponsor              common.Address
	Beneficiary          common.Address
	Callback             common.Address
	Tag                  [32]byte
	Category             *big.Int
	Trust                *big.Int
	StartTime            *big.Int
	TimeRef              *big.Int
	BotFirst             *big.Int
	BotSize              *big.Int
	WorkerStake          *big.Int
	SchedulerRewardRatio *big.Int
}

// Enclave is an auto generated low-level Go binding around an user-defined struct.
type Enclave struct {
	Challenge common.Address
	Sign      Signature
}

// FinalizeItem is an auto generated low-level Go binding around an user-defined struct.
type FinalizeItem struct {
	Index        *big.Int
	State        TaskState
	Digest       [32]byte
	Results      string
	CallbackData []byte
	RevealSigns  []Signature
}

// HubBaseCategory is an auto generated low-level Go binding around an user-defined struct.
type HubBaseCategory struct {
	Name             string
	Description      string
	WorkClockTimeRef *big.Int
}

// RequestOrder is an auto generated low-level Go binding around an user-defined struct.
type RequestOrder struct {
	App                common.Address
	Appmaxprice        *big.Int
	Dataset            common.Address
	Datasetmaxprice    *big.Int
	Workerpool         common.Address
	Workerpoolmaxprice *big.Int
	Requester          common.Address
	Volume             *big.Int
	Tag                [32]byte
	Category           *big.Int
	Trust              *big.Int
	Beneficiary        common.Address
	Callback           common.Address
	Params             string
	Salt               [32]byte
	Sign               []byte
}

// RevealItem is an auto generated low-level Go binding around an user-defined struct.
type RevealItem struct {
	Taskid      [32]byte
	State       TaskState
	Digest      [32]byte
	WorkerSigns []Signature
}

// Signature is an auto generated low-level Go binding around an user-defined struct.
type Signature struct {
	R  [32]byte
	Vs [32]byte
}

// SignedContribution is an auto generated low-level Go binding around an user-defined struct.
type SignedContribution struct {
	ResultHash [32]byte
	ResultSeal [32]byte
	WorkerSign Signature
}

// TaskState is an auto generated low-level Go binding around an user-defined struct.
type TaskState struct {
	Consensus      [32]byte
	RevealDeadline *big.Int
	Total          *big.Int
	Contributions  []Contribution
}

// WorkerpoolOrder is an auto generated low-level Go binding around an user-defined struct.
type WorkerpoolOrder struct {
	Workerpool        common.Address
	Workerpoolprice   *big.Int
	Volume            *big.Int
	Tag               [32]byte
	Category          *big.Int
	Trust             *big.Int
	Apprestrict       common.Address
	Datasetrestrict   common.Address
	Requesterrestrict common.Address
	Salt              [32]byte
	Sign              []byte
}

// WorkerpoolRegistryWorkerpool is an auto generated low-level Go binding around an user-defined struct.
type WorkerpoolRegistryWorkerpool struct {
	Description string
	Api         string
}

// AppRegistryMetaData contains all meta data concerning the AppRegistry contract.
var AppRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"EmptyField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAssetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnknownAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroChecksum\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"AppCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KIND_DOCKER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_WASM\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"}],\"name\":\"appInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"mrenclave\",\"type\":\"bytes\"}],\"internalType\":\"structAppRegistry.App\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"mrenclave\",\"type\":\"bytes\"}],\"name\":\"createApp\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"isRegistered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"ownerOfAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"mrenclave\",\"type\":\"bytes\"}],\"name\":\"predictApp\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "489dbae44175e5ea81a4a45c91067f2149",
	Bin: "0x60806040523461032757604080519081016001600160401b03811182821017610232576040908152600a8252694572676f6e204170707360b01b602083015280519081016001600160401b0381118282101761023257604052600681526504552474150560d41b602082015281516001600160401b038111610232575f54600181811c9116801561031d575b602082101461021457601f81116102b0575b50602092601f821160011461025157928192935f92610246575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023257600154600181811c91168015610228575b602082101461021457601f81116101a6575b50602091601f8211600114610146579181925f9261013b575b50508160011b915f199060031b1c1916176001555b6040516115c8908161032c8239f35b015190505f80610117565b601f1982169260015f52805f20915f5b85811061018e57508360019510610176575b505050811b0160015561012c565b01515f1960f88460031b161c191690555f8080610168565b91926020600181928685015181550194019201610156565b818111156100fe5760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66020841061020c575b81601f9101920160051c03905f5b8281106101ff5750506100fe565b5f828201556001016101f1565b5f91506101e3565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ec565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b7565b601f198216935f8052805f20915f5b8681106102985750836001959610610280575b505050811b015f556100cb565b01515f1960f88460031b161c191690555f8080610273565b91926020600181928685015181550194019201610260565b8181111561009d575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208410610315575b81601f9101920160051c03905f5b82811061030857505061009d565b5f828201556001016102fa565b5f91506102ec565b90607f169061008b565b5f80fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714610e2c5750806306fdde0314610d8a578063081812fc14610d4e578063095ea7b314610c6457806323b872dd14610c4d57806342842e0e14610c245780636352211e14610c0657806364c77e0314610bec57806370a0823114610b9b578063822b05d71461064a57806382a4bacd1461062f57806395d89b4114610551578063a22cb4651461049d578063b88d4fde1461043b578063bb51f92c146103ff578063c1f1d577146103bf578063c3c5a5471461037d578063c87b56dd14610324578063e985e9c5146102cc5763f7702b39146100fa575f80fd5b346102c95760203660031901126102c957610113610ebb565b6060608060405161012381610feb565b8281528460208201528260408201528483820152015260018060a01b0316808252600260205260018060a01b03604083205416156102b7578152600660205260408120906040519061017482610feb565b61017d836110b3565b825260ff6001840154166020830190815261019a600285016110b3565b60408401908152600460038601549560608601968752019260405193818154916101c38361107b565b808852926001811690811561028d5750600114610251575b61021a8861024d8b8a6102348b8b6101f5848d0385611007565b6080870193845260ff60405198899860208a525160a060208b015260c08a0190610e97565b925116604088015251868203601f19016060880152610e97565b9151608085015251838203601f190160a0850152610e97565b0390f35b9080935052602082205b818310610273575050830160200182826101f56101db565b6001816020929493945483858a010152019101919061025b565b60ff19166020808a019190915293151560051b880190930193508592508491506101f590506101db565b6356b0f15d60e11b8252600452602490fd5b80fd5b50346102c95760403660031901126102c95760406102e8610ebb565b916102f1610ed1565b9260018060a01b031681526005602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346103795760203660031901126103795761034060043561149e565b505f604051610350602082611007565b5261024d604051610362602082611007565b5f8152604051918291602083526020830190610e97565b5f80fd5b34610379576020366003190112610379576001600160a01b0361039e610ebb565b165f526002602052602060018060a01b0360405f2054161515604051908152f35b34610379576020366003190112610379576001600160a01b036103e0610ebb565b165f526002602052602060018060a01b0360405f205416604051908152f35b3461037957602061042961042461041536610f4f565b97969096959195949294611504565b61158b565b6040516001600160a01b039091168152f35b3461037957608036600319011261037957610454610ebb565b61045c610ed1565b6064359167ffffffffffffffff831161037957366023840112156103795761049161049b933690602481600401359101611045565b916044359161135e565b005b34610379576040366003190112610379576104b6610ebb565b6024359081151580920361037957331561053e576001600160a01b031690811561052b57335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b34610379575f366003190112610379576040515f6001546105718161107b565b808452906001811690811561060b57506001146105ad575b61024d8361059981850382611007565b604051918291602083526020830190610e97565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b8082106105f157509091508101602001610599610589565b9192600181602092548385880101520191019092916105d9565b60ff191660208086019190915291151560051b840190910191506105999050610589565b34610379575f36600319011261037957602060405160018152f35b346103795761065836610f4f565b949392959097969160409661068a88516106728a82611007565b60048152636e616d6560e01b602082015284866114d2565b6106b588516106998a82611007565b60088152673637b1b0ba34b7b760c11b602082015282876114d2565b60ff86169560018711610b88578215610b79576106e5610424898d86868f968c908b8d60018060a01b039a611504565b165f8181526002602052899020549099906001600160a01b0316610b66576001600160a01b0316968715610b53575f8a81526002602052899020546001600160a01b03168015159081610b21575b895f5260036020528a5f20600181540190558b5f5260026020528a5f208a6bffffffffffffffffffffffff60a01b8254161790558b8a827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a450610b0e5788519061079f82610feb565b6107aa368688611045565b8252602082019b888d526107d86107c236868b611045565b918c850192835260608501938785523691611045565b9c608084019d8e528c5f5260066020528b5f20935180519067ffffffffffffffff8211610a2f576108138261080d885461107b565b886112e0565b602090601f8311600114610aab5761084292915f9183610979575b50508160011b915f199060031b1c19161790565b84555b60ff6001850191511660ff1982541617905560028301905180519067ffffffffffffffff8211610a2f576108838261087d855461107b565b856112e0565b602090601f8311600114610a435791806108b7926004979695945f926109795750508160011b915f199060031b1c19161790565b90555b5160038201550199519485519a67ffffffffffffffff8c11610a2f578b8b976108e960209e61087d855461107b565b8d90601f831160011461098457827fe60ef3402c1102c0b6b1b5969192540b99c287934c66e390112fabe94dd5895d9a9b959361096a979593610940935f926109795750508160011b915f199060031b1c19161790565b90555b6109598b5197889760808952608089019161133e565b928d8701528583038b87015261133e565b9060608301520390a351908152f35b015190505f8061082e565b999493929190601f1982169a835f52815f209b5f5b8181106109fd57509b600192849261096a99989796957fe60ef3402c1102c0b6b1b5969192540b99c287934c66e390112fabe94dd5895d9e9f106109e5575b505050811b019055610943565b01515f1960f88460031b161c191690555f80806109d8565b939597999b509091939597999b6020600181928786015181550195019301908f9b9997959392919c9a9896949c610999565b634e487b7160e01b5f52604160045260245ffd5b90601f19831691845f52815f20925f5b818110610a9357509160019391856004999897969410610a7b575b505050811b0190556108ba565b01515f1960f88460031b161c191690555f8080610a6e565b92936020600181928786015181550195019301610a53565b90601f19831691875f52815f20925f5b818110610af65750908460019594939210610ade575b505050811b018455610845565b01515f1960f88460031b161c191690555f8080610ad1565b92936020600181928786015181550195019301610abb565b6339e3563760e11b5f525f60045260245ffd5b5f8c815260046020526040902080546001600160a01b0319169055805f5260036020528a5f205f198154019055610733565b633250574960e11b5f525f60045260245ffd5b896345ed80e960e01b5f5260045260245ffd5b6323a8b72f60e01b5f5260045ffd5b8663bd3c908960e01b5f5260045260245ffd5b34610379576020366003190112610379576001600160a01b03610bbc610ebb565b168015610bd9575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b34610379575f3660031901126103795760206040515f8152f35b3461037957602036600319011261037957602061042960043561149e565b346103795761049b610c3536610ee7565b9060405192610c45602085611007565b5f845261135e565b346103795761049b610c5e36610ee7565b91611153565b3461037957604036600319011261037957610c7d610ebb565b602435610c898161149e565b33151580610d3b575b80610d0e575b610cfb5781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff1615610c98565b506001600160a01b038116331415610c92565b3461037957602036600319011261037957600435610d6b8161149e565b505f526004602052602060018060a01b0360405f205416604051908152f35b34610379575f366003190112610379576040515f5f54610da98161107b565b808452906001811690811561060b5750600114610dd05761024d8361059981850382611007565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610e1257509091508101602001610599610589565b919260018160209254838588010152019101909291610dfa565b34610379576020366003190112610379576004359063ffffffff60e01b8216809203610379576020916380ac58cd60e01b8114908115610e86575b8115610e75575b5015158152f35b6301ffc9a760e01b14905083610e6e565b635b5e139f60e01b81149150610e67565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361037957565b602435906001600160a01b038216820361037957565b6060906003190112610379576004356001600160a01b038116810361037957906024356001600160a01b0381168103610379579060443590565b9181601f840112156103795782359167ffffffffffffffff8311610379576020838186019501011161037957565b9060c0600319830112610379576004356001600160a01b0381168103610379579160243567ffffffffffffffff81116103795781610f8f91600401610f21565b9290929160443560ff81168103610379579160643567ffffffffffffffff81116103795782610fc091600401610f21565b929092916084359160a4359067ffffffffffffffff821161037957610fe791600401610f21565b9091565b60a0810190811067ffffffffffffffff821117610a2f57604052565b90601f8019910116810190811067ffffffffffffffff821117610a2f57604052565b67ffffffffffffffff8111610a2f57601f01601f191660200190565b92919261105182611029565b9161105f6040519384611007565b829481845281830111610379578281602093845f960137010152565b90600182811c921680156110a9575b602083101461109557565b634e487b7160e01b5f52602260045260245ffd5b91607f169161108a565b9060405191825f8254926110c68461107b565b808452936001811690811561113157506001146110ed575b506110eb92500383611007565b565b90505f9291925260205f20905f915b8183106111155750509060206110eb928201015f6110de565b60209193508060019154838589010152019101909184926110fc565b9050602092506110eb94915060ff191682840152151560051b8201015f6110de565b6001600160a01b0390911691908215610b53575f828152600260205260409020546001600160a01b03169282903315158061124b575b5084611218575b805f52600360205260405f2060018154019055815f52600260205260405f20816bffffffffffffffffffffffff60a01b825416179055847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b031680830361120057505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f82815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f198154019055611190565b9091508061128f575b156112615782905f611189565b828461127957637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b5033841480156112be575b8061125457505f838152600460205260409020546001600160a01b03163314611254565b505f84815260056020908152604080832033845290915290205460ff1661129a565b919091601f83116112f1575b505050565b8183116112fd57505050565b5f5260205f206020601f830160051c9210611336575b81601f9101920160051c03905f5b828110156112ec575f82820155600101611321565b5f9150611313565b908060209392818452848401375f828201840152601f01601f1916010190565b929161136b818386611153565b813b611378575b50505050565b604051630a85bd0160e11b81523360048201526001600160a01b03948516602482015260448101919091526080606482015292169190602090829081906113c3906084830190610e97565b03815f865af15f9181611459575b5061142657503d1561141f573d6113e781611029565b906113f56040519283611007565b81523d5f602083013e5b8051908161141a5782633250574960e11b5f5260045260245ffd5b602001fd5b60606113ff565b6001600160e01b03191663757a42ff60e11b0161144757505f808080611372565b633250574960e11b5f5260045260245ffd5b9091506020813d602011611496575b8161147560209383611007565b8101031261037957516001600160e01b03198116810361037957905f6113d1565b3d9150611468565b5f818152600260205260409020546001600160a01b03169081156114c0575090565b637e27328960e01b5f5260045260245ffd5b50156114db5750565b60405163a69290e760e01b815260206004820152908190611500906024830190610e97565b0390fd5b979290969495939195604051978897602089019a600160a01b60019003168b526040890160c0905260e089019061153a9261133e565b9160ff166060880152601f198783030160808801526115589261133e565b9160a0850152601f198483030160c08501526115739261133e565b03601f19810182526115859082611007565b51902090565b6040519060208201903082526040830152604082526115ab606083611007565b905190206001600160a01b03169056fea164736f6c6343000825000a",
}

// AppRegistry is an auto generated Go binding around an Ethereum contract.
type AppRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AppRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAppRegistry creates a new instance of AppRegistry.
func NewAppRegistry() *AppRegistry {
	parsed, err := AppRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AppRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AppRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackKINDDOCKER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82a4bacd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_DOCKER() view returns(uint8)
func (appRegistry *AppRegistry) PackKINDDOCKER() []byte {
	enc, err := appRegistry.abi.Pack("KIND_DOCKER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDDOCKER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82a4bacd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_DOCKER() view returns(uint8)
func (appRegistry *AppRegistry) TryPackKINDDOCKER() ([]byte, error) {
	return appRegistry.abi.Pack("KIND_DOCKER")
}

// UnpackKINDDOCKER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82a4bacd.
//
// Solidity: function KIND_DOCKER() view returns(uint8)
func (appRegistry *AppRegistry) UnpackKINDDOCKER(data []byte) (uint8, error) {
	out, err := appRegistry.abi.Unpack("KIND_DOCKER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDWASM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c77e03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_WASM() view returns(uint8)
func (appRegistry *AppRegistry) PackKINDWASM() []byte {
	enc, err := appRegistry.abi.Pack("KIND_WASM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDWASM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c77e03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_WASM() view returns(uint8)
func (appRegistry *AppRegistry) TryPackKINDWASM() ([]byte, error) {
	return appRegistry.abi.Pack("KIND_WASM")
}

// UnpackKINDWASM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64c77e03.
//
// Solidity: function KIND_WASM() view returns(uint8)
func (appRegistry *AppRegistry) UnpackKINDWASM(data []byte) (uint8, error) {
	out, err := appRegistry.abi.Unpack("KIND_WASM", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAppInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7702b39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appInfo(address app) view returns((string,uint8,string,bytes32,bytes))
func (appRegistry *AppRegistry) PackAppInfo(app common.Address) []byte {
	enc, err := appRegistry.abi.Pack("appInfo", app)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7702b39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appInfo(address app) view returns((string,uint8,string,bytes32,bytes))
func (appRegistry *AppRegistry) TryPackAppInfo(app common.Address) ([]byte, error) {
	return appRegistry.abi.Pack("appInfo", app)
}

// UnpackAppInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7702b39.
//
// Solidity: function appInfo(address app) view returns((string,uint8,string,bytes32,bytes))
func (appRegistry *AppRegistry) UnpackAppInfo(data []byte) (AppRegistryApp, error) {
	out, err := appRegistry.abi.Unpack("appInfo", data)
	if err != nil {
		return *new(AppRegistryApp), err
	}
	out0 := *abi.ConvertType(out[0], new(AppRegistryApp)).(*AppRegistryApp)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (appRegistry *AppRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := appRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (appRegistry *AppRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return appRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (appRegistry *AppRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := appRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x822b05d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createApp(address owner, string name, uint8 kind, string location, bytes32 checksum, bytes mrenclave) returns(address app)
func (appRegistry *AppRegistry) PackCreateApp(owner common.Address, name string, kind uint8, location string, checksum [32]byte, mrenclave []byte) []byte {
	enc, err := appRegistry.abi.Pack("createApp", owner, name, kind, location, checksum, mrenclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x822b05d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createApp(address owner, string name, uint8 kind, string location, bytes32 checksum, bytes mrenclave) returns(address app)
func (appRegistry *AppRegistry) TryPackCreateApp(owner common.Address, name string, kind uint8, location string, checksum [32]byte, mrenclave []byte) ([]byte, error) {
	return appRegistry.abi.Pack("createApp", owner, name, kind, location, checksum, mrenclave)
}

// UnpackCreateApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x822b05d7.
//
// Solidity: function createApp(address owner, string name, uint8 kind, string location, bytes32 checksum, bytes mrenclave) returns(address app)
func (appRegistry *AppRegistry) UnpackCreateApp(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("createApp", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (appRegistry *AppRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := appRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (appRegistry *AppRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return appRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (appRegistry *AppRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := appRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c5a547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRegistered(address asset) view returns(bool)
func (appRegistry *AppRegistry) PackIsRegistered(asset common.Address) []byte {
	enc, err := appRegistry.abi.Pack("isRegistered", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c5a547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRegistered(address asset) view returns(bool)
func (appRegistry *AppRegistry) TryPackIsRegistered(asset common.Address) ([]byte, error) {
	return appRegistry.abi.Pack("isRegistered", asset)
}

// UnpackIsRegistered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3c5a547.
//
// Solidity: function isRegistered(address asset) view returns(bool)
func (appRegistry *AppRegistry) UnpackIsRegistered(data []byte) (bool, error) {
	out, err := appRegistry.abi.Unpack("isRegistered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (appRegistry *AppRegistry) PackName() []byte {
	enc, err := appRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (appRegistry *AppRegistry) TryPackName() ([]byte, error) {
	return appRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (appRegistry *AppRegistry) UnpackName(data []byte) (string, error) {
	out, err := appRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (appRegistry *AppRegistry) PackOwnerOfAsset(asset common.Address) []byte {
	enc, err := appRegistry.abi.Pack("ownerOfAsset", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (appRegistry *AppRegistry) TryPackOwnerOfAsset(asset common.Address) ([]byte, error) {
	return appRegistry.abi.Pack("ownerOfAsset", asset)
}

// UnpackOwnerOfAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1f1d577.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (appRegistry *AppRegistry) UnpackOwnerOfAsset(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("ownerOfAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredictApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb51f92c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictApp(address owner, string name, uint8 kind, string location, bytes32 checksum, bytes mrenclave) view returns(address)
func (appRegistry *AppRegistry) PackPredictApp(owner common.Address, name string, kind uint8, location string, checksum [32]byte, mrenclave []byte) []byte {
	enc, err := appRegistry.abi.Pack("predictApp", owner, name, kind, location, checksum, mrenclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb51f92c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictApp(address owner, string name, uint8 kind, string location, bytes32 checksum, bytes mrenclave) view returns(address)
func (appRegistry *AppRegistry) TryPackPredictApp(owner common.Address, name string, kind uint8, location string, checksum [32]byte, mrenclave []byte) ([]byte, error) {
	return appRegistry.abi.Pack("predictApp", owner, name, kind, location, checksum, mrenclave)
}

// UnpackPredictApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb51f92c.
//
// Solidity: function predictApp(address owner, string name, uint8 kind, string location, bytes32 checksum, bytes mrenclave) view returns(address)
func (appRegistry *AppRegistry) UnpackPredictApp(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("predictApp", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (appRegistry *AppRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := appRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (appRegistry *AppRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return appRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (appRegistry *AppRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := appRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (appRegistry *AppRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return appRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (appRegistry *AppRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := appRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (appRegistry *AppRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return appRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (appRegistry *AppRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := appRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (appRegistry *AppRegistry) PackSymbol() []byte {
	enc, err := appRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (appRegistry *AppRegistry) TryPackSymbol() ([]byte, error) {
	return appRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (appRegistry *AppRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := appRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (appRegistry *AppRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (appRegistry *AppRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (appRegistry *AppRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := appRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// AppRegistryAppCreated represents a AppCreated event raised by the AppRegistry contract.
type AppRegistryAppCreated struct {
	App      common.Address
	Owner    common.Address
	Name     string
	Kind     uint8
	Location string
	Checksum [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const AppRegistryAppCreatedEventName = "AppCreated"

// ContractEventName returns the user-defined event name.
func (AppRegistryAppCreated) ContractEventName() string {
	return AppRegistryAppCreatedEventName
}

// UnpackAppCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AppCreated(address indexed app, address indexed owner, string name, uint8 kind, string location, bytes32 checksum)
func (appRegistry *AppRegistry) UnpackAppCreatedEvent(log *types.Log) (*AppRegistryAppCreated, error) {
	event := "AppCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != appRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AppRegistryAppCreated)
	if len(log.Data) > 0 {
		if err := appRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range appRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AppRegistryApproval represents a Approval event raised by the AppRegistry contract.
type AppRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AppRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AppRegistryApproval) ContractEventName() string {
	return AppRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (appRegistry *AppRegistry) UnpackApprovalEvent(log *types.Log) (*AppRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != appRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AppRegistryApproval)
	if len(log.Data) > 0 {
		if err := appRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range appRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AppRegistryApprovalForAll represents a ApprovalForAll event raised by the AppRegistry contract.
type AppRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AppRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (AppRegistryApprovalForAll) ContractEventName() string {
	return AppRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (appRegistry *AppRegistry) UnpackApprovalForAllEvent(log *types.Log) (*AppRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != appRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AppRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := appRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range appRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AppRegistryTransfer represents a Transfer event raised by the AppRegistry contract.
type AppRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AppRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AppRegistryTransfer) ContractEventName() string {
	return AppRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (appRegistry *AppRegistry) UnpackTransferEvent(log *types.Log) (*AppRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != appRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AppRegistryTransfer)
	if len(log.Data) > 0 {
		if err := appRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range appRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (appRegistry *AppRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return appRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["EmptyField"].ID.Bytes()[:4]) {
		return appRegistry.UnpackEmptyFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["NotAssetOwner"].ID.Bytes()[:4]) {
		return appRegistry.UnpackNotAssetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["UnknownAsset"].ID.Bytes()[:4]) {
		return appRegistry.UnpackUnknownAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["UnknownKind"].ID.Bytes()[:4]) {
		return appRegistry.UnpackUnknownKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ZeroChecksum"].ID.Bytes()[:4]) {
		return appRegistry.UnpackZeroChecksumError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AppRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the AppRegistry contract.
type AppRegistryAlreadyRegistered struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address asset)
func AppRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address asset)
func (appRegistry *AppRegistry) UnpackAlreadyRegisteredError(raw []byte) (*AppRegistryAlreadyRegistered, error) {
	out := new(AppRegistryAlreadyRegistered)
	if err := appRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the AppRegistry contract.
type AppRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func AppRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (appRegistry *AppRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*AppRegistryERC721IncorrectOwner, error) {
	out := new(AppRegistryERC721IncorrectOwner)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the AppRegistry contract.
type AppRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func AppRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (appRegistry *AppRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*AppRegistryERC721InsufficientApproval, error) {
	out := new(AppRegistryERC721InsufficientApproval)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the AppRegistry contract.
type AppRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func AppRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (appRegistry *AppRegistry) UnpackERC721InvalidApproverError(raw []byte) (*AppRegistryERC721InvalidApprover, error) {
	out := new(AppRegistryERC721InvalidApprover)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the AppRegistry contract.
type AppRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func AppRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (appRegistry *AppRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*AppRegistryERC721InvalidOperator, error) {
	out := new(AppRegistryERC721InvalidOperator)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the AppRegistry contract.
type AppRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func AppRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (appRegistry *AppRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*AppRegistryERC721InvalidOwner, error) {
	out := new(AppRegistryERC721InvalidOwner)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the AppRegistry contract.
type AppRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func AppRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (appRegistry *AppRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*AppRegistryERC721InvalidReceiver, error) {
	out := new(AppRegistryERC721InvalidReceiver)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the AppRegistry contract.
type AppRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func AppRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (appRegistry *AppRegistry) UnpackERC721InvalidSenderError(raw []byte) (*AppRegistryERC721InvalidSender, error) {
	out := new(AppRegistryERC721InvalidSender)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the AppRegistry contract.
type AppRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func AppRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (appRegistry *AppRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*AppRegistryERC721NonexistentToken, error) {
	out := new(AppRegistryERC721NonexistentToken)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryEmptyField represents a EmptyField error raised by the AppRegistry contract.
type AppRegistryEmptyField struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyField(string field)
func AppRegistryEmptyFieldErrorID() common.Hash {
	return common.HexToHash("0xa69290e7cac040ed0e694b9ddf4f08dea75b8deaa26a26ca604c3dd1384e4e45")
}

// UnpackEmptyFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyField(string field)
func (appRegistry *AppRegistry) UnpackEmptyFieldError(raw []byte) (*AppRegistryEmptyField, error) {
	out := new(AppRegistryEmptyField)
	if err := appRegistry.abi.UnpackIntoInterface(out, "EmptyField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryNotAssetOwner represents a NotAssetOwner error raised by the AppRegistry contract.
type AppRegistryNotAssetOwner struct {
	Asset  common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssetOwner(address asset, address caller)
func AppRegistryNotAssetOwnerErrorID() common.Hash {
	return common.HexToHash("0xc936f374b386ac32ec1060752d6b46bee2bce23243b2956e82cccef9cf91d723")
}

// UnpackNotAssetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssetOwner(address asset, address caller)
func (appRegistry *AppRegistry) UnpackNotAssetOwnerError(raw []byte) (*AppRegistryNotAssetOwner, error) {
	out := new(AppRegistryNotAssetOwner)
	if err := appRegistry.abi.UnpackIntoInterface(out, "NotAssetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryUnknownAsset represents a UnknownAsset error raised by the AppRegistry contract.
type AppRegistryUnknownAsset struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAsset(address asset)
func AppRegistryUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0xad61e2bae75b0f2414f083b808cda294f40340e22c8215a6f7684add1a3e0429")
}

// UnpackUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAsset(address asset)
func (appRegistry *AppRegistry) UnpackUnknownAssetError(raw []byte) (*AppRegistryUnknownAsset, error) {
	out := new(AppRegistryUnknownAsset)
	if err := appRegistry.abi.UnpackIntoInterface(out, "UnknownAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryUnknownKind represents a UnknownKind error raised by the AppRegistry contract.
type AppRegistryUnknownKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownKind(uint8 kind)
func AppRegistryUnknownKindErrorID() common.Hash {
	return common.HexToHash("0xbd3c90894f7b5a9cce89be28990c5c48eeecbdbc851f01ad4d59a4a38d093e0b")
}

// UnpackUnknownKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownKind(uint8 kind)
func (appRegistry *AppRegistry) UnpackUnknownKindError(raw []byte) (*AppRegistryUnknownKind, error) {
	out := new(AppRegistryUnknownKind)
	if err := appRegistry.abi.UnpackIntoInterface(out, "UnknownKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryZeroChecksum represents a ZeroChecksum error raised by the AppRegistry contract.
type AppRegistryZeroChecksum struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroChecksum()
func AppRegistryZeroChecksumErrorID() common.Hash {
	return common.HexToHash("0x23a8b72f31b62e235d1c28801c4b5532b6fcd4361b66c1b5649cabfbabf9b801")
}

// UnpackZeroChecksumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroChecksum()
func (appRegistry *AppRegistry) UnpackZeroChecksumError(raw []byte) (*AppRegistryZeroChecksum, error) {
	out := new(AppRegistryZeroChecksum)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ZeroChecksum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryMetaData contains all meta data concerning the DatasetRegistry contract.
var DatasetRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"EmptyField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAssetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnknownAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroChecksum\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"DatasetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"createDataset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"}],\"name\":\"datasetInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetRegistry.Dataset\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"isRegistered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"ownerOfAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"predictDataset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "2973024171bf74e3cf4408fddc445c94f7",
	Bin: "0x60806040523461032c57604080519081016001600160401b03811182821017610237576040908152600e82526d4572676f6e20446174617365747360901b602083015280519081016001600160401b038111828210176102375760405260078152664552474441544160c81b602082015281516001600160401b038111610237575f54600181811c91168015610322575b602082101461021957601f81116102b5575b50602092601f821160011461025657928192935f9261024b575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023757600154600181811c9116801561022d575b602082101461021957601f81116101ab575b50602091601f821160011461014b579181925f92610140575b50508160011b915f199060031b1c1916176001555b6040516113b190816103318239f35b015190505f8061011c565b601f1982169260015f52805f20915f5b8581106101935750836001951061017b575b505050811b01600155610131565b01515f1960f88460031b161c191690555f808061016d565b9192602060018192868501518155019401920161015b565b818111156101035760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610211575b81601f9101920160051c03905f5b828110610204575050610103565b5f828201556001016101f6565b5f91506101e8565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f1565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100bc565b601f198216935f8052805f20915f5b86811061029d5750836001959610610285575b505050811b015f556100d0565b01515f1960f88460031b161c191690555f8080610278565b91926020600181928685015181550194019201610265565b818111156100a2575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636020841061031a575b81601f9101920160051c03905f5b82811061030d5750506100a2565b5f828201556001016102ff565b5f91506102f1565b90607f1690610090565b5f80fdfe60c0806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714610cf25750806306fdde0314610c50578063081812fc14610c14578063095ea7b314610b2a57806312a35f9114610a3f5780631b32a875146109f957806323b872dd146109e257806342842e0e146109b95780634b6c7f34146104925780636352211e1461046257806370a082311461041157806395d89b4114610333578063a22cb4651461027f578063b88d4fde1461021d578063c1f1d577146101dd578063c3c5a5471461019b578063c87b56dd1461013e5763e985e9c5146100e4575f80fd5b3461013b57604036600319011261013b5760406100ff610d81565b91610108610d97565b9260018060a01b031681526005602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b80fd5b346101975760203660031901126101975761015a60043561130e565b505f60405161016a602082610e9c565b5261019360405161017c602082610e9c565b5f8152604051918291602083526020830190610d5d565b0390f35b5f80fd5b34610197576020366003190112610197576001600160a01b036101bc610d81565b165f526002602052602060018060a01b0360405f2054161515604051908152f35b34610197576020366003190112610197576001600160a01b036101fe610d81565b165f526002602052602060018060a01b0360405f205416604051908152f35b3461019757608036600319011261019757610236610d81565b61023e610d97565b6064359167ffffffffffffffff831161019757366023840112156101975761027361027d933690602481600401359101610eda565b91604435916111ce565b005b3461019757604036600319011261019757610298610d81565b60243590811515809203610197573315610320576001600160a01b031690811561030d57335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b34610197575f366003190112610197576040515f60015461035381610f10565b80845290600181169081156103ed575060011461038f575b6101938361037b81850382610e9c565b604051918291602083526020830190610d5d565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b8082106103d35750909150810160200161037b61036b565b9192600181602092548385880101520191019092916103bb565b60ff191660208086019190915291151560051b8401909101915061037b905061036b565b34610197576020366003190112610197576001600160a01b03610432610d81565b16801561044f575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b3461019757602036600319011261019757602061048060043561130e565b6040516001600160a01b039091168152f35b34610197576104a036610ddb565b93945f60805260406080526104d6608051516104be60805182610e9c565b60048152636e616d6560e01b60208201528588611372565b6080518051610505916104e99082610e9c565b60088152673637b1b0ba34b7b760c11b60208201528385611372565b84156109aa576080515161054b60208201610537836105298a888a8c8f8b89611008565b03601f198101855284610e9c565b91519091206001600160a01b039190611342565b1660a08190525f90815260026020526080519020546001600160a01b0316610995576001600160a01b03169485156109825760a0515f90815260026020526080519020546001600160a01b03168015159081610946575b875f5260036020526080515f206001815401905560a0515f5260026020526080515f20886001600160601b0360a01b82541617905560a05188827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a450610933576080515161061281610e80565b61061d368684610eda565b815261062a368486610eda565b90602081019182528660805182015260a0515f5260066020526080515f2091815180519067ffffffffffffffff82116108585781906106698654610f10565b601f81116108da575b50602090601f8311600114610877575f9261086c575b50508160011b915f199060031b1c19161783555b518051600184019167ffffffffffffffff8211610858576106bd8354610f10565b601f8111610807575b50602090601f831160011461077457937f1566e0677924451be83f7369dd17bec1460bd4fb101d2893608b1ef76b1be765999896938361074d99979460029461073f985f92610769575b50508160011b915f199060031b1c19161790555b60805101519101556080515195606087526060870191610fe8565b918483036020860152610fe8565b926080518201528060a051930390a360206080515160a0518152f35b015190508f80610710565b90601f19831691845f52815f20925f5b8181106107ef57508460029461073f98947f1566e0677924451be83f7369dd17bec1460bd4fb101d2893608b1ef76b1be7659e9d9b989461074d9d9b98600195106107d7575b505050811b019055610724565b01515f1960f88460031b161c191690558f80806107ca565b92936020600181928786015181550195019301610784565b828111156106c657835f5260205f20601f840160051c9060208510610850575b81601f9101920160051c03905f5b8281106108435750506106c6565b5f82820155600101610835565b5f9150610827565b634e487b7160e01b5f52604160045260245ffd5b015190508b80610688565b5f8781528281209350601f198516905b8181106108c257509084600195949392106108aa575b505050811b01835561069c565b01515f1960f88460031b161c191690558b808061089d565b92936020600181928786015181550195019301610887565b8281111561067257909150855f5260205f20601f840160051c906020851061092b575b849392601f0160051c82900391015f5b82811061091b575050610672565b5f8183015585945060010161090d565b5f91506108fd565b6339e3563760e11b5f525f60045260245ffd5b61096960a0515f52600460205260405f206001600160601b0360a01b8154169055565b805f5260036020526080515f205f1981540190556105a2565b633250574960e11b5f525f60045260245ffd5b6345ed80e960e01b5f5260a05160045260245ffd5b6323a8b72f60e01b5f5260045ffd5b346101975761027d6109ca36610e46565b90604051926109da602085610e9c565b5f84526111ce565b346101975761027d6109f336610e46565b91611046565b34610197576020610480610a37610a29610a1236610ddb565b916040979597969396519687958b8701998a611008565b03601f198101835282610e9c565b519020611342565b3461019757602036600319011261019757610a58610d81565b5f60408051610a6681610e80565b6060815260606020820152015260018060a01b0316805f52600260205260018060a01b0360405f20541615610b18575f526006602052610afa60405f2060405190610ab082610e80565b610ab981610f48565b8252610b0d6002610acc60018401610f48565b9260208501938452015491604084019283526040519485946020865251606060208701526080860190610d5d565b9051848203601f19016040860152610d5d565b905160608301520390f35b6356b0f15d60e11b5f5260045260245ffd5b3461019757604036600319011261019757610b43610d81565b602435610b4f8161130e565b33151580610c01575b80610bd4575b610bc15781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff1615610b5e565b506001600160a01b038116331415610b58565b3461019757602036600319011261019757600435610c318161130e565b505f526004602052602060018060a01b0360405f205416604051908152f35b34610197575f366003190112610197576040515f5f54610c6f81610f10565b80845290600181169081156103ed5750600114610c96576101938361037b81850382610e9c565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610cd85750909150810160200161037b61036b565b919260018160209254838588010152019101909291610cc0565b34610197576020366003190112610197576004359063ffffffff60e01b8216809203610197576020916380ac58cd60e01b8114908115610d4c575b8115610d3b575b5015158152f35b6301ffc9a760e01b14905083610d34565b635b5e139f60e01b81149150610d2d565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361019757565b602435906001600160a01b038216820361019757565b9181601f840112156101975782359167ffffffffffffffff8311610197576020838186019501011161019757565b906080600319830112610197576004356001600160a01b0381168103610197579160243567ffffffffffffffff81116101975781610e1b91600401610dad565b929092916044359067ffffffffffffffff821161019757610e3e91600401610dad565b909160643590565b6060906003190112610197576004356001600160a01b038116810361019757906024356001600160a01b0381168103610197579060443590565b6060810190811067ffffffffffffffff82111761085857604052565b90601f8019910116810190811067ffffffffffffffff82111761085857604052565b67ffffffffffffffff811161085857601f01601f191660200190565b929192610ee682610ebe565b91610ef46040519384610e9c565b829481845281830111610197578281602093845f960137010152565b90600182811c92168015610f3e575b6020831014610f2a57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610f1f565b9060405191825f825492610f5b84610f10565b8084529360018116908115610fc65750600114610f82575b50610f8092500383610e9c565b565b90505f9291925260205f20905f915b818310610faa575050906020610f80928201015f610f73565b6020919350806001915483858901015201910190918492610f91565b905060209250610f8094915060ff191682840152151560051b8201015f610f73565b908060209392818452848401375f828201840152601f01601f1916010190565b9695949060609492611041946110339260018060a01b03168a52608060208b015260808a0191610fe8565b918783036040890152610fe8565b930152565b6001600160a01b0390911691908215610982575f828152600260205260409020546001600160a01b031692829033151580611139575b5084611106575b805f52600360205260405f2060018154019055815f52600260205260405f20816001600160601b0360a01b825416179055847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b03168083036110ee57505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f82815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f198154019055611083565b9091508061117d575b1561114f5782905f61107c565b828461116757637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b5033841480156111ac575b8061114257505f838152600460205260409020546001600160a01b03163314611142565b505f84815260056020908152604080832033845290915290205460ff16611188565b92916111db818386611046565b813b6111e8575b50505050565b604051630a85bd0160e11b81523360048201526001600160a01b0394851660248201526044810191909152608060648201529216919060209082908190611233906084830190610d5d565b03815f865af15f91816112c9575b5061129657503d1561128f573d61125781610ebe565b906112656040519283610e9c565b81523d5f602083013e5b8051908161128a5782633250574960e11b5f5260045260245ffd5b602001fd5b606061126f565b6001600160e01b03191663757a42ff60e11b016112b757505f8080806111e2565b633250574960e11b5f5260045260245ffd5b9091506020813d602011611306575b816112e560209383610e9c565b8101031261019757516001600160e01b03198116810361019757905f611241565b3d91506112d8565b5f818152600260205260409020546001600160a01b0316908115611330575090565b637e27328960e01b5f5260045260245ffd5b604051906020820190308252604083015260408252611362606083610e9c565b905190206001600160a01b031690565b501561137b5750565b60405163a69290e760e01b8152602060048201529081906113a0906024830190610d5d565b0390fdfea164736f6c6343000825000a",
}

// DatasetRegistry is an auto generated Go binding around an Ethereum contract.
type DatasetRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DatasetRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewDatasetRegistry creates a new instance of DatasetRegistry.
func NewDatasetRegistry() *DatasetRegistry {
	parsed, err := DatasetRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DatasetRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DatasetRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (datasetRegistry *DatasetRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (datasetRegistry *DatasetRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return datasetRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (datasetRegistry *DatasetRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b6c7f34.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDataset(address owner, string name, string location, bytes32 checksum) returns(address dataset)
func (datasetRegistry *DatasetRegistry) PackCreateDataset(owner common.Address, name string, location string, checksum [32]byte) []byte {
	enc, err := datasetRegistry.abi.Pack("createDataset", owner, name, location, checksum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b6c7f34.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDataset(address owner, string name, string location, bytes32 checksum) returns(address dataset)
func (datasetRegistry *DatasetRegistry) TryPackCreateDataset(owner common.Address, name string, location string, checksum [32]byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("createDataset", owner, name, location, checksum)
}

// UnpackCreateDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b6c7f34.
//
// Solidity: function createDataset(address owner, string name, string location, bytes32 checksum) returns(address dataset)
func (datasetRegistry *DatasetRegistry) UnpackCreateDataset(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("createDataset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDatasetInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12a35f91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetInfo(address dataset) view returns((string,string,bytes32))
func (datasetRegistry *DatasetRegistry) PackDatasetInfo(dataset common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("datasetInfo", dataset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12a35f91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetInfo(address dataset) view returns((string,string,bytes32))
func (datasetRegistry *DatasetRegistry) TryPackDatasetInfo(dataset common.Address) ([]byte, error) {
	return datasetRegistry.abi.Pack("datasetInfo", dataset)
}

// UnpackDatasetInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x12a35f91.
//
// Solidity: function datasetInfo(address dataset) view returns((string,string,bytes32))
func (datasetRegistry *DatasetRegistry) UnpackDatasetInfo(data []byte) (DatasetRegistryDataset, error) {
	out, err := datasetRegistry.abi.Unpack("datasetInfo", data)
	if err != nil {
		return *new(DatasetRegistryDataset), err
	}
	out0 := *abi.ConvertType(out[0], new(DatasetRegistryDataset)).(*DatasetRegistryDataset)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (datasetRegistry *DatasetRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (datasetRegistry *DatasetRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return datasetRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (datasetRegistry *DatasetRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := datasetRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c5a547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRegistered(address asset) view returns(bool)
func (datasetRegistry *DatasetRegistry) PackIsRegistered(asset common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("isRegistered", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c5a547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRegistered(address asset) view returns(bool)
func (datasetRegistry *DatasetRegistry) TryPackIsRegistered(asset common.Address) ([]byte, error) {
	return datasetRegistry.abi.Pack("isRegistered", asset)
}

// UnpackIsRegistered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3c5a547.
//
// Solidity: function isRegistered(address asset) view returns(bool)
func (datasetRegistry *DatasetRegistry) UnpackIsRegistered(data []byte) (bool, error) {
	out, err := datasetRegistry.abi.Unpack("isRegistered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (datasetRegistry *DatasetRegistry) PackName() []byte {
	enc, err := datasetRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (datasetRegistry *DatasetRegistry) TryPackName() ([]byte, error) {
	return datasetRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (datasetRegistry *DatasetRegistry) UnpackName(data []byte) (string, error) {
	out, err := datasetRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (datasetRegistry *DatasetRegistry) PackOwnerOfAsset(asset common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("ownerOfAsset", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (datasetRegistry *DatasetRegistry) TryPackOwnerOfAsset(asset common.Address) ([]byte, error) {
	return datasetRegistry.abi.Pack("ownerOfAsset", asset)
}

// UnpackOwnerOfAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1f1d577.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (datasetRegistry *DatasetRegistry) UnpackOwnerOfAsset(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("ownerOfAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredictDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b32a875.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictDataset(address owner, string name, string location, bytes32 checksum) view returns(address)
func (datasetRegistry *DatasetRegistry) PackPredictDataset(owner common.Address, name string, location string, checksum [32]byte) []byte {
	enc, err := datasetRegistry.abi.Pack("predictDataset", owner, name, location, checksum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b32a875.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictDataset(address owner, string name, string location, bytes32 checksum) view returns(address)
func (datasetRegistry *DatasetRegistry) TryPackPredictDataset(owner common.Address, name string, location string, checksum [32]byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("predictDataset", owner, name, location, checksum)
}

// UnpackPredictDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b32a875.
//
// Solidity: function predictDataset(address owner, string name, string location, bytes32 checksum) view returns(address)
func (datasetRegistry *DatasetRegistry) UnpackPredictDataset(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("predictDataset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (datasetRegistry *DatasetRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := datasetRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (datasetRegistry *DatasetRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (datasetRegistry *DatasetRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := datasetRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (datasetRegistry *DatasetRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return datasetRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (datasetRegistry *DatasetRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := datasetRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (datasetRegistry *DatasetRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (datasetRegistry *DatasetRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := datasetRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (datasetRegistry *DatasetRegistry) PackSymbol() []byte {
	enc, err := datasetRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (datasetRegistry *DatasetRegistry) TryPackSymbol() ([]byte, error) {
	return datasetRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (datasetRegistry *DatasetRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := datasetRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (datasetRegistry *DatasetRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (datasetRegistry *DatasetRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (datasetRegistry *DatasetRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := datasetRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// DatasetRegistryApproval represents a Approval event raised by the DatasetRegistry contract.
type DatasetRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryApproval) ContractEventName() string {
	return DatasetRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (datasetRegistry *DatasetRegistry) UnpackApprovalEvent(log *types.Log) (*DatasetRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatasetRegistryApproval)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DatasetRegistryApprovalForAll represents a ApprovalForAll event raised by the DatasetRegistry contract.
type DatasetRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryApprovalForAll) ContractEventName() string {
	return DatasetRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (datasetRegistry *DatasetRegistry) UnpackApprovalForAllEvent(log *types.Log) (*DatasetRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatasetRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DatasetRegistryDatasetCreated represents a DatasetCreated event raised by the DatasetRegistry contract.
type DatasetRegistryDatasetCreated struct {
	Dataset  common.Address
	Owner    common.Address
	Name     string
	Location string
	Checksum [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryDatasetCreatedEventName = "DatasetCreated"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryDatasetCreated) ContractEventName() string {
	return DatasetRegistryDatasetCreatedEventName
}

// UnpackDatasetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetCreated(address indexed dataset, address indexed owner, string name, string location, bytes32 checksum)
func (datasetRegistry *DatasetRegistry) UnpackDatasetCreatedEvent(log *types.Log) (*DatasetRegistryDatasetCreated, error) {
	event := "DatasetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatasetRegistryDatasetCreated)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DatasetRegistryTransfer represents a Transfer event raised by the DatasetRegistry contract.
type DatasetRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryTransfer) ContractEventName() string {
	return DatasetRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (datasetRegistry *DatasetRegistry) UnpackTransferEvent(log *types.Log) (*DatasetRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatasetRegistryTransfer)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (datasetRegistry *DatasetRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["EmptyField"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackEmptyFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["NotAssetOwner"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackNotAssetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["UnknownAsset"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackUnknownAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ZeroChecksum"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackZeroChecksumError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DatasetRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the DatasetRegistry contract.
type DatasetRegistryAlreadyRegistered struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address asset)
func DatasetRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address asset)
func (datasetRegistry *DatasetRegistry) UnpackAlreadyRegisteredError(raw []byte) (*DatasetRegistryAlreadyRegistered, error) {
	out := new(DatasetRegistryAlreadyRegistered)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the DatasetRegistry contract.
type DatasetRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func DatasetRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (datasetRegistry *DatasetRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*DatasetRegistryERC721IncorrectOwner, error) {
	out := new(DatasetRegistryERC721IncorrectOwner)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func DatasetRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (datasetRegistry *DatasetRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*DatasetRegistryERC721InsufficientApproval, error) {
	out := new(DatasetRegistryERC721InsufficientApproval)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func DatasetRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidApproverError(raw []byte) (*DatasetRegistryERC721InvalidApprover, error) {
	out := new(DatasetRegistryERC721InvalidApprover)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func DatasetRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*DatasetRegistryERC721InvalidOperator, error) {
	out := new(DatasetRegistryERC721InvalidOperator)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func DatasetRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*DatasetRegistryERC721InvalidOwner, error) {
	out := new(DatasetRegistryERC721InvalidOwner)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func DatasetRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*DatasetRegistryERC721InvalidReceiver, error) {
	out := new(DatasetRegistryERC721InvalidReceiver)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func DatasetRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidSenderError(raw []byte) (*DatasetRegistryERC721InvalidSender, error) {
	out := new(DatasetRegistryERC721InvalidSender)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the DatasetRegistry contract.
type DatasetRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func DatasetRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (datasetRegistry *DatasetRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*DatasetRegistryERC721NonexistentToken, error) {
	out := new(DatasetRegistryERC721NonexistentToken)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryEmptyField represents a EmptyField error raised by the DatasetRegistry contract.
type DatasetRegistryEmptyField struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyField(string field)
func DatasetRegistryEmptyFieldErrorID() common.Hash {
	return common.HexToHash("0xa69290e7cac040ed0e694b9ddf4f08dea75b8deaa26a26ca604c3dd1384e4e45")
}

// UnpackEmptyFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyField(string field)
func (datasetRegistry *DatasetRegistry) UnpackEmptyFieldError(raw []byte) (*DatasetRegistryEmptyField, error) {
	out := new(DatasetRegistryEmptyField)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "EmptyField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryNotAssetOwner represents a NotAssetOwner error raised by the DatasetRegistry contract.
type DatasetRegistryNotAssetOwner struct {
	Asset  common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssetOwner(address asset, address caller)
func DatasetRegistryNotAssetOwnerErrorID() common.Hash {
	return common.HexToHash("0xc936f374b386ac32ec1060752d6b46bee2bce23243b2956e82cccef9cf91d723")
}

// UnpackNotAssetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssetOwner(address asset, address caller)
func (datasetRegistry *DatasetRegistry) UnpackNotAssetOwnerError(raw []byte) (*DatasetRegistryNotAssetOwner, error) {
	out := new(DatasetRegistryNotAssetOwner)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "NotAssetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryUnknownAsset represents a UnknownAsset error raised by the DatasetRegistry contract.
type DatasetRegistryUnknownAsset struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAsset(address asset)
func DatasetRegistryUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0xad61e2bae75b0f2414f083b808cda294f40340e22c8215a6f7684add1a3e0429")
}

// UnpackUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAsset(address asset)
func (datasetRegistry *DatasetRegistry) UnpackUnknownAssetError(raw []byte) (*DatasetRegistryUnknownAsset, error) {
	out := new(DatasetRegistryUnknownAsset)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "UnknownAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryZeroChecksum represents a ZeroChecksum error raised by the DatasetRegistry contract.
type DatasetRegistryZeroChecksum struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroChecksum()
func DatasetRegistryZeroChecksumErrorID() common.Hash {
	return common.HexToHash("0x23a8b72f31b62e235d1c28801c4b5532b6fcd4361b66c1b5649cabfbabf9b801")
}

// UnpackZeroChecksumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroChecksum()
func (datasetRegistry *DatasetRegistry) UnpackZeroChecksumError(raw []byte) (*DatasetRegistryZeroChecksum, error) {
	out := new(DatasetRegistryZeroChecksum)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ZeroChecksum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubMetaData contains all meta data concerning the ErgonHub contract.
var ErgonHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractAppRegistry\",\"name\":\"apps_\",\"type\":\"address\"},{\"internalType\":\"contractDatasetRegistry\",\"name\":\"datasets_\",\"type\":\"address\"},{\"internalType\":\"contractWorkerpoolRegistry\",\"name\":\"workerpools_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"kittyMin_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"contractOrderDesk\",\"name\":\"orderDesk_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"AlreadyContributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"requested\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"offered\",\"type\":\"address\"}],\"name\":\"AssetMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"BadAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"BadEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"BadOrderSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"BadWorkerSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"CallbackDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestCategory\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolCategory\",\"type\":\"uint256\"}],\"name\":\"CategoryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ContributionDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"DealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"DigestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"EnclaveChallengeRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"FinalDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"FinalDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"HasReveals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"NoReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"NotAWinner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"revealed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"}],\"name\":\"NotAllRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"NotEnoughGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOrderOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"NotScheduler\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"OrderConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"}],\"name\":\"PriceTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"restricted\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"Restricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"missing\",\"type\":\"bytes32\"}],\"name\":\"TagNotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"}],\"name\":\"TaskOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TeeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TooManyContributions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestTrust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolTrust\",\"type\":\"uint256\"}],\"name\":\"TrustTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"}],\"name\":\"TrustTooHighForShortcut\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnknownAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"}],\"name\":\"UnknownCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"ZeroResultHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTimeRef\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"CallbackFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"appOrderHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetOrderHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"workerpoolOrderHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestOrderHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"name\":\"DealCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"results\",\"type\":\"string\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CONTRIBUTIONS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TRUST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TAG_TEE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WORKERPOOL_STAKE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"appRegistry\",\"outputs\":[{\"internalType\":\"contractAppRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"categoryCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"}],\"name\":\"categoryOf\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"internalType\":\"structHubBase.Category\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"consensus\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structContribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskState\",\"name\":\"state\",\"type\":\"tuple\"}],\"internalType\":\"structClaimItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"consensus\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structContribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskState\",\"name\":\"state\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclaveChallenge\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"results\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveChallenge\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"name\":\"contributeAndFinalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"results\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveChallenge\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignature\",\"name\":\"enclaveSign\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignature\",\"name\":\"workerSign\",\"type\":\"tuple\"}],\"internalType\":\"structContributeAndFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeAndFinalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"consensus\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structContribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskState\",\"name\":\"state\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignature\",\"name\":\"workerSign\",\"type\":\"tuple\"}],\"internalType\":\"structSignedContribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"challenge\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignature\",\"name\":\"sign\",\"type\":\"tuple\"}],\"internalType\":\"structEnclave[]\",\"name\":\"enclaves\",\"type\":\"tuple[]\"}],\"internalType\":\"structContributeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"createCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetRegistry\",\"outputs\":[{\"internalType\":\"contractDatasetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"dealHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"consensus\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structContribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskState\",\"name\":\"state\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"results\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignature[]\",\"name\":\"revealSigns\",\"type\":\"tuple[]\"}],\"internalType\":\"structFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"finalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kitty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kittyMin\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"}],\"name\":\"matchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"orderDesk\",\"outputs\":[{\"internalType\":\"contractOrderDesk\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"presigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"consensus\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structContribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskState\",\"name\":\"state\",\"type\":\"tuple\"}],\"name\":\"reopen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"resultDigestMatches\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"consensus\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structContribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskState\",\"name\":\"state\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"consensus\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structContribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskState\",\"name\":\"state\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignature[]\",\"name\":\"workerSigns\",\"type\":\"tuple[]\"}],\"internalType\":\"structRevealItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"}],\"name\":\"sponsorMatchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"taskId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"taskSlot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"consensus\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structContribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskState\",\"name\":\"state\",\"type\":\"tuple\"}],\"name\":\"taskStateHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"taskStatus\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"workerScore\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"workerpoolRegistry\",\"outputs\":[{\"internalType\":\"contractWorkerpoolRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "cb6d4756282be349cff62d402fafed0af5",
	Bin: "0x61022080604052346104825760e08161702f803803809161002082856104b5565b8339810103126104825780516001600160a01b03811681036104825760208201516001600160a01b03811681036104825760408301516001600160a01b0381168103610482576060840151916001600160a01b038316830361048257608085015160a08601516001600160a01b03811696919591908790036104825760c00151956001600160a01b038716870361048257604051906100c06040836104b5565b60058252602082016422b933b7b760d91b8152604051926100e26040856104b5565b600184526020840192603160f81b8452801561046f575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a361014181611467565b6101205261014e84611467565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526101b760c0826104b5565b5190206080523060c05261016052610180526101a0526101c0526101e052610200526102376040516101ea6040826104b5565b6002815261585360f01b6020820152604051906102086040836104b5565b601c82527f457874726120736d616c6c3a20757020746f2035206d696e757465730000000060208301526104fc565b506102956040516102496040826104b5565b60018152605360f81b6020820152604051906102666040836104b5565b601782527f536d616c6c3a20757020746f203230206d696e75746573000000000000000000602083015261085b565b506102f36040516102a76040826104b5565b60018152604d60f81b6020820152604051906102c46040836104b5565b601482527f4d656469756d3a20757020746f203120686f75720000000000000000000000006020830152610b5e565b506103516040516103056040826104b5565b60018152601360fa1b6020820152604051906103226040836104b5565b601482527f4c617267653a20757020746f203320686f7572730000000000000000000000006020830152610e61565b506103b06040516103636040826104b5565b6002815261161360f21b6020820152604051906103816040836104b5565b601b82527f4578747261206c617267653a20757020746f20313020686f75727300000000006020830152611164565b50604051615b3390816114bc823960805181613f0b015260a05181613fc2015260c05181613ed5015260e05181613f5a01526101005181613f80015261012051816111f001526101405181611219015261016051818181611b2601528181613280015261332601526101805181818161171601526144a001526101a051818181610b03015261472b01526101c05181818161141f015261457f01526101e0518181816112ec0152614bc5015261020051818181611ae201526121c30152f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b606081019081106001600160401b038211176104a157604052565b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b038211908210176104a157604052565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9091600554916040519361050f85610486565b81855260208501948186526040810161012c8152680100000000000000008610156104a15760018601806005558610156108475760055f5290518051600387025f51602061700f5f395f51905f520192916001600160401b0382116104a157835490600182811c9216801561083d575b60208310146107585781601f8493116107e4575b50602090601f8311600114610781575f92610776575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104a15781549860018a811c9a16801561076c575b60208b101461075857601f8a11610709575b8899505f98979850602090601f831160011461068857936106629693835f516020616fef5f395f51905f52999794600294610670985f9261067d575b50508160011b915f199060031b1c19161790555b519101556040519384936060855260608501906104d8565b9083820360208501526104d8565b61012c60408301520390a2565b015190505f80610636565b90601f19831691845f52815f20925f5b8181106106ee57508460029461067098946106629b98945f516020616fef5f395f51905f529d9b98600195106106d6575b505050811b01905561064a565b01515f1960f88460031b161c191690555f80806106c9565b8284015185558d9b5060019094019360209384019301610698565b818a11156105fa57825f5260205f20601f830160051c9060208410610750575b81019a601f0160051c035f5b8181106107435750506105fa565b5f8c820155600101610735565b5f9150610729565b634e487b7160e01b5f52602260045260245ffd5b99607f16996105e8565b015190505f806105a9565b5f8681528281209350601f198516905b8181106107cc57509084600195949392106107b4575b505050811b0182556105bd565b01515f1960f88460031b161c191690555f80806107a7565b92936020600181928786015181550195019301610791565b8281111561059357909150845f5260205f20601f840160051c9060208510610835575b849392601f0160051c82900391015f5b828110610825575050610593565b5f81830155859450600101610817565b5f9150610807565b91607f169161057f565b634e487b7160e01b5f52603260045260245ffd5b9091600554916040519361086e85610486565b8185526020850194818652604081016104b08152680100000000000000008610156104a15760018601806005558610156108475760055f5290518051600387025f51602061700f5f395f51905f520192916001600160401b0382116104a157835490600182811c92168015610b54575b60208310146107585781601f849311610afb575b50602090601f8311600114610a98575f92610a8d575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104a15781549860018a811c9a168015610a83575b60208b101461075857601f8a11610a34575b8899505f98979850602090601f83116001146109cc57936106629693835f516020616fef5f395f51905f529997946002946109bf985f9261067d5750508160011b915f199060031b1c1916179055519101556040519384936060855260608501906104d8565b6104b060408301520390a2565b90601f19831691845f52815f20925f5b818110610a195750846002946109bf98946106629b98945f516020616fef5f395f51905f529d9b98600195106106d657505050811b01905561064a565b8284015185558d9b50600190940193602093840193016109dc565b818a111561095957825f5260205f20601f830160051c9060208410610a7b575b81019a601f0160051c035f5b818110610a6e575050610959565b5f8c820155600101610a60565b5f9150610a54565b99607f1699610947565b015190505f80610908565b5f8681528281209350601f198516905b818110610ae35750908460019594939210610acb575b505050811b01825561091c565b01515f1960f88460031b161c191690555f8080610abe565b92936020600181928786015181550195019301610aa8565b828111156108f257909150845f5260205f20601f840160051c9060208510610b4c575b849392601f0160051c82900391015f5b828110610b3c5750506108f2565b5f81830155859450600101610b2e565b5f9150610b1e565b91607f16916108de565b90916005549160405193610b7185610486565b818552602085019481865260408101610e108152680100000000000000008610156104a15760018601806005558610156108475760055f5290518051600387025f51602061700f5f395f51905f520192916001600160401b0382116104a157835490600182811c92168015610e57575b60208310146107585781601f849311610dfe575b50602090601f8311600114610d9b575f92610d90575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104a15781549860018a811c9a168015610d86575b60208b101461075857601f8a11610d37575b8899505f98979850602090601f8311600114610ccf57936106629693835f516020616fef5f395f51905f52999794600294610cc2985f9261067d5750508160011b915f199060031b1c1916179055519101556040519384936060855260608501906104d8565b610e1060408301520390a2565b90601f19831691845f52815f20925f5b818110610d1c575084600294610cc298946106629b98945f516020616fef5f395f51905f529d9b98600195106106d657505050811b01905561064a565b8284015185558d9b5060019094019360209384019301610cdf565b818a1115610c5c57825f5260205f20601f830160051c9060208410610d7e575b81019a601f0160051c035f5b818110610d71575050610c5c565b5f8c820155600101610d63565b5f9150610d57565b99607f1699610c4a565b015190505f80610c0b565b5f8681528281209350601f198516905b818110610de65750908460019594939210610dce575b505050811b018255610c1f565b01515f1960f88460031b161c191690555f8080610dc1565b92936020600181928786015181550195019301610dab565b82811115610bf557909150845f5260205f20601f840160051c9060208510610e4f575b849392601f0160051c82900391015f5b828110610e3f575050610bf5565b5f81830155859450600101610e31565b5f9150610e21565b91607f1691610be1565b90916005549160405193610e7485610486565b818552602085019481865260408101612a308152680100000000000000008610156104a15760018601806005558610156108475760055f5290518051600387025f51602061700f5f395f51905f520192916001600160401b0382116104a157835490600182811c9216801561115a575b60208310146107585781601f849311611101575b50602090601f831160011461109e575f92611093575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104a15781549860018a811c9a168015611089575b60208b101461075857601f8a1161103a575b8899505f98979850602090601f8311600114610fd257936106629693835f516020616fef5f395f51905f52999794600294610fc5985f9261067d5750508160011b915f199060031b1c1916179055519101556040519384936060855260608501906104d8565b612a3060408301520390a2565b90601f19831691845f52815f20925f5b81811061101f575084600294610fc598946106629b98945f516020616fef5f395f51905f529d9b98600195106106d657505050811b01905561064a565b8284015185558d9b5060019094019360209384019301610fe2565b818a1115610f5f57825f5260205f20601f830160051c9060208410611081575b81019a601f0160051c035f5b818110611074575050610f5f565b5f8c820155600101611066565b5f915061105a565b99607f1699610f4d565b015190505f80610f0e565b5f8681528281209350601f198516905b8181106110e957509084600195949392106110d1575b505050811b018255610f22565b01515f1960f88460031b161c191690555f80806110c4565b929360206001819287860151815501950193016110ae565b82811115610ef857909150845f5260205f20601f840160051c9060208510611152575b849392601f0160051c82900391015f5b828110611142575050610ef8565b5f81830155859450600101611134565b5f9150611124565b91607f1691610ee4565b9091600554916040519361117785610486565b818552602085019481865260408101618ca08152680100000000000000008610156104a15760018601806005558610156108475760055f5290518051600387025f51602061700f5f395f51905f520192916001600160401b0382116104a157835490600182811c9216801561145d575b60208310146107585781601f849311611404575b50602090601f83116001146113a1575f92611396575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104a15781549860018a811c9a16801561138c575b60208b101461075857601f8a1161133d575b8899505f98979850602090601f83116001146112d557936106629693835f516020616fef5f395f51905f529997946002946112c8985f9261067d5750508160011b915f199060031b1c1916179055519101556040519384936060855260608501906104d8565b618ca060408301520390a2565b90601f19831691845f52815f20925f5b8181106113225750846002946112c898946106629b98945f516020616fef5f395f51905f529d9b98600195106106d657505050811b01905561064a565b8284015185558d9b50600190940193602093840193016112e5565b818a111561126257825f5260205f20601f830160051c9060208410611384575b81019a601f0160051c035f5b818110611377575050611262565b5f8c820155600101611369565b5f915061135d565b99607f1699611250565b015190505f80611211565b5f8681528281209350601f198516905b8181106113ec57509084600195949392106113d4575b505050811b018255611225565b01515f1960f88460031b161c191690555f80806113c7565b929360206001819287860151815501950193016113b1565b828111156111fb57909150845f5260205f20601f840160051c9060208510611455575b849392601f0160051c82900391015f5b8281106114455750506111fb565b5f81830155859450600101611437565b5f9150611427565b91607f16916111e7565b601f815111611492576020815191015160208210611483571790565b5f198260200360031b1b161790565b60405163305a27a960e01b8152602060048201529081906114b79060248301906104d8565b0390fdfe60806040526004361015610019575b34156121b9575b5f80fd5b5f3560e01c806307310d261461032357806309a73a6e1461031e5780630baccd75146103195780630de90c67146103145780630e7a34821461030f578063156194d41461030a5780631da8e54f14610305578063245d87cd1461030057806329263b4e146102fb578063298503d9146102f65780632be32dbb146102f15780632e1a7d4d146102ec5780632f391533146102e75780633103d6e6146102e25780633235ad13146102dd57806336efd16f146102d85780633e508aca146102d35780634648c943146102ce5780634ec3b9e3146102c95780634f4f977d146102c457806351152de11461028357806351c3efa2146102bf5780635fde601d146102ba5780636862766f146102b557806370dfcd68146102b0578063715018a6146102ab5780637b244832146102a65780638086b8ba146102a157806384b0196e1461029c5780638a3e759b146102975780638da5cb5b146102925780638ed914cd1461028d5780638fb0f8fa1461028857806390fc26b114610283578063922e5d4b1461027e5780639779ea4614610279578063a1d344df14610274578063a8df13d91461026f578063b6b55f251461026a578063bb4fceb914610265578063c0663cde14610260578063c7f6e6971461025b578063c86283c814610256578063dd8bf9ad14610251578063f2fde38b1461024c578063f698da2514610247578063f85f4de914610242578063fc0c546a1461023d5763fe46b8ee0361000e57611b55565b611b11565b611acd565b611ab3565b611a2a565b6119ef565b6119c7565b611923565b611745565b611701565b6116e4565b611621565b6115d3565b6115b6565b61144e565b610c00565b61140a565b611374565b61130f565b6112d5565b6111d8565b611169565b61114e565b6110f7565b610f4d565b610e9b565b610e80565b610c8f565b610be6565b610bcb565b610ba1565b610b86565b610b5e565b610aee565b610ac4565b610aa9565b610a8c565b610a6f565b61081e565b6107a4565b610708565b6106db565b6106ab565b6105cb565b61040a565b6103db565b6103b1565b610336565b908160809103126100155790565b34610015576060366003190112610015576004356024356001600160401b0381116100155761036b60ff913690600401610328565b9161037a60443580948361225d565b92166002810361039b5750610394610399933384846124cb565b612658565b005b9063276065d160e21b5f5260045260245260445ffd5b34610015576020366003190112610015576004355f526009602052602060405f2054604051908152f35b34610015575f366003190112610015576020600454604051908152f35b6102e090602319011261001557602490565b346100155761034036600319011261001557600435610428366103f8565b61030435610324356001600160401b03811161001557610474918361045461046d933690600401610328565b9561045f828261268e565b610468826128b7565b6128fb565b92836123ed565b90600260ff8216036105b157506020810191825180421061059a575061049990612999565b8042101561058357505f5f5b606083015181101561053b57608083015160a08202016020016080810151600281146105265760011480610518575b6104e2575b506001016104a5565b600191926104f38260806003910152565b806105055750602001515b91906104d9565b602061051392015190611be0565b6104fe565b5060408101518451146104d4565b63f9a895ad60e01b5f52600487905260245b5ffd5b5061055d925f9161055160408501918251611c0f565b90528183525282612658565b7f3afe0f24796ce653c6ab1f3e7aba5ce564eece5e82aee724aff28253e829f07b5f80a2005b63d9f7451f60e01b5f52600484905260245260445ffd5b63e45aebb960e01b5f52600485905260245260445ffd5b63276065d160e21b5f52600484905260ff1660245260445ffd5b34610015576020366003190112610015576004355f526007602052602060018060a01b0360405f205416604051908152f35b90816101209103126100155790565b90816102009103126100155790565b906080600319830112610015576004356001600160401b0381116100155782610646916004016105fd565b916024356001600160401b0381116100155781610665916004016105fd565b916044356001600160401b0381116100155761016081840360031901126100155760040191606435906001600160401b038211610015576106a89160040161060c565b90565b346100155760206106d36106be3661061b565b9160c0830135936106ce85610b32565b612c4b565b604051908152f35b34610015576020366003190112610015576004355f526009602052602060ff60405f205416604051908152f35b34610015576020366003190112610015576004356001600160401b03811161001557610738903690600401610328565b60406107426121fe565b61074f6060840184612228565b92909380358352602081013560208401520135604082015281606082015260a082029180830460a0149015171561079f57602092826107906106d394612fd0565b91858301376080820152613072565b611b74565b346100155760403660031901126100155760408051600435602082810191825260243593830193909352906107e681606081015b03601f198101835282611c70565b519020604051908152f35b9181601f84011215610015578235916001600160401b038311610015576020838186019501011161001557565b34610015576060366003190112610015576004356001600160401b0381116100155761084e9036906004016107f1565b6024356001600160401b0381116100155761088a926108746108929236906004016107f1565b949091604435946108836130cb565b3691611cbc565b933691611cbc565b918115610a6057600554916040516108a981611c3a565b82815260208101858152604082019083825268010000000000000000861015610a4857600186016005556108dc86611e4b565b939093610a4d57518051906001600160401b038211610a4857610909826109038754611e67565b876130f1565b602090601f83116001146109ab578897946109796109899561096c867f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc19b9761099c9f9b976002975f926109a0575b50508160011b915f199060031b1c19161790565b85555b516001850161314e565b519101556040519384938461320d565b0390a26040519081529081906020820190565b0390f35b015190505f80610958565b90601f198316916109bf875f5260205f2090565b925f5b818110610a3057506109899560018661099c9e9a966002968f9e9b967f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc19e9a6109799710610a18575b505050811b01855561096f565b01515f1960f88460031b161c191690555f8080610a0b565b929360206001819287860151815501950193016109c2565b611c26565b634e487b7160e01b5f525f60045260245ffd5b63051573ed60e31b5f5260045ffd5b34610015575f366003190112610015576020600554604051908152f35b34610015576020366003190112610015576103993360043561323b565b346100155760206106d3610abc3661061b565b913393612c4b565b34610015576020366003190112610015576004355f526008602052602060405f2054604051908152f35b34610015575f366003190112610015576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b6001600160a01b0381160361001557565b6103843590610b5182610b32565b565b3590610b5182610b32565b3461001557604036600319011261001557610399600435602435610b8181610b32565b61331d565b34610015575f36600319011261001557602060405160018152f35b34610015576020366003190112610015576004355f526006602052602060405f2054604051908152f35b34610015575f366003190112610015576020604051601e8152f35b34610015575f366003190112610015576020604051818152f35b34610015575f366003190112610015576020604051600a8152f35b9181601f84011215610015578235916001600160401b038311610015576020808501948460051b01011161001557565b61032060031982011261001557600435916102e06023198301126100155760249161030435906001600160401b03821161001557610c8b91600401610c1b565b9091565b3461001557610c9d36610c4b565b9091610ca9818561268e565b610cb2816128b7565b610cba613407565b5f5b838110610d5d575090610cd26101a092826136d9565b01916001600160a01b03610ce584611c1c565b16610cec57005b5f5b828110610cf757005b80610d57610d086001938686611d06565b35604051610d2a816107d860208201948c869091604092825260208201520190565b519020610d3687611c1c565b90610d4f610d45858989611d06565b6080810190611d2e565b92909161376e565b01610cee565b610d68818587611d06565b610d74813585896128fb565b906040810135610d8b81845f5260205260405f2090565b6020830191610dba8186610d9e86611c1c565b90916054926040519260601b8352601483015260348201522090565b9260a08501610de2610dd6610dce83611c1c565b87878b61344a565b61010088019089613495565b610dfa610dee84611c1c565b6001600160a01b031690565b6001600160a01b0390911603610e6c579488948a948894610e44610e5e95610e3f60019d9c8a610e2c610e669e611c1c565b888860c08c01359360e08d0135956134f5565b611c1c565b610e516060860186611d2e565b9690956080810190611d2e565b9890976135a8565b01610cbc565b6358fc57f960e11b5f52600487905260245ffd5b34610015575f36600319011261001557602060405160028152f35b34610015576020366003190112610015576004356001600160401b03811161001557610ecb903690600401610c1b565b5f5b818110610ed657005b60ff610ee3828486611d75565b803590610ef36020820182611d60565b90610f04604082013580938561225d565b941660028103610f375750916103946001959492610f29856060610f31970190611d8c565b91858561380b565b01610ecd565b8363276065d160e21b5f5260045260245260445ffd5b3461001557610f5b36610c4b565b610f68838594939561268e565b610f71826128b7565b5f935b818510610f7d57005b610f88858383611d75565b94610f95863585876128fb565b610fa26040880188611dc1565b80156110e757610fb560608a018a611df6565b90811515928380946110dd575b6110c957610fe681610fe08e610fef9a9b9c9d9e9f60200190611d60565b88612486565b97908c8861388c565b5f5b818110611015575050505050506001929161100b91612658565b0193929190610f74565b87516110b0578b611027828489611e2b565b86156110a45761103b610e3f848888611e3b565b90828b8b602061104c888c8c611e3b565b013594604061105c898d8d611e3b565b013590955b8535968796602081013598899161107a8484848a61344a565b906040016110889188613495565b97611092966134f5565b61109c948c6138e3565b600101610ff1565b5f90828b8b8480611061565b63276065d160e21b5f526004879052600260245260445ffd5b633c9af89360e11b5f52600486905260245ffd5b5080831415610fc2565b505050600191929394955061100b565b34610015575f3660031901126100155761110f6130cb565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610015575f36600319011261001557602060405160078152f35b346100155760203660031901126100155760043561118681610b32565b60018060a01b03165f5260036020526040805f20548151906001600160801b038116825260801c6020820152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b34610015575f3660031901126100155761127c6112147f0000000000000000000000000000000000000000000000000000000000000000614e60565b61123d7f0000000000000000000000000000000000000000000000000000000000000000614e60565b602060405161124c8282611c70565b5f81528161128a81830194601f198301368737604051978897600f60f81b895260e0858a015260e08901906111b4565b9087820360408901526111b4565b914660608701523060808701525f60a087015285830360c087015251918281520192915f5b8281106112be57505050500390f35b8351855286955093810193928101926001016112af565b34610015575f3660031901126100155760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610015575f366003190112610015575f546040516001600160a01b039091168152602090f35b602081526060604061136b611356855184602087015260808601906111b4565b6020860151858203601f1901848701526111b4565b93015191015290565b34610015576020366003190112610015576004355f6040805161139681611c3a565b606081526060602082015201526005548110156113f8576113b961099c91611e4b565b506002604051916113c983611c3a565b6113d281611e9f565b83526113e060018201611e9f565b60208401520154604082015260405191829182611336565b6332e2926d60e11b5f5260045260245ffd5b34610015575f366003190112610015576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100155761145c36610c4b565b9091611468818561268e565b611471816128b7565b611479613407565b5f5b83811061150a5750906114916101a092826136d9565b01916001600160a01b036114a484611c1c565b166114ab57005b5f5b8281106114b657005b806115046114c76001938686611f3d565b356040516114e9816107d860208201948c869091604092825260208201520190565b5190206114f587611c1c565b90610d4f610d45858989611f3d565b016114ad565b611515818587611f3d565b611521813585896128fb565b9061152f6020820182611d60565b61153f604083013580928561225d565b90600260ff82160361159c57506001949361158e8488948a9461157461156b60a06115969a0185611d8c565b9084848961380b565b6115816060840184611d2e565b9490936080810190611d2e565b969095613bbc565b0161147b565b63276065d160e21b5f52600485905260ff1660245260445ffd5b34610015575f366003190112610015576020604051620186a08152f35b3461001557604036600319011261001557600435602435905f52600960205260405f205490600360ff8316149182611613575b6040518315158152602090f35b1860081c1590505f80611606565b34610015576103e03660031901126100155760043561163f366103f8565b610304359161032435610344356001600160401b038111610015576116689036906004016107f1565b610364929192356001600160401b0381116100155761168b9036906004016107f1565b90611694610b43565b926103a4356001600160401b038111610015576116b59036906004016107f1565b9690956103c4359a6001600160401b038c11610015576116dc6103999c36906004016107f1565b9b909a611f5f565b34610015576020366003190112610015576103996004353361331d565b34610015575f366003190112610015576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100155761175336610c4b565b919092611760828261268e565b5f61016083019160e084019060408501359460a08101356101008201356102a0830135975b89871061178e57005b89928b8861179d81878461203c565b359c6117a89261203c565b602081016117b591611d60565b9a6117c19086886128fb565b9a6117cc908c6123ed565b999060ff811660021061190957506117e386612999565b8042106118f257506118066118008d5f52600960205260405f2090565b60049055565b61182b61181282611c1c565b61182586611820868861298c565b61298c565b90614dcd565b61186361185e61184461183d87611b88565b6064900490565b611856816118518d611c1c565b614d93565b60045461298c565b600455565b5f5b60608b01518110156118ad57806118a78d6118a2610dee8f600196611895919060a0608060209301519102010190565b516001600160a01b031690565b614dcd565b01611865565b50939790949850600191959a9b92969b7fcbc308b5f91040d2659a5201858344b0b583cd2f9e18e8470c2fa052c5b21ff85f80a2019598939994909996929196611785565b636286375760e01b5f5260048d905260245260445ffd5b63276065d160e21b5f5260048d905260ff1660245260445ffd5b34610015576103e036600319011261001557600435611941366103f8565b6103043591610324356001600160401b03811161001557611966903690600401610328565b610344359061036435611977610b43565b906103a4356001600160401b038111610015576119989036906004016107f1565b9490936103c435986001600160401b038a11610015576119bf6103999a36906004016107f1565b99909861205e565b34610015576040366003190112610015576103996024356004356119ea82610b32565b61323b565b3461001557602036600319011261001557600435611a0c81610b32565b60018060a01b03165f52600a602052602060405f2054604051908152f35b3461001557602036600319011261001557600435611a4781610b32565b611a4f6130cb565b6001600160a01b03168015611aa0575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a3005b631e4fbdf760e01b5f525f60045260245ffd5b34610015575f3660031901126100155760206106d3613ed2565b34610015575f366003190112610015576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610015575f366003190112610015576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610015575f3660031901126100155760206040516401000000008152f35b634e487b7160e01b5f52601160045260245ffd5b90601e820291808304601e149015171561079f57565b9060a082029180830460a0149015171561079f57565b908160011b918083046002149015171561079f57565b90600a820291808304600a149015171561079f57565b8181029291811591840414171561079f57565b5f1981019190821161079f57565b606403906064821161079f57565b9190820391821161079f57565b356106a881610b32565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b03821117610a4857604052565b60a081019081106001600160401b03821117610a4857604052565b90601f801991011681019081106001600160401b03821117610a4857604052565b60405190610b516102e083611c70565b6001600160401b038111610a4857601f01601f191660200190565b929192611cc882611ca1565b91611cd66040519384611c70565b829481845281830111610015578281602093845f960137010152565b634e487b7160e01b5f52603260045260245ffd5b9190811015611d295760051b8101359061013e1981360301821215610015570190565b611cf2565b903590601e198136030182121561001557018035906001600160401b0382116100155760200191813603831361001557565b903590607e1981360301821215610015570190565b90821015611d29576106a89160051b810190611d60565b903590601e198136030182121561001557018035906001600160401b03821161001557602001918160061b3603831361001557565b903590601e198136030182121561001557018035906001600160401b03821161001557602001918160071b3603831361001557565b903590601e198136030182121561001557018035906001600160401b0382116100155760200191606082023603831361001557565b9190811015611d295760071b0190565b9190811015611d29576060020190565b600554811015611d295760055f52600360205f20910201905f90565b90600182811c92168015611e95575b6020831014611e8157565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611e76565b9060405191825f825492611eb284611e67565b8084529360018116908115611f1b5750600114611ed7575b50610b5192500383611c70565b90505f9291925260205f20905f915b818310611eff575050906020610b51928201015f611eca565b6020919350806001915483858901015201910190918492611ee6565b905060209250610b5194915060ff191682840152151560051b8201015f611eca565b9190811015611d295760051b8101359060be1981360301821215610015570190565b9981999198879b899d9e9997959896948b611f7a818461268e565b611f83926128fb565b9d8e99611f9291838d8d613d12565b885f528760205260405f20998a918a8a3391611fc49290916054926040519260601b8352601483015260348201522090565b948594611fd091613dff565b93611fdd9591938d6134f5565b611fe5613407565b9788968a3390611ff49a6135a8565b611ffe90826136d9565b6101a0013561200c81610b32565b6001600160a01b038116612021575b50505050565b6120339361202e82610b32565b61376e565b5f80808061201b565b9190811015611d295760051b81013590603e1981360301821215610015570190565b612085928261207c929d9c9398979a9699959b9d610468828261268e565b9a85878d613d12565b61208d6121fe565b506120a0895f52600960205260405f2090565b549660ff88169060206120b66060830183612228565b9050116121a55760016120c891613002565b978161215f5750606088015115801590612155575b8015612148575b801561213b575b6121275792612114610b51999a97959361211e9361210f61039499975b878c61388c565b613dff565b918686868b6134f5565b853391866138e3565b6334a6ec5960e21b5f5260048a905260245ffd5b50604088015115156120eb565b50602088015115156120e4565b50875115156120dd565b6002821115612187575b5092612114610b51999a97959361211e9361210f6103949997612108565b61219b906121948a613072565b1860081c90565b612127575f612169565b6334a6ec5960e21b5f5260048b905260245ffd5b365f80375f8036817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af43d5f803e156121fa573d5ff35b3d5ffd5b6040519061220b82611c55565b60606080835f81525f60208201525f60408201525f838201520152565b903590601e198136030182121561001557018035906001600160401b038211610015576020019160a082023603831361001557565b9290926122686121fe565b5061227b815f52600960205260405f2090565b5460ff81169460206122906060830183612228565b9050116123d9575f6122a191613002565b93856123025750506060830151158015906122f8575b80156122eb575b80156122de575b6122cc5750565b6334a6ec5960e21b5f5260045260245ffd5b50604083015115156122c5565b50602083015115156122be565b50825115156122b7565b6002861115612311575b505050565b80612325575b506122c59061219485613072565b919290939461233b83855f5260205260405f2090565b9160028214806123d0575b6123c8575b60608701955f5b87518110156123b65760808901516001919060a082020160200160408101511561237e575b5001612352565b8061238d886123b09360400152565b80516123a9908a908c90610d9e906001600160a01b0316610dee565b9060600152565b5f612377565b509196955093925090506122c5612317565b82875261234b565b50865115612346565b6334a6ec5960e21b5f52600483905260245ffd5b90916123f76121fe565b5061240a825f52600960205260405f2090565b549160ff83169360206124206060830183612228565b905011612472575f61243191613002565b928461245857506060830151158015906122f85780156122eb5780156122de576122cc5750565b6002851115612465575050565b6122c59061219485613072565b6334a6ec5960e21b5f52600482905260245ffd5b9290926124916121fe565b506124a4815f52600960205260405f2090565b549260ff84169460206124ba6060830183612228565b9050116123d9579061243191613002565b9192909260208401518042101561264157506001600160a01b038116935f9290606081015b805185101561262057608082015160a0860201602001948761251e610dee610dee895160018060a01b031690565b03612616575050600160808501511490811591612605575b506125e45761254c81855f5260205260405f2090565b604084015114908115916125b4575b50612594575061256e9060806002910152565b7fcce7b2def65d2debee106e071bdf60453160b022c86f8ba6043000f8b712f1dc5f80a3565b636ac1666560e01b5f5260048390526001600160a01b031660245260445ffd5b6125d79150848390916054926040519260601b8352601483015260348201522090565b606083015114155f61255b565b638fc4a10360e01b5f5260048490526001600160a01b03821660245260445ffd5b90506040840151905114155f612536565b60010194506124f0565b638fc4a10360e01b5f5260048690526001600160a01b03841660245260445ffd5b63516ca93960e01b5f52600484905260245260445ffd5b9060ff908051155f14612686576001905b612674831991613072565b16925f526009602052161760405f2055565b600290612669565b90815f52600860205260405f2054906040516102c060208201926126c2846126b583610b53565b6001600160a01b03169052565b6126e16126d160208301610b53565b6001600160a01b03166040850152565b6040810135606084015261270a6126fa60608301610b53565b6001600160a01b03166080850152565b61272961271960808301610b53565b6001600160a01b031660a0850152565b60a081013560c084015261275261274260c08301610b53565b6001600160a01b031660e0850152565b61277261276160e08301610b53565b6001600160a01b0316610100850152565b61010081013561012084015261279f61278e6101208301610b53565b6001600160a01b0316610140850152565b6127c06127af6101408301610b53565b6001600160a01b0316610160850152565b6127e16127d06101608301610b53565b6001600160a01b0316610180850152565b6128026127f16101808301610b53565b6001600160a01b03166101a0850152565b6128236128126101a08301610b53565b6001600160a01b03166101c0850152565b6101c08101356101e08401526101e08101356102008401526102008101356102208401526102208101356102408401526102408101356102608401526102608101356102808401526102808101356102a08401526102a08101358284015201356102e08201526102e0815261289a61030082611c70565b519020036128a55750565b63bdc420d160e01b5f5260045260245ffd5b61012001356128c581610b32565b6001600160a01b03811690338290036128dc575050565b6128e590610b32565b637e93303760e11b5f523360045260245260445ffd5b9190610260810135908183108015612957575b61293957505060408051602081019384529081019190915261293381606081016107d8565b51902090565b61028001359163053e6a6360e11b5f5260045260245260445260645ffd5b5081830383811161079f57610280820135111561290e565b906101f4820180921161079f57565b906001820180921161079f57565b9190820180921161079f57565b610240610220820135910135600a810290808204600a149015171561079f57810180911161079f5790565b6129cc611c91565b905f82525f60208301525f60408301525f60608301525f60808301525f60a08301525f60c08301525f60e08301525f6101008301525f6101208301525f6101408301525f6101608301525f6101808301525f6101a08301525f6101c08301525f6101e08301525f6102008301525f6102208301525f6102408301525f6102608301525f6102808301525f6102a08301525f6102c0830152565b80516001600160a01b031682526102c09081906020818101516001600160a01b031690850152604081810151908501526060808201516001600160a01b0316908501526080818101516001600160a01b03169085015260a0818101519085015260c0808201516001600160a01b03169085015260e0818101516001600160a01b0316908501526101008181015190850152610120808201516001600160a01b031690850152610140818101516001600160a01b031690850152610160818101516001600160a01b031690850152610180818101516001600160a01b0316908501526101a0818101516001600160a01b0316908501526101c08101516101c08501526101e08101516101e08501526102008101516102008501526102208101516102208501526102408101516102408501526102608101516102608501526102808101516102808501526102a08101516102a08501520151910152565b6102e081019291610b519190612a65565b8115612bdc570490565b634e487b7160e01b5f52601260045260245ffd5b908060209392818452848401375f828201840152601f01601f1916010190565b926106a8979592612c25856103809794612a65565b6102e0850152610300840152610320830152610340820152816103608201520191612bf0565b9291949390612c5c83878387613fe8565b612c646129c4565b9283612c7381838a868a614429565b978896612c8c60608901515f52600660205260405f2090565b54906060890151604051612cb4816107d8866020830195869091604092825260208201520190565b5190209a8b9788936080830151612cdf612cd785515f52600660205260405f2090565b91825461298c565b90556001600160a01b03612cf28a611c1c565b16612f89575b60808301516040808501515f90815260066020522090815490612d1a9161298c565b90556080830151612d2b908261298c565b6060840151612d42905f52600660205260405f2090565b55612d4c84611c1c565b6001600160a01b03168752602084013598896040890152612d6c81611c1c565b6001600160a01b03166060890152612d8381614874565b60a0890152612d9187611c1c565b6001600160a01b031660c0890152602087013594856101008a015260c08a01612db990611c1c565b6001600160a01b03166101408a01526001600160a01b0384166101608a0152612de56101608b01611c1c565b6001600160a01b03166101808a0152612e016101808b01611c1c565b6001600160a01b03166101a08a01526060013590612e1e90614898565b17610100890135176101c0880152610120880135806101e0890152846101408a013580155f149b60a0612f2a9b610e3f9a7fc84dbf9d12c66d903a53143c88d0c7b73af4ea2e2ae6785be47d115380b327d49f612eff9a612ef9996002612ea3612eee9b6118209a608096612f84575060015b61020089015242610220890152611e4b565b5001546102408601526102608501520151610280830152612ee56040516020810190612ed3816107d88785612bc1565b519020915f52600860205260405f2090565b5501519061298c565b60808d015190611be0565b906148bc565b60e0880151612ef990612f1f9061183d906001600160a01b031693611b88565b60808b015190611be0565b94612f7f612f3a60c08401611c1c565b91805193602082015190612f5d60606040850151940151916101a0810190611d2e565b6040516001600160a01b039788169c9097169a96978897919592949188612c10565b0390a4565b612e91565b6080830151612fa7612cd760208601515f52600660205260405f2090565b9055612cf8565b60405160c09190612fbf8382611c70565b60a0815291601f1901366020840137565b90612fda82611ca1565b612fe76040519182611c70565b8281528092612ff8601f1991611ca1565b0190602036910137565b6040909291926130106121fe565b9361301e6060830183612228565b939092803587526020810135602088015201356040860152826060860152820180831161079f5760a081029080820460a0149015171561079f5761306360a091612fd0565b92029060208301376080830152565b608081015160608201519060a082029180830460a0149015171561079f5760200120908051916040602083015192015160405192602084019485526040840152606083015260808201526080815261293360a082611c70565b5f546001600160a01b031633036130de57565b63118cdaa760e01b5f523360045260245ffd5b919091601f831161310157505050565b81831161310d57505050565b5f5260205f206020601f830160051c9210613146575b81601f9101920160051c03905f5b8281101561230c575f82820155600101613131565b5f9150613123565b91909182516001600160401b038111610a48576131758161316f8454611e67565b846130f1565b6020601f82116001146131a85781906131a49394955f926109a05750508160011b915f199060031b1c19161790565b9055565b601f198216906131bb845f5260205f2090565b915f5b8181106131f5575095836001959697106131dd575b505050811b019055565b01515f1960f88460031b161c191690555f80806131d3565b9192602060018192868b0151815501940192016131be565b939291613236906132286040936060885260608801906111b4565b9086820360208801526111b4565b930152565b801561330e57335f52600360205260405f20546001600160801b0381168281106132e557508161326a91611c0f565b335f908152600360205260409020556132a481837f0000000000000000000000000000000000000000000000000000000000000000614947565b6040519081526001600160a01b039091169033907f9b1bfa7fa9ee420a16e124f794c35ac9f90472acc99140eb2f6447c714cad8eb9080602081015b0390a3565b63db42144d60e01b5f9081523360045260248490526001600160801b0391909116604452606490fd5b631f2a200560e01b5f5260045ffd5b90801561330e577f00000000000000000000000000000000000000000000000000000000000000006040516323b872dd60e01b5f5233600452306024528260445260205f60648180865af160015f51148116156133e8575b6040919091525f606052156133cd575061338f818361499f565b60405190815233916001600160a01b0316907f5548c837ab068cf56a2c2479df0882a4922fd203edb7517321831d95078c5f629080602081016132e0565b635274afe760e01b5f526001600160a01b031660045260245ffd5b60018115166133fe573d15833b15151616613375565b503d5f823e3d90fd5b6040519060c082018281106001600160401b03821117610a48576040525f82525f60208301525f60408301525f60608301525f60808301528160a0600454910152565b9160a09391604051937fbea7067792e1ab3d59b1377cce67fd2e33df6465c479bad78be04af251edb0b28552602085015260408401526060830152600180841b031660808201522090565b92916134c36134d0926134a6613ed2565b6042916040519161190160f01b8352600283015260228201522090565b60208201359135906149e8565b916001600160a01b038316156134e35750565b6358fc57f960e11b5f5260045260245ffd5b956001600160a01b0390941694929085156135805750916135669391610dee936040519060208201928352604082015260408152613534606082611c70565b5190207f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f52601c52603c5f206149e8565b0361356e5750565b633c9af89360e11b5f5260045260245ffd5b6101c00135600116945061359693505050505750565b63466ef01960e11b5f5260045260245ffd5b9a99989796959490919293610200830135600181116136c75750826135eb8d6135e36135dc825f52600960205260405f2090565b5460ff1690565b92839161388c565b60ff81166119095750610b519a9b916136c29161362161361b8760018060a01b03165f52600a60205260405f2090565b54614a0b565b6136306102a0870135886148bc565b60408051838152602081018590529081018290526001600160a01b0388169086907f71507b4a82dfd6aeb0e1970de93288a89d1457cb783bc5931bd882b71ca26ebe90606090a361367f6121fe565b9682885260016060890152613692612fae565b6080890181905260200191926080936002959260018060a01b031684526020840152604083015260608201520152565b614a3f565b634c6db02760e01b5f5260045260245ffd5b90805191821561230c5760e0816136fd610b51956118516101606137399601611c1c565b61371761370c60208301611c1c565b60208601519061499f565b604084015180613753575b5060a0840151600454810361374a575b5001611c1c565b906080606082015191015191614e11565b6004555f613732565b6137689061376360808401611c1c565b61499f565b5f613722565b9290916137a46107d8916040519283916020830195635dd8085560e01b8752886024850152604060448501526064840191612bf0565b5a6137b1620198ba61296f565b116137f7576137ca925f928380935192620186a0f11590565b6137d15750565b7f075a609782ad154c5e797735fccddc014ae1a6fe4abb2892179840c8849518a25f80a2565b631b251ba360e31b5f52600484905260245ffd5b929490919484156138845760606040517f898774b5b9044cb6d03c370bb410e97d5100744ac158a6fd9f4b56fcaa47c0a4815285602082015287604082015220915f5b8681101561387a576001906138748961386d8360061b8701888b613495565b888a6124cb565b0161384e565b5095505050505050565b509350505050565b909160ff166001811161039b575061024061022083013592013560078102908082046007149015171561079f57820180921161079f57814210156138ce575050565b63104a8fe560e11b5f5260045260245260445ffd5b9493929091938315613b9a57606085019182519260208410801590613b7c575b613b68575f9392916001600160a01b038116918991889088908b895b898110613aaa5750976139bf886102a0957f71507b4a82dfd6aeb0e1970de93288a89d1457cb783bc5931bd882b71ca26ebe97958561399a86613a339f61398a61397f61361b6139c49c60018060a01b03165f52600a60205260405f2090565b9c8d960135856148bc565b6080015160a09091020160200190565b919260809360019592868060a01b031684526020840152604083015260608201520152565b61297e565b905286613aa0576139d6816001611be0565b946139ef60408c01986139ea888b5161298c565b611c0f565b8852604080518b81526020810192909252810191909152606090a3613a2d613a27613a206102008701358094611be0565b945161297e565b91611bf3565b90611be0565b10613a3e5750505050565b82613a7f613a79610240602094613a94967f7be5d1eb2f7773e3f007c29a930382d50509e66d6e30d6dd8db247b90315118c98520135611bb4565b4261298c565b91018190526040519081529081906020820190565b0390a25f80808061201b565b6139d68188611be0565b93508391949697989550613aca92509060a0608060209301519102010190565b80518690613ae290610dee906001600160a01b031681565b14613b47578960408201511480613b38575b613b0c575b50600101878b93969594928b8b9361391f565b6001919780155f14613b255750602001515b9690613af9565b6020613b3392015190611be0565b613b1e565b50600360808201511415613af4565b63527db3d560e11b5f5260048c90526001600160a01b03831660245260445ffd5b6325b0cedf60e01b5f52600488905260245ffd5b50608087015151613b94613b8f8661297e565b611b9e565b11613903565b6338afa41160e21b5f52600486905260245ffd5b5f19811461079f5760010190565b98939691949792959097613bcf89612999565b80421015613cfb575060608601985f9889989091895b8c518c1015613c675760808a015160a08d0201602001608081015160028103613c28575050613c1e613c18600192613bae565b9b613bae565b9b5b019a99613be5565b9b9c919b6001149081613c58575b50613c44575b600190613c20565b9a613c50600191613bae565b9b9050613c3c565b6040915001518a51145f613c36565b92969a5092969a50939796929680821080613cee575b613cd1575015613cbd57613c98838b5f5260205260405f2090565b825103613ca957610b519899614a3f565b63513596bd60e01b5f5260048a905260245ffd5b63398b0bb560e21b5f5260048a905260245ffd5b636fff63cd60e01b5f5260048c905260249190915260445260645ffd5b5060208401514210613c7d565b63d9f7451f60e01b5f5260048b905260245260445ffd5b9391610120613d849492013590613d2882610b32565b60405160208101917fe54295c7f48f51be89c7fbbd5e0f213e227a8cd2a384e9214ba66f6942946261835233604083015287606083015260018060a01b0316608082015260808152613d7b60a082611c70565b51902090614e9e565b15613d8c5750565b630eacb18360e41b5f526004523360245260445ffd5b9060401015611d295760400190565b906020116100155790602090565b906040116100155760200190602090565b359060208110613dde575090565b5f199060200360031b1b1690565b60ff601a199116019060ff821161079f57565b91909160418314801590613e97575b613e8f57613e25613e1f8483613db1565b90613dd0565b92613e33613e1f8284613dbf565b91613e3e8360ff1c90565b613e8457613e74613e6f613e69613e5b613e8095613e7a95613da2565b356001600160f81b03191690565b60f81c90565b613dec565b60ff1690565b60ff1b90565b1790565b50505090505f905f90565b505f91508190565b50601b60ff613eac613e69613e5b8786613da2565b1614158015613e0e5750601c60ff613eca613e69613e5b8786613da2565b161415613e0e565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480613fbf575b15613f2d577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261293360c082611c70565b507f00000000000000000000000000000000000000000000000000000000000000004614613f04565b9392919061012083013560808301358082036143935750600554811015614381575060a08201356101408401358181118015614373575b61435e575050602085013560208401359081811161434457505061404281614874565b60608401359081811161432a57505060a08301356020830135818111614310575050606085013561407282614898565b8117610100850135176060840135198116806142fe5750186001166142ef5761409a83611c1c565b6140a6610dee87611c1c565b6001600160a01b03909116036142b957604083016140c381611c1c565b6140cf610dee84611c1c565b6001600160a01b0390911603614283575060808301946001600160a01b036140f687611c1c565b1615158061425b575b61422557610b519495506141c0926141ba614199936141a58461413961412a60806101009801611c1c565b61413385611c1c565b90614f63565b61415761414860a08301611c1c565b61415187611c1c565b90614fc7565b61417960c0614167818401611c1c565b9a01996141738b611c1c565b9061502b565b614185610dee84611c1c565b6141c6575b61419f61419960c08701611c1c565b91611c1c565b906151bd565b6141b461419960e08501611c1c565b90615221565b01611c1c565b90615286565b6141e46141d560808501611c1c565b6141de83611c1c565b9061508f565b6142026141f360a08501611c1c565b6141fc87611c1c565b906150f3565b61422061421160c08501611c1c565b61421a8b611c1c565b90615158565b61418a565b6105388361423561419989611c1c565b630deff96360e31b5f5260026004526001600160a01b0391821660245216604452606490565b5061426586611c1c565b614271610dee85611c1c565b6001600160a01b0390911614156140ff565b9061429361419961053893611c1c565b630deff96360e31b5f5260016004526001600160a01b0391821660245216604452606490565b610538856142c961419986611c1c565b630deff96360e31b5f9081526004526001600160a01b0391821660245216604452606490565b63df9a691960e01b5f5260045ffd5b634fbcfac160e01b5f5260045260245ffd5b630e6eff6b60e01b5f52600260045260245260445260645ffd5b630e6eff6b60e01b5f52600160045260245260445260645ffd5b630e6eff6b60e01b5f90815260045260245260445260645ffd5b63a5f6d10560e01b5f5260045260245260445ffd5b50640100000000811161401f565b6332e2926d60e11b5f5260045260245ffd5b632951f40560e21b5f5260049190915260245260445ffd5b604051906143b882611c55565b5f6080838281528260208201528260408201528260608201520152565b9081602091031261001557516106a881610b32565b6040513d5f823e3d90fd5b919082608091031261001557815161440c81610b32565b91602081015161441b81610b32565b916060604083015192015190565b9092919493946144376143ab565b95614441836152eb565b875261444c826153c4565b906040880191825261445d856154f4565b936060890194855261449c602061447383611c1c565b60405163c1f1d57760e01b81526001600160a01b03909116600482015291829081906024820190565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115614704575f91614855575b506001600160a01b03166020830181815290156148295789519051614529929161451c916001600160a01b031690614514610100850185611d2e565b929091615662565b60408a5191013590615855565b956080890196875261453d610dee82611c1c565b614709575b5061457b90608061455285611c1c565b60405163f514d6e560e01b81526001600160a01b03909116600482015292839081906024820190565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215614704575f5f5f925f956146c6575b506102c08401949094526001600160a01b0390931661012083015260e08201926145ed905b6001600160a01b03168452565b8251614601906001600160a01b0316610dee565b1561469a576146969695936146546146609460e097946102a061462d61183d60409760208a0135611be0565b910152825190516001600160a01b03169061464c610140870187611d2e565b92909161575b565b519101358751916158e8565b855261468a815161467360c08601611c1c565b906146826101e0870187611d2e565b9290916157d8565b5191013583519161592e565b9052565b6105386146a686611c1c565b63f38303e360e01b5f5260026004526001600160a01b0316602452604490565b90506145e094506145ed92506146f4915060803d6080116146fd575b6146ec8183611c70565b8101906143f5565b959093506145bb565b503d6146e2565b6143ea565b61471281615974565b60208a01908152614727602061447384611c1c565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115614704575f916147fa575b506001600160a01b0316608084018181529061477e90610dee565b156147ce578151905161457b94936147c69390926040926147ba91906001600160a01b0316906147b2610100870187611d2e565b9290916156de565b5191013589519161589d565b875290614542565b6105386147da84611c1c565b63f38303e360e01b5f5260016004526001600160a01b0316602452604490565b61481c915060203d602011614822575b6148148183611c70565b8101906143d5565b5f614763565b503d61480a565b61053861483583611c1c565b63f38303e360e01b5f9081526004526001600160a01b0316602452604490565b61486e915060203d602011614822576148148183611c70565b5f6144d8565b803561487f81610b32565b6001600160a01b031661489157505f90565b6020013590565b80356148a381610b32565b6001600160a01b03166148b557505f90565b6060013590565b6001600160a01b0381165f818152600360205260409020549192916001600160801b0381169183831061492c575082820391821161079f5760801c91820180921161079f576149299161490e91615a4d565b6001600160a01b039092165f90815260036020526040902090565b55565b83915063db42144d60e01b5f5260045260245260445260645ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af160015f5114811615614989575b604091909152156133cd5750565b60018115166133fe573d15833b1515161661497b565b6001600160a01b03165f8181526003602052604090205490916001600160801b03821690810190811061079f576149d99160801c90615a4d565b905f52600360205260405f2055565b90601b8360ff1c0160ff811161079f576106a8936001600160ff1b031692615a78565b6003900460038082119118026003185f19810190811161079f5790565b6040906106a8949281528160208201520191612bf0565b96909280959496999892996101a0850135614a5981610b32565b6001600160a01b031615159283614d75575b505050614d6257600360ff19851617614a8c875f52600960205260405f2090565b5560608801516101008301359283915f906102a0830135825b8d838210614d15575050614ac961183d614ac36102c0870135611c01565b89611be0565b915f5b818110614c155750505050507f540bbf0bfa04b36202257c6da17d641989f54f39a70dd5ef3d3f37ec2966f5ed9798995090614b959493929160a0604082013591013590614b28614b2184611820858561298c565b855161298c565b8452614b396020850191825161298c565b9052614b4a6040840191825161298c565b905260a0820180519081614b9a575b5050614b8791614b6d61183d608093611b88565b614b7c6060830191825161298c565b90520191825161298c565b905260405193849384614a28565b0390a2565b61183d614c098360809597614b6d94614c02614bfb84614bf0614bc361183d614b879e9c611bca565b7f000000000000000000000000000000000000000000000000000000000000000090818082119118021890565b818082109118021890565b8094611c0f565b905261298c565b95935050819350614b59565b60808f01516001919060a08202016020018051614c3a906001600160a01b0316610dee565b908760026080830151145f14614cb857614c71614c7891614c6c614c666020614c809601511e60ff0390565b8b611be0565b612bd2565b809d611c0f565b9b8683614e11565b828411614c90575b505b01614acc565b6001600160a01b03165f908152600a60205260409020614cb0815461297e565b90555f614c88565b5050614cc48582614d93565b614d0f614cf4614ced614ce78460018060a01b03165f52600a60205260405f2090565b54611bb4565b6003900490565b6001600160a01b039092165f908152600a6020526040902090565b55614c8a565b6080015190939060a08502016020016080810151600203614d4d5760200151600191614d45911e60ff039061298c565b935b01614aa5565b509296614d5c8260019261298c565b97614d47565b856329df27ad60e11b5f5260045260245ffd5b614d829293503691611cbc565b602081519101201415845f80614a6b565b6001600160a01b03165f818152600360205260409020549091608082901c90810390811161079f576001600160801b036149d99216615a4d565b6001600160a01b03165f8181526003602052604090205490916001600160801b0382168082019290831061079f5760801c90810390811161079f576149d991615a4d565b6001600160a01b03165f8181526003602052604090205490926001600160801b03821680840193929190841061079f57830180931161079f5760801c90810390811161079f576149d991615a4d565b60ff811690601f8211614e8f5760405191614e7c604084611c70565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b929190614ead906134a6613ed2565b60418314614edb575b833b15159384614ec8575b5050505090565b614ed29450615ad2565b5f808080614ec1565b614ee8613e1f8484613db1565b614ef5613e1f8585613dbf565b614f09614f028686613da2565b3560f81c90565b91601b60ff841610159283614f42575b50505080614f30575b15614eb65750505050600190565b506001600160a01b0384161515614f22565b614f4d935084615a78565b6001600160a01b038581169116145f8080614f19565b6001600160a01b03169081151580614fb4575b614f7e575050565b60405163ca651a4560e01b81525f60048201526001602482015260448101929092526001600160a01b0316606482015260849150fd5b506001600160a01b038116821415614f76565b6001600160a01b03169081151580615018575b614fe2575050565b60405163ca651a4560e01b81525f60048201526002602482015260448101929092526001600160a01b0316606482015260849150fd5b506001600160a01b038116821415614fda565b6001600160a01b0316908115158061507c575b615046575050565b60405163ca651a4560e01b81525f60048201526003602482015260448101929092526001600160a01b0316606482015260849150fd5b506001600160a01b03811682141561503e565b6001600160a01b031690811515806150e0575b6150aa575050565b60405163ca651a4560e01b8152600160048201525f602482015260448101929092526001600160a01b0316606482015260849150fd5b506001600160a01b0381168214156150a2565b6001600160a01b03169081151580615145575b61510e575050565b60405163ca651a4560e01b8152600160048201526002602482015260448101929092526001600160a01b0316606482015260849150fd5b506001600160a01b038116821415615106565b6001600160a01b031690811515806151aa575b615173575050565b60405163ca651a4560e01b8152600160048201526003602482015260448101929092526001600160a01b0316606482015260849150fd5b506001600160a01b03811682141561516b565b6001600160a01b0316908115158061520e575b6151d8575050565b60405163ca651a4560e01b8152600260048201525f602482015260448101929092526001600160a01b0316606482015260849150fd5b506001600160a01b0381168214156151d0565b6001600160a01b03169081151580615273575b61523c575050565b60405163ca651a4560e01b8152600260048201526001602482015260448101929092526001600160a01b0316606482015260849150fd5b506001600160a01b038116821415615234565b6001600160a01b031690811515806152d8575b6152a1575050565b60405163ca651a4560e01b8152600260048201526003602482015260448101929092526001600160a01b0316606482015260849150fd5b506001600160a01b038116821415615299565b8035906152f782610b32565b61293360208201359260408301359060608401359360808101359061531b82610b32565b60a081013561532981610b32565b60e060c08301359261533a84610b32565b604080517f60815a0eeec47dddf1615fe53b31d016c31444e01b9d796db365443a6445d008602082019081526001600160a01b0398891692820192909252606081019b909b5260808b019790975260a08a019890985292841660c0890152831660e08801529091166101008601529092013561012080850191909152835290919061014082611c70565b60409061293381356153d581610b32565b6020830135908484013593606081013590608081013560a082013560c0830135906153ff82610b32565b60e08401359261540e84610b32565b6101206101008601359561542187610b32565b8c517faa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb60208083019182526001600160a01b039b8c1660408401529e8201909e019a909a5260808a019b909b5260a089019690965260c088015260e0870152841661010086015283166101208501529091166101408301529092013561016080840191909152825261018082611c70565b805191908290602001825e015f815290565b610b51906154e66154e0949360405195869360208501906154b2565b906154b2565b03601f198101845283611c70565b6156589061550181611c1c565b6155ac6020830135916107d861551960408601611c1c565b606086013561552a60808801611c1c565b60a08801359161553c60c08a01611c1c565b604080517ff24e853034a3a450aba845a82914fbb564ad85accca6cf62be112a154520fae060208201526001600160a01b03988916918101919091526060810199909952938616608089015260a0880152841660c087015260e08601529091166101008401528290610120820190565b61565360e08301356154e661010085013594610120810135906101408101356155d86101608301611c1c565b6155e56101808401611c1c565b916101c06155fa6108836101a0870187611d2e565b8051602091820120604080519283019a909a529881019b909b5260608b019590955260808a01526001600160a01b0390811660a08a01521660c088015260e0870193909352909101356101008501528390610120820190565b6154c4565b6020815191012090565b6001600160a01b038216939092841515929190836156a0575b50505015615687575050565b6374392c2160e01b5f525f60045260245260445260645ffd5b9192509083826156d0575f908152600760205260409020546001600160a01b03168514925050505b5f808061567b565b6156d993614e9e565b6156c8565b6001600160a01b0382169390928415159291908361571d575b50505015615703575050565b6374392c2160e01b5f52600160045260245260445260645ffd5b91925090838261574d575f908152600760205260409020546001600160a01b03168514925050505b5f80806156f7565b61575693614e9e565b615745565b6001600160a01b0382169390928415159291908361579a575b50505015615780575050565b6374392c2160e01b5f52600260045260245260445260645ffd5b9192509083826157ca575f908152600760205260409020546001600160a01b03168514925050505b5f8080615774565b6157d393614e9e565b6157c2565b6001600160a01b03821693909284151592919083615817575b505050156157fd575050565b6374392c2160e01b5f52600360045260245260445260645ffd5b919250908382615847575f908152600760205260409020546001600160a01b03168514925050505b5f80806157f1565b61585093614e9e565b61583f565b805f52600660205260405f205490828210156158875750810390811161079f575f198110156158815790565b505f1990565b631f5d2f6760e21b5f525f60045260245260445ffd5b919091805f52600660205260405f205490838210156158d15750820391821161079f57808210156158cc575090565b905090565b631f5d2f6760e21b5f52600160045260245260445ffd5b919091805f52600660205260405f205490838210156159175750820391821161079f57808210156158cc575090565b631f5d2f6760e21b5f52600260045260245260445ffd5b919091805f52600660205260405f2054908382101561595d5750820391821161079f57808210156158cc575090565b631f5d2f6760e21b5f52600360045260245260445ffd5b80359061598082610b32565b6129336020820135926040830135906060840135936080810135906159a482610b32565b60a08101356159b281610b32565b60e060c0830135926159c384610b32565b604080517f6cfc932a5a3d22c4359295b9f433edff52b60703fa47690a04a83e40933dd47c602082019081526001600160a01b0398891692820192909252606081019b909b5260808b019790975260a08a019890985292841660c0890152831660e08801529091166101008601529092013561012080850191909152835290919061014082611c70565b908082178060801c615a61575060801b1790565b6306dfcc6560e41b5f52608060045260245260445ffd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411615aca576020935f93608093604051938452868401526040830152606082015260015afa60203d14165f510290565b505050505f90565b906064846020955f9560405194630b135d3f60e11b8652600486015260406024860152816044860152838501378281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d1116169056fea164736f6c6343000825000a05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc1036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db0",
}

// ErgonHub is an auto generated Go binding around an Ethereum contract.
type ErgonHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ErgonHub) GetABI() abi.ABI {
	return c.abi
}

// NewErgonHub creates a new instance of ErgonHub.
func NewErgonHub() *ErgonHub {
	parsed, err := ErgonHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ErgonHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ErgonHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address apps_, address datasets_, address workerpools_, uint256 kittyMin_, address owner_, address orderDesk_) returns()
func (ergonHub *ErgonHub) PackConstructor(token_ common.Address, apps_ common.Address, datasets_ common.Address, workerpools_ common.Address, kittyMin_ *big.Int, owner_ common.Address, orderDesk_ common.Address) []byte {
	enc, err := ergonHub.abi.Pack("", token_, apps_, datasets_, workerpools_, kittyMin_, owner_, orderDesk_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (ergonHub *ErgonHub) PackCALLBACKGAS() []byte {
	enc, err := ergonHub.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (ergonHub *ErgonHub) TryPackCALLBACKGAS() ([]byte, error) {
	return ergonHub.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (ergonHub *ErgonHub) UnpackCALLBACKGAS(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCONTRIBUTIONDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b244832.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) PackCONTRIBUTIONDEADLINERATIO() []byte {
	enc, err := ergonHub.abi.Pack("CONTRIBUTION_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTRIBUTIONDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b244832.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) TryPackCONTRIBUTIONDEADLINERATIO() ([]byte, error) {
	return ergonHub.abi.Pack("CONTRIBUTION_DEADLINE_RATIO")
}

// UnpackCONTRIBUTIONDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b244832.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) UnpackCONTRIBUTIONDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("CONTRIBUTION_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFINALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fc26b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) PackFINALDEADLINERATIO() []byte {
	enc, err := ergonHub.abi.Pack("FINAL_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFINALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fc26b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) TryPackFINALDEADLINERATIO() ([]byte, error) {
	return ergonHub.abi.Pack("FINAL_DEADLINE_RATIO")
}

// UnpackFINALDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90fc26b1.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) UnpackFINALDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("FINAL_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKITTYRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51152de1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) PackKITTYRATIO() []byte {
	enc, err := ergonHub.abi.Pack("KITTY_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTYRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51152de1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) TryPackKITTYRATIO() ([]byte, error) {
	return ergonHub.abi.Pack("KITTY_RATIO")
}

// UnpackKITTYRATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51152de1.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) UnpackKITTYRATIO(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("KITTY_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCONTRIBUTIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f4f977d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CONTRIBUTIONS() view returns(uint256)
func (ergonHub *ErgonHub) PackMAXCONTRIBUTIONS() []byte {
	enc, err := ergonHub.abi.Pack("MAX_CONTRIBUTIONS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCONTRIBUTIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f4f977d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CONTRIBUTIONS() view returns(uint256)
func (ergonHub *ErgonHub) TryPackMAXCONTRIBUTIONS() ([]byte, error) {
	return ergonHub.abi.Pack("MAX_CONTRIBUTIONS")
}

// UnpackMAXCONTRIBUTIONS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f4f977d.
//
// Solidity: function MAX_CONTRIBUTIONS() view returns(uint256)
func (ergonHub *ErgonHub) UnpackMAXCONTRIBUTIONS(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("MAX_CONTRIBUTIONS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe46b8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (ergonHub *ErgonHub) PackMAXTRUST() []byte {
	enc, err := ergonHub.abi.Pack("MAX_TRUST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe46b8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (ergonHub *ErgonHub) TryPackMAXTRUST() ([]byte, error) {
	return ergonHub.abi.Pack("MAX_TRUST")
}

// UnpackMAXTRUST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe46b8ee.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (ergonHub *ErgonHub) UnpackMAXTRUST(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("MAX_TRUST", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREVEALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fde601d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) PackREVEALDEADLINERATIO() []byte {
	enc, err := ergonHub.abi.Pack("REVEAL_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fde601d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) TryPackREVEALDEADLINERATIO() ([]byte, error) {
	return ergonHub.abi.Pack("REVEAL_DEADLINE_RATIO")
}

// UnpackREVEALDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fde601d.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) UnpackREVEALDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("REVEAL_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTAGTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e508aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (ergonHub *ErgonHub) PackTAGTEE() []byte {
	enc, err := ergonHub.abi.Pack("TAG_TEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTAGTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e508aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (ergonHub *ErgonHub) TryPackTAGTEE() ([]byte, error) {
	return ergonHub.abi.Pack("TAG_TEE")
}

// UnpackTAGTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e508aca.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (ergonHub *ErgonHub) UnpackTAGTEE(data []byte) ([32]byte, error) {
	out, err := ergonHub.abi.Unpack("TAG_TEE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWORKERPOOLSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ec3b9e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WORKERPOOL_STAKE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) PackWORKERPOOLSTAKERATIO() []byte {
	enc, err := ergonHub.abi.Pack("WORKERPOOL_STAKE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWORKERPOOLSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ec3b9e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WORKERPOOL_STAKE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) TryPackWORKERPOOLSTAKERATIO() ([]byte, error) {
	return ergonHub.abi.Pack("WORKERPOOL_STAKE_RATIO")
}

// UnpackWORKERPOOLSTAKERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ec3b9e3.
//
// Solidity: function WORKERPOOL_STAKE_RATIO() view returns(uint256)
func (ergonHub *ErgonHub) UnpackWORKERPOOLSTAKERATIO(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("WORKERPOOL_STAKE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(address account) view returns(uint256 balance, uint256 frozen)
func (ergonHub *ErgonHub) PackAccountOf(account common.Address) []byte {
	enc, err := ergonHub.abi.Pack("accountOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(address account) view returns(uint256 balance, uint256 frozen)
func (ergonHub *ErgonHub) TryPackAccountOf(account common.Address) ([]byte, error) {
	return ergonHub.abi.Pack("accountOf", account)
}

// AccountOfOutput serves as a container for the return parameters of contract
// method AccountOf.
type AccountOfOutput struct {
	Balance *big.Int
	Frozen  *big.Int
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8086b8ba.
//
// Solidity: function accountOf(address account) view returns(uint256 balance, uint256 frozen)
func (ergonHub *ErgonHub) UnpackAccountOf(data []byte) (AccountOfOutput, error) {
	out, err := ergonHub.abi.Unpack("accountOf", data)
	outstruct := new(AccountOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Balance = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Frozen = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAppRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb4fceb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appRegistry() view returns(address)
func (ergonHub *ErgonHub) PackAppRegistry() []byte {
	enc, err := ergonHub.abi.Pack("appRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb4fceb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appRegistry() view returns(address)
func (ergonHub *ErgonHub) TryPackAppRegistry() ([]byte, error) {
	return ergonHub.abi.Pack("appRegistry")
}

// UnpackAppRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb4fceb9.
//
// Solidity: function appRegistry() view returns(address)
func (ergonHub *ErgonHub) UnpackAppRegistry(data []byte) (common.Address, error) {
	out, err := ergonHub.abi.Unpack("appRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84724ddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) PackCancelAppOrder(order AppOrder) []byte {
	enc, err := ergonHub.abi.Pack("cancelAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84724ddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) TryPackCancelAppOrder(order AppOrder) ([]byte, error) {
	return ergonHub.abi.Pack("cancelAppOrder", order)
}

// PackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x555859c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) PackCancelDatasetOrder(order DatasetOrder) []byte {
	enc, err := ergonHub.abi.Pack("cancelDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x555859c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) TryPackCancelDatasetOrder(order DatasetOrder) ([]byte, error) {
	return ergonHub.abi.Pack("cancelDatasetOrder", order)
}

// PackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38a754b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) PackCancelRequestOrder(order RequestOrder) []byte {
	enc, err := ergonHub.abi.Pack("cancelRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38a754b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) TryPackCancelRequestOrder(order RequestOrder) ([]byte, error) {
	return ergonHub.abi.Pack("cancelRequestOrder", order)
}

// PackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae510d19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) PackCancelWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := ergonHub.abi.Pack("cancelWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae510d19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) TryPackCancelWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return ergonHub.abi.Pack("cancelWorkerpoolOrder", order)
}

// PackCategoryCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2be32dbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function categoryCount() view returns(uint256)
func (ergonHub *ErgonHub) PackCategoryCount() []byte {
	enc, err := ergonHub.abi.Pack("categoryCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCategoryCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2be32dbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function categoryCount() view returns(uint256)
func (ergonHub *ErgonHub) TryPackCategoryCount() ([]byte, error) {
	return ergonHub.abi.Pack("categoryCount")
}

// UnpackCategoryCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2be32dbb.
//
// Solidity: function categoryCount() view returns(uint256)
func (ergonHub *ErgonHub) UnpackCategoryCount(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("categoryCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCategoryOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ed914cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function categoryOf(uint256 category) view returns((string,string,uint256))
func (ergonHub *ErgonHub) PackCategoryOf(category *big.Int) []byte {
	enc, err := ergonHub.abi.Pack("categoryOf", category)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCategoryOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ed914cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function categoryOf(uint256 category) view returns((string,string,uint256))
func (ergonHub *ErgonHub) TryPackCategoryOf(category *big.Int) ([]byte, error) {
	return ergonHub.abi.Pack("categoryOf", category)
}

// UnpackCategoryOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ed914cd.
//
// Solidity: function categoryOf(uint256 category) view returns((string,string,uint256))
func (ergonHub *ErgonHub) UnpackCategoryOf(data []byte) (HubBaseCategory, error) {
	out, err := ergonHub.abi.Unpack("categoryOf", data)
	if err != nil {
		return *new(HubBaseCategory), err
	}
	out0 := *abi.ConvertType(out[0], new(HubBaseCategory)).(*HubBaseCategory)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0663cde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]))[] items) returns()
func (ergonHub *ErgonHub) PackClaim(dealid [32]byte, deal Deal, items []ClaimItem) []byte {
	enc, err := ergonHub.abi.Pack("claim", dealid, deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0663cde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]))[] items) returns()
func (ergonHub *ErgonHub) TryPackClaim(dealid [32]byte, deal Deal, items []ClaimItem) ([]byte, error) {
	return ergonHub.abi.Pack("claim", dealid, deal, items)
}

// PackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consumed(bytes32 orderHash) view returns(uint256)
func (ergonHub *ErgonHub) PackConsumed(orderHash [32]byte) []byte {
	enc, err := ergonHub.abi.Pack("consumed", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consumed(bytes32 orderHash) view returns(uint256)
func (ergonHub *ErgonHub) TryPackConsumed(orderHash [32]byte) ([]byte, error) {
	return ergonHub.abi.Pack("consumed", orderHash)
}

// UnpackConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4648c943.
//
// Solidity: function consumed(bytes32 orderHash) view returns(uint256)
func (ergonHub *ErgonHub) UnpackConsumed(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("consumed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7f6e697.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, uint256 index, (bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]) state, bytes32 resultHash, bytes32 resultSeal, address enclaveChallenge, bytes enclaveSign, bytes authorizationSign) returns()
func (ergonHub *ErgonHub) PackContribute(dealid [32]byte, deal Deal, index *big.Int, state TaskState, resultHash [32]byte, resultSeal [32]byte, enclaveChallenge common.Address, enclaveSign []byte, authorizationSign []byte) []byte {
	enc, err := ergonHub.abi.Pack("contribute", dealid, deal, index, state, resultHash, resultSeal, enclaveChallenge, enclaveSign, authorizationSign)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7f6e697.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, uint256 index, (bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]) state, bytes32 resultHash, bytes32 resultSeal, address enclaveChallenge, bytes enclaveSign, bytes authorizationSign) returns()
func (ergonHub *ErgonHub) TryPackContribute(dealid [32]byte, deal Deal, index *big.Int, state TaskState, resultHash [32]byte, resultSeal [32]byte, enclaveChallenge common.Address, enclaveSign []byte, authorizationSign []byte) ([]byte, error) {
	return ergonHub.abi.Pack("contribute", dealid, deal, index, state, resultHash, resultSeal, enclaveChallenge, enclaveSign, authorizationSign)
}

// PackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8df13d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeAndFinalize(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, uint256 index, bytes32 digest, string results, bytes callbackData, address enclaveChallenge, bytes enclaveSign, bytes authorizationSign) returns()
func (ergonHub *ErgonHub) PackContributeAndFinalize(dealid [32]byte, deal Deal, index *big.Int, digest [32]byte, results string, callbackData []byte, enclaveChallenge common.Address, enclaveSign []byte, authorizationSign []byte) []byte {
	enc, err := ergonHub.abi.Pack("contributeAndFinalize", dealid, deal, index, digest, results, callbackData, enclaveChallenge, enclaveSign, authorizationSign)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8df13d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeAndFinalize(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, uint256 index, bytes32 digest, string results, bytes callbackData, address enclaveChallenge, bytes enclaveSign, bytes authorizationSign) returns()
func (ergonHub *ErgonHub) TryPackContributeAndFinalize(dealid [32]byte, deal Deal, index *big.Int, digest [32]byte, results string, callbackData []byte, enclaveChallenge common.Address, enclaveSign []byte, authorizationSign []byte) ([]byte, error) {
	return ergonHub.abi.Pack("contributeAndFinalize", dealid, deal, index, digest, results, callbackData, enclaveChallenge, enclaveSign, authorizationSign)
}

// PackContributeAndFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51c3efa2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeAndFinalizeBatch(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, (uint256,address,bytes32,string,bytes,address,(bytes32,bytes32),(bytes32,bytes32))[] items) returns()
func (ergonHub *ErgonHub) PackContributeAndFinalizeBatch(dealid [32]byte, deal Deal, items []ContributeAndFinalizeItem) []byte {
	enc, err := ergonHub.abi.Pack("contributeAndFinalizeBatch", dealid, deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeAndFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51c3efa2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeAndFinalizeBatch(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, (uint256,address,bytes32,string,bytes,address,(bytes32,bytes32),(bytes32,bytes32))[] items) returns()
func (ergonHub *ErgonHub) TryPackContributeAndFinalizeBatch(dealid [32]byte, deal Deal, items []ContributeAndFinalizeItem) ([]byte, error) {
	return ergonHub.abi.Pack("contributeAndFinalizeBatch", dealid, deal, items)
}

// PackContributeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70dfcd68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeBatch(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]),(bytes32,bytes32,(bytes32,bytes32))[],(address,(bytes32,bytes32))[])[] items) returns()
func (ergonHub *ErgonHub) PackContributeBatch(dealid [32]byte, deal Deal, items []ContributeItem) []byte {
	enc, err := ergonHub.abi.Pack("contributeBatch", dealid, deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70dfcd68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeBatch(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]),(bytes32,bytes32,(bytes32,bytes32))[],(address,(bytes32,bytes32))[])[] items) returns()
func (ergonHub *ErgonHub) TryPackContributeBatch(dealid [32]byte, deal Deal, items []ContributeItem) ([]byte, error) {
	return ergonHub.abi.Pack("contributeBatch", dealid, deal, items)
}

// PackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCategory(string name, string description, uint256 workClockTimeRef) returns(uint256)
func (ergonHub *ErgonHub) PackCreateCategory(name string, description string, workClockTimeRef *big.Int) []byte {
	enc, err := ergonHub.abi.Pack("createCategory", name, description, workClockTimeRef)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCategory(string name, string description, uint256 workClockTimeRef) returns(uint256)
func (ergonHub *ErgonHub) TryPackCreateCategory(name string, description string, workClockTimeRef *big.Int) ([]byte, error) {
	return ergonHub.abi.Pack("createCategory", name, description, workClockTimeRef)
}

// UnpackCreateCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x298503d9.
//
// Solidity: function createCategory(string name, string description, uint256 workClockTimeRef) returns(uint256)
func (ergonHub *ErgonHub) UnpackCreateCategory(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("createCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatasetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3235ad13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetRegistry() view returns(address)
func (ergonHub *ErgonHub) PackDatasetRegistry() []byte {
	enc, err := ergonHub.abi.Pack("datasetRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3235ad13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetRegistry() view returns(address)
func (ergonHub *ErgonHub) TryPackDatasetRegistry() ([]byte, error) {
	return ergonHub.abi.Pack("datasetRegistry")
}

// UnpackDatasetRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3235ad13.
//
// Solidity: function datasetRegistry() view returns(address)
func (ergonHub *ErgonHub) UnpackDatasetRegistry(data []byte) (common.Address, error) {
	out, err := ergonHub.abi.Unpack("datasetRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDealHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3103d6e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dealHash(bytes32 dealid) view returns(bytes32)
func (ergonHub *ErgonHub) PackDealHash(dealid [32]byte) []byte {
	enc, err := ergonHub.abi.Pack("dealHash", dealid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDealHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3103d6e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dealHash(bytes32 dealid) view returns(bytes32)
func (ergonHub *ErgonHub) TryPackDealHash(dealid [32]byte) ([]byte, error) {
	return ergonHub.abi.Pack("dealHash", dealid)
}

// UnpackDealHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3103d6e6.
//
// Solidity: function dealHash(bytes32 dealid) view returns(bytes32)
func (ergonHub *ErgonHub) UnpackDealHash(data []byte) ([32]byte, error) {
	out, err := ergonHub.abi.Unpack("dealHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (ergonHub *ErgonHub) PackDeposit(amount *big.Int) []byte {
	enc, err := ergonHub.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (ergonHub *ErgonHub) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return ergonHub.abi.Pack("deposit", amount)
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(uint256 amount, address account) returns()
func (ergonHub *ErgonHub) PackDepositFor(amount *big.Int, account common.Address) []byte {
	enc, err := ergonHub.abi.Pack("depositFor", amount, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(uint256 amount, address account) returns()
func (ergonHub *ErgonHub) TryPackDepositFor(amount *big.Int, account common.Address) ([]byte, error) {
	return ergonHub.abi.Pack("depositFor", amount, account)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (ergonHub *ErgonHub) PackDomainSeparator() []byte {
	enc, err := ergonHub.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (ergonHub *ErgonHub) TryPackDomainSeparator() ([]byte, error) {
	return ergonHub.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (ergonHub *ErgonHub) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := ergonHub.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (ergonHub *ErgonHub) PackEip712Domain() []byte {
	enc, err := ergonHub.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (ergonHub *ErgonHub) TryPackEip712Domain() ([]byte, error) {
	return ergonHub.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (ergonHub *ErgonHub) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := ergonHub.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x922e5d4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeBatch(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]),bytes32,string,bytes,(bytes32,bytes32)[])[] items) returns()
func (ergonHub *ErgonHub) PackFinalizeBatch(dealid [32]byte, deal Deal, items []FinalizeItem) []byte {
	enc, err := ergonHub.abi.Pack("finalizeBatch", dealid, deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x922e5d4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeBatch(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]),bytes32,string,bytes,(bytes32,bytes32)[])[] items) returns()
func (ergonHub *ErgonHub) TryPackFinalizeBatch(dealid [32]byte, deal Deal, items []FinalizeItem) ([]byte, error) {
	return ergonHub.abi.Pack("finalizeBatch", dealid, deal, items)
}

// PackKitty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0baccd75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function kitty() view returns(uint256)
func (ergonHub *ErgonHub) PackKitty() []byte {
	enc, err := ergonHub.abi.Pack("kitty")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKitty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0baccd75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function kitty() view returns(uint256)
func (ergonHub *ErgonHub) TryPackKitty() ([]byte, error) {
	return ergonHub.abi.Pack("kitty")
}

// UnpackKitty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0baccd75.
//
// Solidity: function kitty() view returns(uint256)
func (ergonHub *ErgonHub) UnpackKitty(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("kitty", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKittyMin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a3e759b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function kittyMin() view returns(uint256)
func (ergonHub *ErgonHub) PackKittyMin() []byte {
	enc, err := ergonHub.abi.Pack("kittyMin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKittyMin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a3e759b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function kittyMin() view returns(uint256)
func (ergonHub *ErgonHub) TryPackKittyMin() ([]byte, error) {
	return ergonHub.abi.Pack("kittyMin")
}

// UnpackKittyMin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a3e759b.
//
// Solidity: function kittyMin() view returns(uint256)
func (ergonHub *ErgonHub) UnpackKittyMin(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("kittyMin", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156194d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestOrder) returns(bytes32 dealid)
func (ergonHub *ErgonHub) PackMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder) []byte {
	enc, err := ergonHub.abi.Pack("matchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156194d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestOrder) returns(bytes32 dealid)
func (ergonHub *ErgonHub) TryPackMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder) ([]byte, error) {
	return ergonHub.abi.Pack("matchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder)
}

// UnpackMatchOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x156194d4.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestOrder) returns(bytes32 dealid)
func (ergonHub *ErgonHub) UnpackMatchOrders(data []byte) ([32]byte, error) {
	out, err := ergonHub.abi.Unpack("matchOrders", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOrderDesk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf85f4de9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderDesk() view returns(address)
func (ergonHub *ErgonHub) PackOrderDesk() []byte {
	enc, err := ergonHub.abi.Pack("orderDesk")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderDesk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf85f4de9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderDesk() view returns(address)
func (ergonHub *ErgonHub) TryPackOrderDesk() ([]byte, error) {
	return ergonHub.abi.Pack("orderDesk")
}

// UnpackOrderDesk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf85f4de9.
//
// Solidity: function orderDesk() view returns(address)
func (ergonHub *ErgonHub) UnpackOrderDesk(data []byte) (common.Address, error) {
	out, err := ergonHub.abi.Unpack("orderDesk", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (ergonHub *ErgonHub) PackOwner() []byte {
	enc, err := ergonHub.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (ergonHub *ErgonHub) TryPackOwner() ([]byte, error) {
	return ergonHub.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (ergonHub *ErgonHub) UnpackOwner(data []byte) (common.Address, error) {
	out, err := ergonHub.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a810578.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) PackPresignAppOrder(order AppOrder) []byte {
	enc, err := ergonHub.abi.Pack("presignAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a810578.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) TryPackPresignAppOrder(order AppOrder) ([]byte, error) {
	return ergonHub.abi.Pack("presignAppOrder", order)
}

// PackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09ec0f4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) PackPresignDatasetOrder(order DatasetOrder) []byte {
	enc, err := ergonHub.abi.Pack("presignDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09ec0f4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) TryPackPresignDatasetOrder(order DatasetOrder) ([]byte, error) {
	return ergonHub.abi.Pack("presignDatasetOrder", order)
}

// PackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf47e347.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) PackPresignRequestOrder(order RequestOrder) []byte {
	enc, err := ergonHub.abi.Pack("presignRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf47e347.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) TryPackPresignRequestOrder(order RequestOrder) ([]byte, error) {
	return ergonHub.abi.Pack("presignRequestOrder", order)
}

// PackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafce7e39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) PackPresignWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := ergonHub.abi.Pack("presignWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafce7e39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) returns()
func (ergonHub *ErgonHub) TryPackPresignWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return ergonHub.abi.Pack("presignWorkerpoolOrder", order)
}

// PackPresigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e7a3482.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presigner(bytes32 orderHash) view returns(address)
func (ergonHub *ErgonHub) PackPresigner(orderHash [32]byte) []byte {
	enc, err := ergonHub.abi.Pack("presigner", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e7a3482.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presigner(bytes32 orderHash) view returns(address)
func (ergonHub *ErgonHub) TryPackPresigner(orderHash [32]byte) ([]byte, error) {
	return ergonHub.abi.Pack("presigner", orderHash)
}

// UnpackPresigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e7a3482.
//
// Solidity: function presigner(bytes32 orderHash) view returns(address)
func (ergonHub *ErgonHub) UnpackPresigner(data []byte) (common.Address, error) {
	out, err := ergonHub.abi.Unpack("presigner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (ergonHub *ErgonHub) PackRenounceOwnership() []byte {
	enc, err := ergonHub.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (ergonHub *ErgonHub) TryPackRenounceOwnership() ([]byte, error) {
	return ergonHub.abi.Pack("renounceOwnership")
}

// PackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0de90c67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reopen(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, uint256 index, (bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]) state) returns()
func (ergonHub *ErgonHub) PackReopen(dealid [32]byte, deal Deal, index *big.Int, state TaskState) []byte {
	enc, err := ergonHub.abi.Pack("reopen", dealid, deal, index, state)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0de90c67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reopen(bytes32 dealid, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, uint256 index, (bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]) state) returns()
func (ergonHub *ErgonHub) TryPackReopen(dealid [32]byte, deal Deal, index *big.Int, state TaskState) ([]byte, error) {
	return ergonHub.abi.Pack("reopen", dealid, deal, index, state)
}

// PackResultDigestMatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1d344df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultDigestMatches(bytes32 taskid, bytes32 digest) view returns(bool)
func (ergonHub *ErgonHub) PackResultDigestMatches(taskid [32]byte, digest [32]byte) []byte {
	enc, err := ergonHub.abi.Pack("resultDigestMatches", taskid, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultDigestMatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1d344df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultDigestMatches(bytes32 taskid, bytes32 digest) view returns(bool)
func (ergonHub *ErgonHub) TryPackResultDigestMatches(taskid [32]byte, digest [32]byte) ([]byte, error) {
	return ergonHub.abi.Pack("resultDigestMatches", taskid, digest)
}

// UnpackResultDigestMatches is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1d344df.
//
// Solidity: function resultDigestMatches(bytes32 taskid, bytes32 digest) view returns(bool)
func (ergonHub *ErgonHub) UnpackResultDigestMatches(data []byte) (bool, error) {
	out, err := ergonHub.abi.Unpack("resultDigestMatches", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07310d26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(bytes32 taskid, (bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]) state, bytes32 digest) returns()
func (ergonHub *ErgonHub) PackReveal(taskid [32]byte, state TaskState, digest [32]byte) []byte {
	enc, err := ergonHub.abi.Pack("reveal", taskid, state, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07310d26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(bytes32 taskid, (bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]) state, bytes32 digest) returns()
func (ergonHub *ErgonHub) TryPackReveal(taskid [32]byte, state TaskState, digest [32]byte) ([]byte, error) {
	return ergonHub.abi.Pack("reveal", taskid, state, digest)
}

// PackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6862766f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealBatch((bytes32,(bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]),bytes32,(bytes32,bytes32)[])[] items) returns()
func (ergonHub *ErgonHub) PackRevealBatch(items []RevealItem) []byte {
	enc, err := ergonHub.abi.Pack("revealBatch", items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6862766f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealBatch((bytes32,(bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]),bytes32,(bytes32,bytes32)[])[] items) returns()
func (ergonHub *ErgonHub) TryPackRevealBatch(items []RevealItem) ([]byte, error) {
	return ergonHub.abi.Pack("revealBatch", items)
}

// PackSponsorMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f391533.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sponsorMatchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestOrder) returns(bytes32 dealid)
func (ergonHub *ErgonHub) PackSponsorMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder) []byte {
	enc, err := ergonHub.abi.Pack("sponsorMatchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSponsorMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f391533.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sponsorMatchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestOrder) returns(bytes32 dealid)
func (ergonHub *ErgonHub) TryPackSponsorMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder) ([]byte, error) {
	return ergonHub.abi.Pack("sponsorMatchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder)
}

// UnpackSponsorMatchOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f391533.
//
// Solidity: function sponsorMatchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestOrder) returns(bytes32 dealid)
func (ergonHub *ErgonHub) UnpackSponsorMatchOrders(data []byte) ([32]byte, error) {
	out, err := ergonHub.abi.Unpack("sponsorMatchOrders", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTaskId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29263b4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskId(bytes32 dealid, uint256 index) pure returns(bytes32)
func (ergonHub *ErgonHub) PackTaskId(dealid [32]byte, index *big.Int) []byte {
	enc, err := ergonHub.abi.Pack("taskId", dealid, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29263b4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskId(bytes32 dealid, uint256 index) pure returns(bytes32)
func (ergonHub *ErgonHub) TryPackTaskId(dealid [32]byte, index *big.Int) ([]byte, error) {
	return ergonHub.abi.Pack("taskId", dealid, index)
}

// UnpackTaskId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29263b4e.
//
// Solidity: function taskId(bytes32 dealid, uint256 index) pure returns(bytes32)
func (ergonHub *ErgonHub) UnpackTaskId(data []byte) ([32]byte, error) {
	out, err := ergonHub.abi.Unpack("taskId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTaskSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09a73a6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskSlot(bytes32 taskid) view returns(uint256)
func (ergonHub *ErgonHub) PackTaskSlot(taskid [32]byte) []byte {
	enc, err := ergonHub.abi.Pack("taskSlot", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09a73a6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskSlot(bytes32 taskid) view returns(uint256)
func (ergonHub *ErgonHub) TryPackTaskSlot(taskid [32]byte) ([]byte, error) {
	return ergonHub.abi.Pack("taskSlot", taskid)
}

// UnpackTaskSlot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09a73a6e.
//
// Solidity: function taskSlot(bytes32 taskid) view returns(uint256)
func (ergonHub *ErgonHub) UnpackTaskSlot(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("taskSlot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTaskStateHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x245d87cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskStateHash((bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]) state) pure returns(bytes32)
func (ergonHub *ErgonHub) PackTaskStateHash(state TaskState) []byte {
	enc, err := ergonHub.abi.Pack("taskStateHash", state)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskStateHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x245d87cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskStateHash((bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]) state) pure returns(bytes32)
func (ergonHub *ErgonHub) TryPackTaskStateHash(state TaskState) ([]byte, error) {
	return ergonHub.abi.Pack("taskStateHash", state)
}

// UnpackTaskStateHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x245d87cd.
//
// Solidity: function taskStateHash((bytes32,uint256,uint256,(address,uint256,bytes32,bytes32,uint8)[]) state) pure returns(bytes32)
func (ergonHub *ErgonHub) UnpackTaskStateHash(data []byte) ([32]byte, error) {
	out, err := ergonHub.abi.Unpack("taskStateHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTaskStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da8e54f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskStatus(bytes32 taskid) view returns(uint8)
func (ergonHub *ErgonHub) PackTaskStatus(taskid [32]byte) []byte {
	enc, err := ergonHub.abi.Pack("taskStatus", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da8e54f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskStatus(bytes32 taskid) view returns(uint8)
func (ergonHub *ErgonHub) TryPackTaskStatus(taskid [32]byte) ([]byte, error) {
	return ergonHub.abi.Pack("taskStatus", taskid)
}

// UnpackTaskStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1da8e54f.
//
// Solidity: function taskStatus(bytes32 taskid) view returns(uint8)
func (ergonHub *ErgonHub) UnpackTaskStatus(data []byte) (uint8, error) {
	out, err := ergonHub.abi.Unpack("taskStatus", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (ergonHub *ErgonHub) PackToken() []byte {
	enc, err := ergonHub.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (ergonHub *ErgonHub) TryPackToken() ([]byte, error) {
	return ergonHub.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (ergonHub *ErgonHub) UnpackToken(data []byte) (common.Address, error) {
	out, err := ergonHub.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (ergonHub *ErgonHub) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := ergonHub.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (ergonHub *ErgonHub) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return ergonHub.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (ergonHub *ErgonHub) PackWithdraw(amount *big.Int) []byte {
	enc, err := ergonHub.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (ergonHub *ErgonHub) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return ergonHub.abi.Pack("withdraw", amount)
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc86283c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(uint256 amount, address to) returns()
func (ergonHub *ErgonHub) PackWithdrawTo(amount *big.Int, to common.Address) []byte {
	enc, err := ergonHub.abi.Pack("withdrawTo", amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc86283c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(uint256 amount, address to) returns()
func (ergonHub *ErgonHub) TryPackWithdrawTo(amount *big.Int, to common.Address) ([]byte, error) {
	return ergonHub.abi.Pack("withdrawTo", amount, to)
}

// PackWorkerScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd8bf9ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function workerScore(address worker) view returns(uint256)
func (ergonHub *ErgonHub) PackWorkerScore(worker common.Address) []byte {
	enc, err := ergonHub.abi.Pack("workerScore", worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWorkerScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd8bf9ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function workerScore(address worker) view returns(uint256)
func (ergonHub *ErgonHub) TryPackWorkerScore(worker common.Address) ([]byte, error) {
	return ergonHub.abi.Pack("workerScore", worker)
}

// UnpackWorkerScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd8bf9ad.
//
// Solidity: function workerScore(address worker) view returns(uint256)
func (ergonHub *ErgonHub) UnpackWorkerScore(data []byte) (*big.Int, error) {
	out, err := ergonHub.abi.Unpack("workerScore", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWorkerpoolRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fb0f8fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function workerpoolRegistry() view returns(address)
func (ergonHub *ErgonHub) PackWorkerpoolRegistry() []byte {
	enc, err := ergonHub.abi.Pack("workerpoolRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWorkerpoolRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fb0f8fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function workerpoolRegistry() view returns(address)
func (ergonHub *ErgonHub) TryPackWorkerpoolRegistry() ([]byte, error) {
	return ergonHub.abi.Pack("workerpoolRegistry")
}

// UnpackWorkerpoolRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fb0f8fa.
//
// Solidity: function workerpoolRegistry() view returns(address)
func (ergonHub *ErgonHub) UnpackWorkerpoolRegistry(data []byte) (common.Address, error) {
	out, err := ergonHub.abi.Unpack("workerpoolRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ErgonHubCallbackFailed represents a CallbackFailed event raised by the ErgonHub contract.
type ErgonHubCallbackFailed struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const ErgonHubCallbackFailedEventName = "CallbackFailed"

// ContractEventName returns the user-defined event name.
func (ErgonHubCallbackFailed) ContractEventName() string {
	return ErgonHubCallbackFailedEventName
}

// UnpackCallbackFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackFailed(bytes32 indexed taskid)
func (ergonHub *ErgonHub) UnpackCallbackFailedEvent(log *types.Log) (*ErgonHubCallbackFailed, error) {
	event := "CallbackFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubCallbackFailed)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubCategoryCreated represents a CategoryCreated event raised by the ErgonHub contract.
type ErgonHubCategoryCreated struct {
	Category         *big.Int
	Name             string
	Description      string
	WorkClockTimeRef *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const ErgonHubCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (ErgonHubCategoryCreated) ContractEventName() string {
	return ErgonHubCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed category, string name, string description, uint256 workClockTimeRef)
func (ergonHub *ErgonHub) UnpackCategoryCreatedEvent(log *types.Log) (*ErgonHubCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubCategoryCreated)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubDealCreated represents a DealCreated event raised by the ErgonHub contract.
type ErgonHubDealCreated struct {
	Dealid              [32]byte
	Workerpool          common.Address
	Requester           common.Address
	Deal                Deal
	AppOrderHash        [32]byte
	DatasetOrderHash    [32]byte
	WorkerpoolOrderHash [32]byte
	RequestOrderHash    [32]byte
	Params              string
	Raw                 *types.Log // Blockchain specific contextual infos
}

const ErgonHubDealCreatedEventName = "DealCreated"

// ContractEventName returns the user-defined event name.
func (ErgonHubDealCreated) ContractEventName() string {
	return ErgonHubDealCreatedEventName
}

// UnpackDealCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealCreated(bytes32 indexed dealid, address indexed workerpool, address indexed requester, (address,address,uint256,address,address,uint256,address,address,uint256,address,address,address,address,address,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) deal, bytes32 appOrderHash, bytes32 datasetOrderHash, bytes32 workerpoolOrderHash, bytes32 requestOrderHash, string params)
func (ergonHub *ErgonHub) UnpackDealCreatedEvent(log *types.Log) (*ErgonHubDealCreated, error) {
	event := "DealCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubDealCreated)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubDeposit represents a Deposit event raised by the ErgonHub contract.
type ErgonHubDeposit struct {
	Account common.Address
	From    common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ErgonHubDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (ErgonHubDeposit) ContractEventName() string {
	return ErgonHubDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, address indexed from, uint256 amount)
func (ergonHub *ErgonHub) UnpackDepositEvent(log *types.Log) (*ErgonHubDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubDeposit)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubEIP712DomainChanged represents a EIP712DomainChanged event raised by the ErgonHub contract.
type ErgonHubEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ErgonHubEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ErgonHubEIP712DomainChanged) ContractEventName() string {
	return ErgonHubEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (ergonHub *ErgonHub) UnpackEIP712DomainChangedEvent(log *types.Log) (*ErgonHubEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubOrderCancelled represents a OrderCancelled event raised by the ErgonHub contract.
type ErgonHubOrderCancelled struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ErgonHubOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (ErgonHubOrderCancelled) ContractEventName() string {
	return ErgonHubOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(bytes32 indexed orderHash, address indexed owner)
func (ergonHub *ErgonHub) UnpackOrderCancelledEvent(log *types.Log) (*ErgonHubOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubOrderCancelled)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubOrderPresigned represents a OrderPresigned event raised by the ErgonHub contract.
type ErgonHubOrderPresigned struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ErgonHubOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (ErgonHubOrderPresigned) ContractEventName() string {
	return ErgonHubOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(bytes32 indexed orderHash, address indexed owner)
func (ergonHub *ErgonHub) UnpackOrderPresignedEvent(log *types.Log) (*ErgonHubOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubOrderPresigned)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubOwnershipTransferred represents a OwnershipTransferred event raised by the ErgonHub contract.
type ErgonHubOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ErgonHubOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ErgonHubOwnershipTransferred) ContractEventName() string {
	return ErgonHubOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (ergonHub *ErgonHub) UnpackOwnershipTransferredEvent(log *types.Log) (*ErgonHubOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubTaskClaimed represents a TaskClaimed event raised by the ErgonHub contract.
type ErgonHubTaskClaimed struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const ErgonHubTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (ErgonHubTaskClaimed) ContractEventName() string {
	return ErgonHubTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid)
func (ergonHub *ErgonHub) UnpackTaskClaimedEvent(log *types.Log) (*ErgonHubTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubTaskClaimed)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubTaskConsensus represents a TaskConsensus event raised by the ErgonHub contract.
type ErgonHubTaskConsensus struct {
	Taskid         [32]byte
	RevealDeadline *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ErgonHubTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (ErgonHubTaskConsensus) ContractEventName() string {
	return ErgonHubTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, uint256 revealDeadline)
func (ergonHub *ErgonHub) UnpackTaskConsensusEvent(log *types.Log) (*ErgonHubTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubTaskConsensus)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubTaskContribute represents a TaskContribute event raised by the ErgonHub contract.
type ErgonHubTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	ResultSeal [32]byte
	Weight     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ErgonHubTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (ErgonHubTaskContribute) ContractEventName() string {
	return ErgonHubTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash, bytes32 resultSeal, uint256 weight)
func (ergonHub *ErgonHub) UnpackTaskContributeEvent(log *types.Log) (*ErgonHubTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubTaskContribute)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubTaskFinalize represents a TaskFinalize event raised by the ErgonHub contract.
type ErgonHubTaskFinalize struct {
	Taskid  [32]byte
	Digest  [32]byte
	Results string
	Raw     *types.Log // Blockchain specific contextual infos
}

const ErgonHubTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (ErgonHubTaskFinalize) ContractEventName() string {
	return ErgonHubTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes32 digest, string results)
func (ergonHub *ErgonHub) UnpackTaskFinalizeEvent(log *types.Log) (*ErgonHubTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubTaskFinalize)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubTaskReopen represents a TaskReopen event raised by the ErgonHub contract.
type ErgonHubTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const ErgonHubTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (ErgonHubTaskReopen) ContractEventName() string {
	return ErgonHubTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (ergonHub *ErgonHub) UnpackTaskReopenEvent(log *types.Log) (*ErgonHubTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubTaskReopen)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubTaskReveal represents a TaskReveal event raised by the ErgonHub contract.
type ErgonHubTaskReveal struct {
	Taskid [32]byte
	Worker common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ErgonHubTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (ErgonHubTaskReveal) ContractEventName() string {
	return ErgonHubTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker)
func (ergonHub *ErgonHub) UnpackTaskRevealEvent(log *types.Log) (*ErgonHubTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubTaskReveal)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonHubWithdraw represents a Withdraw event raised by the ErgonHub contract.
type ErgonHubWithdraw struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ErgonHubWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (ErgonHubWithdraw) ContractEventName() string {
	return ErgonHubWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, address indexed to, uint256 amount)
func (ergonHub *ErgonHub) UnpackWithdrawEvent(log *types.Log) (*ErgonHubWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonHubWithdraw)
	if len(log.Data) > 0 {
		if err := ergonHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (ergonHub *ErgonHub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["AlreadyContributed"].ID.Bytes()[:4]) {
		return ergonHub.UnpackAlreadyContributedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["AssetMismatch"].ID.Bytes()[:4]) {
		return ergonHub.UnpackAssetMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["BadAuthorization"].ID.Bytes()[:4]) {
		return ergonHub.UnpackBadAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["BadEnclaveSignature"].ID.Bytes()[:4]) {
		return ergonHub.UnpackBadEnclaveSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["BadOrderSignature"].ID.Bytes()[:4]) {
		return ergonHub.UnpackBadOrderSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["BadReveal"].ID.Bytes()[:4]) {
		return ergonHub.UnpackBadRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["BadWorkerSignature"].ID.Bytes()[:4]) {
		return ergonHub.UnpackBadWorkerSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["CallbackDataMismatch"].ID.Bytes()[:4]) {
		return ergonHub.UnpackCallbackDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["CategoryMismatch"].ID.Bytes()[:4]) {
		return ergonHub.UnpackCategoryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["ContributionDeadlinePassed"].ID.Bytes()[:4]) {
		return ergonHub.UnpackContributionDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["DealMismatch"].ID.Bytes()[:4]) {
		return ergonHub.UnpackDealMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["DigestMismatch"].ID.Bytes()[:4]) {
		return ergonHub.UnpackDigestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["EnclaveChallengeRequired"].ID.Bytes()[:4]) {
		return ergonHub.UnpackEnclaveChallengeRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["FinalDeadlineNotReached"].ID.Bytes()[:4]) {
		return ergonHub.UnpackFinalDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["FinalDeadlinePassed"].ID.Bytes()[:4]) {
		return ergonHub.UnpackFinalDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["HasReveals"].ID.Bytes()[:4]) {
		return ergonHub.UnpackHasRevealsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return ergonHub.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return ergonHub.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["NoReveal"].ID.Bytes()[:4]) {
		return ergonHub.UnpackNoRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["NotAWinner"].ID.Bytes()[:4]) {
		return ergonHub.UnpackNotAWinnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["NotAllRevealed"].ID.Bytes()[:4]) {
		return ergonHub.UnpackNotAllRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["NotEnoughGasForCallback"].ID.Bytes()[:4]) {
		return ergonHub.UnpackNotEnoughGasForCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["NotOrderOwner"].ID.Bytes()[:4]) {
		return ergonHub.UnpackNotOrderOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["NotScheduler"].ID.Bytes()[:4]) {
		return ergonHub.UnpackNotSchedulerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["OrderConsumed"].ID.Bytes()[:4]) {
		return ergonHub.UnpackOrderConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return ergonHub.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return ergonHub.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["PriceTooHigh"].ID.Bytes()[:4]) {
		return ergonHub.UnpackPriceTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["Restricted"].ID.Bytes()[:4]) {
		return ergonHub.UnpackRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["RevealDeadlineNotReached"].ID.Bytes()[:4]) {
		return ergonHub.UnpackRevealDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["RevealDeadlinePassed"].ID.Bytes()[:4]) {
		return ergonHub.UnpackRevealDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return ergonHub.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return ergonHub.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["StateMismatch"].ID.Bytes()[:4]) {
		return ergonHub.UnpackStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return ergonHub.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["TagNotSupported"].ID.Bytes()[:4]) {
		return ergonHub.UnpackTagNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["TaskOutOfRange"].ID.Bytes()[:4]) {
		return ergonHub.UnpackTaskOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["TeeMismatch"].ID.Bytes()[:4]) {
		return ergonHub.UnpackTeeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["TooManyContributions"].ID.Bytes()[:4]) {
		return ergonHub.UnpackTooManyContributionsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["TrustTooHigh"].ID.Bytes()[:4]) {
		return ergonHub.UnpackTrustTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["TrustTooHighForShortcut"].ID.Bytes()[:4]) {
		return ergonHub.UnpackTrustTooHighForShortcutError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["UnknownAsset"].ID.Bytes()[:4]) {
		return ergonHub.UnpackUnknownAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["UnknownCategory"].ID.Bytes()[:4]) {
		return ergonHub.UnpackUnknownCategoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return ergonHub.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return ergonHub.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["ZeroResultHash"].ID.Bytes()[:4]) {
		return ergonHub.UnpackZeroResultHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonHub.abi.Errors["ZeroTimeRef"].ID.Bytes()[:4]) {
		return ergonHub.UnpackZeroTimeRefError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ErgonHubAlreadyContributed represents a AlreadyContributed error raised by the ErgonHub contract.
type ErgonHubAlreadyContributed struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyContributed(bytes32 taskid, address worker)
func ErgonHubAlreadyContributedErrorID() common.Hash {
	return common.HexToHash("0xa4fb67aa9fd4606115f88ac7c2c9bb37faa1d4b937a33c7b4bf5d5daa7710474")
}

// UnpackAlreadyContributedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyContributed(bytes32 taskid, address worker)
func (ergonHub *ErgonHub) UnpackAlreadyContributedError(raw []byte) (*ErgonHubAlreadyContributed, error) {
	out := new(ErgonHubAlreadyContributed)
	if err := ergonHub.abi.UnpackIntoInterface(out, "AlreadyContributed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubAssetMismatch represents a AssetMismatch error raised by the ErgonHub contract.
type ErgonHubAssetMismatch struct {
	Kind      uint8
	Requested common.Address
	Offered   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetMismatch(uint8 kind, address requested, address offered)
func ErgonHubAssetMismatchErrorID() common.Hash {
	return common.HexToHash("0x6f7fcb18f5e097614e14d9880fb1f568ec719a6c18bc2b5590c6df1d57677061")
}

// UnpackAssetMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetMismatch(uint8 kind, address requested, address offered)
func (ergonHub *ErgonHub) UnpackAssetMismatchError(raw []byte) (*ErgonHubAssetMismatch, error) {
	out := new(ErgonHubAssetMismatch)
	if err := ergonHub.abi.UnpackIntoInterface(out, "AssetMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubBadAuthorization represents a BadAuthorization error raised by the ErgonHub contract.
type ErgonHubBadAuthorization struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAuthorization(bytes32 taskid, address worker)
func ErgonHubBadAuthorizationErrorID() common.Hash {
	return common.HexToHash("0xeacb1830280f6be149a71512017def2e90b1c7b0f79bf5641d43dffcbf84c469")
}

// UnpackBadAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAuthorization(bytes32 taskid, address worker)
func (ergonHub *ErgonHub) UnpackBadAuthorizationError(raw []byte) (*ErgonHubBadAuthorization, error) {
	out := new(ErgonHubBadAuthorization)
	if err := ergonHub.abi.UnpackIntoInterface(out, "BadAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubBadEnclaveSignature represents a BadEnclaveSignature error raised by the ErgonHub contract.
type ErgonHubBadEnclaveSignature struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEnclaveSignature(bytes32 taskid)
func ErgonHubBadEnclaveSignatureErrorID() common.Hash {
	return common.HexToHash("0x7935f1262eebfffc5c3a559112d12902cbd471aa79fd1541cf95cdb236b3b13a")
}

// UnpackBadEnclaveSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEnclaveSignature(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackBadEnclaveSignatureError(raw []byte) (*ErgonHubBadEnclaveSignature, error) {
	out := new(ErgonHubBadEnclaveSignature)
	if err := ergonHub.abi.UnpackIntoInterface(out, "BadEnclaveSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubBadOrderSignature represents a BadOrderSignature error raised by the ErgonHub contract.
type ErgonHubBadOrderSignature struct {
	Kind      uint8
	OrderHash [32]byte
	Owner     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOrderSignature(uint8 kind, bytes32 orderHash, address owner)
func ErgonHubBadOrderSignatureErrorID() common.Hash {
	return common.HexToHash("0x74392c21670c8b7b14d9f666531f83add2a4184242e7fb3a426b618117074760")
}

// UnpackBadOrderSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOrderSignature(uint8 kind, bytes32 orderHash, address owner)
func (ergonHub *ErgonHub) UnpackBadOrderSignatureError(raw []byte) (*ErgonHubBadOrderSignature, error) {
	out := new(ErgonHubBadOrderSignature)
	if err := ergonHub.abi.UnpackIntoInterface(out, "BadOrderSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubBadReveal represents a BadReveal error raised by the ErgonHub contract.
type ErgonHubBadReveal struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReveal(bytes32 taskid, address worker)
func ErgonHubBadRevealErrorID() common.Hash {
	return common.HexToHash("0x6ac16665712c274e0a28e5403a250eddf6aeacbce88b5b01c43f8c5d624bef16")
}

// UnpackBadRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReveal(bytes32 taskid, address worker)
func (ergonHub *ErgonHub) UnpackBadRevealError(raw []byte) (*ErgonHubBadReveal, error) {
	out := new(ErgonHubBadReveal)
	if err := ergonHub.abi.UnpackIntoInterface(out, "BadReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubBadWorkerSignature represents a BadWorkerSignature error raised by the ErgonHub contract.
type ErgonHubBadWorkerSignature struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWorkerSignature(bytes32 taskid)
func ErgonHubBadWorkerSignatureErrorID() common.Hash {
	return common.HexToHash("0xb1f8aff2da1f7b06c04860778e634a5dd78fa07537cf9a89db097240117496c5")
}

// UnpackBadWorkerSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWorkerSignature(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackBadWorkerSignatureError(raw []byte) (*ErgonHubBadWorkerSignature, error) {
	out := new(ErgonHubBadWorkerSignature)
	if err := ergonHub.abi.UnpackIntoInterface(out, "BadWorkerSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubCallbackDataMismatch represents a CallbackDataMismatch error raised by the ErgonHub contract.
type ErgonHubCallbackDataMismatch struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackDataMismatch(bytes32 taskid)
func ErgonHubCallbackDataMismatchErrorID() common.Hash {
	return common.HexToHash("0x53be4f5a79c1f97517fdabf457be483d01082e76c0624a96971316994f5d22f4")
}

// UnpackCallbackDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackDataMismatch(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackCallbackDataMismatchError(raw []byte) (*ErgonHubCallbackDataMismatch, error) {
	out := new(ErgonHubCallbackDataMismatch)
	if err := ergonHub.abi.UnpackIntoInterface(out, "CallbackDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubCategoryMismatch represents a CategoryMismatch error raised by the ErgonHub contract.
type ErgonHubCategoryMismatch struct {
	RequestCategory    *big.Int
	WorkerpoolCategory *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory)
func ErgonHubCategoryMismatchErrorID() common.Hash {
	return common.HexToHash("0xa547d014baeddc67ee263d7fabd03374cd52eee662132e2a1d8c49ce40288f51")
}

// UnpackCategoryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory)
func (ergonHub *ErgonHub) UnpackCategoryMismatchError(raw []byte) (*ErgonHubCategoryMismatch, error) {
	out := new(ErgonHubCategoryMismatch)
	if err := ergonHub.abi.UnpackIntoInterface(out, "CategoryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubContributionDeadlinePassed represents a ContributionDeadlinePassed error raised by the ErgonHub contract.
type ErgonHubContributionDeadlinePassed struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionDeadlinePassed(bytes32 taskid, uint256 deadline)
func ErgonHubContributionDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x20951fca9057275706e980fe8bd84fbe1224cafde966fbec51c0e4ce08d8bda4")
}

// UnpackContributionDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionDeadlinePassed(bytes32 taskid, uint256 deadline)
func (ergonHub *ErgonHub) UnpackContributionDeadlinePassedError(raw []byte) (*ErgonHubContributionDeadlinePassed, error) {
	out := new(ErgonHubContributionDeadlinePassed)
	if err := ergonHub.abi.UnpackIntoInterface(out, "ContributionDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubDealMismatch represents a DealMismatch error raised by the ErgonHub contract.
type ErgonHubDealMismatch struct {
	Dealid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DealMismatch(bytes32 dealid)
func ErgonHubDealMismatchErrorID() common.Hash {
	return common.HexToHash("0xbdc420d199c6db3de519987edcef5ce8b2d007aab22871f3e558381de25d576f")
}

// UnpackDealMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DealMismatch(bytes32 dealid)
func (ergonHub *ErgonHub) UnpackDealMismatchError(raw []byte) (*ErgonHubDealMismatch, error) {
	out := new(ErgonHubDealMismatch)
	if err := ergonHub.abi.UnpackIntoInterface(out, "DealMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubDigestMismatch represents a DigestMismatch error raised by the ErgonHub contract.
type ErgonHubDigestMismatch struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DigestMismatch(bytes32 taskid)
func ErgonHubDigestMismatchErrorID() common.Hash {
	return common.HexToHash("0x513596bdca65a487bb6b461b5b54d1a0819cf8b205f1a54b21e0a0d5ca312155")
}

// UnpackDigestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DigestMismatch(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackDigestMismatchError(raw []byte) (*ErgonHubDigestMismatch, error) {
	out := new(ErgonHubDigestMismatch)
	if err := ergonHub.abi.UnpackIntoInterface(out, "DigestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubEnclaveChallengeRequired represents a EnclaveChallengeRequired error raised by the ErgonHub contract.
type ErgonHubEnclaveChallengeRequired struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveChallengeRequired(bytes32 taskid)
func ErgonHubEnclaveChallengeRequiredErrorID() common.Hash {
	return common.HexToHash("0x8cdde032fbccaebf33a036baa292235d48998c1b0b91001229d5bb9df8d02336")
}

// UnpackEnclaveChallengeRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveChallengeRequired(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackEnclaveChallengeRequiredError(raw []byte) (*ErgonHubEnclaveChallengeRequired, error) {
	out := new(ErgonHubEnclaveChallengeRequired)
	if err := ergonHub.abi.UnpackIntoInterface(out, "EnclaveChallengeRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubFinalDeadlineNotReached represents a FinalDeadlineNotReached error raised by the ErgonHub contract.
type ErgonHubFinalDeadlineNotReached struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalDeadlineNotReached(bytes32 taskid, uint256 deadline)
func ErgonHubFinalDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0x62863757344f6fb21e6ee51a5e0e5e10978a8d427a06ee0a83594b1a13ba5c1d")
}

// UnpackFinalDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalDeadlineNotReached(bytes32 taskid, uint256 deadline)
func (ergonHub *ErgonHub) UnpackFinalDeadlineNotReachedError(raw []byte) (*ErgonHubFinalDeadlineNotReached, error) {
	out := new(ErgonHubFinalDeadlineNotReached)
	if err := ergonHub.abi.UnpackIntoInterface(out, "FinalDeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubFinalDeadlinePassed represents a FinalDeadlinePassed error raised by the ErgonHub contract.
type ErgonHubFinalDeadlinePassed struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalDeadlinePassed(bytes32 taskid, uint256 deadline)
func ErgonHubFinalDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xd9f7451f0362585b3c52606d8ba95c7141cb554e1250268bb8aea3b2fed0eabf")
}

// UnpackFinalDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalDeadlinePassed(bytes32 taskid, uint256 deadline)
func (ergonHub *ErgonHub) UnpackFinalDeadlinePassedError(raw []byte) (*ErgonHubFinalDeadlinePassed, error) {
	out := new(ErgonHubFinalDeadlinePassed)
	if err := ergonHub.abi.UnpackIntoInterface(out, "FinalDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubHasReveals represents a HasReveals error raised by the ErgonHub contract.
type ErgonHubHasReveals struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasReveals(bytes32 taskid)
func ErgonHubHasRevealsErrorID() common.Hash {
	return common.HexToHash("0xf9a895ad962b81e510bcad931d5a374d49d9a49c19136325c7fc67c5fcda17be")
}

// UnpackHasRevealsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasReveals(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackHasRevealsError(raw []byte) (*ErgonHubHasReveals, error) {
	out := new(ErgonHubHasReveals)
	if err := ergonHub.abi.UnpackIntoInterface(out, "HasReveals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubInsufficientBalance represents a InsufficientBalance error raised by the ErgonHub contract.
type ErgonHubInsufficientBalance struct {
	Account   common.Address
	Needed    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(address account, uint256 needed, uint256 available)
func ErgonHubInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xdb42144d928cd19733b9dfeead8bc02ed403845c274e06a6eee0944fb25ca5c4")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(address account, uint256 needed, uint256 available)
func (ergonHub *ErgonHub) UnpackInsufficientBalanceError(raw []byte) (*ErgonHubInsufficientBalance, error) {
	out := new(ErgonHubInsufficientBalance)
	if err := ergonHub.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubInvalidShortString represents a InvalidShortString error raised by the ErgonHub contract.
type ErgonHubInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func ErgonHubInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (ergonHub *ErgonHub) UnpackInvalidShortStringError(raw []byte) (*ErgonHubInvalidShortString, error) {
	out := new(ErgonHubInvalidShortString)
	if err := ergonHub.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubNoReveal represents a NoReveal error raised by the ErgonHub contract.
type ErgonHubNoReveal struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReveal(bytes32 taskid)
func ErgonHubNoRevealErrorID() common.Hash {
	return common.HexToHash("0xe62c2ed4cbb5dba14400f28ec9b303d85e07c9173f490c11bdc130cdb147fa8f")
}

// UnpackNoRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReveal(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackNoRevealError(raw []byte) (*ErgonHubNoReveal, error) {
	out := new(ErgonHubNoReveal)
	if err := ergonHub.abi.UnpackIntoInterface(out, "NoReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubNotAWinner represents a NotAWinner error raised by the ErgonHub contract.
type ErgonHubNotAWinner struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAWinner(bytes32 taskid, address worker)
func ErgonHubNotAWinnerErrorID() common.Hash {
	return common.HexToHash("0x8fc4a1030a9a67a15d2d1edaa9355aa7b940a6e64c9f0bad5e235ff7cce04069")
}

// UnpackNotAWinnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAWinner(bytes32 taskid, address worker)
func (ergonHub *ErgonHub) UnpackNotAWinnerError(raw []byte) (*ErgonHubNotAWinner, error) {
	out := new(ErgonHubNotAWinner)
	if err := ergonHub.abi.UnpackIntoInterface(out, "NotAWinner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubNotAllRevealed represents a NotAllRevealed error raised by the ErgonHub contract.
type ErgonHubNotAllRevealed struct {
	Taskid   [32]byte
	Revealed *big.Int
	Winners  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllRevealed(bytes32 taskid, uint256 revealed, uint256 winners)
func ErgonHubNotAllRevealedErrorID() common.Hash {
	return common.HexToHash("0x6fff63cd7847b7b765aa980cd081344260b03a37deda2b8fc2ed19cda90b2561")
}

// UnpackNotAllRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllRevealed(bytes32 taskid, uint256 revealed, uint256 winners)
func (ergonHub *ErgonHub) UnpackNotAllRevealedError(raw []byte) (*ErgonHubNotAllRevealed, error) {
	out := new(ErgonHubNotAllRevealed)
	if err := ergonHub.abi.UnpackIntoInterface(out, "NotAllRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubNotEnoughGasForCallback represents a NotEnoughGasForCallback error raised by the ErgonHub contract.
type ErgonHubNotEnoughGasForCallback struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughGasForCallback(bytes32 taskid)
func ErgonHubNotEnoughGasForCallbackErrorID() common.Hash {
	return common.HexToHash("0xd928dd1809830804b4c88e5fdc0c65447b5ade40856b6f2237308581ccbe94b6")
}

// UnpackNotEnoughGasForCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughGasForCallback(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackNotEnoughGasForCallbackError(raw []byte) (*ErgonHubNotEnoughGasForCallback, error) {
	out := new(ErgonHubNotEnoughGasForCallback)
	if err := ergonHub.abi.UnpackIntoInterface(out, "NotEnoughGasForCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubNotOrderOwner represents a NotOrderOwner error raised by the ErgonHub contract.
type ErgonHubNotOrderOwner struct {
	Kind      uint8
	OrderHash [32]byte
	Owner     common.Address
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOrderOwner(uint8 kind, bytes32 orderHash, address owner, address caller)
func ErgonHubNotOrderOwnerErrorID() common.Hash {
	return common.HexToHash("0x70b70f45c0b0ab792897b09022eeab2126790fdffe083914d24b1182638e3095")
}

// UnpackNotOrderOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOrderOwner(uint8 kind, bytes32 orderHash, address owner, address caller)
func (ergonHub *ErgonHub) UnpackNotOrderOwnerError(raw []byte) (*ErgonHubNotOrderOwner, error) {
	out := new(ErgonHubNotOrderOwner)
	if err := ergonHub.abi.UnpackIntoInterface(out, "NotOrderOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubNotScheduler represents a NotScheduler error raised by the ErgonHub contract.
type ErgonHubNotScheduler struct {
	Caller    common.Address
	Scheduler common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotScheduler(address caller, address scheduler)
func ErgonHubNotSchedulerErrorID() common.Hash {
	return common.HexToHash("0xfd26606e89c9027b7d6a678ed5ce31a1da12b4e44e5fb6d5f6c98bbd38ab7bc5")
}

// UnpackNotSchedulerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotScheduler(address caller, address scheduler)
func (ergonHub *ErgonHub) UnpackNotSchedulerError(raw []byte) (*ErgonHubNotScheduler, error) {
	out := new(ErgonHubNotScheduler)
	if err := ergonHub.abi.UnpackIntoInterface(out, "NotScheduler", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubOrderConsumed represents a OrderConsumed error raised by the ErgonHub contract.
type ErgonHubOrderConsumed struct {
	Kind      uint8
	OrderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OrderConsumed(uint8 kind, bytes32 orderHash)
func ErgonHubOrderConsumedErrorID() common.Hash {
	return common.HexToHash("0x7d74bd9ce9a843bb14ff9d396b9384390cd778bc2094660a9e93063ea480acf8")
}

// UnpackOrderConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OrderConsumed(uint8 kind, bytes32 orderHash)
func (ergonHub *ErgonHub) UnpackOrderConsumedError(raw []byte) (*ErgonHubOrderConsumed, error) {
	out := new(ErgonHubOrderConsumed)
	if err := ergonHub.abi.UnpackIntoInterface(out, "OrderConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ErgonHub contract.
type ErgonHubOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ErgonHubOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (ergonHub *ErgonHub) UnpackOwnableInvalidOwnerError(raw []byte) (*ErgonHubOwnableInvalidOwner, error) {
	out := new(ErgonHubOwnableInvalidOwner)
	if err := ergonHub.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ErgonHub contract.
type ErgonHubOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ErgonHubOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (ergonHub *ErgonHub) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ErgonHubOwnableUnauthorizedAccount, error) {
	out := new(ErgonHubOwnableUnauthorizedAccount)
	if err := ergonHub.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubPriceTooHigh represents a PriceTooHigh error raised by the ErgonHub contract.
type ErgonHubPriceTooHigh struct {
	Kind     uint8
	Price    *big.Int
	MaxPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceTooHigh(uint8 kind, uint256 price, uint256 maxPrice)
func ErgonHubPriceTooHighErrorID() common.Hash {
	return common.HexToHash("0x0e6eff6b8ef05674adf64c214e3103f35be6dd4c20ffd5127f361253637fdc73")
}

// UnpackPriceTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceTooHigh(uint8 kind, uint256 price, uint256 maxPrice)
func (ergonHub *ErgonHub) UnpackPriceTooHighError(raw []byte) (*ErgonHubPriceTooHigh, error) {
	out := new(ErgonHubPriceTooHigh)
	if err := ergonHub.abi.UnpackIntoInterface(out, "PriceTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubRestricted represents a Restricted error raised by the ErgonHub contract.
type ErgonHubRestricted struct {
	Kind       uint8
	Restricted uint8
	Allowed    common.Address
	Actual     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Restricted(uint8 kind, uint8 restricted, address allowed, address actual)
func ErgonHubRestrictedErrorID() common.Hash {
	return common.HexToHash("0xca651a45672ccbdabd5c87156dcd01ecbd5e8ad1b66e4709395b136b30ed9e25")
}

// UnpackRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Restricted(uint8 kind, uint8 restricted, address allowed, address actual)
func (ergonHub *ErgonHub) UnpackRestrictedError(raw []byte) (*ErgonHubRestricted, error) {
	out := new(ErgonHubRestricted)
	if err := ergonHub.abi.UnpackIntoInterface(out, "Restricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubRevealDeadlineNotReached represents a RevealDeadlineNotReached error raised by the ErgonHub contract.
type ErgonHubRevealDeadlineNotReached struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealDeadlineNotReached(bytes32 taskid, uint256 deadline)
func ErgonHubRevealDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xe45aebb98eb8262aa204daac988b3250168f809c4cbb984e6ee4a4d360b62cc9")
}

// UnpackRevealDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealDeadlineNotReached(bytes32 taskid, uint256 deadline)
func (ergonHub *ErgonHub) UnpackRevealDeadlineNotReachedError(raw []byte) (*ErgonHubRevealDeadlineNotReached, error) {
	out := new(ErgonHubRevealDeadlineNotReached)
	if err := ergonHub.abi.UnpackIntoInterface(out, "RevealDeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubRevealDeadlinePassed represents a RevealDeadlinePassed error raised by the ErgonHub contract.
type ErgonHubRevealDeadlinePassed struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealDeadlinePassed(bytes32 taskid, uint256 deadline)
func ErgonHubRevealDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x516ca9399e11a9aebbf1b7589ebd8b59cb07843cc0c4cb70ff6808a6e1c840b6")
}

// UnpackRevealDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealDeadlinePassed(bytes32 taskid, uint256 deadline)
func (ergonHub *ErgonHub) UnpackRevealDeadlinePassedError(raw []byte) (*ErgonHubRevealDeadlinePassed, error) {
	out := new(ErgonHubRevealDeadlinePassed)
	if err := ergonHub.abi.UnpackIntoInterface(out, "RevealDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ErgonHub contract.
type ErgonHubSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ErgonHubSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (ergonHub *ErgonHub) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ErgonHubSafeCastOverflowedUintDowncast, error) {
	out := new(ErgonHubSafeCastOverflowedUintDowncast)
	if err := ergonHub.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ErgonHub contract.
type ErgonHubSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ErgonHubSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (ergonHub *ErgonHub) UnpackSafeERC20FailedOperationError(raw []byte) (*ErgonHubSafeERC20FailedOperation, error) {
	out := new(ErgonHubSafeERC20FailedOperation)
	if err := ergonHub.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubStateMismatch represents a StateMismatch error raised by the ErgonHub contract.
type ErgonHubStateMismatch struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateMismatch(bytes32 taskid)
func ErgonHubStateMismatchErrorID() common.Hash {
	return common.HexToHash("0xd29bb1642df307f8c751756629a0688e976ff9d027e5d580dd5b596aeced9044")
}

// UnpackStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateMismatch(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackStateMismatchError(raw []byte) (*ErgonHubStateMismatch, error) {
	out := new(ErgonHubStateMismatch)
	if err := ergonHub.abi.UnpackIntoInterface(out, "StateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubStringTooLong represents a StringTooLong error raised by the ErgonHub contract.
type ErgonHubStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func ErgonHubStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (ergonHub *ErgonHub) UnpackStringTooLongError(raw []byte) (*ErgonHubStringTooLong, error) {
	out := new(ErgonHubStringTooLong)
	if err := ergonHub.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubTagNotSupported represents a TagNotSupported error raised by the ErgonHub contract.
type ErgonHubTagNotSupported struct {
	Missing [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TagNotSupported(bytes32 missing)
func ErgonHubTagNotSupportedErrorID() common.Hash {
	return common.HexToHash("0x4fbcfac1af5a13687077c35ab308aed52c0ee7ea8032262ac75d3ed1b7c8305a")
}

// UnpackTagNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TagNotSupported(bytes32 missing)
func (ergonHub *ErgonHub) UnpackTagNotSupportedError(raw []byte) (*ErgonHubTagNotSupported, error) {
	out := new(ErgonHubTagNotSupported)
	if err := ergonHub.abi.UnpackIntoInterface(out, "TagNotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubTaskOutOfRange represents a TaskOutOfRange error raised by the ErgonHub contract.
type ErgonHubTaskOutOfRange struct {
	Index    *big.Int
	BotFirst *big.Int
	BotSize  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskOutOfRange(uint256 index, uint256 botFirst, uint256 botSize)
func ErgonHubTaskOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x0a7cd4c65b7b1e5e749f1a1e04ffe0b9c9d6e685647e6e500b400d0226c80f23")
}

// UnpackTaskOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskOutOfRange(uint256 index, uint256 botFirst, uint256 botSize)
func (ergonHub *ErgonHub) UnpackTaskOutOfRangeError(raw []byte) (*ErgonHubTaskOutOfRange, error) {
	out := new(ErgonHubTaskOutOfRange)
	if err := ergonHub.abi.UnpackIntoInterface(out, "TaskOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubTeeMismatch represents a TeeMismatch error raised by the ErgonHub contract.
type ErgonHubTeeMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TeeMismatch()
func ErgonHubTeeMismatchErrorID() common.Hash {
	return common.HexToHash("0xdf9a6919491821b0b109c4b26073d281a3d23b0d6c2689acc0654e4de852f8c1")
}

// UnpackTeeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TeeMismatch()
func (ergonHub *ErgonHub) UnpackTeeMismatchError(raw []byte) (*ErgonHubTeeMismatch, error) {
	out := new(ErgonHubTeeMismatch)
	if err := ergonHub.abi.UnpackIntoInterface(out, "TeeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubTooManyContributions represents a TooManyContributions error raised by the ErgonHub contract.
type ErgonHubTooManyContributions struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyContributions(bytes32 taskid)
func ErgonHubTooManyContributionsErrorID() common.Hash {
	return common.HexToHash("0x25b0cedfdc9750548a605ea5634a9fc747105034c4a416470504e78715c660c9")
}

// UnpackTooManyContributionsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyContributions(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackTooManyContributionsError(raw []byte) (*ErgonHubTooManyContributions, error) {
	out := new(ErgonHubTooManyContributions)
	if err := ergonHub.abi.UnpackIntoInterface(out, "TooManyContributions", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubTrustTooHigh represents a TrustTooHigh error raised by the ErgonHub contract.
type ErgonHubTrustTooHigh struct {
	RequestTrust    *big.Int
	WorkerpoolTrust *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust)
func ErgonHubTrustTooHighErrorID() common.Hash {
	return common.HexToHash("0xa5f6d1056e88088b2527720f9b3ce629607c45e49c294303209bf71ea12defad")
}

// UnpackTrustTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust)
func (ergonHub *ErgonHub) UnpackTrustTooHighError(raw []byte) (*ErgonHubTrustTooHigh, error) {
	out := new(ErgonHubTrustTooHigh)
	if err := ergonHub.abi.UnpackIntoInterface(out, "TrustTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubTrustTooHighForShortcut represents a TrustTooHighForShortcut error raised by the ErgonHub contract.
type ErgonHubTrustTooHighForShortcut struct {
	Trust *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TrustTooHighForShortcut(uint256 trust)
func ErgonHubTrustTooHighForShortcutErrorID() common.Hash {
	return common.HexToHash("0x4c6db02703533c1db6d95544783cf3ffe7d08055d5edc2d6069ffbc7c24f65fc")
}

// UnpackTrustTooHighForShortcutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TrustTooHighForShortcut(uint256 trust)
func (ergonHub *ErgonHub) UnpackTrustTooHighForShortcutError(raw []byte) (*ErgonHubTrustTooHighForShortcut, error) {
	out := new(ErgonHubTrustTooHighForShortcut)
	if err := ergonHub.abi.UnpackIntoInterface(out, "TrustTooHighForShortcut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubUnknownAsset represents a UnknownAsset error raised by the ErgonHub contract.
type ErgonHubUnknownAsset struct {
	Kind  uint8
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAsset(uint8 kind, address asset)
func ErgonHubUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0xf38303e330f5f9ccc76d49ada17f6cbe4f790acea9e9d07577791a3a807ca986")
}

// UnpackUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAsset(uint8 kind, address asset)
func (ergonHub *ErgonHub) UnpackUnknownAssetError(raw []byte) (*ErgonHubUnknownAsset, error) {
	out := new(ErgonHubUnknownAsset)
	if err := ergonHub.abi.UnpackIntoInterface(out, "UnknownAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubUnknownCategory represents a UnknownCategory error raised by the ErgonHub contract.
type ErgonHubUnknownCategory struct {
	Category *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCategory(uint256 category)
func ErgonHubUnknownCategoryErrorID() common.Hash {
	return common.HexToHash("0x65c524da36bb53b05dbb330448247b5e01bc2db3f51515d53bc22da501afe915")
}

// UnpackUnknownCategoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCategory(uint256 category)
func (ergonHub *ErgonHub) UnpackUnknownCategoryError(raw []byte) (*ErgonHubUnknownCategory, error) {
	out := new(ErgonHubUnknownCategory)
	if err := ergonHub.abi.UnpackIntoInterface(out, "UnknownCategory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubWrongStatus represents a WrongStatus error raised by the ErgonHub contract.
type ErgonHubWrongStatus struct {
	Taskid [32]byte
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(bytes32 taskid, uint8 status)
func ErgonHubWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x9d81974470eb5e30f285b1055c396a387d885a43a0fb39f84dcb3764cbc907a1")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(bytes32 taskid, uint8 status)
func (ergonHub *ErgonHub) UnpackWrongStatusError(raw []byte) (*ErgonHubWrongStatus, error) {
	out := new(ErgonHubWrongStatus)
	if err := ergonHub.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubZeroAmount represents a ZeroAmount error raised by the ErgonHub contract.
type ErgonHubZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ErgonHubZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (ergonHub *ErgonHub) UnpackZeroAmountError(raw []byte) (*ErgonHubZeroAmount, error) {
	out := new(ErgonHubZeroAmount)
	if err := ergonHub.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubZeroResultHash represents a ZeroResultHash error raised by the ErgonHub contract.
type ErgonHubZeroResultHash struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroResultHash(bytes32 taskid)
func ErgonHubZeroResultHashErrorID() common.Hash {
	return common.HexToHash("0xe2be90445c3aaa9fec74fbb5da85b2e391bd77f58dc236e22d6153ca4e26fe16")
}

// UnpackZeroResultHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroResultHash(bytes32 taskid)
func (ergonHub *ErgonHub) UnpackZeroResultHashError(raw []byte) (*ErgonHubZeroResultHash, error) {
	out := new(ErgonHubZeroResultHash)
	if err := ergonHub.abi.UnpackIntoInterface(out, "ZeroResultHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonHubZeroTimeRef represents a ZeroTimeRef error raised by the ErgonHub contract.
type ErgonHubZeroTimeRef struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTimeRef()
func ErgonHubZeroTimeRefErrorID() common.Hash {
	return common.HexToHash("0x28ab9f68062df1f25b3ca4a644801f9f5b0268e57a3817c87481ea2781c85156")
}

// UnpackZeroTimeRefError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTimeRef()
func (ergonHub *ErgonHub) UnpackZeroTimeRefError(raw []byte) (*ErgonHubZeroTimeRef, error) {
	out := new(ErgonHubZeroTimeRef)
	if err := ergonHub.abi.UnpackIntoInterface(out, "ZeroTimeRef", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonTokenMetaData contains all meta data concerning the ErgonToken contract.
var ErgonTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "772589232b1702cb54f9d740f98c410d41",
	Bin: "0x6080604052346103a157610b9e6020813803918261001c816103a5565b9384928339810103126103a157516001600160a01b038116908190036103a15761004660406103a5565b90601082526f22b933b7b7102a32b9ba102a37b5b2b760811b602083015261006e60406103a5565b600381526245524760e81b602082015282519091906001600160401b0381116102a757600354600181811c91168015610397575b602082101461028957601f8111610329575b506020601f82116001146102c657819293945f926102bb575b50508160011b915f199060031b1c1916176003555b81516001600160401b0381116102a757600454600181811c9116801561029d575b602082101461028957601f811161021b575b50602092601f82116001146101ba57928192935f926101af575b50508160011b915f199060031b1c1916176004555b801561019c57600580546001600160a01b03198116831790915560405191906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a36107d390816103cb8239f35b631e4fbdf760e01b5f525f60045260245ffd5b015190505f8061012f565b601f1982169360045f52805f20915f5b86811061020357508360019596106101eb575b505050811b01600455610144565b01515f1960f88460031b161c191690555f80806101dd565b919260206001819286850151815501940192016101ca565b818111156101155760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610281575b81601f9101920160051c03905f5b828110610274575050610115565b5f82820155600101610266565b5f9150610258565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610103565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100cd565b601f1982169060035f52805f20915f5b818110610311575095836001959697106102f9575b505050811b016003556100e2565b01515f1960f88460031b161c191690555f80806102eb565b9192602060018192868b0151815501940192016102d6565b818111156100b45760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b6020841061038f575b81601f9101920160051c03905f5b8281106103825750506100b4565b5f82820155600101610374565b5f9150610366565b90607f16906100a2565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102a75760405256fe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde03146105d057508063095ea7b31461054e57806318160ddd1461053157806323b872dd14610452578063313ce5671461043757806340c10f191461038b57806370a0823114610354578063715018a6146102f95780638da5cb5b146102d157806395d89b41146101b6578063a9059cbb14610185578063dd62ed3e146101355763f2fde38b146100ab575f80fd5b34610131576020366003190112610131576100c46106c9565b6100cc61079f565b6001600160a01b0316801561011e57600580546001600160a01b0319811683179091556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b346101315760403660031901126101315761014e6106c9565b6101566106df565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b34610131576040366003190112610131576101ab6101a16106c9565b60243590336106f5565b602060405160018152f35b34610131575f366003190112610131576040515f6004548060011c906001811680156102c7575b6020831081146102b3578285529081156102975750600114610242575b50819003601f01601f191681019067ffffffffffffffff82118183101761022e5761022a8291826040528261069f565b0390f35b634e487b7160e01b5f52604160045260245ffd5b905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5f905b828210610281575060209150820101826101fa565b600181602092548385880101520191019061026c565b90506020925060ff191682840152151560051b820101826101fa565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101dd565b34610131575f366003190112610131576005546040516001600160a01b039091168152602090f35b34610131575f3660031901126101315761031161079f565b600580546001600160a01b031981169091555f906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610131576020366003190112610131576001600160a01b036103756106c9565b165f525f602052602060405f2054604051908152f35b34610131576040366003190112610131576103a46106c9565b602435906103b061079f565b6001600160a01b031690811561042457600254908082018092116104105760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b34610131575f36600319011261013157602060405160098152f35b346101315760603660031901126101315761046b6106c9565b6104736106df565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f1981106104b1575b506101ab93506106f5565b8381106105165784156105035733156104f0576101ab945f52600160205260405f2060018060a01b0333165f526020528360405f2091039055846104a6565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b34610131575f366003190112610131576020600254604051908152f35b34610131576040366003190112610131576105676106c9565b602435903315610503576001600160a01b03169081156104f057335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b34610131575f366003190112610131575f6003548060011c90600181168015610695575b6020831081146102b35782855290811561029757506001146106405750819003601f01601f191681019067ffffffffffffffff82118183101761022e5761022a8291826040528261069f565b905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5f905b82821061067f575060209150820101826101fa565b600181602092548385880101520191019061066a565b91607f16916105f4565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361013157565b602435906001600160a01b038216820361013157565b6001600160a01b031690811561078c576001600160a01b031691821561042457815f525f60205260405f205481811061077357817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b6005546001600160a01b031633036107b357565b63118cdaa760e01b5f523360045260245ffdfea164736f6c6343000825000a",
}

// ErgonToken is an auto generated Go binding around an Ethereum contract.
type ErgonToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ErgonToken) GetABI() abi.ABI {
	return c.abi
}

// NewErgonToken creates a new instance of ErgonToken.
func NewErgonToken() *ErgonToken {
	parsed, err := ErgonTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ErgonToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ErgonToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (ergonToken *ErgonToken) PackConstructor(owner_ common.Address) []byte {
	enc, err := ergonToken.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (ergonToken *ErgonToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := ergonToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (ergonToken *ErgonToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return ergonToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (ergonToken *ErgonToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := ergonToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (ergonToken *ErgonToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := ergonToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (ergonToken *ErgonToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return ergonToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (ergonToken *ErgonToken) UnpackApprove(data []byte) (bool, error) {
	out, err := ergonToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (ergonToken *ErgonToken) PackBalanceOf(account common.Address) []byte {
	enc, err := ergonToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (ergonToken *ErgonToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return ergonToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (ergonToken *ErgonToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := ergonToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (ergonToken *ErgonToken) PackDecimals() []byte {
	enc, err := ergonToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (ergonToken *ErgonToken) TryPackDecimals() ([]byte, error) {
	return ergonToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (ergonToken *ErgonToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := ergonToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (ergonToken *ErgonToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := ergonToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (ergonToken *ErgonToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return ergonToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (ergonToken *ErgonToken) PackName() []byte {
	enc, err := ergonToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (ergonToken *ErgonToken) TryPackName() ([]byte, error) {
	return ergonToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (ergonToken *ErgonToken) UnpackName(data []byte) (string, error) {
	out, err := ergonToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (ergonToken *ErgonToken) PackOwner() []byte {
	enc, err := ergonToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (ergonToken *ErgonToken) TryPackOwner() ([]byte, error) {
	return ergonToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (ergonToken *ErgonToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := ergonToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (ergonToken *ErgonToken) PackRenounceOwnership() []byte {
	enc, err := ergonToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (ergonToken *ErgonToken) TryPackRenounceOwnership() ([]byte, error) {
	return ergonToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (ergonToken *ErgonToken) PackSymbol() []byte {
	enc, err := ergonToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (ergonToken *ErgonToken) TryPackSymbol() ([]byte, error) {
	return ergonToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (ergonToken *ErgonToken) UnpackSymbol(data []byte) (string, error) {
	out, err := ergonToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (ergonToken *ErgonToken) PackTotalSupply() []byte {
	enc, err := ergonToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (ergonToken *ErgonToken) TryPackTotalSupply() ([]byte, error) {
	return ergonToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (ergonToken *ErgonToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := ergonToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (ergonToken *ErgonToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := ergonToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (ergonToken *ErgonToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return ergonToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (ergonToken *ErgonToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := ergonToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (ergonToken *ErgonToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := ergonToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (ergonToken *ErgonToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return ergonToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (ergonToken *ErgonToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := ergonToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (ergonToken *ErgonToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := ergonToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (ergonToken *ErgonToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return ergonToken.abi.Pack("transferOwnership", newOwner)
}

// ErgonTokenApproval represents a Approval event raised by the ErgonToken contract.
type ErgonTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ErgonTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ErgonTokenApproval) ContractEventName() string {
	return ErgonTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (ergonToken *ErgonToken) UnpackApprovalEvent(log *types.Log) (*ErgonTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonTokenApproval)
	if len(log.Data) > 0 {
		if err := ergonToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonTokenOwnershipTransferred represents a OwnershipTransferred event raised by the ErgonToken contract.
type ErgonTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ErgonTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ErgonTokenOwnershipTransferred) ContractEventName() string {
	return ErgonTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (ergonToken *ErgonToken) UnpackOwnershipTransferredEvent(log *types.Log) (*ErgonTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := ergonToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ErgonTokenTransfer represents a Transfer event raised by the ErgonToken contract.
type ErgonTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ErgonTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ErgonTokenTransfer) ContractEventName() string {
	return ErgonTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (ergonToken *ErgonToken) UnpackTransferEvent(log *types.Log) (*ErgonTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ergonToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ErgonTokenTransfer)
	if len(log.Data) > 0 {
		if err := ergonToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ergonToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (ergonToken *ErgonToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ergonToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return ergonToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return ergonToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return ergonToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return ergonToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return ergonToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return ergonToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return ergonToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ergonToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return ergonToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ErgonTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ErgonToken contract.
type ErgonTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ErgonTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (ergonToken *ErgonToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ErgonTokenERC20InsufficientAllowance, error) {
	out := new(ErgonTokenERC20InsufficientAllowance)
	if err := ergonToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ErgonToken contract.
type ErgonTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ErgonTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (ergonToken *ErgonToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ErgonTokenERC20InsufficientBalance, error) {
	out := new(ErgonTokenERC20InsufficientBalance)
	if err := ergonToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ErgonToken contract.
type ErgonTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ErgonTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (ergonToken *ErgonToken) UnpackERC20InvalidApproverError(raw []byte) (*ErgonTokenERC20InvalidApprover, error) {
	out := new(ErgonTokenERC20InvalidApprover)
	if err := ergonToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ErgonToken contract.
type ErgonTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ErgonTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (ergonToken *ErgonToken) UnpackERC20InvalidReceiverError(raw []byte) (*ErgonTokenERC20InvalidReceiver, error) {
	out := new(ErgonTokenERC20InvalidReceiver)
	if err := ergonToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ErgonToken contract.
type ErgonTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ErgonTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (ergonToken *ErgonToken) UnpackERC20InvalidSenderError(raw []byte) (*ErgonTokenERC20InvalidSender, error) {
	out := new(ErgonTokenERC20InvalidSender)
	if err := ergonToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ErgonToken contract.
type ErgonTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ErgonTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (ergonToken *ErgonToken) UnpackERC20InvalidSpenderError(raw []byte) (*ErgonTokenERC20InvalidSpender, error) {
	out := new(ErgonTokenERC20InvalidSpender)
	if err := ergonToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ErgonToken contract.
type ErgonTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ErgonTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (ergonToken *ErgonToken) UnpackOwnableInvalidOwnerError(raw []byte) (*ErgonTokenOwnableInvalidOwner, error) {
	out := new(ErgonTokenOwnableInvalidOwner)
	if err := ergonToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErgonTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ErgonToken contract.
type ErgonTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ErgonTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (ergonToken *ErgonToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ErgonTokenOwnableUnauthorizedAccount, error) {
	out := new(ErgonTokenOwnableUnauthorizedAccount)
	if err := ergonToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OrderDeskMetaData contains all meta data concerning the OrderDesk contract.
var OrderDeskMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractAppRegistry\",\"name\":\"apps_\",\"type\":\"address\"},{\"internalType\":\"contractDatasetRegistry\",\"name\":\"datasets_\",\"type\":\"address\"},{\"internalType\":\"contractWorkerpoolRegistry\",\"name\":\"workerpools_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"kittyMin_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotThroughHub\",\"type\":\"error\"}]",
	ID:  "2b363b5cb00a52e6e79e413f218eb031ea",
	Bin: "0x61022080604052346102cc5760c081612486803803809161002082856102d0565b8339810103126102cc5780516001600160a01b03811681036102cc5760208201516001600160a01b03811681036102cc576040830151906001600160a01b03821682036102cc576060840151926001600160a01b03841684036102cc57608085015160a0909501516001600160a01b038116908190036102cc57604051906100a96040836102d0565b60058252602082016422b933b7b760d91b8152604051926100cb6040856102d0565b600184526020840192603160f81b845280156102b9575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a361012a81610307565b6101205261013784610307565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526101a060c0826102d0565b5190206080523060c05261016052610180526101a0526101c0526101e05230610200526040516121139081610373823960805181611fab015260a05181612062015260c05181611f75015260e05181611ffa01526101005181612020015261012051816108d2015261014051816108fb015261016051818181610209015281816119ed0152611afb01526101805181818161042c01528181610a2d0152610c1f01526101a051818181610d7901528181610fb701526114dd01526101c0518181816104f30152818161064e015261075d01526101e051816108970152610200518181816102f001528181610489015281816105e4015281816109c301528181610bbb01528181610d0f01528181610ec801526114790152f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176102f357604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610332576020815191015160208210610323571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c806309ec0f4a146114685780630baccd751461144b5780630e7a348214611419578063298503d91461104a5780632be32dbb1461102d5780632e1a7d4d146110105780633103d6e614610fe65780633235ad1314610fa257806336efd16f14610f7e57806338a754b414610eb75780633e508aca14610e9c5780634648c94314610e725780634ec3b9e314610e575780634f4f977d14610e3d57806351152de114610743578063555859c714610cfe5780635fde601d14610ce35780636a81057814610baa578063715018a614610b535780637b24483214610b385780638086b8ba14610af057806384724ddf146109b257806384b0196e146108ba5780638a3e759b146108805780638da5cb5b146108595780638ed914cd1461078c5780638fb0f8fa1461074857806390fc26b1146107435780639779ea4614610726578063ae510d19146105d3578063afce7e3914610478578063b6b55f251461045b578063bb4fceb914610417578063c86283c8146103f1578063dd8bf9ad146103b9578063df47e347146102df578063f2fde38b1461025a578063f698da2514610238578063fc0c546a146101f45763fe46b8ee146101d1575f80fd5b346101f0575f3660031901126101f05760206040516401000000008152f35b5f80fd5b346101f0575f3660031901126101f0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101f0575f3660031901126101f0576020610252611f72565b604051908152f35b346101f05760203660031901126101f05761027361161b565b61027b611988565b6001600160a01b031680156102cc575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a3005b631e4fbdf760e01b5f525f60045260245ffd5b346101f0576102ed36611631565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103aa5761033260c061032b83611c11565b92016116da565b6001600160a01b0381169190821580156103a0575b61037c57505f81815260076020526040812080546001600160a01b031916841790555f5160206120c75f395f51905f529080a3005b61039c6040519283926370b70f4560e01b8452339160036004860161195c565b0390fd5b5033831415610347565b63284adfeb60e11b5f5260045ffd5b346101f05760203660031901126101f0576001600160a01b036103da61161b565b165f52600a602052602060405f2054604051908152f35b346101f05760403660031901126101f05761041561040d611605565b6004356119ae565b005b346101f0575f3660031901126101f0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101f05760203660031901126101f05761041560043533611af3565b346101f057610486366116a5565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103aa576104c86104c282611e92565b916116da565b60405163c1f1d57760e01b81526001600160a01b0391821660048201529190602090839060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa9182156105c8575f92610597575b506001600160a01b038216918215801561058d575b61056d57505f81815260076020526040812080546001600160a01b031916841790555f5160206120c75f395f51905f529080a3005b61039c6040519283926370b70f4560e01b8452339160026004860161195c565b5033831415610538565b6105ba91925060203d6020116105c1575b6105b2818361170a565b81019061172c565b9082610523565b503d6105a8565b6040513d5f823e3d90fd5b346101f0576105e1366116a5565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103aa5761061a81611e92565b610623826116da565b60405163c1f1d57760e01b81526001600160a01b0391821660048201529290602090849060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa9283156105c8575f93610702575b506040013560018060a01b03831692831580156106f8575b6106d65750815f5260066020528060405f2054106106c3575b505f5160206120e75f395f51905f525f80a3005b815f52600660205260405f2055826106af565b6040516370b70f4560e01b81529283925061039c91339160026004860161195c565b5033841415610696565b604091935061071f9060203d6020116105c1576105b2818361170a565b929061067e565b346101f0575f3660031901126101f0576020604051620186a08152f35b611666565b346101f0575f3660031901126101f0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101f05760203660031901126101f0576004355f604080516107ae816116ee565b60608152606060208201520152600554811015610847576107d161082991611791565b50604051906107df826116ee565b6107e8816117f9565b825261083c60026107fb600184016117f9565b9260208501938452015491604084019283526040519485946020865251606060208701526080860190611681565b9051848203601f19016040860152611681565b905160608301520390f35b6332e2926d60e11b5f5260045260245ffd5b346101f0575f3660031901126101f0575f546040516001600160a01b039091168152602090f35b346101f0575f3660031901126101f05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101f0575f3660031901126101f0576109566108f67f0000000000000000000000000000000000000000000000000000000000000000612088565b61091f7f0000000000000000000000000000000000000000000000000000000000000000612088565b602061096460405192610932838561170a565b5f84525f368137604051958695600f60f81b875260e08588015260e0870190611681565b908582036040870152611681565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061099b57505050500390f35b83518552869550938101939281019260010161098c565b346101f0576109c0366115a2565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103aa576109f981611dd5565b610a02826116da565b60405163c1f1d57760e01b81526001600160a01b0391821660048201529290602090849060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa9283156105c8575f93610acc575b506040013560018060a01b0383169283158015610ac2575b610aa15750815f5260066020528060405f2054106106c357505f5160206120e75f395f51905f525f80a3005b6040516370b70f4560e01b81529283925061039c9133915f6004860161195c565b5033841415610a75565b6040919350610ae99060203d6020116105c1576105b2818361170a565b9290610a5d565b346101f05760203660031901126101f0576001600160a01b03610b1161161b565b165f5260036020526040805f20548151906001600160801b038116825260801c6020820152f35b346101f0575f3660031901126101f057602060405160078152f35b346101f0575f3660031901126101f057610b6b611988565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b346101f057610bb8366115a2565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103aa57610bf46104c282611dd5565b60405163c1f1d57760e01b81526001600160a01b0391821660048201529190602090839060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa9182156105c8575f92610cc2575b506001600160a01b0382169182158015610cb8575b610c9957505f81815260076020526040812080546001600160a01b031916841790555f5160206120c75f395f51905f529080a3005b61039c6040519283926370b70f4560e01b845233915f6004860161195c565b5033831415610c64565b610cdc91925060203d6020116105c1576105b2818361170a565b9082610c4f565b346101f0575f3660031901126101f057602060405160028152f35b346101f057610d0c366115a2565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103aa57610d4581611899565b610d4e826116da565b60405163c1f1d57760e01b81526001600160a01b0391821660048201529290602090849060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa9283156105c8575f93610e19575b506040013560018060a01b0383169283158015610e0f575b610ded5750815f5260066020528060405f2054106106c357505f5160206120e75f395f51905f525f80a3005b6040516370b70f4560e01b81529283925061039c91339160016004860161195c565b5033841415610dc1565b6040919350610e369060203d6020116105c1576105b2818361170a565b9290610da9565b346101f0575f3660031901126101f0576020604051818152f35b346101f0575f3660031901126101f0576020604051601e8152f35b346101f05760203660031901126101f0576004355f526006602052602060405f2054604051908152f35b346101f0575f3660031901126101f057602060405160018152f35b346101f057610ec536611631565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103aa57610efe81611c11565b60e0610f0c60c084016116da565b6001600160a01b0381169391909101359083158015610f74575b610f525750815f5260066020528060405f2054106106c357505f5160206120e75f395f51905f525f80a3005b6040516370b70f4560e01b81529283925061039c91339160036004860161195c565b5033841415610f26565b346101f05760403660031901126101f057610415600435610f9d611605565b611af3565b346101f0575f3660031901126101f0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101f05760203660031901126101f0576004355f526008602052602060405f2054604051908152f35b346101f05760203660031901126101f057610415336004356119ae565b346101f0575f3660031901126101f0576020600554604051908152f35b346101f05760603660031901126101f05760043567ffffffffffffffff81116101f05761107b9036906004016115d7565b60243567ffffffffffffffff81116101f0576110b8926110a26110c09236906004016115d7565b949091604435946110b1611988565b369161174b565b93369161174b565b91811561140a5760055491604051936110d8856116ee565b8285526020850194818652604081018381526801000000000000000086101561131c576001860160055561110b86611791565b9290926113f7575180519067ffffffffffffffff821161131c57819061113185546117c1565b601f811161139e575b50602090601f831160011461133b575f92611330575b50508160011b915f199060031b1c19161782555b60018201965196875167ffffffffffffffff811161131c5761118682546117c1565b601f81116112cb575b5090879695949392916020998a90601f831160011461123757937f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc19896938361120e99979460029461121b985f9261122c575b50508160011b915f199060031b1c19161790555b51910155604051948594606086526060860190611681565b908482038a860152611681565b9060408301520390a2604051908152f35b015190508f806111e2565b90601f19831691845f52815f20925f5b8181106112b157508460029461121b98947f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc19d9b989461120e9d9b9860019510611299575b505050811b0190556111f6565b01515f1960f88460031b161c191690558f808061128c565b8284015185558d9c50600190940193928e01928e01611247565b8181111561118f5798825f5260205f20601f830160051c9060208410611314575b81019a601f0160051c035f5b8181106113075750509861118f565b5f8c8201556001016112f8565b5f91506112ec565b634e487b7160e01b5f52604160045260245ffd5b015190508980611150565b5f8681528281209350601f198516905b818110611386575090846001959493921061136e575b505050811b018255611164565b01515f1960f88460031b161c19169055898080611361565b9293602060018192878601518155019501930161134b565b8281111561113a57909150845f5260205f20601f840160051c90602085106113ef575b849392601f0160051c82900391015f5b8281106113df57505061113a565b5f818301558594506001016113d1565b5f91506113c1565b634e487b7160e01b5f525f60045260245ffd5b63051573ed60e31b5f5260045ffd5b346101f05760203660031901126101f0576004355f526007602052602060018060a01b0360405f205416604051908152f35b346101f0575f3660031901126101f0576020600454604051908152f35b346101f057611476366115a2565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103aa576114b26104c282611899565b60405163c1f1d57760e01b81526001600160a01b0391821660048201529190602090839060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa9182156105c8575f92611581575b506001600160a01b0382169182158015611577575b61155757505f81815260076020526040812080546001600160a01b031916841790555f5160206120c75f395f51905f529080a3005b61039c6040519283926370b70f4560e01b8452339160016004860161195c565b5033831415611522565b61159b91925060203d6020116105c1576105b2818361170a565b908261150d565b60206003198201126101f0576004359067ffffffffffffffff82116101f0576101209082900360031901126101f05760040190565b9181601f840112156101f05782359167ffffffffffffffff83116101f057602083818601950101116101f057565b602435906001600160a01b03821682036101f057565b600435906001600160a01b03821682036101f057565b60206003198201126101f0576004359067ffffffffffffffff82116101f0576102009082900360031901126101f05760040190565b346101f0575f3660031901126101f0576020604051600a8152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b60206003198201126101f0576004359067ffffffffffffffff82116101f0576101609082900360031901126101f05760040190565b356001600160a01b03811681036101f05790565b6060810190811067ffffffffffffffff82111761131c57604052565b90601f8019910116810190811067ffffffffffffffff82111761131c57604052565b908160209103126101f057516001600160a01b03811681036101f05790565b92919267ffffffffffffffff821161131c5760405191611775601f8201601f19166020018461170a565b8294818452818301116101f0578281602093845f960137010152565b6005548110156117ad5760055f52600360205f20910201905f90565b634e487b7160e01b5f52603260045260245ffd5b90600182811c921680156117ef575b60208310146117db57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916117d0565b9060405191825f82549261180c846117c1565b80845293600181169081156118775750600114611833575b506118319250038361170a565b565b90505f9291925260205f20905f915b81831061185b575050906020611831928201015f611824565b6020919350806001915483858901015201910190918492611842565b90506020925061183194915060ff191682840152151560051b8201015f611824565b6118a2816116da565b9060e06118b1608083016116da565b916118be60a082016116da565b6118ca60c083016116da565b604080517f6cfc932a5a3d22c4359295b9f433edff52b60703fa47690a04a83e40933dd47c60208083019182526001600160a01b03998a16838501528601356060808401919091529286013560808301529185013560a082015295871660c08701529186168486015290941661010084015201356101208083019190915281526119566101408261170a565b51902090565b60ff909116815260208101919091526001600160a01b0391821660408201529116606082015260800190565b5f546001600160a01b0316330361199b57565b63118cdaa760e01b5f523360045260245ffd5b908115611ae457335f52600360205260405f20546001600160801b038116838110611aca5750828103908111611ab657335f52600360205260405f20557f0000000000000000000000000000000000000000000000000000000000000000916040519163a9059cbb60e01b5f5260018060a01b031692836004528160245260205f60448180855af160015f5114811615611a97575b8360405215611a77575081527f9b1bfa7fa9ee420a16e124f794c35ac9f90472acc99140eb2f6447c714cad8eb60203392a3565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b6001811516611aad57813b15153d151616611a43565b833d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b8363db42144d60e01b5f523360045260245260445260645ffd5b631f2a200560e01b5f5260045ffd5b8115611ae4577f00000000000000000000000000000000000000000000000000000000000000006040516323b872dd60e01b5f5233600452306024528360445260205f60648180865af19060015f5114821615611bf0575b6040525f60605215611a7757506001600160a01b03165f818152600360205260409020546001600160801b03811683810191908210611ab6578060801c82178060801c611bd95750825f5260036020526001600160801b0319161760405f20556040519182527f5548c837ab068cf56a2c2479df0882a4922fd203edb7517321831d95078c5f6260203393a3565b6306dfcc6560e41b5f52608060045260245260445ffd5b906001811516611c0857823b15153d15161690611b4b565b503d5f823e3d90fd5b611c1a816116da565b611c26604083016116da565b91611c33608082016116da565b611c3f60c083016116da565b906040519460208601947ff24e853034a3a450aba845a82914fbb564ad85accca6cf62be112a154520fae0865260018060a01b031660408701526020840135606087015260018060a01b03166080860152606083013560a086015260018060a01b031660c085015260a082013560e085015260018060a01b03166101008401526101008352611cd06101208461170a565b611cdd61016082016116da565b91611ceb61018083016116da565b926101a0830135601e19843603018112156101f05783019081359167ffffffffffffffff83116101f05760200182360381136101f05761195694611d366101c092602095369161174b565b848151910120604051978589019460e0840135865261010084013560408b015261012084013560608b015261014084013560808b015260018060a01b031660a08a015260018060a01b031660c089015260e088015201356101008601526101008552611da46101208661170a565b60405194859383850197518091895e840190838201905f8252519283915e01015f815203601f19810183528261170a565b611dde816116da565b9060e0611ded608083016116da565b91611dfa60a082016116da565b611e0660c083016116da565b604080517f60815a0eeec47dddf1615fe53b31d016c31444e01b9d796db365443a6445d00860208083019182526001600160a01b03998a16838501528601356060808401919091529286013560808301529185013560a082015295871660c08701529186168486015290941661010084015201356101208083019190915281526119566101408261170a565b611e9b816116da565b90610120611eab60c083016116da565b91611eb860e082016116da565b611ec561010083016116da565b906040519460208601967faa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb885260018060a01b031660408701526020840135606087015260408401356080870152606084013560a0870152608084013560c087015260a084013560e087015260018060a01b031661010086015260018060a01b03168385015260018060a01b0316610140840152013561016082015261016081526119566101808261170a565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316148061205f575b15611fcd577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261195660c08261170a565b507f00000000000000000000000000000000000000000000000000000000000000004614611fa4565b60ff811690601f82116120b757604051916120a460408461170a565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffdfe7d157846455a5feb7577baf431e95b72aeceb6480846f0ae483f42f2f87aa6d4a6eb7cdc219e1518ced964e9a34e61d68a94e4f1569db3e84256ba981ba52753a164736f6c6343000825000a",
}

// OrderDesk is an auto generated Go binding around an Ethereum contract.
type OrderDesk struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OrderDesk) GetABI() abi.ABI {
	return c.abi
}

// NewOrderDesk creates a new instance of OrderDesk.
func NewOrderDesk() *OrderDesk {
	parsed, err := OrderDeskMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OrderDesk{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OrderDesk) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address apps_, address datasets_, address workerpools_, uint256 kittyMin_, address owner_) returns()
func (orderDesk *OrderDesk) PackConstructor(token_ common.Address, apps_ common.Address, datasets_ common.Address, workerpools_ common.Address, kittyMin_ *big.Int, owner_ common.Address) []byte {
	enc, err := orderDesk.abi.Pack("", token_, apps_, datasets_, workerpools_, kittyMin_, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (orderDesk *OrderDesk) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], orderDesk.abi.Errors["NotThroughHub"].ID.Bytes()[:4]) {
		return orderDesk.UnpackNotThroughHubError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OrderDeskNotThroughHub represents a NotThroughHub error raised by the OrderDesk contract.
type OrderDeskNotThroughHub struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotThroughHub()
func OrderDeskNotThroughHubErrorID() common.Hash {
	return common.HexToHash("0x5095bfd6806f83931bf7e9908a61ae4800e2fce4590c01861c28c81481c816ba")
}

// UnpackNotThroughHubError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotThroughHub()
func (orderDesk *OrderDesk) UnpackNotThroughHubError(raw []byte) (*OrderDeskNotThroughHub, error) {
	out := new(OrderDeskNotThroughHub)
	if err := orderDesk.abi.UnpackIntoInterface(out, "NotThroughHub", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestCallbackMetaData contains all meta data concerning the TestCallback contract.
var TestCallbackMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"Received\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"hub\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"resultOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode_\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "95070227c360e6f7fc221f6775fc825801",
	Bin: "0x60a034606c57601f61056738819003918201601f19168301916001600160401b03831184841017607057808492602094604052833981010312606c57516001600160a01b0381168103606c576080526040516104e29081610085823960805181818160d201526103220152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816321100a741461039c5750806321175b4a14610370578063295a521214610351578063365a86fc1461030d5780635dd808551461007f576383a6deb51461005e575f80fd5b3461007b575f36600319011261007b576020600254604051908152f35b5f80fd5b3461007b57604036600319011261007b5760043560243567ffffffffffffffff811161007b573660238201121561007b57806004013567ffffffffffffffff811161007b57366024828401011161007b577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102da5760ff5f5416600181146102a25760021461029c57825f52600160205260405f2061012a815461049d565b601f811161024b575b50815f601f82116001146101e1575f916101d3575b508260011b905f198460031b1c19161790555b600254600181018091116101bf577f37b8fee406718a41ca8e50ebc5ebcf3e3c12a1e96399c79fcefa8637b45c3e72926024926040926002558083519485936020855282602086015201848401375f828201840152601f01601f19168101030190a2005b634e487b7160e01b5f52601160045260245ffd5b602491508401013585610148565b5f8381526020812092508490601f198216905b81811061022d575010610211575b5050600182811b01905561015b565b8401602401355f19600385901b60f8161c191690558480610202565b878401602401358555600190940193602093840193879350016101f4565b8281111561013357815f5260205f20601f840160051c9060208510610294575b81601f9101920160051c03905f5b828110610287575050610133565b5f82820155600101610279565b5f915061026b565b5b61029d565b60405162461bcd60e51b815260206004820152601060248201526f63616c6c6261636b207265667573657360801b6044820152606490fd5b60405162461bcd60e51b815260206004820152600b60248201526a3737ba103a343290343ab160a91b6044820152606490fd5b3461007b575f36600319011261007b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461007b575f36600319011261007b57602060ff5f5416604051908152f35b3461007b57602036600319011261007b5760043560ff811680910361007b5760ff195f5416175f555f80f35b3461007b57602036600319011261007b576004355f52600160205260405f205f8154916103c88361049d565b9081855260208501936001811690815f14610482575060011461044a575b5050829003601f01601f191682019167ffffffffffffffff831181841017610436576040918391828452602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b634e487b7160e01b5f52604160045260245ffd5b9091505f5260205f205f905b82821061046c57506020915083010183806103e6565b6001816020925483858901015201910190610456565b60ff191685525050151560051b8301602001905083806103e6565b90600182811c921680156104cb575b60208310146104b757565b634e487b7160e01b5f52602260045260245ffd5b91607f16916104ac56fea164736f6c6343000825000a",
}

// TestCallback is an auto generated Go binding around an Ethereum contract.
type TestCallback struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestCallback) GetABI() abi.ABI {
	return c.abi
}

// NewTestCallback creates a new instance of TestCallback.
func NewTestCallback() *TestCallback {
	parsed, err := TestCallbackMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestCallback{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestCallback) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address hub_) returns()
func (testCallback *TestCallback) PackConstructor(hub_ common.Address) []byte {
	enc, err := testCallback.abi.Pack("", hub_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hub() view returns(address)
func (testCallback *TestCallback) PackHub() []byte {
	enc, err := testCallback.abi.Pack("hub")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hub() view returns(address)
func (testCallback *TestCallback) TryPackHub() ([]byte, error) {
	return testCallback.abi.Pack("hub")
}

// UnpackHub is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365a86fc.
//
// Solidity: function hub() view returns(address)
func (testCallback *TestCallback) UnpackHub(data []byte) (common.Address, error) {
	out, err := testCallback.abi.Unpack("hub", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (testCallback *TestCallback) PackMode() []byte {
	enc, err := testCallback.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (testCallback *TestCallback) TryPackMode() ([]byte, error) {
	return testCallback.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (testCallback *TestCallback) UnpackMode(data []byte) (uint8, error) {
	out, err := testCallback.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveResult(bytes32 taskid, bytes callbackData) returns()
func (testCallback *TestCallback) PackReceiveResult(taskid [32]byte, callbackData []byte) []byte {
	enc, err := testCallback.abi.Pack("receiveResult", taskid, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveResult(bytes32 taskid, bytes callbackData) returns()
func (testCallback *TestCallback) TryPackReceiveResult(taskid [32]byte, callbackData []byte) ([]byte, error) {
	return testCallback.abi.Pack("receiveResult", taskid, callbackData)
}

// PackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function received() view returns(uint256)
func (testCallback *TestCallback) PackReceived() []byte {
	enc, err := testCallback.abi.Pack("received")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function received() view returns(uint256)
func (testCallback *TestCallback) TryPackReceived() ([]byte, error) {
	return testCallback.abi.Pack("received")
}

// UnpackReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (testCallback *TestCallback) UnpackReceived(data []byte) (*big.Int, error) {
	out, err := testCallback.abi.Unpack("received", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21100a74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultOf(bytes32 taskid) view returns(bytes)
func (testCallback *TestCallback) PackResultOf(taskid [32]byte) []byte {
	enc, err := testCallback.abi.Pack("resultOf", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21100a74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultOf(bytes32 taskid) view returns(bytes)
func (testCallback *TestCallback) TryPackResultOf(taskid [32]byte) ([]byte, error) {
	return testCallback.abi.Pack("resultOf", taskid)
}

// UnpackResultOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21100a74.
//
// Solidity: function resultOf(bytes32 taskid) view returns(bytes)
func (testCallback *TestCallback) UnpackResultOf(data []byte) ([]byte, error) {
	out, err := testCallback.abi.Unpack("resultOf", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 mode_) returns()
func (testCallback *TestCallback) PackSetMode(mode uint8) []byte {
	enc, err := testCallback.abi.Pack("setMode", mode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 mode_) returns()
func (testCallback *TestCallback) TryPackSetMode(mode uint8) ([]byte, error) {
	return testCallback.abi.Pack("setMode", mode)
}

// TestCallbackReceived represents a Received event raised by the TestCallback contract.
type TestCallbackReceived struct {
	Taskid       [32]byte
	CallbackData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const TestCallbackReceivedEventName = "Received"

// ContractEventName returns the user-defined event name.
func (TestCallbackReceived) ContractEventName() string {
	return TestCallbackReceivedEventName
}

// UnpackReceivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Received(bytes32 indexed taskid, bytes callbackData)
func (testCallback *TestCallback) UnpackReceivedEvent(log *types.Log) (*TestCallbackReceived, error) {
	event := "Received"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testCallback.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestCallbackReceived)
	if len(log.Data) > 0 {
		if err := testCallback.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testCallback.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryMetaData contains all meta data concerning the WorkerpoolRegistry contract.
var WorkerpoolRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"EmptyField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAssetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ratio\",\"type\":\"uint256\"}],\"name\":\"RatioTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnknownAsset\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"api\",\"type\":\"string\"}],\"name\":\"ApiUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"workerStakeRatio\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint8\"}],\"name\":\"PolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"SchedulerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"api\",\"type\":\"string\"}],\"name\":\"WorkerpoolCreated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_SCHEDULER_REWARD_RATIO\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_WORKER_STAKE_RATIO\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"api\",\"type\":\"string\"}],\"name\":\"createWorkerpool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"isRegistered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"ownerOfAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"name\":\"policyOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"predictWorkerpool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"api\",\"type\":\"string\"}],\"name\":\"setApi\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"workerStakeRatio\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint8\"}],\"name\":\"setPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"setScheduler\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"name\":\"workerpoolInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"api\",\"type\":\"string\"}],\"internalType\":\"structWorkerpoolRegistry.Workerpool\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "7a523aec52b05ed3546d536fb9bc5bfe5d",
	Bin: "0x60806040523461032f57604080519081016001600160401b0381118282101761023a57604090815260118252704572676f6e20576f726b6572706f6f6c7360781b602083015280519081016001600160401b0381118282101761023a576040526007815266115491d413d3d360ca1b602082015281516001600160401b03811161023a575f54600181811c91168015610325575b602082101461021c57601f81116102b8575b50602092601f821160011461025957928192935f9261024e575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023a57600154600181811c91168015610230575b602082101461021c57601f81116101ae575b50602091601f821160011461014e579181925f92610143575b50508160011b915f199060031b1c1916176001555b60405161189290816103348239f35b015190505f8061011f565b601f1982169260015f52805f20915f5b8581106101965750836001951061017e575b505050811b01600155610134565b01515f1960f88460031b161c191690555f8080610170565b9192602060018192868501518155019401920161015e565b818111156101065760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610214575b81601f9101920160051c03905f5b828110610207575050610106565b5f828201556001016101f9565b5f91506101eb565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f4565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100bf565b601f198216935f8052805f20915f5b8681106102a05750836001959610610288575b505050811b015f556100d3565b01515f1960f88460031b161c191690555f808061027b565b91926020600181928685015181550194019201610268565b818111156100a5575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636020841061031d575b81601f9101920160051c03905f5b8281106103105750506100a5565b5f82820155600101610302565b5f91506102f4565b90607f1690610093565b5f80fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a7146110f457508063064a6c2a146110b257806306fdde0314611010578063081812fc14610fd4578063095ea7b314610eea57806323b872dd14610ed3578063283f7ecd14610d8057806342842e0e14610d575780636352211e14610d2757806370a0823114610cd65780637657fc8e14610be757806378c9905714610bcc5780637a637e4414610b4657806388a3e27514610a7b57806395d89b411461099d57806399eff6941461043f578063a22cb4651461038b578063b88d4fde14610329578063c1f1d577146102e9578063c3c5a547146102a7578063c87b56dd1461024a578063e985e9c5146101f2578063f514d6e5146101445763ff5fde0b14610126575f80fd5b346101415780600319360112610141576020604051601e8152f35b80fd5b50346101415760203660031901126101415760809060406001600160a01b0361016b61115f565b1691828152600260205260018060a01b038282205416928152600760205281812082519061019882611277565b549160018060a01b0383169182815260ff808560a01c169485602084015260a81c1694859101525080155f146101ed5750825b604080519485526001600160a01b039190911660208501528301526060820152f35b6101cb565b503461014157604036600319011261014157604061020e61115f565b91610217611175565b9260018060a01b031681526005602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346102a35760203660031901126102a3576102666004356117fd565b505f604051610276602082611293565b5261029f604051610288602082611293565b5f81526040519182916020835260208301906111fd565b0390f35b5f80fd5b346102a35760203660031901126102a3576001600160a01b036102c861115f565b165f526002602052602060018060a01b0360405f2054161515604051908152f35b346102a35760203660031901126102a3576001600160a01b0361030a61115f565b165f526002602052602060018060a01b0360405f205416604051908152f35b346102a35760803660031901126102a35761034261115f565b61034a611175565b6064359167ffffffffffffffff83116102a357366023840112156102a35761037f6103899336906024816004013591016112d1565b916044359161168d565b005b346102a35760403660031901126102a3576103a461115f565b602435908115158092036102a357331561042c576001600160a01b031690811561041957335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346102a35760603660031901126102a35761045861115f565b60243567ffffffffffffffff81116102a35761047890369060040161118b565b919060443567ffffffffffffffff81116102a35761049a90369060040161118b565b60408051909392906104ac8582611293565b600b81526a3232b9b1b934b83a34b7b760a91b6020820152861561097557508351610506602082016104f2836104e48b898c86611327565b03601f198101855284611293565b91519091206001600160a01b0391906117cd565b165f8181526002602052859020549095906001600160a01b0316610962576001600160a01b031692831561094f575f8681526002602052859020546001600160a01b03168015159087908261091d575b865f526003602052875f2060018154019055815f526002602052875f20876001600160601b0360a01b8254161790558751908288827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a45082806108ff575b6108b6575b50506108a3578451966105ce8861125b565b6105d93682846112d1565b88526105e63685856112d1565b9760208101988952875f526006602052865f20905180519067ffffffffffffffff821161081e576106218261061b855461134c565b8561162f565b602090601f831160011461083d57918061065492600195945f92610832575b50508160011b915f199060031b1c19161790565b81555b0197519283519867ffffffffffffffff8a1161081e5789899561068060209c61061b855461134c565b8b90601f831160011461078e57827f5aff45f5155aa9c8244c7dcd1b8b73ced5a1f51bf4133ea73a4f24576d42062898999361077a9695936106d6935f926107835750508160011b915f199060031b1c19161790565b90555b6107598960ff8961073f828451946106f086611277565b5f808752601e60208089019182526001848a01908152968352600790529190209551865491516001600160a81b03199092166001600160a01b039190911617911660a01b60ff60a01b16178455565b51825460ff60a81b1916911660a81b60ff60a81b16179055565b61076d89519586958b87528b870191611307565b918483038c860152611307565b0390a351908152f35b015190508f80610640565b97929190601f19821698835f52815f20995f5b818110610804575099600192849261077a989796957f5aff45f5155aa9c8244c7dcd1b8b73ced5a1f51bf4133ea73a4f24576d4206289c9d106107ec575b505050811b0190556106d9565b01515f1960f88460031b161c191690558e80806107df565b838301518c556001909b019a8e9a50928f01928f016107a1565b634e487b7160e01b5f52604160045260245ffd5b015190508d80610640565b90601f19831691845f52815f20925f5b81811061088b5750916001959492918387959310610873575b505050811b018155610657565b01515f1960f88460031b161c191690558c8080610866565b9293602060018192878601518155019501930161084d565b6339e3563760e11b5f525f60045260245ffd5b60207f984934dc669852b7ddec1a775b42ff9507db98842ad56bc1f89980aa0a07369d91835f5260078252895f206001600160601b0360a01b81541690555f8152a286896105bc565b505f8281526007602052889020546001600160a01b031615156105b7565b5f82815260046020526040902080546001600160a01b0319169055805f526003602052875f205f198154019055610556565b633250574960e11b5f525f60045260245ffd5b856345ed80e960e01b5f5260045260245ffd5b845163a69290e760e01b8152602060048201529081906109999060248301906111fd565b0390fd5b346102a3575f3660031901126102a3576040515f6001546109bd8161134c565b8084529060018116908115610a5757506001146109f9575b61029f836109e581850382611293565b6040519182916020835260208301906111fd565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b808210610a3d575090915081016020016109e56109d5565b919260018160209254838588010152019101909291610a25565b60ff191660208086019190915291151560051b840190910191506109e590506109d5565b346102a35760203660031901126102a357610a9461115f565b60606020604051610aa48161125b565b82815201526001600160a01b039081165f8181526002602052604090205490911615610b34575f526006602052610b2160405f2061029f610afe600160405193610aed8561125b565b610af681611384565b855201611384565b6020830190815260405193849360208552516040602086015260608501906111fd565b9051838203601f190160408501526111fd565b6356b0f15d60e11b5f5260045260245ffd5b346102a35760403660031901126102a357610b5f61115f565b7f984934dc669852b7ddec1a775b42ff9507db98842ad56bc1f89980aa0a07369d6020610b8a611175565b92610b9481611831565b6001600160a01b039081165f8181526007845260409081902080546001600160a01b03191696909316958617909255905193845292a2005b346102a3575f3660031901126102a357602060405160018152f35b346102a35760603660031901126102a357610c0061115f565b6024359060ff8216908183036102a35760443560ff8116918282036102a357610c2881611831565b60648411610cc35760648311610cb0576001600160a01b03165f8181526007602052604090819020805460a09790971b60ff60a01b1661ffff60a01b199097169690961760a89390931b60ff60a81b16929092179094557f8ab95bcfadbfb9f45c10977891ca1bb7d453d470736cac1402d9d7f079b85b7d92909182519182526020820152a2005b82635bbd7fbb60e11b5f5260045260245ffd5b83635bbd7fbb60e11b5f5260045260245ffd5b346102a35760203660031901126102a3576001600160a01b03610cf761115f565b168015610d14575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b346102a35760203660031901126102a3576020610d456004356117fd565b6040516001600160a01b039091168152f35b346102a357610389610d6836611221565b9060405192610d78602085611293565b5f845261168d565b346102a357610d8e366111b9565b91610d9881611831565b6001600160a01b03165f8181526006602052604090206001019290919067ffffffffffffffff811161081e57610dd881610dd2865461134c565b8661162f565b5f93601f8211600114610e5157610e2782807f34d9066a30250abb638587fac6be6dc968fe27ed35230aada305fad331d8bf4096975f91610e46575b508160011b915f199060031b1c19161790565b90555b610e41604051928392602084526020840191611307565b0390a2005b905085013588610e14565b601f19821694815f5260205f20905f5b878110610ebb5750837f34d9066a30250abb638587fac6be6dc968fe27ed35230aada305fad331d8bf40969710610ea2575b5050600182811b019055610e2a565b8401355f19600385901b60f8161c191690558580610e93565b90916020600181928589013581550193019101610e61565b346102a357610389610ee436611221565b91611424565b346102a35760403660031901126102a357610f0361115f565b602435610f0f816117fd565b33151580610fc1575b80610f94575b610f815781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff1615610f1e565b506001600160a01b038116331415610f18565b346102a35760203660031901126102a357600435610ff1816117fd565b505f526004602052602060018060a01b0360405f205416604051908152f35b346102a3575f3660031901126102a3576040515f5f5461102f8161134c565b8084529060018116908115610a5757506001146110565761029f836109e581850382611293565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210611098575090915081016020016109e56109d5565b919260018160209254838588010152019101909291611080565b346102a3576020610d456110ec6110c8366111b9565b9192906110de6040519384928884019687611327565b03601f198101835282611293565b5190206117cd565b346102a35760203660031901126102a3576004359063ffffffff60e01b82168092036102a3576020916380ac58cd60e01b811490811561114e575b811561113d575b5015158152f35b6301ffc9a760e01b14905083611136565b635b5e139f60e01b8114915061112f565b600435906001600160a01b03821682036102a357565b602435906001600160a01b03821682036102a357565b9181601f840112156102a35782359167ffffffffffffffff83116102a357602083818601950101116102a357565b9060406003198301126102a3576004356001600160a01b03811681036102a357916024359067ffffffffffffffff82116102a3576111f99160040161118b565b9091565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b60609060031901126102a3576004356001600160a01b03811681036102a357906024356001600160a01b03811681036102a3579060443590565b6040810190811067ffffffffffffffff82111761081e57604052565b6060810190811067ffffffffffffffff82111761081e57604052565b90601f8019910116810190811067ffffffffffffffff82111761081e57604052565b67ffffffffffffffff811161081e57601f01601f191660200190565b9291926112dd826112b5565b916112eb6040519384611293565b8294818452818301116102a3578281602093845f960137010152565b908060209392818452848401375f828201840152601f01601f1916010190565b6001600160a01b03909116815260406020820181905261134993910191611307565b90565b90600182811c9216801561137a575b602083101461136657565b634e487b7160e01b5f52602260045260245ffd5b91607f169161135b565b9060405191825f8254926113978461134c565b808452936001811690811561140257506001146113be575b506113bc92500383611293565b565b90505f9291925260205f20905f915b8183106113e65750509060206113bc928201015f6113af565b60209193508060019154838589010152019101909184926113cd565b9050602092506113bc94915060ff191682840152151560051b8201015f6113af565b6001600160a01b039091169190821561094f575f828152600260205260409020546001600160a01b0316923315158061159f575b50831515908161156c575b805f52600360205260405f2060018154019055835f52600260205260405f20816001600160601b0360a01b8254161790558360405191867fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b038416918061154d575b611503575b50506001600160a01b03168083036114eb57505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b60207f984934dc669852b7ddec1a775b42ff9507db98842ad56bc1f89980aa0a07369d91835f526007825260405f206001600160601b0360a01b81541690555f8152a25f806114d4565b505f828152600760205260409020546001600160a01b031615156114cf565b5f84815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f198154019055611463565b806115de575b156115b0575f611458565b82846115c857637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b50338414801561160d575b806115a557505f838152600460205260409020546001600160a01b031633146115a5565b505f84815260056020908152604080832033845290915290205460ff166115e9565b919091601f8311611640575b505050565b81831161164c57505050565b5f5260205f206020601f830160051c9210611685575b81601f9101920160051c03905f5b8281101561163b575f82820155600101611670565b5f9150611662565b929161169a818386611424565b813b6116a7575b50505050565b604051630a85bd0160e11b81523360048201526001600160a01b03948516602482015260448101919091526080606482015292169190602090829081906116f29060848301906111fd565b03815f865af15f9181611788575b5061175557503d1561174e573d611716816112b5565b906117246040519283611293565b81523d5f602083013e5b805190816117495782633250574960e11b5f5260045260245ffd5b602001fd5b606061172e565b6001600160e01b03191663757a42ff60e11b0161177657505f8080806116a1565b633250574960e11b5f5260045260245ffd5b9091506020813d6020116117c5575b816117a460209383611293565b810103126102a357516001600160e01b0319811681036102a357905f611700565b3d9150611797565b6040519060208201903082526040830152604082526117ed606083611293565b905190206001600160a01b031690565b5f818152600260205260409020546001600160a01b031690811561181f575090565b637e27328960e01b5f5260045260245ffd5b6001600160a01b039081165f81815260026020526040902054909116801561187257330361185c5750565b63324dbcdd60e21b5f526004523360245260445ffd5b506356b0f15d60e11b5f5260045260245ffdfea164736f6c6343000825000a",
}

// WorkerpoolRegistry is an auto generated Go binding around an Ethereum contract.
type WorkerpoolRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WorkerpoolRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewWorkerpoolRegistry creates a new instance of WorkerpoolRegistry.
func NewWorkerpoolRegistry() *WorkerpoolRegistry {
	parsed, err := WorkerpoolRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WorkerpoolRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WorkerpoolRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTSCHEDULERREWARDRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78c99057.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_SCHEDULER_REWARD_RATIO() view returns(uint8)
func (workerpoolRegistry *WorkerpoolRegistry) PackDEFAULTSCHEDULERREWARDRATIO() []byte {
	enc, err := workerpoolRegistry.abi.Pack("DEFAULT_SCHEDULER_REWARD_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTSCHEDULERREWARDRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78c99057.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_SCHEDULER_REWARD_RATIO() view returns(uint8)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackDEFAULTSCHEDULERREWARDRATIO() ([]byte, error) {
	return workerpoolRegistry.abi.Pack("DEFAULT_SCHEDULER_REWARD_RATIO")
}

// UnpackDEFAULTSCHEDULERREWARDRATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78c99057.
//
// Solidity: function DEFAULT_SCHEDULER_REWARD_RATIO() view returns(uint8)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackDEFAULTSCHEDULERREWARDRATIO(data []byte) (uint8, error) {
	out, err := workerpoolRegistry.abi.Unpack("DEFAULT_SCHEDULER_REWARD_RATIO", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDEFAULTWORKERSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff5fde0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_WORKER_STAKE_RATIO() view returns(uint8)
func (workerpoolRegistry *WorkerpoolRegistry) PackDEFAULTWORKERSTAKERATIO() []byte {
	enc, err := workerpoolRegistry.abi.Pack("DEFAULT_WORKER_STAKE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTWORKERSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff5fde0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_WORKER_STAKE_RATIO() view returns(uint8)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackDEFAULTWORKERSTAKERATIO() ([]byte, error) {
	return workerpoolRegistry.abi.Pack("DEFAULT_WORKER_STAKE_RATIO")
}

// UnpackDEFAULTWORKERSTAKERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff5fde0b.
//
// Solidity: function DEFAULT_WORKER_STAKE_RATIO() view returns(uint8)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackDEFAULTWORKERSTAKERATIO(data []byte) (uint8, error) {
	out, err := workerpoolRegistry.abi.Unpack("DEFAULT_WORKER_STAKE_RATIO", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := workerpoolRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99eff694.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createWorkerpool(address owner, string description, string api) returns(address workerpool)
func (workerpoolRegistry *WorkerpoolRegistry) PackCreateWorkerpool(owner common.Address, description string, api string) []byte {
	enc, err := workerpoolRegistry.abi.Pack("createWorkerpool", owner, description, api)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99eff694.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createWorkerpool(address owner, string description, string api) returns(address workerpool)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackCreateWorkerpool(owner common.Address, description string, api string) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("createWorkerpool", owner, description, api)
}

// UnpackCreateWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99eff694.
//
// Solidity: function createWorkerpool(address owner, string description, string api) returns(address workerpool)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackCreateWorkerpool(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("createWorkerpool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := workerpoolRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c5a547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRegistered(address asset) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) PackIsRegistered(asset common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("isRegistered", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c5a547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRegistered(address asset) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackIsRegistered(asset common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("isRegistered", asset)
}

// UnpackIsRegistered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3c5a547.
//
// Solidity: function isRegistered(address asset) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackIsRegistered(data []byte) (bool, error) {
	out, err := workerpoolRegistry.abi.Unpack("isRegistered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) PackName() []byte {
	enc, err := workerpoolRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackName() ([]byte, error) {
	return workerpoolRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackName(data []byte) (string, error) {
	out, err := workerpoolRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) PackOwnerOfAsset(asset common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("ownerOfAsset", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackOwnerOfAsset(asset common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("ownerOfAsset", asset)
}

// UnpackOwnerOfAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1f1d577.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackOwnerOfAsset(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("ownerOfAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPolicyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf514d6e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function policyOf(address workerpool) view returns(address owner, address scheduler, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (workerpoolRegistry *WorkerpoolRegistry) PackPolicyOf(workerpool common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("policyOf", workerpool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPolicyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf514d6e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function policyOf(address workerpool) view returns(address owner, address scheduler, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackPolicyOf(workerpool common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("policyOf", workerpool)
}

// PolicyOfOutput serves as a container for the return parameters of contract
// method PolicyOf.
type PolicyOfOutput struct {
	Owner                common.Address
	Scheduler            common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
}

// UnpackPolicyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf514d6e5.
//
// Solidity: function policyOf(address workerpool) view returns(address owner, address scheduler, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackPolicyOf(data []byte) (PolicyOfOutput, error) {
	out, err := workerpoolRegistry.abi.Unpack("policyOf", data)
	outstruct := new(PolicyOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Scheduler = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.WorkerStakeRatio = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.SchedulerRewardRatio = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPredictWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x064a6c2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictWorkerpool(address owner, string description) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) PackPredictWorkerpool(owner common.Address, description string) []byte {
	enc, err := workerpoolRegistry.abi.Pack("predictWorkerpool", owner, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x064a6c2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictWorkerpool(address owner, string description) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackPredictWorkerpool(owner common.Address, description string) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("predictWorkerpool", owner, description)
}

// UnpackPredictWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x064a6c2a.
//
// Solidity: function predictWorkerpool(address owner, string description) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackPredictWorkerpool(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("predictWorkerpool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := workerpoolRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApi is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x283f7ecd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApi(address workerpool, string api) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackSetApi(workerpool common.Address, api string) []byte {
	enc, err := workerpoolRegistry.abi.Pack("setApi", workerpool, api)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApi is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x283f7ecd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApi(address workerpool, string api) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSetApi(workerpool common.Address, api string) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("setApi", workerpool, api)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := workerpoolRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7657fc8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPolicy(address workerpool, uint8 workerStakeRatio, uint8 schedulerRewardRatio) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackSetPolicy(workerpool common.Address, workerStakeRatio uint8, schedulerRewardRatio uint8) []byte {
	enc, err := workerpoolRegistry.abi.Pack("setPolicy", workerpool, workerStakeRatio, schedulerRewardRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7657fc8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPolicy(address workerpool, uint8 workerStakeRatio, uint8 schedulerRewardRatio) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSetPolicy(workerpool common.Address, workerStakeRatio uint8, schedulerRewardRatio uint8) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("setPolicy", workerpool, workerStakeRatio, schedulerRewardRatio)
}

// PackSetScheduler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a637e44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setScheduler(address workerpool, address scheduler) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackSetScheduler(workerpool common.Address, scheduler common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("setScheduler", workerpool, scheduler)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetScheduler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a637e44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setScheduler(address workerpool, address scheduler) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSetScheduler(workerpool common.Address, scheduler common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("setScheduler", workerpool, scheduler)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := workerpoolRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := workerpoolRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) PackSymbol() []byte {
	enc, err := workerpoolRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSymbol() ([]byte, error) {
	return workerpoolRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := workerpoolRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := workerpoolRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// PackWorkerpoolInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88a3e275.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function workerpoolInfo(address workerpool) view returns((string,string))
func (workerpoolRegistry *WorkerpoolRegistry) PackWorkerpoolInfo(workerpool common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("workerpoolInfo", workerpool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWorkerpoolInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88a3e275.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function workerpoolInfo(address workerpool) view returns((string,string))
func (workerpoolRegistry *WorkerpoolRegistry) TryPackWorkerpoolInfo(workerpool common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("workerpoolInfo", workerpool)
}

// UnpackWorkerpoolInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88a3e275.
//
// Solidity: function workerpoolInfo(address workerpool) view returns((string,string))
func (workerpoolRegistry *WorkerpoolRegistry) UnpackWorkerpoolInfo(data []byte) (WorkerpoolRegistryWorkerpool, error) {
	out, err := workerpoolRegistry.abi.Unpack("workerpoolInfo", data)
	if err != nil {
		return *new(WorkerpoolRegistryWorkerpool), err
	}
	out0 := *abi.ConvertType(out[0], new(WorkerpoolRegistryWorkerpool)).(*WorkerpoolRegistryWorkerpool)
	return out0, nil
}

// WorkerpoolRegistryApiUpdated represents a ApiUpdated event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryApiUpdated struct {
	Workerpool common.Address
	Api        string
	Raw        *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryApiUpdatedEventName = "ApiUpdated"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryApiUpdated) ContractEventName() string {
	return WorkerpoolRegistryApiUpdatedEventName
}

// UnpackApiUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApiUpdated(address indexed workerpool, string api)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackApiUpdatedEvent(log *types.Log) (*WorkerpoolRegistryApiUpdated, error) {
	event := "ApiUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryApiUpdated)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryApproval represents a Approval event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryApproval) ContractEventName() string {
	return WorkerpoolRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackApprovalEvent(log *types.Log) (*WorkerpoolRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryApproval)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryApprovalForAll represents a ApprovalForAll event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryApprovalForAll) ContractEventName() string {
	return WorkerpoolRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackApprovalForAllEvent(log *types.Log) (*WorkerpoolRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryPolicyUpdated represents a PolicyUpdated event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryPolicyUpdated struct {
	Workerpool           common.Address
	WorkerStakeRatio     uint8
	SchedulerRewardRatio uint8
	Raw                  *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryPolicyUpdatedEventName = "PolicyUpdated"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryPolicyUpdated) ContractEventName() string {
	return WorkerpoolRegistryPolicyUpdatedEventName
}

// UnpackPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicyUpdated(address indexed workerpool, uint8 workerStakeRatio, uint8 schedulerRewardRatio)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackPolicyUpdatedEvent(log *types.Log) (*WorkerpoolRegistryPolicyUpdated, error) {
	event := "PolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryPolicyUpdated)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistrySchedulerUpdated represents a SchedulerUpdated event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistrySchedulerUpdated struct {
	Workerpool common.Address
	Scheduler  common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistrySchedulerUpdatedEventName = "SchedulerUpdated"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistrySchedulerUpdated) ContractEventName() string {
	return WorkerpoolRegistrySchedulerUpdatedEventName
}

// UnpackSchedulerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SchedulerUpdated(address indexed workerpool, address scheduler)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackSchedulerUpdatedEvent(log *types.Log) (*WorkerpoolRegistrySchedulerUpdated, error) {
	event := "SchedulerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistrySchedulerUpdated)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryTransfer represents a Transfer event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryTransfer) ContractEventName() string {
	return WorkerpoolRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackTransferEvent(log *types.Log) (*WorkerpoolRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryTransfer)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryWorkerpoolCreated represents a WorkerpoolCreated event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryWorkerpoolCreated struct {
	Workerpool  common.Address
	Owner       common.Address
	Description string
	Api         string
	Raw         *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryWorkerpoolCreatedEventName = "WorkerpoolCreated"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryWorkerpoolCreated) ContractEventName() string {
	return WorkerpoolRegistryWorkerpoolCreatedEventName
}

// UnpackWorkerpoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description, string api)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackWorkerpoolCreatedEvent(log *types.Log) (*WorkerpoolRegistryWorkerpoolCreated, error) {
	event := "WorkerpoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryWorkerpoolCreated)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (workerpoolRegistry *WorkerpoolRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["EmptyField"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackEmptyFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["NotAssetOwner"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackNotAssetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["RatioTooHigh"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackRatioTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["UnknownAsset"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackUnknownAssetError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WorkerpoolRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryAlreadyRegistered struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address asset)
func WorkerpoolRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address asset)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackAlreadyRegisteredError(raw []byte) (*WorkerpoolRegistryAlreadyRegistered, error) {
	out := new(WorkerpoolRegistryAlreadyRegistered)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func WorkerpoolRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*WorkerpoolRegistryERC721IncorrectOwner, error) {
	out := new(WorkerpoolRegistryERC721IncorrectOwner)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func WorkerpoolRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*WorkerpoolRegistryERC721InsufficientApproval, error) {
	out := new(WorkerpoolRegistryERC721InsufficientApproval)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func WorkerpoolRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidApproverError(raw []byte) (*WorkerpoolRegistryERC721InvalidApprover, error) {
	out := new(WorkerpoolRegistryERC721InvalidApprover)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func WorkerpoolRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*WorkerpoolRegistryERC721InvalidOperator, error) {
	out := new(WorkerpoolRegistryERC721InvalidOperator)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func WorkerpoolRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*WorkerpoolRegistryERC721InvalidOwner, error) {
	out := new(WorkerpoolRegistryERC721InvalidOwner)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func WorkerpoolRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*WorkerpoolRegistryERC721InvalidReceiver, error) {
	out := new(WorkerpoolRegistryERC721InvalidReceiver)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func WorkerpoolRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidSenderError(raw []byte) (*WorkerpoolRegistryERC721InvalidSender, error) {
	out := new(WorkerpoolRegistryERC721InvalidSender)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func WorkerpoolRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*WorkerpoolRegistryERC721NonexistentToken, error) {
	out := new(WorkerpoolRegistryERC721NonexistentToken)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryEmptyField represents a EmptyField error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryEmptyField struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyField(string field)
func WorkerpoolRegistryEmptyFieldErrorID() common.Hash {
	return common.HexToHash("0xa69290e7cac040ed0e694b9ddf4f08dea75b8deaa26a26ca604c3dd1384e4e45")
}

// UnpackEmptyFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyField(string field)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackEmptyFieldError(raw []byte) (*WorkerpoolRegistryEmptyField, error) {
	out := new(WorkerpoolRegistryEmptyField)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "EmptyField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryNotAssetOwner represents a NotAssetOwner error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryNotAssetOwner struct {
	Asset  common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssetOwner(address asset, address caller)
func WorkerpoolRegistryNotAssetOwnerErrorID() common.Hash {
	return common.HexToHash("0xc936f374b386ac32ec1060752d6b46bee2bce23243b2956e82cccef9cf91d723")
}

// UnpackNotAssetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssetOwner(address asset, address caller)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackNotAssetOwnerError(raw []byte) (*WorkerpoolRegistryNotAssetOwner, error) {
	out := new(WorkerpoolRegistryNotAssetOwner)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "NotAssetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryRatioTooHigh represents a RatioTooHigh error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryRatioTooHigh struct {
	Ratio *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RatioTooHigh(uint256 ratio)
func WorkerpoolRegistryRatioTooHighErrorID() common.Hash {
	return common.HexToHash("0xb77aff7673f27ce0e38713000d276949df987403e87ce4dbfe7255b9afab159c")
}

// UnpackRatioTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RatioTooHigh(uint256 ratio)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackRatioTooHighError(raw []byte) (*WorkerpoolRegistryRatioTooHigh, error) {
	out := new(WorkerpoolRegistryRatioTooHigh)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "RatioTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryUnknownAsset represents a UnknownAsset error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryUnknownAsset struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAsset(address asset)
func WorkerpoolRegistryUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0xad61e2bae75b0f2414f083b808cda294f40340e22c8215a6f7684add1a3e0429")
}

// UnpackUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAsset(address asset)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackUnknownAssetError(raw []byte) (*WorkerpoolRegistryUnknownAsset, error) {
	out := new(WorkerpoolRegistryUnknownAsset)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "UnknownAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}
