// Facts of the demo library (assets/demo/) that the browser tests rely on:
// the first two articles, Kazinform's report in Kazakh and in Russian, are
// compared when the page opens, their titles in row 0.
export const KK_TITLE = 'Иран мен АҚШ Омандағы келіссөзін аяқтады';
export const RU_TITLE = 'Иран и США завершили очередной раунд переговоров в Омане';

// The row where the Russian title stands alone once it was unlinked (-1 if none).
export const ruTitleAlone = (state) =>
  state.comparison.rows.findIndex((r) => r[0].length === 0 && r[1].join() === '0');
