// The money a country's own press names without the country: "francs" in a story filed from Paris, "pesos" from
// Manila, "shillings" from Nairobi. For the currency names many countries share (those CURRENCY_NAMES leaves
// without a code), by the registry's id of the country; `until` is the last year of a currency the euro replaced.

interface NationalCurrency { code: string; until?: number }
type Names = Readonly<Record<string, NationalCurrency>>;

const franc = (code: string, until?: number): Names => ({ franc: { code, until }, centime: { code, until } });
const peso = (code: string): Names => ({ peso: { code } });
const dinar = (code: string): Names => ({ dinar: { code } });
const shilling = (code: string): Names => ({ shilling: { code } });
const crown = (code: string, until?: number): Names => ({ crown: { code, until }, krone: { code, until }, kroner: { code, until }, kr: { code, until } });

/** Registry country id → shared currency name (singular, lower case) → its currency there. */
export const NATIONAL_CURRENCIES: Readonly<Record<string, Names>> = {
  'gpe/france': franc('FRF', 2001), 'gpe/belgium': franc('BEF', 2001), 'gpe/luxembourg': franc('LUF', 2001),
  'gpe/switzerland': franc('CHF'), 'gpe/liechtenstein': franc('CHF'),
  // the CFA francs of West and of Central Africa
  'gpe/senegal': franc('XOF'), 'gpe/cote-d-ivoire': franc('XOF'), 'gpe/mali': franc('XOF'), 'gpe/burkina-faso': franc('XOF'),
  'gpe/niger': franc('XOF'), 'gpe/benin': franc('XOF'), 'gpe/togo': franc('XOF'), 'gpe/guinea-bissau': franc('XOF'),
  'gpe/cameroon': franc('XAF'), 'gpe/gabon': franc('XAF'), 'gpe/chad': franc('XAF'), 'gpe/central-african-republic': franc('XAF'),
  'gpe/republic-of-the-congo': franc('XAF'), 'gpe/equatorial-guinea': franc('XAF'),
  'gpe/rwanda': franc('RWF'), 'gpe/burundi': franc('BIF'), 'gpe/guinea': franc('GNF'), 'gpe/djibouti': franc('DJF'),
  'gpe/mexico': peso('MXN'), 'gpe/philippines': peso('PHP'), 'gpe/argentina': peso('ARS'), 'gpe/chile': peso('CLP'),
  'gpe/colombia': peso('COP'), 'gpe/cuba': peso('CUP'), 'gpe/dominican-republic': peso('DOP'), 'gpe/uruguay': peso('UYU'),
  'gpe/iraq': dinar('IQD'), 'gpe/kuwait': dinar('KWD'), 'gpe/jordan': dinar('JOD'), 'gpe/bahrain': dinar('BHD'),
  'gpe/libya': dinar('LYD'), 'gpe/tunisia': dinar('TND'), 'gpe/algeria': dinar('DZD'),
  'gpe/kenya': shilling('KES'), 'gpe/uganda': shilling('UGX'), 'gpe/tanzania': shilling('TZS'), 'gpe/somalia': shilling('SOS'),
  'gpe/denmark': crown('DKK'), 'gpe/norway': crown('NOK'), 'gpe/sweden': crown('SEK'), 'gpe/czech-republic': crown('CZK'),
  'gpe/slovakia': crown('SKK', 2008), 'gpe/estonia': crown('EEK', 2010), 'gpe/iceland': crown('ISK'),
};
