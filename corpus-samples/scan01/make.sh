#!/usr/bin/env bash
# Makes scan01.pdf: the pages of s05.pdf as a scanner would give them back, images only, no text layer.
# Each page is rasterised in grey at 200 dpi (pdftoppm), turned by 0.4 degrees and sprinkled with a
# little salt-and-pepper noise (a few lines of Python, standard library only, fixed seed), and the
# images are put together into a PDF without any text (img2pdf). expected.txt is s05's, copied.
# Needs: pdftoppm (poppler-utils), python3, img2pdf (Debian package img2pdf).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_pdf="$here/../s05/s05.pdf"
dpi=200
angle=0.4

for tool in pdftoppm python3 img2pdf; do
  command -v "$tool" >/dev/null 2>&1 || { echo "make.sh: $tool is missing (apt-get install poppler-utils python3 img2pdf)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

pdftoppm -r "$dpi" -gray "$source_pdf" "$work/page"

python3 - "$angle" "$work"/page-*.pgm <<'PY'
import math, random, sys

angle = float(sys.argv[1])
random.seed(1)

def read_pgm(path):
    data = open(path, 'rb').read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b'#':
            pos = data.index(b'\n', pos)
            continue
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    assert fields[0] == b'P5' and int(fields[3]) == 255, path
    w, h = int(fields[1]), int(fields[2])
    return w, h, bytearray(data[pos + 1:pos + 1 + w * h])

for path in sys.argv[2:]:
    w, h, px = read_pgm(path)
    t = math.tan(math.radians(angle))
    rows = [px[y * w:(y + 1) * w] for y in range(h)]
    # Rotation by a small angle as two shears: rows slide sideways, then columns (in strips) slide down.
    white = 255
    sheared = []
    for y, row in enumerate(rows):
        dx = int(round((y - h / 2) * t))
        if dx > 0:
            row = bytearray([white]) * dx + row[:w - dx]
        elif dx < 0:
            row = row[-dx:] + bytearray([white]) * (-dx)
        sheared.append(row)
    out = [bytearray([white]) * w for _ in range(h)]
    strip = max(1, int(1 / t)) if t else w
    for x0 in range(0, w, strip):
        x1 = min(w, x0 + strip)
        dy = int(round(((x0 + x1) / 2 - w / 2) * -t))
        for y in range(h):
            sy = y - dy
            if 0 <= sy < h:
                out[y][x0:x1] = sheared[sy][x0:x1]
    # Salt and pepper: about one pixel in 3000 (a clean office scanner; heavier noise turns specks into stray punctuation).
    for _ in range(w * h // 3000):
        x, y = random.randrange(w), random.randrange(h)
        out[y][x] = 0 if random.random() < 0.5 else 255
    with open(path, 'wb') as f:
        f.write(b'P5\n%d %d\n255\n' % (w, h))
        for row in out:
            f.write(row)
PY

# Scanners record no text; img2pdf writes the images losslessly at the scan's resolution.
SOURCE_DATE_EPOCH=0 img2pdf --nodate --pagesize A4 --producer "scan01 make.sh (img2pdf)" -o "$here/scan01.pdf" "$work"/page-*.pgm
cp "$here/../s05/expected.txt" "$here/expected.txt"
echo "wrote $here/scan01.pdf ($(stat -c %s "$here/scan01.pdf") bytes)"
