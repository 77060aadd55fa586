// The main-side handler table: one implementation per contract method. Electron's ipc.ts and the browser
// harness both register exactly this table, so the UI tests exercise the code the desktop app runs.
import { z } from 'zod';
import { methods, channelToMethod, type Method, type Request, type Responses, type EventName, type EventPayloads } from '../common/contract.ts';

export interface HandlerContext {
  /** Push an event to the window that made the request. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

export type Handlers = { [M in Method]: (req: Request<M>, ctx: HandlerContext) => Promise<Responses[M]> };

export class RequestError extends Error {}

/** Validates a raw request against the contract and calls the handler. Throws RequestError on bad input. */
export async function dispatch(handlers: Handlers, channel: string, raw: unknown, ctx: HandlerContext): Promise<unknown> {
  const method = channelToMethod[channel];
  if (!method) throw new RequestError(`unknown channel ${JSON.stringify(channel)}`);
  const parsed = methods[method].request.safeParse(raw ?? {});
  if (!parsed.success) throw new RequestError(`invalid request for ${channel}: ${z.prettifyError(parsed.error)}`);
  const handler = handlers[method] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
  return handler(parsed.data, ctx);
}
