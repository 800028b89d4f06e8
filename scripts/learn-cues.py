#!/usr/bin/env python3
"""Learns the cue lexicon `src/lexicons/cues_learned.txt` from the PolNeAR training annotations.

Reads only ../shared/data/polnear/train (never dev or held-out data). A word or phrase of at most
three words becomes an entry when the annotators marked it as a cue at least MIN_COUNT times and in
at least MIN_RATE of its occurrences in the training texts. Only the words and two counts are
written: no corpus text. Reproducible: `python3 scripts/learn-cues.py [TRAIN_DIR]`.
"""
import collections, glob, os, re, sys

MIN_COUNT = 2
MIN_RATE = 0.12

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    train = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', 'shared', 'data', 'polnear', 'train')
    as_cue = collections.Counter()
    texts = []
    for path in sorted(glob.glob(os.path.join(train, 'text', '*.txt'))):
        text = open(path, encoding='utf-8').read()
        texts.append(text.lower())
        stem = os.path.basename(path)[:-4]
        anns = sorted(glob.glob(os.path.join(train, 'attributions', stem + '*.ann')))
        if not anns:
            continue
        for line in open(anns[0], encoding='utf-8'):
            parts = line.rstrip('\n').split('\t')
            if len(parts) < 2 or not parts[1].startswith('Cue ') or ';' in parts[1]:
                continue
            a, b = map(int, parts[1].split()[1:3])
            cue = ' '.join(text[a:b].lower().split()).strip(' ,.:;“”"\'’')
            if cue and len(cue.split()) <= 3 and re.fullmatch(r"[a-z][a-z’' -]*", cue):
                as_cue[cue] += 1
    entries = []
    for cue, n in as_cue.items():
        if n < MIN_COUNT:
            continue
        pattern = re.compile(r'(?<![a-z])' + re.escape(cue) + r'(?![a-z])')
        seen = sum(len(pattern.findall(t)) for t in texts)
        if seen and n / seen >= MIN_RATE:
            entries.append((cue, n, seen))
    entries.sort(key=lambda e: (-e[1], e[0]))
    out = os.path.join(here, '..', 'src', 'lexicons', 'cues_learned.txt')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Cues learned from the PolNeAR training annotations by scripts/learn-cues.py: each entry\n'
                f'# was marked as a cue at least {MIN_COUNT} times and in at least {int(MIN_RATE * 100)}% of its\n'
                '# occurrences there. After each entry: times marked as a cue, times seen. Regenerate, do not edit.\n')
        for cue, n, seen in entries:
            f.write(f'{cue}  # {n} of {seen}\n')
    print(f'{len(entries)} entries written to {os.path.relpath(out)}')

if __name__ == '__main__':
    main()
