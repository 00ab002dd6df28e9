/**
 * Rate networks for the tests, through the Network API: populations with net.population, rate
 * projections added with net.add (until net.connect creates them for rate populations), state
 * recorded with net.monitorState.
 */
import { Network } from "../../src/network/network.js";
import { connect } from "../../src/network/connect.js";
import { Rng } from "../../src/random/rng.js";
import { RateProjection } from "../../src/models/rate-projection.js";

/** Connects rate populations `pre` → `post` of `net`: all-to-all or explicit pairs; delay in ms (constant or per synapse). */
export function link(net: Network, pre: string, post: string, weight: number | number[], delay: number | number[] = 0,
  { pairs, receptor, name }: { pairs?: { pre: number[]; post: number[] }; receptor?: string; name?: string } = {}): RateProjection {
  const source = net.get(pre), target = net.get(post);
  const csr = connect(pairs ? { rule: "list", ...pairs } : { rule: "all" }, source.n, target.n, new Rng(1));
  const steps = (d: number) => Math.round(d / net.dt);
  return net.add(new RateProjection(name ?? `${pre}→${post}`, source, target, csr,
    typeof weight === "number" ? weight : Float64Array.from(weight),
    typeof delay === "number" ? steps(delay) : Int32Array.from(delay, steps), receptor));
}

/** Runs `net` for `duration` ms, recording `variables` of all units of `name`; returns times and traces per unit. */
export function record(net: Network, name: string, variables: string[], duration: number) {
  const m = net.monitorState(name, variables, { neurons: [...Array(net.get(name).n).keys()] });
  net.run(duration);
  const { t, values } = m.traces();
  return { t, values: values as Record<string, Float64Array[]> };
}
