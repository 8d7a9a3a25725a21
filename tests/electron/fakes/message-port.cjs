// A stand-in for Electron's MessagePortMain over a Node worker_threads MessagePort, used on both sides of the
// fake utility process (the test's main side and the worker that plays the utility process).
// MessagePortMain's shape: messages arrive as { data, ports } and only after start(); 'close' when the other end goes.
const { EventEmitter } = require('node:events');

class FakeMessagePortMain extends EventEmitter {
  constructor(nodePort) {
    super();
    this.nodePort = nodePort;
    this.started = false;
    nodePort.on('close', () => this.emit('close'));
  }
  start() {
    if (this.started) return;
    this.started = true;
    this.nodePort.on('message', (data) => this.emit('message', { data, ports: [] }));
  }
  postMessage(message) {
    this.nodePort.postMessage(message);
  }
  close() {
    this.nodePort.close();
  }
}

module.exports = { FakeMessagePortMain };
