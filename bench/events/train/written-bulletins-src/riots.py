from common import *
from protests import place, fat_tail, POLICE, GROUPS, MARCH_WHY
RIOTERS = ['rioters','demonstrators','protesters','angry residents','youths','supporters of the opposition','students','unemployed youths','residents']
VIOLENT = [
 '{a} clashed with {p} during a raid on the neighbourhood and threw stones; {p} fired tear gas',
 '{a} burned tyres and blocked roads {why}',
 '{a} threw stones and petrol bombs at {p}, who responded with tear gas and rubber bullets, {why}',
 '{a} stormed and set fire to the governorate building {why}; {p} fired tear gas to disperse them',
 '{a} torched a police station {after}',
 '{a} clashed with {p} {after}, throwing stones and burning a police vehicle',
 '{a} attacked the convoy of the governor with stones {why}',
 '{a} ransacked the offices of the ruling party {why}',
 '{a} blocked the highway with burning barricades and pelted {p} with stones {why}',
 '{a} set fire to the municipal building {after}; {p} arrested several of them',
 '{a} smashed shop windows and set cars alight in the city centre {after}',
 '{a} attacked {p} with sticks and stones when they tried to remove a roadblock set up {why}',
]
RIOT_WHY = ['to demand water supply','to protest against power cuts','against the rise in fuel prices','to denounce the results of the local elections',
 'to demand the release of a detained activist','to protest the killing of a young man by police','to denounce the arrest of a local imam',
 'against the demolition of their homes','to demand jobs','in protest at the death of a motorcyclist at a checkpoint','against the relocation of the market',
 'to reject the appointment of the new district commissioner']
AFTER = ['after a young man died in police custody','after the announcement of the election results','after a teenager was shot dead by a police officer',
 'after the funeral of a local activist','following the arrest of a popular preacher','after the authorities cut the water supply for a week',
 'after a football match','during a protest against the fuel price hike','after a raid by security forces on the market']
MOB = [
 ('a mob', 'a suspected thief', '{a} attacked and beat {b} to death in the market'),
 ('a mob', 'a man accused of stealing a motorcycle', '{a} lynched {b}'),
 ('a crowd', 'two suspected kidnappers', '{a} beat {b} and set them on fire'),
 ('residents', 'a suspected witch', '{a} attacked and burned the house of {b}, seriously injuring her'),
 ('a mob', 'a man accused of blasphemy', '{a} dragged {b} out of a police station and beat him to death'),
 ('a crowd of villagers', 'a suspected cattle rustler', '{a} caught and killed {b}'),
 ('an angry mob', 'a driver', '{a} beat {b} after his lorry hit a child, leaving him seriously injured'),
 ('a mob', 'a suspected child trafficker', '{a} attacked {b} and left him for dead'),
 ('a group of residents', 'two men accused of burglary', '{a} tied up and beat {b}'),
]
MOB_CLASH = [
 ('supporters of the ruling party', 'supporters of the opposition', '{a} and {b} clashed with sticks and machetes {when}'),
 ('two factions of the ruling party\'s supporters', '', '{a} clashed {when}, injuring several people'),
 ('two factions of the opposition party\'s supporters', '', '{a} clashed over the choice of candidates {when}'),
 ('residents of two neighbouring villages', '', '{a} clashed over a land dispute with sticks, stones and machetes'),
 ('members of the two clans', '', '{a} clashed over grazing land, burning several huts'),
 ('herders', 'farmers', '{a} and {b} clashed after cattle strayed onto a field'),
 ('supporters of the two rival football clubs', '', '{a} clashed outside the stadium, throwing stones and bottles'),
 ('Muslim and Christian youths', '', '{a} clashed after a dispute over a place of worship'),
 ('students of the two rival colleges', '', '{a} clashed with stones and sticks near the campus'),
 ('members of the two student wings of the party', '', '{a} clashed on the university campus over control of the dormitories'),
 ('traders', 'transporters', '{a} and {b} clashed over parking fees at the motor park'),
]
MOB_WHEN = ['during the party primaries','during a rally','at a polling station','at the party congress','during the vote count','during the campaign']

def violent():
    a = pick(RIOTERS); p = pick(POLICE); c, pl = place()
    op, used = opener(pl)
    tm = pick(VIOLENT)
    body = tm.format(a=a, p=p, why=pick(RIOT_WHY), after=pick(AFTER))
    loc = '' if used else f' in {pl}'
    # put location after first verb phrase: simple approach, append place after actor clause
    t = op + body
    if not used:
        t = op + body.split(' ', 1)[0] + ' ' + body.split(' ', 1)[1]
        t = t.replace(';', loc + ';', 1) if ';' in t else t + loc
    a2 = p if '{p}' in tm else ''
    k = pick([0,0,0,0,1,2,-1])
    tail = ' Casualties unknown.' if k < 0 else (fat_tail(k) if k > 0 else pick(['', ' Several injuries were reported.', ' No fatalities.']))
    return 'Violent demonstration', a, a2, cap(t) + '.' + tail

def mob():
    c, pl = place(); op, used = opener(pl); loc = '' if used else f' in {pl}'
    if R.random() < 0.5:
        a, b, tm = pick(MOB)
        t = op + tm.format(a=a, b=b) + loc + pick(['', ', police said', ', according to local media'])
        k = 1 if ('death' in tm or 'killed' in tm or 'lynched' in tm) else 0
        tail = fat_tail(k) if k else ''
        if 'them on fire' in tm: tail = ' 2 fatalities.'
        return 'Mob violence', a, b, cap(t) + '.' + tail
    a, b, tm = pick(MOB_CLASH)
    t = op + tm.format(a=a, b=b, when=pick(MOB_WHEN)) + loc
    k = pick([0,0,1,2,3,-1])
    tail = ' Casualties unknown.' if k < 0 else fat_tail(k)
    return 'Mob violence', a, b, cap(t) + '.' + tail

VIOLENT += [
 '{a} pelted {p} with stones and bottles during a protest {why}; {p} responded with tear gas and water cannon',
 '{a} set up burning barricades and attacked the vehicles of {p} {after}',
 '{a} broke into the premises of the electricity company and damaged equipment {why}',
 '{a} clashed with {p} who were evicting families from an informal settlement, throwing rocks; {p} fired rubber bullets',
 '{a} burned the house of the local MP {after}',
 '{a} stormed the district court and freed a detainee {after}',
 '{a} attacked an election office and burned ballot boxes {why}',
]
MOB += [
 ('a crowd', 'a woman accused of witchcraft', '{a} stoned {b}, killing her'),
 ('a mob', 'a police officer', '{a} attacked {b} who had shot a motorist, beating him badly'),
 ('villagers', 'a man suspected of killing a child', '{a} set fire to the house of {b} and beat him'),
 ('a crowd of youths', 'foreign nationals', '{a} attacked shops owned by {b}, beating several traders'),
]
MOB_CLASH += [
 ('members of two families', '', '{a} clashed with knives and firearms over a water well'),
 ('supporters of two rival candidates', '', '{a} clashed {when}, throwing stones'),
 ('Hindu and Muslim residents', '', '{a} clashed during a religious procession, throwing stones at each other'),
 ('rival groups of motorcycle taxi drivers', '', '{a} clashed over control of a parking area'),
]
