/**
 * `npm test`: runs every vitest suite, then prints the totals as a plain closing line,
 * `N passed, N failed`, which CI logs read the same whatever the runner.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

const reportFile = path.resolve('tests/.output/vitest.json');
await mkdir(path.dirname(reportFile), { recursive: true });
await rm(reportFile, { force: true });

const code = await new Promise<number>((resolve, reject) => {
  const child = spawn(
    'vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  child.on('error', reject);
  child.on('close', (exit) => resolve(exit ?? 1));
});

let report: VitestReport | undefined;
try {
  report = JSON.parse(await readFile(reportFile, 'utf8')) as VitestReport;
} catch {
  report = undefined;
}

if (!report) {
  console.log('0 passed, 1 failed');
  process.exitCode = code || 1;
} else {
  // A suite that fails to load has no test results: count it as a failure, never as a pass.
  const failed = report.numFailedTests + report.numFailedTestSuites;
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`${report.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed > 0 ? 1 : code;
}
