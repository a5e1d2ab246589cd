// `npm run bench`: benchmarks arrive with the benchmark work (parse speed, bundle size over time).
// Until then this says so plainly instead of pretending to measure anything.
console.log('No benchmarks yet: they come with the benchmarks issue. See docs/benchmarks.md.');
