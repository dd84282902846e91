// Registers every widget (idempotent) and exports the classes and types.
import './tip-carousel/define.js';
import './archetype-quiz/define.js';

export * from './index.js';
