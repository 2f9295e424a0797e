import random
R = random.Random(20261203)
MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
YR = [None]
def date():
    y = R.choice(YR[0] or [2018,2019,2020,2021,2022,2023,2024])
    m = R.randrange(12); d = R.randint(1, 28)
    return f'{d} {MONTHS[m]} {y}'
def opener(place=None):
    """a bulletin opening; when place is given it is put in the opener, returns (prefix, place_used)"""
    d = date()
    k = R.random()
    if place and k < 0.35:
        return f'On {d}, in {place}, ', True
    if k < 0.6:
        return f'On {d}, ', False
    if k < 0.75:
        return f'Around {d} (as reported), ', False
    if k < 0.85:
        return f'On or about {d}, ', False
    if k < 0.93 and place:
        return f'In {place}, on {d}, ', True
    return f'On the night of {d}, ' if R.random() < 0.3 else f'On {d} (as reported), ', False
def pick(lst):
    return R.choice(lst)
def num():
    return pick(['about 50','around 200','dozens of','hundreds of','several hundred','about 30','over 1,000','some 80','a group of','around 150','a few dozen','more than 500','thousands of','about 20','around 60'])
def cap(s):
    return s[0].upper() + s[1:]
