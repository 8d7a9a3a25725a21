// Plays an Electron utility process inside a worker thread: gives the module Electron's `process.parentPort`
// (messages as { data, ports } with ports as MessagePortMain), then loads it as utilityProcess.fork would.
const { parentPort, workerData } = require('node:worker_threads');
const { EventEmitter } = require('node:events');
const { FakeMessagePortMain } = require('./message-port.cjs');

const fakeParentPort = new EventEmitter();
fakeParentPort.postMessage = (message) => parentPort.postMessage(message);
parentPort.on('message', ({ data, ports }) => {
  fakeParentPort.emit('message', { data, ports: (ports || []).map((p) => new FakeMessagePortMain(p)) });
});
process.parentPort = fakeParentPort;
require(workerData.modulePath);
