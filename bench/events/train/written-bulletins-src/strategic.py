from common import *
from protests import place
from conflict import pl, op_for
# (label, actor1, actor2, country or None, template)
S = [
 ('Change to group/activity', 'authorities', '', None, '{op}authorities imposed a curfew in {pl} from 7 pm to 6 am following clashes between rival groups the previous day.'),
 ('Change to group/activity', 'the governor', '', None, '{op}the governor imposed an indefinite curfew on {pl} and banned public gatherings after days of unrest.'),
 ('Change to group/activity', 'the security committee', '', None, '{op}the security committee tightened security measures in {pl}, deploying additional checkpoints at the entrances of the city ahead of the religious holiday.'),
 ('Change to group/activity', 'the army', '', None, '{op}the army deployed reinforcements to {pl} after a series of attacks in the surrounding villages.'),
 ('Change to group/activity', 'the police', '', None, '{op}the police banned the movement of motorcycles in {pl} for one month as a security measure.'),
 ('Change to group/activity', 'the interior ministry', '', None, '{op}the interior ministry declared a state of emergency in {pl} and suspended mobile internet for 48 hours.'),
 ('Change to group/activity', 'Russian forces', '', 'Ukraine-F', '{op}Russian forces withdrew from positions on the outskirts of {pl}, the Ukrainian military said.'),
 ('Change to group/activity', 'al-Shabaab', '', 'Somalia-S', '{op}al-Shabaab imposed a blockade on {pl}, preventing trucks carrying food from entering the town.'),
 ('Change to group/activity', 'JNIM', '', 'Mali-C', '{op}JNIM imposed a blockade on {pl}, cutting the main roads to the town.'),
 ('Change to group/activity', 'Boko Haram', '', 'Nigeria-NE', '{op}a faction of Boko Haram announced a new leader after the death of its commander near {pl}.'),
 ('Change to group/activity', 'the Haitian National Police', '', 'Haiti', '{op}the Haitian National Police deployed a special unit to {pl} to secure the main road.'),
 ('Change to group/activity', 'Ecuadorian authorities', '', 'Ecuador', '{op}Ecuadorian authorities declared a state of exception in {pl} and deployed the military in the streets to patrol with the police.'),
 ('Change to group/activity', 'the Wagner Group', '', 'Mali-C', '{op}the Wagner Group withdrew its personnel from the base near {pl}, local sources said.'),
 ('Arrests', 'police', '', None, '{op}police arrested {n} suspected members of a criminal gang during a raid in {pl}.'),
 ('Arrests', 'security forces', 'a journalist', None, '{op}security forces detained a journalist at his home in {pl} over posts criticising the government.'),
 ('Arrests', 'the police', 'an opposition activist', None, '{op}the police arrested an opposition activist in {pl} on charges of incitement.'),
 ('Arrests', 'the army', '', None, '{op}the army detained {n} young men in a cordon-and-search operation in {pl}.'),
 ('Arrests', 'the counter-terrorism police', '', None, '{op}the counter-terrorism police arrested {n} people suspected of planning attacks in {pl}.'),
 ('Arrests', 'intelligence services', 'a local official', None, '{op}intelligence services detained a local official in {pl} on suspicion of collaborating with armed groups.'),
 ('Arrests', 'the Taliban', 'a women\'s rights activist', 'Afghanistan', '{op}the Taliban detained a women\'s rights activist in {pl}.'),
 ('Arrests', 'Israeli forces', '', 'Palestine', '{op}Israeli forces arrested {n} Palestinians during raids in {pl}.'),
 ('Arrests', 'the SBU', '', 'Ukraine', '{op}the SBU detained a resident of {pl} suspected of passing the coordinates of military sites to Russian forces.'),
 ('Abduction/forced disappearance', 'gunmen', 'travellers', 'Nigeria-NW', '{op}gunmen abducted {n} travellers on the highway near {pl}.'),
 ('Abduction/forced disappearance', 'bandits', 'students', 'Nigeria-NW', '{op}bandits kidnapped {n} students from a school near {pl}.'),
 ('Abduction/forced disappearance', 'gang members', 'a group of missionaries', 'Haiti', '{op}gang members kidnapped a group of missionaries in {pl}.'),
 ('Abduction/forced disappearance', 'JNIM militants', 'villagers', 'Mali-C', '{op}JNIM militants abducted {n} villagers near {pl}.'),
 ('Abduction/forced disappearance', 'armed men', 'a businessman', 'Mexico', '{op}armed men abducted a businessman in {pl}.'),
 ('Abduction/forced disappearance', 'separatist fighters', 'a teacher', 'Cameroon-A', '{op}separatist fighters kidnapped a teacher in {pl}.'),
 ('Abduction/forced disappearance', 'the ELN', 'two soldiers', 'Colombia', '{op}the ELN kidnapped two soldiers near {pl}.'),
 ('Abduction/forced disappearance', 'al-Shabaab militants', 'aid workers', 'Somalia-S', '{op}al-Shabaab militants abducted {n} aid workers near {pl}.'),
 ('Looting/property destruction', 'unidentified persons', '', None, '{op}unidentified persons set fire to the offices of a political party in {pl}; no one was hurt.'),
 ('Looting/property destruction', 'armed men', '', 'Nigeria-MB', '{op}armed men looted shops and burned houses in a village near {pl} after residents fled.'),
 ('Looting/property destruction', 'the Rapid Support Forces', '', 'Sudan', '{op}the Rapid Support Forces looted the market in {pl} and took the vehicles of residents.'),
 ('Looting/property destruction', 'Israeli forces', '', 'Palestine', '{op}Israeli forces demolished a house in {pl}.'),
 ('Looting/property destruction', 'gang members', '', 'Haiti', '{op}gang members looted and burned homes in {pl}.'),
 ('Looting/property destruction', 'unidentified individuals', '', None, '{op}unidentified individuals vandalised a telecommunications mast in {pl}.'),
 ('Agreement', 'the two communities', '', None, '{op}the two communities signed a peace agreement in {pl}, ending a dispute over farmland.'),
 ('Agreement', 'government negotiators and tribal leaders', '', None, '{op}government negotiators and tribal leaders reached an agreement in {pl} to hand over suspects and reopen the road.'),
 ('Agreement', 'Russia and Ukraine', '', 'Ukraine', '{op}Russia and Ukraine carried out an exchange of prisoners near {pl}.'),
 ('Agreement', 'the warring parties', '', 'Libya', '{op}the warring parties agreed to a ceasefire in {pl} under the mediation of tribal elders.'),
 ('Headquarters or base established', 'the army', '', None, '{op}the army established a new base in {pl}.'),
 ('Headquarters or base established', 'Russian forces', '', 'Ukraine-F', '{op}Russian forces set up a command post near {pl}, the Ukrainian military said.'),
 ('Headquarters or base established', 'JNIM', '', 'Burkina-C', '{op}JNIM set up a camp near {pl}.'),
 ('Headquarters or base established', 'gang members', '', 'Haiti', '{op}gang members set up a base in an abandoned police station in {pl}.'),
]
CONFLICTC = ['Nigeria-NE','Nigeria-NW','Nigeria-MB','Mali-C','Burkina-C','Somalia-S','DRC-E','Cameroon-A','Sudan','Yemen-F','Syria-NW','Libya','Myanmar','Ethiopia','Colombia','Mexico','Haiti','Pakistan-W','Mozambique-N','Iraq-N','Niger','Chad','Kenya-NE','Afghanistan']
def strategic(label):
    lst = [x for x in S if x[0] == label]
    lab, a1, a2, c, tm = pick(lst)
    if c:
        op = op_for(c); p = pl(c)
    elif any(w in tm for w in ('army', 'armed', 'communities', 'tribal', 'curfew', 'reinforcements', 'intelligence')):
        c = pick(CONFLICTC); op = op_for(c); p = pl(c)
    else:
        _, p = place(); op, _ = opener()
    n = pick(['two','three','five','seven','ten','12','14','20','dozens of'])
    return lab, a1, a2, cap(tm.format(op=op, pl=p, n=n))

