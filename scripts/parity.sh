#!/usr/bin/env bash
# Checks that `whosaid eval` gives exactly the figures of the reference scorer
# (shared/tools/score-brat.py), on the real gold folders, both for the annotator's own predictions
# and for synthetic predictions made from the gold files (copied, shifted, cut, mislabelled), so
# that the comparison means something whatever the annotator scores.
#
# usage: scripts/parity.sh [SHARED_DIR] [FOLDER…]
#   SHARED_DIR  defaults to ../shared beside the repository
#   FOLDER      gold folders under SHARED_DIR/data; default: polnear/dev hedges/factbank
# PARITY_VERBOSE=1 prints the figures of every comparison.
# Needs python3 and the shared data; it is not part of `npm test` (the tests pass without the data).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$repo/../shared}"
shift || true
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(polnear/dev hedges/factbank)
score="$shared/tools/score-brat.py"
[ -f "$score" ] || { echo "parity: no $score" >&2; exit 2; }

cargo build --release --quiet --manifest-path "$repo/Cargo.toml"
whosaid="$repo/target/release/whosaid"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fails=0
compare() { # GOLD PRED LABEL
  local gold="$1" pred="$2" label="$3"
  python3 "$score" "$gold" "$pred" --json >"$work/py.json"
  "$whosaid" eval "$gold" --pred-dir "$pred" --json >"$work/rs.json"
  python3 "$score" "$gold" "$pred" >"$work/py.txt"
  "$whosaid" eval "$gold" --pred-dir "$pred" >"$work/rs.txt"
  if cmp -s "$work/py.json" "$work/rs.json" && cmp -s "$work/py.txt" "$work/rs.txt"; then
    echo "same   $label"
    [ -z "${PARITY_VERBOSE:-}" ] || sed 's/^/         /' "$work/py.txt"
  else
    echo "DIFFER $label"
    diff "$work/py.json" "$work/rs.json" || true
    diff "$work/py.txt" "$work/rs.txt" || true
    fails=$((fails + 1))
  fi
}

for f in "${folders[@]}"; do
  gold="$shared/data/$f"
  pred="$work/annotator/$f"
  # The in-memory evaluation and the written predictions must agree too.
  "$whosaid" eval "$gold" --write-pred "$pred" --json >"$work/mem.json"
  python3 "$score" "$gold" "$pred" --json >"$work/py.json"
  if cmp -s "$work/mem.json" "$work/py.json"; then
    echo "same   $f: annotator, in memory"
  else
    echo "DIFFER $f: annotator, in memory"; diff "$work/py.json" "$work/mem.json" || true
    fails=$((fails + 1))
  fi
  compare "$gold" "$pred" "$f: annotator, from files"
  cat "$work/py.txt"

  python3 - "$gold" "$work/synthetic/$f" <<'EOF'
import glob, os, random, sys
gold_dir, out = sys.argv[1], sys.argv[2]
rng = random.Random(7)
variants = ['gold', 'shifted', 'cues-only', 'mixed', 'caveats']
for v in variants:
    os.makedirs(os.path.join(out, v), exist_ok=True)
texts = sorted(glob.glob(os.path.join(gold_dir, 'text', '*.txt')))
for k, tpath in enumerate(texts):
    stem = os.path.basename(tpath)[:-4]
    n = len(open(tpath, encoding='utf-8').read())
    cands = sorted(glob.glob(os.path.join(gold_dir, 'attributions', stem + '*.ann')))
    lines = open(cands[0], encoding='utf-8').read().split('\n') if cands else []
    spans, rest = [], []
    for line in lines:
        parts = line.split('\t')
        if line.startswith('T') and len(parts) >= 2:
            typ, offs = parts[1].split(' ', 1)
            frags = [tuple(map(int, f.split())) for f in offs.split(';')]
            spans.append((parts[0], typ, frags))
        elif line.startswith(('E', 'A')):
            rest.append(line)
    def t(tid, typ, frags):
        frags = [(max(0, min(a, n)), max(0, min(b, n))) for a, b in frags]
        frags = [(a, b) if a <= b else (b, a) for a, b in frags]
        return f"{tid}\t{typ} {';'.join(f'{a} {b}' for a, b in frags)}\tx"
    def write(v, body):
        with open(os.path.join(out, v, stem + '.ann'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(body) + '\n')
    hedge = {'Hedge': 'Caveat'}
    # gold: the gold file itself, hedges renamed to caveats
    write('gold', [t(i, hedge.get(ty, ty), f) for i, ty, f in spans] + rest)
    # shifted: every fragment moved by -3..3 characters
    write('shifted', [t(i, hedge.get(ty, ty), [(a + rng.randint(-3, 3), b + rng.randint(-3, 3)) for a, b in f])
                      for i, ty, f in spans] + rest)
    # cues-only: cue spans and events with only a cue
    body, e = [], 0
    for i, ty, f in spans:
        if ty == 'Cue':
            e += 1
            body += [t(i, 'Cue', f), f'E{e}\tAttribution:{i} Cue:{i}']
    write('cues-only', body)
    # mixed: some spans dropped, some cut in half or doubled, events partly kept, a caveat of each kind
    body = []
    for i, ty, f in spans:
        r = rng.random()
        if r < 0.15:
            continue
        if r < 0.35:
            f = [(a, a + (b - a) // 2) for a, b in f]
        elif r < 0.45:
            f = f + [(b + 1, b + 6) for a, b in f[:1]]
        body.append(t(i, hedge.get(ty, ty), f))
    ids = {s[0] for s in spans}
    for line in rest:
        if line.startswith('E') and rng.random() < 0.8:
            body.append(line)
    for j in range(3):
        a = rng.randint(0, max(0, n - 10))
        body.append(t(f'T9{j}', 'Caveat', [(a, a + rng.randint(1, 10))]))
        body.append(f'A9{j}\tKind T9{j} {rng.choice(["hedge", "denial", "anonymous", "other"])}')
    if k % 9 != 4:  # else a missing prediction file
        write('mixed', body)
    # caveats: every gold span a caveat of a random kind (some without a kind)
    body = []
    for m, (i, ty, f) in enumerate(spans):
        body.append(t(i, 'Caveat', f))
        kind = rng.choice(['hedge', 'denial', 'evidence', None, 'odd'])
        if kind:
            body.append(f'A{m + 1}\tKind {i} {kind}')
    write('caveats', body)
EOF
  for v in gold shifted cues-only mixed caveats; do
    compare "$gold" "$work/synthetic/$f/$v" "$f: synthetic $v"
  done
done
[ "$fails" -eq 0 ] && echo "parity: all figures the same" || { echo "parity: $fails differ"; exit 1; }
