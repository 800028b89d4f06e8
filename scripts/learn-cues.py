#!/usr/bin/env python3
"""Learns the cue lexicon `src/lexicons/cues_learned.txt` from the PolNeAR training annotations.

Reads only ../shared/data/polnear/train (never dev or held-out data). A word or phrase of at most
three words becomes an entry when the annotators marked it as a cue at least MIN_COUNT times and in
at least MIN_RATE of its occurrences in the training texts. A longer phrase whose shorter head is an
entry too ("said of" beside "said") is left out when, where the phrase occurs, the annotators marked
the head alone more often than the whole phrase: the annotator takes the longest entry that matches,
so the phrase would widen cues the annotators keep short. Only the words and two counts are
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
    spans = []  # per text, the (start, end) of every gold cue
    for path in sorted(glob.glob(os.path.join(train, 'text', '*.txt'))):
        text = open(path, encoding='utf-8').read()
        texts.append(text.lower())
        stem = os.path.basename(path)[:-4]
        anns = sorted(glob.glob(os.path.join(train, 'attributions', stem + '*.ann')))
        spans.append(set())
        if not anns:
            continue
        for line in open(anns[0], encoding='utf-8'):
            parts = line.rstrip('\n').split('\t')
            if len(parts) < 2 or not parts[1].startswith('Cue ') or ';' in parts[1]:
                continue
            a, b = map(int, parts[1].split()[1:3])
            spans[-1].add((a, b))
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
    learned = {e[0] for e in entries}

    def head_alone(cue):
        """Times the annotators marked the phrase's head alone where the whole phrase stands."""
        head = cue.rsplit(' ', 1)[0]
        pattern = re.compile(r'(?<![a-z])' + re.escape(cue) + r'(?![a-z])')
        return sum((m.start(), m.start() + len(head)) in marked
                   for t, marked in zip(texts, spans) for m in pattern.finditer(t))

    entries = [e for e in entries
               if ' ' not in e[0] or e[0].rsplit(' ', 1)[0] not in learned or head_alone(e[0]) <= e[1]]
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