S += [
 ('Change to group/activity', 'the municipal authorities', '', None, '{op}the municipal authorities banned all demonstrations in the city centre of {pl} for two weeks, citing security concerns.'),
 ('Change to group/activity', 'the security forces', '', None, '{op}the security forces closed all roads leading to {pl} and set up checkpoints as a precaution ahead of the planned opposition rally.'),
 ('Change to group/activity', 'the provincial council', '', None, '{op}the provincial council imposed a night-time curfew on motorcycles and trucks in {pl} after a series of robberies.'),
 ('Change to group/activity', 'the Islamic State', '', 'Syria', '{op}the Islamic State announced the appointment of a new governor for its cells around {pl}.'),
 ('Change to group/activity', 'the Taliban', '', 'Afghanistan', '{op}the Taliban closed girls\' secondary schools in {pl} and deployed fighters at their gates.'),
 ('Arrests', 'the gendarmerie', '', None, '{op}the gendarmerie arrested {n} people suspected of trafficking weapons near {pl}.'),
 ('Arrests', 'the police', 'a local trade union leader', None, '{op}the police arrested a local trade union leader at his office in {pl}, a day after he called for a general strike.'),
 ('Arrests', 'state security agents', 'two bloggers', None, '{op}state security agents detained two bloggers in {pl} for criticising the army on social media.'),
 ('Arrests', 'Russian authorities', '', 'Russia', '{op}Russian authorities detained a man in {pl} accused of planning sabotage on the railway.'),
 ('Abduction/forced disappearance', 'unidentified armed men', 'a doctor', None, '{op}unidentified armed men abducted a doctor on his way to the hospital in {pl}; his family said they received a ransom demand.'),
 ('Abduction/forced disappearance', 'men in plain clothes', 'an activist', None, '{op}men in plain clothes took an activist from his home in {pl}; his whereabouts remain unknown.'),
 ('Looting/property destruction', 'settlers', '', 'Palestine', '{op}settlers uprooted olive trees and set fire to a car in a village near {pl}.'),
 ('Looting/property destruction', 'militiamen', '', 'DRC-E', '{op}militiamen looted a health centre near {pl}, taking medicine and equipment.'),
 ('Looting/property destruction', 'the army', '', 'Myanmar', '{op}the army set fire to houses in a village near {pl} after residents fled.'),
 ('Agreement', 'the government and the armed group', '', None, '{op}the government and the armed group signed a local truce in {pl}, allowing displaced families to return.'),
 ('Agreement', 'Hamas and Israel', '', 'Palestine', '{op}Hamas and Israel carried out an exchange of prisoners and hostages, with released detainees arriving in {pl}.'),
 ('Headquarters or base established', 'the Rapid Support Forces', '', 'Sudan', '{op}the Rapid Support Forces set up a military base in a school in {pl}.'),
 ('Headquarters or base established', 'al-Shabaab', '', 'Somalia-S', '{op}al-Shabaab established a new training camp near {pl}, residents said.'),
]

