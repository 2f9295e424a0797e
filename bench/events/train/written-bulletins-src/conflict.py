from common import *
from places import P
from protests import fat_tail
WAR = {'Afghanistan': [2022,2023,2024], 'Afghanistan-P': [2022,2023,2024], 'Ukraine-F': [2023,2024], 'DRC-E': [2022,2023,2024], 'Lebanon-S': [2023,2024], 'Israel-N': [2023,2024], 'Israel-S': [2023,2024], 'Ukraine': [2023,2024], 'Russia': [2023,2024], 'DRC': [2022,2023,2024], 'Sudan': [2023,2024], 'Israel': [2023,2024], 'Lebanon': [2023,2024], 'Myanmar': [2021,2022,2023,2024], 'Ethiopia': [2023,2024]}
def pl(c):
    return pick(P[c])
def op_for(c):
    YR[0] = WAR.get(c)
    o, _ = opener()
    YR[0] = None
    return o
def tail(choices=(0,0,1,2,3,-1,-1)):
    k = pick(list(choices))
    return ' Casualties unknown.' if k < 0 else fat_tail(k)

# ---- Disrupted weapons use: (actor1, actor2, country, template) ----
DWU = [
 ('Ukrainian air defence', 'Russian forces', 'Ukraine', '{op}Ukrainian air defence intercepted and shot down {n} Shahed-type attack drones launched by Russian forces over {pl}; falling debris damaged a warehouse but no one was hurt.'),
 ('Ukrainian air defence forces', 'Russian forces', 'Ukraine', '{op}Ukrainian air defence forces shot down {n} cruise missiles fired by Russian forces at {pl}, thwarting a missile strike on energy infrastructure, the regional administration said.'),
 ('air defence units', '', 'Ukraine', '{op}air defence units destroyed a Russian ballistic missile over {pl} before it could strike the city; fragments fell on a residential area. No fatalities.'),
 ('Russian air defence systems', 'Ukrainian forces', 'Russia', '{op}Russian air defence systems intercepted {n} drones launched by Ukrainian forces towards {pl}, the Russian Ministry of Defence said, describing it as an attempted terrorist attack. No damage was reported.'),
 ('Russian forces', 'Ukrainian', 'Russia', '{op}Russian forces jammed and brought down a Ukrainian attack drone near {pl}; the governor said a drone strike on a fuel depot had been foiled.'),
 ('the Saudi-led coalition', 'the Houthis', 'Yemen-H', '{op}the Saudi-led coalition said it intercepted and destroyed an explosive-laden drone launched by the Houthis from {pl} towards southern Saudi Arabia.'),
 ('Israeli air defences', 'the Houthis', 'Israel-S', '{op}Israeli air defences intercepted a ballistic missile fired by the Houthis from Yemen towards {pl}; sirens sounded but no strike was recorded.'),
 ('the Israeli military', 'Hezbollah', 'Israel-N', '{op}the Israeli military said its Iron Dome system intercepted {n} rockets and an attack drone launched by Hezbollah from Lebanon towards {pl}.'),
 ('US forces', 'Iran-backed militias', 'Iraq-bases', '{op}US forces shot down {n} one-way attack drones launched by Iran-backed militias at the base near {pl}, foiling the attack. No casualties.'),
 ('Kurdish security forces', '', 'Iraq-bases', '{op}Kurdish security forces shot down an armed drone approaching the airport of {pl}; no group claimed the attempted strike.'),
 ('police', '', 'Nigeria', '{op}police bomb experts defused an improvised explosive device planted near a mosque in {pl}, averting a bomb attack, police said.'),
 ('troops', 'Boko Haram', 'Nigeria-NE', '{op}troops recovered and detonated {n} IEDs planted by Boko Haram along the road near {pl}, the army said.'),
 ('Somali security forces', 'al-Shabaab', 'Somalia', '{op}Somali security forces defused a car bomb prepared by al-Shabaab in {pl}, foiling a planned attack on a government building.'),
 ('the army', 'al-Shabaab', 'Somalia-S', '{op}the army seized a weapons cache belonging to al-Shabaab near {pl}, including mortars, rockets and explosives, after a tip-off from residents.'),
 ('Malian troops', '', 'Mali-C', '{op}Malian troops discovered and destroyed an explosives workshop and {n} IEDs near {pl}.'),
 ('Iraqi security forces', 'the Islamic State', 'Iraq-N', '{op}Iraqi security forces seized a cache of weapons and explosive belts left by the Islamic State in a tunnel near {pl}.'),
 ('Syrian government forces', '', 'Syria', '{op}Syrian government forces said their air defences shot down {n} drones launched by rebel groups towards {pl}, denying reports of a successful drone strike.'),
 ('Turkish-backed factions', '', 'Syria', '{op}Turkish-backed factions dismantled a roadside bomb planted at the entrance of {pl}; the market was closed for several hours.'),
 ('the army', 'the Baloch Liberation Army', 'Pakistan-W', '{op}the army defused an IED planted by the Baloch Liberation Army on a railway track near {pl}, preventing an attack on the passenger train.'),
 ('the bomb disposal squad', '', 'Pakistan', '{op}the bomb disposal squad defused a hand grenade and an explosive device found near a police checkpoint in {pl}.'),
 ('the Counter Terrorism Department', 'the Pakistani Taliban', 'Pakistan-W', '{op}the Counter Terrorism Department seized suicide vests, rockets and detonators from a hideout of the Pakistani Taliban in {pl}.'),
 ('Indian security forces', '', 'India', '{op}Indian security forces recovered a large cache of arms and ammunition, including grenades and rocket launchers, during a search operation near {pl}.'),
 ('the Colombian army', 'FARC dissidents', 'Colombia', '{op}the Colombian army deactivated a landmine field and seized explosives belonging to FARC dissidents near {pl}.'),
 ('the Colombian police', 'the ELN', 'Colombia', '{op}the Colombian police intercepted a drone carrying explosives that the ELN had prepared to attack a police station in {pl}.'),
 ('the Mexican army', 'the Jalisco New Generation Cartel', 'Mexico', '{op}the Mexican army seized {n} drones fitted with explosives, assault rifles and a .50-calibre rifle from a safe house of the Jalisco New Generation Cartel in {pl}.'),
 ('soldiers', '', 'Mexico', '{op}soldiers deactivated {n} landmines planted on a dirt road outside {pl}; no one was injured.'),
 ('the Myanmar military', 'the People\'s Defence Force', 'Myanmar', '{op}the Myanmar military said it shot down {n} drones used by the People\'s Defence Force in an attempted attack on its outpost near {pl}.'),
 ('Congolese army', 'M23', 'DRC-E', '{op}the Congolese army said it shot down an M23 surveillance drone over {pl}.'),
 ('the Sudanese army', 'the Rapid Support Forces', 'Sudan', '{op}the Sudanese army said its anti-aircraft units shot down {n} drones launched by the Rapid Support Forces at {pl}, thwarting a drone attack on the power station.'),
 ('the Rapid Support Forces', 'the army', 'Sudan', '{op}the Rapid Support Forces said they intercepted a drone of the army over {pl} and denied that any strike had hit their positions.'),
 ('Lebanese army experts', '', 'Lebanon-S', '{op}Lebanese army experts defused an unexploded Israeli missile found in an orchard near {pl}.'),
 ('the Palestinian Authority security forces', '', 'Palestine', '{op}the Palestinian Authority security forces dismantled {n} explosive devices planted on a road in {pl}.'),
 ('Israeli forces', '', 'Palestine', '{op}Israeli forces uncovered and destroyed explosive devices buried under a street during a raid in {pl}, the army said.'),
 ('Libyan security forces', '', 'Libya', '{op}Libyan security forces seized a truck loaded with weapons and ammunition at a checkpoint near {pl}.'),
 ('Burkinabe soldiers', '', 'Burkina-C', '{op}Burkinabe soldiers neutralised an IED on the road to {pl} during a patrol; the planned ambush was foiled.'),
 ('Turkish security forces', 'the PKK', 'Turkey', '{op}Turkish security forces seized a cache of rocket launchers and explosives belonging to the PKK in a rural area near {pl}.'),
 ('Kenyan police', 'al-Shabaab', 'Kenya-NE', '{op}Kenyan police defused explosives planted by suspected al-Shabaab militants on a road near {pl}, officials said.'),
 ('Mozambican troops', '', 'Mozambique-N', '{op}Mozambican troops found and destroyed a cache of weapons hidden by insurgents near {pl}.'),
 ('the Philippine army', 'the Abu Sayyaf', 'Philippines', '{op}the Philippine army recovered bomb-making materials from an abandoned camp of the Abu Sayyaf near {pl}.'),
 ('the Cameroonian army', 'Ambazonian separatists', 'Cameroon-A', '{op}the Cameroonian army said it defused an IED planted by Ambazonian separatists on the road to {pl}.'),
]
def dwu():
    a1, a2, c, tm = pick(DWU)
    op = op_for(c)
    n = pick(['two','three','four','five','six','eight','ten','12','15','18','24'])
    t = tm.format(op=op, pl=pl(c), n=n)
    return 'Disrupted weapons use', a1, a2, cap(t)

