export * from './limits';
export * from './types';
export * from './times';
export * from './headers';
export * from './record';
export * from './similarity';
export * from './match';
export * from './proof';
