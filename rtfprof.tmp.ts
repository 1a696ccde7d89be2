import { readRtfLines } from './lambda/parser/rtf/readRtfLines';
import { tokenizeRtf } from './lambda/parser/rtf/tokenizeRtf';
import { parseFile } from './lambda/parser/parseFile';
import { classicRtf } from './bench/rtf/rtfFigures';
import { nexisUniRtf } from './bench/containers/nexisUniExportBytes';
const NO_OP = { groupStart() {}, groupEnd() {}, controlWord() {}, controlSymbol() {}, text() {}, hexByte() {} };
function cpu(f: () => unknown) { let best = 1e9; for (let i = 0; i < 5; i++) { const s = process.cpuUsage(); f(); const u = process.cpuUsage(s); best = Math.min(best, (u.user + u.system) / 1000); } return best; }
async function cpuA(f: () => Promise<unknown>) { let best = 1e9; for (let i = 0; i < 5; i++) { const s = process.cpuUsage(); await f(); const u = process.cpuUsage(s); best = Math.min(best, (u.user + u.system) / 1000); } return best; }
for (const [name, bytes] of [['uni', nexisUniRtf(1000, 0)], ['classic', classicRtf(1000)]] as const) {
  const lines = readRtfLines(bytes).lines;
  const text = new TextEncoder().encode(lines.join('\n'));
  console.log(name, bytes.length, 'tokenize', cpu(() => tokenizeRtf(bytes, NO_OP)), 'lines', cpu(() => readRtfLines(bytes)), 'parse', await cpuA(() => parseFile(bytes, { enrich: false })), 'txt-of-lines', await cpuA(() => parseFile(text, { enrich: false })));
}
