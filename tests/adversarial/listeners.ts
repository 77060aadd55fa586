// Host-side listeners for the network attacks: a TCP server on 127.0.0.1, a UDP socket there and an abstract
// unix socket, each counting what reached it. A sandboxed submission must reach none of them.
import { createSocket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';

export interface Listeners {
  tcpPort: number;
  udpPort: number;
  /** Abstract socket name, without the leading NUL. */
  abstract: string;
  /** Connections or datagrams received, per listener. */
  hits: { tcp: number; udp: number; unix: number };
  close(): Promise<void>;
}

export async function startListeners(): Promise<Listeners> {
  const hits = { tcp: 0, udp: 0, unix: 0 };
  const tcp = createServer((s) => {
    hits.tcp++;
    s.destroy();
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const abstract = `assay-adv-${randomBytes(8).toString('hex')}`;
  const unix = createServer((s) => {
    hits.unix++;
    s.destroy();
  });
  await new Promise<void>((resolve) => unix.listen(`\0${abstract}`, resolve));
  const udp = createSocket('udp4');
  udp.on('message', () => hits.udp++);
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  return {
    tcpPort: (tcp.address() as AddressInfo).port,
    udpPort: udp.address().port,
    abstract,
    hits,
    async close() {
      await Promise.all([new Promise((r) => tcp.close(r)), new Promise((r) => unix.close(r)), new Promise<void>((r) => udp.close(() => r()))]);
    },
  };
}
