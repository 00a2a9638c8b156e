#!/usr/bin/env node
// Run by `npm ci` / `npm install` (postinstall): installs the project's fix of kafkajs's read_committed
// filter (deploy/scripts/kafkajs/filterAbortedMessages.js explains the bug). It replaces exactly the
// file of the pinned kafkajs release it was written for, and stops the install with a clear message
// for any other content, so an upgrade cannot silently run without it or with it misapplied.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ORIGINAL_SHA256 = '54ce50f2a41ee1686da8b73bf8b502c7dd07c9d7cb0a494cdb36a7fc536ced8e';
const EXPECTED_VERSION = '2.2.4';

const root = join(__dirname, '..', '..');
const kafkajsDir = join(root, 'node_modules', 'kafkajs');
const target = join(kafkajsDir, 'src', 'consumer', 'filterAbortedMessages.js');
const replacement = readFileSync(join(__dirname, 'kafkajs', 'filterAbortedMessages.js'), 'utf8');
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

const version = JSON.parse(readFileSync(join(kafkajsDir, 'package.json'), 'utf8')).version;
const current = readFileSync(target, 'utf8');
if (current === replacement) {
  console.log('[patch-kafkajs] read_committed filter fix already installed');
} else if (version === EXPECTED_VERSION && sha256(current) === ORIGINAL_SHA256) {
  writeFileSync(target, replacement);
  console.log('[patch-kafkajs] installed the read_committed filter fix into kafkajs ' + version);
} else {
  console.error(
    `[patch-kafkajs] kafkajs ${version}: ${target} is not the file the fix was written for ` +
      `(kafkajs ${EXPECTED_VERSION}); check whether the new release fixes aborted-transaction ` +
      'filtering and update or drop deploy/scripts/patch-kafkajs.js',
  );
  process.exit(1);
}
