// node country_points.mjs <countries-50m.json (TopoJSON)> <codes.json> <out.tsv>
//
// Build-time step of the entities lexicon: one representative point per country, so that a
// country named in a dispatch (and an event placed in it) can be put on a map, as event
// datasets do with country-level places. Inputs are two pinned npm data packages:
// world-atlas (Natural Earth admin-0 shapes, public domain; geometries keyed by ISO 3166-1
// numeric code) and i18n-iso-countries (its codes.json maps numeric to alpha-3).
//
// The point is the area centroid of the country's largest polygon (mainland France, not
// French Guiana; the contiguous United States, not Alaska), computed on an equal-area
// scaling (longitudes shrunk by cos(latitude)). When that centroid falls outside the
// polygon (a crescent-shaped country), the point is instead the interior point farthest
// from the polygon's edges, found on a grid. Coordinates are rounded to 0.01 degree.
//
// Output: TSV "iso3<TAB>lat<TAB>lon", one row per country with a shape, sorted by iso3.
// Written by the Chancery project; plain Node.js, no libraries.
import { readFileSync, writeFileSync } from "node:fs";

const [shapesPath, codesPath, output] = process.argv.slice(2);
if (!shapesPath || !codesPath || !output) {
  console.error("usage: node country_points.mjs <countries-50m.json> <codes.json> <out.tsv>");
  process.exit(2);
}
const topo = JSON.parse(readFileSync(shapesPath, "utf8"));
const object = topo.objects && topo.objects.countries;
if (topo.type !== "Topology" || !object || !Array.isArray(topo.arcs)) {
  console.error(`country_points: ${shapesPath} is not world-atlas's countries TopoJSON`);
  process.exit(1);
}
const alpha3 = new Map();
for (const row of JSON.parse(readFileSync(codesPath, "utf8"))) alpha3.set(row[2], row[1]);

const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    if (!topo.transform) return [dx, dy];
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});

// A ring is a list of arc indexes, ~i meaning arc i reversed; consecutive arcs share an end.
// Longitudes are unwrapped so that a ring crossing the antimeridian stays continuous.
function ring(indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    for (let k = points.length ? 1 : 0; k < arc.length; k++) {
      let [lon, lat] = arc[k];
      if (points.length) {
        const prev = points[points.length - 1][0];
        while (lon - prev > 180) lon -= 360;
        while (lon - prev < -180) lon += 360;
      }
      points.push([lon, lat]);
    }
  }
  return points;
}

// Signed area and centroid of a ring, longitudes scaled by cos(latitude) about `lat0`.
function ringMoments(points, k) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const x0 = points[j][0] * k, y0 = points[j][1];
    const x1 = points[i][0] * k, y1 = points[i][1];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area: a / 2, cx, cy };
}

function inside(rings, x, y) {
  let odd = false;
  for (const pts of rings) {
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i], [xj, yj] = pts[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function edgeDistance(rings, x, y, k) {
  let best = Infinity;
  for (const pts of rings) {
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const ax = pts[j][0] * k, ay = pts[j][1], bx = pts[i][0] * k, by = pts[i][1];
      const px = x * k, py = y;
      const dx = bx - ax, dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
      const ex = ax + t * dx - px, ey = ay + t * dy - py;
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return Math.sqrt(best);
}

// The largest polygon (outer ring and holes) of each country, by equal-area size.
const largest = new Map();
for (const g of object.geometries) {
  const iso3 = alpha3.get(String(g.id ?? ""));
  if (!iso3) continue;
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  for (const polygon of polygons) {
    const rings = polygon.map(ring).filter((r) => r.length >= 3);
    if (!rings.length) continue;
    const lat0 = rings[0].reduce((s, p) => s + p[1], 0) / rings[0].length;
    const k = Math.cos((lat0 * Math.PI) / 180);
    let area = 0, cx = 0, cy = 0;
    for (const r of rings) {
      const m = ringMoments(r, k);
      area += m.area;
      cx += m.cx;
      cy += m.cy;
    }
    const size = Math.abs(area);
    const seen = largest.get(iso3);
    if (seen && seen.size >= size) continue;
    largest.set(iso3, { size, rings, k, lon: cx / (6 * area) / k, lat: cy / (6 * area) });
  }
}

function representativePoint({ rings, k, lon, lat }) {
  if (inside(rings, lon, lat)) return [lat, lon];
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const [x, y] of rings[0]) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const N = 60;
  let best = null, bestD = -1;
  for (let i = 0; i <= N; i++) {
    for (let j = 0; j <= N; j++) {
      const x = minX + ((maxX - minX) * i) / N, y = minY + ((maxY - minY) * j) / N;
      if (!inside(rings, x, y)) continue;
      const d = edgeDistance(rings, x, y, k);
      if (d > bestD) { bestD = d; best = [y, x]; }
    }
  }
  return best ?? [lat, lon];
}

const rows = [];
for (const [iso3, shape] of [...largest.entries()].sort()) {
  let [lat, lon] = representativePoint(shape);
  while (lon > 180) lon -= 360;
  while (lon < -180) lon += 360;
  rows.push(`${iso3}\t${lat.toFixed(2)}\t${lon.toFixed(2)}`);
}
if (rows.length < 150) {
  console.error(`country_points: only ${rows.length} countries in ${shapesPath}`);
  process.exit(1);
}
writeFileSync(output, "iso3\tlat\tlon\n" + rows.join("\n") + "\n");
console.log(`country_points: ${rows.length} countries`);
