// A proxy that refuses every request. Firefox and WebKit have no switch like Chromium's
// --host-resolver-rules, so they are pointed at this for every host but 127.0.0.1: whatever a
// page or the browser itself asks of the internet fails at once, and no test reaches the network.
import { createServer } from 'node:net';

export async function startOfflineProxy(): Promise<{ port: number; close: () => void }> {
  // A clear 403 rather than a reset: Firefox retries a reset connection over and over.
  const server = createServer((socket) => {
    socket.once('data', () =>
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
    );
    socket.on('error', () => {}); // a client that hangs up first is no concern
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the offline proxy has no port');
  return { port: address.port, close: () => server.close() };
}