CLASH = [
 ('gang members', 'military police', 'Brazil', '{op}gang members exchanged fire with military police during an operation in {pl}.'),
 ('members of the Red Command', 'police', 'Brazil', '{op}members of the Red Command opened fire on police during a raid in {pl}, sparking a shootout that lasted two hours.'),
 ('cartel gunmen', 'the National Guard', 'Mexico', '{op}cartel gunmen clashed with the National Guard on a highway near {pl}.'),
 ('members of the Sinaloa Cartel', 'soldiers', 'Mexico', '{op}members of the Sinaloa Cartel and soldiers exchanged fire in {pl} after an attempted arrest of a cartel leader.'),
 ('armed individuals', 'police officers', 'Mexico', '{op}armed individuals ambushed police officers patrolling in {pl}, leading to an exchange of fire.'),
 ('gang members', 'the Haitian National Police', 'Haiti', '{op}gang members clashed with the Haitian National Police in {pl} as officers tried to retake a police station.'),
 ('members of the 400 Mawozo gang', 'a self-defence brigade', 'Haiti', '{op}members of the 400 Mawozo gang attacked a self-defence brigade in {pl}, leading to an exchange of fire.'),
 ('FARC dissidents', 'the Colombian army', 'Colombia', '{op}FARC dissidents and the Colombian army clashed in rural {pl}.'),
 ('the ELN', 'the Gulf Clan', 'Colombia', '{op}the ELN and the Gulf Clan fought for control of a drug route near {pl}, forcing families to flee.'),
 ('gang members', 'police', 'Ecuador', '{op}gang members exchanged fire with police in {pl} during a search for an escaped prisoner.'),
 ('al-Shabaab militants', 'Somali forces', 'Somalia-S', '{op}al-Shabaab militants attacked a base of Somali forces near {pl}, triggering heavy fighting.'),
 ('clan militias', 'Somali forces', 'Somalia', '{op}clan militias clashed with Somali forces over a checkpoint in {pl}.'),
 ('JNIM militants', 'the Malian army', 'Mali-C', '{op}JNIM militants attacked positions of the Malian army near {pl}; the army said it repelled the assault.'),
 ('suspected jihadists', 'VDP volunteers', 'Burkina-C', '{op}suspected jihadists clashed with VDP volunteers near {pl}.'),
 ('bandits', 'vigilantes', 'Nigeria-NW', '{op}bandits and vigilantes fought a gun battle in a village near {pl}.'),
 ('ISWAP fighters', 'troops', 'Nigeria-NE', '{op}ISWAP fighters attacked troops at a military base near {pl}, the army said its troops repelled the attack.'),
 ('Fano militiamen', 'the Ethiopian army', 'Ethiopia', '{op}Fano militiamen and the Ethiopian army clashed on the outskirts of {pl}.'),
 ('the Rapid Support Forces', 'the Sudanese army', 'Sudan', '{op}the Rapid Support Forces and the Sudanese army fought around the army headquarters in {pl}.'),
 ('M23 rebels', 'the FARDC', 'DRC-E', '{op}M23 rebels and the FARDC clashed in hills north of {pl}.'),
 ('ADF rebels', 'Congolese soldiers', 'DRC-E', '{op}ADF rebels ambushed Congolese soldiers on the road near {pl}.'),
 ('Ambazonian separatists', 'Cameroonian soldiers', 'Cameroon-A', '{op}Ambazonian separatists exchanged fire with Cameroonian soldiers in {pl}.'),
 ('Russian forces', 'Ukrainian forces', 'Ukraine-F', '{op}Russian forces and Ukrainian forces fought in the outskirts of {pl}.'),
 ('Palestinian gunmen', 'Israeli forces', 'Palestine', '{op}Palestinian gunmen exchanged fire with Israeli forces during a raid in {pl}.'),
 ('the People\'s Defence Force', 'junta troops', 'Myanmar', '{op}the People\'s Defence Force attacked junta troops near {pl}, triggering clashes that lasted several hours.'),
 ('militants', 'security forces', 'Pakistan-W', '{op}militants attacked a checkpoint of security forces in {pl}, sparking an exchange of fire.'),
 ('rival militias', '', 'Libya', '{op}rival militias clashed with heavy weapons in {pl}.'),
 ('Syrian government forces', 'HTS fighters', 'Syria-NW', '{op}Syrian government forces clashed with HTS fighters on the front line near {pl}.'),
 ('AQAP fighters', 'Southern Transitional Council forces', 'Yemen', '{op}AQAP fighters clashed with Southern Transitional Council forces near {pl}.'),
]
ATTACK = [
 ('gunmen', 'a man', 'Mexico', '{op}gunmen killed a man in a drive-by shooting in {pl}.'),
 ('armed individuals', 'a shopkeeper', 'Mexico', '{op}armed individuals shot and injured a shopkeeper in {pl} after he refused to pay extortion.'),
 ('armed men', 'a journalist', 'Mexico', '{op}armed men shot dead a journalist outside his home in {pl}.'),
 ('gang members', 'a bus driver', 'Honduras', '{op}gang members shot and killed a bus driver in {pl} for failing to pay a war tax.'),
 ('unidentified gunmen', 'a social leader', 'Colombia', '{op}unidentified gunmen killed a social leader in {pl}.'),
 ('gunmen on a motorcycle', 'two men', 'Ecuador', '{op}gunmen on a motorcycle shot dead two men in {pl}.'),
 ('gang members', 'residents', 'Haiti', '{op}gang members shot at residents in {pl}, killing several and burning homes.'),
 ('bandits', 'villagers', 'Nigeria-NW', '{op}bandits attacked villagers in {pl}, shooting sporadically.'),
 ('suspected Fulani militia', 'farmers', 'Nigeria-MB', '{op}suspected Fulani militia attacked farmers working on their land near {pl}.'),
 ('al-Shabaab militants', 'a civilian', 'Somalia', '{op}al-Shabaab militants executed a civilian accused of spying in {pl}.'),
 ('ADF rebels', 'civilians', 'DRC-E', '{op}ADF rebels killed civilians with machetes in a village near {pl}.'),
 ('JNIM militants', 'civilians', 'Mali-C', '{op}JNIM militants attacked civilians on a bus near {pl}.'),
 ('the Rapid Support Forces', 'civilians', 'Sudan', '{op}the Rapid Support Forces shot civilians in a village near {pl}.'),
 ('soldiers', 'civilians', 'Myanmar', '{op}soldiers shot dead civilians during a raid on a village near {pl}.'),
 ('gunmen', 'an off-duty police officer', 'Pakistan', '{op}gunmen shot dead an off-duty police officer in {pl}.'),
 ('unidentified gunmen', 'a tribal elder', 'Afghanistan', '{op}unidentified gunmen shot dead a tribal elder in {pl}.'),
 ('Israeli settlers', 'a Palestinian farmer', 'Palestine', '{op}Israeli settlers attacked and beat a Palestinian farmer near {pl}.'),
 ('unidentified armed men', 'an aid worker', 'Cameroon-A', '{op}unidentified armed men shot and wounded an aid worker in {pl}.'),
 ('gunmen', 'a local councillor', 'Iraq', '{op}gunmen killed a local councillor in {pl}.'),
 ('unidentified gunmen', 'an activist', 'Iraq', '{op}unidentified gunmen shot dead an activist in {pl}.'),
 ('suspected militiamen', 'a farmer', 'Ethiopia', '{op}suspected militiamen killed a farmer near {pl}.'),
]
AIR = [
 ('Russian forces', 'Ukraine-F', '{op}Russian forces carried out a drone strike on {pl}, hitting a residential building.'),
 ('Russian aircraft', 'Ukraine-F', '{op}Russian aircraft dropped guided aerial bombs on {pl}.'),
 ('Ukrainian forces', 'Russia', '{op}Ukrainian forces struck {pl} with drones, damaging an oil depot.'),
 ('Israeli', 'Lebanon-S', '{op}an Israeli drone strike hit a car near {pl}.'),
 ('Israeli warplanes', 'Syria', '{op}Israeli warplanes struck positions near {pl}.'),
 ('the Sudanese army', 'Sudan', '{op}the Sudanese army carried out air strikes on positions of the Rapid Support Forces in {pl}.'),
 ('the Rapid Support Forces', 'Sudan', '{op}the Rapid Support Forces launched a drone strike on {pl}.'),
 ('Turkish drones', 'Iraq-KRI', '{op}Turkish drones struck a vehicle near {pl}.'),
 ('the Myanmar military', 'Myanmar', '{op}the Myanmar military launched an air strike on a village near {pl}.'),
 ('the Nigerian Air Force', 'Nigeria-NW', '{op}the Nigerian Air Force carried out air strikes on a bandit camp near {pl}.'),
 ('Burkinabe army drones', 'Burkina-C', '{op}Burkinabe army drones struck a market near {pl}.'),
 ('US forces', 'Somalia-S', '{op}US forces conducted an air strike against al-Shabaab near {pl}.'),
 ('the Ethiopian military', 'Ethiopia', '{op}the Ethiopian military carried out a drone strike in {pl}.'),
 ('Syrian government warplanes', 'Syria-NW', '{op}Syrian government warplanes bombed {pl}.'),
]
SHELL = [
 ('Russian forces', 'Ukraine-F', '{op}Russian forces shelled {pl} with artillery, damaging houses.'),
 ('Russian forces', 'Ukraine-F', '{op}Russian forces hit {pl} with a ballistic missile.'),
 ('Ukrainian forces', 'Russia', '{op}Ukrainian forces shelled {pl}, damaging a power line.'),
 ('Hezbollah', 'Israel-N', '{op}Hezbollah fired rockets at {pl}.'),
 ('Israeli forces', 'Lebanon-S', '{op}Israeli forces shelled the outskirts of {pl} with artillery.'),
 ('the Houthis', 'Yemen-F', '{op}the Houthis shelled residential areas of {pl} with mortars.'),
 ('Syrian government forces', 'Syria-NW', '{op}Syrian government forces fired rockets at {pl}.'),
 ('the Rapid Support Forces', 'Sudan', '{op}the Rapid Support Forces shelled {pl} with artillery.'),
 ('al-Shabaab militants', 'Somalia', '{op}al-Shabaab militants fired mortars at {pl}.'),
 ('M23 rebels', 'DRC-E', '{op}M23 rebels shelled {pl}.'),
 ('the Myanmar military', 'Myanmar', '{op}the Myanmar military shelled {pl} with artillery.'),
]
DETAIL_C = ['', ' The fighting lasted several hours.', ' Residents fled to neighbouring villages.', ' Both sides reported losses.', ' Reinforcements arrived later.']
DETAIL_A = ['', ' The victim died at the scene.', ' The attackers fled on motorcycles.', ' Police opened an investigation.', ' Residents said the victim had received threats.']
DETAIL_S = ['', ' A school and several homes were damaged.', ' The attack caused a fire.', ' Several civilians were injured.']
def clash():
    a1, a2, c, tm = pick(CLASH); op = op_for(c)
    return 'Armed clash', a1, a2, cap(tm.format(op=op, pl=pl(c))) + pick(DETAIL_C) + tail()
