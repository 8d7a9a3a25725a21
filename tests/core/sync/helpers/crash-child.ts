/**
 * Run in a child process by case 12: imports one file into an existing test site and, halfway
 * through the transaction, says "MID" and waits to be killed with SIGKILL.
 */
import { Site } from './site';

const [root, name, org, file] = process.argv.slice(2) as [string, string, string, string];
const site = new Site(root, name, org);
let said = false;
await site.import([file], {
  onApplied: (n) => {
    if (n >= 50 && !said) {
      said = true;
      process.stdout.write('MID\n');
      // Block inside the open transaction until the parent kills us.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
    }
  },
});
process.stdout.write('DONE\n');
