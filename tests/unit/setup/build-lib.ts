// The CLI and package tests run the built JavaScript, as a user would; build it once first.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-lib.js'], { stdio: 'inherit' });
}