def attack():
    a1, a2, c, tm = pick(ATTACK); op = op_for(c)
    single = a2.startswith('a ') or a2.startswith('an ')
    hurt = any(w in tm for w in ('injured', 'wounded', 'beat'))
    if single:
        d = pick(DETAIL_A)
        ft = ' No fatalities.' if hurt else ' 1 fatality.'
    else:
        d = pick([x for x in DETAIL_A if 'victim' not in x])
        ft = tail((2,3,4,5,7,-1)) if not hurt else ' Casualties unknown.'
    if 'two men' in tm: ft = ' 2 fatalities.'
    return 'Attack', a1, a2, cap(tm.format(op=op, pl=pl(c))) + d + ft
def air():
    a1, c, tm = pick(AIR); op = op_for(c)
    return 'Air/drone strike', a1, '', cap(tm.format(op=op, pl=pl(c))) + pick(DETAIL_S) + tail()
def shell():
    a1, c, tm = pick(SHELL); op = op_for(c)
    return 'Shelling/artillery/missile attack', a1, '', cap(tm.format(op=op, pl=pl(c))) + pick(DETAIL_S) + tail()

DWU += [
 ('Ukrainian mobile fire groups', '', 'Ukraine', '{op}Ukrainian mobile fire groups destroyed {n} Russian attack drones over {pl} overnight, the air force said; no strikes on the city were recorded.'),
 ('Ukrainian electronic warfare units', 'Russian forces', 'Ukraine', '{op}Ukrainian electronic warfare units diverted {n} drones launched by Russian forces at {pl}; the drones crashed in open fields.'),
 ('the Israeli army', 'Hamas', 'Israel-S', '{op}the Israeli army said it intercepted {n} rockets fired by Hamas from Gaza towards {pl}; no damage was reported.'),
 ('the US Navy', 'the Houthis', 'Yemen-H', '{op}the US Navy shot down {n} missiles and drones launched by the Houthis from {pl} towards commercial ships in the Red Sea.'),
 ('Iraqi police', '', 'Iraq', '{op}Iraqi police defused {n} Katyusha rockets prepared for launch on a truck near {pl}, foiling a rocket attack.'),
 ('security forces', '', 'Afghanistan', '{op}security forces defused a sticky bomb attached to a car in {pl}.'),
 ('the Niger army', '', 'Niger', '{op}the Niger army said it discovered and destroyed {n} improvised explosive devices on a road near {pl}.'),
 ('Ethiopian troops', 'Fano militiamen', 'Ethiopia', '{op}Ethiopian troops seized weapons and ammunition belonging to Fano militiamen near {pl}.'),
 ('the Haitian National Police', '', 'Haiti', '{op}the Haitian National Police seized a shipment of rifles and ammunition destined for gangs at the port near {pl}.'),
 ('Ecuadorian police', '', 'Ecuador', '{op}Ecuadorian police deactivated a car bomb left outside a prison in {pl}, preventing an attack.'),
 ('the Syrian Democratic Forces', '', 'Syria-NE', '{op}the Syrian Democratic Forces shot down a Turkish drone near {pl}, the group said, saying it had prevented a drone strike.'),
 ('the Hezbollah anti-aircraft unit', '', 'Lebanon-S', '{op}the Hezbollah anti-aircraft unit fired a surface-to-air missile at an Israeli drone over {pl}, forcing it to leave Lebanese airspace.'),
]
CLASH += [
 ('the Taliban', 'National Resistance Front fighters', 'Afghanistan-P', '{op}the Taliban and National Resistance Front fighters clashed in the mountains near {pl}.'),
 ('the Arakan Army', 'the military', 'Myanmar', '{op}the Arakan Army and the military fought for control of a police outpost near {pl}.'),
 ('the Fulani militia', 'Dozo hunters', 'Mali-C', '{op}the Fulani militia and Dozo hunters clashed near {pl}, burning a village.'),
 ('Amhara militiamen', 'Oromo armed men', 'Ethiopia', '{op}Amhara militiamen and Oromo armed men exchanged fire near {pl}.'),
 ('criminals', 'police', 'South Africa', '{op}police and criminals exchanged fire after a robbery of a cash-in-transit van in {pl}.'),
 ('drug traffickers', 'federal police', 'Brazil', '{op}drug traffickers and federal police exchanged fire in {pl}, according to the public security secretariat.'),
 ('Ukrainian forces', 'Russian forces', 'Russia', '{op}Ukrainian forces and Russian forces clashed near the border in {pl}, the Russian ministry of defence said.'),
 ('armed tribesmen', 'the army', 'Iraq', '{op}armed tribesmen exchanged fire with the army after a dispute at a checkpoint in {pl}.'),
]
ATTACK += [
 ('police officers', 'a street vendor', 'Kenya', '{op}police officers beat a street vendor to death in {pl}, witnesses said.'),
 ('soldiers', 'a motorcyclist', 'Cameroon-A', '{op}soldiers shot dead a motorcyclist at a checkpoint in {pl}.'),
 ('suspected separatists', 'a traditional chief', 'Cameroon-A', '{op}suspected separatists beheaded a traditional chief in {pl}.'),
 ('armed men', 'a family', 'Mexico', '{op}armed men broke into a house and killed a family in {pl}.'),
 ('hitmen', 'a candidate for mayor', 'Mexico', '{op}hitmen shot dead a candidate for mayor during a campaign event in {pl}.'),
 ('militiamen', 'displaced people', 'DRC-E', '{op}militiamen attacked displaced people in a camp near {pl} with machetes.'),
 ('Wagner mercenaries and Malian soldiers', 'civilians', 'Mali-C', '{op}Wagner mercenaries and Malian soldiers executed civilians at a market near {pl}.'),
 ('Imbonerakure', 'a member of the opposition', 'Burkina Faso', '{op}Imbonerakure beat a member of the opposition near {pl}.'),
]
ATTACK = [x for x in ATTACK if x[0] != 'Imbonerakure']
AIR += [
 ('the Israeli army', 'Lebanon-S', '{op}the Israeli army carried out a drone strike on a motorcycle near {pl}.'),
 ('Turkish', 'Syria-NE', '{op}a Turkish drone struck a vehicle near {pl}.'),
 ('Pakistani jets', 'Afghanistan', '{op}Pakistani jets bombed suspected militant hideouts near {pl}, the Taliban said.'),
 ('Mozambican helicopters', 'Mozambique-N', '{op}Mozambican helicopters fired on insurgent positions near {pl}.'),
 ('the Russian air force', 'Syria-NW', '{op}the Russian air force carried out air strikes on rebel positions near {pl}.'),
]
SHELL += [
 ('Russian forces', 'Ukraine-F', '{op}Russian forces struck {pl} with multiple rocket launchers.'),
 ('the Syrian army', 'Syria-NW', '{op}the Syrian army shelled {pl} with mortars.'),
 ('Azerbaijani forces', None, None),
]
SHELL = [x for x in SHELL if x[1]]
SHELL += [
 ('Turkish forces', 'Syria-NE', '{op}Turkish forces shelled villages around {pl}.'),
 ('the Houthis', 'Yemen-F', '{op}the Houthis fired a missile at {pl}.'),
 ('Iranian forces', 'Iraq-KRI', '{op}Iranian forces shelled Kurdish opposition camps near {pl}.'),
]

