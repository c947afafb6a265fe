#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-<size>.png at the sizes manifest.xml names) with nothing but
// zlib: a blue rounded square with three white bars stepping down, a waterfall of payouts.
//   node scripts/make-icons.js
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const BACKGROUND = [0x1b, 0x4f, 0x72]; // deep blue
const GLYPH = [0xff, 0xff, 0xff];

// In units of the icon's side: [left, top, right, bottom] of each bar (a descending waterfall).
const BARS = [
  [0.2, 0.22, 0.36, 0.8],
  [0.42, 0.4, 0.58, 0.8],
  [0.64, 0.58, 0.8, 0.8],
];
const RADIUS = 0.18;

function insideRoundedSquare(x, y) {
  const r = RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideBar(x, y) {
  return BARS.some(([l, t, r, b]) => x >= l && x < r && y >= t && y < b);
}

/** RGBA pixels, 4 x 4 samples a pixel so the edges are smooth at 16 px too. */
function draw(size) {
  const S = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let cover = 0;
      let glyph = 0;
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          const x = (i + (si + 0.5) / S) / size;
          const y = (j + (sj + 0.5) / S) / size;
          if (!insideRoundedSquare(x, y)) continue;
          cover++;
          if (insideBar(x, y)) glyph++;
        }
      }
      const o = (j * size + i) * 4;
      const g = cover ? glyph / cover : 0;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(BACKGROUND[c] * (1 - g) + GLYPH[c] * g);
      px[o + 3] = Math.round((255 * cover) / (S * S));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG file: 8-bit RGBA, no interlace, each row with filter 0. */
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const rows = [];
  for (let j = 0; j < size; j++) rows.push(Buffer.from([0]), rgba.subarray(j * size * 4, (j + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, "../assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, png(size, draw(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

module.exports = { SIZES, png, draw, crc32 };
