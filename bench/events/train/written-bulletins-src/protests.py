from common import *
from places import P, MUSLIM
ALLC = [c for c in P if '-' not in c]
# (protester group, buildings they go to, purposes fitting them)
GROUPS = [
 ('teachers', ['the governorate building','the regional education directorate','the ministry of education','the provincial government office'],
  ["to demand unpaid wages and to denounce the government's decision to freeze recruitment in public schools",
   'to demand the payment of three months of salary arrears and the regularisation of contract teachers',
   "to denounce the ministry's decision to transfer dozens of teachers without consultation",
   'to reject the new pension reform and to call on parliament to withdraw the bill',
   'to demand permanent contracts after years of temporary employment',
   'to protest against overcrowded classrooms and the lack of school supplies ahead of the new term']),
 ('nurses and health workers', ['the regional hospital','the health directorate','the ministry of health','the main public hospital'],
  ['to demand hazard allowances promised during the pandemic and to denounce staff shortages',
   'to protest against the assault on a colleague by the relatives of a patient and to demand better security in hospitals',
   'to denounce the closure of the maternity ward and the transfer of equipment to the capital',
   'to demand the recruitment of more staff and the payment of overtime']),
 ('doctors', ['the ministry of health','the medical council','the teaching hospital'],
  ['to demand better pay and working conditions and to denounce the brain drain of young physicians',
   'to protest the arrest of a colleague accused of negligence, which they described as unjust',
   'to denounce repeated attacks on medical staff and to demand a law protecting health workers']),
 ('students', ['the university administration building','the ministry of higher education','the rectorate'],
  ['to denounce the rise in tuition fees and to demand the reopening of the student canteen',
   'in solidarity with fellow students expelled after last month\'s elections to the student union',
   'to demand the release of a student detained by the security services and to denounce what they called the criminalisation of student activism',
   'to protest against delays in the payment of scholarships',
   'to reject the decision to cancel the exam session and to demand a new timetable']),
 ('farmers', ['the agriculture directorate','the governor\'s office','the regional council'],
  ['to demand compensation for crops lost to drought and to denounce the rising price of fertiliser',
   'to protest against the low purchase price of wheat set by the state grain office',
   'to denounce the cutting of irrigation water and to demand a fair share of the dam\'s reserves',
   'to reject a land expropriation plan for an industrial zone',
   'to demand debt relief and the cancellation of penalties imposed by public banks']),
 ('residents', ['the municipality','the district council','the governor\'s office','the local water authority'],
  ['to demand a regular water supply after weeks of cuts',
   'to protest against repeated power cuts during the heatwave',
   'to demand the paving of the road to their village and the opening of a health centre',
   'to denounce the pollution caused by a nearby phosphate plant',
   'to reject the planned relocation of a landfill next to their homes',
   'to demand the completion of a sewage project that has been halted for three years']),
 ('unemployed graduates', ['the governorate building','the regional employment office','the labour ministry'],
  ['to demand jobs in the public sector and to denounce the government\'s failure to honour its recruitment promises',
   'to demand their inclusion in the employment programme announced by the president',
   'to denounce nepotism in recruitment at the local phosphate company']),
 ('retirees', ['the social security fund','the parliament','the finance ministry'],
  ['to demand the indexation of pensions to inflation',
   'to denounce delays in the payment of pensions and to call on the government to honour its commitments']),
 ('lawyers', ['the court of first instance','the justice ministry','the bar association'],
  ['to denounce a draft law restricting the independence of the bar',
   'in protest at the detention of a colleague, which they called a violation of the rights of the defence',
   'to demand the reform of the judicial system and to denounce political interference in trials']),
 ('families of detainees', ['the prosecutor\'s office','the central prison','the human rights commission'],
  ['to demand the release of their relatives held without trial and to denounce the use of military courts against civilians',
   'to demand information about relatives who disappeared after being arrested by security forces',
   'to call for an independent investigation into the death in custody of a young detainee']),
 ('shopkeepers and traders', ['the municipality','the chamber of commerce','the tax office'],
  ['to protest against a new tax on small businesses and to denounce the closure of the central market',
   'to denounce the demolition of their stalls ordered by the municipality',
   'to demand compensation after a fire destroyed part of the market']),
 ('fishermen', ['the port authority','the fisheries directorate','the governor\'s office'],
  ['to denounce the rising price of fuel and to demand subsidies for small boats',
   'to protest against industrial trawlers fishing illegally in coastal waters']),
 ('mine workers', ['the company headquarters','the mining directorate','the regional labour office'],
  ['to demand the payment of bonuses and better safety measures after a fatal accident at the mine',
   'to denounce layoffs announced by the mining company']),
 ('municipal workers', ['the town hall','the municipality','the local government ministry'],
  ['to demand the regularisation of their contracts and the payment of four months of wages',
   'to denounce the privatisation of waste collection']),
 ('women', ['the parliament','the provincial assembly','the justice ministry'],
  ['to denounce violence against women and to demand the adoption of a law on femicide',
   'to demand justice for a young woman murdered last week and to denounce the impunity of perpetrators',
   'to demand equal inheritance rights and to denounce discrimination in the personal status code']),
 ('members of the civil servants\' union', ['the prime minister\'s office','the finance ministry','the parliament'],
  ['to demand a wage increase in line with inflation and to denounce the freezing of promotions',
   'to reject the government\'s plan to cut the public sector wage bill under the agreement with the IMF']),
 ('supporters of the opposition party', ['the electoral commission','the parliament','the presidential palace'],
  ['to denounce fraud in the recent elections and to demand a recount',
   'to demand the release of their leader, detained since last month, and to denounce what they called political persecution',
   'to reject constitutional amendments that would extend the president\'s term']),
 ('human rights activists', ['the interior ministry','the courthouse','the UN office'],
  ['to denounce the arrest of journalists and to demand the repeal of the cybercrime law',
   'to demand an end to the enforced disappearance of activists and accountability for torture in detention',
   'to condemn the death sentences handed down to protesters and to call for their commutation']),
 ('taxi drivers', ['the transport ministry','the town hall','the regional transport authority'],
  ['to protest against the licensing of ride-hailing apps and the rise in fuel prices',
   'to denounce police harassment at checkpoints and the multiplication of fines']),
 ('internally displaced persons', ['the office of the UN refugee agency','the governorate building','the humanitarian coordination office'],
  ['to demand the resumption of food distributions cut last month',
   'to protest against their planned eviction from the camp and to demand safe return to their villages']),
 ('journalists', ['the information ministry','the parliament','the press union headquarters'],
  ['to denounce the detention of a colleague and to demand the protection of press freedom',
   'to demand justice for a reporter killed while covering the fighting and to condemn attacks on the media']),
 ('indigenous community members', ['the regional government office','the environment ministry','the office of the mining company'],
  ['to reject an oil concession on their ancestral land and to demand prior consultation',
   'to denounce the murder of a community leader and to demand protection for land defenders']),
 ('veterans', ['the defence ministry','the presidential palace'],
  ['to demand the payment of their pensions and health coverage promised after the war']),
 ('bakery owners', ['the trade ministry','the governorate building'],
  ['to protest against flour shortages and the fixed price of bread']),
]
BLOCKERS = [
 ('residents', ['water supply','the restoration of electricity','the repair of the road','the opening of a school in their neighbourhood','compensation for homes damaged by floods','action against insecurity after a series of kidnappings in the area']),
 ('villagers', ['water supply','a bridge to replace the one swept away last season','the return of the land seized for a quarry','a doctor for the local health post','the release of a villager detained by the police']),
 ('farmers', ['the purchase of their harvest at the promised price','compensation for livestock killed in a disease outbreak','an end to the import of cheaper produce']),
 ('young unemployed men', ['jobs at the nearby oil field','their recruitment by the local gas company']),
 ('motorcycle taxi drivers', ['the lifting of a ban on motorcycle taxis in the city centre']),
 ('miners', ['the reopening of the artisanal mining site closed by the authorities']),
 ('residents of the neighbourhood', ['justice for a boy hit by a speeding truck','a regular supply of cooking gas','the removal of garbage piling up in the streets']),
]
TRANSPORT = ['transport workers','truck drivers','bus drivers','lorry drivers','minibus operators','tanker drivers']
TRANSPORT_WHY = ['over the rise in diesel prices','against a new road toll','to denounce the ban on old vehicles','to demand the release of drivers held at the border','over unpaid fares owed by the state company','against insecurity on the highway after drivers were robbed']
ROADS = ['the highway','the national road','the main highway linking the city to the capital','the ring road','the road to the port','the coastal highway']
PALESTINE = [
 'in support of Palestine and to denounce Israeli military operations in Gaza',
 'in solidarity with the people of Gaza and to condemn the Israeli air strikes on the Strip',
 'to denounce the Israeli offensive on Rafah and to call for the opening of crossings for humanitarian aid',
 'to condemn the storming of Al-Aqsa mosque by Israeli forces and to call for an end to normalisation with Israel',
 'in support of Palestinians and to call for a boycott of companies linked to Israel',
 'to denounce the bombing of hospitals in Gaza and to demand that their government expel the Israeli ambassador',
]
WORSHIP_GROUPS = ['worshippers','hundreds of worshippers','Muslim worshippers','members of Islamist parties and worshippers','residents and worshippers']
VIGIL = [
 ('residents', 'in memory of the victims of last week\'s bombing of the market and to call for peace'),
 ('relatives and friends', 'in memory of a young man shot dead by unidentified gunmen and to demand that the killers be brought to justice'),
 ('students', 'to mourn classmates killed in the attack on their university and to denounce the failure of the security services'),
 ('women\'s groups', 'for victims of femicide, reading the names of women killed this year'),
 ('members of the Christian community', 'to mourn worshippers killed in the attack on a church and to call for the protection of religious minorities'),
 ('activists', 'in memory of protesters killed during the uprising and to demand accountability for the security forces\' crackdown'),
 ('mothers of missing persons', 'to demand the truth about their sons, abducted by armed groups over the past decade'),
 ('members of the diaspora', 'for civilians killed in the drone strike on the wedding party and to call on the international community to act'),
]
STRIKERS = [
 ('dock workers', 'went on strike and gathered at the port gate', 'to demand a collective agreement and to denounce the outsourcing of jobs'),
 ('railway workers', 'began a 48-hour strike and rallied outside the railway company headquarters', 'against the planned restructuring of the company'),
 ('public hospital staff', 'observed a general strike and gathered in the hospital courtyard', 'to demand the payment of bonuses and the recruitment of nurses'),
 ('garment workers', 'stopped work and gathered in front of the factory', 'to demand three months of unpaid wages and the reopening of the factory closed by its owner'),
 ('oil workers', 'went on strike and held a rally at the refinery', 'to demand the payment of allowances and to denounce the dismissal of union representatives'),
 ('teachers', 'went on strike and gathered in the school yards', 'to demand their reintegration in the civil service'),
 ('traders', 'closed their shops in a general strike and gathered in the main square', 'to denounce the new VAT and the collapse of the currency'),
 ('magistrates', 'observed a strike and held a sit-in in the courthouse', 'to denounce the dismissal of judges by presidential decree'),
 ('sanitation workers', 'went on strike and gathered in front of the town hall', 'over unpaid wages, leaving rubbish piling up in the streets'),
 ('university lecturers', 'extended their strike and rallied at the campus', 'to demand the implementation of the agreement signed with the government'),
]
MARCHERS = [
 ('farmers', 'staged a march with their tractors from the outskirts to the city centre'),
 ('opposition supporters', 'marched from the central mosque to the parliament'),
 ('students', 'marched through the main streets'),
 ('members of the union', 'marched from the labour exchange to the governorate building'),
 ('environmental activists', 'marched to the regional council'),
 ('feminist collectives', 'marched through the historic centre'),
 ('members of the teachers\' union', 'staged a march from the education directorate to the square'),
 ('pensioners', 'marched to the social security offices'),
 ('members of the Indigenous movement', 'began a march towards the capital', ['Ecuador','Peru','Bolivia','Guatemala','Colombia','Chile']),
 ('supporters of the ruling party', 'held a march'),
]
MARCH_WHY = ['to demand the resignation of the government over the economic crisis',
 'to reject the dissolution of parliament and to defend the constitution',
 'to demand justice for the victims of the police raid last year',
 'to denounce the rising cost of fuel and food',
 'to denounce the government\'s handling of the conflict in the north and to demand peace talks',
 'to celebrate International Workers\' Day and to demand higher wages',
 'to support the army and to denounce foreign interference',
 'to denounce the new mining law and to demand the protection of water sources',
 'to demand that the authorities find the missing students',
 'to demand early elections and the release of political prisoners',
 'against gender-based violence and for the legalisation of abortion',
 'to denounce the killing of environmental defenders and to demand protection for their communities',
 'to commemorate the anniversary of the revolution and to demand that its goals be achieved']
