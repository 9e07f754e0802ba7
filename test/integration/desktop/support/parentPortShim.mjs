/**
 * Gives a Node child the `process.parentPort` a utility process has, carried over Node's own
 * IPC channel, so the built backend bundle runs unchanged. Like Electron's port, it queues
 * messages that arrive before a listener is registered.
 */
const listeners = new Set();
const queued = [];
process.on('message', (data) => {
  if (listeners.size === 0) queued.push(data);
  for (const listener of listeners) listener({ data });
});
process.parentPort = {
  on(event, listener) {
    if (event !== 'message') return this;
    listeners.add(listener);
    for (const data of queued.splice(0)) listener({ data });
    return this;
  },
  postMessage(message) {
    process.send?.(message);
  },
};
