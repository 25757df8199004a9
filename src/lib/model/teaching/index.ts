export * from './explanations';
export * from './glossary';
export * from './flow-order';
export * from './slide-facts';
