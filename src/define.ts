// Registers every widget (idempotent) and exports the classes and types.
import './tip-carousel/define.js';

export * from './index.js';
