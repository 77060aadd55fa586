// The main-side handler table: one implementation per contract method. Electron's ipc.ts and the browser
// harness both register exactly this table, so the UI tests exercise the code the desktop app runs.
import type { z } from 'zod';
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
  if (!parsed.success) throw new RequestError(`invalid request for ${channel}: ${describeIssues(parsed.error.issues)}`);
  const handler = handlers[method] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
  return handler(parsed.data, ctx);
}

/** One line per issue, with nested issues (zod reports a bad record key as a nested issue) spelled out. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): string {
  return issues
    .map((issue) => {
      const path = formatPath([...prefix, ...issue.path]);
      const nested = 'issues' in issue && Array.isArray(issue.issues) ? (issue.issues as z.core.$ZodIssue[]) : [];
      const inner = nested.flat().filter((i): i is z.core.$ZodIssue => typeof i === 'object' && i !== null && 'message' in i);
      return inner.length ? `${path}: ${inner.map((i) => i.message).join('; ')}` : `${path}: ${issue.message}`;
    })
    .join('; ');
}

function formatPath(path: PropertyKey[]): string {
  if (!path.length) return '(request)';
  return path
    .map((seg, i) => {
      const key = String(seg);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}
