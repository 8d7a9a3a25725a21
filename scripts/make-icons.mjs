#!/usr/bin/env node
// Generates every icon the installers need from the one source drawing, resources/icons/icon.svg:
//   resources/icons/png/NxN.png  (16…512, Linux AppImage/deb and the window icon)
//   resources/icons/icon.png     (512, fallback)
//   resources/icons/icon.ico     (16…256, Windows exe, installer and shortcuts)
// The outputs are committed, so only someone who changes the drawing runs this (`npm run icons`).
// Rasterising uses @resvg/resvg-js (its binary ships inside the npm package); the ICO container is written here.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconDir = path.join(root, 'resources', 'icons');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function loadResvg() {
  try {
    return createRequire(import.meta.url)('@resvg/resvg-js').Resvg;
  } catch {
    console.error('make-icons: cần gói @resvg/resvg-js (npm install --save-dev @resvg/resvg-js) — the @resvg/resvg-js package is needed.');
    process.exit(1);
  }
}

function render(Resvg, svg, size) {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render();
  if (image.width !== size || image.height !== size) throw new Error(`rendered ${image.width}x${image.height}, wanted ${size}`);
  return { png: Buffer.from(image.asPng()), rgba: Buffer.from(image.pixels) };
}

/** A 32-bit BMP (DIB) entry: bottom-up BGRA with straight alpha, then an all-zero AND mask (alpha decides). */
function dibEntry(premultipliedRgba, size) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // XOR bitmap + AND mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      const a = premultipliedRgba[from + 3];
      const straight = (c) => (a === 0 ? 0 : Math.min(255, Math.round((c * 255) / a)));
      pixels[to] = straight(premultipliedRgba[from + 2]);
      pixels[to + 1] = straight(premultipliedRgba[from + 1]);
      pixels[to + 2] = straight(premultipliedRgba[from]);
      pixels[to + 3] = a;
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

/** ICO container: ICONDIR, one ICONDIRENTRY per size, then the images (BMP below 256 px for old shells, PNG at 256). */
export function buildIco(images) {
  const dir = Buffer.alloc(6 + images.length * 16);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(images.length, 4);
  let offset = dir.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + i * 16;
    dir.writeUInt8(size >= 256 ? 0 : size, at);
    dir.writeUInt8(size >= 256 ? 0 : size, at + 1);
    dir.writeUInt8(0, at + 2);
    dir.writeUInt8(0, at + 3);
    dir.writeUInt16LE(1, at + 4);
    dir.writeUInt16LE(32, at + 6);
    dir.writeUInt32LE(data.length, at + 8);
    dir.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([dir, ...images.map((image) => image.data)]);
}

function main() {
  const Resvg = loadResvg();
  const svg = fs.readFileSync(path.join(iconDir, 'icon.svg'));
  fs.mkdirSync(path.join(iconDir, 'png'), { recursive: true });
  const rendered = new Map(PNG_SIZES.map((size) => [size, render(Resvg, svg, size)]));
  for (const [size, { png }] of rendered) fs.writeFileSync(path.join(iconDir, 'png', `${size}x${size}.png`), png);
  fs.writeFileSync(path.join(iconDir, 'icon.png'), rendered.get(512).png);
  const ico = buildIco(
    ICO_SIZES.map((size) => {
      const { png, rgba } = rendered.get(size);
      return { size, data: size >= 256 ? png : dibEntry(rgba, size) };
    }),
  );
  fs.writeFileSync(path.join(iconDir, 'icon.ico'), ico);
  console.log(`make-icons: ${PNG_SIZES.length} PNG sizes and icon.ico (${ICO_SIZES.join(', ')}) written to ${path.relative(root, iconDir)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
