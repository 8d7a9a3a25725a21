import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { reconcileContract } from '../../../shared/contract/reconcile';
import { deleteMapping, preview, proof, saveMapping } from '../services/reconcile-service';
import { confirm, undo } from '../services/reconcile-confirm';
import { listImports, listMappings } from '../reconcile/repo';

/** Marking what went out from an as-run log or a published list (issue 21). */
export function reconcileHandlers(ctx: CoreContext): DomainHandlers<typeof reconcileContract> {
  return {
    'reconcile:preview': (input) => preview(ctx, input),
    'reconcile:confirm': (input) => confirm(ctx, input),
    'reconcile:undo': ({ importId }) => undo(ctx, importId),
    'reconcile:imports': () => listImports(ctx.db),
    'reconcile:proof': (input) => proof(ctx, input),
    'reconcile:mappings': () => listMappings(ctx.db),
    'reconcile:saveMapping': (input) => saveMapping(ctx, input),
    'reconcile:deleteMapping': ({ name }) => deleteMapping(ctx, name),
  };
}
