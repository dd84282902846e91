// Generated from src/widgets.json by scripts/entries.mjs: do not edit, run
// `node scripts/entries.mjs`. Registers every widget (idempotent) and exports the classes and types.
import './tip-carousel/define.js';
import './archetype-quiz/define.js';
import './strategy-wheel/define.js';

export * from './index.js';