SITIN = [
 ('members of the union', 'held a sit-in'),
 ('members of the national union of journalists', 'held a sit-in'),
 ('contract workers', 'began an open-ended sit-in'),
 ('families of the victims', 'held a sit-in'),
 ('members of the bar association', 'held a sit-in'),
 ('unemployed youth', 'continued their sit-in, now in its third week,'),
 ('members of a workers\' union', 'held a sit-in'),
 ('health workers', 'held a silent sit-in'),
]
POLICE = ['police','the police','security forces','riot police','anti-riot police','the national guard','gendarmes','police officers','the gendarmerie','military police']
INTERV = [
 '{pol} dispersed them with tear gas',
 '{pol} dispersed the gathering and arrested {n} protesters',
 '{pol} used tear gas and water cannon to disperse the crowd',
 '{pol} forcibly dispersed the sit-in and detained several participants',
 '{pol} arrested {n} of them, including the organisers',
 '{pol} prevented them from reaching the square and detained {n} people',
 '{pol} dispersed the protesters with batons, injuring several',
 '{pol} removed the protesters and dismantled their tents',
 '{pol} fired tear gas to disperse them',
 '{pol} broke up the gathering and detained {n} of the participants',
]
NUMS = ['two','three','four','five','six','seven','eight','ten','12','15','about 20','dozens of']
EXCESS = [
 ('{pol} opened fire with live ammunition, killing {k} protesters and wounding several others', 'fatal'),
 ('{pol} fired live rounds at the crowd, killing {k} people', 'fatal'),
 ('{pol} shot dead {k} protesters and injured at least ten', 'fatal'),
 ('{pol} fired on the unarmed protesters, seriously wounding {k} of them', 'injury'),
 ('{pol} beat protesters severely with rifle butts and batons, leaving {k} in critical condition', 'injury'),
 ('a protester was killed when {pol} fired rubber bullets at close range', 'one'),
 ('{pol} ran over a protester with an armoured vehicle, killing him', 'one'),
]
KILLNUM = {'two':2,'three':3,'four':4,'five':5,'six':6,'seven':7}

