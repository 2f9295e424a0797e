import re, sys
LABELS = {'Armed clash','Government regains territory','Non-state actor overtakes territory','Chemical weapon','Air/drone strike','Suicide bomb','Shelling/artillery/missile attack','Remote explosive/landmine/IED','Grenade','Sexual violence','Attack','Abduction/forced disappearance','Peaceful protest','Protest with intervention','Excessive force against protesters','Violent demonstration','Mob violence','Agreement','Arrests','Change to group/activity','Disrupted weapons use','Headquarters or base established','Looting/property destruction','Non-violent transfer of territory','Other','NONE'}
import os; d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..') + '/'
old = set()
for f in ['written.tsv','fa-kes.tsv','wikinews.tsv']:
    for l in open(d+f, encoding='utf-8').read().split('\n')[1:]:
        if l: old.add(l.split('\t')[3].strip().lower())
lines = open(d+'written-bulletins.tsv', encoding='utf-8').read().split('\n')
assert lines[0] == 'label\tactor1\tactor2\ttext\tsource', lines[0]
assert lines[-1] == ''
seen = set(); bad = 0
for i, l in enumerate(lines[1:-1], 2):
    f = l.split('\t')
    if len(f) != 5: print(i, 'fields', len(f)); bad += 1; continue
    lab, a1, a2, t, s = f
    if lab not in LABELS: print(i, 'label', lab); bad += 1
    if s != 'written': print(i, 'source'); bad += 1
    if a1 not in t or a2 not in t: print(i, 'actor'); bad += 1
    if t != t.strip() or '  ' in t or '\r' in t: print(i, 'space'); bad += 1
    if t.lower() in old: print(i, 'dup old'); bad += 1
    if t.lower() in seen: print(i, 'dup'); bad += 1
    seen.add(t.lower())
print('rows', len(lines) - 2, 'bad', bad)
