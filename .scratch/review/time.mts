import { workspace } from '../../tests/helpers.ts';
const ws = await workspace();
await ws.knowledge.ask('warm up');
const rnd = (n: number) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');
const cases: Record<string, string> = {
  gibberish500: Array.from({ length: 60 }, () => rnd(7)).join(' ').slice(0, 500),
  gibberish1000: Array.from({ length: 120 }, () => rnd(7)).join(' ').slice(0, 1000),
  longwords1000: Array.from({ length: 10 }, () => rnd(99)).join(' ').slice(0, 1000),
  typos1000: ('whta did xi sya abuot cybersecruity and the wrold internt confrence ').repeat(15).slice(0, 1000),
  names500: ('putin trump merkel macron obama biden modi ').repeat(12).slice(0, 500),
  caps: ('Alpha Beta Gamma Delta Epsilon Zeta Eta Theta ').repeat(20).slice(0, 1000),
  why: 'why ' + 'china '.repeat(160),
};
for (const [name, q] of Object.entries(cases)) {
  const s = performance.now();
  const a = await ws.knowledge.ask(q);
  console.log(name, q.length, (performance.now() - s).toFixed(0) + 'ms', a.answered, a.answer.length, a.answer.slice(0, 160));
}
await ws.knowledge.warmed();
for (const [name, q] of Object.entries(cases)) {
  const s = performance.now();
  const a = await ws.knowledge.ask(q + ' x');
  console.log('warm', name, (performance.now() - s).toFixed(0) + 'ms', a.answer.length);
}
await ws.cleanup();