def fat_tail(n):
    if n == 0:
        return pick([' No fatalities.', ' No fatalities reported.', ''])
    return f' {n} fatalities.' if n > 1 else ' 1 fatality.'

def place(cs=None):
    c = pick(cs or ALLC)
    return c, pick(P[c])

def purpose_pair(g):
    ps = R.sample(g[2], min(2, len(g[2])))
    if len(ps) == 2 and R.random() < 0.3:
        return ps[0] + ', and ' + ps[1].replace('to demand', 'also to demand', 1) if False else ps[0]
    return ps[0]

FLAG=[False]
def base_protest():
    """returns (actor1, text_without_final_period) for a peaceful protest"""
    k = R.random()
    if k < 0.30:
        g = pick(GROUPS); c, pl = place()
        op, used = opener(pl)
        who = g[0]; n = R.random()
        a1 = who
        whofull = (num() + ' ' + who) if n < 0.6 else who
        verb = pick(['protested in front of','demonstrated outside','gathered in front of','held a protest at','rallied outside','staged a protest in front of'])
        loc = '' if used else f' in {pl}'
        t = f'{op}{whofull} {verb} {pick(g[1])}{loc} {purpose_pair(g)}'
        return a1, t
    if k < 0.45:
        c, pl = place(MUSLIM)
        op, used = opener(pl)
        a1 = pick(WORSHIP_GROUPS)
        after = pick(['after Friday prayers','after the Friday prayer','following Friday prayers at the Grand Mosque','outside the main mosque after prayers'])
        loc = '' if used else f' in {pl}'
        t = f'{op}{a1} demonstrated {after}{loc} {pick(PALESTINE)}'
        if R.random() < 0.3:
            t += ', chanting slogans against the United States'
        a1 = a1.replace('hundreds of ', '')
        return a1, t
    if k < 0.57:
        who, whys = pick(BLOCKERS); c, pl = place()
        op, used = opener(pl)
        road = pick(['the road','the main road','the national road','the road leading to the district headquarters','the road between the village and the town','the bridge at the entrance of the town'])
        loc = '' if used else f' in {pl}'
        extra = pick(['', ' for several hours', ' with rocks and tree branches', ' with burning... '.strip() and ' for most of the day', ', halting traffic for hours'])
        t = f'{op}{who} blocked {road}{loc}{extra} to demand {pick(whys)}'
        if R.random() < 0.3 and not FLAG[0]: t += '; the road was reopened after the governor promised a solution'
        return who, t
    if k < 0.66:
        who = pick(TRANSPORT); c, pl = place()
        op, used = opener(pl)
        loc = '' if used else f' near {pl}'
        how = pick(['blocked ' + pick(ROADS) + ' as a demonstration', 'parked their vehicles across ' + pick(ROADS) + ' in protest', 'blocked ' + pick(ROADS) + ' with their vehicles'])
        t = f'{op}{who} {how}{loc} {pick(TRANSPORT_WHY)}'
        return who, t
    if k < 0.74:
        who, why = pick(VIGIL); c, pl = place()
        op, used = opener(pl)
        loc = '' if used else f' in {pl}'
        t = f'{op}{who} held a {pick(["candlelight vigil","vigil","silent vigil"])}{loc} {why}'
        return who, t
    if k < 0.83:
        who, act, why = pick(STRIKERS); c, pl = place()
        op, used = opener(pl)
        loc = '' if used else f' in {pl}'
        t = f'{op}{who} {act}{loc} {why}'
        return who, t
    if k < 0.93:
        m = pick(MARCHERS); who, act = m[0], m[1]; c, pl = place(m[2] if len(m) > 2 else None)
        op, used = opener(pl)
        loc = '' if used else f' in {pl}'
        t = f'{op}{who} {act}{loc} {pick(MARCH_WHY)}'
        return who, t
    g = pick(GROUPS); who = g[0]; act = pick(['held a sit-in','began an open-ended sit-in','held a sit-in, now in its second week,','staged a sit-in']); c, pl = place()
    op, used = opener(pl)
    loc = '' if used else f' in {pl}'
    t = f'{op}{who} {act} in front of {pick(g[1])}{loc} {pick(g[2])}'
    return who, t

