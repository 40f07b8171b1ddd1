"""Tables of RESULTS.md from the dump (practicecombine-experiment <db> <gold s01-s77> dump.tsv <m62 pipeline.json> pipeline.json).
Columns gp0/mo0: models trained on s01-s62 (m62); gp1/mo1: shipped v9 (trained on s01-s74).
Usage: python3 analyse.py dump.tsv"""
import sys
from rows import *

rows = load(sys.argv[1])
g = guard('hcno')
print('Additions the guard blocks (m62, T 0.87), in gold / all, over s01-s77:')
for lab in ('gp', 'mo'):
    add = [x for x in rows if x['rule'] != LAB[lab] and x[lab + '0'] >= 0.87 and x['section'] not in SKIP]
    for p in 'hcno':
        b = [x for x in add if not guard(p)(x, lab)]
        print(f'  {lab} {p}: {sum(x[lab] for x in b)}/{len(b)}')
ts = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.87, 0.9, 0.93)
for lab in ('gp', 'mo'):
    print(lab, 'confident threshold', '  '.join('%5.2f' % t for t in ts))
    for nm, d, k, ex in (('s63-s74 m62, no guard', chk, 0, None), ('s63-s74 m62', chk, 0, g), ('s75-s77 m62', val, 0, g), ('s75-s77 v9', val, 1, g), ('s01-s62 m62 (in-sample)', fit, 0, g)):
        print('  %-24s' % nm + '  '.join('%.3f' % score(rows, lab, k, 0.2, t, extra=ex, docs=d)[0] for t in ts))
