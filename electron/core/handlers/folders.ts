import type { DomainHandlers } from './types';
import type { foldersContract } from '../../../shared/contract/folders';
import { listFolders } from '../services/folder-browser';

export function foldersHandlers(): DomainHandlers<typeof foldersContract> {
  return {
    'folders:list': ({ path }) => listFolders(path),
  };
}
