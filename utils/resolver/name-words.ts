/**
 * Words the resolver reads around a one-word name. Kept small: they only decide whether a capitalised
 * neighbour is part of someone's name ("Gohar Ali Khan") or not ("PM Shehbaz", "Monday Sharif said").
 */

/** Titles and offices written before a name; a short form after one is still a short form. */
const TITLES =
  'mr mrs ms dr prof sir gen general lt col maj capt brig field marshal admiral air chief marshal pm prime ' +
  'minister president premier senator justice judge maulana maulvi mawlawi mawlavi mullah mufti sheikh ' +
  'shaikh hafiz qari syed sayed mian khawaja khwaja sardar nawab mir haji amir ameer commander cm governor ' +
  'speaker secretary spokesman spokesperson envoy ambassador emir leader chairman chairperson founder ' +
  // Offices a place can stand before ("Miranshah Assistant Commissioner Shah Wali").
  'assistant commissioner inspector superintendent adviser advisor dsp ssp sho dpo dig igp mna mpa ' +
  // Honorifics ("Shaheed Mohtarma Benazir Bhutto").
  'shaheed shaheeda mohtarma begum';

/** Capitalised words that are not names: sentence openers, days, months, directions, demonyms. */
const NOT_NAMES =
  'the a an and but or if when while after before as at by for from in into of on to with without this ' +
  'that these those there then than so yet also meanwhile however earlier later today yesterday ' +
  'tomorrow last next since during under over about against between why how what who whom whose where ' +
  'he she it they we you i his her its their our my your not no yes all both each every some many most ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
  'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'north south east west northern southern eastern western upper lower central greater ' +
  'pakistani pakistan afghan afghanistan indian india iranian iran chinese china american us u.s. british ' +
  'saudi qatari turkish russian punjabi sindhi pashtun baloch pakhtun federal provincial former ' +
  'acting interim deputy senior retired slain late jailed ousted self-styled islamist islamic muslim ' +
  'sunni shia shiite deobandi pashto urdu english ' +
  // Sentence openers before a surname ("Has Haqqani withdrawn…?", "Speaking to reporters, Sharif…").
  'has have had is was were will would can could should shall did does do are might must be been being ' +
  'although though because despite unlike like including amid following asked speaking addressing ' +
  'talking responding replying according even only now once here still just both either neither such ' +
  'several another other per via upon within across along among around behind beyond near toward ' +
  'towards whether unless until ' +
  // "Kandahar Province", "Swat Valley": the place itself, not part of a longer proper name.
  'province provinces district districts city valley division region tehsil ' +
  // "Bannu Regional Police Officer", "Karachi Police": an office of the place, not a longer name.
  'regional divisional police cantonment';

/** Nouns after a surname that make it a tribe, family or people, not the person ("the Baloch community"). */
const KIN =
  'tribe tribes tribal tribesmen tribesman clan clans family families qaum sub-tribe elders ' +
  'community communities people peoples nation nationalist nationalists nationalism activists students ' +
  'women youth separatist separatists insurgent insurgents insurgency rebels militants population ' +
  // "Baloch society", "Baloch history": the people's, not the person named before.
  'society history culture identity homeland heritage traditions customs politics rights cause';

/** Words that, right after a description, tie it to something named there: "the talks in Istanbul". */
const QUALIFIERS = 'in at with between of on over held hosted from for by';

/** "Khan-led government", "the Sharif-era deal": compounds that keep the name a name. */
const COMPOUNDS =
  'led founded backed era run headed linked aligned allied appointed affiliated friendly nominated sponsored';

/** Words before a title that make it not the one who holds it now ("former PM", "caretaker PM"). */
const NOT_NOW = 'former ex then late deputy caretaker interim acting';

/**
 * The lists as the compiled glossary carries them (utils/glossary/compiled-file.ts): they are data for
 * the resolver, so they travel with the glossary file rather than in the script every page parses.
 */
export const NAME_WORDS = {
  titles: TITLES,
  notNames: NOT_NAMES,
  kin: KIN,
  qualifiers: QUALIFIERS,
  compounds: COMPOUNDS,
  notNow: NOT_NOW,
};
export type NameWords = typeof NAME_WORDS;