def peaceful():
    a1, t = base_protest()
    t = cap(t)
    tail = pick(['.', '.', '.', '. The protest ended peacefully.', '. No incidents were reported.', '. The protesters dispersed after submitting a petition to the officials.', '. Police were deployed but did not intervene.', '.'])
    return 'Peaceful protest', a1, '', t + tail

def intervention():
    FLAG[0] = True
    a1, t = base_protest()
    FLAG[0] = False
    pol = pick(POLICE)
    s = pick(INTERV).format(pol=pol, n=pick(NUMS))
    joint = pick(['; ', ', but ', '. ', ' before '])
    a2 = pol
    if joint == '. ': s = cap(s); a2 = cap(pol)
    if joint == ' before ': joint = '; '
    return 'Protest with intervention', a1, a2, cap(t) + joint + s + '.'

def excessive():
    FLAG[0] = True
    a1, t = base_protest()
    FLAG[0] = False
    pol = pick(POLICE)
    tmpl, kind = pick(EXCESS)
    k = pick(list(KILLNUM))
    s = tmpl.format(pol=pol, k=k)
    tail = ''
    if kind == 'fatal': tail = fat_tail(KILLNUM[k])
    elif kind == 'one': tail = ' 1 fatality.'
    return 'Excessive force against protesters', a1, pol, cap(t) + '; ' + s + '.' + tail

