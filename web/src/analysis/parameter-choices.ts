/** The lists a phase or programme parameter is chosen from, from the programmes the API lists. */
import type { Api } from '../api/api.js';
import type { ParameterChoice } from './analysis-form.js';

export async function parameterChoices(api: Pick<Api, 'programmes'>, refersTo: string): Promise<ParameterChoice[]> {
  const programmes = await api.programmes();
  if (refersTo === 'PROGRAMME') return programmes.map(({ id, nameRu, nameEn }) => ({ id, nameRu, nameEn, detail: id }));
  if (refersTo !== 'PHASE') return [];
  return programmes.flatMap((programme) =>
    [...programme.phases]
      .sort((a, b) => a.number - b.number)
      .map((phase) => ({
        id: phase.id,
        nameRu: phase.nameRu,
        nameEn: phase.nameEn,
        detail: [phase.startDate?.slice(0, 4), phase.endDate?.slice(0, 4)].filter(Boolean).join('–') || null,
      })),
  );
}
