import type { Api } from '../../core/common/contract.ts';

declare global {
  interface Window {
    assay: Api;
  }
}
