// Writes the benchmark's root data (data.json) deterministically: 40 institutions, each with 3 labs of 4 members
// and 5 partners (institutions and companies), plus 60 search results of all four kinds. The committed data.json
// is this script's output; rerun it only to change the shape.
import { writeFileSync } from 'node:fs';

const regions = ['GUANGXI', 'GUANGDONG', 'HONG_KONG', 'MACAO'];
const person = (i) => ({ __typename: 'Person', id: `p-${i}`, name: `Person ${i}`, email: i % 3 === 0 ? null : `p${i}@example.org` });
const lab = (i) => ({ __typename: 'Lab', id: `lab-${i}`, name: `Laboratory ${i}`, field: i % 2 ? 'materials' : 'biology', members: [0, 1, 2, 3].map((m) => person(i * 4 + m)) });
const company = (i) => ({ __typename: 'Company', id: `co-${i}`, name: `Company ${i}`, region: regions[i % 4], employees: 50 + i * 7, sectors: ['C38', 'C40'].slice(0, 1 + (i % 2)) });
const partnerInstitution = (i) => ({ __typename: 'Institution', id: `inst-${i}`, name: `Institution ${i}`, region: regions[(i + 1) % 4], rank: i + 1 });
const institution = (i) => ({
  __typename: 'Institution',
  id: `inst-${i}`,
  name: `Institution ${i}`,
  region: regions[i % 4],
  founded: `19${50 + (i % 50)}-01-01`,
  rank: i + 1,
  score: 50 + i / 4,
  active: i % 5 !== 0,
  labs: [0, 1, 2].map((l) => lab(i * 3 + l)),
  partners: [0, 1, 2, 3, 4].map((p) => (p % 2 ? partnerInstitution((i + p) % 40) : company(i * 5 + p))),
});
const kinds = [(i) => partnerInstitution(i), company, lab, person];
const data = {
  institutions: Array.from({ length: 40 }, (_, i) => institution(i)),
  search: Array.from({ length: 60 }, (_, i) => kinds[i % 4](i)),
};
writeFileSync(new URL('./data.json', import.meta.url), `${JSON.stringify(data)}\n`);
