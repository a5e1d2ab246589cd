/**
 * Runs `callback` in a task of its own, after whatever the browser has queued (input, rendering).
 * A message to itself, not `setTimeout(0)`: no 4 ms clamp after a few nested calls, and it runs
 * in a page that throttles timers.
 */
export function inNextTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(undefined);
}