POLITICAL = [
 'to condemn the assassination of an opposition figure last month and to demand an independent investigation',
 'to denounce the kidnapping of a local priest by armed men and to call on the authorities to secure his release',
 'to demand the withdrawal of foreign troops and to denounce the military agreement signed with France',
 'to denounce the air strike that killed civilians in the north last week and to demand accountability',
 'to denounce the shelling of villages along the border and to demand protection for displaced families',
 'to reject the peace agreement signed with the armed groups, which they said ignored the victims',
 'to condemn the massacre of villagers by jihadists and to demand that the army be given more resources',
 'to denounce insecurity and the wave of killings and abductions in the region',
 'to demand the trial of officers accused of torturing detainees',
 'to support the transitional authorities and to denounce sanctions imposed by the regional bloc',
 'to denounce the burning of the Quran in Sweden and to demand that their government summon the Swedish ambassador',
 'to demand the return of the bodies of relatives killed during the war',
 'to reject the arrival of a UN peacekeeping contingent and to demand its replacement by national forces',
 'to denounce the arrest of a prominent rapper accused of insulting the president',
 'to denounce the death sentence handed to a protester and to call for a halt to executions',
 'to reject the government\'s decision to impose a curfew and to ban gatherings',
 'to express solidarity with Ukraine and to denounce the Russian bombing of cities',
 'to call for a ceasefire in Gaza and an end to arms exports to Israel',
 'to denounce police violence and to demand justice for a teenager shot by an officer during a traffic stop',
 'to demand that the government negotiate with the armed group for the release of hostages',
]
POL_GROUPS = ['activists','members of civil society organisations','supporters of the opposition','students','residents','members of the bar association','women','youths from the neighbourhood','members of the diaspora','members of left-wing parties','supporters of the movement','members of the clergy and parishioners','members of the coalition of trade unions','pro-Palestinian activists','relatives of the victims']
POL_ACTS = ['held a demonstration','staged a rally','held a protest','gathered','marched','held a peaceful sit-in','demonstrated','organised a protest march']
POL_SITES = ['in front of the parliament','outside the governor\'s residence','in the central square','in front of the embassy of the United States','at the roundabout at the city entrance','in front of the French embassy','outside the offices of the United Nations','in front of the regional council','at the main market','outside the courthouse']
_old_base = base_protest
def base_protest():
    if R.random() < 0.25:
        c, pl = place(); op, used = opener(pl)
        who = pick(POL_GROUPS); loc = '' if used else f' in {pl}'
        whofull = (num() + ' ' + who) if R.random() < 0.4 else who
        t = f'{op}{whofull} {pick(POL_ACTS)} {pick(POL_SITES)}{loc} {pick(POLITICAL)}'
        if R.random() < 0.2: t += pick([', according to local media', ', a local news site reported', ', organisers said', ', witnesses said'])
        return who, t
    return _old_base()
