// world-atlas ships TopoJSON as plain JSON files: typed here as what they are.
declare module 'world-atlas/countries-110m.json' {
  import type { GeometryCollection, Topology } from 'topojson-specification';
  const topology: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  export default topology;
}
