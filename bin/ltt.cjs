#!/usr/bin/env node
'use strict';
// The `ltt` command. The TypeScript sources are built by `npm install` (the "prepare" script).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'ltt.cjs');
if (!fs.existsSync(entry)) {
  process.stderr.write('ltt: chưa được build. Hãy chạy "npm install" (hoặc "npm run build") trong thư mục dự án.\n');
  process.exit(2);
}
require(entry);
