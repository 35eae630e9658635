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
  testResults: { status: string; assertionResults: { status: string }[] }[];
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
  // A test file that fails outside its tests (it does not load, or a beforeAll throws and its tests
  // are skipped) has no failed test of its own: count it as a failure, never as a pass or a skip.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  const failed = report.numFailedTests + brokenFiles.length;
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`${report.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed > 0 ? 1 : code;
}
