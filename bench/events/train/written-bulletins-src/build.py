import sys
import os; HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import R
import protests, riots, conflict, strategic, none
LABELS = {'Armed clash','Government regains territory','Non-state actor overtakes territory','Chemical weapon','Air/drone strike','Suicide bomb','Shelling/artillery/missile attack','Remote explosive/landmine/IED','Grenade','Sexual violence','Attack','Abduction/forced disappearance','Peaceful protest','Protest with intervention','Excessive force against protesters','Violent demonstration','Mob violence','Agreement','Arrests','Change to group/activity','Disrupted weapons use','Headquarters or base established','Looting/property destruction','Non-violent transfer of territory','Other','NONE'}
plan = [
 (protests.peaceful, 220), (protests.intervention, 60), (protests.excessive, 30),
 (riots.violent, 65), (riots.mob, 55), (conflict.dwu, 100),
 (conflict.clash, 50), (conflict.attack, 45), (conflict.air, 30), (conflict.shell, 25),
 (lambda: strategic.strategic('Change to group/activity'), 25), (lambda: strategic.strategic('Arrests'), 25),
 (lambda: strategic.strategic('Abduction/forced disappearance'), 15), (lambda: strategic.strategic('Looting/property destruction'), 15),
 (lambda: strategic.strategic('Agreement'), 10), (lambda: strategic.strategic('Headquarters or base established'), 10),
 (none.none, 200),
]
seen = set()
for line in open(os.path.join(HERE, '..', 'written.tsv'), encoding='utf-8'):
    seen.add(line.rstrip('\n').split('\t')[3].lower())
rows = []
for f, k in plan:
    got = 0; tries = 0
    while got < k and tries < k * 50:
        tries += 1
        lab, a1, a2, t = f()
        t = ' '.join(t.replace('\t', ' ').split())
        assert lab in LABELS, lab
        assert a1 in t and a2 in t, (a1, a2, t)
        if t.lower() in seen: continue
        seen.add(t.lower()); rows.append((lab, a1, a2, t, 'written')); got += 1
    if got < k: print('short', lab, got, k, file=sys.stderr)
R.shuffle(rows)
with open(sys.argv[1], 'w', encoding='utf-8') as out:
    out.write('label\tactor1\tactor2\ttext\tsource\n')
    for r in rows: out.write('\t'.join(r) + '\n')
print(len(rows))
