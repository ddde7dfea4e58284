// Names read wrong in the eighty-fifth review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text).filter((m) => m.type === 'ORG').map((m) => [m.text, m.entity]);

describe("a registry organization's name with a small word inside, written with a word more", () => {
  it('is one organization, not the words after the small one, and its umbrella is the body the registry knows', () => {
    expect(names('Habitat for Humanity International said on Monday it would build 500 homes.'))
      .toEqual([['Habitat for Humanity International', 'org/habitat-for-humanity']]);
    expect(names('Save the Children International opened an office in Juba.'))
      .toEqual([['Save the Children International', 'org/save-the-children']]);
  });

  it('keeps the name the registry knows where no word runs on', () => {
    expect(names('Habitat for Humanity said it would build homes.')).toEqual([['Habitat for Humanity', 'org/habitat-for-humanity']]);
  });

  it('does not take a name the registry knows whole for its umbrella', () => {
    expect(names('Philip Morris International raised its forecast.')).toEqual([['Philip Morris International', 'org/philip-morris-international']]);
  });
});

const bodies = (text: string, name: string) => readMentions(text).filter((m) => m.text === name).map((m) => m.entity);

describe("a state's legislature and chambers by their bare names", () => {
  it("are the state's where the article tells which", () => {
    expect(bodies('AUSTIN, Texas (AP) — The Texas House passed the bill on Thursday. The measure now goes to the state Senate.', 'Senate'))
      .toEqual(['org/texas-senate']);
    expect(bodies('DENVER (AP) — Gov. Jared Polis has asked the General Assembly for $20 million to house migrants in Denver.', 'General Assembly'))
      .toEqual(['org/colorado-general-assembly']);
    expect(bodies('SACRAMENTO, Calif. (AP) — The Legislature adjourned on Friday, and Gov. Gavin Newsom has a month to sign the bills.', 'Legislature'))
      .toEqual(['org/california-legislature']);
  });

  it("leave \"the Senate\" the United States' unless the article outweighs it, as where a senator of it is named", () => {
    expect(bodies('WASHINGTON (AP) — The Senate passed the bill on Thursday, and Kentucky and Ohio will get more money.', 'Senate')).toEqual(['org/us-senate']);
    expect(bodies('LOUISVILLE, Ky. (AP) — Senate Republican leader Mitch McConnell said the Senate would vote on Thursday.', 'Senate'))
      .toEqual(['org/us-senate', 'org/us-senate']);
  });

  it('are none of them where nothing tells the states apart', () => {
    expect(bodies("AMARAVATI, India — Naidu's party won 135 seats in the Assembly, the election commission said.", 'Assembly')).toEqual(['nil:org/assembly']);
  });
});

describe('a body whose seat follows it after "in"', () => {
  it('is the body of the seat\'s place', () => {
    expect(bodies('The Supreme Court in Nairobi ruled on Friday that the tax was lawful.', 'Supreme Court')).toEqual(['org/supreme-court-kenya']);
  });
});