S += [
 ('Change to group/activity', 'the army', '', None, '{op}the army withdrew from its base near {pl} and handed security to local police.'),
 ('Change to group/activity', 'the authorities', '', None, '{op}the authorities suspended all flights to {pl} for security reasons.'),
 ('Arrests', 'the police', '', None, '{op}the police arrested {n} suspects in connection with the killing of a trader in {pl}.'),
 ('Arrests', 'soldiers', 'a local chief', None, '{op}soldiers arrested a local chief in {pl} accused of collaborating with armed groups.'),
 ('Abduction/forced disappearance', 'pirates', 'crew members', 'Somalia-S', '{op}pirates seized a fishing vessel and took crew members hostage off the coast near {pl}.'),
 ('Abduction/forced disappearance', 'gunmen', 'a priest', 'Nigeria-MB', '{op}gunmen kidnapped a priest from his parish near {pl}.'),
 ('Looting/property destruction', 'unknown assailants', '', None, '{op}unknown assailants burned a school in {pl} at night; no one was inside.'),
 ('Looting/property destruction', 'armed men', '', 'Cameroon-A', '{op}armed men set fire to the market in {pl}.'),
 ('Agreement', 'Fulani and Dogon leaders', '', 'Mali-C', '{op}Fulani and Dogon leaders signed a local peace pact in {pl}.'),
 ('Headquarters or base established', 'the Arakan Army', '', 'Myanmar', '{op}the Arakan Army set up a headquarters in a former police station in {pl}.'),
]
