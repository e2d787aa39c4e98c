import { describe, expect, it } from 'vitest';
import { articleGlosser } from '../../../scripts/context-eval/gloss-article';
import { corpusText } from '../../support/corpus';
import { ARTICLE_TEXT } from '../../support/must-have-terms';

const gloss = articleGlosser();

/** What the reader gets on `term` in an article of these paragraphs: the entry glossed over it. */
function glossOf(term: string, ...paragraphs: string[]): string | null {
  const text = paragraphs.join('\n\n');
  const start = text.indexOf(term);
  const over = gloss(text).find((g) => g.start <= start && g.end >= start + term.length);
  return over?.entryId ?? null;
}

/**
 * The terms and spellings the glossary issue (Glossary 2) lists as missing, as spelled there, each in a
 * sentence of a report from the region (Pakistan named, as in any such report): each resolves to its
 * entry. Spellings that also mean something elsewhere need that much context ("Mir Ali", "Riyadh talks").
 */
const ISSUE_TERMS: readonly [term: string, entryId: string][] = [
  ['Maulana Fazl-ur-Rehman', 'fazl-ur-rehman'],
  ['Mullah Mohammad Hassan Akhund', 'mohammad-hassan-akhund'],
  ['Abdul Haq Wasiq', 'abdul-haq-wasiq'],
  ['Jalaluddin Haqqani', 'jalaluddin-haqqani'],
  ['Tahir Hussain Andrabi', 'tahir-andrabi'],
  ['Mullah Nazir', 'mullah-nazir'],
  ['Wali-ur-Rehman', 'wali-ur-rehman'],
  ['Tehreek-e-Labbaik Pakistan', 'tlp'],
  ['TLP', 'tlp'],
  ['Islamic State of Iraq and Syria', 'islamic-state'],
  ['US drone campaign in Pakistan', 'us-drone-campaign-pakistan'],
  ['Shakai agreement', 'shakai-agreement'],
  ['Waziristan accord', 'waziristan-accord-2006'],
  ['military establishment', 'military-establishment'],
  ['27th Amendment', '27th-amendment'],
  ['Chief of Defence Forces', 'chief-of-defence-forces'],
  ['Federal Constitutional Court', 'federal-constitutional-court'],
  ['26th Amendment', '26th-amendment'],
  ['Anti-Terrorism Act 1997', 'anti-terrorism-act'],
  ['GHQ', 'ghq'],
  ["Corps Commanders' Conference", 'corps-commanders-conference'],
  ['enforced disappearances', 'enforced-disappearances-pakistan'],
  ['Commission of Inquiry on Enforced Disappearances', 'coied'],
  ['Miranshah', 'miranshah'],
  ['Parachinar', 'parachinar'],
  ['Paktia', 'paktia'],
  ['Loya Paktia', 'loya-paktia'],
  ['Malakand', 'malakand-division'],
  ['PATA', 'pata'],
  ['Karachi', 'karachi'],
  ['Lahore', 'lahore'],
  ['TDPs', 'tdps'],
  ['Pashtunwali', 'pashtunwali'],
  ['sarmachar', 'sarmachar'],
  ['Akhtar Mansour', 'akhtar-mansour'],
  ['BNP-Mengal', 'bnp-m'],
  ['Balochistan Levies', 'balochistan-levies'],
  ['Khasadars', 'khasadars'],
  ['Pakistan Rangers', 'pakistan-rangers'],
  ['NATO', 'nato'],
  ['Salala incident', 'salala-incident'],
  ['Jundallah', 'jundallah'],
  ['Jaish al-Adl', 'jaish-al-adl'],
  ['Kurram conflict', 'kurram-conflict'],
  // Spellings the issue found unmatched.
  ['Jamiat Ulema-e-Islam', 'jui-f'],
  ['JUI', 'jui-f'],
  ['Fitna-e-Khwarij', 'fitna-al-khawarij'],
  ['Fitnatul Khawarij', 'fitna-al-khawarij'],
  ['Jaish-e-Mohamed', 'jaish-e-mohammed'],
  ['Lashkar-e-Tayba', 'lashkar-e-taiba'],
  ['al-Qaeida', 'al-qaeda'],
  ['Islamic State in Khorasan', 'iskp'],
  ['Jaffar Express', 'jaffar-express'],
];

describe('the terms the Glossary 2 issue lists', () => {
  it.each(ISSUE_TERMS)('"%s" in running text resolves to %s', (term, id) => {
    const report = `Officials in Islamabad said ${term} was discussed on Monday, Pakistan's state media added.`;
    expect(glossOf(term, report)).toBe(id);
  });

  it('reads the names the seed article uses for events, in that article', () => {
    const paragraphs = corpusText(ARTICLE_TEXT).split('\n');
    expect(glossOf('October 15 ceasefire', ...paragraphs)).toBe('oct-2025-border-clashes');
    expect(glossOf('talks in Doha', ...paragraphs)).toBe('doha-talks-2025');
    expect(glossOf('talks in Istanbul', ...paragraphs)).toBe('istanbul-talks-2025');
  });

  it('leaves the event names unmarked where nothing says which talks or ceasefire', () => {
    expect(
      glossOf('talks in Istanbul', 'Russian and Ukrainian envoys held talks in Istanbul on Friday.'),
    ).toBeNull();
    expect(glossOf('talks in Doha', 'Israeli and Hamas negotiators resumed talks in Doha.')).toBeNull();
  });

  it('reads "IEA" as the Taliban government only after the Taliban are named (alone it is the energy agency)', () => {
    expect(glossOf('IEA', 'The Taliban government met envoys.', 'The IEA said the talks went well.')).toBe(
      'afghan-taliban',
    );
    expect(glossOf('IEA', 'The IEA said oil demand would rise.')).toBeNull();
  });

  it.each([
    [
      'Riyadh talks',
      'riyadh-talks-2025',
      'Envoys of Afghanistan and Pakistan met again after the Riyadh talks ended without progress.',
    ],
    ['Mir Ali', 'mir-ali', 'A blast in Mir Ali, North Waziristan, wounded two soldiers.'],
    ['Wana', 'wana', 'Traders in Wana, South Waziristan, closed their shops after the TTP threat.'],
  ])('"%s" resolves to %s where the story names the region it belongs to', (term, id, sentence) => {
    expect(glossOf(term, sentence)).toBe(id);
  });

  it('leaves spellings that mean other things elsewhere unmarked outside such a report', () => {
    expect(glossOf('Mir Ali', 'Mir Ali scored twice for the visitors.')).toBeNull();
    expect(glossOf('26th Amendment', 'The 26th Amendment lowered the US voting age to 18.')).toBeNull();
  });

  it('reads "Daesh" as the Islamic State core in a story about Syria and as IS-K in one about Afghanistan', () => {
    expect(glossOf('Daesh', 'Daesh fighters retreated from Raqqa in Syria.')).toBe('islamic-state');
    expect(glossOf('Daesh', 'The Taliban said Daesh carried out the attack in Kabul.')).toBe('iskp');
  });
});
