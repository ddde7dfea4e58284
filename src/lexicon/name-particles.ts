// The lower-case words inside surnames ("Vicente de la O Levy", "Ursula von der Leyen", "Luiz Inácio Lula da Silva",
// and the patronymics' "bin"): no one is named by them alone, so no one-word name is read as one.
import { PATRONYMIC_PARTICLES } from './patronymics.js';

export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'las', 'le', 'los', 'van', 'von', 'y', 'e',
  'al', 'el', 'ben', 'ter', 'ten', 'zu', ...PATRONYMIC_PARTICLES,
]);
