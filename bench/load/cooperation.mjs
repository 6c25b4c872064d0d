// The partner walk of the service's cooperation model (Domain/Cooperation/PartnerSearch.cs) over the model the service
// exports beside the graph (`load export` → graph.cooperation.json): placements, the actors a region stands for, the
// ties of every actor and the participants of every artefact, under the default statuses (done and under way). The
// service computes the same model once per graph version; both sides do the walk per request.
import { readFileSync } from 'node:fs';

const STRENGTH = { Planned: 0, Ongoing: 1, Implemented: 2 };
const weakest = (a, b) => (STRENGTH[a] <= STRENGTH[b] ? a : b);
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export function loadCooperation(path) {
  const model = JSON.parse(readFileSync(path, 'utf8'));
  return { ...model, artefacts: new Set(model.artefacts) };
}

/** The partnerships of `of` (default statuses): nearest first, then by local, partner and artefact or relationship id. */
export function partnerSearch(graph, model, of, bloc, depth, first) {
  const locals = model.locals[of] ?? [];
  const reached = new Set(locals);
  const found = [];
  let frontier = locals.map((id) => ({ actor: id, local: id, via: [], status: 'Implemented' }));
  let start = 1;
  if (model.artefacts.has(of)) {
    const participants = model.participants[of] ?? [];
    for (const participant of participants) {
      found.push({ local: of, partner: participant.actor, distance: 1, kind: 'SHARED_ARTEFACT', artefact: of, status: participant.status, via: participant.relationships });
      reached.add(participant.actor);
    }
    frontier = participants.map((p) => ({ actor: p.actor, local: of, via: p.relationships, status: p.status }));
    start = 2;
  }
  for (let distance = start; distance <= depth && frontier.length > 0; distance++) {
    const level = [];
    for (const { actor, local, via, status } of frontier) {
      for (const tie of model.ties[actor] ?? []) {
        if (!reached.has(tie.partner)) {
          level.push({ local, partner: tie.partner, distance, kind: tie.kind, artefact: tie.artefact, status: weakest(status, tie.status), via: [...via, ...tie.relationships] });
        }
      }
    }
    level.sort((x, y) => compare(x.local, y.local) || compare(x.partner, y.partner) || compare(x.artefact ?? x.via.at(-1), y.artefact ?? y.via.at(-1)));
    found.push(...level);
    frontier = [];
    for (const partnership of level) {
      if (!reached.has(partnership.partner)) {
        reached.add(partnership.partner);
        frontier.push({ actor: partnership.partner, local: partnership.local, via: partnership.via, status: partnership.status });
      }
    }
  }
  const kept = bloc == null ? found : found.filter((p) => model.placements[p.partner]?.bloc === bloc);
  return kept.slice(0, first).map((p) => ({ ...p, via: p.via.map((id) => graph.relationships.get(id)) }));
}
