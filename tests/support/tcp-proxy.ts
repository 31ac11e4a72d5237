// A TCP proxy a test puts between the portal and PostgreSQL, to take the database away and
// give it back without touching the shared PostgreSQL server.
import net from "node:net";

export type Cut =
  /** Nothing listens any more: open connections are destroyed, new ones are refused (a stopped server). */
  | "refuse"
  /** Connections are accepted and nothing is forwarded; open ones go silent (a network that drops everything). */
  | "blackhole";

export class TcpProxy {
  private mode: "forward" | Cut = "forward";
  private readonly sockets = new Set<net.Socket>();
  private server: net.Server;

  private constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
    server: net.Server,
  ) {
    this.server = server;
  }

  /** Starts forwarding a free local port to `target`. */
  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const holder: { proxy?: TcpProxy } = {};
    const server = net.createServer((socket) => holder.proxy!.accept(socket));
    const port = await listen(server, 0);
    // The server accepts connections only after listen(), by which time the proxy exists.
    holder.proxy = new TcpProxy(target, port, server);
    return holder.proxy;
  }

  /** A connection string like `url` that goes through this proxy. */
  urlFor(url: string): string {
    const through = new URL(url);
    through.hostname = "127.0.0.1";
    through.port = String(this.port);
    return through.toString();
  }

  /** Takes the database away. */
  async cut(how: Cut): Promise<void> {
    this.mode = how;
    if (how === "refuse") {
      for (const socket of this.sockets) socket.destroy();
      this.sockets.clear();
      await new Promise<void>((resolve) => this.server.close(() => resolve()));
    } else {
      // Open connections stay open and go silent in both directions.
      for (const socket of this.sockets) {
        socket.unpipe();
        socket.pause();
      }
    }
  }

  /** Gives the database back; connections from the outage are dropped, as a router restart would. */
  async restore(): Promise<void> {
    const was = this.mode;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    this.mode = "forward";
    if (was === "refuse") {
      const server = net.createServer((socket) => this.accept(socket));
      await listen(server, this.port);
      this.server = server;
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.mode !== "forward") {
      client.pause();
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    this.track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.once("close", closeBoth);
    upstream.once("close", closeBoth);
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("error", () => {}); // a reset from either side ends the pair; nothing to report
    socket.once("close", () => this.sockets.delete(socket));
  }
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
  });
}

/** A local port nothing listens on, for a database address that refuses every connection. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server, 0);
  await new Promise((resolve) => server.close(resolve));
  return port;
}
