// Registers every channel of the contract with ipcMain.handle. A request is served only when it comes from the
// top frame of one of our windows showing the app:// renderer; then it goes through the same dispatch() (zod
// validation + handler table) as the browser harness. Run events go back to the requesting window.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { events, methods } from '../core/common/contract.ts';
import { dispatch, RequestError, type HandlerContext, type Handlers } from '../core/node/handler-table.ts';
import { isAppUrl } from './protocol.ts';

export function setupIpc(handlers: Handlers, isOurWindow: (contents: WebContents) => boolean): void {
  for (const { channel } of Object.values(methods)) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      const problem = senderProblem(event, isOurWindow);
      if (problem) throw new Error(`rejected ${channel}: ${problem}`);
      const ctx: HandlerContext = {
        emit: (name, payload) => {
          if (!event.sender.isDestroyed()) event.sender.send(events[name], payload);
        },
      };
      try {
        return await dispatch(handlers, channel, request, ctx);
      } catch (e) {
        if (!(e instanceof RequestError)) console.error(`assay: ${channel} failed:`, e);
        throw e;
      }
    });
  }
}

function senderProblem(event: IpcMainInvokeEvent, isOurWindow: (contents: WebContents) => boolean): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'sender frame is gone';
  if (frame.parent) return 'sender is not the top frame';
  if (!isOurWindow(event.sender)) return 'sender is not an Assay window';
  if (!isAppUrl(frame.url)) return `sender ${frame.url} is not the app`;
  return null;
}
