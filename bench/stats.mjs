// Small timing helpers shared by the benchmarks.
import { performance } from 'node:perf_hooks';

/** Runs `fn` repeatedly for about `ms` milliseconds after a warm-up; returns operations per second. */
export function throughput(fn, { ms = 2000, warmupMs = 500 } = {}) {
  const deadline = (limit) => performance.now() + limit;
  for (const end = deadline(warmupMs); performance.now() < end;) fn();
  let operations = 0;
  const start = performance.now();
  const end = start + ms;
  while (performance.now() < end) {
    for (let index = 0; index < 50; index++) fn();
    operations += 50;
  }
  return operations / ((performance.now() - start) / 1000);
}

/** Alternates the measurements `rounds` times and returns the median of each, so drift hits both alike. */
export function interleaved(measurements, rounds = 5) {
  const samples = Object.fromEntries(Object.keys(measurements).map((key) => [key, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [key, measure] of Object.entries(measurements)) samples[key].push(measure());
  }
  return Object.fromEntries(
    Object.entries(samples).map(([key, values]) => [
      key,
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)],
    ]),
  );
}

export const format = (value) => Math.round(value).toLocaleString('en-US');
