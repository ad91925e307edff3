/**
 * The kind of a post (HEAD, DEPUTY_HEAD, STAFF, OTHER; see PositionKind) read from its title as sheets write
 * it, in Russian, Kyrgyz or English. Council members and anything unclear are OTHER.
 */
const kinds: [RegExp, string][] = [
  [/кенеш|council|депутат|deputy of the|member of/iu, 'OTHER'],
  [/зам\.|заместитель|замглав|орун басар|deputy/iu, 'DEPUTY_HEAD'],
  [/^(глава|руководитель|директор|председатель|начальник|аким|мэр|башчы|жетекчи|head|director|chair|mayor|chief)|башчысы$|глава айыл/iu, 'HEAD'],
  [/специалист|секретарь|бухгалтер|инспектор|экономист|сотрудник|эксперт|координатор|ассистент|помощник|адис|катчы|specialist|secretary|accountant|officer|coordinator|assistant|expert|inspector/iu, 'STAFF'],
];

export function postKind(title: string): string {
  return kinds.find(([pattern]) => pattern.test(title.trim()))?.[1] ?? 'OTHER';
}
