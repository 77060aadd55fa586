// Host-side listeners for the network attacks: a TCP server on 127.0.0.1, a UDP socket there, an abstract unix
// socket and a unix socket file in the host's temp dir, each counting what reached it. A sandboxed submission
// must reach none of them.
import { createSocket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Listeners {
  tcpPort: number;
  udpPort: number;
  /** Abstract socket name, without the leading NUL. */
  abstract: string;
  /** Path of the unix socket file. */
  socketFile: string;
  /** Connections or datagrams received, per listener. */
  hits: { tcp: number; udp: number; unix: number; file: number };
  close(): Promise<void>;
}

/** A stream server counting connections under `key`, listening once the promise resolves. */
async function counting(hits: Listeners['hits'], key: 'tcp' | 'unix' | 'file', listen: (s: Server, ready: () => void) => void): Promise<Server> {
  const server = createServer((s) => {
    hits[key]++;
    s.destroy();
  });
  await new Promise<void>((resolve) => listen(server, resolve));
  return server;
}

export async function startListeners(): Promise<Listeners> {
  const hits = { tcp: 0, udp: 0, unix: 0, file: 0 };
  const tcp = await counting(hits, 'tcp', (s, ready) => s.listen(0, '127.0.0.1', ready));
  const abstract = `assay-adv-${randomBytes(8).toString('hex')}`;
  const unix = await counting(hits, 'unix', (s, ready) => s.listen(`\0${abstract}`, ready));
  const socketFile = join(tmpdir(), `assay-adv-${randomBytes(8).toString('hex')}.sock`);
  const file = await counting(hits, 'file', (s, ready) => s.listen(socketFile, ready));
  const udp = createSocket('udp4');
  udp.on('message', () => hits.udp++);
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  return {
    tcpPort: (tcp.address() as AddressInfo).port,
    udpPort: udp.address().port,
    abstract,
    socketFile,
    hits,
    async close() {
      await Promise.all([...[tcp, unix, file].map((s) => new Promise((r) => s.close(r))), new Promise<void>((r) => udp.close(() => r()))]);
    },
  };
}
