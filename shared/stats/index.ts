export * from './proportions';
export * from './scale';
export * from './suppression';
export * from './words';
