import { analyze, clearTextCaches } from '../src/core';
import { syntheticAppendix } from './synthetic';
const grid = syntheticAppendix(10000);
for (let i = 0; i < 5; i++) analyze(grid);
const t = Date.now();
for (let i = 0; i < 60; i++) { clearTextCaches(); analyze(grid); }
console.log((Date.now() - t) / 60, 'ms');
