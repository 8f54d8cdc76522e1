// node world_map.mjs <countries-110m.json (TopoJSON)> <out.json>
//
// Build-time step of `chancery serve`'s web UI: turns the world-atlas package's country
// shapes (Natural Earth, TopoJSON) into the compact JSON that the binary embeds, so the
// Explore view's map works offline (no tile server, nothing fetched at run time).
//
// Output: {"width":W,"height":H,"scale":K,"countries":[{"id":"250","name":"France","d":"M..."}]}
// where `d` is an SVG path in an equirectangular projection: x = (lon + 180) * K,
// y = (90 - lat) * K, integer coordinates, relative moves after the first point of each
// ring, repeated points dropped. The UI projects event places with the same formula.
// Written by the Chancery project; plain Node.js, no libraries.
import { readFileSync, writeFileSync } from "node:fs";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node world_map.mjs <countries-110m.json> <out.json>");
  process.exit(2);
}
const K = 4;  // units per degree: 0.25 degree steps, finer than the 1:110m shapes need
const topo = JSON.parse(readFileSync(input, "utf8"));
const object = topo.objects && topo.objects.countries;
if (topo.type !== "Topology" || !object || !Array.isArray(topo.arcs)) {
  console.error(`world_map: ${input} is not world-atlas's countries TopoJSON`);
  process.exit(1);
}
const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];

// Arcs are delta-encoded quantized positions: decode each once into projected points.
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    const lon = topo.transform ? x * sx + tx : dx;
    const lat = topo.transform ? y * sy + ty : dy;
    return [Math.round((lon + 180) * K), Math.round((90 - lat) * K)];
  });
});

// A ring is a list of arc indexes; ~i is arc i reversed. Consecutive arcs share their
// end point, which is kept once.
function ring(indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    for (let k = points.length ? 1 : 0; k < arc.length; k++) points.push(arc[k]);
  }
  return points;
}

// Natural Earth's rings are not cut at the antimeridian: a ring whose edge jumps by more
// than half the world (Russia's far east, Fiji) is unwrapped into one continuous outline
// past the map's edge, then drawn again shifted by the world's width; the SVG clips both.
// A ring that goes once round a pole (Antarctica) is left as it is.
function ringPaths(points) {
  const W = 360 * K;
  const unwrapped = [];
  let shift = 0;
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i];
    if (i > 0) {
      const jump = x + shift - unwrapped[i - 1][0];
      if (jump > W / 2) shift -= W;
      else if (jump < -W / 2) shift += W;
    }
    unwrapped.push([x + shift, y]);
  }
  const closes = unwrapped.length > 0 && unwrapped[unwrapped.length - 1][0] === unwrapped[0][0];
  if (!closes || shift === 0 && unwrapped.every(([x]) => x >= 0 && x <= W)) return ringPath(points);
  let d = ringPath(unwrapped);
  const xs = unwrapped.map(([x]) => x);
  if (Math.min(...xs) < 0) d += ringPath(unwrapped.map(([x, y]) => [x + W, y]));
  if (Math.max(...xs) > W) d += ringPath(unwrapped.map(([x, y]) => [x - W, y]));
  return d;
}

function ringPath(points) {
  let d = "";
  let px = 0, py = 0, n = 0;
  for (const [x, y] of points) {
    if (n > 0 && x === px && y === py) continue;
    d += n === 0 ? `M${x} ${y}` : `l${x - px} ${y - py}`;
    px = x;
    py = y;
    n++;
  }
  return n >= 3 ? d.replace(/ -/g, "-") + "z" : "";
}

const countries = [];
for (const g of object.geometries) {
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  let d = "";
  for (const polygon of polygons) for (const r of polygon) d += ringPaths(ring(r));
  if (!d) continue;
  countries.push({ id: String(g.id ?? ""), name: (g.properties && g.properties.name) || "", d });
}
if (countries.length < 100) {
  console.error(`world_map: only ${countries.length} countries in ${input}`);
  process.exit(1);
}
const json = JSON.stringify({ width: 360 * K, height: 180 * K, scale: K, countries });
writeFileSync(output, json);
console.log(`world_map: ${countries.length} countries, ${json.length} bytes`);
