// Compiles every contract under src/ with the pinned solc-js through the standard-JSON
// interface and writes, under out/: <Name>.json (abi, bytecode, deployed size) for each
// deployable contract and combined.json (the format abigen --combined-json reads).
// Usage: node build.js   (run by `make contracts`)
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const EVM_VERSION = 'osaka';
const SRC = path.join(__dirname, 'src');
const OUT = path.join(__dirname, 'out');
// Contracts that get artifacts and Go bindings; the rest are abstract parts and libraries.
const DEPLOYABLE = ['ErgonToken', 'AppRegistry', 'DatasetRegistry', 'WorkerpoolRegistry', 'ErgonHub', 'OrderDesk', 'TestCallback'];
const CODE_SIZE_LIMIT = 24576; // EIP-170

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.sol') ? [p] : [];
  });
}

function findImport(name) {
  for (const base of [path.join(__dirname, 'node_modules'), __dirname]) {
    const p = path.join(base, name);
    if (fs.existsSync(p)) return { contents: fs.readFileSync(p, 'utf8') };
  }
  return { error: 'not found: ' + name };
}

const sources = {};
for (const file of walk(SRC).sort()) {
  sources[path.relative(__dirname, file)] = { content: fs.readFileSync(file, 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: EVM_VERSION,
    viaIR: true,
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  process.stderr.write(e.formattedMessage + '\n');
}
if (failed) process.exit(1);

// The hub delegates the calls it does not define to OrderDesk (see ErgonHub.sol): its interface
// is both ABIs. The desk keeps only what deploying it needs, so bindings do not define its
// functions twice.
const byName = {};
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) byName[name] = c;
}
const entryKey = (e) => e.type + ':' + (e.name || '') + '(' + (e.inputs || []).map((i) => i.type).join(',') + ')';
{
  const hub = byName.ErgonHub;
  const desk = byName.OrderDesk;
  const known = new Set(hub.abi.map(entryKey));
  const extra = desk.abi.filter((e) => ['function', 'event', 'error'].includes(e.type) && !known.has(entryKey(e)));
  hub.abi = hub.abi.concat(extra.filter((e) => e.name !== 'NotThroughHub'));
  desk.abi = desk.abi.filter((e) => e.type === 'constructor' || e.name === 'NotThroughHub');
}

fs.mkdirSync(OUT, { recursive: true });
const combined = { contracts: {}, version: solc.version() };
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (!DEPLOYABLE.includes(name)) continue;
    const size = c.evm.deployedBytecode.object.length / 2;
    if (size > CODE_SIZE_LIMIT) {
      process.stderr.write(`${name}: deployed code is ${size} bytes, over the ${CODE_SIZE_LIMIT}-byte limit\n`);
      failed = true;
    }
    const artifact = { contractName: name, sourceName: file, abi: c.abi, bytecode: '0x' + c.evm.bytecode.object, deployedSize: size };
    fs.writeFileSync(path.join(OUT, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
    combined.contracts[file + ':' + name] = { abi: c.abi, bin: c.evm.bytecode.object };
    process.stdout.write(`${name.padEnd(20)} ${String(size).padStart(6)} bytes\n`);
  }
}
fs.writeFileSync(path.join(OUT, 'combined.json'), JSON.stringify(combined, null, 1) + '\n');
if (failed) process.exit(1);