DWU += [
 ('the Iraqi army', '', 'Iraq-N', '{op}the Iraqi army found and destroyed {n} rocket launch pads aimed at the airport near {pl}, preventing a rocket attack.'),
 ('Egyptian', '', None, None),
]
DWU = [x for x in DWU if x[2]]
DWU += [
 ('Jordanian air defences', '', 'Jordan', '{op}Jordanian air defences shot down {n} drones that entered the kingdom\'s airspace near {pl}; debris fell in a field.'),
 ('Jordanian border guards', '', 'Jordan', '{op}Jordanian border guards downed a drone carrying weapons and drugs from Syria near {pl}.'),
 ('Sudanese army air defences', '', 'Sudan', '{op}Sudanese army air defences intercepted drones over {pl}, whose explosions were heard across the city, and the army said no strike had hit its targets.'),
 ('Pakistani security forces', '', 'Pakistan-W', '{op}Pakistani security forces recovered a rocket launcher and {n} mortar rounds hidden in a compound near {pl}.'),
 ('Ukrainian sappers', '', 'Ukraine-F', '{op}Ukrainian sappers defused an unexploded Russian missile warhead lodged in a residential building in {pl}.'),
 ('the Russian Black Sea Fleet', 'Ukrainian', 'Russia', '{op}the Russian Black Sea Fleet said it destroyed {n} Ukrainian naval drones heading towards the port of Novorossiysk, foiling an attack, while the governor of {pl} reported no damage.'),
 ('the Philippine police', '', 'Philippines', '{op}the Philippine police defused an improvised bomb left in a bag near a bus terminal in {pl}.'),
 ('the Nigerian army', 'bandits', 'Nigeria-NW', '{op}the Nigerian army intercepted a consignment of ammunition being smuggled to bandits near {pl}.'),
 ('Indian forces', '', 'India', '{op}Indian forces shot down a drone carrying explosives near the border and recovered its payload, officials in {pl} said.'),
 ('Malian soldiers', 'JNIM', 'Mali-C', '{op}Malian soldiers intercepted a vehicle loaded with explosives belonging to JNIM at a checkpoint near {pl}, thwarting a suicide attack.'),
 ('the Somali police', 'al-Shabaab', 'Somalia-S', '{op}the Somali police seized a vehicle packed with explosives at a checkpoint in {pl}, which they said al-Shabaab had prepared for an attack.'),
 ('the Haitian National Police', '', 'Haiti', '{op}the Haitian National Police intercepted a drone used by gangs to drop explosives over {pl}.'),
 ('Colombian soldiers', 'FARC dissidents', 'Colombia', '{op}Colombian soldiers shot down a drone loaded with explosives launched by FARC dissidents at their base near {pl}.'),
]
CLASH += [
 ('gunmen', 'soldiers', 'Cameroon-A', '{op}gunmen opened fire on soldiers at a checkpoint in {pl}, and the soldiers returned fire.'),
 ('Fano militiamen', 'federal police', 'Ethiopia', '{op}Fano militiamen attacked a federal police post near {pl}, sparking a firefight.'),
 ('security forces', 'smugglers', 'Iran', '{op}security forces exchanged fire with armed smugglers near {pl}.'),
 ('the army', 'dissidents of the FARC', 'Colombia', '{op}the army clashed with dissidents of the FARC during an operation in the rural area of {pl}.'),
 ('suspected ISWAP fighters', 'a military convoy', 'Nigeria-NE', '{op}suspected ISWAP fighters ambushed a military convoy near {pl}, triggering a gun battle.'),
 ('Israeli forces', 'fighters of the Jenin Brigade', 'Palestine', '{op}Israeli forces clashed with fighters of the Jenin Brigade during a raid in {pl}.'),
 ('members of two rival gangs', '', 'Ecuador', '{op}members of two rival gangs exchanged fire inside a prison in {pl}.'),
 ('armed men', 'police officers', 'Honduras', '{op}armed men ambushed police officers in {pl}; the officers returned fire.'),
]
ATTACK += [
 ('gunmen', 'worshippers', 'Nigeria-MB', '{op}gunmen opened fire on worshippers leaving a church near {pl}.'),
 ('al-Shabaab militants', 'a village elder', 'Somalia-S', '{op}al-Shabaab militants shot dead a village elder in {pl}.'),
 ('unidentified assailants', 'a human rights defender', 'Colombia', '{op}unidentified assailants shot and injured a human rights defender in {pl}.'),
 ('masked men', 'a taxi driver', 'South Africa', '{op}masked men shot dead a taxi driver at a rank in {pl}.'),
 ('militants', 'a polio vaccination worker', 'Pakistan-W', '{op}militants shot dead a polio vaccination worker in {pl}.'),
 ('members of a gang', 'a teenager', 'Haiti', '{op}members of a gang shot and wounded a teenager in {pl}.'),
 ('settlers', 'Palestinians', 'Palestine', '{op}settlers attacked Palestinians harvesting olives near {pl} with stones and clubs.'),
 ('the Islamic State', 'truffle hunters', 'Syria', '{op}the Islamic State attacked truffle hunters in the desert near {pl}.'),
]
